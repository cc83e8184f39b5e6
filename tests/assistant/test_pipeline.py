import re

import pytest

from assistant.answering.question import analyse
from assistant.answering.verify import numbers_in
from assistant.embedding import SentenceTransformerEmbedder
from assistant.pipeline import Assistant

TOWER_HAMLETS_PRIORITIES = [
    "Anti-Social Behaviour including Drugs and Alcohol",
    "Violence",
    "Hate Crime, Community Cohesion and Extremism",
    "Reducing Re-offending",
]

# Questions of every kind: each answer must keep the citation rules, whatever it says.
QUESTIONS = [
    "What are the four priorities of the Tower Hamlets Community Safety Partnership Plan 2017-21?",
    "How many MARAC referrals does Sutton aim for?",
    "what percentage of people in tower hamlets felt safe",
    "What did Lewisham achieve on burglary between 2013 and 2014?",
    "What statutory duties does a community safety partnership have?",
    "Compare the priorities of Southwark and Sutton",
    "What is Southwark's council tax?",
    "what is sutton doing about anti social behavour",
]


def test_a_priorities_question_gets_the_list_with_a_citation_on_every_point(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(QUESTIONS[0])
    assert answer.answered
    assert "Tower Hamlets Community Safety Partnership Plan 2017-21" in answer.text
    bullets = [line for line in answer.text.split("\n") if line.startswith("- ")]
    # the plan's own priority headings, in order, each naming its priority
    assert len(bullets) == len(TOWER_HAMLETS_PRIORITIES)
    for line, priority in zip(bullets, TOWER_HAMLETS_PRIORITIES, strict=True):
        assert set(re.findall(r"\w+", priority.lower())) - {"anti", "social", "behaviour"} <= set(
            re.findall(r"\w+", line.lower())
        ), line
    assert all(re.search(r"\[\d+\]$", line) for line in bullets)
    assert {c.source for c in answer.citations} == {"tower-hamlets-community-safety-plan-2017-21.txt"}


def test_an_off_corpus_question_is_refused_without_citations(assistant: Assistant) -> None:
    answer = assistant.ask("What is Southwark's council tax?")
    assert not answer.answered and answer.citations == ()
    assert answer.text.startswith("I couldn't find that in the plans.")


def test_a_council_with_no_plans_is_refused_and_named(assistant: Assistant) -> None:
    answer = assistant.ask("What are Camden's community safety priorities?")
    assert not answer.answered and "Camden" in answer.text


def test_a_figure_comes_with_its_source(assistant: Assistant) -> None:
    answer = assistant.ask("How many MARAC referrals does Sutton aim for?")
    assert answer.answered and "209" in answer.text
    assert any("209" in c.quote and c.source == "safer-sutton-strategy-2021-24.txt" for c in answer.citations)


def test_an_acronym_question_finds_the_definition(assistant: Assistant) -> None:
    answer = assistant.ask("what is marac")
    assert answer.answered and "Multi Agency Risk Assessment Conference" in answer.text


def test_a_comparison_answers_from_each_named_council(assistant: Assistant) -> None:
    answer = assistant.ask("Compare the priorities of Southwark and Sutton")
    assert {c.council for c in answer.citations} == {"Southwark", "Sutton"}


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_quote_is_verbatim_and_every_number_is_cited(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == {c.n for c in answer.citations}
    cited_numbers: set[str] = set()
    for citation in answer.citations:
        assert citation.quote in assistant.index.chunks[citation.chunk_id].text
        cited_numbers |= numbers_in(f"{citation.quote} {citation.title}")
    assert numbers_in(re.sub(r"\[\d+\]", "", answer.text)) <= cited_numbers


def test_the_certain_similarity_setting_reaches_the_answerer(
    plan_assistant: Assistant, embedder: SentenceTransformerEmbedder
) -> None:
    question = analyse("Is Corrin a safe place to live?", plan_assistant.reader().view.lexicon, ["Corrin"])
    default = plan_assistant.settings.certain_similarity
    lowered = plan_assistant.settings.model_copy(update={"certain_similarity": default - 0.2})
    relaxed = Assistant.build(lowered, embedder, index=plan_assistant.index)
    assert relaxed.reader().answerer._answers(0.0, default - 0.1, question)
    assert not plan_assistant.reader().answerer._answers(0.0, default - 0.1, question)
