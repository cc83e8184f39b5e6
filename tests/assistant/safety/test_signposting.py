"""The signposting file: the bundled UK numbers, and clear errors for a council's own file."""

import copy
import json
from pathlib import Path

import pytest

from assistant.safety.harms import CONCERNS, DANGER_CONCERNS
from assistant.safety.signposting import BUNDLED, SignpostingError, load_signposting, parse_signposting

UK_NUMBERS = {
    "999",
    "101",
    "0808 2000 247",
    "0808 8010 327",
    "0808 802 0300",
    "116 123",
    "111",
    "0800 1111",
    "0808 800 5000",
    "0800 555 111",
    "0808 500 2222",
    "08000 121 700",
    "0800 999 5428",
    "08 08 16 89 111",
    "0300 123 6600",
    "0800 789 321",
}


@pytest.fixture
def bundled() -> dict:
    return json.loads(BUNDLED.read_text(encoding="utf-8"))


def test_the_bundled_file_has_the_emergency_and_non_emergency_lines() -> None:
    signposting = load_signposting()
    assert signposting.emergency.number == "999"
    assert "55" in signposting.emergency.when and "18000" in (signposting.emergency.text or "")
    assert signposting.non_emergency.number == "101"


def test_the_bundled_file_has_every_uk_number_and_says_where_each_came_from() -> None:
    signposting = load_signposting()
    contacts = [signposting.emergency, signposting.non_emergency, *(line.contact for line in signposting.lines)]
    assert {contact.number for contact in contacts if contact.number} == UK_NUMBERS
    assert any(contact.text == "Text SHOUT to 85258" for contact in contacts)
    assert all(contact.source and contact.when for contact in contacts)


def test_every_danger_concern_has_a_helpline_and_words() -> None:
    signposting = load_signposting()
    for concern in DANGER_CONCERNS:
        assert signposting.helplines([concern]), concern
    assert set(signposting.words) == set(CONCERNS)


def test_helplines_come_in_the_files_order(bundled: dict) -> None:
    names = [contact.name for contact in load_signposting().helplines(["domestic-abuse"])]
    assert names[:2] == ["National Domestic Abuse Helpline (Refuge)", "Men's Advice Line (Respect)"]


def test_a_councils_local_line_is_offered_where_the_council_puts_it(bundled: dict, tmp_path: Path) -> None:
    local = {
        "id": "asb-team",
        "role": "local",
        "name": "Council anti-social behaviour team",
        "number": "020 7946 0000",
        "text": None,
        "when": "Weekdays, to report anti-social behaviour.",
        "url": "https://council.example.gov.uk/asb",
        "source": "https://council.example.gov.uk/asb",
        "concerns": ["crime", "following"],
    }
    bundled["contacts"].insert(2, local)
    path = tmp_path / "our-signposting.json"
    path.write_text(json.dumps(bundled), encoding="utf-8")
    helplines = load_signposting(path).helplines(["following"])
    assert helplines[0].name == "Council anti-social behaviour team"


def broken(bundled: dict, change) -> str:
    document = copy.deepcopy(bundled)
    change(document)
    with pytest.raises(SignpostingError) as error:
        parse_signposting(document, "our-file.json")
    return str(error.value)


def test_a_missing_field_is_named_with_the_file_and_the_contact(bundled: dict) -> None:
    message = broken(bundled, lambda d: d["contacts"][3].pop("source"))
    assert message.startswith("our-file.json: contacts[3] (national-domestic-abuse-helpline)")
    assert "'source'" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["contacts"][2].update(number="0808-802-0300"), "field 'number' must be digits and spaces"),
        (lambda d: d["contacts"][2].update(numbr="0808 802 0300"), "unknown field 'numbr'"),
        (lambda d: d["contacts"][2].update(concerns=["stalking"]), "unknown stalking"),
        (lambda d: d["contacts"][2].update(role="national"), "field 'role' must be one of"),
        (lambda d: d["contacts"][2].update(url="www.suzylamplugh.org"), "field 'url' must be a web address"),
        (lambda d: d["contacts"][2].update(number=None, text=None), "needs a 'number' or a 'text'"),
        (lambda d: d["contacts"][3].update(id="emergency"), "id 'emergency' is used twice"),
        (lambda d: d["contacts"][2].update(role="emergency"), "exactly one must have role 'emergency' (found 2)"),
        (lambda d: d["contacts"].pop(1), "exactly one must have role 'non-emergency' (found 0)"),
        (lambda d: d["concerns"].pop("overdose"), "concerns: missing overdose"),
        (lambda d: d["concerns"].update(stalking={"topic": "x", "advice": "y"}), "concerns: unknown stalking"),
        (lambda d: d["concerns"]["suicide"].update(advice=" "), "concerns.suicide: field 'advice' must be non-empty"),
        (lambda d: d.update(format="signposting@2"), "field 'format' must be"),
        (lambda d: d.update(contacts=[]), "field 'contacts' must be a non-empty list"),
    ],
)
def test_mistakes_are_reported_clearly(bundled: dict, change, expected: str) -> None:
    message = broken(bundled, change)
    assert message.startswith("our-file.json")
    assert expected in message


def test_a_file_that_is_not_json_or_not_there_is_reported_with_its_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SignpostingError, match=r"bad.json: not valid JSON \(line 1"):
        load_signposting(bad)
    with pytest.raises(SignpostingError, match="missing.json: cannot be read"):
        load_signposting(tmp_path / "missing.json")
