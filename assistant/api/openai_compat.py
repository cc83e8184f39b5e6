"""An OpenAI-compatible face: /v1/models and /v1/chat/completions, so chat front ends can use the plans.

The client sends the whole history, as OpenAI clients do; earlier user turns give a follow-up its
council and topic, and nothing is stored. System messages are ignored: answers come from the plans
under the assistant's own rules. Streaming sends the verified answer only, in pieces, so a client
that keeps what it was streamed never holds an unverified sentence."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator

from fastapi import APIRouter
from fastapi.exceptions import RequestValidationError
from fastapi.responses import StreamingResponse

from assistant.access import Caller
from assistant.answer import Answer, Citation, Delta, Event, Final, Sources, guidance_text
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
    Usage,
)
from assistant.api.schemas import BUSY, CitationOut, error_responses
from assistant.conversations.store import Turn
from assistant.llm.links import inert_links
from assistant.settings import Settings

router = APIRouter(prefix="/v1", tags=["OpenAI-compatible"])
_STARTED = int(time.time())
_TOKEN = re.compile(r"\w+|[^\w\s]")


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
    last = request.messages[-1].text

    def prepare() -> tuple[str, list[Turn]]:
        question, history = _conversation(request, assistant, caller)
        check_length(question, settings, ("body", "messages", len(request.messages) - 1, "content"))
        return question, history

    if request.stream:
        ticket = slots.reserve()
        try:
            question, history = await ticket.run(prepare)
        except BaseException:
            ticket.release()
            raise
        events = assistant.stream(question, caller.classifications, history)
        stream = _Stream(request, settings, last, events)
        return StreamingResponse(
            ticket.stream(stream.chunks()),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    with slots.reserve() as ticket:

        def ask() -> Answer:
            question, history = prepare()
            return assistant.ask(question, caller.classifications, history)

        answer = await ticket.run(ask)
    content = _answering(answer.question, last) + opening(answer) + answer.text + ending(answer)
    content = inert_links(content, settings.llm_link_hosts)
    return Completion(
        id=f"chatcmpl-{uuid.uuid4().hex}",
        created=int(time.time()),
        model=settings.model_id,
        choices=[Choice(message=AssistantMessage(content=content))],
        citations=[CitationOut.of(c) for c in answer.citations],
        answered=answer.answered,
        answerer=answer.answerer,  # type: ignore[arg-type]
        question=answer.question,
        usage=usage(request, content),
    )


class _Stream:
    """A completion as chat.completion.chunk events: the role at once, then the verified answer as the
    pipeline gives it (an LLM's a sentence at a time), its references, the citations, and (if asked) the usage."""

    def __init__(self, request: CompletionRequest, settings: Settings, last: str, events: Iterator[Event]) -> None:
        self._request = request
        self._settings = settings
        self._last = last
        self._events = events
        self._id = f"chatcmpl-{uuid.uuid4().hex}"
        self._created = int(time.time())
        self._content: list[str] = []

    def chunks(self) -> Iterator[str]:
        yield self._chunk(ChunkDelta(role="assistant", content=""))
        said = ""  # the text of the answer under way (a fallback answer starts again with its own sources)
        prefixed = False
        for event in self._events:
            if isinstance(event, Sources):
                said = ""
                if not prefixed and event.question:
                    prefixed = True
                    yield from self._text(_answering(event.question, self._last))
            elif isinstance(event, Delta):
                said += event.text
                yield from self._text(event.text)
            elif isinstance(event, Final):
                answer = event.answer
                whole = opening(answer) + answer.text
                rest = whole[len(said) :] if whole.startswith(said) else ""  # notes an LLM answer ends with
                yield from self._text(rest + ending(answer))
                yield self._chunk(ChunkDelta(), finish=True, cited=[CitationOut.of(c) for c in answer.citations])
        options = self._request.stream_options
        if options is not None and options.include_usage:
            yield self._chunk(None, usage=usage(self._request, "".join(self._content)))
        yield "data: [DONE]\n\n"

    def _text(self, text: str) -> Iterator[str]:
        for piece in _pieces(inert_links(text, self._settings.llm_link_hosts)):
            self._content.append(piece)
            yield self._chunk(ChunkDelta(content=piece))

    def _chunk(
        self,
        delta: ChunkDelta | None,
        finish: bool = False,
        cited: list[CitationOut] | None = None,
        usage: Usage | None = None,
    ) -> str:
        choices = [] if delta is None else [ChunkChoice(delta=delta, finish_reason="stop" if finish else None)]
        body = CompletionChunk(
            id=self._id,
            created=self._created,
            model=self._settings.model_id,
            choices=choices,
            citations=cited,
            usage=usage,
        )
        payload = body.model_dump(mode="json")
        for name in ("citations", "usage"):  # on the chunks that carry them only
            if payload[name] is None:
                del payload[name]
        if delta is not None:
            payload["choices"][0]["delta"] = delta.model_dump(exclude_none=True)
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def usage(request: CompletionRequest, content: str) -> Usage:
    """Estimated token counts: words and punctuation marks of every message sent, and of the reply."""
    prompt = sum(tokens(message.role) + tokens(message.text) for message in request.messages)
    completion = tokens(content)
    return Usage(prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion)


def tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def _answering(question: str, last: str) -> str:
    """When a follow-up was made standalone, say what was answered, so a chat client's reader can see it."""
    if question and question.strip() != last.strip():
        return f"Answering: {question}\n\n"
    return ""


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


def opening(answer: Answer) -> str:
    """What comes before the answer's text: in danger, what to do now, before anything the plans say."""
    if answer.safety is not None and answer.safety.kind == "danger" and answer.answered:
        return f"{guidance_text(answer.safety)}\n\n"
    return ""


def ending(answer: Answer) -> str:
    """What comes after the answer's text: helplines for a resident's topic, then the references."""
    text = ""
    if answer.safety is not None and answer.safety.kind == "signposting":
        text += f"\n\n{guidance_text(answer.safety)}"
    if answer.citations:
        text += "\n\nReferences:\n" + "\n".join(reference(c) for c in answer.citations)
    return text


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
