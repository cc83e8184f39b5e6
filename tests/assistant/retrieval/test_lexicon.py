from assistant.retrieval.lexicon import Lexicon
from ingest.documents import Chunk, PlanMetadata

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


def test_an_english_word_no_plan_uses_is_not_corrected() -> None:
    assert LEXICON.expand("there's always noise outside my block").corrected == {}


def test_a_word_the_corpus_has_in_another_form_is_not_corrected() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={"mentioned": 3, "marking": 2})
    assert lexicon.correct("mention") == "mention"
    assert lexicon.correct("markng") == "marking"


def test_a_place_or_council_name_is_no_typo_of_another_the_plans_write() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={"bromley": 2, "sutton": 40, "burglary": 9})
    assert lexicon.expand("my van was broken into in Brockley").corrected == {}  # a place in Lewisham
    assert lexicon.expand("is Suttn safe? what about burglery?").corrected == {
        "Suttn": "sutton",
        "burglery": "burglary",
    }


def test_every_spelled_out_form_in_a_question_is_found_among_thousands() -> None:
    acronyms = {f"X{i}": f"Partnership Unit Number {i}" for i in range(3000)}
    acronyms |= {"DA": "Domestic Abuse", "DAVSS": "Domestic Abuse and Violence Support Service", "VAWG": "V-A-W-G"}
    lexicon = Lexicon(acronyms=acronyms, vocabulary={})
    expanded = lexicon.expand(
        "Who runs the domestic abuse and violence support service, and partnership unit number 42?"
    )
    assert list(expanded.expansions) == ["X42", "DA", "DAVSS"]  # in the lexicon's order
    assert "X4" not in expanded.expansions and "X420" not in expanded.expansions
    assert "VAWG" in lexicon.expand("v-a-w-g").expansions  # the hyphenated form, word for word


def test_an_acronym_no_plan_writes_is_read_as_the_name_a_plan_spells_out() -> None:
    meta = PlanMetadata(source="ashcombe-plan.txt", title="Ashcombe Community Safety Plan", council="Ashcombe")
    text = "Funded by the Local Crime Prevention Fund: Youth Outreach | 75,000. A Community Action Team. CAT scans."
    chunks = [Chunk(id="ashcombe-plan.txt:0", text=text, metadata=meta)]
    lexicon = Lexicon.build(chunks)
    expanded = lexicon.expand("How is the LCPF spent?")
    assert expanded.expansions == {"LCPF": "Local Crime Prevention Fund"}
    assert "Local Crime Prevention Fund" in expanded.text
    assert lexicon.implied["CAT"] == "Community Action Team"
    assert lexicon.expand("What are CAT scans?").expansions == {}  # a word the plans use as it is
    assert lexicon.expand("How is the lcpf spent?").expansions == {}  # only capitals are an acronym


def test_a_word_joining_two_the_plans_write_apart_is_read_as_the_two() -> None:
    meta = PlanMetadata(source="ashcombe-plan.txt", title="Ashcombe Community Safety Plan", council="Ashcombe")
    text = "Call Crime Stoppers anonymously on 0800 555 111. Our Neighbourhood Watch schemes cover every ward."
    lexicon = Lexicon.build([Chunk(id="ashcombe-plan.txt:0", text=text, metadata=meta)])
    expanded = lexicon.expand("What's the crimestoppers number, and how do I join neighbourhoodwatch?")
    assert expanded.corrected == {"crimestoppers": "Crime Stoppers", "neighbourhoodwatch": "Neighbourhood Watch"}
    assert lexicon.correct("anonymously") == "anonymously"  # a word the plans write is left as it is


def test_a_message_typed_in_lower_case_gets_the_capitals_of_the_plans_names_and_initials() -> None:
    meta = PlanMetadata(source="ashcombe-plan.txt", title="Ashcombe Community Safety Plan", council="Ashcombe")
    text = (
        "The report was written by Moira Trelask, Head of Community Safety. It was agreed with MOPAC and the "
        "Rogue Landlord Taskforce. Our landlords forum meets monthly. Anti-social behaviour (ASB) fell by 9%."
    )
    lexicon = Lexicon.build([Chunk(id="ashcombe-plan.txt:0", text=text, metadata=meta)])
    assert lexicon.in_plan_case("who is moira trelask, and what did mopac agree") == (
        "who is Moira Trelask, and what did MOPAC agree"
    )
    assert lexicon.in_plan_case("did asb fall?") == "did ASB fall?"
    # a word the plans write with a capital only inside a name stays as it is alone ("Rogue Landlord Taskforce")
    assert lexicon.in_plan_case("my landlord won't fix the lock") == "my landlord won't fix the lock"
    # a message that uses capitals says how it means its words
    assert lexicon.in_plan_case("Who is moira trelask?") == "Who is moira trelask?"


def test_ampersand_initials_no_plan_writes_are_read_as_the_name_the_next_word_continues() -> None:
    lexicon = Lexicon(
        acronyms={},
        vocabulary={"harm": 3, "recovery": 3},
        implied={"H&R": "Harm and Recovery", "H&RA": "Harm and Recovery Action", "A&E": "Analysis and Enforcement"},
    )
    expanded = lexicon.expand("When was the H&R action plan agreed?")
    assert expanded.question == "When was the Harm and Recovery action plan agreed?"
    # "A&E" goes on with no word of a name the plans spell out: it is left as asked
    assert lexicon.expand("I was in A&E last night").question == "I was in A&E last night"
    assert lexicon.expand("Who chairs the H&R panel?").question == "Who chairs the H&R panel?"
