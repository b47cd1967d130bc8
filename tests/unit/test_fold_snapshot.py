"""The fold snapshot beside an annotation file: a reopen folds only the tail, and never trusts a
snapshot that no longer describes the file."""

from __future__ import annotations

import os
import shutil
import subprocess

import orjson
import pytest

from annotator import fold_snapshot
from annotator.fold_snapshot import snapshot_path_for
from annotator.records import Document, QuoteAnnotation, StoreEntry, text_sha256
from annotator.store import AnnotationStore, AnnotatorFile, compact, encode_entry

TEXT = "Aid arrived. “We were not forgotten,” a nurse said. 🙂 市长说：“好的。” The end."


def quote(quote_id: str, speaker: str | None = None) -> QuoteAnnotation:
    needle = "“We were not forgotten,”" if quote_id < "q5" else "“好的。”"
    start = TEXT.index(needle)
    return QuoteAnnotation(
        id=quote_id,
        doc_id=f"doc-{int(quote_id[1:]) % 3}.txt",
        doc_sha256=text_sha256(Document(id="d", text=TEXT).text),
        start=start,
        end=start + len(needle),
        text=needle,
        speaker=speaker,
        annotator="alice",
    )


@pytest.fixture
def snapshots_always(monkeypatch):
    """Every fold leaves a snapshot, so that small test files exercise it."""
    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)


@pytest.fixture
def folded_lines(monkeypatch):
    """Counts the lines each fold actually parsed from the file."""
    counted: list[int] = []
    original = AnnotatorFile._fold_lines

    def counting(self, lines, offset, number):
        counted.append(len(lines))
        return original(self, lines, offset, number)

    monkeypatch.setattr(AnnotatorFile, "_fold_lines", counting)
    return counted


def everything(file: AnnotatorFile) -> tuple:
    """What a reader can observe of a fold."""
    return (
        [item.model_dump() for item in file.quotes()],
        [(problem.line, problem.message) for problem in file.problems],
        file.doc_ids(),
        len(file),
        {item.id: file.line_of(item.id) for item in file.quotes()},
        file.finished_marks(),
    )


def cold(store: AnnotationStore) -> tuple:
    """The same fold with no snapshot to start from."""
    snapshot_path_for(store.path_for("alice")).unlink(missing_ok=True)
    with store.open("alice") as file:
        return everything(file)


def edit(store: AnnotationStore, first: int, count: int) -> None:
    with store.open("alice", writable=True) as file:
        for number in range(first, first + count):
            file.save(quote(f"q{number}"))
        file.save(quote(f"q{first}", speaker="a nurse"))
        file.delete(f"q{first + 1}")


def test_small_files_leave_no_snapshot(store):
    edit(store, 1, 4)
    store.open("alice").close()
    assert not snapshot_path_for(store.path_for("alice")).exists()


def test_a_reopen_folds_only_the_lines_appended_after_the_snapshot(
    store, snapshots_always, folded_lines
):
    edit(store, 1, 5)
    assert snapshot_path_for(store.path_for("alice")).exists()
    edit(store, 10, 3)  # its open read the snapshot, its close refreshed it
    with store.open("alice", writable=True) as file:
        file.save(quote("q20"))
    folded_lines.clear()
    with store.open("alice") as file:
        warm = everything(file)
    assert sum(folded_lines) == 0, "the writer's close left a snapshot of the whole file"
    assert warm == cold(store)
    assert {item[0] for item in warm[4].items()} >= {"q1", "q10", "q20"}


def test_lines_appended_without_a_snapshot_refresh_are_folded_on_top(
    store, snapshots_always, folded_lines, monkeypatch
):
    edit(store, 1, 5)
    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1_000)  # the next writer leaves none
    edit(store, 10, 2)
    folded_lines.clear()
    with store.open("alice") as file:
        warm = everything(file)
    assert sum(folded_lines) == 4, "only the second session's four lines are read"
    assert warm == cold(store)


