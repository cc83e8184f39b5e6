"""Questions about several people at once, about a plan's contents page by a part's letter or by how many
lines it takes, and two questions each asked with a question word inside a statement. A real assistant over
an invented plan."""

from __future__ import annotations

from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

THORNBURY = "thornbury-community-safety-plan-2019-22.txt"
THORNBURY_PLAN = """Thornbury Community Safety Plan 2019-22

Report of\tGrace Oduya, Corporate Director - Communities and Housing

Report author\tFelix Amankwah, Community Safety Manager


Background papers\tHeld at\tContact
Strategic Assessment 2018\tCommunity Safety Team, Civic Centre\tFelix Amankwah felix.amankwah@thornbury.gov.uk
Partnership Plan 2016-19\tCommunity Safety Team, Civic Centre\tFelix Amankwah felix.amankwah@thornbury.gov.uk

Contents

Foreword\tPage 3
Governance\tPage 5
Governance Structure\tPage 6
Priority A: Antisocial Behaviour\tPage 8
Priority B: Violence\tPage 11
Priority C: Exploitation\tPage 14
Part Two\t17
- Our Partners
- Funding and Resources
Part Three\t20

Foreword

This plan sets out how the partnership will keep Thornbury safe over the next three years.

Priority A: Antisocial Behaviour

Residents told us that noise, litter and groups gathering late at night are what worry them most. The
partnership will run joint patrols in the town centre and the parks on Friday and Saturday nights.

The Antisocial Behaviour Panel meets every month to agree actions on the cases that cause most harm, and
housing officers will visit every tenant who reports nuisance more than twice in a month.

Priority B: Violence

The Home Office set a target to cut knife injuries among under 25s by 15% by 2021.

The new domestic abuse advocacy service began on 1st June 2019 and is run by Safe Harbour. It supports
victims at high risk from the first call to the end of any court case.

Youth workers will be placed in the hospital emergency department to talk to young people admitted with
injuries from assaults, and schools will run lessons on healthy relationships in every year group.

Priority C: Exploitation

The partnership will map where children are drawn into selling drugs, train taxi drivers and hotel staff to
spot the signs of exploitation, and review every case of a child missing from home three times or more.

Governance

The Safer Thornbury Board oversees the plan and reports to the council's scrutiny committee twice a year.
Its members are the council, the police, probation, the fire service and the health partners.

Cabinet member\tCouncillor Tomas Brennan, Cabinet Member for Safer Communities
"""

thornbury = one_plan_fixture("thornbury", THORNBURY, "Thornbury", THORNBURY_PLAN)


def test_a_question_about_two_people_answers_for_each(thornbury: Assistant) -> None:
    answer = thornbury.ask("Thornbury: who are Grace Oduya and Tomas Brennan, respectively?")
    assert answer.answered
    assert "Grace Oduya, Corporate Director" in quoted(answer)
    assert "Councillor Tomas Brennan, Cabinet Member" in quoted(answer)


def test_roles_asked_of_two_people_are_answered_for_each(thornbury: Assistant) -> None:
    answer = thornbury.ask("Thornbury plan: Felix Amankwah and Tomas Brennan - what roles do they have?")
    assert answer.answered
    assert "Felix Amankwah, Community Safety Manager" in quoted(answer)
    assert "Councillor Tomas Brennan, Cabinet Member" in quoted(answer)


def test_a_person_named_often_is_quoted_where_the_plan_gives_their_title(thornbury: Assistant) -> None:
    # the name is also written in lower case in an email address, and as a contact in the papers table
    answer = thornbury.ask("Who is Felix Amankwah in the Thornbury plan?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == ["Report author | Felix Amankwah, Community Safety Manager"]


def test_a_follow_up_asking_how_to_get_in_touch_gives_the_contact(thornbury: Assistant) -> None:
    first = "Who is Felix Amankwah in the Thornbury plan?"
    answer = thornbury.ask("How could I get in touch with him?", history=[turn_of(first, thornbury.ask(first))])
    assert answer.answered
    assert "felix.amankwah@thornbury.gov.uk" in quoted(answer)


def test_a_contents_line_is_found_by_its_part_s_letter(thornbury: Assistant) -> None:
    answer = thornbury.ask("Thornbury's plan: the contents page lists Priority B on which page?")
    assert [c.quote for c in answer.citations] == ["Priority B: Violence | Page 11"]


def test_the_contents_lines_a_question_counts_are_all_given(thornbury: Assistant) -> None:
    answer = thornbury.ask("Thornbury: which two pages does the governance material take in the contents?")
    assert [c.quote for c in answer.citations] == ["Governance | Page 5", "Governance Structure | Page 6"]


def test_the_contents_lines_listed_under_a_part_are_given_with_it(thornbury: Assistant) -> None:
    answer = thornbury.ask("Which items are listed under Part Two on Thornbury's contents page?")
    quotes = [c.quote for c in answer.citations]
    assert quotes[1:] == ["Our Partners", "Funding and Resources"]


def test_two_questions_asked_inside_statements_are_both_answered(thornbury: Assistant) -> None:
    answer = thornbury.ask(
        "Thornbury: the advocacy service began on what date, and the Home Office target runs up to which year?"
    )
    assert answer.answered
    assert "began on 1st June 2019" in quoted(answer)
    assert "by 15% by 2021" in quoted(answer)
    assert "The plans do not say" not in answer.text
