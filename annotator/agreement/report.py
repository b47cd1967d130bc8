"""The agreement figures as a typed structure, a terminal table and JSON.

Every figure rests on the alignment of :mod:`annotator.agreement.align`:

- **Spans.** For each pair of annotators (the first named is the reference), over the documents
  both labelled: precision = matched / the second's quotes, recall = matched / the first's,
  F1 = 2 matched / (both). *Overlap* matches are aligned pairs of accepted quotes; *exact* ones
  also have identical spans. By quote type, a match counts for a type when both gave it that
  type. "All pairs" adds up the counts of every pair (micro average).
- **Relation.** A matched quote counts only when the speakers agree too.
- **Labels** (speaker, source, type, confidence) on aligned pairs of accepted quotes: percent
  agreement and Cohen's kappa per pair; Krippendorff's alpha over all annotators, with a group
  as the unit (nominal, ordinal for confidence). The source's kind likewise, on the pairs whose
  source names agree (for alpha, a unit is a group's annotators giving one name).
- **Coverage.** Each figure carries the count it rests on; the table marks those under
  ``FEW_ITEMS``. Records an annotator has in a document they have not finished are left out
  of it (see the alignment); the report counts those documents, per annotator.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from operator import attrgetter
from typing import Any

from annotator.agreement.align import DocumentAlignment, QuoteT
from annotator.agreement.labels import LABEL_FIELDS, SOURCE_KIND_LABEL, name_key
from annotator.agreement.metrics import (
    AlphaResult,
    Level,
    alpha_of_patterns,
    cohen_kappa_of_table,
    f1_score,
    ratio,
)
from annotator.records import QuoteType, SourceKind, Status
from annotator.util import are, counted, paused_gc

FEW_ITEMS = 20
"""Figures resting on fewer items than this are marked in the table: read them with care."""

LABEL_LEVELS = {
    "speaker": Level.NOMINAL,
    "source": Level.NOMINAL,
    "type": Level.NOMINAL,
    "confidence": Level.ORDINAL,
    SOURCE_KIND_LABEL: Level.NOMINAL,
}
"""Level of measurement of each label for Krippendorff's alpha."""

MEASURED_LABELS = (*LABEL_FIELDS, SOURCE_KIND_LABEL)
"""Every label measured: the table's columns, then the source's kind (a table of its own)."""

QUOTE_TYPES = tuple(t.value for t in QuoteType)
"""Quote types in report order."""


@dataclass(slots=True)
class SpanScore:
    """Span matching counts of a reference and a compared annotator, and the figures from them."""

    matched: int = 0
    """Quotes matched one-to-one."""
    reference: int = 0
    """Accepted quotes of the reference (first) annotator."""
    predicted: int = 0
    """Accepted quotes of the compared (second) annotator."""

    @property
    def precision(self) -> float | None:
        """Matched share of the second annotator's quotes."""
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        """Matched share of the first annotator's quotes."""
        return ratio(self.matched, self.reference)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall (symmetric in the two annotators)."""
        return f1_score(self.matched, self.reference, self.predicted)

    def add(self, other: SpanScore) -> None:
        """Add another score's counts to this one."""
        self.matched += other.matched
        self.reference += other.reference
        self.predicted += other.predicted

    def to_json(self) -> dict[str, Any]:
        """Counts and figures as a JSON object."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "matched": self.matched,
            "reference": self.reference,
            "predicted": self.predicted,
        }


@dataclass(slots=True)
class LabelPair:
    """Agreement of two annotators on one label over their matched quotes."""

    items: int
    """Matched quotes compared."""
    percent: float | None
    """Share of them with the same value."""
    kappa: float | None
    """Cohen's kappa (None when undefined: no items, or one category only)."""


