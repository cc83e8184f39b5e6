"""Word documents built with python-docx, read back into typed blocks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.formats.docx import number_text, read_docx
from ingest.model import Block

LONG_CELL = (
    "Deliver 1,500 new affordable homes across the borough by March 2027, working with housing associations "
    "and community land trusts, with at least a third of them for social rent."
)


def _numbered_list(document: docx.document.Document) -> str:
    """A two-level list definition (1., 2. over (a), (b)), as Word writes one; returns its numId."""
    numbering = document.part.numbering_part.element
    numbering.insert(
        0,
        parse_xml(
            f"<w:abstractNum {nsdecls('w')} w:abstractNumId='90'>"
            "<w:multiLevelType w:val='hybridMultilevel'/>"
            "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/><w:lvlText w:val='%1.'/></w:lvl>"
            "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/><w:lvlText w:val='(%2)'/></w:lvl>"
            "</w:abstractNum>"
        ),
    )
    numbering.append(parse_xml(f"<w:num {nsdecls('w')} w:numId='90'><w:abstractNumId w:val='90'/></w:num>"))
    return "90"


def _numbered(document: docx.document.Document, text: str, num_id: str, level: int) -> None:
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{level}'/><w:numId w:val='{num_id}'/></w:numPr>")
    )


def _plan(path: Path) -> Path:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL SENSITIVE running header"
    section.footer.paragraphs[0].text = "Page footer Testshire Council"
    document.add_heading("Housing Delivery Plan 2024-27", level=1)
    document.add_paragraph("This plan sets out how the council will meet housing need.")
    document.add_paragraph("")  # an empty paragraph: skipped
    document.add_heading("Our priorities", level=2)
    document.add_paragraph("More homes for social rent", style="List Bullet")
    document.add_paragraph("Warmer homes with lower bills", style="List Bullet")
    num_id = _numbered_list(document)
    _numbered(document, "Build new homes", num_id, 0)
    _numbered(document, "On council land", num_id, 1)
    _numbered(document, "With partners", num_id, 1)
    _numbered(document, "Improve existing\u00a0homes", num_id, 0)
    document.add_paragraph("The table below shows our targets.")
    grid = document.add_table(rows=3, cols=3)
    for row, values in zip(
        grid.rows, [["Action", "Lead", "Due"], [LONG_CELL, "Housing", "2027"], ["", "", ""]], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    grid.rows[2].cells[0].merge(grid.rows[2].cells[1])
    grid.rows[2].cells[0].text = "Retrofit 500 homes"
    grid.rows[2].cells[2].text = "2026"
    grid.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    second = grid.rows[1].cells[0].add_paragraph("Monitored\u00adquarterly.")
    assert second.text
    document.add_paragraph("Progress is reported to Cabinet each year.")
    document.save(str(path))
    return path


def _kinds(blocks: tuple[Block, ...]) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in blocks if block.kind != "table"]


def test_a_word_plan_is_read_into_headings_items_and_tables_in_body_order(tmp_path: Path) -> None:
    document, removed = read_docx(_plan(tmp_path / "plan.docx"))
    blocks = document.blocks
    assert document.pages == () and all(block.page is None for block in blocks)
    assert [(b.kind, b.text, b.level) for b in blocks[:3]] == [
        ("heading", "Housing Delivery Plan 2024-27", 1),
        ("paragraph", "This plan sets out how the council will meet housing need.", 0),
        ("heading", "Our priorities", 2),
    ]
    items = [(b.text, b.level, b.marker) for b in blocks if b.kind == "item"]
    assert items == [
        ("More homes for social rent", 0, "•"),
        ("Warmer homes with lower bills", 0, "•"),
        ("Build new homes", 0, "1."),
        ("On council land", 1, "(a)"),
        ("With partners", 1, "(b)"),
        ("Improve existing homes", 0, "2."),
    ]
    kinds = [b.kind for b in blocks]
    at = kinds.index("table")
    assert blocks[at - 1].text == "The table below shows our targets."
    assert blocks[at + 1].text == "Progress is reported to Cabinet each year."
    grid = blocks[at]
    assert grid.header_rows == 1
    assert grid.rows == (
        ("Action", "Lead", "Due"),
        (f"{LONG_CELL} Monitoredquarterly.", "Housing", "2027"),
        ("Retrofit 500 homes", "2026"),  # the merged cell once
    )
    words = document.text()
    assert "running header" not in words and "footer" not in words
    assert not removed.notable


def test_a_header_row_of_bold_labels_is_found_without_the_header_mark(tmp_path: Path) -> None:
    document = docx.Document()
    grid = document.add_table(rows=2, cols=2)
    for cell, label in zip(grid.rows[0].cells, ["Ward", "Homes"], strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    grid.rows[1].cells[0].text, grid.rows[1].cells[1].text = "Bow East", "120"
    document.save(str(tmp_path / "bold.docx"))
    (block,) = read_docx(tmp_path / "bold.docx")[0].blocks
    assert (block.header_rows, block.rows) == (1, (("Ward", "Homes"), ("Bow East", "120")))


def test_headings_by_outline_level_numbered_headings_and_a_key_value_table(tmp_path: Path) -> None:
    document = docx.Document()
    title = document.add_paragraph("Annex A")
    title._p.get_or_add_pPr().append(parse_xml(f"<w:outlineLvl {nsdecls('w')} w:val='2'/>"))
    document.add_paragraph("Climate Action Plan", style="Title")
    grid = document.add_table(rows=2, cols=2)
    for row, values in zip(
        grid.rows, [["Lead officer", "Jane Smith, Director of Place"], ["Budget", "£3m"]], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(tmp_path / "outline.docx"))
    blocks = read_docx(tmp_path / "outline.docx")[0].blocks
    assert [(b.kind, b.text, b.level) for b in blocks[:2]] == [
        ("heading", "Annex A", 3),
        ("heading", "Climate Action Plan", 1),
    ]
    assert blocks[2].header_rows == 0  # a label and its value: no header row


def test_a_table_of_contents_is_junk_and_typed_markup_cannot_become_a_tag(tmp_path: Path) -> None:
    document = docx.Document()
    styles = document.styles
    toc = styles.add_style("toc 1", 1)
    toc.base_style = styles["Normal"]
    document.add_paragraph("Introduction\t3", style=toc)
    document.add_paragraph("Type <script>alert(1)</script> here, or javascript:alert(2).")
    document.save(str(tmp_path / "toc.docx"))
    structured, removed = read_docx(tmp_path / "toc.docx")
    assert structured.junk == ("Introduction 3",)
    (block,) = structured.blocks
    assert "<" not in block.text and "javascript" not in block.text and "Type" in block.text
    assert removed.tags == 2 and removed.unsafe_urls == 1


def test_a_cell_holding_a_nested_table_is_read_as_blocks(tmp_path: Path) -> None:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=1)
    cell = outer.rows[0].cells[0]
    cell.paragraphs[0].text = "Key facts"
    inner = cell.add_table(rows=2, cols=2)
    for row, values in zip(inner.rows, [["Measure", "Value"], ["Residents", "310,000"]], strict=True):
        for inner_cell, value in zip(row.cells, values, strict=True):
            inner_cell.text = value
    document.save(str(tmp_path / "nested.docx"))
    blocks = read_docx(tmp_path / "nested.docx")[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "table"]
    assert blocks[1].rows == (("Measure", "Value"), ("Residents", "310,000"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"This is plain text, not a Word file.", "not a Word document (.docx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "not a Word document (.docx)"),
        (None, "the Word document is damaged"),
    ],
)
def test_a_broken_file_raises_a_clear_value_error(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "broken.docx"
    if content is None:  # a zip with a Word document's parts, its body cut short
        _plan(tmp_path / "good.docx")
        with zipfile.ZipFile(tmp_path / "good.docx") as good, zipfile.ZipFile(path, "w") as bad:
            for info in good.infolist():
                data = good.read(info)
                bad.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    else:
        path.write_bytes(content)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_docx(path)


def test_number_formats() -> None:
    assert [number_text(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [number_text(n, "upperRoman") for n in (4, 9, 14)] == ["IV", "IX", "XIV"]
    assert number_text(3, "decimalZero") == "03" and number_text(3, "bullet") == "3"
