"""Each format's output, and the round trip export -> import for every two-way format."""

from __future__ import annotations

import csv
import string
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.exporting import ExportOptions, Selection, export_dataset, plan_import
from annotator.formats import FORMATS, get_format, two_way_formats
from annotator.formats.base import TokenIndex, tokenize
from annotator.formats.brat import fragments
from annotator.formats.huggingface import bio_tags
from annotator.records import Confidence, Document, QuoteAnnotation
from tests.unit.test_export_helpers import (
    BEIJING,
    FERRY,
    HARBOUR,
    IMPORT_TARGETS,
    essence,
    ferry_records,
    quote,
    read_back,
    sample_records,
    sort_essences,
    source_of,
    span_of,
)

CORE_MODULES = [
    "annotator.exporting",
    *(
        f"annotator.formats.{name}"
        for name in (
            "base",
            "quotes_jsonl",
            "records_jsonl",
            "csv_format",
            "prodigy",
            "label_studio",
            "doccano",
            "brat",
            "huggingface",
            "spacy_docbin",
        )
    ),
    "annotator.cli.export",
    "annotator.cli.import_",
]


def test_export_and_import_modules_never_import_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_two_way_formats_are_the_ones_the_issue_names():
    assert two_way_formats() == ["quotes-jsonl", "prodigy", "label-studio", "doccano", "brat"]
    assert {"records-jsonl", "csv", "huggingface", "spacy"} <= set(FORMATS)


def _export(tmp_path: Path, name: str, records=None, **options) -> Path:
    out = tmp_path / name
    export_dataset(
        get_format(name),
        source_of(records if records is not None else sample_records()),
        out,
        options=ExportOptions(**options),
    )
    return out


@pytest.mark.parametrize("name", list(IMPORT_TARGETS))
def test_round_trip_keeps_every_quote(tmp_path, name):
    records = sample_records()
    out = _export(tmp_path, name, records)
    expected = sort_essences(essence(q) for qs in records.values() for q in qs)
    assert read_back(get_format(name), out / IMPORT_TARGETS[name]) == expected


def test_round_trip_keeps_annotators_apart(tmp_path):
    records = sample_records()
    second = [
        q.model_copy(update={"annotator": "bo", "confidence": Confidence.LOW})
        for q in records[HARBOUR.id][:2]
    ]
    records[HARBOUR.id] = records[HARBOUR.id] + second
    expected = sort_essences(essence(q) for qs in records.values() for q in qs)
    for name in ("quotes-jsonl", "prodigy", "label-studio", "doccano"):
        out = _export(tmp_path, name, records)
        assert read_back(get_format(name), out / IMPORT_TARGETS[name]) == expected, name
    brat = _export(tmp_path, "brat", records)
    assert sorted((brat / "bo").rglob("*.ann")) == [brat / "bo" / "harbour.txt.ann"]
    from_bo = read_back(get_format("brat"), brat / "bo", annotator="bo")
    assert from_bo == sort_essences(essence(q) for q in second)


def test_label_studio_predictions_come_back_as_suggestions(tmp_path):
    out = _export(tmp_path, "label-studio", predictions=True)
    tasks = orjson.loads((out / "tasks.json").read_bytes())
    assert "predictions" in tasks[0] and "annotations" not in tasks[0]
    scores = [r["score"] for r in tasks[0]["predictions"][0]["result"] if "score" in r]
    assert sorted(set(scores)) == [0.3333, 0.6667, 1.0]
    plan = plan_import(get_format("label-studio"), out / "tasks.json", annotator="x")
    assert {q["origin"] for q, _ in plan.quotes} == {"suggested"}
    assert all(q["suggestion"]["start"] == q["start"] for q, _ in plan.quotes)
    config = (out / "labeling_config.xml").read_text()
    for name in ("quote_type", "confidence", "speaker_name", "source_name", "source_kind"):
        assert f'name="{name}"' in config


