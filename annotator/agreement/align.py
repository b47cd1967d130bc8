"""Aligning the quotes of several annotators on one document: the ground every figure stands on.

Two quotes *overlap* by the characters they share divided by the characters either covers
(intersection over union of their ``[start, end)`` spans, 0 to 1). Alignment is one-to-one and
built annotator by annotator, in the order the annotators are given:

1. The first annotator's quotes each open a group.
2. Each next annotator's quotes are matched to the open groups. A quote may join a group only
   if it overlaps *every* quote already in it by at least ``threshold`` (so any two quotes of a
   group are a matching pair on their own), and only if that annotator has no quote there yet.
   Candidate pairs are ranked exact span first, then by their smallest overlap, then by position,
   and taken greedily; a quote left over opens a group of its own.

Rejected quotes (an annotator saw the span and said "not a quote") are aligned like any other,
so a span one annotator accepted and another rejected lands in one group: a disagreement on
whether the quote exists. A group nobody accepted is agreement on a non-quote; it counts for
no span figure.

Only annotators *present* in a document are compared on it: a document one annotator never
opened is not a list of misses, and neither is one they stopped in the middle of. Present means
*finished* (``records.counts_as_finished``): the annotator's latest finished mark of the document
says so, or, with no mark, they have at least one record there (accepted or rejected), which is
how every document counted before marks existed. An annotator with records in a document they
have not finished is left out of it and named in ``DocumentAlignment.unfinished``; one who
finished a document with no record in it is present, having found no quote there.

``include_unfinished`` counts an annotator's records in a document they have not finished all
the same (named in ``DocumentAlignment.included_unfinished``): for labels no person finished
by design, such as a detector's output imported as an annotator, which marks every document
it gives quotes not finished.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress, count, groupby
from operator import attrgetter, not_, sub
from typing import Generic, TypeVar

from annotator.agreement.quotes import LabelledQuote
from annotator.records import Status, counts_as_finished
from annotator.util import paused_gc

QuoteT = TypeVar("QuoteT", bound=LabelledQuote)
"""Full records (``QuoteAnnotation``, for the review) or light ones (``QuoteLabels``)."""

DEFAULT_THRESHOLD = 0.5
"""Smallest overlap (shared / covered characters) for two quotes to be the same quote."""


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Characters shared by two spans over characters covered by either (1.0 for equal spans)."""
    if a_start == b_start and a_end == b_end:
        return 1.0
    shared = min(a_end, b_end) - max(a_start, b_start)
    if shared <= 0:
        return 0.0
    return shared / (max(a_end, b_end) - min(a_start, b_start))


@dataclass(slots=True)
class Group(Generic[QuoteT]):
    """Quotes of different annotators that are taken to be the same quote (at most one each)."""

    doc_id: str
    """The document."""
    members: dict[str, QuoteT] = field(default_factory=dict)
    """Each annotator's quote in this group, by annotator name."""
    start: int = 0
    """Smallest start of the members."""
    end: int = 0
    """Largest end of the members."""
    uniform: bool = True
    """Whether every member has the span ``(start, end)``."""
    cached_key: str | None = None
    """The key, once computed (alignment is over by then)."""

    def accepted(self) -> dict[str, QuoteT]:
        """Members that are accepted quotes (rejected ones say the quote does not exist)."""
        return {name: q for name, q in self.members.items() if q.status is Status.ACCEPTED}

    @property
    def key(self) -> str:
        """A stable identity: the hash of the document and the members' ``annotator:quote id``."""
        if self.cached_key is None:
            joined = "\n".join(f"{name}:{q.id}" for name, q in sorted(self.members.items()))
            digest = hashlib.sha1(f"{self.doc_id}\n{joined}".encode()).hexdigest()
            self.cached_key = digest[:16]
        return self.cached_key

    def join(self, name: str, quote: QuoteT) -> None:
        """Add ``name``'s quote to the group."""
        self.members[name] = quote
        if quote.start != self.start or quote.end != self.end:
            self.uniform = False
            self.start = min(self.start, quote.start)
            self.end = max(self.end, quote.end)


@dataclass(slots=True)
class DocumentAlignment(Generic[QuoteT]):
    """The groups of one document and who was compared on it."""

    doc_id: str
    """The document."""
    present: tuple[str, ...]
    """Annotators compared on this document (who finished it), in the order given."""
    groups: list[Group[QuoteT]]
    """Aligned groups, ordered by position."""
    unfinished: tuple[str, ...] = ()
    """Annotators with records in this document who have not finished it: left out of it."""
    included_unfinished: tuple[str, ...] = ()
    """Annotators with records in this document who have not finished it, compared on it all
    the same (``include_unfinished``)."""


