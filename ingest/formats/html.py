"""Reading a saved council web page into typed blocks: its main content only.

The page is parsed (stdlib `html.parser`, entities decoded exactly once) into a small tree. The content
is the `<main>` element (or `role="main"`, or a lone `<article>`); without one, the `<body>` less the
site's navigation, banner, footer, side panels, forms, cookie banner, breadcrumbs and skip links. Code and
embedded content (script, style, iframe, svg, ...) are dropped with what they hold and counted, as in
ingest.markup. Links keep their words only, images their alt text only inside a paragraph, and whatever
the decoded text still holds that looks like a tag is removed, so no block can become markup again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ingest.formats.numbering import letters, roman
from ingest.markup import RemovedMarkup, for_parser, remove_leftovers
from ingest.model import Block, StructuredDocument, heading, item, paragraph, table

_DROPPED = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "applet", "frame"}
)
_SILENT = frozenset({"button", "select", "textarea", "datalist", "dialog"})  # controls: dropped, not counted
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "frame", "hr", "img", "input", "link", "meta", "param", "source", "track",
     "wbr"}
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
) | frozenset(_HEADINGS)  # fmt: skip
_PARAGRAPH_LIKE = frozenset({"p", "li", "td", "th", "dd", "dt", "caption", "figcaption", "blockquote", *_HEADINGS})
_SCOPE = frozenset({"html", "table", "td", "th", "caption", "button", "object", "template"})
_LANDMARK_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
_SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
# Class or id words of site furniture: cookie banners, breadcrumbs, skip links, menus, site navigation.
_FURNITURE = re.compile(
    r"cookie|breadcrumb|skip-?(?:link|to|nav|main)|skiplink|consent-banner|site-?nav|main-?nav|mega-?menu|"
    r"(?:^|[-_ ])(?:nav|navbar|navigation|menu|menubar|sitemap)(?:$|[-_ ])",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_UNSAFE_URL = re.compile(r"^(?:javascript|vbscript|livescript|data):", re.I)
_SPACE = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_INVISIBLE = re.compile(r"[\u00ad\u200c\u200d\u2060\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NOTHING = RemovedMarkup()
_MAX_DEPTH = 200  # elements nested deeper are read as part of the element at this depth


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None = field(default=None, repr=False)
    children: list[_Node | str] = field(default_factory=list, repr=False)

    def ancestors(self) -> list[_Node]:
        found, node = [], self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found

    def contains(self, tags: frozenset[str] | set[str]) -> bool:
        """Whether any element under this one is one of `tags`."""
        stack = [c for c in self.children if isinstance(c, _Node)]
        while stack:
            node = stack.pop()
            if node.tag in tags:
                return True
            stack.extend(c for c in node.children if isinstance(c, _Node))
        return False

    def text_length(self) -> int:
        """How many characters of text are under this element."""
        total, stack = 0, [self]
        while stack:
            node = stack.pop()
            for child in node.children:
                if isinstance(child, str):
                    total += len(child.strip())
                else:
                    stack.append(child)
        return total

    def find_all(self, tag: str) -> list[_Node]:
        found: list[_Node] = []
        stack: list[_Node] = [self]
        while stack:
            node = stack.pop()
            if node.tag == tag and node is not self:
                found.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, _Node)]))
        return found


def read_html(text: str) -> tuple[StructuredDocument, RemovedMarkup]:
    """The blocks of a web page's main content in reading order, and what markup was dropped."""
    builder = _TreeBuilder()
    found: Counter[str] = Counter()
    # Comments out, and no construct html.parser would rescan to the end for (quadratic before 3.13.4).
    builder.feed(for_parser(text, found))
    builder.close()
    builder.counts["comments"] += found["comments"]  # a <!DOCTYPE> is not worth a warning: not counted
    region = _region(builder.root)
    reader = _Reader(builder.counts, region)
    reader.walk(region, "div", 0)
    reader.flush()
    removed = RemovedMarkup(
        elements=tuple(sorted(builder.elements.items())),
        unclosed=len(builder.dropping),
        **{name: number for name, number in reader.counts.items() if number},
    )
    return StructuredDocument(tuple(reader.blocks)), removed + reader.removed


