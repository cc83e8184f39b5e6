"""Acronyms the plans spell out ("MARAC - Multi Agency Risk Assessment Conference"), learnt at ingest."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

_MINOR = {"and", "of", "the", "for", "to", "in", "on", "&", "a", "an", "with", "by", "at"}
_ACRONYM = r"([A-Z][A-Z&]{1,7}|[A-Z]{2,7}s)"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|&")
_GLOSSARY_FORM = re.compile(rf"(?<![\w-]){_ACRONYM}\s*[-–—:]\s+(?=([A-Z][^\n]{{3,120}}))")
_EXPANSION_THEN_ACRONYM = re.compile(rf"([A-Za-z][^()\n]{{3,160}}?)\s*\(\s*{_ACRONYM}(?:'s|’s)?\s*\)")
_USED_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z&]{1,7}s?)(?![\w-])")
_ACRONYM_THEN_EXPANSION = re.compile(rf"(?<![\w-]){_ACRONYM}\s*\(([A-Z][^()\n]{{3,100}})\)")


def extract_acronyms(text: str) -> dict[str, str]:
    """Acronym -> expansion pairs whose initials check out, from glossaries and parentheses."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for match in _GLOSSARY_FORM.finditer(text):
        _record(found, match.group(1), _words(match.group(2)), from_end=False)
    for match in _ACRONYM_THEN_EXPANSION.finditer(text):
        _record(found, match.group(1), _words(match.group(2)), from_end=False)
    for match in _EXPANSION_THEN_ACRONYM.finditer(text):
        _record(found, match.group(2), _words(match.group(1))[-14:], from_end=True)
    # as often found one way as another ("Soutwark Anti Violence Unit" in a glossary, "Southwark Anti Violence
    # Unit (SAVU)" in the text): the spelling whose words the text uses most
    used = Counter(word.lower() for word in re.findall(r"[A-Za-z]+", text))
    return {
        acronym: max(counts, key=lambda expansion: (counts[expansion], sum(used[w.lower()] for w in expansion.split())))
        for acronym, counts in found.items()
    }


def merge_acronyms(tables: Iterable[dict[str, str]]) -> dict[str, str]:
    """One table for a whole corpus: the most common expansion of each acronym wins."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for table in tables:
        for acronym, expansion in table.items():
            counts[acronym][expansion] += 1
    return {acronym: c.most_common(1)[0][0] for acronym, c in sorted(counts.items())}


def _words(text: str) -> list[str]:
    return [word.strip("'’") for word in _WORD.findall(text.replace("-", " ").replace("/", " "))]


def _record(found: dict[str, Counter[str]], raw: str, words: list[str], from_end: bool) -> None:
    acronym = raw[:-1] if raw.endswith("s") and raw[:-1].isupper() else raw
    letters = [ch for ch in acronym if ch.isalpha()]
    if len(letters) < 2:
        return
    sequence = list(reversed(words)) if from_end else words
    used = _match_initials([ch.lower() for ch in (reversed(letters) if from_end else letters)], sequence)
    if used is None:
        return
    chosen = sequence[:used]
    expansion = " ".join(reversed(chosen) if from_end else chosen)
    if expansion.upper() != acronym:
        found[acronym][expansion] += 1


def _match_initials(letters: list[str], words: list[str]) -> int | None:
    """How many leading words spell the letters by their initials (minor words may be skipped)."""

    def walk(i: int, j: int) -> int | None:
        if i == len(letters):
            return j if j > 0 and words[j - 1].lower() not in _MINOR else None
        if j == len(words):
            return None
        word = words[j]
        if word[0].lower() == letters[i]:
            hit = walk(i + 1, j + 1)
            if hit is not None:
                return hit
        if word.lower() in _MINOR and j > 0:
            return walk(i, j + 1)
        return None

    return walk(0, 0)


def spell_out(text: str, acronyms: Mapping[str, str]) -> str:
    """The text with each acronym it uses followed, once, by what it stands for ("ASB (anti-social
    behaviour) is reviewed ..."), unless the text already spells it out: the embedding model does not
    know a plan's acronyms, so a sentence that only abbreviates its subject reads as about something else."""
    for end, _, expansion in reversed(_unspelled(text, acronyms)):
        text = f"{text[:end]} ({expansion}){text[end:]}"
    return text


def unspelled(text: str, acronyms: Mapping[str, str]) -> set[str]:
    """The acronyms spell_out spells out in the text (as the glossary holds them: "MARAC" for "MARACs")."""
    return {acronym for _, acronym, _ in _unspelled(text, acronyms)}


def _unspelled(text: str, acronyms: Mapping[str, str]) -> list[tuple[int, str, str]]:
    said = {word.lower() for word in _words(text)}
    found: list[tuple[int, str, str]] = []
    for match in _USED_ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym not in acronyms and acronym.endswith("s"):
            acronym = acronym[:-1]
        expansion = acronyms.get(acronym)
        if not expansion or expansion in (spelled for _, _, spelled in found):
            continue
        if {word.lower() for word in _words(expansion)} - _MINOR <= said:
            continue  # spelt out already ("anti-social behaviour (ASB)")
        found.append((match.end(), acronym, expansion))
    return found


# a name in capitals: capitalised words, with minor words between them ("London Crime Prevention Fund",
# "Violence Against Women and Girls")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+(?:(?:and|of|for|the|&)[ \t]+)*[A-Z][a-z]+)+")


def implied_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text never writes for names it spells out in capitals: a reader who asks about the
    "LCPF" means the "London Crime Prevention Fund" a plan only ever names in full. Each run of three or more
    capitalised words (and each run within it) stands for its initials; the name said most often wins."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for match in _NAME.finditer(text):
        tokens = match.group(0).split()
        capitals = [i for i, token in enumerate(tokens) if token[0].isupper()]
        for a, start in enumerate(capitals):
            for b, end in enumerate(capitals[a + 1 :], start=a + 1):
                run = tokens[start : end + 1]
                if b >= a + 2:
                    found["".join(token[0] for token in run if token[0].isupper())][" ".join(run)] += 1
                # ... and a name joined by "and", by its initials either side of an ampersand ("H&R" for "Harm
                # and Recovery"), if the text never writes them so itself
                joined = [i for i, token in enumerate(run) if token.lower() in ("and", "&")]
                if len(joined) == 1 and 0 < joined[0] < len(run) - 1:
                    before = "".join(token[0] for token in run[: joined[0]] if token[0].isupper())
                    after = "".join(token[0] for token in run[joined[0] + 1 :] if token[0].isupper())
                    if before and after and f"{before}&{after}" not in text:
                        found[f"{before}&{after}"][" ".join(run)] += 1
    return {initials: counts.most_common(1)[0][0] for initials, counts in sorted(found.items())}
