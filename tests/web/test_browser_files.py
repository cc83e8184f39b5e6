"""Opening the source from the officers' page and the widget: each reference links to the plan's file."""

from __future__ import annotations

import re

import pytest

from tests.assistant.api.trust import INTERNAL_SOURCE, OFFICER_KEY
from tests.web.conftest import axe_violations

pytestmark = pytest.mark.browser
QUESTION = "How many street lights will Sutton upgrade?"
PUBLIC_SOURCE = "sutton-community-safety-plan-2024-27.txt"


def ask(page, question: str):
    page.get_by_label("Your question").fill(question)
    page.keyboard.press("Enter")
    answer = page.locator("li.assistant[data-state=done]").last
    answer.wait_for(timeout=60_000)
    return answer


def test_a_reference_on_the_officers_page_links_to_the_plans_file(site, page) -> None:
    api, _ = site
    page.goto(f"{api}/")
    answer = ask(page, QUESTION)
    link = answer.locator(".sources a").first
    assert link.get_attribute("href") == f"/api/documents/{PUBLIC_SOURCE}/file"
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    opened = page.request.get(f"{api}{link.get_attribute('href')}")
    assert opened.status == 200 and "40 streets" in opened.text()

    answer.locator(".sources button.chip").first.click()
    quote = page.locator("#panel-quote mark")
    assert "40 streets" in quote.inner_text()
    assert quote.inner_text() in page.locator("#panel-quote").inner_text()
    panel_link = page.locator("#panel-source a")
    assert panel_link.get_attribute("href") == f"/api/documents/{PUBLIC_SOURCE}/file"
    assert axe_violations(page) == []


def test_an_officer_opens_an_internal_plan_from_its_reference(site, page) -> None:
    api, _ = site
    page.goto(f"{api}/")
    page.locator("summary").click()
    page.get_by_label("Officer key (kept in this tab only)").fill(OFFICER_KEY)
    page.get_by_role("button", name="Use key").click()
    page.wait_for_function("document.getElementById('role').textContent.includes('officer')")
    answer = ask(page, "How many covert cameras will Operation Nightjar install?")
    link = answer.locator(".sources a", has_text="Sutton Gangs Matrix Restricted Briefing 2024").first
    assert link.get_attribute("href") == f"/api/documents/{INTERNAL_SOURCE}/file"
    assert page.request.get(f"{api}{link.get_attribute('href')}").status == 404  # a plain link has no key
    with page.context.expect_page() as opening:
        link.click()
    tab = opening.value
    tab.wait_for_url(re.compile(r"/file\?ticket="), timeout=15_000)
    assert "Operation Nightjar" in tab.locator("body").inner_text()


def test_a_widget_reference_links_to_the_file_on_the_apis_address(site, page) -> None:
    api, host = site
    page.goto(host)
    widget = page.locator("plan-assistant-widget")
    widget.get_by_role("button", name="Ask about our plans").click()
    box = widget.get_by_label("Your question")
    box.fill(QUESTION)
    box.press("Enter")
    answer = widget.locator("li[data-state=done]")
    answer.wait_for(timeout=60_000)
    link = answer.locator(".sources a").first
    assert link.get_attribute("href") == f"{api}/api/documents/{PUBLIC_SOURCE}/file"
    assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener"
    assert axe_violations(page) == []
