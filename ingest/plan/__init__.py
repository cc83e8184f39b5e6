"""The plan model: priorities, targets, duties, commitments, governance and dates, each record citing its quotes."""

from ingest.plan.build import build_plan
from ingest.plan.model import (
    Body,
    Commitment,
    Duty,
    Evidence,
    KeyDate,
    Plan,
    Priority,
    Section,
    Signed,
    Table,
    TableRow,
    Target,
    plan_from_data,
)

__all__ = [
    "Body",
    "Commitment",
    "Duty",
    "Evidence",
    "KeyDate",
    "Plan",
    "Priority",
    "Section",
    "Signed",
    "Table",
    "TableRow",
    "Target",
    "build_plan",
    "plan_from_data",
]
