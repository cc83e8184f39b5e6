"""Several server workers share one index through a Chroma server; the embedded store refuses them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.api.server import free_port, server_process
from tests.conftest import CORPUS, REPO
from tests.pdfs import write_pdf

ADMIN_KEY = "admin-key-for-workers-0123456"
CLI = [sys.executable, "-m", "assistant.cli"]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLAN_ASSISTANT_")}
    env.update(
        PLAN_ASSISTANT_DATA_DIR=str(tmp_path / "data"),
        PLAN_ASSISTANT_CORPUS_DIR=str(tmp_path / "corpus"),
        PLAN_ASSISTANT_RATE_LIMIT_IP="0",
        PLAN_ASSISTANT_RATE_LIMIT_KEY="0",
        PLAN_ASSISTANT_ADMIN_KEYS=ADMIN_KEY,
        **extra,
    )
    return env


def test_several_workers_on_the_embedded_store_are_refused_clearly(tmp_path: Path) -> None:
    run = subprocess.run(
        [*CLI, "serve", "--workers", "2"], cwd=REPO, env=_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 2
    message = " ".join(run.stderr.split())
    assert "single-process" in message and "chroma run" in message and "PLAN_ASSISTANT_CHROMA_URL" in message


@pytest.mark.slow
def test_two_workers_share_a_chroma_server_and_both_serve_each_new_version(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    for name in ("safer-sutton-strategy-2021-24", "safer-lewisham-plan-2015-16"):
        for suffix in (".txt", ".txt.meta.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", tmp_path / "corpus" / f"{name}{suffix}")
    chroma_port, api_port = free_port(), free_port()
    chroma = shutil.which("chroma")
    assert chroma, "chromadb's `chroma` command is not installed"
    env = _env(tmp_path, PLAN_ASSISTANT_CHROMA_URL=f"http://127.0.0.1:{chroma_port}")
    with server_process(
        [chroma, "run", "--path", str(tmp_path / "chroma-server"), "--port", str(chroma_port)],
        f"http://127.0.0.1:{chroma_port}/api/v2/heartbeat",
        env,
        REPO,
        tmp_path / "chroma.log",
    ):
        ingest = subprocess.run([*CLI, "ingest"], cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
        assert ingest.returncode == 0, ingest.stderr
        assert not (tmp_path / "data" / "indexes" / "v000001" / "chroma").exists()  # the vectors are on the server
        url = f"http://127.0.0.1:{api_port}"
        with server_process(
            [*CLI, "serve", "--workers", "2", "--port", str(api_port)], f"{url}/health", env, REPO, tmp_path / "api.log"
        ):
            with httpx.Client(timeout=60) as client:  # a new connection per request spreads them over the workers
                answers = [
                    httpx.post(f"{url}/api/chat", json={"message": "What is a MARAC?"}, timeout=60).json()
                    for _ in range(6)
                ]
                assert all(a["answered"] and a["citations"] for a in answers)
                pdf = write_pdf(tmp_path / "p.pdf", [["Sutton Bus Plan 2025", "Sutton will run 7 night buses."]])
                added = client.post(
                    f"{url}/api/documents",
                    files={"files": ("bus-plan-2025.pdf", pdf.read_bytes())},
                    data={"classification": "public", "council": "Sutton"},
                    headers={"X-API-Key": ADMIN_KEY},
                    timeout=300,
                )
                assert added.status_code == 201, added.text
                version = added.json()["index_version"]
            staff = {"X-API-Key": ADMIN_KEY}
            deadline = time.monotonic() + 30  # each worker checks every second and loads it in the background
            while True:
                seen = {httpx.get(f"{url}/health", headers=staff).json()["index_version"] for _ in range(12)}
                if seen == {version} or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            assert seen == {version}
            for _ in range(4):
                body = httpx.post(
                    f"{url}/api/chat", json={"message": "How many night buses will Sutton run?"}, timeout=60
                ).json()
                assert "7 night buses" in body["answer"]
