"""An annotation session: the business logic behind the annotate screen, in plain Python.

The screen asks this module what to show and tells it what the annotator did; this module merges
the detector's candidates with the annotator's stored labels, and turns every action into a new
``QuoteAnnotation`` version written through the store before it returns. Nothing here imports
``textual``: the session can be driven by tests, scripts or another front end.

Quote ids. A quote that started as a detector suggestion gets a *deterministic* id, derived from
the document id and the suggestion's offsets and text (:func:`suggestion_id`). Two annotators who
accept the same suggestion therefore label the same id, which is what agreement and review match
on, and reopening a document finds a candidate's label by id without a search. A quote added by
hand gets a random id (``m-`` + uuid4): there is nothing stable to derive it from.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from annotator.anchoring import Anchor, anchor_quote
from annotator.corpus import Corpus
from annotator.errors import UserError
from annotator.records import (
    Candidate,
    Confidence,
    Deletion,
    Document,
    Origin,
    QuoteAnnotation,
    QuoteType,
    SourceKind,
    Status,
)
from annotator.store import AnnotatorFile

Detector = Callable[[str], list[Candidate]]
"""What finds candidates in a text: ``detect_quotes(text) -> list[Candidate]`` sorted by start."""

TYPE_CYCLE = (QuoteType.DIRECT, QuoteType.INDIRECT, QuoteType.MIXED)
"""The order ``cycle type`` steps through."""

SOURCE_KIND_CYCLE = tuple(SourceKind)
"""The order ``cycle source kind`` steps through: outlet, event, publication, social, other."""


def next_source_kind(current: SourceKind | None) -> SourceKind:
    """The kind after ``current`` in ``SOURCE_KIND_CYCLE`` (the first after none, or after the
    last): what ``O`` steps a source's kind to, in annotate and in review alike."""
    if current is None:
        return SOURCE_KIND_CYCLE[0]
    return SOURCE_KIND_CYCLE[(SOURCE_KIND_CYCLE.index(current) + 1) % len(SOURCE_KIND_CYCLE)]


LIKELY_SCORE = 0.5
"""Pending candidates scoring below this are shown faint: probably scare quotes or titles."""

MENTION_WINDOW = 400
"""How far from a quote (in characters) a typed speaker or source is looked for in the text."""

_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)

_NOT_SPACE = re.compile(r"\S")


def suggestion_id(doc_id: str, candidate: Candidate) -> str:
    """The deterministic id of the quote that starts as ``candidate`` in document ``doc_id``."""
    key = f"{doc_id}\x00{candidate.start}\x00{candidate.end}\x00{candidate.text}"
    return "s-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def label_from_candidate(
    document: Document,
    candidate: Candidate,
    annotator: str,
    *,
    status: Status = Status.ACCEPTED,
    quote_id: str | None = None,
) -> QuoteAnnotation:
    """``annotator``'s label of a detector suggestion, as ``annotate`` saves it when the
    suggestion is accepted (or, with ``status=Status.REJECTED``, rejected): the candidate's
    span, type, speaker, source and cue, with high confidence, ``origin`` suggested and the
    candidate kept as ``suggestion``. Its id is ``quote_id``, by default the deterministic
    :func:`suggestion_id`, so that two annotators labelling one suggestion label one id.
    Change fields with ``.revised(...)``; save it with ``AnnotatorFile.save``.
    """
    return QuoteAnnotation(
        id=quote_id if quote_id is not None else suggestion_id(document.id, candidate),
        doc_id=document.id,
        doc_sha256=document.sha256,
        start=candidate.start,
        end=candidate.end,
        text=candidate.text,
        type=candidate.type,
        speaker=candidate.speaker,
        speaker_spans=list(candidate.speaker_spans),
        source=candidate.source,
        source_kind=candidate.source_kind,
        source_spans=list(candidate.source_spans),
        cue_spans=list(candidate.cue_spans),
        status=status,
        origin=Origin.SUGGESTED,
        suggestion=candidate,
        annotator=annotator,
    )


def default_detector() -> Detector:
    """The project's detector, or a quote-marks-only stand-in while it is not installed."""
    try:
        from annotator.detect import detect_quotes  # noqa: PLC0415 - optional until it lands
    except ImportError:
        return quote_marks_detector
    detector: Detector = detect_quotes  # the package loads it lazily, untyped to mypy
    return detector


_QUOTE_MARKS = re.compile(r'"[^"\n]{1,2000}"|“[^”\n]{1,2000}”|«[^»\n]{1,2000}»')


def quote_marks_detector(text: str) -> list[Candidate]:
    """A minimal detector: every balanced quote-marked span on one line, no attribution."""
    return [
        Candidate(
            start=match.start(),
            end=match.end(),
            text=match.group(),
            type=QuoteType.DIRECT,
            score=0.5 if len(match.group()) > 25 else 0.3,
        )
        for match in _QUOTE_MARKS.finditer(text)
    ]


class NoSourceError(UserError):
    """A source kind was asked for a quote that names no source."""


class StaleQuoteError(UserError):
    """An edit of a label whose words are no longer in the document."""


class ItemState(StrEnum):
    """How a quote on screen stands for this annotator."""

    PENDING = "pending"
    """A candidate nobody has labeled yet."""
    ACCEPTED = "accepted"
    """Labeled as a quote."""
    REJECTED = "rejected"
    """Labeled as not a quote."""
    STALE = "stale"
    """A label whose words could not be found again in the changed document."""


