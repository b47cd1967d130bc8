"""The append-only store: fold, tombstones, undo/redo, lock, torn lines, kills, changed text."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import orjson
import pytest

import annotator.store as store_module
from annotator.anchoring import Anchor, anchor_quote
from annotator.errors import StoreError, StoreLockedError
from annotator.record_codec import ENCODER, BulkQuote
from annotator.records import (
    Deletion,
    Document,
    QuoteAnnotation,
    Status,
    StoreEntry,
    text_sha256,
)
from annotator.store import (
    AnnotationStore,
    compact,
    encode_entry,
    read_live_quotes,
    read_live_records,
)

TEXT = 'The mayor spoke. "We will rebuild," she said. "Every street." 🙂 Later: “好的。”'


def make_quote(quote_id: str, needle: str, annotator: str = "alice", **fields) -> QuoteAnnotation:
    start = TEXT.index(needle)
    return QuoteAnnotation(
        id=quote_id,
        doc_id="city.txt",
        doc_sha256=text_sha256(TEXT),
        start=start,
        end=start + len(needle),
        text=needle,
        annotator=annotator,
        **fields,
    )


def test_fold_keeps_the_latest_version_and_drops_tombstones(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
        file.save(make_quote("q1", '"We will rebuild,"', speaker="the mayor"))
        file.save(make_quote("q3", "“好的。”", status=Status.REJECTED))
        file.delete("q2")
    folded = store.open("alice")
    assert [quote.id for quote in folded.quotes("city.txt")] == ["q1", "q3"]
    assert folded.get("q1").speaker == "the mayor"
    assert folded.get("q2") is None
    assert folded.get("q3").status is Status.REJECTED
    assert len(folded) == 2
    assert folded.doc_ids() == ["city.txt"]
    lines = store.path_for("alice").read_bytes().splitlines()
    assert len(lines) == 5
    assert [orjson.loads(line)["rev"] for line in lines] == [1, 2, 3, 4, 5]


def test_every_line_is_one_json_object_with_a_trailing_newline(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"Every street."'))
    data = store.path_for("alice").read_bytes()
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert orjson.loads(data)["item"]["text"] == '"Every street."'


def test_undo_and_redo_survive_a_restart(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q1", '"We will rebuild,"', speaker="the mayor"))
        file.delete("q1")
        assert file.undo().speaker == "the mayor"
    with store.open("alice", writable=True) as file:
        assert file.get("q1").speaker == "the mayor"
        assert file.undo().speaker is None
        assert file.can_redo
    with store.open("alice", writable=True) as file:
        assert file.redo().speaker == "the mayor"
        assert file.redo().record == "deletion"
        assert file.get("q1") is None and not file.can_redo
        assert file.undo().speaker == "the mayor"
        file.save(make_quote("q2", '"Every street."'))
        assert not file.can_redo, "a new edit clears the redo history"
    with store.open("alice", writable=True) as file:
        assert file.undo().record == "deletion"  # q2 was new: undoing removes it
        assert file.get("q2") is None
        assert file.undo().speaker is None  # back past the earlier undo to the first version
        assert file.undo().record == "deletion"
        assert file.undo() is None


def test_records_of_another_annotator_are_refused(store):
    with store.open("alice", writable=True) as file, pytest.raises(StoreError, match="belongs to"):
        file.save(make_quote("q1", '"Every street."', annotator="bob"))


def test_read_only_handle_cannot_write(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"Every street."'))
    with store.open("alice") as file, pytest.raises(StoreError, match="opened read-only"):
        file.save(make_quote("q2", '"Every street."'))


def test_bad_annotator_names_are_refused(store):
    for name in ("../evil", "a b", "", "x.jsonl"):
        with pytest.raises(StoreError, match="cannot name a file"):
            store.path_for(name)


def test_a_second_writer_is_refused_even_from_another_process(store):
    with store.open("alice", writable=True):
        with pytest.raises(
            StoreLockedError, match=f"already open for writing by process {os.getpid()}"
        ):
            store.open("alice", writable=True)
        code = textwrap.dedent(
            f"""
            import sys
            from annotator.store import AnnotationStore
            from annotator.errors import StoreLockedError
            try:
                AnnotationStore({str(store.root)!r}).open("alice", writable=True)
            except StoreLockedError as error:
                print(error)
                sys.exit(3)
            """
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert result.returncode == 3, result.stderr
        assert "already open for writing" in result.stdout
        assert store.open("alice").quotes() == [], "readers are never blocked"
    with store.open("alice", writable=True):  # released on close
        pass


def test_the_lock_probe_refuses_only_while_a_writer_holds_the_file(store):
    store.refuse_if_locked("alice")  # no file yet
    with store.open("alice", writable=True) as file:
        with pytest.raises(StoreLockedError, match=f"by process {os.getpid()}"):
            store.refuse_if_locked("alice")
        file.save(make_quote("q1", '"Every street."'))
        assert file.count("city.txt") == 1 and file.count("elsewhere.txt") == 0
    store.refuse_if_locked("alice")
    with store.open("alice", writable=True):  # the probe left no lock behind
        pass


def write_three(store: AnnotationStore) -> bytes:
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
        file.save(make_quote("q3", "“好的。”"))
    return store.path_for("alice").read_bytes()


def test_a_torn_last_line_at_any_byte_is_skipped_and_the_next_append_starts_afresh(store):
    full = write_three(store)
    last_start = full.rindex(b"\n", 0, len(full) - 1) + 1
    path = store.path_for("alice")
    for cut in range(last_start + 1, len(full) - 1, 7):
        path.write_bytes(full[:cut])
        with store.open("alice", writable=True) as file:
            assert [problem.line for problem in file.problems] == [3]
            assert "incomplete last line" in file.problems[0].message
            assert {quote.id for quote in file.quotes()} == {"q1", "q2"}
            file.save(make_quote("q4", '"Every street."'))
        reread = store.open("alice")
        assert {quote.id for quote in reread.quotes()} == {"q1", "q2", "q4"}
        assert [problem.line for problem in reread.problems] == [3]


def test_a_broken_line_in_the_middle_is_reported_with_its_line(store):
    full = write_three(store)
    lines = full.splitlines(keepends=True)
    store.path_for("alice").write_bytes(lines[0] + b'{"rev": 2, "item": \n' + lines[2])
    folded = store.open("alice")
    assert {quote.id for quote in folded.quotes()} == {"q1", "q3"}
    assert len(folded.problems) == 1
    assert str(folded.problems[0]).startswith(f"{store.path_for('alice')}:2: not valid JSON")


def test_a_valid_json_line_that_is_not_a_valid_record_is_skipped_with_the_field(store):
    full = write_three(store)
    lines = full.splitlines(keepends=True)
    broken = lines[1].replace(b'"start":', b'"start":-', 1)
    store.path_for("alice").write_bytes(lines[0] + broken + lines[2])
    folded = store.open("alice")
    assert {quote.id for quote in folded.quotes()} == {"q1", "q3"}
    assert "2: invalid record: start:" in str(folded.problems[0])


def test_compact_rewrites_atomically_and_keeps_broken_lines_aside(store):
    full = write_three(store)
    path = store.path_for("alice")
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"', speaker="the mayor"))
        file.delete("q2")
    path.write_bytes(path.read_bytes() + b"garbage\n")
    before, after, broken = compact(path, "alice")
    assert (before, after) == (6, 2)
    assert broken is not None and broken.read_bytes() == b"garbage\n"
    folded = store.open("alice")
    assert [quote.id for quote in folded.quotes()] == ["q1", "q3"]
    assert folded.get("q1").speaker == "the mayor"
    assert folded.problems == []
    assert len(path.read_bytes().splitlines()) == 2
    assert full  # the three originals were written
    with store.open("alice", writable=True), pytest.raises(StoreLockedError):
        compact(path, "alice")


WRITER = textwrap.dedent(
    """
    import sys
    from annotator.records import QuoteAnnotation
    from annotator.store import AnnotationStore
    store = AnnotationStore(sys.argv[1])
    text = sys.argv[2]
    with store.open("alice", writable=True) as file:
        for number in range(100000):
            file.save(QuoteAnnotation(
                id=f"q{number % 50}", doc_id="city.txt", doc_sha256="0" * 64, start=0,
                end=len(text), text=text, annotator="alice", note="n" * (number % 300),
                speaker=f"speaker {number}"))
            print(number, flush=True)
    """
)


def test_a_kill_at_any_moment_loses_nothing_already_acknowledged(store):
    """Kill a real writer many times at varied moments; every acknowledged save survives."""
    acknowledged_total = 0
    for attempt in range(8):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store.root), "Line with “marks” and 🙂"],
            stdout=subprocess.PIPE,
            text=True,
        )
        wanted = 5 + attempt * 7
        acknowledged = []
        for line in process.stdout:
            acknowledged.append(int(line))
            if len(acknowledged) >= wanted:
                break
        time.sleep(0.002 * attempt)  # vary where in the next save the kill lands
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        folded = store.open("alice")
        assert len(folded.problems) <= attempt + 1, "at most one torn line per kill"
        last = acknowledged[-1]
        quote = folded.get(f"q{last % 50}")
        assert quote is not None
        assert int(quote.speaker.split()[1]) >= last, "an acknowledged save was lost"
        acknowledged_total += len(acknowledged)
    with store.open("alice", writable=True) as file:
        file.save(make_quote("final", '"Every street."'))
    assert store.open("alice").get("final") is not None
    assert acknowledged_total > 100


def test_a_quote_moves_with_its_words_when_the_document_changes():
    quote = make_quote(
        "q1", '"Every street."', speaker_spans=[(TEXT.index("she"), TEXT.index("she") + 3)]
    )
    edited = Document(id="city.txt", text="Breaking update. " + TEXT)
    placed = anchor_quote(quote, edited)
    assert placed.anchor is Anchor.REANCHORED
    moved = placed.quote
    assert edited.text[moved.start : moved.end] == '"Every street."'
    assert moved.doc_sha256 == edited.sha256
    start, end = moved.speaker_spans[0]
    assert edited.text[start:end] == "she"
    assert moved.meta["reanchored_from"][0] == quote.start


def test_a_quote_whose_words_vanished_or_repeat_is_stale():
    quote = make_quote("q1", '"Every street."')
    gone = Document(id="city.txt", text=TEXT.replace("Every street", "Each road"))
    assert anchor_quote(quote, gone).anchor is Anchor.STALE
    twice = Document(id="city.txt", text=TEXT + ' Again: "Every street."')
    placed = anchor_quote(quote, twice)
    assert placed.anchor is Anchor.STALE and "more than once" in placed.reason
    same = Document(id="city.txt", text=TEXT)
    assert anchor_quote(quote, same).anchor is Anchor.CURRENT


def test_bulk_records_read_what_get_reads_after_edits_undo_and_redo(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
        file.save(make_quote("q3", "“好的。”"))
        file.save(make_quote("q1", '"We will rebuild,"', speaker="the mayor"))
        file.delete("q2")
        file.undo()
        file.undo()
        file.redo()
    folded = store.open("alice")
    bulk = {item["id"]: (item, number) for item, number in folded.quote_records()}
    expected = {quote.id: quote.model_dump(mode="json") for quote in folded.quotes()}
    assert {quote_id: item for quote_id, (item, _) in bulk.items()} == expected
    assert {quote_id: number for quote_id, (_, number) in bulk.items()} == {
        quote_id: folded.line_of(quote_id) for quote_id in expected
    }


def test_bulk_records_validate_lines_of_other_layouts_and_skip_invalid_ones(store):
    write_three(store)
    path = store.path_for("alice")
    lines = path.read_bytes().splitlines(keepends=True)
    reordered = orjson.loads(lines[0])
    reordered["item"] = dict(reversed(list(reordered["item"].items())))
    invalid = orjson.loads(lines[1])
    invalid["item"]["end"] = 10_000
    invalid["item"] = dict(reversed(list(invalid["item"].items())))
    path.write_bytes(orjson.dumps(reordered) + b"\n" + orjson.dumps(invalid) + b"\n" + lines[2])
    folded = store.open("alice")
    assert sorted(item["id"] for item, _ in folded.quote_records()) == ["q1", "q3"]
    assert "2: invalid record: text:" in str(folded.problems[0])


def test_save_many_writes_what_save_would_and_keeps_undo(store):
    quotes = [make_quote("q1", '"We will rebuild,"'), make_quote("q2", '"Every street."')]
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q0", "“好的。”"))
        assert file.save_many([quote.model_dump(mode="json") for quote in quotes]) == 2
        assert file.get("q2") == quotes[1]
        assert file.undo().record == "deletion"
        assert file.get("q2") is None and file.get("q1") == quotes[0]
    lines = store.path_for("alice").read_bytes().splitlines()
    for rev, (line, quote) in enumerate(zip(lines[1:3], quotes, strict=True), start=2):
        assert line == encode_entry(StoreEntry(rev=rev, item=quote)).rstrip(b"\n")
    reread = store.open("alice")
    assert [quote.id for quote in reread.quotes()] == ["q1", "q0"]


def test_save_many_refuses_another_annotators_records(store):
    record = make_quote("q1", '"Every street."', annotator="bob").model_dump(mode="json")
    with store.open("alice", writable=True) as file, pytest.raises(StoreError, match="belongs"):
        file.save_many([record])


def test_save_many_with_one_quote_twice_keeps_the_later_and_undoes_in_order(store):
    first, second = make_quote("q1", '"We will rebuild,"'), make_quote("q1", '"Every street."')
    with store.open("alice", writable=True) as file:
        file.save_many([first.model_dump(mode="json"), second.model_dump(mode="json")])
        assert file.get("q1") == second and len(file) == 1
        file.undo()
        assert file.get("q1") == first
        file.undo()
        assert file.get("q1") is None
    with store.open("alice") as reread:
        assert [item["text"] for item, _ in reread.quote_records()] == []


def test_quote_records_see_lines_saved_after_opening(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        assert [item["id"] for item, _ in file.quote_records()] == ["q1"]
        file.save_many([make_quote("q2", '"Every street."').model_dump(mode="json")])
        found = list(file.quote_records())
    assert [(item["id"], line) for item, line in found] == [("q1", 1), ("q2", 2)]


def test_save_many_in_several_batches_reads_back_whole(store, monkeypatch):
    monkeypatch.setattr(store_module, "_BATCH", 2)
    needles = ['"We will rebuild,"', '"Every street."', "The mayor", "she said", "Later"]
    quotes = [make_quote(f"q{n}", needle) for n, needle in enumerate(needles)]
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q0", "“好的。”"))
        file.save_many([quote.model_dump(mode="json") for quote in quotes])
        assert [file.get(quote.id) for quote in quotes] == quotes
    lines = store.path_for("alice").read_bytes().splitlines()
    assert [orjson.loads(line)["rev"] for line in lines] == [1, 2, 3, 4, 5, 6]
    with store.open("alice") as reread:
        assert sorted(item["id"] for item, _ in reread.quote_records()) == [
            quote.id for quote in quotes
        ]


def test_save_many_writes_a_meta_that_looks_like_a_line_boundary_as_save_would(store):
    """A meta holding a list of {"rev": ...} objects puts the bytes that separate two entries
    inside a record: the batch must still be cut into the right lines."""
    tricky = make_quote("q1", '"We will rebuild,"', meta={"steps": [{"a": 1}, {"rev": 2}]})
    plain = make_quote("q2", '"Every street."', meta={"rev": [{"rev": 3}]})
    with store.open("alice", writable=True) as file:
        file.save_many([tricky.model_dump(mode="json"), plain.model_dump(mode="json")])
        assert file.line_of("q2") == 2
    lines = store.path_for("alice").read_bytes().splitlines(keepends=True)
    assert lines == [
        encode_entry(StoreEntry(rev=1, item=tricky)),
        encode_entry(StoreEntry(rev=2, item=plain)),
    ]
    with store.open("alice") as reread:
        assert [reread.get("q1"), reread.get("q2")] == [tricky, plain]
        assert [item["meta"] for item, _ in reread.quote_records()] == [tricky.meta, plain.meta]


def test_save_many_of_one_record_after_a_torn_line_starts_a_new_line(store):
    quote = make_quote("q1", "she said")
    store.root.mkdir(parents=True, exist_ok=True)
    store.path_for("alice").write_bytes(b'{"rev":1,"change":"edit","item":{"rec')
    with store.open("alice", writable=True) as file:
        file.save_many([quote.model_dump(mode="json")])
    lines = store.path_for("alice").read_bytes().split(b"\n")
    assert lines[1:] == [encode_entry(StoreEntry(rev=1, item=quote)).rstrip(b"\n"), b""]
    with store.open("alice") as reread:
        assert reread.get("q1") == quote and reread.line_of("q1") == 2


def test_save_many_flushes_earlier_batches_while_writing_and_reports_their_failure(
    store, monkeypatch
):
    monkeypatch.setattr(store_module, "_BATCH", 2)
    needles = ['"We will rebuild,"', '"Every street."', "The mayor", "she said", "Later"]
    quotes = [
        make_quote(f"q{n}", needle).model_dump(mode="json") for n, needle in enumerate(needles)
    ]
    flushed = []
    real_fdatasync = os.fdatasync

    def counting_fdatasync(fd):
        flushed.append(fd)
        real_fdatasync(fd)

    monkeypatch.setattr(os, "fdatasync", counting_fdatasync)
    with store.open("alice", writable=True) as file:
        file.save_many(quotes[:3])
    assert flushed  # the first batch went to disk while the second was written

    def failing_fdatasync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fdatasync", failing_fdatasync)
    with store.open("alice", writable=True) as file, pytest.raises(OSError, match="Input/output"):
        file.save_many(quotes[2:])


def test_quote_records_skip_a_line_cut_short_inside_and_report_it(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
    path = store.path_for("alice")
    whole = encode_entry(StoreEntry(rev=2, item=make_quote("q2", '"Every street."')))
    path.open("ab").write(whole[:150])  # the writer's head, then nothing: a torn save
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q3", "she said"))  # starts a new line after the torn one
    with store.open("alice") as folded:
        assert [item["id"] for item, _ in folded.quote_records()] == ["q1", "q3"]
        assert [problem.line for problem in folded.problems] == [2]


def test_read_live_quotes_is_the_fold_for_a_file_the_writer_wrote(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
        file.save(make_quote("q1", '"We will rebuild,"', note="checked"))
        file.delete("q2")
        file.undo()  # q2 lives again, on a later line
        file.save_many([make_quote("q3", "she said").model_dump(mode="json")])
        file.delete("q3")
    path = store.path_for("alice")
    digest = hashlib.sha256()
    fast = read_live_quotes(path, digest)
    with store.open("alice") as folded:
        assert _as_dicts(fast) == list(folded.quote_records()) and folded.problems == []
    assert [(item.id, line) for item, line in fast] == [("q1", 3), ("q2", 5)]
    assert digest.hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()


def _as_dicts(pairs: list[tuple[BulkQuote, int]]) -> list[tuple[dict, int]]:
    """``read_live_quotes``'s pairs with each struct as its JSON dict, as the fold gives it."""
    return [(orjson.loads(ENCODER.encode(record)), line) for record, line in pairs]