@dataclass(slots=True)
class PairFigures:
    """Everything measured for one pair of annotators."""

    first: str
    """The reference annotator."""
    second: str
    """The compared annotator."""
    documents: int = 0
    """Documents both labelled."""
    exact: SpanScore = field(default_factory=SpanScore)
    """Exact-span matching."""
    overlap: SpanScore = field(default_factory=SpanScore)
    """Overlap matching (the alignment)."""
    exact_by_type: dict[str, SpanScore] = field(default_factory=dict)
    """Exact matching per quote type."""
    overlap_by_type: dict[str, SpanScore] = field(default_factory=dict)
    """Overlap matching per quote type."""
    relation_exact: SpanScore = field(default_factory=SpanScore)
    """Exact span and the same speaker."""
    relation_overlap: SpanScore = field(default_factory=SpanScore)
    """Aligned and the same speaker."""
    labels: dict[str, LabelPair] = field(default_factory=dict)
    """Label agreement on matched quotes, by label."""

    @property
    def name(self) -> str:
        """``first / second``."""
        return f"{self.first} / {self.second}"

    def to_json(self) -> dict[str, Any]:
        """The pair's figures as a JSON object."""
        return {
            "first": self.first,
            "second": self.second,
            "documents": self.documents,
            "spans": {
                "exact": self.exact.to_json(),
                "overlap": self.overlap.to_json(),
                "exact_by_type": {t: s.to_json() for t, s in self.exact_by_type.items()},
                "overlap_by_type": {t: s.to_json() for t, s in self.overlap_by_type.items()},
            },
            "relation": {
                "exact": self.relation_exact.to_json(),
                "overlap": self.relation_overlap.to_json(),
            },
            "labels": {
                name: {"items": p.items, "percent": p.percent, "kappa": p.kappa}
                for name, p in self.labels.items()
            },
        }


@dataclass(slots=True)
class LabelFigures:
    """Agreement on one label over all annotators."""

    label: str
    """speaker, source, type, confidence or source_kind."""
    level: Level
    """Level of measurement used for alpha."""
    pairs: int
    """Pairs of matched quotes compared (over every pair of annotators)."""
    percent: float | None
    """Share of those pairs with the same value."""
    alpha: AlphaResult
    """Krippendorff's alpha with its units and values."""

    def to_json(self) -> dict[str, Any]:
        """The label's figures as a JSON object."""
        return {
            "level": self.level.value,
            "pairs": self.pairs,
            "percent": self.percent,
            "alpha": self.alpha.value,
            "alpha_units": self.alpha.units,
            "alpha_values": self.alpha.values,
        }


@dataclass(slots=True)
class DocumentFigures:
    """Span agreement within one document."""

    doc_id: str
    """The document."""
    present: tuple[str, ...]
    """Annotators who finished it (the ones compared)."""
    quotes: int
    """Groups with at least one accepted quote."""
    disputed: int
    """Groups on which the annotators disagree (existence, span, type, speaker or source, the
    source's kind included)."""
    exact: SpanScore
    """Exact matching, all pairs added up."""
    overlap: SpanScore
    """Overlap matching, all pairs added up."""
    pairs: dict[str, tuple[SpanScore, SpanScore]]
    """Per pair name: (exact, overlap)."""

    def to_json(self) -> dict[str, Any]:
        """The document's figures as a JSON object."""
        return {
            "doc_id": self.doc_id,
            "annotators": list(self.present),
            "quotes": self.quotes,
            "disputed": self.disputed,
            "exact": self.exact.to_json(),
            "overlap": self.overlap.to_json(),
            "pairs": {
                name: {"exact": exact.to_json(), "overlap": over.to_json()}
                for name, (exact, over) in self.pairs.items()
            },
        }


@dataclass(slots=True)
class AgreementReport:
    """All agreement figures for a set of annotators."""

    annotators: list[str]
    """The annotators compared, in the order given."""
    threshold: float
    """The overlap threshold of the alignment."""
    documents: int
    """Documents finished (with ``include_unfinished``: or labelled) by at least two of the
    annotators (the ones compared)."""
    single_documents: int
    """Documents finished (or labelled, as above) by one annotator only (nothing to compare)."""
    accepted: dict[str, int]
    """Accepted quotes per annotator in compared documents."""
    rejected: dict[str, int]
    """Rejected quotes per annotator in compared documents."""
    pairs: list[PairFigures]
    """Figures of every pair of annotators."""
    overall: PairFigures
    """The counts of all pairs added up (label entries hold the all-pairs percent agreement)."""
    labels: dict[str, LabelFigures]
    """Label agreement over all annotators."""
    per_document: list[DocumentFigures]
    """Span agreement of every compared document, in document order."""
    unfinished: dict[str, int] = field(default_factory=dict)
    """Per annotator, documents where their records were left out as not finished."""
    unfinished_documents: int = 0
    """Documents where some annotator's records were left out as not finished."""
    include_unfinished: bool = False
    """Whether records in documents their annotator has not finished were compared all the
    same (then ``unfinished`` is empty and ``included_unfinished`` counts them)."""
    included_unfinished: dict[str, int] = field(default_factory=dict)
    """Per annotator, documents compared though they have not finished them."""
    included_unfinished_documents: int = 0
    """Documents where some annotator was compared though they have not finished it."""

    def to_json(self) -> dict[str, Any]:
        """The whole report as one JSON-serialisable object."""
        overall = self.overall.to_json()
        del overall["first"], overall["second"], overall["labels"]
        return {
            "annotators": self.annotators,
            "alignment": {
                "method": "exact span first, then overlap (shared / covered characters) "
                ">= threshold, one-to-one, greedy by best overlap",
                "threshold": self.threshold,
            },
            "documents": self.documents,
            "single_annotator_documents": self.single_documents,
            "left_out_unfinished": {
                "documents": self.unfinished_documents,
                "annotators": {name: self.unfinished.get(name, 0) for name in self.annotators},
            },
            "include_unfinished": self.include_unfinished,
            "included_unfinished": {
                "documents": self.included_unfinished_documents,
                "annotators": {
                    name: self.included_unfinished.get(name, 0) for name in self.annotators
                },
            },
            "quotes": {
                name: {"accepted": self.accepted[name], "rejected": self.rejected[name]}
                for name in self.annotators
            },
            "overall": overall,
            "pairs": [pair.to_json() for pair in self.pairs],
            "labels": {name: figures.to_json() for name, figures in self.labels.items()},
            "per_document": [doc.to_json() for doc in self.per_document],
        }


