from __future__ import annotations

from assistant.answering.counts import counted_by, counts_asked
from assistant.retrieval.terms import terms


def test_a_figure_counts_the_noun_phrase_after_it() -> None:
    assert counted_by("Members were offered a choice of 20 local concerns to rank.") == [tuple(terms("concerns"))]
    assert counted_by("The hub took on three new caseworkers in 2021.") == [tuple(terms("caseworkers"))]
    assert counted_by("Over 45 young people aged 11-16 took part")[0] == tuple(terms("young people"))


def test_a_figure_followed_by_no_thing_says_nothing_of_what_it_counts() -> None:
    assert counted_by("Reports rose to 311. Most were") == [()]
    assert counted_by("Vehicle crime | 1204 | 998 | -17.1%") == [(), ()]  # a table row: its label says what
    assert counted_by("Twelve of them were referred") == [()]
    assert counted_by("It cost 2 million") == [()]
    assert counted_by("Since 2019 the team has grown") == []  # a year is no figure


def test_a_count_question_is_answered_by_a_figure_of_what_it_counts() -> None:
    asked = terms("people")
    assert not counts_asked("The form offered respondents a choice of 20 concerns to rank.", asked)
    assert counts_asked("The scheme supported 64 residents last year.", asked)  # people of any kind
    assert counts_asked("Responses: 1,208 in all.", asked)  # a bare figure is left to its setting
    assert counts_asked("It secured 14 Community Protection Notices.", terms("cpns"))  # initials
    assert counts_asked("It visited 14 takeaways.", terms("outlets"), lambda term: frozenset(terms("takeaways")))
    assert not counts_asked("It visited 14 takeaways.", terms("outlets"))
    assert counts_asked("Anything at all", ())  # nothing counted: nothing to check
