"""The OpenAI chat-completions contract, as much of it as chat front ends and the openai client use."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.api.schemas import CitationOut, clean_message


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str
    text: str | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    @property
    def text(self) -> str:
        if isinstance(self.content, str):
            return clean_message(self.content)
        return clean_message("\n".join(part.text or "" for part in self.content or [] if part.type == "text"))


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")

    include_usage: bool = Field(False, description="Send a last chunk with the usage (and no choices).")


class CompletionRequest(BaseModel):
    """Sampling options (temperature, max_tokens, ...) are accepted and ignored: answers come from the plans."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(..., description="Any name; /v1/models lists the one this server reports.")
    messages: list[Message] = Field(..., min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None


class Usage(BaseModel):
    """Token counts, estimated the same way every time (words and punctuation marks: no model tokeniser
    stands behind the answers)."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ModelOut(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "plan-assistant"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelOut]


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class Completion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    citations: list[CitationOut] = Field(..., description="The references numbered in the content.")
    answered: bool
    answerer: Literal["extractive", "llm"]
    question: str
    usage: Usage


class ChunkDelta(BaseModel):
    role: Literal["assistant"] | None = None
    content: str | None = None


class ChunkChoice(BaseModel):
    index: int = 0
    delta: ChunkDelta
    finish_reason: Literal["stop"] | None = None


class CompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    citations: list[CitationOut] | None = None
    usage: Usage | None = None
