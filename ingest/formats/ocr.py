"""Reading a scanned PDF page (an image with no text layer) with Tesseract, into typed blocks.

The page is rasterised with poppler's `pdftoppm` and read with `tesseract ... tsv`, which gives every
word with its box and confidence, grouped into blocks, paragraphs and lines. Words of a line are joined
by a space and lines of a paragraph joined (line-end hyphenation undone); a paragraph starting with a
bullet or a number is a list item, a short line in clearly larger type is a heading. Words Tesseract
was not confident of are marked as `uncertain` spans, so they are never quoted as verbatim.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ingest.model import Block, Box, PageInfo

MAX_PIXELS = 40_000_000  # about A3 at 300 dpi; a larger page is rasterised at a lower resolution

_BULLETS = {"•", "·", "●", "▪", "■", "◦", "○", "‣", "➤", "–", "-"}
# What Tesseract often makes of a bullet; only taken as one when small, followed by a gap and hanging.
_MISREAD_BULLETS = {"e", "«", "»", "*", "o", "¢", "©", "@", "°", "+"}
_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z]\)|\([ivx]{1,4}\)|\(\d{1,3}\))$")
_DASHES = {"–", "-"}


class OcrUnavailable(Exception):
    """OCR cannot run here: Tesseract or pdftoppm is missing, or would not run."""


class OcrError(RuntimeError):
    """A page that could not be read by OCR, or not within the time limit; the message names the page."""


@dataclass(frozen=True)
class OcrPage:
    """One scanned page read by OCR: its blocks in reading order, the page, and how much text it held."""

    blocks: tuple[Block, ...]
    page: PageInfo
    text_chars: int


@dataclass(frozen=True)
class _Word:
    text: str
    conf: float
    left: int
    top: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


_Line = list[_Word]


def page_needs_ocr(text: str) -> bool:
    """True when a page's text layer is empty or almost nothing (under 20 characters besides spaces)."""
    return len("".join(text.split())) < 20


def ocr_available() -> str | None:
    """None when Tesseract (with English) and pdftoppm can run, else what to install."""
    if shutil.which("tesseract") is None:
        return "this page is a scanned image and needs OCR: install Tesseract (Debian package tesseract-ocr)"
    if shutil.which("pdftoppm") is None:
        return "this page is a scanned image and needs OCR: install pdftoppm (Debian package poppler-utils)"
    try:
        listed = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, timeout=20, stdin=subprocess.DEVNULL, text=True
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"this page is a scanned image and needs OCR, but Tesseract would not run ({error})"
    if "eng" not in (listed.stdout + listed.stderr).split():
        return "this page is a scanned image and needs OCR: install Tesseract's English data (tesseract-ocr-eng)"
    return None


def read_scanned_page(
    pdf: Path, number: int, timeout_s: float = 60, dpi: int = 300, min_confidence: float = 60
) -> OcrPage:
    """Rasterise page `number` (1-based) of `pdf` and read it with Tesseract into blocks marked `ocr`."""
    missing = ocr_available()
    if missing:
        raise OcrUnavailable(missing)
    where = f"{pdf.name}, page {number}"
    try:
        return _read(pdf, number, time.monotonic() + timeout_s, dpi, min_confidence)
    except subprocess.TimeoutExpired:
        raise OcrError(f"{where}: OCR took longer than the limit of {timeout_s:g} s") from None


def _read(pdf: Path, number: int, deadline: float, dpi: int, min_confidence: float) -> OcrPage:
    tsv, dpi = _tsv(pdf, number, deadline, dpi)
    blocks = blocks_from_tsv(tsv, number, dpi, min_confidence)
    return OcrPage(blocks=blocks, page=PageInfo(number, ocr=True), text_chars=sum(len(b.text) for b in blocks))