def test_undo_reaches_as_far_back_from_a_snapshot_as_from_the_file(
    store, snapshots_always, tmp_path
):
    edit(store, 1, 4)
    with store.open("alice", writable=True) as file:
        file.undo()
        file.undo()
        file.redo()
    assert snapshot_path_for(store.path_for("alice")).exists()
    without = tmp_path / "without"
    shutil.copytree(store.root, without)
    snapshot_path_for(without / "alice.jsonl").unlink()

    def undo_all(root) -> list:
        with AnnotationStore(root).open("alice", writable=True) as file:
            states = [file.redo()]
            while (state := file.undo()) is not None:
                states.append(state)
        return [state.model_dump(exclude={"created", "updated"}) for state in states]

    assert undo_all(store.root) == undo_all(without)
    assert len(undo_all(without)) > 1


def test_a_readers_snapshot_has_no_history_so_a_writer_folds_the_file(store, snapshots_always):
    edit(store, 1, 3)
    snapshot_path_for(store.path_for("alice")).unlink()
    store.open("alice").close()  # a reader leaves a snapshot without the undo history
    assert snapshot_path_for(store.path_for("alice")).exists()
    with store.open("alice", writable=True) as file:
        assert file.can_undo
        assert file.undo().record == "quote", "undoing the deletion of q2 brings it back"
        assert file.get("q2") is not None


def _kill_a_writer_after_saving(store: AnnotationStore, first: int, count: int) -> None:
    """Lines a writer saved and then was killed, before its close could refresh the snapshot."""
    with store.path_for("alice").open("ab") as sink:
        for number in range(first, first + count):
            sink.write(encode_entry(StoreEntry(rev=1_000 + number, item=quote(f"q{number}"))))


def test_a_reader_never_replaces_a_writers_snapshot_with_one_without_history(
    store, snapshots_always
):
    edit(store, 1, 3)
    snapshot = snapshot_path_for(store.path_for("alice"))
    writers = snapshot.read_bytes()
    _kill_a_writer_after_saving(store, 10, 3)
    with store.open("alice") as file:
        assert file.from_snapshot
    assert snapshot.read_bytes() == writers
    with store.open("alice", writable=True) as file:
        assert file.from_snapshot, "annotate's next open starts from its snapshot"
        assert file.undo().id == "q12"


def test_a_reader_replaces_a_writers_snapshot_that_no_longer_describes_the_file(
    store, snapshots_always, tmp_path
):
    edit(store, 1, 3)
    copy = AnnotationStore(tmp_path / "copy")
    shutil.copytree(store.root, copy.root)  # another inode: the copied snapshot is stale
    with copy.open("alice") as file:
        assert not file.from_snapshot
    with copy.open("alice") as file:
        assert file.from_snapshot, "the reader left a snapshot of the copy"


def test_a_file_rewritten_in_place_is_folded_afresh(store, snapshots_always, folded_lines):
    edit(store, 1, 5)
    path = store.path_for("alice")
    lines = path.read_bytes().splitlines(keepends=True)
    # Same inode, every line after the first shifted, and longer than before: only the
    # sampled bytes can tell.
    with path.open("r+b") as handle:
        handle.write(b"".join(lines[1:] + lines[:1] + lines[:1]))
    folded_lines.clear()
    with store.open("alice") as file:
        rewritten = everything(file)
    assert sum(folded_lines) == len(lines) + 1
    assert rewritten == cold(store)


def test_compaction_drops_the_snapshot_of_the_file_it_replaced(store, snapshots_always):
    edit(store, 1, 5)
    path = store.path_for("alice")
    compact(path, "alice")
    assert not snapshot_path_for(path).exists()
    with store.open("alice") as file:
        assert everything(file) == cold(store)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: b"not a snapshot\n" + data,
        lambda data: data.replace(b'"format":%d' % fold_snapshot.FORMAT, b'"format":99'),
    ],
    ids=["truncated", "empty", "garbage", "other-format"],
)
def test_a_damaged_snapshot_is_ignored(store, snapshots_always, damage):
    edit(store, 1, 5)
    snapshot = snapshot_path_for(store.path_for("alice"))
    expected = cold(store)
    store.open("alice").close()
    snapshot.write_bytes(damage(snapshot.read_bytes()))
    with store.open("alice") as file:
        assert everything(file) == expected


