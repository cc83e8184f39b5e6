"""Two questions in one message are split and each answered; one question with "and" stays whole."""

from __future__ import annotations

import pytest

from assistant.answering.compound import (
    context_of,
    enumerated,
    of_another_council,
    scope_of,
    split_compound,
    stands_alone,
    stands_alone_in,
    topic_of,
)
from assistant.answering.question import analyse
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.lexicon import Lexicon
from ingest.documents import Chunk, PlanMetadata


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "What are Ashcombe's priorities, and who chairs the Safety Board?",
            ["What are Ashcombe's priorities", "who chairs the Safety Board?"],
        ),
        (
            "Who chairs the board and how often does it meet?",
            ["Who chairs the board", "how often does it meet?"],
        ),
        (
            "How many wardens went on the training, and in how many venues is the scheme running?",
            ["How many wardens went on the training", "in how many venues is the scheme running?"],
        ),
        (
            "How big is Ashcombe's IOM caseload, and what offences-per-individual figure does Brill give?",
            ["How big is Ashcombe's IOM caseload", "what offences-per-individual figure does Brill give?"],
        ),
        (
            "How does Ashcombe's strategy rate local safety, and what change to probation does it back?",
            ["How does Ashcombe's strategy rate local safety", "what change to probation does it back?"],
        ),
        (
            "My project is on Ashcombe's partnership. Name the three principles that guide it, and the data source "
            "its assessment does not rely on alone.",
            [
                "My project is on Ashcombe's partnership. Name the three principles that guide it.",
                "Name the data source its assessment does not rely on alone.",
            ],
        ),
        (  # a second question of many words, asking with "what" and its thing
            "What saving is Ashcombe making on street wardens in 2024/25, and what extra growth went to its "
            "enforcement officers?",
            [
                "What saving is Ashcombe making on street wardens in 2024/25",
                "what extra growth went to its enforcement officers?",
            ],
        ),
        (
            "What percentage found work, and what percentage started drug treatment?",
            ["What percentage found work", "what percentage started drug treatment?"],
        ),
        (
            "How many referrals were there and what share were repeats?",
            ["How many referrals were there", "what share were repeats?"],
        ),
        (
            "What is the MARAC and who chairs it?",
            ["What is the MARAC", "who chairs it?"],
        ),
        (
            "How much did Brackley spend on CCTV? And who paid for it?",
            ["How much did Brackley spend on CCTV", "And who paid for it?"],
        ),
        (
            "What is the target? And when?",
            ["What is the target", "And when?"],
        ),
        (
            "How much was spent on the youth service, and net of what?",
            ["How much was spent on the youth service", "net of what?"],
        ),
        (
            "What is the budget; and what is it net of?",
            ["What is the budget", "what is it net of?"],
        ),
        (
            "When was the needs assessment published, and according to its survey what would make people feel safer?",
            ["When was the needs assessment published", "according to its survey what would make people feel safer?"],
        ),
        (
            "How many replied, and in the results which concern came top?",
            ["How many replied", "in the results which concern came top?"],
        ),
    ],
)
def test_two_questions_are_split_in_order(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Ashcombe: the service began on what date, and the target runs up to which year?",
            ["Ashcombe: the service began on what date?", "the target runs up to which year?"],
        ),
        (
            "The board meets how often, and its chair is appointed by whom?",
            ["The board meets how often, and its chair is appointed by whom?"],  # (no second subject of its own)
        ),
    ],
)
def test_two_statements_each_asking_with_a_question_word_inside_are_split(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Ashcombe 2023: who are Mira Okafor and Daniel Price, respectively?",
            ["Ashcombe 2023: who is Mira Okafor?", "Ashcombe 2023: who is Daniel Price?"],
        ),
        (
            "Ashcombe papers: Mira Okafor, Daniel Price and Lena Hart - what roles do they have?",
            [
                "Ashcombe papers: Mira Okafor - what roles do they have?",
                "Ashcombe papers: Daniel Price - what roles do they have?",
                "Ashcombe papers: Lena Hart - what roles do they have?",
            ],
        ),
    ],
)
def test_a_question_asked_of_several_people_is_asked_of_each(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "Which roles do Community Safety and Youth Services play?",  # bodies, not people
        "Who are the Tower Hamlets and Sutton leads?",  # councils
        "Did Mira Okafor and Daniel Price sign the plan?",  # asks nothing of who they are
    ],
)
def test_names_that_are_not_people_asked_about_stay_whole(message: str) -> None:
    assert split_compound(message) == [message]


@pytest.mark.parametrize(
    "message",
    [
        "What are the pros and cons of the new CCTV scheme?",
        "What are the priorities and objectives of the Brackley plan?",
        "What does the plan say about drugs and alcohol?",
        "Which plans cover 2024 and 2025?",
        "What are the partnership's strengths and weaknesses?",
        "Who and what?",
        "What is the council doing about anti-social behaviour?",
        "What number and type of offences does the IOM cohort commit?",
    ],
)
def test_one_question_with_and_stays_whole(message: str) -> None:
    assert split_compound(message) == [message]


