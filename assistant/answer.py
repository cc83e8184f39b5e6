"""What the assistant returns: an answer and the numbered citations behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import quote as quote_path

from assistant.safety.guidance import Guidance
from ingest.documents import Chunk


@dataclass(frozen=True)
class Citation:
    n: int
    chunk_id: str
    source: str
    title: str
    council: str
    page: int | None
    section: str | None
    quote: str
    url: str = ""  # where the original file is served, relative to the API's origin (filled in when empty)
    ocr: bool = False  # the quote was read from a scanned page by OCR
    page_label: str | None = None  # the page number printed on the page, when it differs from `page`
    context: str = ""  # the paragraph (line of the chunk's text) holding the quote; the quote when unknown

    UNCERTAIN: ClassVar[str] = "…"  # stands in a context for text OCR was not sure of

    def __post_init__(self) -> None:
        if not self.url:
            object.__setattr__(self, "url", Citation.file_url(self.source, self.page))
        if not self.context:
            object.__setattr__(self, "context", self.quote)

    @classmethod
    def of(cls, n: int, chunk: Chunk, quote: str) -> Citation:
        """Citation [n] of a quote from a chunk, with the chunk's plan and place (the page the quote is on)."""
        page, label = chunk.place(quote)
        return cls(
            n=n,
            chunk_id=chunk.id,
            source=chunk.metadata.source,
            title=chunk.metadata.title,
            council=chunk.metadata.council,
            page=page,
            section=chunk.section,
            quote=quote,
            url=cls.file_url(chunk.metadata.source, page),
            ocr=chunk.ocr,
            page_label=label,
            context=cls.paragraph(chunk, quote),
        )

    @staticmethod
    def file_url(source: str, page: int | None = None) -> str:
        """The address of a plan's original file, relative to the API's origin; a PDF's at its page
        (`#page=N`, where PDF viewers open it)."""
        url = f"/api/documents/{quote_path(source, safe='')}/file"
        if page is not None and source.lower().endswith(".pdf"):
            url += f"#page={page}"
        return url

    @staticmethod
    def paragraph(chunk: Chunk, quote: str) -> str:
        """The line(s) of the chunk's text holding the quote (its paragraph, list item or table row),
        never anything from outside the chunk; text OCR was unsure of is shown as an ellipsis (it is
        never quoted). The quote itself when it is not in the chunk's text."""
        text = chunk.text
        start = text.find(quote) if quote.strip() else -1
        if start < 0:
            return quote
        end = start + len(quote)
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
        pieces: list[str] = []
        at = first
        for low, high in sorted(chunk.uncertain):
            low, high = max(low, first), min(high, last)
            if low >= high or low < at or (low < end and high > start):  # the quote is kept whole
                continue
            pieces += [text[at:low], Citation.UNCERTAIN]
            at = high
        pieces.append(text[at:last])
        context = "".join(pieces)
        return context.strip() if quote.strip() in context.strip() else context


EXTRACTIVE = "extractive"
LLM = "llm"


@dataclass(frozen=True)
class Answer:
    text: str
    answered: bool
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    answerer: str = EXTRACTIVE  # which answerer produced the text: "extractive" or "llm"
    question: str = ""  # the question as answered: a follow-up made standalone
    removed: tuple[str, ...] = ()  # LLM sentences dropped because their cited passages do not support them
    fallback: str = ""  # why the LLM's answer was not used, when one is configured
    safety: Guidance | None = None  # danger: guidance first (the plan answer after it, if any); or signposting


def guidance_text(guidance: Guidance) -> str:
    """Safety guidance as plain text: what to do, then whom to call and when."""
    lines = [guidance.message, ""]
    for contact in guidance.contacts:
        line = f"- {contact.name}" + (f": {contact.number}" if contact.number else "")
        details = [detail.rstrip(". ") for detail in (contact.when, contact.text) if detail]
        lines.append(line + (" — " + ". ".join(details) + "." if details else ""))
    return "\n".join(lines).rstrip()


@dataclass(frozen=True)
class Sources:
    """Streamed first: the numbered passages the answer may cite, and the standalone question it answers."""

    citations: tuple[Citation, ...]
    question: str = ""


@dataclass(frozen=True)
class Delta:
    """A piece of answer text (for an LLM, one verified sentence at a time)."""

    text: str


@dataclass(frozen=True)
class Final:
    """Streamed last: the complete verified answer, which is what a client keeps."""

    answer: Answer


@dataclass(frozen=True)
class Fallback:
    """An answerer gave up; the reason is reported and the extractive answer is used."""

    reason: str


Event = Sources | Delta | Final


NOT_FOUND = "I couldn't find that in the plans."
