"""Words and stemmed terms: one tokenizer for the BM25 index, query analysis and answer support."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "d",
        "ll",
        "m",
        "o",
        "re",
        "ve",
        "y",
        "tell",
        "give",
        "show",
        "please",
        "say",
        "says",
        "said",
        "know",
        "want",
        "wants",
        "let",
        "lets",
        "us",
        # contractions as the tokenizer joins them ("didn't": "didnt"): a negation or a pronoun, like "not"
        "im",
        "ive",
        "youre",
        "youve",
        "theyre",
        "theyve",
        "weve",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "cannot",
        "wont",
        "wouldnt",
        "couldnt",
        "shouldnt",
        "hasnt",
        "havent",
        "hadnt",
        "thats",
        "theres",
        "whats",
        "whos",
        "hows",
        "wheres",
    ]
)
# Bumped whenever words() or terms() split or stem text differently: an index whose term statistics were counted
# by another version is counted again when it is opened (`SearchIndex.open`), not read with the wrong terms.
TOKENIZER_VERSION = 4
_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")
_CONTRACTION = re.compile(r"(?:i|you|he|she|it|we|they|that|there|who|what|where|how)'(?:ll|d|re|ve|m)$")
# An acronym's plural is the acronym ("BCUs", "MARACs"): one term however it is counted.
_PLURAL_ACRONYM = re.compile(r"\b([A-Z]{2,})s\b")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


_MEMO = 1 << 16  # texts whose words and terms are kept: the passages of recent answers are read again and again


def words(text: str) -> list[str]:
    """Lower-cased words; a hyphenated word also yields its joined form ("anti-social" -> "antisocial") and
    its parts of more than one letter."""
    return list(_words(text))


@lru_cache(maxsize=_MEMO)
def _words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for token in _WORD.findall(_PLURAL_ACRONYM.sub(r"\1", text).lower().replace("’", "'")):
        if _CONTRACTION.match(token):
            continue  # "it'll", "they'd", "I've": a pronoun and a helping verb, no word of what is asked
        token = token.replace("'s", "").replace("'", "")
        if "-" in token:
            parts = [part for part in token.split("-") if part]
            out.append("".join(parts))
            out.extend(part for part in parts if len(part) > 1)  # "e-scooters": no "e" of its own
        elif token:
            out.append(token)
    return tuple(out)


# English verbs whose past forms a stemmer cannot join to the present ("felt safe": "feel safe").
_IRREGULAR = {
    "felt": "feel",
    "ran": "run",
    "began": "begin",
    "begun": "begin",
    "spent": "spend",
    "met": "meet",
    "held": "hold",
    "took": "take",
    "taken": "take",
    "chose": "choose",
    "chosen": "choose",
    "made": "make",
    "found": "find",
    "brought": "bring",
    "sought": "seek",
    "thought": "think",
    "kept": "keep",
    "saw": "see",
    "seen": "see",
    "grew": "grow",
    "grown": "grow",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "won": "win",
    "bought": "buy",
    "caught": "catch",
    "taught": "teach",
    "paid": "pay",
    "built": "build",
    "sent": "send",
    "wrote": "write",
    "written": "write",
    "understood": "understand",
    "drew": "draw",
    "drawn": "draw",
    "stole": "steal",
    "stolen": "steal",
    "broke": "break",
    "broken": "break",
    "fought": "fight",
    "led": "lead",
    "gave": "give",
    "given": "give",
    "told": "tell",
    "said": "say",
    "knew": "know",
    "known": "know",
    "shown": "show",
    "heard": "hear",
    "meant": "mean",
    "became": "become",
    "came": "come",
    "went": "go",
    "gone": "go",
    "spoke": "speak",
    "spoken": "speak",
    "dealt": "deal",
    "fled": "flee",
    "stood": "stand",
    "drove": "drive",
    "driven": "drive",
    "sold": "sell",
    "threw": "throw",
    "thrown": "throw",
    "forgot": "forget",
    "forgotten": "forget",
}


def stem(word: str) -> str:
    return _stemmer().stemWord(_IRREGULAR.get(word, word))


def terms(text: str) -> list[str]:
    """Stemmed content terms, stop words removed; numbers are kept as terms."""
    return list(_terms(text))


@lru_cache(maxsize=_MEMO)
def _terms(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in _words(text) if word not in STOPWORDS)
