"""Reading plan files (.txt, .md, .pdf, .docx, .html) into the document model, with a clear error for a bad file.

Text files are decoded here (the byte-order mark decides the encoding; a file that is not text is
refused); PDFs are read in a bounded child process (ingest.extraction). Every format's text goes
through clean_page, and what was removed or looks addressed to an AI comes back as warnings.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.blocks import text_document
from ingest.documents import Page
from ingest.extraction import ExtractionError, ExtractionLimits, extract_pdf
from ingest.formats.docx import read_docx
from ingest.formats.html import read_html
from ingest.instructions import find_instructions
from ingest.junk import without_junk
from ingest.markup import RemovedMarkup, strip_markup
from ingest.model import StructuredDocument, clean_blocks, pages_of
from ingest.pdf.scanned import ScanUnreadable, with_scanned_pages
from ingest.text import clean_page

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
SUPPORTED_NAMES = ".txt, .md, .pdf, .docx or .html"
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_BYTE_ORDER_MARKS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)
# Characters no text file holds: control characters other than tab, line breaks and form feed, and
# U+FFFD, which stands for bytes that could not be decoded.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_STRAY_NOT_TEXT = 8  # this many are stray characters in any file, dropped with a warning
_NOT_TEXT_SHARE = 0.01  # beyond the stray ones, more than this share of the characters: not a text file
_EXCERPTS_SHOWN = 3
_DEFAULT_LIMITS = ExtractionLimits()


class IngestError(Exception):
    """A file that cannot be ingested; the message names the file and says why."""


@dataclass(frozen=True)
class LoadedFile:
    document: StructuredDocument
    pages: tuple[Page, ...]  # the text of each page, for metadata and checks that read the whole text
    front_matter: dict[str, str]
    warnings: tuple[str, ...] = ()  # for the admin: markup removed, text addressed to an AI


def load_file(path: Path, limits: ExtractionLimits = _DEFAULT_LIMITS) -> LoadedFile:
    """Read one file into cleaned pages; raise IngestError naming the file when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"{path.name}: unsupported file type {suffix or '(none)'}; use {SUPPORTED_NAMES}")
    if not path.is_file():
        raise IngestError(f"{path.name}: no such file")
    if path.stat().st_size == 0:
        raise IngestError(f"{path.name}: the file is empty")
    if suffix == ".pdf":
        loaded = _load_pdf(path, limits)
    elif suffix == ".docx":
        loaded = _load_docx(path, limits)
    elif suffix in (".html", ".htm"):
        loaded = _load_html(path, limits)
    else:
        loaded = _load_text(path, limits)
    if not any(page.text.strip() for page in loaded.pages):
        if suffix == ".pdf":
            raise IngestError(f"{path.name}: no text could be extracted (is it a scanned document?)")
        raise IngestError(f"{path.name}: the file has no text")
    return loaded


def _load_text(path: Path, limits: ExtractionLimits) -> LoadedFile:
    text, notes = _decode(path.name, path.read_bytes())
    if len(text) > limits.max_document_chars:
        raise IngestError(limits.document_too_long(path.name))
    notes = _checked(path.name, text, notes)
    front: dict[str, str] = {}
    removed = RemovedMarkup()
    match = _FRONT_MATTER.match(text)
    if match:
        front, removed = _parse_front_matter(match.group(1))
        text = text[match.end() :]
    cleaned = clean_page(text)
    warnings = _warnings([cleaned.text, *front.values()], removed + cleaned.removed)
    pages = (Page(number=None, text=cleaned.text),)
    return LoadedFile(text_document(cleaned.text), pages, front_matter=front, warnings=(*notes, *warnings))


def _load_docx(path: Path, limits: ExtractionLimits) -> LoadedFile:
    """A Word document: headings by style, lists by numbering, tables as tables."""
    with path.open("rb") as handle:
        if handle.read(4) != b"PK\x03\x04":
            kind = _sniff(path.read_bytes()[:1024])
            raise IngestError(f"{path.name}: not a Word document (.docx){f' (it looks like {kind})' if kind else ''}")
    try:
        document, removed = read_docx(path)
    except (ValueError, KeyError, OSError) as error:
        raise IngestError(f"{path.name}: {error}") from None
    return _structured(path.name, document, removed, limits)


def _load_html(path: Path, limits: ExtractionLimits) -> LoadedFile:
    """A saved web page: its main content only, navigation and footer dropped."""
    text, notes = _decode(path.name, path.read_bytes())
    if len(text) > 4 * limits.max_document_chars:
        raise IngestError(limits.document_too_long(path.name))
    notes = _checked(path.name, text, notes)
    document, _ = read_html(text)  # a saved page's scripts and styles are expected, not worth a warning
    loaded = _structured(path.name, document, RemovedMarkup(), limits)
    return LoadedFile(loaded.document, loaded.pages, loaded.front_matter, (*notes, *loaded.warnings))


