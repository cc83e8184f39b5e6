"""Cleaning page text into plain text, and splitting text into sentences.

Chunks store the cleaned text, and every quote is cut from it, so what a citation shows
is exactly what the chunk holds: no markup (see ingest.markup), no control characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.markup import RemovedMarkup, remove_leftovers, strip_markup

_LATEX_SUP = re.compile(r"\^\{([^{}\n]*)\}")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f]+")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\f\v\u2028\u2029]")
# Control characters other than tab and newline: invisible, and never part of a plan's wording.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class CleanedText:
    text: str
    removed: RemovedMarkup


def clean_page(text: str) -> CleanedText:
    """Clean a page, keeping its line structure, and say what markup was removed."""
    text = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))
    plain = strip_markup(text)
    tidied = "\n".join(_tidy_line(line) for line in plain.text.split("\n"))
    # Removing emphasis deletes characters, which could join the pieces of a tag: check once more.
    final = remove_leftovers(tidied)
    return CleanedText(final.text, plain.removed + final.removed)


def clean_text(text: str) -> str:
    """Clean every line of a page, keeping line structure."""
    return clean_page(text).text


def clean_line(line: str) -> str:
    """Strip HTML, markdown emphasis, links and stray LaTeX from one line; keep tabs."""
    return clean_text(line)


def _tidy_line(text: str) -> str:
    if "^{" in text:
        text = _LATEX_SUP.sub(r"\1", text).replace("$", "")
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    text = text.replace("\\*", "*").replace("**", "")
    text = _PRIVATE_USE.sub("•", text)
    indent = " " * (len(text) - len(text.lstrip(" ")))
    cells = [_SPACES.sub(" ", cell).strip() for cell in text.split("\t")]
    return "\t".join(cells).rstrip("\t ") if len(cells) > 1 else indent + cells[0] if cells[0] else ""


_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "incl",
    "etc",
    "no",
    "nos",
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "cllr",
    "vs",
    "approx",
    "para",
    "paras",
    "fig",
    "cf",
    "al",
    "inc",
    "ltd",
    "co",
    "dept",
    "govt",
}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, so callers can cut verbatim quotes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip()
        last_word = re.split(r"\s", before)[-1].rstrip(".!?\"'”’)").lower() if before else ""
        if (
            last_word in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", last_word)
            or re.fullmatch(r"[\d.()]+", before.strip())
        ):
            continue
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


LEAD_ENDS = (":", ";", ":-", " -", "–", "—")  # "... has identified the following priorities:", "... for our borough;"


def introduces(text: str, item: bool = False) -> bool:
    """Whether a line says it introduces what follows it by how it ends: a colon, or for a line that is not
    itself a list item a semicolon or a dash too ("The Plan sets out three important objectives for our
    borough;"). An item ending in a semicolon is one of a list's items, not the lead-in of another."""
    ended = text.rstrip()
    return ended.endswith(":") or (not item and ended.endswith(LEAD_ENDS))


# A line of an address or of contact details: a postcode ("Lawrence House, Catford Road, SE6 4RU") or a contact
# label ("Post: Crime Reduction Division", "Tel: ..."). However short and capitalised, it is no heading.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_CONTACT_LABEL = re.compile(
    r"^\W*(?:post|address|tel(?:ephone)?|phone|fax|e-?mail|web(?:site)?)\s*(?:no\.?\s*)?:", re.I
)


def contact_line(line: str) -> bool:
    """Whether a line gives an address or contact details rather than naming a section."""
    return bool(_POSTCODE.search(line) or _CONTACT_LABEL.match(line))
