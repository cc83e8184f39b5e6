"""Plan metadata: stated in a sidecar or front matter, otherwise derived from the text."""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path
from typing import Any

from ingest.councils import UK_COUNCILS, councils_in
from ingest.documents import CLASSIFICATIONS, DOC_TYPES, PlanMetadata
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.markup import strip_markup

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_DAY_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r"),?\s+((?:19|20)\d{2})\b", re.I)
_MONTH_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+((?:19|20)\d{2})\b", re.I)
_RESTRICTED = re.compile(r"classification\s*:\s*(restricted|confidential|internal|not for publication|exempt)", re.I)
_TITLE_WORDS = re.compile(r"\b(plan|strategy|report|assessment)\b", re.I)
_HEAD_CHARS = 4000
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


class MetadataError(ValueError):
    """A sidecar or front matter states something invalid."""


def sidecar_path(path: Path) -> Path:
    """A plan's own sidecar: `<file name>.meta.json` (x.txt.meta.json), so x.md cannot share it."""
    return path.with_name(f"{path.name}.meta.json")


def legacy_sidecar_path(path: Path) -> Path | None:
    """The older `<stem>.meta.json`, read only while no other plan file in the folder has that stem."""
    legacy = path.with_name(f"{path.stem}.meta.json")
    if not legacy.is_file():
        return None
    namesakes = [
        other
        for other in path.parent.glob(f"{glob.escape(path.stem)}.*")
        if other.stem == path.stem and other.suffix.lower() in SUPPORTED_SUFFIXES and other.name != path.name
    ]
    return None if namesakes else legacy


