"""The PDF reader on PDFs drawn the way councils publish plans (tests/layout_pdfs.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ingest.blocks import Block
from ingest.chunking import chunk_document
from ingest.documents import PlanDocument, PlanMetadata
from ingest.extraction import ExtractionLimits, extract_pdf
from ingest.loaders import load_file
from ingest.model import StructuredDocument
from tests.layout_pdfs import (
    write_address_pdf,
    write_hanging_numbers_pdf,
    write_layout_pdf,
    write_page_break_pdf,
    write_wrapped_heading_pdf,
    write_wrapped_number_pdf,
)


@pytest.fixture(scope="module")
def layout_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_layout_pdf(tmp_path_factory.mktemp("layout") / "plan.pdf")


@pytest.fixture(scope="module")
def document(layout_pdf: Path) -> StructuredDocument:
    return extract_pdf(layout_pdf, ExtractionLimits()).document


def _texts(document: StructuredDocument, kind: str) -> list[str]:
    return [block.text for block in document.blocks if block.kind == kind]


def test_two_columns_are_read_column_by_column(document: StructuredDocument) -> None:
    paragraphs = _texts(document, "paragraph")
    left = next(text for text in paragraphs if text.startswith("The partnership brings together"))
    right = next(text for text in paragraphs if text.startswith("Residents told us"))
    assert left.endswith("review it with residents each spring.")
    assert "Residents" not in left
    assert right.endswith("actions, owners and measures of progress.")
    assert paragraphs.index(left) < paragraphs.index(right)


def test_line_end_hyphenation_is_undone_and_true_hyphens_kept(document: StructuredDocument) -> None:
    text = " ".join(_texts(document, "paragraph"))
    assert "Our overarching aim" in text
    assert "overarch-" not in text
    assert "anti-social behaviour" in text  # a hyphen inside a line is the author's


def test_running_header_and_footer_are_metadata_not_text(document: StructuredDocument) -> None:
    words = StructuredDocument(document.blocks).text()
    assert "Page 2 of 3" not in words
    assert "Testshire Borough Council" not in words
    assert [page.label for page in document.pages] == ["1", "2", "3"]
    assert document.pages[1].footer == ("Page 2 of 3",)
    assert document.pages[0].header == ("Testshire Borough Council",)


def test_hanging_bullets_are_whole_items(document: StructuredDocument) -> None:
    items = [block for block in document.blocks if block.kind == "item" and block.page == 1]
    assert [item.text for item in items] == [
        "Reduce violence affecting young people, working with schools and youth services across the borough.",
        "Tackle anti-social behaviour, with 14 police officers in the town centre teams.",
        "Support victims of domestic abuse.",
    ]
    assert {item.marker for item in items} == {"•"}


def test_numbered_paragraphs_keep_their_number_and_their_wrapped_lines(document: StructuredDocument) -> None:
    items = [block for block in document.blocks if block.kind == "item" and block.page == 2]
    assert items[0].text == (
        "28. The partnership will report to the scrutiny committee twice a year on every measure in this plan."
    )
    assert items[0].marker == "28."


def test_a_wrapped_table_cell_is_one_cell_of_one_row(document: StructuredDocument) -> None:
    table = next(block for block in document.blocks if block.kind == "table")
    assert table.rows == (
        ("Measure", "2024 result"),
        ("Percentage repeat victims at DV MARAC (target 25.3%)", "28%"),
        ("Knife crime offences", "412"),
    )
    assert table.header_rows == 1
    assert table.page == 2


def test_headings_come_from_font_size_with_levels(document: StructuredDocument) -> None:
    headings = [(block.text, block.level) for block in document.blocks if block.kind == "heading"]
    assert headings == [
        ("Safer Testshire Partnership Plan 2024-27", 1),
        ("Our priorities", 2),
        ("How we will measure progress", 2),
        ("Our duties", 2),
    ]


def test_a_footnote_mark_stays_off_the_sentence(document: StructuredDocument) -> None:
    text = " ".join(_texts(document, "paragraph"))
    assert "the Police Reform Act 2002, which places a duty" in text
    assert "The board last met on 31st October." in text  # a raised ordinal joins its number
    assert "The plan was approved on 18th July 2017." in text  # ... set nearly as large as the text too


def test_chunks_hold_rows_items_and_sections_and_no_running_lines(document: StructuredDocument) -> None:
    metadata = PlanMetadata(source="plan.pdf", title="Safer Testshire Plan", council="Testshire")
    chunks = chunk_document(PlanDocument(metadata, (), "x", document))
    text = "\n".join(chunk.text for chunk in chunks)
    assert "Percentage repeat victims at DV MARAC (target 25.3%) | 28%" in text.split("\n")
    assert "- Tackle anti-social behaviour, with 14 police officers in the town centre teams." in text.split("\n")
    assert "Page" not in text and "Borough Council" not in text
    table_chunk = next(chunk for chunk in chunks if "25.3%" in chunk.text)
    assert table_chunk.page == 2 and table_chunk.page_label == "2"
    assert table_chunk.section == "Safer Testshire Partnership Plan 2024-27 > How we will measure progress"


def test_quotes_are_in_the_text_pdftotext_reads(layout_pdf: Path, document: StructuredDocument) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from eval.formats import Reference, pdf_pages

    reference = Reference.of(pdf_pages(layout_pdf) or [])
    for block in document.blocks:
        quote = " | ".join(block.rows[1]) if block.kind == "table" else block.text
        page = block.page
        assert reference.holds(quote, page), quote
    assert subprocess.run(["pdftotext", str(layout_pdf), "-"], capture_output=True).returncode == 0


def test_a_scanned_copy_is_read_with_ocr(tmp_path: Path, layout_pdf: Path) -> None:
    if shutil.which("tesseract") is None or shutil.which("pdftoppm") is None:
        pytest.fail("tesseract-ocr and poppler-utils are needed (installed by .ci/run)")
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-f", "2", "-l", "2", str(layout_pdf), str(tmp_path / "p")], check=True
    )
    image = Image.open(next(tmp_path.glob("p-*.pgm")))
    scanned = tmp_path / "scanned.pdf"
    image.save(scanned, resolution=150)
    assert subprocess.run(["pdftotext", str(scanned), "-"], capture_output=True, text=True).stdout.strip() == ""
    loaded = load_file(scanned)
    assert all(block.ocr for block in loaded.document.blocks)
    assert loaded.document.pages[0].ocr and loaded.document.pages[0].footer == ("Page 2 of 3",)
    words = loaded.document.text()
    assert "Percentage repeat victims at DV MARAC (target 25.3%)" in words
    assert "Page 2 of 3" not in words
    metadata = PlanMetadata(source="scanned.pdf", title="Scanned plan", council="Testshire")
    chunks = chunk_document(PlanDocument(metadata, loaded.pages, "x", loaded.document))
    assert all(chunk.ocr for chunk in chunks)


def test_pieces_render_tables_as_rows_of_cells() -> None:
    from ingest.chunking import pieces
    from ingest.model import table

    document = StructuredDocument((table([["A", "B"], ["wrapped\ncell", "2"]], header_rows=1),))
    # each row keeps its place in its table (`level`)
    assert pieces(document) == [Block("row", "A\tB", level=0), Block("row", "wrapped cell\t2", level=1)]


def test_a_justified_line_is_prose_but_a_row_of_one_word_cells_is_a_row() -> None:
    from ingest.pdf.tables import segments
    from ingest.pdf.words import Line, Word

    def line(starts: list[float], width: float = 30) -> Line:
        return Line([Word(f"w{i}", x, x + width, 100, 110, 10) for i, x in enumerate(starts)])

    stretched = line([72, 72 + 30 + 14, 72 + 2 * (30 + 15), 72 + 3 * (30 + 14)])  # every space about 14 pt
    assert len(segments(stretched, 10)) == 1
    cells = line([72, 262, 452])  # one word a column, 160 pt apart
    assert len(segments(cells, 10)) == 3
    mixed = line([72, 72 + 33, 300, 300 + 33])  # two cells of two words
    assert [len(group) for group in segments(mixed, 10)] == [2, 2]


def test_a_line_that_breaks_a_year_span_does_not_start_an_item(tmp_path: Path) -> None:
    document = extract_pdf(write_wrapped_number_pdf(tmp_path / "funding.pdf"), ExtractionLimits()).document
    items = [block.text for block in document.blocks if block.kind == "item"]
    assert items == [
        "4.6 In September 2017, the Cabinet approved £1m a year for three years from 2018-19 up to 2020-21. "
        "This is to fund four teams of officers, 24 police officers in total.",
        "4.7 A further review will follow in the spring.",
    ]


def test_a_sentence_cut_by_a_page_break_is_one_paragraph_on_the_page_it_starts_on(tmp_path: Path) -> None:
    path = write_page_break_pdf(tmp_path / "plan.pdf")
    document = extract_pdf(path, ExtractionLimits()).document
    paragraphs = {block.text: block.page for block in document.blocks if block.kind == "paragraph"}
    assert paragraphs == {
        "Serious youth violence fell by 26% over the year, a marked contrast to violence with injury and robbery, "
        "both of which are showing increases of 12% and 4% respectively.": 1,
        "The plan was approved by the Partnership Executive (18th July 2024) and by Cabinet in September 2024.": 2,
        "Nothing else was decided.": 3,
    }


def test_the_lines_of_an_address_are_not_headings_though_printed_in_bold(tmp_path: Path) -> None:
    document = extract_pdf(write_address_pdf(tmp_path / "contact.pdf"), ExtractionLimits()).document
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert headings == ["Contact us", "Next steps"]
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    assert "Post: Community Safety Division" in paragraphs and "Town Hall, High Street, TS1 4AB" in paragraphs


def test_a_heading_broken_inside_a_word_at_its_line_end_is_one_heading(tmp_path: Path) -> None:
    document = extract_pdf(write_wrapped_heading_pdf(tmp_path / "foreword.pdf"), ExtractionLimits()).document
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert headings == ["Foreword by Co-chairs of the Testshire Community Safety Partnership Executive"]
    paragraphs = [block.text for block in document.blocks if block.kind == "paragraph"]
    assert "This plan sets out how the partnership will keep Testshire safe over the next four years." in paragraphs
    assert "ership Executive" not in paragraphs


def test_a_paragraph_number_hanging_in_the_gutter_heads_its_paragraph_in_the_right_column(tmp_path: Path) -> None:
    document = extract_pdf(write_hanging_numbers_pdf(tmp_path / "report.pdf"), ExtractionLimits()).document
    items = [block.text for block in document.blocks if block.kind == "item"]
    assert items[0].startswith("4.9 The partnership will receive £120,000")
    assert items[0].endswith(
        "the health grant is also made available. This will be used to reduce the harm to those "
        "at risk and to help them recover from their dependence on drugs and on alcohol."
    )
    assert items[1:] == [
        "5.1 When planning action under the plan, officers must have regard to the council's statutory functions "
        "and ensure that these are not exceeded.",
        "5.2 The plan forms part of the council's budget and policy framework.",
    ]
    assert not [block for block in document.blocks if block.kind == "table"]
