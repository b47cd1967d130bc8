"""Layout of a document: paragraphs (lines) and sentence boundaries, found with regexes only."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Final

SPACE_CHARS: Final = (
    r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""The characters of ``\\s`` (``str.isspace``), spelled out for use inside a character set.

A set that mixes ``\\s`` with other characters is tested one member after the other; spelled
out, the whole set is one table lookup per character. In the sets that scan every character of
a document (the cue scan, the token pattern) this saves a tenth of their time."""

_ABBREVIATIONS: Final = (
    "Mr Mrs Ms Dr Smt Engr Sen Rep Gov Gen Lt Col Sgt Capt Adm St Jr Sr Prof Rev Hon Jan Feb Mar "
    "Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Inc Co Corp Ltd vs etc Mt Ft Ave Dept Govt"
).split()
# Look-behinds must have a fixed width, so the abbreviations are grouped by length.
_NOT_ABBREVIATION: Final = "".join(
    r"(?<!\b(?:" + "|".join(sorted(a for a in _ABBREVIATIONS if len(a) == n)) + r")\.)"
    for n in sorted({len(a) for a in _ABBREVIATIONS})
)
# The final mark is matched first and the look-behinds checked after it, so the engine only
# evaluates them at full stops; the pattern opens with one character set (not an alternation) so
# the engine skips ahead to the next mark in C, twice as fast.
_SENTENCE_END_RE: Final = re.compile(
    r"[.!?…](?:(?<=\.)(?:(?<!\b[A-Z]\.)"
    + _NOT_ABBREVIATION
    + r"|(?<=\b[A-Z]\.[A-Z]\.)(?=[ \t\u00a0]+[“\"][A-Z]))"
    r"|(?<=[!?…]))[.!?…]*[\"”’'»)\]]*[ \t\u00a0]+(?![a-z,;:])"
    # ``at 9:40 p.m. Tuesday``, ``at 6 a.m. ET``: a day or a time zone goes on with the time.
    r"(?!(?<=\b[ap]\.m\.[ \t\u00a0])"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMP][SD]?T|GMT|UTC|BST)\b)"
)
"""The end of a sentence: . ! ? or … (with closing marks) then space and a capital, a digit or
an opening mark. Titles (``Mr.``), months and initials (``J.``) do not end a sentence, except
an abbreviation of initials before a quote that opens with a capital (``Port Ellen, S.C. “It``);
the whole scan runs inside the regex engine."""


class Layout:
    """Paragraph and sentence boundaries of one text, with fast lookups by offset."""

    __slots__ = ("text", "line_starts", "sentence_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        line_starts = [0]
        sentence_starts = [0]
        find = text.find
        position = find("\n")
        while position >= 0:
            line_starts.append(position + 1)
            position = find("\n", position + 1)
        sentence_starts.extend(match.end() for match in _SENTENCE_END_RE.finditer(text))
        sentence_starts.extend(line_starts[1:])
        self.line_starts = line_starts
        self.sentence_starts = sorted(set(sentence_starts))

    def add_sentence_starts(self, offsets: Iterable[int]) -> None:
        """Count ``offsets`` as sentence starts too (ends the sentence regex cannot see)."""
        added = set(offsets).difference(self.sentence_starts)
        if added:
            self.sentence_starts = sorted(added.union(self.sentence_starts))

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The ``(start, end)`` of the line holding ``offset`` (end excludes the newline)."""
        index = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[index]
        end = (
            self.line_starts[index + 1] - 1 if index + 1 < len(self.line_starts) else len(self.text)
        )
        return start, end

    def paragraph_index(self, offset: int) -> int:
        """The number of the line holding ``offset``."""
        return bisect_right(self.line_starts, offset) - 1

    def sentence_start(self, offset: int) -> int:
        """Offset where the sentence holding ``offset`` starts."""
        return self.sentence_starts[bisect_right(self.sentence_starts, offset) - 1]

    def sentence_end(self, offset: int) -> int:
        """Offset where the sentence after the one holding ``offset`` starts (or the text end)."""
        index = bisect_right(self.sentence_starts, offset)
        return self.sentence_starts[index] if index < len(self.sentence_starts) else len(self.text)

    def sentence_starts_between(self, start: int, end: int) -> list[int]:
        """Sentence starts strictly inside ``(start, end)``."""
        return self.sentence_starts[
            bisect_right(self.sentence_starts, start) : bisect_left(self.sentence_starts, end)
        ]


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, trying ``pattern`` only at ``starts`` (in order):
    every offset where a match may start must be among them. A match found hides the ones that
    would start inside it, as in ``finditer``."""
    found: list[re.Match[str]] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
            end = match.end()
    return found