def test_read_live_records_of_a_file_where_every_id_stands_once(store):
    with store.open("alice", writable=True) as file:
        file.save_many(
            [
                make_quote("q1", '"We will rebuild,"').model_dump(mode="json"),
                make_quote("q2", '"Every street."').model_dump(mode="json"),
            ]
        )
    path = store.path_for("alice")
    with store.open("alice") as folded:
        assert _as_dicts(read_live_quotes(path)) == list(folded.quote_records())
    records, lines = read_live_records(path)
    assert [record.id for record in records] == ["q1", "q2"] and lines == [1, 2]
    # A tombstone of its own id (its quote saved nowhere in the file): still not a live quote.
    tombstone = Deletion(id="q0", doc_id="city.txt", annotator="alice")
    with path.open("ab") as handle:
        handle.write(encode_entry(StoreEntry(rev=3, item=tombstone)))
    records, lines = read_live_records(path)
    assert [record.id for record in records] == ["q1", "q2"] and lines == [1, 2]
    with store.open("alice") as folded:
        assert _as_dicts(list(zip(records, lines, strict=True))) == list(folded.quote_records())


def _old_tombstone(item: dict) -> dict:
    tombstone = Deletion(id=item["id"], doc_id=item["doc_id"], annotator=item["annotator"])
    return {**tombstone.model_dump(mode="json"), "schema_version": 0}


