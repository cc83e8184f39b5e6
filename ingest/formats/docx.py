"""Reading a Word document (.docx) into typed blocks, in the order they stand in the body.

Headings come from paragraph styles ("Heading 1".."Heading 6", "Title") or an outline level; list items
from Word numbering on the paragraph or its style, with the bullet or the number as Word prints it; tables
as rows of cells (a merged cell once per row). Running headers and footers, footnotes and comments are not
part of the body and are not read; a table of contents is dropped as junk. Word has no fixed pages, so the
document has no pages and its blocks no page numbers.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from ingest.formats.numbering import letters, roman
from ingest.markup import RemovedMarkup, remove_leftovers
from ingest.model import Block, StructuredDocument, heading, item, paragraph, table

MAX_XML_BYTES = 300_000_000  # the body's XML unpacked; a larger one is refused rather than read into memory

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _T = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:t")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TXBX = qn("w:txbxContent")
_SPACES_IN_TEXT = {qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr")}
# Parts of a paragraph that are not its printed words: properties, deleted text, field codes, text boxes
# (read as blocks of their own) and the fallback copy of a drawing.
_NOT_TEXT = {qn(f"w:{name}") for name in ("pPr", "rPr", "del", "moveFrom", "delText", "instrText", "txbxContent")}
_NOT_TEXT.add(f"{_MC}Fallback")
_OFF = {"0", "false", "off"}
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_INVISIBLE = re.compile(r"[\u00ad\u200c\u200d\u2060\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")  # Symbol and Wingdings bullets typed as text
_TYPED_BULLET = re.compile(r"^[•·▪●◦○■‣➤]\s*")
_HEADING_STYLE = re.compile(r"^heading ([1-9])$")
_STYLE_NUMBER = re.compile(r"^list (?:bullet|number|continue)? ?([2-9])$")
_NUMBER = re.compile(r"^[£$€]?\s*[\d.,%]+[kmbn%]*$", re.I)
_MAX_DEPTH = 20  # nested tables read as plain text beyond this depth


def read_docx(path: Path) -> tuple[StructuredDocument, RemovedMarkup]:
    """Blocks of a Word document's body in reading order; raises ValueError for a file that is not one."""
    reader = _Reader(_open(path))
    reader.body(reader.document.element.body, 0)
    return StructuredDocument(tuple(reader.blocks), junk=tuple(reader.junk)), reader.removed


def _open(path: Path) -> Any:
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError("not a Word document (.docx): an old-format (.doc) or password-protected Word file")
    if not zipfile.is_zipfile(path):
        raise ValueError("not a Word document (.docx)")
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(info.file_size for info in archive.infolist() if info.filename.startswith("word/"))
    except (zipfile.BadZipFile, OSError) as error:
        raise ValueError("the Word document is damaged") from error
    if size > MAX_XML_BYTES:
        raise ValueError(f"the Word document is too large to read ({size // 1_000_000} MB unpacked)")
    try:
        return docx.Document(str(path))
    except ValueError as error:
        if "not a Word file" in str(error):
            raise ValueError("not a Word document (.docx)") from error
        raise ValueError("the Word document is damaged") from error
    except Exception as error:  # python-docx lets KeyError, lxml and zip errors through
        raise ValueError("the Word document is damaged") from error


def _val(element: Any, name: str) -> str | None:
    """The w:val of a child element, or None when there is no such child."""
    child = element.find(qn(name)) if element is not None else None
    return None if child is None else child.get(qn("w:val"), "")


