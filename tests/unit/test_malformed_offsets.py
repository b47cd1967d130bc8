"""Every span list and offset of a quote, given a malformed shape by hand, is refused by export,
validate and import alike, naming file and line: none is written out as it stands, and none is
coerced (a ``true`` read as 1).

Export reads the speaker and source spans raw (``record_codec.BulkQuote``) and checks them in
one go per document; the other fields are typed, and a line with one of another shape goes to
the fold. Either way the line is skipped with a warning naming file and line, as every broken
line is, and the rest is exported (a raw span list of another shape once refused the whole
export instead)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.records import QuoteAnnotation, text_sha256
from annotator.store import AnnotationStore
from tests.unit.cli_helpers import run_cli

TEXT = 'Warden Iva Holm said "the ferry runs at dawn" on Sunday.\n'
QUOTE = '"the ferry runs at dawn"'

MALFORMED_SPAN_LISTS = [
    "[[1,2,3]]",
    "[[1]]",
    '[["a",2]]',
    "[[1,2,3,4]]",  # read flat, the offsets pair up
    "[[1],[2]]",
    "[1,2]",
    "[[[1,2]]]",
    "[[1,2],[]]",
    "[[true,2]]",  # a lax reader takes true for 1
    "[[1.0,2]]",
    '[["1",2]]',
    "{}",
    '"x"',
]
MALFORMED_OFFSETS = ["true", "20.0", '"20"', "null", "[20]", "-1"]
RAW_FIELDS = ("speaker_spans", "source_spans")
"""Kept raw by the bulk export, checked by its quick check per document."""
TYPED_FIELDS = ("cue_spans",)
"""Decoded by the bulk export: a malformed one sends the line to the fold."""

CASES = [
    *((field, shape) for field in (*RAW_FIELDS, *TYPED_FIELDS) for shape in MALFORMED_SPAN_LISTS),
    *((field, shape) for field in ("start", "end") for shape in MALFORMED_OFFSETS),
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _store_with(tmp_path: Path, replace: dict[str, str]) -> Path:
    """A store whose one quote's fields ``replace`` names hold the raw JSON given."""
    root = tmp_path / "annotations"
    start = TEXT.index(QUOTE)
    with AnnotationStore(root).open("ana", writable=True) as labels:
        labels.save(
            QuoteAnnotation(
                id="q1",
                doc_id="a.txt",
                doc_sha256=text_sha256(TEXT),
                start=start,
                end=start + len(QUOTE),
                text=QUOTE,
                annotator="ana",
                speaker="Iva Holm",
                speaker_spans=[(7, 15)],
                cue_spans=[(16, 20)],
            )
        )
    path = root / "ana.jsonl"
    line = path.read_text(encoding="utf-8")
    item = json.loads(line)["item"]
    for field, raw in replace.items():
        written = f'"{field}":{json.dumps(item[field], separators=(",", ":"))}'
        assert line.count(written) == 1, written
        line = line.replace(written, f'"{field}":{raw}')
    path.write_text(line, encoding="utf-8")
    return root


@pytest.mark.parametrize(("field", "shape"), CASES)
def test_export_writes_no_quote_of_a_malformed_shape(tmp_path, corpus, capsys, field, shape):
    store = _store_with(tmp_path, {field: shape})
    out = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "quotes-jsonl", str(corpus), "--store", str(store), "--out", str(out)
    )
    where = f"{store / 'ana.jsonl'}:1: "
    assert code == 0, err
    assert f"warning: {where}invalid record: {field}" in err and "skipped" in err
    written = [path.read_text(encoding="utf-8") for path in out.glob("*.jsonl")]
    assert not any('"q1"' in text for text in written)


@pytest.mark.parametrize(("field", "shape"), CASES)
def test_validate_reports_a_malformed_shape(tmp_path, corpus, capsys, field, shape):
    store = _store_with(tmp_path, {field: shape})
    code, out, err = run_cli(
        capsys, "validate", str(corpus), "--store", str(store), "--annotator", "ana"
    )
    assert code == 1, out + err
    assert f"{store / 'ana.jsonl'}:1: " in out + err


def test_export_skips_span_lists_that_pair_up_only_across_fields(tmp_path, corpus, capsys):
    # [[7]] and [[15]]: read flat together, 7..15 looks like a span.
    store = _store_with(tmp_path, {"speaker_spans": "[[7]]", "source_spans": "[[15]]"})
    code, _, err = run_cli(
        capsys,
        "export",
        "quotes-jsonl",
        str(corpus),
        "--store",
        str(store),
        "--out",
        str(tmp_path / "out"),
    )
    assert code == 0 and "1: invalid record: speaker_spans" in err and "skipped" in err


def test_export_takes_span_lists_spaced_by_hand(tmp_path, corpus, capsys):
    store = _store_with(tmp_path, {"speaker_spans": "[ [7, 15] ]", "source_spans": "[ ]"})
    out = tmp_path / "out"
    code, _, err = run_cli(
        capsys, "export", "quotes-jsonl", str(corpus), "--store", str(store), "--out", str(out)
    )
    assert code == 0, err
    (document,) = map(json.loads, (out / "quotes.jsonl").read_text().splitlines())
    assert document["quotes"][0]["speaker_spans"] == [[7, 15]]


