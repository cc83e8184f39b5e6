"""Spotting text in a plan that is addressed to an AI, or to the reader as instructions.

A plan is quoted to a language model; a line such as "Ignore all previous instructions" inside it
is an attempt to steer the answers. Ingest cannot tell intent, so it warns the admin with excerpts.
The patterns need an AI's vocabulary (instructions, prompt, assistant, chat tokens), not just a
verb, so that ordinary plan wording ("ignore the needs of victims") does not trip them.
"""

from __future__ import annotations

import re

EXCERPT_CHARS = 120
_ = r"[ \t]+"  # a space within a line
_BETWEEN = r"(?:[\s,]+[\w'’-]+){0,5}?[\s,]+"  # up to five words in between
# Patterns that start at a word: the lookahead on the first letter lets most positions fail at once.
_AT_WORD = [
    r"(?:ignore|disregard|forget|override)[\s,]+"
    r"(?:all|any|every|the|your|previous|prior|above|earlier|preceding|former|these|those)"
    rf"{_BETWEEN}(?:instructions?|rules|prompts?|directions|guidelines|guidance|commands|context)\b",
    rf"(?:ignore|disregard|forget)[\s,]+(?:all{_})?(?:of{_})?(?:the|everything){_}(?:above|previous|preceding)\b"
    r"[ \t,]*(?:[.;:!]|and\b|$)",
    rf"you{_}are{_}(?:now{_})?(?:an?{_})?(?:[\w-]+{_})?"
    rf"(?:AI|A\.I\.|chatbot|chat ?GPT|GPT(?:-\w+)?|LLM|(?:large{_})?language{_}model)\b",
    rf"you{_}are{_}(?:now{_})?(?:an?{_})?(?:AI|virtual|digital|helpful|chat|smart|intelligent){_}assistant\b",
    rf"you{_}are{_}now{_}(?:an?{_})?assistant\b",
    rf"(?<!such )as{_}an{_}AI\b",
    r"BEGIN[ _]SYSTEM[ _]PROMPT\b",
    rf"(?:do{_}not|don't|don’t|never){_}(?:tell|inform|let|(?:mention|reveal)(?:{_}this)?{_}to){_}the{_}(?:user|reader|human)\b",
    rf"(?:reveal|print|show|repeat|output|disclose|leak){_}(?:me{_})?"
    rf"(?:your{_}(?:(?:system|initial|hidden|original|secret){_})?(?:prompt|instructions)|(?:the{_})?system{_}prompt)\b",
]
_AT_LINE = [
    # A conversation's speaker labels: "SYSTEM:" in capitals, "Assistant:", or "System:" giving an order.
    r"^[ \t>*_-]*(?:(?-i:SYSTEM|ASSISTANT|USER|HUMAN)|assistant)[ \t]*:",
    rf"^[ \t>*_-]*(?:system|user|human)[ \t]*:[ \t]*(?:you|ignore|disregard|forget|from{_}now{_}on|please)\b",
    rf"^[ \t>*]*#{{1,6}}[ \t]*(?:instruction|system(?:{_}prompt)?|response)[ \t]*:?[ \t]*$",
]
_CHAT_TOKENS = r"<\|[a-z_]{2,30}\|>|\[/?INST\]|<</?SYS>>"  # ChatML, Llama 2
_ADDRESSED = (
    re.compile(r"\b(?=[abdfinoprsly])(?:" + "|".join(_AT_WORD) + ")", re.I),
    re.compile("|".join(_AT_LINE), re.I | re.M),
    re.compile(_CHAT_TOKENS, re.I),
)


def find_instructions(text: str) -> list[str]:
    """Short excerpts (at most 120 characters) of text addressed to an AI or to the reader as instructions."""
    starts = sorted(match.start() for pattern in _ADDRESSED for match in pattern.finditer(text))
    excerpts: list[str] = []
    line_end = -1
    for start in starts:
        if start < line_end:
            continue  # one excerpt per line
        line_end = text.find("\n", start)
        if line_end < 0:
            line_end = len(text)
        excerpt = _excerpt(text[start:line_end])
        if excerpt not in excerpts:
            excerpts.append(excerpt)
    return excerpts


def _excerpt(line: str) -> str:
    line = " ".join(line.split())
    return line if len(line) <= EXCERPT_CHARS else line[: EXCERPT_CHARS - 1].rstrip() + "…"
