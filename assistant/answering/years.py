"""Years and spans of years as questions and plans say them: "2017/18", "2021-24", "Sutton's 2021-24 strategy"."""

from __future__ import annotations

import re

from ingest.metadata import MONTHS

YEARS = re.compile(r"\b((?:19|20)\d{2})(?:\s*[/-]\s*((?:19|20)?\d{2}))?\b")


def year_spans(text: str) -> list[frozenset[int]]:
    """The years or spans of years a text names, each as its set of years ("2017/18" is {2017, 2018})."""
    spans: list[frozenset[int]] = []
    for match in YEARS.finditer(text):
        first = int(match.group(1))
        span = {first}
        if match.group(2):
            last = int(match.group(2)) if len(match.group(2)) == 4 else first // 100 * 100 + int(match.group(2))
            if first < last <= first + 10:
                span.update(range(first + 1, last + 1))
        spans.append(frozenset(span))
    return spans


def asked_spans(text: str) -> list[frozenset[int]]:
    """The years or spans a question asks about, not those that name a plan ("Sutton's 2021-24 strategy")."""
    return [span for span in year_spans(text) if span not in naming_plans(text)]


def asked_times(text: str) -> list[str]:
    """The times a question asks about, as plans write them ("2015", "2017/18")."""
    return [span_label(span) for span in dict.fromkeys(asked_spans(text))]


def span_label(span: frozenset[int]) -> str:
    """A year or span of years as plans write it: "2014", "2017/18", "2021-24"."""
    first, last = min(span), max(span)
    if first == last:
        return str(first)
    return f"{first}/{last % 100:02d}" if last == first + 1 else f"{first}-{last % 100:02d}"


def years_in(text: str) -> set[int]:
    """Years a text names, a span counting as each of its years ("2017/18" is 2017 and 2018)."""
    return {year for span in year_spans(text) for year in span}


_PLAN_WORD = r"(?:plan|strategy|report|document|assessment|paper)"
_NAMES_PLAN = re.compile(
    rf"(?:^|\s)((?:19|20)\d{{2}}(?:\s*[/-]\s*(?:19|20)?\d{{2}})?)\s+(?:[\w'’-]+\s+){{0,3}}?{_PLAN_WORD}\b", re.I
)


def naming_plans(text: str) -> set[frozenset[int]]:
    """The years a question says as part of a plan's name ("Sutton's 2021-24 community safety strategy")."""
    return {span for match in _NAMES_PLAN.finditer(text) for span in year_spans(match.group(1))}


def dated_only(text: str, year: int) -> bool:
    """Whether a text says a year only as when something happened, which a later plan may report on, not as the
    years of a plan: after a month or season ("in May 2019", "the spring 2021 survey"), or naming a thing other
    than a document ("the 2010 Licensing act", "the 2020 residents' poll"; not "the 2020 plan")."""
    said = list(re.finditer(rf"\b{year}\b(?![/-]\d)", text))
    return bool(said) and all(
        _WHEN_BEFORE.search(text[: found.start()])
        or (_THE_BEFORE.search(text[: found.start()]) and _THING_AFTER.match(text, found.end()))
        for found in said
    )


_WHEN_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)}|spring|summer|autumn|winter|christmas|easter)\.?,?\s+$", re.I)
# (not after a name: "Ferncastle's 2020 commitment" is the commitment of its 2020 plan)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# ... a noun or two after the year that are not a document's ("2020 residents' poll"; not "2020 CSP plan")
_THING_AFTER = re.compile(
    r"\s+(?![\w-]+\s+(?:plans?|strateg\w+|reports?|papers?|documents?)\b)"
    r"(?!(?:plans?|strateg\w+|reports?|papers?|documents?|figures?|data|targets?|levels?|rates?|numbers?)\b)"
    r"(?![\w-]+\s+[\w-]+\s+(?:plans?|strateg\w+|reports?|papers?|documents?)\b)[A-Za-z]",
    re.I,
)
