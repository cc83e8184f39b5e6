"""How the harness reads text: fact phrasings, numbers and verbatim quotes.

Written apart from the assistant's own verifier on purpose, so a bug there is not repeated here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

_MARKER = re.compile(r"\[\d+\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+")  # [n] citations, footnote marks
_SPACE = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def squash(text: str) -> str:
    """Whitespace collapsed: the only liberty a verbatim quote may take with its source."""
    return _SPACE.sub(" ", text).strip()


def normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, no citation markers, no thousands commas, one space."""
    text = unicodedata.normalize("NFKC", _MARKER.sub(" ", text)).translate(_TRANSLATE)
    text = _THOUSANDS.sub("", text)
    text = text.replace("**", "")
    return squash(text.lower())


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    body = re.escape(normalise(phrase)).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![0-9a-z]){body}(?![0-9a-z]|[.,]\d)")


def has_phrase(phrase: str, text: str) -> bool:
    """The phrase occurs in the text as whole words (so "20" is not found in "2020")."""
    return bool(_phrase_pattern(phrase).search(normalise(text)))


def fact_found(phrasings: Sequence[str], text: str) -> bool:
    return any(has_phrase(phrase, text) for phrase in phrasings)


def missing_facts(facts: Iterable[Sequence[str]], text: str) -> list[str]:
    """The first phrasing of each fact that no phrasing of it matches."""
    return [phrasings[0] for phrasings in facts if not fact_found(phrasings, text)]


def numbers_in(text: str) -> set[str]:
    """Every number written in the text, without thousands commas ("1,234" -> "1234")."""
    cleaned = _THOUSANDS.sub("", unicodedata.normalize("NFKC", _MARKER.sub(" ", text)))
    return {_canonical(match) for match in _NUMBER.findall(cleaned)}


def _canonical(number: str) -> str:
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number.lstrip("0") or "0"


def quote_is_verbatim(quote: str, passage: str) -> bool:
    """The quote is word for word in the passage (runs of whitespace may differ)."""
    return bool(quote.strip()) and squash(quote) in squash(passage)
