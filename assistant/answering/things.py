"""The things a question names that no plan has a word for, nor a word near it in meaning.

"There's a pothole on my road, how do I report it?" shares "road" and "report" with the plans; what it
asks about, the pothole, is in none of them. A word the plans never use is otherwise left out of judging
support (it is usually the asker's own: "thinking of moving", "what kinds"). A noun is different: it
names a thing. When the plans have no word near it in meaning ("e-scooter", "instalments", "admissions")
the question is about something the plans do not cover, and the evidence must say it to answer. One
that has a near word ("lads": "boys", "car": "vehicle") is the asker's word for a thing the plans name.
So, in part, is any word a question writes that a passage does not: a passage saying "theft from cars"
half says a question's "thieves" (`PlanWords.alike`, used when the reader judges support).

Nouns come from a part-of-speech lexicon (lemminflect); nearness from the embedding model, against the
vectors of the plans' own words embedded at ingest (`assistant.retrieval.vectors.plan_words`), so only
a word the asker used is embedded when a question is read, and each such word once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from lemminflect import getAllLemmas

from assistant.embedding import Embedder
from assistant.retrieval.plain_words import FILLER
from assistant.retrieval.terms import STOPWORDS, terms, words
from assistant.retrieval.vectors import UnitVectors

_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")
_REMEMBERED = 20_000  # words whose nearness is kept (a word is embedded once, not on every question)
_CLOSEST_KEPT = 0.5  # the nearness below which no plan word stands for an asker's (see `alike`)
_NOT_THINGS = frozenset(["whether", "whose", "anybody", "anyone", "anything", "somebody", "someone", "something"])


def hyphen_joined(text: str) -> set[str]:
    """The hyphenated words of a text run together ("four-year": "fouryear"): a word is judged by its parts."""
    return {match.replace("-", "") for match in _HYPHENATED.findall(text.lower())}


def thing_words(text: str) -> dict[str, str]:
    """Key term -> the word the asker wrote, for each word of the text that can only be a noun, or that is
    one where it stands ("a skip", "speed cameras", "drowning prevention": `_in_noun_phrase`).

    A hyphenated word is judged by its parts ("set-up": "set", "up"; "e-scooter": "scooter"), not by the
    two run together."""
    joined = hyphen_joined(text)
    found: dict[str, str] = {}
    said = words(text)
    for position, word in enumerate(said):
        if word in joined or word in FILLER or word in STOPWORDS or word in _NOT_THINGS or not word.isalpha():
            continue
        readings = getAllLemmas(word)
        before = said[position - 1] if position else ""
        after = said[position + 1] if position + 1 < len(said) else ""
        if readings and (
            set(readings) == {"NOUN"}
            or _gerund(word, readings)
            and before not in _ONGOING
            or set(readings) == {"NOUN", "VERB"}
            and word not in _ASKING_NOUNS
            and (_names_activity(before, after) if word.endswith("ing") else _in_noun_phrase(before, after))
        ):
            for term in terms(word):
                found.setdefault(term, word)
    return found


# Words after which a word that may be a noun or a verb is a noun: "a skip", "the canal", "any drones"
_DETERMINERS = frozenset(
    words(
        "a an the my our your his her their its this these those any some no every each another other new old "
        "local public"
    )
)
# ... bar the nouns that say what kind of answer is wanted ("the value of the contract", "the number of ...")
_ASKING_NOUNS = frozenset(
    words("value values amount amounts cost costs price number numbers figure figures total totals rate rates share")
    + words("shares date dates time times name names kind kinds sort sorts type types change changes progress")
)
_BE = frozenset(["is", "are", "was", "were", "being"])  # ... and before which it is one
# ... and after which it is a verb: "to report", "I cover", "will drop"
_VERB_BEFORE = frozenset(
    words(
        "to i we you they he she it will would can could should must may might shall do does did dont doesnt didnt "
        "not please lets"
    )
)


def _in_noun_phrase(before: str, after: str) -> bool:
    """Whether a word that reads as a noun or a verb ("skip", "drones", "canal") is a noun where it stands:
    after a determiner ("a skip", "the canal") or an -ing form ("parking permit", "getting calls"), before a
    noun it modifies ("speed cameras", "drowning prevention"), or the subject of "be" ("drones being flown",
    "the hedge is blocking"); not after a word a verb follows ("to drop drugs")."""
    if before in _DETERMINERS or after in _BE or _gerund(before, getAllLemmas(before) if before.isalpha() else {}):
        return True
    return before not in _VERB_BEFORE and _noun_only(after)


def _names_activity(before: str, after: str) -> bool:
    """Whether an -ing form that reads as a noun or a verb names an activity where it stands: after a
    determiner ("the recycling"), or modifying a noun ("recycling centre", "drowning prevention"); not what
    someone is doing ("teenagers hanging about", "they keep drowning out ...")."""
    if before in _DETERMINERS:
        return True
    readings = getAllLemmas(after) if after.isalpha() else {}
    return before not in _VERB_BEFORE and before not in _ONGOING and "NOUN" in readings and after not in STOPWORDS


def _noun_only(word: str) -> bool:
    readings = getAllLemmas(word) if word.isalpha() else {}
    return bool(readings) and set(readings) == {"NOUN"} and word not in STOPWORDS


# Words after which a verb's -ing form says what someone is doing, not a thing: "I keep thinking", "they're dealing"
_ONGOING = frozenset(
    words(
        "am is are was were be been being im youre theyre hes shes keep keeps kept keeping start starts started stop "
        "stops stopped still go goes going went isnt arent wasnt werent"
    )
)


def _gerund(word: str, readings: dict[str, tuple[str, ...]]) -> bool:
    """A verb's -ing form, which names an activity as a noun does ("cuckooing", "begging")."""
    return set(readings) == {"VERB"} and word.endswith("ing") and len(word) > len("ing") + 2


