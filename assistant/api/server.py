"""Servers on loopback for the evaluation harness, the load script and the tests: an app in a
background thread, or any server command in a child process."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def wait_until_ready(url: str, alive: Callable[[], bool], timeout: float, log: Path | None = None) -> None:
    """Poll url until it answers 200; RuntimeError if the server dies or does not answer in time."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if not alive() or time.monotonic() > deadline:
            tail = log.read_text(errors="replace")[-3000:] if log is not None and log.is_file() else ""
            state = "stopped" if not alive() else f"did not answer in {timeout:g} s"
            raise RuntimeError(f"the server for {url} {state}{': ' + tail if tail else ''}")
        time.sleep(0.2)


@contextmanager
def server_process(
    command: Sequence[str],
    ready: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    log: Path | None = None,
    timeout: float = 240,
) -> Iterator[subprocess.Popen]:
    """Run a server command until the block ends, once `ready` (a URL) answers 200; its output goes
    to log (or to this process's own output)."""
    with log.open("w") if log is not None else nullcontext() as out:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=None if env is None else dict(env),
            stdout=out,
            stderr=subprocess.STDOUT if out else None,
        )
        try:
            wait_until_ready(ready, lambda: process.poll() is None, timeout, log)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def serving(app: FastAPI, host: str = "127.0.0.1", ready_timeout: float = 60) -> Iterator[str]:
    """Run `app` under uvicorn until the block ends; yields its base URL once /health answers."""
    port = free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="plan-assistant-server", daemon=True)
    thread.start()
    url = f"http://{host}:{port}"
    try:
        wait_until_ready(f"{url}/health", thread.is_alive, ready_timeout)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
