"""The fast ways of an import give exactly what the careful way gives.

quotes-jsonl lines decoded by msgspec into ``ImportedQuote`` structs, a first import written
while it reads, and a large first import read in two processes: each must leave the same records,
the same problems and the same bytes in the store as the plain one-line-at-a-time path.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import msgspec
import orjson
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from annotator import exporting
from annotator.errors import StoreError, StoreLockedError, UserError
from annotator.exporting import import_file, plan_import, record_of
from annotator.formats import get_format, quotes_jsonl
from annotator.formats.quotes_jsonl import ImportedQuote
from annotator.record_codec import ENCODER, StoredLine, StoredQuote
from annotator.records import QuoteAnnotation, StoreEntry
from annotator.store import encode_entry
from tests.unit.test_import import _BULK_TEXT, _document_quotes, write_jsonl
from tests.unit.test_import import _full_quote as export_line

QUOTES = get_format("quotes-jsonl")
NOW = datetime(2026, 3, 4, 5, 6, 7, 8000, tzinfo=UTC)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    """Every import of a test at the same time, so that two imports can be compared byte for
    byte."""
    monkeypatch.setattr(exporting, "utc_now", lambda: NOW)


def careful_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send every quotes-jsonl line the careful (orjson) way."""
    # A decoder of numbers refuses every line, which then goes the careful way.
    monkeypatch.setattr(quotes_jsonl, "_LINE_DECODER", msgspec.json.Decoder(int))


def test_imported_quote_has_the_stored_quotes_fields_in_order():
    assert ImportedQuote.__struct_fields__ == (*StoredQuote.__struct_fields__, "score")
    assert ImportedQuote.__struct_config__.tag_field == StoredQuote.__struct_config__.tag_field
    assert ImportedQuote.__struct_config__.tag == StoredQuote.__struct_config__.tag


@st.composite
def quote_objects(draw) -> list[dict]:
    """Quote objects of one document, odd values and all; in half the documents without what
    sends a line the careful way anyway (a score, an empty id or name, a null where the decoder
    wants a value), so that the decoded path is taken often."""
    quotes = draw(_document_quotes())
    if draw(st.booleans()):
        for quote in quotes:
            quote.pop("score", None)
            for key in ("id", "annotator"):
                if quote.get(key) == "":
                    del quote[key]
            for key in ("type", "confidence", "status", "origin", "note", "text"):
                if quote.get(key, "") is None:  # a null where the decoder takes only a value
                    del quote[key]
    return quotes


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(fields=quote_objects(), keep_annotators=st.booleans(), line_meta=st.booleans())
def test_decoded_lines_plan_as_the_careful_path_plans_them(
    tmp_path_factory, fields, keep_annotators, line_meta
):
    """The same records (in order, key for key) and the same problems, word for word."""
    line = {"id": "d", "text": _BULK_TEXT, "quotes": fields}
    if line_meta:
        line["meta"] = {"title": "Rates"}
    path = write_jsonl(tmp_path_factory.mktemp("plan") / "in.jsonl", [line, line | {"id": "e"}])

    def planned() -> tuple | str:
        try:
            plan = plan_import(QUOTES, path, annotator="cy", keep_annotators=keep_annotators)
        except UserError as error:
            return str(error)
        decoded = any(isinstance(record, ImportedQuote) for record in plan.records)
        return (
            [str(problem) for problem in plan.problems],
            plan.quotes,
            [list(record) for record, _ in plan.quotes],
            [document.meta for document in plan.documents],
        ), decoded

    fast = planned()
    with pytest.MonkeyPatch.context() as patch:
        careful_only(patch)
        careful = planned()
    event("decoded" if isinstance(fast, tuple) and fast[1] else "careful")
    if isinstance(careful, tuple):
        assert isinstance(fast, tuple) and not careful[1]
        assert fast[0] == careful[0]
    else:
        assert fast == careful


