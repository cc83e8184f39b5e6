"""Priorities: the themes a plan is organised by, found from the shape of its structure.

Candidates are (1) a run of sibling headings labelled alike ("Priority A:", "Theme 2") or numbered
alike, and (2) a list whose lead-in names priorities, themes or objectives. Each candidate is scored by
what introduces it and whether its size matches a count the plan states; the best one above a floor is
the plan's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.chunking import Piece, heading_key, sibling_shape
from ingest.plan.evidence import cite
from ingest.plan.model import Evidence, Priority
from ingest.text import split_sentences

THEME_WORDS = (
    r"priorit(?:y|ies)|themes?|objectives?|strands?|ambitions?|key areas?|thematic areas?|outcomes?|aims?|goals?"
)
_THEME = re.compile(rf"\b({THEME_WORDS})\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[\w-]+\s+){{0,2}}?({THEME_WORDS})\b", re.I)
_LABEL = re.compile(r"^\s*((?:[A-Za-z]+\s+)?(?:[A-Z]|\d+(?:\.\d+)*)[.:)]?)\s+(.*)$")
# a heading that only numbers a priority or theme: "Priority 2", "Theme 3:"
_BARE_NUMBERED = re.compile(rf"^\s*(?:{THEME_WORDS})\s+(\d{{1,2}})\s*[.:]?\s*$", re.I)
_PARAGRAPH = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s")
_FLOOR = 2.5
_DEBUG = False
_PAST = re.compile(r"\b(were|was|had been)\b", re.I)


@dataclass
class _Candidate:
    members: list[int]  # indexes into pieces
    lead: int | None
    score: float = 0.0
    source: str = ""
    names: list[str] | None = None  # what each member quotes, when not its whole piece (a table's column names)
    heading: str = ""  # the heading that introduces them, when no piece does

    def texts(self, pieces: Sequence[Piece]) -> list[str]:
        return self.names if self.names is not None else [pieces[i].text for i in self.members]

    def lead_text(self, pieces: Sequence[Piece]) -> str:
        return pieces[self.lead].text if self.lead is not None else self.heading


def find_priorities(pieces: Sequence[Piece], front: set[int]) -> tuple[tuple[Priority, ...], Evidence | None]:
    """The plan's priorities (each with the items under its own section), and the line introducing them."""
    counts = Counter(heading_key(p.block.text) for p in pieces if p.block.kind == "heading")
    stated = _stated_counts(pieces, front)
    candidates = [
        *_heading_runs(pieces, front, counts),
        *_theme_lists(pieces, front),
        *_theme_columns(pieces, front),
    ]
    for candidate in candidates:
        _score(candidate, pieces, stated)
    candidates = [c for c in candidates if c.score >= _FLOOR]
    if not candidates:
        return (), None
    if _DEBUG:
        for c in candidates:
            print("CAND", c.source, round(c.score, 2), [text[:40] for text in c.texts(pieces)])
    best = max(candidates, key=lambda c: (c.score, -c.members[0]))
    introducing = _stating_lead(pieces, front, len(best.members))
    introducing = introducing if introducing is not None else best.lead
    if introducing is None and best.names is not None:  # a table's columns: the sentence before it that counts them
        introducing = _counting_before(pieces, front, best.members[0])
    lead = cite(pieces[introducing]) if introducing is not None else None
    priorities = []
    ends = [*best.members[1:], None]
    names = best.names or [None] * len(best.members)
    for index, end, name in zip(best.members, ends, names, strict=True):
        piece = pieces[index]
        evidence = cite(piece, name)
        if evidence is None:
            continue
        first = sentences_of(evidence.quote)
        if len(evidence.quote.split()) > 25 and first and first != evidence.quote:
            evidence = cite(piece, first) or evidence  # a long item is named by its first sentence
        label, title = _split_label(evidence.quote)
        section = piece.section if piece.block.kind == "heading" else None
        actions = _actions(pieces, index, end, counts) if piece.block.kind == "heading" and not name else ()
        priorities.append(Priority(title=title, evidence=evidence, label=label, section=section, actions=actions))
    return _with_numbered_sections(tuple(priorities), pieces, front, counts), lead


def _with_numbered_sections(
    priorities: tuple[Priority, ...], pieces: Sequence[Piece], front: set[int], counts: Counter[str]
) -> tuple[Priority, ...]:
    """Priorities stated in a list ("The First priority will be ...", "The Second ...") whose content the plan
    sets out later under headings that only number them ("Priority 1", "Priority 2"): each is given the section
    numbered as it is placed, with the items under it. Only when the headings number exactly the priorities
    listed, in order, each once."""
    if not priorities or any(priority.section is not None for priority in priorities):
        return priorities
    numbered: list[tuple[int, str]] = []
    for index, piece in enumerate(pieces):
        bare = _BARE_NUMBERED.match(piece.block.text) if piece.block.kind == "heading" else None
        if bare is not None and index not in front and piece.section:
            numbered.append((index, bare.group(1)))
    labels = [label for _, label in numbered]
    if labels != [str(place) for place in range(1, len(priorities) + 1)]:
        return priorities
    ends = [index for index, _ in numbered[1:]] + [None]
    return tuple(
        replace(
            priority,
            label=priority.label or pieces[index].block.text.strip(),
            section=pieces[index].section,
            actions=priority.actions or _actions(pieces, index, end, counts),
        )
        for priority, (index, _), end in zip(priorities, numbered, ends, strict=True)
    )


def _heading_runs(pieces: Sequence[Piece], front: set[int], counts: Counter[str]) -> list[_Candidate]:
    """Headings of one sibling shape, each said once, in the body: "Priority A: ...", "1. Safe from ..."."""
    by_shape: dict[str, list[int]] = {}
    for index, piece in enumerate(pieces):
        if piece.block.kind != "heading" or index in front:
            continue
        shape = sibling_shape(piece.block.text)
        # a numbered heading said more than once ("1. Strategic Actions") is a subsection, not a theme
        if shape and not (shape.startswith("#") and counts[heading_key(piece.block.text)] > 1):
            by_shape.setdefault(shape, []).append(index)
    runs = []
    for shape, members in by_shape.items():
        unique = _distinct(pieces, _last_of_each_label(pieces, members) if not shape.startswith("#") else members)
        if len(unique) >= 2:
            runs.append(_Candidate(unique, _lead_before(pieces, unique[0]), source=f"headings {shape}"))
    return runs


def _theme_lists(pieces: Sequence[Piece], front: set[int]) -> list[_Candidate]:
    """Items introduced by a line naming priorities or themes ("... has identified the following priorities:")."""
    found = []
    for index, piece in enumerate(pieces):
        if index in front or not _THEME.search(piece.text) or not piece.text.rstrip().endswith(":"):
            continue
        # a numbered paragraph ("36. ... these are:") may introduce items; the next numbered one ends them
        numbered = piece.block.kind == "item" and bool(_PARAGRAPH.match(piece.block.text))
        if piece.block.kind == "item" and not numbered:
            continue
        members: list[int] = []
        for after in range(index + 1, min(len(pieces), index + 30)):
            block = pieces[after].block
            if block.kind == "item" and (_PARAGRAPH.match(block.text) or block.level < piece.block.level):
                break
            if block.kind != "item":
                following = pieces[after + 1].block if after + 1 < len(pieces) else None
                # a paragraph that says more about the item before it does not end the list
                if members and block.kind == "paragraph" and following and following.kind == "item":
                    continue
                break
            if block.level == 0 or not members:
                members.append(after)
        if len(members) >= 2:
            found.append(_Candidate(members, index, source="list"))
    return found


def _theme_columns(pieces: Sequence[Piece], front: set[int]) -> list[_Candidate]:
    """The column names of a table under a heading naming priorities or themes ("The Priorities": "ASPECT |
    Tackling Violence Against Women and Girls | Reducing Reoffending | ..."): the first row of short names
    across most of its columns; the first column labels the rows."""
    found = []
    seen_tables: set[str | None] = set()
    for index, piece in enumerate(pieces):
        if piece.block.kind != "row" or index in front or piece.section in seen_tables:
            continue
        heading = (piece.section or "").split(" > ")[-1]
        if not _THEME.search(heading):
            continue
        cells = [cell.strip() for cell in piece.block.text.split("\t") if cell.strip()]
        if len(cells) < _COLUMN_NAMES + 1 or any(len(cell) > _COLUMN_NAME_CHARS for cell in cells):
            continue
        seen_tables.add(piece.section)
        found.append(_Candidate([index] * (len(cells) - 1), None, source="columns", names=cells[1:], heading=heading))
    return found


_COLUMN_NAMES = 3  # a header row naming at least this many priorities
_COLUMN_NAME_CHARS = 100


