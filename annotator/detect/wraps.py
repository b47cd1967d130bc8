"""Soft line breaks: the wraps inside a paragraph of hard-wrapped text, read as spaces.

Wire copy and e-mail are wrapped at 60-80 columns with blank lines between paragraphs, text
taken from a PDF breaks at the column's edge, while scraped news puts one paragraph on a line.
The detector reads a line break as the end of a paragraph, so a wrap inside a quote would cut
it. :func:`soft_wraps_as_spaces` finds the wraps and turns each into a space: one character for
one, so every offset of the copy is an offset of the original.

A break is a wrap when the line before it is full (the next line's first word would not have
fitted on it) in a document whose inner lines are mostly full and mostly end inside a sentence;
in any document, when the line ends inside a sentence (a word or a comma) and the next goes on
in lower case, or the line leaves a quote open. Headlines, bylines, list items, transcript labels
and indented blocks stay lines.
"""

from __future__ import annotations

import re
from typing import Final

_MIN_WRAP_WIDTH: Final = 30
"""The narrowest column read as a wrap width: below it, short lines are a list, not a column."""
_MAX_WRAP_WIDTH: Final = 150
"""The widest column read as a wrap width: past it, the lines are whole paragraphs."""
_FULL_SHARE: Final = 0.6
"""The share of a wrapped document's inner lines that are full (each paragraph's last line and
its short headlines, bylines and list items are the rest)."""
_OPEN_END_SHARE: Final = 0.5
"""The share of a wrapped document's inner lines that end inside a sentence (a wrap falls
between sentences only now and then; a paragraph per line ends a sentence on nearly every
line)."""
_WIDTH_SLACK: Final = 0.1
"""How far short of the width a full line may stop: text taken from a PDF is set in a
proportional font, so its lines hold a varying number of characters."""
_SENTENCE_END_RE: Final = re.compile(r"[.!?;:…][\"”’'»)\]]*$")
"""A line that ends a sentence (or a clause introducing what follows)."""
_OPEN_END_RE: Final = re.compile(r"[\w,]$")
"""A line that ends inside a sentence: on a word or a comma."""
_GOES_ON_RE: Final = re.compile(r"[ \t]*[a-z]")
"""A line that goes on a sentence: its first letter is lower case."""
_WORD_FIRST_RE: Final = re.compile(r"[ \t]*\w")
"""A line that opens on a word (not on a mark closing what the line before left open)."""
_OWN_LINE_RE: Final = re.compile(
    r"[ \t]*(?:(?:[*•·▪●+>]|\d{1,3}[.)]|\(\w\))[ \t]|By[ \t]+[A-Z]"
    r"|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}:[ \t])"
)
"""A line that starts a line of its own: a list item, a byline, a transcript label."""
_DASH_ITEM_RE: Final = re.compile(r"[ \t]*[-–—][ \t]")
"""A line opening with a dash: a list item when its paragraph has more of them or a colon
brings it in, else a wrap that fell before a dash of the prose (``the cost\n— of``)."""
_BULLET_RE: Final = re.compile(r"[ \t]*(?:[-*•·▪●–+]|\d{1,3}[.)]|\(\w\))[ \t]")
"""A list item, whose wrapped lines are indented under its text."""


def soft_wraps_as_spaces(text: str) -> str:
    """``text`` with each soft line break (a wrap inside a paragraph) replaced by a space.

    ``text`` itself when it has none, so a caller can tell with ``is``. The copy has the
    length of ``text`` and the same characters at every other offset.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if not inner:
        return text
    width = _wrap_width([len(lines[i].rstrip()) for i in inner])
    wrapped = _is_hard_wrapped(lines, inner, width)
    dash_items = _dash_items(lines)
    soft = [
        i
        for i in inner
        if i + 1 not in dash_items
        and _may_join(lines[i], lines[i + 1])
        and (
            (wrapped and _is_full(lines[i], lines[i + 1], width))
            or (
                _OPEN_END_RE.search(lines[i].rstrip()) is not None
                and (
                    _GOES_ON_RE.match(lines[i + 1]) is not None
                    or (_opens_a_quote(lines[i]) and _WORD_FIRST_RE.match(lines[i + 1]) is not None)
                )
            )
        )
    ]
    if not soft:
        return text
    breaks = ["\n"] * len(lines)
    for index in soft:
        breaks[index] = " "
    breaks[-1] = ""
    return "".join([part for pair in zip(lines, breaks, strict=True) for part in pair])


def _opens_a_quote(line: str) -> bool:
    """Whether ``line`` leaves a double quote open: its words go on past the break."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _dash_items(lines: list[str]) -> set[int]:
    """The indices of the lines that open a list item with a dash: two or more in one
    paragraph, or one right after a line ending in a colon."""
    items: set[int] = set()
    paragraph: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.strip():
            if _DASH_ITEM_RE.match(line) is not None:
                paragraph.append(index)
                if index and lines[index - 1].rstrip().endswith(":"):
                    items.add(index)
            continue
        if len(paragraph) > 1:
            items.update(paragraph)
        paragraph = []
    return items


def _wrap_width(lengths: list[int]) -> int:
    """The column the inner lines were wrapped at, if they were: nearly the longest of them
    (the tenth longest part left out, for a long address or a line the wrap could not break)."""
    ordered = sorted(lengths)
    return ordered[(len(ordered) - 1) * 9 // 10]


def _is_hard_wrapped(lines: list[str], inner: list[int], width: int) -> bool:
    """Whether the document's inner lines look wrapped at ``width``: most full, most ending
    inside a sentence."""
    if len(inner) < 2 or not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return False
    full = sum(_is_full(lines[i], lines[i + 1], width) for i in inner)
    open_ends = sum(_SENTENCE_END_RE.search(lines[i].rstrip()) is None for i in inner)
    return full >= _FULL_SHARE * len(inner) and open_ends >= _OPEN_END_SHARE * len(inner)


def _is_full(line: str, next_line: str, width: int) -> bool:
    """Whether ``line`` had no room left for the first word of ``next_line``."""
    words = next_line.split(None, 1)
    first_word = words[0] if words else ""
    return len(line.rstrip()) + 1 + len(first_word) > width * (1 - _WIDTH_SLACK)


def _may_join(line: str, next_line: str) -> bool:
    """Whether the break between the two lines may be a wrap: the next line starts no line of
    its own and is not indented under a line of prose (a block quote); a headline in capitals
    keeps its line."""
    if _OWN_LINE_RE.match(next_line) is not None:
        return False
    if line.isupper() and len(line.strip()) > 3:
        return False
    indent = len(next_line) - len(next_line.lstrip())
    return indent <= len(line) - len(line.lstrip()) or _BULLET_RE.match(line) is not None
