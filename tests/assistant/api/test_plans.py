"""The plan model over HTTP: outlines, priorities, targets, duties, governance and dates of the plans a
caller may see, every record cited with a verbatim quote of its passage, its page and its file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.answer import Citation
from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.pipeline import Assistant
from assistant.retrieval.index import SearchIndex
from assistant.settings import Settings
from assistant.store import index_versions
from ingest.indexer import ingest
from tests.assistant.api.trust import ADMIN_KEY, INTERNAL_SOURCE, OFFICER_KEY, leaks, trust_index
from tests.conftest import CORPUS
from tests.layout_pdfs import write_layout_pdf

OFFICER = {"X-API-Key": OFFICER_KEY}
ADMIN = {"X-API-Key": ADMIN_KEY}
TOWER_HAMLETS = "tower-hamlets-community-safety-plan-2017-21.txt"
SUTTON = "safer-sutton-strategy-2021-24.txt"
TESTSHIRE = "testshire-partnership-plan-2024-27.pdf"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[str, SearchIndex]]:
    """The trust corpus (with an internal briefing) and a three-page PDF plan, served with officer and
    admin keys; with the index it serves."""

    def testshire(corpus: Path) -> None:
        write_layout_pdf(corpus / TESTSHIRE)
        (corpus / f"{TESTSHIRE}.meta.json").write_text(json.dumps({"council": "Testshire", "classification": "public"}))

    settings = trust_index(tmp_path_factory.mktemp("plans"), embedder, extra=testshire)
    index = SearchIndex.open(settings)
    try:
        with serving(create_app(settings, embedder=embedder)) as url:
            yield url, index
    finally:
        index.close()


def get(url: str, headers: dict | None = None) -> httpx.Response:
    return httpx.get(url, headers=headers or {}, timeout=30)


def detail(url: str, plan_id: str, headers: dict | None = None) -> dict:
    response = get(f"{url}/api/plans/{plan_id}", headers)
    assert response.status_code == 200, response.text
    return response.json()


def citations(plan: dict) -> list[dict]:
    """Every citation of a plan's records."""
    found = [*plan["contents"], *([plan["priority_lead"]] if plan["priority_lead"] else [])]
    for priority in plan["priorities"]:
        found += [priority["citation"], *priority["actions"]]
    found += [record["citation"] for kind in ("targets", "duties", "commitments", "dates") for record in plan[kind]]
    for body in plan["bodies"]:
        for role in ("chair", "reports_to", "oversees", "members", "scrutiny", "mentions"):
            found += body[role]
    for signed in plan["signed"]:
        found += signed["citations"]
    for table in plan["tables"]:
        for row in [*([table["columns"]] if table["columns"] else []), *table["rows"]]:
            found += row["citations"]
    return found


def assert_cited_verbatim(plan: dict, index: SearchIndex) -> None:
    """Each quote is in the passage it names, a passage of this plan, on the page the citation gives."""
    found = citations(plan)
    assert found, plan["id"]
    assert sorted(c["n"] for c in found) == list(range(1, len(found) + 1))
    for c in found:
        chunk = index.chunks[c["chunk_id"]]
        assert chunk.metadata.source == c["source"] == plan["id"]
        assert c["quote"].strip() and c["quote"] in chunk.text, c
        assert c["quote"] in c["context"] and c["context"] in chunk.text
        page, label = chunk.place(c["quote"])
        assert (c["page"], c["page_label"]) == (page, label), c
        assert c["url"] == Citation.file_url(plan["id"], page)
        assert c["title"] == plan["title"] and c["council"] == plan["council"]


def test_the_list_has_every_bundled_plan_with_counts_of_what_its_model_holds(
    served_url: str, assistant: Assistant
) -> None:
    response = get(f"{served_url}/api/plans")
    assert response.status_code == 200, response.text
    plans = {plan["id"]: plan for plan in response.json()["plans"]}
    assert set(plans) == {path.name for path in CORPUS.glob("*.txt")}
    sutton = plans[SUTTON]
    assert (sutton["title"], sutton["council"], sutton["doc_type"]) == (
        "Safer Sutton Partnership Community Safety Strategy 2021-24",
        "Sutton",
        "strategy",
    )
    assert (sutton["period_start"], sutton["period_end"], sutton["date"]) == (2021, 2024, "2020-12")
    assert sutton["classification"] == "public"
    for plan_id, summary in plans.items():
        model = assistant.index.plans[plan_id]
        assert summary["counts"] == {
            "sections": len(model.outline),
            "priorities": len(model.priorities),
            "targets": len(model.targets),
            "duties": len(model.duties),
            "commitments": len(model.commitments),
            "bodies": len(model.bodies),
            "dates": len(model.dates),
            "signed": len(model.signed),
            "tables": len(model.tables),
        }
        shown = detail(served_url, plan_id)
        kinds = ("priorities", "targets", "duties", "commitments", "bodies", "dates", "signed", "tables")
        assert {kind: len(shown[kind]) for kind in kinds} == {
            kind: count for kind, count in summary["counts"].items() if kind != "sections"
        }
    assert plans[TOWER_HAMLETS]["counts"]["priorities"] == 4 and plans[SUTTON]["counts"]["priorities"] == 6
    assert all(plan["counts"]["commitments"] > 0 for plan in plans.values())


