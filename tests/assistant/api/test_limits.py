"""Abuse and bad requests over HTTP: rate limits, CORS, body size, odd text; never a 500."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from assistant.api.app import create_app
from assistant.api.limits import RateLimiter
from assistant.api.server import serving
from assistant.pipeline import Assistant
from assistant.settings import Settings

OFFICER_KEY = "officer-key-for-limits-0123"
SIZE_KEY = "officer-key-for-body-sizes-0123"  # its own allowance: the address's is spent by the rate-limit test
WIDGET = "https://www.testshire.gov.uk"


@pytest.fixture(scope="module")
def limited(corpus_settings: Settings, assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = corpus_settings.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("limits"),
            "rate_limit_ip": 3,
            "rate_limit_key": 5,
            "officer_keys": [SecretStr(OFFICER_KEY), SecretStr(SIZE_KEY)],
            "cors_origins": [WIDGET],
            "max_request_kb": 4,
        }
    )
    with serving(create_app(settings, assistant=assistant)) as url:
        yield url


@pytest.fixture(scope="module")
def unlimited(served_url: str) -> str:
    return served_url


def test_a_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=2, clock=lambda: now[0])
    assert limiter.take("a") is None and limiter.take("a") is None
    assert limiter.take("a") == 30 and limiter.take("b") is None
    now[0] += 30
    assert limiter.take("a") is None and limiter.take("a") == 30
    assert RateLimiter(per_minute=0).take("a") is None


def test_too_many_requests_get_429_with_retry_after_per_address_and_per_key(limited: str) -> None:
    statuses = [httpx.get(f"{limited}/api/about").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = httpx.post(f"{limited}/api/chat", json={"message": "What is a MARAC?"})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert "try again" in refused.json()["message"]
    keyed = [httpx.get(f"{limited}/api/about", headers={"X-API-Key": OFFICER_KEY}).status_code for _ in range(6)]
    assert keyed == [200] * 5 + [429]  # a key has its own allowance, not the address's


def test_cors_allows_the_widget_origin_only(limited: str) -> None:
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    allowed = httpx.options(f"{limited}/api/chat", headers={"Origin": WIDGET, **preflight})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == WIDGET
    other = httpx.options(f"{limited}/api/chat", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in other.headers


def test_a_body_over_the_limit_gets_413_declared_or_chunked(limited: str) -> None:
    big = {"message": "x" * 5000}
    keyed = {"X-API-Key": SIZE_KEY}
    declared = httpx.post(f"{limited}/api/chat", json=big, headers=keyed)
    assert declared.status_code == 413 and "4 KB" in declared.json()["message"]

    def chunks() -> Iterator[bytes]:
        yield b'{"message": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'

    chunked = httpx.post(f"{limited}/api/chat", content=chunks(), headers={"Content-Type": "application/json", **keyed})
    assert chunked.status_code == 413


def test_a_lying_content_length_is_refused_cleanly(limited: str) -> None:
    host, port = limited.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(
            b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"X-API-Key: {SIZE_KEY}\r\n".encode()
            + b"Content-Length: abc\r\n\r\n{}"
        )
        reply = raw.recv(4096).decode("latin-1")
    assert reply.startswith("HTTP/1.1 4")


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b'{"message": "What is a MARAC?\\u0000\\u0007"}', 200),
        (b'{"message": "What is a \\ud800 MARAC?"}', 200),
        (b'{"message": "\\u202eCAMARA si tahW \\u200b\\ufeff"}', 200),
        (b'{"message": "\\u0000\\u200b \\t\\n"}', 422),
        ('{"message": "Qu\u2019est-ce que MARAC? \U0001f914 e\u0301"}'.encode(), 200),
        (b'{"message": 42}', 422),
        (b'{"message": ["a"]}', 422),
        (b'{"message": "hi", "conversation_id": "../../etc/passwd"}', 422),
        (b'\xff\xfe{"message": "hi"}', 400),
        (b"[]", 422),
        (b"null", 422),
    ],
)
def test_odd_text_and_wrong_types_get_an_answer_or_a_clear_4xx(unlimited: str, raw: bytes, status: int) -> None:
    response = httpx.post(
        f"{unlimited}/api/chat", content=raw, headers={"Content-Type": "application/json"}, timeout=60
    )
    assert response.status_code == status, response.text
    assert response.json()["message" if status >= 400 else "answer"]
