"""The plan models of one index version, saved beside it as JSON and loaded with it."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ingest.plan.model import Plan, plan_from_data


def save_plans(path: Path, plans: dict[str, Plan]) -> None:
    """Write every plan model (by source file name), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {source: plan.to_data() for source, plan in sorted(plans.items())}
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False, encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
    os.replace(handle.name, path)


def load_plans(path: Path) -> dict[str, Plan]:
    """The plan models saved with a version (none for a version built before there were any)."""
    if not path.is_file():
        return {}
    return {source: plan_from_data(data) for source, data in json.loads(path.read_text("utf-8")).items()}
