"""Quote marks: find the spans of direct quotes in a text.

One regular expression finds every character that may be a quote mark (and every line break);
a small state machine then pairs openers with closers, paragraph by paragraph. Apostrophes
(``Russia's``, ``don’t``, ``’90s``) are told apart from single quote marks by their neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

DOUBLE: Final = "double"
SINGLE: Final = "single"
GUILLEMET: Final = "guillemet"

OPEN: Final = 1
CLOSE: Final = 2
EITHER: Final = 3

_MARK_RE: Final = re.compile(r"[\"“”„‟«»‹›‚‘’'`](?:(?<=')'|(?<=`)`)?")
"""Every character that may be a quote mark (a doubled ' or ` is one mark); the pattern opens
with one character set, not an alternation, so the regex engine skips ahead to it in C (twice as
fast). Apostrophes are told apart afterwards by their neighbours."""
_FEET_INCHES_RE: Final = re.compile(r"\d[’']\d\d?\Z")
"""Feet, an apostrophe and inches right before a closing double mark: the mark is for inches."""
_SPACE_BEFORE: Final = frozenset(" \t\n\r\u00a0([{—–-/")
_SPACE_OR_PUNCT_AFTER: Final = frozenset(" \t\n\r\u00a0.,;:!?)]}—–-…/")


@dataclass(slots=True)
class QuoteSpan:
    """A direct quote found by its marks."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset one past the closing mark (or past the last character of an unclosed quote)."""
    family: str
    """``double``, ``single`` or ``guillemet``: which kind of marks enclose it."""
    closed: bool = True
    """False when the paragraph ended before a closing mark (and no continuation followed)."""
    paragraphs: int = 1
    """How many paragraphs the quote runs over."""
    nested: list[tuple[int, int]] = field(default_factory=list)
    """Spans of quotes nested inside this one."""


_ELISION_RE: Final = re.compile(r"(?:em|n|til|tis|twas|cause|bout|nuff|t)\b", re.IGNORECASE)
"""Words that open with an apostrophe standing for left-out letters (``give 'em``, ``rock 'n'
roll``, ``'til then``, ``'cause``) and the Dutch particle (``in 't Veld``): not an opening mark,
which would otherwise take in every quote up to the next closing-looking mark."""


def _classify(text: str, i: int, mark: str) -> tuple[str, int] | None:
    """The family and role of the mark ``mark`` at ``i``, or None for an apostrophe."""
    before = text[i - 1] if i > 0 else "\n"
    j = i + len(mark)
    after = text[j] if j < len(text) else "\n"
    role = _classify_between(before, mark, after)
    if role == (SINGLE, OPEN) and mark in "'’" and _ELISION_RE.match(text, j):
        return None
    return role


@lru_cache(maxsize=4096)
def _classify_between(before: str, mark: str, after: str) -> tuple[str, int] | None:
    """The family and role of ``mark`` between the characters ``before`` and ``after`` (cached:
    a few hundred combinations cover a whole archive)."""
    space_before = before in _SPACE_BEFORE or before in "“‘«\"'"
    space_after = after in _SPACE_OR_PUNCT_AFTER or after in "”’»\"'"
    if mark in ('"', "''"):
        if space_before and not space_after:
            return DOUBLE, OPEN
        if space_after and not space_before:
            return DOUBLE, CLOSE
        return DOUBLE, EITHER
    if mark == "`":
        return SINGLE, OPEN
    if mark in ("“", "``", "„", "‟"):
        if mark == "“" and space_after and not space_before:
            return DOUBLE, CLOSE  # „...“ (German) or a typo for ”
        return DOUBLE, OPEN
    if mark == "”":
        if space_before and not space_after:
            return DOUBLE, EITHER  # ”...” (Nordic) or a typo
        return DOUBLE, CLOSE
    if mark in "«‹":
        if space_after and not space_before:
            return GUILLEMET, CLOSE
        return GUILLEMET, OPEN
    if mark in "»›":
        if space_before and not space_after:
            return GUILLEMET, EITHER  # »...« (German)
        return GUILLEMET, CLOSE
    # Single marks: ' ‘ ’ ‚ (one between two letters or digits is an apostrophe: don't, 1990's)
    if before.isalnum() and after.isalnum():
        return None
    if after.isdigit() and not space_after:
        return None  # ’90s, '08
    if space_before and not space_after:
        if after.isspace():
            return None
        return SINGLE, OPEN
    if space_after and not space_before:
        return SINGLE, CLOSE  # a closing mark, or a plural possessive (voters')
    if mark == "‘":
        return SINGLE, OPEN
    return SINGLE, EITHER if mark == "'" else CLOSE


_WORD_AFTER_RE: Final = re.compile(r" ([a-z]+)")
_SINGLE_MARK_RE: Final = re.compile(r"['’‘\n]")
_AFTER_A_CLOSING_MARK: Final = frozenset(
    """and or but nor so yet to in on at for from with by as of about into than then when while
    if because after before since until over under during against despite without again too
    also not only even is was were are be been being has had have will would could should may
    might can must said says say added adds told tells wrote writes he she they it we i you
    that which who whom where this these those its their his her our""".split()
)
"""Words that go on from a quote just closed (``'a waste' and``, ``'unfair', she said``) but
hardly follow a plural possessive, which a noun or an adjective follows (``the boats' owners``)."""


def _plural_possessive(text: str, j: int) -> bool:
    """Whether the single mark closing-looking after an ``s`` before offset ``j``, in a quote in
    single marks, is the apostrophe of a plural possessive (``'the boats' owners have gone'``):
    a word follows that goes on from a noun, not from a quote, and the quote still closes later,
    in its paragraph or in the next one that opens with a single mark (a quote running on)."""
    word = _WORD_AFTER_RE.match(text, j)
    if word is None or word.group(1) in _AFTER_A_CLOSING_MARK:
        return False
    for mark in _SINGLE_MARK_RE.finditer(text, j):
        k = mark.start()
        if mark.group() == "\n":
            rest = text[k:].lstrip()
            return rest[:1] in ("'", "‘")
        role = _classify(text, k, mark.group())
        if role is not None and role[1] != OPEN:
            return True
    return False


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every direct quote in ``text``, in order, with nested quotes recorded inside the outer one.

    A quote whose paragraph ends while it is open continues when the next paragraph opens with a
    mark of the same family (the convention for quotes over several paragraphs); otherwise a
    double-marked quote ends at the end of its paragraph (``closed`` False) and a single-marked
    one is dropped (an unpaired single mark is more likely an apostrophe).
    """
    spans: list[QuoteSpan] = []
    outer: QuoteSpan | None = None
    inner_start = -1
    inner_family = ""
    last_mark = 0  # offset just past the latest mark seen while a quote was open
    reopen = -1  # a second opening mark of the outer quote's kind, not yet explained
    deferred: list[tuple[int, int]] = []  # quotes opened and closed inside the outer one
    consumed = 0  # marks before this offset were read with the mark before them
    find = text.find
    for match in _MARK_RE.finditer(text):
        i = match.start()
        if i < consumed:
            continue  # the third apostrophe of ``'''``, already read with the two before it
        mark = match.group()
        pending_break = find("\n", last_mark, i) if outer is not None else -1
        role = _classify(text, i, mark)
        if role is None:
            continue
        last_mark = i + len(mark)
        family, kind = role
        if (
            pending_break >= 0
            and outer is not None
            and family == outer.family
            and kind != OPEN
            and _breaks_mid_sentence(text, pending_break, i)
        ):
            pending_break = -1  # a stray break inside a sentence, not the end of a paragraph
        if pending_break >= 0 and outer is not None:
            # The first mark after a line break: a continuation only if it opens the paragraph
            # right after the quote's own; a paragraph without a mark between them means the
            # quote was never closed (a writer's slip), not that it goes on.
            line_start = text.rfind("\n", 0, i) + 1
            continues = (
                family == outer.family
                and kind != CLOSE
                and not text[line_start:i].strip()
                and not text[pending_break:line_start].strip()
            )
            if continues and deferred and text[deferred[0][0]] == text[outer.start]:
                # “... “...” and a paragraph break: the first opener was never closed, or the
                # quote goes on with a quote nested in marks of its own style, which style
                # guides do not do. Quotes nested in the other style ("... “...” ...) are nested.
                continues = False
            if continues:
                # The quote is still open at the next paragraph, so the quotes completed inside
                # it were nested, not a second quote after an unclosed first one.
                outer.paragraphs += (
                    1
                    + text.count("\n\n", pending_break, line_start)
                    + text.count("\r\n\r\n", pending_break, line_start)
                )
                outer.nested += deferred
                inner_start = -1
                deferred = []
                continue
            _close_paragraph(text, outer, pending_break, spans, reopen, deferred)
            outer = None
            inner_start = -1
            reopen, deferred = -1, []
        if outer is None:
            if kind != CLOSE:
                outer = QuoteSpan(i, i, family)
                reopen, deferred = -1, []
            continue
        # Three apostrophes close a nested single quote and the outer two-apostrophe quote.
        if (
            mark == "''"
            and inner_start >= 0
            and inner_family == SINGLE
            and text[i + 2 : i + 3] == "'"
        ):
            outer.nested.append((inner_start, i + 1))
            outer.end = i + 3
            spans.append(outer)
            outer = None
            inner_start = -1
            last_mark = consumed = i + 3
            continue
        if family == outer.family:
            if kind != CLOSE and family == DOUBLE and i == outer.start + _mark_length(text, outer):
                # Two opening marks side by side (``"“``, ``“"``): a slip of the keyboard or of
                # a conversion, the quote opens at the second, which its closing mark matches.
                outer.start = i
                continue
            if kind == OPEN and family != SINGLE and i > outer.start + 1:
                # A second opener: a quote nested in marks of the same kind (“... “...” ...”),
                # or the first quote was never closed. Which one shows at the next closers.
                if reopen < 0:
                    reopen = i
                else:  # two openers in a row inside: the outer one was never closed
                    outer = QuoteSpan(i, i, family)
                    reopen, deferred, inner_start = -1, [], -1
                continue
            if family == SINGLE and kind == OPEN:
                continue
            if reopen >= 0:
                deferred.append((reopen, i + len(mark)))
                reopen = -1
                continue
            if text[i - 1].isdigit() and _FEET_INCHES_RE.search(text, max(0, i - 4), i):
                continue  # feet and inches (``6’2”``, ``5'11"``): a unit, not the closing mark
            if family == SINGLE and text[i - 1] in "sS" and _plural_possessive(text, i + 1):
                continue
            outer.nested += deferred
            deferred = []
            outer.end = i + len(mark)
            if outer.end - outer.start > len(mark) + 1:
                spans.append(outer)
            outer = None
            inner_start = -1
            continue
        # A mark of another family inside the quote: a nested quote (or an apostrophe).
        if inner_start < 0:
            if kind != CLOSE:
                inner_start = i
                inner_family = family
        elif family == inner_family and kind != OPEN:
            outer.nested.append((inner_start, i + len(mark)))
            inner_start = -1
    if outer is not None:
        line_end = find("\n", last_mark)
        end = line_end if line_end >= 0 else len(text)
        _close_paragraph(text, outer, end, spans, reopen, deferred)
    return spans


def _mark_length(text: str, quote: QuoteSpan) -> int:
    """How many characters the opening mark of ``quote`` takes (2 for ``''`` and ````)."""
    return 2 if text.startswith(("''", "``"), quote.start) else 1


def _breaks_mid_sentence(text: str, line_break: int, mark: int) -> bool:
    """Whether the line break at ``line_break`` stands inside a sentence that a closing mark at
    ``mark`` ends: the only break before that mark, after a word or a comma, and followed by a
    word in lower case. A paragraph does not end on a word with its sentence unfinished and
    the next one does not open in lower case, so the break is a stray one (a copied text's)
    and the quote goes on over it."""
    if text.find("\n", line_break + 1, mark) >= 0:
        return False
    before = text[:line_break].rstrip()
    after = text[line_break + 1 : mark].lstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",") and after[:1].islower()


def _close_paragraph(
    text: str,
    outer: QuoteSpan,
    line_end: int,
    spans: list[QuoteSpan],
    reopen: int,
    deferred: list[tuple[int, int]],
) -> None:
    """End a paragraph with ``outer`` still open: keep the quotes completed after its opener if
    there are any (it was never closed), else close ``outer`` at the end of its paragraph."""
    if deferred:
        spans.extend(QuoteSpan(start, end, outer.family) for start, end in deferred)
        return
    if reopen >= 0:
        outer = QuoteSpan(reopen, reopen, outer.family)
    _end_unclosed(text, outer, line_end, spans)


def _end_unclosed(text: str, quote: QuoteSpan, line_end: int, spans: list[QuoteSpan]) -> None:
    """Close ``quote`` at the end of its paragraph when that is plausible, else drop it."""
    if quote.family == SINGLE:
        # An unpaired single mark is more likely an apostrophe: the quotes inside it stand alone.
        spans.extend(
            QuoteSpan(start, end, GUILLEMET if text[start] in "«‹" else DOUBLE)
            for start, end in quote.nested
        )
        return
    end = line_end
    while end > quote.start and text[end - 1].isspace():
        end -= 1
    # Counted without carriage returns: a text with CRLF line endings keeps the same quotes.
    if end - quote.start - text.count("\r", quote.start, end) < 8:
        return
    quote.end = end
    quote.closed = False
    spans.append(quote)
