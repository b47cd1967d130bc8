"""The review's start on many documents: its scan writes merges and marks in batches."""

from __future__ import annotations

import os

from annotator.adjudication import Adjudication
from annotator.store import AnnotationStore
from annotator.tui import screens
from annotator.tui.review import make_review_app
from tests.ui.test_review import settle
from tests.unit.test_review_scan_writes import ANNOTATORS, documents, on_disk

__all__ = ["documents"]  # the fixture, shared with the core's tests


async def test_the_scan_does_not_fsync_every_document(documents, monkeypatch):
    store, corpus, doc_ids = documents
    # One report when the first open disagreement shows, one at the end: no timed batches.
    monkeypatch.setattr(screens.review, "BATCH_SECONDS", 3600.0)
    fsyncs: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))
    app = make_review_app(store, ANNOTATORS, "gold", corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert screen.current is not None and screen.current.doc_id == doc_ids[0]
        assert len(screen.items) == len(doc_ids)
        scanned_with = len(fsyncs)
        await pilot.press("q")
    assert scanned_with <= 6  # two writes of at most three fsyncs; it was two per document
    assert on_disk(store) == (len(doc_ids), dict.fromkeys(doc_ids, False))


async def test_quitting_as_soon_as_it_shows_keeps_what_was_merged(documents, monkeypatch):
    store, corpus, doc_ids = documents
    monkeypatch.setattr(screens.review, "BATCH_SECONDS", 3600.0)
    app = make_review_app(store, ANNOTATORS, "gold", corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.review_screen
        while screen.index is None:
            await pilot.pause(0.01)
        await pilot.press("q")
    merged, marks = on_disk(AnnotationStore(store.root))
    assert merged == len(marks) >= 1  # each document scanned has its merge and its mark


async def test_the_scan_goes_on_only_once_the_first_disagreement_is_drawn(documents, monkeypatch):
    """Scanning on at once, the worker held the interpreter lock while the screen drew the
    first disagreement, which then came later than when fsyncs paused the scan."""
    store, corpus, doc_ids = documents
    app = make_review_app(store, ANNOTATORS, "gold", corpus)
    shown_when_scanned: list[bool] = []
    scan_document = Adjudication.scan_document

    def noting(self, doc_id):
        shown_when_scanned.append(app.review_screen.index is not None)
        return scan_document(self, doc_id)

    monkeypatch.setattr(Adjudication, "scan_document", noting)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert screen.current is not None and screen.current.doc_id == doc_ids[0]
        await pilot.press("q")
    # The first document (which holds the first open disagreement) before it shows; the
    # rest after.
    assert shown_when_scanned == [False] + [True] * (len(doc_ids) - 1)
