"""Messages as a frightened person types them, made readable: lower case, contractions and text speak
spelled out, stretched letters shortened and common misspellings of the words that matter repaired.

Everything downstream reads the clauses this module returns, so the detector's vocabularies only
ever need the plain spelling of a word."""

from __future__ import annotations

import re
from functools import cache, lru_cache


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated vocabulary, as a set."""
    return frozenset(text.split())


SLANG: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "pleas": "please",
    "plez": "please",
    "hlp": "help",
    "halp": "help",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theres": "there is",
    "thats": "that is",
    "whats": "what is",
    "wheres": "where is",
    "whos": "who is",
    "someones": "someone is",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "aint": "is not",
    "wanna": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "finna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "imma": "i am going to",
    "ima": "i am going to",
    "wat": "what",
    "wot": "what",
    "wht": "what",
    "wut": "what",
    "coz": "because",
    "cos": "because",
    "cuz": "because",
    "bc": "because",
    "bcoz": "because",
    "b4": "before",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "rn": "right now",
    "atm": "at the moment",
    "idk": "i do not know",
    "dunno": "do not know",
    "sum1": "someone",
    "some1": "someone",
    "sumone": "someone",
    "smone": "someone",
    "any1": "anyone",
    "no1": "no one",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "hubby": "husband",
    "bro": "brother",
    "sis": "sister",
    "bff": "best friend",
    "bestie": "best friend",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "n": "and",
    "nd": "and",
    "abt": "about",
    "thru": "through",
    "nite": "night",
    "kms": "kill myself",
    "kys": "kill yourself",
    "unalive": "kill",
    "sewerslide": "suicide",
    "harrasing": "harassing",
    "harrassing": "harassing",
    "harrased": "harassed",
    "harrassed": "harassed",
    "harrasment": "harassment",
    "harrassment": "harassment",
    "od": "overdosed",
    "oded": "overdosed",
    "dv": "domestic violence",
    "cse": "child sexual exploitation",
}
"""Text speak and contractions typed without an apostrophe, each to its plain words."""

FUTURE_WITHOUT_APOSTROPHE: dict[str, str] = {
    "hell": "he will",
    "shell": "she will",
    "theyll": "they will",
    "youll": "you will",
    "ill": "i will",
    "itll": "it will",
}
"""Contractions typed without an apostrophe that are also words: "hell kill me" is "he will kill me", but only
when a verb follows ("my mum is ill" stays as it is)."""

FUTURE_VERBS = word_set("kill hurt stab shoot hit beat find get come do be go end never just burn rape attack take")

TYPO_TARGETS = word_set(
    """following followed follows stalking stalked stalker threatening threatened threaten threats harassing
    harassed frightened terrified scared strangled strangling choking bleeding unconscious breathing
    paracetamol tablets painkillers medication abusive abusing assaulted attacking attacked stabbed stabbing
    someone somebody outside emergency please myself himself herself themselves neighbour neighbours
    boyfriend girlfriend husband daughter grooming groomed trafficked kidnapped molested suicide suicidal
    overdose overdosed overdosing beating beaten punching kicking killing hurting hitting"""
)
"""Words people often misspell in a hurry and that the detector must not miss; only these are repaired."""

NOT_TYPOS = word_set("fellow fellows scarce sacred scarred stacked talked walked hinting sitting outsider")
"""Real words one letter away from a target, left as typed."""

LONG_CLAUSE_WORDS = 40
STRETCHED = re.compile(r"([a-z])\1{2,}")
SENTENCE_END = re.compile(r"[.!?;:\n]+|\s[-–—]+\s|,\s*(?:and\s+)?(?:but|so)\s")
WORD = re.compile(r"[a-z0-9]+")
CONTRACTIONS = (
    (re.compile(r"\bo\.?d(?:[’']e?d|ed)\b"), "overdosed"),  # "OD'd", "ODed" (not "odd")
    (re.compile(r"\bcan[’']t\b"), "can not"),
    (re.compile(r"\bwon[’']t\b"), "will not"),
    (re.compile(r"\bshan[’']t\b"), "shall not"),
    (re.compile(r"n[’']t\b"), " not"),
    (re.compile(r"[’']m\b"), " am"),
    (re.compile(r"[’']re\b"), " are"),
    (re.compile(r"[’']ve\b"), " have"),
    (re.compile(r"[’']ll\b"), " will"),
    (re.compile(r"[’']d\b"), " would"),
    (re.compile(r"\b(he|she|it|there|that|what|who|where|someone|somebody|here)[’']s\b"), r"\1 is"),
    (re.compile(r"[’']s\b"), ""),
)


# A firm named for a family, written as a name inside a sentence ("the year Lehman Brothers collapsed", "a Warner
# Bros film"): no one's brothers
_FIRM = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w-]+ (?:Brothers|Bros\.?|Sisters|and Sons|& Sons)(?![\w'’])")


def clauses(message: str) -> list[list[str]]:
    """The message as clauses (split at sentence ends and at ", but"), each a list of plain words."""
    text = _FIRM.sub("the firm", message).lower().replace("&", " and ")
    if "'" in text or "’" in text or "o.d" in text:
        for pattern, replacement in CONTRACTIONS:
            text = pattern.sub(replacement, text)
    text = STRETCHED.sub(r"\1", text)
    found: list[list[str]] = []
    for sentence in SENTENCE_END.split(text):
        # a run-on message is read comma by comma, so no phrase is looked for across a whole paragraph
        for part in sentence.split(",") if sentence.count(" ") > LONG_CLAUSE_WORDS else (sentence,):
            words = _plain_words(WORD.findall(part.replace("'", "").replace("’", "")))
            if words:
                found.append(words)
    return found


def _plain_words(typed: list[str]) -> list[str]:
    words: list[str] = []
    for position, word in enumerate(typed):
        following = typed[position + 1] if position + 1 < len(typed) else ""
        if word in FUTURE_WITHOUT_APOSTROPHE and repair(following) in FUTURE_VERBS:
            words.extend(FUTURE_WITHOUT_APOSTROPHE[word].split())
        elif word in SLANG:
            words.extend(SLANG[word].split())
        else:
            words.append(repair(word))
    return words


@lru_cache(maxsize=8192)
def repair(word: str) -> str:
    """The target word one typing slip from `word`, else `word` unchanged.

    A slip is a missing, doubled or swapped letter; a wrong letter only in long words, where it cannot
    turn one common short word into another ("shared" is not "scared"). The first letter must match."""
    if len(word) < 5 or word in TYPO_TARGETS or word in NOT_TYPOS or not word.isalpha():
        return word
    missing = _missing_one().get(word)
    if missing and missing[0] == word[0]:
        return missing
    for variant in (*_deleted_once(word), *_swapped_once(word)):
        if variant in TYPO_TARGETS and variant[0] == word[0]:
            return variant
    if len(word) >= 8:
        for target in TYPO_TARGETS:
            same_shape = len(target) == len(word) and target[0] == word[0]
            if same_shape and sum(a != b for a, b in zip(target, word, strict=True)) == 1:
                return target
    return word


def _deleted_once(word: str) -> list[str]:
    return [word[:cut] + word[cut + 1 :] for cut in range(len(word))]


def _swapped_once(word: str) -> list[str]:
    return [word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)]


@cache
def _missing_one() -> dict[str, str]:
    """Each target less one letter, to its target."""
    index: dict[str, str] = {}
    for target in sorted(TYPO_TARGETS):
        for variant in _deleted_once(target):
            index.setdefault(variant, target)
    return index


def phrases(*patterns: str) -> re.Pattern[str]:
    """One expression matching any of these phrases, as whole words, in a clause's plain words (which are
    separated by single spaces: looking behind for a space is quicker than a word boundary)."""
    return re.compile(r"(?:^|(?<= ))(?:" + "|".join(patterns) + r")\b")
