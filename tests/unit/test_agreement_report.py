"""Agreement figures computed from hand-built annotations of our own sentences."""

from __future__ import annotations

import random
import subprocess
import sys
from itertools import combinations

import krippendorff
import numpy as np
import orjson
import pytest
from sklearn.metrics import cohen_kappa_score

from annotator.agreement import align_corpus, compute_report, render_table
from annotator.agreement.labels import differing_fields, name_key
from annotator.agreement.metrics import Level, cohen_kappa, krippendorff_alpha
from annotator.agreement.quotes import QuoteLabels
from annotator.records import Confidence, QuoteType, Status
from tests.unit.test_agreement_data import quote, span_of

HARBOUR = span_of('"the pier will reopen after the storm season"')
WAITED = span_of('"We have waited long enough,"')
RADIO = span_of("repairs were moving slowly")
CJK = span_of("「港は来週開く」")


def report_of(quotes_by_annotator, annotators=None, threshold=0.5):
    names = annotators or list(quotes_by_annotator)
    return compute_report(align_corpus(quotes_by_annotator, names, threshold), names, threshold)


def two_annotators():
    """ann: 4 quotes; ben: 3, one exact, one trimmed, one of his own, plus a rejection."""
    start, end = WAITED
    return {
        "ann": [
            quote("ann", *HARBOUR, speaker="Harbour Master", confidence=Confidence.HIGH),
            quote("ann", *WAITED, speaker="Mária Kovács", confidence=Confidence.MEDIUM),
            quote("ann", *RADIO, type=QuoteType.INDIRECT, speaker="Fishermen", source="radio"),
            quote("ann", *CJK, speaker="市長"),
        ],
        "ben": [
            quote("ben", *HARBOUR, speaker="harbour  master", confidence=Confidence.HIGH),
            quote("ben", start + 1, end - 2, speaker="Kovács", confidence=Confidence.LOW),
            quote("ben", *RADIO, type=QuoteType.MIXED, speaker="fishermen", source="Radio."),
            quote("ben", *CJK, status=Status.REJECTED),
        ],
    }


def test_span_precision_recall_and_f1_by_hand():
    report = report_of(two_annotators())
    (pair,) = report.pairs
    # Overlap: harbour, waited, radio aligned (3 of ann's 4, 3 of ben's 3 accepted).
    assert (pair.overlap.matched, pair.overlap.reference, pair.overlap.predicted) == (3, 4, 3)
    assert pair.overlap.precision == 1.0
    assert pair.overlap.recall == pytest.approx(3 / 4)
    assert pair.overlap.f1 == pytest.approx(6 / 7)
    # Exact: the trimmed quote is no exact match.
    assert pair.exact.matched == 2
    assert pair.exact.f1 == pytest.approx(4 / 7)


def test_rejected_quotes_count_as_negatives():
    report = report_of(two_annotators())
    assert report.accepted == {"ann": 4, "ben": 3}
    assert report.rejected == {"ann": 0, "ben": 1}
    # Both rejecting a span agrees on a non-quote: it counts for no span figure.
    both = {
        "ann": [quote("ann", *HARBOUR), quote("ann", *CJK, status=Status.REJECTED)],
        "ben": [quote("ben", *HARBOUR), quote("ben", *CJK, status=Status.REJECTED)],
    }
    (pair,) = report_of(both).pairs
    assert (pair.exact.matched, pair.exact.reference, pair.exact.predicted) == (1, 1, 1)


def test_by_type_a_match_counts_when_both_gave_the_type():
    (pair,) = report_of(two_annotators()).pairs
    direct = pair.overlap_by_type["direct"]
    assert (direct.matched, direct.reference, direct.predicted) == (2, 3, 2)
    assert pair.exact_by_type["direct"].matched == 1
    indirect = pair.overlap_by_type["indirect"]
    mixed = pair.overlap_by_type["mixed"]
    assert (indirect.matched, indirect.reference, indirect.predicted) == (0, 1, 0)
    assert (mixed.matched, mixed.reference, mixed.predicted) == (0, 0, 1)


def test_relation_needs_the_speaker_too():
    (pair,) = report_of(two_annotators()).pairs
    # harbour (same name up to case and spacing) and radio agree; "Kovács" is another name.
    assert pair.relation_overlap.matched == 2
    assert pair.relation_exact.matched == 2
    assert pair.relation_overlap.f1 == pytest.approx(4 / 7)


