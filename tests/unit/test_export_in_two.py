"""A large export to a line format writes its second half in a forked child: the result must be
the bytes one process writes, whatever the child does."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import orjson
import pytest

import annotator.exporting as exporting
from annotator.corpus import open_corpus
from annotator.errors import UserError
from annotator.exporting import (
    Selection,
    collect_from_store,
    export_dataset,
    export_from_store,
)
from annotator.formats import FORMATS, get_format
from annotator.records import Document, QuoteAnnotation
from annotator.store import AnnotationStore

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the split needs os.fork")

LINE_FORMATS = [name for name, fmt in FORMATS.items() if fmt.writer and fmt.writer.joins_end_to_end]

TOWNS = ["Arlen", "Brisk", "Colm", "Dunmore", "Esker", "Fallow", "Garth", "Holm", "Ilsey"]


def _document(number: int, town: str) -> Document:
    text = (
        f'Councillor {town} Vale said "the ferry 🚢 runs again in spring," adding that the '
        f"timetable was final.\nAccording to Radio {town}, the harbour board disagreed.\n"
        f'"We will [b]not[/b] pay for it," the board told reporters on day {number}.'
    )
    return Document(id=f"{town.lower()}.txt", text=text)


def _quotes(document: Document) -> list[QuoteAnnotation]:
    text = document.text

    def span(needle: str) -> tuple[int, int]:
        start = text.index(needle)
        return start, start + len(needle)

    found = []
    for number, (needle, status) in enumerate(
        [
            ('"the ferry 🚢 runs again in spring,"', "accepted"),
            ("the timetable was final", "accepted"),
            ("the harbour board disagreed", "rejected"),
            ('"We will [b]not[/b] pay for it,"', "accepted"),
        ]
    ):
        start, end = span(needle)
        found.append(
            QuoteAnnotation.model_validate(
                {
                    "id": f"{document.id}:{start}",
                    "doc_id": document.id,
                    "doc_sha256": document.sha256,
                    "start": start,
                    "end": end,
                    "text": needle,
                    "type": "direct" if needle.startswith('"') else "indirect",
                    "speaker": "the board" if number == 3 else text[11 : text.index(" said")],
                    "speaker_spans": [span("the board")] if number == 3 else [],
                    "cue_spans": [span("said")],
                    "confidence": 1 + number % 3,
                    "status": status,
                    "annotator": "ana",
                },
                context={"document_text": text},
            )
        )
    return found


def _store(
    tmp_path: Path, towns: list[str] = TOWNS, *, marks: bool = False
) -> tuple[AnnotationStore, Path]:
    """A store of ana's quotes on the documents of ``towns``, saved in that order, and the
    corpus folder (whose order is the towns' sorted). With ``marks``, each document's quotes
    stand between its marks as annotate writes them: not finished, then finished."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    store = AnnotationStore(tmp_path / "store")
    with store.open("ana", writable=True) as file:
        for number, town in enumerate(towns):
            document = _document(number, town)
            (folder / document.id).write_text(document.text, encoding="utf-8")
            if marks:
                file.mark_finished(document.id, finished=False)
            for quote in _quotes(document):
                file.save(quote)
            if marks:
                file.mark_finished(document.id)
    return store, folder


@pytest.fixture
def split_always(monkeypatch) -> dict[str, list]:
    """Splits every export of a store file, as on a machine of two cores: what happened is
    recorded (the pid of each child forked, each half the parent wrote itself)."""
    monkeypatch.setattr(exporting, "SPLIT_MIN_BYTES", 0)
    monkeypatch.setattr(exporting, "_cores", lambda: 2)
    seen: dict[str, list] = {"children": [], "written_here": []}
    fork = os.fork
    parent = os.getpid()

    def counted() -> int:
        pid = fork()
        if pid:
            seen["children"].append(pid)
        return pid

    write_into = exporting._HalfExport.write_into

    def noted(self, *args, **kwargs):
        if os.getpid() == parent:
            seen["written_here"].append(self.middle)
        return write_into(self, *args, **kwargs)

    monkeypatch.setattr(os, "fork", counted)
    monkeypatch.setattr(exporting._HalfExport, "write_into", noted)
    return seen


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _in_one_process(store, folder, name: str, out: Path, **options) -> dict:
    """What ``export`` wrote before it could split: collect, then write."""
    source = collect_from_store(store, open_corpus(folder), selection=Selection(True, 1))
    return export_dataset(get_format(name), source, out, **options)


def _in_two(store, folder, name: str, out: Path, **options) -> dict:
    manifest, skipped = export_from_store(
        get_format(name), store, open_corpus(folder), out, selection=Selection(True, 1), **options
    )
    assert skipped == []
    return manifest


def _no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_every_line_format_joins_end_to_end_and_the_others_do_not():
    assert {"quotes-jsonl", "records-jsonl", "prodigy", "doccano"} <= set(LINE_FORMATS)
    # One file per document, a JSON array, a header: appending a second writer's files to the
    # first's would not give what one writer writes.
    assert not {"brat", "label-studio", "csv"} & set(LINE_FORMATS)


@pytest.mark.parametrize("name", LINE_FORMATS)
@pytest.mark.parametrize("split", [None, "60/20/20"])
def test_an_export_in_two_processes_is_the_export_in_one(split_always, tmp_path, name, split):
    store, folder = _store(tmp_path)
    spec = exporting.parse_split(split, seed=3) if split else None
    alone = _in_one_process(store, folder, name, tmp_path / "alone", split=spec)
    assert split_always["children"] == []
    both = _in_two(store, folder, name, tmp_path / "both", split=spec)
    assert len(split_always["children"]) == 1 and split_always["written_here"] == []
    assert _no_child_left()
    assert both == alone
    assert _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert list(tmp_path.glob(".both*")) == []  # the child's folder went with it


@pytest.mark.parametrize("name", ["quotes-jsonl", "records-jsonl"])
def test_a_file_with_finished_marks_is_still_exported_in_two(
    split_always, tmp_path, monkeypatch, name
):
    store, folder = _store(tmp_path, marks=True)
    alone = _in_one_process(store, folder, name, tmp_path / "alone")
    in_one = []
    original = exporting._source_in_one
    monkeypatch.setattr(
        exporting, "_source_in_one", lambda *args: in_one.append(1) or original(*args)
    )
    both = _in_two(store, folder, name, tmp_path / "both")
    assert in_one == [], "the halves joined: the marks did not send the file to one process"
    assert len(split_always["children"]) == 1 and split_always["written_here"] == []
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert _no_child_left()


def test_a_stale_quote_after_finished_marks_is_refused_naming_its_line(split_always, tmp_path):
    store, folder = _store(tmp_path, marks=True)
    path = folder / f"{TOWNS[-1].lower()}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("ferry", "fairy"), encoding="utf-8")
    alone = _refusal(lambda: _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone"))
    both = _refusal(lambda: _in_two(store, folder, "quotes-jsonl", tmp_path / "both"))
    # Six lines a document (two marks, four quotes): the last one's first quote is line 50.
    assert both == alone and f"ana.jsonl:{6 * len(TOWNS) - 4}:" in both
    assert split_always["written_here"] != []
    assert _no_child_left()


def _edited_again(store, folder):
    # A quote of the first document saved once more at the end: its id is in both halves.
    document = _document(0, TOWNS[0])
    with store.open("ana", writable=True) as file:
        file.save(_quotes(document)[1].model_copy(update={"note": "checked again"}))


def _deleted_later(store, folder):
    document = _document(1, TOWNS[1])
    with store.open("ana", writable=True) as file:
        file.delete(_quotes(document)[0].id)


def _torn_at_the_end(store, folder):
    with store.path_for("ana").open("ab") as handle:
        handle.write(b'{"rev": 99, "change": "ed')


@pytest.mark.parametrize("change", [_edited_again, _deleted_later, _torn_at_the_end])
def test_a_file_not_split_cleanly_is_exported_as_one(split_always, tmp_path, change):
    store, folder = _store(tmp_path)
    change(store, folder)
    source = collect_from_store(store, open_corpus(folder), selection=Selection(True, 1))
    alone = export_dataset(get_format("quotes-jsonl"), source, tmp_path / "alone")
    both, skipped = export_from_store(
        get_format("quotes-jsonl"),
        store,
        open_corpus(folder),
        tmp_path / "both",
        selection=Selection(True, 1),
    )
    assert [str(problem) for problem in skipped] == [str(p) for p in source.problems]
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []


def test_documents_stored_out_of_corpus_order_are_exported_in_corpus_order(split_always, tmp_path):
    store, folder = _store(tmp_path, list(reversed(TOWNS)))
    alone = _in_one_process(store, folder, "records-jsonl", tmp_path / "alone")
    both = _in_two(store, folder, "records-jsonl", tmp_path / "both")
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert _no_child_left()


def _changed(folder: Path, town: str) -> None:
    path = folder / f"{town.lower()}.txt"
    path.write_text("A new first line.\n" + path.read_text(encoding="utf-8"), encoding="utf-8")


def _refusal(call) -> str:
    with pytest.raises(UserError) as refused:
        call()
    return str(refused.value)


def test_a_stale_quote_in_the_second_half_is_refused_naming_its_line(split_always, tmp_path):
    store, folder = _store(tmp_path)
    # Moved text the quote no longer matches: refused, with the line it was read from.
    path = folder / f"{TOWNS[-1].lower()}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("ferry", "fairy"), encoding="utf-8")
    alone = _refusal(lambda: _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone"))
    both = _refusal(lambda: _in_two(store, folder, "quotes-jsonl", tmp_path / "both"))
    assert both == alone and "is stale" in both and f"ana.jsonl:{4 * len(TOWNS) - 3}:" in both
    assert split_always["written_here"] != []  # the child could not: the parent said why
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []
    assert list(tmp_path.glob(".alone*")) == []


def test_a_missing_document_in_the_second_half_is_refused_as_in_one_process(split_always, tmp_path):
    store, folder = _store(tmp_path)
    (folder / f"{TOWNS[-2].lower()}.txt").unlink()
    alone = _refusal(lambda: _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone"))
    both = _refusal(lambda: _in_two(store, folder, "quotes-jsonl", tmp_path / "both"))
    assert both == alone and "is not in the corpus" in both
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []


@pytest.mark.parametrize("town", [TOWNS[0], TOWNS[-1]], ids=["first half", "second half"])
def test_an_unreadable_document_in_either_half_is_left_out_and_named_as_in_one_process(
    split_always, tmp_path, town
):
    """A corpus opened to leave out what it cannot read (as the command line opens it): the
    document's quotes are left out, the rest exported, and the corpus names the file, whichever
    process met it (the child's corpus is not the parent's, so the parent writes that half)."""
    store, folder = _store(tmp_path)
    (folder / f"{town.lower()}.txt").write_bytes(b"Caf\xe9 talk, no quotes.")
    in_one = open_corpus(folder, skip_bad=True)
    source = collect_from_store(store, in_one, selection=Selection(True, 1))
    alone = export_dataset(get_format("quotes-jsonl"), source, tmp_path / "alone")
    in_two = open_corpus(folder, skip_bad=True)
    both, _ = export_from_store(
        get_format("quotes-jsonl"), store, in_two, tmp_path / "both", selection=Selection(True, 1)
    )
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert alone["counts"]["documents"] == len(TOWNS) - 1
    assert [str(problem) for problem in in_two.problems] == [str(p) for p in in_one.problems]
    assert len(in_two.problems) == 1
    assert f"{town.lower()}.txt:1: not UTF-8" in str(in_two.problems[0])
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []


@pytest.mark.parametrize("town", [TOWNS[0], TOWNS[-1]], ids=["first half", "second half"])
def test_a_review_file_with_an_open_group_leaves_it_out_as_in_one_process(
    split_always, tmp_path, town
):
    """A review's output (here ``--out final``) with one group still open, in either half: the
    export leaves it out and counts it, as the export in one process does."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    store = AnnotationStore(tmp_path / "store")
    with store.open("final", writable=True) as file:
        for number, name in enumerate(TOWNS):
            document = _document(number, name)
            (folder / document.id).write_text(document.text, encoding="utf-8")
            for position, quote in enumerate(_quotes(document)):
                still_open = ["speaker"] if name == town and position == 0 else []
                meta = {"adjudication": {"decision": "field", "chosen": {}, "open": still_open}}
                file.save(quote.model_copy(update={"annotator": "final", "meta": meta}))
    source = collect_from_store(store, open_corpus(folder), selection=Selection(True, 1))
    assert source.description["open_left_out"] == 1
    alone = export_dataset(get_format("quotes-jsonl"), source, tmp_path / "alone")
    both = _in_two(store, folder, "quotes-jsonl", tmp_path / "both")
    assert len(split_always["children"]) == 1
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert both["counts"]["quotes"] == 4 * len(TOWNS) - 1
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []


def _killed_as_it_writes(monkeypatch, parent: int) -> None:
    real = exporting._HalfExport._write

    def killed_in_the_child(self, *args):
        if os.getpid() != parent:
            os._exit(9)  # as a kill -9 of the child would
        real(self, *args)

    monkeypatch.setattr(exporting._HalfExport, "_write", killed_in_the_child)


def _killed_after_its_report(monkeypatch, parent: int) -> None:
    real_send = exporting._send_message
    real_join = exporting._halves_join

    def send(fd: int, data: bytes) -> None:
        real_send(fd, data)
        if os.getpid() != parent:
            os._exit(9)

    def slow_join(*args):
        time.sleep(0.3)  # the child is gone before it is told which line is its first
        return real_join(*args)

    monkeypatch.setattr(exporting, "_send_message", send)
    monkeypatch.setattr(exporting, "_halves_join", slow_join)


@pytest.mark.parametrize("kill", [_killed_as_it_writes, _killed_after_its_report])
def test_a_child_killed_midway_leaves_the_export_whole(split_always, tmp_path, monkeypatch, kill):
    # Killed after its report, the child left a broken pipe that failed the whole export
    # (which the command line then took for a closed stdout, and exited 0).
    store, folder = _store(tmp_path)
    kill(monkeypatch, os.getpid())
    alone = _in_one_process(store, folder, "records-jsonl", tmp_path / "alone")
    told: list[tuple[int, int]] = []
    both = _in_two(
        store,
        folder,
        "records-jsonl",
        tmp_path / "both",
        progress=lambda done, total: told.append((done, total)),
    )
    assert len(split_always["children"]) == 1 and len(split_always["written_here"]) == 1
    assert _no_child_left()
    assert _files(tmp_path / "both") == _files(tmp_path / "alone") and both == alone
    # The half written here counts on from this one's: the bar never passes the whole.
    total = both["counts"]["quotes"]
    done = [count for count, _ in told]
    assert done == sorted(done) and max(done) == total
    assert all(whole == total for _, whole in told)


def test_a_platform_with_no_waitid_exports_in_one_process(split_always, tmp_path, monkeypatch):
    # macOS before Python 3.13: the export crashed after writing its half.
    monkeypatch.delattr(os, "waitid")
    store, folder = _store(tmp_path)
    alone = _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone")
    assert _in_two(store, folder, "quotes-jsonl", tmp_path / "both") == alone
    assert split_always["children"] == []


def test_progress_of_an_export_in_two_rises_to_the_whole(split_always, tmp_path):
    store, folder = _store(tmp_path)
    told: list[tuple[int, int]] = []
    manifest, _ = export_from_store(
        get_format("quotes-jsonl"),
        store,
        open_corpus(folder),
        tmp_path / "out",
        selection=Selection(True, 1),
        progress=lambda done, total: told.append((done, total)),
    )
    total = manifest["counts"]["quotes"]
    assert len(split_always["children"]) == 1 and told[-1] == (total, total)
    done = [count for count, _ in told]
    assert done == sorted(done) and all(whole == total for _, whole in told)
    assert len(told) > 2  # it moved while this process wrote its half


def test_an_export_in_two_stopped_midway_leaves_no_child_thread_or_folder(split_always, tmp_path):
    store, folder = _store(tmp_path)

    def interrupted(done: int, total: int) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        export_from_store(
            get_format("quotes-jsonl"), store, open_corpus(folder), out, progress=interrupted
        )
    assert len(split_always["children"]) == 1 and _no_child_left()
    assert [thread for thread in threading.enumerate() if thread.name == "sha256"] == []
    assert not out.exists() and list(tmp_path.glob(".out*")) == []


def test_a_small_file_or_a_single_core_exports_in_one_process(monkeypatch, tmp_path):
    store, folder = _store(tmp_path)
    forks: list[int] = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    _in_two(store, folder, "quotes-jsonl", tmp_path / "small")
    monkeypatch.setattr(exporting, "SPLIT_MIN_BYTES", 0)
    monkeypatch.setattr(exporting, "_cores", lambda: 1)
    _in_two(store, folder, "quotes-jsonl", tmp_path / "one-core")
    monkeypatch.setattr(exporting, "_cores", lambda: 2)
    _in_two(store, folder, "csv", tmp_path / "csv")  # a header: no joining end to end
    assert forks == []


def test_a_file_appended_is_written_after_the_lines_and_hashed_with_them(tmp_path, monkeypatch):
    import hashlib

    import annotator.formats.base as formats_base

    monkeypatch.setattr(formats_base, "_WRITE_BLOCK", 8)  # lines still queued for the thread
    monkeypatch.setattr(formats_base, "_APPEND_BLOCK", 5)  # the file appended in pieces
    other = tmp_path / "other.jsonl"
    other.write_bytes('{"b": "ü"}\n{"c": 3}\n'.encode())
    written = formats_base._HashingFile(tmp_path / "out.jsonl", Path("out.jsonl"))
    for number in range(20):
        written.write(b'{"a": %d}\n' % number)
    written.append_file(other)
    with pytest.raises(ValueError, match="after a file was appended"):
        written.write(b"x" * 16)  # would land on the appended bytes
    digest = written.close()
    expected = b"".join(b'{"a": %d}\n' % n for n in range(20)) + other.read_bytes()
    assert (tmp_path / "out.jsonl").read_bytes() == expected
    assert digest == hashlib.sha256(expected).hexdigest()


def test_a_file_replaced_while_it_is_exported_in_two_is_refused(
    split_always, tmp_path, monkeypatch
):
    # Each process opens the file itself: a compaction between the opens would have joined
    # halves of two different files into one export.
    store, folder = _store(tmp_path)
    path = store.path_for("ana")
    receive = exporting._receive_half

    def replaced_meanwhile(fd: int):
        heard = receive(fd)
        copy = path.with_name("copy.jsonl")
        shutil.copyfile(path, copy)
        os.replace(copy, path)  # the same lines, another file: as ``compact`` leaves it
        return heard

    monkeypatch.setattr(exporting, "_receive_half", replaced_meanwhile)
    out = tmp_path / "out"
    with pytest.raises(UserError, match=r"ana\.jsonl: replaced while it was exported"):
        export_from_store(get_format("quotes-jsonl"), store, open_corpus(folder), out)
    assert len(split_always["children"]) == 1 and _no_child_left()
    assert not out.exists() and list(tmp_path.glob(".out*")) == []


@pytest.mark.parametrize("call", ["fork", "pipe"])
def test_no_fork_or_no_pipe_exports_in_one_process(split_always, tmp_path, monkeypatch, call):
    store, folder = _store(tmp_path)
    alone = _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone")

    def refused(*args):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, call, refused)
    assert _in_two(store, folder, "quotes-jsonl", tmp_path / "both") == alone
    assert _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert split_always["children"] == [] and list(tmp_path.glob(".both*")) == []


def _marks_in_either_half(store: AnnotationStore, where: str) -> set[str]:
    """Leave documents not finished by marks placed where ``where`` says (the store was saved
    with ``marks``: each document between its own marks); the documents left out."""
    first, last = TOWNS[0].lower() + ".txt", TOWNS[-1].lower() + ".txt"
    path = store.path_for("ana")
    if where == "second half, for a first-half document":
        # Taken back at the end (``f`` pressed again on an early document): after its quotes.
        with store.open("ana", writable=True) as file:
            file.mark_finished(first, finished=False)
        return {first}
    if where == "second half, for a second-half document":
        with store.open("ana", writable=True) as file:
            file.mark_finished(last, finished=False)
        return {last}
    if where == "first half, for a second-half document":
        # The last document's closing mark dropped, and a mark not finished written first of
        # all (before any of its quotes), with none after it.
        lines = path.read_bytes().splitlines(keepends=True)
        opening = next(line for line in lines if last.encode() in line)
        closing = [line for line in lines if last.encode() in line and b'"finished":true' in line]
        kept = [line for line in lines if line is not opening and line not in closing]
        path.write_bytes(b"".join([opening, *kept]))
        return {last}
    if where == "both halves, the second taking the first back":
        with store.open("ana", writable=True) as file:
            file.mark_finished(first, finished=False)
            file.mark_finished(first)
            file.mark_finished(last, finished=False)
        return {last}
    raise AssertionError(where)


MARK_PLACES = [
    "second half, for a first-half document",
    "second half, for a second-half document",
    "first half, for a second-half document",
    "both halves, the second taking the first back",
]


@pytest.mark.parametrize("name", ["quotes-jsonl", "huggingface"])
@pytest.mark.parametrize("where", MARK_PLACES)
def test_marks_in_either_half_leave_out_what_one_process_leaves_out(
    split_always, tmp_path, monkeypatch, name, where
):
    store, folder = _store(tmp_path, marks=True)
    left_out = _marks_in_either_half(store, where)
    alone = _in_one_process(store, folder, name, tmp_path / "alone")
    assert set(alone["documents"]).isdisjoint(left_out)
    assert len(alone["documents"]) == len(TOWNS) - len(left_out)
    assert alone["source"]["left_out_unfinished"]["doc_ids"] == {"ana": sorted(left_out)}
    in_one = []
    original = exporting._source_in_one
    monkeypatch.setattr(
        exporting, "_source_in_one", lambda *args: in_one.append(1) or original(*args)
    )
    told: list[tuple[int, int]] = []
    both = _in_two(
        store,
        folder,
        name,
        tmp_path / "both",
        progress=lambda done, total: told.append((done, total)),
    )
    assert in_one == [] and split_always["written_here"] == []
    assert len(split_always["children"]) == 1 and _no_child_left()
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    total = both["counts"]["quotes"]
    assert told[-1] == (total, total) and all(whole == total for _, whole in told)
    assert max(done for done, _ in told) == total


@pytest.mark.parametrize("where", MARK_PLACES)
def test_marks_are_respected_when_this_process_writes_the_childs_half(
    split_always, tmp_path, monkeypatch, where
):
    store, folder = _store(tmp_path, marks=True)
    left_out = _marks_in_either_half(store, where)
    _killed_as_it_writes(monkeypatch, os.getpid())
    alone = _in_one_process(store, folder, "records-jsonl", tmp_path / "alone")
    assert len(alone["documents"]) == len(TOWNS) - len(left_out)
    both = _in_two(store, folder, "records-jsonl", tmp_path / "both")
    assert len(split_always["written_here"]) == 1 and _no_child_left()
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")


def test_include_unfinished_in_two_is_the_export_in_one(split_always, tmp_path):
    store, folder = _store(tmp_path, marks=True)
    _marks_in_either_half(store, "first half, for a second-half document")
    _marks_in_either_half(store, "second half, for a first-half document")
    every = Selection(True, 1, include_unfinished=True)
    source = collect_from_store(store, open_corpus(folder), selection=every)
    alone = export_dataset(get_format("quotes-jsonl"), source, tmp_path / "alone")
    both, _ = export_from_store(
        get_format("quotes-jsonl"), store, open_corpus(folder), tmp_path / "both", selection=every
    )
    assert len(alone["documents"]) == len(TOWNS)
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert len(split_always["children"]) == 1 and split_always["written_here"] == []


def test_a_first_half_mark_alone_deciding_a_second_half_document_exports_in_one(
    split_always, tmp_path, monkeypatch
):
    """A half with no mark does not count its quotes per document, so one it holds, left out
    by a mark of the first half, could not be taken off its count: the file goes to one
    process, which leaves it out all the same."""
    store, folder = _store(tmp_path)
    last = TOWNS[-1].lower() + ".txt"
    with store.open("ana", writable=True) as file:
        file.mark_finished(last, finished=False)
    path = store.path_for("ana")
    *quotes, mark = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([mark, *quotes]))  # written before any quote, never again
    alone = _in_one_process(store, folder, "quotes-jsonl", tmp_path / "alone")
    assert last not in alone["documents"] and len(alone["documents"]) == len(TOWNS) - 1
    in_one = []
    original = exporting._source_in_one
    monkeypatch.setattr(
        exporting, "_source_in_one", lambda *args: in_one.append(1) or original(*args)
    )
    both = _in_two(store, folder, "quotes-jsonl", tmp_path / "both")
    assert in_one == [1] and _no_child_left() and list(tmp_path.glob(".both*")) == []
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")


@pytest.mark.parametrize("line", [2, 4 * len(TOWNS) - 1], ids=["first half", "second half"])
def test_a_line_with_a_malformed_speaker_span_is_skipped_as_in_one_process(
    split_always, tmp_path, line
):
    """A speaker span of another shape, edited by hand: the line is skipped with a warning
    naming it and the rest exported, whichever process met it (the parent writes the second
    half again to say so)."""
    store, folder = _store(tmp_path)
    path = store.path_for("ana")
    lines = path.read_bytes().splitlines(keepends=True)
    edited = lines[line - 1].replace(b'"speaker_spans":[]', b'"speaker_spans":[[9]]', 1)
    assert edited != lines[line - 1]
    lines[line - 1] = edited
    path.write_bytes(b"".join(lines))
    source = collect_from_store(store, open_corpus(folder), selection=Selection(True, 1))
    alone = export_dataset(get_format("quotes-jsonl"), source, tmp_path / "alone")
    both, skipped = export_from_store(
        get_format("quotes-jsonl"),
        store,
        open_corpus(folder),
        tmp_path / "both",
        selection=Selection(True, 1),
    )
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    assert [str(problem) for problem in skipped] == [str(p) for p in source.problems]
    (problem,) = skipped
    assert f"ana.jsonl:{line}: invalid record: speaker_spans" in str(problem)
    assert alone["counts"]["quotes"] == 4 * len(TOWNS) - 1
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []


@pytest.mark.parametrize("line", [2, 4 * len(TOWNS) - 1], ids=["first half", "second half"])
def test_a_malformed_suggestion_is_skipped_from_records_jsonl_as_in_one_process(
    split_always, tmp_path, line
):
    store, folder = _store(tmp_path)
    path = store.path_for("ana")
    lines = path.read_bytes().splitlines(keepends=True)
    entry = orjson.loads(lines[line - 1])
    item = entry["item"]
    item["suggestion"] = {
        **{key: item[key] for key in ("start", "end", "text", "type", "speaker", "source")},
        **{key: item[key] for key in ("speaker_spans", "source_spans", "cue_spans")},
        "score": 0.5,
        "source_kind": None,
        "cue": "said",
    }
    item["suggestion"]["cue_spans"] = [[30, 20]]  # backwards
    lines[line - 1] = orjson.dumps(entry) + b"\n"
    path.write_bytes(b"".join(lines))
    fmt = get_format("records-jsonl")
    source = collect_from_store(
        store, open_corpus(folder), selection=Selection(True, 1), check_suggestions=True
    )
    alone = export_dataset(fmt, source, tmp_path / "alone")
    both, skipped = export_from_store(
        fmt, store, open_corpus(folder), tmp_path / "both", selection=Selection(True, 1)
    )
    assert both == alone and _files(tmp_path / "both") == _files(tmp_path / "alone")
    (problem,) = skipped
    assert f"ana.jsonl:{line}: invalid record: suggestion" in str(problem)
    assert alone["counts"]["lines"] == 4 * len(TOWNS) - 1
    assert _no_child_left() and list(tmp_path.glob(".both*")) == []
