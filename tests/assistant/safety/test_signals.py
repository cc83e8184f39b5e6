"""Reading a message for danger: what harm, to whom, and when."""

import json
from pathlib import Path

import pytest

from assistant.safety.harms import CONCERNS
from assistant.safety.signals import Harm, read
from assistant.safety.triage import decide

DEVELOPMENT_SET = Path(__file__).resolve().parents[3] / "eval" / "safety.jsonl"


def harms(message: str) -> list[Harm]:
    return list(read(message).harms)


def whose(message: str, concern: str) -> set[str]:
    return {harm.who for harm in harms(message) if concern in harm.concerns}


def test_harm_done_to_the_writer_is_an_event() -> None:
    assert whose("someone is following me, what should I do?", "following") == {"writer"}
    assert whose("I'm being stalked, what is the council doing about it?", "following") == {"writer"}


def test_harm_named_as_a_subject_is_a_topic_not_an_event() -> None:
    reading = read("What is the council doing about stalking?")
    assert reading.harms == ()
    assert reading.topics == ("following",)
    assert reading.about_plans


def test_harm_to_people_in_general_is_public() -> None:
    assert whose("What support is there for people who are being stalked?", "following") == {"public"}
    assert whose("How does the partnership protect children from being groomed online?", "child-at-risk") <= {
        "public",
        "unknown",
    }


def test_someone_close_is_read_through_possessives_and_ages() -> None:
    assert whose("my neighbour's kids are being beaten", "violence-now") == {"close"}
    assert "child-at-risk" in {c for harm in harms("my neighbour's kids are being beaten") for c in harm.concerns}
    assert whose("my 13 year old daughter hasn't come home", "child-at-risk") == {"close"}


def test_a_pronoun_is_someone_close_when_the_writer_named_them() -> None:
    assert whose("my friend says she wants to end it all", "suicide") == {"close"}
    assert whose("she wants to end it all", "suicide") == {"specific"}


def test_a_threat_reported_in_speech_is_a_threat() -> None:
    found = harms("he said he'll kill me if I leave")
    assert [(harm.concerns, harm.who, harm.hypothetical) for harm in found] == [(("threats",), "writer", False)]


def test_a_partner_doing_harm_is_domestic_abuse() -> None:
    assert {"violence-now", "domestic-abuse"} <= set(harms("my husband hits me")[0].concerns)
    assert "domestic-abuse" in {c for harm in harms("my ex keeps turning up at my flat") for c in harm.concerns}


def test_statements_of_suicide_self_harm_and_overdose_are_the_writers_unless_someone_else_is_named() -> None:
    for message, concern in [
        ("i want to die", "suicide"),
        ("cant go on anymore", "suicide"),
        ("took a load of pills", "overdose"),
        ("i cut myself again", "self-harm"),
    ]:
        found = [harm for harm in harms(message) if concern in harm.concerns]
        assert found and all(harm.statement and harm.who == "writer" for harm in found), message
    assert whose("How many people kill themselves each year?", "suicide") == {"public"}


def test_a_thing_that_collapsed_is_no_one_s_overdose() -> None:
    assert whose("When the bank collapsed in 2008, what did the council do?", "overdose") == {"thing"}
    assert whose("Did the scheme collapse when a company collapsed?", "overdose") <= {"unknown", "thing"}
    # ... but someone who collapsed is someone: the writer, unless someone else is named
    assert whose("collapsed on the floor and can't get up", "overdose") == {"writer"}
    assert whose("the man next to me collapsed", "overdose") != {"unknown"}


def test_a_document_missing_a_page_is_no_one_missing() -> None:
    for message in (
        "My printout is missing a page, so I'll ask: when is the new assessment due?",
        "My Wexcombe print is missing theme headings - which theme covers the Channel Panel?",
    ):
        assert whose(message, "child-at-risk") == {"thing"}, message
        assert read(message).about_plans, message
        assert decide(read(message)) is None, message
    # ... but a person who is missing is someone, named or not
    assert whose("my daughter Sophie is missing", "child-at-risk") != {"unknown"}
    assert whose("my son is missing since last night", "child-at-risk") != {"unknown"}
    assert whose("Our Tom is missing", "child-at-risk") != {"unknown"}
    assert whose("our Tom is missing since Friday, does the council help find people?", "child-at-risk") != {"unknown"}


