from ingest.text import clean_line, split_sentences


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