def test_a_plan_s_tables_name_their_columns_and_quote_each_row(served_url: str) -> None:
    plan = detail(served_url, SUTTON)
    outcomes = [table for table in plan["tables"] if table["columns"]]
    assert outcomes and all(table["columns"]["cells"] == ["Outcome(s)", "Output(s)"] for table in outcomes)
    first = outcomes[0]["rows"][0]
    assert first["label"] == "Increased crime reporting"
    assert [c["quote"] for c in first["citations"]] == [
        "Increased crime reporting | Total criminal offences per 1,000 population"
    ]
    control = plan["tables"][0]  # the cover's document control: labels, no columns
    assert control["columns"] is None
    assert [row["label"] for row in control["rows"][:4]] == [
        "Title & Version",
        "Relevant to",
        "Summary / Purpose",
        "Author",
    ]


def test_a_plan_s_commitments_say_what_will_be_done_by_whom_and_when(served_url: str) -> None:
    plan = detail(served_url, TOWER_HAMLETS)
    said = {c["action"]: c for c in plan["commitments"]}
    delivering = said[
        "The Council will deliver this using funding received from MOPAC and its annual Public Health grant."
    ]
    assert delivering["who"] == "The Council"
    assert any(c["by"] == "in 2017/18" and "saving of £400k" in c["action"] for c in plan["commitments"])
    first_year = [c for c in plan["commitments"] if c["by"] == "First 12 months"]
    assert any(c["action"].startswith("Provide an independent ASB advocate service") for c in first_year)
    assert all(c["action"] == c["citation"]["quote"] for c in plan["commitments"])


def test_tower_hamlets_sets_out_priorities_a_to_d_with_their_actions_and_outline(
    served_url: str, assistant: Assistant
) -> None:
    plan = detail(served_url, TOWER_HAMLETS)
    assert [p["label"] for p in plan["priorities"]] == ["Priority A", "Priority B", "Priority C", "Priority D"]
    titles = [p["title"] for p in plan["priorities"]]
    assert titles[1] == "Violence" and titles[3].startswith("Reducing Re-offending")
    assert plan["priorities"][1]["citation"]["quote"] == "Priority B: Violence"
    assert any("Violence Against Women and Girls" in a["quote"] for a in plan["priorities"][1]["actions"])
    outline = plan["outline"]
    assert {s["kind"] for s in outline} >= {"body", "contents"}
    violence = next(i for i, s in enumerate(outline) if s["title"] == "Priority B: Violence")
    assert outline[violence + 1]["title"] == "Why is this important?"
    assert outline[violence + 1]["depth"] == outline[violence]["depth"] + 1
    assert outline[violence + 1]["path"].startswith(outline[violence]["path"] + " > ")
    acts = [d for d in plan["duties"] if d["law"] == "Crime and Disorder Act 1998"]
    assert any("statutory" in d["citation"]["quote"] for d in acts)
    assert any(d["kind"] == "approved" and d["when"] == "18th July 2017" for d in plan["dates"])
    partnership = next(b for b in plan["bodies"] if b["name"] == "Community Safety Partnership")
    model = next(b for b in assistant.index.plans[TOWER_HAMLETS].bodies if b.name == "Community Safety Partnership")
    assert partnership["mentioned"] == len(model.mentions) > 3
    assert [c["quote"] for c in partnership["mentions"]] == [e.quote for e in model.mentions[:3]]
    assert [c["quote"] for c in partnership["oversees"]] == [e.quote for e in model.oversees]
    assert any(t["period"] == "2017/18" for t in plan["targets"])
    assert [(p["part"], p["who"], [c["quote"] for c in p["citations"]]) for p in plan["signed"]] == [
        (
            "Foreword",
            "Co-chairs of Community Safety Partnership Executive",
            ["Foreword by Co-chairs of Community Safety Partnership Executive"],
        ),
        ("Hello & Welcome", "Mayor of Tower Hamlets", ["Hello & Welcome from Mayor of Tower Hamlets"]),
    ]


def test_sutton_has_six_numbered_priorities_and_its_marac_targets(served_url: str) -> None:
    plan = detail(served_url, SUTTON)
    assert [p["label"] for p in plan["priorities"]] == ["1", "2", "3", "4", "5", "6"]
    assert plan["priorities"][0]["title"].startswith("Safe from Crime and its Consequences")
    assert plan["priorities"][3]["title"] == "Safe from Domestic Violence and Abuse"
    assert plan["priorities"][3]["actions"][1]["quote"] == "Provide leadership for the DV MARAC."
    marac = next(t for t in plan["targets"] if t["target"] == "209")
    assert marac["measure"].startswith("Increase in the number of total MARAC referrals")
    assert marac["direction"] == "increase"
    assert "(target 209)" in marac["citation"]["quote"]
    assert marac["citation"]["url"] == f"/api/documents/{SUTTON}/file"
    assert "The following strategic priorities" in plan["priority_lead"]["quote"]
    assert plan["priority_lead"]["n"] == len(plan["contents"]) + 1  # after the contents page's lines


