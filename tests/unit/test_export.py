"""Export from the store: selection, split, manifest, refusals, the command line."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import threading
from pathlib import Path

import orjson
import pytest

import annotator.exporting as exporting
import annotator.formats.base as formats_base
from annotator import fold_snapshot
from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.errors import UserError
from annotator.exporting import (
    ProgressBar,
    Selection,
    SplitSpec,
    collect_from_store,
    empty_splits_note,
    export_dataset,
    parse_split,
)
from annotator.formats import get_format
from annotator.store import AnnotationStore, AnnotatorFile
from tests.unit.test_export_helpers import BEIJING, HARBOUR, sample_records


@pytest.fixture
def corpus_dir(write_corpus) -> Path:
    """The two sample documents as a folder corpus."""
    return write_corpus({document.id: document.text for document in (HARBOUR, BEIJING)})


@pytest.fixture
def filled_store(store: AnnotationStore) -> AnnotationStore:
    """Ana's sample quotes, plus two of Bo's, saved through the store."""
    records = sample_records()
    with store.open("ana", writable=True) as folded:
        for quotes in records.values():
            for quote in quotes:
                folded.save(quote)
    with store.open("bo", writable=True) as folded:
        for quote in records[HARBOUR.id][:2]:
            folded.save(quote.model_copy(update={"annotator": "bo"}))
    return store


def test_selection_drops_rejected_and_unsure_quotes(filled_store, corpus_dir):
    corpus = open_corpus(corpus_dir)
    everything = collect_from_store(filled_store, corpus, selection=Selection(True, 1))
    assert everything.quote_count == 10
    default = collect_from_store(filled_store, corpus, annotators=["ana"])
    assert default.quote_count == 7  # the rejected candidate is left out
    sure = collect_from_store(
        filled_store, corpus, annotators=["ana"], selection=Selection(min_confidence=3)
    )
    assert {r.confidence for _, records in sure.units for r in records} == {3}
    assert sure.quote_count == 4


def test_gold_means_the_gold_file(filled_store, corpus_dir):
    corpus = open_corpus(corpus_dir)
    with pytest.raises(UserError, match=r"gold\.jsonl: no such annotation file"):
        collect_from_store(filled_store, corpus, gold=True)
    with filled_store.open("gold", writable=True) as folded:
        folded.save(sample_records()[BEIJING.id][0].model_copy(update={"annotator": "gold"}))
    source = collect_from_store(filled_store, corpus, gold=True)
    assert source.annotators == ["gold"] and source.quote_count == 1


def _gold_with_an_open_group(store: AnnotationStore, name: str = "gold") -> None:
    """A gold file as a review (``--out name``) leaves it midway: every sample quote settled
    but one, whose span is still open (the first of the second document)."""
    records = sample_records()
    with store.open(name, writable=True) as folded:
        for doc_id in (HARBOUR.id, BEIJING.id):
            for number, quote in enumerate(records[doc_id]):
                still_open = ["span"] if doc_id == BEIJING.id and number == 0 else []
                adjudication = {"decision": "field", "chosen": {}, "open": still_open}
                meta = {"adjudication": adjudication}
                folded.save(quote.model_copy(update={"annotator": name, "meta": meta}))


def test_gold_leaves_out_groups_still_open_in_review(filled_store, corpus_dir, monkeypatch):
    corpus = open_corpus(corpus_dir)
    _gold_with_an_open_group(filled_store)
    whole = collect_from_store(filled_store, corpus, annotators=["ana"]).quote_count
    source = collect_from_store(filled_store, corpus, gold=True)
    assert source.quote_count == whole - 1
    assert source.description["open_left_out"] == 1
    # Named as an annotator, the gold file leaves them out all the same.
    named = collect_from_store(filled_store, corpus, annotators=["gold"])
    assert named.quote_count == whole - 1
    assert named.description["open_left_out"] == 1
    # Not in two processes, as a large file would be, but in the one way that leaves them out.
    monkeypatch.setattr(exporting, "_splits_export", lambda fmt, path: True)
    out = filled_store.root.parent / "gold-export"
    manifest, _ = exporting.export_from_store(
        get_format("quotes-jsonl"), filled_store, corpus, out, gold=True
    )
    assert manifest["counts"]["quotes"] == whole - 1
    assert manifest["source"]["open_left_out"] == 1


def test_cli_gold_export_says_how_many_open_groups_it_left_out(
    filled_store, corpus_dir, tmp_path, capsys
):
    _gold_with_an_open_group(filled_store)
    out = tmp_path / "gold-csv"
    args = ["export", "csv", str(corpus_dir), "--store", str(filled_store.root), "--gold"]
    assert main([*args, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "warning: left out 1 group still open in review" in captured.err
    assert "6 quotes (6 accepted, 0 rejected)" in captured.out


@pytest.mark.parametrize("fmt", ["csv", "quotes-jsonl"])
def test_cli_review_output_of_any_name_leaves_out_open_groups(
    filled_store, corpus_dir, tmp_path, capsys, monkeypatch, fmt
):
    """A review's ``--out final`` exported with ``--annotators final`` (or among every
    annotator) leaves out its open groups and says so, as ``--gold`` does; quotes-jsonl is
    also tried the way a large file is exported (in two processes)."""
    monkeypatch.setattr(exporting, "_splits_export", lambda fmt, path: True)
    _gold_with_an_open_group(filled_store, "final")
    warning = "warning: left out 1 group still open in review"
    base = ["export", fmt, str(corpus_dir), "--store", str(filled_store.root)]
    assert main([*base, "--annotators", "final", "--out", str(tmp_path / "final")]) == 0
    captured = capsys.readouterr()
    assert captured.err.count(warning) == 1
    assert "6 quotes (6 accepted, 0 rejected)" in captured.out
    manifest = orjson.loads((tmp_path / "final" / "manifest.json").read_bytes())
    assert manifest["source"]["open_left_out"] == 1
    assert main([*base, "--out", str(tmp_path / "everyone")]) == 0  # ana, bo and final
    assert capsys.readouterr().err.count(warning) == 1
    # An annotator's own file says nothing of review.
    assert main([*base, "--annotators", "ana", "--out", str(tmp_path / "ana")]) == 0
    assert warning not in capsys.readouterr().err
    manifest = orjson.loads((tmp_path / "ana" / "manifest.json").read_bytes())
    assert "open_left_out" not in manifest["source"]


def test_missing_document_names_the_annotation_line(filled_store, tmp_path):
    only_harbour = tmp_path / "half"
    only_harbour.mkdir()
    (only_harbour / HARBOUR.id).write_text(HARBOUR.text, encoding="utf-8")
    with pytest.raises(UserError, match=r"ana\.jsonl:\d+: document 'asia/beijing\.md' is not in"):
        collect_from_store(filled_store, open_corpus(only_harbour), annotators=["ana"])


@pytest.mark.parametrize("fmt", ["csv", "quotes-jsonl", "all"])
@pytest.mark.parametrize("split", [False, True], ids=["one process", "large file"])
def test_a_failed_export_still_tells_the_lines_it_skipped(
    filled_store, tmp_path, capsys, monkeypatch, fmt, split
):
    """Broken store lines are warned about, one line each naming file and line, whether the
    export then succeeds or fails (here: a document missing from the corpus)."""
    if split:
        monkeypatch.setattr(exporting, "SPLIT_MIN_BYTES", 0)
        monkeypatch.setattr(exporting, "_cores", lambda: 2)
    path = filled_store.path_for("ana")
    lines = path.read_bytes().count(b"\n")
    with path.open("ab") as handle:
        handle.write(b'{"rev": 9, "torn\nnot a record\n')
    only_harbour = tmp_path / "half"
    only_harbour.mkdir()
    (only_harbour / HARBOUR.id).write_text(HARBOUR.text, encoding="utf-8")
    argv = ["export", fmt, str(only_harbour), "--store", str(filled_store.root)]
    assert main([*argv, "--annotators", "ana", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[1] for line in err[:2]] == [
        f"{path}:{lines + 1}",
        f"{path}:{lines + 2}",
    ]
    assert all(line.startswith("warning: ") and "skipped" in line for line in err[:2])
    assert len(err) == 3 and err[2].startswith(f"quote-annotator export: {path}:")
    assert "'asia/beijing.md' is not in the corpus" in err[2]
    assert not (tmp_path / "out").exists()


def test_changed_document_is_reanchored_or_refused(filled_store, corpus_dir):
    (corpus_dir / HARBOUR.id).write_text("Breaking. " + HARBOUR.text, encoding="utf-8")
    source = collect_from_store(filled_store, open_corpus(corpus_dir), annotators=["ana"])
    harbour = next(records for document, records in source.units if document.id == HARBOUR.id)
    assert all(orjson.loads(bytes(r.meta)).get("reanchored_from") for r in harbour)
    text = (corpus_dir / HARBOUR.id).read_text(encoding="utf-8")
    assert all(text[r.start : r.end] == orjson.loads(bytes(r.text)) for r in harbour)
    (corpus_dir / HARBOUR.id).write_text("Nothing of it is left.", encoding="utf-8")
    with pytest.raises(UserError, match=r"ana\.jsonl:\d+: quote .* is stale"):
        collect_from_store(filled_store, open_corpus(corpus_dir), annotators=["ana"])


def test_split_is_deterministic_and_independent_of_other_documents():
    spec = SplitSpec((0.8, 0.1, 0.1), seed=7)
    ids = [f"doc-{n}" for n in range(2000)]
    first = {doc_id: spec.assign(doc_id) for doc_id in ids}
    assert first == {doc_id: spec.assign(doc_id) for doc_id in reversed(ids)}
    counts = {name: list(first.values()).count(name) for name in spec.names}
    assert 1500 < counts["train"] < 1700 and 120 < counts["dev"] < 280
    other_seed = SplitSpec((0.8, 0.1, 0.1), seed=8)
    assert sum(first[d] != other_seed.assign(d) for d in ids) > 200
    assert parse_split("90/10").names == ("train", "test")
    for bad in ("80/x", "50", "1/2/3/4", "-1/2"):
        with pytest.raises(UserError, match="--split"):
            parse_split(bad)


def test_a_split_export_of_no_document_says_so_plainly():
    """An export that selected nothing (every document left out as unfinished) has every split
    empty: the note says no document was exported, not that none of 0 documents fell there."""
    manifest = {
        "split": {
            "documents": {"train": [], "dev": [], "test": []},
            "ratios": {"train": 0.8, "dev": 0.1, "test": 0.1},
        }
    }
    assert empty_splits_note(manifest) == "no document was exported, so no split file was written"


@pytest.mark.parametrize("fmt", ["quotes-jsonl", "csv"])
def test_a_split_left_empty_by_a_small_export_is_explained(
    filled_store, corpus_dir, tmp_path, capsys, fmt
):
    """One document split 80/10/10 goes to train: dev and test get no file, and the command
    says why instead of leaving the missing files to look like a failed export."""
    argv = ["export", fmt, str(corpus_dir), "--store", str(filled_store.root), "--annotators"]
    out = tmp_path / "out"
    code = main([*argv, "ana", "--split", "80/10/10", "--seed", "0", "--out", str(out)])
    assert code == 0
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    documents = manifest["split"]["documents"]
    empty = [name for name, doc_ids in documents.items() if not doc_ids]
    assert empty  # two documents cannot fill three splits
    assert not any(path.stem in empty for path in out.iterdir())
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"warning: {out}/: {' and '.join(empty)} ")
    assert "no file was written" in err[0] and "hash of --seed and its id" in err[0]
    # Seed 2 puts one document in each half: every split written, nothing to explain.
    assert (
        main([*argv, "ana", "--split", "50/50", "--seed", "2", "--out", str(tmp_path / "2")]) == 0
    )
    assert capsys.readouterr().err == ""
    assert {path.stem for path in (tmp_path / "2").iterdir()} == {"train", "test", "manifest"}


def test_manifest_says_what_was_exported(filled_store, corpus_dir, tmp_path):
    corpus = open_corpus(corpus_dir)
    source = collect_from_store(filled_store, corpus, selection=Selection(True, 1))
    out = tmp_path / "exports" / "q"
    manifest = export_dataset(
        get_format("quotes-jsonl"), source, out, split=SplitSpec((0.5, 0.5), seed=1)
    )
    on_disk = orjson.loads((out / "manifest.json").read_bytes())
    assert on_disk == manifest
    assert manifest["format"] == "quotes-jsonl" and manifest["schema_version"] == 1
    assert manifest["annotators"] == ["ana", "bo"]
    assert manifest["counts"]["quotes"] == 10 and manifest["counts"]["rejected"] == 1
    assert manifest["counts"]["by_annotator"] == {"ana": 8, "bo": 2}
    assert manifest["selection"] == {"include_rejected": True, "min_confidence": 1}
    assert {entry["path"] for entry in manifest["inputs"]} == {
        str(filled_store.path_for("ana")),
        str(filled_store.path_for("bo")),
    }
    split = manifest["split"]
    assert split["seed"] == 1 and sorted(sum(split["documents"].values(), [])) == sorted(
        [HARBOUR.id, BEIJING.id]
    )
    written = {entry["path"] for entry in manifest["files"]}
    assert written == {f"{name}.jsonl" for name, ids in split["documents"].items() if ids}
    # Hashed while written: the hashes must still be those of the bytes on disk.
    for entry in manifest["files"]:
        assert entry["sha256"] == hashlib.sha256((out / entry["path"]).read_bytes()).hexdigest()
    assert "tool_version" in manifest and "created" not in manifest


def test_export_refuses_a_full_folder_and_replaces_it_with_force(
    filled_store, corpus_dir, tmp_path
):
    source = collect_from_store(filled_store, open_corpus(corpus_dir))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(UserError, match="not empty.*--force"):
        export_dataset(get_format("csv"), source, out)
    with pytest.raises(UserError, match="not an earlier export.*refusing"):
        export_dataset(get_format("csv"), source, out, force=True)
    assert (out / "keep.txt").read_text() == "mine"
    export_dataset(get_format("csv"), source, tmp_path / "earlier")
    export_dataset(get_format("doccano"), source, tmp_path / "earlier", force=True)
    assert sorted(p.name for p in (tmp_path / "earlier").iterdir()) == [
        "doccano.jsonl",
        "manifest.json",
    ]
    assert not list(tmp_path.glob(".earlier*")) and not list(tmp_path.glob(".out*"))


def test_export_is_byte_for_byte_repeatable(filled_store, corpus_dir, tmp_path):
    source = collect_from_store(filled_store, open_corpus(corpus_dir))
    for name in ("quotes-jsonl", "prodigy", "label-studio", "doccano", "brat", "huggingface"):
        export_dataset(get_format(name), source, tmp_path / "a" / name)
        export_dataset(get_format(name), source, tmp_path / "b" / name)
        files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a" / name).rglob("*"))
        for relative in files:
            if (tmp_path / "a" / relative).is_file():
                assert (tmp_path / "a" / relative).read_bytes() == (
                    tmp_path / "b" / relative
                ).read_bytes(), relative


def test_cli_export_every_format_and_split(filled_store, corpus_dir, tmp_path, capsys):
    out = tmp_path / "everything"
    code = main(
        [
            "export",
            "all",
            str(corpus_dir),
            "--store",
            str(filled_store.root),
            "--out",
            str(out),
            "--split",
            "50/50",
            "--negatives",
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "quotes-jsonl/: 2 documents, 10 quotes (9 accepted, 1 rejected)" in printed
    for name in ("quotes-jsonl", "records-jsonl", "csv", "prodigy", "doccano", "brat"):
        manifest = orjson.loads((out / name / "manifest.json").read_bytes())
        assert manifest["split"]["ratios"] == {"train": 0.5, "test": 0.5}


def test_cli_export_errors_are_one_line(filled_store, corpus_dir, tmp_path, capsys):
    assert main(["export", "csv", "--store", str(filled_store.root)]) == 2
    assert "give the CORPUS" in capsys.readouterr().err
    code = main(
        [
            "export",
            "csv",
            str(corpus_dir),
            "--store",
            str(filled_store.root),
            "--min-confidence",
            "4",
        ]
    )
    assert code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "--min-confidence" in error


def test_cli_converts_a_file_without_the_store(tmp_path, capsys):
    source = tmp_path / "gold.jsonl"
    lines = [
        {
            "id": HARBOUR.id,
            "text": HARBOUR.text,
            "quotes": [{"start": 0, "end": 14, "type": "indirect"}],
        }
    ]
    source.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    out = tmp_path / "converted"
    assert main(["export", "doccano", "--input", str(source), "--out", str(out)]) == 0
    line = orjson.loads((out / "doccano.jsonl").read_bytes())
    assert line["annotator"] == "gold" and line["entities"][0]["end_offset"] == 14
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    assert manifest["inputs"][0]["path"] == str(source)


class _Terminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_bar_draws_on_a_terminal_only_for_long_work():
    terminal = _Terminal(tty=True)
    with ProgressBar("prodigy", 50_000, terminal) as bar:
        bar.update(25_000)
        bar.update(50_000)
    drawn = terminal.getvalue()
    assert "prodigy [###############---------------]  50% 25,000/50,000 quotes" in drawn
    assert drawn.endswith("100% 50,000/50,000 quotes\n")
    for stream, total in ((_Terminal(tty=False), 50_000), (_Terminal(tty=True), 100)):
        with ProgressBar("csv", total, stream) as bar:
            bar.update(total)
        assert stream.getvalue() == ""


def test_every_annotator_means_all_but_the_gold(filled_store, corpus_dir):
    with filled_store.open("gold", writable=True) as folded:
        folded.save(sample_records()[BEIJING.id][0].model_copy(update={"annotator": "gold"}))
    corpus = open_corpus(corpus_dir)
    assert collect_from_store(filled_store, corpus).annotators == ["ana", "bo"]
    named = collect_from_store(filled_store, corpus, annotators=["bo", "gold"])
    assert named.annotators == ["bo", "gold"]


def test_quotes_saved_in_any_order_come_out_by_document_then_position(store, corpus_dir):
    records = sample_records()
    harbour, beijing = records[HARBOUR.id], records[BEIJING.id]
    # Documents interleaved in the file and quotes saved back to front: neither the grouping by
    # document nor the order within one may lean on the order of the file.
    with store.open("ana", writable=True) as folded:
        for pair in zip(reversed(harbour), reversed(beijing), strict=False):
            for quote in pair:
                folded.save(quote)
        for quote in list(reversed(harbour))[len(beijing) :]:
            folded.save(quote)
    source = collect_from_store(store, open_corpus(corpus_dir), selection=Selection(True, 1))
    by_document = {document.id: records for document, records in source.units}
    assert list(by_document) == [BEIJING.id, HARBOUR.id]  # corpus order: asia/ sorts first
    for doc_id, saved in ((HARBOUR.id, harbour), (BEIJING.id, beijing)):
        expected = sorted(saved, key=lambda q: (q.start, q.end, q.annotator, q.id))
        assert [record.id for record in by_document[doc_id]] == [q.id for q in expected]


def test_quotes_sharing_a_start_are_ordered_by_end_whatever_order_they_came_in(store, corpus_dir):
    ordered = sorted(sample_records()[HARBOUR.id], key=lambda q: (q.start, q.end, q.id))
    shared = [n for n in range(1, len(ordered)) if ordered[n].start == ordered[n - 1].start]
    assert shared  # the outer and the inner quote start together
    saved = list(ordered)
    saved[shared[0] - 1], saved[shared[0]] = saved[shared[0]], saved[shared[0] - 1]
    with store.open("ana", writable=True) as folded:
        for quote in saved:  # by position, but the longer of the two first
            folded.save(quote)
    source = collect_from_store(store, open_corpus(corpus_dir), selection=Selection(True, 1))
    [(document, exported)] = source.units
    assert document.id == HARBOUR.id
    assert [record.id for record in exported] == [q.id for q in ordered]


def test_a_file_edited_over_and_over_is_read_through_its_snapshot(
    filled_store, corpus_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)  # every close leaves a snapshot
    with filled_store.open("ana", writable=True) as folded:
        for number in (1, 2):  # two more versions of each quote: two lines in three superseded
            for quotes in sample_records().values():
                for quote in quotes:
                    folded.save(quote.model_copy(update={"note": f"pass {number}"}))
    path = filled_store.path_for("ana")
    path.open("ab").write(b"not a record\n")  # after the snapshot: its tail
    read_whole = []
    whole_file_reader = exporting.read_live_records_and_marks

    def reading_every_line(path, digest=None):
        read_whole.append(path.name)
        return whole_file_reader(path, digest)

    monkeypatch.setattr(exporting, "read_live_records_and_marks", reading_every_line)
    corpus = open_corpus(corpus_dir)
    through = collect_from_store(filled_store, corpus, selection=Selection(True, 1))
    assert read_whole == ["bo.jsonl"]  # ana's file went through its snapshot
    fold_snapshot.snapshot_path_for(path).unlink()
    whole = collect_from_store(filled_store, corpus, selection=Selection(True, 1))
    assert read_whole == ["bo.jsonl", "ana.jsonl", "bo.jsonl"]
    assert [str(problem) for problem in through.problems] == [
        str(problem) for problem in whole.problems
    ]
    [problem] = through.problems
    assert (problem.path, problem.line) == (path, 25) and "not valid JSON" in problem.message
    assert through.units == whole.units and through.inputs == whole.inputs
    notes = {record.note for _, records in through.units for record in records}
    assert "pass 2" in notes and "pass 1" not in notes
    for name, source in (("through", through), ("whole", whole)):
        export_dataset(get_format("quotes-jsonl"), source, tmp_path / name)
    for written in ("quotes.jsonl", "manifest.json"):
        assert (tmp_path / "through" / written).read_bytes() == (
            tmp_path / "whole" / written
        ).read_bytes()


def _appending_after_the_read(store, monkeypatch):
    """Makes an annotator save a new quote to Ana's file right after an export's fold has read
    its records: readers take no lock, so a writer may append at any moment."""
    original_records, original_bulk = AnnotatorFile.quote_records, AnnotatorFile.bulk_records

    def a_writer_appends(reader):
        if not reader.writable:
            with store.open("ana", writable=True) as writer:
                writer.save(sample_records()[HARBOUR.id][0].model_copy(update={"id": "late"}))

    def records_then_a_writer_appends(self):
        yield from original_records(self)
        a_writer_appends(self)

    def bulk_then_a_writer_appends(self):
        found = original_bulk(self)
        a_writer_appends(self)
        return found

    monkeypatch.setattr(AnnotatorFile, "quote_records", records_then_a_writer_appends)
    monkeypatch.setattr(AnnotatorFile, "bulk_records", bulk_then_a_writer_appends)


@pytest.mark.parametrize("through_snapshot", [True, False], ids=["snapshot", "whole-fold"])
def test_the_manifest_hashes_the_bytes_the_fold_exported_though_a_writer_appends(
    filled_store, corpus_dir, monkeypatch, through_snapshot
):
    path = filled_store.path_for("ana")
    if through_snapshot:  # edited over and over: read through the fold snapshot
        monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)
        with filled_store.open("ana", writable=True) as folded:
            for quote in sample_records()[HARBOUR.id] * 2:
                folded.save(quote)
        assert fold_snapshot.records_per_line(path) < exporting.SNAPSHOT_LIVE_SHARE
    else:  # a line the bulk reader refuses: the fold reads the file whole
        path.open("ab").write(b"not a record\n")
    exported_bytes = path.read_bytes()
    _appending_after_the_read(filled_store, monkeypatch)
    source = collect_from_store(filled_store, open_corpus(corpus_dir), annotators=["ana"])
    assert "late" not in {record.id for _, records in source.units for record in records}
    assert b'"late"' in path.read_bytes()  # the writer did append meanwhile
    assert source.inputs[0] == {
        "path": str(path),
        "sha256": hashlib.sha256(exported_bytes).hexdigest(),
    }


def _edited_over_and_over(store: AnnotationStore, monkeypatch) -> Path:
    """Ana's file with two lines in three superseded, and a writer's snapshot of it."""
    monkeypatch.setattr(fold_snapshot, "MIN_LINES", 1)  # every close leaves a snapshot
    with store.open("ana", writable=True) as folded:
        for number in (1, 2):
            for quotes in sample_records().values():
                for quote in quotes:
                    folded.save(quote.model_copy(update={"note": f"pass {number}"}))
    path = store.path_for("ana")
    assert fold_snapshot.records_per_line(path) < exporting.SNAPSHOT_LIVE_SHARE
    return path


def test_an_export_leaves_the_writers_snapshot_for_the_next_annotate(
    filled_store, corpus_dir, monkeypatch
):
    path = _edited_over_and_over(filled_store, monkeypatch)
    snapshot = fold_snapshot.snapshot_path_for(path)
    writers = snapshot.read_bytes()
    with path.open("ab") as sink:  # annotate saved once more and was killed before its close
        sink.write(path.read_bytes().splitlines(keepends=True)[-1])
    collect_from_store(filled_store, open_corpus(corpus_dir), annotators=["ana"])
    assert snapshot.read_bytes() == writers
    with filled_store.open("ana", writable=True) as folded:
        assert folded.from_snapshot and folded.can_undo


def test_a_stale_snapshot_costs_one_read_of_the_file_not_two(
    filled_store, corpus_dir, tmp_path, monkeypatch
):
    _edited_over_and_over(filled_store, monkeypatch)
    corpus = open_corpus(corpus_dir)
    expected = collect_from_store(filled_store, corpus, annotators=["ana"])
    copy = AnnotationStore(tmp_path / "copy")
    shutil.copytree(filled_store.root, copy.root)  # another inode: the snapshot is stale
    reads = []
    monkeypatch.setattr(
        exporting, "read_live_records_and_marks", lambda *args: reads.append("whole")
    )
    original_fold = AnnotatorFile._fold
    monkeypatch.setattr(
        AnnotatorFile, "_fold", lambda self: (reads.append("fold"), original_fold(self))[1]
    )
    source = collect_from_store(copy, corpus, annotators=["ana"])
    assert reads == ["fold"]
    assert source.units == expected.units and source.problems == expected.problems == []
    assert source.inputs[0]["sha256"] == expected.inputs[0]["sha256"]


def _open_descriptors_of(path: Path) -> list[str]:
    """This process's descriptors open on ``path``."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                found.append(fd)
        except OSError:
            continue  # the listing's own descriptor, closed by now
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="lists open files via /proc")
def test_an_export_refused_for_a_stale_quote_leaves_the_corpus_file_closed(filled_store, tmp_path):
    corpus_path = tmp_path / "corpus.jsonl"
    with corpus_path.open("wb") as sink:
        for document in (BEIJING, HARBOUR):
            text = document.text if document is BEIJING else "Nothing of it is left."
            sink.write(orjson.dumps({"id": document.id, "text": text}) + b"\n")
    with pytest.raises(UserError, match="is stale") as refused:
        collect_from_store(filled_store, open_corpus(corpus_path), annotators=["ana"])
    assert refused.value.__traceback__ is not None  # the error, kept, holds its frames
    assert _open_descriptors_of(corpus_path) == []