def _structured(
    name: str, document: StructuredDocument, removed: RemovedMarkup, limits: ExtractionLimits
) -> LoadedFile:
    blocks, cleaned = clean_blocks(document.blocks)
    document = without_junk(StructuredDocument(blocks, document.pages, document.junk))
    pages = pages_of(document)
    if sum(len(page.text) for page in pages) > limits.max_document_chars:
        raise IngestError(limits.document_too_long(name))
    warnings = _warnings([page.text for page in pages], removed + cleaned) + _junk_note(document)
    return LoadedFile(document, pages, front_matter={}, warnings=warnings)


def _junk_note(document: StructuredDocument) -> tuple[str, ...]:
    """The ingest summary's word on conversion debris dropped from the passages."""
    if not document.junk:
        return ()
    shown = "; ".join(f'"{line[:40]}"' for line in document.junk[:_EXCERPTS_SHOWN])
    more = f" (and {len(document.junk) - _EXCERPTS_SHOWN} more)" if len(document.junk) > _EXCERPTS_SHOWN else ""
    lines = "line" if len(document.junk) == 1 else "lines"
    return (f"{len(document.junk)} {lines} of conversion debris dropped: {shown}{more}",)


def _decode(name: str, raw: bytes) -> tuple[str, list[str]]:
    """The text of a text file, and notes for the admin; IngestError when it cannot be decoded."""
    for mark, codec, label in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                text = raw[len(mark) :].decode(codec)
            except UnicodeDecodeError as error:
                raise IngestError(
                    f"{name}: the file starts with a {label} byte-order mark but is not valid {label} "
                    f"(at byte {error.start + len(mark)}); save it again as UTF-8"
                ) from None
            return text, []
    if b"\x00" in raw:
        raise IngestError(
            f"{name}: the file contains NUL bytes: it looks like UTF-16 without a byte-order mark, "
            "or a binary file; save it as UTF-8"
        )
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        notes = ["the file is not UTF-8: it was read as Windows-1252 (cp1252); check its accented letters"]
        return raw.decode("cp1252", errors="replace"), notes


def _checked(name: str, text: str, notes: list[str]) -> list[str]:
    """Refuse text that is mostly not text; stray control characters are left for cleaning to drop."""
    strays = len(_NOT_TEXT.findall(text))
    if strays > max(_STRAY_NOT_TEXT, _NOT_TEXT_SHARE * len(text)):
        raise IngestError(
            f"{name}: this is not a text file: {strays:,} of its {len(text):,} characters are control characters "
            "or bytes that are not text; save it as UTF-8 text"
        )
    if strays:
        were = "character was" if strays == 1 else "characters were"
        notes = [*notes, f"{strays} control or undecodable {were} dropped or replaced"]
    return notes


def _parse_front_matter(block: str) -> tuple[dict[str, str], RemovedMarkup]:
    """Front matter fields, as plain text: a title may reach a public page."""
    fields: dict[str, str] = {}
    removed = RemovedMarkup()
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            plain = strip_markup(_NOT_TEXT.sub("", value))
            fields[key.strip().lower()] = " ".join(plain.text.split()).strip("\"'")
            removed += plain.removed
    return fields, removed


def _warnings(texts: list[str], removed: RemovedMarkup) -> tuple[str, ...]:
    """What the admin should know about a file that was read: removed markup, text addressed to an AI."""
    warnings = [f"markup removed: {removed.summary()}"] if removed.notable else []
    excerpts = [excerpt for text in texts for excerpt in find_instructions(text)]
    if excerpts:
        shown = "; ".join(f'"{excerpt}"' for excerpt in excerpts[:_EXCERPTS_SHOWN])
        more = f" (and {len(excerpts) - _EXCERPTS_SHOWN} more)" if len(excerpts) > _EXCERPTS_SHOWN else ""
        warnings.append(f"text addressed to an AI or to the reader as instructions: {shown}{more}")
    return tuple(warnings)


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


def _load_pdf(path: Path, limits: ExtractionLimits) -> LoadedFile:
    _check_pdf_bytes(path)
    try:
        extracted = extract_pdf(path, limits)
    except ExtractionError as error:
        raise IngestError(str(error)) from None
    try:
        document, notes = with_scanned_pages(path, extracted.document, extracted.scanned, limits.ocr_page_timeout_s)
    except ScanUnreadable as error:
        raise IngestError(str(error)) from None
    document = without_junk(document)
    pages = pages_of(document)
    warnings = _warnings([page.text for page in pages], extracted.removed) + _junk_note(document)
    return LoadedFile(document, pages, front_matter={}, warnings=(*notes, *warnings))
