"""Links and images out of LLM text: an injected instruction must not make an answer load or point to
another site (an image URL can carry data away the moment a page renders it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)?|!\[[^\]]*\]\[[^\]]*\]")  # ![alt](url) and ![alt][ref]
_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")  # [text](url "title")
_HTML = re.compile(r"</?(?:img|a|iframe|script|style|object|embed|link|meta|source|video|audio)\b[^>]*>", re.I)
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)  # [ref]: https://...
_URL = re.compile(r"(?:(?:https?|ftp|data|javascript):|//|www\.)[^\s<>()\"']+", re.I)


def strip_links(text: str, allowed_hosts: Iterable[str] = ()) -> str:
    """Images and HTML tags go; links keep their words, and their address only if its host is allowed."""
    allowed = {host.lower().strip() for host in allowed_hosts if host.strip()}
    text = _IMAGE.sub("", text)
    text = _HTML.sub("", text)
    text = _REFERENCE.sub("", text)
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if _allowed(m.group(2), allowed) else m.group(1), text)
    text = _URL.sub(lambda m: m.group(0) if _allowed(m.group(0), allowed) else "", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def inert_links(text: str, allowed_hosts: Iterable[str] = ()) -> str:
    """The same characters, but an address outside the allowed hosts in a code span, so a markdown
    client shows it as text instead of linking it (quotes stay word for word)."""
    allowed = {host.lower().strip() for host in allowed_hosts if host.strip()}
    return _URL.sub(lambda m: m.group(0) if _allowed(m.group(0), allowed) else f"`{m.group(0)}`", text)


def _allowed(url: str, allowed: set[str]) -> bool:
    if not allowed:
        return False
    target = url if "://" in url else f"https://{url.lstrip('/')}"
    parts = urlsplit(target)
    host = (parts.hostname or "").lower()
    return parts.scheme in ("http", "https") and any(host == a or host.endswith(f".{a}") for a in allowed)