def test_an_exported_line_is_decoded_and_finished_in_place(tmp_path):
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q1", start, end)]}],
    )
    plan = plan_import(QUOTES, path, annotator="cy")
    [record] = plan.records
    assert isinstance(record, ImportedQuote)
    plain = record_of(record)
    assert (plain["doc_id"], plain["annotator"], plain["created"]) == ("d", "cy", NOW_JSON)
    assert plain["meta"] == {
        "imported_from": {
            "format": "quotes-jsonl",
            "file": str(path),
            "line": 1,
            "annotator": "lena",
        }
    }
    # Encoded as it stands, it is the line the store writer writes for its model.
    model = QuoteAnnotation.model_validate(record_of(record))
    entry = StoreEntry(rev=7, item=model)
    assert ENCODER.encode(StoredLine(7, "edit", record)) + b"\n" == encode_entry(entry)


NOW_JSON = "2026-03-04T05:06:07.008000Z"


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ({"annotator": "zoe"}, "a line naming an annotator"),
        ({"id": 7}, "a number for an id"),
        ({"meta": "not a dict"}, "a meta that is no object"),
    ],
)
def test_unusual_lines_take_the_careful_path_and_import_the_same(tmp_path, monkeypatch, line, why):
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    quotes = [export_line("q1", start, end), export_line("q2", 0, 4, annotator=None)]
    path = write_jsonl(
        tmp_path / "in.jsonl", [{"id": "d", "text": _BULK_TEXT, "quotes": quotes} | line]
    )
    fast = plan_import(QUOTES, path, annotator="cy")
    assert not any(isinstance(record, ImportedQuote) for record in fast.records), why
    careful_only(monkeypatch)
    assert fast.quotes == plan_import(QUOTES, path, annotator="cy").quotes


def test_a_number_orjson_cannot_read_in_a_meta_fails_the_line_as_before(tmp_path):
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    raw = orjson.dumps({"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q", start, end)]})
    raw = raw.replace(b'"origin":"manual"', b'"origin":"manual","meta":{"x":1e400}')
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw + b"\n")
    plan = plan_import(QUOTES, path, annotator="cy")
    assert [problem.line for problem in plan.problems] == [1]
    assert "not valid JSON" in str(plan.problems[0])


@pytest.mark.parametrize("field", ["text", "speaker", "note"])
def test_a_line_that_is_not_utf8_is_reported_and_skipped_as_before(tmp_path, store, field):
    # A byte another encoding wrote, in a field the fast path decodes: the careful path words
    # the problem, the import refuses, and --skip-bad imports the other lines.
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    good = {"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q", start, end)]}
    spoiled = {"id": "e", "text": _BULK_TEXT, "quotes": [export_line("r", start, end)]}
    spoiled["quotes"][0]["note"] = "José"
    spoiled["quotes"][0]["speaker"] = "José"
    raw = orjson.dumps(spoiled)
    value = orjson.dumps(spoiled["text"] if field == "text" else "José")
    latin = value.replace("é".encode(), b"\xe9") if field != "text" else value[:-1] + b'\xff"'
    raw = raw.replace(b'"' + field.encode() + b'":' + value, b'"' + field.encode() + b'":' + latin)
    path = tmp_path / "in.jsonl"
    path.write_bytes(orjson.dumps(good) + b"\n" + raw + b"\n")
    with pytest.raises(UserError, match=r"in\.jsonl:2: not UTF-8 \(byte 0x(e9|ff) at column \d+\)"):
        import_file(QUOTES, path, store, "cy")
    report = import_file(QUOTES, path, store, "cy", skip_bad=True)
    assert report.imported == 1 and [problem.line for problem in report.problems] == [2]


def test_a_quote_with_its_own_meta_keeps_it_beside_the_provenance(tmp_path):
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    quotes = [export_line("q1", start, end, meta={"k": [1, 2]}), export_line("q2", 0, 4)]
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "d", "text": _BULK_TEXT, "quotes": quotes}])
    records = [record for record, _ in plan_import(QUOTES, path, annotator="cy").quotes]
    assert [list(record["meta"]) for record in records] == [
        ["k", "imported_from"],
        ["imported_from"],
    ]
    assert records[0]["meta"]["k"] == [1, 2]


# -- a first import, written while it reads ---------------------------------------------------


