"""Vectors of the answer texts (each quotable unit and each list of a chunk), embedded at ingest and
published with the index version, so that answering a question embeds only the question."""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from assistant.answering.evidence import units_of
from assistant.embedding import Embedder
from assistant.retrieval.terms import STOPWORDS, words
from ingest.documents import Chunk
from ingest.glossary import extract_acronyms, spell_out

log = logging.getLogger(__name__)
DIMENSIONS = 384
_BATCH = 256  # texts per call to the embedder: bounds the Python lists it returns
_KEY_BYTES = 16  # a digest per text, kept as a row of bytes (numpy "S" strings would drop trailing NULs)


def answer_texts(chunk: Chunk) -> list[str]:
    """The texts the extractive answerer compares with a question: every unit's quote (headings are
    never answers) and, per list, its section and the start of its text."""
    units, lists = units_of(chunk)
    quotes = [unit.quote for unit in units if unit.kind != "heading"]
    return quotes + [f"{item_list.chunk.section or ''}: {item_list.text[:800]}" for item_list in lists]


def glossaries(chunks: Iterable[Chunk]) -> dict[str, dict[str, str]]:
    """Each plan's acronyms, learnt from that plan alone (by source): a quote is spelled out only with
    its own plan's, so no other plan (one a caller may not see) shapes how it reads."""
    texts: dict[str, list[str]] = {}
    for chunk in sorted(chunks, key=lambda chunk: (chunk.metadata.source, chunk.ordinal)):
        texts.setdefault(chunk.metadata.source, []).append(chunk.text)
    return {source: extract_acronyms("\n".join(own)) for source, own in texts.items()}


def spelled_quotes(chunks: Iterable[Chunk]) -> list[str]:
    """Each quote that uses an acronym its plan spells out, with the acronym spelled out ("ASB (anti
    social behaviour) is reviewed ..."): the embedding model does not know a plan's acronyms, so the
    answerer reads such a quote both ways and keeps the reading closer to the question."""
    chunks = list(chunks)
    glossary = glossaries(chunks)
    quotes = {
        (unit.quote, chunk.metadata.source): None
        for chunk in chunks
        for unit in units_of(chunk)[0]
        if unit.kind != "heading"
    }
    spelled = dict.fromkeys(spell_out(quote, glossary[source]) for quote, source in quotes)
    said = {quote for quote, _ in quotes}
    return [text for text in spelled if text not in said]


def plan_words(chunks: Iterable[Chunk]) -> list[str]:
    """The words the chunks use (as searched: lower-cased, hyphenated words also joined) that name
    something: of letters only, three or more, not stop words. Their vectors let the reader judge whether
    a word a question uses, that no plan does, is near one that a plan does (assistant.answering.things)."""
    return sorted({word for chunk in chunks for word in words(chunk.search_text) if is_plan_word(word)})


def is_plan_word(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word not in STOPWORDS


def text_key(text: str) -> bytes:
    """The bank's key for a text: a digest of its exact characters (any change is another text)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=_KEY_BYTES).digest()


class UnitVectors:
    """Unit-length float32 vectors by answer text. A text the bank lacks (an index built before the
    bank, a text no chunk holds) is embedded when asked for and counted in `misses`."""

    def __init__(self, keys: np.ndarray | None = None, matrix: np.ndarray | None = None) -> None:
        self._keys = np.zeros((0, _KEY_BYTES), np.uint8) if keys is None else np.asarray(keys, np.uint8)
        self._matrix = np.zeros((0, DIMENSIONS), np.float32) if matrix is None else np.asarray(matrix, np.float32)
        if self._keys.shape != (len(self._matrix), _KEY_BYTES) or self._matrix.ndim != 2:
            raise ValueError(f"keys of shape {self._keys.shape} for vectors of shape {self._matrix.shape}")
        raw = self._keys.tobytes()
        self._rows = {raw[start : start + _KEY_BYTES]: row for row, start in enumerate(range(0, len(raw), _KEY_BYTES))}
        self.misses = 0  # texts embedded at question time because the bank lacked them
        self.embedded = 0  # texts embedded by build()

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and text_key(text) in self._rows

    @property
    def dimensions(self) -> int:
        return int(self._matrix.shape[1])

    @staticmethod
    def texts_of(chunks: Iterable[Chunk]) -> list[str]:
        """Every answer text of the chunks, each once, in first-seen order, then the quotes spelled out,
        then the plans' own words."""
        chunks = list(chunks)
        texts = dict.fromkeys(text for chunk in chunks for text in answer_texts(chunk))
        texts.update(dict.fromkeys(text for text in spelled_quotes(chunks) if text not in texts))
        return list(texts) + [word for word in plan_words(chunks) if word not in texts]

    @classmethod
    def build(cls, chunks: Iterable[Chunk], embedder: Embedder, previous: UnitVectors | None = None) -> UnitVectors:
        """The bank for these chunks' texts: vectors the previous bank holds are reused, only the rest
        are embedded (so adding one plan embeds that plan's texts); texts no chunk holds are dropped."""
        texts = cls.texts_of(chunks)
        keys = [text_key(text) for text in texts]
        old = previous if previous is not None and len(previous) else None
        missing = [index for index, key in enumerate(keys) if old is None or key not in old._rows]
        fresh = _embed([texts[index] for index in missing], embedder)
        dimensions = fresh.shape[1] if len(fresh) else (old.dimensions if old is not None else DIMENSIONS)
        matrix = np.empty((len(texts), dimensions), dtype=np.float32)
        if old is not None:
            kept = [index for index, key in enumerate(keys) if key in old._rows]
            matrix[kept] = old._matrix[[old._rows[keys[index]] for index in kept]]
        matrix[missing] = fresh
        bank = cls(np.frombuffer(b"".join(keys), np.uint8).reshape(len(keys), _KEY_BYTES), matrix)
        bank.embedded = len(missing)
        return bank

    def vectors(self, texts: Sequence[str], embedder: Embedder) -> np.ndarray:
        """The texts' vectors, one row each in order (shape (len(texts), dimensions), float32); a text
        the bank lacks is embedded now."""
        rows = np.fromiter((self._rows.get(text_key(text), -1) for text in texts), dtype=np.intp, count=len(texts))
        missing = np.flatnonzero(rows < 0)
        if not len(missing):
            return self._matrix[rows]
        self.misses += len(missing)
        embedded = _embed([texts[index] for index in missing], embedder)
        result = np.empty((len(texts), embedded.shape[1]), dtype=np.float32)
        present = rows >= 0
        result[present] = self._matrix[rows[present]]
        result[missing] = embedded
        return result

    def save(self, path: Path) -> None:
        """Write the bank as .npz, atomically: a reader sees the old file or the whole new one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        with open(temporary, "wb") as handle:
            np.savez(handle, keys=self._keys, vectors=self._matrix)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> UnitVectors | None:
        """The saved bank, or None when there is none (or it cannot be read)."""
        if not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as saved:
                return cls(saved["keys"], saved["vectors"])
        except (OSError, EOFError, KeyError, ValueError, zipfile.BadZipFile) as error:
            log.warning("could not read the answer vectors in %s: %s", path, error)
            return None


def _embed(texts: list[str], embedder: Embedder) -> np.ndarray:
    """Embed in batches of texts of like length (less padding); an empty list gives no rows."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
    batches = [
        np.asarray(embedder.embed_documents([texts[index] for index in order[start : start + _BATCH]]), np.float32)
        for start in range(0, len(order), _BATCH)
    ]
    vectors = np.empty((len(texts), batches[0].shape[1]), dtype=np.float32)
    vectors[order] = np.concatenate(batches)
    return vectors
