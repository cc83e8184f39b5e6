"""Duties: sentences naming an Act with its year in the words of a duty."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import GALLOWAY

Build = Callable[[str, str], Built]


def test_sentences_naming_an_act_with_a_duty_cue_are_duties(build: Build) -> None:
    duties = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.duties
    assert [(d.law, d.section, d.evidence.quote) for d in duties] == [
        (
            "Crime and Disorder Act 1998",
            None,
            "Under the Crime and Disorder Act 1998, the council and police must work together to reduce crime.",
        ),
        (
            "Crime and Disorder Act 1998",
            "17",
            "Section 17 of the Crime and Disorder Act 1998 places a duty on the council to consider crime in all "
            "its decisions.",
        ),
        (
            "Domestic Abuse Act 2021",
            None,
            "The Domestic Abuse Act 2021 requires the council to provide safe accommodation.",
        ),
    ]
    # an Act named without a duty, a duty without an Act, and an Act as a heading are not duties
    quotes = " ".join(d.evidence.quote for d in duties)
    assert "Licensing Act" not in quotes and "share information" not in quotes


def test_a_long_act_name_with_a_comma_is_kept_whole(build: Build) -> None:
    text = (
        "# Ironbridge Community Safety Plan 2022-25\n\n## Legal basis\n\n"
        "The council must consult the police before it makes a public spaces protection order under the "
        "Anti-social Behaviour, Crime and Policing Act 2014.\n"
    )
    [duty] = build("ironbridge-community-safety-plan-2022-25.md", text).plan.duties
    assert duty.law == "Anti-social Behaviour, Crime and Policing Act 2014"
