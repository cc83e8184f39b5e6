"""Whether the evidence names the thing a question asks which one of.

"On which estate was the event held?" is not answered by "the video was shown at an event held on a local
estate": the plan mentions an estate but does not name it. The kind of thing asked for ("estate", "countries",
"the special school assembly venue") is looked for in the quoted evidence; where every mention of it is
indefinite ("a local estate", "a number of European countries", "the various Business Improvement Districts")
and is not followed by its name ("a scheme called ..."), the evidence does not say which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.retrieval.terms import STOPWORDS, stem

# "on which estate was ...?", "which countries are they?", "which Business Improvement Districts is it meeting?"
_WHICH = re.compile(
    r"\bwhich\s+((?:(?!(?:in|of|on|at|for|from|with|by|to)\s)[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)"
    r"(?:\s+(?:in|of|at|on|from)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"  # "which wards in Sutton have ...?"
    r"\s+(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could|won|held|hosted|ran|runs?|took|takes)\b"
    r"|\bwhich\s+((?:[A-Za-z][\w'’-]*\s+)?[A-Za-z][\w'’-]*)\s*\?",  # "... on grooming: which countries?"
    re.I,
)
# "what's the name of the special school assembly venue where ...?", "name the faith groups it engaged"
_NAME_OF = re.compile(r"\bname\s+of\s+the\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)", re.I)
_NAME_THE = re.compile(r"(?:^|[.?!:]\s+)\W*[Nn]ame\s+the\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)")
# a kind the structure reader answers (which plan, priority, page or year), or one a description answers ("which
# approach does it take?": "a victim centred approach")
_NOT_A_THING = frozenset(
    stem(word)
    for line in (
        "of one ones plan council borough document report strategy priority theme year month date page section part",
        "item action objective outcome way approach kind type sort form method role purpose aim measure step",
    )
    for word in line.split()
)
# words that make a mention of a kind indefinite: "a local estate", "various locations", "a number of countries"
_INDEFINITE = frozenset({"a", "an", "various", "several", "some", "certain", "numerous"})
_ONE = frozenset({"a", "an"})  # ... but "an effective Channel Panel" is one, by the name it is given
_BEFORE = 5  # words before a mention read for an indefinite word ("an additional dedicated Hate Crime Officer")
_NAMING = re.compile(r"^\W*(?:[\w'’-]+\s+){0,2}?(?:called|named|known\s+as|such\s+as|including|like)\b|^\s*[:;–—]")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# words between an indefinite word and a mention that keep them one phrase only in "a number of countries"
_LINKING = frozenset({"of", "in", "on", "at", "with", "for", "from", "to", "by", "and", "or", "that", "which", "who"})
_QUANTITY = frozenset({"number", "range", "variety", "series", "couple", "host", "mix", "selection", "handful"})


def asked_kind(text: str) -> tuple[str, ...]:
    """The words of the kind of thing a question asks which one of, last word first (the head noun); empty
    when it asks none, or asks which plan, priority or page (the plan model's questions)."""
    for pattern in (_WHICH, _NAME_OF, _NAME_THE):
        match = pattern.search(text)
        if match is None:
            continue
        phrase = next(group for group in match.groups() if group)
        said = [word.lower() for word in _WORD.findall(phrase) if word.lower() not in STOPWORDS]
        if said and stem(said[-1]) not in _NOT_A_THING:
            return tuple(reversed(said))
    return ()


def unnamed_mention(text: str, quotes: Sequence[str]) -> str:
    """The words of the evidence that mention the kind of thing the question asks which one of without naming
    it ("a local estate"), when every mention of it is so; "" when the question asks no such thing, or the
    evidence does not mention it in the question's word, or names it somewhere."""
    for word in asked_kind(text):  # the head noun first; "venue" unsaid, then "assembly"
        mentions = [mention for quote in quotes for mention in _mentions(quote, word)]
        if mentions:
            generic = [mention for mention in mentions if mention]
            return generic[0] if len(generic) == len(mentions) else ""
    return ""


def _mentions(quote: str, word: str) -> Sequence[str]:
    """For each mention of the word in the quote (as the question writes it: "organisations" is not the
    "organisation" asked for): the indefinite words that say it ("a local estate"), or "" where it is
    definite, counted ("a 3 year trend") or named ("a scheme called ...", "an effective Channel Panel")."""
    found: list[str] = []
    words = list(_WORD.finditer(quote))
    for index, match in enumerate(words):
        if match.group().lower().rstrip("'’") != word:
            continue
        start = next(
            (
                words[before]
                for before in range(index - 1, max(index - _BEFORE, 0) - 1, -1)
                if words[before].group().lower() in _INDEFINITE
                and not re.search(r"[.;:!?\d]", quote[words[before].end() : match.start()])
                and _one_phrase([word.group().lower() for word in words[before + 1 : index]])
            ),
            None,
        )
        named = _NAMING.search(quote[match.end() :]) is not None
        # "an effective Channel Panel" is one by the name it is given; "a local Imam" is any one, capitalised
        proper = (
            start is not None
            and start.group().lower() in _ONE
            and match.group()[0].isupper()
            and any(_capitalised(word) for word in _WORD.findall(quote[start.end() : match.start()]))
        )
        found.append(quote[start.start() : match.end()] if start is not None and not named and not proper else "")
    return found


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _one_phrase(between: Sequence[str]) -> bool:
    """Whether the words between an indefinite word and a mention keep them one noun phrase: "a local estate",
    "a number of European countries", not "a statutory requirement with other partners"."""
    return all(
        word not in _LINKING or (word == "of" and index and between[index - 1] in _QUANTITY)
        for index, word in enumerate(between)
    )