def _score(candidate: _Candidate, pieces: Sequence[Piece], stated: set[int]) -> None:
    texts = candidate.texts(pieces)
    lead_text = candidate.lead_text(pieces)
    score = 0.0
    if lead_text and _THEME.search(lead_text):
        score += 2.0
        if re.search(r"\bpriorit", lead_text, re.I):
            score += 0.5  # what plans and their readers call them most
        for match in _COUNT.finditer(lead_text):
            token = match.group(1).lower()
            if (int(token) if token.isdigit() else _NUMBER_WORDS[token]) == len(texts):
                score += 0.5  # "agreed five local priorities and these are:" then five items
                if match.group(2).lower().startswith("priorit"):
                    score += 0.25
    if sum(bool(_THEME.search(text.split(":")[0])) for text in texts) * 2 >= len(texts):
        score += 2.5  # labelled "Priority A", "Theme 2"
    if len(texts) in stated:
        score += 1.5
    if not 2 <= len(texts) <= 12:
        score -= 2.0
    words = sorted(len(text.split()) for text in texts)
    if words[len(words) // 2] > 30:
        score -= 1.0  # paragraphs, not names of themes
    if sum(
        not _split_label(text)[1] or _split_label(text)[1] == text and _THEME.fullmatch(text.split()[0]) is not None
        for text in texts
    ) * 2 > len(texts):
        score -= 1.5  # "Priority 1": labels with no names
    if lead_text and _PAST.search(lead_text):
        score -= 1.0  # "the key priorities were:": a former plan's
    if any(text.isupper() for text in texts):
        score -= 0.5  # report section headings ("2. ALTERNATIVE OPTIONS")
    candidate.score = score


def _stated_counts(pieces: Sequence[Piece], front: set[int]) -> set[int]:
    """Counts the plan states of its priorities ("agreed on four priorities")."""
    stated = set()
    for index, piece in enumerate(pieces):
        if index in front:
            continue
        for match in _COUNT.finditer(piece.text):
            token = match.group(1).lower()
            stated.add(int(token) if token.isdigit() else _NUMBER_WORDS[token])
    return stated


def _stating_lead(pieces: Sequence[Piece], front: set[int], count: int) -> int | None:
    """The line that introduces the priorities by their number ("... have agreed on four priorities for the
    term of this Plan, they are:"), wherever the priorities themselves are set out."""
    for index, piece in enumerate(pieces):
        if index in front or piece.block.kind == "heading" or not piece.text.rstrip().endswith(":"):
            continue
        for match in _COUNT.finditer(piece.text):
            token = match.group(1).lower()
            stated = int(token) if token.isdigit() else _NUMBER_WORDS[token]
            if stated == count and match.group(2).lower().startswith(("priorit", "theme")):
                return index
    return None


def _counting_before(pieces: Sequence[Piece], front: set[int], index: int) -> int | None:
    """The nearest paragraph before a piece that states how many priorities or key areas the plan has ("The
    plan focuses on 8 key areas prioritised by the strategic assessment.")."""
    for before in range(index - 1, -1, -1):
        piece = pieces[before]
        if before not in front and piece.block.kind == "paragraph" and _COUNT.search(piece.text):
            return before
    return None


def _lead_before(pieces: Sequence[Piece], index: int) -> int | None:
    """The nearest paragraph before a run (within a few pieces) that names priorities or themes."""
    for before in range(index - 1, max(-1, index - 6), -1):
        piece = pieces[before]
        if piece.block.kind == "paragraph" and _THEME.search(piece.text):
            return before
    return None


def _last_of_each_label(pieces: Sequence[Piece], members: list[int]) -> list[int]:
    """ "Priority A: ASB" on the contents page and "Priority A: Anti-social Behaviour" in the body are one
    priority: the last heading of each label stands for it (the body follows the contents)."""
    last: dict[str, int] = {}
    for index in members:
        last[_split_label(pieces[index].text)[0].lower()] = index
    return sorted(last.values())


def _distinct(pieces: Sequence[Piece], members: list[int]) -> list[int]:
    seen: set[str] = set()
    kept = []
    for index in members:
        key = heading_key(pieces[index].text)
        if key and key not in seen:
            seen.add(key)
            kept.append(index)
    return kept


def _split_label(text: str) -> tuple[str, str]:
    match = _LABEL.match(text)
    if match and match.group(2) and (match.group(1)[0].isdigit() or _THEME.match(match.group(1))):
        return match.group(1).rstrip(".:)"), match.group(2).strip()
    return "", text.strip()


def _actions(pieces: Sequence[Piece], start: int, end: int | None, counts: Counter[str]) -> tuple[Evidence, ...]:
    """The list items after a priority's heading, up to the next priority; the last one's run to the next
    heading at or above its depth that is not one of the subsections every priority repeats ("Strategic
    Actions", "Why is this important?")."""
    depth = (pieces[start].section or "").count(" > ")
    found = []
    for index in range(start + 1, end if end is not None else len(pieces)):
        piece = pieces[index]
        if (
            end is None
            and piece.block.kind == "heading"
            and (piece.section or "").count(" > ") <= depth
            and counts[heading_key(piece.block.text)] <= 1
        ):
            break
        if piece.block.kind == "item" and len(found) < 60:
            evidence = cite(piece)
            if evidence is not None:
                found.append(evidence)
    return tuple(found)


def sentences_of(text: str) -> str:
    """The first sentence of a text."""
    spans = split_sentences(text)
    return text[spans[0][0] : spans[0][1]] if spans else text
