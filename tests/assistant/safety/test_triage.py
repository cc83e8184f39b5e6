"""Deciding from a reading: danger, signposting or nothing."""

from dataclasses import replace

import pytest

from assistant.safety.signals import Harm, Reading
from assistant.safety.triage import Decision, decide, raised, wants_second_opinion

QUIET = Reading(
    harms=(),
    topics=(),
    situations=(),
    now=False,
    ongoing=False,
    near=False,
    plea=False,
    bare_plea=False,
    fear=False,
    about_plans=False,
)
PLAN_QUESTION = replace(QUIET, about_plans=True)


def with_harm(reading: Reading, **harm: object) -> Reading:
    return replace(reading, harms=(Harm(**{"concerns": ("following",), "who": "writer", **harm}),))  # type: ignore[arg-type]


def test_nothing_read_is_nothing_to_add() -> None:
    assert decide(QUIET) is None
    assert decide(PLAN_QUESTION) is None


@pytest.mark.parametrize("who", ["writer", "close", "specific"])
def test_personal_harm_is_danger(who: str) -> None:
    assert decide(with_harm(QUIET, who=who)) == Decision("danger", ("following",))


@pytest.mark.parametrize("who", ["writer", "close"])
def test_personal_harm_is_danger_even_inside_a_question_about_plans(who: str) -> None:
    assert decide(with_harm(PLAN_QUESTION, who=who)).kind == "danger"  # type: ignore[union-attr]


def test_harm_to_people_in_general_is_signposting() -> None:
    assert decide(with_harm(PLAN_QUESTION, who="public")) == Decision("signposting", ("following",))


def test_a_particular_person_inside_a_question_about_plans_is_not_an_alarm() -> None:
    assert decide(with_harm(PLAN_QUESTION, who="specific")).kind == "signposting"  # type: ignore[union-attr]


def test_a_stranger_harmed_is_danger_only_here_or_now() -> None:
    assert decide(with_harm(PLAN_QUESTION, who="stranger")).kind == "signposting"  # type: ignore[union-attr]
    assert decide(with_harm(replace(PLAN_QUESTION, now=True), who="stranger")).kind == "danger"  # type: ignore[union-attr]
    assert decide(with_harm(replace(QUIET, near=True), who="stranger")).kind == "danger"  # type: ignore[union-attr]
    assert decide(with_harm(replace(QUIET, ongoing=True), who="stranger")).kind == "danger"  # type: ignore[union-attr]


def test_hypothetical_or_long_ago_harm_in_a_question_about_plans_is_signposting() -> None:
    assert decide(with_harm(PLAN_QUESTION, hypothetical=True)).kind == "signposting"  # type: ignore[union-attr]
    assert decide(with_harm(PLAN_QUESTION, past=True)).kind == "signposting"  # type: ignore[union-attr]
    assert decide(with_harm(QUIET, hypothetical=True)).kind == "danger"  # type: ignore[union-attr]


def test_a_statement_of_suicide_is_danger_whatever_else_the_message_asks() -> None:
    reading = with_harm(PLAN_QUESTION, concerns=("suicide",), statement=True, hypothetical=True, past=True)
    assert decide(reading) == Decision("danger", ("suicide",))
    assert decide(with_harm(PLAN_QUESTION, concerns=("suicide",), statement=True, who="public")).kind == "signposting"  # type: ignore[union-attr]


def test_harm_that_is_not_a_danger_to_life_is_signposting() -> None:
    assert decide(with_harm(QUIET, concerns=("hate-crime",))) == Decision("signposting", ("hate-crime",))


def test_fear_alone_is_danger_but_not_in_a_question_about_a_subject() -> None:
    assert decide(replace(QUIET, fear=True)) == Decision("danger", ("other",))
    assert decide(replace(PLAN_QUESTION, fear=True, topics=("crime",))) == Decision("signposting", ("crime",))
    assert decide(replace(PLAN_QUESTION, fear=True, plea=True)) == Decision("danger", ("other",))


def test_a_bare_plea_is_danger() -> None:
    assert decide(replace(QUIET, plea=True, bare_plea=True)) == Decision("danger", ("other",))
    assert decide(replace(QUIET, plea=True)) is None


def test_the_wide_net_is_danger_only_outside_questions_about_plans() -> None:
    assert decide(replace(QUIET, situations=("overdose",))) == Decision("danger", ("overdose",))
    assert decide(replace(PLAN_QUESTION, situations=("overdose",))) is None


def test_concerns_come_once_each_most_urgent_first() -> None:
    reading = replace(
        QUIET,
        harms=(Harm(("domestic-abuse", "following"), "writer"), Harm(("following",), "writer")),
        topics=("crime",),
    )
    assert decide(reading) == Decision("danger", ("domestic-abuse", "following"))


def test_a_second_opinion_is_wanted_unless_the_rules_say_danger_or_the_message_asks_about_plans() -> None:
    assert wants_second_opinion(None, QUIET)
    assert wants_second_opinion(Decision("signposting", ("crime",)), QUIET)
    assert not wants_second_opinion(Decision("danger", ("following",)), QUIET)
    assert not wants_second_opinion(None, PLAN_QUESTION)


def test_danger_raised_by_the_second_opinion_keeps_the_concerns_the_rules_named() -> None:
    assert raised(None, "suicide") == Decision("danger", ("suicide",))
    assert raised(Decision("signposting", ("drugs", "child-at-risk")), "other") == Decision(
        "danger", ("child-at-risk", "other", "drugs")
    )
