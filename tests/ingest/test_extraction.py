import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.extraction import ExtractionError, ExtractionLimits, extract_pdf
from tests.pdfs import GOOD_PLAN, write_pdf, write_repeated_line_pdf

LINE = "The partnership will fund 14 street pastors in the town centre."


@pytest.fixture(scope="module")
def slow_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One page showing a line 120,000 times: about 40 KB, and 15 s or more of pypdf's time."""
    return write_repeated_line_pdf(tmp_path_factory.mktemp("hostile") / "slow.pdf", LINE, 120_000)


def children() -> set[int]:
    """The processes this test process started that still exist (zombies included)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == os.getpid():
            found.add(int(stat.parent.name))
    return found


def test_a_page_that_takes_too_long_is_refused_at_the_limit_and_its_process_is_gone(slow_pdf: Path) -> None:
    before = children()
    started = time.monotonic()
    with pytest.raises(ExtractionError) as error:
        extract_pdf(slow_pdf, ExtractionLimits(timeout_s=3))
    assert str(error.value) == "slow.pdf: text extraction took longer than the limit of 3 s (extract_timeout_s)"
    assert time.monotonic() - started < 12  # refused at the limit, not after the minutes the page would take
    assert children() - before == set()


def test_extraction_that_needs_too_much_memory_is_refused(slow_pdf: Path) -> None:
    with pytest.raises(ExtractionError) as error:
        extract_pdf(slow_pdf, ExtractionLimits(timeout_s=120, memory_mb=100))
    assert str(error.value) == (
        "slow.pdf: text extraction needed more than 100 MB of memory, the limit (extract_memory_mb)"
    )


def test_a_page_over_the_page_cap_is_refused(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "plan.pdf", [GOOD_PLAN, [LINE] * 100])
    with pytest.raises(ExtractionError) as error:
        extract_pdf(pdf, ExtractionLimits(max_page_chars=5_000))
    assert str(error.value) == ("plan.pdf: page 2 has more than 5,000 characters of text, the limit (max_page_chars)")


def test_a_document_over_the_document_cap_is_refused(tmp_path: Path) -> None:
    pdf = write_repeated_line_pdf(tmp_path / "plan.pdf", LINE, 40, pages=3)  # about 2,600 characters a page
    with pytest.raises(ExtractionError) as error:
        extract_pdf(pdf, ExtractionLimits(max_page_chars=3_000, max_document_chars=6_000))
    assert str(error.value) == (
        "plan.pdf: the document has more than 6,000 characters of text, the limit (max_document_chars)"
    )


def test_a_normal_pdf_comes_back_page_by_page(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "plan.pdf", [GOOD_PLAN, ["Indicators", "Outcome\tOutput\tTarget"]])
    extracted = extract_pdf(pdf, ExtractionLimits())
    assert [(block.page, block.kind, block.text, block.rows) for block in extracted.document.blocks] == [
        (1, "paragraph", "Safer Testshire Plan 2020-23", ()),
        (1, "paragraph", "The partnership will fund 14 street pastors in the town centre.", ()),
        (2, "paragraph", "Indicators", ()),
        (2, "table", "", (("Outcome", "Output", "Target"),)),
    ]
    assert not extracted.removed.notable


def test_the_readers_errors_come_back_unchanged(tmp_path: Path) -> None:
    locked = write_pdf(tmp_path / "locked.pdf", [GOOD_PLAN], password="correct horse")
    with pytest.raises(ExtractionError) as error:
        extract_pdf(locked, ExtractionLimits())
    assert str(error.value) == (
        "locked.pdf: the PDF is protected by a password; save a copy without the password and add that"
    )


def test_extraction_runs_from_a_worker_thread_as_in_the_server(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "plan.pdf", [GOOD_PLAN])
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: extract_pdf(pdf, ExtractionLimits()), range(2)))
    assert all("14 street pastors" in result.pages[0].text for result in results)


def test_limits_come_from_the_settings(settings: Settings) -> None:
    limits = ExtractionLimits.of(settings.model_copy(update={"extract_timeout_s": 30, "max_page_chars": 50_000}))
    assert limits == ExtractionLimits(timeout_s=30, memory_mb=2048, max_page_chars=50_000)
