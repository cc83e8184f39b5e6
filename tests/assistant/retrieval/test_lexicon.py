from assistant.retrieval.lexicon import Lexicon

LEXICON = Lexicon(
    acronyms={"MARAC": "Multi Agency Risk Assessment Conference", "ASB": "Anti Social Behaviour"},
    vocabulary={"behaviour": 12, "referrals": 4, "marking": 2, "violence": 30},
)


def test_acronyms_are_spelled_out_and_expansions_get_their_acronym() -> None:
    assert "Multi Agency Risk Assessment Conference" in LEXICON.expand("what is marac").text
    assert "ASB" in LEXICON.expand("reports of anti social behaviour").text


def test_typos_are_corrected_against_the_corpus_vocabulary() -> None:
    expanded = LEXICON.expand("how many referals for anti social behavour")
    assert expanded.corrected == {"referals": "referrals", "behavour": "behaviour"}
    assert LEXICON.correct("parking") == "parking"
