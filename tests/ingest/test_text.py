import re
from pathlib import Path

from ingest.text import clean_line, clean_page, clean_text, split_sentences

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_clean_line_strips_markup_but_keeps_words_and_table_cells() -> None:
    raw = "The **Partnership** met on 26<sup>th</sup> September, see [the plan](#)\t<mark>339</mark>\t"
    assert clean_line(raw) == "The Partnership met on 26th September, see the plan\t339"


def test_clean_line_turns_latex_ordinals_into_text() -> None:
    assert clean_line("from $1^{st}$ April  $2017 - 31^{st}$ March 2021") == "from 1st April 2017 - 31st March 2021"


def test_clean_line_keeps_list_indentation() -> None:
    assert clean_line("  - Violence with injury") == "  - Violence with injury"


def test_split_sentences_respects_abbreviations_and_numbered_paragraphs() -> None:
    text = "Crime fell to 102 in 2015-16. This is 9% lower, e.g. in offences. 1.1. Manage the plan. Done"
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == [
        "Crime fell to 102 in 2015-16.",
        "This is 9% lower, e.g. in offences.",
        "1.1. Manage the plan.",
        "Done",
    ]


def test_clean_text_drops_control_characters_and_keeps_line_breaks() -> None:
    assert clean_text("Safer\x07 Testshire\x1b Plan\fPage two\vline\u2028three\x00") == (
        "Safer Testshire Plan\nPage two\nline\nthree"
    )


def test_clean_text_leaves_no_markup_even_when_emphasis_or_entities_would_form_it() -> None:
    for text in ("<**script**>alert(1)", "&lt;script&gt;alert(1)", "<^{s}cript>x", "java**script**:alert(1)"):
        cleaned = clean_text(text)
        assert "<s" not in cleaned and "javascript:" not in cleaned, cleaned


def test_clean_page_counts_the_markup_it_removed() -> None:
    cleaned = clean_page("Our plan<script>alert(1)</script> has <b>four</b> priorities.")
    assert cleaned.text == "Our plan has four priorities."
    assert cleaned.removed.summary() == "1 script element"


def test_the_bundled_plans_clean_to_text_without_markup_or_warnings() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        cleaned = clean_page(path.read_text(encoding="utf-8-sig"))
        assert not re.search(r"<[A-Za-z/!?]", cleaned.text), path.name
        assert not cleaned.removed.notable, (path.name, cleaned.removed.summary())
