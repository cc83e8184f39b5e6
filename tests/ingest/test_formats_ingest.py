"""A folder of plans as councils publish them (a PDF, a scanned PDF, a Word file, a web page) ingested
together and answered from, through the real indexer, embedding model, Chroma and answerer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from assistant.pipeline import Assistant
from assistant.retrieval.filters import Scope
from assistant.settings import Settings
from ingest.indexer import ingest
from tests.layout_pdfs import write_layout_pdf

WEB_PAGE = """<!DOCTYPE html><html><head><title>Northshire plan</title><script>track('visit')</script></head>
<body><header><nav><a href="/">Home</a> <a href="/services">Bins and recycling</a></nav></header>
<div class="breadcrumb">Home &gt; Community safety</div>
<main><h1>Northshire Community Safety Plan 2022-25</h1>
<p>The Northshire partnership will open three youth hubs by 2024.</p>
<h2>Measures</h2>
<table><tr><th>Measure</th><th>Target</th></tr><tr><td>Hate crime reports</td><td>1,200</td></tr></table>
</main><footer>Copyright Northshire Council. Bins and recycling.</footer></body></html>"""


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Eastshire Safer Communities Strategy 2021-24", 1)
    document.add_heading("Our priorities", 2)
    document.add_paragraph("Eastshire will employ 9 neighbourhood wardens in the town centres.", style="List Bullet")
    document.add_paragraph("Reduce repeat burglary victims.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        table.rows[0].cells + table.rows[1].cells, ["Indicator", "Target", "Burglary", "650"], strict=True
    ):
        cell.text = text
    document.sections[0].footer.paragraphs[0].text = "Eastshire Council footer"
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, embedder) -> tuple[Settings, object]:
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        pytest.fail("tesseract-ocr and poppler-utils are needed (installed by .ci/run)")
    from PIL import Image

    root = tmp_path_factory.mktemp("published")
    folder = root / "plans"
    folder.mkdir()
    layout = write_layout_pdf(root / "layout.pdf")
    shutil.copy(layout, folder / "testshire-plan.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-f", "2", "-l", "2", str(layout), str(root / "p")], check=True)
    Image.open(next(root.glob("p-*.pgm"))).save(folder / "westshire-scan.pdf", resolution=150)
    _word_file(folder / "eastshire-strategy.docx")
    (folder / "northshire-plan.html").write_text(WEB_PAGE)
    settings = Settings(data_dir=root / "data", corpus_dir=folder)
    report = ingest([folder], settings, embedder, classification="public")
    return settings, report


def test_every_format_in_a_folder_is_ingested(published) -> None:
    _, report = published
    assert report.failed == {}
    assert sorted(report.added) == [
        "eastshire-strategy.docx",
        "northshire-plan.html",
        "testshire-plan.pdf",
        "westshire-scan.pdf",
    ]
    assert {"read", "chunk", "embed", "store", "search indexes"} <= set(report.seconds)


def test_each_format_answers_with_its_structure(published, embedder) -> None:
    settings, _ = published
    assistant = Assistant.build(settings, embedder)
    chunks = list(assistant.index.chunks.values())
    by_source = {chunk.metadata.source: chunk for chunk in chunks}
    assert set(by_source) == {
        "eastshire-strategy.docx",
        "northshire-plan.html",
        "testshire-plan.pdf",
        "westshire-scan.pdf",
    }
    every = "\n".join(chunk.text for chunk in chunks)
    assert "Bins and recycling" not in every and "track(" not in every  # a web page's navigation, footer, script
    assert "Eastshire Council footer" not in every  # a Word file's footer
    assert "Burglary | 650" in every.split("\n")
    assert "Hate crime reports | 1,200" in every.split("\n")
    scanned = [chunk for chunk in chunks if chunk.metadata.source == "westshire-scan.pdf"]
    assert scanned and all(chunk.ocr and chunk.page == 1 for chunk in scanned)

    answer = assistant.ask(
        "What is the target for the percentage of repeat victims at DV MARAC?",
        Scope(sources=("westshire-scan.pdf",)),
    )
    assert answer.answered
    assert "25.3%" in answer.text
    assert all(citation.ocr for citation in answer.citations)

    answer = assistant.ask("How many neighbourhood wardens will Eastshire employ?")
    assert answer.answered and "9 neighbourhood wardens" in answer.text
    assert answer.citations[0].source == "eastshire-strategy.docx"


def test_a_file_of_a_type_it_does_not_read_is_named_not_skipped_silently(tmp_path: Path, embedder) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.txt").write_text("Safer Testshire Plan 2020-23\n\nThe partnership will fund 14 street pastors.\n")
    (folder / "old-plan.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    (folder / "plan.txt.meta.json").write_text('{"classification": "public"}')
    report = ingest([folder], Settings(data_dir=tmp_path / "data", corpus_dir=folder), embedder)
    assert report.added == ["plan.txt"]
    assert report.warnings["old-plan.doc"] == [
        "skipped: .doc is not a type it reads; use .txt, .md, .pdf, .docx or .html"
    ]
    assert "plan.txt.meta.json" not in report.warnings
