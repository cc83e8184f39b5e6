"""What a study found: a question asking what a survey, review, profile or group found, showed or came up
with is answered by evidence that reports a finding, not by evidence that only names the study.

"What did the Marlowe needs survey find about parks?" is not answered by "we will run a needs survey in
2024" nor by "the indicator is measured annually in the needs survey": the plan names the survey but gives
nothing it found. Evidence reports a finding when it says what a study found, showed or identified, what
its results were, or gives a figure; a plan to build a profile ("develop a problem profile") reports none.
"""

from __future__ import annotations

import re

# "what did the review find?", "what has the survey shown?", "has the group come up with anything?"
FINDINGS_ASKED = re.compile(
    r"\bwhat (?:did|does|do|has|have|had|was|were) (?:[\w'’&-]+ ){1,12}?(?<!\bto )"
    r"(?:find|found|show|shown|reveal|revealed|conclude|concluded|identify|identified|highlight|highlighted|"
    r"turn up|turned up|uncover|uncovered)\b(?!\s+out\b)|"
    r"\b(?:has|have|did) (?:[\w'’&-]+ ){1,12}?(?:come up with|produced|found) (?:anything|any\b|something)",
    re.I,
)
# what reports a finding: a study's verb of finding in the past or present, its results, or a figure
_FINDING_SAID = re.compile(
    r"\b(?:found|finds|showed|shows|shown|identified|identifies|highlighted|highlights|revealed|reveals|"
    r"concluded|concludes|indicated|indicates|suggested|suggests|demonstrated|demonstrates|evidenced|"
    r"results?|findings?|told us|said that|reported that|stated that)\b|\d",  # (years aside: `reports_finding`)
    re.I,
)


def reports_finding(quote: str) -> bool:
    """Whether a quote reports something a study found (see the module's docstring)."""
    return bool(_FINDING_SAID.search(_YEARS.sub(" ", quote)))


_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:[-/]\d{2,4})?\b")  # "during 2025" is when, not a finding
