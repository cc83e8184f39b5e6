"""Security headers on every response; a Content-Security-Policy without inline script on HTML."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The pages load their own scripts and styles only; the API docs also load Swagger UI from its CDN.
_PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)
_DOCS_CDN = "https://cdn.jsdelivr.net"
_DOCS_POLICY = (
    f"default-src 'self'; script-src 'self' {_DOCS_CDN}; style-src 'self' {_DOCS_CDN}; "
    f"img-src 'self' data: https://fastapi.tiangolo.com; connect-src 'self'; object-src 'none'; base-uri 'none'"
)


class SecurityHeaders:
    """nosniff and a referrer policy everywhere; CSP with frame-ancestors on HTML (who may frame the
    officers' page is the council's choice: setting frame_ancestors)."""

    def __init__(self, app: ASGIApp, frame_ancestors: str = "'self'", docs_prefix: str = "/docs") -> None:
        self.app = app
        self.frame_ancestors = frame_ancestors
        self.docs_prefix = docs_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = _DOCS_POLICY if scope["path"].startswith(self.docs_prefix) else _PAGE_POLICY

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                if headers.get("content-type", "").startswith("text/html"):
                    headers["Content-Security-Policy"] = f"{policy}; frame-ancestors {self.frame_ancestors}"
            await send(message)

        await self.app(scope, receive, with_headers)
