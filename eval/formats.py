"""What a file format does to the answers: checks of a rendition corpus against its own files.

- Quotes verbatim in the published file: for a PDF, in its text as `pdftotext` reads it (whitespace
  folded, soft hyphens dropped, line-end hyphenation undone); a table row's quote ("a | b") cell by cell.
- The cited page holds the quote (PDFs).
- Passages: running header or footer lines inside a chunk, distinct section paths, and table-cell
  breaks inside a sentence ("... do not re- | offend")."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eval.answers import AnswerScore
from ingest.documents import Chunk

_SPACE = re.compile(r"\s+")
_CELL = " | "


def fold(text: str, keep_hyphen: bool = False) -> str:
    """Text as a reader sees it: soft hyphens gone, line-end hyphenation undone, whitespace folded."""
    text = text.replace("\u00ad\u2010\n", "\u00ad\n").replace("\u00ad\n", "").replace("\u00ad", "")
    text = unicodedata.normalize("NFKC", text).replace("\u2010", "-")
    # (a justified line can set its closing hyphen apart: "the es -\ntablishment of")
    text = re.sub(r"(?<=[A-Za-z]) ?-\n\s*(?=[a-z])", "-" if keep_hyphen else "", text)
    return _SPACE.sub(" ", text).strip()


def pdf_pages(path: Path, raw: bool = False) -> list[str] | None:
    """The text of each page as pdftotext reads it (in its default mode, or -raw: content-stream
    order, which keeps a line-end hyphen the default mode turns into a space); None when it fails."""
    if shutil.which("pdftotext") is None:
        return None
    options = ["-raw"] if raw else []
    done = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        return None
    pages = done.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@dataclass(frozen=True)
class Reference:
    """One published file's text, folded two ways (hyphen at a line's end dropped, or kept)."""

    pages: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, *readings: Sequence[str]) -> Reference:
        """From one or more readings of the file (each a list of page texts)."""
        count = max((len(reading) for reading in readings), default=0)
        pages = []
        for number in range(count):
            texts = [reading[number] for reading in readings if number < len(reading)]
            pages.append(tuple(fold(text, keep) for text in texts for keep in (False, True)))
        return cls(tuple(pages))

    def holds(self, quote: str, page: int | None = None) -> bool:
        """Every cell of the quote is in the file (or on the page given), in one of its readings; a
        sentence printed across a page break starts on its page and ends at the top of the next."""
        numbers = range(len(self.pages)) if page is None else range(page - 1, min(page, len(self.pages)))
        parts = [fold(part) for part in quote.split(_CELL) if part.strip()]
        return bool(parts) and all(any(self._on(part, number) for number in numbers) for part in parts)

    def _on(self, part: str, number: int) -> bool:
        if any(_within(part, text) for text in self.pages[number]):
            return True
        if number + 1 >= len(self.pages):
            return False
        words = part.split(" ")
        return any(
            any(" ".join(words[:cut]) in text for text in self.pages[number])
            and any(" ".join(words[cut:]) in text for text in self.pages[number + 1])
            for cut in range(1, len(words))
        )


def _within(part: str, text: str, pieces: int = 3) -> bool:
    """The part is in the text, or (a table cell wrapped over lines that a reader took apart) it is in
    it in at most three pieces (all but the last of two words or more), each found."""
    if part in text:
        return True
    if pieces <= 1:
        return False
    words = part.split(" ")
    for cut in range(len(words) - 1, 1, -1):
        head = " ".join(words[:cut])
        if head in text and _within(" ".join(words[cut:]), text, pieces - 1):
            return True
    return False


@dataclass
class FormatChecks:
    corpus: str
    files: int = 0
    quotes: int = 0
    quotes_in_file: int = 0
    paged_quotes: int = 0
    page_holds_quote: int = 0
    ocr_quotes: int = 0
    chunks: int = 0
    running_lines_in_chunks: int = 0
    section_paths: int = 0
    cell_breaks_in_sentences: int = 0
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "corpus": self.corpus,
            "quotes verbatim in the file": _rate(self.quotes_in_file, self.quotes),
            "cited page holds the quote": _rate(self.page_holds_quote, self.paged_quotes),
            "OCR citations": self.ocr_quotes,
            "chunks": self.chunks,
            "chunks holding a running header or footer": self.running_lines_in_chunks,
            "distinct section paths": self.section_paths,
            "table-cell breaks inside a sentence": self.cell_breaks_in_sentences,
        }


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _stem(name: str) -> str:
    return name.split(".", 1)[0]


def check_formats(corpus: Path, answers: Sequence[AnswerScore], chunks: Iterable[Chunk]) -> FormatChecks:
    checks = FormatChecks(corpus=str(corpus))
    files = {path.name: path for path in corpus.iterdir() if path.suffix.lower() == ".pdf"}
    references: dict[str, Reference] = {}
    running: set[str] = set()
    for name, path in files.items():
        pages = pdf_pages(path)
        if pages is not None:
            references[name] = Reference.of(pages, pdf_pages(path, raw=True) or [])
            running |= _running_lines(pages)
    checks.files = len(references)
    for score in answers:
        for citation in score.citations:
            source, quote, page = citation.get("source"), citation.get("quote") or "", citation.get("page")
            if citation.get("ocr"):
                checks.ocr_quotes += 1
                continue  # OCR text has no text layer to compare with
            reference = references.get(str(source))
            if reference is None or not quote.strip():
                continue
            checks.quotes += 1
            if reference.holds(quote):
                checks.quotes_in_file += 1
            else:
                checks.misses.append(f"{source}: {quote[:120]}")
            if isinstance(page, int):
                checks.paged_quotes += 1
                checks.page_holds_quote += reference.holds(quote, page)
    sections: set[str] = set()
    for chunk in chunks:
        checks.chunks += 1
        if chunk.section:
            sections.add(f"{_stem(chunk.metadata.source)}\x00{chunk.section}")
        lines = {_key(line) for line in chunk.text.split("\n")}
        checks.running_lines_in_chunks += bool(lines & running)
        checks.cell_breaks_in_sentences += sum(_cell_break(line) for line in chunk.text.split("\n"))
    checks.section_paths = len(sections)
    return checks


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", _SPACE.sub(" ", line.strip().lower()))


def _running_lines(pages: Sequence[str]) -> set[str]:
    """Lines at the top or bottom of most pages (numbers ignored): the file's running header and footer."""
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        seen.update({_key(line) for line in lines[:2] + lines[-2:]})
    return {key for key, count in seen.items() if count >= max(2, 0.5 * len(pages)) and len(key) > 2}


def _cell_break(line: str) -> bool:
    """A row whose cell ends mid-sentence and whose next cell goes on in lower case: columns read as a row."""
    if _CELL not in line:
        return False
    cells = line.split(_CELL)
    return any(
        (a.rstrip()[-1:].islower() or a.rstrip().endswith("-")) and b.strip()[:1].islower()
        for a, b in zip(cells, cells[1:], strict=False)
    )
