"""Who a part of a plan is from: a heading that names its writer, or the lines that sign it."""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import CORPUS
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHBY

Build = Callable[[str, str], Built]


def test_a_signature_and_a_heading_say_who_parts_are_from(build: Build) -> None:
    built = build("ashby-community-safety-plan-2024-27.txt", ASHBY)
    signed = {item.part: item for item in built.plan.signed}
    assert set(signed) == {"Foreword", "Message"}
    foreword = signed["Foreword"]
    assert foreword.who == "Councillor Priya Malhotra Cabinet Member for Safer Communities"
    assert all(e.quote in built.chunk(e).text for e in foreword.evidence)
    assert foreword.evidence[0].quote.startswith("Councillor Priya Malhotra")
    message = signed["Message"]
    assert message.who == "the Chief Inspector"
    assert [e.quote for e in message.evidence] == ["Message from the Chief Inspector"]


def test_a_theme_safe_from_something_and_contact_lines_sign_nothing(build: Build) -> None:
    built = build("ashby-community-safety-plan-2024-27.txt", ASHBY)
    whos = " ".join(item.who for item in built.plan.signed)
    assert "Crime and Disorder" not in whos  # "Safe from Crime": no one is "Crime"
    assert "01234" not in whos and "Community Safety Team" not in whos  # a contact, not a signature


def test_the_bundled_tower_hamlets_plan_says_who_its_foreword_and_welcome_are_from(build: Build) -> None:
    name = "tower-hamlets-community-safety-plan-2017-21.txt"
    built = build(name, (CORPUS / name).read_text(encoding="utf-8"))
    assert [(item.part, item.who) for item in built.plan.signed] == [
        ("Foreword", "Co-chairs of Community Safety Partnership Executive"),
        ("Hello & Welcome", "Mayor of Tower Hamlets"),
    ]
