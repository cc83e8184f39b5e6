"""An item asked for by its number ("which action number covers ...?") is quoted with the number the plan prints
before it, and only then. A real assistant over an invented plan."""

from __future__ import annotations

from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

HOLLINGTON = """# Hollington Community Safety Strategy 2022-25

## Theme 4: Protecting People

Partners will take the following actions:

- 4.1. Support the Anti-Social Behaviour Unit to respond to complaints from residents.
- 4.2. Run a winter campaign on keeping sheds and bicycles secure.
- 4.3. Protect vulnerable residents from rogue traders, distraction burglary and online crime.
- 4.4. Train housing officers to recognise hoarding and self-neglect.
"""

hollington = one_plan_fixture("hollington", "hollington-community-safety-strategy-2022-25.md", "Hollington", HOLLINGTON)


def test_an_item_asked_for_by_its_number_is_quoted_with_it(hollington: Assistant) -> None:
    answer = hollington.ask("Which Hollington action number covers protecting vulnerable residents from online crime?")
    assert answer.answered
    assert "4.3. Protect vulnerable residents" in quoted(answer)
    assert "4.3" in answer.text


def test_an_item_asked_about_otherwise_is_quoted_without_its_number(hollington: Assistant) -> None:
    answer = hollington.ask("Does Hollington's strategy do anything about rogue traders?")
    assert answer.answered and "Protect vulnerable residents from rogue traders" in quoted(answer)
    assert "4.3." not in quoted(answer)


def test_a_follow_up_asking_the_number_of_what_was_quoted_gets_it(hollington: Assistant) -> None:
    first = "Is Hollington doing anything about sheds and bikes being pinched?"
    answer = hollington.ask("Which action number is that?", history=[turn_of(first, hollington.ask(first))])
    assert answer.answered and "4.2. Run a winter campaign" in quoted(answer)


def test_one_item_asked_for_by_what_it_says_is_quoted_alone_with_its_number(hollington: Assistant) -> None:
    answer = hollington.ask("Which 2022-25 strategy action is about rogue traders?")
    assert answer.answered
    assert "4.3. Protect vulnerable residents from rogue traders" in quoted(answer)
    assert not any(words in quoted(answer) for words in ("Anti-Social Behaviour Unit", "winter", "housing officers"))


def test_the_actions_asked_for_by_their_list_are_all_quoted(hollington: Assistant) -> None:
    answer = hollington.ask("What actions does Hollington take under Protecting People?")
    assert answer.answered
    assert all(words in quoted(answer) for words in ("winter campaign", "rogue traders", "housing officers"))
