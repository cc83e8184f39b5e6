"""A real browser (Debian's chromium, driven by Playwright), the app over the trust corpus, and a host page
on another origin that embeds the widget under hostile CSS."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.api.app import create_app
from assistant.api.server import free_port, serving
from tests.assistant.api.trust import trust_index
from tests.conftest import REPO

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PUBLIC_KEY = "public-widget-key-0123456789"
ARTIFACTS = REPO / "test-artifacts"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

HOSTILE_CSS = """
* { font-size: 9px !important; color: #ccc !important; background: #fff !important; line-height: 0.8 !important;
    letter-spacing: 3px !important; }
div, button, form, textarea, ol, li, p { display: none !important; visibility: hidden !important; }
body > * { position: static !important; }
plan-assistant-widget { opacity: 0.2; transform: scale(0.3); }
:focus { outline: none !important; }
"""


def host_page(api: str) -> str:
    links = "\n".join(f'<p><a href="#s{n}">Council service {n}</a></p>' for n in range(1, 30))
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Testshire Council</title><style>{HOSTILE_CSS}</style></head>
<body><main><h1>Testshire Council</h1>{links}</main>
<script src="{api}/widget.js" data-api-key="{PUBLIC_KEY}" data-title="Ask about our plans" defer></script>
</body></html>"""


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).is_file():
        if os.environ.get("REQUIRE_BROWSER_TESTS"):
            pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is not installed")
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[object]:
    """Per module: Playwright's sync API holds an event loop open, which would stop later tests'
    asyncio.run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[str, str]]:
    """(the API's URL, the host page's URL on another origin)."""
    root = tmp_path_factory.mktemp("web")
    host_port = free_port()
    host_origin = f"http://127.0.0.1:{host_port}"
    settings = trust_index(root, embedder, public_keys=[PUBLIC_KEY], cors_origins=[host_origin])
    pages = root / "host"
    pages.mkdir()
    with serving(create_app(settings, embedder=embedder)) as api:
        (pages / "index.html").write_text(host_page(api))
        (pages / "plain.html").write_text(
            f'<script src="{api}/widget.js" data-api-key="{PUBLIC_KEY}" defer></script>\n'
        )
        handler = functools.partial(SimpleHTTPRequestHandler, directory=str(pages))
        handler.log_message = lambda *args: None  # type: ignore[method-assign]
        server = ThreadingHTTPServer(("127.0.0.1", host_port), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield api, f"{host_origin}/index.html"
        finally:
            server.shutdown()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir()
    return ARTIFACTS


def policy_refusals(page) -> list[str]:
    """A list that fills, as the page runs, with what its Content Security Policy refused and any script
    error: empty when the page works under its own policy."""
    refused: list[str] = []
    page.on(
        "console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.on("pageerror", lambda error: refused.append(str(error)))
    return refused


def axe_violations(page, context: str = "document") -> list[dict]:
    """axe-core (bundled by axe-playwright-python) over the page, WCAG 2.0-2.2 A and AA rules."""
    from axe_playwright_python.base import AXE_SCRIPT

    page.add_script_tag(content=AXE_SCRIPT)
    result = page.evaluate(
        "async ([context, tags]) => await axe.run(context === 'document' ? document : document.querySelector(context),"
        " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [context, WCAG],
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.fixture
def page(browser):
    # The test tools (axe, Playwright's waits) inject inline script; the pages' own policy is checked
    # without this in test_the_officers_page_works_under_its_own_content_security_policy.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == [], errors
