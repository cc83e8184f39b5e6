"""Running headers and footers: lines repeated near the same place on most pages, and page numbers.

They are taken out of the text (so no passage holds "Page 14 of 25") and kept as page metadata; the
number printed on a page becomes its label."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.pdf.words import Line

_ZONE = 0.1  # the top and bottom tenth of a page
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—|•\s]*)(?:page\s+)?([0-9]{1,4}|[ivxlcdm]{1,6})(?:\s*(?:of|/)\s*[0-9]{1,4})?(?:[-–—|•\s]*)$", re.I
)
_PAGE_WORD = re.compile(r"\bpage\s+([0-9]{1,4}|[ivxlcdm]{1,6})\b(?:\s*(?:of|/)\s*\d{1,4})?", re.I)
_EDGE_NUMBER = re.compile(r"(?:^([0-9]{1,4})\s*[|•–—-]\s+\S)|(?:\S\s+[|•–—-]\s*([0-9]{1,4})$)")


@dataclass(frozen=True)
class Running:
    header: tuple[str, ...]
    footer: tuple[str, ...]
    label: str | None


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _zone(line: Line, height: float) -> str | None:
    if line.table is not None:
        return None
    if line.bottom <= height * _ZONE:
        return "header"
    if line.top >= height * (1 - _ZONE):
        return "footer"
    return None


def split_running(pages: list[tuple[list[Line], float]]) -> list[tuple[list[Line], Running]]:
    """Each page's lines without its running lines, and those running lines with the page's label."""
    seen: Counter[tuple[str, str]] = Counter()
    for lines, height in pages:
        keys = {(zone, _key(line.text)) for line in lines if (zone := _zone(line, height))}
        seen.update(keys)
    repeated = max(2, round(0.4 * len(pages)))
    out = []
    for lines, height in pages:
        kept: list[Line] = []
        header: list[str] = []
        footer: list[str] = []
        label = None
        for line in lines:
            zone = _zone(line, height)
            text = line.text
            page_number = _PAGE_NUMBER.match(text) or _PAGE_WORD.search(text)
            if zone and (page_number or (len(pages) > 1 and seen[(zone, _key(text))] >= repeated)):
                (header if zone == "header" else footer).append(text)
                number = page_number or _EDGE_NUMBER.search(text)
                if number and label is None:
                    label = next(group for group in number.groups() if group)
                continue
            kept.append(line)
        out.append((kept, Running(tuple(header), tuple(footer), label)))
    return out
