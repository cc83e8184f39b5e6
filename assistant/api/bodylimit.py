"""Request bodies over a size limit get a 413 before the app reads them."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.gate import refuse


class LimitBody:
    """Bodies up to `limit` bytes; paths under `upload_prefix` (file uploads, which the gate lets only
    admins reach) up to `upload_limit`.

    A declared Content-Length over the limit is refused at once. A chunked body is read up to the
    limit and refused beyond it; uploads must declare their length (411 otherwise)."""

    def __init__(self, app: ASGIApp, limit: int, upload_limit: int, upload_prefix: str = "/api/documents") -> None:
        self.app = app
        self.limit = limit
        self.upload_limit = upload_limit
        self.upload_prefix = upload_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        upload = scope["path"].startswith(self.upload_prefix)
        limit = self.upload_limit if upload else self.limit
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                await refuse(send, 400, "Content-Length is not a number")
            elif int(length) > limit:
                await refuse(send, 413, _too_large(limit))
            else:
                await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b""):
            await self.app(scope, receive, send)
            return
        if upload:
            await refuse(send, 411, "uploads must declare their Content-Length")
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            body.extend(message.get("body", b""))
            more = message.get("more_body", False)
            if len(body) > limit:
                await refuse(send, 413, _too_large(limit))
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


def _too_large(limit: int) -> str:
    size = f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit / 1000:g} KB"
    return f"the request body is larger than the limit of {size}"
