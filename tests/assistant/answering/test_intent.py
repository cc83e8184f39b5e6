"""Which structure question a message asks: priorities, governance, dates, period, the priority something
sits under or the plan's outline; anything else (what sits under a priority, figures, duties) is read from
passages."""

from __future__ import annotations

import re

import pytest

from assistant.answering.intent import PASSAGES, Intent, intent_of
from assistant.answering.question import analyse
from assistant.retrieval.lexicon import Lexicon


def _intent(question: str) -> Intent:
    years = tuple(int(year) for year in re.findall(r"\b(?:19|20)\d{2}\b", question))
    return intent_of(question, years)


@pytest.mark.parametrize(
    "question",
    [
        "What are Ashcombe's priorities?",
        "What are the four priorities of the Brackley Safer Streets Plan?",
        "What are the main themes of the Corrin strategy?",
        "List the strategic objectives of the partnership",
        "How many priorities does the plan have?",
        "What does the plan focus on? What are its key areas?",
        "Which areas is the partnership focusing on?",
        "tower hamlets community safety priorities 2017-21",
        "How did Harwick's priorities change between its two plans?",
        "In what ways are the 2016 plan's priorities different from the 2022 plan's?",
        "Name the work streams in the Ashcombe plan.",
        "What are the partnership's workstreams?",
        "What are the priority areas of the strategy?",
    ],
)
def test_questions_about_the_priorities_themselves(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize(
    "question",
    [
        "What actions sit under the burglary priority?",
        "What will Ashcombe do under Priority B?",
        "How will the partnership deliver its priorities?",
        "Why is violence a priority for Brackley?",
        "How will the priorities be measured?",
        "What are the targets for the road danger priority?",
        "What does the plan say about knife crime?",
        "What duties does the Crime and Disorder Act place on partnerships?",
        "What is the plan's target for burglary?",
        "Compare the MARAC targets of Lewisham and Sutton.",
    ],
)
def test_questions_about_what_sits_under_a_priority_or_anything_else_go_to_passages(question: str) -> None:
    assert _intent(question) == Intent("passages")


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        ("Who chairs the Ashcombe Safety Board?", "chair"),
        ("Who is the chair of the partnership?", "chair"),
        ("Which board is co-chaired by the police?", "chair"),
        ("Who does the Safety Board report to?", "reports_to"),
        ("Who is the partnership accountable to?", "reports_to"),
        ("If it were failing, which bodies could call it to account?", "reports_to"),
        ("Who sits on the Brackley Streets Partnership?", "members"),
        ("Who are the members of the board?", "members"),
        ("Who scrutinises the community safety partnership?", "scrutiny"),
        ("Who holds it to account?", "scrutiny"),
        ("Who oversees delivery of the plan?", "oversees"),
        ("Which body is responsible for overseeing the strategy?", "oversees"),
        # the meeting a report goes before is the body that considers it
        ("Which committee was it going to?", "scrutiny"),
        ("What meeting was the report presented to?", "scrutiny"),
        ("Which commission was the plan taken to?", "scrutiny"),
        ("which committee got the feb 2023 community safety partnership report", "scrutiny"),
        # the body a subject is given to
        ("Which board runs Prevent?", "for"),
        ("What panel or board does each use to run its Prevent work?", "for"),
        ("Which multi-agency group tackles scams?", "for"),
    ],
)
def test_governance_relations(question: str, relation: str) -> None:
    assert _intent(question) == Intent("governance", relation)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When was the plan approved?", "approved"),
        ("When was the Brackley strategy agreed?", "approved"),
        ("When was the strategy published?", "published"),
        ("What date was the plan launched?", "published"),
        ("When was the plan written?", "written"),
        ("When was the report prepared?", "written"),
        ("When was the plan presented to Cabinet?", "meeting"),
        ("When did the board sign off the plan?", "approved"),
        ("What date was the sign-off of the strategy?", "approved"),
        ("What date was the report taken to scrutiny?", "meeting"),
        ("When did the plan go to the scrutiny commission?", "meeting"),
    ],
)
def test_date_kinds(question: str, kind: str) -> None:
    assert _intent(question) == Intent("dates", kind)