@pytest.mark.parametrize(
    "breakage",
    [
        lambda entry: {**entry, "change": ["edit"]},  # a value that cannot be hashed
        lambda entry: {**entry, "item": {**entry["item"], "schema_version": 0}},  # older schema
        lambda entry: {**entry, "item": [entry["item"]]},  # not a record at all
        lambda entry: {**entry, "item": {**entry["item"], "record": "deletion"}},  # mislabeled
        lambda entry: list(entry),  # the keys alone, in a list
        lambda entry: {**entry, "item": list(entry["item"])},  # a record's keys, in a list
        lambda entry: {**entry, "item": _old_tombstone(entry["item"])},  # beside quotes
        lambda entry: {**entry, "item": {**entry["item"], "start": -1}},  # a value out of range
        lambda entry: {**entry, "item": {**entry["item"], "cue_spans": [[1]]}},  # half a span
        lambda entry: {**entry, "item": {**entry["item"], "note": 5}},  # a value of another type
    ],
)
def test_read_live_quotes_leaves_any_other_file_to_the_fold(store, breakage):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
    path = store.path_for("alice")
    first, second = path.read_bytes().splitlines()
    path.write_bytes(first + b"\n" + orjson.dumps(breakage(orjson.loads(second))) + b"\n")
    assert read_live_quotes(path) is None
    path.write_bytes(first + b"\n" + second)  # a last line without its newline: torn
    assert read_live_quotes(path) is None


