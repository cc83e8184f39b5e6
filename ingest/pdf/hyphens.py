"""Undoing line-end hyphenation, and only true hyphenation.

"overarch-" + "ing" is one word; "anti-" + "social" stays hyphenated when the document writes
"anti-social" elsewhere and never "antisocial". A word the document writes nowhere else is kept hyphenated
when its two parts are English words and the two run together are not ("victim-" + "centred", "multi-" +
"agency"), and joined otherwise ("burg-" + "lary", "how-" + "ever"). A soft hyphen always joins."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_BROKEN = re.compile(r"([A-Za-z]+)[-\u00ad\u2010]$")


class Vocabulary:
    """The words a document uses within its lines, to judge a hyphen at a line's end."""

    def __init__(self, lines: list[str] | None = None) -> None:
        self.words: Counter[str] = Counter()
        for line in lines or []:
            self.add(line)

    def add(self, line: str) -> None:
        body = re.sub(r"[A-Za-z]+[-\u00ad\u2010]$", "", line.rstrip())
        for word in _WORD.findall(body):
            self.words[word.lower()] += 1

    def keeps_hyphen(self, first: str, second: str) -> bool:
        """Whether the document writes the word hyphenated more often than run together, counting the word's
        family ("re-" + "offend": "re-offending" written eight times and "reoffending" never)."""
        joined = f"{first}{second}".lower()
        hyphened = f"{first}-{second}".lower()
        written_hyphened, written_joined = self._family(hyphened), self._family(joined)
        if written_hyphened or written_joined:
            return written_hyphened > written_joined
        # written nowhere else: a compound of two words ("victim-centred") keeps its hyphen, a word broken in two
        # ("burg-lary", and "how-ever", itself a word) does not, nor a name ("Kings-" + "wood")
        return first[0].islower() and _is_word(first) and _is_word(second) and not _is_word(joined)

    def _family(self, start: str) -> int:
        """How often the document writes a word beginning so ("re-offend": "re-offend", "re-offending")."""
        return sum(count for word, count in self.words.items() if word.startswith(start))


@lru_cache(maxsize=50_000)
def _is_word(word: str) -> bool:
    """Whether English knows the word (any form of it: "centred", "agencies")."""
    from lemminflect import getAllLemmas  # its dictionary is loaded only for a hyphen nothing else decides

    return bool(getAllLemmas(word.lower()))


def join_lines(parts: list[str], vocabulary: Vocabulary) -> str:
    """Join wrapped lines of one paragraph or cell, undoing line-end hyphenation."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        text = join_two(text, part, vocabulary) if text else part
    return text.replace("\u00ad", "")


def join_two(text: str, part: str, vocabulary: Vocabulary) -> str:
    broken = _BROKEN.search(text)
    following = re.match(r"[A-Za-z]+", part)
    if broken and following:
        soft = text.endswith("\u00ad")
        text = text[:-1] + "-"
        first, second = broken.group(1), following.group(0)
        upper_lower = first[-1].islower() and second[0].isupper()
        if soft or not (upper_lower or vocabulary.keeps_hyphen(first, second)):
            return text[:-1] + part
        return text + part
    if text.endswith(("-", "\u00ad", "\u2010", "/")) and part[:1].isdigit():
        return text + part
    return f"{text} {part}"
