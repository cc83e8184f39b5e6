"""The outline: the heading tree, with the contents page and document-control matter told apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

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
CONTROL_LABELS = re.compile(
    r"^\s*(title|version|author|owner|date|status|review date|approved by|approval|classification|"
    r"document|reference|lead officer|contact|distribution|audience|next review|issue|published|"
    r"decision type|report of|report authors?|wards? affected|key decision|lead member|originating officer|"
    r"cabinet member|relevant to|summary|purpose|prepared by|directorate|department)\b",
    re.I,
)
# A contents line: words then a page number, or a dotted leader.
_PAGE_CELL = re.compile(r"\d{1,3}")
_CONTENTS_LINE = re.compile(r"(\.{3,}|\s)\d{1,3}\s*$")


@dataclass(frozen=True)
class Outline:
    """What the outline reading finds: the sections, the front matter, and the contents page."""

    sections: tuple[Section, ...]
    front_chunks: set[str]  # ids of chunks that are only contents or document control
    front_lines: tuple[tuple[str, str], ...]  # (chunk id, line) of contents and document control
    contents: tuple[int, ...]  # indexes of the pieces that are lines of the contents page, in order


def outline(pieces: Sequence[Piece]) -> Outline:
    """The sections of a plan in order, its front matter, and the lines of its contents page: under a
    "Contents" heading, or a run of lines whose page numbers rise near the start ("PART ONE | 4" ...
    "PART TWO | 12"), with the short lines between them (the parts' names)."""
    sections: list[Section] = []
    front_pieces: set[int] = set()
    contents: list[int] = []
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
        in_contents_line = in_contents and (
            _CONTENTS_LINE.search(piece.text) or (contents and _between_paged(pieces, index, contents[-1]))
        )
        if in_contents_line:
            contents.append(index)
        if in_contents_line or (piece.section and _ABOUT_DOCUMENT.search(piece.section)):
            front_pieces.add(index)
    front_pieces |= _front_tables(pieces)
    if not contents:
        contents = _paged_run(pieces)
        front_pieces |= set(contents)
    lines = tuple((pieces[i].chunk.id, _line(pieces[i].text)) for i in sorted(front_pieces))
    by_chunk: dict[str, list[int]] = {}
    for index, piece in enumerate(pieces):
        if piece.block.kind != "heading":
            by_chunk.setdefault(piece.chunk.id, []).append(index)
    front = {chunk_id for chunk_id, members in by_chunk.items() if all(i in front_pieces for i in members)}
    # a row of document control among them ("Version | 2"), not a contents line that starts like one
    control = [" | " in pieces[i].text and bool(CONTROL_LABELS.match(pieces[i].text.lstrip("- "))) for i in contents]
    kept = tuple(i for i, labelled in zip(contents, control, strict=True) if not labelled)
    return Outline(tuple(sections), front, lines, kept)


_CONTENTS_GAP = 6  # pieces at most between two lines of a contents page that give page numbers
_CONTENTS_WORDS = 20  # a line between them names a part (or a few), in a few words
_CONTENTS_SHARE = 0.2  # of a plan's pieces: a contents page comes near its start


def _paged_run(pieces: Sequence[Piece]) -> list[int]:
    """The lines of a contents page with no "Contents" heading: at least three lines near the start of the
    plan that end in a rising page number ("Introduction | 3"), a few pieces apart, and the short lines
    between and just after them."""
    limit = max(30, int(len(pieces) * _CONTENTS_SHARE))
    paged = [
        i
        for i in range(min(limit, len(pieces)))
        if pieces[i].block.kind != "heading" and _page_number(pieces[i].text) is not None
    ]
    best: list[int] = []
    run: list[int] = []
    for index in paged:
        if run and (
            index - run[-1] > _CONTENTS_GAP
            or (_page_number(pieces[index].text) or 0) < (_page_number(pieces[run[-1]].text) or 0)
            or not all(_short(pieces[i]) for i in range(run[-1] + 1, index))
        ):
            best = max(best, run, key=len)
            run = []
        run.append(index)
    best = max(best, run, key=len)
    if len(best) < 3:
        return []
    end = best[-1]
    while end + 1 < len(pieces) and end + 1 - best[-1] <= 2 and _short(pieces[end + 1]):
        end += 1  # the last part's name, after its page number
    return list(range(best[0], end + 1))


def _between_paged(pieces: Sequence[Piece], index: int, last: int) -> bool:
    """Whether a line under a "Contents" heading that gives no page is one of the page's lines: a short line
    (what a part holds: "- Our partners" under "Part Two | 17") a few lines after the last line of the page,
    before the next heading, with a line giving a page after it, or at most two such lines ending the page."""
    if not _short(pieces[index]) or index - last > _CONTENTS_GAP:
        return False
    for after in range(index + 1, min(len(pieces), index + _CONTENTS_GAP + 1)):
        if pieces[after].block.kind == "heading":
            break
        if _CONTENTS_LINE.search(pieces[after].text):
            return True
        if not _short(pieces[after]):
            break
    paged_before = [at for at in range(last, index) if _CONTENTS_LINE.search(pieces[at].text)]
    return bool(paged_before) and index - paged_before[-1] <= 2


def _page_number(text: str) -> int | None:
    cells = text.split(" | ")
    last = cells[-1].strip()
    if len(cells) == 2 and _PAGE_CELL.fullmatch(last):
        return int(last)
    return None


def _short(piece: Piece) -> bool:
    return piece.block.kind != "heading" and len(piece.text.split()) <= _CONTENTS_WORDS


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
            labelled = [bool(CONTROL_LABELS.match(row[0].lstrip("- "))) for row in cells]
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
