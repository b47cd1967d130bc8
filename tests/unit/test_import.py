"""Import into the store: all or nothing, file:line errors, re-imports, corpus checks, the CLI."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.detect import detect_quotes
from annotator.errors import StoreLockedError, UserError
from annotator.exporting import (
    ImportContext,
    _build_quote,
    _named_annotator,
    export_dataset,
    import_file,
    plain_import_record,
    plain_import_records,
    plain_record,
    plan_import,
)
from annotator.formats import get_format
from annotator.formats.base import ReadDocument, ReadQuote
from annotator.records import Document, Origin, QuoteAnnotation, StoreEntry
from annotator.session import label_from_candidate
from annotator.store import encode_entry
from tests.unit.test_export_helpers import BEIJING, HARBOUR, essence, sample_records, source_of

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval" / "polnear-train.jsonl"

QUOTES = get_format("quotes-jsonl")


def write_jsonl(path: Path, values: list) -> Path:
    """Each value as one JSON line (strings are written as they are: broken lines)."""
    path.write_bytes(
        b"".join((v.encode() if isinstance(v, str) else orjson.dumps(v)) + b"\n" for v in values)
    )
    return path


def harbour_line(*quotes: dict) -> dict:
    """A quotes-jsonl line of the harbour document."""
    return {"id": HARBOUR.id, "text": HARBOUR.text, "quotes": list(quotes)}


def test_import_writes_validated_quotes_with_their_provenance(tmp_path, store):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [harbour_line({"start": 20, "end": 51, "speaker": "Ana Ruiz", "confidence": "medium"})],
    )
    report = import_file(QUOTES, path, store, "cy")
    assert (report.imported, report.unchanged, report.documents) == (1, 0, 1)
    with store.open("cy") as folded:
        [quote] = folded.quotes()
    assert quote.text == '"the harbour 🌊 reopens in May,"'
    assert quote.confidence == 2 and quote.origin is Origin.MANUAL and quote.annotator == "cy"
    assert quote.doc_sha256 == HARBOUR.sha256
    assert quote.meta["imported_from"] == {"format": "quotes-jsonl", "file": str(path), "line": 1}


def test_reimport_changes_nothing_and_an_edit_keeps_created(tmp_path, store):
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51})])
    import_file(QUOTES, path, store, "cy")
    size = store.path_for("cy").stat().st_size
    again = import_file(QUOTES, path, store, "cy")
    assert (again.imported, again.unchanged) == (0, 1)
    assert store.path_for("cy").stat().st_size == size
    with store.open("cy") as folded:
        created = folded.quotes()[0].created
    write_jsonl(path, [harbour_line({"start": 20, "end": 51, "type": "mixed"})])
    changed = import_file(QUOTES, path, store, "cy")
    assert changed.imported == 1
    with store.open("cy", writable=True) as folded:
        [quote] = folded.quotes()
        assert quote.type.value == "mixed" and quote.created == created
        folded.undo()
        assert folded.quotes()[0].type.value == "direct"


def test_a_bad_line_imports_nothing_and_names_file_and_line(tmp_path, store):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"start": 20, "end": 51}),
            {"id": BEIJING.id, "text": BEIJING.text, "quotes": [{"start": 0, "end": 3}]},
            '{"id": "broken", "text": ',
        ],
    )
    with pytest.raises(UserError, match=r"in\.jsonl:3: not valid JSON") as raised:
        import_file(QUOTES, path, store, "cy")
    assert "nothing was imported" in str(raised.value)
    assert not store.path_for("cy").exists()


def test_a_quote_that_does_not_fit_its_text_is_reported_with_the_field(tmp_path, store):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"start": 20, "end": 51}),
            harbour_line({"start": 0, "end": 5, "text": "Wrong"}) | {"id": "again"},
            {"id": BEIJING.id, "text": BEIJING.text, "quotes": [{"start": 9, "end": 900}]},
            {"id": "x", "text": "Short.", "quotes": [{"start": 0, "end": 2, "confidence": 7}]},
        ],
    )
    plan = plan_import(QUOTES, path, annotator="cy")
    messages = [str(problem) for problem in plan.problems]
    assert messages[0].startswith(f"{path}:2: quote 0..5 of 'again': text:")
    assert messages[1].startswith(f"{path}:3: quote 9..900 of 'asia/beijing.md': end: 900 is past")
    assert messages[2].startswith(f"{path}:4: quote 0..2 of 'x': confidence: 7 is not")
    report = import_file(QUOTES, path, store, "cy", skip_bad=True)
    assert report.imported == 1 and len(report.problems) == 3
    with store.open("cy") as folded:
        assert [q.doc_id for q in folded.quotes()] == [HARBOUR.id]


def test_a_repeated_quote_id_is_reported_with_where_it_was_first(tmp_path, store):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"id": "q1", "start": 20, "end": 51}, {"id": "q2", "start": 0, "end": 5}),
            {
                "id": BEIJING.id,
                "text": BEIJING.text,
                "quotes": [{"id": "q2", "start": 0, "end": 3}],
            },
            {"id": "x", "text": "Short one.", "quotes": [{"id": "q3", "start": 0, "end": 5}] * 2},
        ],
    )
    with pytest.raises(UserError, match=r"in\.jsonl:2: quote id 'q2' appears twice \(first at "):
        import_file(QUOTES, path, store, "cy")
    plan = plan_import(QUOTES, path, annotator="cy")
    assert [str(problem) for problem in plan.problems] == [
        f"{path}:2: quote id 'q2' appears twice (first at {path}:1)",
        f"{path}:3: quote id 'q3' appears twice (first at {path}:3)",
    ]
    assert [(record["id"], where) for record, where in plan.quotes] == [
        ("q1", f"{path}:1"),
        ("q2", f"{path}:1"),
        ("q3", f"{path}:3"),
    ]


def test_ids_repeated_within_the_first_document_leave_the_rest_of_the_file_whole(tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "x", "text": "Short one.", "quotes": [{"id": "q1", "start": 0, "end": 5}] * 3},
            harbour_line({"id": "q2", "start": 20, "end": 51}, {"id": "q3", "start": 0, "end": 5}),
            {
                "id": BEIJING.id,
                "text": BEIJING.text,
                "quotes": [{"id": "q3", "start": 0, "end": 3}],
            },
        ],
    )
    plan = plan_import(QUOTES, path, annotator="cy")
    assert [str(problem) for problem in plan.problems] == [
        f"{path}:1: quote id 'q1' appears twice (first at {path}:1)",
        f"{path}:1: quote id 'q1' appears twice (first at {path}:1)",
        f"{path}:3: quote id 'q3' appears twice (first at {path}:2)",
    ]
    assert [(record["id"], where) for record, where in plan.quotes] == [
        ("q1", f"{path}:1"),
        ("q2", f"{path}:2"),
        ("q3", f"{path}:2"),
    ]


def test_one_id_of_two_annotators_is_two_quotes_when_annotators_are_kept(tmp_path):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line(
                {"id": "q1", "start": 20, "end": 51, "annotator": "x1"},
                {"id": "q1", "start": 0, "end": 5, "annotator": "x2"},
            ),
            {"id": "x", "text": "Short one.", "quotes": [{"id": "q1", "start": 0, "end": 5}]},
        ],
    )
    plan = plan_import(QUOTES, path, annotator="cy", keep_annotators=True)
    assert not plan.problems
    assert [(record["annotator"], record["id"]) for record, _ in plan.quotes] == [
        ("x1", "q1"),
        ("x2", "q1"),
        ("cy", "q1"),
    ]


def test_values_of_the_wrong_shape_are_reported_not_a_crash(tmp_path):
    """Lists and objects where a word or a number belongs cannot even be compared in bulk."""
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"start": 20, "end": 51, "confidence": [2]}),
            harbour_line({"start": 20, "end": 51, "type": ["direct"]}) | {"id": "b"},
            harbour_line({"start": 20, "end": 51, "status": {"x": 1}}) | {"id": "c"},
            harbour_line({"start": 20, "end": 51, "origin": ["manual"]}) | {"id": "d"},
            harbour_line({"start": 20, "end": 51, "source_kind": []}) | {"id": "e"},
        ],
    )
    plan = plan_import(QUOTES, path, annotator="cy")
    assert [problem.line for problem in plan.problems] == [1, 2, 3, 4, 5]
    assert [str(problem).split(": ")[2] for problem in plan.problems] == [
        "confidence",
        "type",
        "status",
        "origin",
        "source_kind",
    ]
    assert not plan.quotes


def test_corpus_must_hold_the_same_documents(tmp_path, store, write_corpus):
    corpus = open_corpus(write_corpus({HARBOUR.id: HARBOUR.text}))
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"start": 20, "end": 51}),
            {"id": BEIJING.id, "text": BEIJING.text, "quotes": []},
            {"id": HARBOUR.id, "text": HARBOUR.text + " More.", "quotes": []},
        ],
    )
    plan = plan_import(QUOTES, path, annotator="cy", corpus=corpus)
    messages = [str(problem) for problem in plan.problems]
    assert "in.jsonl:2: document 'asia/beijing.md' is not in the corpus" in messages[0]
    assert "in.jsonl:3: document 'harbour.txt' again (first at" in messages[1]
    edited = write_jsonl(tmp_path / "edited.jsonl", [harbour_line() | {"text": "Changed."}])
    plan = plan_import(QUOTES, edited, annotator="cy", corpus=corpus)
    assert "the text differs from the corpus" in str(plan.problems[0])


def test_a_document_the_corpus_cannot_read_is_a_problem_of_its_line(tmp_path, write_corpus):
    """Once the unreadable corpus file stopped the whole import with the corpus's error alone:
    it is a problem of the line that names the document, as a missing one is (so --skip-bad
    imports the rest)."""
    root = write_corpus({HARBOUR.id: HARBOUR.text, BEIJING.id: b"Caf\xe9 news."})
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [harbour_line({"start": 20, "end": 51}), {"id": BEIJING.id, "quotes": []}],
    )
    plan = plan_import(QUOTES, path, annotator="cy", corpus=open_corpus(root, skip_bad=True))
    assert [str(problem) for problem in plan.problems] == [
        f"{path}:2: document 'asia/beijing.md' cannot be read: {root / BEIJING.id}:1: not UTF-8 "
        "(byte 0xe9 at column 4); convert it, e.g. iconv -f latin1 -t utf-8"
    ]
    assert len(plan.quotes) == 1


def test_several_annotators_on_one_document_need_a_choice(tmp_path, store):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line(
                {"start": 20, "end": 51, "annotator": "x1"},
                {"start": 20, "end": 51, "annotator": "x2", "confidence": 1},
            )
        ],
    )
    with pytest.raises(UserError, match=r"several annotators \(x1, x2\).*--source-annotator"):
        import_file(QUOTES, path, store, "cy")
    with pytest.raises(UserError, match=r": 1 document \(first 'harbour.txt'\) holds the labels"):
        import_file(QUOTES, path, store, "cy")
    report = import_file(QUOTES, path, store, "cy", source_annotator="x2")
    assert report.imported == 1 and report.skipped_annotators == {"x1": 1}
    with store.open("cy") as folded:
        [quote] = folded.quotes()
    assert quote.confidence == 1 and quote.meta["imported_from"]["annotator"] == "x2"
    with pytest.raises(
        UserError, match=r"in\.jsonl: no labels of 'x3' \(annotators here: x1, x2\)"
    ):
        import_file(QUOTES, path, store, "dee", source_annotator="x3")
    assert not store.path_for("dee").exists()


def test_detector_output_becomes_suggestions(tmp_path, store):
    path = write_jsonl(
        tmp_path / "detected.jsonl",
        [
            harbour_line(
                {"start": 20, "end": 51, "type": "direct", "score": 0.9, "speaker": "Ana Ruiz"},
                {"start": 104, "end": 132, "type": "indirect", "score": 0.2},
            )
        ],
    )
    import_file(QUOTES, path, store, "cy")
    with store.open("cy") as folded:
        first, second = folded.quotes()
    assert first.origin is Origin.SUGGESTED and first.suggestion.score == 0.9
    assert (first.confidence, second.confidence) == (3, 1)
    assert first.id.startswith("imp-") and first.id != second.id


def test_a_suggestion_with_broken_cue_spans_is_reported_not_a_crash(tmp_path, store):
    path = write_jsonl(
        tmp_path / "detected.jsonl",
        [harbour_line({"start": 20, "end": 51, "score": 0.7, "cue_spans": [[15]]})],
    )
    with pytest.raises(UserError, match=r"detected\.jsonl:1: quote 20\.\.51 .*cue_spans"):
        import_file(QUOTES, path, store, "cy")


def test_import_waits_for_no_one_holding_the_file(tmp_path, store):
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51})])
    with store.open("cy", writable=True), pytest.raises(StoreLockedError):
        import_file(QUOTES, path, store, "cy")


def test_imported_lines_continue_the_store_history(tmp_path, store):
    records = sample_records()
    with store.open("cy", writable=True) as folded:
        folded.save(records[BEIJING.id][0].model_copy(update={"annotator": "cy"}))
    store.path_for("cy").open("ab").write(b'{"rev": 2, "torn')
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51})])
    import_file(QUOTES, path, store, "cy")
    with store.open("cy") as folded:
        assert len(folded) == 2
        # The torn line stays where it was, reported and skipped as the store always does.
        assert [p.line for p in folded.problems] == [2]
    lines = store.path_for("cy").read_bytes().splitlines()
    assert orjson.loads(lines[-1])["rev"] == 2 and lines[1] == b'{"rev": 2, "torn'


@pytest.mark.parametrize(
    ("name", "target", "breakage", "expected"),
    [
        ("prodigy", "prodigy.jsonl", (1, b'{"text": 3}'), r"prodigy\.jsonl:2: not a Prodigy task"),
        ("doccano", "doccano.jsonl", (0, b"[]"), r"doccano\.jsonl:1: not a doccano example"),
        (
            "label-studio",
            "tasks.json",
            (1, b'{"data": {}},'),
            r"tasks\.json:2: task without \"data\.text\"",
        ),
    ],
)
def test_malformed_tool_files_name_their_line(tmp_path, store, name, target, breakage, expected):
    out = tmp_path / name
    export_dataset(get_format(name), source_of(sample_records()), out)
    lines = (out / target).read_bytes().splitlines()
    index, replacement = breakage
    lines[index] = replacement
    (out / target).write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(UserError, match=expected):
        import_file(get_format(name), out / target, store, "cy")
    assert not store.path_for("cy").exists()


def test_label_studio_offsets_that_miss_their_text_are_refused(tmp_path, store):
    out = tmp_path / "ls"
    export_dataset(get_format("label-studio"), source_of(sample_records()), out)
    tasks = orjson.loads((out / "tasks.json").read_bytes())
    region = next(item for item in tasks[1]["annotations"][0]["result"] if item["type"] == "labels")
    region["value"]["start"] += 1  # as when another tool counts offsets otherwise
    (out / "tasks.json").write_bytes(orjson.dumps(tasks, option=orjson.OPT_INDENT_2))
    with pytest.raises(UserError, match=r"tasks\.json:\d+: region .* does not match the task text"):
        import_file(get_format("label-studio"), out / "tasks.json", store, "cy")
    assert not store.path_for("cy").exists()


def test_malformed_brat_names_the_ann_line(tmp_path, store):
    out = tmp_path / "brat"
    export_dataset(get_format("brat"), source_of(sample_records()), out)
    ann = out / "harbour.txt.ann"
    lines = ann.read_text().splitlines()
    lines[1] = "T2\tSpeaker zero 5\tMayor"
    ann.write_text("\n".join(lines) + "\n")
    with pytest.raises(UserError, match=r"harbour\.txt\.ann:2: not a brat annotation line"):
        import_file(get_format("brat"), out, store, "cy")
    (out / "asia" / "beijing.md.txt").unlink()
    plan = plan_import(get_format("brat"), out, annotator="cy")
    assert any("no text file beijing.md.txt" in str(p) for p in plan.problems)


def test_a_brat_export_of_several_annotators_imports_whole_with_their_folders_as_owners(
    tmp_path, store
):
    # brat gets one folder per annotator: the folder names whose labels they are, so ids keep
    # no folder and both annotators' quotes of a document are one document of the import.
    records = sample_records()
    bo = [q.revised(annotator="bo", id=f"bo-{q.id}") for q in records["harbour.txt"][:2]]
    records["harbour.txt"] = [*records["harbour.txt"], *bo]
    out = tmp_path / "brat"
    export_dataset(get_format("brat"), source_of(records), out)
    assert (out / "bo" / "harbour.txt.ann").is_file()
    report = import_file(get_format("brat"), out, store, "cy", source_annotator="bo")
    assert report.imported == 2
    with store.open("cy") as cy:
        assert {q.doc_id for q in cy.quotes()} == {"harbour.txt"}
    with pytest.raises(UserError, match="several annotators .ana, bo.; choose whose"):
        import_file(get_format("brat"), out, store, "dee")


def test_round_trip_through_the_store_and_the_cli(tmp_path, store, capsys):
    out = tmp_path / "ls"
    export_dataset(get_format("label-studio"), source_of(sample_records()), out)
    code = main(
        ["import", "label-studio", str(out / "tasks.json"), "--store", str(store.root)]
        + ["--annotator", "cy"]
    )
    assert code == 0
    assert "8 quotes imported, 0 unchanged, from 2 documents" in capsys.readouterr().out
    with store.open("cy") as folded:
        stored = sorted(essence(q)[:-1] for q in folded.quotes())
    expected = sorted(essence(q)[:-1] for qs in sample_records().values() for q in qs)
    assert stored == expected


def test_cli_import_errors_and_skip_bad_exit_codes(tmp_path, store, capsys):
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51}), "{"])
    base = ["import", "quotes-jsonl", str(path), "--store", str(store.root), "--annotator", "cy"]
    assert main(base) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"{path}:2: not valid JSON" in error
    # A refused import into a new name leaves the store as it was: its lock file stayed.
    assert list(store.root.iterdir()) == []
    assert main([*base, "--skip-bad"]) == 1
    captured = capsys.readouterr()
    assert f"skipped: {path}:2" in captured.err and "1 quote imported" in captured.out
    with pytest.raises(SystemExit):  # argparse refuses an export-only format
        main(["import", "csv", str(path)])


@pytest.mark.skipif(not EVAL.exists(), reason="the shared evaluation file is not here")
def test_the_shared_evaluation_file_imports(tmp_path, store):
    sample = tmp_path / "eval-sample.jsonl"
    with EVAL.open("rb") as handle:
        sample.write_bytes(b"".join(itertools.islice(handle, 5)))
    report = import_file(QUOTES, sample, store, "cy")
    lines = [orjson.loads(line) for line in sample.read_bytes().splitlines()]
    assert report.imported == sum(len(line["quotes"]) for line in lines) > 0
    with store.open("cy") as folded:
        stored = folded.quotes()
    given = sorted((line["id"], q["start"], q["end"]) for line in lines for q in line["quotes"])
    assert sorted((q.doc_id, q.start, q.end) for q in stored) == given


def test_imported_lines_are_what_the_store_writer_writes(tmp_path, store):
    out = tmp_path / "q"
    export_dataset(QUOTES, source_of(sample_records()), out)
    import_file(QUOTES, out / "quotes.jsonl", store, "cy")
    lines = store.path_for("cy").read_bytes().splitlines(keepends=True)
    assert len(lines) == 8
    for line in lines:
        assert encode_entry(StoreEntry.model_validate_json(line)) == line


def test_detect_output_needs_the_corpus_for_its_text(tmp_path, store, write_corpus):
    detected = write_jsonl(
        tmp_path / "detected.jsonl",
        [{"id": HARBOUR.id, "quotes": [{"start": 20, "end": 51, "type": "direct", "score": 0.5}]}],
    )
    with pytest.raises(UserError, match=r"detected\.jsonl:1: .* comes without its text"):
        import_file(QUOTES, detected, store, "cy")
    corpus = open_corpus(write_corpus({HARBOUR.id: HARBOUR.text}))
    report = import_file(QUOTES, detected, store, "cy", corpus=corpus)
    assert report.imported == 1
    with store.open("cy") as folded:
        [quote] = folded.quotes()
    assert quote.origin is Origin.SUGGESTED and quote.confidence == 2


_TEXT = 'Ana said "the 🌊 harbour reopens," 王伟说。'
# Mostly valid values, so both the fast path and the model's refusals get exercised.
_VALUES = {
    "type": ["direct", "mixed", "indirect", "DIRECT", 3],
    "speaker": [None, "Ana", "[Smith]", "Ana", 7],
    "source": [None, "Radio Costa", "Radio Costa", ["x"]],
    "source_kind": [None, "outlet", "event", "blog", 1],
    "confidence": [1, 2, 3, 3, 4, "2", 2.0, True],
    "status": ["accepted", "rejected", "accepted", "maybe"],
    "origin": ["manual", "suggested", "manual", "other"],
    "note": ["", "checked", "", None],
    "meta": [{}, {"imported_from": {"line": 3}}, {}, []],
}


@st.composite
def _quote_data(draw):
    length = len(_TEXT)
    if draw(st.integers(0, 4)):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, length))
    else:
        start, end = draw(st.integers(-1, length)), draw(st.integers(-1, length + 2))
    valid_pair = st.integers(0, length).flatmap(
        lambda first: st.integers(first, length).map(lambda last: [first, last])
    )
    odd_pair = st.lists(st.integers(-1, length + 1), min_size=1, max_size=3)
    pair = st.one_of(valid_pair, valid_pair, valid_pair, odd_pair)
    data = {
        "id": draw(st.sampled_from(["q1", "q1", "q1", "", 5])),
        "doc_id": "d",
        "doc_sha256": "0" * 64,
        "annotator": draw(st.sampled_from(["cy", "cy", ""])),
        "start": start,
        "end": end,
        "text": draw(st.sampled_from([_TEXT[max(start, 0) : max(end, 0)]] * 4 + ["other", None])),
        "speaker_spans": draw(st.lists(pair, max_size=2)),
        "source_spans": draw(st.lists(pair.map(tuple), max_size=1)),
        "cue_spans": draw(st.lists(pair, max_size=2)),
    }
    for key, values in _VALUES.items():
        if draw(st.booleans()):
            data[key] = draw(st.sampled_from(values))
    return data


@settings(max_examples=120, deadline=None)
@given(data=_quote_data())
def test_fast_import_path_agrees_with_the_model(data):
    now = datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=UTC)
    fast = plain_record(data, _TEXT, "2026-01-02T03:04:05.006000Z")
    try:
        model = QuoteAnnotation.model_validate(
            {**data, "created": now, "updated": now}, context={"document_text": _TEXT}
        )
    except ValidationError:
        assert fast is None
        return
    event("fast path" if fast is not None else "model only")
    if fast is not None:
        assert fast == model.model_dump(mode="json")
        assert list(fast) == list(model.model_dump(mode="json"))


_BULK_TEXT = 'Lena Ortiz said "rates will hold 📈 steady," 李明表示。 Radio Norte agreed.'


_PLAIN = {
    "type": ["direct", "mixed", "indirect", None],
    "speaker": [None, "Lena", "[Ortiz]"],
    "source": [None, "Radio Norte"],
    "source_kind": [None, "outlet", "event"],
    "confidence": [1, 2, 3, None],
    "status": ["accepted", "rejected", None],
    "origin": ["manual", "suggested", "", None],
    "note": ["", "checked", None],
    "meta": [{}, {"imported_from": {"line": 3}, "k": 1}, None],
    "id": ["q1", "q2", "", None, 9],
    "annotator": ["lena", "zoe", "", None],
    "score": [None],
}
"""Values the bulk path takes as they are."""


@st.composite
def _document_quotes(draw):
    """Quote objects of one document as a file may give them: mostly plain, some odd."""
    length = len(_BULK_TEXT)
    quotes = []
    # Half the documents hold valid quotes only, so the bulk path is exercised often.
    plain = draw(st.booleans())
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, length))
        if not plain and not draw(st.integers(0, 6)):
            start, end = draw(st.sampled_from([(-1, 2), (3, 1), (0, length + 1), ("0", 2)]))
        fields = {"start": start, "end": end}
        if draw(st.integers(0, 5)):
            fields["text"] = _BULK_TEXT[start:end] if isinstance(start, int) else "x"
        elif not plain and draw(st.booleans()):
            fields["text"] = draw(st.sampled_from(["other", None, 5]))
        pair = st.tuples(st.integers(0, length), st.integers(0, length)).map(sorted)
        for key in ("speaker_spans", "source_spans", "cue_spans"):
            if draw(st.booleans()):
                odd = st.sampled_from([None, [[2, 1]], [[0, length + 5]], [[1]], "x"])
                fields[key] = draw(
                    st.lists(pair, max_size=2) if plain else st.one_of(st.lists(pair), odd)
                )
        for key, values in {
            **_VALUES,
            "id": ["q1", "q2", "", None, 9],
            "annotator": ["lena", "lena", "zoe", "", None],
            "score": [0.8, 0.1],
            "origin": ["manual", "suggested", "", None, "other"],
        }.items():
            if draw(st.integers(0, 3)) == 0:
                fields[key] = draw(st.sampled_from(_PLAIN.get(key, values) if plain else values))
        quotes.append(fields)
    return quotes


@settings(max_examples=100, deadline=None)
@given(fields=_document_quotes(), keep_annotators=st.booleans())
def test_fast_import_paths_agree_with_the_general_one(fields, keep_annotators):
    document = Document(id="d", text=_BULK_TEXT)
    quotes = [ReadQuote(1, dict(value)) for value in fields]
    named = [_named_annotator(value) for value in fields]
    owners = [(name or "cy") if keep_annotators else "cy" for name in named]

    def context():
        return ImportContext("quotes-jsonl", document, False, "2026-01-02T03:04:05.006Z", Counter())

    item = ReadDocument(Path("in.jsonl"), 1, "d", _BULK_TEXT, quotes)
    general_context = context()
    when = (datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=UTC), general_context.now)
    general = [
        _build_quote(QUOTES, item, quote, document, owner, general_context.derived, when)
        for quote, owner in zip(quotes, owners, strict=True)
    ]
    # One by one as an import goes: the quick path, else the general one.
    single_context = context()
    for quote, owner, expected in zip(quotes, owners, general, strict=True):
        single = plain_import_record(quote.fields, owner, "in.jsonl", 1, single_context)
        if single is None:
            single = _build_quote(
                QUOTES, item, quote, document, owner, single_context.derived, when
            )
        else:
            event("quick")
        assert single == expected
        assert not isinstance(single, dict) or list(single) == list(expected)
    bulk = plain_import_records(quotes, owners, named, "in.jsonl", context())
    event("bulk" if bulk is not None else "one by one")
    if bulk is not None:
        assert bulk == general
        assert [list(record) for record in bulk] == [list(expected) for expected in general]


def test_plain_documents_take_the_bulk_path():
    """The fast path is really taken for an ordinary document, missing keys and all."""
    document = Document(id="d", text=_BULK_TEXT)
    start = _BULK_TEXT.index('"')
    end = _BULK_TEXT.index(',"') + 2
    fields = [
        {"start": start, "end": end, "text": _BULK_TEXT[start:end], "speaker_spans": [[0, 10]]},
        {"start": 0, "end": 4, "confidence": 2, "note": None, "speaker": None, "annotator": "zoe"},
    ]
    context = ImportContext("quotes-jsonl", document, False, "2026-01-02T03:04:05.006Z", Counter())
    quotes = [ReadQuote(1, value) for value in fields]
    records = plain_import_records(quotes, ["cy", "cy"], [None, "zoe"], "in.jsonl", context)
    assert records is not None
    assert [record["text"] for record in records] == [_BULK_TEXT[start:end], "Lena"]
    assert [record["meta"]["imported_from"].get("annotator") for record in records] == [
        None,
        "zoe",
    ]
    assert records[0]["id"] != records[1]["id"] and records[1]["note"] == ""


def _full_quote(quote_id: str, start: int, end: int, **changes) -> dict:
    """A quote object with every key an export writes, plainly valid unless ``changes`` say."""
    return {
        "id": quote_id,
        "start": start,
        "end": end,
        "text": _BULK_TEXT[start:end],
        "type": "direct",
        "speaker": "Lena Ortiz",
        "speaker_spans": [[0, 10]],
        "source": None,
        "source_kind": None,
        "source_spans": [],
        "cue": "said",
        "cue_spans": [[11, 15]],
        "confidence": 2,
        "annotator": "lena",
        "status": "accepted",
        "origin": "manual",
    } | changes


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"type": None},
        {"confidence": None, "status": None},
        {"origin": ""},
        {"speaker_spans": None},
        {"text": None},
        {"id": ""},
        {"note": "checked", "meta": {"k": 1}},
    ],
)
def test_complete_quote_objects_take_the_bulk_path_with_their_defaults(changes):
    """Quotes that carry every key go through the bulk path; a key given as null (or empty)
    still gets its default there, exactly as one by one."""
    document = Document(id="d", text=_BULK_TEXT)
    start = _BULK_TEXT.index('"')
    end = _BULK_TEXT.index(',"') + 2
    fields = [_full_quote("q1", start, end), _full_quote("q2", 0, 4, **changes)]
    if changes.get("text", "") is None:
        del fields[1]["text"]  # a text given as null is an error; one left out is derived
    quotes = [ReadQuote(1, dict(value)) for value in fields]
    owners, named = ["cy", "cy"], ["lena", "lena"]

    def context():
        return ImportContext("quotes-jsonl", document, False, "2026-01-02T03:04:05.006Z", Counter())

    general_context = context()
    when = (datetime(2026, 1, 2, 3, 4, 5, 6000, tzinfo=UTC), general_context.now)
    item = ReadDocument(Path("in.jsonl"), 1, "d", _BULK_TEXT, quotes)
    general = [
        _build_quote(QUOTES, item, quote, document, "cy", general_context.derived, when)
        for quote in quotes
    ]
    bulk = plain_import_records(quotes, owners, named, "in.jsonl", context())
    assert bulk is not None
    assert bulk == general
    assert [list(record) for record in bulk] == [list(record) for record in general]
    assert bulk[1]["type"] in ("direct", "mixed", "indirect") and bulk[1]["confidence"] in (1, 2, 3)


def test_cli_import_takes_the_corpus_last_as_the_other_commands_do(tmp_path, store, capsys):
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51})])
    same = tmp_path / "same"
    same.mkdir()
    (same / HARBOUR.id).write_text(HARBOUR.text, encoding="utf-8")
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / HARBOUR.id).write_text(HARBOUR.text + " Later that day, more.", encoding="utf-8")
    base = ["import", "quotes-jsonl", str(path), "--store", str(store.root), "--annotator", "cy"]
    # The corpus is checked whichever way it is given: an edited document is refused.
    assert main([*base, str(edited)]) == 2
    assert "in.jsonl" in capsys.readouterr().err
    assert main([*base, "--corpus", str(edited)]) == 2
    capsys.readouterr()
    assert main([*base, str(same), "--corpus", str(edited)]) == 2
    assert "two corpora given" in capsys.readouterr().err
    assert main([*base, str(same)]) == 0
    assert "1 quote imported" in capsys.readouterr().out


def test_a_file_of_another_format_is_warned_about_not_imported_as_nothing(tmp_path, store, capsys):
    """A quotes-jsonl file imported as prodigy reads as documents without quotes: the import
    says so, with the formats it reads, instead of reporting 0 quotes imported and nothing."""
    path = tmp_path / "quotes.jsonl"
    first = sample_records()[HARBOUR.id][0]
    quote = {"start": first.start, "end": first.end, "type": first.type.value}
    line = {"id": HARBOUR.id, "text": HARBOUR.text, "quotes": [quote]}
    path.write_bytes(orjson.dumps(line) + b"\n")
    argv = ["import", "prodigy", str(path), "--store", str(store.root), "--annotator", "ana"]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert err == (
        f"warning: {path}: no quotes found in its 1 document read as prodigy; is it in another "
        "format? (quotes-jsonl, prodigy, label-studio, doccano, brat)\n"
    )
    # Nothing came in: no empty file, so "ana" is no annotator of the store.
    assert not store.path_for("ana").exists() and "ana" not in store.annotators()
    assert main([*argv[:1], "quotes-jsonl", *argv[2:]]) == 0
    assert capsys.readouterr().err == ""
    assert store.annotators() == ["ana"]
    assert main(argv) == 0  # nothing new into a file that holds labels: the file stays
    assert store.annotators() == ["ana"] and store.path_for("ana").stat().st_size > 0


def test_cli_import_warns_of_documents_the_file_marks_not_finished(tmp_path, store, capsys):
    """Quotes imported into a document the annotator started in annotate (marked not
    finished) were left out of agreement and review without a word."""
    with store.open("cy", writable=True) as started:
        started.mark_finished(HARBOUR.id, finished=False)
        started.mark_finished("elsewhere.txt", finished=False)  # not imported into: not named
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line({"start": 20, "end": 51})])
    base = ["import", "quotes-jsonl", str(path), "--store", str(store.root), "--annotator", "cy"]
    assert main(base) == 0
    warning = capsys.readouterr().err
    assert f"1 document imported into is marked not finished there ({HARBOUR.id})" in warning
    assert "elsewhere.txt" not in warning and "cy marks them finished (annotate, f)" in warning
    with store.open("cy", writable=True) as file:
        file.mark_finished(HARBOUR.id)
    assert main(base) == 0
    assert "not finished" not in capsys.readouterr().err


# -- documents read whole with no quote: finished marks ------------------------------------------

ORCHARD = Document(id="orchard.txt", text="The orchard board met in Velmora and adjourned early.")


def marks_of(store, annotator: str = "cy") -> dict[str, bool]:
    """The latest finished mark of each document in the annotator's file."""
    with store.open(annotator) as folded:
        return folded.finished_marks()


