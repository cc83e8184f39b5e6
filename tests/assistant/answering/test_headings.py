"""Which heading of a section path names what a quote is about."""

from assistant.answering.headings import Headings
from ingest.documents import Chunk, PlanMetadata

META = PlanMetadata("a.txt", "Ashcombe Community Safety Plan 2022-25", "Ashcombe", "plan")
OTHER = PlanMetadata("b.txt", "Brill Strategy", "Brill", "plan")


def _chunks(meta: PlanMetadata, sections: list[str]) -> list[Chunk]:
    return [Chunk(id=f"{meta.source}:{n}", text="Words.", metadata=meta, section=s) for n, s in enumerate(sections)]


PLAN = _chunks(
    META,
    [
        "Background",
        "Background",
        "Background",
        "Background > Call Blocker Scheme",
        "Priority A: Burglary > Why is this important?",
        "Priority A: Burglary > What we will do",
        "Priority B: Scams > Why is this important?",
        "Priority B: Scams > What we will do",
        "Governance",
        "Governance",
        "Governance",
        "Governance",
    ],
)


def test_a_heading_the_plan_uses_once_names_its_passages() -> None:
    headings = Headings(PLAN)
    assert headings.naming("a.txt", "Background > Call Blocker Scheme") == "Call Blocker Scheme"
    assert headings.naming("a.txt", "Priority A: Burglary") == "Priority A: Burglary"


def test_a_heading_repeated_under_each_part_stands_for_its_parent() -> None:
    headings = Headings(PLAN)
    assert headings.naming("a.txt", "Priority A: Burglary > Why is this important?") == "Priority A: Burglary"
    assert headings.naming("a.txt", "Priority B: Scams > What we will do") == "Priority B: Scams"


def test_a_heading_over_a_large_share_of_the_plan_names_nothing_in_particular() -> None:
    headings = Headings(PLAN)
    assert headings.naming("a.txt", "Governance") is None  # 4 of 12 passages
    assert headings.naming("a.txt", "Background") is None  # 4 of 12, counting the one under its sub-heading
    assert headings.naming("a.txt", None) is None


def test_a_heading_over_more_than_two_passages_is_a_section_s_not_a_scheme_s() -> None:
    # three of twenty passages: under a quarter of the plan, but more than a scheme's heading holds
    sections = ["Partnership Funding > Home Office Grant"] * 3 + [f"Part {n}" for n in range(17)]
    headings = Headings(_chunks(META, sections))
    assert headings.naming("a.txt", "Partnership Funding > Home Office Grant") is None


def test_headings_are_counted_plan_by_plan() -> None:
    # another plan's use of the same heading does not make it a repeated one here
    headings = Headings([*PLAN, *_chunks(OTHER, ["Call Blocker Scheme", "Finance", "Finance", "Finance", "Finance"])])
    assert headings.naming("a.txt", "Background > Call Blocker Scheme") == "Call Blocker Scheme"
    assert headings.naming("b.txt", "Call Blocker Scheme") == "Call Blocker Scheme"
