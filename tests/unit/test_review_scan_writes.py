"""The review's scan writes its merges and finished marks a batch at a time, not per document.

Two fsyncs per document (the merged records, then the mark) were most of a review's start on a
store of thousands of documents. What is held must still reach the file, before any decision
(whose own mark must not be overwritten by an older held one) and on close.
"""

from __future__ import annotations

import os

import pytest

from annotator import adjudication as adjudication_module
from annotator.adjudication import Adjudication
from annotator.corpus import open_corpus
from annotator.records import QuoteAnnotation, text_sha256
from annotator.store import AnnotationStore

ANNOTATORS = ["ann", "ben"]


def article(number: int) -> str:
    """An invented article with two quotes."""
    return (
        f'Harbour notice {number}. "The pier opens at dawn," the warden of Lindqvay said. '
        f'"Bring the permits to hall {number}," the clerk Odile Marrow added.'
    )


def quote_of(annotator: str, doc_id: str, text: str, words: str, speaker: str) -> QuoteAnnotation:
    start = text.index(words)
    return QuoteAnnotation(
        id=f"{annotator}-{doc_id}-{start}",
        doc_id=doc_id,
        doc_sha256=text_sha256(text),
        start=start,
        end=start + len(words),
        text=words,
        speaker=speaker,
        annotator=annotator,
    )


@pytest.fixture
def documents(tmp_path, write_corpus):
    """Twelve documents: in each, one quote both annotators label alike (merged) and one
    whose speaker they give differently (a disagreement)."""
    texts = {f"doc-{number:02d}.txt": article(number) for number in range(12)}
    store = AnnotationStore(tmp_path / "annotations")
    for name in ANNOTATORS:
        with store.open(name, writable=True) as folded:
            for doc_id, text in texts.items():
                folded.save(quote_of(name, doc_id, text, '"The pier opens at dawn,"', "warden"))
                clerk = "Odile Marrow" if name == "ann" else "the clerk"
                words = text[text.index('"Bring') : text.index(" the clerk")]
                folded.save(quote_of(name, doc_id, text, words, clerk))
    return store, open_corpus(write_corpus(texts)), sorted(texts)


def on_disk(store: AnnotationStore) -> tuple[int, dict[str, bool]]:
    """Gold records and finished marks as a fresh reader sees them."""
    if not store.path_for("gold").exists():
        return 0, {}
    with AnnotationStore(store.root).open("gold") as gold:
        return len(gold), gold.finished_marks()


def test_a_held_scan_writes_merges_and_marks_when_told(documents):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.hold_writes = True
        merged = sum(adjudication.scan_document(doc_id).merged for doc_id in doc_ids)
        assert merged == len(doc_ids)
        assert on_disk(store) == (0, {})
        adjudication.write_held()
        assert on_disk(store) == (len(doc_ids), dict.fromkeys(doc_ids, False))


def test_without_holding_each_document_is_written_as_it_is_scanned(documents):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.scan_document(doc_ids[0])
        assert on_disk(store) == (1, {doc_ids[0]: False})


def test_a_decision_writes_what_is_held_first_so_its_own_mark_stands(documents):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.hold_writes = True
        (disagreement,) = adjudication.scan_document(doc_ids[0]).disagreements
        adjudication.take(disagreement, "ann")
        # The held mark said "not finished"; the decision settled the document's last one.
        assert on_disk(store) == (2, {doc_ids[0]: True})
        assert adjudication.undo() is not None
        assert on_disk(store) == (1, {doc_ids[0]: False})


def test_closing_writes_what_is_held(documents):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.hold_writes = True
        for doc_id in doc_ids[:3]:
            adjudication.scan_document(doc_id)
    assert on_disk(store) == (3, dict.fromkeys(doc_ids[:3], False))


def test_a_held_scan_is_written_with_a_few_fsyncs_not_two_per_document(documents, monkeypatch):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.hold_writes = True
        fsyncs: list[int] = []
        real_fsync = os.fsync
        monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
        for doc_id in doc_ids:
            adjudication.scan_document(doc_id)
        adjudication.write_held()
        assert len(fsyncs) <= 3  # the records, and the marks of each value


def test_a_rescan_merges_nothing_twice_and_marks_nothing_again(documents):
    store, corpus, doc_ids = documents
    for _ in range(2):
        with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
            adjudication.hold_writes = True
            for doc_id in doc_ids:
                adjudication.scan_document(doc_id)
    with AnnotationStore(store.root).open("gold") as gold:
        assert gold.line_count == 2 * len(doc_ids)  # one merge and one mark each, once


def counted_fsyncs(monkeypatch) -> list[int]:
    """The descriptors ``os.fsync`` is called with from now on (it still syncs)."""
    fsyncs: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    return fsyncs


def test_scan_writes_in_batches_and_all_of_it_by_its_end(documents, monkeypatch):
    """``scan()``, as a script drives it, wrote two fsyncs per document as the review screen
    did before it held its writes."""
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        fsyncs = counted_fsyncs(monkeypatch)
        merged = sum(review.merged for review in adjudication.scan())
        assert merged == len(doc_ids)
        assert len(fsyncs) <= 3  # the records, and the marks of each value
        assert on_disk(store) == (len(doc_ids), dict.fromkeys(doc_ids, False))
        assert not adjudication.hold_writes  # as it was before the scan


def test_resume_point_writes_what_it_scanned_in_a_batch(documents, monkeypatch):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus, auto_merge=False) as adjudication:
        for doc_id in doc_ids[:5]:  # settled, so the resume point is in the sixth
            (disagreement,) = adjudication.scan_document(doc_id).disagreements
            adjudication.take(disagreement, "ann")
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        fsyncs = counted_fsyncs(monkeypatch)
        resume = adjudication.resume_point()
        assert resume is not None and resume.doc_id == doc_ids[5]
        assert len(fsyncs) <= 3
        # Written before it returned, not at close: a fresh reader sees the six merged.
        assert on_disk(store)[0] == 5 + 6


def test_scan_inside_a_held_scan_leaves_the_writes_to_its_owner(documents):
    store, corpus, doc_ids = documents
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        adjudication.hold_writes = True
        list(adjudication.scan())
        assert adjudication.hold_writes
        assert on_disk(store) == (0, {})


def test_a_long_scan_writes_each_batch_as_it_goes(documents, monkeypatch):
    store, corpus, doc_ids = documents
    monkeypatch.setattr(adjudication_module, "SCAN_BATCH_DOCUMENTS", 5)
    with Adjudication(store, ANNOTATORS, "gold", corpus) as adjudication:
        scanned = adjudication.scan()
        for _ in range(6):
            next(scanned)
        assert on_disk(store)[0] == 5  # the sixth waits for the next batch
        scanned.close()
        assert on_disk(store)[0] == 6  # left early: what it held is written
