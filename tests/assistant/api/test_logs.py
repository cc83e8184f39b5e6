"""Conversation ids never reach the access log."""

from __future__ import annotations

import logging

from assistant.api.logs import RedactConversationIds, redact_access_log


def test_conversation_ids_are_taken_out_of_access_log_paths() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/api/conversations/8c1f0a9e2b3d4c5e?x=1", "1.1", 200),
        None,
    )
    assert RedactConversationIds().filter(record)
    message = record.getMessage()
    assert "8c1f0a9e2b3d4c5e" not in message and "/api/conversations/…" in message


def test_the_filter_is_installed_once() -> None:
    logger = logging.getLogger("test.access")
    redact_access_log(logger)
    redact_access_log(logger)
    assert sum(isinstance(f, RedactConversationIds) for f in logger.filters) == 1
