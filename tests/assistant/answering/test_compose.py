from assistant.answering.compose import compose, without_figure
from assistant.answering.evidence import Unit
from assistant.answering.extractive import Draft, Point
from assistant.answering.verify import problems
from ingest.documents import Chunk, PlanMetadata


def _point(source: str, title: str, text: str) -> Point:
    meta = PlanMetadata(source, title, "Ashcombe", "plan", period_start=2022, period_end=2025)
    chunk = Chunk(id=f"{source}:0", text=text, metadata=meta)
    return Point(Unit(chunk, 0, len(text), "sentence"))


def test_a_plan_is_named_short_in_the_answer_and_by_its_full_title_in_the_citation() -> None:
    title = "Safer Ashcombe Partnership Community Safety Plan 2022-25"
    answer = compose([Draft((_point("a.txt", title, "Burglary will fall by 5%."),))])
    assert answer.text == "The Ashcombe plan (2022-25) says:\nBurglary will fall by 5%. [1]"
    assert answer.citations[0].title == title


def test_two_plans_of_one_answer_sharing_a_short_name_are_named_by_their_titles() -> None:
    first = _point("a.txt", "Ashcombe Community Safety Plan 2022-25", "Burglary will fall by 5%.")
    second = _point("b.txt", "Ashcombe Youth Safety Plan 2022-25", "Knife crime will fall.")
    answer = compose([Draft((first,)), Draft((second,))])
    assert "According to the Ashcombe Community Safety Plan 2022-25:" in answer.text
    assert "According to the Ashcombe Youth Safety Plan 2022-25:" in answer.text
    assert "Ashcombe plan (2022-25)" not in answer.text


def test_every_figure_of_a_lead_in_is_in_the_title_it_cites() -> None:
    point = _point("a.txt", "Ashcombe Community Safety Plan", "Burglary will fall by 5%.")  # years in metadata only
    answer = compose([Draft((point,))])
    assert answer.text.startswith("The Ashcombe plan says:")
    assert problems(answer, {point.unit.chunk.id: point.unit.chunk}) == []


def test_a_near_miss_says_which_plans_speak_of_it_without_the_figure() -> None:
    one = PlanMetadata(source="a.txt", title="Ashcombe Community Safety Plan", council="Ashcombe")
    two = PlanMetadata(source="b.txt", title="Brill Strategy", council="Brill")
    said = without_figure([one, one], "amount of money")
    assert said == f"The {one.short_name} speaks of this but gives no amount of money for it."
    both = without_figure([one, two], "date")
    assert both.endswith("speak of this but give no date for it.") and two.short_name in both
