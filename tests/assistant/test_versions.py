"""Index versions: a build is published whole or not at all, even when the process is killed midway."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.settings import Settings
from assistant.versions import IndexVersions
from ingest.indexer import ingest
from tests.conftest import CORPUS, REPO

OFFICER_KEY = "officer-key-for-the-kill-test-0123"

QUESTIONS = [
    "What are the priorities of the Safer Lewisham Plan?",
    "What target does Sutton set for repeat victims at its DV MARAC?",
    "What does the Sutton strategy say about anti-social behaviour?",
    "What is a MARAC?",
]


def test_a_failed_build_publishes_nothing_and_leaves_no_folder(tmp_path: Path) -> None:
    versions = IndexVersions(tmp_path)
    with versions.building() as build:
        (build.version.folder / "data").write_text("complete")
    first = versions.current()
    assert first is not None and first.name == "v000001"
    with pytest.raises(RuntimeError), versions.building() as build:
        (build.version.folder / "data").write_text("half")
        raise RuntimeError("embedding failed")
    assert versions.current() == first
    assert sorted(p.name for p in (tmp_path / "indexes").iterdir() if p.is_dir()) == ["v000001"]


def test_a_killed_builds_leftovers_are_removed_and_old_versions_pruned(tmp_path: Path) -> None:
    versions = IndexVersions(tmp_path, keep=2)
    for _ in range(3):
        with versions.building():
            pass
    (tmp_path / "indexes" / "v000009").mkdir()  # what a killed build leaves
    with versions.building() as build:
        assert build.previous is not None and build.previous.name == "v000003"
    names = sorted(p.name for p in (tmp_path / "indexes").iterdir() if p.is_dir())
    assert versions.stamp() == "v000004" and names == ["v000003", "v000004"]


def _answers(url: str) -> list[tuple[bool, list[tuple[str, str, str]]]]:
    found = []
    for question in QUESTIONS:
        body = httpx.post(f"{url}/api/chat", json={"message": question}, timeout=60).json()
        found.append((body["answered"], [(c["source"], c["chunk_id"], c["quote"]) for c in body["citations"]]))
    return found


@pytest.mark.slow
def test_killing_an_ingest_midway_leaves_every_answer_and_citation_as_it_was(tmp_path: Path, embedder) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("safer-lewisham-plan-2015-16", "safer-sutton-strategy-2021-24"):
        for suffix in (".txt", ".txt.meta.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", corpus / f"{name}{suffix}")
    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        rate_limit_ip=0,
        officer_keys=[SecretStr(OFFICER_KEY)],
        _env_file=None,
    )
    ingest([corpus], settings, embedder, prune=True)
    versions = IndexVersions(settings.data_dir)
    served = versions.stamp()
    for copy in range(3):  # new plans that take a while to embed
        text = (CORPUS / "tower-hamlets-community-safety-plan-2017-21.txt").read_text()
        (corpus / f"tower-hamlets-copy-{copy}.txt").write_text(text.replace("Tower Hamlets", f"Copy {copy} Borough"))
        (corpus / f"tower-hamlets-copy-{copy}.txt.meta.json").write_text('{"classification": "public"}')

    with serving(create_app(settings, embedder=embedder)) as url:
        before = _answers(url)
        assert all(answered for answered, _ in before)
        env = {**os.environ, "PLAN_ASSISTANT_DATA_DIR": str(settings.data_dir)}
        env["PLAN_ASSISTANT_CORPUS_DIR"] = str(corpus)
        process = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "ingest"], cwd=REPO, env=env, stderr=subprocess.DEVNULL
        )
        building = settings.data_dir / "indexes" / "v000002"
        deadline = time.monotonic() + 120
        while not (building / "chroma").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(2.0)  # well into embedding the new plans
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

        assert versions.stamp() == served
        assert _answers(url) == before
        time.sleep(1.1)  # past the server's check for a new version
        assert _answers(url) == before

        report = ingest([corpus], settings, embedder, prune=True)  # the next ingest is not blocked
        assert sorted(report.added) == [f"tower-hamlets-copy-{n}.txt" for n in range(3)]
        assert versions.stamp() != served
        health = _served_version(url, versions.stamp())
        assert health["index_version"] == versions.stamp() and health["documents"] == 5


def _served_version(url: str, wanted: str | None, seconds: float = 30) -> dict:
    """/health once the server has loaded the wanted version in the background (it checks every second)."""
    deadline = time.monotonic() + seconds
    while True:
        health = httpx.get(f"{url}/health", headers={"X-API-Key": OFFICER_KEY}).json()
        if health["index_version"] == wanted or time.monotonic() > deadline:
            return health
        time.sleep(0.2)
