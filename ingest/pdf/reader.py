"""A PDF's layout read into the document model (pdfplumber, MIT-licensed, on pdfminer.six).

Per page: words with their size and weight; ruled tables; lines; running headers and footers taken
out (kept as page metadata, the printed number as the page's label); columns put in reading order;
then headings, paragraphs, list items and aligned tables, with line-end hyphenation undone.
Pages with no text layer are listed for OCR."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from statistics import median
from typing import Any

from ingest.model import Block, PageInfo
from ingest.pdf.blocks import Style, flow_blocks, is_heading, is_marker
from ingest.pdf.columns import reading_order
from ingest.pdf.hyphens import Vocabulary, join_two
from ingest.pdf.running import split_running
from ingest.pdf.tables import ruled_tables
from ingest.pdf.words import Line, Word, body_size, group_lines, page_words

_FOOTNOTE_MARK = re.compile(r"^[\[(]?(?:\d{1,3}|[*†‡§])[\])]?,?$")
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)$")
_SCANNED_CHARS = 20  # fewer letters than this on a page: it is an image, read it with OCR


@dataclass(frozen=True)
class PdfLayout:
    blocks: tuple[Block, ...]
    pages: tuple[PageInfo, ...]
    scanned: tuple[int, ...]  # pages with no text layer, for OCR


def read_layout(pdf: Any, check_page: Callable[[int, int], None] | None = None) -> PdfLayout:
    """Read an open pdfplumber document. check_page(number, characters) may refuse a page over a cap."""
    raw: list[tuple[Any, list[Word]]] = []
    scanned: list[int] = []
    for number, page in enumerate(pdf.pages, start=1):
        words = page_words(page)
        if check_page is not None:
            check_page(number, sum(len(word.text) for word in words))
        if sum(len(word.text) for word in words) < _SCANNED_CHARS:
            scanned.append(number)
        raw.append((page, words))
    vocabulary = Vocabulary([line.text for _, words in raw for line in group_lines(words)])
    per_page: list[tuple[int, list[Line], float]] = []
    for number, (page, words) in enumerate(raw, start=1):
        tables, rest = ruled_tables(page, words, number, vocabulary) if words else ([], [])
        per_page.append((number, page_lines(rest, tables), float(page.height)))
    blocks, pages = lay_out(per_page, vocabulary)
    pages = [replace(page, ocr=page.number in scanned) for page in pages]
    return PdfLayout(tuple(blocks), tuple(pages), tuple(scanned))


def page_lines(words: list[Word], tables: list[Line] = ()) -> list[Line]:  # type: ignore[assignment]
    """A page's lines (footnote marks kept off them) and its tables, top to bottom."""
    lines = [_without_footnote_marks(line) for line in group_lines(words)]
    lines = [line for line in lines if line.words] + list(tables)
    return sorted(lines, key=lambda line: (line.top, line.x0))


def lay_out(
    per_page: list[tuple[int, list[Line], float]], vocabulary: Vocabulary, larger: float = 1.15
) -> tuple[list[Block], list[PageInfo]]:
    """Pages of lines (number, lines, height) as blocks in reading order, and the pages as printed.
    larger: how much larger than the body text a heading is set."""
    split = split_running([(lines, height) for _, lines, height in per_page])
    all_lines = [line for lines, _ in split for line in lines if line.table is None]
    style = _style(all_lines, vocabulary, larger)
    indents = _indents(all_lines)
    blocks: list[Block] = []
    pages: list[PageInfo] = []
    for (number, _, height), (lines, running) in zip(per_page, split, strict=True):
        for flow in reading_order(lines):  # a paragraph runs on across a column break, or a page break:
            blocks = _continue_across(blocks, flow_blocks(flow, style, number, indents), vocabulary)
            # it stays on the page it starts on, as a quote's page is the page it starts on
        pages.append(PageInfo(number, running.label, running.header, running.footer, False, height))
    return blocks, pages


def _without_footnote_marks(line: Line) -> Line:
    """A raised, smaller number after a word is a footnote mark: kept off the sentence. A raised ordinal
    ending ("5" + "th") joins its number, as it reads."""
    if len(line.words) < 2:
        return line
    size = line.size
    baseline = max(word.bottom for word in line.words if abs(word.size - size) < 0.5) if size else 0
    kept: list[Word] = []
    for word in line.words:
        lifted = word.bottom < baseline - 0.15 * size
        raised = word.size < 0.8 * size and lifted
        if raised and _FOOTNOTE_MARK.match(word.text) and kept:
            continue
        last = kept[-1] if kept else None
        if (
            lifted
            and word.size < 0.9 * size  # a superscript "th" is set a little smaller than a footnote mark may be
            and last is not None
            and _ORDINAL.match(word.text)
            and last.text[-1:].isdigit()
            and word.x0 - last.x1 < 2
        ):
            kept[-1] = Word(last.text + word.text, last.x0, word.x1, last.top, last.bottom, last.size, last.bold)
            continue
        kept.append(word)
    return Line(kept) if kept else line


def _style(lines: list[Line], vocabulary: Vocabulary, larger: float = 1.15) -> Style:
    body = body_size(lines)
    sizes = sorted(
        {round(line.size * 2) / 2 for line in lines if line.size >= body * larger and len(line.words) <= 20},
        reverse=True,
    )
    gaps = [
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if abs(a.size - body) < 0.5 and abs(b.size - body) < 0.5 and 0 <= b.top - a.bottom < 2 * body
    ]
    return Style(
        body=body, heading_sizes=tuple(sizes[:5]), line_gap=median(gaps) if gaps else 0.3 * body, vocabulary=vocabulary
    )


def _indents(lines: list[Line]) -> list[float]:
    """The distinct left edges of list markers, outermost first: they give items their level."""
    xs = sorted(line.words[0].x0 for line in lines if len(line.words) > 1 and is_marker(line.words[0], line))
    indents: list[float] = []
    for x in xs:
        if not indents or x - indents[-1] > 6:
            indents.append(x)
    return indents[:4]


def _continue_across(done: list[Block], new: list[Block], vocabulary: Vocabulary) -> list[Block]:
    """A paragraph cut by a column or page break runs on at the top of the next column or page."""
    if done and new:
        last, first = done[-1], new[0]
        if (
            last.kind in ("paragraph", "item")
            and first.kind == "paragraph"
            and not last.text.rstrip().endswith((".", "!", "?", ":"))
            and (first.text[:1].islower() or last.text.count("(") > last.text.count(")"))  # "... (18th July" "2017)"
        ):
            return [*done[:-1], last.with_text(join_two(last.text, first.text, vocabulary)), *new[1:]]
    return [*done, *new]


__all__ = ["PdfLayout", "read_layout", "is_heading"]