def _tsv(pdf: Path, number: int, deadline: float, dpi: int) -> tuple[str, int]:
    """Tesseract's TSV for one page, and the resolution it was read at."""
    where = f"{pdf.name}, page {number}"
    with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
        dpi = _safe_dpi(pdf, number, dpi, _run(["pdfinfo", "-f", str(number), "-l", str(number), str(pdf)], deadline))
        image = Path(folder) / "page"
        command = ["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-gray", "-png", "-singlefile"]
        done = _run([*command, str(pdf), str(image)], deadline)
        if done.returncode != 0 or not image.with_suffix(".png").is_file():
            raise OcrError(f"{where}: the page could not be rasterised for OCR ({_said(done)})")
        png = str(image.with_suffix(".png"))
        tsv = _run(["tesseract", png, "stdout", "-l", "eng", "--psm", "3", "--dpi", str(dpi), "tsv"], deadline)
        if tsv.returncode != 0:
            raise OcrError(f"{where}: Tesseract could not read the page ({_said(tsv)})")
        _RULES[(str(pdf), number)] = image_rules(Path(png), dpi)
    return tsv.stdout, dpi


_RULES: dict[tuple[str, int], list[dict[str, float | str]]] = {}  # the rules of the page last read, by page


def image_rules(png: Path, dpi: int, min_points: float = 25) -> list[dict[str, float | str]]:
    """Straight dark lines on a page image (a table's rules), as edges in PDF points: pdfplumber's
    table finder turns them into cells. A line shorter than min_points (a letter's stroke) is not one."""
    import numpy as np
    from PIL import Image

    with Image.open(png) as picture:
        dark = np.asarray(picture.convert("L")) < 128
    scale = 72 / dpi
    least = int(min_points / scale)
    edges: list[dict[str, float | str]] = []
    for orientation, grid in (("v", dark.T), ("h", dark)):
        padded = np.zeros((grid.shape[0], grid.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = grid
        changes = np.diff(padded, axis=1)
        for index in np.flatnonzero((changes != 0).any(axis=1)):
            starts = np.flatnonzero(changes[index] == 1)
            ends = np.flatnonzero(changes[index] == -1)
            for start, end in zip(starts, ends, strict=True):
                if end - start >= least:
                    edges.append(_edge(orientation, index * scale, start * scale, end * scale))
    return edges


def _edge(orientation: str, at: float, start: float, end: float) -> dict[str, float | str]:
    if orientation == "v":
        return {"orientation": "v", "x0": at, "x1": at, "top": start, "bottom": end, "width": 0, "height": end - start}
    return {"orientation": "h", "x0": start, "x1": end, "top": at, "bottom": at, "width": end - start, "height": 0}


def page_rules(pdf: Path, number: int) -> list[dict[str, float | str]]:
    """The rules found on a page read by `read_scanned_words` (then forgotten)."""
    return _RULES.pop((str(pdf), number), [])


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read, in PDF points from the page's top-left; `line_height` is its line's."""

    text: str
    confidence: float
    x0: float
    top: float
    x1: float
    bottom: float
    line_height: float


def read_scanned_words(pdf: Path, number: int, timeout_s: float = 60, dpi: int = 300) -> list[OcrWord]:
    """Every word Tesseract reads on page `number`, with its box and confidence, for a layout reader."""
    missing = ocr_available()
    if missing:
        raise OcrUnavailable(missing)
    try:
        tsv, dpi = _tsv(pdf, number, time.monotonic() + timeout_s, dpi)
    except subprocess.TimeoutExpired:
        raise OcrError(f"{pdf.name}, page {number}: OCR took longer than the limit of {timeout_s:g} s") from None
    return words_from_tsv(tsv, dpi)


def words_from_tsv(tsv: str, dpi: int) -> list[OcrWord]:
    scale = 72 / dpi
    heights: dict[tuple[int, ...], float] = {}
    rows = [row.split("\t") for row in tsv.splitlines()[1:]]
    for cells in rows:
        if len(cells) >= 12 and cells[0] == "4":
            key = tuple(int(cell) for cell in cells[1:5])
            heights[key] = int(cells[9]) * scale
    words = []
    for cells in rows:
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
            left, top, width, height = (int(cell) for cell in cells[6:10])
            key = tuple(int(cell) for cell in cells[1:5])
        except ValueError:
            continue
        if confidence < 0:
            continue
        x0, y0 = left * scale, top * scale
        line = heights.get(key, height * scale)
        words.append(OcrWord(cells[11].strip(), confidence, x0, y0, x0 + width * scale, y0 + height * scale, line))
    return words


def _run(command: list[str], deadline: float) -> subprocess.CompletedProcess[str]:
    """Run one OCR tool within what is left of the page's time; run() kills it at the timeout."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise subprocess.TimeoutExpired(command, 0)
    try:
        return subprocess.run(
            command,
            capture_output=True,
            timeout=left,
            text=True,
            errors="replace",
            stdin=subprocess.DEVNULL,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one thread: faster for one page, fair to other work
        )
    except FileNotFoundError as error:
        raise OcrUnavailable(f"this page is a scanned image and needs OCR: {error.filename} is missing") from error


def _said(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    return lines[-1][:200] if lines else f"exit code {done.returncode}"


def _safe_dpi(pdf: Path, number: int, dpi: int, info: subprocess.CompletedProcess[str]) -> int:
    """The resolution to rasterise at: `dpi`, or lower for a huge page so the image stays under MAX_PIXELS."""
    if info.returncode != 0 and "page range" in info.stderr:
        raise OcrError(f"{pdf.name}, page {number}: the PDF has no such page")
    if info.returncode != 0:
        raise OcrError(f"{pdf.name}, page {number}: the page could not be opened for OCR ({_said(info)})")
    found = re.search(rf"Page\s+{number} size:\s*([\d.]+) x ([\d.]+) pts", info.stdout)
    if found is None:
        raise OcrError(f"{pdf.name}, page {number}: the PDF has no such page")
    width, height = (float(found.group(1)) / 72, float(found.group(2)) / 72)
    if width * height * dpi * dpi <= MAX_PIXELS:
        return dpi
    return max(50, int((MAX_PIXELS / (width * height)) ** 0.5))


def _parse_tsv(tsv: str) -> list[list[_Line]]:
    """Tesseract's TSV as paragraphs of lines of words, in its reading order (conf -1 rows are not words)."""
    paragraphs: dict[tuple[int, int], dict[int, _Line]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            conf = float(cells[10])
            block, par, line = int(cells[2]), int(cells[3]), int(cells[4])
            left, top, width, height = (int(cell) for cell in cells[6:10])
        except ValueError:
            continue
        if conf < 0:
            continue
        word = _Word(cells[11].strip(), conf, left, top, width, height)
        paragraphs.setdefault((block, par), {}).setdefault(line, []).append(word)
    return [[line for line in lines.values() if not _debris(line)] for lines in paragraphs.values()]


def _debris(line: _Line) -> bool:
    """A line of specks: mostly punctuation, or a letter or two and nothing else."""
    text = "".join(word.text for word in line)
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    return (letters + digits) * 2 < len(text) or (digits == 0 and letters < 3)


def blocks_from_tsv(tsv: str, page: int, dpi: int, min_confidence: float = 60) -> tuple[Block, ...]:
    """Tesseract's TSV output for a page image at `dpi` as headings, list items and paragraphs."""
    paragraphs = _parse_tsv(tsv)
    heights = [word.height for lines in paragraphs for line in lines for word in line if len(word.text) > 1]
    body = statistics.median(heights) if heights else 0
    blocks: list[Block] = []
    for lines in paragraphs:
        for kind, marker, group in _split(lines, body):
            blocks.append(_block(kind, marker, group, page, dpi, min_confidence, body))
    return tuple(blocks)


def _split(lines: list[_Line], body: float) -> list[tuple[str, str, list[_Line]]]:
    """A paragraph's lines as (kind, marker, lines): headings, each list item, and the plain text between."""
    groups: list[tuple[str, str, list[_Line]]] = []
    for index, line in enumerate(lines):
        kind, _, last = groups[-1] if groups else ("", "", [])
        marker = _marker(line, lines[index + 1 :])
        if marker in _DASHES and kind == "paragraph" and not last[-1][-1].text.endswith(":"):
            marker = ""  # a dash starting a wrapped line of a sentence, not a list
        if _is_heading(line, body):
            if kind == "heading" or (kind == "paragraph" and _size(last[-1]) >= 1.3 * body):
                last.append(line)  # a heading wrapped over two lines, or a paragraph in large type
                if sum(len(words) for words in last) > 12:
                    groups[-1] = ("paragraph", "", last)
            else:
                groups.append(("heading", "", [line]))
        elif marker:
            groups.append(("item", marker, [line]))
        elif kind == "paragraph" or (kind == "item" and _hangs(line, last[0])):
            last.append(line)
        else:
            groups.append(("paragraph", "", [line]))
    return groups


def _hangs(line: _Line, first: _Line) -> bool:
    """True when `line` continues the list item that starts with `first`: it starts under the item's text."""
    text = first[1] if len(first) > 1 else first[0]
    return abs(line[0].left - text.left) < _size(first)


def _is_heading(line: _Line, body: float) -> bool:
    text = " ".join(word.text for word in line)
    return bool(body) and len(line) <= 12 and not text.endswith(".") and _size(line) >= 1.3 * body


def _size(line: _Line) -> float:
    sized = [word.height for word in line if len(word.text) > 1] or [word.height for word in line]
    return statistics.median(sized)


def _marker(line: _Line, after: list[_Line]) -> str:
    """The bullet or number a list item's first line starts with, or "" when it does not start one."""
    if len(line) < 2:
        return ""
    first, second = line[0].text, line[1]
    if first in _BULLETS or _NUMBER.match(first):
        return first
    if first.lower() not in _MISREAD_BULLETS:
        return ""
    # A misread bullet: a small mark, then a gap wider than a space, and the next line either hanging
    # under the text or the next item's mark under this one.
    size = _size(line[1:])
    small = line[0].height < 0.6 * size
    gap = second.left - line[0].right > 0.8 * size
    hanging = not after or _hangs(after[0], line) or abs(after[0][0].left - line[0].left) < size / 2
    return "•" if small and gap and hanging else ""


def _block(
    kind: str, marker: str, lines: list[_Line], page: int, dpi: int, min_confidence: float, body: float
) -> Block:
    """One block from its lines: text joined (without the marker), uncertain words marked, box in points."""
    words = [word for line in lines for word in line]
    text, uncertain, start = "", [], 0
    for number, line in enumerate(lines):
        for position, word in enumerate(line):
            if number == 0 and position == 0 and marker:
                continue
            doubtful = word.conf < min_confidence
            if number and position == 0 and text.endswith("-") and len(text) > 1 and text[-2].isalpha():
                if word.text[:1].islower():
                    text = text[:-1]  # "strat-" + "egy": the hyphen only broke the line
                # else "North-" + "West": the hyphen is the word's own; either way one word, doubtful if a part is
                if uncertain and uncertain[-1][0] == start:
                    uncertain.pop()
                    doubtful = True
            else:
                text += " " if text else ""
                start = len(text)
            text += word.text
            if doubtful:
                uncertain.append((start, len(text)))
    scale = 72 / dpi
    box = Box(
        round(min(w.left for w in words) * scale, 1),
        round(min(w.top for w in words) * scale, 1),
        round(max(w.right for w in words) * scale, 1),
        round(max(w.bottom for w in words) * scale, 1),
    )
    level = (1 if _size(lines[0]) >= 1.8 * body else 2) if kind == "heading" else 0
    return Block(
        kind,  # type: ignore[arg-type]
        text,
        page,
        level=level,
        marker=marker,
        box=box,
        ocr=True,
        uncertain=tuple(uncertain),
    )
