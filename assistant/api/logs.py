"""Access logs without conversation ids: a path like /api/conversations/<id> is logged without the id."""

from __future__ import annotations

import logging
import re

_CONVERSATION = re.compile(r"(/api/conversations/)[^/?\s]+")


class RedactConversationIds(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_CONVERSATION.sub(r"\1…", arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.msg, str):
            record.msg = _CONVERSATION.sub(r"\1…", record.msg)
        return True


def redact_access_log(logger: logging.Logger | None = None) -> None:
    """Install the filter on uvicorn's access log (once)."""
    target = logger or logging.getLogger("uvicorn.access")
    if not any(isinstance(existing, RedactConversationIds) for existing in target.filters):
        target.addFilter(RedactConversationIds())
