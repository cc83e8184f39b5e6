"""The load script against the real app over HTTP, briefly (the README's figures come from a full run)."""

import asyncio

from eval.load import report, run


def test_the_load_script_counts_answers_and_errors(served_url: str) -> None:
    questions = ["What is a MARAC?", "What are Sutton's priorities?", "What is the weather on Mars?"]
    tally, wall = asyncio.run(run(served_url, questions, users=4, seconds=3, seed=1))
    figures = report(tally, wall, 4)
    assert figures["errors"] == {} and figures["answers"] >= 4 and figures["rate_limited"] == 0
    assert 0 < figures["latency_p50_seconds"] <= figures["latency_p95_seconds"] <= figures["latency_max_seconds"]
    assert 0 < figures["answered_share"] <= 1
