"""The shipped question set is complete and checkable, and bad question files are refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.matching import fact_found, squash
from eval.questions import TYPES, QuestionSetError, load_questions, shortfall
from tests.conftest import CORPUS, REPO

QUESTIONS = REPO / "eval" / "questions.jsonl"


@pytest.fixture(scope="module")
def shipped():
    return load_questions(QUESTIONS)


def test_the_shipped_set_has_every_type_in_full(shipped) -> None:
    assert len(shipped) >= 100
    assert shortfall(shipped) == {}
    assert {q.type for q in shipped} == set(TYPES)


def test_every_fact_and_evidence_line_is_in_the_documents_named(shipped) -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in CORPUS.glob("*.txt")}
    for question in shipped:
        assert all(name in texts for name in question.documents), question.id
        named = "\n".join(texts[name] for name in question.documents)
        for phrasings in question.facts:
            assert fact_found(phrasings, named), f"{question.id}: {phrasings} not in {question.documents}"
        if question.evidence:
            assert squash(question.evidence) in squash(named), question.id


def test_comparisons_name_several_plans_and_follow_ups_several_turns(shipped) -> None:
    assert all(len(q.documents) >= 2 for q in shipped if q.type == "comparisons")
    assert all(len(q.turns) >= 2 for q in shipped if q.type == "follow_up")
    assert all(not q.facts for q in shipped if q.type == "unanswerable")


def _write(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


GOOD = {"id": "a", "type": "figures", "turns": ["How many?"], "documents": ["x.txt"], "facts": [["12"]]}


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("{not json", "not valid JSON"),
        ({**GOOD, "type": "gossip"}, "unknown type 'gossip'"),
        ({k: v for k, v in GOOD.items() if k != "facts"}, "missing field 'facts'"),
        ({**GOOD, "turns": []}, "turns must be a non-empty list"),
        ({**GOOD, "facts": ["12"]}, "facts must be a list of lists"),
        ({**GOOD, "type": "unanswerable"}, "unanswerable question has no facts"),
        ({**GOOD, "type": "follow_up"}, "two or more turns"),
    ],
)
def test_a_bad_record_is_refused_naming_its_line(tmp_path: Path, record: object, message: str) -> None:
    with pytest.raises(QuestionSetError, match=message) as raised:
        load_questions(_write(tmp_path, GOOD | {"id": "first"}, record))
    assert "q.jsonl:2" in str(raised.value)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(QuestionSetError, match="duplicate id 'a'"):
        load_questions(_write(tmp_path, GOOD, GOOD))


def test_a_small_set_loads_and_reports_its_shortfall(tmp_path: Path) -> None:
    questions = load_questions(_write(tmp_path, GOOD))
    assert questions[0].message == "How many?" and questions[0].answerable
    assert shortfall(questions)["figures"] == 14


def test_a_set_loads_from_a_path_given_as_a_string(tmp_path: Path) -> None:
    assert load_questions(str(_write(tmp_path, GOOD)))[0].message == "How many?"
