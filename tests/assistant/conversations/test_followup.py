"""Follow-ups made standalone by carrying over what they leave out, on the real corpus index."""

import pytest

from assistant.api.chat import turn_of
from assistant.conversations.store import Turn
from assistant.pipeline import Assistant

SUTTON_MARAC = "What target does Sutton set for repeat victims at its DV MARAC?"


def asked(message: str, answer: str = "An answer.") -> Turn:
    return Turn(message, message, answer, True, "extractive")


def test_a_first_message_is_left_alone(assistant: Assistant) -> None:
    resolved = assistant.resolve("How many MARAC referrals does Sutton aim for?", [])
    assert resolved.question == "How many MARAC referrals does Sutton aim for?" and resolved.carried == ()


def test_a_follow_up_keeps_the_council_and_topic_and_gets_the_figure(assistant: Assistant) -> None:
    history = [asked(SUTTON_MARAC)]
    resolved = assistant.resolve("And how many referrals do they aim for?", history)
    assert "council: Sutton" in resolved.carried
    assert any(item.startswith("topic:") and "marac" in item.lower() for item in resolved.carried)
    answer = assistant.ask("And how many referrals do they aim for?", history=history)
    assert answer.answered and "209" in answer.text
    assert {c.council for c in answer.citations} == {"Sutton"}
    assert answer.question == resolved.question


def test_a_follow_up_naming_another_council_moves_there_and_keeps_the_topic(assistant: Assistant) -> None:
    history = [asked("What does Tower Hamlets' plan say about hate crime?")]
    resolved = assistant.resolve("What about Southwark?", history)
    assert not any(item.startswith("council:") for item in resolved.carried)
    assert "hate" in resolved.question.lower()
    answer = assistant.ask("What about Southwark?", history=history)
    assert answer.answered and {c.council for c in answer.citations} == {"Southwark"}


def test_a_follow_up_with_its_own_topic_keeps_only_the_scope(assistant: Assistant) -> None:
    history = [asked(SUTTON_MARAC)]
    resolved = assistant.resolve("What does the strategy say about anti-social behaviour and noise nuisance?", history)
    assert "council: Sutton" in resolved.carried
    assert not any(item.startswith("topic:") for item in resolved.carried)


def test_a_comparison_is_not_narrowed_to_the_last_council(assistant: Assistant) -> None:
    resolved = assistant.resolve("How do the other councils compare?", [asked(SUTTON_MARAC)])
    assert not any(item.startswith("council:") for item in resolved.carried)


def test_a_place_in_an_order_asked_alone_carries_the_topic(assistant: Assistant) -> None:
    history = [asked("What were the top three concerns in Tower Hamlets' 2016 consultation?")]
    resolved = assistant.resolve("Which came fourth and fifth?", history)
    assert any(item.startswith("topic:") and "concerns" in item for item in resolved.carried)


def test_the_second_one_means_the_second_item_of_the_last_answer(assistant: Assistant) -> None:
    answer = "According to the plan:\nThe priorities are: [1]\n- Violence [2]\n- Hate Crime, Community Cohesion [3]\n"
    history = [asked("What are the priorities of the Tower Hamlets plan?", answer)]
    resolved = assistant.resolve("Tell me more about the second one", history)
    assert "item: Hate Crime, Community Cohesion" in resolved.carried
    assert "council: Tower Hamlets" in resolved.carried


def test_a_bare_why_after_one_row_asks_why_of_that_row(assistant: Assistant) -> None:
    answer = "The Lewisham plan (2015/2016) says:\n- Violence with Injury — 2013: 2259, 2014: 2531 [1][2]\n"
    history = [asked("Which of the MOPAC 7 crimes went up in Lewisham between 2013 and 2014?", answer)]
    assert "item: Violence with Injury" in assistant.resolve("Why might that be?", history).carried
    # a why with a subject of its own asks about that
    own = assistant.resolve("Why did they group violence with sexual offences in one priority?", history)
    assert not any(part.startswith("item:") for part in own.carried)