_span_key = attrgetter("start", "end", "id")  # quotes in position order, ties by id
_extent = attrgetter("start", "end")  # groups in position order
_doc_of = attrgetter("doc_id")
_start_of = attrgetter("start")
_end_of = attrgetter("end")
_uniform_of = attrgetter("uniform")


def align_document(
    doc_id: str,
    quotes_by_annotator: Mapping[str, Sequence[QuoteT]],
    annotators: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    finished: Container[str] | None = None,
    include_unfinished: bool = False,
) -> DocumentAlignment[QuoteT]:
    """Align the quotes of ``annotators`` on one document (see the module docstring).

    ``finished`` names the annotators who finished it; None takes every annotator with a
    record here to have finished it (no marks at all). ``include_unfinished`` compares an
    annotator with records here who has not finished it as well."""
    unfinished: tuple[str, ...] = ()
    included: tuple[str, ...] = ()
    if finished is None:
        present = tuple(name for name in annotators if quotes_by_annotator.get(name))
    else:
        unfinished = tuple(
            name for name in annotators if name not in finished and quotes_by_annotator.get(name)
        )
        if include_unfinished:
            present = tuple(name for name in annotators if name in finished or name in unfinished)
            included, unfinished = unfinished, ()
        else:
            present = tuple(name for name in annotators if name in finished)
    groups: list[Group[QuoteT]] = []
    # Groups whose members all share one span, by that span, in the order they were opened
    # (which is their order among groups of the same extent): kept up to date as groups grow,
    # rather than rebuilt for every annotator.
    uniform: dict[tuple[int, int], list[Group[QuoteT]]] = {}
    for name in present:
        quotes = sorted(quotes_by_annotator.get(name, ()), key=_span_key)
        if not groups:
            for quote in quotes:
                start = quote.start
                end = quote.end
                group = Group(doc_id, {name: quote}, start, end)
                groups.append(group)
                bucket = uniform.get((start, end))
                if bucket is None:
                    uniform[(start, end)] = [group]
                else:
                    bucket.append(group)
            continue
        # The common case first: the very span of a group whose members all share it (overlap
        # 1.0, the best a candidate can score), taken in quote then group order. Such a join
        # leaves the group's extent and uniformity as they were.
        rest: list[QuoteT] = []
        for quote in quotes:
            bucket = uniform.get((quote.start, quote.end))
            if bucket is not None:
                for group in bucket:
                    members = group.members
                    if name not in members:
                        members[name] = quote
                        break
                else:
                    rest.append(quote)
            else:
                rest.append(quote)
        if rest:
            _match_rest(doc_id, name, rest, groups, uniform, threshold)
    groups.sort(key=_extent)
    return DocumentAlignment(doc_id, present, groups, unfinished, included)


def _match_rest(
    doc_id: str,
    name: str,
    quotes: list[QuoteT],
    groups: list[Group[QuoteT]],
    uniform: dict[tuple[int, int], list[Group[QuoteT]]],
    threshold: float,
) -> None:
    """Match quotes without a uniform exact partner: exact spans, then best overlap, greedily.

    A group is taken once it has a member of ``name``.
    """
    groups.sort(key=_extent)  # stable: groups of one extent keep the order they were opened in
    starts = list(map(_start_of, groups))
    # No group starting at or before ``start - longest`` can reach past ``start``: the search
    # for a quote's overlapping groups walks back from the last group starting before its end.
    longest = max(map(sub, map(_end_of, groups), starts))
    exact_index: dict[tuple[int, int], list[int]] = {}
    for index in compress(count(), map(not_, map(_uniform_of, groups))):
        group = groups[index]
        if name not in group.members:
            for member in group.members.values():
                exact_index.setdefault((member.start, member.end), []).append(index)
    # Candidates as (-exact, -smallest overlap, quote index, group index): sorted as they are,
    # best first, ties in quote then group order.
    candidates: list[tuple[int, float, int, int]] = []
    for q_index, quote in enumerate(quotes):
        s, e = quote.start, quote.end
        seen: set[int] | tuple[()] = ()
        exact = exact_index.get((s, e))
        if exact is not None:
            seen = set()
            for g_index in exact:
                if g_index not in seen:
                    seen.add(g_index)
                    score = _fit(s, e, groups[g_index], threshold)
                    if score is not None:
                        candidates.append((-1, -score, q_index, g_index))
        g_index = bisect_left(starts, e) - 1
        while g_index >= 0 and starts[g_index] + longest > s:
            group = groups[g_index]
            if group.end > s and g_index not in seen and name not in group.members:
                score = _fit(s, e, group, threshold)
                if score is not None:
                    candidates.append((0, -score, q_index, g_index))
            g_index -= 1
    candidates.sort()
    placed: set[int] = set()
    for _, _, q_index, g_index in candidates:
        group = groups[g_index]
        if q_index in placed or name in group.members:
            continue
        placed.add(q_index)
        quote = quotes[q_index]
        group.members[name] = quote
        start = group.start
        end = group.end
        if quote.start != start or quote.end != end:  # Group.join, inlined
            if group.uniform:
                group.uniform = False
                bucket = uniform[(start, end)]
                if len(bucket) == 1:
                    del uniform[(start, end)]
                else:
                    del bucket[[other is group for other in bucket].index(True)]
            group.start = min(start, quote.start)
            group.end = max(end, quote.end)
    for q_index, quote in enumerate(quotes):
        if q_index not in placed:
            group = Group(doc_id, {name: quote}, quote.start, quote.end)
            groups.append(group)
            uniform.setdefault((quote.start, quote.end), []).append(group)