def test_prodigy_tasks_have_token_indices_and_relations(tmp_path):
    out = _export(tmp_path, "prodigy")
    tasks = [orjson.loads(line) for line in (out / "prodigy.jsonl").read_bytes().splitlines()]
    accepted = [t for t in tasks if t["answer"] == "accept"]
    rejected = [t for t in tasks if t["answer"] == "reject"]
    assert len(accepted) == 2 and len(rejected) == 1
    harbour = next(t for t in accepted if t["meta"]["id"] == HARBOUR.id)
    tokens = harbour["tokens"]
    for span in harbour["spans"]:
        first, last = tokens[span["token_start"]], tokens[span["token_end"]]
        assert first["start"] <= span["start"] < first["end"]
        assert last["start"] < span["end"] <= last["end"]
    emoji = next(t for t in tokens if t["text"] == "🌊")
    assert HARBOUR.text[emoji["start"] : emoji["end"]] == "🌊"
    labels = {r["label"] for r in harbour["relations"]}
    assert labels == {"SPEAKER", "SOURCE", "CUE"}
    for relation in harbour["relations"]:
        assert relation["head"] == relation["head_span"]["token_end"]
        assert relation["head_span"]["label"] == "QUOTE"
    assert {t["_annotator_id"] for t in tasks} == {"ana"}
    assert len({t["_input_hash"] for t in tasks}) == 2


def test_prodigy_tokens_with_their_ws_give_back_the_text(tmp_path):
    """Prodigy shows a task as its tokens, each followed by a space where ``ws`` is true, as
    spaCy, which made them, would rebuild it: line breaks, tabs and double spaces must be
    tokens of their own, or the article shows as one paragraph and a Doc built from the tokens
    has another text than the spans' offsets count in."""
    document = Document(
        id="gaps",
        text=" Ilse Varga said:\r\n\r\n\u201cThe ferry  leaves\tat dawn,\u201d she added. \n",
    )
    records = {
        document.id: [
            quote(
                document,
                "\u201cThe ferry  leaves\tat dawn,\u201d",
                speaker="Ilse Varga",
                speaker_at=["Ilse Varga"],
                cue_at=["said"],
            )
        ]
    }
    out = tmp_path / "prodigy"
    export_dataset(get_format("prodigy"), source_of(records, [document]), out)
    [task] = [orjson.loads(line) for line in (out / "prodigy.jsonl").read_bytes().splitlines()]
    tokens = task["tokens"]
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == document.text
    assert [t["id"] for t in tokens] == list(range(len(tokens)))
    assert all(document.text[t["start"] : t["end"]] == t["text"] for t in tokens)
    assert "\r\n\r\n" in [t["text"] for t in tokens]
    for span in task["spans"]:
        first, last = tokens[span["token_start"]], tokens[span["token_end"]]
        assert (first["start"], last["end"]) == (span["start"], span["end"])


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text[start:end]`` as JavaScript slices it, counting UTF-16 code units."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_doccano_offsets_count_utf16_units_as_doccano_does(tmp_path):
    """doccano's annotation screen is JavaScript and counts UTF-16 code units (doccano issue
    2290): after the emoji in the harbour text, code point offsets mark the wrong words there."""
    out = _export(tmp_path, "doccano")
    lines = [orjson.loads(line) for line in (out / "doccano.jsonl").read_bytes().splitlines()]
    wanted = {
        (q.doc_id, q.text) for qs in sample_records().values() for q in qs if q.status == "accepted"
    }
    shown = set()
    for line in lines:
        for entity in line["entities"]:
            if entity["label"] == "QUOTE":
                piece = utf16_slice(line["text"], entity["start_offset"], entity["end_offset"])
                shown.add((line["doc_id"], piece))
    assert wanted <= shown
    assert any("🌊" in text for _, text in shown)


def test_doccano_import_reads_utf16_offsets_and_refuses_a_split_emoji(tmp_path):
    text = "Ana said 🌊 that Ruiz agreed."
    line = {
        "doc_id": "wave",
        "text": text,
        "entities": [
            {"id": 0, "label": "QUOTE", "start_offset": 17, "end_offset": 28},
            {"id": 1, "label": "SPEAKER", "start_offset": 0, "end_offset": 3},
        ],
        "relations": [{"id": 0, "from_id": 0, "to_id": 1, "type": "speaker"}],
    }
    path = tmp_path / "from-doccano.jsonl"
    path.write_bytes(orjson.dumps(line) + b"\n")
    plan = plan_import(get_format("doccano"), path, annotator="them")
    assert not plan.problems, [str(problem) for problem in plan.problems]
    [(imported, _)] = plan.quotes
    assert imported["text"] == "Ruiz agreed" and imported["speaker_spans"] == [[0, 3]]
    line["entities"][0]["start_offset"] = 10  # between the two halves of the emoji
    path.write_bytes(orjson.dumps(line) + b"\n")
    plan = plan_import(get_format("doccano"), path, annotator="them")
    assert "splits an emoji" in str(plan.problems[0])


