"""The LLM behind the optional answerer: a LangChain chat model chosen by settings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from langchain_core.messages import BaseMessage

from assistant.settings import Settings


class ChatModel(Protocol):
    """What the answerer needs of a chat model (LangChain's BaseChatModel has both)."""

    def invoke(self, input: Sequence[BaseMessage], **kwargs: Any) -> BaseMessage: ...

    def stream(self, input: Sequence[BaseMessage], **kwargs: Any) -> Iterator[BaseMessage]: ...


def chat_model(settings: Settings) -> ChatModel | None:
    """None when `llm` is none; otherwise a client that never retries, so a failure falls back at once."""
    if settings.llm == "none":
        return None
    if settings.llm == "openai":
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            api_key=key,
            timeout=settings.llm_timeout,
            max_retries=0,
            stream_chunk_timeout=settings.llm_timeout,
            max_tokens=settings.llm_max_tokens,
            temperature=settings.llm_temperature,
        )
    from langchain_ollama import ChatOllama

    headers = {"Authorization": f"Bearer {settings.llm_api_key.get_secret_value()}"} if settings.llm_api_key else {}
    return ChatOllama(
        model=settings.llm_model,
        base_url=settings.llm_base_url,
        temperature=settings.llm_temperature,
        num_predict=settings.llm_max_tokens,
        client_kwargs={"timeout": settings.llm_timeout, "headers": headers},
    )
