"""``quote-annotator agreement``: figures from the store, table and JSON, clear errors."""

from __future__ import annotations

import orjson
import pytest

from annotator.cli import main
from annotator.records import Status
from annotator.store import AnnotationStore
from tests.unit.test_agreement_data import quote, span_of

HARBOUR = span_of('"the pier will reopen after the storm season"')
WAITED = span_of('"We have waited long enough,"')


def run_cli(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def labelled(tmp_path):
    root = tmp_path / "annotations"
    store = AnnotationStore(root)
    with store.open("ann", writable=True) as ann:
        ann.save(quote("ann", *HARBOUR, speaker="Harbour master"))
        ann.save(quote("ann", *WAITED, speaker="Mária Kovács"))
    with store.open("ben", writable=True) as ben:
        ben.save(quote("ben", *HARBOUR, speaker="harbour master"))
        ben.save(quote("ben", *WAITED, status=Status.REJECTED))
    with store.open("gold", writable=True) as gold:
        gold.save(quote("gold", *HARBOUR, speaker="Harbour master"))
    return root


def test_json_figures_for_every_annotator_but_gold(labelled, capsys):
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), "--json")
    assert code == 0, err
    data = orjson.loads(out)
    assert data["annotators"] == ["ann", "ben"]
    (pair,) = data["pairs"]
    assert pair["spans"]["exact"]["matched"] == 1
    assert pair["spans"]["exact"]["recall"] == 0.5
    assert pair["labels"]["speaker"] == {"items": 1, "percent": 1.0, "kappa": None}
    assert data["quotes"]["ben"] == {"accepted": 1, "rejected": 1}


def test_named_annotators_include_gold_and_threshold_is_recorded(labelled, capsys):
    code, out, _ = run_cli(
        capsys, "agreement", "--store", str(labelled), "ann", "gold", "--json", "--threshold", "0.8"
    )
    assert code == 0
    data = orjson.loads(out)
    assert data["annotators"] == ["ann", "gold"]
    assert data["alignment"]["threshold"] == 0.8


def test_table_on_the_terminal(labelled, capsys):
    code, out, _ = run_cli(capsys, "agreement", "--store", str(labelled))
    assert code == 0
    assert out.startswith("Agreement of ann, ben")
    assert "ann / ben" in out and "Labels on matched quotes" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ann", "nobody"], "nobody.jsonl: no annotation file for 'nobody'"),
        (["ann"], "agreement needs two annotators or more (files found: ann, ben, gold)"),
        (["ann", "ann"], "'ann' is named twice: agreement compares different annotators"),
        (["--threshold", "1.5"], "--threshold: must be above 0 and at most 1"),
        (["--documents", "-1"], "--documents: must be 0 or more, not -1"),
    ],
)
def test_bad_input_is_one_line_on_stderr(labelled, capsys, argv, message):
    if argv[0].startswith("--"):  # refused by the argument parser
        with pytest.raises(SystemExit) as exit_info:
            main(["agreement", "--store", str(labelled), *argv])
        err = capsys.readouterr().err
        assert exit_info.value.code == 2 and err.count("\n") == 1 and message in err
        return
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_a_corpus_given_by_habit_is_named_in_one_line(labelled, capsys, tmp_path):
    """Every other command that reads the store takes a corpus first; agreement takes none and
    says so, rather than that the path is no valid annotator name."""
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), f"{corpus}/")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{corpus}/: agreement compares annotation files and takes no corpus" in err
    assert "(files found: ann, ben, gold)" in err


def test_a_broken_line_is_reported_and_the_rest_counted(labelled, capsys):
    with (labelled / "ben.jsonl").open("ab") as handle:
        handle.write(b'{"rev": 9, "item": oops}\n')
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), "--json")
    assert code == 0
    assert "ben.jsonl:3" in err
    assert orjson.loads(out)["quotes"]["ben"]["accepted"] == 1


def test_documents_an_annotator_has_not_finished_are_left_out_and_counted(labelled, capsys):
    # ann finished doc-1; ben stopped in it, and in doc-2 where ann has nothing: the quote ben
    # did not reach is no miss of his, and the line says whose records were left out.
    store = AnnotationStore(labelled)
    with store.open("ann", writable=True) as ann:
        ann.mark_finished("doc-1")
    with store.open("ben", writable=True) as ben:
        ben.mark_finished("doc-1", finished=False)
        ben.save(quote("ben", *HARBOUR, doc_id="doc-2"))
        ben.mark_finished("doc-2", finished=False)
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), "--json")
    assert code == 0, err
    data = orjson.loads(out)
    assert data["left_out_unfinished"] == {"documents": 2, "annotators": {"ann": 0, "ben": 2}}
    assert data["documents"] == 0 and data["single_annotator_documents"] == 1
    assert data["quotes"]["ben"] == {"accepted": 0, "rejected": 0}
    code, out, _ = run_cli(capsys, "agreement", "--store", str(labelled))
    assert code == 0
    assert "Left out as unfinished: 2 documents (ben 2)\n" in out
    # Both labelled doc-1; the table said it was "labelled by one annotator only".
    assert "on 0 documents finished by two or more of them\n" in out
    assert "(1 document finished by one annotator only is left out)\n" in out


def test_an_annotator_who_finished_no_document_is_left_out_unless_named(labelled, capsys):
    # cy opened annotate once and stopped in the first document: no pair with cy has a figure.
    store = AnnotationStore(labelled)
    with store.open("cy", writable=True) as cy:
        cy.save(quote("cy", *HARBOUR))
        cy.mark_finished("doc-1", finished=False)
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), "--json")
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann", "ben"]
    assert "left out, finished no document: cy" in err
    code, out, err = run_cli(capsys, "agreement", "--store", str(labelled), "ann", "cy", "--json")
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann", "cy"]
    assert "left out" not in err


def test_files_without_marks_give_the_figures_they_always_gave(labelled, capsys):
    code, out, _ = run_cli(capsys, "agreement", "--store", str(labelled), "--json")
    assert orjson.loads(out)["left_out_unfinished"] == {
        "documents": 0,
        "annotators": {"ann": 0, "ben": 0},
    }
    _, table, _ = run_cli(capsys, "agreement", "--store", str(labelled))
    assert "unfinished" not in table