def test_a_quotes_jsonl_line_with_no_quote_is_marked_finished_once(tmp_path, store, capsys):
    """An import wrote no finished mark: a document the outside annotator read and found no
    quote in was not recorded, so agreement took it for one they never saw."""
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            harbour_line({"start": 20, "end": 51}),
            {"id": ORCHARD.id, "text": ORCHARD.text, "quotes": []},
            {"id": BEIJING.id, "text": BEIJING.text},  # no "quotes" at all: nothing said of it
        ],
    )
    argv = ["import", "quotes-jsonl", str(path), "--store", str(store.root), "--annotator", "cy"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "1 quote imported" in out and "1 document with no quote marked finished" in out
    assert marks_of(store) == {ORCHARD.id: True}
    with store.open("cy") as folded:
        assert sorted(folded.finished_doc_ids()) == sorted([HARBOUR.id, ORCHARD.id])
    size = store.path_for("cy").stat().st_size
    assert main(argv) == 0  # again: nothing more written
    assert "marked finished" not in capsys.readouterr().out
    assert store.path_for("cy").stat().st_size == size


def test_a_detectors_empty_documents_are_not_marked_finished(tmp_path, store, capsys):
    """detect writes "quotes": [] for a document where it found nothing, which the import took
    for a person who read it whole: annotate's resume then passed over it and agreement counted
    it as read with no quote. A file whose quotes carry a detector's score marks none."""
    path = write_jsonl(
        tmp_path / "detected.jsonl",
        [
            {
                "id": HARBOUR.id,
                "quotes": [{"start": 20, "end": 51, "type": "direct", "score": 0.9}],
            },
            {"id": ORCHARD.id, "quotes": []},
        ],
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for document in (HARBOUR, ORCHARD):
        (corpus / document.id).write_text(document.text, encoding="utf-8")
    argv = ["import", "quotes-jsonl", str(path), str(corpus), "--store", str(store.root)]
    assert main([*argv, "--annotator", "cy"]) == 0
    out = capsys.readouterr().out
    assert "1 quote imported" in out and "marked finished" not in out
    assert "1 document with no quote left unmarked, as the quotes are a detector's" in out
    # The document given the detector's quote is no one's reading either: not finished.
    assert marks_of(store) == {HARBOUR.id: False}
    with store.open("cy") as folded:
        assert list(folded.finished_doc_ids()) == []
        assert [q.origin for q in folded.quotes()] == ["suggested"]
    # A person's file of the same shape (no score) still says what they read.
    human = write_jsonl(
        tmp_path / "read.jsonl",
        [
            {"id": HARBOUR.id, "quotes": [{"start": 20, "end": 51, "type": "direct"}]},
            {"id": ORCHARD.id, "quotes": []},
        ],
    )
    assert (
        main(
            [
                "import",
                "quotes-jsonl",
                str(human),
                str(corpus),
                "--store",
                str(store.root),
                "--annotator",
                "dee",
            ]
        )
        == 0
    )
    assert "1 document with no quote marked finished" in capsys.readouterr().out
    assert marks_of(store, "dee") == {ORCHARD.id: True}


def test_an_annotators_own_mark_is_not_overwritten_by_an_import(tmp_path, store):
    with store.open("cy", writable=True) as file:
        file.mark_finished(ORCHARD.id, finished=False)  # started in annotate, not finished
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": ORCHARD.id, "text": ORCHARD.text, "quotes": []},
            {"id": HARBOUR.id, "text": HARBOUR.text, "quotes": []},
        ],
    )
    report = import_file(QUOTES, path, store, "cy")
    assert (report.imported, report.marked_finished) == (0, 1)
    assert marks_of(store) == {ORCHARD.id: False, HARBOUR.id: True}


