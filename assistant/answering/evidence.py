"""Cutting passages into quotable evidence: sentences, list items and table rows, with their lists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.documents import Chunk
from ingest.text import introduces, split_sentences

_ITEM = re.compile(r"^(\s*)- ")
_ROW_MARKER = re.compile(r"^\s*[•·●○■□▪▫◦‣➤►▶◆◇✓✔❖]\s+")
# A list item's number ("1.1.", "28.", "(a)") is the list's, not its words: printed apart from them
# (a PDF reader may read the numbers as a column of their own, Word and web pages generate them).
_ITEM_NUMBER = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-z]\)|\((?:[ivx]{1,5}|\d{1,3})\))\s+(?=[A-Z(\"'“‘])"
)
_PARAGRAPH_NUMBER = re.compile(r"^\d+\.\d+\.?\s")
_MARKER = re.compile(r"[ \t]*- ")  # a list item's marker, matched where its line starts


@dataclass(frozen=True)
class Unit:
    """A verbatim span of a chunk: what a citation quotes."""

    chunk: Chunk
    start: int
    end: int
    kind: str  # sentence | item | row | heading | cell

    @property
    def quote(self) -> str:
        return self.chunk.text[self.start : self.end]


def quoted_unit(chunks: Mapping[str, Chunk], chunk_id: str, quote: str, kind: str) -> Unit | None:
    """The unit a plan-model record cites (its chunk and verbatim quote); None when the quote is not in the chunk."""
    chunk = chunks.get(chunk_id)
    start = chunk.text.find(quote) if chunk is not None else -1
    if chunk is None or start < 0:
        return None
    return Unit(chunk, start, start + len(quote), kind)


@dataclass(frozen=True)
class ItemList:
    """Consecutive list items or table rows, with the line that introduces them."""

    chunk: Chunk
    lead_in: Unit | None
    items: tuple[Unit, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        head = self.lead_in.quote if self.lead_in else ""
        return " ".join([head, *(item.quote for item in self.items)]).strip()


@dataclass
class _Run:
    indent: int
    lead: Unit | None
    items: list[Unit] = field(default_factory=list)


def units_of(chunk: Chunk) -> tuple[list[Unit], list[ItemList]]:
    """Every quotable unit of a chunk, and the lists its items form."""
    units: list[Unit] = []
    lists: list[ItemList] = []
    section_parts = {part.strip() for part in (chunk.section or "").split(" > ")}
    offset = 0
    previous_line: Unit | None = None
    runs: list[_Run] = []  # open lists, outermost first

    def close_runs(deeper_than: int = -1) -> None:
        while runs and runs[-1].indent > deeper_than:
            run = runs.pop()
            numbered = sum(bool(_PARAGRAPH_NUMBER.match(printed(item))) for item in run.items)
            # numbered paragraphs of a report are not a list; short numbered lines ("4.2. Provide ...") are
            if len(run.items) >= 2 and (numbered * 2 <= len(run.items) or _lines(run.items)):
                lists.append(ItemList(chunk, run.lead, tuple(run.items)))

    lines = chunk.text.split("\n")
    for number, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        item = _ITEM.match(line)
        is_row = not item and " | " in line
        if item or is_row:
            indent = len(item.group(1)) if item else 0
            kind = "item" if item else "row"
            marker = None if item else _ROW_MARKER.match(line)  # a bullet a PDF prints in a cell is no word of it
            begin = start + (item.end() if item else marker.end() if marker else 0)
            numbering = _ITEM_NUMBER.match(chunk.text, begin, end) if item else None
            unit = Unit(chunk, numbering.end() if numbering else begin, end, kind)
            sentences = split_sentences(unit.quote) if kind == "item" else []
            if len(sentences) > 1:  # a long item answers best sentence by sentence; lists keep it whole
                units.extend(Unit(chunk, unit.start + s, unit.start + e, "sentence") for s, e in sentences)
            else:
                units.append(unit)
            if runs and runs[-1].items and runs[-1].items[-1].kind != kind:
                close_runs()
            close_runs(deeper_than=indent)
            if kind == "item" and stripped.endswith(":") and _next_indent(lines, number) == indent:
                runs.append(_Run(indent, unit))  # an item that introduces the items after it
            elif runs and runs[-1].indent == indent and _continues(runs[-1], unit):
                runs[-1].items.append(unit)
            elif runs and runs[-1].indent == indent:  # the next numbered paragraph ends the list
                close_runs(deeper_than=indent - 1)
                runs.append(_Run(indent, _lead_in(previous_line), [unit]))
            elif runs and runs[-1].indent < indent:
                parent = runs[-1]
                runs.append(_Run(indent, _introducing(parent.items[-1]) if parent.items else parent.lead, [unit]))
            else:
                runs.append(_Run(indent, _lead_in(previous_line), [unit]))
            previous_line = unit
            continue
        if not _wrapped_cell(stripped, runs, lines, number):
            close_runs()
        if stripped in section_parts:
            previous_line = Unit(chunk, start, end, "heading")
            continue
        line_units = [Unit(chunk, start + s, start + e, "sentence") for s, e in split_sentences(line)]
        units.extend(line_units)
        previous_line = Unit(chunk, start, end, "sentence") if line_units else previous_line
    close_runs()
    body = [unit for unit in units if unit.kind != "heading"]
    if chunk.cell and len(body) > 1:
        # a table's cell answers whole: its column and row labels say what all of it is ("OBJECTIVES")
        start, end = min(unit.start for unit in body), max(unit.end for unit in body)
        if len(chunk.text[start:end].split()) <= _CELL_WORDS:
            units.append(Unit(chunk, start, end, "cell"))
    if chunk.uncertain:  # words OCR was unsure of are never quoted as verbatim
        units = [unit for unit in units if not _unsure(unit, chunk.uncertain)]
        lists = [found for found in lists if not any(_unsure(unit, chunk.uncertain) for unit in found.items)]
    return units, lists


_CELL_WORDS = 80  # a table cell up to this long is also quoted whole
_LINE_WORDS = 25  # numbered items this short on average are a list's lines, not a report's paragraphs
_FIRST_NUMBER = re.compile(r"^\d+\.1\.?\s")


def _lines(items: list[Unit]) -> bool:
    """Numbered lines that start at their section's first ("4.1. Provide ...", "4.2. Lead ...") and are
    short: a list of actions, where a report's numbered paragraphs run on ("3.14 ...", "3.15 ...")."""
    short = sum(len(item.quote.split()) for item in items) <= _LINE_WORDS * len(items)
    return short and bool(_FIRST_NUMBER.match(printed(items[0])))


