"""Small gaps a review noticed: hand-edited spans of a quote's parts, offsets given as
booleans, a review output told by a deleted document. Every text here is invented."""

from __future__ import annotations

import orjson
import pytest

from annotator.store import AnnotationStore
from tests.unit.cli_helpers import label, run_cli

# -- export: a speaker, source or cue span that does not fit its document -------------------------

SAID = 'Ranger Tove Aldt said "the trail is closed" at dawn.'


def _store_with_part_span(tmp_path, write_corpus, field, start, end):
    """A store of one quote whose ``field`` holds ``[[start, end]]``, edited by hand; the
    corpus, the store and its file."""
    corpus = write_corpus({"fine.txt": SAID})
    store = tmp_path / "annotations"
    label(
        store,
        corpus,
        "ana",
        "fine.txt",
        '"the trail is closed"',
        speaker="Tove Aldt",
        speaker_spans=[(7, 16)],
        source="Tove Aldt",
        source_spans=[(7, 16)],
        cue_spans=[(17, 21)],
    )
    path = store / "ana.jsonl"
    written = {"speaker_spans": b"[[7,16]]", "source_spans": b"[[7,16]]", "cue_spans": b"[[17,21]]"}
    before = f'"{field}":'.encode() + written[field]
    assert before in path.read_bytes()
    # A hand edit that keeps the writer's layout, so the bulk read takes the line as it stands.
    edited = f'"{field}":[[{start},{end}]]'.encode()
    path.write_bytes(path.read_bytes().replace(before, edited))
    return corpus, store, path


@pytest.mark.parametrize("field", ["speaker_spans", "source_spans", "cue_spans"])
def test_export_refuses_a_part_span_past_the_end_of_its_document(
    capsys, tmp_path, write_corpus, field
):
    corpus, store, path = _store_with_part_span(tmp_path, write_corpus, field, 7, 90)
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert err == (
        f"quote-annotator export: {path}:1: quote 'fine.txt:22' in 'fine.txt' has "
        f"{field} 7..90, past the end of the text (52 characters); nothing was exported "
        "(validate lists every such quote)\n"
    )
    assert code == 2
    assert not out_dir.exists() or not any(out_dir.iterdir())


@pytest.mark.parametrize("field", ["speaker_spans", "source_spans", "cue_spans"])
def test_export_skips_a_line_with_a_part_span_that_runs_backwards(
    capsys, tmp_path, write_corpus, field
):
    """A span backwards is a broken line (the schema refuses it): skipped with a warning, as
    every broken line is, where it once refused the whole export."""
    corpus, store, path = _store_with_part_span(tmp_path, write_corpus, field, 16, 7)
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert code == 0, err
    assert err.startswith(f"warning: {path}:1: invalid record: {field}")
    assert err.count("warning:") == 1 and "skipped" in err
    assert "fine.txt:22" not in (out_dir / "quotes.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("edited", [b"[[-3,16]]", b'"Tove"'])
def test_export_skips_a_line_whose_speaker_span_is_no_span(capsys, tmp_path, write_corpus, edited):
    corpus = write_corpus({"fine.txt": SAID})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "fine.txt", '"the trail is closed"', speaker_spans=[(7, 16)])
    path = store / "ana.jsonl"
    path.write_bytes(
        path.read_bytes().replace(b'"speaker_spans":[[7,16]]', b'"speaker_spans":' + edited)
    )
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    # Once a refusal of the whole export, exit code 2, where a cue span so edited was skipped.
    assert code == 0, err
    assert err.startswith(f"warning: {path}:1: invalid record: speaker_spans")
    assert err.count("warning:") == 1 and "skipped" in err


def test_export_writes_part_spans_that_fit(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"fine.txt": SAID})
    store = tmp_path / "annotations"
    label(
        store,
        corpus,
        "ana",
        "fine.txt",
        '"the trail is closed"',
        speaker="Tove Aldt",
        speaker_spans=[(7, 16)],
        cue_spans=[(17, 21)],
    )
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert (code, err) == (0, "")
    assert any(out_dir.iterdir())


# -- review: another review's output, told by any live record -------------------------------------


def test_default_annotators_tells_a_review_output_whose_first_document_was_emptied(
    capsys, tmp_path, write_corpus
):
    from annotator.cli.review import default_annotators

    corpus = write_corpus(
        {
            "a.txt": 'Keeper Ansel Miro said "the lamp is lit" at dusk.',
            "b.txt": 'Pilot Deva Rusk said "the harbour is open" at noon.',
        }
    )
    store_root = tmp_path / "annotations"
    for name in ("ana", "bob"):
        label(store_root, corpus, name, "b.txt", '"the harbour is open"')
        with AnnotationStore(store_root).open(name, writable=True) as file:
            file.mark_finished("b.txt")
    adjudicated = {"adjudication": {"from": ["ana", "bob"]}}
    first = label(store_root, corpus, "earlier", "a.txt", '"the lamp is lit"', meta=adjudicated)
    label(store_root, corpus, "earlier", "b.txt", '"the harbour is open"', meta=adjudicated)
    with AnnotationStore(store_root).open("earlier", writable=True) as file:
        file.delete(first.id)
        assert file.doc_ids() == ["b.txt"]
    capsys.readouterr()
    assert default_annotators(AnnotationStore(store_root), "gold") == ["ana", "bob"]
    assert "left out, the output of another review: earlier" in capsys.readouterr().err


def test_default_annotators_tells_a_review_output_whose_first_record_is_unreadable(
    capsys, tmp_path, write_corpus
):
    from annotator.cli.review import default_annotators

    corpus = write_corpus(
        {
            "a.txt": 'Keeper Ansel Miro said "the lamp is lit" at dusk.',
            "b.txt": 'Pilot Deva Rusk said "the harbour is open" at noon.',
        }
    )
    store_root = tmp_path / "annotations"
    for name in ("ana", "bob"):
        label(store_root, corpus, name, "b.txt", '"the harbour is open"')
        with AnnotationStore(store_root).open(name, writable=True) as file:
            file.mark_finished("b.txt")
    adjudicated = {"adjudication": {"from": ["ana", "bob"]}}
    label(store_root, corpus, "earlier", "a.txt", '"the lamp is lit"', meta=adjudicated)
    label(store_root, corpus, "earlier", "b.txt", '"the harbour is open"', meta=adjudicated)
    path = store_root / "earlier.jsonl"
    first, rest = path.read_bytes().split(b"\n", 1)
    # A hand edit that leaves the line's head, so the fold keeps it and only reading it fails.
    path.write_bytes(first.replace(b'"status":"accepted"', b'"status":"unheard-of"') + b"\n" + rest)
    capsys.readouterr()
    assert default_annotators(AnnotationStore(store_root), "gold") == ["ana", "bob"]
    assert "left out, the output of another review: earlier" in capsys.readouterr().err


# -- evaluate: an offset that is a boolean -------------------------------------------------------


@pytest.mark.parametrize(("start", "end"), [(True, 20), (0, True), (False, 20)])
def test_evaluate_refuses_boolean_offsets(capsys, tmp_path, start, end):
    said = 'Miller Oda Venn said "the wheel turns slowly" at noon.'
    gold = tmp_path / "gold.jsonl"
    line = {"id": "one", "text": said, "quotes": [{"start": start, "end": end, "type": "direct"}]}
    gold.write_bytes(orjson.dumps(line) + b"\n")
    code, _, err = run_cli(capsys, "evaluate", "--gold", str(gold))
    assert err == f"quote-annotator evaluate: {gold}:1: quote 0 has non-integer offsets\n"
    assert code == 2
