"""Follow-ups rewritten by the LLM, then checked like the carry-over: nothing may come from nowhere.

The rewritten question must keep the councils the message names, keep the council the carry-over
would carry, and name no council, year, number or word that is in neither the message nor the
conversation. Otherwise, or if the model fails, the carry-over's own resolution is used."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from langchain_core.prompts import ChatPromptTemplate

from assistant.answering.question import analyse
from assistant.answering.verify import numbers_in
from assistant.conversations.followup import CarryOver, Resolved
from assistant.conversations.store import Turn
from assistant.llm.models import ChatModel
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.terms import terms

log = logging.getLogger(__name__)
_MAX_CHARS = 400
_MIN_KNOWN_WORDS = 0.8
_LABEL = re.compile(r"^\s*(?:standalone question|question|rewritten)\s*:\s*", re.I)
_HISTORY_TURNS = 3
_ANSWER_CHARS = 600


class LlmCondenser:
    def __init__(self, model: ChatModel, prompt: ChatPromptTemplate, rules: CarryOver, lexicon: Lexicon) -> None:
        self._model = model
        self._prompt = prompt
        self._rules = rules
        self._lexicon = lexicon

    def resolve(self, message: str, history: Sequence[Turn], councils: Sequence[str]) -> Resolved:
        rule = self._rules.resolve(message, history, councils)
        if not history:
            return rule
        recent = history[-_HISTORY_TURNS:]
        conversation = "\n".join(f"User: {turn.question}\nAssistant: {turn.answer[:_ANSWER_CHARS]}" for turn in recent)
        try:
            reply = self._model.invoke(self._prompt.format_messages(history=conversation, message=message), stop=["\n"])
        except Exception as error:
            log.warning("condense step failed: %s: %s", type(error).__name__, error)
            return rule
        content = reply.content if isinstance(reply.content, str) else ""
        rewritten = _LABEL.sub("", content.strip().splitlines()[0] if content.strip() else "").strip(" \"'")
        problem = self.problem(rewritten, message, recent, rule, councils)
        if problem:
            log.info("condensed question rejected: %s", problem.split(":")[0])  # never the text itself
            return rule
        return Resolved(message, rewritten=rewritten, carried=(*rule.carried, "rewritten by the LLM"))

    def other_reading(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """The rules' reading when the model's rewrite finds nothing; otherwise the rules' other reading."""
        if resolved.rewritten:
            return self._rules.resolve(message, history, councils)
        return self._rules.other_reading(message, history, councils, resolved)

    def in_scope(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """The rules' narrowing of a message read alone (a rewrite names its councils itself)."""
        return self._rules.in_scope(message, history, councils, resolved)

    def problem(
        self,
        rewritten: str,
        message: str,
        history: Sequence[Turn],
        rule: Resolved,
        councils: Sequence[str],
    ) -> str | None:
        """Why a rewritten question cannot be used, or None."""
        if not rewritten:
            return "empty"
        if len(rewritten) > min(_MAX_CHARS, 3 * len(message) + 200):
            return "too long"
        said = " ".join([message, *(f"{turn.question} {turn.answer}" for turn in history)])
        asked = analyse(rewritten, self._lexicon, councils)
        own = analyse(message, self._lexicon, councils)
        expected = rule.analyse(self._lexicon, councils)
        mentioned = set(analyse(said, self._lexicon, councils).councils)
        if not set(own.councils) <= set(asked.councils):
            return "drops a council the message names"
        if not set(expected.councils) <= set(asked.councils):
            return "loses the council the conversation is about"
        if not set(asked.councils) <= mentioned or set(asked.unknown_councils) - set(own.unknown_councils):
            return "names a council nobody mentioned"
        if numbers_in(rewritten) - numbers_in(said):
            return "adds a number"
        words = terms(rewritten)
        known = set(terms(said))
        if words and sum(word in known for word in words) / len(words) < _MIN_KNOWN_WORDS:
            return "adds words from outside the conversation"
        return None
