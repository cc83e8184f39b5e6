"""The signposting file: emergency and helpline numbers a council can edit, checked when loaded.

Shape (see the bundled `signposting.json`, whose "about" field tells a council how to add its own lines):

    {"format": "plan-assistant/signposting@1", "region": "...", "checked": "YYYY-MM-DD",
     "concerns": {"<concern>": {"topic": "stalking or harassment", "advice": "<one or two sentences>"}, ...},
     "contacts": [{"id": "samaritans", "role": "emergency|non-emergency|helpline|local",
                   "name": "...", "number": "116 123" | null, "text": "Text ..." | null,
                   "when": "...", "url": "https://..." | null, "source": "<where the number was checked>",
                   "concerns": ["suicide", ...] | ["*"]}, ...]}

Every concern the detector names must have its words; exactly one contact is the emergency line
and one the non-emergency line. A mistake is reported with the file and the field, at start-up
rather than in front of a frightened resident."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.safety.harms import CONCERNS

FORMAT = "plan-assistant/signposting@1"
BUNDLED = Path(__file__).with_name("signposting.json")
ROLES = ("emergency", "non-emergency", "helpline", "local")
CONTACT_FIELDS = {"id", "role", "name", "number", "text", "when", "url", "source", "concerns"}
DIALLED = re.compile(r"^[0-9][0-9 ]*[0-9]$")
IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class SignpostingError(ValueError):
    """The signposting file cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Contact:
    """One number or service, as a resident sees it."""

    name: str  # "National Domestic Abuse Helpline"
    number: str | None  # "0808 2000 247" (as people dial it); None if only a web or text service
    when: str  # plain words: "Free, 24 hours, for anyone experiencing domestic abuse"
    url: str | None  # official page
    source: str  # where the number was taken from or checked
    text: str | None = None  # a text or SMS option, if any ("Text SHOUT to 85258")


@dataclass(frozen=True)
class Listing:
    """A contact as the file lists it: which role it has and which concerns it helps with."""

    id: str
    role: Literal["emergency", "non-emergency", "helpline", "local"]
    concerns: frozenset[str]  # "*" for every concern
    contact: Contact

    def helps_with(self, concerns: Iterable[str]) -> bool:
        return "*" in self.concerns or bool(self.concerns & set(concerns))


@dataclass(frozen=True)
class ConcernWords:
    """How guidance speaks of a concern: as a topic ("stalking or harassment") and what to do first."""

    topic: str
    advice: str


@dataclass(frozen=True)
class Signposting:
    """The loaded file: the emergency and non-emergency lines, the other lines in file order, and the words."""

    emergency: Contact
    non_emergency: Contact
    lines: tuple[Listing, ...]
    words: Mapping[str, ConcernWords]

    def helplines(self, concerns: Iterable[str]) -> tuple[Contact, ...]:
        """The helpline and local contacts for these concerns, in the file's order."""
        wanted = tuple(concerns)
        return tuple(line.contact for line in self.lines if line.helps_with(wanted))


def load_signposting(path: Path | None = None) -> Signposting:
    """The signposting file at `path` (None: the bundled UK file), validated."""
    path = path or BUNDLED
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SignpostingError(f"{path}: cannot be read ({error.strerror or error})") from error
    except json.JSONDecodeError as error:
        raise SignpostingError(f"{path}: not valid JSON (line {error.lineno}: {error.msg})") from error
    return parse_signposting(document, str(path))


def parse_signposting(document: object, where: str) -> Signposting:
    if not isinstance(document, dict):
        raise SignpostingError(f"{where}: the file must hold one JSON object")
    if document.get("format") != FORMAT:
        raise SignpostingError(f"{where}: field 'format' must be {FORMAT!r}, not {document.get('format')!r}")
    words = _concern_words(document.get("concerns"), where)
    contacts = document.get("contacts")
    if not isinstance(contacts, list) or not contacts:
        raise SignpostingError(f"{where}: field 'contacts' must be a non-empty list")
    listings = [_listing(entry, f"{where}: contacts[{index}]") for index, entry in enumerate(contacts)]
    seen: set[str] = set()
    for index, listing in enumerate(listings):
        if listing.id in seen:
            raise SignpostingError(f"{where}: contacts[{index}]: id {listing.id!r} is used twice")
        seen.add(listing.id)
    return Signposting(
        emergency=_only(listings, "emergency", where),
        non_emergency=_only(listings, "non-emergency", where),
        lines=tuple(listing for listing in listings if listing.role in {"helpline", "local"}),
        words=words,
    )