@pytest.mark.parametrize(
    "message",
    [
        "How can residents get involved and have their say on the plan?",
        "What is the relationship between the police and what the council does?",
    ],
)
def test_and_before_a_verb_or_clause_that_asks_nothing_stays_whole(message: str) -> None:
    assert split_compound(message) == [message]


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "What is Hartwell's target for call blockers and under which priority does it sit?",
            ["What is Hartwell's target for call blockers", "under which priority does it sit?"],
        ),
        (
            "What is the target for cycle training, and within which theme does it fall?",
            ["What is the target for cycle training", "within which theme does it fall?"],
        ),
        (
            "What is the speed watch target but in what section is it set?",
            ["What is the speed watch target", "in what section is it set?"],
        ),
        (
            "Who chairs the Hartwell board and to whom does it report?",
            ["Who chairs the Hartwell board", "to whom does it report?"],
        ),
    ],
)
def test_a_second_question_after_a_preposition_is_split_off(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "What are the pros and cons of which plan?",
        "What has the partnership done in Hartwell and in Pellow?",
    ],
)
def test_and_before_a_preposition_with_no_question_word_after_it_stays_whole(message: str) -> None:
    assert split_compound(message) == [message]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "How many offenders does the team manage at once, and what proportion didn't reoffend in 2015-16?",
            ["How many offenders does the team manage at once", "what proportion didn't reoffend in 2015-16?"],
        ),
        ("What is the target and what year does it apply to?", ["What is the target", "what year does it apply to?"]),
        (
            "How many estates did the survey pick out, and what patrols followed?",
            ["How many estates did the survey pick out", "what patrols followed?"],
        ),
    ],
)
def test_a_second_question_asking_what_thing_is_split_off(text: str, parts: list[str]) -> None:
    assert split_compound(text) == parts


def test_what_followed_by_a_clause_is_no_second_question() -> None:
    assert split_compound("What does the council do and what it plans") == [
        "What does the council do and what it plans"
    ]
    assert split_compound("Tell me about the hub, and what the council does?") == [
        "Tell me about the hub, and what the council does?"
    ]


def test_a_year_said_in_a_later_part_scopes_only_that_part_and_one_said_first_scopes_both() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={"offenders": 3})
    later = split_compound("How many offenders does the team manage, and what share did not reoffend in 2015-16?")
    assert analyse(later[0], lexicon, [], context=context_of(later, 0)).years == ()
    assert analyse(later[1], lexicon, [], context=context_of(later, 1)).years == (2015,)
    first = split_compound("In 2015-16 how many closure orders did the unit get, and how many warnings were issued?")
    assert analyse(first[1], lexicon, [], context=context_of(first, 1)).years == (2015,)
    assert "closure orders" in context_of(first, 1)  # the other part's subject still carries


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Who wrote the Sutton strategy, and when?",
            ["Who wrote the Sutton strategy", "when wrote the Sutton strategy?"],
        ),
        (
            "What is the council doing about knife crime and why?",
            ["What is the council doing about knife crime", "why the council doing about knife crime?"],
        ),
        (  # "how many" goes as a whole: the second part asks no count
            "How many dispersal zones does the council have, and where?",
            ["How many dispersal zones does the council have", "where dispersal zones does the council have?"],
        ),
    ],
)
def test_a_bare_question_word_at_the_end_asks_it_of_the_first_part(text: str, parts: list[str]) -> None:
    assert split_compound(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "What appendix does the strategy have and on what page?",
        "What is the last item in the contents, and its page?",
        "Which part covers violence, and what page is it on?",
    ],
)
def test_a_page_asked_at_the_end_is_asked_of_what_the_question_names(text: str) -> None:
    assert split_compound(text) == [text]  # the contents line that names it gives its page


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Action 3.3 supports whom, and what does 3.4 offer young people?",
            ["Action 3.3 supports whom", "what does Action 3.4 offer young people?"],
        ),
        (  # a share is not an item: it keeps no label
            "What does action 1.1 say, and what share is 3.4%?",
            ["What does action 1.1 say", "what share is 3.4%?"],
        ),
    ],
)
def test_a_later_part_naming_an_item_by_its_number_alone_is_given_the_label_of_the_part_before(
    text: str, parts: list[str]
) -> None:
    assert split_compound(text) == parts


