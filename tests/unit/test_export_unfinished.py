"""Export leaves out an annotator's labels on a document they have not finished, as agreement
does: in a half-labelled document the quotes not reached would be false "no quote" examples."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import annotator.exporting as exporting
from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.exporting import Selection, collect_from_store
from annotator.formats import get_format
from annotator.store import AnnotationStore
from tests.unit.test_export_helpers import BEIJING, HARBOUR, sample_records


@pytest.fixture
def corpus_dir(write_corpus) -> Path:
    """The two sample documents as a folder corpus."""
    return write_corpus({document.id: document.text for document in (HARBOUR, BEIJING)})


@pytest.fixture
def marked_store(store: AnnotationStore) -> AnnotationStore:
    """Ana labels both documents but takes harbour back as not finished (after its quotes, as
    ``f`` pressed again writes it); Bo labels two harbour quotes and finishes harbour; both
    documents' quotes come before any mark."""
    records = sample_records()
    with store.open("ana", writable=True) as folded:
        for quotes in records.values():
            for quote in quotes:
                folded.save(quote)
        folded.mark_finished(BEIJING.id)
        folded.mark_finished(HARBOUR.id, finished=False)
    with store.open("bo", writable=True) as folded:
        folded.mark_finished(HARBOUR.id, finished=False)
        for quote in records[HARBOUR.id][:2]:
            folded.save(quote.model_copy(update={"annotator": "bo"}))
        folded.mark_finished(HARBOUR.id)
    return store


def _export(capsys, fmt: str, corpus: Path, store: AnnotationStore, out: Path, *more: str):
    argv = ["export", fmt, str(corpus), "--store", str(store.root), "--out", str(out), *more]
    assert main(argv) == 0
    captured = capsys.readouterr()
    first = out / "csv" if fmt == "all" else out  # ``all``: a folder per format
    manifest = orjson.loads((first / "manifest.json").read_bytes())
    return captured, manifest


def _quotes_jsonl(out: Path) -> list[tuple[str, str]]:
    """(document, annotator) of each quote written."""
    rows = [orjson.loads(line) for line in (out / "quotes.jsonl").read_bytes().splitlines()]
    return [(row["id"], quote["annotator"]) for row in rows for quote in row["quotes"]]


def test_quotes_jsonl_leaves_out_an_unfinished_document_and_says_so(
    marked_store, corpus_dir, tmp_path, capsys
):
    out = tmp_path / "out"
    captured, manifest = _export(capsys, "quotes-jsonl", corpus_dir, marked_store, out)
    written = _quotes_jsonl(out)
    assert (HARBOUR.id, "ana") not in written
    assert written.count((HARBOUR.id, "bo")) == 2
    assert written.count((BEIJING.id, "ana")) == 2
    lines = [line for line in captured.err.splitlines() if "unfinished" in line]
    assert lines == [
        "Left out as unfinished: 1 document (ana 1); --include-unfinished exports them"
    ]
    assert manifest["counts"]["by_annotator"] == {"ana": 2, "bo": 2}


def test_huggingface_has_no_row_of_an_unfinished_annotator(
    marked_store, corpus_dir, tmp_path, capsys
):
    out = tmp_path / "hf"
    captured, _ = _export(capsys, "huggingface", corpus_dir, marked_store, out)
    rows = [orjson.loads(line) for path in sorted(out.glob("*.jsonl")) for line in path.open("rb")]
    assert sorted((row["id"], row["annotator"]) for row in rows) == [
        (BEIJING.id, "ana"),
        (HARBOUR.id, "bo"),
    ]
    assert "Left out as unfinished: 1 document (ana 1)" in captured.err


def test_include_unfinished_exports_them_and_says_nothing(
    marked_store, corpus_dir, tmp_path, capsys
):
    out = tmp_path / "all"
    captured, manifest = _export(
        capsys, "quotes-jsonl", corpus_dir, marked_store, out, "--include-unfinished"
    )
    written = _quotes_jsonl(out)
    assert written.count((HARBOUR.id, "ana")) == 5  # the rejected one is no negative here
    assert "unfinished" not in captured.err
    assert manifest["source"]["include_unfinished"] is True
    assert manifest["source"]["left_out_unfinished"]["documents"] == 0