class _TreeBuilder(HTMLParser):
    """A forgiving tree of the page: void elements, implied end tags, dropped code and embedded content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]
        self.open: Counter[str] = Counter()  # open elements by name, so a stack is scanned only when it holds one
        self.dropping: list[str] = []
        self.elements: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if self.dropping:
            if tag in self.dropping and not closed:
                self.dropping.append(tag)
            return
        if tag in _DROPPED or tag in _SILENT:
            if tag in _DROPPED:
                self.elements[tag] += 1
            if not closed and tag not in _VOID:
                self.dropping.append(tag)
            return
        self._close_implied(tag)
        node = _Node(tag, {name: value or "" for name, value in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if not closed and tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)
            self.open[tag] += 1

    def _close_implied(self, tag: str) -> None:
        """Close what a new element ends without saying so: a list item, a cell, a row, a paragraph."""
        closes = {
            "body": ({"head"}, set()),
            "li": ({"li"}, {"ul", "ol", "menu"}),
            "dt": ({"dt", "dd"}, {"dl"}),
            "dd": ({"dt", "dd"}, {"dl"}),
            "tr": ({"tr"}, {"table", "thead", "tbody", "tfoot"}),
            "td": ({"td", "th"}, {"tr", "table"}),
            "th": ({"td", "th"}, {"tr", "table"}),
            "thead": ({"thead", "tbody", "tfoot"}, {"table"}),
            "tbody": ({"thead", "tbody", "tfoot"}, {"table"}),
            "tfoot": ({"thead", "tbody", "tfoot"}, {"table"}),
        }
        if tag in closes:
            self._pop_to(*closes[tag])
        if tag in _BLOCK:
            self._pop_to({"p"}, _SCOPE)
        if tag in _HEADINGS and self.stack[-1].tag in _HEADINGS:
            self._truncate(len(self.stack) - 1)

    def _pop_to(self, targets: set[str], boundary: set[str] | frozenset[str]) -> None:
        if not any(self.open[name] for name in targets):
            return
        for index in range(len(self.stack) - 1, 0, -1):
            name = self.stack[index].tag
            if name in targets:
                self._truncate(index)
                return
            if name in boundary:
                return

    def _truncate(self, index: int) -> None:
        for node in self.stack[index:]:
            self.open[node.tag] -= 1
        del self.stack[index:]

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag in self.dropping:  # close it, and whatever was left open inside it
                while self.dropping and self.dropping.pop() != tag:
                    pass
            return
        if not self.open[tag]:
            return
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                self._truncate(index)
                return

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        if not self.dropping:
            self.counts["comments"] += 1


def _region(root: _Node) -> _Node:
    """The page's main content: <main>, role="main", a lone <article>, else <body> (or the whole page)."""
    visible = [node for node in root.find_all("main") if not _hidden(node)]
    if visible:
        return visible[0]
    stack = [root]
    while stack:
        node = stack.pop()
        if node.attrs.get("role", "").lower() == "main" and not _hidden(node):
            return node
        stack.extend(reversed([c for c in node.children if isinstance(c, _Node)]))
    articles = [node for node in root.find_all("article") if not _hidden(node)]
    if len(articles) == 1:
        return articles[0]
    bodies = root.find_all("body")
    return bodies[0] if bodies else root


def _hidden(node: _Node) -> bool:
    attrs = node.attrs
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(attrs.get("style", "")))
    )


def _furniture(node: _Node, region_length: int) -> bool:
    """Site furniture, not content: navigation, banners, footers, side panels, forms, cookie banners.

    A form or a 'menu' that wraps the page's content (ASP.NET pages sit in one form) is not furniture."""
    tag, attrs = node.tag, node.attrs
    if tag in ("html", "body", "main"):
        return False
    if tag in ("head", "title", "nav", "aside") or _hidden(node):
        return True
    if attrs.get("role", "").lower() in _LANDMARK_ROLES:
        return True
    if tag in ("header", "footer"):  # the page's banner and footer, not an article's
        return not any(a.tag in _SECTIONING for a in node.ancestors())
    names = f"{attrs.get('id', '')} {attrs.get('class', '')}".strip()
    if tag != "form" and not (names and _FURNITURE.search(names)):
        return False
    content = frozenset(_HEADINGS) if tag == "form" else frozenset({"h1"})
    return not node.contains(content) and node.text_length() * 2 <= region_length