def test_tokens_are_exact_offsets_for_emoji_and_cjk():
    text = "王伟说：“好。” 🇨🇳 ok-go"
    spans = tokenize(text)
    assert [text[a:b] for a, b in spans] == [
        "王伟说",
        "：",
        "“",
        "好",
        "。",
        "”",
        "🇨",
        "🇳",
        "ok",
        "-",
        "go",
    ]
    index = TokenIndex(text)
    assert index.covering(0, 1) == (0, 0)
    assert index.covering(3, 5) == (1, 2)
    assert index.covering(8, 9) is None  # the space between tokens


def test_bio_tags_drop_the_later_of_overlapping_spans():
    text = "one two three four"
    tags, dropped = bio_tags(TokenIndex(text), [(4, 13, "X"), (0, 7, "X"), (14, 18, "Y")])
    assert tags == ["B-X", "I-X", "O", "B-Y"]
    assert dropped == 1


def test_huggingface_rows_and_manifest(tmp_path):
    out = _export(tmp_path, "huggingface")
    rows = [orjson.loads(line) for line in (out / "data.jsonl").read_bytes().splitlines()]
    harbour = next(r for r in rows if r["id"] == HARBOUR.id)
    assert len(harbour["tokens"]) == len(harbour["quote_tags"]) == len(harbour["cue_tags"])
    for token, (start, end) in zip(harbour["tokens"], harbour["token_offsets"], strict=True):
        assert HARBOUR.text[start:end] == token
    begins = [i for i, tag in enumerate(harbour["quote_tags"]) if tag.startswith("B-")]
    assert [harbour["quote_tags"][i] for i in begins] == [
        "B-DIRECT",
        "B-INDIRECT",
        "B-INDIRECT",
        "B-MIXED",
    ]
    manifest = orjson.loads((out / "manifest.json").read_bytes())
    assert manifest["counts"]["dropped_quote_spans"] == 1  # the inner of two overlapping quotes
    assert any("BIO cannot carry" in note for note in manifest["notes"])