def _new_pair(first: str, second: str) -> PairFigures:
    return PairFigures(
        first,
        second,
        exact_by_type={t: SpanScore() for t in QUOTE_TYPES},
        overlap_by_type={t: SpanScore() for t in QUOTE_TYPES},
    )


_TYPE_INDEX = {QuoteType(t): index for index, t in enumerate(QUOTE_TYPES)}
# Where each label's tally sits in ``_label_tallies``: a quote's tuple of labels holds the first
# three and its source's kind (fourth); the confidence is kept apart.
_LABEL_SLOTS = {"type": 0, "speaker": 1, "source": 2, "confidence": 3, SOURCE_KIND_LABEL: 4}

_Label = tuple[int, str, str, str]
"""An accepted quote's labels as compared: type (its index), speaker and source (``name_key``),
and the source's kind ("" for none)."""

_Signature = tuple[tuple[_Label | None, ...], tuple[int | None, ...]]
"""Per annotator, in order, the labels and the confidence of their quote in one group, or None."""

_Value = int | str
"""One label's value: a type index, a speaker or source key, or a confidence."""


def compute_report(
    alignments: Sequence[DocumentAlignment[QuoteT]],
    annotators: Sequence[str],
    threshold: float,
    include_unfinished: bool = False,
) -> AgreementReport:
    """Compute every figure from the aligned documents; ``include_unfinished`` says they were
    aligned with it (``align_corpus``), so that the report says so even where no document was
    unfinished (where one was, the alignments tell)."""
    with paused_gc():
        report = _compute_report(alignments, annotators, threshold)
    report.include_unfinished = include_unfinished or report.included_unfinished_documents > 0
    return report