@pytest.mark.parametrize(
    ("message", "item"),
    [
        ("What actions come under the serious violence one?", "Serious Violence and Knife Crime"),
        ("And for the hate crime priority, what will they measure?", "Hate Crime, Community Cohesion"),
    ],
)
def test_the_x_one_means_the_one_item_of_the_last_answer_that_says_x(
    assistant: Assistant, message: str, item: str
) -> None:
    answer = (
        "According to the plan:\n- Violence [1]\n- Serious Violence and Knife Crime [2]\n"
        "- Hate Crime, Community Cohesion [3]\n"
    )
    resolved = assistant.resolve(message, [asked("What are the priorities of the Tower Hamlets plan?", answer)])
    assert f"item: {item}" in resolved.carried


def test_the_x_one_said_by_more_than_one_item_picks_none(assistant: Assistant) -> None:
    answer = "According to the plan:\n- Violence [1]\n- Serious Violence and Knife Crime [2]\n"
    resolved = assistant.resolve("What sits under the violence one?", [asked("What are the priorities?", answer)])
    assert not any(item.startswith("item:") for item in resolved.carried)


def test_a_council_the_role_cannot_see_is_not_carried(assistant: Assistant) -> None:
    history = [asked(SUTTON_MARAC)]
    resolved = assistant.resolve("And how many referrals do they aim for?", history, ("nothing",))
    assert not any(item.startswith("council:") for item in resolved.carried)


def quoted(assistant: Assistant, message: str) -> tuple[Turn, tuple[tuple[str, str], ...]]:
    """A real turn as the API keeps it, with the (chunk id, quote) of each of its citations."""
    answer = assistant.ask(message)
    assert answer.answered and answer.citations
    return turn_of(message, answer), tuple((c.chunk_id, c.quote) for c in answer.citations)


def test_a_follow_up_that_carries_the_topic_also_carries_what_the_last_answer_quoted(assistant: Assistant) -> None:
    turn, cited = quoted(assistant, SUTTON_MARAC)
    resolved = assistant.resolve("And how many referrals do they aim for?", [turn])
    assert any(item.startswith("topic:") for item in resolved.carried)
    assert resolved.seen == cited
    councils = sorted({meta.council for meta in assistant.visible(())})
    assert resolved.analyse(assistant.reader().view.lexicon, councils).seen == frozenset(cited)


def test_a_follow_up_about_an_item_of_the_last_list_carries_what_that_answer_quoted(assistant: Assistant) -> None:
    turn, cited = quoted(assistant, "What are the priorities of the Tower Hamlets plan?")
    resolved = assistant.resolve("Tell me more about the second one", [turn])
    assert any(item.startswith("item:") for item in resolved.carried)
    assert resolved.seen == cited


@pytest.mark.parametrize(
    ("message", "carried"),
    [
        ("What does the strategy say about anti-social behaviour and noise nuisance?", ("council: Sutton",)),
        ("What duties does the Crime and Disorder Act place on partnerships?", ()),
    ],
)
def test_a_question_with_its_own_topic_carries_nothing_the_last_answer_quoted(
    assistant: Assistant, message: str, carried: tuple[str, ...]
) -> None:
    turn, _ = quoted(assistant, SUTTON_MARAC)
    resolved = assistant.resolve(message, [turn])
    assert resolved.carried == carried
    assert resolved.seen == ()
    councils = sorted({meta.council for meta in assistant.visible(())})
    assert resolved.analyse(assistant.reader().view.lexicon, councils).seen == frozenset()


def test_and_x_puts_the_last_question_again_about_another_subject(assistant: Assistant) -> None:
    history = [asked("How has Lewisham done on robbery?")]
    resolved = assistant.resolve("And burglary?", history)
    assert "council: Lewisham" in resolved.carried
    assert not any(item.startswith("topic:") for item in resolved.carried)
    # ... but a word asking another kind of answer about the same subject keeps the subject
    resolved = assistant.resolve("And the target?", [asked(SUTTON_MARAC)])
    assert any(item.startswith("topic:") and "marac" in item.lower() for item in resolved.carried)


