"""A plan model as plain text for the terminal: the outline as a tree, then each record with its quote."""

from __future__ import annotations

from assistant.api.schemas import CitationOut, PlanDetail

_INDENT = "  "


def plan_text(plan: PlanDetail) -> str:
    """The plan's outline, priorities, targets, duties, commitments, governance, dates, who its parts are from and
    its tables, each with its quote and page."""
    period = "-".join(str(year) for year in (plan.period_start, plan.period_end) if year is not None)
    facts = [plan.council, plan.doc_type, period, plan.date or "", plan.classification, plan.id]
    lines = [plan.title, " · ".join(fact for fact in facts if fact)]
    lines += _part("Outline", [_section(s.title, s.depth, s.page, s.kind) for s in plan.outline])
    lines += _part("Contents page", [f"{_INDENT}{_said(line)}" for line in plan.contents])
    priorities: list[str] = []
    if plan.priority_lead:
        priorities += _quoted(plan.priority_lead, 1)
    for priority in plan.priorities:
        name = _named(priority.label, priority.title)
        priorities += [f"{_INDENT}{name}{_page(priority.citation)}", *_quoted(priority.citation, 2, name)]
        priorities += [f"{_INDENT * 2}- {_said(action)}" for action in priority.actions]
    lines += _part("Priorities", priorities)
    targets: list[str] = []
    for target in plan.targets:
        line = target.measure.rstrip(" .:;")
        if target.target:
            line += f": target {target.target}"
        details = [
            f"baseline {target.baseline}" if target.baseline else "",
            target.period or "",
            f"owner: {target.owner}" if target.owner else "",
        ]
        if any(details):
            line += f" ({', '.join(detail for detail in details if detail)})"
        targets += [f"{_INDENT}{line}{_page(target.citation)}", *_quoted(target.citation, 2, target.measure)]
    lines += _part("Targets", targets)
    duties: list[str] = []
    for duty in plan.duties:
        law = f"{duty.law}, section {duty.section}" if duty.section else duty.law
        duties += [f"{_INDENT}{law}{_page(duty.citation)}", *_quoted(duty.citation, 2)]
    lines += _part("Statutory duties", duties)
    commitments: list[str] = []
    for commitment in plan.commitments:
        said = ", ".join(part for part in (commitment.who or "", commitment.by or "") if part)
        commitments.append(f"{_INDENT}{_said(commitment.citation)}" + (f" [{said}]" if said else ""))
    lines += _part("Commitments", commitments)
    governance: list[str] = []
    for body in plan.bodies:
        governance.append(f"{_INDENT}{body.name} (named in {body.mentioned} passage{'s' * (body.mentioned != 1)})")
        for role, said in (
            ("chair", body.chair),
            ("reports to", body.reports_to),
            ("oversees", body.oversees),
            ("members", body.members),
            ("scrutiny", body.scrutiny),
        ):
            governance += [f"{_INDENT * 2}{role}: {_said(citation)}" for citation in said]
    lines += _part("Governance", governance)
    lines += _part("Key dates", [f"{_INDENT}{date.kind} {date.when}: {_said(date.citation)}" for date in plan.dates])
    signed = [
        f"{_INDENT}{item.part}: {' / '.join(_said(citation) for citation in item.citations)}" for item in plan.signed
    ]
    lines += _part("Signed", signed)
    tables: list[str] = []
    for table in plan.tables:
        where = f"{table.section or '(no section)'}" + (" [front]" if table.kind == "front" else "")
        tables.append(f"{_INDENT}{where}" + (f" (p. {table.page})" if table.page is not None else ""))
        if table.columns is not None:
            tables.append(f"{_INDENT * 2}columns: {' | '.join(cell for cell in table.columns.cells if cell)}")
        tables += [f"{_INDENT * 2}- {' / '.join(_said(citation) for citation in row.citations)}" for row in table.rows]
    lines += _part("Tables", tables)
    return "\n".join(lines)


def _named(label: str, title: str) -> str:
    """As the plan numbers it: "Priority A: Violence", "3. Safe streets"; the title alone when unnumbered."""
    if not label:
        return title
    return f"{label}. {title}" if label.isdigit() else f"{label}: {title}"


def _part(heading: str, lines: list[str]) -> list[str]:
    return ["", heading, *(lines or [f"{_INDENT}(none found)"])]


def _section(title: str, depth: int, page: int | None, kind: str) -> str:
    note = f" [{kind}]" if kind != "body" else ""
    return f"{_INDENT * (depth + 1)}{title}{note}" + (f" (p. {page})" if page is not None else "")


def _page(citation: CitationOut) -> str:
    page = citation.page_label or (str(citation.page) if citation.page is not None else None)
    return f" (p. {page})" if page else ""


def _quoted(citation: CitationOut, depth: int, shown: str = "") -> list[str]:
    """The quote on its own line; nothing when the line above already shows those very words."""
    if _bare(citation.quote) == _bare(shown):
        return []
    return [f'{_INDENT * depth}"{citation.quote}"']


def _bare(text: str) -> str:
    return " ".join(text.split()).rstrip(" .:;").casefold()


def _said(citation: CitationOut) -> str:
    return f'"{citation.quote}"{_page(citation)}'
