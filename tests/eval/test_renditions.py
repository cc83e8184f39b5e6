"""The renditions in eval/renditions: up to date with build.py, every word of each plan in each one."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from eval.renditions import build

OUT = build.DEFAULT_OUT
STEMS = sorted(p.stem for p in build.CORPUS.glob("*.txt"))
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")
needs_docx = pytest.mark.skipif(importlib.util.find_spec("docx") is None, reason="needs python-docx")


def _corpus_meta(stem: str) -> dict:
    return json.loads((build.CORPUS / f"{stem}.txt.meta.json").read_text(encoding="utf-8"))


def test_every_plan_has_every_rendition_with_the_corpus_sidecar() -> None:
    files = [
        OUT / folder / f"{stem}.{ext}"
        for stem in STEMS
        for folder, ext in (("docx", "docx"), ("pdf", "pdf"), ("html", "html"))
    ]
    files.append(OUT / "scanned" / f"{build.SCANNED_PLAN}.pdf")
    for path in files:
        assert path.is_file(), path
        sidecar = path.with_name(path.name + ".meta.json")
        stem = path.name.rsplit(".", 1)[0]
        assert json.loads(sidecar.read_text(encoding="utf-8")) == _corpus_meta(stem), sidecar


def test_the_html_files_are_what_build_py_makes_now() -> None:
    for stem in STEMS:
        blocks = build.parse_plan((build.CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        page = build.page_html(blocks, _corpus_meta(stem), stem)
        assert page == (OUT / "html" / f"{stem}.html").read_text(encoding="utf-8"), stem


@needs_docx
def test_the_word_files_are_what_build_py_makes_now(tmp_path: Path) -> None:
    for stem in STEMS:
        blocks = build.parse_plan((build.CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        build.build_docx(blocks, _corpus_meta(stem), tmp_path / f"{stem}.docx")
        with zipfile.ZipFile(tmp_path / f"{stem}.docx") as made, zipfile.ZipFile(OUT / "docx" / f"{stem}.docx") as kept:
            for part in ("word/document.xml", "word/numbering.xml", "word/settings.xml"):
                assert made.read(part) == kept.read(part), (stem, part)


@needs_docx
@pytest.mark.parametrize("stem", STEMS)
def test_word_and_html_hold_every_word_of_the_plan_in_order(stem: str) -> None:
    expected = build.corpus_words((build.CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
    for name, text in (
        ("docx", build.docx_text(OUT / "docx" / f"{stem}.docx")),
        ("html", build.html_text(OUT / "html" / f"{stem}.html")),
    ):
        result = build.compare(expected, build.words(text), name)
        assert not result.missing, (name, result.missing.most_common(10))
        assert result.order == 1.0, (name, result.order)


@needs_poppler
@pytest.mark.parametrize("stem", STEMS)
def test_pdfs_hold_every_word_with_running_header_and_page_n_of_m(stem: str) -> None:
    path = OUT / "pdf" / f"{stem}.pdf"
    council = _corpus_meta(stem)["council"]
    text = build.pdf_text(path)
    pages = int(build.pdf_pages(path))
    assert pages >= 2
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count(f"{council} Council") >= pages
    furniture = re.compile(rf"^(?:Page \d+ of \d+|{re.escape(council)} Council)\s*$\n?", re.M)
    text = furniture.sub("", text)
    expected = build.corpus_words((build.CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
    result = build.compare(expected, build.words(text), stem, build.words(text, join_lines=False))
    assert not result.missing, result.missing.most_common(10)
    assert result.order > 0.97
    # justified text is hyphenated: some words are broken at line ends
    assert re.search(r"[a-z][-\u00ad]\n(?:\u2010\n)?[a-z]", text)


@needs_poppler
def test_the_scan_is_images_only() -> None:
    path = OUT / "scanned" / f"{build.SCANNED_PLAN}.pdf"
    assert build.pdf_text(path).strip() == ""
    assert build.pdf_pages(path) == build.pdf_pages(OUT / "pdf" / f"{build.SCANNED_PLAN}.pdf")
    assert path.stat().st_size < 4 * 1024 * 1024


@needs_docx
def test_word_structure() -> None:
    with zipfile.ZipFile(OUT / "docx" / "safer-sutton-strategy-2021-24.docx") as docx:
        settings = docx.read("word/settings.xml").decode()
        styles = docx.read("word/styles.xml").decode()
        document = docx.read("word/document.xml").decode()
        headers = " ".join(docx.read(n).decode() for n in docx.namelist() if n.startswith("word/header"))
        footers = " ".join(docx.read(n).decode() for n in docx.namelist() if n.startswith("word/footer"))
        numbering = docx.read("word/numbering.xml").decode()
    assert "<w:autoHyphenation/>" in settings
    assert 'w:lang w:val="en-GB"' in styles
    assert re.search(r'<w:cols [^>]*w:num="2"', document) and '<w:type w:val="continuous"/>' in document
    assert "Sutton Council" in headers
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert '<w:tblStyle w:val="TableGrid"/>' in document and '<w:tblLayout w:type="fixed"/>' in document
    assert '<w:pStyle w:val="ListNumber"/>' in document and '<w:lvlText w:val="4.%1."/>' in numbering
    assert '<w:pStyle w:val="Heading1"/>' in document and '<w:jc w:val="both"/>' in styles
    assert "1.1. Manage a partnership problem solving approach" in build.docx_text(
        OUT / "docx" / "safer-sutton-strategy-2021-24.docx"
    )


def test_html_is_a_council_web_page() -> None:
    page = (OUT / "html" / "southwark-scrutiny-report-2023.html").read_text(encoding="utf-8")
    for part in (
        "<header",
        "<nav",
        'class="breadcrumbs"',
        "<main",
        'class="cookie-banner"',
        "<footer",
        "<table",
        "<th>",
    ):
        assert part in page, part
    assert "Contact us" in page and "&copy; Southwark Council" in page
    assert "\u00ad" not in page  # soft hyphens only in the page printed by Chromium


def test_soft_hyphens_go_inside_long_words_only() -> None:
    for word in ("partnership", "Neighbourhoods", "implementation", "responsibilities"):
        broken = build.soft_hyphenate(word)
        assert broken.replace("\u00ad", "") == word and "\u00ad" in broken
        parts = broken.split("\u00ad")
        assert len(parts[0]) >= 3 and len(parts[-1]) >= 3
    assert build.soft_hyphenate("community") == "community"
