"""A corpus of many plans for the scale benchmark, made from the bundled plans.

Each generated plan is one of the bundled plans under an invented council's name and shifted years,
with a few of its blocks (paragraphs, lists, tables: text between blank lines) dropped and a few
taken from another bundled plan (under the same invented name) put in, so every document is
different while reading like a real plan. The bundled plans themselves are kept, so the evaluation's
questions still have their answers among hundreds of look-alikes.

    python -m eval.scale --plans 1000 --out corpus-1000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
# Invented place names: first part + second part (none is a UK council's name).
_FIRST = [
    "Ash",
    "Bram",
    "Carr",
    "Dun",
    "Elm",
    "Fen",
    "Gil",
    "Hart",
    "Ives",
    "Kel",
    "Lang",
    "Mar",
    "Nor",
    "Oak",
    "Pen",
    "Quar",
    "Ros",
    "Shel",
    "Thorn",
    "Ul",
    "Ver",
    "Wick",
    "Yar",
    "Alder",
    "Birch",
    "Cold",
    "Dray",
    "Ember",
    "Frith",
    "Glen",
    "Holl",
    "Ink",
    "Jess",
    "Kirk",
    "Lind",
    "Mere",
    "Nant",
    "Orr",
    "Pell",
    "Rush",
]
_SECOND = [
    "bury",
    "ford",
    "ham",
    "ley",
    "mouth",
    "stead",
    "ton",
    "wick",
    "worth",
    "by",
    "dale",
    "field",
    "gate",
    "hurst",
    "more",
    "port",
    "vale",
    "well",
]
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)(?:(\s?[-/–]\s?)(\d{2}|\d{4}))?\b")


@dataclass(frozen=True)
class Source:
    name: str
    text: str
    meta: dict[str, object]

    @property
    def council(self) -> str:
        return str(self.meta["council"])


_SIDES = ("North", "South", "East", "West", "Upper", "Lower", "Great", "Little")


def council_names(count: int, seed: int = 0) -> list[str]:
    """`count` distinct invented names: "Ashford"-like first, then "East Ashford"-like."""
    names = [first + second for first in _FIRST for second in _SECOND]
    random.Random(seed).shuffle(names)
    names += [f"{side} {name}" for side in _SIDES for name in names]
    if count > len(names):
        raise ValueError(f"at most {len(names)} invented councils")
    return names[:count]


def load_sources(folder: Path = CORPUS) -> list[Source]:
    sources = []
    for path in sorted(folder.glob("*.txt")):
        meta_path = path.with_name(path.name + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        if meta.get("council"):
            sources.append(Source(path.name, path.read_text(encoding="utf-8"), meta))
    return sources


def rename(text: str, council: str, name: str) -> str:
    """The council's name (whole words) replaced by the invented one."""
    return re.sub(rf"\b{re.escape(council)}\b", name, text)


def shift_years(text: str, years: int) -> str:
    """Every year (and year range: 2017-20, 2015/2016) moved by `years`."""

    def moved(match: re.Match[str]) -> str:
        start = int(match.group(1)) + years
        end = match.group(3)
        if not end or (len(end) == 2 and int(end) <= int(match.group(1)) % 100):  # no range: a date's month
            return str(start) + match.group(0)[4:]
        end_year = (int(end) if len(end) == 4 else int(match.group(1)[:2] + end)) + years
        return f"{start}{match.group(2)}{end_year if len(end) == 4 else f'{end_year % 100:02d}'}"

    return _YEAR.sub(moved, text)


def blocks(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text) if block.strip()]


def generate_plan(base: Source, other: Source, name: str, years: int, rng: random.Random) -> tuple[str, dict]:
    """One plan: base under `name` and shifted years, some blocks dropped and some of `other` put in."""
    own = blocks(base.text)
    keep_head = min(6, len(own))  # the title page and contents stay first
    body = own[keep_head:]
    for _ in range(min(len(body) // 10, 4)):
        body.pop(rng.randrange(len(body)))
    borrowed = blocks(rename(other.text, other.council, base.council))
    for _ in range(rng.randint(1, 3)):
        if borrowed:
            start = rng.randrange(len(borrowed))
            body.insert(rng.randrange(len(body) + 1), "\n\n".join(borrowed[start : start + rng.randint(1, 3)]))
    text = shift_years(rename("\n\n".join(own[:keep_head] + body), base.council, name), years)
    meta = dict(base.meta)
    meta["council"] = name
    meta["title"] = shift_years(rename(str(base.meta.get("title", "")), base.council, name), years)
    for key in ("period_start", "period_end"):
        if isinstance(meta.get(key), int):
            meta[key] = int(meta[key]) + years  # type: ignore[call-overload]
    if isinstance(meta.get("date"), str):
        date = str(meta["date"])
        meta["date"] = f"{int(date[:4]) + years}{date[4:]}"
    meta["classification"] = "public"
    return text + "\n", meta


def generate(plans: int, out: Path, seed: int = 0, folder: Path = CORPUS) -> list[Path]:
    """`plans` plan files in out: the bundled plans, then generated ones; returns the files written."""
    sources = load_sources(folder)
    if plans < len(sources):
        raise ValueError(f"at least {len(sources)} plans (the bundled ones are always included)")
    final, out = out, out.with_name(out.name + ".part")  # written aside, then renamed: never half a corpus
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written = []
    for source in sources:
        shutil.copy(folder / source.name, out / source.name)
        shutil.copy(folder / f"{source.name}.meta.json", out / f"{source.name}.meta.json")
        written.append(out / source.name)
    rng = random.Random(seed)
    for number, name in enumerate(council_names(plans - len(sources), seed)):
        base = sources[number % len(sources)]
        other = rng.choice([source for source in sources if source is not base])
        text, meta = generate_plan(base, other, name, rng.randint(-8, 6), rng)
        slug = re.sub(r"[^a-z0-9]+", "-", str(meta["title"]).lower()).strip("-")[:70]
        path = out / f"{slug}.txt"
        path.write_text(text, encoding="utf-8")
        (out / f"{slug}.txt.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        written.append(path)
    if final.exists():
        shutil.rmtree(final)
    out.rename(final)
    return [final / path.name for path in written]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    arguments = parser.parse_args(argv)
    written = generate(arguments.plans, arguments.out, arguments.seed)
    print(f"{len(written)} plans in {arguments.out}")


if __name__ == "__main__":
    main()
