"""Small gaps a review noticed: hand-edited spans of a quote's parts, offsets given as
booleans, a review output told by a deleted document. Every text here is invented."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.records import QuoteAnnotation, text_sha256
from annotator.store import AnnotationStore


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


# -- export: a speaker, source or cue span that does not fit its document -------------------------

SAID = 'Ranger Tove Aldt said "the trail is closed" at dawn.'


@pytest.mark.parametrize("field", ["speaker_spans", "source_spans", "cue_spans"])
@pytest.mark.parametrize(
    ("start", "end", "what"),
    [
        (7, 90, "past the end of the text (52 characters)"),
        (16, 7, "which ends before it starts"),
    ],
)
def test_export_refuses_a_part_span_that_does_not_fit_its_document(
    capsys, tmp_path, write_corpus, field, start, end, what
):
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
    out_dir = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "csv", "--store", str(store), "--out", str(out_dir), str(corpus)
    )
    assert err == (
        f"quote-annotator export: {path}:1: quote 'fine.txt:22' in 'fine.txt' has "
        f"{field} {start}..{end}, {what}; nothing was exported (validate lists every such "
        "quote)\n"
    )
    assert code == 2
    assert not out_dir.exists() or not any(out_dir.iterdir())


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
