"""How questions name plans: councils by initials, plans by title initials, kind, years and date."""

from assistant.answering.question import analyse
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.plan_names import PlanNames
from ingest.documents import Chunk, PlanMetadata

# Made-up councils: nothing here is learnt from the bundled plans
ASHCOMBE_PLAN = PlanMetadata(
    source="ashcombe-plan-2017-2020.txt",
    title="Ashcombe Community Safety Partnership Plan 2017-2020",
    council="Ashcombe",
    period_start=2017,
    period_end=2020,
)
ASHCOMBE_REPORT = PlanMetadata(
    source="ashcombe-scrutiny-2023.txt",
    title="Ashcombe Community Safety Plan (scrutiny report, February 2023)",
    council="Ashcombe",
    doc_type="scrutiny report",
    period_start=2023,
    period_end=2023,
    date="2023-02-15",
)
BRACKLEY = PlanMetadata(
    source="safer-brackley-strategy-2021-24.txt",
    title="Safer Brackley Partnership Strategy 2021-24",
    council="Brackley",
    doc_type="strategy",
    period_start=2021,
    period_end=2024,
    date="2020-12",
)
BRACKLEY_PLAN = PlanMetadata(
    source="brackley-plan-2017-21.txt",
    title="Brackley Community Safety Plan 2017-21",
    council="Brackley",
    period_start=2017,
    period_end=2021,
)
CORRIN_HEATH = PlanMetadata(
    source="corrin-heath-plan.txt",
    title="Corrin Heath Community Safety Plan 2019-22",
    council="Corrin Heath",
    period_start=2019,
    period_end=2022,
)
BURNSIDE = PlanMetadata(
    source="burnside-plan.txt", title="Burnside Plan 2018-21", council="Burnside", period_start=2018, period_end=2021
)


def _chunks(*plans: PlanMetadata, text: str = "The partnership meets quarterly.") -> list[Chunk]:
    return [Chunk(id=f"{meta.source}:0", text=text, metadata=meta) for meta in plans]


def _names(*chunks: Chunk, acronyms: dict[str, str] | None = None) -> PlanNames:
    return PlanNames.of(chunks, acronyms)


def test_a_council_is_named_by_its_initials_styled_as_a_borough() -> None:
    names = _names(*_chunks(CORRIN_HEATH, ASHCOMBE_PLAN))
    assert names.spell_out("Does the LBCH plan fund CCTV? What does CH say?")[0] == (
        "Does the Corrin Heath plan fund CCTV? What does Corrin Heath say?"
    )
    assert names.spell_out("What is RBCH's target?")[0] == "What is Corrin Heath's target?"


def test_a_plan_is_named_by_the_initials_of_its_title() -> None:
    names = _names(*_chunks(BRACKLEY))
    assert names.spell_out("What does the SBP fund?") == (
        "What does the Safer Brackley Partnership fund?",
        {"SBP": "Safer Brackley Partnership"},
    )


def test_initials_two_councils_share_name_the_one_whose_plans_use_them() -> None:
    # "LBB" could be Brackley's or Burnside's: Burnside's plan writes it, so it is Burnside
    chunks = [*_chunks(BRACKLEY), *_chunks(BURNSIDE, text="Relevant to the partnership, LBB and stakeholders.")]
    assert _names(*chunks).initials["LBB"] == "Burnside"
    # ... and when neither plan uses them they name neither
    assert "LBB" not in _names(*_chunks(BRACKLEY, BURNSIDE)).initials


def test_initials_a_plan_spells_out_as_something_else_are_left_alone() -> None:
    names = _names(*_chunks(BRACKLEY), acronyms={"SBP": "Sutton Business Partnership"})
    assert names.spell_out("Who is on the SBP?")[0] == "Who is on the SBP?"


def test_initials_another_councils_plans_use_stand_for_something_else() -> None:
    chunks = [*_chunks(CORRIN_HEATH), *_chunks(ASHCOMBE_PLAN, text="Every CH is visited by a PCSO.")]
    assert "CH" not in _names(*chunks).initials


def test_initials_are_matched_only_as_written_in_capitals() -> None:
    names = _names(*_chunks(CORRIN_HEATH))
    assert names.spell_out("the ch sound and the LBCHX code")[0] == "the ch sound and the LBCHX code"


