"""Tables: ruled tables found from their lines, and rows of cells aligned without rules.

A cell's wrapped lines are joined, so "Percentage repeat victims at DV MARAC (target" and "25.3%)"
are one cell of one row."""

from __future__ import annotations

from typing import Any

from ingest.model import Block, Box, table
from ingest.pdf.hyphens import Vocabulary, join_lines
from ingest.pdf.words import Line, Word, group_lines

_RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3, "join_tolerance": 3}


def ruled_tables(page: Any, words: list[Word], number: int, vocabulary: Vocabulary) -> tuple[list[Line], list[Word]]:
    """Tables drawn with rules, as table lines; and the words outside them."""
    found = []
    for candidate in page.find_tables(table_settings=_RULED):
        cells = [
            [_cell_text(bbox, words, vocabulary) for bbox in row.cells if bbox is not None] for row in candidate.rows
        ]
        cells = [row for row in cells if any(row)]
        if not cells or (len(cells) < 2 and max(len(row) for row in cells) < 2):
            continue  # a box around a paragraph is not a table
        x0, top, x1, bottom = (float(v) for v in candidate.bbox)
        inside = [w for w in words if x0 - 1 <= w.x0 and w.x1 <= x1 + 1 and top - 1 <= w.top and w.bottom <= bottom + 1]
        header = 1 if _bold_first_row(inside, cells, candidate) else 0
        block = table(cells, header_rows=header, page=number, box=Box(x0, top, x1, bottom))
        found.append((Line([], table=block, box=(x0, top, x1, bottom)), inside))
    taken = {id(word) for _, inside in found for word in inside}
    return [line for line, _ in found], [word for word in words if id(word) not in taken]


def _cell_text(bbox: tuple[float, float, float, float], words: list[Word], vocabulary: Vocabulary) -> str:
    """A cell's words, its wrapped lines joined."""
    x0, top, x1, bottom = bbox
    inside = [
        w for w in words if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1
    ]
    return join_lines([line.text for line in group_lines(inside)], vocabulary)


def _bold_first_row(words: list[Word], cells: list[list[str]], candidate: Any) -> bool:
    if len(cells) < 2 or not candidate.rows:
        return False
    first = candidate.rows[0].bbox
    in_first = [w for w in words if w.top >= first[1] - 1 and w.bottom <= first[3] + 1]
    return bool(in_first) and all(word.bold for word in in_first)


def aligned_rows(lines: list[Line], size: float) -> list[list[list[Word]]] | None:
    """Lines whose words fall into the same columns with wide gaps between: rows of cells, or None."""
    rows = [segments(line, size) for line in lines]
    if len(rows) < 2 or sum(len(row) >= 2 for row in rows) < 2:
        return None
    return rows


def segments(line: Line, size: float) -> list[list[Word]]:
    """A line's words in groups apart by wide gaps: its cells, if it is a row of a table.

    Justified text in a narrow column can stretch every space of a line wide; a line whose gaps are
    all alike and under three ems is such a line (or an ordinary one), not a row of one-word cells."""
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
    wide = max(1.3 * size, 10)
    if len(gaps) >= 2 and max(gaps) < min(1.6 * max(min(gaps), 0.1), 3 * size):
        return [line.words]  # stretched alike, and no wider than justification stretches a space
    groups: list[list[Word]] = [[line.words[0]]]
    for gap, word in zip(gaps, line.words[1:], strict=False):
        if gap > wide:
            groups.append([word])
        else:
            groups[-1].append(word)
    return groups


def aligned_table(lines: list[Line], size: float, number: int, vocabulary: Vocabulary) -> Block:
    """Rows of aligned cells; a line that only continues some cells (a wrapped cell) joins the row above."""
    columns: list[float] = []
    rows: list[list[list[str]]] = []
    for line in lines:
        groups = segments(line, size)
        if not columns or len(groups) >= len(columns) or not rows:
            if len(groups) > len(columns):
                columns = [segment[0].x0 for segment in groups]
            rows.append([[] for _ in columns])
            for segment in groups:
                rows[-1][_column(columns, segment[0].x0)].append(" ".join(w.text for w in segment))
            continue
        for segment in groups:  # a wrapped cell continues under its column
            rows[-1][_column(columns, segment[0].x0)].append(" ".join(w.text for w in segment))
    cells = [[join_lines(parts, vocabulary) for parts in row] for row in rows]
    x0 = min(line.x0 for line in lines)
    return table(cells, page=number, box=Box(x0, lines[0].top, max(line.x1 for line in lines), lines[-1].bottom))


def _column(columns: list[float], x: float) -> int:
    return min(range(len(columns)), key=lambda index: abs(columns[index] - x) if columns[index] <= x + 4 else 1e9)


def grid_tables(
    edges: list[dict[str, Any]], words: list[Word], number: int, vocabulary: Vocabulary
) -> tuple[list[Line], list[Word]]:
    """Tables from rules found some other way (on a scanned page's image), filled with the words in their
    cells; and the words outside them. Uses pdfplumber's table finder on the given edges."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    if not edges:
        return [], words
    merged = merge_edges(edges, 3, 3, 3, 3)
    cells = intersections_to_cells(edges_to_intersections(merged, 3, 3))
    found = []
    for group in cells_to_tables(cells):
        boxes = [tuple(float(v) for v in cell) for cell in group]
        tops = sorted({round(box[1]) for box in boxes})
        rows = [sorted((box for box in boxes if round(box[1]) == top), key=lambda box: box[0]) for top in tops]
        texts = [[_cell_text(box, words, vocabulary) for box in row] for row in rows]  # type: ignore[arg-type]
        texts = [row for row in texts if any(row)]
        if not texts or (len(texts) < 2 and max(len(row) for row in texts) < 2):
            continue
        x0, top = min(box[0] for box in boxes), min(box[1] for box in boxes)
        x1, bottom = max(box[2] for box in boxes), max(box[3] for box in boxes)
        inside = [
            w
            for w in words
            if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1
        ]
        block = table(texts, page=number, box=Box(x0, top, x1, bottom))
        found.append((Line([], table=block, box=(x0, top, x1, bottom)), inside))
    taken = {id(word) for _, inside in found for word in inside}
    return [line for line, _ in found], [word for word in words if id(word) not in taken]
