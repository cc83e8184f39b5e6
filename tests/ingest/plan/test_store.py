"""Plan models saved beside an index version and loaded back unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ingest.plan import plan_from_data
from ingest.plan.store import load_plans, save_plans
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import BRACKLEY, PLANS

Build = Callable[[str, str], Built]


def test_save_and_load_give_the_same_plans(build: Build, tmp_path: Path) -> None:
    plans = {name: build(name, text).plan for name, text in PLANS.items()}
    path = tmp_path / "version" / "plans.json"
    save_plans(path, plans)
    assert load_plans(path) == plans
    assert sorted(json.loads(path.read_text("utf-8"))) == sorted(PLANS)
    assert [p.name for p in path.parent.iterdir()] == ["plans.json"]  # no temporary file left beside it


def test_a_plan_survives_json(build: Build) -> None:
    for name, text in PLANS.items():
        plan = build(name, text).plan
        assert plan_from_data(plan.to_data()) == plan
        assert plan_from_data(json.loads(json.dumps(plan.to_data()))) == plan


def test_a_version_without_plans_loads_none(tmp_path: Path) -> None:
    assert load_plans(tmp_path / "plans.json") == {}


def test_a_plan_s_contents_page_survives_json(build: Build) -> None:
    plan = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY).plan
    assert [line.quote for line in plan.contents] == ["Introduction | 2", "Our priorities | 3", "Governance | 6"]
    data = json.loads(json.dumps(plan.to_data()))
    assert [line["quote"] for line in data["contents"]] == [line.quote for line in plan.contents]
    assert plan_from_data(data).contents == plan.contents


def test_a_plan_saved_before_contents_were_read_loads_with_none(build: Build) -> None:
    data = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY).plan.to_data()
    del data["contents"]
    assert plan_from_data(data).contents == ()
