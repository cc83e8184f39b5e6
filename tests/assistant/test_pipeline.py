import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.access import PUBLIC, Caller, Role
from assistant.answer import Final
from assistant.answering.question import analyse
from assistant.answering.verify import numbers_in
from assistant.api.chat import turn_of
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.retrieval.filters import Filters
from ingest.documents import Chunk
from tests.assistant.api.trust import INTERNAL_SOURCE, leaks, trust_index

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
    assert answer.text.startswith("The Tower Hamlets plan (2017-21) says:")
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


def test_a_share_of_residents_is_answered_by_a_figure_for_those_questioned(assistant: Assistant) -> None:
    # the plan counts "those questioned", not "residents": whom a survey's share counts is said many ways
    answer = assistant.ask("What proportion of residents told Tower Hamlets they feel safe in the borough?")
    assert answer.answered and "71.85%" in answer.text
    assert any("71.85%" in c.quote for c in answer.citations)


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


def test_the_certain_similarity_setting_reaches_the_answerer(plan_assistant: Assistant, embedder: Embedder) -> None:
    question = analyse("Is Corrin a safe place to live?", plan_assistant.reader().view.lexicon, ["Corrin"])
    default = plan_assistant.settings.certain_similarity
    lowered = plan_assistant.settings.model_copy(update={"certain_similarity": default - 0.2})
    relaxed = Assistant.build(lowered, embedder, index=plan_assistant.index)
    assert relaxed.reader().answerer._answers(0.0, default - 0.1, question)
    assert not plan_assistant.reader().answerer._answers(0.0, default - 0.1, question)


PENNYWELL = "pennywell-community-safety-plan-2023-26.md"
SAFE_ROUTES = "What does the Pennywell Safe Routes scheme do?"
SAFE_ROUTES_WORKED = (
    "In its first year the scheme cut robberies of pupils on the routes by 40 per cent, and more pupils now walk home."
)
PENNYWELL_PLAN = f"""# Pennywell Community Safety Plan 2023-26

## Safe Routes to School

The Pennywell Safe Routes scheme puts trained volunteer wardens on the walking routes between the three \
secondary schools and the bus station at the end of every school day. The wardens wear green tabards and carry \
radios linked to the town centre CCTV room. Shops along the routes display a green hand sign to show that pupils \
can wait inside if they feel unsafe. {SAFE_ROUTES_WORKED}

## Street lighting

The council will replace the old street lamps on every estate with brighter LED lamps by 2025.
"""
OFFICER = Caller(Role.OFFICER).classifications


def _pennywell(corpus: Path) -> None:
    (corpus / PENNYWELL).write_text(PENNYWELL_PLAN)
    (corpus / f"{PENNYWELL}.meta.json").write_text(json.dumps({"council": "Pennywell", "classification": "public"}))


@pytest.fixture(scope="module")
def trust_assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    """The trust corpus (a public and an internal Sutton plan, a Merton plan) and an invented public plan."""
    return Assistant.build(trust_index(tmp_path_factory.mktemp("trust"), embedder, extra=_pennywell), embedder)


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("What is planned for knife crime?", "Tell me more about that"),
        ("Tell me about Operation Nightjar", "And how much does it cost?"),
    ],
)
def test_a_public_follow_up_never_reads_the_internal_passages_an_officer_s_answer_quoted(
    trust_assistant: Assistant, first: str, follow_up: str
) -> None:
    officer = trust_assistant.ask(first, OFFICER)
    internal = {c.chunk_id for c in officer.citations if c.source == INTERNAL_SOURCE}
    assert internal  # the earlier answer quoted the internal briefing ...
    history = [turn_of(first, officer)]
    resolved = trust_assistant.resolve(follow_up, history, PUBLIC.classifications)
    assert internal <= {chunk_id for chunk_id, _ in resolved.seen}  # ... and the follow-up leans on it
    events = list(trust_assistant.stream(follow_up, PUBLIC.classifications, history))
    assert isinstance(events[-1], Final)
    cited = events[-1].answer.citations
    assert not internal & {c.chunk_id for c in cited} and all(c.source != INTERNAL_SOURCE for c in cited)
    assert leaks(repr(events), asked=first) == []  # not a word of it, in anything sent


