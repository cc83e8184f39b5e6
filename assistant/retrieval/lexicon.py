"""The corpus's own words: acronyms it spells out, and its vocabulary for correcting typos."""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from assistant.retrieval.english import is_english
from assistant.retrieval.localities import LONDON_LOCALITIES
from assistant.retrieval.plain_words import plan_words
from assistant.retrieval.plan_names import PlanNames
from assistant.retrieval.terms import STOPWORDS, stem, words
from ingest.council_names import UK_COUNCIL_NAMES
from ingest.documents import Chunk
from ingest.glossary import extract_acronyms, implied_acronyms, merge_acronyms


@dataclass(frozen=True)
class ExpandedQuery:
    text: str  # the question with typos corrected and acronyms spelled out
    question: str = ""  # the question with typos corrected only
    corrected: dict[str, str] = field(default_factory=dict)
    expansions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    acronyms: dict[str, str]
    vocabulary: dict[str, int]
    # what the plans go by besides their councils' names: worked out from the chunks when the index opens
    names: PlanNames = field(default_factory=PlanNames)
    # the initials of names the plans spell out in capitals but never abbreviate ("LCPF": "London Crime
    # Prevention Fund"), worked out with the names
    implied: dict[str, str] = field(default_factory=dict)
    # two words the plans write apart, as one word ("crimestoppers": "Crime Stoppers"), worked out with the names
    joined: dict[str, str] = field(default_factory=dict)
    # the words the plans write with capitals wherever a sentence does not begin with them ("mopac": "MOPAC",
    # "thwaites": "Thwaites"), worked out with the names
    cased: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, chunks: Sequence[Chunk]) -> Lexicon:
        acronyms = merge_acronyms(extract_acronyms(text) for text in _plan_texts(chunks))
        vocabulary = Counter(word for chunk in chunks for word in words(chunk.search_text))
        return cls(acronyms=acronyms, vocabulary=dict(vocabulary)).named_from(chunks)

    def named_from(self, chunks: Sequence[Chunk]) -> Lexicon:
        """The lexicon with the names of the plans the chunks come from, and the initials of the names they
        spell out (not saved: both can be re-read)."""
        texts = _plan_texts(chunks)
        implied = merge_acronyms(implied_acronyms(text) for text in texts)
        joined = _joined_words(texts, self.vocabulary)
        names = PlanNames.of(chunks, self.acronyms)
        return replace(self, names=names, implied=implied, joined=joined, cased=_case_forms(texts))

    def in_plan_case(self, text: str) -> str:
        """A message typed all in lower case ("who is stephen douglass in the lbth plan"), with the capitals the
        plans write its names and initials with ("Stephen Douglass", "LBTH"); any other message as it is."""
        if text != text.lower():
            return text

        said = list(_LOWER_WORD.finditer(text))
        forms = [self._plan_form(match.group(0)) for match in said]
        titled = [form is not None and not form.isupper() for form in forms]
        parts, at = [], 0
        for index, (match, form) in enumerate(zip(said, forms, strict=True)):
            joined = text[said[index - 1].end() : match.start()].strip() == "" if index else False
            follows = text[match.end() : said[index + 1].start()].strip() == "" if index + 1 < len(said) else False
            beside = (joined and titled[index - 1]) or (follows and titled[index + 1])
            if _cased(match.group(0), form, beside):
                parts += [text[at : match.start()], form or match.group(0)]
                at = match.end()
        return "".join([*parts, text[at:]])

    def _plan_form(self, word: str) -> str | None:
        """The form the plans write a word in with capitals, or its initials in capitals (None: neither)."""
        if word in self.cased:
            return self.cased[word]
        upper = word.upper()
        initials = upper in self.names.initials or upper in self.acronyms or upper in self.implied
        return upper if initials and len(word) > 1 and not is_english(word) else None

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"acronyms": self.acronyms, "vocabulary": self.vocabulary}
        path.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Lexicon | None:
        if not path.is_file():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            return cls(acronyms=dict(payload["acronyms"]), vocabulary=dict(payload["vocabulary"]))
        except (OSError, ValueError, KeyError):
            return None

    def says(self, term: str) -> bool:
        """Whether the plans use a word of this key term's stem."""
        return term in self._stems

    @cached_property
    def _stems(self) -> frozenset[str]:
        return frozenset(stem(word) for word in self.vocabulary)

    @cached_property
    def _by_start(self) -> dict[tuple[str, int], list[str]]:
        """The vocabulary by first letter and length: a typo's candidates without reading every word."""
        found: dict[tuple[str, int], list[str]] = {}
        for known in self.vocabulary:
            found.setdefault((known[:1], len(known)), []).append(known)
        return found

    @cached_property
    def _phrases(self) -> dict[tuple[str, ...], list[str]]:
        """Each spelled-out form, as words, with the acronyms it spells out (in the lexicon's order)."""
        found: dict[tuple[str, ...], list[str]] = {}
        for acronym, expansion in self.acronyms.items():
            phrase = tuple(words(expansion))
            if phrase:
                found.setdefault(phrase, []).append(acronym)
        return found

    @cached_property
    def _longest(self) -> int:
        return max((len(phrase) for phrase in self._phrases), default=0)

    @cached_property
    def _order(self) -> dict[str, int]:
        return {acronym: i for i, acronym in enumerate(self.acronyms)}

    def _spelled_out(self, tokens: Sequence[str]) -> list[str]:
        """The acronyms whose spelled-out form the words contain, in the lexicon's order: a lookup per run
        of words, however many acronyms the corpus spells out."""
        found = {
            acronym
            for size in range(1, min(self._longest, len(tokens)) + 1)
            for start in range(len(tokens) - size + 1)
            for acronym in self._phrases.get(tuple(tokens[start : start + size]), ())
        }
        return sorted(found, key=self._order.__getitem__)

    def _ampersand_name(self, match: re.Match[str], corrected: dict[str, str]) -> str:
        """Initials either side of an ampersand that no plan writes ("the H&R action plan"), as the name the plans
        spell out whose next word the question goes on with ("Harm and Recovery Action Plan"): the
        name's words are what the plans say, and the word after it tells it from other names of those initials
        ("A&E" alone is no plan's name)."""
        initials, after = match.group(1), match.group(3)
        name = self.implied.get(initials)
        longer = self.implied.get(f"{initials}{after[0].upper()}")
        if name is None or longer is None or longer.lower() != f"{name} {after}".lower():
            return match.group(0)
        corrected[initials] = name
        return f"{name}{match.group(0)[len(initials) :]}"

    def correct(self, word: str) -> str:
        """The corpus word a misspelt word most likely means, or the word itself. A word the corpus has in
        another form ("mention": "mentioned") or an English word no plan uses ("always") is no typo."""
        lowered = word.lower()
        if len(lowered) < 5 or lowered in self.vocabulary or lowered in STOPWORDS or not lowered.isalpha():
            return word
        if stem(lowered) in self._stems or is_english(lowered) or lowered in _PLACE_WORDS:
            return word  # "Brockley" is a place in Lewisham, not "Bromley" misspelt
        if lowered in self.joined:  # "Crimestoppers": the plans write "Crime Stoppers"
            return self.joined[lowered]
        # Typos rarely hit the first letter; requiring it keeps "parking" from becoming "marking".
        candidates = [
            known
            for size in range(len(lowered) - 2, len(lowered) + 3)
            for known in self._by_start.get((lowered[:1], size), ())
        ]
        match = difflib.get_close_matches(lowered, candidates, n=1, cutoff=0.8)
        return match[0] if match else word

    def expand(self, question: str) -> ExpandedQuery:
        corrected: dict[str, str] = {}

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            better = self.correct(word)
            if better != word:
                corrected[word] = better
            return better

        text = re.sub(r"[A-Za-z]+", fix, question)
        text = _AMPERSAND_INITIALS.sub(lambda match: self._ampersand_name(match, corrected), text)
        expansions: dict[str, str] = {}
        for token in re.findall(r"[A-Za-z]{2,8}", text):
            for acronym in (token.upper(), token[:-1].upper() if token.endswith("s") else ""):
                if acronym in self.acronyms and token.lower() not in STOPWORDS:
                    expansions[acronym] = self.acronyms[acronym]
        for token in re.findall(r"\b[A-Z]{3,8}\b", text):  # an acronym no plan writes, for a name one spells out
            if token not in expansions and token in self.implied and token.lower() not in self.vocabulary:
                expansions[token] = self.implied[token]
        for acronym in self._spelled_out(words(text)):
            expansions.setdefault(acronym, self.acronyms[acronym])
        added = [f"{acronym} {expansion}" for acronym, expansion in expansions.items()]
        plain = plan_words(text)
        if plain:
            added.append(plain)
        return ExpandedQuery(text=" ".join([text, *added]), question=text, corrected=corrected, expansions=expansions)