def test_no_mark_when_the_file_names_no_annotator_for_an_empty_document(tmp_path, store):
    """With --source-annotator, a document with no quote names nobody: whose word it was is
    unknown, so it is not marked."""
    lines = [
        harbour_line({"start": 20, "end": 51, "annotator": "dee"}),
        {"id": ORCHARD.id, "text": ORCHARD.text, "quotes": []},
    ]
    path = write_jsonl(tmp_path / "in.jsonl", lines)
    report = import_file(QUOTES, path, store, "cy", source_annotator="dee")
    assert (report.imported, report.marked_finished) == (1, 0)
    assert marks_of(store) == {}


def test_label_studio_and_prodigy_documents_read_with_no_quote_are_marked(tmp_path, store):
    tasks = [
        {
            "id": 1,
            "data": {"doc_id": "ls-read", "text": ORCHARD.text},
            "annotations": [{"result": []}],
        },
        {"id": 2, "data": {"doc_id": "ls-unread", "text": ORCHARD.text}, "annotations": []},
        {
            "id": 3,
            "data": {"doc_id": "ls-cancelled", "text": ORCHARD.text},
            "annotations": [{"result": [], "was_cancelled": True}],
        },
        {
            "id": 4,
            "data": {"doc_id": "ls-predicted", "text": ORCHARD.text},
            "predictions": [{"result": []}],
        },
    ]
    studio = tmp_path / "tasks.json"
    studio.write_bytes(orjson.dumps(tasks))
    report = import_file(get_format("label-studio"), studio, store, "cy")
    assert report.marked_finished == 1 and marks_of(store) == {"ls-read": True}
    prodigy = write_jsonl(
        tmp_path / "prodigy.jsonl",
        [
            {"text": ORCHARD.text, "meta": {"id": "pr-accepted"}, "spans": [], "answer": "accept"},
            {"text": ORCHARD.text, "meta": {"id": "pr-no-answer"}, "spans": []},
            {"text": ORCHARD.text, "meta": {"id": "pr-ignored"}, "spans": [], "answer": "ignore"},
        ],
    )
    report = import_file(get_format("prodigy"), prodigy, store, "ann")
    assert report.marked_finished == 1 and marks_of(store, "ann") == {"pr-accepted": True}