def _compute_report(
    alignments: Sequence[DocumentAlignment[QuoteT]], annotators: Sequence[str], threshold: float
) -> AgreementReport:
    # Written for speed (hundreds of thousands of quotes). One pass over the groups counts
    # the span figures in flat lists indexed by pair; for the labels, each group with two
    # accepted quotes or more leaves one tuple of its labels per annotator, and the kappas and
    # alphas come from the tally of those tuples (a few thousand distinct ones), not from
    # lists of every matched pair.
    names = list(annotators)
    pair_names = list(combinations(names, 2))
    pair_count = len(pair_names)
    type_count = len(QUOTE_TYPES)
    documents = [0] * pair_count
    reference = [0] * pair_count
    predicted = [0] * pair_count
    overlap_matched = [0] * pair_count
    exact_matched = [0] * pair_count
    relation_overlap = [0] * pair_count
    relation_exact = [0] * pair_count
    reference_by_type = [[0] * type_count for _ in pair_names]
    predicted_by_type = [[0] * type_count for _ in pair_names]
    overlap_by_type = [[0] * type_count for _ in pair_names]
    exact_by_type = [[0] * type_count for _ in pair_names]
    # Per group with two accepted quotes or more, in order: each annotator's labels or None.
    signatures: list[_Signature] = []
    accepted = dict.fromkeys(names, 0)
    rejected = dict.fromkeys(names, 0)
    per_document: list[DocumentFigures] = []
    single = 0
    accepted_status = Status.ACCEPTED
    # (type, speaker, source, kind) -> compared form: names folded, no kind as ""
    label_of: dict[tuple[QuoteType, str | None, str | None, SourceKind | None], _Label] = {}
    read = attrgetter(
        "status", "start", "end", "type", "speaker", "source", "source_kind", "confidence"
    )
    read_compared = attrgetter("status", "type", "speaker", "source", "source_kind")
    read_confidence = attrgetter("confidence")
    pairs_for: dict[tuple[str, ...], list[tuple[int, str, str]]] = {}  # present -> pairs
    # Per group, each annotator's values sit at their place in ``names``: lists, not dicts.
    slot_of = {name: index for index, name in enumerate(names)}
    width = len(names)
    unfinished = dict.fromkeys(names, 0)
    unfinished_documents = 0
    included = dict.fromkeys(names, 0)
    included_documents = 0
    for alignment in alignments:
        if alignment.unfinished:
            unfinished_documents += 1
            for name in alignment.unfinished:
                unfinished[name] += 1
        if alignment.included_unfinished:
            included_documents += 1
            for name in alignment.included_unfinished:
                included[name] += 1
        present = alignment.present
        if len(present) < 2:
            if present:
                single += 1
            continue
        doc_pairs = pairs_for.get(present)
        if doc_pairs is None:
            doc_pairs = [
                (index, a, b)
                for index, (a, b) in enumerate(pair_names)
                if a in present and b in present
            ]
            pairs_for[present] = doc_pairs
        doc_slots = [(pair, slot_of[a], slot_of[b]) for pair, a, b in doc_pairs]
        # The type of each accepted quote, per annotator: their accepted count and counts by
        # type, which are all a pair's reference and compared counts need.
        doc_kinds: list[list[int]] = [[] for _ in names]
        doc_overlap = [0] * pair_count
        doc_exact = [0] * pair_count
        agreed = 0  # groups every present annotator accepted alike
        unanimous_types = [0] * type_count
        verbatim_types = [0] * type_count  # of those, the ones found verbatim (no doc_kinds)
        present_count = len(present)
        every_annotator = present_count == len(names)
        quotes = 0
        disputed = 0
        for group in alignment.groups:
            members = group.members
            if every_annotator and group.uniform and len(members) == present_count:
                # The commonest case, checked in C: everyone accepted one span with the very
                # same type, speaker, source and kind (members join in annotator order).
                found = list(map(read_compared, members.values()))
                head = found[0]
                if (
                    head[0] is accepted_status
                    and found.count(head) == present_count
                    and list(members) == names
                ):
                    key = head[1:]
                    label = label_of.get(key)
                    if label is None:
                        label = label_of[key] = _compared_label(*key)
                    signatures.append(
                        ((label,) * present_count, tuple(map(read_confidence, members.values())))
                    )
                    quotes += 1
                    agreed += 1
                    unanimous_types[label[0]] += 1
                    verbatim_types[label[0]] += 1
                    continue
            # Spans are compared only when the alignment says they differ somewhere.
            spans: list[tuple[int, int] | None] | None = None if group.uniform else [None] * width
            labels: list[_Label | None] = [None] * width
            confidences: list[int | None] = [None] * width
            count = 0
            for name, quote in members.items():
                # One C-level call reads every field needed (much cheaper than one by one).
                status, start, end, kind, speaker, source, source_kind, confidence = read(quote)
                if status is accepted_status:
                    key = (kind, speaker, source, source_kind)
                    label = label_of.get(key)
                    if label is None:
                        label = label_of[key] = _compared_label(*key)
                    slot = slot_of[name]
                    labels[slot] = label
                    confidences[slot] = confidence
                    doc_kinds[slot].append(label[0])
                    if spans is not None:
                        spans[slot] = (start, end)
                    count += 1
                else:
                    rejected[name] += 1
            if not count:
                continue
            quotes += 1
            if count < 2:
                disputed += 1  # one accepted it, the others did not: nothing is matched
                continue
            signatures.append((tuple(labels), tuple(confidences)))
            if spans is None and count == present_count:
                first_label = labels[0]
                if first_label is None:
                    first_label = next(label for label in labels if label is not None)
                if labels.count(first_label) == count:
                    # The common case: every pair matches exactly, same type and speaker.
                    agreed += 1
                    unanimous_types[first_label[0]] += 1
                    continue
            disputed += 1
            for pair, first, second in doc_slots:
                a = labels[first]
                if a is None:
                    continue
                b = labels[second]
                if b is None:
                    continue
                doc_overlap[pair] += 1
                same_span = spans is None or spans[first] == spans[second]
                if same_span:
                    doc_exact[pair] += 1
                if a[0] == b[0]:
                    overlap_by_type[pair][a[0]] += 1
                    if same_span:
                        exact_by_type[pair][a[0]] += 1
                if a[1] == b[1]:
                    relation_overlap[pair] += 1
                    if same_span:
                        relation_exact[pair] += 1
        verbatim = sum(verbatim_types)
        doc_accepted = {name: len(doc_kinds[slot_of[name]]) + verbatim for name in present}
        doc_types = {
            name: [
                doc_kinds[slot_of[name]].count(kind) + verbatim_types[kind]
                for kind in range(type_count)
            ]
            for name in present
        }
        total_exact = SpanScore()
        total_overlap = SpanScore()
        by_pair: dict[str, tuple[SpanScore, SpanScore]] = {}
        for name, count in doc_accepted.items():
            accepted[name] += count
        for pair, first_name, second_name in doc_pairs:
            if agreed:
                doc_overlap[pair] += agreed
                doc_exact[pair] += agreed
                relation_overlap[pair] += agreed
                relation_exact[pair] += agreed
                for kind in range(type_count):
                    overlap_by_type[pair][kind] += unanimous_types[kind]
                    exact_by_type[pair][kind] += unanimous_types[kind]
            first_types = doc_types[first_name]
            second_types = doc_types[second_name]
            for kind in range(type_count):
                reference_by_type[pair][kind] += first_types[kind]
                predicted_by_type[pair][kind] += second_types[kind]
            doc_reference = doc_accepted[first_name]
            doc_predicted = doc_accepted[second_name]
            documents[pair] += 1
            reference[pair] += doc_reference
            predicted[pair] += doc_predicted
            overlap_matched[pair] += doc_overlap[pair]
            exact_matched[pair] += doc_exact[pair]
            exact = SpanScore(doc_exact[pair], doc_reference, doc_predicted)
            over = SpanScore(doc_overlap[pair], doc_reference, doc_predicted)
            total_exact.add(exact)
            total_overlap.add(over)
            by_pair[f"{first_name} / {second_name}"] = (exact, over)
        per_document.append(
            DocumentFigures(
                alignment.doc_id, present, quotes, disputed, total_exact, total_overlap, by_pair
            )
        )
    tables, patterns = _label_tallies(signatures, len(names))
    pairs: list[PairFigures] = []
    overall = _new_pair("", "")
    label_totals = {label: [0, 0] for label in MEASURED_LABELS}  # agreeing pairs, pairs
    for pair, (first_name, second_name) in enumerate(pair_names):
        figures = _new_pair(first_name, second_name)
        figures.documents = documents[pair]
        figures.exact = SpanScore(exact_matched[pair], reference[pair], predicted[pair])
        figures.overlap = SpanScore(overlap_matched[pair], reference[pair], predicted[pair])
        figures.relation_exact = SpanScore(relation_exact[pair], reference[pair], predicted[pair])
        figures.relation_overlap = SpanScore(
            relation_overlap[pair], reference[pair], predicted[pair]
        )
        for index, quote_type in enumerate(QUOTE_TYPES):
            figures.exact_by_type[quote_type] = SpanScore(
                exact_by_type[pair][index],
                reference_by_type[pair][index],
                predicted_by_type[pair][index],
            )
            figures.overlap_by_type[quote_type] = SpanScore(
                overlap_by_type[pair][index],
                reference_by_type[pair][index],
                predicted_by_type[pair][index],
            )
        for label_field in MEASURED_LABELS:
            table = tables[pair][_LABEL_SLOTS[label_field]]
            items = sum(table.values())
            agreeing = sum(count for (a, b), count in table.items() if a == b)
            label_totals[label_field][0] += agreeing
            label_totals[label_field][1] += items
            figures.labels[label_field] = LabelPair(
                items, ratio(agreeing, items), cohen_kappa_of_table(table)
            )
        for source, sink in (
            (figures.exact, overall.exact),
            (figures.overlap, overall.overlap),
            (figures.relation_exact, overall.relation_exact),
            (figures.relation_overlap, overall.relation_overlap),
        ):
            sink.add(source)
        for quote_type in QUOTE_TYPES:
            overall.exact_by_type[quote_type].add(figures.exact_by_type[quote_type])
            overall.overlap_by_type[quote_type].add(figures.overlap_by_type[quote_type])
        pairs.append(figures)
    label_figures: dict[str, LabelFigures] = {}
    for label_field in MEASURED_LABELS:
        agreeing, compared = label_totals[label_field]
        label_figures[label_field] = LabelFigures(
            label_field,
            LABEL_LEVELS[label_field],
            compared,
            ratio(agreeing, compared),
            alpha_of_patterns(patterns[_LABEL_SLOTS[label_field]], LABEL_LEVELS[label_field]),
        )
    overall.documents = len(per_document)
    return AgreementReport(
        annotators=names,
        threshold=threshold,
        documents=len(per_document),
        single_documents=single,
        accepted=accepted,
        rejected=rejected,
        pairs=pairs,
        overall=overall,
        labels=label_figures,
        per_document=per_document,
        unfinished=unfinished,
        unfinished_documents=unfinished_documents,
        included_unfinished=included,
        included_unfinished_documents=included_documents,
    )


