"""Opening the source: a plan's original file over HTTP, for those who may see the plan, and citations
that link to it at the page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag

import httpx
import pytest

from assistant.answer import Citation
from assistant.api.app import create_app
from assistant.api.files import _TYPES, _charset
from assistant.api.server import serving
from assistant.settings import Settings
from ingest.documents import Chunk, PlanMetadata
from tests.assistant.api.trust import ADMIN_KEY, INTERNAL_SOURCE, OFFICER_KEY, trust_index
from tests.pdfs import write_pdf

OFFICER = {"X-API-Key": OFFICER_KEY}
ADMIN = {"X-API-Key": ADMIN_KEY}
PARKS = "kingston-parks-plan-2024-27.pdf"
PARKS_PAGES = [
    ["Kingston Parks Plan 2024-27", "This plan sets out how the council will look after its parks and green spaces."],
    [
        "Trees and planting",
        "",
        "The council will plant 250 new trees in Kingston parks by March 2026.",
        "",
        "Volunteers will water the young trees through the summer.",
    ],
]
NOTES = "kingston-notes-2025.txt"
TREES = "How many new trees will the council plant in Kingston parks?"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[str, Settings]]:
    def kingston(corpus: Path) -> None:
        write_pdf(corpus / PARKS, PARKS_PAGES)
        (corpus / f"{PARKS}.meta.json").write_text(json.dumps({"council": "Kingston", "classification": "public"}))
        (corpus / NOTES).write_text("# Kingston Notes 2025\n\nThe council will open 3 new play areas in 2025.\n")
        (corpus / f"{NOTES}.meta.json").write_text(json.dumps({"council": "Kingston", "classification": "public"}))

    settings = trust_index(tmp_path_factory.mktemp("files"), embedder, extra=kingston)
    with serving(create_app(settings, embedder=embedder)) as url:
        yield url, settings


def file_url(base: str, doc_id: str) -> str:
    return f"{base}/api/documents/{doc_id}/file"


def test_a_public_pdf_is_served_to_a_caller_without_a_key(site) -> None:
    url, settings = site
    response = httpx.get(file_url(url, PARKS))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == f'inline; filename="{PARKS}"'
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.content == (settings.corpus_dir / PARKS).read_bytes()
    etag = response.headers["etag"]
    again = httpx.get(file_url(url, PARKS), headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    head = httpx.head(file_url(url, PARKS))
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(response.content)


def test_an_internal_plan_is_hidden_from_the_public_exactly_like_a_missing_one(site) -> None:
    url, settings = site
    hidden = httpx.get(file_url(url, INTERNAL_SOURCE))
    missing = httpx.get(file_url(url, "no-such-plan.txt"))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["message"].replace(INTERNAL_SOURCE, "X") == missing.json()["message"].replace(
        "no-such-plan.txt", "X"
    )
    assert httpx.get(f"{url}/api/documents/{INTERNAL_SOURCE}/file/link").status_code == 404
    for headers in (OFFICER, ADMIN):
        shown = httpx.get(file_url(url, INTERNAL_SOURCE), headers=headers)
        assert shown.status_code == 200, shown.text
        assert shown.headers["content-type"] == "text/plain; charset=utf-8"
        assert "sandbox" in shown.headers["content-security-policy"]
        assert shown.headers["cache-control"] == "private, no-cache"
        assert shown.content == (settings.corpus_dir / INTERNAL_SOURCE).read_bytes()


def test_an_officer_link_opens_an_internal_plan_without_a_key_for_that_plan_only(site) -> None:
    url, _ = site
    link = httpx.get(f"{url}/api/documents/{INTERNAL_SOURCE}/file/link", headers=OFFICER)
    assert link.status_code == 200, link.text
    body = link.json()
    assert body["url"].startswith(f"/api/documents/{INTERNAL_SOURCE}/file?ticket=") and body["expires_in"] == 600
    assert httpx.get(f"{url}{body['url']}").status_code == 200
    ticket = body["url"].split("?", 1)[1]
    assert httpx.get(f"{file_url(url, INTERNAL_SOURCE)}?{ticket[:-2]}xy").status_code == 404
    assert httpx.get(f"{file_url(url, INTERNAL_SOURCE)}?ticket=9999999999.abc").status_code == 404
    public = httpx.get(f"{url}/api/documents/{PARKS}/file/link").json()
    assert public == {"url": f"/api/documents/{PARKS}/file", "expires_in": None}


@pytest.mark.parametrize(
    "path",
    [
        "..%2Fcorpus%2Fkingston-notes-2025.txt",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2fkingston-notes-2025.txt",
        "..",
        "kingston-notes-2025.txt%00.pdf",
        "KINGSTON-NOTES-2025.TXT",
    ],
)
def test_an_unknown_id_or_a_path_out_of_the_corpus_is_404(site, path: str) -> None:
    url, _ = site
    for headers in ({}, ADMIN):
        response = httpx.get(f"{url}/api/documents/{path}/file", headers=headers)
        assert response.status_code == 404, (path, response.status_code, response.text)


def test_the_document_routes_stay_admin_only_for_anything_but_reading_a_file(site) -> None:
    url, _ = site
    assert httpx.get(f"{url}/api/documents").status_code == 403
    assert httpx.get(f"{url}/api/documents/{PARKS}", headers=OFFICER).status_code == 403
    assert httpx.delete(file_url(url, PARKS)).status_code == 403
    assert httpx.post(file_url(url, PARKS), content=b"x").status_code == 403
    assert httpx.get(file_url(url, PARKS), headers={"X-API-Key": "not-a-key-0123456789abcdef"}).status_code == 401


def test_a_citation_links_to_its_file_at_its_page_and_holds_its_paragraph(site) -> None:
    url, settings = site
    answer = httpx.post(f"{url}/api/chat", json={"message": TREES}, timeout=60).json()
    cited = [c for c in answer["citations"] if c["source"] == PARKS]
    assert cited, answer
    citation = cited[0]
    assert "250 new trees" in citation["quote"] and citation["page"] == 2
    assert citation["quote"] in citation["context"]
    assert "Volunteers" not in citation["context"]  # the paragraph only, not the whole passage
    assert citation["ocr"] is False and citation["page_label"] is None
    address, fragment = urldefrag(citation["url"])
    assert address == f"/api/documents/{PARKS}/file" and fragment == f"page={citation['page']}"
    opened = httpx.get(f"{url}{address}")
    assert opened.status_code == 200 and opened.content == (settings.corpus_dir / PARKS).read_bytes()


def test_streamed_and_openai_citations_carry_the_link_too(site) -> None:
    url, _ = site
    with httpx.stream("POST", f"{url}/api/chat/stream", json={"message": TREES}, timeout=60) as response:
        events = [json.loads(line[5:]) for line in response.iter_lines() if line.startswith("data:")]
    done = events[-1]
    assert all(c["url"].startswith("/api/documents/") for event in events for c in event.get("citations", []))
    assert any(c["url"] == f"/api/documents/{PARKS}/file#page=2" for c in done["citations"])
    completion = httpx.post(
        f"{url}/v1/chat/completions",
        json={"model": "plan-assistant", "messages": [{"role": "user", "content": TREES}]},
        timeout=60,
    ).json()
    cited = [c for c in completion["citations"] if c["source"] == PARKS]
    assert cited and cited[0]["url"].endswith("#page=2") and cited[0]["quote"] in cited[0]["context"]


def test_a_file_changed_since_it_was_indexed_is_not_served(site) -> None:
    url, settings = site
    assert httpx.get(file_url(url, NOTES)).status_code == 200
    path = settings.corpus_dir / NOTES
    path.write_text(path.read_text() + "The council will also close 2 libraries.\n")
    changed = httpx.get(file_url(url, NOTES))
    assert changed.status_code == 410
    assert "changed on the server since it was indexed" in changed.json()["message"]
    path.unlink()
    assert httpx.get(file_url(url, NOTES)).status_code == 404


def chunk(text: str, source: str = "plan.pdf", page: int | None = 3, **fields) -> Chunk:
    meta = PlanMetadata(source=source, title="Plan", council="X")
    return Chunk(id="c1", text=text, metadata=meta, page=page, **fields)


def test_a_citation_holds_the_line_of_its_quote_and_nothing_from_outside_its_chunk() -> None:
    text = "Our aims for the year.\n- plant 250 trees\n- open 3 play areas\nParks | 40 | 55\nWe will report yearly."
    listed = Citation.of(1, chunk(text), "plant 250 trees")
    assert listed.context == "- plant 250 trees"
    assert Citation.of(1, chunk(text), "55").context == "Parks | 40 | 55"
    across = Citation.of(1, chunk(text), "trees\n- open 3")
    assert across.context == "- plant 250 trees\n- open 3 play areas"
    assert Citation.of(1, chunk(text), "words not in the chunk").context == "words not in the chunk"
    assert listed.url == "/api/documents/plan.pdf/file#page=3" and listed.ocr is False and listed.page_label is None
    unpaged = Citation.of(1, chunk("A b.", source="notes 1.txt", page=None), "A b.")
    assert unpaged.url == "/api/documents/notes%201.txt/file"


def test_an_ocr_citation_says_so_and_its_context_hides_what_ocr_was_unsure_of() -> None:
    text = "Thc c0unc1l will fund 14 street pastors in the town centre."
    scanned = chunk(text, ocr=True, page_label="14", uncertain=((0, 11),))
    citation = Citation.of(2, scanned, "fund 14 street pastors")
    assert citation.ocr is True and citation.page_label == "14"
    assert citation.context == "… will fund 14 street pastors in the town centre."


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        (b"plain", "utf-8"),
        ("caf\u00e9".encode(), "utf-8"),
        ("caf\u00e9".encode("cp1252"), "windows-1252"),
        (b"\xff\xfea\x00", "utf-16le"),
    ],
)
def test_a_text_file_is_served_with_the_charset_ingest_read_it_in(data: bytes, charset: str) -> None:
    assert _charset(data) == charset


def test_a_web_page_is_never_served_as_a_web_page() -> None:
    for suffix in (".html", ".htm"):
        media_type, _, _ = _TYPES[suffix]
        assert media_type == "text/plain"
    assert _TYPES[".docx"][2] is False  # a Word file is saved, not shown


def test_a_quote_past_a_page_break_in_its_passage_cites_and_opens_that_page() -> None:
    text = "Outcome | Output\nFewer repeat victims | target 25.3%\nMore referrals | target 209"
    start = text.index("More referrals")
    passage = chunk(text, page=4, page_label="iv", page_breaks=((start, 5, "v"),))
    before = Citation.of(1, passage, "Fewer repeat victims | target 25.3%")
    after = Citation.of(2, passage, "More referrals | target 209")
    assert (before.page, before.page_label, before.url) == (4, "iv", "/api/documents/plan.pdf/file#page=4")
    assert (after.page, after.page_label, after.url) == (5, "v", "/api/documents/plan.pdf/file#page=5")
