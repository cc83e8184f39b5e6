"""Bounded answering: a full pool and queue give a quick 503 with Retry-After; /health still answers."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.api.slots import AnswerSlots, Busy
from assistant.pipeline import Assistant
from assistant.settings import Settings


def test_beyond_the_slots_and_the_queue_a_caller_is_told_to_come_back() -> None:
    async def scenario() -> None:
        slots = AnswerSlots(concurrency=1, queue=1)
        gate = threading.Event()
        first = asyncio.create_task(slots.run(gate.wait))
        second = asyncio.create_task(slots.run(lambda: "second"))
        await asyncio.sleep(0.05)
        assert slots.taken == 2
        with pytest.raises(Busy) as refused:
            slots.reserve()
        assert refused.value.retry_after >= 1
        gate.set()
        assert await first is True and await second == "second"
        assert slots.taken == 0
        slots.close()

    asyncio.run(scenario())


def test_a_stream_dropped_before_it_began_gives_its_place_back() -> None:
    async def scenario() -> None:
        slots = AnswerSlots(concurrency=1, queue=0)
        ticket = slots.reserve()
        stream = ticket.stream(iter(["a", "b"]))
        assert slots.taken == 1
        del stream  # the client went away before the first byte
        assert slots.taken == 0
        again = slots.reserve()
        assert [item async for item in again.stream(iter(["a", "b"]))] == ["a", "b"]
        assert slots.taken == 0
        slots.close()

    asyncio.run(scenario())


def test_an_overloaded_server_answers_503_quickly_and_health_stays_up(
    corpus_settings: Settings, assistant: Assistant, tmp_path
) -> None:
    settings = corpus_settings.model_copy(
        update={"data_dir": tmp_path, "answer_concurrency": 1, "answer_queue": 0, "rate_limit_ip": 0}
    )
    question = {"message": "What are the priorities of the Tower Hamlets plan 2017-21?"}
    with serving(create_app(settings, assistant=assistant)) as url, ThreadPoolExecutor(8) as pool:
        chats = [pool.submit(httpx.post, f"{url}/api/chat", json=question, timeout=60) for _ in range(6)]
        health = [pool.submit(httpx.get, f"{url}/health", timeout=60) for _ in range(2)]
        responses = [future.result() for future in chats]
        assert all(future.result().status_code == 200 for future in health)
    statuses = sorted(response.status_code for response in responses)
    assert statuses[0] == 200 and statuses[-1] == 503
    busy = next(response for response in responses if response.status_code == 503)
    assert int(busy.headers["retry-after"]) >= 1 and "busy" in busy.json()["message"]
