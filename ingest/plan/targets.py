"""Indicators and targets: table rows and sentences that set a value to reach or a measure to watch."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import Target

_FIGURE = r"[-+]?£?\d[\d,]*(?:\.\d+)?\s*(?:%|per ?cent|k\b|m\b)?"
_TARGET = re.compile(rf"\btarget(?:ed|s)?\b[^.;|]{{0,40}}?({_FIGURE})", re.I)
_BASELINE = re.compile(rf"\bbaseline\b[^.;|]{{0,30}}?({_FIGURE})", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?)\b")
_DIRECTION = {
    "reduce": re.compile(r"\b(reduc\w*|decreas\w*|fewer|lower|cut|down)\b", re.I),
    "increase": re.compile(r"\b(increas\w*|improv\w*|more|higher|rais\w*|grow\w*|up)\b", re.I),
    "maintain": re.compile(r"\b(maintain\w*|sustain\w*|keep)\b", re.I),
}
_MEASURE_SECTION = re.compile(
    r"\b(indicators?|measures?|targets?|outcomes?|outputs?|performance|kpis?|monitoring)\b", re.I
)
_DIGIT = re.compile(r"\d")
# A body named in a heading over measures ("Youth Justice Management Board Priority Performance
# Indicators"): the measures are that body's to answer for
_NAME_WORD = r"(?:[A-Z][\w'’-]*|&|and|of|for|the)"
_BODY_IN_HEADING = re.compile(
    rf"\b[A-Z][\w'’-]*(?:\s+{_NAME_WORD}){{0,8}}?\s+(?:Board|Group|Sub-?[Gg]roup|Committee|Panel|Forum|Executive)\b"
)
# A sentence that names a measure ("Number of reported Knife Crime Offences per 10,000 residents."): a table's
# rows may reach the text as sentences of one paragraph
_NAMES_MEASURE = re.compile(r"^(?:Number|Percentage|Proportion|Rate|Level|Amount|Count)\s+of\b")
# An indicator said with the value it aims at in brackets: "Number of people reached through awareness
# campaigns (10,000 people)." (a table of measures that reached the text as lines).
_VALUED_MEASURE = re.compile(
    rf"\b(?:number|percentage|proportion|rate|level|amount)\b[^()|]*\((?:[^()|]*?\btarget\s+)?({_FIGURE}[^()|]*)\)\.?$",
    re.I,
)


# A heading over what a plan will do ("First 12 months – what will we do?", "Actions", "Our commitments"):
# an item there that commits to a number of something is a target ("Secure 20 Criminal Behaviour Orders").
_COMMITMENT_SECTION = re.compile(r"\b(will|actions?|commitments?|deliver\w*|pledges?)\b", re.I)
_COUNTED_COMMITMENT = re.compile(
    r"^[A-Z][a-z]+\s+(?:(?:at least|up to|a further|an additional|over)\s+)?((?!(?:19|20)\d{2}\b)\d[\d,]*%?)\s+[a-zA-Z]"
)


# ... and, under any heading, an item that opens with a verb and a count ("Adopt 20 burglars to IOM cohort"):
# not one that opens with a word that counts or places ("Over 300 people attended", "In 2016 ...")
_NOT_A_VERB = frozenset(
    [
        "over",
        "around",
        "almost",
        "nearly",
        "about",
        "approximately",
        "approx",
        "only",
        "some",
        "just",
        "under",
        "more",
        "less",
        "fewer",
        "another",
        "all",
        "the",
        "these",
        "those",
        "with",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "of",
        "to",
        "up",
        "and",
        "or",
        "since",
        "between",
        "within",
        "after",
        "before",
        "per",
        "each",
        "every",
        "circa",
        "roughly",
        "total",
        "including",
        "plus",
        "than",
    ]
)


def _counted_commitment(quote: str, under_commitments: bool) -> re.Match[str] | None:
    found = _COUNTED_COMMITMENT.search(quote)
    first = quote.split()[0].lower() if found is not None else ""
    if found is None or first.endswith("ed"):  # "Obtained 25 Criminal Behaviour Orders" was done, not promised
        return None
    return found if under_commitments or first not in _NOT_A_VERB else None


def _headings_below_title(piece: Piece) -> list[str]:
    """The headings a piece sits under, bar a top heading that is the document's title ("Delivering a Safer
    Borough" says nothing of what each list in it is)."""
    parts = (piece.section or "").split(" > ")
    title = set(re.findall(r"[a-z]+", piece.chunk.metadata.title.lower()))
    top = set(re.findall(r"[a-z]+", parts[0].lower()))
    if len(parts) > 1 and top and len(top & title) * 2 >= len(top):
        return parts[1:]
    return parts


