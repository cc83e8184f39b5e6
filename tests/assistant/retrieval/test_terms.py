"""Terms: one tokenizer and stemmer for the index, the questions and the support check."""

from assistant.retrieval.terms import terms


def test_past_forms_of_irregular_verbs_are_the_terms_of_their_present() -> None:
    assert terms("respondents felt safe") == terms("respondents feel safe")
    assert terms("the plan ran until 2021 and began in 2017") == terms("the plan runs until 2021 and begins in 2017")
    assert terms("who led the review and who dealt with it") == terms("who leads the review and who deals with it")


def test_regular_words_are_stemmed_as_before() -> None:
    assert terms("residents reported burglaries") == ["resid", "report", "burglari"]


def test_contractions_are_stop_words_like_not() -> None:
    assert terms("What share didn't reoffend? I'm asking") == terms("What share reoffend? asking")


def test_a_pronoun_with_a_helping_verb_is_no_term_but_a_word_that_looks_like_one_is() -> None:
    assert terms("Will it say it'll protect them, or they'd, we'll, I've, you're?") == terms("Will say protect")
    assert terms("ill health, well run, shell") == ["ill", "health", "well", "run", "shell"]


def test_a_one_letter_part_of_a_hyphenated_word_is_no_term() -> None:
    assert "e" not in terms("e-scooters and e-mail")
    assert "escoot" in terms("e-scooters")


def test_an_acronym_s_plural_is_the_acronym() -> None:
    assert terms("How many BCUs and MARACs?") == terms("How many BCU and MARAC?")
    assert terms("the CSP's plan") == terms("the CSP plan")
    assert terms("NHS services") == ["nhs", "servic"]  # an acronym that ends in S is no plural
