"""A bounded load test: N concurrent users asking questions for S seconds; throughput and latency.

    python -m eval.load                       # starts its own server on the bundled index
    python -m eval.load --url http://host:8000 --users 32 --seconds 60

Each user asks the first turn of a random question from the question file, waits for the whole
answer, and asks again. Started on its own, the server has rate limits off: this measures how
much the assistant can answer, not the limiter (with --url, 429s are counted apart from errors). A
503 is the server shedding load (every answering slot and queue place taken): counted as `busy`,
not an error, and the user waits its Retry-After. Exits 1 if any request failed."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from assistant.api.server import server_process

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Endpoint:
    """What a user posts a question to, and how the reply says whether it was answered."""

    path: str
    body: Callable[[str], dict[str, object]]
    answered: Callable[[dict[str, object]], bool]


CHAT = Endpoint("/api/chat", lambda question: {"message": question}, lambda reply: bool(reply["answered"]))


@dataclass
class Tally:
    seconds: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    limited: int = 0
    busy: int = 0  # 503: every answering slot and queue place taken; the client waits Retry-After
    answered: int = 0


async def user(
    client: httpx.AsyncClient,
    url: str,
    ask: Callable[[], str],
    until: float,
    tally: Tally,
    endpoint: Endpoint = CHAT,
) -> None:
    while time.monotonic() < until:
        started = time.monotonic()
        try:
            response = await client.post(f"{url}{endpoint.path}", json=endpoint.body(ask()))
        except httpx.HTTPError as error:
            tally.errors[type(error).__name__] += 1
            continue
        elapsed = time.monotonic() - started
        if response.status_code in (429, 503):
            if response.status_code == 429:
                tally.limited += 1
            else:
                tally.busy += 1
            await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
        elif response.status_code != 200:
            tally.errors[f"HTTP {response.status_code}"] += 1
        else:
            tally.seconds.append(elapsed)
            tally.answered += endpoint.answered(response.json())


async def run(
    url: str,
    questions: list[str] | Callable[[], str],
    users: int,
    seconds: float,
    seed: int,
    endpoint: Endpoint = CHAT,
) -> tuple[Tally, float]:
    """`users` users asking for `seconds`: each a random question of the list, or the next the callable gives."""
    tally = Tally()
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    asks = [questions if callable(questions) else _random(questions, seed + n) for n in range(users)]
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(*(user(client, url, ask, until, tally, endpoint) for ask in asks))
        return tally, time.monotonic() - started


def _random(questions: list[str], seed: int) -> Callable[[], str]:
    rng = random.Random(seed)
    return lambda: rng.choice(questions)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(tally: Tally, wall: float, users: int) -> dict[str, object]:
    done = len(tally.seconds)
    return {
        "users": users,
        "wall_seconds": round(wall, 1),
        "requests": done + sum(tally.errors.values()) + tally.limited + tally.busy,
        "answers": done,
        "answered_share": round(tally.answered / done, 3) if done else None,
        "throughput_per_second": round(done / wall, 2) if wall else None,
        "latency_p50_seconds": round(statistics.median(tally.seconds), 2) if done else None,
        "latency_p95_seconds": round(percentile(tally.seconds, 0.95), 2) if done else None,
        "latency_max_seconds": round(max(tally.seconds), 2) if done else None,
        "rate_limited": tally.limited,
        "busy": tally.busy,
        "errors": dict(tally.errors),
    }


def own_server(port: int) -> AbstractContextManager[object]:
    """`plan-assistant serve` on loopback with rate limits off, until the block ends."""
    env = {**os.environ, "PLAN_ASSISTANT_RATE_LIMIT_IP": "0", "PLAN_ASSISTANT_RATE_LIMIT_KEY": "0"}
    env.setdefault("PLAN_ASSISTANT_LOG_LEVEL", "warning")
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    return server_process(command, f"http://127.0.0.1:{port}/health", env, REPO, timeout=600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="A running server; default: start one.")
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--questions", type=Path, default=REPO / "eval" / "questions.jsonl")
    parser.add_argument("--port", type=int, default=8099, help="Port for the server this script starts.")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    lines = args.questions.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["turns"][0] for line in lines if line.strip()]
    if args.url:
        tally, wall = asyncio.run(run(args.url, questions, args.users, args.seconds, args.seed))
    else:
        with own_server(args.port):
            url = f"http://127.0.0.1:{args.port}"
            tally, wall = asyncio.run(run(url, questions, args.users, args.seconds, args.seed))
    figures = report(tally, wall, args.users)
    print(json.dumps(figures, indent=2))
    sys.exit(1 if tally.errors else 0)


if __name__ == "__main__":
    main()