def find_targets(pieces: Sequence[Piece], front: set[int]) -> tuple[Target, ...]:
    """Every statement of a target, and every measure listed under an indicators or outcomes heading."""
    found: list[Target] = []
    seen: set[str] = set()
    for index, piece in enumerate(pieces):
        if index in front or piece.block.kind == "heading":
            continue
        heading = piece.section.split(" > ")[-1] if piece.section else ""
        under_measures = bool(_MEASURE_SECTION.search(heading))
        under_commitments = any(_COMMITMENT_SECTION.search(part) for part in _headings_below_title(piece))
        for quote, evidence in sentences(piece):
            target = _TARGET.search(quote)
            valued = None if target else _VALUED_MEASURE.search(quote.strip())
            committed = None
            if not target and not valued and piece.block.kind == "item":
                committed = _counted_commitment(quote, under_commitments)  # "Secure 20 Criminal Behaviour Orders"
                valued = committed
            listed = (
                valued is not None
                or under_measures
                and (
                    piece.block.kind == "item"
                    or (" | " in quote and not _column_names(quote))
                    or bool(_NAMES_MEASURE.match(quote))
                    or _measure_line(piece)
                )
            )  # a row of a table of measures (its header row names columns only), or a sentence naming one
            if not target and not listed:
                continue
            if evidence.quote in seen:
                continue
            seen.add(evidence.quote)
            measure = quote.split(" | ")[0] if " | " in quote else quote[: target.start()] if target else quote
            if valued is not None and committed is None and " | " not in quote:
                measure = quote[: quote.rfind("(")]
            baseline = _BASELINE.search(quote)
            period = _PERIOD.findall(quote) or _PERIOD.findall(piece.section or "")
            direction = next((name for name, cue in _DIRECTION.items() if cue.search(measure)), None)
            owner = _owner(piece) if under_measures or listed else None
            found.append(
                Target(
                    measure=measure.strip(" :-(") or quote,
                    evidence=evidence,
                    target=target.group(1).strip() if target else valued.group(1).strip() if valued else None,
                    baseline=baseline.group(1).strip() if baseline else None,
                    period=period[-1] if period else None,
                    direction=direction,
                    owner=owner,
                )
            )
    return tuple(found)


def _owner(piece: Piece) -> str | None:
    """The body the nearest heading over a measure names, when that heading heads measures ("... Management
    Board Priority Performance Indicators")."""
    for heading in reversed(_headings_below_title(piece)):
        if not _MEASURE_SECTION.search(heading):
            continue
        named = _BODY_IN_HEADING.search(heading)
        if named is not None:
            return named.group()
    return None


_LINE_WORDS = 30  # a measure stated as a line of its own under an indicators heading is no longer than this


def _measure_line(piece: Piece) -> bool:
    """A paragraph that is one short line and no sentence ("Young People: YOT Reoffending Rates (Binary
    Rate, % of young people ... who go on to re-offend)"): under an indicators heading, it names a measure."""
    text = piece.text.strip()
    return (
        piece.block.kind == "paragraph"
        and "\n" not in text
        and len(text.split()) <= _LINE_WORDS
        and not text.endswith((".", "?", "!", ":"))
    )


_YEAR_LABEL = re.compile(r"^(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?$")


def _column_names(row: str) -> bool:
    """A header row: short labels, no sentence, and no figure but a year ("Outcome(s) | Output(s)",
    "Offence | 2013 | 2014 | % change")."""
    cells = [cell.strip() for cell in row.split(" | ")]
    labels = all(len(cell.split()) <= 4 and not cell.endswith(".") for cell in cells)
    return labels and not any(_DIGIT.search(cell) and not _YEAR_LABEL.match(cell) for cell in cells[1:])
