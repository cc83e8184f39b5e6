"""Reading plan files (.txt, .md, .pdf) into cleaned pages, with a clear error for a bad file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, PdfReadError, PyPdfError

from ingest.documents import Page
from ingest.text import clean_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_COLUMN_GAP = re.compile(r"\S( {3,})\S")


class IngestError(Exception):
    """A file that cannot be ingested; the message names the file and says why."""


@dataclass(frozen=True)
class LoadedFile:
    pages: tuple[Page, ...]
    front_matter: dict[str, str]


def load_file(path: Path) -> LoadedFile:
    """Read one file into cleaned pages; raise IngestError naming the file when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}: unsupported file type {suffix or '(none)'}; use .txt, .md or .pdf")
    if not path.is_file():
        raise IngestError(f"{path.name}: no such file")
    if path.stat().st_size == 0:
        raise IngestError(f"{path.name}: the file is empty")
    loaded = _load_pdf(path) if suffix == ".pdf" else _load_text(path)
    if not any(page.text.strip() for page in loaded.pages):
        raise IngestError(f"{path.name}: no text could be extracted (is it a scanned document?)")
    return loaded


def _load_text(path: Path) -> LoadedFile:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    front: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        front = _parse_front_matter(match.group(1))
        text = text[match.end() :]
    return LoadedFile(pages=(Page(number=None, text=clean_text(text)),), front_matter=front)


def _parse_front_matter(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def _check_pdf_bytes(path: Path) -> None:
    """A .pdf that is not a PDF at all, or one cut short, is named as such (not a parser's message)."""
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, path.stat().st_size - 2048))
        tail = handle.read()
    if b"%PDF-" not in head:
        kind = _sniff(head)
        raise IngestError(f"{path.name}: not a PDF file{f' (it looks like {kind})' if kind else ''}")
    if b"%%EOF" not in tail:
        raise IngestError(f"{path.name}: the PDF is truncated or damaged (it has no end-of-file marker)")


def _sniff(head: bytes) -> str:
    for magic, kind in (
        (b"PK\x03\x04", "a ZIP or Office document"),
        (b"\xd0\xcf\x11\xe0", "an old Office document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"<!DOCTYPE html", "a web page"),
        (b"<html", "a web page"),
        (b"{\\rtf", "an RTF document"),
    ):
        if head.lstrip().lower().startswith(magic.lower()):
            return kind
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return "a text file"


def _load_pdf(path: Path) -> LoadedFile:
    _check_pdf_bytes(path)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(
                f"{path.name}: the PDF is protected by a password; save a copy without the password and add that"
            )
        pages = tuple(
            Page(
                number=number,
                text=clean_text(_pdf_page_text(page.extract_text(extraction_mode="layout"))),
            )
            for number, page in enumerate(reader.pages, start=1)
        )
    except IngestError:
        raise
    except DependencyError as error:
        raise IngestError(
            f"{path.name}: the PDF is encrypted in a way this installation cannot read ({error})"
        ) from error
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as error:
        raise IngestError(f"{path.name}: the PDF is damaged and cannot be read ({error})") from error
    return LoadedFile(pages=pages, front_matter={})


def _pdf_page_text(layout_text: str) -> str:
    """Rebuild paragraphs from a layout extraction: wide gaps become table cells, wrapped lines join."""
    lines = [line.rstrip() for line in layout_text.splitlines()]
    widest = max((len(line.strip()) for line in lines), default=0)
    out: list[str] = []
    last_width = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            out.append("")
            last_width = 0
            continue
        if _COLUMN_GAP.search(line):
            out.append(re.sub(r" {3,}", "\t", line))
            last_width = 0
            continue
        previous = out[-1] if out else ""
        joins = (
            previous
            and "\t" not in previous
            and not previous.endswith((".", ":", "?", "!", ";"))
            and last_width >= 0.6 * widest
            and not re.match(r"([-•*]|\d+[.)])\s", line)
        )
        if joins:
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
        last_width = len(line)
    return "\n".join(out)