def test_broken_lines_are_still_reported_at_their_lines_from_a_snapshot(
    store, snapshots_always, folded_lines
):
    edit(store, 1, 3)
    path = store.path_for("alice")
    lines = path.read_bytes().splitlines(keepends=True)
    lines.insert(2, b'{"rev": 3, "item": \n')
    path.write_bytes(b"".join(lines))
    os.utime(path)
    expected = cold(store)  # also leaves a snapshot
    folded_lines.clear()
    with store.open("alice") as file:
        assert everything(file) == expected
        assert [problem.line for problem in file.problems] == [3]
    assert sum(folded_lines) == 0


def test_a_torn_tail_after_a_snapshot_is_reported_and_no_snapshot_remembers_it(
    store, snapshots_always
):
    edit(store, 1, 3)
    path = store.path_for("alice")
    snapshot = snapshot_path_for(path)
    before = snapshot.read_bytes()
    with path.open("ab") as handle:
        handle.write(b'{"rev": 99, "change": "ed')
    with store.open("alice", writable=True) as file:
        assert [problem.line for problem in file.problems] == [file.line_of("q3") + 3]
        assert "incomplete last line" in file.problems[0].message
    assert snapshot.read_bytes() == before
    with store.open("alice", writable=True) as file:
        file.save(quote("q7"))
    with store.open("alice") as file:
        assert "not valid JSON" in file.problems[0].message
        assert file.get("q7") is not None
        assert everything(file) == cold(store)


def test_lines_in_another_layout_are_still_validated_by_bulk_reads_from_a_snapshot(
    store, snapshots_always
):
    edit(store, 1, 3)
    path = store.path_for("alice")
    entry = orjson.loads(path.read_bytes().splitlines()[0])
    entry["item"]["id"] = "q9"
    entry["item"]["confidence"] = 9  # out of range: only the model notices
    reordered = dict(reversed(list(entry.items())))  # not the writer's key order
    with path.open("ab") as handle:
        handle.write(orjson.dumps(reordered) + b"\n")

    def bulk(file: AnnotatorFile) -> tuple:
        records = [record["id"] for record, _ in file.quote_records()]
        return records, [(problem.line, problem.message) for problem in file.problems]

    snapshot_path_for(path).unlink()
    with store.open("alice") as file:
        expected = bulk(file)
    assert "q9" not in expected[0]
    assert any("confidence" in message for _, message in expected[1])
    with store.open("alice") as file:  # from the snapshot the cold open left
        assert bulk(file) == expected


def test_a_problem_found_when_a_record_is_read_is_reported_once_from_a_snapshot(
    store, snapshots_always
):
    edit(store, 1, 3)
    path = store.path_for("alice")
    lines = path.read_bytes().splitlines(keepends=True)
    # The writer's own layout, so the fold passes it; only reading the record finds the fault.
    lines[2] = lines[2].replace(b'"start":', b'"start":-', 1)  # q3, never saved again
    path.write_bytes(b"".join(lines))
    expected = cold(store)
    assert [line for line, _ in expected[1]] == [3]
    with store.open("alice", writable=True) as file:
        file.quotes()  # finds the invalid record
        file.save(quote("q8"))  # so that closing refreshes the snapshot
    with store.open("alice") as file:
        assert everything(file)[1] == expected[1]


