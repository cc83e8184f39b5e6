"""The HTTP contract. Keep it stable: the widget, the evaluation harness and clients build on it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.answer import Answer


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(..., description="The question, in plain words.", examples=["What is a MARAC?"])
    conversation_id: str | None = Field(
        None, max_length=128, description="Continue a conversation; omit or null to start one."
    )

    @field_validator("message")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("message must not be empty")
        return value


class CitationOut(BaseModel):
    n: int = Field(..., description="Matches the [n] marker in the answer.")
    source: str = Field(..., description="File name of the plan in the corpus.")
    title: str
    council: str
    page: int | None = Field(None, description="Page of a PDF; null for documents without pages.")
    section: str | None = Field(None, description="Section path, e.g. 'Priority B: Violence > What is our focus?'.")
    quote: str = Field(..., description="Exact words from the plan.")
    chunk_id: str = Field(..., description="Id of the indexed passage the quote comes from.")


class ChatResponse(BaseModel):
    conversation_id: str
    answer: str
    answered: bool = Field(..., description="False when the plans do not cover the question.")
    citations: list[CitationOut]

    @classmethod
    def from_answer(cls, answer: Answer, conversation_id: str) -> ChatResponse:
        return cls(
            conversation_id=conversation_id,
            answer=answer.text,
            answered=answer.answered,
            citations=[
                CitationOut(
                    n=c.n,
                    source=c.source,
                    title=c.title,
                    council=c.council,
                    page=c.page,
                    section=c.section,
                    quote=c.quote,
                    chunk_id=c.chunk_id,
                )
                for c in answer.citations
            ],
        )


class Health(BaseModel):
    status: str
    documents: int
    chunks: int


class ErrorOut(BaseModel):
    message: str
    detail: list[dict[str, object]] | str