def test_a_plan_is_named_by_its_years_kind_and_date() -> None:
    names = _names(*_chunks(ASHCOMBE_PLAN, ASHCOMBE_REPORT, BRACKLEY, BRACKLEY_PLAN))
    named = {
        said: [plan.source for plan in names.named(said, [])]
        for said in (
            "How is the 2017-2020 plan monitored?",  # Brackley's plan covers those years too; only Ashcombe's is them
            "What does the February 2023 scrutiny paper say?",
            "What is in the 2021-24 strategy?",
            "What did the plan for 2017 to 2021 promise?",
            "What did the scrutiny report say?",
            "What did the commission's February 2023 report find?",
        )
    }
    assert named == {
        "How is the 2017-2020 plan monitored?": ["ashcombe-plan-2017-2020.txt"],
        "What does the February 2023 scrutiny paper say?": ["ashcombe-scrutiny-2023.txt"],
        "What is in the 2021-24 strategy?": ["safer-brackley-strategy-2021-24.txt"],
        "What did the plan for 2017 to 2021 promise?": ["brackley-plan-2017-21.txt"],
        "What did the scrutiny report say?": ["ashcombe-scrutiny-2023.txt"],
        "What did the commission's February 2023 report find?": ["ashcombe-scrutiny-2023.txt"],
    }


def test_a_plan_is_named_by_when_it_was_written_after_its_kind() -> None:
    chunks = _chunks(ASHCOMBE_PLAN, BRACKLEY, BRACKLEY_PLAN)
    names = _names(*chunks)
    for said in ("the strategy written in December 2020", "the strategy published in 2020", "the strategy dated 2020"):
        assert [plan.source for plan in names.named(f"What does {said} say?", [])] == [
            "safer-brackley-strategy-2021-24.txt"
        ], said
    question = analyse(
        "The strategy written in December 2020 mentions a youth forum: whose is it?",
        Lexicon.build(chunks),
        ["Ashcombe", "Brackley"],
    )
    assert question.councils == ("Brackley",)
    assert set(question.key_terms) == {"youth", "forum", "whose"}  # "written", "December": which plan, not what


def test_a_description_several_plans_fit_names_none() -> None:
    names = _names(*_chunks(ASHCOMBE_PLAN, BRACKLEY, BRACKLEY_PLAN))
    assert names.named("What does the 2017 plan say about CCTV?", []) == ()  # two plans cover 2017
    assert names.named("What is the strategy for tackling knife crime?", []) == ()  # what a plan does, not which
    # ... unless the council is named: Brackley has one plan covering 2017
    assert [plan.source for plan in names.named("the 2017 plan", ["Brackley"])] == ["brackley-plan-2017-21.txt"]


def test_a_council_s_older_or_newer_plan_is_named_by_the_years_of_its_plans() -> None:
    names = _names(*_chunks(ASHCOMBE_PLAN, ASHCOMBE_REPORT, BRACKLEY, BRACKLEY_PLAN))
    for said, council, source in [
        ("What did Ashcombe's older plan promise victims?", "Ashcombe", "ashcombe-plan-2017-2020.txt"),
        ("What does the previous plan of Ashcombe say?", "Ashcombe", "ashcombe-plan-2017-2020.txt"),
        ("Is CCTV in Ashcombe's latest report?", "Ashcombe", "ashcombe-scrutiny-2023.txt"),
        ("What does Brackley's current strategy say?", "Brackley", "safer-brackley-strategy-2021-24.txt"),
        ("What did Brackley's old plan say?", "Brackley", "brackley-plan-2017-21.txt"),
        # ... with the council's name between ("the old Ashcombe plan"), or opening the question
        ("What did the old Ashcombe plan say about CCTV?", "Ashcombe", "ashcombe-plan-2017-2020.txt"),
        ("Old Ashcombe plan, first priority?", "Ashcombe", "ashcombe-plan-2017-2020.txt"),
        ("Is there a CCTV target in the Brackley 2017-21 plan?", "Brackley", "brackley-plan-2017-21.txt"),
    ]:
        assert [plan.source for plan in names.named(said, [council])] == [source], said
    # ... but without a council, "the older plan" is any council's
    assert names.named("What did the older plan promise?", []) == ()


