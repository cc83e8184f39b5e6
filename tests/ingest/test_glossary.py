from ingest.glossary import extract_acronyms, implied_acronyms, merge_acronyms, spell_out

TEXT = """Glossary
VAWG - Violence Against Women and Girls LGBT – Lesbian, Gay, Bisexual, Transgender
MARAC – Multi Agency Risk Assessment Conference
The Integrated Offender Management (IOM) Programme works with the Mayor's Office for Policing and Crime (MOPAC).
Police ASB CADs (Computerised Aided Dispatch) fell. Our Annual Report (AR) and THE PLAN - a review."""


def test_acronyms_are_learnt_from_glossaries_and_parentheses() -> None:
    found = extract_acronyms(TEXT)
    assert found["MARAC"] == "Multi Agency Risk Assessment Conference"
    assert found["VAWG"] == "Violence Against Women and Girls"
    assert found["LGBT"] == "Lesbian Gay Bisexual Transgender"
    assert found["IOM"] == "Integrated Offender Management"
    assert found["MOPAC"] == "Mayor's Office for Policing and Crime"
    assert found["CAD"] == "Computerised Aided Dispatch"
    assert "THE" not in found


def test_the_most_common_expansion_wins_across_documents() -> None:
    merged = merge_acronyms(
        [
            {"ASB": "Anti Social Behaviour"},
            {"ASB": "Anti Social Behaviour"},
            {"ASB": "Alcohol Stuff Bad"},
        ]
    )
    assert merged == {"ASB": "Anti Social Behaviour"}


def test_an_expansion_found_as_often_as_another_is_the_one_spelt_as_the_text_spells_its_words() -> None:
    text = (
        "Glossary\nKAVU - Kestwik Anti Violence Unit\n\n"
        "Kestwick commissions the Kestwick Anti Violence Unit (KAVU) to work with young men in Kestwick."
    )
    assert extract_acronyms(text)["KAVU"] == "Kestwick Anti Violence Unit"


GLOSSARY = {
    "ASB": "anti-social behaviour",
    "MARAC": "Multi Agency Risk Assessment Conference",
    "CSP": "Community Safety Partnership",
}


def test_an_acronym_is_followed_once_by_what_it_stands_for() -> None:
    assert spell_out("ASB is reviewed at the Tasking Group.", GLOSSARY) == (
        "ASB (anti-social behaviour) is reviewed at the Tasking Group."
    )
    assert spell_out("The CSP and the CSP board met; MARACs sat 12 times.", GLOSSARY) == (
        "The CSP (Community Safety Partnership) and the CSP board met; "
        "MARACs (Multi Agency Risk Assessment Conference) sat 12 times."
    )


def test_a_text_that_spells_the_acronym_out_or_has_none_is_left_as_it_is() -> None:
    for text in (
        "Tackling anti-social behaviour (ASB) and ASB hotspots.",
        "No acronym here, OK? Only the NHS, which the glossary does not hold.",
        "The CSPX and XCSP are other words.",
    ):
        assert spell_out(text, GLOSSARY) == text


def test_names_spelled_out_in_capitals_stand_for_their_initials() -> None:
    text = (
        "The Ashcombe Crime Prevention Fund pays for three projects. Bids to the Crime Prevention Fund close in May.\n"
        "The Fund is run by the Safer Streets Board and the Office of the Police and Crime Commissioner.\n"
        "Youth Work\nServices are listed below."
    )
    found = implied_acronyms(text)
    assert found["CPF"] == "Crime Prevention Fund"  # said twice, on its own and within a longer name
    assert found["ACPF"] == "Ashcombe Crime Prevention Fund"
    assert found["SSB"] == "Safer Streets Board"
    assert found["OPCC"] == "Office of the Police and Crime Commissioner"  # minor words are skipped
    assert "YW" not in found and "YWS" not in found  # two words are too few; a line break ends a name


def test_names_joined_by_and_stand_for_their_initials_either_side_of_an_ampersand() -> None:
    text = "The Harm and Recovery Board meets monthly. Its Harm and Recovery Action Plan runs to 2027.\nThe R&D team"
    found = implied_acronyms(text)
    assert found["H&R"] == "Harm and Recovery"
    assert found["H&RB"] == "Harm and Recovery Board"
    assert found["H&RA"] == "Harm and Recovery Action"
    assert "R&D" not in implied_acronyms("The Research and Development team. The R&D team meets weekly.")  # written