def _concern_words(section: object, where: str) -> dict[str, ConcernWords]:
    if not isinstance(section, dict):
        raise SignpostingError(f"{where}: field 'concerns' must be an object with one entry per concern")
    unknown = sorted(set(section) - set(CONCERNS))
    if unknown:
        raise SignpostingError(f"{where}: concerns: unknown {', '.join(unknown)} (known: {', '.join(CONCERNS)})")
    missing = [concern for concern in CONCERNS if concern not in section]
    if missing:
        raise SignpostingError(f"{where}: concerns: missing {', '.join(missing)}")
    words: dict[str, ConcernWords] = {}
    for concern in CONCERNS:
        entry = section[concern]
        spot = f"{where}: concerns.{concern}"
        if not isinstance(entry, dict):
            raise SignpostingError(f"{spot}: must be an object with 'topic' and 'advice'")
        words[concern] = ConcernWords(_text(entry, "topic", spot), _text(entry, "advice", spot))
    return words


def _listing(entry: object, spot: str) -> Listing:
    if not isinstance(entry, dict):
        raise SignpostingError(f"{spot}: must be an object")
    unknown = sorted(set(entry) - CONTACT_FIELDS)
    if unknown:
        raise SignpostingError(f"{spot}: unknown field {', '.join(map(repr, unknown))}")
    identifier = _text(entry, "id", spot)
    if not IDENTIFIER.match(identifier):
        raise SignpostingError(f"{spot}: field 'id' must be lower-case letters, digits and hyphens")
    spot = f"{spot} ({identifier})"
    role = entry.get("role")
    if role not in ROLES:
        raise SignpostingError(f"{spot}: field 'role' must be one of {', '.join(ROLES)}, not {role!r}")
    number = _optional(entry, "number", spot)
    if number is not None and not DIALLED.match(number):
        raise SignpostingError(f"{spot}: field 'number' must be digits and spaces as dialled, not {number!r}")
    text = _optional(entry, "text", spot)
    if number is None and text is None:
        raise SignpostingError(f"{spot}: needs a 'number' or a 'text' option")
    url = _optional(entry, "url", spot)
    if url is not None and not url.startswith(("https://", "http://")):
        raise SignpostingError(f"{spot}: field 'url' must be a web address (https://...)")
    concerns = entry.get("concerns")
    if not isinstance(concerns, list) or not concerns or not all(isinstance(c, str) for c in concerns):
        raise SignpostingError(f"{spot}: field 'concerns' must be a non-empty list of concerns, or [\"*\"]")
    unknown = sorted(set(concerns) - set(CONCERNS) - {"*"})
    if unknown:
        raise SignpostingError(f"{spot}: field 'concerns': unknown {', '.join(unknown)} (known: {', '.join(CONCERNS)})")
    contact = Contact(
        name=_text(entry, "name", spot),
        number=number,
        when=_text(entry, "when", spot),
        url=url,
        source=_text(entry, "source", spot),
        text=text,
    )
    return Listing(id=identifier, role=role, concerns=frozenset(concerns), contact=contact)


def _only(listings: list[Listing], role: str, where: str) -> Contact:
    found = [listing for listing in listings if listing.role == role]
    if len(found) != 1:
        raise SignpostingError(f"{where}: contacts: exactly one must have role {role!r} (found {len(found)})")
    if found[0].contact.number is None:
        raise SignpostingError(f"{where}: contacts ({found[0].id}): the {role} line needs a 'number'")
    return found[0].contact


def _text(entry: dict[str, object], field: str, spot: str) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise SignpostingError(f"{spot}: field {field!r} must be non-empty text")
    return value.strip()


def _optional(entry: dict[str, object], field: str, spot: str) -> str | None:
    value = entry.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SignpostingError(f"{spot}: field {field!r} must be non-empty text or null")
    return value.strip()