class PlanWords:
    """The words some plans use, by meaning: whether a word the asker used is near any of them, and which."""

    def __init__(self, vectors: np.ndarray, embedder: Embedder, near: float, words: Sequence[str] = ()) -> None:
        self._vectors = np.asarray(vectors, np.float32)  # unit-length rows, one per plan word
        self._words = tuple(words)  # the plan word of each row (none: nearness only, no neighbours)
        self._embedder = embedder
        self._near = near
        self._far: dict[str, bool] = {}
        self._closest: dict[str, tuple[tuple[int, float], ...]] = {}  # rows at least _CLOSEST_KEPT near

    @classmethod
    def of(cls, vocabulary: Iterable[str], bank: UnitVectors, embedder: Embedder, near: float) -> PlanWords:
        """The plan words of a vocabulary (one audience's) that the bank holds vectors for; a version built
        before the bank held words has none, and then no word is judged far."""
        held = [word for word in dict.fromkeys(vocabulary) if word in bank]
        vectors = bank.vectors(held, embedder) if held else np.zeros((0, bank.dimensions), np.float32)
        return cls(vectors, embedder, near, held)

    def __len__(self) -> int:
        return len(self._vectors)

    def far(self, word: str) -> bool:
        """Whether no plan word comes near the word in meaning (always False with no plan words)."""
        if not len(self._vectors):
            return False
        if word not in self._far:
            if len(self._far) >= _REMEMBERED:
                self._far.clear()
                self._closest.clear()
            self._measure(word)
        return self._far[word]

    def alike(self, word: str, least: float) -> frozenset[str]:
        """The key terms of the plan words at least this close to the word in meaning (`least` is at least
        `_CLOSEST_KEPT`), other than the word's own ("thieves": "theft", "stolen"; "youngster": "young"): the
        plans' words for what the asker said."""
        if not self._words or len(self._words) != len(self._vectors):
            return frozenset()
        self.far(word)
        own = set(terms(word))
        return frozenset(
            term
            for row, similarity in self._closest[word]
            if similarity >= least
            for term in terms(self._words[row])
            if term not in own
        )

    def _measure(self, word: str) -> None:
        vector = np.asarray(self._embedder.embed_query(word), np.float32)
        vector /= np.linalg.norm(vector) or 1.0
        similarities = self._vectors @ vector
        self._far[word] = float(similarities.max()) < self._near
        rows = np.flatnonzero(similarities >= _CLOSEST_KEPT)
        self._closest[word] = tuple((int(row), float(similarities[row])) for row in rows)