def _unsure(unit: Unit, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start < unit.end and unit.start < end for start, end in spans)


def printed(unit: Unit) -> str:
    """A unit with the number its line prints before it ("3.26 ...")."""
    line_start = unit.chunk.text.rfind("\n", 0, unit.start) + 1
    return unit.chunk.text[line_start : unit.end].lstrip(" -")


def _wrapped_cell(stripped: str, runs: list[_Run], lines: list[str], number: int) -> bool:
    """A lower-case fragment between two table rows is a cell that wrapped over a page break: the
    table's rows still form one list."""
    if not (runs and runs[-1].items and runs[-1].items[-1].kind == "row" and stripped[:1].islower()):
        return False
    following = next((line for line in lines[number + 1 :] if line.strip()), "")
    return " | " in following and not _ITEM.match(following)


def _continues(run: _Run, unit: Unit) -> bool:
    """An item numbered like a report paragraph ("3.26 ...") does not continue a list of plain items."""
    if not _PARAGRAPH_NUMBER.match(printed(unit)):
        return True
    return not run.items or bool(_PARAGRAPH_NUMBER.match(printed(run.items[-1])))


def _next_indent(lines: list[str], number: int) -> int | None:
    for line in lines[number + 1 :]:
        if line.strip():
            item = _ITEM.match(line)
            return len(item.group(1)) if item else None
    return None


def line_words(text: str, at: int) -> int:
    """Where the words of the line holding offset `at` start: after a list item's marker and number."""
    line_start = text.rfind("\n", 0, at) + 1
    item = _MARKER.match(text, line_start)
    if item is None:
        return line_start
    numbering = _ITEM_NUMBER.match(text, item.end())
    return numbering.end() if numbering else item.end()


def numbered(unit: Unit) -> Unit:
    """The unit with the number the plan prints before its words ("6.4. Educate and support ..."), when it
    starts a numbered list item; else the unit as it is."""
    text = unit.chunk.text
    item = _MARKER.match(text, text.rfind("\n", 0, unit.start) + 1)
    numbering = _ITEM_NUMBER.match(text, item.end()) if item else None
    if numbering is None or numbering.end() != unit.start:
        return unit
    return Unit(unit.chunk, numbering.start(), unit.end, unit.kind)


def _introducing(item: Unit) -> Unit:
    """What introduces the items under a long item: its last sentence when that ends with a colon
    ("... Working with the Youth Offending Board, we aim to:"), the sentence an answer quotes."""
    sentences = split_sentences(item.quote)
    if len(sentences) > 1 and item.quote.rstrip().endswith(":"):
        start, end = sentences[-1]
        return Unit(item.chunk, item.start + start, item.start + end, "sentence")
    return item


_SENTENCE_ENDS = (".", "!", "?", ")", '"', "”", "’", "'")
_LEAD_WORDS = 25  # a line this short with no full stop before a list introduces it ("Key actions include")


def _lead_in(unit: Unit | None) -> Unit | None:
    """The line just before a list introduces it when it says so by how it ends: a colon, a semicolon or
    a dash, or no full stop at all on a short line; a heading always does."""
    if unit is None:
        return None
    text = unit.quote.rstrip()
    if unit.kind == "heading" or introduces(text, item=unit.kind == "item"):
        return unit
    if unit.kind == "sentence" and not text.endswith(_SENTENCE_ENDS) and len(text.split()) <= _LEAD_WORDS:
        return unit
    return None
