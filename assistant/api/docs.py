"""The interactive API docs (Swagger UI) without inline script, so the page keeps a strict CSP."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

router = APIRouter(include_in_schema=False)
_CDN = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5"
_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plan assistant API</title>
<link rel="stylesheet" href="{_CDN}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{_CDN}/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
"""
_INIT = """window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
});
"""


@router.get("/docs")
def swagger_page() -> HTMLResponse:
    return HTMLResponse(_PAGE)


@router.get("/docs/init.js")
def swagger_init() -> Response:
    return Response(_INIT, media_type="text/javascript")