def _passages() -> list[Chunk]:
    meta = PlanMetadata(source="plan.txt", title="Plan", council="Ashcombe")
    texts = [
        "Our campaign called 'Through her eyes' was launched on 25 November.",
        "The campaign video was watched more than 130,000 times.",
        *(f"Crime in Ashcombe fell in ward {n} and the partnership met." for n in range(8)),
    ]
    return [Chunk(id=f"c{n}", text=text, metadata=meta) for n, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("part", "alone"),
    [
        ("When was the 'Through her eyes' campaign launched", True),  # campaign, launched: its own subject
        ("how many schools was the video shown in?", False),  # one specific word: the other part says of what
        ("how many times was it watched?", False),  # "it" points back at the other part
        ("what did the partnership say about crime?", False),  # words every passage uses name no subject
        # the kind of answer asked for ("which video ...?") is no subject of the part's own
        ("which video was watched most?", False),
    ],
)
def test_a_part_stands_alone_when_it_names_its_own_subject_in_the_plans_words(part: str, alone: bool) -> None:
    chunks = _passages()
    lexicon = Lexicon.build(chunks)
    question = analyse(part, lexicon, ["Ashcombe"], context="how many views did the video get?")
    assert stands_alone(question, Bm25Index.build(chunks)) is alone


@pytest.mark.parametrize(
    ("first", "alone"),
    [
        ("Does the Ashcombe report say crime fell", True),  # "they" are the report's authors
        ("Did the video reach many people", False),  # "it" is the video the first part asks about
    ],
)
def test_an_it_that_is_the_document_an_earlier_part_named_leans_on_nothing_else(first: str, alone: bool) -> None:
    chunks = _passages()
    lexicon = Lexicon.build(chunks)
    parts = [first, "and when did they launch the 'Through her eyes' campaign?"]
    question = analyse(parts[1], lexicon, ["Ashcombe"], context=first)
    assert stands_alone_in(question, parts, 1, Bm25Index.build(chunks)) is alone


def test_a_part_that_stands_alone_takes_only_the_councils_and_years_of_the_other() -> None:
    lexicon = Lexicon.build(_passages())
    other = analyse("and how many views did Ashcombe's video get in 2023?", lexicon, ["Ashcombe"])
    assert scope_of(other) == "Ashcombe 2023"


@pytest.mark.parametrize(
    ("part", "rest", "apart"),
    [
        ("How much did Ashcombe get for Prevent", "and which body does Brill name as a funder?", True),
        ("How much did Ashcombe get for it", "and which body does Brill name as a funder?", False),  # points back
        ("How much did Ashcombe get for Prevent", "and which body does Ashcombe name as a funder?", False),
        ("How much did the council get for Prevent", "and which body does Brill name as a funder?", False),
        # the same asked of two councils: a word of the subject shared, or the thing left unsaid
        ("When did Ashcombe's new service start", "and when will Brill's service begin?", False),
        ("and which network runs Brill's?", "What is Ashcombe's safe havens scheme called", False),
        ("What are Ashcombe's safe havens for", "and what are they for in Brill's report?", False),
    ],
)
def test_a_part_asking_of_another_council_than_the_rest_asks_a_question_of_its_own(
    part: str, rest: str, apart: bool
) -> None:
    lexicon = Lexicon.build(_passages())
    councils = ["Ashcombe", "Brill"]
    assert of_another_council(analyse(part, lexicon, councils), analyse(rest, lexicon, councils)) is apart