@pytest.mark.parametrize("field", ["speaker", "source", "note"])
def test_a_line_edited_in_another_encoding_is_left_to_the_fold_which_reports_it(store, field):
    # A name typed into one line by an editor that saves Latin-1: the bulk readers must not
    # crash on it, and the fold reports it.
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", "“好的。”", **{field: "José Ortiz"}))
    path = store.path_for("alice")
    first, second = path.read_bytes().splitlines()
    character = "é"  # in that field alone
    spoiled = second.replace(character.encode(), character.encode("utf-8")[:1])
    path.write_bytes(first + b"\n" + spoiled + b"\n")
    assert read_live_quotes(path) is None
    with store.open("alice") as folded:
        assert folded.bulk_records() is None
        assert [record["id"] for record, _ in folded.quote_records()] == ["q1"]
        assert [problem.line for problem in folded.problems] == [2]


@pytest.mark.parametrize(
    "reshape",
    [
        lambda first, second: first + b"\n\n" + second + b"\n",  # a blank line between
        lambda first, second: first + b"\n  \n" + second + b"\n",  # a line of spaces
        lambda first, second: first + b" " + second + b"\n",  # two records on one line
        lambda first, second: first + b"\n" + second + b"\n\n",  # a blank last line
    ],
)
def test_read_live_quotes_leaves_lines_the_writer_never_breaks_so_to_the_fold(store, reshape):
    # Whitespace parts JSON values as well as a newline does: the line numbers would be wrong.
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
    path = store.path_for("alice")
    path.write_bytes(reshape(*path.read_bytes().splitlines()))
    assert read_live_quotes(path) is None


