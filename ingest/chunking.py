"""Structure-aware chunking: section paths from headings, lists and table rows kept whole."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.blocks import Block, text_document
from ingest.documents import Chunk, PlanDocument
from ingest.model import StructuredDocument
from ingest.text import introduces, split_sentences

SECTION_SEPARATOR = " > "  # between the headings of a section path ("The Priorities > Hate Crime")
_LEAF_HEADINGS = {"contents", "table of contents"}
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+")


@dataclass(frozen=True)
class _Placed:
    block: Block
    section: str | None
    text: str  # as it appears in the chunk
    cell: bool = False  # one cell of a table row too long for a chunk, its section ending in the cell's labels


def chunk_document(document: PlanDocument, max_chars: int = 1200) -> list[Chunk]:
    """Cut a plan into chunks that never split a list item or table row, each with its section path."""
    structure, groups = _grouped(document, max_chars)
    chunks: list[Chunk] = []
    seen: Counter[str] = Counter()
    for ordinal, group in enumerate(groups):
        text = "\n".join(item.text for item in group)
        body = [item for item in group if item.block.kind != "heading"] or group
        section = body[0].section
        page = group[0].block.page
        uncertain = _uncertain(group)
        key = f"{document.metadata.source}\x00{section}\x00{page}\x00{text}"
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\x00{seen[key]}".encode()).hexdigest()[:24]
        chunks.append(
            Chunk(
                id=digest,
                text=text,
                metadata=document.metadata,
                section=section,
                page=page,
                ordinal=ordinal,
                file_sha256=document.sha256,
                page_label=structure.page_label(page),
                page_breaks=_page_breaks(group, structure),
                ocr=any(item.block.ocr for item in group),
                uncertain=uncertain,
                cell=all(item.cell for item in body),
            )
        )
    return chunks


def _grouped(document: PlanDocument, max_chars: int) -> tuple[StructuredDocument, list[list[_Placed]]]:
    structure = document.structure or StructuredDocument(
        tuple(block for page in document.pages for block in text_document(page.text, page.number).blocks)
    )
    placed = _expand_long_rows(_place(pieces(structure)), max_chars)
    return structure, _group(placed, max_chars)


@dataclass(frozen=True)
class Piece:
    """A block as it sits in the index: its section path, its text in the chunk, and the chunk."""

    block: Block
    section: str | None
    text: str
    chunk: Chunk


def pieces_in_chunks(document: PlanDocument, chunks: list[Chunk], max_chars: int = 1200) -> list[Piece]:
    """Every piece of a plan with the chunk `chunk_document(document, max_chars)` put it in."""
    _, groups = _grouped(document, max_chars)
    if len(groups) != len(chunks):
        raise ValueError("the chunks were not cut from this document with these limits")
    return [
        Piece(item.block, item.section, item.text, chunk)
        for group, chunk in zip(groups, sorted(chunks, key=lambda c: c.ordinal), strict=True)
        for item in group
    ]


def pieces(document: StructuredDocument) -> list[Block]:
    """The document model's blocks as the pieces a chunk is made of: a table gives one piece a row."""
    out: list[Block] = []
    for block in document.blocks:
        if block.kind == "table":
            if block.caption:
                out.append(Block("paragraph", block.caption, block.page, ocr=block.ocr))
            for index, row in enumerate(block.rows):
                cells = [" ".join(cell.split()) for cell in row]
                if any(cells):  # a row with one filled cell ("Priority actions and accountability" across the
                    # table) reads as a line of text, and the rows below it keep the columns the header names.
                    # A row keeps its place in its table (`level`, 0 for the first), for the plan model's tables.
                    out.append(Block("row", "\t".join(cells), block.page, index, ocr=block.ocr))
            continue
        level = block.level
        if block.kind == "item":
            level = 2 * block.level
        out.append(
            Block(
                block.kind,  # type: ignore[arg-type]
                " ".join(block.text.split()) if not block.uncertain else block.text,
                block.page,
                level,
                markdown=block.markdown or (block.kind == "heading" and block.level > 0),
                ocr=block.ocr,
                uncertain=block.uncertain,
            )
        )
    return _rejoined(out)


_RUNS_ON = 8  # a paragraph at least this long that stops mid-sentence ...
# words a new sentence opens with, not the second half of a name
_OPENERS = frozenset(
    ["a", "an", "the", "this", "these", "that", "those", "it", "its", "we", "our", "they", "their", "there", "in"]
    + ["on", "for", "at", "as", "if", "when"]
)
_STOPS = (".", "!", "?", ":", ";", ")", '"', "”", "’", "'")


