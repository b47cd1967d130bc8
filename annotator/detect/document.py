"""One document's detection state: the ``Draft`` candidate every stage builds, and the quote
spans, sentence bounds and trimming that every later stage asks about.

The lowest layer of the detector: it imports none of the other stages.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from annotator.detect.attribution import Mention, Source
from annotator.detect.cuewords import find_cue_words
from annotator.detect.lexicon import SPEECH_VERBS
from annotator.detect.marks import QuoteSpan, find_quote_spans
from annotator.detect.names import DocumentNames
from annotator.detect.text import Layout
from annotator.records import QuoteType


@dataclass(slots=True)
class Draft:
    """A candidate under construction."""

    start: int
    end: int
    type: QuoteType
    score: float
    speaker: Mention | None = None
    cue: Mention | None = None
    source: Source | None = None
    resolved: str | None = None
    standalone: bool = True
    inherited: bool = False
    speaker_spans: list[tuple[int, int]] | None = None
    """One span per speaker a coordinated subject names (``Lind and Kral``); else None."""

    # Written out, not left to @dataclass: mypyc compiles this one, while the generated one
    # runs interpreted in the compiled build, seven times slower.
    def __init__(
        self,
        start: int,
        end: int,
        type: QuoteType,
        score: float,
        speaker: Mention | None = None,
        cue: Mention | None = None,
        source: Source | None = None,
        resolved: str | None = None,
        standalone: bool = True,
        inherited: bool = False,
        speaker_spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.type = type
        self.score = score
        self.speaker = speaker
        self.cue = cue
        self.source = source
        self.resolved = resolved
        self.standalone = standalone
        self.inherited = inherited
        self.speaker_spans = speaker_spans


_MAX_SENTENCE: Final = 1000
"""Characters a sentence may reach on either side of a cue (real sentences are far shorter)."""
_TRIMMED_BEFORE: Final = frozenset(" \t\u00a0\r\n\u2028\u2029\u200b\u2009\u202f,:;—–(*")
"""What a content does not start with: white space of every kind (CRLF line ends, thin and
zero-width spaces), the punctuation that leads into it and the asterisks of a label in bold
(``**Ada Lind said:** “...”``)."""
_STRAY_OPENERS: Final = frozenset('"“')
"""Opening marks that a slip may double before the mark a quote opens with."""
_TRIMMED_AFTER: Final = frozenset(" \t\u00a0\r\n\u2028\u2029\u200b\u2009\u202f,;:—–")
"""What a content does not end with."""


class DocumentSpans:
    """The layer that is the base of the detector. One document's detection state: the ``Draft``
    candidate every stage builds, and the quote spans, sentence bounds and trimming that
    every later stage asks about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout = Layout(text)
        self.names = DocumentNames(text)
        self.spans: list[QuoteSpan] = find_quote_spans(text)
        self.span_starts = [span.start for span in self.spans]
        # ``the board."We were ...``: a quote opening a sentence right after a full stop,
        # with the space left out, which the sentence regex needs to see an end.
        self.layout.add_sentence_starts(
            span.start
            for span in self.spans
            if text[span.start - 1 : span.start] in (".", "!", "?")
            and text[span.start + 1 : span.start + 2].isupper()
        )
        self.cue_words = find_cue_words(text)
        self.first_line_feed = text.find("\n")
        """Where the first line ends (-1: one line): a headline's cues are asked about it, and a
        document of one long line would otherwise be read from its start for each cue."""
        self._surnames_written: dict[str, str | None] = {}
        self._spellings: dict[str, str] | None = None
        """Each word's first spelling in mixed case, by the word in lower case, once a
        transcript has more labels than are worth a scan each (``_LABELS_SCANNED``)."""
        """Per transcript label's surname, how the text first writes it in mixed case (None:
        never), found once: a transcript labels hundreds of lines with a few names."""
        """Where the cues of reported speech, predicates and attitudes may match."""
        self.drafts: list[Draft] = []
        self._resolving_starts: list[int] | None = None
        """While ``resolve`` runs: the drafts' starts, sorted as the drafts are."""
        self._sentences: dict[int, tuple[int, int]] = {}
        self._colon_labels: int | None = None
        """How many lines open with words in capitals and a colon (counted when first asked)."""
        self._titled: dict[str, str] = {}
        """The one person named with each title asked about (``judge``), or empty."""
        self._outlets_named: tuple[list[int], list[Source | None]] | None = None
        """Where each outlet name of two words or more ends, in order, and the sole outlet the
        text has named by then (None once it has named two), read once for every ``told the
        paper`` of the document (``sole_outlet_before``)."""
        self._ages_given_cache: list[tuple[int, str, str]] | None = None
        """Each age given with a person's name (``SpeakerResolver._ages_given``), once read."""
        self.attributions: list[tuple[int, Mention, Mention]] = []
        self.phrase_speakers: set[int] = set()
        """Where the speaker phrases found by :meth:`opening_subject` start: common noun phrases
        kept as written when speakers are resolved (``Skippers from the north quay``, not a name
        picked out of them)."""
        self.fragment: Draft | None = None
        """The opening fragment of the latest interrupted reported sentence, if any."""
        self.unnamed_cues: set[int] = set()
        """Where the passive cues of :meth:`unnamed_speech` (``was told``) stand."""
        self.attitudes: list[Draft] = []
        """The candidates of attitudes and predicates (not of speech), for
        :func:`drop_nested_attitudes`."""
        """Every cue found with a speaker (``, said Mr. Ray, a former aide.``), content or not."""

    # -- helpers -------------------------------------------------------------------------------

    def span_at(self, offset: int) -> QuoteSpan | None:
        """The quote span that contains ``offset``, if any."""
        index = bisect_right(self.span_starts, offset) - 1
        if index >= 0:
            # The span's start is at most ``offset``: bisect_right puts it there.
            span = self.spans[index]
            if offset < span.end:
                return span
        return None

    def is_whole_quote(self, start: int, end: int) -> bool:
        """True when a quote span starts at ``start`` and reaches ``end`` (or the character
        before it, a full stop after the closing mark)."""
        span = self.span_at(start)
        return span is not None and span.start == start and span.end >= end - 1

    def first_span_in(self, start: int, end: int) -> QuoteSpan | None:
        """The first quote span starting in ``[start, end)``."""
        index = bisect_right(self.span_starts, start - 1)
        if index < len(self.spans) and self.spans[index].start < end:
            return self.spans[index]
        return None

    def span_starts_within(self, start: int, end: int) -> list[int]:
        """Where the quote spans lying wholly inside ``[start, end)`` start."""
        # The spans are sorted by start: stop at the first one past ``end`` rather than test
        # every span to the end of the document for each candidate.
        inside = []
        spans = self.spans
        for k in range(bisect_right(self.span_starts, start - 1), len(spans)):
            span = spans[k]
            if span.start >= end:
                break
            if span.end <= end:
                inside.append(span.start)
        return inside

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``offset``, widened over quote spans."""
        key = bisect_right(self.layout.sentence_starts, offset)
        bounds = self._sentences.get(key)
        if bounds is None:
            bounds = self._sentences[key] = self._sentence_bounds(offset, key)
        start, end = bounds
        if start > offset:
            start = self.layout.paragraph(offset)[0]  # an offset inside a dateline
        # A run-on "sentence" (a table, a list without full stops) is cut to a window around
        # the offset, so the work per cue stays bounded and a document costs linear time.
        # (Comparisons, not ``max`` and ``min``: those parse keyword arguments on every call in
        # Python 3.11, and this helper and the next run for every cue.)
        low, high = offset - _MAX_SENTENCE, offset + _MAX_SENTENCE
        return (start if start > low else low), (end if end < high else high)

    def colon_dateline(self, start: int, end: int) -> re.Match[str] | None:
        """A dateline ending in a colon (``RAMPUR NAGAR: The civic body ...``, as Indian papers
        write it) at ``start``; None there, on the first line (a headline's label), or when more
        than one line of the document opens so: a transcript's labels (``BRANDT: ...``),
        whose lines are their speakers'."""
        if self.text.find("\n", 0, start) < 0:
            return None  # the first line: a headline's label (``AP: ...``), no dateline
        match = _COLON_DATELINE_RE.match(self.text, start, min(end, start + 60))
        if match is None:
            return None
        if self._colon_labels is None:
            self._colon_labels = len(_COLON_LABEL_LINE_RE.findall(self.text, 0, 100_000))
        return match if self._colon_labels == 1 else None

    def _sentence_bounds(self, offset: int, key: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``offset``, ``key`` the index of the sentence start
        after it (found by the caller: the sentence's start and end are read from it)."""
        sentence_starts = self.layout.sentence_starts
        para_start, para_end = self.layout.paragraph(offset)
        start = sentence_starts[key - 1]
        if start <= para_start:
            start = para_start
            # ``HARBOURTON (Wire) — The board said ...``: a dateline is no part of the sentence
            # (no subject, no content), though no full stop ends it.
            dateline = _DATELINE_RE.match(self.text, start, min(para_end, start + 80))
            if dateline is None:
                dateline = self.colon_dateline(start, para_end)
            if dateline is not None:
                start = dateline.end()
            bullet = _BULLET_RE.match(self.text, start, para_end)
            if bullet is not None and not any(
                word.lower() in SPEECH_VERBS for word in bullet.group("label").split()
            ):
                # ``• Rents: Average rents rose 9%, the office said``: a list's bullet and the
                # item's heading are the layout's, no part of what was said.
                start = bullet.end()
        for _ in range(8):
            inside = self.span_at(start)
            if inside is None or inside.start >= start:
                break
            widened = self.layout.sentence_start(inside.start)
            if widened < para_start:
                widened = para_start
            if widened >= start:
                break
            start = widened
        end = sentence_starts[key] if key < len(sentence_starts) else len(self.text)
        if end > para_end:
            end = para_end
        for _ in range(20):
            inside = self.span_at(end - 1) if end > 0 else None
            if inside is None or inside.end <= end or inside.end > para_end:
                break
            end = self.layout.sentence_end(inside.end - 1)
            if end > para_end:
                end = para_end
        return start, end

    def overlaps_draft(self, start: int, end: int) -> bool:
        """True when a draft found so far shares a character with ``[start, end)``."""
        return any(other.start < end and start < other.end for other in self.drafts)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Shrink ``(start, end)`` over spaces and a final full stop outside quote marks."""
        text = self.text
        while start < end and text[start] in _TRIMMED_BEFORE:
            start += 1
        if (
            start + 1 < end
            and text[start] in _STRAY_OPENERS
            and self.span_at(start) is None
            and (span := self.span_at(start + 1)) is not None
            and span.start == start + 1
        ):
            start += 1  # a doubled opening mark (``"“We ...”``): the quote opens at the second
        while end > start and text[end - 1] in _TRIMMED_AFTER:
            end -= 1
        if end > start and text[end - 1] in ".!?" and self.span_at(end - 1) is None:
            end -= 1
        return start, end


_DATELINE_RE: Final = re.compile(
    r"\s*(?:[A-Z][A-Z.’'\- ]*[A-Z.]|[A-Z][\w.’'\-]+(?=\s*\())"
    r"(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?(?:\s*\([\w. ]+\))?\s*[—–―-]{1,2}\s*"
)
"""A dateline opening a story: a place in capitals, or one before a wire service in
parentheses, perhaps a date, then a dash (``HARBOURTON —``, ``Harbourton (Wire) –``,
``HARBOURTON, May 3 (Wire) —``)."""
_BULLET_RE: Final = re.compile(
    r"[ \t]*[•·▪◦‣*-][ \t]+(?P<label>(?:[A-Z][\w’'&.-]*(?:[ \t]+[\w’'&.-]+){0,3}:[ \t]+"
    r"(?=[A-Z“\"‘']))?)"
)
"""A list item's bullet opening a paragraph (``•``, ``*``, a hyphen; not a dash, which signs a
quote), with the item's heading of a few words and a colon (``• Rents: ``) when one follows."""
_COLON_DATELINE_RE: Final = re.compile(
    r"[ \t]*[A-Z][A-Z.’'\- ]*[A-Z.](?:,[ \t]+[A-Z][\w.]*)?:[ \t]+(?=[A-Z](?:[a-z]|\s))"
)
_COLON_LABEL_LINE_RE: Final = re.compile(
    r"^[ \t]*[A-Z][A-Z.’'\- ]*[A-Z.](?:,[ \t]+[A-Z][\w.]*)?:", re.M
)
"""A line opening with words in capitals and a colon: a dateline when the only one, and when
a sentence in mixed case follows (not a headline in capitals, ``UN: PEACEKEEPERS ...``)."""