def test_a_question_naming_a_plan_by_years_is_about_that_plans_council() -> None:
    chunks = _chunks(ASHCOMBE_PLAN, ASHCOMBE_REPORT, BRACKLEY)
    lexicon = Lexicon.build(chunks)
    question = analyse(
        "What does the February 2023 scrutiny paper say about knife crime?", lexicon, ["Ashcombe", "Brackley"]
    )
    assert question.councils == ("Ashcombe",)
    assert question.plans == ("ashcombe-scrutiny-2023.txt",)
    assert set(question.key_terms) == {"knife", "crime"}  # the words naming the plan are not what it asks about


def test_a_question_naming_a_council_by_initials_is_about_that_council() -> None:
    lexicon = Lexicon.build(_chunks(CORRIN_HEATH, ASHCOMBE_PLAN))
    question = analyse("What does LBCH's plan say about fly-tipping?", lexicon, ["Corrin Heath", "Ashcombe"])
    assert question.councils == ("Corrin Heath",)
    assert "lbch" not in question.key_terms


def test_a_paper_is_named_by_the_meeting_its_cover_names() -> None:
    cover = "Item No. 5\tDate: 15 February 2023\tMeeting Name: Housing & Estates Scrutiny Commission\n\nRECOMMENDATIONS"
    chunks = [
        *_chunks(ASHCOMBE_REPORT, text=cover),
        *_chunks(BRACKLEY, text="Meeting of the Overview & Scrutiny Committee"),
        *_chunks(BRACKLEY_PLAN, text="The plan went to the Overview and Scrutiny Committee in May."),
    ]
    names = _names(*chunks)
    named = names.named("Per the Housing and Estates Scrutiny Commission paper, who leads?", [])
    assert [(plan.source, plan.said) for plan in named] == [
        ("ashcombe-scrutiny-2023.txt", "housing and estates scrutiny commission")
    ]
    # a meeting more than one plan names (Brackley's two) names neither
    assert names.named("What went to the Overview and Scrutiny Committee?", []) == ()


def test_a_question_naming_a_place_or_person_one_council_s_plans_name_is_about_that_council() -> None:
    chunks = [
        *_chunks(
            ASHCOMBE_PLAN, text="Street lighting in Fernhill and the market at Oldgate was renewed, said Priya Mistry."
        ),
        *_chunks(BRACKLEY, text="Burglary fell in Haddon, and the park in Fernhill Road was closed at night."),
        *_chunks(CORRIN_HEATH, text="The partnership keeps the safety of residents under review."),
    ]
    lexicon = Lexicon.build(chunks)
    indexed = ["Ashcombe", "Brackley", "Corrin Heath"]
    assert analyse("Is anything being done about the market in Oldgate?", lexicon, indexed).councils == ("Ashcombe",)
    assert analyse("What was said by Priya Mistry about lighting?", lexicon, indexed).councils == ("Ashcombe",)
    assert analyse("my nan lives near Haddon's park - is it safe?", lexicon, indexed).councils == ("Brackley",)
    # a name more than one council's plans write names none; names of two councils' name both
    assert analyse("Is the lighting better in Fernhill?", lexicon, indexed).councils == ()
    assert analyse("Lights in Oldgate, and cameras in Haddon?", lexicon, indexed).councils == ("Ashcombe", "Brackley")
    # the names say which plan, and stay words of the question, which may be about them
    assert {"priya", "mistri", "light"} <= set(
        analyse("What was said by Priya Mistry about lighting?", lexicon, indexed).key_terms
    )
    # a name in a title is no place or person ("the Oldgate Review"), nor is a sentence's first word
    assert analyse("What does the Oldgate Review say about safety?", lexicon, indexed).councils == ()
    assert analyse("Oldgate: what happened?", lexicon, indexed).councils == ()
    # ... but a first word that made a document is a person ("Priya Mistry wrote ...", "Priya Mistry's plan")
    assert analyse("Priya Mistry co-wrote the strategy: when?", lexicon, indexed).councils == ("Ashcombe",)
    assert analyse("Priya Mistry's community safety plan: what is its aim?", lexicon, indexed).councils == ("Ashcombe",)
    assert analyse("Oldgate lighting: what was led by the council?", lexicon, indexed).councils == ()
    # who made a document names it and is not asked about: not words evidence must say
    for text in (
        "Priya Mistry's report: what does it say about lighting?",
        "In the plan Priya Mistry wrote, is lighting a priority?",
        "Is anything in Priya Mistry's strategy about lighting?",  # said after "in", as a place would be
    ):
        question = analyse(text, lexicon, indexed)
        assert question.councils == ("Ashcombe",)
        assert "light" in question.key_terms and not {"priya", "mistri"} & set(question.key_terms)
    # a council named outright is the one asked about
    assert analyse("Did Brackley light the market in Oldgate?", lexicon, indexed).councils == ("Brackley",)


