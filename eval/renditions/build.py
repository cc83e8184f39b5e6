# ruff: noqa: E501  (templates: CSS, HTML and the README text)
"""Rebuild the renditions of the bundled plans: Word, PDF (LibreOffice and Chromium), HTML, a scan.

    python eval/renditions/build.py [--out eval/renditions] [--only STEM ...] [--check-only]

Each plan in corpus/*.txt is parsed into blocks (headings, paragraphs, bullets, numbered
paragraphs, tables) and written out the way councils publish plans:

- docx/<stem>.docx    python-docx: Heading 1-3, List Bullet / List Number with real numbering,
                      "Table Grid" tables with narrow columns, justified en-GB text with automatic
                      hyphenation, running header (council), footer "Page N of M" (PAGE/NUMPAGES
                      fields), first section in two columns.
- pdf/<stem>.pdf      LibreOffice (soffice --headless --convert-to pdf) from the .docx, except
                      Tower Hamlets, printed from HTML by Chromium through Playwright (two CSS
                      columns, soft hyphens, header/footer templates).
- html/<stem>.html    a saved council web page: header/nav, breadcrumbs, the plan in <main>,
                      cookie banner, footer.
- scanned/safer-sutton-strategy-2021-24.pdf   image-only copy of the Sutton PDF (no text layer).

Every rendition gets a `<file name>.meta.json` sidecar copied from the corpus sidecar. The script
ends by checking that every word of each plan is in each rendition's extracted text (and in the same
order, as far as a two-column page allows) and rewrites README.md with the file sizes.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import html
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
DEFAULT_OUT = Path(__file__).resolve().parent
CHROMIUM_PLAN = "tower-hamlets-community-safety-plan-2017-21"
SCANNED_PLAN = "safer-sutton-strategy-2021-24"
FIXED_DATE = _dt.datetime(2024, 1, 1, 12, 0, 0)
BODY_FONT = "Liberation Sans"

# --------------------------------------------------------------------------------------------
# Parsing the plain-text plans
# --------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
_BULLET_CHARS = "-*•·◆➤▪●○■◦‣\uf0b7"
_BULLET = re.compile(rf"^(\s*)([{re.escape(_BULLET_CHARS)}])\s+(.*)$")
_LEADING_SYMBOLS = re.compile(r"^(?:[·•◆➤▪●○■◦‣\uf0b7/]\s*)+")
_NUMBER = re.compile(r"^(\s*)(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\.\d{1,2}|\d{1,2}\)|[a-z]\))\s+(\S.*)$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ACRONYM_DEFINITION = re.compile(r"^[A-Z]{2,}\s+[-–]\s")


@dataclass
class Block:
    kind: str  # heading, para, bullet, number, table
    text: str = ""
    level: int = 1  # heading level (1-3) or list depth (0-2)
    label: str = ""  # numbered paragraphs: "3.14", "28.", "a)"
    rows: list[list[str]] = field(default_factory=list)
    line: int = 0


def parse_plan(text: str) -> list[Block]:
    """Split a plan's text into blocks, in reading order."""
    lines = text.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    para: list[str] = []
    para_start = 0
    table: list[list[str]] = []
    table_start = 0

    def flush_para() -> None:
        if para:
            blocks.append(Block("para", " ".join(para), line=para_start))
            para.clear()

    def flush_table() -> None:
        if table:
            width = max(len(r) for r in table)
            rows = [r + [""] * (width - len(r)) for r in table]
            blocks.append(Block("table", rows=rows, line=table_start))
            table.clear()

    for index, raw in enumerate(lines):
        line = raw.rstrip(" \r")
        stripped = line.strip()
        is_row = ("\t" in line and stripped) or _PIPE_ROW.match(line)
        if not is_row:
            flush_table()
        if not stripped:
            flush_para()
            continue
        if is_row:
            flush_para()
            if not table:
                table_start = index
            if _PIPE_ROW.match(line) and "\t" not in line:
                if _PIPE_SEPARATOR.match(line):
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
            else:
                cells = [c.strip() for c in line.split("\t")]
            while cells and not cells[-1]:
                cells.pop()
            table.append(cells or [""])
            continue
        heading = _MD_HEADING.match(stripped)
        if heading:
            flush_para()
            blocks.append(Block("heading", heading.group(2), min(len(heading.group(1)), 3), line=index))
            continue
        bullet = _BULLET.match(line)
        rest = bullet.group(3) if bullet else line
        indent = len(bullet.group(1)) if bullet else len(line) - len(line.lstrip())
        number = _NUMBER.match(rest.strip() if bullet else line)
        if number:
            flush_para()
            depth = min(indent // 2, 2)
            blocks.append(Block("number", number.group(3).strip(), depth, label=number.group(2), line=index))
            blocks[-1].bulleted = bool(bullet)  # type: ignore[attr-defined]
            continue
        if bullet:
            flush_para()
            item = _LEADING_SYMBOLS.sub("", bullet.group(3).strip()).strip()
            if not item:  # a marker followed only by symbols: keep them as text
                item = bullet.group(3).strip()
            blocks.append(Block("bullet", item, min(indent // 2, 2), line=index))
            continue
        if not para:
            para_start = index
        para.append(stripped)
    flush_para()
    flush_table()
    return [_promote_heading(b, lines) for b in blocks]


def _standalone(lines: list[str], index: int) -> bool:
    before = lines[index - 1].strip() if index > 0 else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return not before and not after


def _promote_heading(block: Block, lines: list[str]) -> Block:
    """A short standalone line without closing punctuation reads as a heading."""
    numbered = block.kind == "number" and not getattr(block, "bulleted", False) and block.label.endswith(".")
    if block.kind == "para" or numbered:
        candidate = block.text
    else:
        return block
    if not _standalone(lines, block.line):
        return block
    text = plain(candidate)
    words = text.split()
    if not words or len(text) > 80 or len(words) > 12 or text[-1] in ".,;:!?" or "@" in text:
        return block
    if not (text[0].isupper() or (block.kind == "number")) or _ACRONYM_DEFINITION.match(text):
        return block
    if block.kind == "number":
        top = re.fullmatch(r"\d{1,2}\.", block.label) is not None
        return Block("heading", f"{block.label} {block.text}", 1 if top else 2, line=block.line)
    caps = text.upper() == text and any(c.isalpha() for c in text)
    return Block("heading", block.text, 1 if caps else 2, line=block.line)


# Inline markup: **bold**, *italic*, <u>, <sup>, <mark>, <p>, <ul><li> (in table cells), [text](url),
# HTML entities and backslash escapes.
_ESCAPED = re.compile(r"\\([\\*_#\[\]()`>])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*\x01])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*)\)")
_TAG = re.compile(r"<(/?)(u|sup|sub|mark|b|strong|i|em|p|ul|li|a)(?:\s+href=\"([^\"]*)\")?\s*>", re.I)
_TAG_NAMES = {"strong": "b", "em": "i"}


@dataclass(frozen=True)
class Seg:
    text: str
    fmt: frozenset[str] = frozenset()
    href: str | None = None


def inline(text: str) -> tuple[list[Seg], bool]:
    """Segments of formatted text, and whether the text was a <li> list item (in a table cell)."""
    text = _ESCAPED.sub(lambda m: "\x01" + str(ord(m.group(1))) + "\x02", text)
    text = _LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _ITALIC.sub(r"<i>\1</i>", text)
    text = re.sub("\x01(\\d+)\x02", lambda m: chr(int(m.group(1))), text)
    segs: list[Seg] = []
    state: Counter[str] = Counter()
    href: str | None = None
    listed = False
    pos = 0
    for tag in _TAG.finditer(text):
        if tag.start() > pos:
            segs.append(
                Seg(html.unescape(text[pos : tag.start()]), frozenset(k for k, v in state.items() if v > 0), href)
            )
        pos = tag.end()
        closing, name = tag.group(1) == "/", _TAG_NAMES.get(tag.group(2).lower(), tag.group(2).lower())
        if name in ("p", "ul"):
            continue
        if name == "li":
            listed = True
            continue
        if name == "a":
            href = None if closing else (tag.group(3) or "#")
            continue
        state[name] += -1 if closing else 1
    if pos < len(text):
        segs.append(Seg(html.unescape(text[pos:]), frozenset(k for k, v in state.items() if v > 0), href))
    if listed:  # "<ul> <li>X</li> </ul>": the spaces between tags are not text
        segs = [s for s in segs if s.text.strip()]
        if segs:
            segs[0] = Seg(segs[0].text.lstrip(), segs[0].fmt, segs[0].href)
            segs[-1] = Seg(segs[-1].text.rstrip(), segs[-1].fmt, segs[-1].href)
    return [s for s in segs if s.text], listed


def plain(text: str) -> str:
    return "".join(s.text for s in inline(text)[0])


def block_text(block: Block) -> str:
    if block.kind == "table":
        return "\n".join("\t".join(plain(c) for c in row) for row in block.rows)
    prefix = block.label + " " if block.kind == "number" else ""
    return prefix + plain(block.text)


def split_point(blocks: list[Block], low: int = 4500, high: int = 9000) -> int:
    """Index of the first block after the two-column opening (roughly the first 1-2 pages)."""
    total = 0
    for index, block in enumerate(blocks):
        if block.kind == "table" and len(block.rows[0]) > 4:
            return max(index, 1)
        if total >= low and block.kind == "heading":
            return index
        if total >= high:
            return index
        total += len(block_text(block)) + 80
    return len(blocks)


# --------------------------------------------------------------------------------------------
# Numbering: each run of numbered paragraphs ("3.1", "3.2", ...) becomes one list whose label is
# made by Word numbering ("3.%1" starting at 1), so the document text has no typed numbers.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberFormat:
    prefix: str
    suffix: str
    fmt: str  # decimal or lowerLetter
    depth: int
    start: int


def label_parts(label: str) -> tuple[str, int, str, str]:
    match = re.fullmatch(r"((?:\d+\.)*)(\d+|[a-z])([.)]?)", label)
    if not match:
        raise ValueError(label)
    prefix, value, suffix = match.groups()
    if value.isdigit():
        return prefix, int(value), suffix, "decimal"
    return prefix, ord(value) - ord("a") + 1, suffix, "lowerLetter"


def assign_numbering(blocks: list[Block]) -> dict[int, int]:
    """Block index -> list id; list ids count from 0 in order, with their formats in .formats."""
    assign_numbering.formats = []  # type: ignore[attr-defined]
    formats: list[NumberFormat] = assign_numbering.formats  # type: ignore[attr-defined]
    open_lists: dict[tuple[str, str, str, int], tuple[int, int]] = {}
    out: dict[int, int] = {}
    for index, block in enumerate(blocks):
        if block.kind != "number":
            continue
        prefix, value, suffix, fmt = label_parts(block.label)
        key = (prefix, suffix, fmt, block.level)
        current = open_lists.get(key)
        if current and current[1] + 1 == value:
            out[index] = current[0]
        else:
            formats.append(NumberFormat(prefix, suffix, fmt, block.level, value))
            out[index] = len(formats) - 1
        open_lists[key] = (out[index], value)
    return out


# --------------------------------------------------------------------------------------------
# Word
# --------------------------------------------------------------------------------------------


def build_docx(blocks: list[Block], meta: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)
    text_width = Mm(170)
    gap = Mm(8)
    column_width = int((text_width - gap) / 2)

    # Language en-GB everywhere, automatic hyphenation on.
    styles_el = doc.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr_default.findall(qn("w:lang")):
        rpr_default.remove(old)
    rpr_default.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'))
    for old in rpr_default.findall(qn("w:rFonts")):
        rpr_default.remove(old)
    rpr_default.insert(
        0,
        parse_xml(
            f'<w:rFonts {nsdecls("w")} w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:eastAsia="{BODY_FONT}" w:cs="{BODY_FONT}"/>'
        ),
    )
    settings = doc.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    tab_stop.addnext(parse_xml(f"<w:autoHyphenation {nsdecls('w')}/>"))
    settings.find(qn("w:defaultTabStop")).getnext().addnext(
        parse_xml(f'<w:hyphenationZone {nsdecls("w")} w:val="357"/>')
    )
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), "en-GB")

    def set_font(style, size: float, bold: bool | None = None, colour: RGBColor | None = None) -> None:
        style.font.name = BODY_FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), BODY_FONT)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts.get(qn(attr)) is not None:
                del fonts.attrib[qn(attr)]
        style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        if colour is not None:
            style.font.color.rgb = colour

    normal = doc.styles["Normal"]
    set_font(normal, 10)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.1
    for level, size in ((1, 15), (2, 12.5), (3, 11)):
        style = doc.styles[f"Heading {level}"]
        set_font(style, size, True, RGBColor(0x1F, 0x3A, 0x5F))
        style.font.italic = False
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        style.paragraph_format.space_before = Pt(10 if level == 1 else 8)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Number", "Header", "Footer"):
        set_font(doc.styles[name], 10 if name.startswith("List") else 8.5)
    for name in ("List Bullet", "List Number"):
        doc.styles[name].paragraph_format.space_after = Pt(3)

    # Numbering: numId 1 = bullets (three levels); then one list per run of numbered paragraphs.
    number_of = assign_numbering(blocks)
    formats: list[NumberFormat] = assign_numbering.formats  # type: ignore[attr-defined]
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    bullet_levels = "".join(
        f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{char}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{357 * (lvl + 1)}" w:hanging="357"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}"/></w:rPr></w:lvl>'
        for lvl, char in enumerate("•–▪")
    )
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>{bullet_levels}</w:abstractNum>'
        )
    )
    for list_id, nf in enumerate(formats, start=1):
        longest = len(nf.prefix) + len(str(nf.start + 9)) + len(nf.suffix)
        hanging = 454 if longest <= 3 else 624 if longest <= 5 else 794
        left = 357 * nf.depth + hanging
        numbering.append(
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{list_id}"><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="{nf.start}"/><w:numFmt w:val="{nf.fmt}"/>'
                f'<w:lvlText w:val="{nf.prefix}%1{nf.suffix}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl></w:abstractNum>'
            )
        )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="1"><w:abstractNumId w:val="0"/></w:num>'))
    for list_id in range(1, len(formats) + 1):
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{list_id + 1}"><w:abstractNumId w:val="{list_id}"/></w:num>')
        )

    def set_numbering(paragraph, num_id: int, ilvl: int) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id

    def add_runs(paragraph, text: str) -> bool:
        segs, listed = inline(text)
        for seg in segs:
            run = paragraph.add_run(seg.text)
            if "b" in seg.fmt:
                run.bold = True
            if "i" in seg.fmt:
                run.italic = True
            if "u" in seg.fmt or seg.href:
                run.underline = True
            if seg.href:
                run.font.color.rgb = RGBColor(0x1A, 0x4E, 0x9C)
            if "sup" in seg.fmt:
                run.font.superscript = True
            if "sub" in seg.fmt:
                run.font.subscript = True
            if "mark" in seg.fmt:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        return listed

    def add_table(block: Block, width: int) -> None:
        rows = block.rows
        ncols = len(rows[0])
        longest = [max(len(plain(r[c])) for r in rows) for c in range(ncols)]
        # Narrow columns: widths follow the square root of the longest cell, so a column of long
        # sentences next to short labels stays narrow enough for its cells to wrap.
        weights = [max(3.0, min(n, 400) ** 0.5) for n in longest]
        if ncols == 2:
            # a contents list (page numbers on the right), else labels beside long sentences
            contents = longest[1] <= 12
            weights = [0.8, 0.2] if contents else [0.36, 0.64] if longest[0] >= 12 else [0.3, 0.7]
        font_size = 8.5 if ncols <= 6 else 7.5
        # No column narrower than its longest word (about 0.62 em a letter, plus the cell margins),
        # so words wrap between them and are never cut.
        longest_word = [max((len(w) for r in rows for w in plain(r[c]).split()), default=1) for c in range(ncols)]
        floor = [Pt(min(n, 16) * 0.62 * font_size + 12) for n in longest_word]
        widths = [int(width * w / sum(weights)) for w in weights]
        for _ in range(ncols):
            short = [c for c in range(ncols) if widths[c] < floor[c]]
            if not short:
                break
            for c in short:
                widths[c] = int(floor[c])
            rest = [c for c in range(ncols) if c not in short and widths[c] > floor[c]]
            excess = sum(widths) - width
            if excess > 0 and rest:
                share = sum(widths[c] for c in rest)
                for c in rest:
                    widths[c] -= int(excess * widths[c] / share)
        if sum(widths) > width:
            widths = [int(w * width / sum(widths)) for w in widths]
        table = doc.add_table(rows=len(rows), cols=ncols)
        table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        grid = table._tbl.tblGrid
        for col, grid_col in enumerate(grid.findall(qn("w:gridCol"))):
            grid_col.set(qn("w:w"), str(int(widths[col] / 635)))
        header = len(rows) >= 3
        for r, row in enumerate(rows):
            tr = table.rows[r]
            for c, cell_text in enumerate(row):
                cell = tr.cells[c]
                cell.width = widths[c]
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                paragraph.paragraph_format.space_after = Pt(1)
                listed = add_runs(paragraph, cell_text)
                if listed:
                    paragraph.style = doc.styles["List Bullet"]
                    set_numbering(paragraph, 1, 0)
                    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                for run in paragraph.runs:
                    run.font.size = Pt(font_size)
                    if r == 0 and header:
                        run.bold = True
                if r == 0 and header:
                    tc_pr = cell._tc.get_or_add_tcPr()
                    tc_pr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    split = split_point(blocks)
    width = column_width if split > 0 else text_width
    first = True
    for index, block in enumerate(blocks):
        if index == split and 0 < split < len(blocks):
            doc.add_section(WD_SECTION.CONTINUOUS)
            width = text_width
        if block.kind == "heading":
            level = 1 if first else block.level
            paragraph = doc.add_paragraph(style=f"Heading {level}")
            add_runs(paragraph, block.text)
        elif block.kind == "para":
            add_runs(doc.add_paragraph(), block.text)
        elif block.kind == "bullet":
            paragraph = doc.add_paragraph(style="List Bullet")
            set_numbering(paragraph, 1, block.level)
            add_runs(paragraph, block.text)
        elif block.kind == "number":
            paragraph = doc.add_paragraph(style="List Number")
            set_numbering(paragraph, number_of[index] + 2, 0)
            add_runs(paragraph, block.text)
        elif block.kind == "table" and len(block.rows[0]) > 6 and width == text_width:
            # A wide table gets a landscape page of its own, as councils print them.
            landscape = doc.add_section(WD_SECTION.NEW_PAGE)
            landscape.orientation = WD_ORIENT.LANDSCAPE
            landscape.page_width, landscape.page_height = Mm(297), Mm(210)
            add_table(block, Mm(257))
            portrait = doc.add_section(WD_SECTION.NEW_PAGE)
            portrait.orientation = WD_ORIENT.PORTRAIT
            portrait.page_width, portrait.page_height = Mm(210), Mm(297)
        elif block.kind == "table":
            add_table(block, width)
        first = False

    sections = doc.sections
    cols = sections[0]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sections[0]._sectPr.append(cols)
    if len(sections) > 1:
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), str(int(gap / 635)))
        body_cols = sections[1]._sectPr.find(qn("w:cols"))
        body_cols.set(qn("w:num"), "1")

    # Running header with the council's name, footer "Page N of M".
    council = f"{meta['council']} Council"
    head = sections[0].header.paragraphs[0]
    head.text = council
    head._p.get_or_add_pPr().append(  # before w:jc, as the schema orders them
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="1F3A5F"/></w:pBdr>')
    )
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add_field(paragraph, instruction: str) -> None:
        for kind in ("begin", "instr", "separate", "value", "end"):
            run = paragraph.add_run("1" if kind == "value" else None)
            if kind == "instr":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = f" {instruction} \\* MERGEFORMAT "
                run._r.append(instr)
            elif kind != "value":
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)

    foot.add_run("Page ")
    add_field(foot, "PAGE")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES")

    props = doc.core_properties
    props.title = meta.get("title", "")
    props.author = council
    props.last_modified_by = council
    props.language = "en-GB"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    props.comments = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    _write_fixed_zip(buffer.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so the same input gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            out.writestr(fixed, source.read(info.filename))


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_VOWELS = set("aeiouyAEIOUY")


def soft_hyphenate(word: str) -> str:
    """Insert U+00AD at syllable-ish places of a long word (not within its first or last 3 letters)."""
    if len(word) < 10:
        return word
    candidates = []
    for p in range(3, len(word) - 3 + 1):
        if p < 3 or len(word) - p < 3:
            continue
        a, b, c = word[p - 1], word[p], word[p + 1] if p + 1 < len(word) else ""
        if (a in _VOWELS and b not in _VOWELS and c in _VOWELS) or (
            a not in _VOWELS and b not in _VOWELS and p >= 2 and word[p - 2] in _VOWELS and c in _VOWELS
        ):
            candidates.append(p)
    chosen: list[int] = []
    for p in candidates:
        if not chosen or p - chosen[-1] >= 4:
            chosen.append(p)
    if not chosen:
        chosen = list(range(5, len(word) - 3, 5))
    out, last = [], 0
    for p in chosen:
        out.append(word[last:p])
        last = p
    out.append(word[last:])
    return "\u00ad".join(out)


def html_inline(text: str, hyphenate: bool) -> tuple[str, bool]:
    segs, listed = inline(text)
    parts = []
    for seg in segs:
        chunk = html.escape(seg.text, quote=False)
        if hyphenate:
            chunk = re.sub(r"[A-Za-z]{10,}", lambda m: soft_hyphenate(m.group(0)), chunk)
        for name, tag in (("sup", "sup"), ("sub", "sub"), ("mark", "mark"), ("u", "u"), ("i", "em"), ("b", "strong")):
            if name in seg.fmt:
                chunk = f"<{tag}>{chunk}</{tag}>"
        if seg.href:
            chunk = f'<a href="{html.escape(seg.href)}">{chunk}</a>'
        parts.append(chunk)
    return "".join(parts), listed


def plan_html(blocks: list[Block], hyphenate: bool = False) -> str:
    out: list[str] = []
    stack: list[str] = []

    def close_lists(to_depth: int = -1) -> None:
        while len(stack) > to_depth + 1:
            out.append(f"</li></{stack.pop()}>")

    for block in blocks:
        if block.kind in ("bullet", "number"):
            tag = "ul" if block.kind == "bullet" else "ol"
            depth = min(block.level, len(stack))
            if len(stack) > depth + 1:
                close_lists(depth)
            if len(stack) == depth + 1 and stack[-1] != tag:
                close_lists(depth - 1)
            if len(stack) == depth + 1:
                out.append("</li>")
            else:
                cls = ' class="paras"' if tag == "ol" else ""
                out.append(f"<{tag}{cls}>")
                stack.append(tag)
            body, _ = html_inline(block.text, hyphenate)
            if block.kind == "number":
                body = f'<span class="num">{html.escape(block.label)} </span>{body}'
            out.append(f"<li>{body}")
            continue
        close_lists()
        if block.kind == "heading":
            level = block.level + 1
            out.append(f"<h{level}>{html_inline(block.text, hyphenate)[0]}</h{level}>")
        elif block.kind == "para":
            out.append(f"<p>{html_inline(block.text, hyphenate)[0]}</p>")
        elif block.kind == "table":
            rows = block.rows
            head = len(rows) >= 3
            out.append('<div class="table-wrap"><table>')
            for r, row in enumerate(rows):
                if r == 0 and head:
                    out.append("<thead>")
                if r == 1 and head:
                    out.append("<tbody>")
                cells = []
                for cell in row:
                    body, listed = html_inline(cell, hyphenate)
                    if listed:
                        body = f"<ul><li>{body}</li></ul>"
                    tag = "th" if (r == 0 and head) else "td"
                    cells.append(f"<{tag}>{body}</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
                if r == 0 and head:
                    out.append("</thead>")
            out.append("</tbody></table></div>" if head else "</table></div>")
    close_lists()
    return "\n".join(out)


SITE_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c; }
a { color: #1a4e9c; }
.skip-link { position: absolute; left: -9999px; }
.cookie-banner { background: #f3f2f1; padding: 1em 2em; border-bottom: 2px solid #b1b4b6; }
.cookie-banner button { margin-right: 0.5em; }
header.site-header { background: #1f3a5f; color: #fff; padding: 0.8em 2em; }
header.site-header a { color: #fff; }
header .logo { font-size: 1.4em; font-weight: bold; text-decoration: none; }
header nav ul { list-style: none; margin: 0.5em 0 0; padding: 0; display: flex; gap: 1.5em; flex-wrap: wrap; }
.breadcrumbs { padding: 0.6em 2em; font-size: 0.9em; }
.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.4em; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "\\203A\\00a0"; }
main { max-width: 60em; padding: 0 2em 2em; }
.document-meta { color: #505a5f; font-size: 0.9em; }
main p, main li { text-align: justify; }
main ul { padding-left: 1.4em; }
main ul li { padding-left: 0.2em; }
ol.paras { list-style: none; padding-left: 0; }
ol.paras > li { padding-left: 3.2em; text-indent: -3.2em; }
ol.paras > li > .num { display: inline-block; min-width: 3.2em; text-indent: 0; }
ol.paras > li ul, ol.paras > li ol { text-indent: 0; }
.table-wrap { overflow-x: auto; margin: 1em 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid #505a5f; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
th { background: #dee5f0; }
td ul { margin: 0; padding-left: 1.1em; }
footer.site-footer { background: #f3f2f1; border-top: 4px solid #1f3a5f; padding: 1.5em 2em; font-size: 0.9em; }
footer.site-footer ul { list-style: none; padding: 0; display: flex; gap: 1.5em; flex-wrap: wrap; }
"""

PRINT_CSS = """
@page { size: A4; margin: 20mm 15mm 18mm 15mm; }
@media print {
  .cookie-banner, header.site-header, .breadcrumbs, footer.site-footer, .skip-link { display: none !important; }
  body { font-size: 9.5pt; line-height: 1.32; }
  main { max-width: none; padding: 0; column-count: 2; column-gap: 7mm; column-fill: auto; }
  main h1 { column-span: all; font-size: 16pt; margin: 0 0 4mm; }
  .document-meta { column-span: all; }
  main h2 { font-size: 12.5pt; margin: 3.5mm 0 1.5mm; break-after: avoid; }
  main h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
  main h4 { font-size: 10pt; margin: 2.5mm 0 1mm; break-after: avoid; }
  main p { margin: 0 0 2mm; orphans: 2; widows: 2; }
  main p, main li { text-align: justify; hyphens: manual; }
  main ul { padding-left: 4.5mm; margin: 0 0 2mm; }
  main li { margin: 0 0 1mm; }
  ol.paras > li { padding-left: 9mm; text-indent: -9mm; }
  ol.paras > li > .num { min-width: 9mm; }
  .table-wrap { overflow: visible; margin: 2mm 0 3mm; }
  table { width: 100%; table-layout: fixed; font-size: 7.5pt; line-height: 1.25; }
  th, td { border: 0.6pt solid #000; padding: 0.8mm 1.2mm; overflow-wrap: break-word; hyphens: manual; }
  tr { break-inside: avoid; }
}
"""


def page_html(blocks: list[Block], meta: dict, stem: str, for_print: bool = False) -> str:
    council = meta["council"]
    title = meta["title"]
    slug = council.lower().replace(" ", "")
    year = meta.get("date", str(meta.get("period_start", "")))[:4]
    published = meta.get("date") or str(meta.get("period_start", ""))
    body = plan_html(blocks, hyphenate=for_print)
    css = SITE_CSS + (PRINT_CSS if for_print else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(council)} Council</title>
<meta name="description" content="{html.escape(title)}">
<link rel="canonical" href="https://www.{slug}.gov.uk/community-safety/{stem}">
<style>{css}</style>
</head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookies on this website">
<p>We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site and improve our services.</p>
<button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
<a class="logo" href="/">{html.escape(council)} Council</a>
<nav aria-label="Main navigation">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/services">Services</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/community-safety">Community safety</a></li>
<li><a href="/news">News</a></li>
<li><a href="/contact-us">Contact us</a></li>
</ul>
</nav>
</header>
<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
<li><a href="/">Home</a></li>
<li><a href="/council-and-democracy">Council and democracy</a></li>
<li><a href="/community-safety">Community safety</a></li>
<li aria-current="page">{html.escape(title)}</li>
</ol>
</nav>
<main id="main-content">
<h1>{html.escape(title)}</h1>
<p class="document-meta">Published: {html.escape(published)}</p>
{body}
</main>
<footer class="site-footer">
<ul>
<li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li>
<li><a href="/cookies">Cookies</a></li>
<li><a href="/contact-us">Contact us</a></li>
<li><a href="/sitemap">Site map</a></li>
</ul>
<p>&copy; {html.escape(council)} Council {html.escape(year)}</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# PDFs
# --------------------------------------------------------------------------------------------


def libreoffice_pdfs(docx_files: list[Path], out_dir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer-nogui hyphen-en-gb hyphen-en-us")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="renditions-lo-") as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), *map(str, docx_files)],
            check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600,
        )  # fmt: skip


def chromium_pdf(page_source: str, council: str, path: Path) -> None:
    from playwright.sync_api import sync_playwright

    header = (
        '<div style="font-family: Liberation Sans, Arial, sans-serif; font-size: 8pt; width: 100%; '
        f'margin: 0 15mm; text-align: right; color: #1f3a5f;">{html.escape(council)} Council</div>'
    )
    footer = (
        '<div style="font-family: Liberation Sans, Arial, sans-serif; font-size: 8pt; width: 100%; '
        'text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
    )
    with tempfile.TemporaryDirectory(prefix="renditions-html-") as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page_source, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(source.as_uri())
            page.emulate_media(media="print")
            page.pdf(
                path=str(path), format="A4", print_background=True, display_header_footer=True,
                header_template=header, footer_template=footer, prefer_css_page_size=True,
                margin={"top": "20mm", "bottom": "18mm", "left": "15mm", "right": "15mm"},
            )  # fmt: skip
            browser.close()


def scanned_pdf(source: Path, path: Path, dpi: int = 200, quality: int = 60) -> None:
    import numpy as np
    from PIL import Image

    with tempfile.TemporaryDirectory(prefix="renditions-scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(source), f"{tmp}/page"], check=True)
        pages = sorted(Path(tmp).glob("page-*.pgm"))
        rng = np.random.default_rng(20240101)
        images = []
        for page_file in pages:
            image = Image.open(page_file).convert("L")
            angle = float(rng.uniform(-0.45, 0.45))
            image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            pixels = np.asarray(image, dtype=np.float32)
            pixels = pixels * 0.93 + 6  # paper is not quite white, toner not quite black
            pixels += rng.normal(0.0, 4.0, pixels.shape)
            # a faint shadow along the left edge where the page met the scanner lid
            width = pixels.shape[1]
            pixels[:, : width // 60] -= np.linspace(18, 0, width // 60)[None, :]
            image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
            images.append(image)
        stamp = time.strptime("2021-01-05 09:30:00", "%Y-%m-%d %H:%M:%S")
        images[0].save(
            path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality,
            creator="Scanner", producer="Scanner", creationDate=stamp, modDate=stamp,
        )  # fmt: skip


# --------------------------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------------------------


def words(text: str, join_lines: bool = True) -> list[str]:
    """Lower-case words, hyphenated compounds and words broken at line ends joined, symbols ignored."""
    if join_lines:  # "imme-\ndiately"; Chromium writes "imme\u00ad\n\u2010\ndiately"
        text = re.sub(
            r"(\w)([-\u00ad\u2010\u2011][-\u00ad\u2010\u2011\s]*)(?=\w)",
            lambda m: m.group(1) if "\n" in m.group(2) else m.group(0),
            text,
        )
    text = text.replace("\u00ad", "")
    text = re.sub(r"(\w)[-\u2010\u2011](?=\w)", r"\1", text)
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.findall(r"[0-9a-z\u00c0-\u024f]+", text.lower())


def corpus_words(text: str) -> list[str]:
    """The plan's own words, from the text with its markup taken out (independently of the parser)."""
    text = re.sub(r"\\([\\*_#\[\]()`>])", r"\1", text)
    text = re.sub(r"\[([^\[\]\n]+)\]\([^()\s]*\)", r"\1", text)
    text = re.sub(r"</?[A-Za-z]+[^<>]*>", "", text)
    return words(html.unescape(text))


def docx_text(path: Path) -> str:
    """The text of a .docx in reading order, with Word-numbering labels put back in."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(path))
    levels: dict[str, tuple[int, str, str]] = {}
    abstract = {}
    for a in doc.part.numbering_part.element.findall(qn("w:abstractNum")):
        lvl = a.find(qn("w:lvl"))
        abstract[a.get(qn("w:abstractNumId"))] = (
            int(lvl.find(qn("w:start")).get(qn("w:val"))),
            lvl.find(qn("w:numFmt")).get(qn("w:val")),
            lvl.find(qn("w:lvlText")).get(qn("w:val")),
        )
    for n in doc.part.numbering_part.element.findall(qn("w:num")):
        levels[n.get(qn("w:numId"))] = abstract[n.find(qn("w:abstractNumId")).get(qn("w:val"))]
    counters: Counter[str] = Counter()
    out: list[str] = []
    for p in doc.element.body.iter(qn("w:p")):
        num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        label = ""
        if num is not None and num.get(qn("w:val")) != "1":
            num_id = num.get(qn("w:val"))
            start, fmt, text = levels[num_id]
            value = start + counters[num_id]
            counters[num_id] += 1
            label = text.replace("%1", str(value) if fmt == "decimal" else chr(ord("a") + value - 1)) + " "
        out.append(label + "".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(out)


def pdf_text(path: Path, raw: bool = True) -> str:
    """pdftotext's text; -raw (content order) keeps line-end hyphens, which the default mode drops
    leaving a space inside the word ("in tegrated")."""
    mode = ["-raw"] if raw else []
    text = subprocess.run(
        ["pdftotext", *mode, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.replace("\f", "\n")


def html_text(path: Path) -> str:
    source = path.read_text(encoding="utf-8")
    main = source[source.index("<main") : source.index("</main>")]
    main = re.sub(r"<(?:br|/?p|/?li|/?h\d|/?tr|/?td|/?th|/?ul|/?ol|/?table|/?div)\b[^>]*>", "\n", main)
    return html.unescape(re.sub(r"<[^>]+>", "", main))


@dataclass
class CheckResult:
    name: str
    missing: Counter
    order: float  # share of the plan's words found in the same order

    @property
    def ok(self) -> bool:
        return not self.missing


def compare(expected: list[str], found: list[str], name: str, unjoined: list[str] | None = None) -> CheckResult:
    """Which of the plan's words are not in the rendition's text, and how much is in the same order.

    `unjoined` is the text tokenised without joining words broken at line ends: where the next line
    in content order is not the continuation (a table cell going on after the page break while the
    other cells of its row come first), joining glues the wrong halves together."""
    expected_count, found_count = Counter(expected), Counter(found)
    alternative = Counter(unjoined) if unjoined is not None else found_count
    missing = expected_count - (found_count | alternative)
    # A word hyphenated at the foot of a page or cell has something else between its halves: count
    # it as there when both halves are in the text more often than the plan has them on their own.
    spare = alternative - expected_count
    for word in list(missing):
        for _ in range(missing[word]):
            halves = next(
                ((word[:k], word[k:]) for k in range(2, len(word) - 1) if spare[word[:k]] > 0 and spare[word[k:]] > 0),
                None,
            )
            if halves is None:
                break
            spare[halves[0]] -= 1
            spare[halves[1]] -= 1
            missing[word] -= 1
    missing = +missing
    matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
    in_order = sum(block.size for block in matcher.get_matching_blocks())
    return CheckResult(name, missing, in_order / max(1, len(expected)))


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------


def human_size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.2f} MB"


def pdf_pages(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return match.group(1) if match else "?"


README_HEAD = """# Renditions of the bundled plans

The five plans in `corpus/*.txt`, published again the way councils publish them: Word files,
PDFs made by two different tools, saved web pages and one scanned PDF. The text of every
rendition is the plan's text word for word, in the same reading order; only the format differs.
They are test material for loaders and chunkers that must cope with real-world files (columns,
hyphenated line ends, running headers and footers, list numbering held outside the text, tables
with wrapped cells, page furniture, an image-only scan).

Everything here is rebuilt by `build.py` from `corpus/` (do not edit the files by hand):

```bash
python eval/renditions/build.py                 # all renditions, then the word check, then this README
python eval/renditions/build.py --check-only    # only check the files that are here
python eval/renditions/build.py --only safer-sutton-strategy-2021-24
```

The .docx files and the HTML are byte-for-byte reproducible (fixed dates and zip timestamps);
the PDFs carry the creation date and ID their tools write, so they differ in those bytes only.
Each file has a sidecar `<file name>.meta.json` with the same content as the corpus sidecar of its
plan (council, title, classification...).

## Folders

| folder | what | made by |
| --- | --- | --- |
| `docx/` | all five plans as Word documents | python-docx (`build_docx`) |
| `pdf/` | four plans converted from those .docx files; Tower Hamlets printed from HTML | LibreOffice `soffice --headless --convert-to pdf`; Chromium through Playwright `page.pdf()` |
| `html/` | all five plans as saved council web pages | `page_html` |
| `scanned/` | `safer-sutton-strategy-2021-24.pdf`: an image-only copy of `pdf/safer-sutton-strategy-2021-24.pdf` | `pdftoppm -r 200 -gray`, Pillow |

## Layout and features

**Word (`docx/*.docx`)**, all five plans:

- real Word structure: Heading 1/2/3 styles (markdown `#` levels; short standalone lines become
  Heading 1 when numbered `N.` or in capitals, else Heading 2); paragraphs in Normal, justified;
- bullets in "List Bullet" with a real bullet list (numbering.xml, three levels, hanging indent);
- numbered paragraphs (`28.`, `3.2`, `1.1.`, `a)`, `1)`) in "List Number" with real Word
  numbering: each run of consecutive numbers is one list whose level text carries the fixed part
  (`3.%1` starting at 1, `%1.` starting at 28), so **the numbers are not in the document text**
  (python-docx's `paragraph.text` does not show them; Word and LibreOffice do);
- tables in style "Table Grid" (all borders), fixed layout, first row bold and shaded when the
  table has 3 rows or more; column widths follow the square root of the longest cell
  (two-column tables 30-36% / 64-70%, contents lists 80% / 20%) but no column is narrower than
  its longest word, so long cells wrap onto several lines between words; `<ul><li>` items in
  table cells are bulleted paragraphs in the cell; a table of more than 6 columns (Southwark
  2017-2020's priorities grid) gets landscape pages of its own (next-page section breaks);
- language en-GB (document defaults), automatic hyphenation on (`w:autoHyphenation` in
  settings.xml);
- first section (the cover and opening, about the first 4,500-9,000 characters, up to the next
  heading, and never holding a table wider than 4 columns) in **two columns**
  (`<w:cols w:num="2">`), then a continuous section break and the rest in one column;
- running header with the council's name ("Sutton Council", from the sidecar), footer
  "Page N of M" made of PAGE and NUMPAGES fields;
- inline formatting kept as formatting: `**bold**`, `*italic*`, `<u>`, `<sup>`, `<mark>`
  (yellow highlight), `[links](#)` (blue underlined text);
- A4, Liberation Sans 10 pt.

**PDF (`pdf/*.pdf`)**:

- Lewisham, Sutton and both Southwark files: the .docx above converted by LibreOffice Writer
  (headless). Text is justified and **hyphenated** (en-GB patterns from hyphen-en-gb), so
  `pdftotext` shows words broken with a hyphen at line ends; two columns on the first page(s);
  header with the council's name, footer "Page N of M"; list labels (bullets, "3.14") are text
  in the PDF; fonts embedded (Liberation Sans). A word hyphenated at the foot of a page has the
  footer and the next header between its halves in the extracted text.
- Tower Hamlets (`tower-hamlets-community-safety-plan-2017-21.pdf`): the HTML page below with a
  print style sheet, printed by Chromium (`/usr/bin/chromium`) through Playwright's
  `page.pdf(display_header_footer=True, ...)`: site header, navigation, breadcrumbs, cookie banner
  and footer hidden for print; the **whole body in two CSS columns** (`column-count: 2`), title
  across both; `text-align: justify`; bullets with hanging indents; numbered paragraphs with the
  number in a hanging indent; bordered tables with `table-layout: fixed` in a column's width, so
  cells wrap; Chromium has no hyphenation dictionary offline, so soft hyphens (U+00AD) were put in
  words of 10 letters or more at syllable-like places (never within the first or last 3 letters),
  and some of them break at line ends with a visible hyphen; header template with the council's
  name, footer template "Page N of M" (`pageNumber`/`totalPages`). Note that Chromium writes
  every soft hyphen into the PDF's text as U+00AD, broken or not, and a break as U+00AD
  followed by a hyphen (U+2010): `pdftotext -raw` shows `Partn\u00ad` / `ership` on two lines
  even where the word is whole on the page.

**HTML (`html/*.html`)**, all five: a saved council web page, one file with inline CSS: skip
link, cookie banner (`div.cookie-banner`, first in the body), `<header>` with the council's name
and `<nav>` (Home, Services, Council and democracy, Community safety, News, Contact us),
breadcrumbs (`nav.breadcrumbs`), the plan in `<main>` (page title in `<h1>` from the sidecar, a
"Published" line, then the plan: its headings one level down as h2/h3/h4, `p`, `ul/li`,
numbered paragraphs as `ol.paras` with the number as text in `span.num`, tables with `th` in
`thead` and `td`), and a `<footer>` with site links and a copyright line. It is the HTML fed to
Chromium for Tower Hamlets without the print style sheet and without soft hyphens.

**Scanned (`scanned/safer-sutton-strategy-2021-24.pdf`)**: each page of the Sutton PDF
rasterised at 200 dpi in grey (`pdftoppm -r 200 -gray`), turned by a small random angle
(at most 0.45 degrees), paper tone, light noise and a faint shadow at the left edge, stored as
JPEG (quality 60) in an image-only PDF by Pillow. It has **no text layer** (`pdftotext` gives
nothing); `tesseract` reads it (checked on the page with "25.3%").

## Tools

- Debian packages: `libreoffice-writer-nogui`, `hyphen-en-gb`, `hyphen-en-us` (without them
  LibreOffice does not hyphenate), `chromium`, `poppler-utils` (pdftoppm, pdftotext, pdfinfo),
  `tesseract-ocr` (only for checking the scan), `fonts-liberation`, `fonts-dejavu`.
- pip: `python-docx`, `playwright` (used with the system Chromium: no browser download),
  `Pillow`, `numpy`.

## Known limits

- The tables have no repeated header row (`w:tblHeader`) and rows may split across pages (no
  `w:cantSplit`): with the two-column first section, LibreOffice 7.4 dropped table rows at page
  breaks when either was set (a whole row was missing from the Sutton PDF), and a row taller than
  a page is cut off under `cantSplit`.
- `pdftotext` in its default (layout) mode drops the hyphen of a word broken at a line end and
  leaves a space inside it ("in tegrated"); the check uses `pdftotext -raw`, which keeps
  "in-" / "tegrated". This is poppler's doing, not the files'.
- PDFs are not byte-for-byte reproducible (creation dates, IDs).

## Check

`build.py` ends by extracting the text of every rendition (python-docx with the numbering labels
put back for .docx, `pdftotext` for PDFs, the `<main>` element for HTML) and checking that every
word of the plan is there as often as in the plan (hyphens at line ends and in compounds ignored)
and how much of the plan is found in the same order. The scan is checked with tesseract.
"""


def write_readme(out: Path, results: list[CheckResult], ocr_note: str) -> None:
    rows = []
    total = 0
    for folder in ("docx", "pdf", "html", "scanned"):
        for path in sorted((out / folder).glob("*")):
            if path.name.endswith(".meta.json"):
                continue
            size = path.stat().st_size
            total += size
            pages = pdf_pages(path) if path.suffix == ".pdf" else ""
            if folder == "pdf":
                tool = "Chromium (Playwright)" if path.stem == CHROMIUM_PLAN else "LibreOffice"
            else:
                tool = {"docx": "python-docx", "html": "build.py", "scanned": "pdftoppm + Pillow"}[folder]
            rows.append(f"| `{folder}/{path.name}` | {tool} | {pages} | {human_size(size)} |")
    checks = [
        f"| `{r.name}` | {'all there' if r.ok else 'MISSING ' + ', '.join(f'{w} x{n}' for w, n in r.missing.most_common(8))} | {r.order:.1%} |"
        for r in results
    ]
    text = (
        README_HEAD
        + "\n## Files and sizes\n\n| file | made by | pages | size |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + f"\n\nTotal {human_size(total)} (sidecars not counted).\n"
        + "\n## Last check\n\n| rendition | plan's words | same order |\n| --- | --- | --- |\n"
        + "\n".join(checks)
        + f"\n\n{ocr_note}\n"
    )
    (out / "README.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------


def write_sidecar(meta_source: Path, target: Path) -> None:
    shutil.copyfile(meta_source, target.with_name(target.name + ".meta.json"))


def check(out: Path, stems: list[str]) -> tuple[list[CheckResult], str]:
    results = []
    for stem in stems:
        expected = corpus_words((CORPUS / f"{stem}.txt").read_text(encoding="utf-8"))
        docx_path, pdf_path, html_path = (
            out / "docx" / f"{stem}.docx",
            out / "pdf" / f"{stem}.pdf",
            out / "html" / f"{stem}.html",
        )
        if docx_path.exists():
            results.append(compare(expected, words(docx_text(docx_path)), f"docx/{stem}.docx"))
        if pdf_path.exists():
            council = json.loads((CORPUS / f"{stem}.txt.meta.json").read_text(encoding="utf-8"))["council"]
            furniture = re.compile(rf"^(?:Page \d+ of \d+|{re.escape(council)} Council)\s*$\n?", re.M)
            text = furniture.sub("", pdf_text(pdf_path))
            results.append(compare(expected, words(text), f"pdf/{stem}.pdf", words(text, join_lines=False)))
        if html_path.exists():
            results.append(compare(expected, words(html_text(html_path)), f"html/{stem}.html"))
    scanned = out / "scanned" / f"{SCANNED_PLAN}.pdf"
    ocr_note = ""
    if scanned.exists():
        layer = pdf_text(scanned).strip()
        ocr_note = f"Scan: text layer {'EMPTY (as it should be)' if not layer else 'PRESENT: ' + repr(layer[:60])}."
        if shutil.which("tesseract"):
            ocr_note += " " + ocr_check(out)
    return results, ocr_note


def ocr_check(out: Path, needle: str = "25.3%") -> str:
    source = out / "pdf" / f"{SCANNED_PLAN}.pdf"
    scanned = out / "scanned" / f"{SCANNED_PLAN}.pdf"
    pages = int(pdf_pages(source))
    page = next(
        (n for n in range(1, pages + 1) if needle in subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), str(source), "-"], capture_output=True, text=True).stdout),
        None,
    )  # fmt: skip
    if page is None:
        return f"OCR: {needle!r} not found in the source PDF."
    with tempfile.TemporaryDirectory(prefix="renditions-ocr-") as tmp:
        subprocess.run(["pdfimages", "-f", str(page), "-l", str(page), "-all", str(scanned), f"{tmp}/img"], check=True)
        image = sorted(Path(tmp).glob("img-*"))[0]
        text = subprocess.run(["tesseract", str(image), "-", "-l", "eng"], capture_output=True, text=True).stdout
    found = needle in text
    return f"OCR (tesseract) of scanned page {page}: {needle!r} {'read correctly' if found else 'NOT read'}."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", help="plan stems to build (default: all)")
    parser.add_argument("--check-only", action="store_true")
    args = parser.parse_args(argv)
    out: Path = args.out
    stems = sorted(p.stem for p in CORPUS.glob("*.txt"))
    if args.only:
        stems = [s for s in stems if s in args.only]
    for folder in ("docx", "pdf", "html", "scanned"):
        (out / folder).mkdir(parents=True, exist_ok=True)

    if not args.check_only:
        docx_for_libreoffice = []
        for stem in stems:
            text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
            meta_path = CORPUS / f"{stem}.txt.meta.json"
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            blocks = parse_plan(text)
            docx_path = out / "docx" / f"{stem}.docx"
            build_docx(blocks, meta, docx_path)
            write_sidecar(meta_path, docx_path)
            html_path = out / "html" / f"{stem}.html"
            html_path.write_text(page_html(blocks, meta, stem), encoding="utf-8")
            write_sidecar(meta_path, html_path)
            pdf_path = out / "pdf" / f"{stem}.pdf"
            if stem == CHROMIUM_PLAN:
                chromium_pdf(page_html(blocks, meta, stem, for_print=True), meta["council"], pdf_path)
            else:
                docx_for_libreoffice.append(docx_path)
            write_sidecar(meta_path, pdf_path)
            print(f"built {stem}: {len(blocks)} blocks", file=sys.stderr)
        if docx_for_libreoffice:
            libreoffice_pdfs(docx_for_libreoffice, out / "pdf")
        if SCANNED_PLAN in stems:
            scanned = out / "scanned" / f"{SCANNED_PLAN}.pdf"
            scanned_pdf(out / "pdf" / f"{SCANNED_PLAN}.pdf", scanned)
            write_sidecar(CORPUS / f"{SCANNED_PLAN}.txt.meta.json", scanned)

    results, ocr_note = check(out, stems)
    for r in results:
        status = "ok" if r.ok else "MISSING " + ", ".join(f"{w} x{n}" for w, n in r.missing.most_common(10))
        print(f"{r.name}: {status}; in order {r.order:.1%}")
    print(ocr_note)
    if not args.only:
        write_readme(out, results, ocr_note)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
