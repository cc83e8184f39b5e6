"""Cleaning converted-PDF markup into plain text, and splitting text into sentences.

Chunks store the cleaned text, and every quote is cut from it, so what a citation shows
is exactly what the chunk holds.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"</?(?:sup|sub|mark|u|b|i|em|strong|span|p|ul|ol|li|br|div|font)\b[^>]*>", re.I)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_LATEX_SUP = re.compile(r"\^\{([^}]*)\}")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f]+")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def clean_line(line: str) -> str:
    """Strip HTML tags, markdown emphasis, links and stray LaTeX from one line; keep tabs."""
    text = html.unescape(line)
    text = _TAG.sub("", text)
    text = _LINK.sub(r"\1", text)
    if "^{" in text:
        text = _LATEX_SUP.sub(r"\1", text).replace("$", "")
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    text = text.replace("\\*", "*").replace("**", "")
    text = _PRIVATE_USE.sub("•", text)
    indent = " " * (len(text) - len(text.lstrip(" ")))
    cells = [_SPACES.sub(" ", cell).strip() for cell in text.split("\t")]
    return "\t".join(cells).rstrip("\t ") if len(cells) > 1 else indent + cells[0] if cells[0] else ""


def clean_text(text: str) -> str:
    """Clean every line of a page, keeping line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return "\n".join(clean_line(line) for line in text.split("\n"))


_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "incl",
    "etc",
    "no",
    "nos",
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "cllr",
    "vs",
    "approx",
    "para",
    "paras",
    "fig",
    "cf",
    "al",
    "inc",
    "ltd",
    "co",
    "dept",
    "govt",
}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, so callers can cut verbatim quotes."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip()
        last_word = re.split(r"\s", before)[-1].rstrip(".!?\"'”’)").lower() if before else ""
        if (
            last_word in _ABBREVIATIONS
            or re.fullmatch(r"[a-z]", last_word)
            or re.fullmatch(r"[\d.()]+", before.strip())
        ):
            continue
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans
