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
  as the unit (nominal, ordinal for confidence).
- **Coverage.** Each figure carries the count it rests on; the table marks those under
  ``FEW_ITEMS``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.agreement.align import DocumentAlignment
from annotator.agreement.labels import LABEL_FIELDS, differing_fields, label_values
from annotator.agreement.metrics import (
    AlphaResult,
    Level,
    cohen_kappa,
    f1_score,
    krippendorff_alpha,
    percent_agreement,
    ratio,
)
from annotator.records import QuoteType, Status

FEW_ITEMS = 20
"""Figures resting on fewer items than this are marked in the table: read them with care."""

LABEL_LEVELS = {
    "speaker": Level.NOMINAL,
    "source": Level.NOMINAL,
    "type": Level.NOMINAL,
    "confidence": Level.ORDINAL,
}
"""Level of measurement of each label for Krippendorff's alpha."""

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
    """speaker, source, type or confidence."""
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
    """Annotators who labelled it."""
    quotes: int
    """Groups with at least one accepted quote."""
    disputed: int
    """Groups on which the annotators disagree (existence, span, type, speaker or source)."""
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
    """Documents labelled by at least two of the annotators (the ones compared)."""
    single_documents: int
    """Documents labelled by one annotator only (nothing to compare)."""
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


def compute_report(
    alignments: Sequence[DocumentAlignment], annotators: Sequence[str], threshold: float
) -> AgreementReport:
    """Compute every figure from the aligned documents."""
    names = list(annotators)
    pair_names = list(combinations(names, 2))
    pairs = {pair: _new_pair(*pair) for pair in pair_names}
    label_first: dict[tuple[str, str], list[list[Any]]] = {
        pair: [[] for _ in LABEL_FIELDS] for pair in pair_names
    }
    label_second: dict[tuple[str, str], list[list[Any]]] = {
        pair: [[] for _ in LABEL_FIELDS] for pair in pair_names
    }
    units: list[list[list[Any]]] = [[] for _ in LABEL_FIELDS]
    accepted = dict.fromkeys(names, 0)
    rejected = dict.fromkeys(names, 0)
    per_document: list[DocumentFigures] = []
    single = 0
    accepted_status = Status.ACCEPTED
    for alignment in alignments:
        present = alignment.present
        if len(present) < 2:
            if present:
                single += 1
            continue
        doc_pairs = [pair for pair in pair_names if pair[0] in present and pair[1] in present]
        doc_exact = {pair: SpanScore() for pair in doc_pairs}
        doc_overlap = {pair: SpanScore() for pair in doc_pairs}
        for pair in doc_pairs:
            pairs[pair].documents += 1
        quotes = 0
        disputed = 0
        for group in alignment.groups:
            values: dict[str, tuple[int, int, tuple[str, str, str, int]]] = {}
            for name, quote in group.members.items():
                if quote.status is accepted_status:
                    accepted[name] += 1
                    values[name] = (quote.start, quote.end, label_values(quote))
                else:
                    rejected[name] += 1
            if not values:
                continue
            quotes += 1
            if differing_fields(group.members, present):
                disputed += 1
            if len(values) >= 2:
                labels_here = [v[2] for v in values.values()]
                for index, unit_list in enumerate(units):
                    unit_list.append([labels[index] for labels in labels_here])
            for pair in doc_pairs:
                a = values.get(pair[0])
                b = values.get(pair[1])
                if a is None and b is None:
                    continue
                figures = pairs[pair]
                exact = doc_exact[pair]
                over = doc_overlap[pair]
                if a is not None:
                    exact.reference += 1
                    over.reference += 1
                    type_a = a[2][2]
                    figures.exact_by_type[type_a].reference += 1
                    figures.overlap_by_type[type_a].reference += 1
                    figures.relation_exact.reference += 1
                    figures.relation_overlap.reference += 1
                if b is not None:
                    exact.predicted += 1
                    over.predicted += 1
                    type_b = b[2][2]
                    figures.exact_by_type[type_b].predicted += 1
                    figures.overlap_by_type[type_b].predicted += 1
                    figures.relation_exact.predicted += 1
                    figures.relation_overlap.predicted += 1
                if a is None or b is None:
                    continue
                same_span = a[0] == b[0] and a[1] == b[1]
                same_type = a[2][2] == b[2][2]
                same_speaker = a[2][0] == b[2][0]
                over.matched += 1
                if same_span:
                    exact.matched += 1
                if same_type:
                    figures.overlap_by_type[type_a].matched += 1
                    if same_span:
                        figures.exact_by_type[type_a].matched += 1
                if same_speaker:
                    figures.relation_overlap.matched += 1
                    if same_span:
                        figures.relation_exact.matched += 1
                firsts = label_first[pair]
                seconds = label_second[pair]
                for index in range(len(LABEL_FIELDS)):
                    firsts[index].append(a[2][index])
                    seconds[index].append(b[2][index])
        doc_total_exact = SpanScore()
        doc_total_overlap = SpanScore()
        for pair in doc_pairs:
            pairs[pair].exact.add(doc_exact[pair])
            pairs[pair].overlap.add(doc_overlap[pair])
            doc_total_exact.add(doc_exact[pair])
            doc_total_overlap.add(doc_overlap[pair])
        per_document.append(
            DocumentFigures(
                alignment.doc_id,
                present,
                quotes,
                disputed,
                doc_total_exact,
                doc_total_overlap,
                {f"{a} / {b}": (doc_exact[(a, b)], doc_overlap[(a, b)]) for a, b in doc_pairs},
            )
        )
    overall = _new_pair("", "")
    label_totals = [[0, 0] for _ in LABEL_FIELDS]  # agreeing pairs, pairs
    for pair in pair_names:
        figures = pairs[pair]
        for index, label in enumerate(LABEL_FIELDS):
            firsts = label_first[pair][index]
            seconds = label_second[pair][index]
            agreeing = sum(1 for x, y in zip(firsts, seconds, strict=True) if x == y)
            label_totals[index][0] += agreeing
            label_totals[index][1] += len(firsts)
            figures.labels[label] = LabelPair(
                len(firsts), percent_agreement(firsts, seconds), cohen_kappa(firsts, seconds)
            )
        overall.documents = max(overall.documents, figures.documents)
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
    labels = {
        label: LabelFigures(
            label,
            LABEL_LEVELS[label],
            label_totals[index][1],
            ratio(label_totals[index][0], label_totals[index][1]),
            krippendorff_alpha(units[index], LABEL_LEVELS[label]),
        )
        for index, label in enumerate(LABEL_FIELDS)
    }
    overall.documents = len(per_document)
    return AgreementReport(
        annotators=names,
        threshold=threshold,
        documents=len(per_document),
        single_documents=single,
        accepted=accepted,
        rejected=rejected,
        pairs=[pairs[pair] for pair in pair_names],
        overall=overall,
        labels=labels,
        per_document=per_document,
    )


# -- the terminal table -----------------------------------------------------------------------


def _number(value: float | None, items: int | None = None, width: int = 6) -> str:
    if value is None:
        return "—".rjust(width)
    mark = "*" if items is not None and items < FEW_ITEMS else " "
    return f"{value:.3f}{mark}".rjust(width)


def _label(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(report: AgreementReport, worst_documents: int = 10) -> str:
    """The report as a plain-text table that fits in 80 columns."""
    lines: list[str] = []
    out = lines.append
    names = report.annotators
    out(textwrap.fill(f"Agreement of {', '.join(names)}", 80, subsequent_indent="  "))
    out(f"on {report.documents} documents labelled by two or more of them")
    if report.single_documents:
        out(f"({report.single_documents} documents labelled by one annotator only are left out)")
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
            shown = _label(title, 21) if kind == "exact" else ""
            quotes = f"{score.reference} / {score.predicted}"
            out(
                f"{shown:<22}{kind:<8}{_number(score.precision, score.predicted, 7)}"
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
