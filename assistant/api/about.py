"""GET /api/about: what this assistant is, what it answers from, its limits, and what it keeps."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant import __version__
from assistant.access import Role
from assistant.api.deps import AssistantDep, CallerDep, SettingsDep
from assistant.settings import Settings

router = APIRouter(tags=["About"])


class PlanOut(BaseModel):
    id: str = Field(..., description="Use in a chat request's `plans` to answer from this plan only.")
    title: str
    council: str
    doc_type: str
    period: str | None


class Storage(BaseModel):
    conversations: str
    retention_days: float = Field(..., description="0 means nothing you type is stored.")
    logs: str


class About(BaseModel):
    name: str
    version: str
    statement: str = Field(..., description="Show this to users: it is an AI assistant, and what it answers from.")
    answerer: str = Field(..., description="extractive (quotes the plans; no language model) or llm.")
    role: str = Field(..., description="Your role: public, officer or admin.")
    plans: list[PlanOut] = Field(..., description="The plans your answers can come from.")
    limits: list[str]
    storage: Storage


@router.get("/api/about", response_model=About)
def about(assistant: AssistantDep, settings: SettingsDep, caller: CallerDep) -> About:
    visible = assistant.sources(caller.classifications)
    plans = sorted(
        (meta for meta in assistant.index.documents.values() if meta.source in visible),
        key=lambda meta: (meta.council, meta.period_start or 0),
    )
    which = "published council plans" if caller.role == Role.PUBLIC else "published and internal council plans"
    return About(
        name="Plan assistant",
        version=__version__,
        statement=(
            f"This is an AI assistant, not a person. It answers questions from the {which} listed here, "
            "quoting the plans' own words with a reference to the document and page or section for each point."
        ),
        answerer="extractive" if settings.llm == "none" else "llm",
        role=caller.role.value,
        plans=[
            PlanOut(id=m.source, title=m.title, council=m.council, doc_type=m.doc_type, period=m.period) for m in plans
        ],
        limits=_limits(settings),
        storage=_storage(settings),
    )


def _limits(settings: Settings) -> list[str]:
    limits = [
        "It only knows what these plans say: nothing newer, and no other council data or news.",
        "If the plans do not cover a question, it says so rather than guess.",
        "It can miss a relevant passage or quote a less relevant one: check the quoted words and the plan "
        "before relying on an answer.",
        "It cannot give advice, take reports or act for you. It is not for emergencies: call 999, "
        "or 101 to report a crime that is not an emergency.",
        "Please do not type personal details.",
    ]
    if settings.llm != "none":
        limits.insert(
            1,
            "Answers are written by a language model; every sentence is checked against the quoted passages "
            "and removed if they do not support it, but a checked sentence can still be worded imperfectly.",
        )
    return limits


def _storage(settings: Settings) -> Storage:
    days = settings.conversation_retention_days
    if days > 0:
        kept = (
            f"Your questions and the answers are kept for {days:g} days after your last message, so follow-up "
            "questions work; then they are deleted. You can delete a conversation sooner "
            "(DELETE /api/conversations/{id})."
        )
    else:
        kept = "Nothing you type is stored: each question is answered on its own and then forgotten."
    return Storage(
        conversations=kept,
        retention_days=days,
        logs="Server logs record each request's time, path and status, never the text of your messages. "
        "Client addresses are held in memory for rate limiting only.",
    )