def test_names_compare_ignoring_case_spacing_and_punctuation():
    assert name_key("  Harbour\tMaster ") == name_key("harbour master")
    assert name_key("Radio.") == name_key("radio")
    assert name_key("Mária Kovács") != name_key("Maria Kovacs")  # accents are part of a name
    assert name_key(None) == name_key("") == ""


def test_label_agreement_matches_scikit_learn_per_pair():
    (pair,) = report_of(two_annotators()).pairs
    # The three matched pairs, in position order: harbour, radio, waited.
    speakers = (
        ["harbour master", "fishermen", "mária kovács"],
        ["harbour master", "fishermen", "kovács"],
    )
    sources = (["", "radio", ""], ["", "radio", ""])
    confidence = ([3, 3, 2], [3, 3, 1])
    types = (["direct", "indirect", "direct"], ["direct", "mixed", "direct"])
    for label, (first, second) in {
        "speaker": speakers,
        "source": sources,
        "confidence": confidence,
        "type": types,
    }.items():
        figures = pair.labels[label]
        assert figures.items == 3
        assert figures.percent == pytest.approx(np.mean(np.array(first) == np.array(second)))
        assert figures.kappa == pytest.approx(cohen_kappa_score(first, second))


def three_annotators():
    texts = {}
    quotes = {"ann": [], "ben": [], "cat": []}
    speakers = {
        # doc: (ann, ben, cat) speaker of the harbour quote; None means no quote
        "d1": ("Harbour master", "harbour master", "Harbour Master"),
        "d2": ("Harbour master", "The mayor", "harbour master"),
        "d3": ("Harbour master", None, "Harbour master"),
        "d4": ("Kovács", "Kovács", "Kovács"),
        "d5": ("The mayor", "The mayor", None),
    }
    confidences = {
        "d1": (3, 3, 2),
        "d2": (1, 3, 3),
        "d3": (2, 2, 2),
        "d4": (3, 3, 3),
        "d5": (1, 2, 3),
    }
    for doc_id, names in speakers.items():
        for index, (annotator, speaker) in enumerate(zip(quotes, names, strict=True)):
            # Every annotator labels the waited quote too, so each is present in each document.
            quotes[annotator].append(quote(annotator, *WAITED, doc_id=doc_id, speaker="Kovács"))
            if speaker is not None:
                quotes[annotator].append(
                    quote(
                        annotator,
                        *HARBOUR,
                        doc_id=doc_id,
                        speaker=speaker,
                        confidence=Confidence(confidences[doc_id][index]),
                    )
                )
    return quotes, speakers, confidences, texts


def test_alpha_over_three_annotators_matches_the_krippendorff_package():
    quotes, speakers, confidences, _ = three_annotators()
    report = report_of(quotes)
    assert report.documents == 5
    # Units: the harbour quote of each document, plus the unanimous waited quote.
    categories = {}

    def code(name):
        return float(categories.setdefault(name_key(name), len(categories)))

    speaker_rows = [[], [], []]
    confidence_rows = [[], [], []]
    for doc_id, names in speakers.items():
        for row in range(3):
            present = names[row] is not None
            speaker_rows[row] += [code(names[row]) if present else np.nan, code("Kovács")]
            confidence_rows[row] += [confidences[doc_id][row] if present else np.nan, 3.0]
    speaker_alpha = krippendorff.alpha(np.array(speaker_rows), level_of_measurement="nominal")
    confidence_alpha = krippendorff.alpha(np.array(confidence_rows), level_of_measurement="ordinal")
    assert report.labels["speaker"].alpha.value == pytest.approx(speaker_alpha)
    assert report.labels["confidence"].alpha.value == pytest.approx(confidence_alpha)
    assert report.labels["speaker"].alpha.units == 10
    assert report.labels["speaker"].alpha.values == 28
    # Type was always direct: one category, alpha is undefined, not NaN.
    assert report.labels["type"].alpha.value is None
    assert report.labels["type"].percent == 1.0


def test_documents_one_annotator_labelled_are_left_out():
    quotes = two_annotators()
    quotes["ann"].append(quote("ann", *HARBOUR, doc_id="only-ann"))
    report = report_of(quotes)
    assert (report.documents, report.single_documents) == (1, 1)
    assert [doc.doc_id for doc in report.per_document] == ["doc-1"]
    assert report.accepted["ann"] == 4


def test_per_document_figures_and_disputes():
    quotes, _, _, _ = three_annotators()
    report = report_of(quotes)
    by_doc = {doc.doc_id: doc for doc in report.per_document}
    assert by_doc["d1"].disputed == 0 and by_doc["d1"].overlap.f1 == 1.0
    assert by_doc["d2"].disputed == 1  # a speaker differs
    assert by_doc["d3"].disputed == 1  # ben has no harbour quote
    exact, overlap = by_doc["d3"].pairs["ann / ben"]
    assert (overlap.matched, overlap.reference, overlap.predicted) == (1, 2, 1)