def big_file(tmp_path: Path, documents: int = 12, **changes_of) -> Path:
    """A quotes-jsonl file of ``documents`` documents, three exported quotes each;
    ``changes_of[doc_id]`` changes the first quote of that document."""
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    lines = []
    for number in range(documents):
        doc_id = f"doc-{number:02d}"
        quotes = [
            export_line(f"{doc_id}-a", start, end) | changes_of.get(doc_id, {}),
            export_line(f"{doc_id}-b", 0, 4),
            export_line(f"{doc_id}-c", 17, 22, meta={"n": number}),
        ]
        lines.append({"id": doc_id, "text": _BULK_TEXT, "quotes": quotes})
    return write_jsonl(tmp_path / "in.jsonl", lines)


def imported_bytes(path: Path, store_root: Path, **options) -> bytes:
    """The annotator file an import of ``path`` into a new store leaves."""
    store = exporting.AnnotationStore(store_root)
    import_file(QUOTES, path, store, "cy", **options)
    return store.path_for("cy").read_bytes()


def test_a_first_import_leaves_what_appending_to_a_stored_file_leaves(tmp_path, monkeypatch):
    path = big_file(tmp_path)
    first = imported_bytes(path, tmp_path / "first")
    # Into a store that already holds a line, the records are appended after it instead.
    store = exporting.AnnotationStore(tmp_path / "appended")
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": "o", "text": "One.", "quotes": []}])
    import_file(QUOTES, other, store, "cy")
    with store.open("cy", writable=True) as file:
        file.save(
            QuoteAnnotation.model_validate(
                {
                    "id": "z",
                    "doc_id": "o",
                    "doc_sha256": "0" * 64,
                    "start": 0,
                    "end": 3,
                    "text": "One",
                    "annotator": "cy",
                }
            )
        )
    before = store.path_for("cy").read_bytes()
    import_file(QUOTES, path, store, "cy")
    after = store.path_for("cy").read_bytes()
    appended = after[len(before) :]
    # The same lines, but for their revisions (which continue the file's).
    assert [orjson.loads(line)["item"] for line in appended.splitlines()] == [
        orjson.loads(line)["item"] for line in first.splitlines()
    ]
    assert [orjson.loads(line)["rev"] for line in first.splitlines()] == list(range(1, 37))
    assert not list(tmp_path.glob("first/.*"))  # no temporary left behind


def test_a_failed_first_import_leaves_no_file_no_lock_file_and_no_temporary(tmp_path):
    path = big_file(tmp_path, **{"doc-09": {"start": 900}})
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(UserError, match=r"in\.jsonl:10: quote 900\.\."):
        import_file(QUOTES, path, store, "cy")
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file


def test_a_first_import_with_skip_bad_writes_the_rest(tmp_path):
    path = big_file(tmp_path, **{"doc-09": {"start": 900}})
    store = exporting.AnnotationStore(tmp_path / "store")
    report = import_file(QUOTES, path, store, "cy", skip_bad=True)
    assert report.imported == 35 and len(report.problems) == 1
    with store.open("cy") as folded:
        assert len(folded) == 35 and "doc-09-a" not in {q.id for q in folded.quotes()}


# -- a large first import, read in two processes ----------------------------------------------


@pytest.fixture
def in_two(monkeypatch):
    """Every first import of a quotes-jsonl file read in two halves; returns how many times the
    halves were taken as they stood."""
    monkeypatch.setattr(exporting, "SPLIT_MIN_BYTES", 0)
    taken = []
    real = exporting._import_in_two

    def counting(*args, **kwargs):
        report = real(*args, **kwargs)
        taken.append(report is not None)
        return report

    monkeypatch.setattr(exporting, "_import_in_two", counting)
    return taken


def assert_left_to_one_process(path: Path, tmp_path: Path, in_two: list[bool]) -> None:
    """The import of ``path`` in two halves gave up on them and wrote, with no temporary left,
    what an import in one process writes."""
    two = imported_bytes(path, tmp_path / "two")
    assert in_two == [False]
    exporting.SPLIT_MIN_BYTES = 1 << 60  # (the fixture puts it back)
    assert two == imported_bytes(path, tmp_path / "one")
    assert not [p for p in (tmp_path / "two").iterdir() if p.name.startswith(".")]


