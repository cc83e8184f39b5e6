"""Reading order: a region set in two (or more) columns is read column by column.

A column gutter is a vertical strip no word crosses for a run of lines, with words on both sides of
it on many of them, and the text left of it set as prose: its lines end close to the gutter. Table
rows also leave such strips, but their left cells end far from the next column, so they stay rows.
"""

from __future__ import annotations

import re
from statistics import median

from ingest.pdf.words import Line, Word

_MIN_GUTTER = 7.0  # points of white between columns
_MIN_RUN = 4  # lines in a column region
_CENTRE = (0.2, 0.8)  # where a gutter may be, as a share of the text's width
_PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,3}\.|\d{1,2}\.\d{1,2}\.?)$")  # "7.", "5.3": not a bare figure


def reading_order(lines: list[Line]) -> list[list[Line]]:
    """The page's lines as flows in reading order: full-width runs and each column of a region."""
    if len(lines) < _MIN_RUN:
        return [lines] if lines else []
    found = _best_region(lines)
    if found is None:
        return [lines]
    start, end, gutter = found
    left, right = [], []
    edge = min((line.x0 for line in lines[start:end] if line.table is None), default=0.0)
    for line in lines[start:end]:
        if line.table is not None:
            (left if line.x1 <= gutter else right).append(line)
            continue
        words_left = [word for word in line.words if word.x1 <= gutter]
        words_right = [word for word in line.words if word.x0 >= gutter]
        if len(words_left) == 1 and words_right and words_left[0].x0 > edge + 0.6 * (gutter - edge):
            words_right = words_left + words_right  # a list marker hanging left of its column's text
            words_left = []
        elif _hanging_number(words_left, edge, gutter):
            # "... £7,335,876 of   5.3   When planning ...": the number heads the right column's paragraph
            words_right = words_left[-1:] + words_right
            words_left = words_left[:-1]
        if words_left:
            left.append(Line(words_left))
        if words_right:
            right.append(Line(words_right))
    flows = reading_order(lines[:start])
    flows += [flow for column in (left, right) for flow in reading_order(column)]
    flows += reading_order(lines[end:])
    return [flow for flow in flows if flow]


def _hanging_number(words: list[Word], edge: float, gutter: float) -> bool:
    """Whether a left column's line ends in a paragraph number set apart from it, near the gutter: the number
    the right column's paragraph hangs out to its left ("5.3", "7.")."""
    if len(words) < 2:
        return False
    last = words[-1]
    return (
        _PARAGRAPH_NUMBER.match(last.text) is not None
        and last.x0 - words[-2].x1 >= _MIN_GUTTER
        and last.x0 > edge + 0.6 * (gutter - edge)
    )


def _candidates(lines: list[Line]) -> list[float]:
    texts = [line for line in lines if line.table is None]
    if not texts:
        return []
    low = min(line.x0 for line in texts)
    high = max(line.x1 for line in texts)
    width = high - low
    found: set[float] = set()
    for line in texts:
        for a, b in zip(line.words, line.words[1:], strict=False):
            middle = (a.x1 + b.x0) / 2
            if b.x0 - a.x1 >= _MIN_GUTTER and low + _CENTRE[0] * width <= middle <= low + _CENTRE[1] * width:
                found.add(round(middle / 2) * 2)
    return sorted(found)


def _state(line: Line, x: float) -> str:
    if line.table is not None:
        return "cross" if line.x0 < x < line.x1 else ("left" if line.x1 <= x else "right")
    left = right = False
    for a, b in zip(line.words, line.words[1:], strict=False):
        if a.x1 <= x <= b.x0 and b.x0 - a.x1 < _MIN_GUTTER:
            return "cross"  # an ordinary space between two words of one line
    for word in line.words:
        if word.x0 < x < word.x1:
            return "cross"
        left |= word.x1 <= x
        right |= word.x0 >= x
    return "both" if left and right else ("left" if left else "right")


def _best_region(lines: list[Line]) -> tuple[int, int, float] | None:
    best: tuple[int, int, float, int] | None = None
    for x in _candidates(lines):
        states = [_state(line, x) for line in lines]
        start = 0
        while start < len(states):
            if states[start] == "cross":
                start += 1
                continue
            end = start
            while end < len(states) and states[end] != "cross":
                end += 1
            first, last = _trimmed(lines, states, start, end)
            both = sum(state == "both" for state in states[first:last])
            short = last - first < _MIN_RUN or both < 3  # a column's last lines at the top of a page
            if last - first >= 2 and both >= 2 and _prose(lines[first:last], x, 5 if short else 3):
                size = (last - first) * 10 + both
                if best is None or size > best[3]:
                    best = (first, last, x, size)
            start = end
    return None if best is None else best[:3]


def _trimmed(lines: list[Line], states: list[str], start: int, end: int) -> tuple[int, int]:
    """A region runs from its first line with words on both sides to its last, and on through lines
    of one column that follow closely (a column longer than the other)."""
    both = [index for index in range(start, end) if states[index] == "both"]
    if not both:
        return start, start
    first, last = both[0], both[-1] + 1
    while last < end and lines[last].top - lines[last - 1].bottom < 1.2 * max(lines[last].size, 1):
        last += 1
    return first, last


def _prose(lines: list[Line], x: float, min_words: int = 3) -> bool:
    """Columns of prose: the left column's lines mostly run up to the gutter and hold several words."""
    lefts: list[list[Word]] = [
        [word for word in line.words if word.x1 <= x]
        for line in lines
        if line.table is None and _state(line, x) == "both"
    ]
    rights: list[list[Word]] = [
        [word for word in line.words if word.x0 >= x]
        for line in lines
        if line.table is None and _state(line, x) == "both"
    ]
    if not lefts:
        return False
    left_edge = min(words[0].x0 for words in lefts)
    ends = sorted(words[-1].x1 for words in lefts)
    right_edge = ends[int(0.9 * (len(ends) - 1))]  # where the left column's full lines end
    column = right_edge - left_edge
    if column <= 0:
        return False
    reach = median(right_edge - words[-1].x1 for words in lefts)
    words_per_side = median(min(len(a), len(b)) for a, b in zip(lefts, rights, strict=False))
    whole = max(word.x1 for words in rights for word in words) - left_edge
    wide = column >= 0.3 * whole  # not a narrow column of labels beside their values
    return wide and reach <= 0.35 * column and words_per_side >= min_words
