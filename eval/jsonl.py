"""Question and message sets as JSON Lines: one record a line, each with a unique id."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


def read_set(path: Path | str, parse: Callable[[dict, str], T], error: type[Exception], noun: str) -> list[T]:
    """Every record of a set, parsed; raises `error` naming the file, or the first bad line ("file:line"). The
    path may be given as a string ("eval/sealed49/questions.jsonl")."""
    path = Path(path)
    if not path.is_file():
        raise error(f"{path}: no such file")
    items: list[T] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as problem:
            raise error(f"{where}: not valid JSON ({problem.msg})") from None
        item = parse(record, where)
        if item.id in seen:
            raise error(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise error(f"{path}: no {noun}")
    return items