def test_the_snapshot_is_written_when_the_file_is_closed_not_while_it_opens(
    store, snapshots_always
):
    edit(store, 1, 3)
    snapshot = snapshot_path_for(store.path_for("alice"))
    snapshot.unlink()
    file = store.open("alice")
    assert not snapshot.exists(), "the open is not kept waiting for the snapshot"
    file.close()
    assert snapshot.exists()


def test_from_snapshot_says_how_the_fold_started_even_after_its_close_leaves_one(
    store, snapshots_always
):
    edit(store, 1, 3)
    snapshot_path_for(store.path_for("alice")).unlink()
    file = store.open("alice")
    file.close()
    assert snapshot_path_for(store.path_for("alice")).exists()
    assert not file.from_snapshot
    with store.open("alice") as file:
        assert file.from_snapshot


def test_a_half_written_snapshot_of_a_killed_process_is_removed_by_the_next_write(
    store, snapshots_always
):
    edit(store, 1, 3)
    target = snapshot_path_for(store.path_for("alice"))
    dead_pid = _a_pid_that_is_not_running()
    killed = target.with_name(f".{target.name}.{dead_pid}.tmp")
    running = target.with_name(f".{target.name}.{os.getppid()}.tmp")
    killed.write_bytes(b"half a snapshot")
    running.write_bytes(b"being written")

    edit(store, 4, 2)

    assert not killed.exists()
    assert running.exists(), "a live process's temporary may be mid-write"
    assert target.exists()
    assert store.annotators() == ["alice"]


def _a_pid_that_is_not_running() -> int:
    child = subprocess.Popen(["true"])  # noqa: S603, S607
    child.wait()
    return child.pid


def test_records_per_line_is_read_from_the_header(store, snapshots_always):
    path = store.path_for("alice")
    assert fold_snapshot.records_per_line(path) is None  # no file, no snapshot
    edit(store, 0, 4)  # four quotes, one saved again, one deleted: six lines, four ids
    assert fold_snapshot.records_per_line(path) == 4 / 6  # the deleted one counts: 3 are live
    snapshot_path_for(path).write_bytes(b"{not json\n")
    assert fold_snapshot.records_per_line(path) is None


@pytest.mark.parametrize(
    "leftover",
    [".alice.jsonl.fold.99999999999999999999.tmp", ".alice.jsonl.fold.²³.tmp"],
    ids=["too-long-for-a-pid", "not-ascii-digits"],
)
def test_a_temporary_not_named_by_a_pid_is_left_and_breaks_nothing(
    store, snapshots_always, leftover
):
    store.root.mkdir(parents=True, exist_ok=True)
    (store.root / leftover).write_bytes(b"half")
    edit(store, 1, 3)  # the close writes a snapshot, tidying temporaries first
    assert (store.root / leftover).exists()
    with store.open("alice", writable=True) as file:  # the lock was released
        assert len(file) == 2


def test_a_temporary_that_may_not_be_deleted_is_left_and_the_close_succeeds(
    store, snapshots_always, monkeypatch
):
    edit(store, 1, 3)
    target = snapshot_path_for(store.path_for("alice"))
    stale = target.with_name(f".{target.name}.{_a_pid_that_is_not_running()}.tmp")
    stale.write_bytes(b"another user's")
    real_unlink = type(stale).unlink

    def refuse(path, *args, **kwargs):
        if path.name.endswith(".tmp") and path != stale.with_name(
            f".{target.name}.{os.getpid()}.tmp"
        ):
            raise PermissionError(1, "Operation not permitted", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(type(stale), "unlink", refuse)
    edit(store, 4, 2)
    assert stale.exists()
    with store.open("alice", writable=True) as file:
        assert len(file) == 3


def test_a_failing_snapshot_write_still_releases_the_lock(store, snapshots_always, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("annotator.store.write_snapshot", broken)
    file = store.open("alice", writable=True)
    file.save(quote("q1"))
    with pytest.raises(RuntimeError):
        file.close()
    monkeypatch.undo()
    with store.open("alice", writable=True) as again:
        assert len(again) == 1
