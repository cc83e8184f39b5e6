"""The words that relate a body to people and bodies, and a date to what happened on it.

One vocabulary for both sides: the plan model reads plans' sentences with it, and the reader reads
questions with it, so "Who chairs the board?" asks for what the model recorded as the board's chair.
"""

from __future__ import annotations

import re

RELATIONS: dict[str, re.Pattern[str]] = {
    "chair": re.compile(r"\b(chair(?:s|ed|ing)?|co-?chair\w*|chairman|chairperson|chairwoman)\b", re.I),
    "reports_to": re.compile(
        r"\b(reports? (?:in ?)?to|reporting (?:in ?)?to|accountable to|answer(?:s|able)? to|"
        r"report(?:s|ed)? (?:up|back) to|to whom\b[^?]*\b(?:accountable|answerable|report\w*))\b",
        re.I,
    ),
    "oversees": re.compile(
        r"\b(oversee\w*|oversight|overseen|responsible for (?:the )?(?:delivery|delivering|monitoring|overseeing)|"
        r"monitor\w* (?:the )?(?:delivery|progress|performance)|in charge|directed by|governs?|governance|"
        r"governed by|lead\w* on)\b",
        re.I,
    ),
    "members": re.compile(
        r"\b(members?|membership|comprises?|made up of|consists? of|representatives?|partners include|sits? on|"
        r"who is on|which (?:agencies|organisations|partners))\b",
        re.I,
    ),
    "scrutiny": re.compile(r"\b(scrutin\w+|hold\w* (?:\w+ ){0,3}to account|held to account|challenge)\b", re.I),
}
"""What a sentence (or a question) says of a body, by relation; the keys are `Body.ROLES`."""

DATE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("approved", re.compile(r"\b(approv\w*|agreed|adopt\w*|endors\w*|sign(?:s|ed|ing)?[ -]off|ratif\w*)\b", re.I)),
    ("published", re.compile(r"\b(publish\w*|issued|released|launched)\b", re.I)),
    (
        "written",
        re.compile(
            r"\b(written|wrote|writ|authored|prepared|drafted|produced|put together|"
            r"date of (?:the )?(?:report|document)|dated)\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"\b(meet|meets|meeting|met|committee|cabinet|session|hearing|consider\w*|present\w*|heard|discuss\w*|"
            r"(?:go|goes|going|went|gone|taken|took|brought|submitted|sent)\s+(?:\w+\s+)?(?:to|before))\b",
            re.I,
        ),
    ),
    ("review", re.compile(r"\b(review\w*|refresh\w*|renew\w*|due|expires?|deadline|by)\b", re.I)),
)
"""What happened on a date, first match wins (so "approved at the committee" is an approval)."""
