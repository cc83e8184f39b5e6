"""The plain data that flows from files to the index: plans, pages and chunks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ingest.model import StructuredDocument

DocType = Literal["plan", "strategy", "scrutiny report"]
Classification = Literal["public", "internal"]
DOC_TYPES: tuple[str, ...] = ("plan", "strategy", "scrutiny report")
CLASSIFICATIONS: tuple[str, ...] = ("public", "internal")
# Who reads what, narrowest first. Everything derived from the text of the plans (BM25 statistics,
# the typo vocabulary, acronyms) is built once per audience from only the plans it may see.
AUDIENCES: dict[str, tuple[str, ...]] = {"public": ("public",), "internal": ("public", "internal")}


def audience_for(classifications: Iterable[str]) -> str:
    """The narrowest audience that sees every classification given (none given: every plan; one no
    audience knows: the narrowest, which is never wrong to use)."""
    wanted = set(classifications) or set(CLASSIFICATIONS)
    for name, seen in AUDIENCES.items():
        if wanted <= set(seen):
            return name
    return next(iter(AUDIENCES))


_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b")
"""A year or a span of years as a title writes it: "2021-24", "2015/2016", "2023"."""


@dataclass(frozen=True)
class PlanMetadata:
    """What a citation and a filter need to know about the document a chunk came from."""

    source: str
    title: str
    council: str
    doc_type: str = "plan"
    period_start: int | None = None
    period_end: int | None = None
    date: str | None = None
    classification: str = "public"

    @property
    def period(self) -> str | None:
        if self.period_start is None:
            return None
        if self.period_end is None or self.period_end == self.period_start:
            return str(self.period_start)
        return f"{self.period_start}-{self.period_end}"

    @property
    def short_name(self) -> str:
        """The plan as an answer names it: council, kind and years as the title writes them
        ("Sutton strategy (2021-24)"); the title itself when it does not name the council. Only the
        title's own years are said, so every figure of an answer is in a title or quote it cites."""
        if not self.council or self.council.lower() not in self.title.lower():
            return self.title
        spans = _YEARS.findall(self.title)
        return f"{self.council} {self.doc_type}" + (f" ({spans[-1]})" if spans else "")


@dataclass(frozen=True)
class Page:
    """One page of text; number is None for formats without pages (.txt, .md)."""

    number: int | None
    text: str


@dataclass(frozen=True)
class PlanDocument:
    metadata: PlanMetadata
    pages: tuple[Page, ...]
    sha256: str
    structure: StructuredDocument | None = None  # the blocks chunks are cut from; else read from the pages


@dataclass(frozen=True)
class Chunk:
    """A passage of a plan: its text is what quotes are cut from."""

    id: str
    text: str
    metadata: PlanMetadata
    section: str | None = None
    page: int | None = None
    ordinal: int = 0
    file_sha256: str = ""
    ingested_at: str = ""  # ISO 8601, UTC: when this version of the file was indexed
    page_label: str | None = None  # the page number printed on the page, when it differs from `page`
    ocr: bool = False  # read from a scanned page by OCR
    uncertain: tuple[tuple[int, int], ...] = ()  # spans of `text` OCR was not sure of: never quoted
    content_sha256: str = ""  # of the file's bytes alone: whether the file on disk is the one indexed
    # A passage that runs over a page break: (offset in `text` where a page starts, its number, its printed
    # label or ""), one for each page after the first. A quote cites the page its line is on.
    page_breaks: tuple[tuple[int, int, str], ...] = ()
    # One cell of a table read column by column: its section ends in the cell's column and row labels,
    # which say what the cell is ("... > Tackling Youth Violence > OBJECTIVES").
    cell: bool = False

    def place(self, quote: str) -> tuple[int | None, str | None]:
        """The page (and its printed label) a quote from this passage is on: where the quote starts."""
        at = self.text.find(quote) if quote else -1
        page, label = self.page, self.page_label
        for start, number, printed in self.page_breaks:
            if at >= start:
                page, label = number, printed or None
        return page, label

    @property
    def search_text(self) -> str:
        """Text that is embedded and BM25-indexed: the title and section give the passage context."""
        head = self.metadata.title if not self.section else f"{self.metadata.title} | {self.section}"
        return f"{head}\n{self.text}"

    def to_record(self) -> dict[str, str | int | float | bool]:
        """Flat metadata for the vector store (no None values, scalars only)."""
        record: dict[str, Any] = {
            **asdict(self.metadata),
            "section": self.section,
            "page": self.page,
            "ordinal": self.ordinal,
            "file_sha256": self.file_sha256,
            "ingested_at": self.ingested_at or None,
            "page_label": self.page_label,
            "ocr": self.ocr or None,
            "content_sha256": self.content_sha256 or None,
            "page_breaks": "|".join(f"{start}:{number}:{label}" for start, number, label in self.page_breaks) or None,
            "uncertain": ",".join(f"{start}-{end}" for start, end in self.uncertain) or None,
            "cell": self.cell or None,
        }
        return {key: value for key, value in record.items() if value is not None}

    @classmethod
    def from_record(cls, chunk_id: str, text: str, record: dict[str, Any]) -> Chunk:
        metadata = PlanMetadata(
            source=str(record["source"]),
            title=str(record.get("title", record["source"])),
            council=str(record.get("council", "")),
            doc_type=str(record.get("doc_type", "plan")),
            period_start=_int_or_none(record.get("period_start")),
            period_end=_int_or_none(record.get("period_end")),
            date=record.get("date"),
            classification=str(record.get("classification", "public")),
        )
        return cls(
            id=chunk_id,
            text=text,
            metadata=metadata,
            section=record.get("section"),
            page=_int_or_none(record.get("page")),
            ordinal=int(record.get("ordinal", 0)),
            file_sha256=str(record.get("file_sha256", "")),
            ingested_at=str(record.get("ingested_at", "")),
            page_label=record.get("page_label"),
            ocr=bool(record.get("ocr", False)),
            content_sha256=str(record.get("content_sha256", "")),
            page_breaks=_breaks(str(record.get("page_breaks") or "")),
            uncertain=_spans(str(record.get("uncertain") or "")),
            cell=bool(record.get("cell", False)),
        )


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def _breaks(text: str) -> tuple[tuple[int, int, str], ...]:
    breaks = []
    for part in filter(None, text.split("|")):
        start, number, label = part.split(":", 2)
        breaks.append((int(start), int(number), label))
    return tuple(breaks)


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for part in filter(None, text.split(",")):
        start, _, end = part.partition("-")
        spans.append((int(start), int(end)))
    return tuple(spans)
