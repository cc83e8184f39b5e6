"""The optional LLM answerer: numbered passages in, a verified answer out, a sentence at a time.

Each sentence the model writes is checked against the passages it cites before it is streamed;
unsupported sentences are dropped. If the model fails, says the passages do not answer, or too
little of what it wrote survives, it reports a Fallback and the extractive answer is used."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence

from langchain_core.prompts import ChatPromptTemplate

from assistant.answer import LLM, Answer, Citation, Delta, Fallback
from assistant.answering.evidence import Unit
from assistant.llm.links import strip_links
from assistant.llm.models import ChatModel
from assistant.llm.sentences import SentenceSplitter, normalise_markers
from assistant.llm.support import Evidence, SupportChecker
from assistant.retrieval.hybrid import Passage

log = logging.getLogger(__name__)
NOT_FOUND_REPLY = "NOT_FOUND"
_MARKERS_AT_END = re.compile(r"(?:\s*\[\d+\])*(\s*)$")
_ANY_MARKER = re.compile(r"\s*\[\d+\]")
_ENUMERATED = re.compile(r"^(\s*)(?:\d{1,2}[.)]|[*•])\s+")


class LlmAnswerer:
    def __init__(
        self,
        model: ChatModel,
        prompt: ChatPromptTemplate,
        checker: SupportChecker,
        min_kept: float = 0.5,
        max_chars: int = 1600,
        link_hosts: Sequence[str] = (),
    ) -> None:
        self._max_chars = max_chars
        self._link_hosts = tuple(link_hosts)
        self._model = model
        self._prompt = prompt
        self._checker = checker
        self._min_kept = min_kept

    def sources(self, passages: Sequence[Passage]) -> tuple[Citation, ...]:
        """The passages as the model sees them, numbered from 1 (the quote is the whole passage)."""
        return tuple(Citation.of(n, passage.chunk, passage.chunk.text) for n, passage in enumerate(passages, start=1))

    def stream(self, question: str, passages: Sequence[Passage]) -> Iterator[Delta | Answer | Fallback]:
        messages = self._prompt.format_messages(question=question, passages=numbered(passages))
        evidence = self._checker.prepare(passages)
        splitter = SentenceSplitter()
        kept: list[str] = []
        removed: list[str] = []
        quoted: dict[int, list[Unit]] = {}
        raw: list[str] = []
        try:
            written = 0
            stream = self._model.stream(messages)
            for chunk in stream:
                piece = chunk.content if isinstance(chunk.content, str) else ""
                raw.append(piece)
                written += len(piece)
                for sentence in splitter.feed(piece):
                    yield from self._check(sentence, evidence, kept, removed, quoted)
                if written > self._max_chars or _repeating(kept, removed):
                    # Not every server honours max tokens; a model that runs on or loops is cut off here.
                    log.info("stopped the LLM after %d characters", written)
                    close = getattr(stream, "close", None)
                    if close is not None:
                        close()
                    break
            else:
                for sentence in splitter.flush():
                    yield from self._check(sentence, evidence, kept, removed, quoted)
        except Exception as error:  # any failure of the model server falls back; never a 500
            log.warning("LLM failed: %s: %s", type(error).__name__, error)
            yield Fallback(f"the LLM failed ({type(error).__name__})")
            return
        text = "".join(raw)
        if NOT_FOUND_REPLY in text:
            yield Fallback("the LLM found no answer in the passages")
            return
        if removed:
            log.info("removed %d unsupported LLM sentence(s)", len(removed))
        if not kept:
            yield Fallback("none of the LLM's sentences was supported by its cited passages")
            return
        if len(kept) / (len(kept) + len(removed)) < self._min_kept:
            yield Fallback(f"only {len(kept)} of {len(kept) + len(removed)} LLM sentences were supported")
            return
        citations = tuple(
            Citation.of(n, passages[n - 1].chunk, _span(passages[n - 1].chunk.text, units))
            for n, units in sorted(quoted.items())
        )
        yield Answer(
            text="".join(kept).strip(),
            answered=True,
            citations=citations,
            answerer=LLM,
            removed=tuple(removed),
        )

    def _check(
        self,
        sentence: str,
        evidence: Evidence,
        kept: list[str],
        removed: list[str],
        quoted: dict[int, list[Unit]],
    ) -> Iterator[Delta]:
        sentence = normalise_markers(strip_links(sentence, self._link_hosts))
        if not sentence.strip() or NOT_FOUND_REPLY in sentence:
            return
        support = self._checker.check(sentence, evidence)
        if not support.supported:
            if support.reason != "no content":
                removed.append(sentence.strip())
                log.debug("an LLM sentence was unsupported: %s", support.reason)
            return
        for n, unit in support.units:
            quoted.setdefault(n, []).append(unit)
        sentence = _ENUMERATED.sub(r"\1- ", sentence)  # "1. item" -> "- item": list numbers are not figures
        trailing = _MARKERS_AT_END.search(sentence)
        ending = trailing.group(1) if trailing else ""
        body = _ANY_MARKER.sub("", sentence).rstrip()
        text = f"{body} {''.join(f'[{n}]' for n in support.cites)}{ending or ' '}"
        kept.append(text)
        yield Delta(text)


def _repeating(kept: list[str], removed: list[str]) -> bool:
    """The model has started saying the same sentence again."""
    for said in (kept, removed):
        if len(said) >= 2 and said[-1].strip() in {earlier.strip() for earlier in said[:-1]}:
            return True
    return False


def numbered(passages: Sequence[Passage]) -> str:
    """The passages as the prompt shows them: "[n] title, section, page" and the text."""
    blocks = []
    for n, passage in enumerate(passages, start=1):
        chunk = passage.chunk
        where = ", ".join(
            part for part in (chunk.section, f"page {chunk.page}" if chunk.page is not None else None) if part
        )
        blocks.append(f"[{n}] {chunk.metadata.title}{f' ({where})' if where else ''}\n{chunk.text.strip()}")
    return "\n\n".join(blocks)


def _span(text: str, units: Sequence[Unit]) -> str:
    """The smallest verbatim stretch of the passage holding every supporting unit."""
    return text[min(unit.start for unit in units) : max(unit.end for unit in units)]
