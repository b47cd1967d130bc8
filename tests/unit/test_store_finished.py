"""Finished marks in the store: written like labels, folded to the latest per document, kept by
compaction and by the fold snapshot, passed over by every reader of quotes."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from annotator import fold_snapshot
from annotator.fold_snapshot import snapshot_path_for
from annotator.records import DocumentFinished, QuoteAnnotation, StoreEntry, text_sha256
from annotator.store import compact, encode_entry, read_live_quotes

TEXT = 'Rain fell on Orlin. "The bridge holds," the engineer said. "For now."'


def label(quote_id: str, doc_id: str = "orlin.txt", needle: str = '"The bridge holds,"'):
    start = TEXT.index(needle)
    return QuoteAnnotation(
        id=quote_id,
        doc_id=doc_id,
        doc_sha256=text_sha256(TEXT),
        start=start,
        end=start + len(needle),
        text=needle,
        annotator="alice",
    )


def test_the_latest_mark_of_a_document_wins_and_reads_back(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
        file.mark_finished("other.txt")
        file.mark_finished("orlin.txt", finished=False)
        assert file.finished_marks() == {"orlin.txt": False, "other.txt": True}
    with store.open("alice") as file:
        assert file.finished_marks() == {"orlin.txt": False, "other.txt": True}
        assert file.problems == []
        assert [quote.id for quote in file.quotes()] == ["q1"]


def test_a_document_without_a_mark_counts_as_finished_where_it_has_a_label(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1", "labelled-no-mark.txt"))
        file.save(label("q2", "labelled-unfinished.txt"))
        file.mark_finished("labelled-unfinished.txt", finished=False)
        file.mark_finished("empty-finished.txt")
        file.save(label("q3", "deleted.txt"))
        file.delete("q3")
    with store.open("alice") as file:
        assert file.is_finished("labelled-no-mark.txt")  # as every document was before marks
        assert not file.is_finished("labelled-unfinished.txt")
        assert file.is_finished("empty-finished.txt")  # finished with no quote in it
        assert not file.is_finished("deleted.txt")
        assert not file.is_finished("never-seen.txt")
        assert file.finished_doc_ids() == ["empty-finished.txt", "labelled-no-mark.txt"]


def test_undo_and_redo_pass_marks_by_in_the_session_and_after_a_restart(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
        file.save(label("q2", needle='"For now."'))
        undone = file.undo()
        assert undone is not None and undone.id == "q2"
        file.mark_finished("orlin.txt", finished=False)  # not an edit: redo still reaches q2
        assert file.can_redo
    with store.open("alice", writable=True) as file:
        assert file.can_redo, "the history replayed from the file agrees with the session's"
        redone = file.redo()
        assert redone is not None and redone.id == "q2"
        assert file.undo().id == "q2" and file.undo().id == "q1"
        assert file.undo() is None
        assert file.finished_marks() == {"orlin.txt": False}


def test_compact_keeps_the_latest_mark_of_each_document(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt", finished=False)
        file.mark_finished("orlin.txt")
        file.mark_finished("b.txt")
        file.mark_finished("b.txt", finished=False)
    path = store.path_for("alice")
    long_ago = DocumentFinished(
        doc_id="c.txt", annotator="alice", updated=datetime(2020, 5, 6, tzinfo=UTC)
    )
    with path.open("ab") as sink:  # a mark made long before the compaction
        sink.write(encode_entry(StoreEntry(rev=6, item=long_ago)))
    written = {
        line["item"]["doc_id"]: line["item"]["updated"]
        for line in map(orjson.loads, path.read_bytes().splitlines())
        if line["item"]["record"] == "finished"
    }
    before, after, _ = compact(path, "alice")
    assert (before, after) == (6, 4)
    kept = [orjson.loads(line)["item"] for line in path.read_bytes().splitlines()][1:]
    assert [(mark["doc_id"], mark["updated"]) for mark in kept] == sorted(written.items())
    assert written["c.txt"] == "2020-05-06T00:00:00Z"
    with store.open("alice") as file:
        assert file.finished_marks() == {"orlin.txt": True, "b.txt": False, "c.txt": True}
        assert [quote.id for quote in file.quotes()] == ["q1"]


def test_bulk_readers_pass_marks_by_and_keep_the_files_line_numbers(store):
    with store.open("alice", writable=True) as file:
        file.mark_finished("orlin.txt", finished=False)
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
        file.save(label("q2", needle='"For now."'))
    fast = read_live_quotes(store.path_for("alice"))
    assert fast is not None, "a file with marks is still read in bulk"
    assert [(record.id, line) for record, line in fast] == [("q1", 2), ("q2", 4)]
    with store.open("alice") as file:
        assert [line for _, line in file.quote_records()] == [2, 4]
        assert file.bulk_records() is not None


def test_a_mark_in_another_layout_is_read_and_an_invalid_one_reported(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
    reordered = {
        "item": {"finished": False, "annotator": "alice", "doc_id": "orlin.txt",
                 "record": "finished", "updated": "2026-01-02T03:04:05Z"},
        "rev": 2,
    }  # fmt: skip
    invalid = {"rev": 3, "item": {"record": "finished", "annotator": "alice", "doc_id": ""}}
    with store.path_for("alice").open("ab") as sink:
        sink.write(orjson.dumps(reordered) + b"\n" + orjson.dumps(invalid) + b"\n")
    with store.open("alice") as file:
        assert file.finished_marks() == {"orlin.txt": False}
        assert [(problem.line, problem.message[:21]) for problem in file.problems] == [
            (3, "invalid finished mark")
        ]
        assert "doc_id" in file.problems[0].message


def test_a_torn_mark_is_skipped_and_the_marks_before_it_stand(store):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
    path = store.path_for("alice")
    torn = encode_entry(StoreEntry(rev=3, item=DocumentFinished(doc_id="b.txt", annotator="alice")))
    for cut in range(1, len(torn) - 1, 11):
        whole = path.read_bytes()
        path.write_bytes(whole + torn[:cut])
        with store.open("alice", writable=True) as file:
            assert file.finished_marks() == {"orlin.txt": True}
            assert "incomplete last line" in file.problems[-1].message
            file.mark_finished("orlin.txt", finished=False)
            file.mark_finished("orlin.txt")
        with store.open("alice") as file:
            assert file.finished_marks() == {"orlin.txt": True}


@pytest.fixture
def snapshots_always(monkeypatch):
    """Every fold leaves a snapshot, so that small test files exercise it."""
    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)


def test_marks_come_back_from_the_snapshot_without_folding_the_file(store, snapshots_always):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
        file.mark_finished("b.txt", finished=False)
    with store.open("alice", writable=True) as file:  # its close refreshes the snapshot
        assert file.from_snapshot
        file.mark_finished("b.txt")
        file.mark_finished("e.txt", finished=False)
    with store.open("alice") as file:
        assert file.from_snapshot and file.line_count == 5
        assert file.finished_marks() == {"orlin.txt": True, "b.txt": True, "e.txt": False}


def test_a_doc_id_the_snapshot_cannot_hold_folds_the_file_afresh(store, snapshots_always):
    with store.open("alice", writable=True) as file:
        file.mark_finished("two\nlines.txt")
    with store.open("alice") as file:
        assert not file.from_snapshot
        assert file.finished_marks() == {"two\nlines.txt": True}


def test_a_snapshot_of_the_format_before_marks_is_not_trusted(store, snapshots_always):
    with store.open("alice", writable=True) as file:
        file.save(label("q1"))
        file.mark_finished("orlin.txt")
    snapshot = snapshot_path_for(store.path_for("alice"))
    header, rest = snapshot.read_bytes().split(b"\n", 1)
    old = orjson.loads(header)
    assert old["format"] == fold_snapshot.FORMAT
    old["format"] = 1
    snapshot.write_bytes(orjson.dumps(old) + b"\n" + rest)
    with store.open("alice") as file:
        assert not file.from_snapshot
        assert file.finished_marks() == {"orlin.txt": True}