def _compared_label(
    kind: QuoteType, speaker: str | None, source: str | None, source_kind: SourceKind | None
) -> tuple[int, str, str, str]:
    """A quote's labels as compared: the type's index, the folded names, the kind ("" for
    none)."""
    return (_TYPE_INDEX[kind], name_key(speaker), name_key(source), source_kind or "")


def _label_tallies(
    signatures: list[_Signature], annotator_count: int
) -> tuple[list[list[dict[tuple[Hashable, Hashable], int]]], list[dict[tuple[Hashable, ...], int]]]:
    """Per pair and label slot, the contingency table of the pair's values; per label slot,
    how many groups received each sorted tuple of values (the units of alpha).

    A signature holds, per annotator, the (type, speaker, source, kind) keys and the confidence
    of their accepted quote in one group, or None. The kind is tallied as (source, kind), None
    without a source: a pair is compared on it only when the two give the source one name, and
    alpha takes as a unit the kinds of the annotators of a group who give one name.

    Distinct signatures are tallied, then split into one tuple per label (a few hundred
    distinct ones), each taken in the order it first occurs: so each alpha pattern is met in the
    order its first unit came, as alpha over the units would (its sums of fractions then come
    out to the very same bits).
    """
    slots = range(len(_LABEL_SLOTS))
    by_slot: list[dict[tuple[_Value | None, ...], int]] = [{} for _ in slots]
    type_slot, speaker_slot, source_slot, confidence_slot, _ = by_slot
    kind_tally: dict[tuple[tuple[str, str] | None, ...], int] = {}  # the kind's slot, apart
    for (labels, confidences), count in Counter(signatures).items():
        for slot, tally in zip(slots, (type_slot, speaker_slot, source_slot), strict=False):
            values = tuple([label[slot] if label else None for label in labels])
            tally[values] = tally.get(values, 0) + count
        confidence_slot[confidences] = confidence_slot.get(confidences, 0) + count
        kinds = tuple([(label[2], label[3]) if label and label[2] else None for label in labels])
        kind_tally[kinds] = kind_tally.get(kinds, 0) + count
    pair_slots = list(combinations(range(annotator_count), 2))
    tables: list[list[dict[tuple[Hashable, Hashable], int]]] = [
        [{} for _ in slots] for _ in pair_slots
    ]
    patterns: list[dict[tuple[Hashable, ...], int]] = [{} for _ in slots]
    kind_index = _LABEL_SLOTS[SOURCE_KIND_LABEL]
    for slot, tally in enumerate(by_slot):
        slot_patterns = patterns[slot]
        if slot == kind_index:
            _tally_kinds(kind_tally, pair_slots, [table[slot] for table in tables], slot_patterns)
            continue
        for values, count in tally.items():
            pattern = tuple(sorted([value for value in values if value is not None]))
            slot_patterns[pattern] = slot_patterns.get(pattern, 0) + count
            for pair, (first, second) in enumerate(pair_slots):
                a = values[first]
                b = values[second]
                if a is not None and b is not None:
                    table = tables[pair][slot]
                    table[(a, b)] = table.get((a, b), 0) + count
    return tables, patterns