def _on(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _words(element: Any) -> str:
    """The printed words of a paragraph (or any part of one), tabs and line breaks as spaces."""
    parts: list[str] = []

    def collect(node: Any) -> None:
        for child in node:
            tag = child.tag
            if tag == _T:
                parts.append(child.text or "")
            elif tag in _SPACES_IN_TEXT:
                parts.append(" ")
            elif tag == qn("w:noBreakHyphen"):
                parts.append("-")
            elif isinstance(tag, str) and tag not in _NOT_TEXT:
                collect(child)

    collect(element)
    return "".join(parts)


def _text_boxes(p: Any) -> Iterator[Any]:
    """Text boxes anchored in a paragraph, each once (not the fallback copy Word keeps for old readers)."""
    for box in p.iter(_TXBX):
        if not any(a.tag in (f"{_MC}Fallback", _TXBX) for a in box.iterancestors() if a is not p):
            yield box


@dataclass(frozen=True)
class _Style:
    name: str = ""
    heading: int = 0
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool = False
    style_id: str = ""


class _Styles:
    """Paragraph and character styles, resolved through the styles they are based on."""

    def __init__(self, document: Any) -> None:
        root = document.styles.element
        self._raw = {el.get(qn("w:styleId")): el for el in root.findall(qn("w:style"))}
        defaults = [
            el.get(qn("w:styleId"))
            for el in root.findall(qn("w:style"))
            if el.get(qn("w:type")) == "paragraph" and _on(el.get(qn("w:default")))
        ]
        self.default = defaults[0] if defaults else ""
        self._cache: dict[str, _Style] = {}

    def _chain(self, style_id: str) -> list[Any]:
        chain: list[Any] = []
        while style_id in self._raw and len(chain) < 20:
            element = self._raw[style_id]
            if element in chain:
                break
            chain.append(element)
            style_id = _val(element, "w:basedOn") or ""
        return chain

    def get(self, style_id: str | None) -> _Style:
        style_id = style_id or self.default
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id)
        return self._cache[style_id]

    def _resolve(self, style_id: str) -> _Style:
        chain = self._chain(style_id)
        if not chain:
            return _Style(style_id=style_id)
        name = (_val(chain[0], "w:name") or "").lower()
        level, num_id, ilvl, bold = 0, None, None, None
        for element in chain:
            p_pr = element.find(qn("w:pPr"))
            if not level:
                own = (_val(element, "w:name") or "").lower()
                match = _HEADING_STYLE.match(own)
                outline = _val(p_pr, "w:outlineLvl")
                if match or own == "title":
                    level = int(match.group(1)) if match else 1
                elif outline is not None:
                    level = _int(outline, 9) + 1 if _int(outline, 9) < 9 else -1
            num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
            if num_pr is not None and num_id is None:
                num_id = _val(num_pr, "w:numId")
                ilvl = _int(_val(num_pr, "w:ilvl")) if _val(num_pr, "w:ilvl") is not None else None
            if bold is None and _val(element.find(qn("w:rPr")), "w:b") is not None:
                bold = _on(_val(element.find(qn("w:rPr")), "w:b"))
        return _Style(name, min(max(level, 0), 6), num_id, ilvl, bool(bold), style_id)


@dataclass(frozen=True)
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    style_id: str = ""