# initials either side of an ampersand, and the word after them ("H&R action plan")
_AMPERSAND_INITIALS = re.compile(r"(?<![\w&])([A-Z]{1,4}&[A-Z]{1,4})(?![\w&])(\s+([A-Za-z]+))")
# Every word of a known council's or place's name: no typo of another name, whatever the plans write
_PLACE_WORDS = frozenset(
    word.lower()
    for name in (*UK_COUNCIL_NAMES, *(place for places in LONDON_LOCALITIES.values() for place in places))
    for word in name.split()
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
_CASED_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w-])")
_OPENS_SENTENCE = frozenset(".!?:;•◆*#-–—(\"“‘'")  # (a table cell's first word is not: "| Stephen Douglass")
_CASED_SHARE = 0.9  # of a word's times inside sentences that its capitals must have


def _case_forms(texts: Sequence[str]) -> dict[str, str]:
    """Each word the plans write with capitals (in one form) at least nine times in ten where no sentence,
    line or item begins with it, to that form; not stopwords or single letters."""
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for match in _CASED_WORD.finditer(text):
            before = text[max(0, match.start() - 4) : match.start()].rstrip(" \t")
            if not before or before[-1] in _OPENS_SENTENCE or before[-1] == "\n":
                continue
            word = match.group(0)
            forms.setdefault(word.lower(), Counter())[word] += 1
    cased: dict[str, str] = {}
    for lower, counted in forms.items():
        form, times = counted.most_common(1)[0]
        if form != lower and times >= _CASED_SHARE * counted.total() and len(lower) > 1 and lower not in STOPWORDS:
            cased[lower] = form
    return cased


