"""Server-Sent Events from /api/chat/stream, read the way a browser's EventSource reads them."""

from __future__ import annotations

import json

import httpx
import pytest

from assistant.api.schemas import ChatResponse
from tests.sse import ServerEvent, parse


@pytest.fixture(scope="module")
def base_url(served_url: str) -> str:
    return served_url


def stream(base_url: str, body: dict, headers: dict | None = None) -> tuple[httpx.Response, list[ServerEvent]]:
    with httpx.stream("POST", f"{base_url}/api/chat/stream", json=body, headers=headers, timeout=60) as response:
        if response.status_code != 200:
            response.read()
            return response, []
        events = list(parse(response.iter_text()))
    return response, events


def test_citations_come_first_then_text_then_the_verified_answer(base_url: str) -> None:
    response, events = stream(base_url, {"message": "How many MARAC referrals does Sutton aim for?"})
    assert response.headers["content-type"].startswith("text/event-stream")
    kinds = [event.event for event in events]
    assert kinds[0] == "citations" and kinds[-1] == "done" and set(kinds[1:-1]) == {"delta"}
    sources = json.loads(events[0].data)
    done = ChatResponse.model_validate_json(events[-1].data)
    assert done.answered and "209" in done.answer
    assert "".join(json.loads(event.data)["text"] for event in events[1:-1]) == done.answer
    assert sources["citations"] == [citation.model_dump() for citation in done.citations]
    assert sources["conversation_id"] == done.conversation_id


def test_a_streamed_conversation_is_remembered(base_url: str) -> None:
    _, first = stream(base_url, {"message": "What target does Sutton set for repeat victims at its DV MARAC?"})
    started = json.loads(first[0].data)
    conversation_id, visitor = started["conversation_id"], {"X-Visitor-Token": started["visitor_token"]}
    assert json.loads(first[-1].data)["visitor_token"] == started["visitor_token"]
    _, second = stream(
        base_url,
        {"message": "And how many referrals do they aim for?", "conversation_id": conversation_id},
        headers=visitor,
    )
    assert "209" in json.loads(second[-1].data)["answer"]
    turns = httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers=visitor).json()["turns"]
    assert len(turns) == 2


def test_an_invalid_request_is_a_plain_422_not_a_stream(base_url: str) -> None:
    response, events = stream(base_url, {"message": "   "})
    assert response.status_code == 422 and events == []
    assert "message" in response.json()["message"]


def test_a_refusal_streams_too(base_url: str) -> None:
    _, events = stream(base_url, {"message": "What is Southwark's council tax?"})
    done = json.loads(events[-1].data)
    assert json.loads(events[0].data)["citations"] == [] and not done["answered"]