@pytest.mark.parametrize(("field", "shape"), CASES)
def test_import_refuses_a_malformed_shape(tmp_path, corpus, capsys, field, shape):
    start = TEXT.index(QUOTE)
    quote = {
        "start": start,
        "end": start + len(QUOTE),
        "text": QUOTE,
        "type": "direct",
        "speaker": "Iva Holm",
        "speaker_spans": [[7, 15]],
        "source_spans": [],
        "cue_spans": [[16, 20]],
    }
    quote[field] = "@@"
    line = json.dumps({"id": "a.txt", "text": TEXT, "quotes": [quote]})
    imported = tmp_path / "in.jsonl"
    imported.write_text(line.replace('"@@"', shape) + "\n", encoding="utf-8")
    store = tmp_path / "annotations"
    code, _, err = run_cli(
        capsys,
        "import",
        "quotes-jsonl",
        str(imported),
        str(corpus),
        "--store",
        str(store),
        "--annotator",
        "bo",
    )
    assert code == 2 and err.count("\n") == 1, err
    assert f"{imported}:1: " in err and "nothing was imported" in err


# -- import from other tools' formats ---------------------------------------------------------

OTHER_TYPES = {"float": float, "str": str, "bool": lambda offset: True}
"""The same offset as another type: a reader taking it as a number (``int(x)``, or a bool
passing ``isinstance(x, int)``) stores an offset nobody wrote as one."""

FORMAT_OFFSETS = [
    # (format, file exported, path to the offset inside the file's JSON, which line it is on)
    ("label-studio", "tasks.json", (0, "annotations", 0, "result", 0, "value", "start")),
    ("label-studio", "tasks.json", (0, "annotations", 0, "result", 1, "value", "end")),
    ("doccano", "doccano.jsonl", ("entities", 0, "start_offset")),
    ("doccano", "doccano.jsonl", ("entities", 1, "end_offset")),
    ("prodigy", "prodigy.jsonl", ("spans", 0, "start")),
    ("prodigy", "prodigy.jsonl", ("relations", 0, "child_span", "start")),
    ("prodigy", "prodigy.jsonl", ("relations", 0, "head_span", "end")),
]


def _exported(tmp_path: Path, corpus: Path, capsys, fmt: str, name: str) -> tuple[Path, Any]:
    """The one quote of ``_store_with`` (with a speaker span) exported as ``fmt``: the file, and
    its JSON (one value: the file is a JSON array or one line)."""
    store = _store_with(tmp_path, {})
    out = tmp_path / fmt
    code, _, err = run_cli(
        capsys, "export", fmt, str(corpus), "--store", str(store), "--out", str(out)
    )
    assert code == 0, err
    path = out / name
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("fmt", "name", "where"), FORMAT_OFFSETS)
@pytest.mark.parametrize("other_type", OTHER_TYPES)
def test_import_of_another_tool_refuses_an_offset_that_is_no_int(
    tmp_path, corpus, capsys, fmt, name, where, other_type
):
    path, data = _exported(tmp_path, corpus, capsys, fmt, name)
    holder = data
    for step in where[:-1]:
        holder = holder[step]
    assert isinstance(holder[where[-1]], int)
    holder[where[-1]] = OTHER_TYPES[other_type](holder[where[-1]])
    holder.pop("text", None)  # Label Studio's check of the region's text would catch some
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    code, _, err = run_cli(
        capsys,
        "import",
        fmt,
        str(path),
        str(corpus),
        "--store",
        str(tmp_path / "in"),
        "--annotator",
        "bo",
    )
    assert code == 2 and err.count("\n") == 1, err
    assert f"{path}:1: " in err and "nothing was imported" in err


@pytest.mark.parametrize("written", ["2_1", "+21", "٢١", "21.0"])
def test_brat_import_refuses_an_offset_brat_would_not_read(tmp_path, corpus, capsys, written):
    # int() takes the first three as 21: brat reads ASCII digits only.
    store = _store_with(tmp_path, {})
    out = tmp_path / "brat"
    code, _, err = run_cli(
        capsys, "export", "brat", str(corpus), "--store", str(store), "--out", str(out)
    )
    assert code == 0, err
    ann = out / "a.txt.ann"
    start = TEXT.index(QUOTE)
    lines = ann.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].startswith(f"T1\tQuote {start} ")
    lines[0] = lines[0].replace(f"Quote {start} ", f"Quote {written} ", 1)
    ann.write_text("".join(lines), encoding="utf-8")
    code, _, err = run_cli(
        capsys,
        "import",
        "brat",
        str(out),
        str(corpus),
        "--store",
        str(tmp_path / "in"),
        "--annotator",
        "bo",
    )
    assert code == 2 and err.count("\n") == 1, err
    assert f"{ann}:1: not a brat annotation line (offset {written!r} is not a number)" in err