def _fit(start: int, end: int, group: Group[QuoteT], threshold: float) -> float | None:
    """The smallest overlap of the span with the group's members, or None below threshold."""
    smallest = 1.0
    for member in group.members.values():
        m_start = member.start
        m_end = member.end
        if m_start == start and m_end == end:
            value = 1.0
        else:
            # overlap(), inlined: this runs for every candidate pair.
            shared = (m_end if m_end < end else end) - (m_start if m_start > start else start)
            if shared <= 0:
                return None
            value = shared / (
                (m_end if m_end > end else end) - (m_start if m_start < start else start)
            )
        if value < threshold or value == 0.0:
            return None
        if value < smallest:
            smallest = value
    return smallest


def align_corpus(
    quotes_by_annotator: Mapping[str, Iterable[QuoteT]],
    annotators: Sequence[str] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    doc_order: Sequence[str] | None = None,
    marks: Mapping[str, Mapping[str, bool]] | None = None,
    include_unfinished: bool = False,
) -> list[DocumentAlignment[QuoteT]]:
    """Align every document any of ``annotators`` labelled or marked finished.

    ``marks`` holds each annotator's latest finished mark per document
    (``AnnotatorFile.finished_marks``); an annotator is compared on a document they finished
    (see the module docstring), or, with ``include_unfinished``, on one they have records in.
    Without ``marks``, every labelled document counts as finished.
    Documents come in ``doc_order`` when given (ids missing from it go last, sorted), else
    sorted by id.
    """
    with paused_gc():
        return _align_corpus(
            quotes_by_annotator, annotators, threshold, doc_order, marks or {}, include_unfinished
        )


def _align_corpus(
    quotes_by_annotator: Mapping[str, Iterable[QuoteT]],
    annotators: Sequence[str] | None,
    threshold: float,
    doc_order: Sequence[str] | None,
    marks: Mapping[str, Mapping[str, bool]],
    include_unfinished: bool,
) -> list[DocumentAlignment[QuoteT]]:
    names = list(annotators) if annotators is not None else sorted(quotes_by_annotator)
    by_doc: dict[str, dict[str, list[QuoteT]]] = {}
    for name in names:
        # Stored quotes come sorted by document: one dict step per run, not per quote.
        for doc_id, run in groupby(quotes_by_annotator.get(name, ()), key=_doc_of):
            by_doc.setdefault(doc_id, {}).setdefault(name, []).extend(run)
    marks_of = [(name, marks.get(name, {})) for name in names]
    for _, marked in marks_of:
        for doc_id, done in marked.items():
            if done:  # finished with no quote in it: a document to compare on all the same
                by_doc.setdefault(doc_id, {})
    if doc_order is not None:
        position = {doc_id: index for index, doc_id in enumerate(doc_order)}
        last = len(position)
        ordered = sorted(by_doc, key=lambda d: (position.get(d, last), d))
    else:
        ordered = sorted(by_doc)
    if not any(marked for _, marked in marks_of):  # no marks: every labelled document counts
        return [align_document(doc_id, by_doc[doc_id], names, threshold) for doc_id in ordered]
    return [
        align_document(
            doc_id,
            by_doc[doc_id],
            names,
            threshold,
            {
                name
                for name, marked in marks_of
                if counts_as_finished(marked.get(doc_id), bool(by_doc[doc_id].get(name)))
            },
            include_unfinished,
        )
        for doc_id in ordered
    ]
