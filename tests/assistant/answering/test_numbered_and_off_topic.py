"""An action named by the number the plan prints before it, and a resident's story about a thing no plan
names: a real assistant over one invented plan in plain text."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

BRAMWELL_PLAN = """Bramwell Community Safety Strategy 2025-28

Priority 1: Safe from Harm

Our actions

- 1.1. Run partnership problem solving through our Tasking Group, the Victims Panel and the Offender Board.
- 1.2. Support the neighbourhood policing teams in every ward with a named contact for each housing estate.
- 1.3. Tackle shop theft on the high street by working with the Traders Association and the market wardens.
- 1.4. Make sure closed-circuit television in the town centre is used to prevent crime and find offenders.

Priority 2: Safe at Home

Our actions

- 2.1. Give every victim of domestic abuse a named advocate within two days of their first call.
- 2.2. Fit locks and alarms for older residents whose homes have been burgled, free of charge.

Landlords

The council's private housing team takes action against rogue landlords who let unsafe homes, working with the
police and the fire service.
"""

bramwell = one_plan_fixture("bramwell", "bramwell-community-safety-strategy-2025-28.txt", "Bramwell", BRAMWELL_PLAN)


def test_an_action_named_by_its_number_is_answered_with_that_action_alone(bramwell: Assistant) -> None:
    answer = bramwell.ask("Bramwell action 1.1 does problem solving through three forums. Name them.")
    assert answer.answered
    assert "Tasking Group, the Victims Panel and the Offender Board" in quoted(answer)
    assert "named contact for each housing estate" not in quoted(answer)  # not 1.2, nor the rest of the list


def test_a_figure_that_looks_like_an_item_number_names_no_item(bramwell: Assistant) -> None:
    answer = bramwell.ask("Which Bramwell action costs 1.2 million pounds?")
    assert "named contact for each housing estate" not in answer.text or not answer.answered


def test_a_story_about_things_no_plan_names_is_refused_though_it_shares_a_word_with_the_plan(
    bramwell: Assistant,
) -> None:
    answer = bramwell.ask(
        "There are rats in the bins behind our flats and the landlord won't act. Will the council send someone out?"
    )
    assert not answer.answered


def test_a_story_of_a_theft_with_a_thing_no_plan_names_is_still_answered(bramwell: Assistant) -> None:
    answer = bramwell.ask(
        "My gran's house in Bramwell was burgled and they took her laptop. Will anyone help make her home secure?"
    )
    assert answer.answered
    assert "locks and alarms" in quoted(answer)


def test_an_action_named_by_its_number_is_found_though_the_question_shares_no_word_with_it(
    bramwell: Assistant,
) -> None:
    answer = bramwell.ask("What will Bramwell hand out under action 2.2?")
    assert answer.answered
    assert quoted(answer) == "Fit locks and alarms for older residents whose homes have been burgled, free of charge."


def test_a_number_the_plan_prints_before_no_item_finds_no_item(bramwell: Assistant) -> None:
    answer = bramwell.ask("What will Bramwell hand out under action 3.4?")
    assert "locks and alarms" not in quoted(answer)


def test_a_run_of_actions_named_by_their_numbers_is_answered_with_each_of_them(bramwell: Assistant) -> None:
    answer = bramwell.ask("Bramwell actions 1.2 to 1.4 - list them.")
    assert answer.answered
    said = quoted(answer)
    assert "named contact for each housing estate" in said and "Traders Association" in said
    assert "closed-circuit television" in said
    assert "Tasking Group" not in said and "named advocate" not in said  # not 1.1, nor Priority 2's


def test_a_run_written_with_a_dash_names_the_same_actions(bramwell: Assistant) -> None:
    answer = bramwell.ask("What do Bramwell's actions 2.1-2.2 promise?")
    assert answer.answered
    assert "named advocate" in quoted(answer) and "locks and alarms" in quoted(answer)
    assert "Tasking Group" not in quoted(answer)


def test_a_later_part_naming_an_item_by_its_number_alone_names_it_as_the_first_part_did(bramwell: Assistant) -> None:
    answer = bramwell.ask("Bramwell action 1.3 works with whom, and what does 2.1 give victims?")
    assert answer.answered
    said = quoted(answer)
    assert "Traders Association" in said and "named advocate" in said


def test_a_part_that_is_only_a_number_names_the_item_printed_with_it(bramwell: Assistant) -> None:
    answer = bramwell.ask("Bramwell's 1.4, television in the town centre: what's that about? And 2.2?")
    assert answer.answered
    assert "locks and alarms" in quoted(answer)  # "And 2.2?" says nothing but the number


KESTRELFORD_PLAN = """Kestrelford Community Safety Plan 2024-27

Parks

Fun days in the park have inflatables, face painting and music for local children.

Street parties

Residents planning a street party should tell the council's events team, who advise on road safety on the day.
Road closure signs for street parties cost the events team £4,500 over two years.

Responsible retailers

Responsible Retailers that sign up to the Pledge will display a window sticker to let people know that they are a \
Responsible Retailer.

Licensing

The licensing team checks licensed premises that sell alcohol late at night.
"""

kestrelford = one_plan_fixture(
    "kestrelford", "kestrelford-community-safety-plan-2024-27.txt", "Kestrelford", KESTRELFORD_PLAN
)


def test_a_question_mostly_in_words_no_plan_uses_is_not_answered_by_the_one_word_it_shares(
    kestrelford: Assistant,
) -> None:
    # "park" is the plan's word; hiring a bouncy castle is nothing the plan says
    assert not kestrelford.ask("Can I hire a bouncy castle for the park in Kestrelford?").answered
    answer = kestrelford.ask("What is there for children at the fun days in Kestrelford's park?")
    assert answer.answered and "inflatables, face painting and music" in quoted(answer)


def test_a_service_asked_for_a_thing_no_plan_names_is_refused_though_the_plan_speaks_of_the_occasion(
    kestrelford: Assistant,
) -> None:
    # the plan speaks of street parties, not of lending gazebos
    assert not kestrelford.ask("Can I hire a gazebo from the council for our street party in Kestrelford?").answered
    # ... nor of finding a childminder, however the help is asked for
    assert not kestrelford.ask("Can the council help me find a childminder for our Kestrelford street party?").answered
    answer = kestrelford.ask("Who advises residents planning a street party in Kestrelford?")
    assert answer.answered and "events team" in quoted(answer)


def test_a_thing_no_plan_names_asked_beside_every_other_word_the_evidence_says_is_answered(
    kestrelford: Assistant,
) -> None:
    # no plan says "off-licence", but the evidence says every other word asked, and says how to tell
    assert_answers_quoting(
        kestrelford,
        "How can I tell a Kestrelford off-licence has signed the Responsible Retailer Pledge?",
        "display a window sticker",
    )


def test_what_the_asker_needs_to_do_told_before_the_question_asks_for_no_service(kestrelford: Assistant) -> None:
    # "I need to fill" is the asker's own task, told before the question: the question asks for a figure
    assert_answers_quoting(
        kestrelford,
        "Our team's spreadsheet has a red cell I need to fill: what is the two-year cost of Kestrelford's road "
        "closure signs?",
        "£4,500",
    )
