"""Chat over HTTP: one answer, a streamed answer (Server-Sent Events), and the stored conversations."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Response
from fastapi.responses import StreamingResponse

from assistant.access import Caller, new_visitor_token, owner_of
from assistant.answer import Answer, Delta, Final, Sources
from assistant.api.deps import (
    AssistantDep,
    CallerDep,
    ConversationsDep,
    SettingsDep,
    SlotsDep,
    VisitorDep,
    check_length,
)
from assistant.api.schemas import BUSY, ChatRequest, ChatResponse, CitationOut, ConversationOut, error_responses
from assistant.conversations.store import ConversationStore, Turn, redact
from assistant.pipeline import Assistant

log = logging.getLogger(__name__)
router = APIRouter()
_INVALID = error_responses((422, "The request is not valid."))
_MISSING = error_responses((404, "No such conversation, or it has expired."))
_GONE = "no such conversation, or it has expired"


@router.post("/api/chat", response_model=ChatResponse, responses={**_INVALID, **_MISSING, **BUSY})
async def chat(
    request: ChatRequest,
    assistant: AssistantDep,
    settings: SettingsDep,
    conversations: ConversationsDep,
    caller: CallerDep,
    visitor: VisitorDep,
    slots: SlotsDep,
) -> ChatResponse:
    check_length(request.message, settings)
    with slots.reserve() as ticket:

        def answer() -> ChatResponse:
            talk = _begin(request, conversations, caller, visitor, assistant)
            answer = assistant.ask(request.message, request.scope(caller.classifications), talk.history)
            _keep(conversations, talk, turn_of(request.message, answer))
            return ChatResponse.from_answer(answer, talk.conversation_id, talk.issued)

        return await ticket.run(answer)


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
        **BUSY,
    },
)
async def chat_stream(
    request: ChatRequest,
    assistant: AssistantDep,
    settings: SettingsDep,
    conversations: ConversationsDep,
    caller: CallerDep,
    visitor: VisitorDep,
    slots: SlotsDep,
) -> StreamingResponse:
    check_length(request.message, settings)
    ticket = slots.reserve()
    try:
        talk = await ticket.run(lambda: _begin(request, conversations, caller, visitor, assistant))
    except BaseException:
        ticket.release()
        raise

    def events() -> Iterator[str]:
        try:
            for event in assistant.stream(request.message, request.scope(caller.classifications), talk.history):
                if isinstance(event, Sources):
                    citations = [CitationOut.of(c).model_dump() for c in event.citations]
                    yield sse("citations", {**talk.ids(), "citations": citations})
                elif isinstance(event, Delta):
                    yield sse("delta", {"text": event.text})
                elif isinstance(event, Final):
                    _keep(conversations, talk, turn_of(request.message, event.answer))
                    done = ChatResponse.from_answer(event.answer, talk.conversation_id, talk.issued)
                    yield sse("done", done.model_dump(mode="json"))
        except Exception:
            log.exception("streamed answer failed")
            yield sse("error", {"message": "internal error"})

    return StreamingResponse(
        ticket.stream(events()),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("/api/conversations/{conversation_id}", response_model=ConversationOut, responses=_MISSING)
def get_conversation(
    conversation_id: str,
    conversations: ConversationsDep,
    caller: CallerDep,
    visitor: VisitorDep,
    assistant: AssistantDep,
) -> ConversationOut:
    owner = owner_of(caller, visitor)
    turns = conversations.history(conversation_id, owner) if owner else []
    if not turns:
        raise HTTPException(404, _GONE)
    visible = assistant.sources(caller.classifications)
    return ConversationOut.of(conversation_id, redact(turns, visible), conversations.retention_days)


@router.delete("/api/conversations/{conversation_id}", status_code=204, responses=_MISSING)
def delete_conversation(
    conversation_id: str, conversations: ConversationsDep, caller: CallerDep, visitor: VisitorDep
) -> Response:
    owner = owner_of(caller, visitor)
    if owner is None or not conversations.delete(conversation_id, owner):
        raise HTTPException(404, _GONE)
    return Response(status_code=204)


@dataclass(frozen=True)
class Talk:
    """The conversation a message belongs to, whose it is, and its earlier turns."""

    conversation_id: str
    owner: str
    history: list[Turn]
    issued: str | None = None  # a visitor token made for this caller now, to be returned

    def ids(self) -> dict[str, str | None]:
        return {"conversation_id": self.conversation_id, "visitor_token": self.issued}


def _begin(
    request: ChatRequest,
    conversations: ConversationStore,
    caller: Caller,
    visitor: str | None,
    assistant: Assistant,
) -> Talk:
    """The conversation the message continues (404 unless it is the caller's own and unexpired) or a
    new one; its turns, withholding answers from plans the caller cannot see. A public caller without
    a visitor token gets one with a new conversation."""
    issued = None
    if owner_of(caller, visitor) is None and request.conversation_id is None:
        visitor = issued = new_visitor_token()
    owner = owner_of(caller, visitor)
    if request.conversation_id is None or owner is None:
        if request.conversation_id is not None:
            raise HTTPException(404, _GONE)
        return Talk(uuid.uuid4().hex, owner or "", [], issued)
    history = conversations.history(request.conversation_id, owner)
    if not history and conversations.retention_days > 0:
        raise HTTPException(404, _GONE)
    return Talk(request.conversation_id, owner, redact(history, assistant.sources(caller.classifications)))


def _keep(conversations: ConversationStore, talk: Talk, turn: Turn) -> None:
    try:
        conversations.append(talk.conversation_id, talk.owner, turn)
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