def test_two_halves_write_the_bytes_one_process_writes(tmp_path, in_two):
    path = big_file(tmp_path)
    two = imported_bytes(path, tmp_path / "two")
    assert in_two == [True]
    exporting.SPLIT_MIN_BYTES = 1 << 60  # (the fixture puts it back)
    one = imported_bytes(path, tmp_path / "one")
    assert two == one
    assert not [p for p in (tmp_path / "two").iterdir() if p.name.startswith(".")]
    with exporting.AnnotationStore(tmp_path / "two").open("cy") as folded:
        assert len(folded) == 36 and folded.line_of("doc-11-c") == 36


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        ({"doc-10": {"start": 900}}, "a problem in the second half"),
        ({"doc-01": {"start": 900}}, "a problem in the first half"),
        ({"doc-10": {"id": "doc-01-b"}}, "an id of the first half again in the second"),
        ({"doc-02": {"meta": {"start": 1}}}, "a key the child counts as a quote in the first half"),
        ({"doc-10": {"annotator": "zoe"}}, "two annotators in a document of the second half"),
    ],
)
def test_halves_that_are_not_what_one_process_writes_are_read_again_in_one(
    tmp_path, in_two, changes, why
):
    path = big_file(tmp_path, **changes)
    exporting.SPLIT_MIN_BYTES = 1 << 60
    try:
        expected: bytes | str = imported_bytes(path, tmp_path / "one", skip_bad=True)
    except UserError as error:
        expected = str(error)
    exporting.SPLIT_MIN_BYTES = 0
    try:
        got: bytes | str = imported_bytes(path, tmp_path / "two", skip_bad=True)
    except UserError as error:
        got = str(error)
    assert in_two == [False], why
    assert got == expected
    assert not [p for p in (tmp_path / "two").iterdir() if p.name.startswith(".")]


def test_a_detectors_output_read_in_two_halves_marks_no_document(tmp_path, in_two):
    """The halves tell each other whether the quotes were a detector's: one with a score in the
    first half leaves a document with no quote in the second unmarked, and every document given
    quotes, in either half, marked not finished (no person has read them yet)."""
    path = big_file(tmp_path)
    lines = path.read_bytes().splitlines()
    first = orjson.loads(lines[0])
    for quote in first["quotes"]:
        del quote["origin"], quote["confidence"]
        quote["score"] = 0.9
    lines[0] = orjson.dumps(first)
    lines[-1] = orjson.dumps({"id": "doc-11", "text": _BULK_TEXT, "quotes": []})
    path.write_bytes(b"\n".join(lines) + b"\n")
    store = exporting.AnnotationStore(tmp_path / "two")
    report = import_file(QUOTES, path, store, "cy")
    assert in_two == [True]
    assert report.predictions and report.read_without_quotes == ["doc-11"]
    with store.open("cy") as folded:
        marks = folded.finished_marks()
        assert set(marks.values()) == {False}
        assert sorted(marks) == sorted(set(folded.doc_ids())) and "doc-11" not in marks
        assert len(marks) == report.marked_unfinished > 2


def test_a_document_in_both_halves_is_reported_as_in_one_process(tmp_path, in_two):
    path = big_file(tmp_path)
    lines = path.read_bytes().splitlines()
    lines[-1] = lines[0].replace(b'"doc-00-', b'"doc-99-')  # doc-00 again, with other ids
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(UserError, match=r"in\.jsonl:12: document 'doc-00' again \(first at"):
        imported_bytes(path, tmp_path / "two")
    assert in_two == [False]