def test_read_live_quotes_reads_keys_in_another_order_as_the_fold_does(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."', speaker_spans=[(0, 3)]))
    path = store.path_for("alice")
    first, second = path.read_bytes().splitlines()
    entry = orjson.loads(second)
    entry["item"] = dict(reversed(list(entry["item"].items())))
    path.write_bytes(first + b"\n" + orjson.dumps(dict(reversed(list(entry.items())))) + b"\n")
    fast = read_live_quotes(path)
    with store.open("alice") as folded:
        assert _as_dicts(fast) == list(folded.quote_records()) and folded.problems == []
    assert [(record.id, bytes(record.speaker_spans), line) for record, line in fast] == [
        ("q1", b"[]", 1),
        ("q2", b"[[0,3]]", 2),
    ]


@pytest.mark.parametrize(
    ("chunk", "block"), [(1, 1), (7, 50), (100, 1000), (1000, 50), (4000, 900)]
)
def test_read_live_quotes_across_chunk_boundaries(store, monkeypatch, chunk, block):
    # Reads end anywhere: inside a line, on its newline, inside a multi-byte character; and
    # each read is decoded a block of lines at a time (a line longer than the block alone).
    monkeypatch.setattr(store_module, "_CHUNK", chunk)
    monkeypatch.setattr(store_module, "_DECODE_BLOCK", block)
    with store.open("alice", writable=True) as file:
        for number, needle in enumerate(['"We will rebuild,"', "🙂", "好的", "she said"]):
            file.save(make_quote(f"q{number}", needle))
        file.save(make_quote("q1", "🙂", note="checked"))
    path = store.path_for("alice")
    digest = hashlib.sha256()
    fast = read_live_quotes(path, digest)
    assert [(record.id, line) for record, line in fast] == [
        ("q0", 1),
        ("q2", 3),
        ("q3", 4),
        ("q1", 5),
    ]
    assert digest.hexdigest() == hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_bytes(path.read_bytes() + b'{"rev":6')  # torn, in whichever chunk
    assert read_live_quotes(path) is None


def test_save_many_keeps_only_the_undo_depth(store, monkeypatch):
    monkeypatch.setattr(store_module, "UNDO_DEPTH", 2)
    needles = ['"We will rebuild,"', '"Every street."', "she said"]
    quotes = [make_quote(f"q{n}", needle) for n, needle in enumerate(needles)]
    with store.open("alice", writable=True) as file:
        file.save_many([quote.model_dump(mode="json") for quote in quotes])
        assert file.undo().id == "q2" and file.undo().id == "q1"
        assert file.undo() is None  # the first save is past the depth
        assert [quote.id for quote in file.quotes()] == ["q0"]


def test_the_folded_sha256_covers_the_bytes_folded_not_those_written_since(store):
    path = store.path_for("alice")
    with store.open("alice", writable=True) as file:  # a writer covers what it appended
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q1", '"We will rebuild,"', note="again"))
        assert file.folded_sha256() == hashlib.sha256(path.read_bytes()).hexdigest()
    folded_bytes = path.read_bytes()
    with store.open("alice") as reader:
        with store.open("alice", writable=True) as writer:  # readers take no lock
            writer.save(make_quote("q2", '"Every street."'))
        assert reader.folded_sha256() == hashlib.sha256(folded_bytes).hexdigest()
        compact(path, "alice")  # the file is replaced: the fold's descriptor still reads its own
        assert path.read_bytes() != folded_bytes
        assert reader.folded_sha256() == hashlib.sha256(folded_bytes).hexdigest()


def test_bulk_records_is_quote_records_as_structs(store):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
        file.save(make_quote("q1", '"We will rebuild,"', note="checked"))
        file.delete("q2")
        file.undo()
        file.save(make_quote("q3", "🙂"))
        file.delete("q3")
    with store.open("alice") as folded:
        records, lines = folded.bulk_records()
        assert [(record.id, line) for record, line in zip(records, lines, strict=True)] == [
            ("q1", 3),
            ("q2", 5),
        ]
        assert _as_dicts(list(zip(records, lines, strict=True))) == list(folded.quote_records())


@pytest.mark.parametrize(
    "breakage",
    [
        lambda item: {**item, "confidence": 7},  # the writer's layout, a value it never writes
        lambda item: dict(reversed(list(item.items()))),  # another layout: the model reads it
    ],
)
def test_bulk_records_leaves_a_line_it_cannot_vouch_for_to_quote_records(store, breakage):
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."'))
    path = store.path_for("alice")
    first, second = path.read_bytes().splitlines()
    entry = orjson.loads(second)
    entry["item"] = breakage(entry["item"])
    path.write_bytes(first + b"\n" + orjson.dumps(entry) + b"\n")
    with store.open("alice") as folded:
        assert folded.bulk_records() is None


def test_read_live_quotes_stopped_early_leaves_no_reading_thread(store, monkeypatch):
    monkeypatch.setattr(store_module, "_CHUNK", 64)  # many chunks, read ahead by the thread
    with store.open("alice", writable=True) as file:
        for number in range(20):
            file.save(make_quote(f"q{number}", "she said"))
    path = store.path_for("alice")
    path.write_bytes(b"not a record\n" + path.read_bytes())  # refused at the first chunk
    assert read_live_quotes(path) is None
    assert [thread for thread in threading.enumerate() if thread.name == "store-read"] == []


def test_a_first_imports_handle_answers_as_a_fold_of_its_file_would(store, monkeypatch):
    """The fold a first import leaves stays columns until a record is asked for; then the
    handle answers, saves and undoes as one that folded the file."""
    monkeypatch.setattr(store_module, "UNDO_DEPTH", 2)
    needles = ['"We will rebuild,"', '"Every street."', "she said"]
    quotes = [make_quote(f"q{n}", needle) for n, needle in enumerate(needles)]
    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            writer.add([quote.model_dump(mode="json") for quote in quotes])
            assert writer.commit() == 3
        assert file._latest_lines is None  # no dict of the lines made for the import
        assert len(file) == 3 and file.line_of("q1") == 2 and file.get("q2") == quotes[2]
        edited = make_quote("q1", '"Every street."', speaker="the mayor")
        file.save(edited)
        assert [quote.id for quote in file.quotes("city.txt")] == ["q0", "q2", "q1"]
        assert file.undo().id == "q1" and file.get("q1") == quotes[1]
        assert file.undo().id == "q2" and file.get("q2") is None
        assert file.undo() is None  # the depth: q0 and q1's first saves are past it
    with store.open("alice") as reread:
        assert sorted(quote.id for quote in reread.quotes()) == ["q0", "q1"]
        assert reread.line_of("q1") == 5  # where the undo wrote its first version again


def test_a_first_import_of_one_quote_twice_keeps_the_later(store):
    first, second = make_quote("q1", '"We will rebuild,"'), make_quote("q1", '"Every street."')
    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            writer.add([first.model_dump(mode="json"), second.model_dump(mode="json")])
            writer.commit()
        assert file.get("q1") == second and len(file) == 1 and file.line_of("q1") == 2
        with store.open("alice") as reread:
            assert reread.quotes() == [second]
        assert file.undo().id == "q1" and file.get("q1") == first


def test_a_first_import_whose_flush_fails_leaves_the_store_as_it_was(store, monkeypatch):
    """A background flush that meets a disk error fails the commit, which then removes what
    the import wrote: no temporary, no empty file, no snapshot, and a handle holding nothing."""
    monkeypatch.setattr(store_module, "_BATCH", 2)  # flushes start while records are added
    monkeypatch.setattr(store_module.fold_snapshot, "MIN_LINES", 1)  # the import leaves one
    quotes = [make_quote(f"q{n}", '"Every street."', note=str(n)) for n in range(5)]

    def failing_fdatasync(fd):
        raise OSError(errno.EIO, "Input/output error")

    real_fdatasync = os.fdatasync

    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            monkeypatch.setattr(os, "fdatasync", failing_fdatasync)
            writer.add([quote.model_dump(mode="json") for quote in quotes])
            with pytest.raises(OSError, match="Input/output"):
                writer.commit()
        monkeypatch.setattr(os, "fdatasync", real_fdatasync)
        assert len(file) == 0 and file.is_empty and file.get("q1") is None
        assert not file.can_undo
        assert sorted(path.name for path in store.root.iterdir()) == ["alice.jsonl.lock"]
        file.save(quotes[0])  # the handle writes on: the file is created again
    assert orjson.loads(store.path_for("alice").read_bytes())["rev"] == 1
    with store.open("alice") as reread:
        assert reread.quotes() == [quotes[0]]


def test_a_first_import_that_fails_after_its_rename_leaves_a_handle_on_the_new_file(
    store, monkeypatch
):
    """The import is in place once the rename is done, whatever fails after it (the folder's
    fsync, a Ctrl-C): the handle holds the imported records and writes to the new file."""
    quotes = [make_quote(f"q{n}", '"Every street."', note=str(n)) for n in range(3)]
    real_replace = os.replace

    def replaced_then_interrupted(source, target):
        real_replace(source, target)
        raise KeyboardInterrupt

    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            writer.add([quote.model_dump(mode="json") for quote in quotes])
            monkeypatch.setattr(os, "replace", replaced_then_interrupted)
            with pytest.raises(KeyboardInterrupt):
                writer.commit()
        monkeypatch.setattr(os, "replace", real_replace)
        assert len(file) == 3 and file.get("q1") == quotes[1]
        file.save(make_quote("q3", "she said"))
    with store.open("alice") as reread:
        assert sorted(quote.id for quote in reread.quotes()) == ["q0", "q1", "q2", "q3"]
    with store.open("bo", writable=True) as file:
        with file.first_import() as writer:
            writer.add([make_quote("q0", "she said", annotator="bo").model_dump(mode="json")])
            monkeypatch.setattr(store_module, "_fsync_folder", failing_fsync_folder)
            with pytest.raises(OSError, match="Input/output"):
                writer.commit()
        file.save(make_quote("q1", "she said", annotator="bo"))
    with store.open("bo") as reread:
        assert sorted(quote.id for quote in reread.quotes()) == ["q0", "q1"]


def failing_fsync_folder(folder):
    raise OSError(errno.EIO, "Input/output error")


def test_a_save_while_a_first_import_is_open_is_refused(store):
    """The import's temporary will replace the file: a line saved meanwhile would be lost."""
    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            writer.add([make_quote("q0", "she said").model_dump(mode="json")])
            with pytest.raises(StoreError, match="a first import into this file is under way"):
                file.save(make_quote("q1", '"Every street."'))
            writer.commit()
        file.save(make_quote("q1", '"Every street."'))
        assert len(file) == 2


def test_a_save_after_a_failed_first_import_is_kept(store):
    """The failed import removed the empty file this handle created; a save must not go to
    the removed file's descriptor, where it would be lost."""
    quote = make_quote("q1", '"We will rebuild,"')
    with store.open("alice", writable=True) as file:
        with file.first_import() as writer:
            writer.add([quote.model_dump(mode="json")])  # then left without a commit
        assert not store.path_for("alice").exists()
        file.save(quote)
        assert file.get("q1") == quote
    with store.open("alice") as reread:
        assert reread.quotes() == [quote]


def test_a_flush_asked_for_while_one_runs_follows_it(tmp_path, monkeypatch):
    """What is written while a flush runs may not be in it: it gets a flush of its own."""
    running, release = threading.Event(), threading.Event()
    flushed = []

    def slow_fdatasync(fd):
        flushed.append(fd)
        running.set()
        assert release.wait(10)

    monkeypatch.setattr(os, "fdatasync", slow_fdatasync)
    fd = os.open(tmp_path / "data", os.O_WRONLY | os.O_CREAT)
    try:
        flusher = store_module._Flusher(fd)
        flusher.start()
        assert running.wait(10)
        flusher.start()  # while the first runs
        flusher.start()  # asked twice meanwhile: one flush covers both
        release.set()
        flusher.wait()
        assert len(flushed) == 2
        flusher.raise_error()
    finally:
        os.close(fd)


def test_a_copy_in_blocks_lands_at_its_offset_and_starts_each_blocks_writeback(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(store_module, "_CHUNK", 5)
    advised = []
    monkeypatch.setattr(os, "posix_fadvise", lambda *args: advised.append(args))
    source, target = tmp_path / "source", tmp_path / "target"
    source.write_bytes(b"0123456789abcdefghijklm")  # 23 bytes: four blocks and a short one
    target.write_bytes(b"head:")
    with source.open("rb") as reading, target.open("r+b") as writing:
        writing.seek(2)
        store_module._copy_all(reading.fileno(), writing.fileno(), 23, 7)
        assert (reading.tell(), writing.tell()) == (0, 2)  # neither position moved
        fd = writing.fileno()
    assert target.read_bytes() == b"head:\0\x000123456789abcdefghijklm"
    assert [(at, size) for _, at, size, _ in advised] == [
        (7, 5),
        (12, 5),
        (17, 5),
        (22, 5),
        (27, 3),
    ]
    assert {advice for _, _, _, advice in advised} == {os.POSIX_FADV_DONTNEED}
    assert {descriptor for descriptor, _, _, _ in advised} == {fd}


def test_latest_doc_id_is_the_document_of_the_last_line_written(store, monkeypatch):
    """What annotate resumes from: it must hold after undo, a deletion, and a reopen from the
    fold snapshot (whose line numbers it compares)."""
    monkeypatch.setattr(store_module.fold_snapshot, "MIN_LINES", 1)  # every close leaves one
    with store.open("alice", writable=True) as file:
        assert file.latest_doc_id() is None
        file.save(make_quote("q1", '"We will rebuild,"'))
        file.save(make_quote("q2", '"Every street."').revised(doc_id="other.txt"))
        assert file.latest_doc_id() == "other.txt"
        file.save(make_quote("q1", '"We will rebuild,"', speaker="the mayor"))
        assert file.latest_doc_id() == "city.txt"
        file.undo()  # writes q1 back as it was: still the last line, in city.txt
        assert file.latest_doc_id() == "city.txt"
        file.delete("q2")
        assert file.latest_doc_id() == "other.txt"
    reopened = store.open("alice")
    assert reopened.from_snapshot
    assert reopened.latest_doc_id() == "other.txt"
    reopened.close()
    with store.open("alice", writable=True) as file:
        file.save(make_quote("q3", "“好的。”"))
    with store.open("alice") as file:
        assert file.latest_doc_id() == "city.txt"


def test_an_annotator_file_that_cannot_be_opened_releases_the_lock(store):
    """A folder where the annotator file should be failed the open after the lock was taken,
    and kept it: the same process was then refused as if another one held the file."""
    store.root.mkdir(parents=True)
    store.path_for("ana").mkdir()
    for _ in range(2):
        with pytest.raises(IsADirectoryError):
            store.open("ana", writable=True)
    store.refuse_if_locked("ana")  # nobody holds it


def test_a_lock_file_removed_by_its_holder_is_taken_again_at_its_path(store, monkeypatch):
    """A failed first import removes its lock file while holding it. A writer that opened that
    file just before and locks it once released must not trust a lock on a removed file: it
    takes the lock again on the file at the path, where the next writer looks."""
    store.root.mkdir(parents=True)
    lock_path = store_module.lock_path_for(store.path_for("ana"))
    lock_path.write_text("")
    real_lock = store_module._lock_or_refuse
    calls = []

    def removed_before_locking(fd, path):
        if not calls:
            lock_path.unlink()  # the holder before let it go and removed it
        calls.append(fd)
        real_lock(fd, path)

    monkeypatch.setattr(store_module, "_lock_or_refuse", removed_before_locking)
    with store.open("ana", writable=True):
        monkeypatch.setattr(store_module, "_lock_or_refuse", real_lock)
        assert len(calls) == 2 and lock_path.exists()
        with pytest.raises(StoreLockedError):
            store.refuse_if_locked("ana")
