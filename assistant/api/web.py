"""The officers' page at / and the residents' widget script at /widget.js."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse

from assistant.web import STATIC

router = APIRouter(include_in_schema=False)


@router.api_route("/", methods=["GET", "HEAD"])
def officers_page() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html", headers={"Cache-Control": "no-cache"})


@router.api_route("/widget.js", methods=["GET", "HEAD"])
def widget_script() -> FileResponse:
    """One script tag on a council page adds the widget; it may be loaded from any origin."""
    return FileResponse(
        STATIC / "widget.js",
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=300", "Cross-Origin-Resource-Policy": "cross-origin"},
    )
