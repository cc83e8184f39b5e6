"""Questions about a table's layout, answered from the plan model's tables: the names of its columns, the
labels of its rows, which row holds something, and the rows it starts or ends with.

"What are the column headings of the outcomes table?" is answered by the row that names the columns, not
by a passage that shares the word "outcomes"; "the rows are called ASPECT, OBJECTIVES and FOCUS: what is
the row for actions called?" by the rows' labels."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from assistant.answering.evidence import Unit, quoted_unit
from assistant.answering.extractive import Draft, Point
from assistant.answering.question import LAYOUT_WORDS, Question, asking_clause
from assistant.retrieval.terms import terms
from ingest.documents import Chunk
from ingest.plan import Evidence, Plan, Table, TableRow
from ingest.plan.outline import CONTROL_LABELS
from ingest.text import split_sentences

Asked = Literal["columns", "rows", "which row", "first", "last", "nth"]

_NAMING = r"(?:head(?:ing|ings|ed|ers?)|called|named|titled?|titles|labell?ed|labels?)"
_TABLE = re.compile(r"\b(?:tables?|grids?|matri(?:x|ces))\b", re.I)
_NEAR = r"(?:\s+[\w'’()/-]+){0,3}?\s+"  # a few words, no punctuation between: said of the same thing
_COLUMNS = re.compile(
    rf"\bcolumns?{_NEAR}{_NAMING}\b|\b{_NAMING}{_NEAR}(?:the |its )?columns\b|\bwhat (?:are|were) (?:the|its) "
    r"(?:\w+ )?columns\b|\beach column\b|\bcolumns? (?:years|dates|months)\b|\b(?:table|grid)s? (?:is |are )?headed\b|"
    # "laid out in which two columns?", "what columns does it have?"
    r"\b(?:which|what) (?:two |three |four |five |\d )?columns\b(?=\s*(?:\?|$|[-–—,;:]|(?:does|do|did|has|have)\b))|"
    # the years a table sets side by side are its column headings: "the crime table compares which two years?"
    r"\b(?:table|grid)\b[^?.;]*\bcompar\w*\b[^?.;]*\b(?:years?|periods?|months?|quarters?)\b|"
    r"\b(?:years?|periods?|months?|quarters?)\b[^?.;]*\b(?:table|grid)\b[^?.;]*\bcompar\w*\b",
    re.I,
)
_ROWS = re.compile(
    rf"\brows{_NEAR}{_NAMING}\b|\b{_NAMING}{_NEAR}(?:the |its )?rows\b|"
    # "the row labels", "the left-hand column says ASPECT, then what?", "what is written down the left?"
    r"\brow (?:labels|names|headings|titles)\b|\bleft[- ]hand column\b|\bdown the left\b|"
    r"\bwhat (?:other )?rows\b|\brows (?:does|do|did)\b|"
    rf"\brow for\b[^?.;]*\b{_NAMING}\b|\brows? for\b[^?]*\bwhat else\b|\bwhat else\b[^?]*\brows?\b|"
    r"\bwhat (?:else )?(?:does|do) (?:[\w'’]+ ){0,4}?(?:table|grid) (?:record|cover|list|hold)s?\b",
    re.I,
)
_WHICH_ROW = re.compile(
    r"\bwhich rows?\b[^?.;]*\b(?:holds?|has|have|contains?|lists?|gives?|covers?|is for|are for)\b|"
    r"\bwhat rows? (?:holds?|has|have|contains?|lists?|gives?)\b",
    re.I,
)
# the rows a table starts or ends with (in lower case: "Mile End" is a place)
_FIRST = re.compile(
    r"\b(?:starts?|starting|begins?|beginning|opens?|opening) (?:\w+ ){0,3}?with\b|\b(?:first|top) (?:\w+ )?"
    r"(?:rows?|lines?|entry|entries)\b"
)
_LAST = re.compile(
    r"\b(?:ends?|ending|closes?|closing|finish(?:es)?) (?:\w+ ){0,4}?with\b|\b(?:last|final|bottom) (?:\w+ )?"
    r"(?:rows?|lines?|entry|entries)\b|\bat the bottom\b"
)
_LAST_TABLE = re.compile(r"\b(?:last|final|closing) (?:[\w/'’-]+ ){0,2}(?:table|grid)\b", re.I)
_FIRST_TABLE = re.compile(r"\bfirst (?:[\w/'’-]+ ){0,2}(?:table|grid)\b", re.I)
_ORDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_ORDINALS |= {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_PLACE = r"(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})"
_NTH = re.compile(rf"\brows? ({_PLACE})(?:(?:,| and| to|-|–) ?({_PLACE}))?\b", re.I)
_COUNT = {"two": 2, "couple": 2, "pair": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_COUNT_SAID = re.compile(r"\b(two|three|four|five|couple|pair|both)\b", re.I)
_LAYOUT = frozenset(term for word in LAYOUT_WORDS for term in terms(word))
# words that say how the question asks about the table, not which table or row
_ASKING_WORDS = (
    "what which call called name named title headed heading row column first last final start end close closes "
    "ends starts begins top bottom exact exactly word else other besides each every record couple two three four "
    "five pair both hold holds line lines entry entries label labelled"
)
_ASKING = frozenset(term for word in _ASKING_WORDS.split() for term in terms(word))
_OPENING_WORDS = 12  # a cut row is cited by the opening words of its first cell
_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,3}", re.I)  # a contents line ends in one ("Introduction | 3")
_ASKING_ALONE = 4  # words of a clause that asks a whole question by itself
_ASKERS_OWN = re.compile(r"\b(?:I|I'm|I’m|my|me|we|our|us)\b", re.I)
_MAX_ROWS = 12  # labels of a longer table are not a brief answer
_LABEL_ROW = 60  # a row of one short cell across the table is a label of the rows under it
_ONE_WORD_HEADING = 6  # a column heading of one word shorter than this ("No.", "Date") is no name to ask by


@dataclass(frozen=True)
class TableAsk:
    asked: Asked
    count: int = 0  # how many rows, for the first or last rows; 0 when not said
    places: tuple[int, ...] = ()  # the rows asked by their place ("rows four and five"), counting from 1


def table_asked(question: Question) -> TableAsk | None:
    """What a question asks of a table's layout, if it asks about one. What it asks is read from the clause that
    asks ("The table in my copy lost its column headings. How did burglary change?" asks no column's name);
    the table it asks about may be named before ("I'm on the table on page 5. What rows does it have?")."""
    tabled = bool(_TABLE.search(question.text))
    asking = asking_clause(question.text)
    told = question.text.replace(asking, " ") if asking else ""
    # what is told of the asker's own copy is no part of the question ("... ends with a background documents
    # table. Under 'Held At', ...?" and "... rows called ASPECT and FOCUS. What else?" ask with all of it)
    text = asking if len(asking.split()) >= _ASKING_ALONE and _ASKERS_OWN.search(told) else question.text
    if tabled and _ROWS.search(text):  # (not "drunken rows outside kebab shops")
        return TableAsk("rows")
    if _COLUMNS.search(text):
        return TableAsk("columns")
    if not tabled:
        return None
    if _WHICH_ROW.search(text):
        return TableAsk("which row")
    nth = _NTH.search(text)
    if nth:
        places = [_place(said) for said in nth.groups() if said]
        if nth.group(2) and re.search(r"\bto|-|–", nth.group(0)):  # "rows 2 to 4"
            places = list(range(places[0], places[-1] + 1))
        return TableAsk("nth", places=tuple(places))
    counted = _COUNT_SAID.search(text)
    count = _COUNT[counted.group(1).lower()] if counted else 0
    if _LAST.search(text) and not _FIRST.search(text):
        return TableAsk("last", count)
    if _FIRST.search(text) and not _LAST.search(text):
        return TableAsk("first", count)
    return None


def _place(said: str) -> int:
    return int(said) if said.isdigit() else _ORDINALS[said.lower()]


class TableReader:
    """Answers a table-layout question from the tables of one plan, quoting their rows."""

    def __init__(self, chunks: Mapping[str, Chunk]) -> None:
        self._chunks = chunks

    def answer(self, question: Question, ask: TableAsk, plan: Plan, found: Sequence[str] = ()) -> Draft | None:
        """`found`: the chunks retrieval found for the question, best first."""
        table = self._table(question, ask, plan, found)
        if table is None:
            return None
        if ask.asked == "columns":
            return self._columns(table)
        if ask.asked == "rows":
            return self._labels(table)
        if ask.asked == "which row":
            return self._which_row(question, table)
        return self._ends(table, ask)

    def named_column(self, question: Question, plan: Plan) -> Draft | None:
        """The cells of the one column a question names by its heading ("what is listed under Background
        Papers?", "the 'Held At' column: where?"), row by row, each quoted where its row is; None when no
        column's heading is named so, or several tables' are."""
        named: list[tuple[Table, int]] = []
        own = set(terms(f"{plan.council} {plan.title}"))  # "under Tower Hamlets' ... priority" names no column
        asked = set(terms(question.text))
        for table in plan.tables:
            if table.columns is None or table.columns.split or table.front:
                continue
            if any(set(terms(label)) and set(terms(label)) <= asked for _, label in _labels(table)):
                continue  # "the objectives under Reducing Reoffending": a cell, by its row's label and its column's
            for index, heading in enumerate(table.columns.cells):
                if set(terms(heading)) <= own:
                    continue
                if _column_named(question.text, heading):
                    named.append((table, index))
        if len(named) != 1:
            return None
        table, index = named[0]
        points: list[Point] = []
        for row in table.rows[:_MAX_ROWS]:
            if row.split or index >= len(row.cells) or not row.cells[index].strip():
                continue
            whole = self._unit(row.evidence[0])
            cell = row.cells[index].strip()
            at = whole.quote.find(cell) if whole is not None else -1
            if whole is None or at < 0:
                continue
            points.append(Point(Unit(whole.chunk, whole.start + at, whole.start + at + len(cell), "cell")))
        if not points:
            return None
        return Draft(tuple(replace(point, bullet=len(points) > 1) for point in points))

    def _table(self, question: Question, ask: TableAsk, plan: Plan, found: Sequence[str]) -> Table | None:
        """The table the question names by its place, section, lead-in, columns or rows; with none named, the
        one retrieval found first, or the plan's one table of the kind asked."""
        tables = [table for table in plan.tables if ask.asked != "columns" or table.columns is not None]
        if ask.asked in ("rows", "which row"):
            tables = [table for table in tables if _labels(table)]
        if not tables:
            return None
        asked = set(question.key_terms) - _LAYOUT - _ASKING - set(question.carried)
        asked -= set(terms(f"{plan.council} {plan.title}"))
        scored = [(_named(table, asked), index) for index, table in enumerate(tables)]
        best = max(score for score, _ in scored)
        named = [tables[index] for score, index in scored if score == best]
        if best == 0:  # a table named by its place or kind alone is one of the body's, not document control
            named = [table for table in named if not _matter(table)] or named
        if _LAST_TABLE.search(question.text):
            chosen = named[-1]
        elif _FIRST_TABLE.search(question.text):
            chosen = named[0]
        else:
            rank = {chunk_id: place for place, chunk_id in enumerate(found)}
            placed = sorted(
                (min(rank[quote.chunk_id] for quote in _quotes(table) if quote.chunk_id in rank), index)
                for index, table in enumerate(named)
                if any(quote.chunk_id in rank for quote in _quotes(table))
            )
            if placed:  # of the tables named alike, the one retrieval found first
                chosen = named[placed[0][1]]
            elif best == 0 and len({_shape(table) for table in named}) > 1:
                return None  # tables of several kinds, and the question names none of them
            else:
                chosen = named[0]
        if _elsewhere(plan, chosen, asked):
            return None
        return chosen

    def _columns(self, table: Table) -> Draft | None:
        assert table.columns is not None
        unit = self._unit(table.columns.evidence[0]) if not table.columns.split else None
        return Draft((Point(unit),)) if unit is not None else None

    def _labels(self, table: Table) -> Draft | None:
        """Each row's label, quoted where the row is quoted whole; a row cut into cells is told by its label
        and cited by the opening of its first cell."""
        points: list[Point] = []
        said: list[str] = []
        labelled = _labels(table)[:_MAX_ROWS]
        for row, label in labelled:
            unit = self._label_unit(row, label)
            if unit is None:
                continue
            said.append(label)
            if not row.split or not any(not other.split for other, _ in labelled):
                points.append(Point(unit, bullet=True))  # a cut row is told in the note, its cell cited once
        if not points:
            return None
        split = any(row.split for row, _ in labelled)
        return Draft(
            tuple(points[: 1 if split and all(r.split for r, _ in labelled) else None]),
            note=f"The rows are labelled: {'; '.join(said)}." if split else "",
        )

    def _which_row(self, question: Question, table: Table) -> Draft | None:
        asked = set(question.key_terms) - _LAYOUT - _ASKING
        # the label saying most of the words asked, and of those the one saying least else ("Actions", not
        # "Priority actions and accountability")
        ranked = sorted(
            (
                (len(asked & set(terms(label))), -len(terms(label)), -index, row, label)
                for index, (row, label) in enumerate(_labels(table))
            ),
            key=lambda found: found[:3],
            reverse=True,
        )
        if not ranked or ranked[0][0] == 0:
            return None
        *_, row, label = ranked[0]
        unit = self._label_unit(row, label)
        if unit is None:
            return None
        return Draft((Point(unit),), note=f"The row is labelled “{label}”." if row.split else "")

    def _ends(self, table: Table, ask: TableAsk) -> Draft | None:
        rows = [row for row in table.rows if not row.split]
        count = ask.count or 1
        if ask.asked == "nth":
            chosen = [rows[place - 1] for place in ask.places if 0 < place <= len(rows)]
        else:
            chosen = rows[-count:] if ask.asked == "last" else rows[:count]
        units = [unit for row in chosen if (unit := self._unit(row.evidence[0])) is not None]
        if not units:
            return None
        return Draft(tuple(Point(unit, bullet=len(units) > 1) for unit in units))

    def _label_unit(self, row: TableRow, label: str) -> Unit | None:
        if not row.split:
            whole = self._unit(row.evidence[0])
            if whole is None:
                return None
            at = whole.quote.find(label)
            if at < 0:
                return whole
            return Unit(whole.chunk, whole.start + at, whole.start + at + len(label), "cell")
        first = self._unit(row.evidence[0])
        if first is None:
            return None
        spans = split_sentences(first.quote)
        start, end = spans[0] if spans else (0, len(first.quote))
        opening = list(re.finditer(r"\S+", first.quote[start:end]))[:_OPENING_WORDS]
        end = start + opening[-1].end() if opening else end  # cells run on without full stops
        return Unit(first.chunk, first.start + start, first.start + end, "sentence")

    def _unit(self, evidence: Evidence) -> Unit | None:
        return quoted_unit(self._chunks, evidence.chunk_id, evidence.quote, "row")


_QUOTE_MARK = "['\"‘’“”]?"


def _column_named(text: str, heading: str) -> bool:
    """Whether a question names a column by its heading, as one: what is "under" it, or the heading said with
    "column" ("the Held At column", "the column headed 'Contact'"). A heading of one short word ("No.") is
    too common a word to be a name."""
    words_said = re.findall(r"[\w'’&/-]+", heading)
    if not words_said or (len(words_said) == 1 and len(words_said[0]) < _ONE_WORD_HEADING):
        return False
    name = r"\s+".join(re.escape(word) for word in words_said)
    pattern = (
        rf"\b(?:under|beneath|below)\s+(?:the\s+)?(?:heading\s+)?{_QUOTE_MARK}{name}\b(?!\s+(?:priority|theme|section))|"
        rf"\b{name}{_QUOTE_MARK}\s+column\b|\bcolumns?\s+(?:headed|called|named|labell?ed|titled)\s+{_QUOTE_MARK}{name}\b"
    )
    return re.search(pattern, text, re.I) is not None


def _labels(table: Table) -> list[tuple[TableRow, str]]:
    """The rows that are labelled, with their labels: a row's own label, or a row of one short cell across
    the table ("Priority actions and accountability")."""
    out: list[tuple[TableRow, str]] = []
    if table.columns is not None and table.columns.label and not table.columns.cells[0]:
        out.append((table.columns, table.columns.label))  # " | ASPECT | Tackling Knife Crime | ...": a row too
    for row in table.rows:
        filled = [cell for cell in row.cells if cell]
        if _contents_line(row):
            continue  # a contents line run on into the table before it
        if row.label:
            out.append((row, row.label))
        elif len(filled) == 1 and len(filled[0]) <= _LABEL_ROW and not row.split:
            out.append((row, filled[0]))
    return out


def _named(table: Table, asked: set[str]) -> int:
    """How many of the words asked the table's section, column names and row labels say."""
    said = set(terms(f"{table.section or ''} {table.lead_in.quote if table.lead_in else ''}"))
    if table.columns is not None:
        said |= set(terms(" ".join(table.columns.cells)))
    said |= {term for _, label in _labels(table) for term in terms(label)}
    return len(asked & said)


def _shape(table: Table) -> tuple[str, ...]:
    """Tables of one kind name the same columns (each theme's "Outcome(s) | Output(s)")."""
    return table.columns.cells if table.columns is not None else (table.section or "",)


def _matter(table: Table) -> bool:
    """A document-control or contents table: most of its rows are labelled as document control is, or end in a
    page number."""
    lines = [row for row in table.rows if not row.split]
    matter = [row for row in lines if (row.label and CONTROL_LABELS.match(row.label)) or _contents_line(row)]
    return table.front or len(matter) * 2 > len(lines)


def _contents_line(row: TableRow) -> bool:
    filled = [cell for cell in row.cells if cell]
    return len(filled) > 1 and bool(_PAGE_NUMBER.fullmatch(filled[-1]))


def _elsewhere(plan: Plan, table: Table, asked: set[str]) -> bool:
    """Whether the question names a part of the plan the table is not in, better than it names the table: "the
    outcomes table for extremism, hate and racism" when that part has no table that was read as one."""
    own = _named(table, asked)
    for section in plan.outline:
        if section.kind != "body" or (table.section or "").endswith(section.title):
            continue
        if len(asked & set(terms(section.title))) > own:
            return True
    return False


def _quotes(table: Table) -> list[Evidence]:
    return [evidence for row in (*table.rows, table.columns) if row is not None for evidence in row.evidence]