@dataclass(frozen=True)
class _Cell:
    text: str
    columns: int
    rows: int


class _Reader:
    """Turns the content tree into blocks: inline text gathers into paragraphs until a block ends them."""

    def __init__(self, counts: Counter[str], region: _Node) -> None:
        self._region_length = region.text_length()
        self._furniture: dict[_Node, bool] = {}
        self.blocks: list[Block] = []
        self.counts: Counter[str] = counts
        self.removed = RemovedMarkup()
        self._buffer: list[str] = []

    def clean(self, text: str) -> str:
        text = _SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()
        plain = remove_leftovers(text)
        if plain.removed != _NOTHING:
            self.removed += plain.removed
        return _SPACE.sub(" ", plain.text).strip()

    def furniture(self, node: _Node) -> bool:
        if node not in self._furniture:
            self._furniture[node] = _furniture(node, self._region_length)
        return self._furniture[node]

    def flush(self) -> None:
        text = self.clean("".join(self._buffer))
        self._buffer.clear()
        if text:
            self.blocks.append(paragraph(text))

    def walk(self, node: _Node, container: str, depth: int) -> None:
        """Read a node's children as blocks; `container` is the nearest block element, `depth` the list depth."""
        for child in node.children:
            if isinstance(child, str):
                self._buffer.append(child)
                continue
            tag = child.tag
            if self.furniture(child):
                continue
            if tag in _HEADINGS:
                self.flush()
                text = self.clean(self.inline(child, tag))
                if text:
                    self.blocks.append(heading(text, _HEADINGS[tag]))
            elif tag in ("ul", "ol", "menu", "dir"):
                self.flush()
                self.list(child, depth)
            elif tag == "li":
                self.flush()
                self.list_item(child, depth, "•")
            elif tag == "table":
                self.flush()
                self.table(child, depth)
            elif tag in _BLOCK:
                self.flush()
                self.walk(child, tag, depth)
                self.flush()
            else:
                self._inline_into(child, container, self._buffer)

    def _inline_into(self, node: _Node, container: str, parts: list[str]) -> None:
        """An inline element's words into `parts`: links by their words, images by their alt text."""
        tag, attrs = node.tag, node.attrs
        if tag == "br":
            parts.append(" ")
            return
        if tag == "img":
            self.counts["images"] += 1
            if container in _PARAGRAPH_LIKE and attrs.get("alt", "").strip():
                parts.append(f" {attrs['alt'].strip()} ")
            return
        if tag == "a" and attrs.get("href"):
            href = re.sub(r"\s", "", attrs["href"])
            if _UNSAFE_URL.match(href):
                self.counts["unsafe_urls"] += 1
            elif not href.startswith("#"):
                self.counts["links"] += 1
        if tag in _BLOCK or tag in _HEADINGS:
            parts.append(" ")
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif not self.furniture(child):
                self._inline_into(child, container, parts)
        if tag in _BLOCK or tag in _HEADINGS:
            parts.append(" ")

    def inline(self, node: _Node, container: str, skip: frozenset[str] = frozenset()) -> str:
        """All the words under a node as one line (nested blocks separated by a space)."""
        parts: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in skip and not self.furniture(child):
                self._inline_into(child, container, parts)
        return "".join(parts)

    def list(self, node: _Node, depth: int) -> None:
        ordered = node.tag == "ol"
        items = [c for c in node.children if isinstance(c, _Node) and c.tag == "li"]
        reverse = ordered and "reversed" in node.attrs
        number = _number(node.attrs.get("start"), len(items) if reverse else 1)
        kind = node.attrs.get("type", "1")
        for child in node.children:
            if isinstance(child, str):
                self._buffer.append(child)  # words written straight inside a list: a paragraph of their own
                continue
            if self.furniture(child):
                continue
            self.flush()
            if child.tag == "li":
                number = _number(child.attrs.get("value"), number)
                self.list_item(child, depth, f"{_ordinal(number, kind)}." if ordered else "•")
                number += -1 if reverse else 1
            elif child.tag in ("ul", "ol"):  # a list written straight inside a list
                self.list(child, depth + 1)
            else:
                self.walk(_Node("div", {}, node, [child]), "div", depth)
        self.flush()

    def list_item(self, node: _Node, depth: int, marker: str) -> None:
        """One item, whole; its nested lists and tables follow it, one level deeper."""
        nested = frozenset({"ul", "ol", "table"})
        text = self.clean(self.inline(node, "li", skip=nested))
        if text:
            self.blocks.append(item(text, depth, marker))
        for child in node.children:
            if isinstance(child, _Node) and child.tag in nested and not self.furniture(child):
                self.walk(_Node("div", {}, node, [child]), "li", depth + 1)

    def table(self, node: _Node, depth: int) -> None:
        grid = self._rows(node)
        layout = frozenset({*_HEADINGS, "table"})
        if (
            node.attrs.get("role", "").lower() in ("presentation", "none")
            or sum(len(cells) for _, cells in grid) == 1
            or any(cell.contains(layout) for _, cells in grid for cell in cells)
        ):  # a table used for layout: its cells are read as the blocks they hold
            for _, cells in grid:
                for cell_node in cells:
                    self.walk(cell_node, "div", depth)
                    self.flush()
            return
        rows: list[list[str]] = []
        header = 0
        carried: dict[int, tuple[str, int, int]] = {}  # a cell spanning rows, by column: text, rows left, width
        for in_head, cells in grid:
            line: list[str] = []
            column = 0
            for cell in map(self._cell, cells):
                while column in carried:
                    column = _carry(carried, column, line)
                line.append(cell.text)
                if cell.rows > 1:
                    carried[column] = (cell.text, cell.rows - 1, cell.columns)
                column += cell.columns
            for rest in sorted(key for key in carried if key >= column):
                _carry(carried, rest, line)
            if not any(line):
                continue
            if len(rows) == header and (in_head or all(c.tag == "th" for c in cells)):
                header += 1
            rows.append(line)
        caption = next((c for c in node.children if isinstance(c, _Node) and c.tag == "caption"), None)
        if rows:
            title = self.clean(self.inline(caption, "caption")) if caption else ""
            self.blocks.append(table(rows, header if header < len(rows) else min(header, 1), title))
        # Words written in a table but outside its cells: a browser shows them before it; kept after it.
        self._buffer.extend(child for child in node.children if isinstance(child, str))
        self.flush()

    def _cell(self, node: _Node) -> _Cell:
        return _Cell(
            self.clean(self.inline(node, node.tag)),
            min(max(_number(node.attrs.get("colspan"), 1), 1), 1000),
            min(max(_number(node.attrs.get("rowspan"), 1), 1), 1000),
        )

    @staticmethod
    def _rows(node: _Node) -> list[tuple[bool, list[_Node]]]:
        """The table's rows (in its head, body and foot, not nested tables'), each with its cells."""
        rows: list[tuple[bool, list[_Node]]] = []
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            parts = [child] if child.tag == "tr" else []
            if child.tag in ("thead", "tbody", "tfoot"):
                parts = [c for c in child.children if isinstance(c, _Node) and c.tag == "tr"]
            for tr in parts:
                cells = [c for c in tr.children if isinstance(c, _Node) and c.tag in ("td", "th")]
                rows.append((child.tag == "thead", cells))
        return rows


def _carry(carried: dict[int, tuple[str, int, int]], column: int, line: list[str]) -> int:
    """Repeat a cell spanning rows in the next row it covers; the column after it."""
    text, left, width = carried.pop(column)
    line.append(text)
    if left > 1:
        carried[column] = (text, left - 1, width)
    return column + width


def _number(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


def _ordinal(number: int, kind: str) -> str:
    """A list number as `<ol type>` prints it: 1, a, A, i or I."""
    if kind in ("a", "A") and number > 0:
        return letters(number).upper() if kind == "A" else letters(number)
    if kind in ("i", "I") and 0 < number < 4000:
        return roman(number).upper() if kind == "I" else roman(number)
    return str(number)
