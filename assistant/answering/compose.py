"""Turning chosen evidence into answer text with numbered citations."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant.answer import Answer, Citation
from assistant.answering.extractive import Draft, Point
from assistant.answering.headings import Headings
from ingest.documents import PlanMetadata

_DIGIT = re.compile(r"\d")  # a heading with a figure is not shown: every figure said must be in a cited quote
_HEADING_WORDS = 8


def compose(drafts: Sequence[Draft], notes: Sequence[str] = (), headings: Headings | None = None) -> Answer:
    """One block per plan ("The Sutton strategy (2021-24) says:"), each point followed by its [n]; with
    `headings`, the heading the block's quotes sit under when it names what they do not ("The Lewisham
    plan (2015/2016) says, under “Truecall System”:").

    A plan is named short (its council, kind and years); the citations carry its full title. Two plans
    of one answer that would share a short name are named by their titles."""
    citations: list[Citation] = []
    blocks: list[str] = []
    led: list[str] = []  # each block's lead-in
    numbered: dict[tuple[str, int, int], int] = {}
    lead_ins = _lead_ins([point.unit.chunk.metadata for draft in drafts for point in draft.points])
    every = [point for draft in drafts for point in draft.points]
    for draft in drafts:
        for source_points in _by_document(_unrepeated(draft.points, every)):
            lead_in = lead_ins[source_points[0].unit.chunk.metadata.source]
            lines: list[str] = [_under(lead_in, source_points, headings) if headings else lead_in]
            prose: list[str] = []
            for point in source_points:
                unit = point.unit
                key = (unit.chunk.id, unit.start, unit.end)
                if key in numbered:
                    continue  # each quote is shown once
                said = unit.quote
                markers = ""
                if point.header is not None:  # a row of figures, said with its columns; both rows cited
                    header = point.header
                    header_key = (header.chunk.id, header.start, header.end)
                    if header_key not in numbered:
                        numbered[header_key] = len(citations) + 1
                        citations.append(Citation.of(numbered[header_key], header.chunk, header.quote))
                    markers = f"[{numbered[header_key]}]"
                    said = statement(unit.quote, header.quote)
                numbered[key] = len(citations) + 1
                citations.append(Citation.of(numbered[key], unit.chunk, unit.quote))
                marker = f"{markers}[{numbered[key]}]"
                if point.bullet:
                    if prose:
                        lines.append(" ".join(prose))
                        prose = []
                    lines.append(f"- {said} {marker}")
                else:
                    prose.append(f"{said} {marker}")
            if prose:
                lines.append(" ".join(prose))
            if len(lines) == 1:
                continue  # every quote of this part is already shown
            if draft.truncated:
                lines.append("(The cited section lists more.)")
            if blocks and led[-1] == lines[0]:  # a part of the answer going on from the same plan and heading
                blocks[-1] += "\n" + "\n".join(lines[1:])
            else:
                blocks.append("\n".join(lines))
                led.append(lines[0])
        if draft.note and blocks:
            blocks[-1] += f"\n{draft.note}"
    text = "\n\n".join([*blocks, *notes])
    return Answer(text=text, answered=True, citations=tuple(citations))


def statement(row: str, header: str) -> str:
    """A table row said with its column names: "Burglary (Total) — 2013: 3303, 2014: 2333, % change: -29.4%".

    Only the row's and the header's own words are used, so every figure is in a cited quote."""
    cells = [cell.strip() for cell in row.split(" | ")]
    names = [cell.strip() for cell in header.split(" | ")]
    if len(cells) != len(names) or len(cells) < 2:
        return row
    pairs = [f"{name}: {cell}" if name else cell for name, cell in zip(names[1:], cells[1:], strict=True) if cell]
    return f"{cells[0]} — {', '.join(pairs)}"


def _under(lead_in: str, points: Sequence[Point], headings: Headings) -> str:
    """The lead-in with the heading all the points sit under, when it names something and their quotes do
    not say it: the name a scheme goes by is often only in its heading."""
    named = {
        headings.naming(point.unit.chunk.metadata.source, point.unit.chunk.section, point.unit.chunk.cell)
        for point in points
    }
    if len(named) != 1 or not (heading := named.pop()):
        return lead_in
    quoted = " ".join(point.unit.quote for point in points).lower()
    if _DIGIT.search(heading) or len(heading.split()) > _HEADING_WORDS or heading.lower() in quoted:
        return lead_in
    return f"{lead_in[:-1]}, under “{heading}”:"


def _unrepeated(points: Sequence[Point], every: Sequence[Point]) -> list[Point]:
    """The points bar a sentence another point of the answer holds whole (a lead-in of two sentences, quoted by
    another part of the question after its first): each thing is said once."""
    return [point for point in points if not any(_held(point, other) for other in every)]


def _held(point: Point, other: Point) -> bool:
    unit, holder = point.unit, other.unit
    return (
        unit.kind == "sentence"
        and unit.chunk.id == holder.chunk.id
        and holder.start <= unit.start
        and unit.end <= holder.end
        and (holder.start, holder.end) != (unit.start, unit.end)
        and unit.quote in holder.quote
    )


def _by_document(points: Sequence[Point]) -> list[list[Point]]:
    groups: list[list[Point]] = []
    for point in points:
        source = point.unit.chunk.metadata.source
        if groups and groups[-1][0].unit.chunk.metadata.source == source:
            groups[-1].append(point)
        else:
            groups.append([point])
    return groups


def _lead_ins(plans: Sequence[PlanMetadata]) -> dict[str, str]:
    """The line that opens each plan's block, by source."""
    by_source = {plan.source: plan for plan in plans}
    sharing = Counter(plan.short_name for plan in by_source.values())
    return {
        source: f"{_capital(_the(plan.short_name))} says:"
        if sharing[plan.short_name] == 1
        else f"According to {_the(plan.title)}:"
        for source, plan in by_source.items()
    }


