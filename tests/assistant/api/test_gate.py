"""Refuse before reading: a request without the right key is answered from its headers alone."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.settings import Settings
from tests.assistant.api.trust import ADMIN_KEY, OFFICER_KEY, trust_index

HUNDRED_MB = 100 * 1024 * 1024


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[str, Settings]]:
    settings = trust_index(tmp_path_factory.mktemp("gate"), embedder, rate_limit_ip=5)
    with serving(create_app(settings, embedder=embedder)) as url:
        yield url, settings


def raw_upload(url: str, headers: dict[str, str], expect_continue: bool) -> tuple[str, float, int]:
    """Start a 100 MB multipart upload by hand: send the headers and 64 KB of the body, then read.
    Returns the status line, the seconds until it came, and how many body bytes were sent."""
    parts = urlsplit(url)
    lines = [
        "POST /api/documents HTTP/1.1",
        f"Host: {parts.hostname}:{parts.port}",
        "Content-Type: multipart/form-data; boundary=xyz",
        f"Content-Length: {HUNDRED_MB}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    if expect_continue:
        lines.append("Expect: 100-continue")
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        sent = 0
        if not expect_continue:
            chunk = b"--xyz\r\n" + b"x" * 65_536
            connection.sendall(chunk)
            sent = len(chunk)
        status = connection.recv(4096).decode("latin-1").split("\r\n", 1)[0]
    return status, time.monotonic() - started, sent


@pytest.mark.parametrize("expect_continue", [True, False])
def test_an_upload_without_a_key_is_refused_before_its_body_is_read(site, expect_continue: bool) -> None:
    url, settings = site
    before = set(settings.uploads_dir.rglob("*")) if settings.uploads_dir.exists() else set()
    status, seconds, sent = raw_upload(url, {}, expect_continue)
    assert status == "HTTP/1.1 403 Forbidden", status
    assert seconds < 5  # answered from the headers: 100 MB were never sent (a generous bound, not a speed claim)
    assert sent < HUNDRED_MB
    after = set(settings.uploads_dir.rglob("*")) if settings.uploads_dir.exists() else set()
    assert after == before  # nothing was spooled


def test_an_officer_upload_and_an_unknown_key_are_refused_before_reading(site) -> None:
    url, _ = site
    assert raw_upload(url, {"X-API-Key": OFFICER_KEY}, True)[0] == "HTTP/1.1 403 Forbidden"
    assert raw_upload(url, {"X-API-Key": "not-a-key-0123456789abcdef"}, True)[0] == "HTTP/1.1 401 Unauthorized"


def test_an_admin_upload_is_read(site) -> None:
    url, _ = site
    response = httpx.post(
        f"{url}/api/documents",
        files=[("files", ("notes.txt", b"# Merton notes 2025\n\nThe council will plant 40 trees.\n"))],
        data={"classification": "internal"},
        headers={"X-API-Key": ADMIN_KEY},
        timeout=60,
    )
    assert response.status_code == 201, response.text


def test_over_the_rate_limit_is_refused_before_reading(site) -> None:
    url, _ = site
    statuses = [
        httpx.post(f"{url}/api/chat", json={"message": "what is an idva"}, timeout=60).status_code for _ in range(8)
    ]
    assert 429 in statuses
    status, _, _ = raw_upload(url, {}, True)  # the same address, over its limit: 429, still before reading
    assert status == "HTTP/1.1 429 Too Many Requests"