def test_csv_is_spreadsheet_safe_and_complete(tmp_path):
    records = sample_records()
    formula = Document(id="formula.txt", text='=HYPERLINK("x") was typed, said Bo.')
    records["formula.txt"] = [
        QuoteAnnotation(
            id="f",
            doc_id="formula.txt",
            doc_sha256=formula.sha256,
            start=0,
            end=15,
            text='=HYPERLINK("x")',
            annotator="ana",
        )
    ]
    out = tmp_path / "csv"
    export_dataset(get_format("csv"), source_of(records, [HARBOUR, BEIJING, formula]), out)
    raw = (out / "quotes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((out / "quotes.csv").open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 9
    beijing = next(r for r in rows if r["doc_id"] == BEIJING.id and r["speaker"] == "王伟")
    assert beijing["text"] == "“我们会继续合作。”" and beijing["cue"] == "说"
    assert next(r for r in rows if r["quote_id"] == "f")["text"] == '\'=HYPERLINK("x")'
    assert {r["confidence"] for r in rows} == {"low", "medium", "high"}


@pytest.mark.parametrize("all_with_one_cue", [True, False])
def test_quotes_jsonl_quotes_carry_their_cue_words_and_a_note_only_when_given(
    tmp_path, all_with_one_cue
):
    quotes = [
        quote(HARBOUR, '"the harbour 🌊 reopens in May,"', cue_at=["said"]),
        quote(HARBOUR, "the port authority denied it", cue_at=["According to"], note="odd"),
        quote(HARBOUR, '"We expect delays [Inaudible],"', cue_at=["told"]),
    ]
    if not all_with_one_cue:  # one quote with no cue and one with two: each its own way
        quotes.append(quote(HARBOUR, "crews were ready", quote_id="none"))
        quotes.append(quote(HARBOUR, "that crews", quote_id="two", cue_at=["adding", "she"]))
    out = _export(tmp_path, "quotes-jsonl", {HARBOUR.id: quotes})
    lines = [orjson.loads(line) for line in (out / "quotes.jsonl").read_bytes().splitlines()]
    [harbour] = [line for line in lines if line["id"] == HARBOUR.id]
    cues = {q["id"]: q["cue"] for q in harbour["quotes"]}
    assert [cues[q.id] for q in quotes[:3]] == ["said", "According to", "told"]
    if not all_with_one_cue:
        assert cues["none"] is None and cues["two"] == "adding she"
    notes = {q["id"]: q.get("note") for q in harbour["quotes"]}
    assert notes == {q.id: q.note or None for q in quotes}
    first = next(q for q in harbour["quotes"] if q["id"] == quotes[1].id)
    assert list(first) == [
        *("id", "start", "end", "text", "type", "speaker", "speaker_spans", "source"),
        *("source_kind", "source_spans", "cue", "cue_spans", "confidence", "annotator"),
        *("status", "origin", "note"),
    ]


def test_records_jsonl_lines_are_valid_records(tmp_path):
    out = _export(tmp_path, "records-jsonl")
    lines = (out / "records.jsonl").read_bytes().splitlines()
    records = [QuoteAnnotation.model_validate_json(line) for line in lines]
    assert sorted(essence(r) for r in records) == sorted(
        essence(q) for qs in sample_records().values() for q in qs
    )


def test_brat_files_name_documents_and_split_spans_at_line_breaks(tmp_path):
    document = Document(id="two-lines", text='"First line\nsecond line," Bo said.')
    record = QuoteAnnotation(
        id="q",
        doc_id=document.id,
        doc_sha256=document.sha256,
        start=0,
        end=25,
        text=document.text[:25],
        speaker="Bo",
        speaker_spans=[(26, 28)],
        annotator="ana",
    )
    out = tmp_path / "brat"
    export_dataset(get_format("brat"), source_of({document.id: [record]}, [document]), out)
    ann = (out / "two-lines.ann").read_text()
    assert ann.splitlines()[0] == 'T1\tQuote 0 11;12 25\t"First line second line,"'
    assert "R1\tSaidBy Arg1:T1 Arg2:T2" in ann
    assert (out / "two-lines.txt").read_text() == document.text
    assert fragments("ab\n\ncd", 0, 6) == [(0, 2), (4, 6)]
    assert fragments("\nab\ncd\n", 0, 7) == [(0, 3), (4, 7)]
    assert "[relations]" in (out / "annotation.conf").read_text()
    nested = tmp_path / "nested"
    export_dataset(get_format("brat"), source_of(sample_records()), nested)
    assert (nested / "asia" / "beijing.md.ann").exists()
    assert (nested / "asia" / "beijing.md.txt").read_text(encoding="utf-8") == BEIJING.text


def export_ferry(tmp_path: Path) -> Path:
    """The ferry quotes exported to brat; the folder."""
    out = tmp_path / "brat"
    export_dataset(get_format("brat"), source_of(ferry_records(), [FERRY]), out)
    return out


def brat_spans(ann: str) -> list[tuple[list[tuple[int, int]], str]]:
    """Each T line's fragments and covered text."""
    spans = []
    for line in ann.split("\n"):
        if line.startswith("T"):
            _, kind_and_offsets, covered = line.split("\t")
            offsets = kind_and_offsets.split(" ", 1)[1]
            pieces = [tuple(map(int, piece.split())) for piece in offsets.split(";")]
            spans.append((pieces, covered))
    return spans


def test_brat_offsets_count_a_crlf_as_one_character_as_brat_does(tmp_path):
    """brat reads the .txt with universal newlines (nlplab/brat issue 853), as Python's open()
    does: there every T line's offsets must give its covered text, else brat marks the wrong
    words after the first line break. The .txt itself stays the document byte for byte."""
    out = export_ferry(tmp_path)
    assert (out / "ferry.txt").read_bytes() == FERRY.text.encode("utf-8")
    as_brat_reads = (out / "ferry.txt").read_text(encoding="utf-8")
    spans = brat_spans((out / "ferry.ann").read_text(encoding="utf-8"))
    assert len(spans) == 5
    assert fragments("ab\r\ncd\rx", 0, 8) == [(0, 2), (4, 6), (7, 8)]
    for pieces, covered in spans:
        assert " ".join(as_brat_reads[a:b] for a, b in pieces) == covered


def test_brat_import_reads_offsets_of_a_crlf_text_as_brat_writes_them(tmp_path):
    folder = tmp_path / "from-brat"
    folder.mkdir()
    (folder / "ferry.txt").write_bytes(FERRY.text.encode("utf-8"))
    # As brat saves a span marked on the second line: "\r\n" counted as one character.
    (folder / "ferry.ann").write_text("T1\tQuote 32 51\t\u201cThe ferry \U0001f6a2 leaves\n")
    plan = plan_import(get_format("brat"), folder, annotator="them")
    assert not plan.problems, [str(problem) for problem in plan.problems]
    [(imported, _)] = plan.quotes
    assert imported["text"] == "\u201cThe ferry \U0001f6a2 leaves"


def test_brat_import_still_reads_str_offsets_that_its_covered_text_confirms(tmp_path):
    """Exports made before brat offsets counted a CRLF as one gave ``str`` offsets; the covered
    text tells them apart, so importing such a file keeps its quotes where they were."""
    folder = tmp_path / "older"
    folder.mkdir()
    (folder / "ferry.txt").write_bytes(FERRY.text.encode("utf-8"))
    start, end = span_of(FERRY, "Odo Brennik")
    (folder / "ferry.ann").write_text(f"T1\tQuote {start} {end}\tOdo Brennik\n")
    plan = plan_import(get_format("brat"), folder, annotator="them")
    [(imported, _)] = plan.quotes
    assert (imported["start"], imported["end"], imported["text"]) == (start, end, "Odo Brennik")


def test_brat_import_compares_covered_text_with_a_tab_whole(tmp_path):
    folder = tmp_path / "older"
    folder.mkdir()
    (folder / "tabs.txt").write_bytes(b"One\r\nTwo\tthree four.")
    (folder / "tabs.ann").write_text("T1\tQuote 5 14\tTwo\tthree\n")
    plan = plan_import(get_format("brat"), folder, annotator="them")
    [(imported, _)] = plan.quotes
    assert imported["text"] == "Two\tthree"


def test_brat_round_trip_keeps_quotes_of_a_crlf_text(tmp_path):
    out = export_ferry(tmp_path)
    expected = sort_essences(essence(q) for q in ferry_records()[FERRY.id])
    assert read_back(get_format("brat"), out) == expected


def test_spacy_format_says_clearly_when_spacy_is_missing(tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "spacy" else real(name, *a)
    )
    with pytest.raises(Exception, match=r"needs spacy.*pip install"):
        _export(tmp_path, "spacy")


# -- generated data --------------------------------------------------------------------------

_ALPHABET = string.ascii_letters + " \n\t.,;:\"'“”«»[]/\\{}<>&=+-" + "王伟说合作。" + "🌊🇨🇳😀é"


@st.composite
def _documents_with_quotes(draw):
    text = draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=60))
    document = Document(id=draw(st.sampled_from(["d1", "dir/d2.txt", "ünï"])), text=text)

    def span():
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        return start, end

    quotes = []
    for number in range(draw(st.integers(0, 4))):
        start, end = span()
        quotes.append(
            QuoteAnnotation(
                id=f"q{number}",
                doc_id=document.id,
                doc_sha256=document.sha256,
                start=start,
                end=end,
                text=text[start:end],
                type=draw(st.sampled_from(["direct", "indirect", "mixed"])),
                speaker=draw(st.one_of(st.none(), st.text(alphabet=_ALPHABET, max_size=8))),
                speaker_spans=draw(st.lists(st.builds(span), max_size=2)),
                source=draw(st.one_of(st.none(), st.sampled_from(["Radio [Costa]", "新华社"]))),
                source_kind=draw(st.one_of(st.none(), st.sampled_from(["outlet", "social"]))),
                source_spans=draw(st.lists(st.builds(span), max_size=1)),
                cue_spans=draw(st.lists(st.builds(span), max_size=2)),
                confidence=draw(st.sampled_from([1, 2, 3])),
                status=draw(st.sampled_from(["accepted", "accepted", "rejected"])),
                annotator="gen",
            )
        )
    return document, quotes


@pytest.mark.parametrize("name", list(IMPORT_TARGETS))
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=_documents_with_quotes())
def test_round_trip_on_generated_documents(tmp_path_factory, name, data):
    document, quotes = data
    out = tmp_path_factory.mktemp(name)
    export_dataset(
        get_format(name),
        source_of({document.id: quotes}, [document], Selection(include_rejected=True)),
        out / "export",
    )
    target = out / "export" / IMPORT_TARGETS[name]
    if not quotes and name in ("prodigy", "doccano"):
        assert not target.exists() or read_back(get_format(name), target) == []
        return
    assert read_back(get_format(name), target) == sort_essences(essence(q) for q in quotes)


def test_span_of_helper_finds_words():
    assert HARBOUR.text[slice(*span_of(HARBOUR, "Radio Costa"))] == "Radio Costa"