@pytest.mark.parametrize(
    "question",
    [
        "Under each of its priorities, what headings does the plan use?",
        "How is each of the four priorities set out - what headings does each one have?",
        "What sections does every theme of the strategy have?",
        "Each Ashcombe priority is split into the same subsections. What are they?",
    ],
)
def test_the_headings_each_part_is_set_out_under(question: str) -> None:
    assert _intent(question) == Intent("outline", "repeated")


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        ("Which plans cover 2024?", "year"),
        ("Which strategies were in force in 2019?", "year"),
        ("What period does the Corrin strategy cover?", ""),
        ("Is the Ashcombe plan still current?", ""),
        ("How long does the plan run?", ""),
        ("Exactly when does the Corrin plan start and finish?", ""),
        ("When does the Ashcombe strategy end?", ""),
    ],
)
def test_period_with_and_without_a_year(question: str, relation: str) -> None:
    assert _intent(question) == Intent("period", relation)


def test_a_priorities_question_about_plans_of_a_year_is_about_priorities() -> None:
    assert _intent("What are the priorities of the plans covering 2024?") == Intent("priorities")


def test_when_without_a_kind_of_date_goes_to_passages() -> None:
    assert _intent("When will the new CCTV cameras be installed?") == Intent("passages")


@pytest.mark.parametrize(
    "question",
    [
        "What are the priorities of the Ashcombe Partnership Delivery Plan?",
        "What are the priorities of the Violence Reduction Action Plan?",
    ],
)
def test_a_plan_named_delivery_or_action_plan_keeps_a_priorities_question(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize(
    "question",
    [
        "Which organisations are members of the Ashcombe Safety Board?",
        "Which agencies sit on the Brackley Streets Partnership?",
    ],
)
def test_which_organisations_sit_on_a_board(question: str) -> None:
    assert _intent(question) == Intent("governance", "members")


def test_who_holds_a_named_body_to_account() -> None:
    assert _intent("Who holds the partnership to account?") == Intent("governance", "scrutiny")


def test_when_did_a_meeting_consider_the_plan() -> None:
    assert _intent("When did Cabinet consider the plan?") == Intent("dates", "meeting")


@pytest.mark.parametrize(
    "question",
    [
        "How will Ashcombe measure progress on hate crime?",
        "How will the partnership track knife crime among young people?",
        "How will they judge whether the scams work is succeeding?",
        "How will we know whether the burglary work is working?",
        "What indicators will show whether road danger is falling?",
    ],
)
def test_how_a_subject_will_be_measured_asks_for_its_measures(question: str) -> None:
    assert _intent(question) == Intent("measures")


@pytest.mark.parametrize(
    "question",
    [
        "How will progress on the priorities be tracked?",
        "What indicators will show the priorities are working?",
    ],
)
def test_how_priorities_will_be_measured_goes_to_passages(question: str) -> None:
    assert _intent(question) == Intent("passages")


def _intent_with_terms(question: str) -> Intent:
    """The intent as the pipeline reads it: with the question's years and key terms."""
    asked = analyse(question, Lexicon(acronyms={}, vocabulary={}), ["Ashcombe", "Brackley", "Corrin"])
    return intent_of(asked.text, asked.years, asked.key_terms)


def test_a_question_with_more_to_it_than_plan_periods_is_not_a_period_question() -> None:
    question = "Which Act abolished police authorities, according to the plan, and what replaced them?"
    assert _intent_with_terms(question) == Intent("passages")


@pytest.mark.parametrize(
    ("question", "relation"),
    [
        ("Which plan was in force in 2019?", "year"),
        ("Which violence strategy was in force in 2019?", "year"),  # one other word: the plan's subject
        ("Which plans cover 2024?", "year"),
        ("What period does the Corrin strategy cover?", ""),
        ("Is the Ashcombe plan still current?", ""),
        ("How long does the plan run?", ""),
        # a month or season of the year is when, not what about
        ("Was the Corrin strategy in force in December 2024?", "year"),
        ("Would the Ashcombe plan still have applied at Christmas 2023?", "year"),
        ("Which plans were current in the summer of 2019?", "year"),
    ],
)
def test_period_questions_stay_period_questions_with_their_key_terms(question: str, relation: str) -> None:
    assert _intent_with_terms(question) == Intent("period", relation)


@pytest.mark.parametrize(
    "question",
    [
        "Under which priority does the speed watch target sit?",
        "Which theme does the cycle training target come under?",
        "What priority is the call blockers target part of?",
        "Within what objective does the towpath lighting fall?",
        "Which strand does the youth mentoring work belong to?",
        "In which priority is the burglary target?",
        "The plan mentions catalytic converter theft - which of its priorities is that under?",
        "Which one of those priorities covers the Prevent work?",
        "When the plan talks about noisy motorbikes, which priority does that feed?",
        "Which theme does the work on scrap metal fit into?",
        "Which objective does the street lighting work contribute to?",
        'Which theme has "Safe in Ourselves" in brackets?',
        "Which priority mentions ‘scrap metal’?",
        "My neighbour's son is being groomed to carry drugs; which of the council's five safety themes picks that up?",
        "Graffiti keeps going up on the bus shelter: under which of the strategy's four themes would that fall?",
        "A shop sells cheap cider to kids all night — is that inside one of the three priorities?",
        "Which of the plan's priorities takes on doorstep scams?",
        "Fly-tipping and loud parties: which of Hartwell's three aims would they fall under?",
        "Hartwell's plan has four goals — which one would cover a neighbour's barking dog?",
        "Where do knives sit among Hartwell's four aims?",
        "Under which heading does theft from cars come?",
        "Which of Hartwell's five headings is the one meant to stop scams on older people?",
        "Which of the plan's three aims is for keeping kids off the streets at night?",
        "Which theme is the phrase 'Safe at Home' attached to?",
        "Which of Hartwell's priorities is the bike marking tied to?",
    ],
)
def test_which_priority_something_sits_under_asks_for_its_parent(question: str) -> None:
    assert _intent(question) == Intent("parent")


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What are the priorities?", Intent("priorities")),
        ("Which priority is the most important?", Intent("priorities")),
        ("Which theme has the most actions?", Intent("passages")),
        ("Which of the plan's six themes has the most actions?", Intent("passages")),
        ("which 3 local priorities has the partnership signed up to?", Intent("priorities")),  # two words between
        ("What sits under the burglary priority?", Intent("passages")),
        ("What will the partnership do under Priority B?", Intent("passages")),
        ("What are the targets under each priority?", Intent("passages")),
        ("What is the plan's target for speed watch sessions?", Intent("passages")),
    ],
)
def test_questions_about_the_priorities_or_under_them_ask_for_no_parent(question: str, intent: Intent) -> None:
    assert _intent(question) == intent