def test_differing_fields_names_each_kind_of_disagreement():
    start, end = HARBOUR
    ann = quote("ann", *HARBOUR, speaker="Harbour master")
    assert (
        differing_fields(
            {"ann": ann, "ben": quote("ben", *HARBOUR, speaker="harbour MASTER")}, ["ann", "ben"]
        )
        == []
    )
    assert differing_fields({"ann": ann}, ["ann", "ben"]) == ["existence"]
    rejected = quote("ben", *HARBOUR, status=Status.REJECTED)
    assert differing_fields({"ann": ann, "ben": rejected}, ["ann", "ben"]) == ["existence"]
    other = quote("ben", start + 1, end, type=QuoteType.MIXED, source="radio")
    assert differing_fields({"ann": ann, "ben": other}, ["ann", "ben"]) == [
        "span",
        "type",
        "speaker",
        "source",
    ]
    # Confidence alone is not a disagreement about the quote.
    calm = quote("ben", *HARBOUR, speaker="Harbour master", confidence=Confidence.LOW)
    assert differing_fields({"ann": ann, "ben": calm}, ["ann", "ben"]) == []
    # Nobody accepted it: agreement on a non-quote.
    assert (
        differing_fields({"ann": quote("ann", *HARBOUR, status=Status.REJECTED)}, ["ann", "ben"])
        == []
    )


def test_json_has_no_nan_and_round_trips():
    quotes, _, _, _ = three_annotators()
    data = report_of(quotes).to_json()
    encoded = orjson.dumps(data)
    assert b"NaN" not in encoded
    decoded = orjson.loads(encoded)
    assert decoded["labels"]["type"]["alpha"] is None
    assert decoded["labels"]["speaker"]["alpha_units"] == 10
    assert [p["first"] + "/" + p["second"] for p in decoded["pairs"]] == [
        "ann/ben",
        "ann/cat",
        "ben/cat",
    ]
    assert decoded["alignment"]["threshold"] == 0.5


def test_table_fits_80_columns_and_marks_thin_figures():
    quotes, _, _, _ = three_annotators()
    table = render_table(report_of(quotes))
    assert max(len(line) for line in table.splitlines()) <= 80
    assert "ann / ben" in table and "all pairs" in table and "all annotators" in table
    # Everything here rests on a handful of quotes, so figures are starred and explained.
    spans = table.split("Spans")[1].splitlines()
    assert spans[2].split()[:4] == ["ann", "/", "ben", "exact"]
    assert all(cell.endswith("*") for cell in spans[2].split()[4:7])
    assert "fewer than 20 items" in table


