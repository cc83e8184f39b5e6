from ingest.glossary import extract_acronyms, merge_acronyms

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
