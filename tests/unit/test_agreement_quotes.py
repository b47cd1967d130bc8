"""Light quote records for agreement: loaded in bulk, equal to the full records' labels."""

from __future__ import annotations

import pytest

from annotator.agreement import align_corpus, compute_report
from annotator.agreement.quotes import QuoteLabels, labels_of_record, load_labels
from annotator.records import Confidence, QuoteType, Status
from annotator.store import AnnotationStore
from tests.unit.test_agreement_data import quote, span_of

HARBOUR = span_of('"the pier will reopen after the storm season"')
WAITED = span_of('"We have waited long enough,"')
RADIO = span_of("repairs were moving slowly")
CJK = span_of("「港は来週開く」")


@pytest.fixture
def store(tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        ann.save(quote("ann", *HARBOUR, speaker="Harbour Master", confidence=Confidence.LOW))
        ann.save(quote("ann", *WAITED, speaker="Mária Kovács"))
        ann.save(quote("ann", *RADIO, type=QuoteType.INDIRECT, source="the radio"))
        ann.save(quote("ann", *CJK, speaker="市長", doc_id="doc-2"))
        ann.delete(quote("ann", *RADIO).id)
    with store.open("ben", writable=True) as ben:
        first = ben.save(quote("ben", *HARBOUR, speaker="harbour  master"))
        ben.save(first.revised(speaker="the harbour master", confidence=Confidence.MEDIUM))
        ben.save(quote("ben", WAITED[0] + 1, WAITED[1] - 1, speaker="Kovács"))
        ben.save(quote("ben", *RADIO, type=QuoteType.MIXED, status=Status.REJECTED))
        ben.save(quote("ben", *CJK, speaker="市長", doc_id="doc-2"))
    return store


def full_records(store, names):
    quotes = {}
    for name in names:
        with store.open(name) as folded:
            quotes[name] = folded.quotes()
    return quotes


def test_bulk_load_keeps_the_labels_of_every_live_quote(store):
    light, problems = load_labels(store, ["ann", "ben"])
    assert problems == []
    for name, quotes in full_records(store, ["ann", "ben"]).items():
        expected = sorted((QuoteLabels.of(q) for q in quotes), key=lambda q: q.id)
        assert sorted(light[name], key=lambda q: q.id) == expected
    by_id = {q.id: q for q in light["ben"]}
    revised = by_id[quote("ben", *HARBOUR).id]
    assert revised.speaker == "the harbour master"
    assert revised.confidence is Confidence.MEDIUM
    assert by_id[quote("ben", *RADIO).id].status is Status.REJECTED
    assert quote("ann", *RADIO).id not in {q.id for q in light["ann"]}  # deleted


def test_figures_from_light_records_equal_those_from_full_records(store):
    names = ["ann", "ben"]
    light, _ = load_labels(store, names)
    full = full_records(store, names)
    from_light = compute_report(align_corpus(light, names), names, 0.5)
    from_full = compute_report(align_corpus(full, names), names, 0.5)
    assert from_light.to_json() == from_full.to_json()
    assert from_light.pairs[0].overlap.matched == 3


def test_a_hand_edited_line_with_a_bad_value_is_reported_and_skipped(store):
    path = store.path_for("ann")
    raw = path.read_bytes()
    assert raw.count(b'"type":"direct"') >= 2
    path.write_bytes(raw.replace(b'"type":"direct"', b'"type":"quoted"', 1))
    light, problems = load_labels(store, ["ann", "ben"])
    (problem,) = problems
    assert str(problem).startswith(f"{path}:1: invalid record: ")
    assert "type" in str(problem)
    assert quote("ann", *HARBOUR).id not in {q.id for q in light["ann"]}
    assert len(light["ann"]) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"start": "twelve"}, "start"), ({"end": 3}, "end"), ({"speaker": 7}, "speaker")],
)
def test_values_the_fast_path_does_not_trust_go_through_the_model(changes, field):
    record = quote("ann", *HARBOUR, speaker="Harbour Master")
    item = record.model_dump(mode="json")
    assert labels_of_record(item) == QuoteLabels.of(record)
    item.update(changes)
    with pytest.raises(ValueError, match=field):
        labels_of_record(item)