class _Numbering:
    """Word's list definitions, and a running count per list and level to print each number."""

    def __init__(self, document: Any, styles: _Styles) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._keys: dict[str, str] = {}
        self._counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract: dict[str, dict[int, _Level]] = {}
        links: dict[str, str] = {}
        for element in root.findall(qn("w:abstractNum")):
            key = element.get(qn("w:abstractNumId"), "")
            abstract[key] = {_int(lvl.get(qn("w:ilvl"))): self._level(lvl) for lvl in element.findall(qn("w:lvl"))}
            if _val(element, "w:numStyleLink"):
                links[key] = _val(element, "w:numStyleLink") or ""
        nums = {el.get(qn("w:numId"), ""): el for el in root.findall(qn("w:num"))}
        for num_id, element in nums.items():
            abstract_id = _val(element, "w:abstractNumId") or ""
            if abstract_id in links:  # a list defined by a numbering style: follow it once
                linked = nums.get(styles.get(links[abstract_id]).num_id or "")
                abstract_id = _val(linked, "w:abstractNumId") or abstract_id if linked is not None else abstract_id
            levels = dict(abstract.get(abstract_id, {}))
            overrides = element.findall(qn("w:lvlOverride"))
            for override in overrides:
                ilvl = _int(override.get(qn("w:ilvl")))
                if override.find(qn("w:lvl")) is not None:
                    levels[ilvl] = self._level(override.find(qn("w:lvl")))
                start = _val(override, "w:startOverride")
                if start is not None:
                    levels[ilvl] = replace(levels.get(ilvl, _Level(text=f"%{ilvl + 1}.")), start=_int(start, 1))
            self._levels[num_id] = levels
            # Lists sharing a definition share their count, as in Word, unless one restarts it.
            self._keys[num_id] = f"num {num_id}" if overrides else f"abstract {abstract_id}"

    @staticmethod
    def _level(element: Any) -> _Level:
        fmt = _val(element, "w:numFmt") or "decimal"
        text = _val(element, "w:lvlText")
        ilvl = _int(element.get(qn("w:ilvl")))
        return _Level(fmt, f"%{ilvl + 1}." if text is None else text, _int(_val(element, "w:start"), 1),
                      _val(element, "w:pStyle") or "")  # fmt: skip

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        for ilvl, level in self._levels.get(num_id, {}).items():
            if level.style_id and level.style_id == style_id:
                return ilvl
        return None

    def next_marker(self, num_id: str, ilvl: int) -> str:
        """Count one more paragraph of this list at this level, and give its bullet or number as printed."""
        levels = self._levels.get(num_id)
        if levels is None:
            return "•"
        counts = self._counts.setdefault(self._keys[num_id], {})
        level = levels.get(ilvl, _Level(text=f"%{ilvl + 1}."))
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [key for key in counts if key > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return "•"

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            shown = levels.get(at, _Level())
            return number_text(counts.get(at, shown.start), shown.fmt)

        return _SPACE.sub(" ", re.sub(r"%([1-9])", number, level.text)).strip()


def number_text(value: int, fmt: str) -> str:
    """A list number in one of Word's formats (decimal, lowerLetter, upperRoman, ...); decimal otherwise."""
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        return letters(value).upper() if fmt == "upperLetter" else letters(value)
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        return roman(value).upper() if fmt == "upperRoman" else roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.styles = _Styles(document)
        self.numbering = _Numbering(document, self.styles)
        self.blocks: list[Block] = []
        self.junk: list[str] = []
        self.removed = RemovedMarkup()
        self._caption_after = -1  # index of a table block a following "Caption" paragraph may name

    def clean(self, text: str) -> str:
        text = _PRIVATE_USE.sub("•", _INVISIBLE.sub("", text))
        plain = remove_leftovers(_SPACE.sub(" ", text).strip())
        self.removed += plain.removed
        return _SPACE.sub(" ", plain.text).strip()

    def body(self, container: Any, depth: int) -> None:
        """Paragraphs and tables of the body, a table cell or a text box, in order."""
        children = list(self._children(container))
        caption = ""
        for index, child in enumerate(children):
            if child.tag == _TBL:
                self.table(child, depth, caption)
                caption = ""
                continue
            style = self.styles.get(_val(child.find(qn("w:pPr")), "w:pStyle"))
            if style.name == "caption" and caption == "":
                text = self.clean(_words(child))
                following = next((c for c in children[index + 1 :] if c.tag == _TBL or _words(c).strip()), None)
                if text and following is not None and following.tag == _TBL:
                    caption = text
                    continue
                if text and self._caption_after == len(self.blocks) - 1:
                    self.blocks[-1] = self.blocks[-1].with_text(text)
                    continue
            self.paragraph(child, style)
            caption = ""

    @staticmethod
    def _children(container: Any) -> Iterator[Any]:
        for child in container:
            if child.tag in (_P, _TBL):
                yield child
            elif child.tag in (_SDT, _CUSTOM_XML):  # content controls and custom XML hold body content
                content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if content is not None:
                    yield from _Reader._children(content)

    def paragraph(self, p: Any, style: _Style) -> None:
        p_pr = p.find(qn("w:pPr"))
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        num_id, ilvl = style.num_id, style.ilvl
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId") or num_id
            ilvl = _int(_val(num_pr, "w:ilvl")) if _val(num_pr, "w:ilvl") is not None else ilvl
        level = style.heading
        outline = _val(p_pr, "w:outlineLvl")
        if outline is not None:
            level = min(_int(outline, 9) + 1, 6) if _int(outline, 9) < 9 else 0
        marker = ""
        if num_id and num_id != "0":
            if ilvl is None:
                ilvl = self.numbering.level_of_style(num_id, style.style_id) or 0
            marker = self.numbering.next_marker(num_id, ilvl)  # an empty numbered paragraph still counts
        text = self.clean(_words(p))
        if text and (style.name.startswith("toc ") or style.name in ("toc heading", "table of figures")):
            self.junk.append(text)
        elif text and level > 0:
            numbered = marker and marker != "•"
            self.blocks.append(heading(f"{marker} {text}" if numbered else text, level))
        elif text and num_id and num_id != "0":
            style_level = _STYLE_NUMBER.match(style.name)
            depth = max(ilvl or 0, int(style_level.group(1)) - 1 if style_level else 0)
            self.blocks.append(item(text, depth, marker))
        elif text and _TYPED_BULLET.match(text) and _TYPED_BULLET.sub("", text):
            self.blocks.append(item(_TYPED_BULLET.sub("", text), 0, "•"))
        elif text:
            self.blocks.append(paragraph(text))
        for box in _text_boxes(p):
            self.body(box, 0)

    def table(self, tbl: Any, depth: int, caption: str) -> None:
        rows = list(self._rows(tbl))
        cells = [cell for row in rows for cell in row]
        if depth < _MAX_DEPTH and (
            len(cells) == 1 or any(c.find(f".//{_TBL}") is not None or self._has_heading(c) for c in cells)
        ):  # a table used for layout, or holding tables: read its cells as the body they are
            for cell in cells:
                self.body(cell, depth + 1)
            return
        texts: list[list[str]] = []
        header = 0
        above: dict[int, str] = {}  # text of a vertically merged cell, by grid column
        for index, (tr, row) in enumerate(zip(self._trs(tbl), rows, strict=True)):
            column = _int(_val(tr.find(qn("w:trPr")), "w:gridBefore"))
            line: list[str] = []
            for tc in row:
                tc_pr = tc.find(qn("w:tcPr"))
                span = max(_int(_val(tc_pr, "w:gridSpan"), 1), 1)
                merge = _val(tc_pr, "w:vMerge")
                if _val(tc_pr, "w:hMerge") not in (None, "restart"):
                    continue  # the rest of an old-style horizontal merge: the cell is already in the row
                text = above.get(column, "") if merge not in (None, "restart") else self._cell_text(tc, depth)
                above[column] = text
                line.append(text)
                column += span
            if any(line):
                texts.append(line)
                if index == header and _on(_val(tr.find(qn("w:trPr")), "w:tblHeader")):
                    header += 1
            elif index == header:
                header += 1  # an empty row at the top does not end the header
        header = min(header, len(texts))
        if texts and not header and self._looks_like_header(rows, texts):
            header = 1
        caption = caption or self.clean(_val(tbl.find(qn("w:tblPr")), "w:tblCaption") or "")
        if texts:
            self.blocks.append(table(texts, header, caption))
            self._caption_after = len(self.blocks) - 1

    @staticmethod
    def _trs(tbl: Any) -> list[Any]:
        return list(_Reader._direct(tbl, _TR))

    def _rows(self, tbl: Any) -> list[list[Any]]:
        return [list(self._direct(tr, _TC)) for tr in self._trs(tbl)]

    @staticmethod
    def _direct(parent: Any, tag: str) -> Iterator[Any]:
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in (_SDT, _CUSTOM_XML):
                content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
                if content is not None:
                    yield from _Reader._direct(content, tag)

    def _has_heading(self, cell: Any) -> bool:
        return any(
            self.styles.get(_val(p.find(qn("w:pPr")), "w:pStyle")).heading > 0 and _words(p).strip()
            for p in cell.iter(_P)
        )

    def _cell_text(self, tc: Any, depth: int) -> str:
        """A cell's paragraphs joined by a space (a nested table's cells too, its rows by '; ')."""
        parts: list[str] = []
        for child in self._children(tc):
            if child.tag == _P:
                parts.append(self.clean(_words(child)))
            else:
                rows = [" ".join(filter(None, (self.clean(_words(c)) for c in row))) for row in self._rows(child)]
                parts.append("; ".join(filter(None, rows)))
        return " ".join(filter(None, parts))

    def _looks_like_header(self, rows: list[list[Any]], texts: list[list[str]]) -> bool:
        """A first row of bold cells over cells that are not, or of short labels shorter than what stands under them."""
        if len(texts) < 2 or len(texts[0]) < 2:
            return False
        written = [[tc for tc in row if _words(tc).strip()] for row in rows]
        written = [row for row in written if row]
        if all(self._bold(tc) for tc in written[0]):
            return not all(self._bold(tc) for row in written[1:] for tc in row)
        named = [text for text in texts[0] if text]
        if len(named) < len(texts[0]) or any(len(t) > 40 or t.endswith(".") or _NUMBER.match(t) for t in named):
            return False
        shorter = 0
        for column, label in enumerate(texts[0]):
            under = [row[column] for row in texts[1:] if column < len(row) and row[column]]
            if under and sum(map(len, under)) / len(under) > len(label):
                shorter += 1
        return shorter * 2 > len(texts[0])

    def _bold(self, tc: Any) -> bool:
        """Every run with words in the cell is bold (directly, or by its character or paragraph style)."""
        runs = 0
        for p in tc.iter(_P):
            style = self.styles.get(_val(p.find(qn("w:pPr")), "w:pStyle"))
            for run in p.iter(qn("w:r")):
                if not "".join(t.text or "" for t in run.iter(_T)).strip():
                    continue
                runs += 1
                r_pr = run.find(qn("w:rPr"))
                direct = _val(r_pr, "w:b")
                if direct is not None:
                    if not _on(direct):
                        return False
                    continue
                character = self.styles.get(_val(r_pr, "w:rStyle")) if _val(r_pr, "w:rStyle") else None
                if not (style.bold or (character is not None and character.bold)):
                    return False
        return runs > 0