def _tally_kinds(
    tally: dict[tuple[tuple[str, str] | None, ...], int],
    pair_slots: list[tuple[int, int]],
    tables: list[dict[tuple[Hashable, Hashable], int]],
    patterns: dict[tuple[Hashable, ...], int],
) -> None:
    """Add the source kinds of ``tally`` (per group, each annotator's (source, kind) or None)
    to each pair's table where the pair names one source, and to alpha's patterns, one unit
    per source name of a group."""
    for values, count in tally.items():
        kinds_by_source: dict[str, list[str]] = {}
        for value in values:
            if value is not None:
                kinds_by_source.setdefault(value[0], []).append(value[1])
        for kinds in kinds_by_source.values():
            pattern = tuple(sorted(kinds))
            patterns[pattern] = patterns.get(pattern, 0) + count
        for table, (first, second) in zip(tables, pair_slots, strict=True):
            a = values[first]
            b = values[second]
            if a is not None and b is not None and a[0] == b[0]:
                table[(a[1], b[1])] = table.get((a[1], b[1]), 0) + count


# -- the terminal table -----------------------------------------------------------------------


def _number(value: float | None, items: int | None = None, width: int = 6) -> str:
    if value is None:
        return "—".rjust(width)
    mark = "*" if items is not None and items < FEW_ITEMS else " "
    return f"{value:.3f}{mark}".rjust(width)


