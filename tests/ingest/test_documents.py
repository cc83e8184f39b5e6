import pytest

from ingest.documents import PlanMetadata


@pytest.mark.parametrize(
    ("title", "council", "doc_type", "period", "short"),
    [
        # the years as the title writes them, not as the metadata spells them
        (
            "Safer Ashcombe Partnership Community Safety Strategy 2021-24",
            "Ashcombe",
            "strategy",
            (2021, 2024),
            "Ashcombe strategy (2021-24)",
        ),
        ("Safer Brackley Plan 2015/2016", "Brackley", "plan", (2015, 2016), "Brackley plan (2015/2016)"),
        (
            "The Brackley Partnership (scrutiny report, February 2023)",
            "Brackley",
            "scrutiny report",
            (2023, 2023),
            "Brackley scrutiny report (2023)",
        ),
        # no years in the title: none said (an answer's every figure is in what it cites)
        ("Ashcombe Community Safety Plan", "Ashcombe", "plan", (2019, 2022), "Ashcombe plan"),
        ("Ashcombe Community Safety Plan", "Ashcombe", "plan", (None, None), "Ashcombe plan"),
        # a title that does not name the council is not shortened: nothing would say which plan it is
        ("Community Safety Plan 2022-25", "Ashcombe", "plan", (2022, 2025), "Community Safety Plan 2022-25"),
    ],
)
def test_a_plan_s_short_name_is_its_council_kind_and_years(
    title: str, council: str, doc_type: str, period: tuple[int | None, int | None], short: str
) -> None:
    meta = PlanMetadata("x.txt", title, council, doc_type, period_start=period[0], period_end=period[1])
    assert meta.short_name == short