@dataclass
class WorkItem:
    """One quote on screen: a detector candidate, a stored label, or a label of a candidate."""

    id: str
    """The quote id (deterministic for suggestions, random for manual quotes)."""
    candidate: Candidate | None
    """The detector's proposal, if the quote started as one."""
    quote: QuoteAnnotation | None = None
    """The annotator's live label (re-anchored to the current text), if any."""
    anchor: Anchor = Anchor.CURRENT
    """Whether the label's offsets fit the current text."""
    stale_reason: str = ""
    """Why a label is stale."""

    @property
    def state(self) -> ItemState:
        """Pending, accepted, rejected or stale."""
        if self.quote is None:
            return ItemState.PENDING
        if self.anchor is Anchor.STALE:
            return ItemState.STALE
        return ItemState.ACCEPTED if self.quote.status is Status.ACCEPTED else ItemState.REJECTED

    @property
    def start(self) -> int:
        """Where the quote starts now."""
        return self.quote.start if self.quote is not None else self._candidate.start

    @property
    def end(self) -> int:
        """Where the quote ends now (exclusive)."""
        return self.quote.end if self.quote is not None else self._candidate.end

    @property
    def text(self) -> str:
        """The quoted words."""
        return self.quote.text if self.quote is not None else self._candidate.text

    @property
    def type(self) -> QuoteType:
        """The chosen type, or the suggested one."""
        return self.quote.type if self.quote is not None else self._candidate.type

    @property
    def speaker(self) -> str | None:
        """The chosen speaker, or the suggested one."""
        return self.quote.speaker if self.quote is not None else self._candidate.speaker

    @property
    def source(self) -> str | None:
        """The chosen source, or the suggested one."""
        return self.quote.source if self.quote is not None else self._candidate.source

    @property
    def source_kind(self) -> SourceKind | None:
        """The kind of the chosen source, or of the suggested one."""
        return self.quote.source_kind if self.quote is not None else self._candidate.source_kind

    @property
    def confidence(self) -> Confidence | None:
        """The chosen confidence; None while pending."""
        return self.quote.confidence if self.quote is not None else None

    @property
    def note(self) -> str:
        """The annotator's note."""
        return self.quote.note if self.quote is not None else ""

    @property
    def origin(self) -> Origin:
        """Suggested by the detector or added by hand."""
        if self.quote is not None:
            return self.quote.origin
        return Origin.SUGGESTED

    @property
    def score(self) -> float:
        """The detector's score (1.0 for a manual quote)."""
        return self.candidate.score if self.candidate is not None else 1.0

    @property
    def edited(self) -> bool:
        """Whether the label differs from the suggestion in span, type, speaker or source."""
        if self.quote is None:
            return False
        # A stale label is shown without its candidate (whose offsets are in the old text), but
        # the suggestion it was made from still tells whether it was edited.
        quote = self.quote
        suggestion = self.candidate if self.candidate is not None else quote.suggestion
        if suggestion is None:
            return False
        return (quote.start, quote.end, quote.type, quote.speaker, quote.source) != (
            suggestion.start,
            suggestion.end,
            suggestion.type,
            suggestion.speaker,
            suggestion.source,
        )

    def spans(self, kind: str) -> list[tuple[int, int]]:
        """Where the ``speaker``, ``source`` or ``cue`` of this quote stands in the text."""
        holder = self.quote if self.quote is not None else self.candidate
        return list(getattr(holder, f"{kind}_spans", []) or [])

    def cue_words(self, text: str) -> str | None:
        """The cue's words in ``text`` (the document's), as labelled, or as suggested while
        pending; None when there is none. A stale label's cue is the suggestion's: its spans
        point into a text that is gone."""
        if self.quote is None or self.state is ItemState.STALE:
            suggestion = self.candidate
            if suggestion is None and self.quote is not None:
                suggestion = self.quote.suggestion
            return suggestion.cue if suggestion is not None else None
        return " ".join(text[start:end] for start, end in self.quote.cue_spans) or None

    @property
    def _candidate(self) -> Candidate:
        assert self.candidate is not None, "a work item has a candidate or a quote"
        return self.candidate


def _sort_key(item: WorkItem) -> tuple[int, int, str]:
    return (item.start, item.end, item.id)


_OPEN = (ItemState.PENDING, ItemState.STALE)


