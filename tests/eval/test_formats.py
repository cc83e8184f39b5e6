from eval.formats import Reference, _cell_break, fold


def test_folding_undoes_line_end_hyphenation_and_soft_hyphens() -> None:
    assert fold("our overarch-\ning aim\u00ad") == "our overarching aim"
    assert fold("Partn\u00adership and anti-\nsocial", keep_hyphen=True) == "Partnership and anti-social"
    assert fold("Partn\u00ad\u2010\nership") == "Partnership"
    assert fold("Prior to the es -\ntablishment of") == "Prior to the establishment of"  # a justified line's hyphen


def test_a_quote_is_held_by_any_reading_and_a_wrapped_cell_in_pieces() -> None:
    default = [
        "Introduction\nresidential burg lary rose\n",
        "Measure 2024\nPercentage repeat victims at\n28%\nDV MARAC (target\n25.3%)",
    ]
    raw = ["Introduction\nresidential burg-\nlary rose\n", "Measure\n2024"]
    reference = Reference.of(default, raw)
    assert reference.holds("residential burglary rose", 1)
    assert not reference.holds("residential burglary rose", 2)
    assert reference.holds("Percentage repeat victims at DV MARAC (target 25.3%) | 28%", 2)
    assert not reference.holds("Percentage repeat victims at DV MARAC (target 26.3%)")
    assert not reference.holds("")


def test_a_cell_break_inside_a_sentence_is_counted() -> None:
    assert _cell_break("ASB reports to the council and do not re- | offend within 6 months")
    assert not _cell_break("Knife crime offences | 412")


def test_a_sentence_printed_across_a_page_break_is_held_by_the_page_it_starts_on() -> None:
    reference = Reference.of(["Violence\nrobbery, both of which are\nPage 1 of 2\n", "showing increases of 12%.\n"])
    assert reference.holds("robbery, both of which are showing increases of 12%.", 1)
    assert reference.holds("robbery, both of which are showing increases of 12%.")
    assert not reference.holds("robbery, both of which are showing increases of 12%.", 2)
    assert not reference.holds("robbery, both of which are showing falls of 12%.", 1)
