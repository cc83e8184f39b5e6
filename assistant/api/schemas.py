"""The HTTP contract. Keep it stable: the widget, the evaluation harness and clients build on it."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from assistant.answer import Answer, Citation
from assistant.conversations.store import Turn
from assistant.retrieval.filters import Scope
from assistant.safety.guidance import Guidance

# Control characters (but tab and newline), zero-width and direction-changing marks.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]")


def clean_message(text: str) -> str:
    """A message as text: unpaired surrogates replaced, NFC, invisible and control characters dropped."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text)).replace("\r\n", "\n").replace("\r", "\n")


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(..., description="The question, in plain words.", examples=["What is a MARAC?"])
    conversation_id: str | None = Field(
        None,
        min_length=1,
        max_length=128,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="Continue a conversation the server started (its conversation_id); omit or null to start one.",
    )
    councils: list[Annotated[str, StringConstraints(max_length=100)]] | None = Field(
        None, max_length=50, description="Answer only from these councils' plans (narrows; never widens)."
    )
    plans: list[Annotated[str, StringConstraints(max_length=200)]] | None = Field(
        None, max_length=50, description="Answer only from these plans, by id (see /api/about); narrows only."
    )

    @field_validator("message")
    @classmethod
    def not_blank(cls, value: str) -> str:
        value = clean_message(value)
        if not value.strip():
            raise ValueError("message must not be empty")
        return value

    def scope(self, classifications: tuple[str, ...]) -> Scope:
        """The caller's classifications, narrowed to the councils and plans asked for."""
        return Scope(classifications, tuple(self.councils or ()), tuple(self.plans or ()))


class CitationOut(BaseModel):
    n: int = Field(..., description="Matches the [n] marker in the answer.")
    source: str = Field(..., description="File name of the plan in the corpus.")
    title: str
    council: str
    page: int | None = Field(None, description="Page of a PDF; null for documents without pages.")
    page_label: str | None = Field(
        None, description="The page number printed on that page (e.g. 14, iv), when it differs from page."
    )
    section: str | None = Field(None, description="Section path, e.g. 'Priority B: Violence > What is our focus?'.")
    quote: str = Field(..., description="Exact words from the plan.")
    context: str = Field(
        "",
        description="The paragraph, list item or table row holding the quote (the quote is in it), from the same "
        "passage; text OCR was unsure of is shown as …",
    )
    ocr: bool = Field(False, description="The quote was read by OCR from a scanned page: check it against the page.")
    url: str = Field(
        "",
        description="The original file, relative to the API's address (GET /api/documents/{id}/file); for a PDF with "
        "#page=N, where PDF viewers open it. Public plans open for anyone; internal ones need an officer's key.",
    )
    chunk_id: str = Field(..., description="Id of the indexed passage the quote comes from.")

    @model_validator(mode="after")
    def _filled(self) -> CitationOut:
        """Stored turns from before these fields: the file's address and the quote as its own context."""
        if not self.url:
            self.url = Citation.file_url(self.source, self.page)
        if not self.context:
            self.context = self.quote
        return self

    @classmethod
    def of(cls, citation: Citation) -> CitationOut:
        return cls(
            n=citation.n,
            source=citation.source,
            title=citation.title,
            council=citation.council,
            page=citation.page,
            page_label=citation.page_label,
            section=citation.section,
            quote=citation.quote,
            context=citation.context,
            ocr=citation.ocr,
            url=citation.url,
            chunk_id=citation.chunk_id,
        )


Answerer = Literal["extractive", "llm"]


class ContactOut(BaseModel):
    name: str
    number: str | None = Field(None, description="As people dial it, e.g. 999 or 0808 2000 247.")
    text: str | None = Field(None, description="A text-message option, if any.")
    when: str = Field(..., description="Who it is for and when it is open, in plain words.")
    url: str | None = None
    source: str = Field(..., description="Where the number was taken from (for the council to check).")


class SafetyOut(BaseModel):
    kind: Literal["danger", "signposting"] = Field(
        ...,
        description="danger: safety guidance given INSTEAD of a plan answer (show it first, prominently); "
        "signposting: helplines added to a plan answer on a topic such as domestic abuse or suicide.",
    )
    concerns: list[str]
    message: str = Field(..., description="What to do, in plain words; the most important action first.")
    contacts: list[ContactOut] = Field(..., description="Whom to call: 999 first when in danger.")

    @classmethod
    def of(cls, guidance: Guidance) -> SafetyOut:
        return cls(
            kind=guidance.kind,
            concerns=list(guidance.concerns),
            message=guidance.message,
            contacts=[
                ContactOut(name=c.name, number=c.number, text=c.text, when=c.when, url=c.url, source=c.source)
                for c in guidance.contacts
            ],
        )


