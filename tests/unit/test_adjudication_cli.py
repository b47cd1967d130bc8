"""``quote-annotator review`` arguments: corpus or annotator, defaults, one-line errors."""

from __future__ import annotations

import pytest

from annotator.adjudication import Adjudication
from annotator.cli import main
from annotator.cli.review import refuse_annotators_own_file, split_names
from annotator.errors import UserError
from annotator.store import AnnotationStore
from tests.unit.test_agreement_data import quote, span_of

HARBOUR = span_of('"the pier will reopen after the storm season"')


@pytest.fixture
def store(tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    for name in ("ann", "ben", "cal", "gold"):
        with store.open(name, writable=True) as folded:
            folded.save(quote(name, *HARBOUR))
    return store


def test_a_leading_path_is_the_corpus_and_the_rest_annotators(
    store, write_corpus, monkeypatch, tmp_path
):
    monkeypatch.chdir(tmp_path)  # no seeds/ here
    folder = write_corpus({"doc-1.txt": "A text of our own."})
    corpus, names = split_names([str(folder), "ben", "ann"], store, "gold")
    assert corpus is not None and corpus.ids == ["doc-1.txt"]
    assert names == ["ben", "ann"]
    corpus, names = split_names([], store, "gold")
    assert corpus is None and names == ["ann", "ben", "cal"]  # everyone but the gold file


def test_seeds_is_the_default_corpus_when_it_exists(store, write_corpus, monkeypatch, tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text("Seed text.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    corpus, _ = split_names(["ann", "ben"], store, "gold")
    assert corpus is not None and corpus.ids == ["one.txt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ann"], "review needs two annotators or more (files found: ann, ben, cal, gold)"),
        (["ann", "zed"], "zed.jsonl: no annotation file for 'zed'"),
        (["ann", "ben", "--out", "ben"], "the gold file cannot also be reviewed"),
        (["ann", "ben", "--out", "cal"], "cal.jsonl: holds 1 label of annotator 'cal', not a"),
        (["ann", "ben", "--out", "no/slash"], "cannot name a file"),
        (["ann", "ben", "corpus/"], "corpus/: the corpus comes first: review CORPUS ANNOTATOR"),
    ],
)
def test_bad_arguments_are_one_line_errors(store, capsys, monkeypatch, tmp_path, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    code = main(["review", "--store", str(store.root), *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("quote-annotator review: ") and err.count("\n") == 1
    assert message in err


def test_a_review_may_write_on_into_its_own_output_of_any_name(store, tmp_path):
    """Only an annotator's own labels are refused as ``--out``: a file a review wrote (its
    records carry ``meta.adjudication``) and a new name are taken."""
    with store.open("final", writable=True) as folded:
        decided = quote("final", *HARBOUR)
        folded.save(decided.model_copy(update={"meta": {"adjudication": {"decision": "take"}}}))
    refuse_annotators_own_file(store, "final")
    refuse_annotators_own_file(store, "new-name")
    refuse_annotators_own_file(store, "gold")  # a hand-made gold imported as gold
    with pytest.raises(UserError, match="holds 1 label of annotator 'ann'"):
        refuse_annotators_own_file(store, "ann")


def test_with_no_annotator_named_other_reviews_and_idle_annotators_are_left_out(
    store, monkeypatch, tmp_path, capsys
):
    """Every file but --out was reviewed: another review's gold file (and 'gold' when --out
    named another), and someone who opened annotate once and finished nothing, each took a key
    and a column of the review."""
    monkeypatch.chdir(tmp_path)  # no seeds/ here
    with Adjudication(store, ["ann", "ben"], "final") as review:
        for document in review.scan():
            for disagreement in document.disagreements:
                review.drop(disagreement)
    with store.open("dot", writable=True) as idle:
        idle.mark_finished("harbour.txt", finished=False)  # started, finished nothing
    _, names = split_names([], store, "later")
    assert names == ["ann", "ben", "cal"]
    err = capsys.readouterr().err
    assert "left out, the output of another review: final" in err
    assert "left out, finished no document: dot" in err
    _, names = split_names(["ann", "dot"], store, "later")  # named: reviewed all the same
    assert names == ["ann", "dot"]
