"""Small talk around a question: the greetings, thanks and asides about the asking itself ("Quick one:", "Sorry if
this is obvious, but", "Thanks in advance!", "A rough answer will do.") that say nothing of what is asked.

The reader reads a message without them, so they neither count as words the plans must say nor make a short
question look like a story. Only whole sentences, and a clause leading the first sentence, are set aside, and
only when every word of them is a word of the conversation itself and what is left still asks something. The
safety check reads the whole message before this."""

from __future__ import annotations

import re

from assistant.answering.question import asks_something
from assistant.retrieval.plain_words import FILLER
from assistant.retrieval.terms import STOPWORDS, words

# Words that speak of the conversation rather than of what it is about: thanks and apologies, the asking, the
# answer wanted and the asker's occasion for asking ("before my meeting tomorrow", "before I cite it in an essay")
_TALK = frozenset(
    [
        "thanks",
        "thank",
        "thankyou",
        "cheers",
        "ta",
        "appreciated",
        "appreciate",
        "grateful",
        "advance",
        "much",
        "sorry",
        "apologies",
        "forgive",
        "excuse",
        "hoping",
        "hope",
        "hopefully",
        "wondering",
        "wondered",
        "wonder",
        "curious",
        "quick",
        "quickly",
        "question",
        "questions",
        "query",
        "ask",
        "asking",
        "answer",
        "answers",
        "gist",
        "rough",
        "brief",
        "briefly",
        "short",
        "detail",
        "details",
        "obvious",
        "silly",
        "stupid",
        "odd",
        "random",
        "weird",
        "long",
        "winded",
        "longwinded",
        "checking",
        "check",
        "sanity",
        "sure",
        "brains",
        "pick",
        "help",
        "next",
        "right",
        "one",
        "ok",
        "okay",
        "well",
        "hey",
        "morning",
        "afternoon",
        "evening",
        "cite",
        "essay",
        "homework",
        "reading",
        "meeting",
        "tomorrow",
        "today",
        "tonight",
        "need",
        "needed",
        "great",
        "lovely",
        "love",
        "mind",
        "something",
        "hi",
        "hiya",
        "hello",
        "thx",
        "ty",
        "pls",
        "plz",
        # how much of an answer will do, and the asker's care not to be wrong: "One line is enough.", "Short and
        # sweet is fine.", "No need to quote the whole thing.", "Happy to be corrected.", "I'd rather not misquote it."
        "line",
        "lines",
        "sentence",
        "sentences",
        "enough",
        "plenty",
        "fine",
        "sweet",
        "whole",
        "quote",
        "quoting",
        "ballpark",
        "happy",
        "corrected",
        "misquote",
        "rather",
        # ... and the asking itself: "Last one for now:", "Mildly pedantic, but", "Not a trick question."
        "last",
        "trick",
        "pedantic",
        "mildly",
        "slightly",
        "nerdy",
        "fiddly",
        "trying",
        "jog",
        "memory",
    ]
)

_LEADS = 3  # "Right, next one: ...": clauses of small talk one after another
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
# a clause leading a sentence before a colon, a dash or a comma ("Quick one:", "Odd one for you —", "Sorry if this
# is obvious, but ...")
_LEAD = re.compile(r"^(?P<lead>[^:;—–?.!]{1,80}?)(?::\s+|\s+[—–-]\s+|,\s+(?:but\s+|so\s+)?)(?=\S)")


def without_small_talk(message: str) -> str:
    """The message without its sentences of small talk and the clauses of it leading its first sentence; the
    message as it is when that would leave nothing, or leave nothing that asks when the small talk asked."""
    sentences = _SENTENCE.split(message.strip())
    kept = [sentence for sentence in sentences if not _is_talk(sentence)]
    if not kept:
        return message
    asked_in_talk = any(asks_something(sentence) for sentence in sentences if sentence not in kept)
    if asked_in_talk and not any(asks_something(sentence) for sentence in kept):
        return message  # "My husband hits me. Is there help for me?" asks in its last sentence
    for _ in range(_LEADS):
        lead = _LEAD.match(kept[0])
        if lead is None or not _is_talk(lead.group("lead")):
            break
        rest = kept[0][lead.end() :]
        kept[0] = rest[:1].upper() + rest[1:]
    said = " ".join(kept)
    return message if said == message.strip() else said


def _is_talk(text: str) -> bool:
    """Whether every word of a text is one of talk, not one of what is asked (and it has a word of talk)."""
    said = words(text)
    return any(word in _TALK for word in said) and all(
        word in _TALK or word in STOPWORDS or word in FILLER for word in said
    )
