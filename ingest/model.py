"""The one document model every loader produces: typed blocks on pages.

Whatever the format (text, Markdown, PDF, a scanned PDF read with OCR, Word, a web page), a loader
returns a `StructuredDocument`: its blocks in reading order and what it knows of each page. Chunking,
section paths, answer units and citations are made from these blocks only, so a table row is always a
row of cells and a list item is always whole, whatever the file looked like.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "table"]


@dataclass(frozen=True)
class Box:
    """Where a block sits on its page, in PDF points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Block:
    """One heading, paragraph, list item or table.

    - heading: `level` 1 is the largest (0: a level the format did not say, judged from the text).
    - item: `level` is the nesting depth (0 outermost) or, for plain text, the indent; `marker` is
      the bullet or number as printed ("•", "28.", "(a)"); continuation lines are joined into `text`.
    - table: `rows` of cells (wrapped cells joined), the first `header_rows` of them name the columns;
      `text` is the caption, if any.
    - `ocr`: read from an image by OCR; `uncertain` holds (start, end) spans of `text` (or, for a
      table, of its rows joined by newlines and cells by tabs) that OCR was not confident of: never
      quoted as verbatim.
    """

    kind: BlockKind
    text: str
    page: int | None = None
    level: int = 0
    marker: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    header_rows: int = 0
    box: Box | None = None
    ocr: bool = False
    uncertain: tuple[tuple[int, int], ...] = ()
    markdown: bool = False  # a heading written with '#': its level is the author's

    @property
    def caption(self) -> str:
        return self.text if self.kind == "table" else ""

    def with_text(self, text: str) -> Block:
        return replace(self, text=text)


def heading(text: str, level: int = 0, page: int | None = None, **more: object) -> Block:
    return Block("heading", text, page, level=level, **more)  # type: ignore[arg-type]


def paragraph(text: str, page: int | None = None, **more: object) -> Block:
    return Block("paragraph", text, page, **more)  # type: ignore[arg-type]


def item(text: str, level: int = 0, marker: str = "•", page: int | None = None, **more: object) -> Block:
    return Block("item", text, page, level=level, marker=marker, **more)  # type: ignore[arg-type]


def table(
    rows: list[list[str]] | tuple[tuple[str, ...], ...],
    header_rows: int = 0,
    caption: str = "",
    page: int | None = None,
    **more: object,
) -> Block:
    cells = tuple(tuple(cell for cell in row) for row in rows)
    return Block("table", caption, page, rows=cells, header_rows=header_rows, **more)  # type: ignore[arg-type]


@dataclass(frozen=True)
class PageInfo:
    """A page as printed: its number in the file, the label printed on it, and its running lines.

    Running headers and footers ("Tower Hamlets Council", "Page 14 of 25") are taken out of the text
    and kept here, so they never sit inside a passage."""

    number: int
    label: str | None = None
    header: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
    ocr: bool = False


@dataclass(frozen=True)
class StructuredDocument:
    """A file read into blocks. `pages` is empty for formats without pages (text, Word, web pages)."""

    blocks: tuple[Block, ...]
    pages: tuple[PageInfo, ...] = ()
    junk: tuple[str, ...] = field(default=())  # lines dropped as conversion debris, for the ingest summary

    def text(self) -> str:
        """All the text, block by block: for checks that read the whole document."""
        return "\n".join(block_text(block) for block in self.blocks)

    def page_label(self, number: int | None) -> str | None:
        for page in self.pages:
            if page.number == number:
                return page.label
        return None


def block_text(block: Block) -> str:
    """A block's words as plain text (a table's cells separated by tabs, its rows by newlines)."""
    if block.kind == "table":
        body = "\n".join("\t".join(row) for row in block.rows)
        return f"{block.text}\n{body}" if block.text else body
    return block.text