def test_which_of_them_after_a_priorities_question_asks_which_priority(assistant: Assistant) -> None:
    history = [asked("What priorities does the Tower Hamlets plan set?")]
    resolved = assistant.resolve("which of them deals with Prevent?", history)
    assert resolved.message == "which of the priorities deals with Prevent?"
    answer = assistant.ask("which of them deals with Prevent?", history=history)
    assert answer.answered
    assert [c.quote for c in answer.citations] == ["Priority C: Hate Crime, Community Cohesion and Extremism"]


def test_which_one_after_an_answer_naming_several_people_is_the_passage_naming_them(assistant: Assistant) -> None:
    first = "Who drew up the 2021-24 strategy?"
    answer = assistant.ask("Which one handles Prevent?", history=[turn_of(first, assistant.ask(first))])
    assert answer.answered
    assert any("Abu Ullah, Hate Crime and Prevent Manager" in c.quote for c in answer.citations)


def test_a_council_put_aside_is_not_carried_over(assistant: Assistant) -> None:
    resolved = assistant.resolve("Leaving Sutton aside, what does MOPAC fund?", [asked(SUTTON_MARAC)])
    assert not any(item.startswith("council:") for item in resolved.carried)


@pytest.mark.parametrize(
    "message",
    [
        "Does any other council's plan talk about female genital mutilation?",
        "Does another council's plan say anything about female genital mutilation?",
    ],
)
def test_any_other_council_is_one_the_conversation_was_not_about(assistant: Assistant, message: str) -> None:
    history = [asked("What does Sutton's strategy say about hate crime?")]
    resolved = assistant.resolve(message, history)
    assert "other than: Sutton" in resolved.carried
    answer = assistant.ask(message, history=history)
    assert answer.answered and "Sutton" not in {c.council for c in answer.citations}


def test_the_other_councils_are_those_the_conversation_was_not_about(assistant: Assistant) -> None:
    history = [asked("What does Sutton's strategy say about hate crime?")]
    message = "Do the other councils' plans talk about female genital mutilation?"
    resolved = assistant.resolve(message, history)
    assert "other than: Sutton" in resolved.carried
    answer = assistant.ask(message, history=history)
    assert answer.answered
    cited = {c.council for c in answer.citations}
    assert "Sutton" not in cited and {"Lewisham", "Tower Hamlets"} <= cited
    assert answer.question == resolved.question


def test_what_a_name_means_is_not_narrowed_to_the_last_council(assistant: Assistant) -> None:
    history = [asked("How many police officers does the council fund in Tower Hamlets?")]
    resolved = assistant.resolve("What is the Serious Violence Duty?", history)
    assert resolved.carried == ()
    # ... but a question about the last one's subject, or pointing back, still goes on from it
    assert "council: Sutton" in assistant.resolve("What is the MARAC?", [asked(SUTTON_MARAC)]).carried
    assert "council: Sutton" in assistant.resolve("What is the target?", [asked(SUTTON_MARAC)]).carried


@pytest.mark.parametrize(
    ("message", "points_back"),
    [
        ("When is the new service meant to start?", True),
        ("Who runs the scheme?", True),
        ("When does the service for victims of stalking start?", False),  # says which service
    ],
)
def test_a_thing_named_only_by_its_kind_is_the_one_the_last_turn_was_about(
    assistant: Assistant, message: str, points_back: bool
) -> None:
    history = [asked("What does the Southwark scrutiny report say about a Women's Safety Centre?")]
    resolved = assistant.resolve(message, history)
    assert any(item.startswith("topic:") and "women" in item.lower() for item in resolved.carried) == points_back


def test_it_after_an_it_means_the_same_thing_not_the_last_question_s_asking(assistant: Assistant) -> None:
    first = asked("What does Southwark's 2017-2020 plan say about SAVU?")
    said = "What ages does it work with?"
    second = Turn(said, f"{said} (Southwark savu)", "An answer.", True, "extractive")
    resolved = assistant.resolve("And how does it do on keeping them from re-offending?", [first, second])
    topic = next(item for item in resolved.carried if item.startswith("topic:"))
    assert "savu" in topic.lower() and "ages" not in topic.lower()


