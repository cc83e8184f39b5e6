"""Turning chosen evidence into answer text with numbered citations."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answer import Answer, Citation
from assistant.answering.extractive import Draft, Point


def compose(drafts: Sequence[Draft], notes: Sequence[str] = ()) -> Answer:
    """One block per plan ("According to the <title>:"), each point followed by its [n]."""
    citations: list[Citation] = []
    blocks: list[str] = []
    numbered: dict[tuple[str, int, int], int] = {}
    for draft in drafts:
        for source_points in _by_document(draft.points):
            title = source_points[0].unit.chunk.metadata.title
            lines: list[str] = [f"According to {_the(title)}:"]
            prose: list[str] = []
            for point in source_points:
                unit = point.unit
                key = (unit.chunk.id, unit.start, unit.end)
                if key in numbered:
                    continue  # each quote is shown once
                numbered[key] = len(citations) + 1
                citations.append(Citation.of(numbered[key], unit.chunk, unit.quote))
                marker = f"[{numbered[key]}]"
                if point.bullet:
                    if prose:
                        lines.append(" ".join(prose))
                        prose = []
                    lines.append(f"- {unit.quote} {marker}")
                else:
                    prose.append(f"{unit.quote} {marker}")
            if prose:
                lines.append(" ".join(prose))
            if len(lines) == 1:
                continue  # every quote of this part is already shown
            if draft.truncated:
                lines.append("(The cited section lists more.)")
            blocks.append("\n".join(lines))
    text = "\n\n".join([*blocks, *notes])
    return Answer(text=text, answered=True, citations=tuple(citations))


def _by_document(points: Sequence[Point]) -> list[list[Point]]:
    groups: list[list[Point]] = []
    for point in points:
        source = point.unit.chunk.metadata.source
        if groups and groups[-1][0].unit.chunk.metadata.source == source:
            groups[-1].append(point)
        else:
            groups.append([point])
    return groups


def _the(title: str) -> str:
    return title if title.lower().startswith("the ") else f"the {title}"
