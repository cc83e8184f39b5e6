"""Chat over HTTP: one answer, a streamed answer (Server-Sent Events), and the stored conversations."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator

from fastapi import APIRouter, HTTPException, Response
from fastapi.responses import StreamingResponse

from assistant.access import Caller
from assistant.answer import Answer, Delta, Final, Sources
from assistant.api.deps import AssistantDep, CallerDep, ConversationsDep, SettingsDep, check_length
from assistant.api.schemas import ChatRequest, ChatResponse, CitationOut, ConversationOut, error_responses
from assistant.conversations.store import ConversationStore, Turn, redact
from assistant.pipeline import Assistant
from assistant.settings import Settings

log = logging.getLogger(__name__)
router = APIRouter()
_INVALID = error_responses((422, "The request is not valid."))
_MISSING = error_responses((404, "No such conversation, or it has expired."))
_GONE = "no such conversation, or it has expired"


@router.post("/api/chat", response_model=ChatResponse, responses={**_INVALID, **_MISSING})
def chat(
    request: ChatRequest,
    assistant: AssistantDep,
    settings: SettingsDep,
    conversations: ConversationsDep,
    caller: CallerDep,
) -> ChatResponse:
    conversation_id, history = _begin(request, settings, conversations, caller, assistant)
    answer = assistant.ask(request.message, request.scope(caller.classifications), history)
    _keep(conversations, conversation_id, caller, turn_of(request.message, answer))
    return ChatResponse.from_answer(answer, conversation_id)


@router.post(
    "/api/chat/stream",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {}},
            "description": "Events: `citations` (the numbered sources), `delta` (answer text, in order), "
            "then `done` (the complete verified answer, a ChatResponse: keep this one). "
            "`error` replaces `done` if answering fails.",
        },
        **_INVALID,
        **_MISSING,
    },
)
def chat_stream(
    request: ChatRequest,
    assistant: AssistantDep,
    settings: SettingsDep,
    conversations: ConversationsDep,
    caller: CallerDep,
) -> StreamingResponse:
    conversation_id, history = _begin(request, settings, conversations, caller, assistant)

    def events() -> Iterator[str]:
        try:
            for event in assistant.stream(request.message, request.scope(caller.classifications), history):
                if isinstance(event, Sources):
                    citations = [CitationOut.of(c).model_dump() for c in event.citations]
                    yield sse("citations", {"conversation_id": conversation_id, "citations": citations})
                elif isinstance(event, Delta):
                    yield sse("delta", {"text": event.text})
                elif isinstance(event, Final):
                    _keep(conversations, conversation_id, caller, turn_of(request.message, event.answer))
                    yield sse("done", ChatResponse.from_answer(event.answer, conversation_id).model_dump(mode="json"))
        except Exception:
            log.exception("streamed answer failed")
            yield sse("error", {"message": "internal error"})

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/api/conversations/{conversation_id}", response_model=ConversationOut, responses=_MISSING)
def get_conversation(
    conversation_id: str, conversations: ConversationsDep, caller: CallerDep, assistant: AssistantDep
) -> ConversationOut:
    turns = conversations.history(conversation_id, caller.owner)
    if not turns:
        raise HTTPException(404, _GONE)
    visible = assistant.sources(caller.classifications)
    return ConversationOut.of(conversation_id, redact(turns, visible), conversations.retention_days)


@router.delete("/api/conversations/{conversation_id}", status_code=204, responses=_MISSING)
def delete_conversation(conversation_id: str, conversations: ConversationsDep, caller: CallerDep) -> Response:
    if not conversations.delete(conversation_id, caller.owner):
        raise HTTPException(404, _GONE)
    return Response(status_code=204)


def _begin(
    request: ChatRequest,
    settings: Settings,
    conversations: ConversationStore,
    caller: Caller,
    assistant: Assistant,
) -> tuple[str, list[Turn]]:
    """Check the message; the conversation it continues (404 unless it is the caller's own and
    unexpired) or a new one; its turns, withholding answers from plans the caller cannot see."""
    check_length(request.message, settings)
    if request.conversation_id is None:
        return uuid.uuid4().hex, []
    history = conversations.history(request.conversation_id, caller.owner)
    if not history and conversations.retention_days > 0:
        raise HTTPException(404, _GONE)
    return request.conversation_id, redact(history, assistant.sources(caller.classifications))


def _keep(conversations: ConversationStore, conversation_id: str, caller: Caller, turn: Turn) -> None:
    try:
        conversations.append(conversation_id, caller.owner, turn)
    except PermissionError:
        log.warning("a turn for a conversation of another owner was not stored")


def turn_of(message: str, answer: Answer) -> Turn:
    return Turn(
        message=message,
        question=answer.question or message,
        answer=answer.text,
        answered=answer.answered,
        answerer=answer.answerer,
        citations=tuple(CitationOut.of(c).model_dump() for c in answer.citations),
    )


def sse(event: str, data: object) -> str:
    """One Server-Sent Event; JSON keeps the data on a single line."""
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
