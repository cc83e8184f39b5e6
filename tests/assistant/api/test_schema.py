"""schemathesis against /openapi.json of the real app over HTTP: no server errors, responses as documented."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.settings import Settings
from ingest.indexer import ingest
from tests.conftest import CORPUS

ADMIN_KEY = "admin-key-for-schemathesis-0123"
CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"


@pytest.fixture
def admin_site(tmp_path: Path, embedder) -> Iterator[str]:
    """A copy of the corpus the fuzzer may upload to and delete from, with an admin key."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        admin_keys=[ADMIN_KEY],
        rate_limit_ip=0,
        rate_limit_key=0,
        _env_file=None,
    )
    ingest([corpus], settings, embedder, prune=True)
    with serving(create_app(settings, embedder=embedder)) as url:
        yield url


@pytest.mark.slow
def test_schemathesis_finds_no_server_errors_and_no_undocumented_responses(admin_site: str, tmp_path: Path) -> None:
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{admin_site}/openapi.json",
        "--checks", CHECKS, "--max-examples", "15", "--seed", "20261121", "--workers", "1",
        "--header", f"X-API-Key: {ADMIN_KEY}", "--no-color",
        "--request-timeout", "30",  # a PUT re-embeds a whole plan before it answers
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=1200, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "Test cases:" in run.stdout