def test_every_record_of_every_bundled_plan_is_quoted_verbatim_from_its_passage(
    served_url: str, assistant: Assistant
) -> None:
    for plan_id in assistant.index.plans:
        assert_cited_verbatim(detail(served_url, plan_id), assistant.index)


def test_a_pdf_plans_records_cite_the_pages_they_are_on(site) -> None:
    url, index = site
    plan = detail(url, TESTSHIRE)
    assert plan["title"] == "Safer Testshire Partnership Plan 2024-27" and plan["council"] == "Testshire"
    assert [(s["title"], s["page"]) for s in plan["outline"]][1:] == [
        ("Our priorities", 1),
        ("How we will measure progress", 2),
        ("Our duties", 3),
    ]
    assert [p["citation"]["page"] for p in plan["priorities"]] == [1, 1, 1]
    assert plan["priorities"][1]["title"].startswith("Tackle anti-social behaviour")
    marac = next(t for t in plan["targets"] if t["target"] == "25.3%")
    assert marac["citation"]["page"] == 2
    assert marac["citation"]["url"] == f"/api/documents/{TESTSHIRE}/file#page=2"
    assert {(d["law"], d["citation"]["page"]) for d in plan["duties"]} == {
        ("Crime and Disorder Act 1998", 3),
        ("Police Reform Act 2002", 3),
    }
    assert_cited_verbatim(plan, index)


def test_an_internal_plan_is_invisible_to_the_public_and_a_404_like_an_unknown_id(site) -> None:
    url, index = site
    assert INTERNAL_SOURCE in index.plans  # it has a model: only access keeps it from the public
    public = get(f"{url}/api/plans")
    assert public.status_code == 200
    assert INTERNAL_SOURCE not in {plan["id"] for plan in public.json()["plans"]}
    assert TESTSHIRE in {plan["id"] for plan in public.json()["plans"]}
    assert leaks(public.text) == []

    hidden = get(f"{url}/api/plans/{INTERNAL_SOURCE}")
    missing = get(f"{url}/api/plans/no-such-plan.txt")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == json.loads(missing.text.replace("no-such-plan.txt", INTERNAL_SOURCE))
    assert leaks(hidden.text.replace(INTERNAL_SOURCE, "")) == []
    assert {k: v for k, v in hidden.headers.items() if k not in ("date", "content-length")} == {
        k: v for k, v in missing.headers.items() if k not in ("date", "content-length")
    }

    for headers in (OFFICER, ADMIN):
        listed = {plan["id"]: plan for plan in get(f"{url}/api/plans", headers).json()["plans"]}
        assert listed[INTERNAL_SOURCE]["classification"] == "internal"
        shown = detail(url, INTERNAL_SOURCE, headers)
        assert shown["classification"] == "internal" and shown["outline"][0]["title"].startswith("Sutton Gangs Matrix")


def test_the_openapi_document_describes_the_plan_routes(served_url: str) -> None:
    schema = get(f"{served_url}/openapi.json").json()
    assert schema["paths"]["/api/plans"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PlanList"
    }
    one = schema["paths"]["/api/plans/{plan_id}"]["get"]["responses"]
    assert one["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/PlanDetail"}
    assert "404" in one
    target = schema["components"]["schemas"]["TargetOut"]["properties"]
    assert {"measure", "target", "baseline", "period", "direction", "citation"} <= set(target)


def test_an_index_version_from_before_plan_models_lists_none(tmp_path: Path, embedder) -> None:
    """A version without plans.json (built before plan models) serves an empty list, not an error."""
    settings = Settings(
        data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", rate_limit_ip=0, rate_limit_key=0, _env_file=None
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "plan.txt").write_text("# Testshire Plan 2020-23\n\nWe will fund 12 street pastors.\n")
    assert not ingest([settings.corpus_dir], settings, embedder, prune=True).failed
    current = index_versions(settings).current()
    assert current is not None
    current.plans_path.unlink()
    with serving(create_app(settings, embedder=embedder)) as url:
        assert get(f"{url}/api/plans").json() == {"plans": []}
        assert get(f"{url}/api/plans/plan.txt").status_code == 404


def test_a_plans_contents_page_is_shown_line_by_line_and_cited(served_url: str, assistant: Assistant) -> None:
    lewisham = detail(served_url, "safer-lewisham-plan-2015-16.txt")
    lines = [c["quote"] for c in lewisham["contents"]]
    assert lines[0] == "INTRODUCTION | 2" and lines[-1] == "Other elements of the Plan"
    assert "PART FOUR | 22" in lines and "Justice and Resettlement" in lines  # the parts' names between
    tower = detail(served_url, "tower-hamlets-community-safety-plan-2017-21.txt")
    assert [c["quote"] for c in tower["contents"]][:2] == ["Foreword | Page 3", "Hello and Welcome | Page 4"]
    assert not any("Version" in c["quote"] for c in tower["contents"])  # document control is not contents
    assert_cited_verbatim(lewisham, assistant.index)
    assert detail(served_url, "southwark-community-safety-plan-2017-2020.txt")["contents"] == []