def test_a_part_is_not_lent_the_council_and_year_it_says_itself() -> None:
    # said again, they would weigh the part's search towards every passage naming the council
    lexicon = Lexicon.build(_passages())
    other = analyse("and when did Ashcombe's video go live in 2023?", lexicon, ["Ashcombe"])
    assert scope_of(other, besides="How many views did Ashcombe's video get in 2023") == ""
    assert scope_of(other, besides="How many views did the video get") == "Ashcombe 2023"


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Is there a number to report a crime anonymously? We live in Brackley",
            ["Is there a number to report a crime anonymously? We live in Brackley"],
        ),
        (
            "Who chairs the board? And how often does it meet? I am a new councillor.",
            ["Who chairs the board", "And how often does it meet? I am a new councillor"],
        ),
        ("Who chairs the board? Tell me about its members.", ["Who chairs the board", "Tell me about its members."]),
    ],
)
def test_a_last_sentence_that_asks_nothing_belongs_to_the_question_before_it(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("Southwark IOM: roughly how many on the caseload, and what share reoffended?", "Southwark IOM"),
        ("Criminal Behaviour Orders: how many were obtained, and how many are aimed for?", "Criminal Behaviour Orders"),
        ("How many were obtained, and how many are aimed for?", ""),
        ("What does the plan say about this: how many were obtained, and how many are aimed for?", ""),
    ],
)
def test_a_label_the_message_opens_with_is_its_topic(message: str, topic: str) -> None:
    assert topic_of(message) == topic


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "How much funding goes to the council and to local charities in 2023?",
            ["How much funding goes to the council?", "How much funding goes to local charities in 2023?"],
        ),
        (
            "What does the plan say about knife crime and about drug dealing?",
            ["What does the plan say about knife crime?", "What does the plan say about drug dealing?"],
        ),
        (
            "What will the council do for schools and for parents?",
            ["What will the council do for schools?", "What will the council do for parents?"],
        ),
        ("What is the target for 2019 and for 2020?", ["What is the target for 2019 and for 2020?"]),
        (
            "What does the plan say about knife crime and drug dealing?",
            ["What does the plan say about knife crime and drug dealing?"],
        ),
    ],
)
def test_one_question_asked_of_two_things_after_the_same_preposition_is_asked_of_each(
    message: str, parts: list[str]
) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        pytest.param(
            "Give me two numbers from the Coastal report: beds in the refuge, and families housed by the hub.",
            [
                "Give me numbers from the Coastal report: beds in the refuge?",
                "Give me numbers from the Coastal report: families housed by the hub?",
            ],
            id="things a lead-in asks for by their count, after a colon",
        ),
        pytest.param(
            "Three dates from the strategy: its approval, its review; and the end of its term",
            [
                "dates from the strategy: its approval?",
                "dates from the strategy: its review?",
                "dates from the strategy: the end of its term?",
            ],
            id="three things, after commas and a semicolon",
        ),
        pytest.param(
            "Safe Haven and the Night Bus Project: what are their budgets in the fund table?",
            [
                "Safe Haven: what are their budgets in the fund table?",
                "the Night Bus Project: what are their budgets in the fund table?",
            ],
            id="one question asked of the two things a label names",
        ),
        pytest.param(
            "The refuge and the hub: when did each open?",
            ["The refuge: when did each open?", "the hub: when did each open?"],
            id="asked of each",
        ),
        pytest.param(
            "The Coastal refuge launch: partner charity, date, beds?",
            [
                "The Coastal refuge launch: partner charity?",
                "The Coastal refuge launch: date?",
                "The Coastal refuge launch: beds?",
            ],
            id="three things listed after a label, uncounted",
        ),
        pytest.param(
            "The 2019 plan: the hub's caseload, and its success rate?",
            ["The 2019 plan: the hub's caseload?", "The 2019 plan: its success rate?"],
            id="a second thing said of the first",
        ),
    ],
)
def test_several_things_one_message_asks_of_are_asked_one_by_one(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts


@pytest.mark.parametrize(
    "message",
    [
        "Two questions about the refuge: who runs it, and how many beds does it have?",  # the parts ask themselves
        "The strategy's priorities: violence, and exploitation.",  # no count of things asked for
        "Give me both: refuges and hubs",  # one thing, not several
        "The refuge: opening hours, age range",  # two things uncounted may be one answer's
        # a question after a colon, its clauses said of what it asks
        "Tenants on the estate ask: did complaints to the council rise, per the 2019 plan, even while arrests fell?",
    ],
)
def test_a_colon_without_things_asked_for_one_by_one_names_no_things(message: str) -> None:
    assert enumerated(message) == []


@pytest.mark.parametrize(
    "message",
    [
        "The refuge and the hub: how do they compare on funding?",  # a comparison is one question
        "Barnet and Camden: what are their priorities?",  # councils: read plan by plan as one question
        "The refuge and the hub: what is the budget?",  # asked of neither in particular
    ],
)
def test_a_label_naming_two_things_is_not_split_when_the_question_is_one(message: str) -> None:
    assert split_compound(message) == [message]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            'Under which priority do "repeat callers" appear, and under which is "Channel"?',
            ['Under which priority do "repeat callers" appear', 'under which priority is "Channel"?'],
        ),
        (
            "Which priority covers ASB and which is about hate crime?",
            ["Which priority covers ASB", "which priority is about hate crime?"],
        ),
        (
            "Which of the plans mentions FGM, and which is the oldest?",
            ["Which of the plans mentions FGM", "which is the oldest?"],
        ),
    ],
)
def test_a_later_part_asking_which_without_its_noun_asks_which_of_the_first_part_s_kind(
    text: str, parts: list[str]
) -> None:
    assert split_compound(text) == parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "Which page of the Ashcombe plan covers governance, and which covers Priority A?",
            ["Which page of the Ashcombe plan covers governance", "which page covers Priority A?"],
        ),
        (
            "Which priority covers knife crime, and which covers burglary?",
            ["Which priority covers knife crime", "which priority covers burglary?"],
        ),
        # a "which" before another verb, or before a noun of its own, asks for a thing of its own
        (
            "Which board oversees it and which groups report to it?",
            ["Which board oversees it", "which groups report to it?"],
        ),
    ],
)
def test_which_before_the_verb_the_part_before_used_asks_for_the_same_kind(message: str, parts: list[str]) -> None:
    assert split_compound(message) == parts
