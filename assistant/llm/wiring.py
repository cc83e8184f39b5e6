"""Which follow-up resolver and which generator the settings ask for."""

from __future__ import annotations

from assistant.conversations.followup import CarryOver, FollowUps
from assistant.embedding import Embedder
from assistant.llm.answerer import LlmAnswerer
from assistant.llm.condense import LlmCondenser
from assistant.llm.models import chat_model
from assistant.llm.prompts import load_prompt
from assistant.llm.support import SupportChecker
from assistant.retrieval.lexicon import Lexicon
from assistant.settings import Settings

_CHARS_PER_TOKEN = 4  # English, roughly; bounds the answer when a server ignores max tokens


def build_llm_parts(
    settings: Settings,
    embedder: Embedder,
    rules: CarryOver,
    lexicon: Lexicon,
) -> tuple[FollowUps, LlmAnswerer | None]:
    """The carry-over rules and no generator without an LLM; with one, the checked condense step and the answerer."""
    model = chat_model(settings)
    if model is None:
        return rules, None
    answerer = LlmAnswerer(
        model,
        load_prompt("answer", settings.prompts_dir),
        SupportChecker(embedder, settings.llm_min_overlap, settings.llm_min_similarity),
        settings.llm_min_kept,
        max_chars=_CHARS_PER_TOKEN * settings.llm_max_tokens,
        link_hosts=settings.llm_link_hosts,
    )
    if not settings.llm_condense:
        return rules, answerer
    return LlmCondenser(model, load_prompt("condense", settings.prompts_dir), rules, lexicon), answerer
