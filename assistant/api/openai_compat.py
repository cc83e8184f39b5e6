"""An OpenAI-compatible face: /v1/models and /v1/chat/completions, so chat front ends can use the plans.

The client sends the whole history, as OpenAI clients do; earlier user turns give a follow-up its
council and topic, and nothing is stored. System messages are ignored: answers come from the plans
under the assistant's own rules. Streaming sends the verified answer only, in pieces, so a client
that keeps what it was streamed never holds an unverified sentence."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator, Sequence

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse

from assistant.access import Caller
from assistant.answer import Answer, Citation, guidance_text
from assistant.api.chat import turn_of
from assistant.api.deps import AssistantDep, CallerDep, SettingsDep, SlotsDep, check_length
from assistant.api.openai_schemas import (
    AssistantMessage,
    Choice,
    ChunkChoice,
    ChunkDelta,
    Completion,
    CompletionChunk,
    CompletionRequest,
    ModelList,
    ModelOut,
)
from assistant.api.schemas import BUSY, CitationOut, error_responses
from assistant.conversations.store import Turn
from assistant.llm.links import inert_links

router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])
_STARTED = int(time.time())


@router.get("/models", response_model=ModelList)
def models(settings: SettingsDep) -> ModelList:
    return ModelList(data=[ModelOut(id=settings.model_id, created=_STARTED)])


@router.post(
    "/chat/completions",
    response_model=Completion,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "With stream: chat.completion.chunk events."},
        **error_responses((422, "The request is not valid.")),
        **BUSY,
    },
)
async def completions(
    request: CompletionRequest,
    assistant: AssistantDep,
    settings: SettingsDep,
    caller: CallerDep,
    slots: SlotsDep,
) -> Completion | StreamingResponse:
    with slots.reserve() as ticket:

        def ask() -> Answer:
            question, history = _conversation(request, assistant, caller)
            check_length(question, settings, ("body", "messages", len(request.messages) - 1, "content"))
            return assistant.ask(question, caller.classifications, history)

        answer = await ticket.run(ask)
    content = with_references(answer, settings.llm_link_hosts)
    if answer.question and answer.question.strip() != request.messages[-1].text.strip():
        # a follow-up was made standalone: say what was answered, so a chat client's reader can see it
        content = f"Answering: {answer.question}\n\n{content}"
    ident = f"chatcmpl-{uuid.uuid4().hex}"
    created = int(time.time())
    citations = [CitationOut.of(c) for c in answer.citations]
    if not request.stream:
        return Completion(
            id=ident,
            created=created,
            model=settings.model_id,
            choices=[Choice(message=AssistantMessage(content=content))],
            citations=citations,
            answered=answer.answered,
            answerer=answer.answerer,  # type: ignore[arg-type]
            question=answer.question,
        )

    def chunks() -> Iterator[str]:
        def chunk(delta: ChunkDelta, finish: bool = False, cited: list[CitationOut] | None = None) -> str:
            body = CompletionChunk(
                id=ident,
                created=created,
                model=settings.model_id,
                choices=[ChunkChoice(delta=delta, finish_reason="stop" if finish else None)],
                citations=cited,
            )
            payload = body.model_dump(mode="json")
            if cited is None:
                del payload["citations"]
            payload["choices"][0]["delta"] = delta.model_dump(exclude_none=True)
            return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"

        yield chunk(ChunkDelta(role="assistant", content=""))
        for piece in _pieces(content):
            yield chunk(ChunkDelta(content=piece))
        yield chunk(ChunkDelta(), finish=True, cited=citations)
        yield "data: [DONE]\n\n"

    return StreamingResponse(chunks(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


def _conversation(request: CompletionRequest, assistant: AssistantDep, caller: Caller) -> tuple[str, list[Turn]]:
    """The last user message, and the earlier user turns (with the replies they got) as history."""
    last = request.messages[-1]
    if last.role != "user" or not last.text.strip():
        raise RequestValidationError(
            [
                {
                    "loc": ("body", "messages", len(request.messages) - 1),
                    "msg": "the last message must be a non-empty user message",
                    "type": "value_error",
                }
            ]
        )
    history: list[Turn] = []
    pending: str | None = None
    for message in request.messages[:-1]:
        if message.role == "user" and message.text.strip():
            if pending is not None:
                history.append(_replayed(pending, "", history, assistant, caller))
            pending = message.text
        elif message.role == "assistant" and pending is not None:
            history.append(_replayed(pending, message.text, history, assistant, caller))
            pending = None
    if pending is not None:
        history.append(_replayed(pending, "", history, assistant, caller))
    return last.text, history


def _replayed(message: str, reply: str, history: list[Turn], assistant: AssistantDep, caller: Caller) -> Turn:
    """An earlier turn rebuilt from the client's history: its standalone question by the carry-over rules."""
    resolved = assistant.resolve(message, history, caller.classifications)
    return turn_of(message, Answer(text=reply, answered=bool(reply), question=resolved.question))


def with_references(answer: Answer, link_hosts: Sequence[str] = ()) -> str:
    """The answer, then its numbered references, so a plain chat window shows where each point comes
    from; addresses outside link_hosts are shown as text, never as links (clients render markdown)."""
    text = answer.text
    if answer.safety is not None and answer.safety.kind == "signposting":
        text = f"{text}\n\n{guidance_text(answer.safety)}"
    if answer.safety is not None and answer.safety.kind == "danger" and answer.answered:
        text = f"{guidance_text(answer.safety)}\n\n{text}"  # what to do now, before anything the plans say
    if answer.citations:
        text = f"{text}\n\nReferences:\n" + "\n".join(reference(c) for c in answer.citations)
    return inert_links(text, link_hosts)


def reference(citation: Citation) -> str:
    where = ", ".join(
        part
        for part in (
            citation.title,
            citation.section,
            f"page {citation.page}" if citation.page is not None else None,
        )
        if part
    )
    quote = citation.quote if len(citation.quote) <= 300 else citation.quote[:297].rstrip() + "…"
    return f"[{citation.n}] {where}: “{quote}”"


def _pieces(text: str, size: int = 80) -> Iterator[str]:
    """The text in word-aligned pieces of about `size` characters."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space + 1 if space > start else end
        yield text[start:end]
        start = end