class ChatResponse(BaseModel):
    conversation_id: str
    answer: str
    answered: bool = Field(..., description="False when the plans do not cover the question.")
    citations: list[CitationOut]
    answerer: Answerer = Field(..., description="Which answerer wrote the text: extractive (no LLM) or llm.")
    question: str = Field(..., description="The question as answered: a follow-up made standalone.")
    fallback: str | None = Field(None, description="Why the configured LLM's answer was not used, if it was not.")
    safety: SafetyOut | None = Field(
        None,
        description="Safety guidance: before anything else (kind danger; the plans' answer follows it when they "
        "have one, answered true), or added to a plan answer (signposting).",
    )
    visitor_token: str | None = Field(
        None,
        description="Issued to a caller without a key (or with the web page's public key) with its first answer: "
        "send it back as X-Visitor-Token to continue, read or delete its conversations; nobody else can.",
    )

    @classmethod
    def from_answer(cls, answer: Answer, conversation_id: str, visitor_token: str | None = None) -> ChatResponse:
        return cls(
            conversation_id=conversation_id,
            visitor_token=visitor_token,
            safety=SafetyOut.of(answer.safety) if answer.safety else None,
            answer=answer.text,
            answered=answer.answered,
            citations=[CitationOut.of(c) for c in answer.citations],
            answerer=answer.answerer,  # type: ignore[arg-type]
            question=answer.question,
            fallback=answer.fallback or None,
        )


class TurnOut(BaseModel):
    n: int = Field(..., description="1 for the first turn.")
    message: str = Field(..., description="What was asked.")
    question: str = Field(..., description="The standalone question that was answered.")
    answer: str
    answered: bool
    answerer: Answerer
    citations: list[CitationOut]
    created_at: datetime


class ConversationOut(BaseModel):
    conversation_id: str
    retention_days: float = Field(..., description="Days the conversation is kept after its last turn.")
    turns: list[TurnOut]

    @classmethod
    def of(cls, conversation_id: str, turns: list[Turn], retention_days: float) -> ConversationOut:
        return cls(
            conversation_id=conversation_id,
            retention_days=retention_days,
            turns=[
                TurnOut(
                    n=n,
                    message=turn.message,
                    question=turn.question,
                    answer=turn.answer,
                    answered=turn.answered,
                    answerer=turn.answerer,  # type: ignore[arg-type]
                    citations=[CitationOut(**citation) for citation in turn.citations],
                    created_at=datetime.fromtimestamp(turn.created_at, tz=UTC),
                )
                for n, turn in enumerate(turns, start=1)
            ],
        )


class CacheOut(BaseModel):
    size: int = Field(..., description="Readings kept now.")
    capacity: int = Field(..., description="Most kept (answer_cache_size); 0: the cache is off.")
    hits: int = Field(..., description="Questions answered from the cache since this index version was loaded.")
    misses: int = Field(..., description="Questions read afresh since this index version was loaded.")


class Health(BaseModel):
    status: str = Field(..., description="ok while the server answers.")
    documents: int | None = Field(None, description="Plans you may see (with a key: officers and admins).")
    index_version: str | None = Field(None, description="The index version served (officers and admins only).")
    answer_cache: CacheOut | None = Field(
        None, description="This worker's answer cache for the served version (officers and admins only)."
    )


class ErrorOut(BaseModel):
    message: str
    detail: list[dict[str, object]] | str