def _rejoined(blocks: list[Block]) -> list[Block]:
    """A paragraph that stops mid-sentence ("... made up of the Statutory") runs on into the paragraph after
    it on the same page ("Authorities, to drive ..."): the blank line between them is a slip of the layout,
    and a quote of the sentence is the whole sentence. So does a numbered item whose lines after its first
    start at the margin ("4.11 ... In 2017-18, the Council" / "will receive £132,000 ...")."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in ("paragraph", "item")
            and block.kind == "paragraph"
            and last.page == block.page
            and not last.uncertain
            and not block.uncertain
            and len(last.text.split()) >= _RUNS_ON
            and last.text[-1:].isalpha()
            and not last.text.endswith(_STOPS)
            and _runs_on(last.text, block.text)
            and (last.kind == "paragraph" or block.text[:1].islower())  # an item needs no full stop to end
        ):
            out[-1] = replace(last, text=f"{last.text} {block.text}")
            continue
        out.append(block)
    return out


def _runs_on(text: str, after: str) -> bool:
    """Whether `after` goes on with the sentence `text` stops in: in lower case ("... are now recording" /
    "that they receive ..."), or a name cut in two ("... made up of the Statutory" / "Authorities, to ...")."""
    last, first = text.split()[-1], after.split()[0].rstrip(",;:")
    if first[:1].islower():
        return True
    return _titled(last) and _titled(first) and first.lower() not in _OPENERS


def _titled(word: str) -> bool:
    return word[:1].isupper() and word[1:].replace("-", "").isalpha() and word[1:].replace("-", "").islower()


def _page_breaks(group: list[_Placed], structure: StructuredDocument) -> tuple[tuple[int, int, str], ...]:
    """Where in the chunk's text each page after its first begins (a passage may run over a page break;
    each of its lines keeps its own page)."""
    breaks: list[tuple[int, int, str]] = []
    offset = 0
    page = group[0].block.page
    for item in group:
        if item.block.page is not None and item.block.page != page:
            page = item.block.page
            breaks.append((offset, page, structure.page_label(page) or ""))
        offset += len(item.text) + 1
    return tuple(breaks)


def _uncertain(group: list[_Placed]) -> tuple[tuple[int, int], ...]:
    """Where in the chunk's text the words OCR was unsure of are."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for item in group:
        if item.block.uncertain:
            shift = offset + item.text.find(item.block.text[:20]) if item.block.text[:20] in item.text else -1
            if shift >= 0:
                spans.extend((shift + start, shift + end) for start, end in item.block.uncertain)
        offset += len(item.text) + 1
    return tuple(spans)


def heading_key(text: str) -> str:
    """Headings that differ only by numbering or case ("1. Strategic Actions") are the same heading."""
    return re.sub(r"[^a-z0-9 ]+", "", _NUMBERING.sub("", text).lower()).strip()


def _place(blocks: list[Block]) -> list[_Placed]:
    """Give every block its section path.

    Heading levels in converted PDFs are unreliable, so nesting comes from recurrence: a heading
    that recurs in a document ("What is our focus?") sits under the last heading that does not,
    and a more frequent recurring heading holds a less frequent one. Headings of one shape
    ("Priority A:", "Priority B:") are siblings: each stands where the one before it stood. A heading
    that introduces a list ("There are also 4 cross-cutting themes:") holds that list and no more.
    """
    counts = Counter(heading_key(block.text) for block in blocks if block.kind == "heading")
    holding = _parts_holding(blocks)
    stack: list[tuple[str, int, Block]] = []
    depth_of: dict[str, int] = {}  # how deep the last heading of each sibling shape ("Priority *") stood
    placed: list[_Placed] = []
    body_since_heading = True
    listed = False  # whether list items have followed the last heading
    before_lead: list[tuple[str, int, Block]] = []  # the headings in force before the last heading came
    for index, block in enumerate(blocks):
        if block.kind != "heading":
            if listed and block.kind != "item" and stack and introduces(stack[-1][0]) and _ends_list(blocks, index):
                # a heading that introduces a list ("There are also 4 cross-cutting themes:") holds it alone: what
                # follows the list is in the section the heading came in
                stack = before_lead
            body_since_heading = True
            listed = listed or block.kind == "item"
        else:
            listed = False
            before_lead = list(stack)
            count = counts[heading_key(block.text)]
            shape = sibling_shape(block.text)
            siblings = [i for i, (text, _, _) in enumerate(stack) if sibling_shape(text) == shape]
            if shape and siblings:
                del stack[siblings[0] :]
                count = 1
            elif shape and shape in depth_of:
                del stack[depth_of[shape] :]  # where its earlier sibling stood, whatever came between
                count = 1
            elif count > 1:
                while stack and stack[-1][1] > 1 and stack[-1][1] <= count:
                    stack.pop()
            elif not (stack and not body_since_heading and stack[-1][2].markdown and not block.markdown):
                # a part whose next one is still to come ("Priority B" before "Priority C") holds what comes first
                held = max(
                    (at + 1 for at, (_, _, part) in enumerate(stack) if holding.get(id(part), -1) >= index),
                    default=0,
                )
                while len(stack) > held and (
                    stack[-1][1] > 1
                    or heading_key(stack[-1][0]) in _LEAF_HEADINGS
                    or not (stack[-1][2].markdown and block.markdown and stack[-1][2].level < block.level)
                ):
                    stack.pop()
            if shape:
                depth_of[shape] = len(stack)
            stack.append((block.text, count, block))
            body_since_heading = False
        section = SECTION_SEPARATOR.join(text for text, _, _ in stack) or None
        placed.append(_Placed(block, section, _render(block)))
    return placed


