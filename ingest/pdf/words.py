"""Words and lines of a PDF page, with the font facts that tell headings, footnotes and cells apart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from ingest.model import Block

_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class Line:
    """Words that share a baseline, left to right; or a table found on the page (then `table` is set)."""

    words: list[Word]
    table: Block | None = None
    box: tuple[float, float, float, float] | None = None  # a table's bounds
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def x0(self) -> float:
        return self.box[0] if self.box else self.words[0].x0

    @property
    def x1(self) -> float:
        return self.box[2] if self.box else max(word.x1 for word in self.words)

    @property
    def top(self) -> float:
        return self.box[1] if self.box else min(word.top for word in self.words)

    @property
    def bottom(self) -> float:
        return self.box[3] if self.box else max(word.bottom for word in self.words)

    @property
    def size(self) -> float:
        """The size most of the line's letters are set in."""
        if not self.words:
            return 0.0
        sizes: Counter[float] = Counter()
        for word in self.words:
            sizes[round(word.size, 1)] += len(word.text)
        return sizes.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        letters = sum(len(word.text) for word in self.words)
        return bool(letters) and sum(len(word.text) for word in self.words if word.bold) >= 0.8 * letters

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


def page_words(page: Any) -> list[Word]:
    """The words of a pdfplumber page, upright text only, each with its size and weight."""
    # Soft hyphens are invisible unless a line breaks at one (then the line-end logic sees "-"); some
    # producers draw them as separate zero-width glyphs, which would split a word in two.
    page = page.filter(lambda obj: obj.get("object_type") != "char" or obj.get("text") not in _INVISIBLE)
    raw = page.extract_words(
        x_tolerance=2,
        y_tolerance=2,
        keep_blank_chars=False,
        use_text_flow=False,
        extra_attrs=["size", "fontname"],
    )
    words = []
    for item in raw:
        text = item["text"].translate(_LIGATURES)
        if not text.strip() or not item.get("upright", True):
            continue
        words.append(
            Word(
                text=text,
                x0=float(item["x0"]),
                x1=float(item["x1"]),
                top=float(item["top"]),
                bottom=float(item["bottom"]),
                size=float(item["size"]),
                bold=bool(_BOLD.search(str(item.get("fontname", "")))),
            )
        )
    return _rejoined(words) + _drawn_bullets(page, words)


def _drawn_bullets(page: Any, words: list[Word]) -> list[Word]:
    """Bullets drawn as small filled shapes (as browsers print list markers), as "•" words: each sits
    just left of a word on its line."""
    found = []
    for shape in [*page.curves, *page.rects]:
        width, height = float(shape["width"]), float(shape["height"])
        if not (1 <= width <= 7 and 1 <= height <= 7 and abs(width - height) < 1.5 and shape.get("fill")):
            continue
        x0, x1, top, bottom = float(shape["x0"]), float(shape["x1"]), float(shape["top"]), float(shape["bottom"])
        middle = (top + bottom) / 2
        beside = [w for w in words if w.top <= middle <= w.bottom and 0 < w.x0 - x1 < 4 * w.size]
        if beside:
            word = min(beside, key=lambda w: w.x0 - x1)
            found.append(Word("•", x0, x1, word.top, word.bottom, word.size))
    return found


def _rejoined(words: list[Word]) -> list[Word]:
    """Pieces of one word split by an invisible zero-width glyph (a soft hyphen drawn as a space)."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if (
            last is not None
            and abs(last.top - word.top) < 0.5
            and abs(last.size - word.size) < 0.1
            and -1.5 < word.x0 - last.x1 < 0.06 * word.size
        ):
            out[-1] = Word(
                last.text + word.text, last.x0, word.x1, last.top, max(last.bottom, word.bottom), last.size, last.bold
            )
            continue
        out.append(word)
    return out


def group_lines(words: list[Word]) -> list[Line]:
    """Words whose vertical middles fall within one another's height share a line."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        middle = (word.top + word.bottom) / 2
        for line in reversed(lines[-6:]):
            anchor = _anchor(line)
            if anchor.top - 0.5 <= middle <= anchor.bottom + 0.5 and not _overlaps(line, word):
                line.words.append(word)
                break
        else:
            lines.append(Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    return sorted(lines, key=lambda line: (line.top, line.x0))


def _anchor(line: Line) -> Word:
    """The line's tallest word: a raised footnote mark never decides where the line is."""
    return max(line.words, key=lambda w: w.size)


def _overlaps(line: Line, word: Word) -> bool:
    return any(other.x0 < word.x1 - 1 and word.x0 < other.x1 - 1 for other in line.words)


def body_size(lines: list[Line]) -> float:
    """The size of the body text: the size most letters of the document are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        for word in line.words:
            sizes[round(word.size, 1)] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def typical_gap(line: Line) -> float:
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:], strict=False)]
    return median(gaps) if gaps else 0.0
