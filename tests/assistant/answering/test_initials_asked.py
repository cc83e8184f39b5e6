"""A body or scheme the question names by initials the plan spells out is what it asks about: evidence about
another body, however close in meaning, does not answer it. A real assistant over one invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

OXHILL_PLAN = """Oxhill Community Safety Plan 2024-27

Anti-social behaviour

Anti-social behaviour is reviewed at the multi agency Partnership Tasking Group (PTG). As well as discussing \
patterns and trends, the group deploys resources to tackle emerging issues.

Domestic abuse

Monthly MARAC (Multi Agency Risk Assessment Conference) meetings make sure that victims at high risk have a \
safety plan in place. The partnership will maintain a repeat referral rate per year of 28% to 35%.
"""

oxhill = one_plan_fixture("oxhill", "oxhill-community-safety-plan-2024-27.txt", "Oxhill", OXHILL_PLAN)


def test_how_often_a_body_named_by_its_initials_meets_is_not_how_often_another_does(oxhill: Assistant) -> None:
    assert not oxhill.ask("How often does the multi agency PTG in Oxhill meet?").answered
    answer = oxhill.ask("How often does the multi agency MARAC in Oxhill meet?")
    assert answer.answered and "Monthly MARAC" in quoted(answer)
    # ... and what the plan does say of the PTG answers what it does
    answer = oxhill.ask("What does the PTG in Oxhill do?")
    assert answer.answered and "Partnership Tasking Group (PTG)" in quoted(answer)


def test_a_rate_per_year_is_not_how_often_and_answers_offered_after_a_dash_leave_the_question_asking(
    oxhill: Assistant,
) -> None:
    answer = oxhill.ask("How often does Oxhill's domestic abuse MARAC sit — weekly or monthly?")
    assert answer.answered and "Monthly MARAC" in quoted(answer)
    assert "repeat referral rate" not in quoted(answer)
