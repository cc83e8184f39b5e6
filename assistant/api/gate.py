"""Refuse before reading: who is asking, and whether they may, is settled from the headers alone.

An unknown key (401), a caller over its rate limit (429) and anyone but an admin on the document
routes (403) are answered before a byte of the body is read, so an anonymous client cannot make the
server spool a large upload to disk. Reading a plan's original file (GET or HEAD of
/api/documents/{id}/file and .../file/link) is the one exception: the route itself decides who may see
it. The caller is kept in the request's state for the routes."""

from __future__ import annotations

import json
import re

from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.access import Caller, KeyRing, Role, UnknownKey
from assistant.api.limits import RateLimiter

_KEY_HEADER = b"x-api-key"
# Reading a plan's file: open to every caller (public plans are everyone's); the route checks who may
# see the plan. Reading methods only: no route reads their bodies, and every upload stays admin-only.
_FILE_READ = re.compile(r"^/api/documents/.+/file(?:/link)?$")
_READ_METHODS = ("GET", "HEAD")


class Gate:
    """Resolves the caller of every HTTP request; checks keys, rate limits and admin-only paths."""

    def __init__(
        self,
        app: ASGIApp,
        keys: KeyRing,
        ip_limiter: RateLimiter,
        key_limiter: RateLimiter,
        admin_prefix: str = "/api/documents",
        limited_prefixes: tuple[str, ...] = ("/api/", "/v1/"),
    ) -> None:
        self.app = app
        self.keys = keys
        self.ip_limiter = ip_limiter
        self.key_limiter = key_limiter
        self.admin_prefix = admin_prefix
        self.limited_prefixes = limited_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        limited = path.startswith(self.limited_prefixes)
        address = scope["client"][0] if scope.get("client") else "unknown"
        key = _header(scope, _KEY_HEADER)
        try:
            caller = self.keys.caller(key)
        except UnknownKey:
            if limited and await _over(self.ip_limiter, f"ip:{address}", send):
                return
            await refuse(send, 401, "unknown API key", [(b"www-authenticate", b"APIKey")])
            return
        if limited:
            limiter, bucket = (
                (self.key_limiter, caller.key_id)
                if caller.key_id and not caller.shared
                else (self.ip_limiter, f"ip:{address}")
            )
            if await _over(limiter, bucket or "", send):
                return
        if path.startswith(self.admin_prefix) and caller.role != Role.ADMIN and not _reads_a_file(scope):
            await refuse(send, 403, "this needs an admin key")
            return
        scope.setdefault("state", {})["caller"] = caller
        await self.app(scope, receive, send)


def _reads_a_file(scope: Scope) -> bool:
    return scope["method"] in _READ_METHODS and bool(_FILE_READ.match(scope["path"]))


def caller_of(scope: Scope) -> Caller | None:
    """The caller the gate resolved for this request."""
    return scope.get("state", {}).get("caller")


async def _over(limiter: RateLimiter, bucket: str, send: Send) -> bool:
    wait = limiter.take(bucket)
    if wait is None:
        return False
    await refuse(send, 429, f"too many requests; try again in {wait} seconds", [(b"retry-after", str(wait).encode())])
    return True


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


async def refuse(send: Send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A JSON error response in the API's shape, sent without reading the request body."""
    body = json.dumps({"message": message, "detail": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
