"""The harness on a tiny question file: a right answer scores right, a wrong one wrong, and a report is written."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.answer import Answer, Citation
from assistant.conversations.store import Turn
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from eval.harness import Evaluation, evaluate
from eval.peer import PeerPipeline
from eval.questions import load_questions
from eval.report import write_report

TINY = [
    {
        "id": "target",
        "type": "indicators",
        "turns": ["How many MARAC referrals does Sutton aim for?"],
        "documents": ["safer-sutton-strategy-2021-24.txt"],
        "facts": [["209"]],
    },
    {
        "id": "acronym",
        "type": "definitions",
        "turns": ["What does MOPAC stand for?"],
        "documents": ["safer-lewisham-plan-2015-16.txt"],
        "facts": [["Mayor's Office for Policing and Crime"]],
    },
    {
        "id": "silent",
        "type": "unanswerable",
        "turns": ["What are Croydon's community safety priorities?"],
        "documents": [],
        "facts": [],
    },
]


class WrongAssistant:
    """Answers everything, confidently and wrongly: a made-up number behind a quote the plan never says."""

    def __init__(self, real: Assistant) -> None:
        self.index = real.index
        self._real = real

    def ask(self, message: str, classifications: tuple[str, ...] = (), history: Sequence[Turn] = ()) -> Answer:
        chunk = next(iter(self.index.chunks.values()))
        citation = Citation(
            n=1,
            chunk_id=chunk.id,
            source="safer-sutton-strategy-2021-24.txt",
            title="Safer Sutton Partnership Community Safety Strategy 2021-24",
            council="Sutton",
            page=None,
            section=None,
            quote="The partnership will recruit 999 wardens.",
        )
        return Answer(text="The partnership will recruit 999 wardens. [1]", answered=True, citations=(citation,))

    def retrieve(self, message: str, k: int, classifications: tuple[str, ...] = ()):
        return self._real.retrieve(message, k, classifications)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("tiny") / "questions.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in TINY) + "\n")
    return load_questions(path)


@pytest.fixture(scope="module")
def real_run(
    tiny, corpus_settings: Settings, embedder: Embedder, assistant: Assistant, peer: PeerPipeline
) -> Evaluation:
    return evaluate(tiny, corpus_settings, embedder, assistant=assistant, peer=peer)


def test_the_real_assistant_scores_right_on_facts_refusals_and_quotes(real_run: Evaluation) -> None:
    summary = real_run.answer_summary
    by_id = {score.question_id: score for score in real_run.answers}
    assert by_id["target"].correct and by_id["target"].right_document
    assert by_id["silent"].correct and not by_id["silent"].answered
    assert summary.quote_fidelity == 1.0 and summary.number_fidelity == 1.0
    assert summary.refusal_recall == 1.0 and summary.errors == 0
    assert real_run.retrieval_summary["hybrid"].document_hit[8] == 1.0
    assert all(t > 0 for score in real_run.answers for t in score.seconds)


def test_a_wrong_answerer_scores_wrong_on_every_count(
    tiny, corpus_settings: Settings, embedder: Embedder, assistant: Assistant, peer: PeerPipeline
) -> None:
    run = evaluate(tiny, corpus_settings, embedder, assistant=WrongAssistant(assistant), peer=peer)
    summary = run.answer_summary
    assert summary.key_fact_accuracy == 0.0 and summary.overall_accuracy == 0.0
    assert summary.quote_fidelity == 0.0
    assert summary.number_fidelity == 0.0
    assert summary.refusal_recall == 0.0
    by_id = {score.question_id: score for score in run.answers}
    assert by_id["target"].missing == ["209"] and by_id["target"].unsupported_numbers == ["999"]
    assert by_id["acronym"].right_document is False


def test_a_failing_server_counts_as_wrong_not_as_a_crash(
    tiny, corpus_settings: Settings, embedder: Embedder, assistant: Assistant, peer: PeerPipeline
) -> None:
    class Broken(WrongAssistant):
        def ask(self, message: str, classifications: tuple[str, ...] = ()) -> Answer:
            raise RuntimeError("boom")

    run = evaluate(tiny, corpus_settings, embedder, assistant=Broken(assistant), peer=peer)
    assert run.answer_summary.errors == 3 and run.answer_summary.overall_accuracy == 0.0
    assert all("HTTP 500" in (score.error or "") for score in run.answers), [s.error for s in run.answers]


def test_the_report_has_tables_json_and_a_chart(real_run: Evaluation, tmp_path: Path) -> None:
    paths = write_report(replace(real_run, meta={**real_run.meta, "question_file": "tiny.jsonl"}), tmp_path)
    markdown = paths["md"].read_text()
    assert "| evidence recall@5 |" in markdown and "peer (tutorial)" in markdown and "![" in markdown
    data = json.loads(paths["json"].read_text())
    assert set(data) >= {"meta", "headline", "answers", "retrieval", "per_type", "failures", "questions"}
    assert set(data["retrieval"]) == {"bm25", "dense", "hybrid", "peer"}
    assert paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_peer_is_the_tutorial_splitter_over_the_corpus(peer: PeerPipeline) -> None:
    assert all(len(split.page_content) <= 1000 for split in peer.splits)
    sources = {split.metadata["source"] for split in peer.splits}
    assert len(sources) == 5
    first, second = (s.page_content for s in peer.splits[:2])
    assert first[-100:].split()[-1] in second  # chunks overlap
    hits = peer.search("MARAC referrals target", k=5)
    assert len(hits) == 5 and all(hit.source in sources for hit in hits)
