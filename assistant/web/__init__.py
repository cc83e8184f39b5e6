"""The officers' chat page (/) and the residents' widget (/widget.js): plain HTML, CSS and JavaScript."""

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
