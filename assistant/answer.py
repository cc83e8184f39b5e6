"""What the assistant returns: an answer and the numbered citations behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    @classmethod
    def of(cls, n: int, chunk: Chunk, quote: str) -> Citation:
        """Citation [n] of a quote from a chunk, with the chunk's plan and place."""
        return cls(
            n=n,
            chunk_id=chunk.id,
            source=chunk.metadata.source,
            title=chunk.metadata.title,
            council=chunk.metadata.council,
            page=chunk.page,
            section=chunk.section,
            quote=quote,
        )


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
    safety: Guidance | None = None  # guidance instead of a plan answer (danger), or signposting added to one


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
    """Streamed first: the numbered passages the answer may cite."""

    citations: tuple[Citation, ...]


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
