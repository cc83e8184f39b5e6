"""The outline: the heading tree, with the contents page and document-control matter told apart."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.model import Section

_CONTENTS = re.compile(r"^\s*(table of )?contents\s*:?\s*$", re.I)
# Headings of matter about the document rather than of the plan: version control, cover sheets.
_ABOUT_DOCUMENT = re.compile(
    r"\b(version control|document control|document history|revision history|cover sheet|to be deleted before "
    r"publication|distribution list|amendment history|document information|document details)\b",
    re.I,
)
# Labels a document-control table gives in its first column.
_CONTROL_LABELS = re.compile(
    r"^\s*(title|version|author|owner|date|status|review date|approved by|approval|classification|"
    r"document|reference|lead officer|contact|distribution|audience|next review|issue|published|"
    r"decision type|report of|wards? affected|key decision|lead member|originating officer)",
    re.I,
)
# A contents line: words then a page number, or a dotted leader.
_PAGE_CELL = re.compile(r"\d{1,3}")
_CONTENTS_LINE = re.compile(r"(\.{3,}|\s)\d{1,3}\s*$")


def outline(pieces: Sequence[Piece]) -> tuple[tuple[Section, ...], set[str], tuple[tuple[str, str], ...]]:
    """The sections of a plan in order, the ids of chunks that are only contents or document control, and
    each line of contents or document control (chunk id, line)."""
    sections: list[Section] = []
    front_pieces: set[int] = set()
    in_contents = False
    for index, piece in enumerate(pieces):
        block = piece.block
        if block.kind == "heading":
            path = piece.section or block.text
            in_contents = bool(_CONTENTS.match(block.text))
            kind = "contents" if in_contents else "front" if _ABOUT_DOCUMENT.search(path) else "body"
            sections.append(Section(block.text.strip(), path, path.count(" > "), block.page, kind))
            if kind != "body":
                front_pieces.add(index)
            continue
        in_contents_line = in_contents and _CONTENTS_LINE.search(piece.text)
        if in_contents_line or (piece.section and _ABOUT_DOCUMENT.search(piece.section)):
            front_pieces.add(index)
    front_pieces |= _front_tables(pieces)
    lines = tuple((pieces[i].chunk.id, _line(pieces[i].text)) for i in sorted(front_pieces))
    by_chunk: dict[str, list[int]] = {}
    for index, piece in enumerate(pieces):
        if piece.block.kind != "heading":
            by_chunk.setdefault(piece.chunk.id, []).append(index)
    front = {chunk_id for chunk_id, members in by_chunk.items() if all(i in front_pieces for i in members)}
    return tuple(sections), front, lines


def _front_tables(pieces: Sequence[Piece]) -> set[int]:
    """Rows of document-control tables (most first cells are labels such as "Author", "Version") and of
    contents tables (most rows end in a bare page number)."""
    found: set[int] = set()
    run: list[int] = []
    for index in [*range(len(pieces)), -1]:
        if index >= 0 and " | " in pieces[index].text and pieces[index].block.kind != "heading":
            run.append(index)
            continue
        if run:
            cells = [pieces[i].text.split(" | ") for i in run]
            labelled = [bool(_CONTROL_LABELS.match(row[0].lstrip("- "))) for row in cells]
            paged = [bool(_PAGE_CELL.fullmatch(row[-1].strip())) for row in cells]
            if sum(labelled) * 2 >= len(run) + 1:
                found.update(run)
            elif len(run) >= 3 and sum(paged) * 3 >= len(run):  # contents rows ("Introduction | 3")
                found.update(
                    i
                    for i, row_labelled, row_paged in zip(run, labelled, paged, strict=True)
                    if row_labelled or row_paged
                )
            run = []
    return found


def _line(text: str) -> str:
    return text[2:].strip() if text.startswith("- ") else text.strip()