def test_the_child_of_two_halves_never_outlives_the_import(tmp_path, in_two):
    path = big_file(tmp_path)
    imported_bytes(path, tmp_path / "two")
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
    # Ctrl-C, held back while the process forked, reaches this process again.
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_an_interrupt_while_the_second_half_is_taken_in_leaves_nothing(
    tmp_path, in_two, monkeypatch
):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(exporting.FirstImport, "add_placed", interrupted)
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        import_file(QUOTES, big_file(tmp_path), store, "cy")
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_an_interrupt_while_the_child_puts_its_half_in_place_leaves_nothing(
    tmp_path, in_two, monkeypatch
):
    """Ctrl-C while this process waits for the child to copy its lines in: the child is
    killed before the temporary it writes into is removed."""
    from annotator import store as store_module

    real_copy, real_waitpid = store_module._copy_all, os.waitpid

    def slow_copy(*args):  # in the child
        time.sleep(0.5)
        real_copy(*args)

    def interrupted_wait(idtype, pid, options):
        waited.append(pid)
        raise KeyboardInterrupt

    waited: list[int] = []
    monkeypatch.setattr(store_module, "_copy_all", slow_copy)
    monkeypatch.setattr(os, "waitid", interrupted_wait)
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        import_file(QUOTES, big_file(tmp_path), store, "cy")
    assert waited
    time.sleep(0.7)  # had the child lived on, it would have copied by now
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file
    with pytest.raises(ChildProcessError):
        real_waitpid(-1, os.WNOHANG)


def test_a_child_whose_half_has_a_problem_copies_nothing_in(tmp_path, in_two, monkeypatch):
    """The halves will not be taken: copying the child's lines into the temporary is no use."""
    copied = tmp_path / "copied"
    real_place = exporting.FirstImport.place

    def noting_place(self, source, at):  # in the child
        copied.touch()
        real_place(self, source, at)

    monkeypatch.setattr(exporting.FirstImport, "place", noting_place)
    path = big_file(tmp_path, **{"doc-10": {"start": 900}})
    imported_bytes(path, tmp_path / "two", skip_bad=True)
    assert in_two == [False]
    assert not copied.exists()


def test_an_interrupt_right_after_the_child_ends_is_raised_as_it_is(tmp_path, in_two, monkeypatch):
    """Ctrl-C between the child's end and noting it: the child is reaped once, and the kill
    meant for it can reach no other process (its pid stays its own until it is reaped)."""
    real_waitid, real_waitpid = os.waitid, os.waitpid
    reaped: list[int] = []

    def ended_then_interrupted(idtype, pid, options):
        real_waitid(idtype, pid, options)
        raise KeyboardInterrupt

    def counting_waitpid(pid, options):
        result = real_waitpid(pid, options)
        reaped.append(result[0])
        return result

    monkeypatch.setattr(os, "waitid", ended_then_interrupted)
    monkeypatch.setattr(os, "waitpid", counting_waitpid)
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        import_file(QUOTES, big_file(tmp_path), store, "cy")
    assert len(reaped) == 1 and reaped[0] > 0
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file
    with pytest.raises(ChildProcessError):
        real_waitpid(-1, os.WNOHANG)


def test_a_fork_that_fails_leaves_the_import_to_one_process(tmp_path, in_two, monkeypatch):
    """No fork (memory, a limit on processes): the import still happens, in one process, with
    no pipe left open."""

    def failing_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    path = big_file(tmp_path)
    monkeypatch.setattr(os, "fork", failing_fork)
    descriptors = len(os.listdir("/proc/self/fd"))
    assert_left_to_one_process(path, tmp_path, in_two)
    assert len(os.listdir("/proc/self/fd")) == descriptors


def test_an_interrupt_held_back_over_the_fork_leaves_no_child_and_no_pipe(
    tmp_path, in_two, monkeypatch
):
    """The Ctrl-C that waited for the fork arrives as the parent lets it in again: the child is
    killed and every pipe to it closed."""
    parent = os.getpid()
    real_sigmask = signal.pthread_sigmask

    def interrupted_on_unblock(how, mask):
        old = real_sigmask(how, mask)
        if how == signal.SIG_SETMASK and os.getpid() == parent:
            raise KeyboardInterrupt
        return old

    path = big_file(tmp_path)
    monkeypatch.setattr(signal, "pthread_sigmask", interrupted_on_unblock)
    descriptors = len(os.listdir("/proc/self/fd"))
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        import_file(QUOTES, path, store, "cy")
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)
    assert len(os.listdir("/proc/self/fd")) == descriptors


