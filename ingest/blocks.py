"""Reading the structure of plain text or Markdown: headings, paragraphs, list items and table rows.

`parse_blocks` finds the pieces line by line; `text_document` puts them in the document model
(consecutive rows become one table; a Markdown table's `| --- |` line is not a row)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ingest import model
from ingest.model import StructuredDocument
from ingest.text import contact_line

BlockKind = Literal["heading", "paragraph", "item", "row"]

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^(\s*)(?:[-*•·◆➤▪●○■◦‣]|\d{1,2}[.)](?=\s)|\([a-z0-9]{1,3}\)|[a-z]\))\s*(.*)$")
_BULLET_SYMBOLS = re.compile(r"^(?:[-*•·◆➤▪●○■◦‣/]\s*)+")
_ENDS_SENTENCE = (".", ",", ";", ":")
_MINOR_WORDS = {
    "a",
    "an",
    "and",
    "the",
    "of",
    "in",
    "on",
    "for",
    "to",
    "from",
    "by",
    "with",
    "its",
    "or",
    "at",
    "as",
}


_PIPE_ROW = re.compile(r"^\|(.*)\|$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


@dataclass(frozen=True)
class Block:
    """A piece of a chunk: a heading, paragraph, list item or one table row (cells split by tabs)."""

    kind: BlockKind
    text: str
    page: int | None = None
    level: int = 0  # markdown heading level, list indent, or a table row's place in its table (0 first)
    markdown: bool = False  # heading written with '#'
    ocr: bool = False
    uncertain: tuple[tuple[int, int], ...] = ()  # spans of text OCR was unsure of


def text_document(text: str, page: int | None = None) -> StructuredDocument:
    """Plain text or Markdown (or one page of it) in the document model."""
    blocks: list[model.Block] = []
    rows: list[tuple[str, ...]] = []

    def end_table() -> None:
        if rows:
            blocks.append(model.table(list(rows), page=page))
            rows.clear()

    for piece in parse_blocks(text, page):
        if piece.kind == "row":
            rows.append(tuple(cell.strip() for cell in piece.text.split("\t")))
            continue
        end_table()
        if piece.kind == "heading":
            level = piece.level if piece.markdown else 0
            blocks.append(model.heading(piece.text, level, page, markdown=piece.markdown))
        elif piece.kind == "item":
            blocks.append(model.item(piece.text, 1 if piece.level >= 2 else 0, page=page))
        else:
            blocks.append(model.paragraph(piece.text, page))
    end_table()
    return StructuredDocument(tuple(blocks))


def _row_line(line: str) -> bool:
    return len([cell for cell in line.split("\t") if cell.strip()]) >= 2


def _spans_table(lines: list[str], index: int, blocks: list[Block]) -> bool:
    """Whether a line of one cell is a row of a table ("Priority actions and accountability" between the rows
    above and below it): a row came right before it, and it has a tab of its own, or a row comes right after
    it, or it opens with the same mark as the row before (a last row with its second cell empty)."""
    line = lines[index].strip(" \n")
    if index == 0 or not lines[index - 1].strip() or not blocks or blocks[-1].kind != "row":
        return False
    if len([cell for cell in line.split("\t") if cell.strip()]) != 1:
        return False
    if "\t" in line or (index + 1 < len(lines) and _row_line(lines[index + 1])):
        return True
    # ... or it opens with the mark the row before opens with ("➤ Preventing Radicalisation" under "➤ Robbery")
    marker = re.match(r"[^\w\s(\"'“‘]+", blocks[-1].text.strip())
    return bool(marker) and line.startswith(marker.group(0))


def parse_blocks(text: str, page: int | None = None) -> list[Block]:
    """Split cleaned page text into blocks; wrapped paragraph lines are joined."""
    lines = text.split("\n")
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph), page))
            paragraph.clear()

    for index, raw in enumerate(lines):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if _PIPE_RULE.match(stripped) and "-" in stripped and "|" in stripped:
            continue  # the line under a Markdown table's header
        pipe = _PIPE_ROW.match(stripped)
        if pipe and "|" in pipe.group(1):
            flush()
            cells = [cell.strip() for cell in pipe.group(1).split("|")]
            blocks.append(Block("row", "\t".join(cells), page))
            continue
        heading = _MD_HEADING.match(stripped)
        if heading:
            flush()
            title = heading.group(2).strip(" *")
            if title and len(title) <= 150:
                blocks.append(Block("heading", title, page, len(heading.group(1)), markdown=True))
            elif title:
                blocks.append(Block("paragraph", title, page))
            continue
        filled = len([c for c in line.split("\t") if c.strip()])
        if "\t" in stripped and filled >= 2 or _spans_table(lines, index, blocks):
            flush()
            blocks.append(Block("row", line.strip(" \n"), page))  # leading tabs keep columns aligned
            continue
        bullet = _BULLET.match(line)
        numbered_heading = bullet and stripped[0].isdigit() and _looks_like_heading(stripped, lines, index)
        if bullet and bullet.group(2).strip() and not numbered_heading:
            flush()
            indent = len(bullet.group(1).expandtabs(4))
            item = _BULLET_SYMBOLS.sub("", bullet.group(2).strip()) if line.lstrip()[0] in "-*•·◆➤▪●○■◦‣" else stripped
            blocks.append(Block("item", item.strip(), page, level=indent))
            continue
        if not paragraph and _unfinished_item(blocks, lines[index - 1] if index else ""):
            last = blocks[-1]  # "- ... including Specialist Domestic Violence Court," goes on: "   Sanctuary, ..."
            blocks[-1] = Block("item", f"{last.text} {stripped}", last.page, last.level)
            continue
        if _looks_like_heading(stripped, lines, index):
            flush()
            blocks.append(Block("heading", stripped, page, level=0))
            continue
        paragraph.append(stripped)
    flush()
    return _merge_item_continuations(_runs_to_items(blocks))


def _runs_to_items(blocks: list[Block]) -> list[Block]:
    """Three or more plain headings in a row that start alike ("Priority A", "Priority B") are a list."""
    out = list(blocks)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and out[end].kind == "heading" and not out[end].markdown:
            end += 1
        run = out[start:end]
        first_words = Counter(block.text.split()[0].lower() for block in run)
        if len(run) >= 3 and first_words.most_common(1)[0][1] >= 3:
            for index in range(start, end):
                out[index] = Block("item", out[index].text, out[index].page)
        start = max(end, start + 1)
    return out


def _looks_like_heading(line: str, lines: list[str], index: int) -> bool:
    """A short standalone line that starts with a capital and does not end a sentence."""
    before = lines[index - 1].strip() if index > 0 else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    words = line.split()
    if re.search(r"@|https?:|www\.|\bPage \d+$|\bTel\b", line) or contact_line(line) or line.endswith(","):
        return False
    content = [word for word in words if word.lower() not in _MINOR_WORDS and word[0].isalpha()]
    if len(words) > 5 and sum(word[0].isupper() for word in content) < 0.6 * len(content):
        return False
    return (
        not before
        and not after
        and 1 <= len(words) <= 14
        and len(line) <= 100
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith(_ENDS_SENTENCE)
        and sum(ch.isalpha() for ch in line) >= 0.6 * len(line.replace(" ", ""))
    )


def _unfinished_item(blocks: list[Block], line_before: str) -> bool:
    """Whether the line before was a list item that stops mid-sentence (after a comma or a word such as "and"
    or "of"), so that the line after it, with no blank line between, goes on with it."""
    if not blocks or blocks[-1].kind != "item" or not line_before.strip():
        return False
    text = blocks[-1].text.rstrip()
    return text.endswith(",") or text.rsplit(" ", 1)[-1].lower() in _MINOR_WORDS


def _merge_item_continuations(blocks: list[Block]) -> list[Block]:
    """A paragraph that starts in lower case right after an item finishes that item."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "item"
            and block.kind == "paragraph"
            and block.text[:1].islower()
            and block.page == previous.page
        ):
            merged[-1] = Block("item", f"{previous.text} {block.text}", previous.page, previous.level)
            continue
        merged.append(block)
    return merged