def _parts_holding(blocks: Sequence[Block]) -> dict[int, int]:
    """The headings of one shape that hold what follows them, each with the index of the last block it holds.
    A part followed, later on, by the next of its run ("Priority A" when "Priority B" comes after it, "2. Safer
    Homes" when "3. Safer Online" does; not "11. Safeguarding" when the next of its shape is another document's
    "1. Introduction") holds everything up to it. The last part of a run holds up to the last of the headings
    its earlier parts were set out under ("What will have changed?" under Priority A, B and C, then D). Two runs
    of one shape woven together ("1. Safe from Crime", "1. Strategic Actions", "2. Safe on Our Streets", ...)
    hold nothing: which run a heading between them belongs to is not clear."""
    last: dict[str, tuple[int, Block]] = {}
    first: dict[str, int] = {}  # where the run of each shape began
    holding: dict[str, dict[int, int]] = {}
    woven: set[str] = set()
    for index, block in enumerate(blocks):
        if block.kind != "heading" or (shape := sibling_shape(block.text)) is None:
            continue
        earlier = last.get(shape)
        if earlier is not None and _run_label(block.text) == _run_label(earlier[1].text):
            woven.add(shape)
        elif earlier is not None and _run_label(block.text) == _next_label(_run_label(earlier[1].text)):
            holding.setdefault(shape, {})[id(earlier[1])] = len(blocks)
            first.setdefault(shape, earlier[0])
        last[shape] = (index, block)
    held: dict[int, int] = {}
    for shape, parts in holding.items():
        if shape in woven:
            continue
        held.update(parts)
        at, part = last[shape]
        starts = sorted([first[shape], *(i for i, b in enumerate(blocks) if id(b) in parts and i != first[shape])])
        spans = [blocks[start:end] for start, end in zip(starts, [*starts[1:], at], strict=True)]
        under = Counter(key for span in spans for key in {heading_key(b.text) for b in span if b.kind == "heading"})
        before = {key for key, count in under.items() if count >= min(2, len(spans))}  # not once by chance
        said_again = [
            i
            for i in range(at + 1, len(blocks))
            if blocks[i].kind == "heading" and heading_key(blocks[i].text) in before
        ]
        if said_again:
            held[id(part)] = said_again[-1]
    return held


def _run_label(text: str) -> str:
    """The label a heading of a run has: its last number ("3.2. Safer Homes": "2"), or its letter or number
    after a word ("Priority B:": "B")."""
    numbering = re.match(r"^\s*(?:\d+\.)*(\d+)[.)]?\s", text)
    labelled = re.match(r"^[A-Za-z]+\s+([A-Z]|\d+)\b", text)
    return (numbering or labelled).group(1) if numbering or labelled else ""


def _next_label(label: str) -> str:
    """The label after one in its run: "3" after "2", "C" after "B"."""
    if label.isdigit():
        return str(int(label) + 1)
    return chr(ord(label) + 1) if len(label) == 1 and label.isalpha() else ""


def _ends_list(blocks: list[Block], index: int) -> bool:
    """Whether the block at `index`, after a list, ends it: it introduces a list of its own, or no more of the
    list follows it (a note between items, "In working to achieve a 20% reduction ...", does not end it)."""
    if introduces(blocks[index].text):
        return True
    following = next((block for block in blocks[index + 1 :] if block.kind != "paragraph"), None)
    return following is None or following.kind != "item"


def sibling_shape(text: str) -> str | None:
    """Headings of one shape are siblings: "Priority A:"/"Priority B:", or "3."/"4." numbering."""
    numbering = re.match(r"^\s*(\d+(?:\.\d+)*)[.)]?\s", text)
    if numbering:
        return f"#{numbering.group(1).count('.')}"
    labelled = re.match(r"^([A-Za-z]+)\s+(?:[A-Z]|\d+)\b[:.]?", text)
    return f"{labelled.group(1).lower()} *" if labelled else None