def test_which_plans_were_in_force_is_answered_from_the_plans_periods_whatever_the_last_topic(
    assistant: Assistant,
) -> None:
    history = [asked("What's in Sutton's strategy about serious violence?")]
    answer = assistant.ask("Taking all the plans you have, which of them were in force during 2018?", history=history)
    assert answer.answered
    assert {c.council for c in answer.citations} == {"Southwark", "Tower Hamlets"}  # the plans covering 2018


def test_a_share_of_them_is_a_share_of_what_the_last_turn_was_about(assistant: Assistant) -> None:
    history = [asked("What does Southwark's 2017-2020 plan say about Integrated Offender Management?")]
    # many words of its own, but "of them" are the programme's offenders
    resolved = assistant.resolve("What share of them did not go on to re-offend within six months of joining?", history)
    assert any(item.startswith("topic:") and "integrated" in item.lower() for item in resolved.carried)


def test_the_equivalent_figure_elsewhere_is_the_one_the_last_turn_asked_for(assistant: Assistant) -> None:
    history = [asked(SUTTON_MARAC)]
    resolved = assistant.resolve("What is the equivalent figure in the Lewisham plan?", history)
    assert any(item.startswith("topic:") and "marac" in item.lower() for item in resolved.carried)
    answer = assistant.ask("What is the equivalent figure in the Lewisham plan?", history=history)
    assert answer.answered and "28% to 35%" in answer.text
    assert {c.council for c in answer.citations} == {"Lewisham"}


def test_a_follow_up_asking_two_things_carries_the_topic_when_one_of_them_leans_on_it(assistant: Assistant) -> None:
    history = [asked("Sutton has a MARAC for high-risk domestic abuse victims, hasn't it?")]
    resolved = assistant.resolve("Who chairs it, and which agencies take part in its meetings each month?", history)
    assert any(item.startswith("topic:") and "marac" in item.lower() for item in resolved.carried)


def test_years_that_named_the_plan_are_carried_as_its_name_and_a_figure_of_another_year_in_it_answers(
    assistant: Assistant,
) -> None:
    first = "Tell me about the Integrated Offender Management programme in Southwark's 2017 plan"
    history = [asked(first)]
    resolved = assistant.resolve("How many offenders does its team manage?", history)
    assert "2017 plan" in resolved.question
    answer = assistant.ask("How many offenders does its team manage?", history=history)
    assert answer.answered and "170" in answer.text  # said beside outcomes "in 2015-16", in the plan named


def test_years_asked_as_a_time_are_carried_as_a_time(assistant: Assistant) -> None:
    history = [asked("How many burglaries did Lewisham record in 2014?")]
    resolved = assistant.resolve("And robberies?", history)
    assert "2014" in resolved.question and "2014 plan" not in resolved.question


def test_what_about_another_named_thing_asks_the_last_question_of_it(assistant: Assistant) -> None:
    history = [asked("What share of SAVU's clients in Southwark don't re-offend within six months?")]
    resolved = assistant.resolve("What about the IOM Programme?", history)
    assert any(item.startswith("asked:") and "offend" in item for item in resolved.carried)
    assert "savu" not in resolved.question.lower()  # the thing named in its place is asked about, not SAVU
    answer = assistant.ask("What about the IOM Programme?", history=history)
    assert answer.answered and "45%" in answer.text
    # a subject in place of a subject, neither a name, carries no asking of its own
    again = assistant.resolve("And burglary?", [asked("How has Lewisham done on robbery?")])
    assert not any(item.startswith("asked:") for item in again.carried)


def test_a_follow_up_knows_when_the_last_question_asked_yes_or_no(assistant: Assistant) -> None:
    after_whether = assistant.resolve("What will they do with it?", [asked("Does Sutton's strategy mention CCTV?")])
    after_what = assistant.resolve("What will they do with it?", [asked("What does Sutton's strategy say on CCTV?")])
    assert after_whether.seen_whether and not after_what.seen_whether


