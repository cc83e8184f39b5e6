"""Scanned pages: words read with OCR (ingest.formats.ocr), laid out by the same reader as text PDFs.

Tesseract gives each word with its box and confidence, and the page image's straight lines are a
table's rules (pdfplumber's table finder makes cells of them). They go through the same steps as a text
layer's words (lines, running headers and footers, columns, headings by the height of the type, list
items, aligned table rows), so a scan becomes the same blocks its text PDF would. Words Tesseract was
not sure of are marked in their blocks (`uncertain`), and are never quoted."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ingest.formats.ocr import OcrError, OcrUnavailable, OcrWord, ocr_available, page_rules, read_scanned_words
from ingest.model import Block, StructuredDocument, block_text
from ingest.pdf.hyphens import Vocabulary
from ingest.pdf.reader import lay_out, page_lines
from ingest.pdf.tables import grid_tables
from ingest.pdf.words import Word, group_lines

MIN_CONFIDENCE = 60  # Tesseract's confidence (0-100) below which a word is never quoted
_LARGER = 1.35  # a heading's type over the body's: OCR's line heights vary with the letters in them
_TYPE_HEIGHT = 0.8  # a line's height to the size its type would be given in a PDF (relative sizes are what count)


class ScanUnreadable(Exception):
    """Every page is a scan and OCR cannot run, or failed: nothing of the document could be read."""


def with_scanned_pages(
    path: Path, document: StructuredDocument, scanned: tuple[int, ...], timeout_s: float
) -> tuple[StructuredDocument, list[str]]:
    """The document with its scanned pages read by OCR, and warnings about pages that could not be."""
    if not scanned:
        return document, []
    every_page = len(scanned) == len(document.pages)
    missing = ocr_available()
    if missing:
        if every_page:
            raise ScanUnreadable(f"{path.name}: no text could be extracted: {missing}")
        return document, [f"pages {_list(scanned)} are scanned images and were not read: {missing}"]
    read: dict[int, list[OcrWord]] = {}
    warnings: list[str] = []
    for number in scanned:
        try:
            read[number] = read_scanned_words(path, number, timeout_s=timeout_s)
        except (OcrError, OcrUnavailable) as error:
            warnings.append(str(error))
    if every_page and not any(read.values()):
        why = f" ({'; '.join(warnings)})" if warnings else ""
        raise ScanUnreadable(f"{path.name}: no text could be extracted, and OCR found none on its scanned pages{why}")
    heights = {page.number: page.height for page in document.pages}
    words = {number: _words(found) for number, found in read.items()}
    vocabulary = Vocabulary([line.text for found in words.values() for line in group_lines(found)])
    per_page = []
    for number, found in words.items():
        tables, rest = grid_tables(page_rules(path, number), found, number, vocabulary)
        per_page.append((number, page_lines(rest, tables), heights.get(number, 0.0)))
    blocks, pages = lay_out(per_page, vocabulary, larger=_LARGER)
    unsure = {number: {w.text for w in found if w.confidence < MIN_CONFIDENCE} for number, found in read.items()}
    blocks = [_marked(replace(block, ocr=True), unsure.get(block.page or 0, set())) for block in blocks]
    read_pages = {page.number: replace(page, ocr=True) for page in pages}
    merged_pages = tuple(read_pages.get(page.number, page) for page in document.pages)
    kept = [block for block in document.blocks if block.page not in read_pages]
    order = {page.number: index for index, page in enumerate(merged_pages)}
    merged = sorted([*kept, *blocks], key=lambda block: order.get(block.page or 0, 0))  # stable within a page
    return StructuredDocument(tuple(merged), merged_pages, document.junk), warnings


def _words(found: list[OcrWord]) -> list[Word]:
    return [Word(w.text, w.x0, w.x1, w.top, w.bottom, round(w.line_height * _TYPE_HEIGHT, 1)) for w in found]


def _marked(block: Block, unsure: set[str]) -> Block:
    """The block with the spans of words OCR was unsure of (every occurrence: never quoted)."""
    if not unsure:
        return block
    text = block_text(block) if block.kind == "table" else block.text
    spans = []
    for word in unsure:
        for found in re.finditer(rf"(?<!\S){re.escape(word)}(?!\S)", text):
            spans.append((found.start(), found.end()))
    return replace(block, uncertain=tuple(sorted(spans)))


def _list(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(number) for number in numbers)
