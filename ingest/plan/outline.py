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
_CONTENTS_LINE = re.compile(r"(\.{3,}|\s)\d{1,3}\s*$")


def outline(pieces: Sequence[Piece]) -> tuple[tuple[Section, ...], set[str]]:
    """The sections of a plan in order, and the ids of chunks that are only contents or document control."""
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
        if (
            in_contents
            and _CONTENTS_LINE.search(piece.text)
            or piece.section
            and _ABOUT_DOCUMENT.search(piece.section)
            or " | " in piece.text
            and _CONTROL_LABELS.match(piece.text.split(" | ", 1)[0])
        ):
            front_pieces.add(index)
    by_chunk: dict[str, list[int]] = {}
    for index, piece in enumerate(pieces):
        if piece.block.kind != "heading":
            by_chunk.setdefault(piece.chunk.id, []).append(index)
    front = {chunk_id for chunk_id, members in by_chunk.items() if all(i in front_pieces for i in members)}
    return tuple(sections), front
