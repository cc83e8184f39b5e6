"""Tables: each table of a plan, with the row that names its columns and the rows under it, every row
citing its quote (or, for a row too long for one chunk, the quote of each of its cells).

The document model keeps a table's rows and cells; chunking quotes a row as one line ("Outcome(s) |
Output(s)"), or, when the row is too long for a chunk, each cell apart under a section path ending in the
cell's column and row labels. Tables are read back from those pieces, so every cell read here is a quote of
the index. A document-control or contents table names no columns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import SECTION_SEPARATOR, Piece
from ingest.plan.evidence import cite
from ingest.plan.model import Evidence, Table, TableRow
from ingest.plan.outline import CONTROL_LABELS

_LABEL_CHARS = 40  # a row's label is its leading cells no longer than this (as chunking labels a cell)
_COLUMN_WORDS = 6  # a cell naming a column is a few words ...
_COLUMN_CHARS = 50
_FIGURE = re.compile(r"^[£$€]?[\d.,%\-–]+[%kKmM]?$")  # "3303", "-29.4%", "1,156,000"
_BULLET = re.compile(r"^[•➤▪►●◦*\-–]")
_YEAR = re.compile(r"^(?:19|20)\d{2}(?:[/-]\d{2,4})?$")  # "2013", "2016/17": a column of years is named by them


def find_tables(pieces: Sequence[Piece], front: set[int]) -> tuple[Table, ...]:
    """Every table in reading order. A table starts at its first row; a row cut into cells carries on the
    table it sits in."""
    tables: list[Table] = []
    run: list[tuple[int, Piece]] = []
    for index, piece in [*enumerate(pieces), (-1, None)]:
        if piece is not None and _in_table(piece) and not (_starts_table(piece) and _has_row(run)):
            run.append((index, piece))
            continue
        if run:
            table = _table(run, front, _lead_in(pieces, run[0][0]))
            if table is not None:
                tables.append(table)
        run = [(index, piece)] if piece is not None and _in_table(piece) else []
    return tuple(tables)


def _in_table(piece: Piece) -> bool:
    return piece.block.kind == "row" or piece.chunk.cell


def _starts_table(piece: Piece) -> bool:
    return piece.block.kind == "row" and piece.block.level == 0


def _has_row(run: list[tuple[int, Piece]]) -> bool:
    return any(piece.block.kind == "row" for _, piece in run)


def _lead_in(pieces: Sequence[Piece], first: int) -> Evidence | None:
    """The paragraph just before a table in its section: what says what the table shows ("A summary of the
    public consultation is as follows:", "The results below are calculated solely on votes for ...")."""
    before = pieces[first - 1] if first > 0 else None
    if before is None or before.block.kind != "paragraph" or before.section != pieces[first].section:
        return None
    return cite(before)


def _table(run: list[tuple[int, Piece]], front: set[int], lead_in: Evidence | None) -> Table | None:
    lines = [piece for _, piece in run if piece.block.kind == "row"]
    section = lines[0].section if lines else _cell_table_section(run[0][1])
    rows: list[TableRow] = []
    index = 0
    while index < len(run):
        piece = run[index][1]
        if piece.block.kind == "row":
            row = _line_row(piece)
            index += 1
        else:
            cells = [piece]
            label = _cell_label(piece, section)
            index += 1
            while index < len(run) and run[index][1].block.kind != "row":
                if _cell_label(run[index][1], section) != label:
                    break
                cells.append(run[index][1])
                index += 1
            row = _split_row(cells, label)
        if row is not None:
            rows.append(row)
    if not rows:
        return None
    is_front = any(i in front for i, _ in run)
    columns = None
    # the columns are named by the first row, or by the second under a title across the table
    at = 1 if len(rows) > 2 and len([c for c in rows[0].cells if c]) == 1 and not rows[0].split else 0
    if len(rows) > at + 1 and not is_front and _names_columns(rows[at], rows[at + 1 :]):
        columns, rows = rows[at], rows[:at] + rows[at + 1 :]
    page = run[0][1].block.page
    return Table(section=section, page=page, rows=tuple(rows), columns=columns, front=is_front, lead_in=lead_in)


def _cells(piece: Piece) -> tuple[str, ...]:
    """The row's cells in their columns (an empty cell kept as ""), without the empty ones it ends in."""
    cells = [cell.strip() for cell in piece.block.text.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _line_row(piece: Piece) -> TableRow | None:
    evidence = cite(piece)
    cells = _cells(piece)
    if evidence is None or not cells:
        return None
    return TableRow(cells, (evidence,), _label(cells))


def _label(cells: Sequence[str]) -> str:
    """The row's first filled cell when it is short and not a figure and other cells follow it ("Lead Officer
    | Stephen Douglass", "Burglary (Total) | 3303 | 2333", " | ASPECT | Tackling Violence ...")."""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2 or len(filled[0]) > _LABEL_CHARS or _FIGURE.match(filled[0]):
        return ""
    return filled[0]


def _cell_table_section(piece: Piece) -> str | None:
    parts = (piece.section or "").split(SECTION_SEPARATOR)
    return SECTION_SEPARATOR.join(parts[:-2]) or None


def _cell_label(piece: Piece, section: str | None) -> str:
    """A cut row's label: the last part of its cells' section path (after the table's section and the
    cell's column)."""
    path = piece.section or ""
    own = path[len(section) :] if section and path.startswith(section) else path
    parts = [part for part in own.split(SECTION_SEPARATOR) if part]
    return parts[-1] if len(parts) >= 2 else ""


def _split_row(cells: list[Piece], label: str) -> TableRow | None:
    evidence: list[Evidence] = [found for found in (cite(piece) for piece in cells) if found is not None]
    if not evidence:
        return None
    said = tuple(piece.text.strip() for piece in cells)
    return TableRow(((label,) if label else ()) + said, tuple(evidence), label, split=True)


def _names_columns(row: TableRow, below: Sequence[TableRow]) -> bool:
    """Whether a table's first row names its columns: a few words a cell ("Outcome(s) | Output(s)", "JAN-DEC |
    2013 | 2014 | % change"), none a figure, a label with its value ("Classification: Open") or a bullet, and
    about as many cells as the rows under it have ("Au | Adults Parmership" over nine columns is debris). PDF
    table finders flag header rows, but too loosely to trust ("October 2017 | TOWER HAMLETS"), so a row is
    judged by what it says, whatever the format."""
    cells = [cell for cell in row.cells if cell]
    widest = max(len([cell for cell in other.cells if cell]) for other in below)
    if len(cells) < 2 or row.split or len(cells) * 2 < widest or CONTROL_LABELS.match(cells[0]):
        return False  # ("Lead Member | Councillor Asma Begum" is a document-control line)
    values = {cell for other in below for cell in other.cells}
    if any(cell in values for cell in cells):  # a value recurs down a column ("No | No"); a column's name does not
        return False
    for cell in cells:
        if len(cell) > _COLUMN_CHARS or len(cell.split()) > _COLUMN_WORDS:
            return False
        if ":" in cell or "," in cell or cell.endswith(".") or _BULLET.match(cell):
            return False
        if _FIGURE.match(cell) and not _YEAR.match(cell):
            return False
    return True
