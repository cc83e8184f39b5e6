"""The real app, served by uvicorn on a loopback port, called over HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.pipeline import Assistant
from assistant.settings import Settings

OFFICER_KEY = "officer-key-for-the-app-tests-0123"


@pytest.fixture(scope="module")
def base_url(corpus_settings: Settings, assistant: Assistant) -> Iterator[str]:
    settings = corpus_settings.model_copy(
        update={"max_message_chars": 500, "frame_ancestors": "'self' https://intranet.example.gov.uk"}
    )
    settings.officer_keys = [SecretStr(OFFICER_KEY)]
    with serving(create_app(settings, assistant=assistant)) as url:
        yield url


def test_health_tells_the_public_only_what_it_may_see(base_url: str) -> None:
    assert httpx.get(f"{base_url}/health").json() == {"status": "ok", "documents": 5}
    staff = httpx.get(f"{base_url}/health", headers={"X-API-Key": OFFICER_KEY}).json()
    assert staff["documents"] == 5 and staff["index_version"].startswith("v")
    assert staff["answer_cache"]["capacity"] == 1024


def test_staff_see_the_answer_cache_at_work(base_url: str) -> None:
    def cache() -> dict[str, int]:
        return httpx.get(f"{base_url}/health", headers={"X-API-Key": OFFICER_KEY}).json()["answer_cache"]

    before = cache()
    answers = [httpx.post(f"{base_url}/api/chat", json={"message": "Who chairs the MARAC?"}, timeout=60).json()]
    answers.append(httpx.post(f"{base_url}/api/chat", json={"message": "Who chairs the MARAC?"}, timeout=60).json())
    after = cache()
    assert after["hits"] - before["hits"] >= 1 and after["size"] >= 1
    assert answers[0]["answer"] == answers[1]["answer"]


def test_html_pages_carry_security_headers_and_no_inline_script(base_url: str) -> None:
    for path in ("/", "/docs"):
        response = httpx.get(f"{base_url}{path}")
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'self' https://intranet.example.gov.uk" in policy
        assert "'unsafe-inline'" not in policy and "script-src 'self'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", response.text), path  # every script is a file
    api = httpx.get(f"{base_url}/api/about")
    assert api.headers["x-content-type-options"] == "nosniff" and "content-security-policy" not in api.headers


def test_chat_answers_with_the_contracted_shape(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}/api/chat",
        json={
            "message": "What are the priorities of the Tower Hamlets plan 2017-21?",
            "conversation_id": None,
        },
        timeout=60,
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "conversation_id",
        "answer",
        "answered",
        "citations",
        "answerer",
        "question",
        "fallback",
        "safety",
        "visitor_token",
    }
    assert body["answerer"] == "extractive" and body["fallback"] is None
    assert body["answered"] and body["conversation_id"]
    citation = body["citations"][0]
    assert set(citation) == {
        "n",
        "source",
        "title",
        "council",
        "page",
        "page_label",
        "section",
        "quote",
        "context",
        "ocr",
        "url",
        "chunk_id",
    }
    assert citation["quote"] in citation["context"]
    assert citation["url"] == f"/api/documents/{citation['source']}/file" + (
        f"#page={citation['page']}" if citation["page"] is not None and citation["source"].endswith(".pdf") else ""
    )
    assert f"[{citation['n']}]" in body["answer"]


def test_chat_continues_an_issued_conversation_and_refuses_an_unknown_one(base_url: str) -> None:
    first = httpx.post(f"{base_url}/api/chat", json={"message": "what is marac"}, timeout=60).json()
    visitor = {"X-Visitor-Token": first["visitor_token"]}
    again = httpx.post(
        f"{base_url}/api/chat",
        json={"message": "who attends it?", "conversation_id": first["conversation_id"]},
        headers=visitor,
        timeout=60,
    ).json()
    assert again["conversation_id"] == first["conversation_id"] and again["visitor_token"] is None
    unknown = httpx.post(
        f"{base_url}/api/chat",
        json={"message": "what is marac", "conversation_id": "abc"},
        headers=visitor,
        timeout=60,
    )
    assert unknown.status_code == 404 and "no such conversation" in unknown.json()["message"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "message"),
        ({"message": ""}, "message"),
        ({"message": "   \n"}, "message"),
        ({"message": 42}, "message"),
        ({"message": ["a list"]}, "message"),
        ({"message": "hi", "extra": 1}, "extra"),
        ({"message": "x" * 501}, "message"),
        ({"message": "hi", "conversation_id": 5}, "conversation_id"),
    ],
)
def test_bad_input_gets_a_readable_422(base_url: str, payload: dict, field: str) -> None:
    response = httpx.post(f"{base_url}/api/chat", json=payload)
    assert response.status_code == 422
    body = response.json()
    assert field in body["message"] and "Traceback" not in response.text


def test_a_body_that_is_not_json_gets_a_422(base_url: str) -> None:
    response = httpx.post(f"{base_url}/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and "message" in response.json()


def test_openapi_and_docs_are_served(base_url: str) -> None:
    assert "/api/chat" in httpx.get(f"{base_url}/openapi.json").json()["paths"]
    assert httpx.get(f"{base_url}/docs").status_code == 200
