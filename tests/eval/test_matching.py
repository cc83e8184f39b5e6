from eval.matching import has_phrase, missing_facts, normalise, numbers_in, quote_is_verbatim


def test_phrases_match_whole_words_only() -> None:
    assert has_phrase("20", "a 20% cut")
    assert not has_phrase("20", "in 2020")
    assert not has_phrase("1.4", "1.45 per person")
    assert not has_phrase("ASB", "the CASB board")
    assert has_phrase("anti-social behaviour", "Anti–social\nBehaviour (ASB)")


def test_citation_markers_and_thousands_commas_do_not_count() -> None:
    assert not has_phrase("2", "the target [2]")
    assert has_phrase("1234", "1,234 offences")
    assert has_phrase("1,234", "1234 offences")
    assert normalise("Women’s “safety”") == 'women\'s "safety"'


def test_missing_facts_names_each_unmatched_fact_by_its_first_phrasing() -> None:
    facts = [["re-offending", "reoffending"], ["209"], ["MARAC"]]
    assert missing_facts(facts, "Reduce reoffending; target 209.") == ["MARAC"]


def test_numbers_are_read_without_commas_markers_or_trailing_zeros() -> None:
    assert numbers_in("1,234 cases, 52.20% and 2021-24 [3].") == {"1234", "52.2", "2021", "24"}


def test_a_quote_must_be_word_for_word() -> None:
    passage = "We will reduce   knife crime\nby 10%."
    assert quote_is_verbatim("reduce knife crime by 10%.", passage)
    assert not quote_is_verbatim("reduce knife crime by 20%.", passage)
    assert not quote_is_verbatim("  ", passage)


def test_footnote_marks_are_not_digits() -> None:
    assert has_phrase("Homicide Reviews", "namely Offensive Weapon Homicide Reviews¹.")
    assert numbers_in("Reviews¹ in 2023") == {"2023"}
