"""Scanned pages: read with OCR (ingest.formats.ocr) and put in their place in the document.

A scan's running header and footer are image text like any other: lines near the top or bottom edge
that repeat on most scanned pages, or that are page numbers, are taken out as they are for text PDFs."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ingest.formats.ocr import OcrError, OcrUnavailable, ocr_available, read_scanned_page
from ingest.model import Block, PageInfo, StructuredDocument
from ingest.pdf.running import _EDGE_NUMBER, _PAGE_NUMBER, _PAGE_WORD

_ZONE = 0.1


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
    read: dict[int, tuple[Block, ...]] = {}
    warnings: list[str] = []
    for number in scanned:
        try:
            read[number] = read_scanned_page(path, number, timeout_s=timeout_s).blocks
        except (OcrError, OcrUnavailable) as error:
            warnings.append(str(error))
    if every_page and not any(read.values()):
        why = f" ({'; '.join(warnings)})" if warnings else ""
        raise ScanUnreadable(f"{path.name}: no text could be extracted, and OCR found none on its scanned pages{why}")
    heights = {page.number: page.height for page in document.pages}
    read, running = _without_running(read, heights)
    pages = tuple(
        replace(page, ocr=True, **running[page.number]) if page.number in read else page for page in document.pages
    )
    blocks = [block for block in document.blocks if block.page not in read]
    for found in read.values():
        blocks.extend(found)
    order = {page.number: index for index, page in enumerate(pages)}
    blocks.sort(key=lambda block: order.get(block.page or 0, 0))  # stable: each page keeps its reading order
    return StructuredDocument(tuple(blocks), pages, document.junk), warnings


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _zone(block: Block, height: float) -> str | None:
    if block.box is None or not height or block.kind == "table":
        return None
    if block.box.bottom <= height * _ZONE:
        return "header"
    if block.box.top >= height * (1 - _ZONE):
        return "footer"
    return None


def _without_running(
    read: dict[int, tuple[Block, ...]], heights: dict[int, float]
) -> tuple[dict[int, tuple[Block, ...]], dict[int, dict[str, object]]]:
    seen: Counter[tuple[str, str]] = Counter()
    for number, blocks in read.items():
        seen.update({(zone, _key(b.text)) for b in blocks if (zone := _zone(b, heights.get(number, 0)))})
    repeated = max(2, round(0.4 * len(read)))
    kept: dict[int, tuple[Block, ...]] = {}
    running: dict[int, dict[str, object]] = {}
    for number, blocks in read.items():
        body: list[Block] = []
        lines: dict[str, list[str]] = {"header": [], "footer": []}
        label = None
        for block in blocks:
            zone = _zone(block, heights.get(number, 0))
            number_line = _PAGE_NUMBER.match(block.text) or _PAGE_WORD.search(block.text)
            if zone and (number_line or seen[(zone, _key(block.text))] >= repeated):
                lines[zone].append(block.text)
                found = number_line or _EDGE_NUMBER.search(block.text)
                if found and label is None:
                    label = next(group for group in found.groups() if group)
                continue
            body.append(block)
        kept[number] = tuple(body)
        running[number] = {"header": tuple(lines["header"]), "footer": tuple(lines["footer"]), "label": label}
    return kept, running


def _list(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(number) for number in numbers)


__all__ = ["PageInfo", "ScanUnreadable", "with_scanned_pages"]
