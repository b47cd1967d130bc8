"""Exports checked by the tools that read them, when those are installed (else skipped).

Optional on purpose: datasets, spaCy and Label Studio's converter are large installs that the
test extra does not pull in. ``pip install datasets spacy label-studio-converter bratly
bratly-io-fs`` to run these (bratly is a small brat standoff reader, standing in for brat, which
is a server and not on PyPI).
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from annotator.exporting import export_dataset
from annotator.formats import get_format
from tests.unit.test_export_helpers import (
    BEIJING,
    FERRY,
    HARBOUR,
    ferry_records,
    sample_records,
    source_of,
)


def test_datasets_loads_the_huggingface_export(tmp_path):
    datasets = pytest.importorskip("datasets")
    out = tmp_path / "hf"
    export_dataset(get_format("huggingface"), source_of(sample_records()), out)
    loaded = datasets.load_dataset(
        "json", data_files={"train": str(out / "data.jsonl")}, cache_dir=str(tmp_path / "cache")
    )["train"]
    assert loaded.num_rows == 2
    assert set(loaded.column_names) >= {"id", "tokens", "quote_tags", "speaker_tags", "cue_tags"}
    row = next(r for r in loaded if r["id"] == HARBOUR.id)
    assert len(row["tokens"]) == len(row["quote_tags"]) == len(row["source_tags"])
    assert "🌊" in row["tokens"] and "B-MIXED" in row["quote_tags"]


def test_spacy_reads_the_docbin(tmp_path):
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    out = tmp_path / "spacy"
    export_dataset(get_format("spacy"), source_of(sample_records()), out)
    docs = list(DocBin().from_disk(out / "data.spacy").get_docs(spacy.blank("xx").vocab))
    by_id = {doc.user_data["doc_id"]: doc for doc in docs}
    assert by_id[HARBOUR.id].text == HARBOUR.text and by_id[BEIJING.id].text == BEIJING.text
    harbour = by_id[HARBOUR.id]
    assert sorted(span.label_ for span in harbour.spans["quotes"]) == [
        "DIRECT",
        "DIRECT",
        "INDIRECT",
        "INDIRECT",
        "MIXED",
    ]
    assert "Radio Costa" in [span.text for span in harbour.spans["sources"]]
    assert len(harbour.user_data["quotes"]) == 6  # the rejected candidate is kept here
    beijing = by_id[BEIJING.id]
    # spaCy's multi-language tokenizer does not segment Chinese: the span widens to the token.
    [speaker] = beijing.spans["speakers"]
    assert "发言人王伟" in speaker.text and speaker.start_char == 0


def test_spacy_rebuilds_prodigy_tasks_from_their_tokens(tmp_path):
    """A Doc made from a task's tokens and ws, as one trains on Prodigy annotations, has the
    task's text, and each span's tokens are its characters."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc, Span

    out = tmp_path / "prodigy"
    export_dataset(get_format("prodigy"), source_of(sample_records()), out)
    vocab = spacy.blank("xx").vocab
    for line in (out / "prodigy.jsonl").read_bytes().splitlines():
        task = orjson.loads(line)
        words = [token["text"] for token in task["tokens"]]
        doc = Doc(vocab, words=words, spaces=[token["ws"] for token in task["tokens"]])
        assert doc.text == task["text"]
        for span in task["spans"]:
            tokens = Span(doc, span["token_start"], span["token_end"] + 1)
            assert tokens.start_char <= span["start"] < span["end"] <= tokens.end_char


def test_label_studio_converter_reads_the_tasks(tmp_path):
    converter = pytest.importorskip("label_studio_converter")
    out = tmp_path / "ls"
    export_dataset(get_format("label-studio"), source_of(sample_records()), out)
    convert = converter.Converter(
        config=str(out / "labeling_config.xml"), project_dir=str(tmp_path)
    )
    convert.convert_to_conll2003(str(out / "tasks.json"), str(tmp_path / "conll"), is_dir=False)
    conll = next((tmp_path / "conll").glob("*.conll")).read_text(encoding="utf-8")
    assert "B-Quote" in conll and "B-Speaker" in conll and "Ruiz" in conll


def test_the_suite_is_a_package_that_an_installed_tests_package_cannot_shadow():
    """label-studio-converter 0.0.59 installs a top-level ``tests`` package; as a namespace
    package ours lost to it and this file failed to import wherever the converter was."""
    import tests

    assert Path(tests.__file__).parent == Path(__file__).resolve().parents[1]


def test_bratly_reads_the_brat_export_with_offsets_of_its_text(tmp_path):
    """bratly, like brat, reads the .txt with universal newlines: each entity's fragments there
    must give its covered text, also after Windows line breaks."""
    bratly_io = pytest.importorskip("bratly.io")
    out = tmp_path / "brat"
    records = {**sample_records(), **ferry_records()}
    export_dataset(get_format("brat"), source_of(records, [HARBOUR, BEIJING, FERRY]), out)
    folders = [out, out / "asia"]
    entities = []
    for folder in folders:
        for document in bratly_io.read_document_collection_from_folder(str(folder)).documents:
            for annotation in document.annotation_collections[0].annotations:
                if type(annotation).__name__ == "EntityAnnotation":
                    shown = " ".join(document.text[f.start : f.end] for f in annotation.fragments)
                    entities.append((shown.split(), annotation.content.split()))
    written = [
        line
        for ann in out.rglob("*.ann")
        for line in ann.read_text(encoding="utf-8").split("\n")
        if line.startswith("T")
    ]
    assert len(entities) == len(written) > 20
    assert all(shown == covered for shown, covered in entities)