def test_a_child_that_cannot_put_its_half_in_place_leaves_it_to_one_process(
    tmp_path, in_two, monkeypatch
):
    from annotator import store as store_module

    def failing(*args):  # in the child
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "_copy_all", failing)
    path = big_file(tmp_path)
    assert_left_to_one_process(path, tmp_path, in_two)


_KILLED_IMPORTER = """
import sys, time
from pathlib import Path
from annotator import exporting
from annotator.formats import get_format
from annotator.store import AnnotationStore

exporting.SPLIT_MIN_BYTES = 0
exporting._cores = lambda: 2
real = exporting._plan_second_half

def slow(*args, **kwargs):  # a second half that takes long
    Path(sys.argv[3]).touch()
    time.sleep(60)
    return real(*args, **kwargs)

exporting._plan_second_half = slow
exporting.import_file(
    get_format("quotes-jsonl"), Path(sys.argv[1]), AnnotationStore(sys.argv[2]), "cy"
)
"""


def test_a_killed_split_import_leaves_the_lock_free_at_once(tmp_path):
    # The forked child must neither keep the writer's lock alive nor run on for nobody.
    script, started = tmp_path / "importer.py", tmp_path / "started"
    script.write_text(_KILLED_IMPORTER, encoding="utf-8")
    store = exporting.AnnotationStore(tmp_path / "store")
    importer = subprocess.Popen(
        [sys.executable, str(script), str(big_file(tmp_path)), str(store.root), str(started)]
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists():
            assert time.monotonic() < deadline and importer.poll() is None
            time.sleep(0.05)
    finally:
        importer.kill()
        importer.wait()
    deadline = time.monotonic() + 5
    while True:
        try:
            store.open("cy", writable=True).close()
            break
        except StoreLockedError:
            assert time.monotonic() < deadline, "the lock outlived the importer"
            time.sleep(0.1)


def test_decoded_quotes_encode_like_their_dicts_when_saved(store):
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    line = orjson.dumps({"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q1", start, end)]})
    decoded = msgspec.json.decode(line, type=quotes_jsonl.ReadLine).quotes[0]
    for name, value in (
        ("doc_id", "d"),
        ("doc_sha256", "0" * 64),
        ("annotator", "cy"),
        ("created", NOW_JSON),
        ("updated", NOW_JSON),
        ("meta", {}),
    ):
        setattr(decoded, name, value)
    with store.open("cy", writable=True) as file:
        file.save_many([decoded, record_of(decoded)])
    first, second = store.path_for("cy").read_bytes().splitlines()
    assert first.replace(b'"rev":1', b'"rev":2') == second


def test_a_first_import_leaves_the_snapshot_a_fold_of_its_file_leaves(tmp_path, monkeypatch):
    """Written from the columns while the disk takes the data, before the file is moved into
    place: the next open starts from it, and it says what a fold of the file says."""
    from annotator import fold_snapshot

    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)
    store = exporting.AnnotationStore(tmp_path / "store")
    import_file(QUOTES, big_file(tmp_path), store, "cy")
    snapshot = fold_snapshot.snapshot_path_for(store.path_for("cy"))
    written = snapshot.read_bytes()
    with store.open("cy", writable=True) as reopened:
        assert reopened.from_snapshot
        from_snapshot = (reopened.quotes(), reopened.line_of("doc-07-b"), reopened.can_undo)
    snapshot.unlink()
    with store.open("cy", writable=True) as refolded:
        assert not refolded.from_snapshot
        assert (refolded.quotes(), refolded.line_of("doc-07-b"), refolded.can_undo) == (
            from_snapshot
        )
    # The fold's own snapshot has the same sections, byte for byte, past its header.
    assert snapshot.read_bytes().split(b"\n", 1)[1] == written.split(b"\n", 1)[1]


@pytest.mark.parametrize("block", [3, 7, 8, 64])
def test_the_child_counts_the_first_halfs_quotes_across_its_read_blocks(
    tmp_path, in_two, monkeypatch, block
):
    """However the blocks cut the keys it counts, the child numbers its revisions right."""
    monkeypatch.setattr(exporting, "_SPLIT_BLOCK", block)
    path = big_file(tmp_path, documents=4)
    two = imported_bytes(path, tmp_path / "two")
    assert in_two == [True]
    assert [orjson.loads(line)["rev"] for line in two.splitlines()] == list(range(1, 13))