def test_help_names_the_option(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--include-unfinished" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["quotes-jsonl", "csv", "all"])
def test_manifest_counts_the_documents_left_out_per_annotator(
    marked_store, corpus_dir, tmp_path, capsys, fmt
):
    # Bo takes harbour back too (a later mark decides), and leaves an unlabelled document
    # not finished: no labels there, nothing left out.
    with marked_store.open("bo", writable=True) as folded:
        folded.mark_finished(HARBOUR.id, finished=False)
        folded.mark_finished("nowhere.txt", finished=False)
    out = tmp_path / fmt
    captured, manifest = _export(capsys, fmt, corpus_dir, marked_store, out)
    assert manifest["source"]["include_unfinished"] is False
    assert manifest["source"]["left_out_unfinished"] == {
        "documents": 1,
        "annotators": {"ana": 1, "bo": 1},
        "doc_ids": {"ana": [HARBOUR.id], "bo": [HARBOUR.id]},
    }
    assert manifest["documents"] == {BEIJING.id: BEIJING.sha256}
    assert captured.err.count("Left out as unfinished: 1 document (ana 1, bo 1)") == 1


def test_a_document_marked_finished_again_is_exported(marked_store, corpus_dir):
    with marked_store.open("ana", writable=True) as folded:
        folded.mark_finished(HARBOUR.id)
    source = collect_from_store(marked_store, open_corpus(corpus_dir), annotators=["ana"])
    assert [document.id for document, _ in source.units] == [BEIJING.id, HARBOUR.id]
    assert source.description["left_out_unfinished"]["documents"] == 0


def test_a_gold_file_left_unfinished_by_review_is_left_out(store, corpus_dir, tmp_path, capsys):
    records = sample_records()
    with store.open("gold", writable=True) as folded:
        for quotes in records.values():
            for quote in quotes:
                folded.save(quote.model_copy(update={"annotator": "gold"}))
        folded.mark_finished(HARBOUR.id)
        folded.mark_finished(BEIJING.id, finished=False)  # a disagreement still open
    for fmt in ("quotes-jsonl", "prodigy"):
        out = tmp_path / fmt
        captured, manifest = _export(capsys, fmt, corpus_dir, store, out, "--gold")
        assert list(manifest["documents"]) == [HARBOUR.id]
        assert "Left out as unfinished: 1 document (gold 1)" in captured.err
        assert manifest["source"]["left_out_unfinished"]["annotators"] == {"gold": 1}


def test_a_large_file_leaves_them_out_as_well(marked_store, corpus_dir, tmp_path, monkeypatch):
    """Tried the way a large file is exported (in two processes, when it splits)."""
    monkeypatch.setattr(exporting, "_splits_export", lambda fmt, path: True)
    manifest, _ = exporting.export_from_store(
        get_format("quotes-jsonl"),
        marked_store,
        open_corpus(corpus_dir),
        tmp_path / "out",
        annotators=["ana"],
        selection=Selection(True, 1),
    )
    assert list(manifest["documents"]) == [BEIJING.id]


def test_an_import_exports_all_it_imported(store, corpus_dir, tmp_path, capsys):
    """An import writes no mark: its documents have labels and no mark, so count as finished."""
    first = tmp_path / "first"
    captured, _ = _export(capsys, "quotes-jsonl", corpus_dir, _ana_only(store), first)
    imported = AnnotationStore(tmp_path / "imported")
    argv = ["import", "quotes-jsonl", str(first / "quotes.jsonl"), str(corpus_dir)]
    assert main([*argv, "--store", str(imported.root), "--annotator", "ana"]) == 0
    capsys.readouterr()
    again = tmp_path / "again"
    captured, manifest = _export(capsys, "quotes-jsonl", corpus_dir, imported, again)
    assert (again / "quotes.jsonl").read_bytes() == (first / "quotes.jsonl").read_bytes()
    assert "unfinished" not in captured.err
    assert manifest["source"]["left_out_unfinished"]["documents"] == 0


def _ana_only(store: AnnotationStore) -> AnnotationStore:
    with store.open("ana", writable=True) as folded:
        for quotes in sample_records().values():
            for quote in quotes:
                folded.save(quote)
    return store