def _label(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def unfinished_line(documents: int, by_annotator: dict[str, int]) -> str:
    """The one line saying whose records were left out as unfinished, e.g. ``Left out as
    unfinished: 12 documents (ana 9, bo 3)``; the counts of annotators with none are not
    shown. A document counts once however many of its annotators had not finished it."""
    named = ", ".join(f"{name} {count}" for name, count in by_annotator.items() if count)
    return f"Left out as unfinished: {counted(documents, 'document')} ({named})"


def included_unfinished_line(documents: int, by_annotator: dict[str, int]) -> str:
    """The one line saying that records in unfinished documents were compared all the same,
    e.g. ``Unfinished documents counted too: 12 documents (detector 12)``, or ``...: none``."""
    if not documents:
        return "Unfinished documents counted too: none"
    named = ", ".join(f"{name} {count}" for name, count in by_annotator.items() if count)
    return f"Unfinished documents counted too: {counted(documents, 'document')} ({named})"


def _render_source_kind(report: AgreementReport, out: Callable[[str], None]) -> None:
    """The source-kind rows: apart from the labels' table, as they rest on other pairs (those
    whose source names agree), and the table has no room left in 80 columns."""
    out("Source kind, on matched quotes whose source names agree")
    out(f"{'':<20}{'':<10}{'n':>6}{'source kind':>13}")
    for pair in report.pairs:
        kind = pair.labels[SOURCE_KIND_LABEL]
        out(
            f"{_label(pair.name, 19):<20}{'agreement':<10}{kind.items:>6}"
            f"{_number(kind.percent, kind.items, 13)}"
        )
        out(f"{'':<20}{'kappa':<10}{'':>6}{_number(kind.kappa, kind.items, 13)}")
    overall = report.labels[SOURCE_KIND_LABEL]
    if len(report.pairs) > 1:
        out(
            f"{'all pairs':<20}{'agreement':<10}{overall.pairs:>6}"
            f"{_number(overall.percent, overall.pairs, 13)}"
        )
    alpha = overall.alpha
    shown = _number(alpha.value, alpha.units, 13)
    out(f"{'all annotators':<20}{'alpha':<10}{alpha.units:>6}{shown}")


def render_table(report: AgreementReport, worst_documents: int = 10) -> str:
    """The report as a plain-text table that fits in 80 columns."""
    lines: list[str] = []
    out = lines.append
    names = report.annotators
    out(textwrap.fill(f"Agreement of {', '.join(names)}", 80, subsequent_indent="  "))
    # "finished", not "labelled": a document both labelled but one has not finished is
    # compared for neither, and "labelled by one annotator only" said what was not so.
    taken = "labelled or finished" if report.include_unfinished else "finished"
    out(f"on {counted(report.documents, 'document')} {taken} by two or more of them")
    if report.single_documents:
        single = report.single_documents
        out(f"({counted(single, 'document')} {taken} by one annotator only {are(single)} left out)")
    if report.unfinished_documents:
        out(unfinished_line(report.unfinished_documents, report.unfinished))
    if report.include_unfinished:
        out(
            included_unfinished_line(
                report.included_unfinished_documents, report.included_unfinished
            )
        )
    out(
        f"Alignment: exact span first, then overlap (shared / covered characters) >= "
        f"{report.threshold:.2f}"
    )
    out("")
    out(f"{'Quotes':<24}{'accepted':>10}{'rejected':>10}")
    for name in names:
        out(f"{_label(name, 24):<24}{report.accepted[name]:>10}{report.rejected[name]:>10}")
    out("")
    rows = [*report.pairs, report.overall] if len(report.pairs) > 1 else report.pairs
    out("Spans (precision and recall of the second annotator against the first)")
    out(f"{'pair':<22}{'':<8}{'P':>7}{'R':>7}{'F1':>7}{'matched':>9}{'quotes':>16}")
    for pair in rows:
        title = pair.name if pair.first else "all pairs"
        for kind, score in (("exact", pair.exact), ("overlap", pair.overlap)):
            pair_title = _label(title, 21) if kind == "exact" else ""
            quotes = f"{score.reference} / {score.predicted}"
            out(
                f"{pair_title:<22}{kind:<8}{_number(score.precision, score.predicted, 7)}"
                f"{_number(score.recall, score.reference, 7)}"
                f"{_number(score.f1, score.reference + score.predicted, 7)}"
                f"{score.matched:>9}{quotes:>16}"
            )
    out("")
    out("F1 by quote type, overlap (exact), with the quotes of both")
    out(f"{'pair':<16}" + "".join(f"{t:>21}" for t in QUOTE_TYPES))
    for pair in rows:
        title = pair.name if pair.first else "all pairs"
        cells = []
        for quote_type in QUOTE_TYPES:
            over = pair.overlap_by_type[quote_type]
            exact = pair.exact_by_type[quote_type]
            size = over.reference + over.predicted
            bracketed = f"({_number(exact.f1, size).strip()})"
            cells.append(f" {_number(over.f1, size, 6)} {bracketed:>8}{size:>5}")
        out(f"{_label(title, 15):<16}" + "".join(cells))
    out("")
    out("Relation: quote and speaker both agree")
    out(f"{'pair':<24}{'exact F1':>10}{'overlap F1':>12}{'quotes':>16}")
    for pair in rows:
        title = pair.name if pair.first else "all pairs"
        size = pair.relation_overlap.reference + pair.relation_overlap.predicted
        quotes = f"{pair.relation_overlap.reference} / {pair.relation_overlap.predicted}"
        out(
            f"{_label(title, 23):<24}{_number(pair.relation_exact.f1, size, 10)}"
            f"{_number(pair.relation_overlap.f1, size, 12)}{quotes:>16}"
        )
    out("")
    out("Labels on matched quotes (confidence: ordinal alpha)")
    out(f"{'':<20}{'':<10}{'n':>6}" + "".join(f"{label:>11}" for label in LABEL_FIELDS))
    for pair in report.pairs:
        items = pair.labels[LABEL_FIELDS[0]].items
        agree = "".join(f"{_number(pair.labels[f].percent, items, 11)}" for f in LABEL_FIELDS)
        kappa = "".join(f"{_number(pair.labels[f].kappa, items, 11)}" for f in LABEL_FIELDS)
        out(f"{_label(pair.name, 19):<20}{'agreement':<10}{items:>6}{agree}")
        out(f"{'':<20}{'kappa':<10}{'':>6}{kappa}")
    first = report.labels[LABEL_FIELDS[0]]
    agree = "".join(
        f"{_number(report.labels[f].percent, report.labels[f].pairs, 11)}" for f in LABEL_FIELDS
    )
    alpha = "".join(
        f"{_number(report.labels[f].alpha.value, report.labels[f].alpha.units, 11)}"
        for f in LABEL_FIELDS
    )
    if len(report.pairs) > 1:
        out(f"{'all pairs':<20}{'agreement':<10}{first.pairs:>6}{agree}")
    out(f"{'all annotators':<20}{'alpha':<10}{first.alpha.units:>6}{alpha}")
    out("")
    _render_source_kind(report, out)
    if worst_documents and report.per_document:
        out("")
        shown = sorted(
            report.per_document,
            key=lambda d: (d.overlap.f1 if d.overlap.f1 is not None else 2.0, -d.disputed),
        )[:worst_documents]
        out(f"Documents with the lowest overlap F1 ({len(shown)} of {report.documents})")
        out(f"{'document':<40}{'F1':>7}{'exact F1':>10}{'quotes':>8}{'disputed':>10}")
        for doc in shown:
            size = doc.overlap.reference + doc.overlap.predicted
            out(
                f"{_label(doc.doc_id, 39):<40}{_number(doc.overlap.f1, size, 7)}"
                f"{_number(doc.exact.f1, size, 10)}{doc.quotes:>8}{doc.disputed:>10}"
            )
    out("")
    out(f"* rests on fewer than {FEW_ITEMS} items: read with care.  — undefined (no items, or")
    out("  a single category so chance agreement is already perfect).")
    return "\n".join(lines)