def test_a_stored_quote_with_a_value_the_writer_never_writes_is_reported_not_exported(
    filled_store, corpus_dir
):
    path = filled_store.path_for("ana")
    lines = path.read_bytes().splitlines(keepends=True)
    entry = orjson.loads(lines[1])
    entry["item"]["confidence"] = 7  # in the writer's layout, so the fold trusts the line
    path.write_bytes(b"".join([lines[0], orjson.dumps(entry) + b"\n", *lines[2:]]))
    source = collect_from_store(
        filled_store, open_corpus(corpus_dir), annotators=["ana"], selection=Selection(True, 1)
    )
    [problem] = source.problems
    assert (problem.path, problem.line) == (path, 2) and "confidence" in problem.message
    exported = {record.id for _, records in source.units for record in records}
    assert entry["item"]["id"] not in exported and len(exported) == len(lines) - 1


@pytest.mark.parametrize("name", ["quotes-jsonl", "records-jsonl", "csv"])
def test_files_written_a_block_at_a_time_by_the_background_thread_are_whole(
    filled_store, corpus_dir, tmp_path, monkeypatch, name
):
    source = collect_from_store(filled_store, open_corpus(corpus_dir), selection=Selection(True, 1))
    whole = export_dataset(get_format(name), source, tmp_path / "whole")
    monkeypatch.setattr(formats_base, "_WRITE_BLOCK", 64)  # a block handed over every line
    blocks = export_dataset(get_format(name), source, tmp_path / "blocks")
    assert blocks["files"] == whole["files"]
    for entry in blocks["files"]:
        written = (tmp_path / "blocks" / entry["path"]).read_bytes()
        assert written == (tmp_path / "whole" / entry["path"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(written).hexdigest()


@pytest.mark.parametrize("name", ["quotes-jsonl", "records-jsonl", "prodigy"])
def test_an_export_stopped_midway_leaves_no_writing_thread_or_folder(
    filled_store, corpus_dir, tmp_path, name
):
    # A progress callback that raises stands for Ctrl-C or a failing writer. The assertions run
    # while the error is still held (as a UI keeps a worker's error): nothing may outlive it.
    source = collect_from_store(filled_store, open_corpus(corpus_dir))

    def interrupted(done: int, total: int) -> None:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        export_dataset(get_format(name), source, out, progress=interrupted)
    assert [thread for thread in threading.enumerate() if thread.name == "sha256"] == []
    assert not out.exists() and list(tmp_path.glob(".out*")) == []


def test_the_summary_line_counts_one_document_in_the_singular(
    filled_store, corpus_dir, tmp_path, capsys
):
    """'1 documents' read as a slip in the line every export prints."""
    out = tmp_path / "bo-only"
    arguments = ["export", "quotes-jsonl", str(corpus_dir), "--store", str(filled_store.root)]
    code = main([*arguments, "--annotators", "bo", "--out", str(out)])
    assert code == 0
    assert "bo-only/: 1 document, 2 quotes (2 accepted, 0 rejected)" in capsys.readouterr().out
