import pytest

from ingest.metadata import MetadataError, build_metadata, derive_council

HEAD = """# Safer Sutton Partnership Community Safety Strategy 2021-24

London Borough of Sutton

Date Authored: 15th December 2020

Classification: Unrestricted
"""


def test_metadata_is_derived_from_the_text() -> None:
    meta = build_metadata("safer-sutton-strategy-2021-24.txt", HEAD, {})
    assert meta.title == "Safer Sutton Partnership Community Safety Strategy 2021-24"
    assert meta.council == "Sutton"
    assert meta.doc_type == "strategy"
    assert (meta.period_start, meta.period_end) == (2021, 2024)
    assert meta.date == "2020-12-15"
    assert meta.classification == "public"


def test_stated_values_win_over_derived_ones() -> None:
    meta = build_metadata("x.txt", HEAD, {"council": "Merton", "classification": "internal", "period_end": "2025"})
    assert (meta.council, meta.classification, meta.period_end) == ("Merton", "internal", 2025)


def test_restricted_documents_are_internal_by_default() -> None:
    meta = build_metadata("x.txt", "# Briefing plan\n\nClassification: Restricted\n", {})
    assert meta.classification == "internal"


def test_scrutiny_reports_are_recognised() -> None:
    text = "Meeting Name: Housing and Community Safety Scrutiny Commission\nReport title: The Community Safety Plan"
    assert build_metadata("report-2023.txt", text, {}).doc_type == "scrutiny report"


def test_an_invalid_classification_is_an_error() -> None:
    with pytest.raises(MetadataError, match="classification"):
        build_metadata("x.txt", HEAD, {"classification": "secret"})


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("Community Safety Plan\nLondon Borough of Sutton Community Safety Team", "Sutton"),
        ("Published by the Royal Borough of Kingston upon Thames. All rights reserved.", "Kingston upon Thames"),
        ("Safer Leeds Plan 2021-24\nLeeds City Council", "Leeds"),
        ("Approved by Ashcombe Borough Council on 3 May 2022", "Ashcombe"),  # a council of any name, by its type
        ("The Youth Council met in May. Wigan Council agreed the plan.", "Wigan"),  # "Youth Council" is no place
        ("Safer Manchester plan: how partners in Manchester will cut crime", "Manchester"),
        ("Approved by Full Council on 3 May", "Unknown"),
    ],
)
def test_a_plan_s_council_is_read_from_how_it_names_itself(text: str, council: str) -> None:
    assert derive_council(text) == council