def _ashcombe_and_brackley(ashcombe: str, brackley: str) -> tuple[Lexicon, list[str]]:
    """The lexicon of one Ashcombe and one Brackley passage, and the two councils."""
    lexicon = Lexicon.build([*_chunks(ASHCOMBE_PLAN, text=ashcombe), *_chunks(BRACKLEY, text=brackley)])
    return lexicon, ["Ashcombe", "Brackley"]


def test_a_place_said_as_where_something_is_is_kept_apart_from_what_is_asked() -> None:
    lexicon, indexed = _ashcombe_and_brackley(
        "Wardens patrol Oldgate and Elm Cross, and Inspire runs clinics in Fernhill.",
        "Burglary fell in Haddon and in Fernhill.",
    )
    question = analyse("Which group sends wardens around Elm Cross and Oldgate at night?", lexicon, indexed)
    assert question.councils == ("Ashcombe",)
    assert {"elm", "cross", "oldgat"} <= question.places and "warden" not in question.places
    # said as where (in, around, covering ...), not as who or what ("with Inspire"), and only a name one council's
    # plans write ("Fernhill" is in both)
    assert not analyse("Which clinics are run with Inspire?", lexicon, indexed).places
    assert not analyse("Is burglary down in Fernhill?", lexicon, indexed).places
    assert not analyse("How many shops joined in the Oldgate Retail pilot?", lexicon, indexed).places  # a scheme
    assert analyse("What did the plan covering Oldgate promise?", lexicon, indexed).places == {"oldgat"}
    # a place no plan names is a place all the same: said as a name of two words, or after a word only places take
    assert {"bethnal", "vale"} <= analyse("Who runs clinics in Bethnal Vale?", lexicon, indexed).places
    assert analyse("Are wardens sent across Stepworth?", lexicon, indexed).places == {"stepworth"}
    # ... or as the area a body or plan serves, named after it or before it
    assert analyse("What does the partnership for Stepworth and Lowmoor count?", lexicon, indexed).places == {
        "stepworth",
        "lowmoor",
    }
    assert analyse("Sign-off dates in the Lowmoor and Stepworth borough?", lexicon, indexed).places == {
        "stepworth",
        "lowmoor",
    }
    assert not analyse("What does the Rogue Landlord Taskforce do?", lexicon, indexed).places  # a body's name
    # ... but one word after "in" is as often a language or a format as a place, and "around" a time
    assert not analyse("Is the plan available in Bengali?", lexicon, indexed).places
    assert not analyse("Fireworks around Bonfire Night: what is being done?", lexicon, indexed).places


def test_places_a_document_is_described_by_say_which_document_not_what_is_asked() -> None:
    lexicon, indexed = _ashcombe_and_brackley(
        "Wardens patrol Oldgate and Elm Cross, and the Oldgate market is lit.", "Burglary fell in Haddon."
    )
    question = analyse("What page is governance on in the Oldgate and Elm Cross strategy?", lexicon, indexed)
    assert question.councils == ("Ashcombe",)
    assert not {"oldgat", "elm", "cross"} & set(question.key_terms)
    # a place no plan names describes the document just as well, though it names no council
    question = analyse("Does the Stepworth community safety plan mention knife crime?", lexicon, indexed)
    assert "stepworth" not in question.key_terms and {"knife", "crime"} <= set(question.key_terms)
