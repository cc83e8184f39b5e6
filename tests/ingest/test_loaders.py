from pathlib import Path

import pytest

from ingest.loaders import IngestError, load_file
from tests.pdfs import GOOD_PLAN, bad_files, write_pdf


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


def test_every_kind_of_bad_file_gets_its_own_clear_error_naming_it(tmp_path: Path) -> None:
    expected = bad_files(tmp_path)
    for name, words in expected.items():
        with pytest.raises(IngestError) as error:
            load_file(tmp_path / name)
        assert str(error.value).startswith(f"{name}: ") and words in str(error.value), str(error.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("slides.pptx", b"PK", "unsupported file type"),
    ],
)
def test_bad_text_files_get_a_clear_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message) as error:
        load_file(path)
    assert name in str(error.value)


def test_an_encrypted_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "owner-locked.pdf", [GOOD_PLAN], owner_password="only-the-owner-edits")
    assert b"/Encrypt" in pdf.read_bytes()
    loaded = load_file(pdf)
    assert "14 street pastors" in loaded.pages[0].text
