"""The LLM path end to end against a real model server: llama.cpp running SmolLM2-135M on loopback.

A 135M model is a poor answerer, which is the point: it invents numbers and claims, and every
one must be caught before it reaches anyone. Whatever it writes, an answer may only hold sentences,
quotes and numbers that its cited passages contain; when the server goes away, answers fall back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.answer import Answer
from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.conversations.store import Turn
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from eval.matching import numbers_in, quote_is_verbatim
from tests.llama import MODEL_ALIAS, llama_server
from tests.sse import parse

pytestmark = pytest.mark.llm

QUESTIONS = [
    "How many MARAC referrals does Sutton aim for?",
    "What are the four priorities of the Tower Hamlets Community Safety Partnership Plan 2017-21?",
    "what is marac",
    "How many police officers does Tower Hamlets council fund?",
    "What does the Southwark plan say about hate crime?",
    "What is Lewisham doing about burglary?",
]
_MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with llama_server(tmp_path_factory.mktemp("llama") / "server.log") as url:
        yield url


def llm_settings(corpus_settings: Settings, url: str, data_dir: Path) -> Settings:
    return corpus_settings.model_copy(
        update={
            "llm": "openai",
            "llm_base_url": url,
            "llm_model": MODEL_ALIAS,
            "llm_timeout": 120,
            "passages": 4,
            "data_dir": data_dir,
        }
    )


@pytest.fixture(scope="module")
def llm_assistant(
    server: str,
    corpus_settings: Settings,
    assistant: Assistant,
    embedder: Embedder,
    tmp_path_factory: pytest.TempPathFactory,
) -> Assistant:
    settings = llm_settings(corpus_settings, server, tmp_path_factory.mktemp("llm-data"))
    return Assistant.build(settings, embedder, index=assistant.index)


@pytest.fixture(scope="module")
def answers(llm_assistant: Assistant) -> list[Answer]:
    return [llm_assistant.ask(question) for question in QUESTIONS]


def assert_grounded(answer: Answer, assistant: Assistant) -> None:
    """Checked apart from the assistant's own verifier: quotes verbatim, numbers cited, markers real."""
    cited = {citation.n: citation for citation in answer.citations}
    for citation in answer.citations:
        assert quote_is_verbatim(citation.quote, assistant.index.chunks[citation.chunk_id].text)
    assert {int(n) for n in _MARKER.findall(answer.text)} <= set(cited)
    available = set().union(*(numbers_in(f"{c.quote} {c.title}") for c in answer.citations))
    assert numbers_in(answer.text) <= available, answer.text
    if answer.answerer == "llm":
        for line in filter(None, (line.strip() for line in answer.text.splitlines())):
            if not line.startswith("I have no plans"):
                assert _MARKER.search(line), f"an uncited sentence survived: {line!r}"


def test_every_answer_holds_only_what_its_cited_passages_say(answers: list[Answer], llm_assistant: Assistant) -> None:
    for answer in answers:
        assert answer.answered
        assert_grounded(answer, llm_assistant)


def test_the_tiny_model_s_unsupported_claims_are_caught(answers: list[Answer]) -> None:
    removed = [sentence for answer in answers for sentence in answer.removed]
    fell_back = [answer.fallback for answer in answers if answer.answerer == "extractive"]
    assert removed or fell_back  # the model wrote things its passages do not support, and they were stopped
    for answer in answers:
        for sentence in answer.removed:
            assert sentence not in answer.text
        assert (answer.answerer == "extractive") == bool(answer.fallback)


def test_the_llm_path_produces_answers(answers: list[Answer]) -> None:
    assert any(answer.answerer == "llm" for answer in answers), [answer.fallback for answer in answers]


def test_a_follow_up_is_condensed_or_carried_and_stays_grounded(llm_assistant: Assistant) -> None:
    first = llm_assistant.ask("What target does Sutton set for repeat victims at its DV MARAC?")
    history = [Turn(first.question, first.question, first.text, first.answered, first.answerer)]
    resolved = llm_assistant.reader().followups.resolve("And how many referrals do they aim for?", history, ["Sutton"])
    assert "Sutton" in resolved.question
    second = llm_assistant.ask("And how many referrals do they aim for?", history=history)
    assert second.answered and {c.council for c in second.citations} == {"Sutton"}
    assert_grounded(second, llm_assistant)


def test_the_stream_sends_only_verified_sentences_and_ends_with_the_answer(
    llm_assistant: Assistant, corpus_settings: Settings, server: str, tmp_path: Path
) -> None:
    settings = llm_settings(corpus_settings, server, tmp_path)
    with serving(create_app(settings, assistant=llm_assistant)) as url:
        body = {"message": "How many police officers does Tower Hamlets council fund?"}
        with httpx.stream("POST", f"{url}/api/chat/stream", json=body, timeout=300) as response:
            events = list(parse(response.iter_text()))
    assert events[0].event == "citations" and events[-1].event == "done"
    done = json.loads(events[-1].data)
    assert done["answered"] and done["answerer"] in {"llm", "extractive"}
    deltas = "".join(json.loads(event.data)["text"] for event in events if event.event == "delta")
    if done["answerer"] == "llm":
        assert deltas.strip() == done["answer"]
    sources = json.loads(events[0].data)["citations"]
    passages = " ".join(source["quote"] + " " + source["title"] for source in sources)
    assert numbers_in(deltas) <= numbers_in(passages) | numbers_in(done["answer"])


def test_when_the_server_stops_answers_fall_back(
    corpus_settings: Settings,
    assistant: Assistant,
    embedder: Embedder,
    tmp_path: Path,
) -> None:
    with llama_server(tmp_path / "server.log") as url:
        settings = llm_settings(corpus_settings, url, tmp_path)
        llm_assistant = Assistant.build(settings, embedder, index=assistant.index)
        llm_assistant.ask("How many MARAC referrals does Sutton aim for?")  # the server answers
    stopped = llm_assistant.ask("How many MARAC referrals does Sutton aim for?")
    assert stopped.answered and stopped.answerer == "extractive" and "209" in stopped.text
    assert "the LLM failed" in stopped.fallback
    with serving(create_app(settings, assistant=llm_assistant)) as app_url:
        response = httpx.post(f"{app_url}/api/chat", json={"message": "what is marac"}, timeout=60)
    assert response.status_code == 200 and response.json()["answerer"] == "extractive"
    assert response.json()["fallback"].startswith("the LLM failed")
