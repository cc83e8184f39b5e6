"""A small corpus of invented plans for questions the plan model answers: priorities set out three ways,
governance with and without a chair, plan periods, and one restricted plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.answer import Answer
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import ingest

ASHCOMBE = "ashcombe-community-safety-plan-2022-25.md"
ASHCOMBE_TASKING = "ashcombe-partnership-tasking-plan-2022-25.md"
BRACKLEY = "brackley-safer-streets-plan-2023-26.txt"
CORRIN = "corrin-community-safety-strategy-2018-21.txt"

ASHCOMBE_PRIORITIES = [
    "Priority A: Reducing Burglary in Homes",
    "Priority B: Road Danger and Speeding",
    "Priority C: Protecting People from Scams",
]
TASKING_PRIORITIES = [
    "Priority 1: Disrupting County Lines Networks",
    "Priority 2: Closing Problem Licensed Premises",
]
BRACKLEY_PRIORITIES = [
    "Cutting knife crime among young people",
    "Making town centre nights safer",
    "Ending repeat domestic abuse",
]

PLANS: dict[str, tuple[str, dict[str, str]]] = {
    ASHCOMBE: (
        f"""# Ashcombe Community Safety Plan 2022-25

## Introduction

The Ashcombe Safety Board has agreed three priorities for the life of this plan. Each priority below lists \
the actions partners will take.

## {ASHCOMBE_PRIORITIES[0]}

- Fit free door locks for older residents
- Run street briefings after every break-in

## {ASHCOMBE_PRIORITIES[1]}

- Install average speed cameras near schools
- Hold monthly speed watch sessions with volunteers

## {ASHCOMBE_PRIORITIES[2]}

- Train bank staff to spot doorstep fraud
- Set up a scam alert text service

## Governance

The Ashcombe Safety Board is chaired by the Leader of the Council. The Ashcombe Youth Forum meets every month \
to give young people a voice in the plan.

The Ashcombe Traders Panel reports to the Ashcombe Safety Board, which is chaired by the Leader of the Council.

## Targets

We will cut burglary of homes by a fifth, with a target of 320 burglaries a year by 2025.
""",
        {"council": "Ashcombe", "classification": "public"},
    ),
    ASHCOMBE_TASKING: (
        f"""# Ashcombe Partnership Tasking Plan 2022-25

## Introduction

The Ashcombe Tasking Group has set two priorities for its operations. This plan is for partners only.

## {TASKING_PRIORITIES[0]}

- Map every known supply line into the borough
- Share intelligence on cuckooed flats

## {TASKING_PRIORITIES[1]}

- Target the venues linked to late night violence
- Prepare closure orders with the licensing team
""",
        {"council": "Ashcombe", "classification": "internal"},
    ),
    BRACKLEY: (
        f"""Brackley Safer Streets Plan 2023-26

Introduction

This plan sets out how partners in Brackley will keep streets safe over three years. Under the Crime and \
Disorder Act 1998, the council, police, fire service, health and probation must work together as a community \
safety partnership and publish a plan to reduce crime and disorder.

Our priorities

After listening to residents, the Brackley Streets Partnership has chosen the following priorities:

- {BRACKLEY_PRIORITIES[0]}
- {BRACKLEY_PRIORITIES[1]}
- {BRACKLEY_PRIORITIES[2]}

Governance

The Brackley Streets Partnership is chaired by the Chief Superintendent of the Northern Division. It meets \
four times a year.
""",
        {"council": "Brackley", "classification": "public"},
    ),
    CORRIN: (
        """Corrin Community Safety Strategy 2018-21

Foreword

Corrin is a safe borough, and we want to keep it that way. This strategy is built around three themes.

1. Safe at Home

Too many residents suffer burglary and domestic abuse at home. We will offer target hardening to every \
repeat victim.

2. Safe on the Streets

Street robbery rose last year in the town centre. We will extend late night CCTV coverage.

3. Safe Online

Fraud and online abuse now make up a third of reported crime. We will run cyber safety sessions in schools.
""",
        {"council": "Corrin", "classification": "public"},
    ),
}


def write_plan_corpus(folder: Path) -> Path:
    """The plans, each with a sidecar naming its council and classification."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, sidecar) in PLANS.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return folder


def one_plan(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, name: str, council: str, text: str
) -> Assistant:
    """A real Assistant over one invented plan, ingested into a temporary folder."""
    root = tmp_path_factory.mktemp(council.lower())
    (root / "corpus").mkdir()
    (root / "corpus" / name).write_text(text, encoding="utf-8")
    (root / "corpus" / f"{name}.meta.json").write_text(json.dumps({"council": council}), encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=root / "corpus", _env_file=None)
    assert not ingest([settings.corpus_dir], settings, embedder, prune=True).failed
    return Assistant.build(settings, embedder)


def several_plans(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder, label: str, plans: dict[str, tuple[str, str]]
) -> Assistant:
    """A real Assistant over invented plans (file name -> (text, council)), all public, ingested into a temporary
    folder."""
    root = tmp_path_factory.mktemp(label)
    corpus = root / "corpus"
    corpus.mkdir()
    for name, (text, council) in plans.items():
        (corpus / name).write_text(text, encoding="utf-8")
        sidecar = {"council": council, "classification": "public"}
        (corpus / f"{name}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, _env_file=None)
    report = ingest([corpus], settings, embedder, prune=True)
    assert not report.failed and len(report.added) == len(plans)
    return Assistant.build(settings, embedder)


def one_plan_fixture(fixture: str, name: str, council: str, text: str) -> Any:
    """A module-scoped fixture, called `fixture`, giving a real Assistant over one invented plan."""

    @pytest.fixture(scope="module", name=fixture)
    def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
        return one_plan(tmp_path_factory, embedder, name, council, text)

    return assistant


def several_plans_fixture(fixture: str, label: str, plans: dict[str, tuple[str, str]]) -> Any:
    """A module-scoped fixture, called `fixture`, giving a real Assistant over invented plans (file name -> (text,
    council))."""

    @pytest.fixture(scope="module", name=fixture)
    def assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
        return several_plans(tmp_path_factory, embedder, label, plans)

    return assistant


def beside_another_council_fixture(fixture: str, name: str, council: str, text: str, other: str) -> Any:
    """A module-scoped fixture, called `fixture`, giving a real Assistant over one invented plan beside a short plan
    of another council (`other`) on other subjects: the names only the first plan writes are its council's, and its
    passages are found among another's."""
    other_plan = (
        f"{other} Community Safety Strategy 2020-23\n\nOur priorities\n\n"
        "The partnership will reduce knife crime among young people and support victims of domestic abuse.\n"
    )
    plans = {name: (text, council), f"{other.lower()}-community-safety-strategy-2020-23.txt": (other_plan, other)}
    return several_plans_fixture(fixture, f"{council.lower()}-beside-{other.lower()}", plans)


def quoted(answer: Answer) -> str:
    """Every quote an answer cites, run together: what a test looks for the plan's words in."""
    return " ".join(citation.quote for citation in answer.citations)


def assert_answers_quoting(assistant: Assistant, question: str, words: str) -> Answer:
    """The assistant answers the question, citing a quote that holds these words of the plan, and every quote it
    cites is in its chunk word for word; the answer, for what else a test checks."""
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert words in quoted(answer), answer.text
    for citation in answer.citations:
        assert citation.quote in assistant.index.chunks[citation.chunk_id].text
    return answer
