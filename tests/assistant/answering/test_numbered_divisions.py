"""A section or paragraph named by the whole number the plan prints before it ("section 2", "paragraph 14"):
what it holds, read from a real assistant over one invented report in plain text."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

KELSHAW_REPORT = """Kelshaw Community Safety Partnership: annual report to scrutiny 2024

Contents

1. Safe Streets	3
2. Safe from Exploitation	5

1. Safe Streets

The partnership patrols the town centre on Friday and Saturday nights.

1. Strategic Actions

- 1.1. Keep the night bus stops lit and staffed by wardens.
- 1.2. Close the alleyways behind the market after dark.

2. Safe from Exploitation

2. Strategic Actions

- 2.1. Train taxi drivers to spot children being exploited.
- 2.2. Run a helpline for parents worried about grooming.
- 2.3. Visit every hotel in the borough twice a year (90% of hotels in the first year).

13. The partnership met eleven times this year.

14. The shoplifting working group has been refreshed. Its members have agreed that the group will:

- Hold a traders' forum every spring (funded by the Safer Streets Grant). Traders will be asked to report every theft.
- Map the shops that are hit most often
- Share images of repeat offenders with the radio link scheme

15. Funding for the wardens ends in March.

16. Other Duties of the Partnership

Reviews after a death

- The chair of the partnership decides whether a death is reviewed.
- The chair consults the coroner first.

17. The partnership will report again next year.
"""

kelshaw = one_plan_fixture("kelshaw", "kelshaw-scrutiny-report-2024.txt", "Kelshaw", KELSHAW_REPORT)


def test_a_section_named_by_its_number_gives_the_items_printed_under_it(kelshaw: Assistant) -> None:
    answer = kelshaw.ask("Kelshaw section 2: what are its three actions?")
    assert answer.answered
    said = quoted(answer)
    assert "taxi drivers" in said and "helpline for parents" in said and "every hotel" in said
    assert "night bus stops" not in said  # section 1's


def test_a_paragraph_named_by_its_number_gives_its_sentences_and_the_bullets_it_leads_into(
    kelshaw: Assistant,
) -> None:
    answer = kelshaw.ask("In Kelshaw's report, what will the group in paragraph 14 do?")
    assert answer.answered
    said = quoted(answer)
    assert "working group has been refreshed" in said and "the group will:" in said
    assert "Map the shops" in said and "traders' forum" in said and "radio link scheme" in said
    assert "report every theft" in said  # a bullet of two sentences, whole, and the bullets after it
    assert "eleven times" not in said and "Funding for the wardens" not in said  # paragraphs 13 and 15


def test_a_division_number_no_line_prints_finds_nothing_by_number(kelshaw: Assistant) -> None:
    answer = kelshaw.ask("Kelshaw paragraph 40: what does it say about taxi drivers?")
    assert "radio link scheme" not in quoted(answer)


def test_a_figure_said_with_a_section_is_answered_by_what_the_section_says_with_it(kelshaw: Assistant) -> None:
    answer = kelshaw.ask("Ninety per cent of what, in Kelshaw's section 2?")
    assert answer.answered
    assert quoted(answer) == "Visit every hotel in the borough twice a year (90% of hotels in the first year)."


def test_a_numbered_title_gives_what_is_printed_under_it_up_to_the_next_number(kelshaw: Assistant) -> None:
    answer = kelshaw.ask("Per paragraph 16 of Kelshaw's report, who decides whether a death is reviewed?")
    assert answer.answered
    said = quoted(answer)
    assert "Other Duties of the Partnership" in said
    assert "The chair of the partnership decides whether a death is reviewed." in said
    assert "report again next year" not in said  # paragraph 17
