"""Conversations over HTTP: follow-ups keep their context, and the turns can be read and deleted."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.pipeline import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def base_url(served_url: str) -> str:
    return served_url


class Visitor:
    """A keyless caller: keeps the visitor token its first answer gives, as the widget does."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.headers: dict[str, str] = {}

    def chat(self, message: str, conversation_id: str | None = None) -> dict:
        response = self.post(message, conversation_id)
        assert response.status_code == 200, response.text
        body = response.json()
        if body["visitor_token"]:
            self.headers["X-Visitor-Token"] = body["visitor_token"]
        return body

    def post(self, message: str, conversation_id: str | None = None) -> httpx.Response:
        return httpx.post(
            f"{self.base_url}/api/chat",
            json={"message": message, "conversation_id": conversation_id},
            headers=self.headers,
            timeout=60,
        )


def chat(base_url: str, message: str, conversation_id: str | None = None, visitor: Visitor | None = None) -> dict:
    return (visitor or Visitor(base_url)).chat(message, conversation_id)


def test_a_follow_up_is_answered_in_the_context_of_the_conversation(base_url: str) -> None:
    visitor = Visitor(base_url)
    first = visitor.chat("What target does Sutton set for repeat victims at its DV MARAC?")
    second = visitor.chat("And how many referrals do they aim for?", first["conversation_id"])
    assert second["conversation_id"] == first["conversation_id"]
    assert second["answered"] and "209" in second["answer"]
    assert "Sutton" in second["question"] and second["answerer"] == "extractive"
    alone = chat(base_url, "And how many referrals do they aim for?")  # a new conversation has no context
    assert "Sutton" not in alone["question"]


def test_the_turns_can_be_read_back_and_deleted(base_url: str) -> None:
    visitor = Visitor(base_url)
    first = visitor.chat("What are the priorities of the Tower Hamlets plan 2017-21?")
    conversation_id = first["conversation_id"]
    visitor.chat("Tell me more about the second one", conversation_id)
    mine = visitor.headers
    body = httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers=mine).json()
    assert body["conversation_id"] == conversation_id and body["retention_days"] == 30
    assert [turn["n"] for turn in body["turns"]] == [1, 2]
    assert body["turns"][0]["answer"] == first["answer"]
    assert body["turns"][0]["citations"] == first["citations"]
    assert body["turns"][1]["message"] == "Tell me more about the second one"
    assert body["turns"][1]["question"].startswith("Tell me more about the second one (")
    assert httpx.delete(f"{base_url}/api/conversations/{conversation_id}", headers=mine).status_code == 204
    missing = httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers=mine)
    assert missing.status_code == 404 and missing.json()["message"]
    assert httpx.delete(f"{base_url}/api/conversations/{conversation_id}", headers=mine).status_code == 404


def test_a_keyless_visitor_reads_only_the_conversations_it_started(base_url: str) -> None:
    owner, other = Visitor(base_url), Visitor(base_url)
    first = owner.chat("What target does Sutton set for repeat victims at its DV MARAC?")
    conversation_id = first["conversation_id"]
    assert first["visitor_token"] and len(first["visitor_token"]) >= 32
    other.chat("what is marac")  # another visitor, with a token of its own
    assert other.headers != owner.headers
    for headers in ({}, other.headers):
        assert httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers=headers).status_code == 404
        assert httpx.delete(f"{base_url}/api/conversations/{conversation_id}", headers=headers).status_code == 404
        stolen = httpx.post(
            f"{base_url}/api/chat",
            json={"message": "And how many referrals do they aim for?", "conversation_id": conversation_id},
            headers=headers,
            timeout=60,
        )
        assert stolen.status_code == 404
    bad = httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers={"X-Visitor-Token": "short"})
    assert bad.status_code == 422
    mine = httpx.get(f"{base_url}/api/conversations/{conversation_id}", headers=owner.headers)
    assert mine.status_code == 200 and len(mine.json()["turns"]) == 1


def test_with_retention_zero_nothing_is_kept(corpus_settings: Settings, assistant: Assistant, tmp_path: Path) -> None:
    settings = corpus_settings.model_copy(update={"data_dir": tmp_path, "conversation_retention_days": 0})
    with serving(create_app(settings, assistant=assistant)) as url:
        visitor = Visitor(url)
        first = visitor.chat("What target does Sutton set for repeat victims at its DV MARAC?")
        second = visitor.chat("And how many referrals do they aim for?", first["conversation_id"])
        assert "Sutton" not in second["question"]
        assert httpx.get(f"{url}/api/conversations/{first['conversation_id']}").status_code == 404
    assert not (tmp_path / "conversations.sqlite3").exists()