@pytest.mark.parametrize(
    "question",
    [
        "There are two hubs in the plan; which one covers Peckham?",
        "What aims does the plan cover?",
        "Quarterly figures under Priority B: which one is about domestic abuse being reported?",  # which figure
    ],
)
def test_which_one_asks_for_a_parent_only_of_priorities_named_before_it(question: str) -> None:
    assert _intent(question).kind != "parent"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Does Hartwell have a priority on doorstep fraud?", Intent("parent", "named")),
        ("Is there a priority about hate crime in the plan?", Intent("parent", "named")),
        ("Do both councils have a hate crime priority?", Intent("parent", "named")),
        ("What is the priority on violence called?", Intent("parent", "named")),
        ("Both plans have a priority about extremism. How does each word it?", Intent("parent", "named")),
        ("What is the priority for violence trying to achieve?", Intent("passages")),
        ("What is the new service called?", Intent("passages")),
        ("What are the priorities called?", Intent("priorities")),
        ("Do they have a clear priority setting process?", Intent("passages")),
    ],
)
def test_whether_a_plan_has_a_priority_on_a_subject_or_its_name_asks_for_that_priority(
    question: str, intent: Intent
) -> None:
    assert _intent(question) == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("What community safety plan did Glenholt have before the 2020-23 one?", Intent("period", "earlier")),
        ("Which earlier plan did the plan replace?", Intent("period", "earlier")),
        ("What was the previous strategy called?", Intent("period", "earlier")),
        ("Which earlier Glenholt CSP plan did the 2020-23 plan follow?", Intent("period", "earlier")),
        ("Which plan did the Glenholt strategy succeed?", Intent("period", "earlier")),
        ("What was the last thing the plan said about burglary?", Intent("passages")),
        ("What did the previous strategy focus on?", Intent("priorities")),
        ("And how many old powers did the new ones replace?", Intent("passages")),
        ("How many old powers did the new ASB powers in the plan replace?", Intent("passages")),
        ("Who approved the plan before it was adopted?", Intent("passages")),
    ],
)
def test_the_plan_before_a_plan_asked_for_by_name_is_a_period_question(question: str, intent: Intent) -> None:
    assert _intent(question) == intent


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Why did Glenholt choose 2020-23 as the period for its plan?", Intent("period", "why")),
        ("Why does the plan run to 2023?", Intent("period", "why")),
        ("Why did they go for a four-year term?", Intent("period", "why")),
        ("Why did burglary rise in 2019?", Intent("passages")),
        ("Why 2020-23?", Intent("period", "why")),
        # the years name the plan the question asks of
        ("Why don't young victims talk to police, according to the 2020-23 CSP plan?", Intent("passages")),
        ("Why do victims not engage, says the strategy for 2020-23?", Intent("passages")),
    ],
)
def test_why_a_plan_runs_for_its_years_is_a_period_question(question: str, intent: Intent) -> None:
    assert _intent(question) == intent


