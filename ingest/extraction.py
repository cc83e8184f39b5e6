"""Reading a PDF's text in a child process, with a time limit, a memory cap and caps on characters.

pypdf is pure Python: one hostile page (a line repeated 300,000 times) kept it busy for minutes and
took 620 MB while the build lock was held. The child is killed at the time limit, cannot grow past
its memory cap, and stops at the first page over the page cap or the document cap, so no file holds
the server for longer than the limit. Each refusal names the file and the setting that set the limit.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import signal
import subprocess
import sys
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.documents import Page
from ingest.markup import RemovedMarkup
from ingest.model import StructuredDocument, clean_blocks, from_data, pages_of, to_data
from ingest.pdf.reader import read_layout

if TYPE_CHECKING:
    from assistant.settings import Settings

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


@dataclass(frozen=True)
class ExtractionLimits:
    """How long, how much memory and how much text one file's extraction may take."""

    timeout_s: float = 120
    memory_mb: int = 2048
    max_page_chars: int = 200_000
    max_document_chars: int = 5_000_000
    ocr_page_timeout_s: float = 60

    @classmethod
    def of(cls, settings: Settings) -> ExtractionLimits:
        return cls(
            timeout_s=settings.extract_timeout_s,
            memory_mb=settings.extract_memory_mb,
            max_page_chars=settings.max_page_chars,
            max_document_chars=settings.max_document_chars,
            ocr_page_timeout_s=settings.ocr_page_timeout_s,
        )

    def too_long(self, name: str) -> str:
        return f"{name}: text extraction took longer than the limit of {self.timeout_s:g} s (extract_timeout_s)"

    def too_big(self, name: str) -> str:
        return f"{name}: text extraction needed more than {self.memory_mb} MB of memory, the limit (extract_memory_mb)"

    def page_too_long(self, name: str, number: int) -> str:
        return (
            f"{name}: page {number} has more than {self.max_page_chars:,} characters of text, "
            "the limit (max_page_chars)"
        )

    def document_too_long(self, name: str) -> str:
        return (
            f"{name}: the document has more than {self.max_document_chars:,} characters of text, "
            "the limit (max_document_chars)"
        )


class ExtractionError(Exception):
    """A PDF whose text cannot be read, or not within the limits; the message names the file."""


@dataclass(frozen=True)
class ExtractedPdf:
    document: StructuredDocument
    removed: RemovedMarkup
    scanned: tuple[int, ...] = ()  # pages with no text layer: to be read with OCR

    @property
    def pages(self) -> tuple[Page, ...]:
        """Each page's text, block by block."""
        return pages_of(self.document)


def extract_pdf(path: Path, limits: ExtractionLimits) -> ExtractedPdf:
    """The cleaned text of each page, read in a child process that is killed at the time limit."""
    # -P: the child imports this package (from PYTHONPATH), never an 'ingest' in the current directory.
    command = [sys.executable, "-P", "-m", "ingest.extraction", str(path), json.dumps(asdict(limits))]
    python_path = os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))
    try:
        # run() kills the child at the timeout and waits for it, so nothing is left running.
        finished = subprocess.run(
            command,
            capture_output=True,
            timeout=limits.timeout_s,
            env={**os.environ, "PYTHONPATH": python_path},
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        raise ExtractionError(limits.too_long(path.name)) from None
    return _result(path.name, finished, limits)


def _result(name: str, finished: subprocess.CompletedProcess[bytes], limits: ExtractionLimits) -> ExtractedPdf:
    """The child's pages or its error; a child that died without a word is named by how it died."""
    try:
        answer: dict[str, Any] = json.loads(finished.stdout)
    except ValueError:
        answer = {}
    if "error" in answer:
        raise ExtractionError(str(answer["error"]))
    if "document" in answer:
        return ExtractedPdf(
            document=from_data(answer["document"]),
            removed=RemovedMarkup.from_dict(answer.get("removed", {})),
            scanned=tuple(int(number) for number in answer.get("scanned", ())),
        )
    if finished.returncode == -signal.SIGXCPU:
        raise ExtractionError(limits.too_long(name))
    # Under the address-space cap, C code that cannot allocate may crash rather than raise MemoryError.
    if b"MemoryError" in finished.stderr or finished.returncode in (-signal.SIGKILL, -signal.SIGSEGV):
        raise ExtractionError(limits.too_big(name))
    said = finished.stderr.decode(errors="replace").strip().splitlines()
    reason = said[-1][:200] if said else f"exit code {finished.returncode}"
    raise ExtractionError(f"{name}: text extraction failed ({reason})")


def read_pdf(path: Path, limits: ExtractionLimits) -> ExtractedPdf:
    """Read the PDF's layout in this process: what the child runs. Stops at the first page over a cap."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    total = 0

    def check_page(number: int, characters: int) -> None:
        nonlocal total
        if characters > limits.max_page_chars:
            raise ExtractionError(limits.page_too_long(path.name, number))
        total += characters
        if total > limits.max_document_chars:
            raise ExtractionError(limits.document_too_long(path.name))

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractionError(
                f"{path.name}: the PDF is protected by a password; save a copy without the password and add that"
            )
        with pdfplumber.open(path) as pdf:
            layout = read_layout(pdf, check_page)
    except (ExtractionError, MemoryError):
        raise
    except (DependencyError, PDFEncryptionError, PDFPasswordIncorrect) as error:
        raise ExtractionError(
            f"{path.name}: the PDF is encrypted in a way this installation cannot read ({error})"
        ) from error
    except (
        PdfReadError,
        PyPdfError,
        PDFSyntaxError,
        PSException,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
    ) as error:
        raise ExtractionError(f"{path.name}: the PDF is damaged and cannot be read ({error})") from error
    blocks, removed = clean_blocks(layout.blocks)
    document = StructuredDocument(blocks, layout.pages)
    return ExtractedPdf(document=document, removed=removed, scanned=layout.scanned)


def _cap_resources(limits: ExtractionLimits) -> None:
    """Cap this process's memory, and its CPU time as a backstop should the parent die without killing it."""
    import resource

    memory = limits.memory_mb * 1024 * 1024
    seconds = math.ceil(limits.timeout_s) + 5
    for cap, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, seconds)):
        # A cap the platform will not set (or above the hard limit) is skipped: the parent's timeout still holds.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(cap, (value, value + 5 if cap == resource.RLIMIT_CPU else value))


def main(arguments: list[str]) -> int:
    """The child: read one PDF within the limits and write its pages, or the error, as JSON on stdout."""
    path, limits = Path(arguments[0]), ExtractionLimits(**json.loads(arguments[1]))
    _cap_resources(limits)
    logging.disable(logging.CRITICAL)  # pypdf can warn once per broken object: keep stderr small
    warnings.simplefilter("ignore")
    try:
        extracted = read_pdf(path, limits)
        answer: dict[str, Any] = {
            "document": to_data(extracted.document),
            "removed": extracted.removed.as_dict(),
            "scanned": list(extracted.scanned),
        }
        output = json.dumps(answer)
    except ExtractionError as error:
        output = json.dumps({"error": str(error)})
    except MemoryError:
        output = json.dumps({"error": limits.too_big(path.name)})
    sys.stdout.write(output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