def test_a_follow_up_reads_the_passages_the_last_answer_quoted_only_within_its_filters(
    trust_assistant: Assistant,
) -> None:
    first: dict[str, Chunk] = {}  # source -> the first passage of that plan
    for chunk in sorted(trust_assistant.index.chunks.values(), key=lambda chunk: chunk.ordinal):
        first.setdefault(chunk.metadata.source, chunk)
    question = analyse("Has it worked?", trust_assistant.reader().view.lexicon, ["Merton", "Pennywell", "Sutton"])
    question = replace(question, seen=frozenset((chunk.id, chunk.text) for chunk in first.values()))

    def added(filters: Filters) -> set[str]:
        return {passage.chunk.metadata.source for passage in trust_assistant._seen_passages(question, filters, [])}

    everything = set(first)
    assert added(Filters()) == everything
    assert added(Filters(classifications=PUBLIC.classifications)) == everything - {INTERNAL_SOURCE}
    assert added(Filters(councils=("Pennywell",))) == {PENNYWELL}
    assert added(Filters(sources=(INTERNAL_SOURCE,), classifications=PUBLIC.classifications)) == set()
    assert added(Filters(year=2023)) == {PENNYWELL}
    retrieved = trust_assistant.retrieve("Safe Routes scheme wardens", 3, PUBLIC.classifications)
    assert first[PENNYWELL].id in {passage.chunk.id for passage in retrieved}
    again = trust_assistant._seen_passages(question, Filters(councils=("Pennywell",)), retrieved)
    found = {passage.chunk.id for passage in retrieved}
    assert not found & {passage.chunk.id for passage in again}  # a passage the search found already is not read twice


def test_a_follow_up_also_reads_the_passage_after_the_one_the_last_answer_quoted(trust_assistant: Assistant) -> None:
    by_place = {(chunk.metadata.source, chunk.ordinal): chunk for chunk in trust_assistant.index.chunks.values()}
    seen, after = next(
        (chunk, by_place[(chunk.metadata.source, chunk.ordinal + 1)])
        for chunk in sorted(trust_assistant.index.chunks.values(), key=lambda chunk: chunk.ordinal)
        if chunk.metadata.source == PENNYWELL and (chunk.metadata.source, chunk.ordinal + 1) in by_place
    )
    question = analyse("And then?", trust_assistant.reader().view.lexicon, ["Pennywell"])
    question = replace(question, seen=frozenset({(seen.id, seen.text[:40])}))
    added = [passage.chunk.id for passage in trust_assistant._seen_passages(question, Filters(), [])]
    assert added == [seen.id, after.id]  # the plan goes on about its subject across a passage break
    last = max(
        trust_assistant.index.chunks.values(), key=lambda chunk: (chunk.metadata.source == PENNYWELL, chunk.ordinal)
    )
    question = replace(question, seen=frozenset({(last.id, last.text[:40])}))
    assert [p.chunk.id for p in trust_assistant._seen_passages(question, Filters(), [])] == [last.id]  # none after it
    internal = [chunk for chunk in trust_assistant.index.chunks.values() if chunk.metadata.source == INTERNAL_SOURCE]
    before = next(
        (chunk for chunk in trust_assistant.index.chunks.values()
         if chunk.metadata.source == INTERNAL_SOURCE and chunk.ordinal + 1 in {c.ordinal for c in internal}),
        None,
    )  # fmt: skip
    assert before is not None  # the passage after an internal one is read only by those who may see it
    question = replace(question, seen=frozenset({(before.id, before.text[:40])}))
    assert trust_assistant._seen_passages(question, Filters(classifications=PUBLIC.classifications), []) == []
    assert len(trust_assistant._seen_passages(question, Filters(), [])) == 2


def test_has_it_worked_is_answered_from_the_same_passage_with_what_the_last_answer_did_not_quote(
    trust_assistant: Assistant,
) -> None:
    answer = trust_assistant.ask(SAFE_ROUTES, PUBLIC.classifications)
    assert answer.answered and SAFE_ROUTES_WORKED not in {c.quote for c in answer.citations}
    worked = trust_assistant.ask("Has it worked?", PUBLIC.classifications, [turn_of(SAFE_ROUTES, answer)])
    assert worked.answered and SAFE_ROUTES_WORKED in {c.quote for c in worked.citations}
    assert {c.chunk_id for c in worked.citations} == {c.chunk_id for c in answer.citations}