def accepted_suggestion(store) -> QuoteAnnotation:
    """cy's label of the harbour quote as annotate saves an accepted detector suggestion."""
    candidate = next(c for c in detect_quotes(HARBOUR.text) if c.text.startswith('"the harbour'))
    with store.open("cy", writable=True) as labels:
        labels.save(label_from_candidate(HARBOUR, candidate, "cy"))
        [label] = labels.quotes()
    assert label.suggestion is not None
    return label


@pytest.mark.parametrize("format_name", ["quotes-jsonl", "label-studio"])
def test_importing_your_own_export_back_keeps_the_detectors_suggestion(
    tmp_path, store, format_name
):
    """No export carries the detector's suggestion, so importing an annotator's export back
    into their own file has nothing to change: the labels stay as they were, the suggestion
    beside each one (annotate's panel shows it) included, and nothing is counted imported."""
    before = accepted_suggestion(store)
    fmt = get_format(format_name)
    out = tmp_path / format_name
    export_dataset(fmt, source_of({HARBOUR.id: [before]}, [HARBOUR]), out)
    exported = next(out.glob("tasks.json" if format_name == "label-studio" else "*.jsonl"))
    report = import_file(fmt, exported, store, "cy")
    assert (report.imported, report.unchanged) == (0, 1)
    with store.open("cy") as folded:
        [after] = folded.quotes()
    assert after == before


def test_a_quote_imported_over_a_suggested_one_keeps_the_suggestion(tmp_path, store):
    """A changed label replaces the stored one, but the detector's proposal it started from
    stays beside it, as it does when the annotator changes the quote in annotate."""
    before = accepted_suggestion(store)
    line = {"id": before.id, "start": before.start, "end": before.end, "type": "mixed"}
    path = write_jsonl(tmp_path / "in.jsonl", [harbour_line(line)])
    report = import_file(QUOTES, path, store, "cy")
    assert report.imported == 1
    with store.open("cy") as folded:
        [after] = folded.quotes()
    assert after.type == "mixed" and after.suggestion == before.suggestion
    assert after.origin is Origin.SUGGESTED