def _render(block: Block) -> str:
    if block.kind == "item":
        return f"{'  ' if block.level >= 2 else ''}- {block.text}"
    if block.kind == "row":
        return " | ".join(cell.strip() for cell in block.text.split("\t") if cell.strip())
    return block.text


def _expand_long_rows(placed: list[_Placed], max_chars: int) -> list[_Placed]:
    """A table row too long for one chunk becomes one block per cell, labelled by its column."""
    out: list[_Placed] = []
    run: list[list[str]] = []
    for item in placed:
        if item.block.kind != "row":
            run = []
            out.append(item)
            continue
        cells = item.block.text.split("\t")
        run.append(cells)
        if len(item.text) <= max_chars:
            out.append(item)
            continue
        header = _table_header(run[:-1])
        label_cells = []
        for cell in cells:
            if len(cell.strip()) > 40:
                break
            label_cells.append(cell.strip())
        row_label = " ".join(cell for cell in label_cells if cell)
        for column, cell in enumerate(cells[len(label_cells) :], start=len(label_cells)):
            if not cell.strip():
                continue
            column_name = header[column].strip() if column < len(header) else ""
            path = [part for part in (item.section, column_name, row_label) if part]
            block = Block("paragraph", cell.strip(), item.block.page)
            out.append(_Placed(block, SECTION_SEPARATOR.join(path) or None, cell.strip(), cell=True))
    return out


def _table_header(rows: list[list[str]]) -> list[str]:
    short_rows = [row for row in rows if all(len(cell.strip()) <= 100 for cell in row)]
    return max(short_rows, key=lambda row: sum(1 for cell in row if cell.strip()), default=[])


def _group(placed: list[_Placed], max_chars: int) -> list[list[_Placed]]:
    groups: list[list[_Placed]] = []
    current: list[_Placed] = []
    size = 0
    lead_in: _Placed | None = None

    def flush() -> None:
        nonlocal current, size
        if current:
            groups.append(current)
        current, size = [], 0

    parts = [part for item in placed for part in _split_long(item, max_chars)]
    for index, part in enumerate(parts):
        whole_list = _list_size(parts, index)
        keeps_list_whole = bool(current) and size + whole_list > max_chars >= whole_list
        starts_section = part.block.kind == "heading" and _body_section(current) is not None
        other_section = part.block.kind != "heading" and _body_section(current) not in (
            None,
            part.section,
        )
        too_big = size + len(part.text) + 1 > max_chars
        # a table's cell is a passage of its own, even when cells share a section (a table with no header row)
        cell_apart = any(item.cell for item in current) or (
            part.cell and any(item.block.kind != "heading" for item in current)
        )
        if current and (starts_section or other_section or too_big or keeps_list_whole or cell_apart):
            flush()
            if too_big and part.block.kind == "item" and lead_in is not None:
                current, size = [lead_in], len(lead_in.text) + 1
        current.append(part)
        size += len(part.text) + 1
        if part.block.kind in ("paragraph", "item") and introduces(part.text, item=part.block.kind == "item"):
            lead_in = part
        elif part.block.kind != "item":
            lead_in = None
    flush()
    return groups


def _list_size(parts: list[_Placed], index: int) -> int:
    """Size of the list a lead-in line ("...these are:") introduces, with the lead-in; 0 otherwise."""
    lead = parts[index]
    if lead.block.kind not in ("paragraph", "item") or not introduces(lead.text, item=lead.block.kind == "item"):
        return 0
    size = len(lead.text) + 1
    for part in parts[index + 1 :]:
        if part.block.kind != "item":
            break
        size += len(part.text) + 1
    return size


def _body_section(group: list[_Placed]) -> str | None:
    body = [item for item in group if item.block.kind != "heading"]
    return body[0].section if body else None


def _split_long(item: _Placed, max_chars: int) -> list[_Placed]:
    """A paragraph longer than a chunk is cut between sentences."""
    if len(item.text) <= max_chars or item.block.kind == "row":
        return [item]
    parts: list[_Placed] = []
    piece = ""
    for start, end in split_sentences(item.text):
        sentence = item.text[start:end]
        if piece and len(piece) + len(sentence) + 1 > max_chars:
            parts.append(replace(item, text=piece))
            piece = sentence
        else:
            piece = f"{piece} {sentence}" if piece else sentence
    if piece:
        parts.append(replace(item, text=piece))
    return parts