# Two plans of one council, for questions that name the years of both.
HARWICK = {
    "harwick-community-safety-plan-2016-19.txt": (
        "Harwick Community Safety Plan 2016-19",
        2016,
        2019,
        ["Cutting street robbery", "Stopping shoplifting in the high street", "Fewer burglaries of older people"],
    ),
    "harwick-community-safety-plan-2022-25.txt": (
        "Harwick Community Safety Plan 2022-25",
        2022,
        2025,
        ["Ending violence against women and girls", "Safer parks at night"],
    ),
}


def _dated_plans(root: Path, embedder: Embedder, plans: dict[str, tuple[str, str, int, int, str]]) -> Assistant:
    """A real Assistant over invented plans, each with its council, title and period in a sidecar:
    file name -> (council, title, first year, last year, text)."""
    from assistant.settings import Settings
    from ingest.indexer import ingest

    corpus = root / "corpus"
    corpus.mkdir()
    for name, (council, title, start, end, text) in plans.items():
        (corpus / name).write_text(text, encoding="utf-8")
        meta = {"council": council, "title": title, "period_start": start, "period_end": end}
        (corpus / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, _env_file=None)
    report = ingest([corpus], settings, embedder, prune=True)
    assert not report.failed
    return Assistant.build(settings, embedder)


