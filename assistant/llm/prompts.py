"""Prompt templates as files in `prompts/`, loaded by name and checked against their declared variables."""

from __future__ import annotations

import re
from pathlib import Path

from langchain_core.prompts import ChatPromptTemplate

_PARTS = re.compile(r"^\[(system|user)\]\s*$", re.M)


class PromptError(ValueError):
    """A prompt file that is missing, malformed, or uses other variables than it declares."""


def load_prompt(name: str, folder: Path) -> ChatPromptTemplate:
    """`<folder>/<name>.md`: a `variables:` line, then `[system]` and `[user]` parts."""
    path = folder / f"{name}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PromptError(f"prompt {name!r}: cannot read {path}: {error.strerror}") from error
    first, _, body = text.partition("\n")
    if not first.startswith("variables:"):
        raise PromptError(f"prompt {name!r}: the first line must be 'variables: a, b' ({path})")
    declared = {item.strip() for item in first.removeprefix("variables:").split(",") if item.strip()}
    pieces = _PARTS.split(body)
    parts = dict(zip(pieces[1::2], (piece.strip() for piece in pieces[2::2]), strict=True))
    if set(parts) != {"system", "user"} or len(pieces) != 5:
        raise PromptError(f"prompt {name!r}: needs one [system] part and one [user] part ({path})")
    template = ChatPromptTemplate.from_messages([("system", parts["system"]), ("human", parts["user"])])
    used = set(template.input_variables)
    if used != declared:
        raise PromptError(
            f"prompt {name!r}: declares {sorted(declared)} but uses {sorted(used)} ({path})",
        )
    return template