def error_responses(*statuses: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for error statuses, each an ErrorOut with its description."""
    return {status: {"model": ErrorOut, "description": text} for status, text in statuses}


BUSY = error_responses((503, "Too many questions at once; wait the seconds in Retry-After."))


class PlanCounts(BaseModel):
    sections: int = Field(..., description="Headings in the outline.")
    priorities: int
    targets: int
    duties: int = Field(..., description="Statutory duties and legal bases.")
    commitments: int = Field(0, description="What the plan says will be done.")
    bodies: int = Field(..., description="Boards, partnerships and committees.")
    dates: int
    signed: int = Field(0, description="Parts that say who they are from.")
    tables: int = Field(0, description="Tables, with the row naming their columns and their rows.")


class PlanSummary(BaseModel):
    id: str = Field(..., description="The plan's file name; use it in /api/plans/{id} and a chat request's plans.")
    title: str
    council: str
    doc_type: str
    period_start: int | None = Field(None, description="First year the plan covers.")
    period_end: int | None = Field(None, description="Last year the plan covers.")
    date: str | None = Field(None, description="When it was published or dated, as the plan gives it.")
    classification: str = Field(..., description="public (published: everyone) or internal (officers).")
    counts: PlanCounts = Field(..., description="How many of each record /api/plans/{id} shows, each with its quote.")


class PlanList(BaseModel):
    plans: list[PlanSummary] = Field(..., description="The plans you may see, by council then period.")


class SectionOut(BaseModel):
    title: str
    path: str = Field(..., description="Its headings from the top, e.g. 'Plan > Priority B: Violence'.")
    depth: int = Field(..., description="0 for a top heading; each level under it adds 1.")
    page: int | None = Field(None, description="Page of a PDF; null for documents without pages.")
    kind: Literal["front", "contents", "body"] = Field(
        ..., description="front: cover and document control; contents: the table of contents; body: the plan."
    )


class PriorityOut(BaseModel):
    label: str = Field(..., description="As the plan numbers it ('Priority A', '3'); empty when unnumbered.")
    title: str
    section: str | None = Field(None, description="The section path its own content sits under, when it has one.")
    citation: CitationOut = Field(..., description="Where the plan states the priority.")
    actions: list[CitationOut] = Field(..., description="What the plan says it will do under this priority.")


class TargetOut(BaseModel):
    measure: str = Field(..., description="What is measured.")
    target: str | None = Field(None, description="The value aimed at, as the plan writes it (e.g. 209, 25.3%).")
    baseline: str | None = None
    period: str | None = Field(None, description="The year or years the target is for.")
    direction: str | None = Field(None, description="reduce, increase or maintain, when the measure says.")
    owner: str | None = Field(
        None, description="The body the heading over the measure names as its owner (e.g. '... Management Board')."
    )
    citation: CitationOut


class DutyOut(BaseModel):
    law: str = Field(..., description="The Act or regulations, e.g. 'Crime and Disorder Act 1998'.")
    section: str | None = Field(None, description="The section of the Act, when the plan names one.")
    citation: CitationOut


class CommitmentOut(BaseModel):
    action: str = Field(..., description="What will be done, in the plan's words (the quote).")
    by: str | None = Field(None, description="By when, as the plan says it ('by March 2024', 'in 2017-18').")
    who: str | None = Field(None, description="Who is committed, as the sentence names them ('we', 'the Council').")
    section: str | None = Field(None, description="The section it is under.")
    citation: CitationOut


class BodyOut(BaseModel):
    name: str = Field(..., description="A board, partnership or committee the plan names.")
    chair: list[CitationOut] = Field(..., description="Who chairs it.")
    reports_to: list[CitationOut] = Field(..., description="Whom it reports or is accountable to.")
    oversees: list[CitationOut] = Field(..., description="What it oversees or is responsible for.")
    members: list[CitationOut] = Field(..., description="Who sits on it.")
    scrutiny: list[CitationOut] = Field(..., description="Who scrutinises it.")
    mentions: list[CitationOut] = Field(..., description="The first few passages that name it.")
    mentioned: int = Field(..., description="How many passages name it in all.")


class KeyDateOut(BaseModel):
    kind: str = Field(..., description="approved, published, meeting, review, written or other.")
    when: str = Field(..., description="The date as the plan writes it.")
    citation: CitationOut


class SignedOut(BaseModel):
    part: str = Field(..., description='The part of the plan, as its heading names it ("Foreword").')
    who: str = Field(..., description="Who it is by or from, as the plan says it.")
    citations: list[CitationOut] = Field(..., description="The heading saying so, or the lines that sign it.")


class TableRowOut(BaseModel):
    label: str = Field(..., description="The row's label: its first short cell ('Author', 'Burglary'); may be empty.")
    cells: list[str] = Field(..., description="Its cells in their columns ('' for an empty cell).")
    citations: list[CitationOut] = Field(
        ..., description="The row as quoted; a row too long for one passage is quoted cell by cell."
    )


class TableOut(BaseModel):
    section: str | None = Field(None, description="The section path it is under.")
    page: int | None = Field(None, description="Page of a PDF it starts on; null for documents without pages.")
    columns: TableRowOut | None = Field(None, description="The row naming its columns, when it has one.")
    rows: list[TableRowOut] = Field(..., description="The rows under it, in order.")
    kind: Literal["front", "body"] = Field(..., description="front: a document-control or contents table.")


class PlanDetail(PlanSummary):
    outline: list[SectionOut] = Field(..., description="Every heading, in order.")
    contents: list[CitationOut] = Field(
        default_factory=list, description="The lines of the plan's contents page, in order (empty without one)."
    )
    priority_lead: CitationOut | None = Field(None, description="The sentence that introduces the priorities.")
    priorities: list[PriorityOut]
    targets: list[TargetOut] = Field(..., description="Indicators and targets.")
    duties: list[DutyOut] = Field(..., description="Statutory duties and legal bases.")
    commitments: list[CommitmentOut] = Field(
        default_factory=list, description="What the plan says will be done, with by when and by whom when it says."
    )
    bodies: list[BodyOut] = Field(..., description="Governance: boards, partnerships and committees.")
    dates: list[KeyDateOut] = Field(..., description="Dates the plan states and what happened on them.")
    signed: list[SignedOut] = Field(
        default_factory=list, description="Parts that say who they are from: a foreword by, a welcome from."
    )
    tables: list[TableOut] = Field(default_factory=list, description="Its tables, row by row, each row quoted.")
