"""A compound question asking one thing of one council and another of another ("how much did Wraxby get for
Prevent, and which body does Corston name as a funder?") is two questions: each part is read of its own council,
not lent the other part's council or subject; through the real assistant over two invented plans."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import quoted, several_plans_fixture

WRAXBY = """Wraxby Community Safety Plan 2017-21

Tackling extremism

The Home Office funds Prevent work in the borough. In 2017-18, the Council will receive £132,000 for the delivery \
of three Prevent projects. The projects work with schools and mosques.

Violence against women and girls

Our VAWG Strategy sets out nine strands of work. Domestic violence and abuse is the largest strand. Partners fund \
refuges and outreach for survivors.
"""

CORSTON = """Corston Safer Streets Strategy 2021-24

Domestic abuse

Domestic abuse services in Corston are funded by the Mayor's Office for Policing and Crime. The Safer Corston Board \
oversees how domestic abuse funding is spent.

Extremism

The partnership delivers Prevent training to teachers every term.
"""

two_councils = several_plans_fixture(
    "two_councils",
    "wraxby-and-corston",
    {
        "wraxby-community-safety-plan-2017-21.txt": (WRAXBY, "Wraxby"),
        "corston-safer-streets-strategy-2021-24.txt": (CORSTON, "Corston"),
    },
)


def test_each_part_is_answered_of_the_council_it_names(two_councils: Assistant) -> None:
    answer = two_councils.ask(
        "How much did Wraxby get for Prevent in 2017-18, and which body does Corston name as a source of domestic "
        "abuse funding?"
    )
    assert answer.answered
    assert "£132,000" in quoted(answer)
    assert "Mayor's Office for Policing and Crime" in quoted(answer)
    assert "The plans do not say" not in answer.text  # the first part is answered, not given up on
    assert "largest strand" not in quoted(answer)  # Wraxby's part is not read with Corston's subject
    assert_cited_verbatim(two_councils, answer)