def test_which_priority_a_council_s_target_is_part_of_asks_for_its_parent() -> None:
    assert _intent("What priority is Hartwell's speed watch target part of?") == Intent("parent")


@pytest.mark.parametrize(
    "question",
    [
        "Which priorities are part of the Ashcombe plan?",
        "What themes are part of Corrin's strategy?",
    ],
)
def test_which_priorities_are_part_of_a_plan_asks_for_the_priorities(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize(
    "question",
    [
        "What are the main sections of the strategy?",
        "How is the Safer Northfield Plan laid out?",
        "How is the plan structured?",
        "What chapters does the Kelbrook strategy have?",
        "How is the plan broken down?",
        "What are the contents of the Marden plan?",
        "How is the plan organised?",
        "What are the main parts of the plan?",
    ],
)
def test_questions_about_a_plan_s_parts_ask_for_its_outline(question: str) -> None:
    assert _intent(question) == Intent("outline")


@pytest.mark.parametrize(
    "question",
    [
        "What page is the appendix on?",
        "Page number of Part Four in the plan's contents?",
        "Which section starts on page 9?",
        "What's the last item in the contents list, and its page?",
        "What is on page 12, according to the contents?",
        "Where in the document (page) is the DVA theme?",
        "What is the title of the appendix listed in the contents?",
    ],
)
def test_a_question_asking_for_a_page_the_contents_give_asks_for_its_line(question: str) -> None:
    assert _intent(question) == Intent("outline", "page")


@pytest.mark.parametrize(
    "question",
    [
        "What does the scrutiny report recommend?",
        "What are the paper's recommendations?",
        "What is the Mayor in Cabinet asked to do?",
        "What is the scrutiny commission asked to do with the report?",
    ],
)
def test_a_question_about_what_a_report_recommends_asks_for_its_recommendations(question: str) -> None:
    assert _intent(question) == Intent("recommendations")


@pytest.mark.parametrize(
    "question",
    [
        "Who recommended the plan to Full Council?",
        "What are all organisations that operate at night asked to sign?",  # asked of them, not of a meeting
    ],
)
def test_who_recommended_something_or_what_others_are_asked_asks_for_no_recommendations(question: str) -> None:
    assert _intent(question) != Intent("recommendations")


@pytest.mark.parametrize(
    ("outline", "other", "intent"),
    [
        ("How is the plan laid out?", "How are the priorities laid out?", Intent("passages")),
        (
            "What are the main sections of the plan?",
            "Which sections of the plan are about priorities?",
            Intent("passages"),
        ),
        ("What sections does the plan have?", "What sections set out the targets?", Intent("targets")),
    ],
)
def test_a_question_about_parts_that_names_priorities_or_targets_asks_for_no_outline(
    outline: str, other: str, intent: Intent
) -> None:
    assert _intent(outline) == Intent("outline")
    assert _intent(other) == intent


@pytest.mark.parametrize(
    "question",
    [
        "What is the Ashcombe partnership prioritising?",
        "What are the issues Brackley has prioritised?",
        "What are the areas the plan prioritises?",
        "Is the Corrin strategy focused on any particular themes?",
    ],
)
def test_what_a_plan_prioritises_or_is_focused_on_asks_for_its_priorities(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize("question", ["What has Ashcombe prioritised?", "What does the Brackley plan prioritise?"])
def test_what_has_a_council_prioritised_asks_for_its_priorities(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize(
    "text",
    [
        "Who wrote the Ashcombe strategy?",
        "Who is the author of the plan?",
        "Who was the lead officer named in the scrutiny report?",
        "Who's listed as the report's authors?",
        "Who drew up the 2021-24 strategy?",
        "Who drafted Ashcombe's plan?",
    ],
)
def test_who_wrote_a_plan_asks_its_document_control(text: str) -> None:
    assert intent_of(text) == Intent("document")


@pytest.mark.parametrize(
    "text",
    [
        "Which priority covers the Prevent work?",
        "Which theme includes knife crime?",
        "Which priority deals with fraud against older people?",
    ],
)
def test_which_priority_covers_something_asks_for_its_place(text: str) -> None:
    assert intent_of(text) == Intent("parent")


@pytest.mark.parametrize(
    "text",
    [
        "Which councillor was the lead member for the plan?",
        "What officer is named as the report's author?",
        "Whose names are listed on the Hartwell strategy?",
        "Whose names are printed on the front of the plan?",
    ],
)
def test_which_person_wrote_or_leads_a_plan_asks_its_document_control(text: str) -> None:
    assert intent_of(text) == Intent("document")


@pytest.mark.parametrize(
    "question",
    [
        "Which outputs does Ashcombe track under its burglary priority?",
        "What are the indicators for the Safe from Scams priority?",
    ],
)
def test_a_priority_s_measures_named_as_such_are_a_measures_question(question: str) -> None:
    assert _intent(question) == Intent("measures")


@pytest.mark.parametrize(
    "question", ["Which priority areas did the Ashcombe plan cover?", "Which priority areas does the plan include?"]
)
def test_which_priority_areas_asks_for_the_priorities_not_one_thing_s_place(question: str) -> None:
    assert _intent(question) == Intent("priorities")


@pytest.mark.parametrize(
    "question", ["Why does the plan run for four years to 2021?", "What is the reason for the plan covering 2017-21?"]
)
def test_why_a_plan_covers_its_years_asks_for_reasons_not_the_years(question: str) -> None:
    assert _intent(question) == PASSAGES


@pytest.mark.parametrize(
    "question",
    ["What age group does the youth service work with?", "Which group of residents felt least safe?"],
)
def test_a_group_of_people_is_not_a_body_asked_for(question: str) -> None:
    assert _intent(question) == PASSAGES


def test_a_condition_before_the_question_asks_nothing() -> None:
    conditional = "When the partnership chair decides whether a death needs a review, how is that decision made?"
    assert intent_of(conditional).kind == "passages"
    assert intent_of("When the plan was agreed, who chaired the partnership?") == Intent("governance", "chair")


def test_a_why_question_naming_a_chair_asks_for_reasons_not_who_chairs() -> None:
    asked = "Why did the Chair of the Scrutiny Committee have to be satisfied before the plan was taken?"
    assert intent_of(asked).kind == "passages"
    assert intent_of("Who chairs the Scrutiny Committee?") == Intent("governance", "chair")


def test_what_the_chair_did_asks_for_that_not_who_chairs() -> None:
    assert intent_of("The report was late: what did the Chair have to accept before taking it?").kind == "passages"
    assert intent_of("What must the chair agree to before an urgent item?").kind == "passages"
    assert intent_of("What is the chair of the partnership board called?") == Intent("governance", "chair")


def test_which_body_something_gets_its_money_from_is_not_the_body_that_considers_a_report() -> None:
    assert _intent("Which London body does the youth programme get its money from?").relation != "scrutiny"
    assert _intent("Which committee got the report?") == Intent("governance", "scrutiny")
