from pathlib import Path

import pytest

from ingest.loaders import IngestError, load_file
from tests.pdfs import write_pdf


def test_pdf_pages_keep_their_numbers_and_table_rows_stay_whole(tmp_path: Path) -> None:
    pdf = write_pdf(
        tmp_path / "plan.pdf",
        [
            ["Safer Testshire Plan 2020-23", "Our aim is a safer borough."],
            ["Indicators", "Outcome\tOutput\tTarget", "More MARAC referrals\tMARAC referrals\t209"],
        ],
    )
    loaded = load_file(pdf)
    assert [page.number for page in loaded.pages] == [1, 2]
    assert "Our aim is a safer borough." in loaded.pages[0].text
    rows = [line for line in loaded.pages[1].text.split("\n") if "\t" in line]
    assert "More MARAC referrals\tMARAC referrals\t209" in rows


def test_front_matter_is_read_and_removed(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("---\nclassification: internal\ncouncil: Sutton\n---\n# Briefing\n\nText.\n")
    loaded = load_file(path)
    assert loaded.front_matter == {"classification": "internal", "council": "Sutton"}
    assert loaded.pages[0].text.startswith("# Briefing")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("fake.pdf", b"this is not a pdf at all", "not a readable PDF"),
        ("slides.pptx", b"PK", "unsupported file type"),
    ],
)
def test_bad_files_get_a_clear_error_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message) as error:
        load_file(path)
    assert name in str(error.value)


def test_a_password_protected_pdf_is_refused_clearly(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "locked.pdf", [["Secret plan"]], password="hunter2")
    with pytest.raises(IngestError, match="password"):
        load_file(pdf)