@dataclass
class DocumentWork:
    """A document with its quotes merged from the detector and the annotator's labels.

    Counts are kept up to date as changes are applied (:meth:`apply`), so a keystroke on a
    document with thousands of quotes costs a few operations, not a pass over all of them.
    """

    document: Document
    """The document as read now."""
    items: list[WorkItem]
    """Every quote on screen, ordered by start then end."""
    candidates: list[Candidate] = field(default_factory=list)
    """What the detector proposed (kept to rebuild the items after a change)."""
    candidate_ids: frozenset[str] = frozenset()
    """The suggestion ids of ``candidates``."""

    def __post_init__(self) -> None:
        self._labeled = self._stale = self._open = 0
        for item in self.items:
            self._count(item, 1)

    def _count(self, item: WorkItem, sign: int) -> None:
        state = item.state
        if item.quote is not None:
            self._labeled += sign
        if state is ItemState.STALE:
            self._stale += sign
        if state in _OPEN:
            self._open += sign

    @property
    def doc_id(self) -> str:
        """The document's id."""
        return self.document.id

    @property
    def labeled(self) -> int:
        """How many quotes carry a label (accepted or rejected, stale included)."""
        return self._labeled

    @property
    def total(self) -> int:
        """How many quotes there are to label."""
        return len(self.items)

    @property
    def done(self) -> bool:
        """Whether nothing is left pending (and nothing is stale)."""
        return self._open == 0

    @property
    def stale(self) -> int:
        """How many labels no longer fit the text."""
        return self._stale

    def apply(self, state: QuoteAnnotation | Deletion) -> int | None:
        """Bring one stored change of this document into the items, in place.

        A label lands on its item (or becomes a new one); a deletion turns a suggestion back to
        pending and removes any other item. Answers the item's new position, or None if it went.
        """
        index = self.index_of(state.id)
        if isinstance(state, Deletion):
            if index is None:
                return None
            item = self.items[index]
            self._count(item, -1)
            if item.candidate is not None:
                candidate_id = suggestion_id(self.doc_id, item.candidate)
                if candidate_id in self.candidate_ids:
                    item.id, item.quote = candidate_id, None
                    item.anchor, item.stale_reason = Anchor.CURRENT, ""
                    self._count(item, 1)
                    return self._resort(index)
            del self.items[index]
            return None
        anchored = anchor_quote(state, self.document)
        if index is None:
            suggestion = state.suggestion if anchored.anchor is Anchor.CURRENT else None
            item = WorkItem(state.id, suggestion)
            self.items.append(item)
            index = len(self.items) - 1
        else:
            item = self.items[index]
            self._count(item, -1)
        item.quote, item.anchor, item.stale_reason = (
            anchored.quote,
            anchored.anchor,
            anchored.reason,
        )
        self._count(item, 1)
        return self._resort(index)

    def _resort(self, index: int) -> int:
        """Move the item at ``index`` to its place in the order; answers where it went."""
        items = self.items
        item = items[index]
        key = _sort_key(item)
        before_ok = index == 0 or _sort_key(items[index - 1]) <= key
        after_ok = index == len(items) - 1 or key <= _sort_key(items[index + 1])
        if before_ok and after_ok:
            return index
        del items[index]
        position = bisect.bisect_left(items, key, key=_sort_key)
        items.insert(position, item)
        return position

    def index_of(self, quote_id: str) -> int | None:
        """Position of the item with this id."""
        for index, item in enumerate(self.items):
            if item.id == quote_id:
                return index
        return None

    def first_open(self) -> int | None:
        """Position of the first pending or stale item, or None when the document is done."""
        for index, item in enumerate(self.items):
            if item.state in (ItemState.PENDING, ItemState.STALE):
                return index
        return None

    def item_spanning(self, start: int, end: int) -> int | None:
        """Position of an item over exactly the words of ``[start, end)`` (spaces at either
        end trimmed, as :meth:`AnnotationSession.add_quote` trims a selection), or None. A
        stale item is left out: its offsets point into the old text."""
        wanted = trimmed_span(self.document.text, start, end)
        for index, item in enumerate(self.items):
            if item.state is not ItemState.STALE and (item.start, item.end) == wanted:
                return index
        return None

    def item_at(self, offset: int) -> int | None:
        """Position of the shortest item covering ``offset``, or None."""
        best: int | None = None
        for index, item in enumerate(self.items):
            length = item.end - item.start
            if item.start <= offset < item.end and (
                best is None or length < self.items[best].end - self.items[best].start
            ):
                best = index
        return best


@dataclass(frozen=True)
class DocumentProgress:
    """How far one document is, as far as the session knows."""

    labeled: int
    """Labels stored for it."""
    total: int | None
    """Quotes to label, or None while the document has not been run through the detector."""
    done: bool
    """Nothing pending or stale."""
    stale: int = 0
    """Labels that no longer fit the text."""
    finished: bool = False
    """Whether it counts as finished for agreement and review (``AnnotationSession.finished``):
    not the same as ``done``, since ``f`` finishes a document with quotes still open and takes
    the mark back from one with none."""


@dataclass(frozen=True)
class CorpusProgress:
    """How far the whole corpus is."""

    documents: int
    """Documents in the corpus."""
    finished: int
    """Documents of the corpus that count as finished (``AnnotationSession.finished``), read
    from the store, so those finished in earlier runs count before they are read again."""
    labeled: int
    """Live labels in the store for documents of this corpus."""
    session_labeled: int
    """Labels this session added that still stand (undo and deletions taken off)."""
    rate: float
    """Labels per hour this session."""


def merge(
    document: Document,
    candidates: Iterable[Candidate],
    quotes: Iterable[QuoteAnnotation],
    ids: list[str] | None = None,
) -> DocumentWork:
    """Merge detector candidates with stored labels into the document's work items.

    A label replaces the candidate it was made from: matched by id, or for a document that changed
    since, by the suggestion's text at the re-anchored position. Labels whose words are gone are
    kept as stale items so the annotator sees them. ``ids`` are the candidates' suggestion ids,
    when already known.
    """
    candidates = list(candidates)
    if ids is None:
        ids = [suggestion_id(document.id, candidate) for candidate in candidates]
    by_id: dict[str, WorkItem] = {}
    order: list[WorkItem] = []
    for candidate, candidate_id in zip(candidates, ids, strict=True):
        if candidate_id not in by_id:
            item = WorkItem(candidate_id, candidate)
            by_id[candidate_id] = item
            order.append(item)
    by_text: dict[tuple[str, int], WorkItem] | None = None
    for stored in quotes:
        anchored = anchor_quote(stored, document)
        target = by_id.get(stored.id)
        suggestion = anchored.quote.suggestion
        # Moved now, or saved where it moved to (by an edit, or validate --reanchor): its id was
        # made from the old offsets, so its candidate is found by the suggestion's words.
        moved = anchored.anchor is Anchor.REANCHORED or "reanchored_from" in stored.meta
        if target is None and suggestion is not None and moved:
            if by_text is None:
                by_text = {
                    (item.candidate.text, item.candidate.start): item
                    for item in order
                    if item.candidate is not None
                }
            target = by_text.get((suggestion.text, suggestion.start))
            if target is None and anchored.anchor is Anchor.CURRENT:
                # Saved moved by an earlier version, which left the suggestion where it was.
                origin = stored.meta.get("reanchored_from")
                if isinstance(origin, list) and origin and isinstance(origin[0], int):
                    shift = stored.start - origin[0]
                    target = by_text.get((suggestion.text, suggestion.start + shift))
        if target is None or target.quote is not None:
            # A moved or stale label's suggestion points at the old text: do not show it there.
            suggestion = stored.suggestion if anchored.anchor is Anchor.CURRENT else None
            target = WorkItem(stored.id, suggestion)
            by_id[stored.id] = target
            order.append(target)
        target.id = stored.id
        target.quote = anchored.quote
        target.anchor = anchored.anchor
        target.stale_reason = anchored.reason
    order.sort(key=_sort_key)
    return DocumentWork(document, order, candidates, frozenset(ids))


