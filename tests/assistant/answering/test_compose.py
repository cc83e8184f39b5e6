from assistant.answering.compose import compose, for_other_times, without_figure
from assistant.answering.evidence import Unit
from assistant.answering.extractive import Draft, Point
from assistant.answering.headings import Headings
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


def _under(section: str, text: str, n: int = 0) -> Point:
    meta = PlanMetadata("a.txt", "Ashcombe Community Safety Plan 2022-25", "Ashcombe", "plan", 2022, 2025)
    chunk = Chunk(id=f"a.txt:{n}", text=text, metadata=meta, section=section)
    return Point(Unit(chunk, 0, len(text), "sentence"))


def _headings(*points: Point) -> Headings:
    # the plan's other passages, under a heading of their own
    others = [
        Chunk(id=f"a.txt:x{n}", text="Words.", metadata=points[0].unit.chunk.metadata, section=f"Part {n}")
        for n in range(8)
    ]
    return Headings([*(point.unit.chunk for point in points), *others])


def test_a_quote_is_said_under_the_heading_that_names_what_it_does_not() -> None:
    point = _under("Good Practice > Call Blocker Scheme", "Officers fitted devices for 40 older residents.")
    answer = compose([Draft((point,))], headings=_headings(point))
    assert answer.text.startswith("The Ashcombe plan (2022-25) says, under “Call Blocker Scheme”:\n")
    assert problems(answer, {point.unit.chunk.id: point.unit.chunk}) == []
    assert compose([Draft((point,))]).text.startswith("The Ashcombe plan (2022-25) says:\n")


def test_a_heading_is_not_said_when_the_quote_names_it_or_it_holds_a_figure() -> None:
    named = _under("Call Blocker Scheme", "The Call Blocker Scheme fitted devices for older residents.")
    assert compose([Draft((named,))], headings=_headings(named)).text.startswith("The Ashcombe plan (2022-25) says:\n")
    dated = _under("Scams 2023", "Officers fitted devices for older residents.")
    assert compose([Draft((dated,))], headings=_headings(dated)).text.startswith("The Ashcombe plan (2022-25) says:\n")


def test_quotes_under_different_headings_are_said_with_none() -> None:
    one = _under("Call Blocker Scheme", "Officers fitted devices for older residents.", 1)
    two = _under("Doorstep Crime", "Rogue traders were stopped.", 2)
    answer = compose([Draft((one, two))], headings=_headings(one, two))
    assert answer.text.startswith("The Ashcombe plan (2022-25) says:\n")


def test_parts_of_an_answer_from_the_same_plan_share_one_lead_in() -> None:
    first = _point("a.txt", "Ashcombe Community Safety Plan 2022-25", "The survey was published in July 2020.")
    second = _point("a.txt", "Ashcombe Community Safety Plan 2022-25", "Residents asked for more patrols.")
    answer = compose([Draft((first,)), Draft((second,))])
    assert answer.text == (
        "The Ashcombe plan (2022-25) says:\nThe survey was published in July 2020. [1]\n"
        "Residents asked for more patrols. [2]"
    )
    other = _point("b.txt", "Brill Strategy 2021-24", "Burglary fell.")
    assert compose([Draft((first,)), Draft((other,)), Draft((second,))]).text.count("Ashcombe plan") == 2


def test_a_refusal_for_a_time_says_the_times_each_plan_gives_it_for() -> None:
    one = PlanMetadata("a.txt", "Ashcombe Community Safety Plan 2022-25", "Ashcombe", "plan", 2022, 2025)
    two = PlanMetadata("b.txt", "Brackley Community Safety Strategy 2019-22", "Brackley", "strategy", 2019, 2022)
    assert for_other_times([(one, ["2017/18"])], ["2023/24"], "target") == (
        "The Ashcombe plan (2022-25) gives targets for 2017/18 only, not for 2023/24."
    )
    assert for_other_times([(one, ["2013", "2014"]), (two, ["2020"])], ["2015"], "figure") == (
        "The Ashcombe plan (2022-25) gives figures for 2013 and 2014 only; "
        "the Brackley strategy (2019-22) gives figures for 2020 only, not for 2015."
    )
    assert for_other_times([], ["2015"], "figure") == ""


def test_a_sentence_another_part_of_the_answer_holds_whole_is_said_once() -> None:
    text = "A steering group is refreshing the strategy. It has met twice and its focus is to: - Hold a conference"
    meta = PlanMetadata("a.txt", "Ashcombe Community Safety Plan", "Ashcombe", "plan")
    chunk = Chunk(id="a.txt:0", text=text, metadata=meta)
    first = Point(Unit(chunk, 0, 44, "sentence"))  # "A steering group is refreshing the strategy."
    lead = Point(Unit(chunk, 0, 81, "item"))  # ... and the sentence after it, leading into the list
    item = Point(Unit(chunk, 85, len(text), "item"), bullet=True)
    answer = compose([Draft((first,)), Draft((lead, item))])  # two parts of one question
    assert answer.text.count("A steering group is refreshing the strategy.") == 1
    assert [citation.quote for citation in answer.citations] == [lead.unit.quote, "Hold a conference"]
