"""A Server-Sent Events parser that follows the WHATWG algorithm, as a browser's EventSource does."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class ServerEvent:
    event: str
    data: str


def parse(chunks: Iterable[str]) -> Iterator[ServerEvent]:
    """Events from a stream of text chunks, however the chunks cut the lines."""
    buffer = ""
    event, data = "", []
    for chunk in chunks:
        buffer += chunk
        *lines, buffer = re.split(r"\r\n|\n|\r", buffer)
        for line in lines:
            if line == "":
                if data:
                    yield ServerEvent(event or "message", "\n".join(data))
                event, data = "", []
                continue
            if line.startswith(":"):
                continue
            field, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if field == "event":
                event = value
            elif field == "data":
                data.append(value)
