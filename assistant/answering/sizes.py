"""What a question asks the size of: "how big a penalty did the shop get?" asks the penalty's.

A quote giving a figure of a neighbouring thing ("the find was worth £100,000") is no answer to the size of the
penalty: evidence answers only when it names the thing sized (or a plan word for it). The thing is read like
what a figure counts (`counts.named_after`): the noun phrase after "how big a", "how large is the" and the like.
"""

from __future__ import annotations

import re

from assistant.answering.counts import named_after

_SIZE = r"(?:big|large|high|hefty|steep|severe|heavy|substantial|generous|long)"
# "how big a penalty", "how large was the grant", "how hefty are their fines", "what size of grant"
_SIZE_ASKED = re.compile(
    rf"\bhow\s+{_SIZE}\s+(?:an?\s+|(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the|its|their|that|this|his|her)\s+)|"
    r"\bwhat\s+(?:size|scale|level)\s+of\s+",
    re.I,
)


def sized_asked(text: str) -> tuple[str, ...]:
    """The key terms of the thing whose size a question asks ("how big a penalty ...?": "penalti"); empty when
    it asks no size, or the size of nothing named ("how big was it?")."""
    found = _SIZE_ASKED.search(text)
    if found is None:
        return ()
    return named_after(text[found.end() :])
