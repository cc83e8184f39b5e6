"""The plan model: what a plan sets out, as records, each keeping the verbatim quotes it came from.

Built at ingest from the document structure (`ingest.model`) and the chunks cut from it; the reader
answers structure questions (priorities, targets, duties, governance, dates) from these records and
cites their quotes like any other evidence.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Literal

from ingest.documents import PlanMetadata

SectionKind = Literal["front", "contents", "body"]


@dataclass(frozen=True)
class Evidence:
    """A verbatim quote of one chunk: what a statement made from a record cites."""

    chunk_id: str
    quote: str
    page: int | None = None
    section: str | None = None


@dataclass(frozen=True)
class Section:
    """One heading of the outline: its path, depth and page, and whether it is front matter."""

    title: str
    path: str
    depth: int
    page: int | None
    kind: SectionKind = "body"


@dataclass(frozen=True)
class Priority:
    """A priority, theme or objective the plan is organised by, with what sits under it."""

    title: str
    evidence: Evidence
    label: str = ""  # "Priority A", "3", "Theme 2": as the plan numbers it
    section: str | None = None  # the section path its own content sits under, when it has one
    actions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Target:
    """An indicator or target: what is measured, the value aimed at, the baseline and the period."""

    measure: str
    evidence: Evidence
    target: str | None = None
    baseline: str | None = None
    period: str | None = None
    direction: str | None = None  # "reduce" | "increase" | "maintain"
    owner: str | None = None  # the body whose indicators the heading above says they are ("... Management Board")


@dataclass(frozen=True)
class Duty:
    """A statutory duty or legal basis: the Act (and section or regulations) and what it requires."""

    law: str
    evidence: Evidence
    section: str | None = None


@dataclass(frozen=True)
class Body:
    """A board, partnership or committee and what the plan says of it: chair, reporting, members."""

    ROLES: ClassVar[tuple[str, ...]] = ("chair", "reports_to", "oversees", "members", "scrutiny")

    name: str
    mentions: tuple[Evidence, ...] = ()
    chair: tuple[Evidence, ...] = ()
    reports_to: tuple[Evidence, ...] = ()
    oversees: tuple[Evidence, ...] = ()
    members: tuple[Evidence, ...] = ()
    scrutiny: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Commitment:
    """What the plan says will be done ("We will recruit 20 Hate Crime Champions by March 2024"), with by
    when and by whom when it says."""

    action: str
    evidence: Evidence
    by: str | None = None  # "by March 2024", "in 2017-18", "within the first 12 months"
    who: str | None = None  # "Lewisham Police", "we", "Refuge"
    section: str | None = None


@dataclass(frozen=True)
class KeyDate:
    """A date the plan states and what happened on it (approved, published, a meeting, a review)."""

    kind: str
    when: str
    evidence: Evidence


@dataclass(frozen=True)
class Signed:
    """A part of the plan that says who it is from: a foreword or welcome whose heading names its writer
    ("Foreword by the Chair of the Partnership"), or whose last lines sign it ("Cllr Jo Bell / Cabinet
    Member for Community Safety")."""

    part: str  # the part as its heading names it: "Foreword", "Hello & Welcome"
    who: str  # as the plan says it: "Co-chairs of the Partnership", "Cllr Jo Bell Cabinet Member for ..."
    evidence: tuple[Evidence, ...]  # the heading, or the lines of the signature


@dataclass(frozen=True)
class TableRow:
    """A row of a table: its cells in their columns ("" for an empty one), the label it starts with, and its
    quotes.

    `label` is the row's leading short cells ("Work Stream OBJECTIVES", "Lead Member"), "" when it has
    none. A row is quoted whole (`evidence` holds its one line); a row too long for one chunk was cut into
    its cells, so `evidence` quotes each cell, and its label is not in any quote (`split`)."""

    cells: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    label: str = ""
    split: bool = False


@dataclass(frozen=True)
class Table:
    """A table as printed: where it is, the row naming its columns (if it has one) and the rows under it."""

    section: str | None
    page: int | None
    rows: tuple[TableRow, ...]
    columns: TableRow | None = None
    front: bool = False  # a document-control or contents table
    lead_in: Evidence | None = None  # the paragraph before it in its section, which says what it shows


@dataclass(frozen=True)
class Plan:
    source: str
    title: str
    council: str
    doc_type: str
    period_start: int | None
    period_end: int | None
    date: str | None
    classification: str
    outline: tuple[Section, ...] = ()
    contents: tuple[Evidence, ...] = ()  # the lines of the contents page, in order
    priorities: tuple[Priority, ...] = ()
    priority_lead: Evidence | None = None  # the sentence that introduces the priorities, if any
    targets: tuple[Target, ...] = ()
    duties: tuple[Duty, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    bodies: tuple[Body, ...] = ()
    dates: tuple[KeyDate, ...] = ()
    signed: tuple[Signed, ...] = ()
    tables: tuple[Table, ...] = ()
    front_matter: tuple[str, ...] = field(default=())  # chunk ids that are contents or document control
    front_lines: tuple[tuple[str, str], ...] = ()  # (chunk id, line) of contents and document control

    @classmethod
    def of(cls, metadata: PlanMetadata, **records: Any) -> Plan:
        """A plan's model: its document's metadata (the same fields) and the records read from it."""
        return cls(**asdict(metadata), **records)

    def to_data(self) -> dict[str, Any]:
        return asdict(self)


def _evidence(data: dict[str, Any] | None) -> Evidence | None:
    return Evidence(**data) if data else None


def _many(data: list[dict[str, Any]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(**item) for item in data)


def plan_from_data(data: dict[str, Any]) -> Plan:
    """The inverse of `Plan.to_data` (JSON-safe)."""
    return Plan(
        source=data["source"],
        title=data["title"],
        council=data["council"],
        doc_type=data["doc_type"],
        period_start=data.get("period_start"),
        period_end=data.get("period_end"),
        date=data.get("date"),
        classification=data["classification"],
        outline=tuple(Section(**item) for item in data.get("outline", [])),
        contents=_many(data.get("contents", [])),
        priorities=tuple(
            Priority(
                title=item["title"],
                evidence=Evidence(**item["evidence"]),
                label=item.get("label", ""),
                section=item.get("section"),
                actions=_many(item.get("actions", [])),
            )
            for item in data.get("priorities", [])
        ),
        priority_lead=_evidence(data.get("priority_lead")),
        targets=tuple(Target(**{**item, "evidence": Evidence(**item["evidence"])}) for item in data.get("targets", [])),
        duties=tuple(Duty(**{**item, "evidence": Evidence(**item["evidence"])}) for item in data.get("duties", [])),
        commitments=tuple(
            Commitment(**{**item, "evidence": Evidence(**item["evidence"])}) for item in data.get("commitments", [])
        ),
        bodies=tuple(
            Body(name=item["name"], **{key: _many(value) for key, value in item.items() if key != "name"})
            for item in data.get("bodies", [])
        ),
        dates=tuple(
            KeyDate(item["kind"], item["when"], Evidence(**item["evidence"])) for item in data.get("dates", [])
        ),
        signed=tuple(Signed(item["part"], item["who"], _many(item["evidence"])) for item in data.get("signed", [])),
        tables=tuple(_table(item) for item in data.get("tables", [])),
        front_matter=tuple(data.get("front_matter", [])),
        front_lines=tuple((chunk_id, line) for chunk_id, line in data.get("front_lines", [])),
    )


def _row(data: dict[str, Any]) -> TableRow:
    return TableRow(tuple(data["cells"]), _many(data["evidence"]), data.get("label", ""), data.get("split", False))


def _table(data: dict[str, Any]) -> Table:
    columns = data.get("columns")
    return Table(
        section=data.get("section"),
        page=data.get("page"),
        rows=tuple(_row(row) for row in data.get("rows", [])),
        columns=_row(columns) if columns else None,
        front=data.get("front", False),
        lead_in=_evidence(data.get("lead_in")),
    )