def test_an_error_in_the_first_half_leaves_no_child_and_no_file(tmp_path, in_two, monkeypatch):
    def failing(self, *args):
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(exporting.FirstImport, "add", failing)
    store = exporting.AnnotationStore(tmp_path / "store")
    with pytest.raises(RuntimeError, match="on fire"):
        import_file(QUOTES, big_file(tmp_path), store, "cy")
    assert sorted(p.name for p in store.root.iterdir()) == []  # not even the lock file
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_values_encoded_once_read_back_as_the_values_they_encode(tmp_path):
    """A finished struct shares pre-encoded values (``msgspec.Raw``) with the other quotes of
    its document; its JSON form and its store line are what the plain values give."""
    from annotator.record_codec import stored_record

    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q1", start, end)]}],
    )
    [record] = plan_import(QUOTES, path, annotator="cy").records
    assert isinstance(record.meta, msgspec.Raw) and isinstance(record.created, msgspec.Raw)
    plain = stored_record(record)
    assert isinstance(plain["meta"], dict) and plain["created"] == NOW_JSON
    rebuilt = StoredQuote(**{key: value for key, value in plain.items() if key != "record"})
    assert ENCODER.encode(record) == ENCODER.encode(rebuilt)
    with pytest.raises(NotImplementedError):
        stored_record(msgspec.structs.replace(record, note=object()))


def test_one_core_reads_the_file_in_one_process(tmp_path, in_two, monkeypatch):
    monkeypatch.setattr(exporting, "_cores", lambda: 1)
    imported_bytes(big_file(tmp_path), tmp_path / "one")
    assert in_two == []  # the split was not even tried


def test_a_first_import_refuses_records_of_another_annotator(store):
    record = QuoteAnnotation.model_validate(
        {
            "id": "z",
            "doc_id": "o",
            "doc_sha256": "0" * 64,
            "start": 0,
            "end": 0,
            "text": "",
            "annotator": "zoe",
        }
    ).model_dump(mode="json")
    with store.open("cy", writable=True) as file, file.first_import() as writer:
        with pytest.raises(StoreError, match="'zoe', not 'cy'"):
            writer.add([record])  # read from the records
        with pytest.raises(StoreError, match="'zoe', not 'cy'"):
            writer.add([record], annotator="zoe")  # as the caller says
    assert not store.path_for("cy").exists()


def test_what_a_killed_import_left_is_removed_by_the_next(tmp_path):
    """A temporary named by a pid that no longer runs goes; a live one's, and others, stay."""
    store = exporting.AnnotationStore(tmp_path / "store")
    store.root.mkdir()
    dead = 4_000_000  # above Linux's pid range: no process has it
    names = [
        f".cy.jsonl.{dead}.import",
        f".cy.jsonl.{dead}.import-2",
        f".cy.jsonl.{os.getppid()}.import",  # a live process's
        ".cy.jsonl.notapid.import",
        f".zoe.jsonl.{dead}.import",  # another annotator's file
    ]
    for name in names:
        (store.root / name).write_bytes(b"half")
    import_file(QUOTES, big_file(tmp_path, documents=2), store, "cy")
    left = sorted(p.name for p in store.root.iterdir() if p.name.startswith("."))
    assert left == sorted(names[2:])


def test_what_a_killed_import_left_is_removed_by_the_next_writer_too(tmp_path):
    # An annotator who labels by hand after a killed import may never import again.
    store = exporting.AnnotationStore(tmp_path / "store")
    store.root.mkdir()
    left_over = store.root / ".cy.jsonl.4000000.import"  # a pid no process has
    left_over.write_bytes(b"half")
    with store.open("cy", writable=True):
        pass
    assert not left_over.exists()


def test_a_number_orjson_refuses_in_a_key_nobody_reads_no_longer_fails_the_line(tmp_path):
    """The one documented difference from the careful path: msgspec skips an unknown key's
    value without reading it as a number (orjson refuses the whole line)."""
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    raw = orjson.dumps({"id": "d", "text": _BULK_TEXT, "quotes": [export_line("q", start, end)]})
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw[:-1] + b',"extra":1e400}\n')
    plan = plan_import(QUOTES, path, annotator="cy")
    assert not plan.problems and plan.count == 1