def test_agreement_core_does_not_import_textual():
    modules = [
        "annotator.agreement",
        "annotator.agreement.align",
        "annotator.agreement.metrics",
        "annotator.agreement.report",
        "annotator.agreement.labels",
        "annotator.agreement.quotes",
        "annotator.adjudication",
        "annotator.cli.agreement",
    ]
    check = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run([sys.executable, "-c", check, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def random_corpus(seed, documents=40):
    """Three annotators' light records with every kind of disagreement, drawn from a seed."""
    rng = random.Random(seed)
    speakers = ["Harbour master", "harbour  master", "The mayor", "Kovács", None]
    sources = [None, None, "the radio", "Radio.", "a letter"]
    quotes = {"ann": [], "ben": [], "cat": []}
    for doc in range(documents):
        for number in range(rng.randint(1, 8)):
            start = number * 100 + rng.randint(0, 20)
            end = start + rng.randint(15, 60)
            truth = (rng.choice(list(QuoteType)), rng.choice(speakers), rng.choice(sources))
            for name, found in quotes.items():
                if rng.random() < 0.15:
                    continue
                kind, speaker, source = (
                    truth[i] if rng.random() < 0.9 else rng.choice(options)
                    for i, options in enumerate((list(QuoteType), speakers, sources))
                )
                shift = 0 if rng.random() < 0.9 else rng.choice([1, -2, 9])
                trim = 0 if rng.random() < 0.9 else 3
                found.append(
                    QuoteLabels(
                        f"{name}-{doc}-{number}",
                        f"doc-{doc:03d}",
                        max(start + shift, 0),
                        end - trim,
                        kind,
                        speaker,
                        source,
                        rng.choice(list(Confidence)),
                        Status.REJECTED if rng.random() < 0.08 else Status.ACCEPTED,
                    )
                )
    return quotes


@pytest.mark.parametrize("seed", range(4))
def test_label_figures_equal_those_of_plain_lists_to_the_bit(seed):
    """The report tallies distinct label combinations instead of listing every matched pair;
    its kappas and alphas must be exactly those of the list-based functions."""
    quotes = random_corpus(seed)
    names = list(quotes)
    alignments = align_corpus(quotes, names)
    report = compute_report(alignments, names, 0.5)
    getters = {
        "type": lambda q: q.type,
        "speaker": lambda q: name_key(q.speaker),
        "source": lambda q: name_key(q.source),
        "confidence": lambda q: q.confidence,
    }
    units = []
    matched = {(a, b): [] for a, b in combinations(names, 2)}
    for alignment in alignments:
        if len(alignment.present) < 2:
            continue
        for group in alignment.groups:
            accepted = group.accepted()
            if len(accepted) >= 2:
                units.append([accepted[name] for name in names if name in accepted])
            for a, b in matched:
                if a in accepted and b in accepted:
                    matched[(a, b)].append((accepted[a], accepted[b]))
    assert len({tuple(map(getters["confidence"], unit)) for unit in units}) > 10
    for label, value in getters.items():
        level = Level.ORDINAL if label == "confidence" else Level.NOMINAL
        expected = krippendorff_alpha(units, level, key=value)
        assert report.labels[label].alpha == expected
        for pair in report.pairs:
            firsts = [value(a) for a, _ in matched[(pair.first, pair.second)]]
            seconds = [value(b) for _, b in matched[(pair.first, pair.second)]]
            assert pair.labels[label].items == len(firsts) > 20
            assert pair.labels[label].kappa == cohen_kappa(firsts, seconds)
            assert pair.labels[label].kappa == pytest.approx(cohen_kappa_score(firsts, seconds))


@pytest.mark.parametrize("seed", range(3))
def test_span_counts_equal_a_plain_recount_of_the_groups(seed):
    """The report's shortcuts (unanimous groups counted at once, verbatim ones found in C)
    must count exactly what a plain walk over every pair of every group counts."""
    quotes = random_corpus(seed)
    names = list(quotes)
    alignments = align_corpus(quotes, names)
    report = compute_report(alignments, names, 0.5)
    for pair in report.pairs:
        a, b = pair.first, pair.second
        counts = dict.fromkeys(["reference", "predicted", "overlap", "exact", "relation"], 0)
        by_type = {t: [0, 0, 0, 0] for t in QuoteType}  # reference, predicted, overlap, exact
        for alignment in alignments:
            if a not in alignment.present or b not in alignment.present:
                continue
            for group in alignment.groups:
                accepted = group.accepted()
                first, second = accepted.get(a), accepted.get(b)
                if first is not None:
                    counts["reference"] += 1
                    by_type[first.type][0] += 1
                if second is not None:
                    counts["predicted"] += 1
                    by_type[second.type][1] += 1
                if first is None or second is None:
                    continue
                same_span = (first.start, first.end) == (second.start, second.end)
                counts["overlap"] += 1
                counts["exact"] += same_span
                counts["relation"] += name_key(first.speaker) == name_key(second.speaker)
                if first.type is second.type:
                    by_type[first.type][2] += 1
                    by_type[first.type][3] += same_span
        assert (pair.overlap.reference, pair.overlap.predicted) == (
            counts["reference"],
            counts["predicted"],
        )
        assert (pair.overlap.matched, pair.exact.matched) == (counts["overlap"], counts["exact"])
        assert pair.relation_overlap.matched == counts["relation"]
        for quote_type, (ref, pred, over, exact) in by_type.items():
            assert pair.overlap_by_type[quote_type.value].reference == ref
            assert pair.overlap_by_type[quote_type.value].predicted == pred
            assert pair.overlap_by_type[quote_type.value].matched == over
            assert pair.exact_by_type[quote_type.value].matched == exact
    assert sum(doc.disputed for doc in report.per_document) > 0
    assert sum(doc.quotes - doc.disputed for doc in report.per_document) > 10


def test_table_counts_one_document_in_the_singular():
    """'on 1 documents' read as a slip; every count in the header agrees with its noun."""
    quotes = two_annotators()
    quotes["ann"].append(quote("ann", *HARBOUR, doc_id="only-ann"))
    table = render_table(report_of(quotes))
    assert "on 1 document finished by two or more of them" in table
    assert "(1 document finished by one annotator only is left out)" in table