def _cased(word: str, form: str | None, beside: bool) -> bool:
    """Whether a word typed in lower case is to be written in the plans' form of it: initials ("MOPAC"), or a
    word with a capital only in a run of such words ("Stephen Douglass", "Street Pastors"), not alone ("my
    landlord", though the plans write "Rogue Landlord Taskforce")."""
    return form is not None and (form.isupper() or beside)


def _plan_texts(chunks: Sequence[Chunk]) -> list[str]:
    """Each plan's text, its chunks joined."""
    by_source: dict[str, list[str]] = {}
    for chunk in chunks:
        by_source.setdefault(chunk.metadata.source, []).append(chunk.text)
    return ["\n".join(texts) for texts in by_source.values()]


_WORD_PAIR = re.compile(r"\b([A-Za-z]{3,})(?= ([A-Za-z]{3,})\b)")


def _joined_words(texts: Sequence[str], vocabulary: dict[str, int]) -> dict[str, str]:
    """Each pair of words the plans write side by side, as one word no plan writes ("crimestoppers"), with the
    pair as the plans most often write it ("Crime Stoppers")."""
    said: dict[str, Counter[str]] = {}
    for text in texts:
        for match in _WORD_PAIR.finditer(text):
            first, second = match.group(1), match.group(2)
            joined = (first + second).lower()
            if joined not in vocabulary:
                said.setdefault(joined, Counter())[f"{first} {second}"] += 1
    return {joined: pairs.most_common(1)[0][0] for joined, pairs in said.items()}