@pytest.fixture(scope="module")
def harwick(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    plans = {}
    for name, (title, start, end, priorities) in HARWICK.items():
        items = "\n".join(f"- {priority}" for priority in priorities)
        text = f"{title}\n\nThe Harwick Safety Partnership has agreed the following priorities:\n\n{items}\n"
        plans[name] = ("Harwick", title, start, end, text)
    return _dated_plans(tmp_path_factory.mktemp("harwick"), embedder, plans)


def test_a_question_naming_the_years_of_two_plans_of_one_council_is_answered_from_each(harwick: Assistant) -> None:
    answer = harwick.ask("How did Harwick's priorities change between the 2016-19 plan and the 2022-25 plan?")
    assert answer.answered
    assert {c.source for c in answer.citations} == set(HARWICK)
    for title, _, _, priorities in HARWICK.values():
        years = title.split()[-1]
        assert f"The Harwick plan ({years}) says:" in answer.text  # the two plans told apart by their years
        assert all(priority in answer.text for priority in priorities)


def test_a_count_one_plan_s_clause_states_does_not_rule_out_the_other_plan_s_list(harwick: Assistant) -> None:
    answer = harwick.ask(
        "How did Harwick's priorities change between the 2016-19 plan and the two priorities of the 2022-25 plan?"
    )
    assert answer.answered
    for _, _, _, priorities in HARWICK.values():  # three in the 2016-19 plan: "two" counts the 2022-25 plan's
        assert all(priority in answer.text for priority in priorities)
    counted = harwick.ask(
        "How many priorities did Harwick's 2016-19 plan have, against the two priorities of its 2022-25 plan?"
    )
    assert "That is three priorities." in counted.text  # the 2016-19 plan's list, read as the plan model has it


def test_a_question_naming_a_year_of_one_plan_is_answered_from_that_plan_alone(harwick: Assistant) -> None:
    answer = harwick.ask("What were Harwick's priorities in 2017?")
    assert answer.answered
    assert {c.source for c in answer.citations} == {"harwick-community-safety-plan-2016-19.txt"}


# Two councils compared: one with a plan and a later scrutiny report, one whose plan opens with a cover sheet.
WEXCOMBE_HAVENS = "Safe Havens in shops and cafes give women somewhere to go if they feel unsafe at night."
YARFORD_HAVENS = "Establish a network of Safe Havens to encourage more young people to report violent crime."
COMPARED = {
    "wexcombe-community-safety-plan-2019-22.txt": (
        "Wexcombe",
        "Wexcombe Community Safety Plan 2019-22",
        2019,
        2022,
        "Wexcombe Community Safety Plan 2019-22\n\nBurglary\n\nThe partnership will cut burglary across the borough.\n"
        "\nSafe and welcoming town centres are a priority for the Wexcombe Community Safety Partnership.\n",
    ),
    "wexcombe-scrutiny-report-2023.txt": (
        "Wexcombe",
        "Wexcombe Community Safety Partnership scrutiny report 2023",
        2023,
        2023,
        "Wexcombe Community Safety Partnership scrutiny report 2023\n\nWomen's safety\n\n"
        f"{WEXCOMBE_HAVENS}\n\nThe Safer Business Network is training staff in forty venues.\n",
    ),
    "yarford-community-safety-plan-2021-24.txt": (
        "Yarford",
        "Yarford Community Safety Plan 2021-24",
        2021,
        2024,
        "Yarford Community Safety Plan 2021-24\n\nOverview and Scrutiny Committee\n\n"
        "This report to the Overview and Scrutiny Committee presents the Yarford Community Safety Plan 2021-24 "
        "for scrutiny.\n\nForeword\n\nThe Yarford Community Safety Plan 2021-24 sets out the plan of the partnership "
        "for the next three years.\n\nKnife crime\n\n"
        f"We will work with schools on knife crime. {YARFORD_HAVENS}\n",
    ),
}


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return _dated_plans(tmp_path_factory.mktemp("compared"), embedder, COMPARED)


def test_each_council_of_a_comparison_is_read_from_the_plan_its_own_words_name(compared: Assistant) -> None:
    answer = compared.ask(
        "Yarford's 2021-24 plan and Wexcombe's 2023 scrutiny report both talk about Safe Havens. "
        "How does each of them use the idea?"
    )
    assert answer.answered
    quotes = {c.quote for c in answer.citations}
    # Wexcombe's part from its 2023 report (not its 2019-22 plan); Yarford's from its passage on Safe Havens,
    # not from the cover sheet that the other plan's words ("scrutiny report") would find
    assert {WEXCOMBE_HAVENS, YARFORD_HAVENS} <= quotes
    assert {c.source for c in answer.citations} == {
        "wexcombe-scrutiny-report-2023.txt",
        "yarford-community-safety-plan-2021-24.txt",
    }


WEXCOMBE_TARGET = "Recruit further Hate Crime champions (target is 20)."
YARFORD_TARGET = "Number of reported hate crime incidents (2021/22 target 230 crimes)."


def _sections(council: str) -> str:
    """Sections on other subjects, so that the words naming the plans are rare in their passages."""
    subjects = ["Burglary", "Parks", "Schools", "Night time economy", "Fraud", "Road safety", "Shoplifting"]
    return "".join(
        f"## {subject}\n\n{subject} in {council} is a concern for residents and partners will work on it in "
        f"{2021 + index}.\n\n"
        for index, subject in enumerate(subjects)
    )


def _among_sections(root: Path, embedder: Embedder, plans: list[tuple[str, str, str]]) -> Assistant:
    """A real Assistant over invented plans: (file name, opening Markdown, council) each, followed by sections on
    other subjects."""
    from tests.assistant.answering.test_structure import assistant_over

    return assistant_over(
        root, embedder, [(name, f"{opening}\n\n{_sections(council)}", council) for name, opening, council in plans]
    )


def test_targets_compared_by_the_names_of_the_plans_are_each_plan_s_target(tmp_path: Path, embedder: Embedder) -> None:
    assistant = _among_sections(
        tmp_path,
        embedder,
        [
            (
                "wexcombe-scrutiny-report-2023.md",
                f"# Wexcombe scrutiny report 2023\n\n## Hate crime\n\n- {WEXCOMBE_TARGET}\n"
                "- Hold a hate crime conference.",
                "Wexcombe",
            ),
            (
                "yarford-community-safety-strategy-2021-24.md",
                f"# Yarford Community Safety Strategy 2021-24\n\n## Hate crime\n\n{YARFORD_TARGET}",
                "Yarford",
            ),
        ],
    )
    answer = assistant.ask("hate crime targets: Yarford strategy vs Wexcombe scrutiny report")
    assert answer.answered
    assert {WEXCOMBE_TARGET, YARFORD_TARGET} <= {c.quote for c in answer.citations}


BARNFIELD_TARGET = "Percentage of repeat victims at the domestic abuse MARAC (target 24%)."
CORSTON_RANGE = (
    "The partnership agreed with the police to keep the repeat referral rate of its MARAC within 28% to 35%."
)


def test_each_council_of_a_comparison_is_asked_its_own_clause(tmp_path: Path, embedder: Embedder) -> None:
    assistant = _among_sections(
        tmp_path,
        embedder,
        [
            (
                "barnfield-community-safety-plan-2022-25.md",
                f"# Barnfield Community Safety Plan 2022-25\n\n## Domestic abuse\n\n- {BARNFIELD_TARGET}\n"
                "- Train GPs to spot domestic abuse.",
                "Barnfield",
            ),
            (
                "corston-community-safety-plan-2022-25.md",
                f"# Corston Community Safety Plan 2022-25\n\n## Domestic abuse\n\n{CORSTON_RANGE}",
                "Corston",
            ),
        ],
    )
    # Barnfield's part asks about a target for victims; the range, the referrals and the agreeing are Corston's
    answer = assistant.ask(
        "Put Barnfield's target for repeat victims at its MARAC beside the repeat referral range Corston's "
        "partnership agreed with the police for its MARAC."
    )
    assert answer.answered
    assert {BARNFIELD_TARGET, CORSTON_RANGE} <= {c.quote for c in answer.citations}


BARNFIELD_FORUM = "The community safety service holds a forum with the betting shops every six weeks."
BARNFIELD_OTHER = "The service recorded 388 cases of anti-social behaviour at betting shops over the past year."
CORSTON_REVIEW = "Each young person's support package is reviewed weekly by the exploitation hub."


def test_what_a_comparison_tells_of_one_council_is_shown_with_its_figure(tmp_path: Path, embedder: Embedder) -> None:
    assistant = _among_sections(
        tmp_path,
        embedder,
        [
            (
                "barnfield-community-safety-plan-2022-25.md",
                f"# Barnfield Community Safety Plan 2022-25\n\n## Betting shops\n\n{BARNFIELD_OTHER} {BARNFIELD_FORUM}",
                "Barnfield",
            ),
            (
                "corston-community-safety-plan-2022-25.md",
                f"# Corston Community Safety Plan 2022-25\n\n## Exploitation\n\n{CORSTON_REVIEW}",
                "Corston",
            ),
        ],
    )
    # the figure Barnfield's clause gives is what its plan is quoted for, not a figure to be found besides it
    answer = assistant.ask(
        "Barnfield's betting shop forum meets every six weeks; how often does Corston review young people's "
        "support packages?"
    )
    assert answer.answered
    quotes = {c.quote for c in answer.citations}
    assert {BARNFIELD_FORUM, CORSTON_REVIEW} <= quotes and BARNFIELD_OTHER not in quotes, answer.text


def test_a_body_read_only_from_the_words_naming_a_plan_is_not_what_is_asked(assistant: Assistant) -> None:
    answer = assistant.ask("Who are the Safe Havens in Southwark's 2023 scrutiny report for?")
    assert answer.answered and any("Safe Haven" in citation.quote for citation in answer.citations)
    assert not any("Meeting Name" in citation.quote for citation in answer.citations)  # not the cover sheet
    body = assistant.ask("Which body scrutinised Southwark's 2023 scrutiny report?")
    assert any("Scrutiny Commission" in citation.quote for citation in body.citations)


def test_a_london_place_no_plan_writes_is_answered_from_its_borough_s_plan(tmp_path: Path, embedder: Embedder) -> None:
    # invented plans of two real boroughs: neither writes the name of the place the question gives
    assistant = _among_sections(
        tmp_path,
        embedder,
        [
            (
                "sutton-community-safety-strategy-2021-24.md",
                "# Sutton Community Safety Strategy 2021-24\n\n## Burglary\n\n"
                "The partnership will fit free door locks for older residents who have been burgled.",
                "Sutton",
            ),
            (
                "lewisham-community-safety-plan-2021-24.md",
                "# Lewisham Community Safety Plan 2021-24\n\n## Burglary\n\n"
                "The partnership will run burglary prevention stalls in shopping centres.",
                "Lewisham",
            ),
        ],
    )
    answer = assistant.ask("My mum in Cheam has been burgled; what will the partnership do about burglary?")
    assert answer.answered, answer.text
    assert {c.source for c in answer.citations} == {"sutton-community-safety-strategy-2021-24.md"}, answer.text
