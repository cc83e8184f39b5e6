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


def chat(base_url: str, message: str, conversation_id: str | None = None) -> dict:
    response = httpx.post(
        f"{base_url}/api/chat", json={"message": message, "conversation_id": conversation_id}, timeout=60
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_follow_up_is_answered_in_the_context_of_the_conversation(base_url: str) -> None:
    first = chat(base_url, "What target does Sutton set for repeat victims at its DV MARAC?")
    second = chat(base_url, "And how many referrals do they aim for?", first["conversation_id"])
    assert second["conversation_id"] == first["conversation_id"]
    assert second["answered"] and "209" in second["answer"]
    assert "Sutton" in second["question"] and second["answerer"] == "extractive"
    alone = chat(base_url, "And how many referrals do they aim for?")  # a new conversation has no context
    assert "Sutton" not in alone["question"]


def test_the_turns_can_be_read_back_and_deleted(base_url: str) -> None:
    first = chat(base_url, "What are the priorities of the Tower Hamlets plan 2017-21?")
    conversation_id = first["conversation_id"]
    chat(base_url, "Tell me more about the second one", conversation_id)
    body = httpx.get(f"{base_url}/api/conversations/{conversation_id}").json()
    assert body["conversation_id"] == conversation_id and body["retention_days"] == 30
    assert [turn["n"] for turn in body["turns"]] == [1, 2]
    assert body["turns"][0]["answer"] == first["answer"]
    assert body["turns"][0]["citations"] == first["citations"]
    assert body["turns"][1]["message"] == "Tell me more about the second one"
    assert body["turns"][1]["question"].startswith("Tell me more about the second one (")
    assert httpx.delete(f"{base_url}/api/conversations/{conversation_id}").status_code == 204
    missing = httpx.get(f"{base_url}/api/conversations/{conversation_id}")
    assert missing.status_code == 404 and missing.json()["message"]
    assert httpx.delete(f"{base_url}/api/conversations/{conversation_id}").status_code == 404


def test_with_retention_zero_nothing_is_kept(corpus_settings: Settings, assistant: Assistant, tmp_path: Path) -> None:
    settings = corpus_settings.model_copy(update={"data_dir": tmp_path, "conversation_retention_days": 0})
    with serving(create_app(settings, assistant=assistant)) as url:
        first = chat(url, "What target does Sutton set for repeat victims at its DV MARAC?")
        second = chat(url, "And how many referrals do they aim for?", first["conversation_id"])
        assert "Sutton" not in second["question"]
        assert httpx.get(f"{url}/api/conversations/{first['conversation_id']}").status_code == 404
    assert not (tmp_path / "conversations.sqlite3").exists()