def without_figure(plans: Sequence[PlanMetadata], kind: str) -> str:
    """What the plans say to a figure question they do not answer: which speak of it without the figure
    (`kind`: "figure", "date", "time", "amount of money")."""
    names = [_the(plan.short_name) for plan in dict((plan.source, plan) for plan in plans).values()]
    said = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    verbs = "speak of this but give" if len(names) > 1 else "speaks of this but gives"
    return f"{_capital(said)} {verbs} no {kind} for it."


def target_unmet(plans: Sequence[PlanMetadata]) -> str:
    """What the plans say to "did it meet its target?" where they set the target but say nothing of how it went
    ("The Ashcombe plan sets a target for this but does not say whether it was met.")."""
    names = [_the(plan.short_name) for plan in dict((plan.source, plan) for plan in plans).values()]
    said = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    verbs = "set targets for this but do" if len(names) > 1 else "sets a target for this but does"
    return f"{_capital(said)} {verbs} not say whether it was met."


def mentioned_unnamed(plan: PlanMetadata, mention: str) -> str:
    """What the plans say to a question asking which one of a kind of thing where the plan mentions one without
    naming it ("The Southwark scrutiny report mentions “a local estate” but does not say which.")."""
    return f"{_capital(_the(plan.short_name))} mentions “{mention}” but does not say which."


_PLURALS = {"figure": "figures", "amount of money": "amounts of money", "date": "dates", "target": "targets"}


def for_other_times(given: Sequence[tuple[PlanMetadata, Sequence[str]]], asked: Sequence[str], kind: str) -> str:
    """What the plans say to a figure question about a time they give no figure for: the times each gives
    it for ("The Lewisham plan gives figures for 2013 and 2014 only, not for 2015.")."""
    said = [
        f"{_the(plan.short_name)} gives {_PLURALS.get(kind, kind)} for {_and_list(times)} only" for plan, times in given
    ]
    return _capital(f"{'; '.join(said)}, not for {_and_list(asked)}.") if said else ""


def other_contact(given: Sequence[tuple[PlanMetadata, Sequence[str]]]) -> str:
    """What the plans say to a question asking for an email address they do not give: the other ways each gives
    to get in touch ("The Lewisham plan gives a telephone number and a postal address for this, but no email
    address.")."""
    said = [f"{_the(plan.short_name)} gives {_and_list(ways)} for this" for plan, ways in given]
    return _capital(f"{'; '.join(said)}, but no email address.") if said else ""


def _and_list(items: Sequence[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else "".join(items)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _the(title: str) -> str:
    return title if title.lower().startswith("the ") else f"the {title}"
