"""The generated corpus: the bundled plans and look-alikes under invented councils, each different."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from eval.scale import council_names, generate, load_sources, shift_years
from ingest.indexer import ingest
from tests.conftest import CORPUS


def test_years_and_ranges_move_but_dates_keep_their_months() -> None:
    assert shift_years("Plan 2017 - 21, agreed 2017-10-25; 2015/2016 and 2021-24", 3) == (
        "Plan 2020 - 24, agreed 2020-10-25; 2018/2019 and 2024-27"
    )


def test_every_generated_plan_is_different_and_under_an_invented_council(tmp_path: Path) -> None:
    written = generate(25, tmp_path)
    assert len(written) == 25 and len(set(written)) == 25
    bundled = {source.council for source in load_sources(CORPUS)}
    texts = [path.read_text(encoding="utf-8") for path in written]
    assert len(set(texts)) == 25
    for path, text in zip(written[5:], texts[5:], strict=True):
        meta = json.loads(path.with_name(path.name + ".meta.json").read_text())
        assert meta["council"] not in bundled and meta["council"] in text and meta["council"] in meta["title"]
        assert not any(council in text for council in bundled), path.name
        assert isinstance(meta["period_start"], int) and meta["period_start"] <= meta["period_end"]
        assert str(meta["period_start"]) in meta["title"] or str(meta["period_start"])[2:] in meta["title"]
    assert generate(25, tmp_path / "again") and [p.read_text() for p in sorted((tmp_path / "again").glob("*.txt"))] == [
        p.read_text() for p in sorted(tmp_path.glob("*.txt"))
    ]  # the same seed, the same plans
    with pytest.raises(ValueError, match="at least 5"):
        generate(3, tmp_path / "few")
    assert len(set(council_names(600))) == 600


def test_a_generated_plan_is_answered_under_its_own_council(tmp_path: Path, embedder: Embedder) -> None:
    folder = tmp_path / "corpus"
    written = generate(7, folder)
    plan = written[6]  # a look-alike of the Sutton strategy (the bundled plans come first, in name order)
    council = json.loads(plan.with_name(plan.name + ".meta.json").read_text())["council"]
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=folder, _env_file=None)
    report = ingest([plan, folder / "safer-sutton-strategy-2021-24.txt"], settings, embedder, prune=True)
    assert not report.failed and len(report.added) == 2
    answer = Assistant.build(settings, embedder).ask(f"What are {council}'s priorities?")
    assert answer.answered and answer.citations
    assert {citation.council for citation in answer.citations} == {council}
