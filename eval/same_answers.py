"""Are the answers the same? Record every answer (its text and the passages it cites) of the given
question files on one checkout, then compare two records question by question.

    python -m eval.same_answers record before.json --questions eval/questions.jsonl   # at the old commit
    python -m eval.same_answers record after.json --questions eval/questions.jsonl    # at the new one
    python -m eval.same_answers compare before.json after.json

Questions go over HTTP to the app on the served index (PLAN_ASSISTANT_DATA_DIR), turn by turn as the
evaluation asks them, answer cache off; the same index must be served on both sides."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

Record = dict[str, dict[str, object]]


def record(out: Path, files: list[Path]) -> Record:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from assistant.api.app import create_app
    from assistant.api.server import serving
    from assistant.cli import _embedder, _ensure_index
    from assistant.settings import Settings
    from eval.answers import run_answers
    from eval.questions import load_questions

    settings = Settings().model_copy(update={"rate_limit_ip": 0, "rate_limit_key": 0, "answer_cache_size": 0})
    embedder = _embedder(settings)
    _ensure_index(settings, embedder)
    questions = [question for path in files for question in load_questions(path)]
    with serving(create_app(settings, embedder=embedder)) as url:
        scores = run_answers(questions, url, lambda chunk_id: None)
    got: Record = {score.question_id: {"answer": score.answer, "cited": score.cited} for score in scores}
    out.write_text(json.dumps(got, indent=1, ensure_ascii=False), encoding="utf-8")
    return got


def differences(before: Record, after: Record) -> list[str]:
    """The questions whose answer or cited passages differ (or that only one side asked)."""
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.same_answers", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record")
    recording.add_argument("out", type=Path)
    recording.add_argument("--questions", type=Path, action="append", required=True)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        got = record(args.out, args.questions)
        print(f"{len(got)} answers recorded in {args.out}")
        return 0
    before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
    changed = differences(before, after)
    print(f"{len(before.keys() | after.keys())} questions; {len(changed)} differ")
    for key in changed[:20]:
        print(f"- {key}\n  before: {str((before.get(key) or {}).get('answer'))[:200]!r}")
        print(f"  after:  {str((after.get(key) or {}).get('answer'))[:200]!r}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
