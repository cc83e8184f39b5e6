"""`plan-assistant bench` end to end, briefly: real servers in their own processes, a real Chroma
server, a generated corpus, the report and its chart (the README's figures come from a full run)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from eval.bench import Level, ScalePoint, bench, popular, targets
from eval.load import Tally
from tests.conftest import REPO


def _level(clients: int, p50: float, p95: float, per_second: float, busy: int = 0) -> Level:
    return Level(clients, 10, 100, 0, busy, per_second, p50, p95, p95, 1.0)


def test_the_targets_are_the_issue_s_numbers() -> None:
    levels = {
        "ours": [_level(1, 20, 50, 50), _level(8, 100, 150, 55), _level(32, 400, 900, 60, busy=1)],
        "peer": [_level(1, 16, 20, 60), _level(8, 90, 120, 80), _level(32, 300, 500, 80)],
    }
    points = [
        ScalePoint(5, 267, 20, 13, 4, _level(1, 20, 50, 50), 900),
        ScalePoint(1000, 50000, 3000, 16, 3, _level(1, 25, 110, 40), 3000),
    ]
    met = {target.name: target.met for target in targets(levels, points)}
    assert met == {
        "p50, 1 client (ms)": True,
        "p50 / peer's p50": True,  # 20 <= 1.5 x 16
        "p95, 1 client (ms)": True,
        "p95 / peer's p95": False,  # 50 > 2 x 20
        "answers/s, 8 clients": True,
        "throughput / peer's, 8 clients": True,  # 55 >= 0.6 x 80
        "errors and 503s, 8 clients": True,
        "errors and 503s, 32 clients": False,  # a 503 is a question not answered
        "p95, 32 clients (ms)": True,
        "p95 at 1000 plans / at 5": False,  # 110 > 2 x 50
    }


def test_popular_questions_come_often_and_the_tail_comes_too() -> None:
    ask = popular([f"q{n}" for n in range(500)], seed=1)
    drawn = [ask() for _ in range(5000)]
    counts = sorted((drawn.count(q) for q in set(drawn)), reverse=True)
    assert counts[0] > 300 and len(counts) > 200  # a few asked hundreds of times, many asked once or twice


def test_a_level_reports_milliseconds_and_counts_503s_apart() -> None:
    tally = Tally(seconds=[0.010, 0.020, 0.030, 0.040], busy=2, answered=3)
    level = Level.of(4, tally, wall=2.0)
    assert (level.p50_ms, level.answers, level.busy, level.errors, level.per_second) == (25.0, 4, 2, 0, 2.0)
    assert level.answered_share == 0.75


@pytest.mark.slow
def test_bench_measures_both_servers_and_the_scale_and_writes_the_report(
    corpus_settings: Settings, tmp_path: Path
) -> None:
    out = tmp_path / "report"
    paths = bench(
        corpus_settings,
        [REPO / "eval" / "questions.jsonl"],
        out,
        clients=(1, 4),
        seconds=2,
        warmup=0.5,
        sizes=(5, 6),
        work=tmp_path / "work",
        chroma=True,
        say=lambda _: None,
    )
    report = json.loads(paths["json"].read_text())
    for name in ("ours", "ours_cached", "peer"):
        levels = report["latency"][name]
        assert [level["clients"] for level in levels] == [1, 4]
        assert all(level["answers"] > 0 and level["errors"] == 0 and level["p50_ms"] > 0 for level in levels), name
    assert all(level["cache_hit_rate"] is None for level in report["latency"]["ours"])
    assert all(level["health_p95_ms"] > 0 for level in report["latency"]["ours"])  # /health asked under load
    assert all(level["cache_hit_rate"] > 0 for level in report["latency"]["ours_cached"])  # popular questions repeat
    small, large = report["scale"]
    assert (small["plans"], large["plans"]) == (5, 6) and large["chunks"] > small["chunks"] > 0
    for point in (small, large):
        assert point["embedded"]["answers"] > 0 and point["server"]["answers"] > 0 and point["embedded_rss_mb"] > 100
        assert point["server"]["errors"] == 0 and point["chunks_per_second"] > 0
    names = {target["name"] for target in report["targets"]}
    assert {"p50 / peer's p50", "answers/s, 8 clients"} - names == {"answers/s, 8 clients"}  # no 8-client level
    assert "p95 at 6 plans / at 5" in names
    assert paths["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and paths["chart"].stat().st_size > 20_000
    text = paths["markdown"].read_text()
    assert "tutorial peer" in text and "## Scale" in text and "## Targets" in text