FGM_EVENT = "Did Lewisham hold any event for the International Day of Zero Tolerance to FGM?"
TOWER_HAMLETS_HATE = "What does Tower Hamlets' plan say about hate crime?"


@pytest.mark.parametrize(
    ("last", "message", "council"),
    [
        # the people or the time of an event the last turn told of
        (FGM_EVENT, "What did the people who went ask for afterwards?", "Lewisham"),
        (FGM_EVENT, "What happened to the young people who attended afterwards?", "Lewisham"),
        # "any mention of ...?" asks it of the plan the conversation is about
        (TOWER_HAMLETS_HATE, "Any mention of online channels for spreading campaign messages?", "Tower Hamlets"),
        (TOWER_HAMLETS_HATE, "Anything on funding for it?", "Tower Hamlets"),
    ],
)
def test_a_message_going_on_from_the_last_turn_keeps_its_council(
    assistant: Assistant, last: str, message: str, council: str
) -> None:
    resolved = assistant.resolve(message, [asked(last)])
    assert f"council: {council}" in resolved.carried


def test_words_most_passages_use_or_none_does_name_no_subject_of_a_pointing_follow_up(assistant: Assistant) -> None:
    history = [asked("Lewisham put call-blocking kit into vulnerable residents' homes. What was it called?")]
    resolved = assistant.resolve("Which wider piece of work is that linked to?", history)
    assert any(item.startswith("topic:") and "call" in item for item in resolved.carried)


def test_and_within_a_place_asks_the_last_question_again_narrowed_to_it(assistant: Assistant) -> None:
    first = "Where does Southwark's 2017-2020 plan rank the borough for deprivation in England?"
    history = [turn_of(first, assistant.ask(first))]
    resolved = assistant.resolve("And within London?", history)
    assert any(item.startswith("topic:") and "depriv" in item.lower() for item in resolved.carried)
    answer = assistant.ask("And within London?", history=history)
    assert answer.answered and any("borough in London" in c.quote for c in answer.citations)
    # ... while "and X?" with a subject of its own still puts the last question about X
    history = [asked("How has Lewisham done on serious youth violence?")]
    assert not any(item.startswith("topic:") for item in assistant.resolve("And gun crime?", history).carried)


def test_a_message_taking_up_a_word_of_the_last_question_and_naming_nothing_else_carries_its_topic(
    assistant: Assistant,
) -> None:
    history = [asked("Which businesses in Southwark were approached about joining the Safe Haven scheme?")]
    resolved = assistant.resolve("Besides restaurants, what types of places were approached?", history)
    assert any(item.startswith("topic:") and "haven" in item.lower() for item in resolved.carried)
    # ... while one that names a subject of its own keeps only the scope
    resolved = assistant.resolve("Which schools were approached about knife crime?", history)
    assert not any(item.startswith("topic:") for item in resolved.carried)


def test_the_topic_carried_from_an_answer_quoting_no_plan_is_the_last_question_s(assistant: Assistant) -> None:
    first = "My brother got threatened with acid in a robbery. Is Tower Hamlets on to this?"
    history = [turn_of(first, assistant.ask(first))]
    resolved = assistant.resolve("What will be done about that?", history)
    topic = next(item for item in resolved.carried if item.startswith("topic:"))
    assert "acid" in topic  # what to do when threatened took up "threatened" only, and no plan said it
    answer = assistant.ask("What will be done about that?", history=history)
    assert answer.answered and all("acid" in c.quote.lower() for c in answer.citations[:1])


def test_they_points_back_at_what_the_last_question_was_about(assistant: Assistant) -> None:
    history = [asked("How many extra police officers did Tower Hamlets' Mayor in Cabinet agree to pay for?")]
    resolved = assistant.resolve("What kind of locations will they patrol on the ground?", history)
    assert "council: Tower Hamlets" in resolved.carried
    assert any(item.startswith("topic:") for item in resolved.carried)  # "they": what the last question asked about