def test_a_firm_named_for_a_family_is_no_one_s_brothers() -> None:
    assert whose("The vision started the year Lehman Brothers collapsed. Which years?", "overdose") == {"thing"}
    # ... but brothers who are someone's are people, named or not
    assert whose("My brothers collapsed after taking pills", "overdose") != {"unknown"}
    assert whose("My mate Tom Brothers collapsed after taking pills", "overdose") != {"unknown"}


def test_a_noun_is_not_a_statement() -> None:
    assert harms("How many overdose deaths were there last year?") == []
    assert harms("Does the partnership fund self-harm awareness training?") == []


def test_a_weapon_in_a_hand_at_the_door_is_the_writers_danger() -> None:
    reading = read("there's a man outside my door with a knife")
    assert reading.near
    assert [(harm.concerns, harm.who) for harm in reading.harms] == [(("violence-now",), "writer")]
    assert harms("How many knife crime offences were recorded?") == []


def test_hypothetical_and_long_ago_are_marked() -> None:
    assert all(h.hypothetical for h in harms("if some guy is harassing me is there anywhere i can go"))
    assert all(h.hypothetical for h in harms("I'm scared of being followed home"))
    assert all(h.past for h in harms("my son was stabbed last year, what is the council doing?"))
    assert not any(h.hypothetical for h in harms("he will kill me if I tell anyone"))


def test_immediacy_and_ongoing_are_told_apart() -> None:
    assert read("someone is trying to break in right now").now
    assert not read("someone broke into my car last year").now
    assert read("my ex keeps messaging me").ongoing
    assert not read("What are the council's priorities?").ongoing


def test_fear_is_the_writers_own_not_worry_about_a_subject() -> None:
    assert read("I'm scared").fear
    assert read("i am so scared of him").fear
    assert not read("I'm scared of knife crime, what is the council doing?").fear
    assert not read("I'm afraid I don't understand the MARAC figures").fear
    assert not read("i'm scared to walk through the park at night").fear


def test_a_plea_and_a_bare_plea() -> None:
    assert read("what do i do").plea
    assert read("help!").bare_plea
    assert not read("Can you help me find the Sutton plan?").bare_plea


def test_the_wide_net_catches_a_personal_situation_but_not_a_worry_about_a_subject() -> None:
    assert read("im stuck in a lift and panicking").situations
    assert (
        read("my dads sent a message saying sorry and goodbye and isnt answering").harms
        or read("my dads sent a message saying sorry and goodbye and isnt answering").situations
    )
    assert read("I'm worried about the threat of terrorism").situations == ()
    assert read("The partnership should look at knife crime").situations == ()


def test_every_concern_read_from_the_development_set_is_a_known_concern() -> None:
    messages = [json.loads(line)["message"] for line in DEVELOPMENT_SET.read_text(encoding="utf-8").splitlines()]
    named = {c for m in messages for c in (*read(m).topics, *read(m).situations)}
    named |= {c for m in messages for harm in read(m).harms for c in harm.concerns}
    assert named <= set(CONCERNS)
    assert {"following", "suicide", "overdose", "domestic-abuse", "child-at-risk"} <= named


@pytest.mark.parametrize("message", ["", "   ", "?!", "1234"])
def test_empty_or_wordless_messages_read_as_nothing(message: str) -> None:
    reading = read(message)
    assert reading.harms == () and reading.topics == () and not reading.fear


@pytest.mark.parametrize(
    ("message", "event"),
    [
        ("Is there an online neighbourhood watch I can join?", False),  # a scheme, not someone watching
        ("How do I start a Shop Watch on our parade?", False),
        ("Someone stole my watch at the station", False),
        ("A man keeps watching me from his car", True),
        ("They watch my house every night", True),
    ],
)
def test_a_harm_word_used_as_a_noun_is_no_event(message: str, event: bool) -> None:
    assert bool(whose(message, "following") & {"writer"}) == event


def test_what_someone_does_to_a_thing_of_their_own_is_no_harm() -> None:
    message = "My dad is speaking at the council meeting and asked whether he can grab his coat if the alarm goes."
    assert not [harm for harm in harms(message) if "violence-now" in harm.concerns]
    assert decide(read(message)) is None
    # ... but what is done to someone of theirs, or to someone else, is
    assert [harm for harm in harms("he hits his wife") if "violence-now" in harm.concerns]
    assert [harm for harm in harms("he grabbed her by the throat") if "violence-now" in harm.concerns]
    assert decide(read("he grabbed her by the throat")) is not None