def sidecar_of(path: Path) -> Path | None:
    """The sidecar that states this plan's metadata, if it has one."""
    own = sidecar_path(path)
    return own if own.is_file() else legacy_sidecar_path(path)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The metadata a plan file's sidecar states, or an empty dict."""
    sidecar = sidecar_of(path)
    if sidecar is None:
        return {}
    try:
        stated = json.loads(sidecar.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise MetadataError(f"{sidecar.name}: not valid JSON ({error})") from error
    if not isinstance(stated, dict):
        raise MetadataError(f"{sidecar.name}: must hold a JSON object")
    return stated


def build_metadata(source: str, text: str, stated: dict[str, Any]) -> PlanMetadata:
    """Metadata for one plan: what is stated wins; the rest is derived from the text and file name."""
    head = text[:_HEAD_CHARS]
    stem = Path(source).stem
    title = _stated(stated, "title") or derive_title(head, stem)
    start, end = derive_period(title, stem, head)
    period_start = _stated_int(stated, "period_start", start)
    period_end = _stated_int(stated, "period_end", end if end is not None else period_start)
    metadata = PlanMetadata(
        source=source,
        title=title,
        council=_stated(stated, "council") or derive_council(f"{title}\n{stem.replace('-', ' ')}\n{head}"),
        doc_type=(_stated(stated, "doc_type") or derive_doc_type(title, head)).lower(),
        period_start=period_start,
        period_end=period_end,
        date=_stated(stated, "date") or derive_date(head),
        classification=(_stated(stated, "classification") or derive_classification(head)).lower(),
    )
    if metadata.doc_type not in DOC_TYPES:
        raise MetadataError(f"{source}: doc_type must be one of {', '.join(DOC_TYPES)}")
    if metadata.classification not in CLASSIFICATIONS:
        raise MetadataError(f"{source}: classification must be one of {', '.join(CLASSIFICATIONS)}")
    return metadata


def _stated(stated: dict[str, Any], key: str) -> str | None:
    value = stated.get(key)
    text = printable(str(value)) if value not in (None, "") else ""
    return text or None


def printable(text: str) -> str:
    """Text for a title or name: no markup, no control or invisible characters, spaces folded."""
    return " ".join(_CONTROL.sub(" ", strip_markup(text).text).split())


def _stated_int(stated: dict[str, Any], key: str, default: int | None) -> int | None:
    value = stated.get(key)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise MetadataError(f"{key} must be a year, got {value!r}") from error


def derive_title(head: str, stem: str) -> str:
    lines = [line.split("\t")[-1].strip(" #*") for line in head.splitlines() if line.strip(" #*\t")]
    lines = [line for line in lines if line]
    lines = [printable(line) for line in lines if printable(line)]
    for line in lines[:40]:
        if _TITLE_WORDS.search(line) and 8 <= len(line) <= 120 and not line.endswith("."):
            return line
    return lines[0][:120] if lines else printable(stem.replace("-", " ").replace("_", " ").title())


def derive_period(*texts: str) -> tuple[int | None, int | None]:
    for text in texts:
        match = _PERIOD.search(text.replace("_", " "))
        if match:
            start = int(match.group(1))
            tail = match.group(2)
            end = int(tail) if len(tail) == 4 else (start // 100) * 100 + int(tail)
            if start <= end <= start + 10:
                return start, end
    for text in texts:
        match = _YEAR.search(text)
        if match:
            return int(match.group(1)), int(match.group(1))
    return None, None


_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|upon|on|under)[ \t]+)?[A-Z][\w'’-]*)*"
# "London Borough of Sutton", "Royal Borough of Kingston upon Thames"; "Leeds City Council", "Wigan Council"
_BOROUGH_OF = re.compile(rf"\b(?:London|Royal|Metropolitan|County) Borough of ({_NAME})")
_NAME_COUNCIL = re.compile(
    rf"\b({_NAME})[ \t]+(City |Borough |County |District |Metropolitan Borough |County Borough )?Council\b"
)
_NOT_A_PLACE = frozenset(
    {"The", "Town", "Parish", "Full", "City", "County", "District", "Borough", "Metropolitan", "Our", "Your", "Safer"}
)


def derive_council(text: str) -> str:
    """The council a plan is of: as the plan names it ("London Borough of Sutton", "Leeds City Council"),
    or failing that the UK council area it names most often."""
    named = _BOROUGH_OF.search(text)
    if named:
        return _place(named.group(1).split())
    for match in _NAME_COUNCIL.finditer(text):
        words = match.group(1).split()
        while words and words[0] in _NOT_A_PLACE:
            words = words[1:]
        while words and words[-1] in _NOT_A_PLACE:
            words = words[:-1]
        typed = match.group(2) is not None or match.group(1).split()[-1] in _NOT_A_PLACE
        if words and (typed or _place(words) in UK_COUNCILS):  # "Youth Council" names no place
            return _place(words)
    found = councils_in(text, UK_COUNCILS)
    return found[0] if found else "Unknown"


def _place(words: list[str]) -> str:
    """The place a run of capitalised words names: the longest council area it starts with ("Sutton" in
    "Sutton Community Safety"), else its last words ("Safer Leeds" is Leeds)."""
    said = " ".join(words)
    known = [name for name in UK_COUNCILS if said == name or said.startswith(f"{name} ")]
    if known:
        return max(known, key=len)
    ending = [name for name in UK_COUNCILS if said.endswith(f" {name}")]
    return max(ending, key=len) if ending else " ".join(words[-3:])


def derive_doc_type(title: str, head: str) -> str:
    lowered = f"{title}\n{head[:1500]}".lower()
    if "scrutiny" in title.lower() or "scrutiny commission" in lowered:
        return "scrutiny report"
    if "strategy" in title.lower():
        return "strategy"
    return "plan"


def derive_date(head: str) -> str | None:
    day = _DAY_DATE.search(head)
    if day:
        month = MONTHS.index(day.group(2).lower()) + 1
        return f"{day.group(3)}-{month:02d}-{int(day.group(1)):02d}"
    month_only = _MONTH_DATE.search(head)
    if month_only:
        month = MONTHS.index(month_only.group(1).lower()) + 1
        return f"{month_only.group(2)}-{month:02d}"
    return None


def derive_classification(head: str) -> str:
    return "internal" if _RESTRICTED.search(head) else "public"