@pytest.mark.parametrize("said", [b"", b"\x80\x05cut short"])
def test_a_child_that_dies_before_it_has_said_everything_is_done_without(
    tmp_path, in_two, monkeypatch, said
):
    def dying(fd, found):
        os.write(fd, said)
        os._exit(1)

    monkeypatch.setattr(exporting, "_send", dying)
    path = big_file(tmp_path)
    assert_left_to_one_process(path, tmp_path, in_two)


@pytest.mark.parametrize("score", [0.7, None])
def test_a_quote_with_a_score_key_goes_the_careful_way(tmp_path, score):
    """A score (even null) fails the decoder; the careful path decides what it makes."""
    start, end = _BULK_TEXT.index('"'), _BULK_TEXT.index(',"') + 2
    quote = export_line("q1", start, end, score=score)
    del quote["origin"]  # a score without an origin makes a suggestion
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "d", "text": _BULK_TEXT, "quotes": [quote]}])
    [record] = plan_import(QUOTES, path, annotator="cy").records
    assert isinstance(record, dict) and "score" not in record
    assert record["origin"] == ("suggested" if score is not None else "manual")


@pytest.mark.parametrize("block", [1, 3, 7, 8, 9, 64, 1 << 20])
@pytest.mark.parametrize("stop", [0, 5, 118, 400])
def test_the_first_halfs_lines_and_quotes_are_counted_whatever_the_blocks(
    tmp_path, monkeypatch, block, stop
):
    monkeypatch.setattr(exporting, "_SPLIT_BLOCK", block)
    key = exporting._QUOTE_START_KEY
    data = b"".join(
        b'{"quotes":[' + key * (n % 3) + b'"x' + key[: n % len(key)] + b'"]}\n' for n in range(20)
    )
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    head = data[:stop]
    assert exporting._lines_and_quotes(path, stop) == (head.count(b"\n"), head.count(key))


@pytest.mark.parametrize("split", [False, True])
def test_a_first_import_with_skip_bad_hands_the_store_each_id_once(
    tmp_path, in_two, monkeypatch, split
):
    """The store takes the import's word that no id comes twice (``distinct_ids``): an id
    read again is a problem left out, so the fold and its snapshot hold each id once."""
    from annotator import fold_snapshot

    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)
    if not split:
        exporting.SPLIT_MIN_BYTES = 1 << 60
    path = big_file(tmp_path, **{"doc-10": {"id": "doc-01-b"}, "doc-02": {"id": "doc-02-b"}})
    store = exporting.AnnotationStore(tmp_path / "store")
    report = import_file(QUOTES, path, store, "cy", skip_bad=True)
    assert report.imported == 34 and len(report.problems) == 2
    with store.open("cy") as reopened:
        assert reopened.from_snapshot
        assert len(reopened) == 34 and reopened.line_of("doc-01-b") == 5
    fold_snapshot.snapshot_path_for(store.path_for("cy")).unlink()
    with store.open("cy") as refolded:
        assert len(refolded) == 34 and refolded.line_of("doc-01-b") == 5


def test_two_halves_mark_the_documents_read_with_no_quote_of_both(tmp_path, in_two):
    """The second half's documents with no quote are marked as the first half's are."""
    path = big_file(tmp_path)
    lines = path.read_bytes().splitlines()
    empty = [{"id": f"empty-{n}", "text": _BULK_TEXT, "quotes": []} for n in range(2)]
    middle = len(lines) // 2
    lines.insert(middle + 1, orjson.dumps(empty[1]))
    lines.insert(1, orjson.dumps(empty[0]))
    path.write_bytes(b"\n".join(lines) + b"\n")
    store = exporting.AnnotationStore(tmp_path / "two")
    report = import_file(QUOTES, path, store, "cy")
    assert in_two == [True]
    assert report.marked_finished == 2
    with store.open("cy") as folded:
        assert folded.finished_marks() == {"empty-0": True, "empty-1": True}
