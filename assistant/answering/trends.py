"""Which rows of a table went up or down, read from the table's figures.

"Which of the MOPAC 7 crimes went up between 2013 and 2014?" is answered by no sentence: the plan gives a
table (a header row "JAN-DEC | 2013 | 2014 | % change" and a row per crime). The answer is the rows whose
change column, or else whose figures from the first year column to the last, moved the way asked. This
module reads the direction asked and a row's change; the answerer finds the table and quotes the rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.question import YEAR_SPAN
from assistant.retrieval.terms import terms

UP, DOWN = 1, -1

# "which (of them) ...?" or "what went up?"; not "by what percentage did the total fall?" (a figure of one row)
_WHICH = re.compile(
    r"\bwhich\b|\bwhat (?:has |have )?(?:went|gone|go|rose|risen|fell|fallen|increased|decreased|dropped|declined)\b",
    re.I,
)
_UP = re.compile(
    r"\b(?:went|go(?:ne|es)?|going) up\b|\b(?:rose|risen|rising)\b|\brises?\b(?! to\b)|\bincreas(?:ed|es|ing)\b|"
    r"\bgr[eo]w(?:n|s|ing)?\b|\bsaw (?:an? )?(?:increase|rise)\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(?:went|go(?:ne|es)?|going) down\b|\b(?:fell|fallen|falling)\b|\bfalls?\b|\bdecreas(?:ed|es|ing)\b|"
    r"\bdrop(?:ped|s)?\b|\bdeclin(?:ed|es|ing)\b|\bsaw (?:an? )?(?:decrease|fall|drop|reduction)\b",
    re.I,
)
_CHANGE = re.compile(r"\bchange\b|\bdifference\b|\bvariance\b|^\s*\+/-\s*$|^\s*%\s*$", re.I)
_NUMBER = re.compile(r"^\s*([-+−–]?)\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*$")
_TOTAL = re.compile(r"(?:^|\s)(?:total|totals|all)\s*$|^\s*(?:total|all)\b", re.I)


# "How has concern about ASB changed since 2011?", "by how much did burglary fall?": how far something moved
_CHANGE_ASKED = re.compile(
    r"\bhow (?:has|have|had|did|does|do|is|are|was|were)\b[^?]*\b(?:chang\w*|mov(?:ed|e)|shift\w*|trend\w*|"
    r"develop\w*|progress\w*)\b|\b(?:by )?how (?:much|far)\b[^?]*\b(?:fall|fell|fallen|rise|rose|risen|drop\w*|"
    r"increas\w*|decreas\w*|reduc\w*|grow\w*|grew|declin\w*|improv\w*|chang\w*)\b|"
    # "are reports going up or down?", "is it rising or falling?": which way it moved
    r"\b(?:up or down|down or up|ris\w* or fall\w*|fall\w* or ris\w*|increas\w* or decreas\w*|"
    r"decreas\w* or increas\w*|better or worse|worse or better)\b|\b(?:going|gone|goes|went)\s+(?:up|down)\b",
    re.I,
)
# ... said with the figures it moved between or by: "decreased from 23% in 2011 to 14% in 2016", "fell by 9%"
_FIGURE = r"£?\d[\d,.]*\s*%?"
_CHANGE_STATED = re.compile(
    rf"\bfrom\s+(?:[\w'’-]+\s+){{0,3}}?{_FIGURE}[^.;]*?\bto\s+(?:[\w'’-]+\s+){{0,3}}?{_FIGURE}|"
    rf"\b(?:fell|fallen|falls?|rose|risen|rises?|dropped|drops?|increased?|decreased?|reduced?|reduction|"
    rf"increase|decrease|declined?|grew|grown|up|down)\s+(?:[\w'’-]+\s+){{0,2}}?by\s+{_FIGURE}",
    re.I,
)


def change_asked(text: str) -> bool:
    """Whether a question asks how far something moved ("How has concern changed since 2011?")."""
    return bool(_CHANGE_ASKED.search(text))


def states_change(text: str) -> bool:
    """Whether a sentence says how far something moved, with its figures ("decreased from 23% to 14%")."""
    return bool(_CHANGE_STATED.search(text))


# A move said in other words than the question's: "reduced", "a reduction", "lower" say "fallen" does
_DOWN_SAID = re.compile(rf"{_DOWN.pattern}|\breduc(?:ed|es|ing|tions?)\b|\blower\b", re.I)
_UP_SAID = re.compile(rf"{_UP.pattern}|\bhigher\b|\ban? (?:increase|rise)\b", re.I)


def moves_said(question_text: str, text: str) -> set[str]:
    """The terms of the question's words for how something moved ("fallen") that the text says in words of
    its own ("decreased from 23% to 14%"): the text says them."""
    said: set[str] = set()
    for pattern, asked in zip((_DOWN_SAID, _UP_SAID), _moves_asked(question_text), strict=True):
        if asked and pattern.search(text):
            said |= asked
    return said


@lru_cache(maxsize=256)
def _moves_asked(question_text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The terms of a question's words for a fall and for a rise."""
    down, up = (
        frozenset(term for match in pattern.finditer(question_text) for term in terms(match.group()))
        for pattern in (_DOWN_SAID, _UP_SAID)
    )
    return down, up


def direction_asked(text: str) -> int | None:
    """UP for "which ... went up / rose / increased?", DOWN for "which ... fell?", None for neither or both."""
    if not _WHICH.search(text):
        return None
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    if up == down:
        return None
    return UP if up else DOWN


def direction_words(text: str) -> str:
    """The words of a text that ask a direction ("went up", "fell"): what a table's labels need not say."""
    return " ".join(match.group() for pattern in (_UP, _DOWN) for match in pattern.finditer(text))


def _value(cell: str) -> float | None:
    match = _NUMBER.match(cell)
    if not match:
        return None
    value = float(match.group(2).replace(",", ""))
    return -value if match.group(1) else value


def change_of(header: list[str], row: list[str], years: tuple[int, ...] = ()) -> float | None:
    """How a row moved: its change column's figure when the header names one, or else its figure in the last
    year column less that in the first (of the years asked, when two or more of them head columns); None
    when the row's figures do not say."""
    if len(header) != len(row):
        return None
    for position, name in enumerate(header[1:], start=1):
        if _CHANGE.search(name):
            value = _value(row[position])
            if value is not None:
                return value
    columns = [position for position, name in enumerate(header) if position and YEAR_SPAN.fullmatch(name.strip())]
    asked = [position for position in columns if int(header[position].strip()[:4]) in years]
    columns = asked if len(asked) >= 2 else columns
    if len(columns) < 2:
        return None
    first, last = _value(row[columns[0]]), _value(row[columns[-1]])
    if first is None or last is None:
        return None
    return last - first


def is_total(label: str) -> bool:
    """Whether a row's label names a total of the rows ("MOPAC 7 Total"), not one of them ("Robbery (Total)")."""
    return bool(_TOTAL.search(label.strip()))
