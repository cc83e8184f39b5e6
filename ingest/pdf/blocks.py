"""From a flow of lines (one column, in reading order) to blocks: headings, paragraphs, items, tables.

- A heading is set larger than the body text, or bold at body size, short and not a sentence.
- A list item starts with a bullet or a number set apart from its text; the lines that hang under
  its text (or run on from a full line) continue it, so an item is always whole.
- Lines with wide gaps between aligned groups of words are rows of a table; a line under only some
  of its columns continues those cells.
- Other lines join into paragraphs until the spacing, the size or a short last line ends them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.model import Block, Box, heading, item, paragraph
from ingest.pdf.hyphens import Vocabulary, join_lines
from ingest.pdf.tables import aligned_table, segments
from ingest.pdf.words import Line, Word
from ingest.text import contact_line

_MARKER = re.compile(
    r"^(?:\(cid:\d+\)|[•·●○■□▪▫◦‣➤►▶◆◇✓✔❖–—\-*>]|\(?\d{1,3}[.)]|\d{1,2}\.\d{1,2}\.?|\(?[a-z][.)]|\((?:[ivx]{1,5}|[a-z])\))$"
)
_SENTENCE_END = (".", "!", "?", ":", ";")


@dataclass(frozen=True)
class Style:
    """What the whole document says about its type: the body size and the sizes of its headings."""

    body: float
    heading_sizes: tuple[float, ...]  # largest first: level 1, 2, ...
    line_gap: float  # the usual white between two lines of a paragraph
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    larger: float = 1.15  # how much larger than the body a heading's type is (more for OCR, whose sizes are rough)

    def heading_level(self, line: Line) -> int:
        if line.size >= self.body * self.larger:
            for level, size in enumerate(self.heading_sizes, start=1):
                if line.size >= size - 0.3:
                    return level
            return len(self.heading_sizes)
        return len(self.heading_sizes) + 1


# What OCR often makes of a bullet: taken as one only when set apart from the words after it.
_MISREAD_BULLETS = {"e", "o", "«", "»", "¢", "©", "°", "*", "+", "@"}


def is_marker(word: Word, line: Line) -> bool:
    if _MARKER.match(word.text):
        return True
    if len(line.words) < 2 or word is not line.words[0]:
        return False
    symbols = len(word.text) <= 2 and not any(ch.isalnum() for ch in word.text) and word.text[0] not in "([{\"'“‘$£€%"
    gap = line.words[1].x0 - word.x1
    return symbols or (word.text in _MISREAD_BULLETS and gap >= 0.6 * line.size)


def is_heading(line: Line, style: Style) -> bool:
    text = line.text
    words = len(line.words)
    if line.table is not None or not any(ch.isalpha() for ch in text) or words > 20 or contact_line(text):
        return False
    if line.size >= style.body * style.larger:
        return not (text.endswith(".") and words > 12)
    return line.bold and words <= 14 and not text.endswith((".", ",", ";")) and text[:1].isupper() | text[:1].isdigit()


def _segments(line: Line, size: float) -> int:
    return len(segments(line, size))


def _row_like(line: Line, style: Style) -> bool:
    if line.table is not None or len(line.words) < 2:
        return False
    words = line.words[1:] if is_marker(line.words[0], line) else line.words
    return _segments(Line(list(words)), style.body) >= 2


@dataclass
class _Open:
    kind: str
    parts: list[str]
    first: Line
    last: Line
    marker: str = ""
    text_x0: float = 0.0
    level: int = 0


def flow_blocks(flow: list[Line], style: Style, page: int, indents: list[float]) -> list[Block]:
    """The blocks of one column of a page, in reading order."""
    blocks: list[Block] = []
    current: _Open | None = None
    texts = [line for line in flow if line.table is None]
    left = min((line.x0 for line in texts), default=0.0)
    right = max((line.x1 for line in texts), default=0.0)
    width = max(right - left, 1.0)

    def close() -> None:
        nonlocal current
        if current is None:
            return
        text = join_lines(current.parts, style.vocabulary)
        box = Box(current.first.x0, current.first.top, right, current.last.bottom)
        if current.kind == "heading":
            blocks.append(heading(text, current.level, page, box=box))
        elif current.kind == "item":
            blocks.append(item(text, current.level, current.marker, page, box=box))
        else:
            blocks.append(paragraph(text, page, box=box))
        current = None

    index = 0
    while index < len(flow):
        line = flow[index]
        if line.table is not None:
            close()
            blocks.append(line.table)
            index += 1
            continue
        if _row_like(line, style) and not is_heading(line, style):
            end = index + 1
            while end < len(flow) and flow[end].table is None and _continues_rows(flow, index, end, style):
                end += 1
            if end - index >= 2 or _segments(line, style.body) >= 2:
                close()
                blocks.append(aligned_table(flow[index:end], style.body, page, style.vocabulary))
                index = end
                continue
        first = line.words[0]
        numbered_heading = first.text[:1].isdigit() and is_heading(line, style)
        if (
            len(line.words) > 1
            and is_marker(first, line)
            and line.words[1].x0 - first.x1 >= 0.2 * line.size
            and not numbered_heading
            and not _broken_at_end(current, first.text)
        ):
            close()
            level = _level(first.x0 - left)
            words = line.words[1:]
            while len(words) > 1 and len(words[0].text) == 1 and is_marker(words[0], line):
                words = words[1:]  # a bullet drawn twice, or a glyph and a marker
            current = _Open("item", [" ".join(w.text for w in words)], line, line, first.text, words[0].x0, level)
            _number_in_text(current)
            index += 1
            continue
        if current is not None and current.kind == "heading" and _heading_goes_on(current, line, style):
            current.parts.append(line.text)  # "... Safety Partn-" / "ership Executive": the word it broke off
            current.last = line
            index += 1
            continue
        if is_heading(line, style):
            if current and current.kind == "heading" and _same_heading(current.last, line, style):
                current.parts.append(line.text)
                current.last = line
            else:
                close()
                current = _Open("heading", [line.text], line, line, level=style.heading_level(line))
            index += 1
            continue
        if current is not None and current.kind != "heading" and _continues(current, line, style, right, width):
            current.parts.append(line.text)
            current.last = line
        else:
            close()
            current = _Open("paragraph", [line.text], line, line)
        index += 1
    close()
    return blocks


def _broken_at_end(current: _Open | None, marker: str) -> bool:
    """Whether the open block's last line ends inside a word or figure ("up to 2020-") that a line starting
    with a number goes on with ("21. This is ..."): the rest of the span, not a new numbered item."""
    return (
        current is not None
        and current.kind != "heading"
        and marker[:1].isdigit()
        and current.parts[-1].rstrip().endswith("-")
    )


def _number_in_text(current: _Open) -> None:
    """A numbered paragraph keeps its number in its text ("28. The partnership ..."), as printed; any
    bullet glyph (one the font does not map to a character, or one OCR misread) is "•"."""
    marker = current.marker
    glyph = marker.startswith("(cid:") or not (marker[:1].isalnum() or marker[:1] == "(")
    if glyph or marker in _MISREAD_BULLETS:
        current.marker = "•"
    elif marker[:1].isdigit() or marker[:1] == "(":
        current.parts[0] = f"{marker} {current.parts[0]}"


def _heading_goes_on(current: _Open, line: Line, style: Style) -> bool:
    """Whether a line goes on a heading broken inside a word at its line's end: set as the heading is, right
    under it, and opening in lower case (a heading of its own would open with a capital)."""
    return (
        bool(_BROKEN_WORD.search(current.parts[-1]))
        and line.text[:1].islower()
        and line.table is None
        and _same_heading(current.last, line, style)
    )


_BROKEN_WORD = re.compile(r"[A-Za-z][-\u00ad\u2010]$")


def _same_heading(last: Line, line: Line, style: Style) -> bool:
    return abs(last.size - line.size) < 0.5 and last.bold == line.bold and line.top - last.bottom < 0.8 * line.size


def _continues(current: _Open, line: Line, style: Style, right: float, width: float) -> bool:
    last = current.last
    gap = line.top - last.bottom
    if gap > style.line_gap + 0.45 * style.body or gap < -2 or abs(line.size - last.size) > 0.6:
        return False
    last_text = last.text
    full = last.x1 >= right - 0.15 * width
    if current.kind == "item":
        if line.x0 >= current.text_x0 - max(3.0, 0.4 * line.size):
            return True
        return full and not last_text.endswith(_SENTENCE_END)
    if not full and (last_text.endswith(_SENTENCE_END) or last.x1 < right - 0.4 * width):
        return False
    return not (
        line.x0 > current.first.x0 + 0.8 * line.size and last_text.endswith(_SENTENCE_END) and line is not current.first
    )


def _continues_rows(flow: list[Line], start: int, end: int, style: Style) -> bool:
    line, previous = flow[end], flow[end - 1]
    if line.top - previous.bottom > style.line_gap + 0.9 * style.body:
        return False
    if _row_like(line, style):
        return True
    columns = [w.x0 for w in flow[start].words]
    return line.x0 > flow[start].x0 + 8 and any(abs(line.x0 - x) < 4 for x in columns)


def _level(indent: float) -> int:
    """How deep a list item is, from how far its marker sits in from the column's left edge."""
    return 0 if indent < 15 else 1 if indent < 40 else 2
