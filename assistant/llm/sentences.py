"""Cutting model output into sentences as it streams, and reading its [n] citation markers."""

from __future__ import annotations

import re

_GROUP = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_MARKER = re.compile(r"\[(\d+)\]")
# A sentence ends at a line break, or after . ! ? (and any closing quote and [n] markers) followed by
# space and a character that does not look like the rest of the same sentence ("e.g. the").
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s*$")  # "1. " opens a list item
_BOUNDARY = re.compile(r"\n+|(?<=[.!?])[\"')\]]*(?:\s*\[\d+\])*[ \t]+(?=[^\s\[a-z])")


def normalise_markers(text: str) -> str:
    """Write every citation as [n]: "[1, 2]" becomes "[1][2]"."""
    return _GROUP.sub(lambda match: "".join(f"[{n}]" for n in re.split(r"\s*[,;]\s*", match.group(1))), text)


def markers(text: str) -> list[int]:
    """The passage numbers a sentence cites, in order, each once."""
    return list(dict.fromkeys(int(n) for n in _MARKER.findall(normalise_markers(text))))


def strip_markers(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKER.sub("", normalise_markers(text))).strip()


class SentenceSplitter:
    """Feed streamed text; get back each sentence once it is complete, with its trailing space."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, text: str) -> list[str]:
        self._buffer += text
        pieces: list[str] = []
        start = 0
        for match in _BOUNDARY.finditer(self._buffer):
            if match.end() == len(self._buffer) and not match.group(0).startswith("\n"):
                break  # a space at the very end: the next token may still be a [n] marker
            if not match.group(0).startswith("\n") and _ENUMERATOR.match(self._buffer[start : match.end()]):
                continue  # "1. " starts a numbered item; the sentence goes on
            pieces.append(self._buffer[start : match.end()])
            start = match.end()
        self._buffer = self._buffer[start:]
        return pieces

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        return [rest] if rest.strip() else []
