"""A record's stored detector suggestion, edited by hand into a shape the schema refuses: a
records-jsonl export, which writes it as it stands and claims to match the schema, skips the
line with a warning naming it, as a broken line is skipped; formats that never write the
suggestion do not read it. Every text here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

import annotator.exporting as exporting
from annotator.records import Candidate, QuoteAnnotation, QuoteType, text_sha256
from annotator.store import AnnotationStore
from tests.unit.cli_helpers import run_cli

TEXT = 'Warden Iva Holm said "the ferry runs at dawn" on Sunday.\nNothing else happened.\n'
QUOTE = '"the ferry runs at dawn"'
OTHER = "Nothing else happened."

MALFORMED = [
    ("speaker_spans", [[15, 7]]),  # backwards
    ("speaker_spans", [[7]]),
    ("cue_spans", "said"),
    ("start", -1),
    ("end", 3),  # before its start, and its text no longer as long as the span
    ("text", "the ferry"),  # not as long as its span
    ("score", 2.5),
]


def _store(tmp_path: Path, field: str | None = None, value: object = None) -> Path:
    """ana's file: the quote with its suggestion (``field`` of it replaced by ``value``, in
    the writer's layout) on line 1, and another quote on line 2."""
    root = tmp_path / "annotations"
    start = TEXT.index(QUOTE)
    suggestion = Candidate(
        start=start,
        end=start + len(QUOTE),
        text=QUOTE,
        type=QuoteType.DIRECT,
        score=0.9,
        speaker="Iva Holm",
        speaker_spans=[(7, 15)],
        cue="said",
        cue_spans=[(16, 20)],
    )
    other = TEXT.index(OTHER)
    with AnnotationStore(root).open("ana", writable=True) as labels:
        for quote_id, first, words, proposed in (
            ("q1", start, QUOTE, suggestion),
            ("q2", other, OTHER, None),
        ):
            labels.save(
                QuoteAnnotation(
                    id=quote_id,
                    doc_id="a.txt",
                    doc_sha256=text_sha256(TEXT),
                    start=first,
                    end=first + len(words),
                    text=words,
                    annotator="ana",
                    suggestion=proposed,
                )
            )
    if field is not None:
        path = root / "ana.jsonl"
        first_line, rest = path.read_bytes().split(b"\n", 1)
        entry = orjson.loads(first_line)
        entry["item"]["suggestion"][field] = value
        path.write_bytes(orjson.dumps(entry) + b"\n" + rest)
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _export(capsys, corpus: Path, store: Path, out: Path, fmt: str = "records-jsonl"):
    return run_cli(capsys, "export", fmt, str(corpus), "--store", str(store), "--out", str(out))


@pytest.mark.parametrize(("field", "value"), MALFORMED)
def test_records_jsonl_skips_a_record_whose_suggestion_is_malformed(
    tmp_path, corpus, capsys, field, value
):
    store = _store(tmp_path, field, value)
    out = tmp_path / "out"
    code, _, err = _export(capsys, corpus, store, out)
    assert code == 0, err
    assert err.startswith(f"warning: {store / 'ana.jsonl'}:1: invalid record: suggestion")
    assert err.count("warning:") == 1 and "skipped" in err
    written = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert [record["id"] for record in written] == ["q2"]


PAST_THE_END = [
    ("cue_spans", [[16, 500]], "suggestion.cue_spans: (16, 500) runs past the end"),
    ("speaker_spans", [[7, 90]], "suggestion.speaker_spans: (7, 90) runs past the end"),
    ("end", 600, "suggestion.end: 600 is past the end of the text (80 characters)"),
]
"""Suggestions the schema takes (it knows no text) that run past the end of ``TEXT``."""


@pytest.mark.parametrize(("field", "value", "said"), PAST_THE_END)
def test_records_jsonl_skips_a_record_whose_suggestion_runs_past_the_text(
    tmp_path, corpus, capsys, field, value, said
):
    """Written as it stood, it claimed offsets no consumer can find in the text."""
    store = _store(tmp_path, field, value)
    if field == "end":  # its text as long as its span, so that only the end is wrong
        path = store / "ana.jsonl"
        first_line, rest = path.read_bytes().split(b"\n", 1)
        entry = orjson.loads(first_line)
        suggestion = entry["item"]["suggestion"]
        suggestion["text"] = "x" * (value - suggestion["start"])
        path.write_bytes(orjson.dumps(entry) + b"\n" + rest)
    out = tmp_path / "out"
    code, _, err = _export(capsys, corpus, store, out)
    assert code == 0, err
    assert err.startswith(f"warning: {store / 'ana.jsonl'}:1: invalid record: {said}")
    assert err.count("\n") == 1 and err.rstrip().endswith("; skipped")
    written = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert [record["id"] for record in written] == ["q2"]


@pytest.mark.parametrize(("field", "value"), MALFORMED[:2])
def test_validate_reports_the_same_suggestions(tmp_path, corpus, capsys, field, value):
    store = _store(tmp_path, field, value)
    code, out, err = run_cli(
        capsys, "validate", str(corpus), "--store", str(store), "--annotator", "ana"
    )
    assert code == 1 and f"{store / 'ana.jsonl'}:1: " in out + err


def test_validate_names_a_suggestion_past_the_text_the_export_skips(tmp_path, corpus, capsys):
    store = _store(tmp_path, "cue_spans", [[16, 500]])
    code, out, err = run_cli(
        capsys, "validate", str(corpus), "--store", str(store), "--annotator", "ana"
    )
    assert code == 1
    assert f"{store / 'ana.jsonl'}:1: quote 'q1': its suggestion runs past the end" in out + err


def test_records_jsonl_writes_a_suggestion_that_is_well_formed(tmp_path, corpus, capsys):
    store = _store(tmp_path)
    out = tmp_path / "out"
    code, _, err = _export(capsys, corpus, store, out)
    assert (code, err) == (0, "")
    written = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert written[0]["suggestion"]["speaker_spans"] == [[7, 15]]


def test_export_all_skips_it_from_every_format(tmp_path, corpus, capsys):
    """``all`` writes records-jsonl from the one collection every format is written from."""
    store = _store(tmp_path, "speaker_spans", [[15, 7]])
    out = tmp_path / "out"
    code, _, err = _export(capsys, corpus, store, out, "all")
    assert code == 0, err
    assert f"{store / 'ana.jsonl'}:1: invalid record: suggestion" in err
    assert '"q1"' not in (out / "quotes-jsonl" / "quotes.jsonl").read_text()


@pytest.mark.parametrize("fmt", ["quotes-jsonl", "csv", "label-studio"])
def test_a_format_that_does_not_write_suggestions_does_not_read_them(
    tmp_path, corpus, capsys, monkeypatch, fmt
):
    """Checking costs a decode per record: formats that never write a suggestion skip it."""
    checked: list[int] = []
    real = exporting._skip_invalid_suggestions

    def counted(records, located, *rest):
        checked.append(len(records))
        return real(records, located, *rest)

    monkeypatch.setattr(exporting, "_skip_invalid_suggestions", counted)
    store = _store(tmp_path, "speaker_spans", [[15, 7]])
    code, _, err = _export(capsys, corpus, store, tmp_path / "out", fmt)
    assert (code, err) == (0, "") and checked == []
    code, _, err = _export(capsys, corpus, store, tmp_path / "records", "records-jsonl")
    assert code == 0 and checked == [2]
