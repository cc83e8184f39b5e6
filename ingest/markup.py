"""Turning HTML and markdown markup in a plan's text into plain text that cannot become markup again.

Quotes are cut from the stored text and shown on web pages, so the stored text holds no tag, no
image, no link target and no script URL. Entities are decoded exactly once, by the HTML parser.
Whatever that decoding forms (``&lt;script&gt;`` becomes ``<script>``) is then treated as markup:
a complete tag is removed, and a '<' that could still open one gets a space after it ("< b"), so
the output has no tag-shaped sequence at all. A '<' before a digit or a space ("5 < 10") stays.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields
from html.parser import HTMLParser

# Elements dropped with everything inside them: code, embedded content, metadata.
_DROPPED = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head", "applet", "frame"}
)
_VOID = frozenset({"embed", "frame"})  # dropped elements that have no content and no end tag
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul",
    }
)  # fmt: skip
# What PDF-to-markdown converters emit to keep the look of a page: removed without a warning.
_FORMATTING = _BLOCK | {
    "a", "b", "big", "center", "code", "del", "em", "font", "i", "ins", "mark", "s", "small", "span", "strike",
    "strong", "sub", "sup", "td", "th", "tr", "u",
}  # fmt: skip
_PLAIN_ATTRIBUTES = frozenset({"align", "class", "colspan", "dir", "id", "lang", "name", "rowspan", "valign", "width"})

_BREAK = "\x00"  # a block boundary, resolved into a line break or a space once the text is whole
_SAFE_SCHEMES = "https?|ftp|mailto|tel"
_UNSAFE_SCHEMES = "javascript|vbscript|livescript|data"
_AUTOLINK = re.compile(rf"<((?:{_SAFE_SCHEMES}|{_UNSAFE_SCHEMES}):[^<>\s]*)>", re.I)
_EMAIL_AUTOLINK = re.compile(r"<([^\s<>@\"]+@[^\s<>@\"]+\.[A-Za-z]{2,})>")
_URL = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_MD_IMAGE = re.compile(rf"!\[([^\[\]\n]*)\]{_URL}")
_MD_LINK = re.compile(rf"\[([^\[\]\n]*)\]({_URL})")
_MD_LINK_SHAPE = re.compile(r"(\[[^\[\]\n]*\])(?=\()")
_TAG_SHAPE = re.compile(r"<[A-Za-z/!?][^<>]*>")
# What the HTML parser is given: whole tags, declarations (<!DOCTYPE>, <?xml?>), and any other '<'.
_PARSER_TOKEN = re.compile(r"""<(?:(/?[A-Za-z](?:[^<>"']|"[^"<]*"|'[^'<]*')*)|[!?/][^<>]*)>|<""")
_QUOTED_VALUE = re.compile(r"""=\s*(?:"[^"]*"|'[^']*')""")
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
_UNSAFE_URL = re.compile(r"(?:javascript|vbscript|livescript)[ \t]*:\S*|\bdata:(?=\S)\S*", re.I)


@dataclass(frozen=True)
class RemovedMarkup:
    """What turning markup into text took out, so the loader can tell the admin."""

    elements: tuple[tuple[str, int], ...] = ()  # dropped with their content, e.g. ("script", 2)
    tags: int = 0  # tags removed with their text kept (not counting plain formatting)
    formatting: int = 0  # plain formatting tags (<sup>, <u>, <p>) from converted PDFs: not worth a warning
    images: int = 0
    links: int = 0  # links to somewhere else: only their text is kept
    comments: int = 0
    unsafe_urls: int = 0  # javascript:, vbscript: and data: URLs
    unclosed: int = 0  # dropped elements never closed, so the text after them was dropped too

    def __add__(self, other: RemovedMarkup) -> RemovedMarkup:
        elements = Counter(dict(self.elements)) + Counter(dict(other.elements))
        counts = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self) if f.name != "elements"}
        return RemovedMarkup(elements=tuple(sorted(elements.items())), **counts)

    @property
    def notable(self) -> bool:
        """True when something other than plain formatting was removed: worth telling the admin."""
        return bool(self.summary())

    def summary(self) -> str:
        """'2 script elements, 14 HTML tags, 1 image, 3 links'; empty when only formatting was removed."""
        parts = [_count(number, f"{name} element") for name, number in self.elements]
        parts += [
            _count(number, noun)
            for number, noun in (
                (self.tags, "HTML tag"),
                (self.images, "image"),
                (self.links, "link"),
                (self.comments, "HTML comment"),
                (self.unsafe_urls, "javascript:, vbscript: or data: URL"),
            )
            if number
        ]
        if self.unclosed:
            parts.append(f"{_count(self.unclosed, 'element')} never closed, so the text after it was dropped")
        return ", ".join(parts)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form, for counts that cross a process boundary."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, values: dict[str, object]) -> RemovedMarkup:
        elements = values.get("elements", ())
        assert isinstance(elements, list | tuple)
        numbers = {f.name: int(str(values.get(f.name, 0))) for f in fields(cls) if f.name != "elements"}
        return cls(elements=tuple((str(name), int(number)) for name, number in elements), **numbers)


@dataclass(frozen=True)
class PlainText:
    text: str
    removed: RemovedMarkup


def strip_markup(text: str) -> PlainText:
    """Plain text of text that may hold HTML or markdown markup, decoding entities once."""
    text = text.replace(_BREAK, "")
    counts: Counter[str] = Counter()
    text = _AUTOLINK.sub(lambda match: _bare_url(match, counts), text)
    text = _EMAIL_AUTOLINK.sub(r"\1", text)
    collector = _TextCollector()
    collector.feed(for_parser(text, counts))
    collector.close()
    plain = remove_leftovers(_resolve_breaks("".join(collector.parts)))
    return PlainText(plain.text, collector.removed() + _removed(counts) + plain.removed)


def for_parser(text: str, counts: Counter[str]) -> str:
    """Text in which every construct html.parser sees ends where it starts to look like it ends.

    html.parser (before Python 3.13.4) rescans to the end of the text for a construct it cannot
    close: an unclosed comment, a quoted attribute holding '>', a '<' that opens nothing. On hostile
    text ("<a b='x>y' " repeated) that is quadratic. So comments and declarations are removed here,
    stray quotes inside a tag are dropped, and a '<' that does not open a whole tag is escaped as text."""
    if "<" not in text:
        return text
    text = _without_comments(text, counts)

    def token(match: re.Match[str]) -> str:
        tag = match.group(1)
        if tag is not None:
            return f"<{_closed_quotes(tag)}>" if ('"' in tag or "'" in tag) else match.group(0)
        if len(match.group(0)) > 1:
            counts["tags"] += 1  # a declaration, processing instruction or bogus comment
            return ""
        return "&lt;"

    return _PARSER_TOKEN.sub(token, text)


def _without_comments(text: str, counts: Counter[str]) -> str:
    """HTML comments removed; an unclosed one stays as text, so it cannot hide the rest of the plan."""
    pieces: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        pieces.append(text[position:start])
        counts["comments"] += 1
        position = end + 3
    pieces.append(text[position:])
    return "".join(pieces)


def _closed_quotes(tag: str) -> str:
    """The tag with every quote dropped that does not open and close an attribute value inside it."""
    pieces: list[str] = []
    position = 0
    for match in _QUOTED_VALUE.finditer(tag):
        pieces += [_unquoted(tag[position : match.start()]), match.group(0)]
        position = match.end()
    pieces.append(_unquoted(tag[position:]))
    return "".join(pieces)


def _unquoted(text: str) -> str:
    return text.replace('"', "").replace("'", "")


def remove_leftovers(text: str) -> PlainText:
    """Remove markup from text that is already decoded, without decoding anything again.

    Run after any step that deletes characters (markdown emphasis), since deleting can re-form a tag:
    a '<' that could still open a tag gets a space after it, and a leftover markdown link shape is split."""
    counts: Counter[str] = Counter()
    if "](" in text:
        text = _MD_IMAGE.sub(lambda match: _count_and_keep(match, counts, "images"), text)
        text = _MD_LINK.sub(lambda match: _link_text(match, counts), text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda match: _bare_url(match, counts), text)
        text, counts["tags"] = _TAG_SHAPE.subn("", text)
    text, counts["unsafe_urls"] = _UNSAFE_URL.subn("", text)
    if "<" in text:
        text = _TAG_OPEN.sub("< ", text)
    if "](" in text:
        text = _MD_LINK_SHAPE.sub(r"\1 ", text)
    return PlainText(text, _removed(counts))


def _removed(counts: Counter[str]) -> RemovedMarkup:
    return RemovedMarkup(**{name: number for name, number in counts.items() if number})


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _bare_url(match: re.Match[str], counts: Counter[str]) -> str:
    url = match.group(1)
    if _UNSAFE_URL.match(url):
        counts["unsafe_urls"] += 1
        return ""
    return url


def _count_and_keep(match: re.Match[str], counts: Counter[str], name: str) -> str:
    counts[name] += 1
    return match.group(1)


def _link_text(match: re.Match[str], counts: Counter[str]) -> str:
    _count_link(match.group(2)[1:-1], counts)
    return match.group(1)


def _count_link(url: str | None, counts: Counter[str]) -> None:
    """Count a link to a script URL, or to somewhere else; an in-page anchor ('#part-2') is not worth a warning."""
    url = (url or "").strip().strip("<>").strip()
    if _UNSAFE_URL.match(re.sub(r"\s", "", url)):
        counts["unsafe_urls"] += 1
    elif url and not url.startswith("#"):
        counts["links"] += 1


def _resolve_breaks(text: str) -> str:
    """Block boundaries become line breaks, except at a line's ends and in table rows (lines with tabs)."""
    if _BREAK not in text:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if _BREAK not in line:
            lines.append(line)
        elif "\t" in line:
            lines.append(line.replace(_BREAK, " "))
        else:
            pieces = [piece for piece in line.split(_BREAK) if piece.strip()]
            for index in range(1, len(pieces)):
                pieces[index - 1], pieces[index] = pieces[index - 1].rstrip(), pieces[index].lstrip()
            lines.append("\n".join(pieces))
    return "\n".join(lines)


class _TextCollector(HTMLParser):
    """Collects the text an HTML reader would see, minus code and embedded content, counting what it removes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._dropping: list[str] = []  # the open dropped elements, innermost last
        self._open: Counter[str] = Counter()  # the same, counted by name
        self._elements: Counter[str] = Counter()
        self._counts: Counter[str] = Counter()
        self._cells = 0  # cells so far in the current table row

    def removed(self) -> RemovedMarkup:
        return RemovedMarkup(
            elements=tuple(sorted(self._elements.items())),
            unclosed=len(self._dropping),
            **{name: number for name, number in self._counts.items() if number},
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> None:
        if tag in _DROPPED and not self._dropping:
            self._elements[tag] += 1
        if tag in _DROPPED and tag not in _VOID and not closed:
            self._dropping.append(tag)
            self._open[tag] += 1
        if tag in _DROPPED or self._dropping:
            return
        named = dict(attrs)
        if tag == "img":
            self._counts["images"] += 1
            alt = (named.get("alt") or "").strip()
            if alt:
                self.parts.append(f" {alt} ")
            return
        if tag == "a" and named.get("href"):
            _count_link(named.get("href"), self._counts)
            return
        if tag in ("table", "tr"):
            self._new_line()
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells:
                self.parts.append("\t")
            self._cells += 1
        elif tag in _BLOCK:
            self.parts.append(_BREAK)
        self._count_tag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._dropping:
            while self._open[tag]:  # close it, and whatever was left open inside it
                inner = self._dropping.pop()
                self._open[inner] -= 1
                if inner == tag:
                    break
            return
        if tag == "a":
            return
        if tag == "table":
            self._new_line()
        elif tag in _BLOCK:
            self.parts.append(_BREAK)
        self._count_tag(tag, [])

    def _new_line(self) -> None:
        """A table row starts a line of its own (a block break would become a space in a row with tabs)."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def _count_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        plain = tag in _FORMATTING and all(name in _PLAIN_ATTRIBUTES for name, _ in attrs)
        self._counts["formatting" if plain else "tags"] += 1

    def handle_data(self, data: str) -> None:
        if not self._dropping:
            self.parts.append(data)

    def handle_comment(self, data: str) -> None:
        if not self._dropping:
            self._counts["comments"] += 1

    def handle_decl(self, decl: str) -> None:
        self._declaration()

    def unknown_decl(self, data: str) -> None:
        self._declaration()

    def handle_pi(self, data: str) -> None:
        self._declaration()

    def _declaration(self) -> None:
        if not self._dropping:
            self._counts["tags"] += 1
