"""The msgspec structs of ``record_codec`` mirror the pydantic models exactly."""

from __future__ import annotations

import msgspec
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.record_codec import (
    BULK_LINE_DECODER,
    ENCODER,
    STORED_LINE_DECODER,
    BulkQuote,
    StoredCandidate,
    StoredDeletion,
    StoredFinished,
    StoredLine,
    StoredQuote,
    bulk_quotes,
    encode_stored_line,
    record_json,
)
from annotator.records import (
    Candidate,
    Change,
    Deletion,
    DocumentFinished,
    QuoteAnnotation,
    QuoteType,
    SourceKind,
    Status,
    StoreEntry,
)
from annotator.store import encode_entry


@pytest.mark.parametrize(
    ("struct", "model"),
    [
        (StoredQuote, QuoteAnnotation),
        (StoredDeletion, Deletion),
        (StoredFinished, DocumentFinished),
        (StoredCandidate, Candidate),
        (StoredLine, StoreEntry),
    ],
)
def test_each_struct_has_its_models_fields_in_order(struct, model):
    names = [field.encode_name for field in msgspec.structs.fields(struct)]
    tag_field = struct.__struct_config__.tag_field
    if tag_field is not None:  # written first by the encoder, as the model writes it first
        names.insert(0, tag_field)
    assert names == list(model.model_fields)


texts = st.text(
    st.characters(blacklist_categories=("Cs",)), max_size=12
)  # any code point a str may hold in JSON, controls and emoji included
json_integers = st.integers(-(2**63), 2**64 - 1)  # what orjson (the writer) encodes
spans = st.lists(
    st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted).map(tuple), max_size=3
)


@st.composite
def quotes(draw) -> QuoteAnnotation:
    text = draw(texts)
    start = draw(st.integers(0, 20))
    suggestion = None
    if draw(st.booleans()):
        suggestion = Candidate(
            start=start,
            end=start + len(text),
            text=text,
            type=draw(st.sampled_from(QuoteType)),
            score=draw(st.floats(0, 1)),
            cue=draw(st.none() | texts),
            cue_spans=draw(spans),
        )
    return QuoteAnnotation(
        id=draw(texts.filter(bool)),
        doc_id=draw(texts.filter(bool)),
        doc_sha256="0" * 64,
        start=start,
        end=start + len(text),
        text=text,
        type=draw(st.sampled_from(QuoteType)),
        speaker=draw(st.none() | texts),
        speaker_spans=draw(spans),
        source=draw(st.none() | texts),
        source_kind=draw(st.none() | st.sampled_from(SourceKind)),
        source_spans=draw(spans),
        cue_spans=draw(spans),
        confidence=draw(st.integers(1, 3)),
        status=draw(st.sampled_from(Status)),
        suggestion=suggestion,
        annotator="ann",
        note=draw(texts),
        meta=draw(st.dictionaries(texts, st.none() | st.booleans() | json_integers | texts)),
    )


@settings(max_examples=200)
@given(quote=quotes(), rev=st.integers(1, 10**9), change=st.sampled_from(Change))
def test_a_stored_quote_decodes_and_encodes_to_the_writers_bytes(quote, rev, change):
    written = encode_entry(StoreEntry(rev=rev, change=change, item=quote))
    line = STORED_LINE_DECODER.decode(written)
    assert isinstance(line.item, StoredQuote)
    assert line.item.start == quote.start and line.item.speaker == quote.speaker
    assert encode_stored_line(line) == written


def test_a_deletion_decodes_and_encodes_to_the_writers_bytes():
    written = encode_entry(
        StoreEntry(rev=7, change=Change.UNDO, item=Deletion(id="q1", doc_id="d", annotator="a"))
    )
    line = STORED_LINE_DECODER.decode(written)
    assert isinstance(line.item, StoredDeletion) and line.change is Change.UNDO
    assert encode_stored_line(line) == written


@pytest.mark.parametrize("finished", [True, False])
def test_a_finished_mark_decodes_and_encodes_to_the_writers_bytes(finished):
    mark = DocumentFinished(doc_id="d", annotator="a", finished=finished)
    written = encode_entry(StoreEntry(rev=3, item=mark))
    line = STORED_LINE_DECODER.decode(written)
    assert isinstance(line.item, StoredFinished) and line.item.finished is finished
    assert encode_stored_line(line) == written
    assert isinstance(BULK_LINE_DECODER.decode(written).item, StoredFinished)


def test_decoded_lines_match_the_models_reading():
    quote = QuoteAnnotation(
        id="q1", doc_id="d", doc_sha256="x", start=2, end=5, text="abc", annotator="a",
        speaker_spans=[(0, 1)], confidence=2, status="rejected",
    )  # fmt: skip
    written = encode_entry(StoreEntry(rev=1, item=quote))
    as_model = StoreEntry.model_validate_json(written).item.model_dump(mode="json")
    as_struct = orjson.loads(ENCODER.encode(STORED_LINE_DECODER.decode(written).item))
    assert as_struct == as_model


def _written_quote() -> dict:
    quote = QuoteAnnotation(
        id="q1", doc_id="d", doc_sha256="x", start=0, end=3, text="abc", annotator="a"
    )
    return orjson.loads(encode_entry(StoreEntry(rev=1, item=quote)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda line: line["item"].update(start=-1), "start"),
        (lambda line: line["item"].update(start="0"), "start"),
        (lambda line: line["item"].update(id=""), "id"),
        (lambda line: line["item"].update(confidence=4), "confidence"),
        (lambda line: line["item"].update(status="maybe"), "status"),
        (lambda line: line["item"].update(schema_version=99), "schema_version"),
        (lambda line: line["item"].update(speaker_spans=[[1, 2, 3]]), "speaker_spans"),
        (lambda line: line["item"].update(extra=1), "extra"),
        (lambda line: line["item"].pop("note"), "note"),
        (lambda line: line["item"].update(record="other"), "record"),
        (lambda line: line.update(rev=0), "rev"),
    ],
)
def test_a_line_the_writer_could_not_have_written_does_not_decode(change, message):
    line = _written_quote()
    change(line)
    with pytest.raises(msgspec.ValidationError, match=message):
        STORED_LINE_DECODER.decode(orjson.dumps(line))


def test_the_bulk_quote_has_the_stored_quotes_fields_in_order():
    bulk = [field.encode_name for field in msgspec.structs.fields(BulkQuote)]
    assert bulk == [field.encode_name for field in msgspec.structs.fields(StoredQuote)]
    assert BulkQuote.__struct_config__.tag == StoredQuote.__struct_config__.tag


@settings(max_examples=200)
@given(quote=quotes(), rev=st.integers(1, 10**9), change=st.sampled_from(Change))
def test_a_bulk_quote_encodes_to_the_stored_items_bytes_and_json(quote, rev, change):
    written = encode_entry(StoreEntry(rev=rev, change=change, item=quote))
    [line] = BULK_LINE_DECODER.decode_lines(written)
    assert isinstance(line.item, BulkQuote) and line.item.speaker == quote.speaker
    item = orjson.loads(written)["item"]
    assert ENCODER.encode(line.item) == orjson.dumps(item)
    assert record_json([line.item]) == [quote.model_dump(mode="json")]
    assert bulk_quotes([quote.model_dump(mode="json")]) == [line.item]
