"""The plan model over HTTP: each plan's outline and contents page, priorities, targets, duties, commitments,
governance, dates, who its parts are from, and its tables row by row.

Every record is shown with the verbatim quote it was read from, as a citation (page and link to the
file), so an officer can check it against the plan. A record whose quote cannot be found in its
indexed passage is left out rather than shown unsupported. Plans follow the same rule as their
files: public ones for everyone, internal ones for officers and admins, and to anyone else the same
404 as for a plan that does not exist."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Literal

from fastapi import APIRouter, HTTPException

from assistant.answer import Citation
from assistant.api.deps import AssistantDep, CallerDep
from assistant.api.schemas import (
    BodyOut,
    CitationOut,
    CommitmentOut,
    DutyOut,
    KeyDateOut,
    PlanCounts,
    PlanDetail,
    PlanList,
    PlanSummary,
    PriorityOut,
    SectionOut,
    SignedOut,
    TableOut,
    TableRowOut,
    TargetOut,
    error_responses,
)
from assistant.retrieval.index import SearchIndex
from ingest.documents import Chunk, PlanMetadata
from ingest.plan import Body, Evidence, Plan, Table, TableRow

router = APIRouter(prefix="/api/plans", tags=["Plans"])
_ERRORS = error_responses((404, "No such plan, or not one you may see."))
MENTIONS = 3  # passages naming a body shown with it: the rest are only counted


@router.get("", response_model=PlanList)
def list_plans(caller: CallerDep, assistant: AssistantDep) -> PlanList:
    """The plans you may see, with how many priorities, targets, duties, commitments, bodies and dates each
    sets out."""
    visible = assistant.sources(caller.classifications)
    index = assistant.index
    plans = [
        PlanSummary(**_metadata(index, plan), counts=_counts(plan, _Citer(index.chunks, source)))
        for source, plan in index.plans.items()
        if source in visible
    ]
    return PlanList(plans=sorted(plans, key=lambda plan: (plan.council, plan.period_start or 0, plan.id)))


@router.get("/{plan_id}", response_model=PlanDetail, responses=_ERRORS)
def get_plan(plan_id: str, caller: CallerDep, assistant: AssistantDep) -> PlanDetail:
    """One plan's model: its outline, priorities (with their actions), targets, statutory duties,
    commitments, governance and key dates, each record with its quote, page and a link to the file."""
    if plan_id not in assistant.index.plans or plan_id not in assistant.sources(caller.classifications):
        raise HTTPException(404, f"no plan {plan_id}")
    return plan_detail(assistant.index, plan_id)


def plan_detail(index: SearchIndex, source: str) -> PlanDetail:
    """The plan model of one indexed plan, every record cited; its metadata as the index has it now."""
    plan = index.plans[source]
    cite = _Citer(index.chunks, source)
    contents = cite.all(plan.contents)  # numbered first: they come first in the plan
    lead = cite.one(plan.priority_lead)  # then this: it introduces the priorities
    priorities = [
        PriorityOut(
            label=priority.label,
            title=priority.title,
            section=priority.section,
            citation=citation,
            actions=cite.all(priority.actions),
        )
        for priority in plan.priorities
        if (citation := cite.one(priority.evidence))
    ]
    targets = [
        TargetOut(
            measure=target.measure,
            target=target.target,
            baseline=target.baseline,
            period=target.period,
            direction=target.direction,
            owner=target.owner,
            citation=citation,
        )
        for target in plan.targets
        if (citation := cite.one(target.evidence))
    ]
    duties = [
        DutyOut(law=duty.law, section=duty.section, citation=citation)
        for duty in plan.duties
        if (citation := cite.one(duty.evidence))
    ]
    commitments = [
        CommitmentOut(
            action=commitment.action, by=commitment.by, who=commitment.who, section=commitment.section, citation=said
        )
        for commitment in plan.commitments
        if (said := cite.one(commitment.evidence))
    ]
    bodies = [body for body in (_body(cite, item) for item in plan.bodies) if body is not None]
    dates = [
        KeyDateOut(kind=date.kind, when=date.when, citation=citation)
        for date in plan.dates
        if (citation := cite.one(date.evidence))
    ]
    signed = [
        SignedOut(part=item.part, who=item.who, citations=said)
        for item in plan.signed
        if (said := cite.all(item.evidence)) and len(said) == len(item.evidence)
    ]
    tables = [table for table in (_table(cite, item) for item in plan.tables) if table is not None]
    outline = [SectionOut(title=s.title, path=s.path, depth=s.depth, page=s.page, kind=s.kind) for s in plan.outline]
    return PlanDetail(
        **_metadata(index, plan),
        counts=_counts(plan, _Citer(index.chunks, source)),
        outline=outline,
        contents=contents,
        priority_lead=lead,
        priorities=priorities,
        targets=targets,
        duties=duties,
        commitments=commitments,
        bodies=bodies,
        dates=dates,
        signed=signed,
        tables=tables,
    )


def _metadata(index: SearchIndex, plan: Plan) -> dict[str, object]:
    """What the index says of the plan now (so a change of classification or title shows at once)."""
    known: PlanMetadata | Plan = index.documents.get(plan.source) or plan
    names = [field.name for field in fields(PlanMetadata) if field.name != "source"]
    return {"id": plan.source, **{name: getattr(known, name) for name in names}}


def _counts(plan: Plan, cite: _Citer) -> PlanCounts:
    """How many records plan_detail shows (those it can cite), without building their citations."""
    roles = ("mentions", *Body.ROLES)
    return PlanCounts(
        sections=len(plan.outline),
        priorities=sum(cite.holds(priority.evidence) for priority in plan.priorities),
        targets=sum(cite.holds(target.evidence) for target in plan.targets),
        duties=sum(cite.holds(duty.evidence) for duty in plan.duties),
        commitments=sum(cite.holds(commitment.evidence) for commitment in plan.commitments),
        bodies=sum(any(cite.holds(e) for role in roles for e in getattr(body, role)) for body in plan.bodies),
        dates=sum(cite.holds(date.evidence) for date in plan.dates),
        signed=sum(all(cite.holds(e) for e in item.evidence) for item in plan.signed),
        tables=sum(any(all(cite.holds(e) for e in row.evidence) for row in table.rows) for table in plan.tables),
    )


def _table(cite: _Citer, table: Table) -> TableOut | None:
    """A table with the rows that can be cited (a row cut into cells, with every cell cited); None without any."""
    columns = _row(cite, table.columns) if table.columns is not None else None
    rows = [row for row in (_row(cite, item) for item in table.rows) if row is not None]
    if not rows:
        return None
    kind: Literal["front", "body"] = "front" if table.front else "body"
    return TableOut(section=table.section, page=table.page, columns=columns, rows=rows, kind=kind)


def _row(cite: _Citer, row: TableRow) -> TableRowOut | None:
    if not all(cite.holds(evidence) for evidence in row.evidence):
        return None
    return TableRowOut(label=row.label, cells=list(row.cells), citations=cite.all(row.evidence))


def _body(cite: _Citer, body: Body) -> BodyOut | None:
    """A body with what the plan says of it; None when none of its quotes can be cited."""
    roles = {role: cite.all(getattr(body, role)) for role in Body.ROLES}
    mentions = [item for item in body.mentions if cite.holds(item)]
    if not mentions and not any(roles.values()):
        return None
    return BodyOut(name=body.name, **roles, mentions=cite.all(mentions[:MENTIONS]), mentioned=len(mentions))


class _Citer:
    """Numbers a plan's citations in order; evidence that is not a verbatim quote of one of the plan's
    indexed passages is skipped."""

    def __init__(self, chunks: dict[str, Chunk], source: str) -> None:
        self._chunks = chunks
        self._source = source
        self._n = 0

    def holds(self, evidence: Evidence) -> bool:
        """Whether the quote is in the passage it names, and that passage is this plan's."""
        chunk = self._chunks.get(evidence.chunk_id)
        return (
            chunk is not None
            and chunk.metadata.source == self._source
            and bool(evidence.quote.strip())
            and evidence.quote in chunk.text
        )

    def one(self, evidence: Evidence | None) -> CitationOut | None:
        if evidence is None or not self.holds(evidence):
            return None
        self._n += 1
        return CitationOut.of(Citation.of(self._n, self._chunks[evidence.chunk_id], evidence.quote))

    def all(self, evidence: Iterable[Evidence]) -> list[CitationOut]:
        return [citation for item in evidence if (citation := self.one(item))]
