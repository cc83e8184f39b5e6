"""A plan's outline, targets and tables on the officers' page: each target with its quote and a link to its page."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.assistant.api.trust import INTERNAL_SOURCE, OFFICER_KEY
from tests.web.conftest import axe_violations, policy_refusals

pytestmark = pytest.mark.browser
SUTTON = "safer-sutton-strategy-2021-24.txt"
TOWER_HAMLETS = "tower-hamlets-community-safety-plan-2017-21.txt"


def show(page, plan_id: str):
    """Open the plans view and choose a plan; the view once it shows that plan's title."""
    toggle = page.get_by_role("button", name="Plans: outline and targets")
    if toggle.get_attribute("aria-expanded") == "false":
        toggle.click()
    page.locator(f"#plan-view-choice option[value='{plan_id}']").wait_for(state="attached")
    page.get_by_label("Plan to show").select_option(plan_id)
    page.locator("#plan-view h2").wait_for()
    return page.locator("#plan-view")


def test_an_officer_opens_a_plans_targets_with_their_quotes_and_links(served_url: str, page, artifacts: Path) -> None:
    plan = httpx.get(f"{served_url}/api/plans/{SUTTON}").json()
    page.goto(f"{served_url}/")
    view = show(page, SUTTON)
    assert view.locator("h2").inner_text() == plan["title"]
    rows = view.locator("table.targets tbody tr")
    assert rows.count() == len(plan["targets"]) >= 4
    for n, target in enumerate(plan["targets"]):
        cells = rows.nth(n).locator("td")
        assert cells.nth(0).inner_text() == target["measure"]
        assert cells.nth(1).inner_text() == (target["target"] or "—")
        assert cells.nth(4).locator("q").inner_text() == target["citation"]["quote"]
        assert cells.nth(4).locator("a").get_attribute("href") == target["citation"]["url"]
    marac = view.locator("tr", has_text="total MARAC referrals")
    assert marac.locator("td").nth(1).inner_text() == "209"
    assert "(target 209)" in marac.locator("q").inner_text()
    outline = [item.strip() for item in view.locator("ul.outline li").all_inner_texts()]
    assert len(outline) == len(plan["outline"])
    assert any(item.startswith("Safe from Domestic Violence and Abuse Outcomes and Outputs") for item in outline)
    # the plan's own tables, row by row as printed, each row linked to its page
    tables = [table for table in plan["tables"] if table["kind"] == "body"]
    shown = view.locator("table.plan-table")
    assert shown.count() == len(tables) >= 5
    at = next(n for n, table in enumerate(tables) if table["columns"])
    outcomes = shown.nth(at)
    assert outcomes.locator("thead th").all_inner_texts()[:2] == ["Outcome(s)", "Output(s)"]
    row = outcomes.locator("tbody tr").first
    assert row.locator("td").nth(0).inner_text() == tables[at]["rows"][0]["cells"][0] == "Increased crime reporting"
    assert row.locator("a").get_attribute("href") == tables[at]["rows"][0]["citations"][0]["url"]
    page.screenshot(path=str(artifacts / "officers-page-plan.png"), full_page=True)
    assert axe_violations(page) == []

    view = show(page, TOWER_HAMLETS)
    violence = view.locator("ul.outline li", has_text="Priority B: Violence").first
    assert violence.locator(":scope > ul > li").first.inner_text().startswith("Why is this important?")
    assert view.locator("ul.outline li", has_text="(contents)").count() >= 1
    assert axe_violations(page) == []


def test_internal_plans_are_listed_for_officers_only(site, page) -> None:
    api, _ = site
    page.goto(f"{api}/")
    page.get_by_role("button", name="Plans: outline and targets").click()
    assert page.evaluate("document.activeElement.id") == "plan-view-choice"
    choice = page.locator("#plan-view-choice")
    choice.locator("option[value='sutton-community-safety-plan-2024-27.txt']").wait_for(state="attached")
    assert choice.locator(f"option[value='{INTERNAL_SOURCE}']").count() == 0

    page.locator("details.key summary").click()
    page.get_by_label("Officer key (kept in this tab only)").fill(OFFICER_KEY)
    page.get_by_role("button", name="Use key").click()
    choice.locator(f"option[value='{INTERNAL_SOURCE}']").wait_for(state="attached")
    view = show(page, INTERNAL_SOURCE)
    assert view.locator("h2").inner_text() == "Sutton Gangs Matrix Restricted Briefing 2024"
    assert "internal" in view.locator("p.hint").first.inner_text()
    toggle = page.get_by_role("button", name="Plans: outline and targets")
    toggle.click()
    assert page.locator("#plans").is_hidden() and toggle.get_attribute("aria-expanded") == "false"


def test_a_plan_shows_under_the_pages_own_policy_and_reflows_at_320_pixels(
    served_url: str, browser, artifacts: Path
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    opened = context.new_page()
    refused = policy_refusals(opened)
    opened.goto(f"{served_url}/")
    view = show(opened, TOWER_HAMLETS)
    assert view.locator("table.targets tbody tr").count() >= 10
    assert opened.evaluate("document.documentElement.scrollWidth") <= 320
    opened.screenshot(path=str(artifacts / "officers-page-plan-320px.png"), full_page=True)
    context.close()
    assert refused == [], refused
