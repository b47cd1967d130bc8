"""Small gaps other rounds noticed: a split given as a negative number, brat lines an import does
not read, a source's kind as a label people disagree on. Every text here is invented."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.records import QuoteAnnotation, text_sha256
from annotator.store import AnnotationStore

SAID = 'Warden Ilse Korv said "the gates stay shut until the storm has passed" at dawn.'
QUOTED = '"the gates stay shut until the storm has passed"'


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def label(store_root, corpus_root, annotator: str, doc_id: str, needle: str, **fields):
    """Save an accepted quote of ``needle`` in ``doc_id`` as ``annotator``'s."""
    text = (corpus_root / doc_id).read_text(encoding="utf-8")
    start = text.index(needle)
    with AnnotationStore(store_root).open(annotator, writable=True) as file:
        return file.save(
            QuoteAnnotation(
                id=f"{doc_id}:{start}",
                doc_id=doc_id,
                doc_sha256=text_sha256(text),
                start=start,
                end=start + len(needle),
                text=needle,
                annotator=annotator,
                **fields,
            )
        )


@pytest.fixture
def labelled(tmp_path, write_corpus):
    corpus = write_corpus({"one.txt": SAID})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "one.txt", QUOTED)
    return corpus, store


# -- export --split with a leading minus ----------------------------------------------------------


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("shares", ["-10/110", "-5/50/55", "-x/10"])
def test_a_split_starting_with_a_minus_gets_the_same_refusal_either_way(
    capsys, tmp_path, labelled, shares, joined
):
    corpus, store = labelled
    out_dir = tmp_path / "out"
    split = [f"--split={shares}"] if joined else ["--split", shares]
    argv = ["export", "csv", *split, "--store", str(store), "--out", str(out_dir), str(corpus)]
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    reason = (
        "expected numbers like 80/10/10"
        if "x" in shares
        else "give 2 or 3 non-negative shares, like 80/10/10"
    )
    assert err == f"quote-annotator export: --split {shares!r}: {reason}\n"
    assert not out_dir.exists()


def test_a_split_still_wants_a_value_before_the_next_option(capsys, tmp_path, labelled):
    corpus, store = labelled
    with pytest.raises(SystemExit) as exit_:
        main(["export", "csv", "--split", "--store", str(store), str(corpus)])
    assert exit_.value.code == 2
    assert "argument --split: expected one argument" in capsys.readouterr().err
