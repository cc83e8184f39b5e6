"""A plan's model from its document: metadata carried, and every record citing a verbatim quote of its
chunk, on the page the quote is on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.ingest.plan.conftest import Built, build_file, every_evidence
from tests.ingest.plan.texts import PLANS

Build = Callable[[str, str], Built]

# (heading, bullets) per page; a page without a heading goes on with the list before it.
FENWICK_PAGES: list[tuple[str | None, list[str]]] = [
    ("Fenwick Community Safety Plan 2024-27", []),
    ("Priority A: Safer Parks and Open Spaces", ["Light the main paths through every park.", "Train park wardens."]),
    (None, ["Close the parks at dusk in winter.", "Fund a park ranger for each ward."]),
    ("Priority B: Fewer Victims of Fraud", ["Warn older residents about courier fraud.", "Share alerts with banks."]),
]


def _write_fenwick(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    for number, (heading, bullets) in enumerate(FENWICK_PAGES, 1):
        y = height - 100
        pdf.setFont("Helvetica", 9)
        pdf.drawRightString(A4[0] - 72, 30, f"Page {number} of {len(FENWICK_PAGES)}")
        if heading:
            pdf.setFont("Helvetica-Bold", 20 if number == 1 else 14)
            pdf.drawString(72, y, heading)
            y -= 30
        if number == 1:
            pdf.setFont("Helvetica", 10.5)
            pdf.drawString(72, y, "The Fenwick Safety Partnership has set two priorities for the next three years.")
        for bullet in bullets:
            pdf.setFont("Helvetica", 10.5)
            pdf.drawString(82, y, "•")
            pdf.drawString(100, y, bullet)
            y -= 17
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def fenwick(tmp_path: Path) -> Built:
    return build_file(_write_fenwick(tmp_path / "fenwick-community-safety-plan-2024-27.pdf"))


def test_each_priority_and_action_cites_the_page_it_is_on(fenwick: Built) -> None:
    priorities = fenwick.plan.priorities
    assert [(p.title, p.evidence.page) for p in priorities] == [
        ("Safer Parks and Open Spaces", 2),
        ("Fewer Victims of Fraud", 4),
    ]
    pages = {action.quote: action.page for action in priorities[0].actions}
    # one chunk runs over the page break: each action cites its own page
    assert pages == {
        "Light the main paths through every park.": 2,
        "Train park wardens.": 2,
        "Close the parks at dusk in winter.": 3,
        "Fund a park ranger for each ward.": 3,
    }
    assert len({action.chunk_id for action in priorities[0].actions}) == 1
    assert {action.page for action in priorities[1].actions} == {4}


def test_every_quote_is_verbatim_in_its_chunk_and_cites_its_page(build: Build, fenwick: Built) -> None:
    built = [build(name, text) for name, text in PLANS.items()] + [fenwick]
    count = 0
    for one in built:
        for evidence in every_evidence(one.plan):
            chunk = one.chunk(evidence)
            assert evidence.quote in chunk.text, evidence
            assert evidence.page == chunk.place(evidence.quote)[0], evidence
            count += 1
    assert count > 60


def test_the_plan_carries_the_document_s_metadata(build: Build) -> None:
    name = "ashcombe-community-safety-plan-2022-25.md"
    plan = build(name, PLANS[name]).plan
    assert (plan.source, plan.title, plan.council) == (name, "Ashcombe Community Safety Plan 2022-25", "Ashcombe")
    assert (plan.period_start, plan.period_end, plan.doc_type) == (2022, 2025, "plan")
    assert plan.classification == "internal"  # nothing stated: internal until someone says otherwise
    assert [s.title for s in plan.outline][:3] == [
        "Ashcombe Community Safety Plan 2022-25",
        "London Borough of Ashcombe",
        "Document control",
    ]


def test_chunks_cut_with_other_limits_are_refused(build: Build, tmp_path: Path) -> None:
    from ingest.chunking import chunk_document
    from ingest.indexer import read_document
    from ingest.plan import build_plan
    from ingest.registry import Records

    path = tmp_path / "galloway-community-safety-plan-2024-27.md"
    path.write_text(PLANS[path.name], encoding="utf-8")
    document = read_document(path, Records()).document
    with pytest.raises(ValueError):
        build_plan(document, chunk_document(document, 300), 1200)
