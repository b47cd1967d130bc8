"""Layout of a document: paragraphs (lines) and sentence boundaries, found with regexes only."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.detect.lexicon import ABBREVIATIONS

_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[^\s])|\n")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


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
        for match in _SENTENCE_END_RE.finditer(text):
            end = match.end()
            if match.group() == "\n":
                sentence_starts.append(end)
                continue
            if match.group().startswith("."):
                word = _WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start() + 1)
                if word is not None:
                    token = word.group(1).lower()
                    if token in ABBREVIATIONS or len(token) == 1:
                        continue
            # The next sentence starts at the next non-space character; a lower-case start
            # means the full stop did not end the sentence (``the U.S. said``, ellipses).
            nxt = end
            while nxt < len(text) and text[nxt] in " \t\u00a0":
                nxt += 1
            if nxt < len(text) and text[nxt].islower():
                continue
            sentence_starts.append(nxt)
        self.line_starts = line_starts
        self.sentence_starts = sorted(set(sentence_starts))

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
