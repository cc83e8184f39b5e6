"""The one document model every loader produces: typed blocks on pages.

Whatever the format (text, Markdown, PDF, a scanned PDF read with OCR, Word, a web page), a loader
returns a `StructuredDocument`: its blocks in reading order and what it knows of each page. Chunking,
section paths, answer units and citations are made from these blocks only, so a table row is always a
row of cells and a list item is always whole, whatever the file looked like.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from ingest.documents import Page
from ingest.markup import RemovedMarkup
from ingest.text import clean_page

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
    height: float = 0.0  # in points, for PDFs


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


def to_data(document: StructuredDocument) -> dict[str, Any]:
    """Plain JSON data, to pass a document between processes."""
    return asdict(document)


def from_data(data: dict[str, Any]) -> StructuredDocument:
    blocks = []
    for raw in data["blocks"]:
        box = Box(**raw["box"]) if raw.get("box") else None
        rows = tuple(tuple(str(cell) for cell in row) for row in raw.get("rows", ()))
        uncertain = tuple((int(a), int(b)) for a, b in raw.get("uncertain", ()))
        blocks.append(Block(**{**raw, "box": box, "rows": rows, "uncertain": uncertain}))
    pages = tuple(
        PageInfo(**{**raw, "header": tuple(raw.get("header", ())), "footer": tuple(raw.get("footer", ()))})
        for raw in data.get("pages", ())
    )
    return StructuredDocument(tuple(blocks), pages, tuple(data.get("junk", ())))


def block_text(block: Block) -> str:
    """A block's words as plain text (a table's cells separated by tabs, its rows by newlines)."""
    if block.kind == "table":
        body = "\n".join("\t".join(row) for row in block.rows)
        return f"{block.text}\n{body}" if block.text else body
    return block.text


def pages_of(document: StructuredDocument) -> tuple[Page, ...]:
    """Each page's text, block by block; one page numbered None for a format without pages."""
    by_page: dict[int | None, list[str]] = {}
    for block in document.blocks:
        by_page.setdefault(block.page, []).append(block_text(block))
    return tuple(Page(number, "\n\n".join(texts)) for number, texts in by_page.items())


def clean_blocks(blocks: tuple[Block, ...] | list[Block]) -> tuple[tuple[Block, ...], RemovedMarkup]:
    """Every block's words as plain text (see ingest.text.clean_page), and what markup was removed.

    OCR text keeps its words where they are: its uncertain spans point into it."""
    removed: list[RemovedMarkup] = []
    out: list[Block] = []
    for block in blocks:
        if block.ocr:
            out.append(block)
            continue
        text = _clean(block.text, removed) if block.text else ""
        rows = tuple(tuple(_clean(cell, removed) for cell in row) for row in block.rows)
        if block.kind == "table":
            rows = tuple(row for row in rows if any(row))
            if rows:
                out.append(replace(block, text=text, rows=rows))
        elif text:
            out.append(replace(block, text=text))
    return tuple(out), sum(removed, RemovedMarkup())


def _clean(text: str, removed: list[RemovedMarkup]) -> str:
    cleaned = clean_page(text)
    removed.append(cleaned.removed)
    return " ".join(cleaned.text.split())