def _same_label(one: QuoteAnnotation, other: QuoteAnnotation) -> bool:
    """Whether two versions of a label say the same (their time of update aside)."""
    return one.model_dump(exclude={"updated"}) == other.model_dump(exclude={"updated"})


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` in order, kept inside ``text``, without the whitespace at either end
    (empty, ``start == end``, when it holds nothing else)."""
    start, end = sorted((max(0, start), min(len(text), end)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_words(text: str, words: str, after: int = 0) -> tuple[int, int] | None:
    """The first place at or after ``after`` where ``words`` stand in ``text`` (case ignored,
    any run of spaces or line breaks between them), wrapping round to the start; None if
    nowhere. Offsets are ``str`` indices, as every offset here (a case-folded copy of the text
    would shift them after an ``ß``)."""
    parts = words.split()
    if not parts:
        return None
    pattern = re.compile(r"\s+".join(re.escape(part) for part in parts), re.IGNORECASE)
    found = pattern.search(text, min(max(after, 0), len(text))) or pattern.search(text)
    return (found.start(), found.end()) if found is not None else None


def word_boundaries(text: str, offset: int, direction: int, edge: str) -> int:
    """The next word start (``edge="start"``) or word end (``edge="end"``) from ``offset``.

    ``direction`` is +1 (right) or -1 (left). Punctuation marks count as words, so a span can be
    moved onto or off a quote mark one step at a time. Returns ``offset`` when there is none.
    """
    span = 256
    while True:
        lo, hi = max(0, offset - span), min(len(text), offset + span)
        if lo > 0:
            # Start matching at a whitespace so no word is cut in two at the window's edge.
            lo = max(text.rfind(" ", 0, lo), text.rfind("\n", 0, lo)) + 1
        marks = [
            match.start() if edge == "start" else match.end()
            for match in _WORD.finditer(text, lo, hi)
        ]
        if hi < len(text):
            marks = [mark for mark in marks if mark < hi]  # a word cut at hi has no true end
        if direction > 0:
            found = [mark for mark in marks if mark > offset]
            if found:
                return found[0]
            if hi >= len(text):
                return offset
        else:
            found = [mark for mark in marks if mark < offset]
            if found:
                return found[-1]
            if lo == 0:
                return offset
        span *= 4


def word_edge_near(text: str, offset: int, edge: str) -> int:
    """``offset`` moved to where a span's ``edge`` ("start" or "end") cuts no word.

    A start inside a word goes back to that word's start, and over spaces on to the next
    word; an end inside a word goes on to that word's end, and after spaces back to the word
    before them. Punctuation marks count as words, as in :func:`word_boundaries`.
    """
    offset = min(max(offset, 0), len(text))
    if edge == "start":
        if offset < len(text) and text[offset].isspace():
            found = _NOT_SPACE.search(text, offset)
            return found.start() if found is not None else len(text)
        if 0 < offset < len(text) and not text[offset - 1].isspace():
            return word_boundaries(text, offset + 1, -1, "start")
        return offset
    if offset > 0 and text[offset - 1].isspace():
        while offset > 0 and text[offset - 1].isspace():
            offset -= 1
        return offset
    if 0 < offset < len(text) and not text[offset].isspace():
        return word_boundaries(text, offset - 1, 1, "end")
    return offset


_SOURCE_PROBES = ("{}", "according to {}", "said at {}", "said at a {}", "posted on {}")
"""Sentences a typed source is set in for the detector's source finder to tell its kind: as
typed (``told the Lakeside Radio``), then as a bare outlet or document (``Lakeside Radio``,
``a statement``), an occasion (``a press conference``) or a social network (``Telegram``)."""


def source_kind_of(name: str) -> SourceKind:
    """The kind of a source typed by hand: what the detector's source finder calls it, set in
    each of the ``_SOURCE_PROBES`` in turn; ``other`` when none tells."""
    try:
        from annotator.detect.attribution import find_source  # noqa: PLC0415 - loads the lexicon
    except ImportError:  # the detector is optional (see ``default_detector``)
        return SourceKind.OTHER
    for probe in _SOURCE_PROBES:
        sentence = probe.format(name)
        found = find_source(sentence, 0, len(sentence))
        if found is not None:
            return found.kind
    return SourceKind.OTHER


def source_kind_named(typed: str) -> SourceKind | None:
    """The source kind a person typed: its name or the start of it (``pub``, ``so``); None
    when empty. Raises ``ValueError`` naming the kinds when it fits none or more than one."""
    typed = typed.strip().lower()
    if not typed:
        return None
    fitting = [kind for kind in SourceKind if kind.value.startswith(typed)]
    if len(fitting) == 1:
        return fitting[0]
    kinds = ", ".join(kind.value for kind in SourceKind)
    raise ValueError(f"{typed!r} is not one source kind: type one of {kinds}")


def nearest_mentions(text: str, name: str, near: tuple[int, int]) -> list[tuple[int, int]]:
    """Where ``name`` (or, failing that, its last word) stands nearest the span ``near``.

    Returns one span within ``MENTION_WINDOW`` characters of the quote, or none.
    """
    start, end = near
    lo, hi = max(0, start - MENTION_WINDOW), min(len(text), end + MENTION_WINDOW)
    words = name.split()
    for needle in dict.fromkeys([name, words[-1] if words else name]):
        if not needle:
            continue
        found = [
            (match.start(), match.end())
            for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text[lo:hi])
        ]
        outside = [(lo + a, lo + b) for a, b in found if lo + b <= start or lo + a >= end]
        if outside:
            best = min(outside, key=lambda span: min(abs(span[0] - end), abs(start - span[1])))
            return [best]
    return []


class AnnotationSession:
    """One annotator working through one corpus. Thread-safe: workers load, the screen edits.

    Every action method writes through the store (fsynced) before it returns and answers with
    the document's rebuilt :class:`DocumentWork`.
    """

    def __init__(
        self,
        corpus: Corpus,
        annotations: AnnotatorFile,
        *,
        detector: Detector | None = None,
        clock: Callable[[], float] = time.monotonic,
        cache_size: int = 32,
    ) -> None:
        self.corpus = corpus
        """The documents."""
        self.annotations = annotations
        """The annotator's file, opened writable."""
        self.detector = detector or default_detector()
        """What proposes candidates."""
        self.clock = clock
        """Seconds, for the session's labeling rate."""
        self._lock = threading.RLock()
        self._candidates: OrderedDict[str, tuple[str, list[Candidate], list[str]]] = OrderedDict()
        self._documents: OrderedDict[str, Document] = OrderedDict()
        self._cache_size = cache_size
        self._progress: dict[str, DocumentProgress] = {}
        self._started = clock()
        self._finished_in_corpus: int | None = None  # counted on first use, again after a change
        self._labels_in_corpus: int | None = None  # at start; counted on first use
        # Labels this session created that still stand, and those it deleted again (an undo
        # brings them back). Labels of earlier runs deleted (less those brought back) lower the
        # corpus count instead: undoing yesterday's label must not show "-1 this session".
        self._created_here: set[str] = set()
        self._deleted_here: set[str] = set()
        self._deleted_earlier = 0
        self._used_names: dict[str, set[str]] | None = None  # every name in the store, by kind
        # Documents the annotator marked not finished by hand in this session: leaving one of
        # them with every quote decided does not mark it finished again behind their back.
        self._unmarked_here: set[str] = set()

    @property
    def annotator(self) -> str:
        """Whose labels are written."""
        return self.annotations.annotator

    # -- loading -------------------------------------------------------------------------------

    def document(self, doc_id: str) -> Document:
        """The document, read once and kept while recently used."""
        with self._lock:
            cached = self._documents.get(doc_id)
            if cached is not None:
                self._documents.move_to_end(doc_id)
                return cached
        document = self.corpus.get(doc_id)
        with self._lock:
            self._documents[doc_id] = document
            while len(self._documents) > self._cache_size:
                self._documents.popitem(last=False)
        return document

    def candidates(self, document: Document) -> list[Candidate]:
        """The detector's candidates for this text (cached by text hash)."""
        return self._detected(document)[0]

    def _detected(self, document: Document) -> tuple[list[Candidate], list[str]]:
        with self._lock:
            cached = self._candidates.get(document.id)
            if cached is not None and cached[0] == document.sha256:
                return cached[1], cached[2]
        found = sorted(self.detector(document.text), key=lambda c: (c.start, c.end))
        ids = [suggestion_id(document.id, candidate) for candidate in found]
        with self._lock:
            self._candidates[document.id] = (document.sha256, found, ids)
            while len(self._candidates) > max(self._cache_size * 64, 4096):
                self._candidates.popitem(last=False)
        return found, ids

    def load(self, doc_id: str) -> DocumentWork:
        """Read, detect and merge one document (slow for a big one: call it off the UI thread)."""
        return self._rebuild(self.document(doc_id))

    def _rebuild(self, document: Document) -> DocumentWork:
        candidates, ids = self._detected(document)
        with self._lock:
            quotes = self.annotations.quotes(document.id)
        work = merge(document, candidates, quotes, ids)
        self._note_progress(work)
        return work

    def _note_progress(self, work: DocumentWork) -> None:
        finished = self.annotations.is_finished(work.doc_id)
        self._set_progress(
            work.doc_id,
            DocumentProgress(work.labeled, work.total, work.done, work.stale, finished),
        )

    def _set_progress(self, doc_id: str, progress: DocumentProgress | None) -> None:
        with self._lock:
            if progress is None:
                self._progress.pop(doc_id, None)
            else:
                self._progress[doc_id] = progress

    def refresh(self, work: DocumentWork) -> DocumentWork:
        """The same document rebuilt from the store (after a change)."""
        return self._rebuild(work.document)

    # -- progress ------------------------------------------------------------------------------

    def progress(self, doc_id: str) -> DocumentProgress:
        """What is known of a document's progress without reading it."""
        with self._lock:
            # Asked afresh each time: a mark changes without the document being read again.
            finished = self.annotations.is_finished(doc_id)
            known = self._progress.get(doc_id)
            if known is not None:
                return known if known.finished == finished else replace(known, finished=finished)
            labeled = self._stored_count(doc_id)
        return DocumentProgress(labeled, None, False, finished=finished)

    def _stored_count(self, doc_id: str) -> int:
        # Counting from the store's index, without parsing a record: the document list asks
        # this for every row it draws, and a corpus may hold 100,000 documents.
        return self.annotations.count(doc_id)

    def corpus_progress(self) -> CorpusProgress:
        """Documents finished, labels stored, and this session's pace."""
        with self._lock:
            if self._labels_in_corpus is None:
                # Counted once; after that every change goes through this session.
                self._labels_in_corpus = (
                    sum(
                        self._stored_count(doc_id)
                        for doc_id in self.annotations.doc_ids()
                        if doc_id in self.corpus
                    )
                    - len(self._created_here)
                    + self._deleted_earlier
                )
            if self._finished_in_corpus is None:
                # Counting "done" among the documents read in this run said "0 done" after a
                # restart, however many were finished before; the store knows them all.
                self._finished_in_corpus = sum(
                    doc_id in self.corpus for doc_id in self.annotations.finished_doc_ids()
                )
            finished = self._finished_in_corpus
            session = len(self._created_here)
            labeled = self._labels_in_corpus - self._deleted_earlier + session
        hours = max(self.clock() - self._started, 60.0) / 3600
        return CorpusProgress(len(self.corpus), finished, labeled, session, max(session, 0) / hours)

    def resume_point(
        self, progress: Callable[[int], None] | None = None, *, where_left_off: bool = True
    ) -> tuple[str, int | None]:
        """The next document with open work and its first unlabeled quote.

        With ``where_left_off``, documents are read from the one the annotator last labeled (or
        deleted a label in) onwards, wrapping around to the start of the corpus: the cost of
        resuming no longer grows with the work already finished before that point. An annotator
        with nothing stored, or whose last document is not in this corpus, starts at the first
        document. Without it, documents are read from the first. One without labels and with
        candidates is open work; one the annotator marked finished is not, whatever is pending.
        When everything is done, answers the first document. ``progress(i)`` is told each index
        read.
        """
        ids = self.corpus.ids
        begin = 0
        if where_left_off:
            with self._lock:
                last = self.annotations.latest_doc_id()
            if last is not None and last in self.corpus:
                begin = self.corpus.index(last)
        for index in itertools.chain(range(begin, len(ids)), range(begin)):
            doc_id = ids[index]
            if progress is not None:
                progress(index)
            with self._lock:
                finished = self.annotations.finished_mark(doc_id) is True
            if finished:  # the annotator's word: what is left open there is no quote
                continue
            try:
                work = self.load(doc_id)
            except Exception:  # noqa: BLE001 - an unreadable document is shown, not resumed at
                continue
            first = work.first_open()
            if first is not None:
                return doc_id, first
        return ids[0], 0 if ids else None

    def resumed_with_nothing_open(self, work: DocumentWork) -> bool:
        """Whether ``work``, the document ``resume_point`` answered, means that no document
        has open work (it answers the first document then): it is marked finished, or has
        nothing open. False for an annotator with nothing stored yet, who starts at the first
        document anyway."""
        with self._lock:
            annotations = self.annotations
            started = annotations.latest_doc_id() is not None or bool(annotations.finished_marks())
            marked = annotations.finished_mark(work.doc_id) is True
        return started and (marked or work.first_open() is None)

    def documents_to_count(self) -> list[str]:
        """Documents of this corpus whose progress the list should know after a restart: those
        with a stored label, then those finished without one (``f`` on a document with no
        quote), which else showed a finished mark beside a total nobody had read."""
        with self._lock:
            labeled = self.annotations.doc_ids()
            finished = self.annotations.finished_doc_ids()
        seen = set(labeled)
        ordered = labeled + [doc_id for doc_id in finished if doc_id not in seen]
        return [doc_id for doc_id in ordered if doc_id in self.corpus]

    def fill_progress(self, doc_ids: Iterable[str]) -> None:
        """Detect documents so their progress is known (for a background worker)."""
        for doc_id in doc_ids:
            with self._lock:
                if doc_id in self._progress:
                    continue
            try:
                self.load(doc_id)
            except Exception:  # noqa: BLE001, S112 - progress stays unknown for a bad document
                continue

    # -- finished marks ------------------------------------------------------------------------

    def finished(self, doc_id: str) -> bool:
        """Whether the document counts as finished for agreement and review
        (``AnnotatorFile.is_finished``)."""
        with self._lock:
            return self.annotations.is_finished(doc_id)

    def not_finished_before(self, index: int) -> int:
        """How many documents before position ``index`` of the corpus do not count as finished
        (``finished``), from the store's marks, without reading a document."""
        with self._lock:
            finished = self.annotations.finished_doc_ids()
        corpus = self.corpus
        earlier_finished = sum(
            doc_id in corpus and corpus.index(doc_id) < index for doc_id in finished
        )
        return max(index, 0) - earlier_finished

    def set_finished(self, doc_id: str, finished: bool) -> bool:
        """Mark the document finished, or not finished, by the annotator's own word (saved at
        once). Answers whether a mark was written (none when it already counts so)."""
        with self._lock:
            if finished:
                self._unmarked_here.discard(doc_id)
            else:
                self._unmarked_here.add(doc_id)
            if self.annotations.is_finished(doc_id) == finished:
                return False
            self.annotations.mark_finished(doc_id, finished)
            self._finished_in_corpus = None
            return True

    def leave(self, work: DocumentWork | None) -> bool:
        """The annotator leaves ``work``'s document (for another, or quitting): mark it finished
        when every quote in it is decided and it holds a label of theirs, unless they marked it
        not finished by hand in this session. Answers whether a mark was written.

        A document with nothing labelled is not marked: paging past one is no verdict that it
        holds no quote (``f`` says that explicitly)."""
        if work is None or not work.done or work.labeled == 0:
            return False
        with self._lock:
            if work.doc_id in self._unmarked_here:
                return False
            if self.annotations.finished_mark(work.doc_id) is True:
                return False
            self.annotations.mark_finished(work.doc_id)
            self._finished_in_corpus = None
            return True

    def _mark_started(self, doc_id: str) -> None:
        """Before the first label of a document the annotator has neither labelled nor marked,
        mark it not finished: if the session ends in the middle of it, even killed, agreement
        leaves it out rather than count every quote not reached as missed."""
        if self.annotations.finished_mark(doc_id) is None and not self.annotations.count(doc_id):
            self.annotations.mark_finished(doc_id, finished=False)

    # -- suggestions ---------------------------------------------------------------------------

    def names(self, kind: str, work: DocumentWork | None = None) -> list[str]:
        """Speaker (``kind="speaker"``) or source names to suggest, this document's first.

        This document's mentions (every candidate's and label's), then every name used so far
        in the store, each once, in that order.
        """
        first: dict[str, None] = {}
        if work is not None:
            for item in work.items:
                for holder in (item.candidate, item.quote):
                    name = getattr(holder, kind, None) if holder is not None else None
                    if name:
                        first[name] = None
        with self._lock:
            if self._used_names is None:
                # Read every label once; after that each save adds its names.
                self._used_names = {"speaker": set(), "source": set()}
                for quote in self.annotations.quotes():
                    self._remember_names(quote)
            used = set(self._used_names.get(kind, ()))
        return list(first) + sorted(name for name in used if name not in first)

    def _remember_names(self, quote: QuoteAnnotation) -> None:
        if self._used_names is not None:
            for kind, names in self._used_names.items():
                name = getattr(quote, kind)
                if name:
                    names.add(name)

    # -- actions -------------------------------------------------------------------------------

    def _label_of(self, work: DocumentWork, item: WorkItem, status: Status) -> QuoteAnnotation:
        """The item's current label, or a new one made from its candidate."""
        if item.quote is not None:
            return item.quote
        return label_from_candidate(
            work.document, item._candidate, self.annotator, status=status, quote_id=item.id
        )

    def _save(self, work: DocumentWork, quote: QuoteAnnotation, created: bool) -> DocumentWork:
        with self._lock:
            self._mark_started(quote.doc_id)
            self.annotations.save(quote)
            if created:
                self._created_here.add(quote.id)
            self._remember_names(quote)
        work.apply(quote)
        self._note_progress(work)
        return work

    def _edit(
        self, work: DocumentWork, index: int, default: Status, **changes: object
    ) -> DocumentWork:
        item = work.items[index]
        if item.state is ItemState.STALE:
            # Its offsets point into a text that is gone: saving it would pin them to the new one.
            raise StaleQuoteError(
                f"{work.doc_id}: this label is stale ({item.stale_reason}); "
                "delete it and add the quote again"
            )
        base = self._label_of(work, item, default)
        if item.anchor is Anchor.REANCHORED and item.quote is not None:
            changes.setdefault("meta", dict(item.quote.meta))
        changes.setdefault("doc_sha256", work.document.sha256)
        revised = base.revised(**changes)
        unchanged = item.quote is not None and _same_label(revised, item.quote)
        if unchanged and item.anchor is Anchor.CURRENT:
            # enter through a document already labelled (checking it again) wrote a line per
            # quote, and each became an undo step that changed nothing: u seemed dead. (A label
            # moved to where its words now stand is still saved there, as any edit saves it.)
            return work
        return self._save(work, revised, created=item.quote is None)

    def accept(self, work: DocumentWork, index: int) -> DocumentWork:
        """Label the item a quote, with its current fields."""
        return self._edit(work, index, Status.ACCEPTED, status=Status.ACCEPTED)

    def reject(self, work: DocumentWork, index: int) -> DocumentWork:
        """Label the item not a quote."""
        return self._edit(work, index, Status.REJECTED, status=Status.REJECTED)

    def toggle_reject(self, work: DocumentWork, index: int) -> DocumentWork:
        """Reject the item, or accept it again when it is rejected already."""
        if work.items[index].state is ItemState.REJECTED:
            return self.accept(work, index)
        return self.reject(work, index)

    def set_confidence(self, work: DocumentWork, index: int, level: int) -> DocumentWork:
        """Set how sure the annotator is; a pending item becomes accepted."""
        return self._edit(work, index, Status.ACCEPTED, confidence=Confidence(level))

    def cycle_type(self, work: DocumentWork, index: int) -> DocumentWork:
        """Step the type: direct, indirect, mixed, direct…; a pending item becomes accepted."""
        current = work.items[index].type
        following = TYPE_CYCLE[(TYPE_CYCLE.index(current) + 1) % len(TYPE_CYCLE)]
        return self._edit(work, index, Status.ACCEPTED, type=following)

    def cycle_source_kind(self, work: DocumentWork, index: int) -> DocumentWork:
        """Step the source's kind: outlet, event, publication, social, other, outlet…; a pending
        item becomes accepted. Refused when the quote names no source: a kind of nothing would
        be a label no export or agreement figure could read."""
        item = work.items[index]
        if item.source is None:
            raise NoSourceError(f"{work.doc_id}: this quote has no source to give a kind")
        following = next_source_kind(item.source_kind)
        return self._edit(work, index, Status.ACCEPTED, source_kind=following)

    def set_speaker(self, work: DocumentWork, index: int, name: str | None) -> DocumentWork:
        """Set (or with an empty name, clear) the speaker, and mark its nearest mention."""
        return self._set_name(work, index, "speaker", name)

    def set_source(self, work: DocumentWork, index: int, name: str | None) -> DocumentWork:
        """Set (or with an empty name, clear) the source, and mark its nearest mention."""
        return self._set_name(work, index, "source", name)

    def _set_name(
        self, work: DocumentWork, index: int, kind: str, name: str | None
    ) -> DocumentWork:
        item = work.items[index]
        name = (name or "").strip() or None
        if name == getattr(item, kind) and item.quote is not None:
            return work
        if name is None:
            spans: list[tuple[int, int]] = []
        elif item.candidate is not None and getattr(item.candidate, kind) == name:
            spans = list(getattr(item.candidate, f"{kind}_spans"))
        else:
            spans = nearest_mentions(work.document.text, name, (item.start, item.end))
        changes: dict[str, object] = {kind: name, f"{kind}_spans": spans}
        if kind == "source" and name is None:
            changes["source_kind"] = None
        elif kind == "source" and name is not None:
            changes["source_kind"] = (
                item.candidate.source_kind
                if item.candidate is not None and item.candidate.source == name
                else source_kind_of(name)
            )
        return self._edit(work, index, Status.ACCEPTED, **changes)

    def set_note(self, work: DocumentWork, index: int, note: str) -> DocumentWork:
        """Set the annotator's free-text note; a pending item becomes accepted."""
        return self._edit(work, index, Status.ACCEPTED, note=note.strip())

    def set_cue(self, work: DocumentWork, index: int, span: tuple[int, int] | None) -> DocumentWork:
        """Mark the words at ``span`` (spaces at its ends left out) as the quote's cue, or with
        None clear it; a pending item becomes accepted. Refused when ``span`` holds no word:
        an export would carry an empty cue."""
        spans: list[tuple[int, int]] = []
        if span is not None:
            start, end = trimmed_span(work.document.text, *span)
            if start == end:
                raise ValueError("the selection holds no words to be the cue")
            spans = [(start, end)]
        return self._edit(work, index, Status.ACCEPTED, cue_spans=spans)

    def adjust_span(
        self, work: DocumentWork, index: int, edge: str, step: int, unit: str
    ) -> DocumentWork:
        """Move the ``start`` or ``end`` edge by ``step`` (±1) words or characters.

        A word step stops at word starts (for the start edge) or word ends (for the end edge);
        punctuation counts as a word. The span never becomes empty nor leaves the text. A pending
        item becomes accepted with the new span.
        """
        item = work.items[index]
        text = work.document.text
        start, end = item.start, item.end
        if edge == "start":
            moved = start + step if unit == "char" else word_boundaries(text, start, step, "start")
            moved = min(max(moved, 0), end - 1)
            start = moved
        else:
            moved = end + step if unit == "char" else word_boundaries(text, end, step, "end")
            moved = max(min(moved, len(text)), start + 1)
            end = moved
        if (start, end) == (item.start, item.end):
            return work
        return self._edit(work, index, Status.ACCEPTED, start=start, end=end, text=text[start:end])

    def add_quote(self, work: DocumentWork, start: int, end: int) -> tuple[DocumentWork, str]:
        """Add a quote the detector missed over ``[start, end)``; answers the work and its id.

        Whitespace at either end of the selection is trimmed. The type is direct when the span
        is wrapped in quote marks, indirect otherwise.
        """
        text = work.document.text
        start, end = trimmed_span(text, start, end)
        if start >= end:
            raise ValueError("the selection is empty")
        words = text[start:end]
        marked = len(words) >= 2 and words[0] in "\"“«„'‘" and words[-1] in "\"”»“'’"
        quote = QuoteAnnotation(
            id="m-" + uuid.uuid4().hex[:20],
            doc_id=work.doc_id,
            doc_sha256=work.document.sha256,
            start=start,
            end=end,
            text=words,
            type=QuoteType.DIRECT if marked else QuoteType.INDIRECT,
            status=Status.ACCEPTED,
            origin=Origin.MANUAL,
            annotator=self.annotator,
        )
        return self._save(work, quote, created=True), quote.id

    def clear(self, work: DocumentWork, index: int) -> DocumentWork:
        """Delete the item's label: a suggestion goes back to pending, a manual quote goes away."""
        item = work.items[index]
        if item.quote is None:
            return work
        with self._lock:
            tombstone = self.annotations.delete(item.id)
            self._count_change(item.id, -1)
            self._recount_finished_if_unmarked(work.doc_id)
        work.apply(tombstone)
        self._note_progress(work)
        return work

    def undo(self, work: DocumentWork | None = None) -> tuple[str, str] | None:
        """Undo the latest change of this annotator, in any document, even from an earlier run.

        Answers the (document id, quote id) it touched, or None when there is nothing to undo.
        When it touched ``work``'s document, ``work`` is updated in place.
        """
        with self._lock:
            before = len(self.annotations)  # undo is rare: counting all labels is fine here
            state = self.annotations.undo()
            if state is not None:
                self._count_change(state.id, len(self.annotations) - before)
                self._recount_finished_if_unmarked(state.doc_id)
        return self._touched(state, work)

    def redo(self, work: DocumentWork | None = None) -> tuple[str, str] | None:
        """Re-apply the latest undone change; answers what it touched, like :meth:`undo`."""
        with self._lock:
            before = len(self.annotations)
            state = self.annotations.redo()
            if state is not None:
                self._count_change(state.id, len(self.annotations) - before)
                self._recount_finished_if_unmarked(state.doc_id)
        return self._touched(state, work)

    def _recount_finished_if_unmarked(self, doc_id: str) -> None:
        """After a label of ``doc_id`` went or came back: a document without a mark counts as
        finished while it holds a label (labelled before marks existed), so count again."""
        if self.annotations.finished_mark(doc_id) is None:
            self._finished_in_corpus = None

    def _count_change(self, quote_id: str, change: int) -> None:
        """Count a label gone (``change`` -1) or back (+1): the session's own, or an earlier one."""
        if change < 0:
            if quote_id in self._created_here:
                self._created_here.discard(quote_id)
                self._deleted_here.add(quote_id)
            else:
                self._deleted_earlier += 1
        elif change > 0:
            if quote_id in self._deleted_here:
                self._deleted_here.discard(quote_id)
                self._created_here.add(quote_id)
            else:
                self._deleted_earlier -= 1

    def _touched(
        self, state: QuoteAnnotation | Deletion | None, work: DocumentWork | None
    ) -> tuple[str, str] | None:
        if state is None:
            return None
        if work is not None and work.doc_id == state.doc_id:
            work.apply(state)
            self._note_progress(work)
        else:
            self._set_progress(state.doc_id, None)
        return state.doc_id, state.id


def line_starts(text: str) -> list[int]:
    """Offsets where each line of ``text`` starts (for turning offsets into line numbers)."""
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """The 1-based line holding ``offset``, given :func:`line_starts`."""
    return bisect.bisect_right(starts, offset)
