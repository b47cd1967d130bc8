"""Quotes read one by one (``AnnotatorFile.get``, ``quotes``) go through the bulk decoder when
the line is the writer's: the review's scan reads every quote of a store, and validating each
through pydantic was most of its reading. The records must be the model's, exactly, and a line
the model would refuse must still be refused, by the model, with its file, line and reason."""

from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.record_codec import decode_stored_quote
from annotator.records import QuoteAnnotation, StoreEntry
from annotator.store import AnnotationStore, encode_entry
from tests.unit.test_record_codec import quotes


def model_reading(written: bytes) -> QuoteAnnotation:
    item = StoreEntry.model_validate_json(written).item
    assert isinstance(item, QuoteAnnotation)
    return item


@settings(max_examples=200)
@given(quote=quotes(), rev=st.integers(1, 10**9))
def test_a_decoded_quote_is_the_models_reading_of_the_line(quote, rev):
    written = encode_entry(StoreEntry(rev=rev, item=quote))
    decoded = decode_stored_quote(written)
    expected = model_reading(written)
    assert decoded == expected
    assert decoded.model_dump(mode="json") == expected.model_dump(mode="json")
    for name in QuoteAnnotation.model_fields:
        assert type(getattr(decoded, name)) is type(getattr(expected, name)), name
    assert [type(span) for span in decoded.speaker_spans] == [tuple] * len(quote.speaker_spans)
    assert decoded.model_fields_set == expected.model_fields_set
    assert list(decoded.__dict__) == list(expected.__dict__)
    if expected.suggestion is not None:
        assert decoded.suggestion.model_fields_set == expected.suggestion.model_fields_set
    # Built without validation, it still behaves as a model: revised, copied, dumped.
    again = {"note": "x", "updated": expected.updated}
    assert decoded.revised(**again).model_dump() == expected.revised(**again).model_dump()
    assert decoded.model_copy(update={"note": "y"}).note == "y"
    assert decoded.model_dump_json() == expected.model_dump_json()


def written_quote(**item_changes) -> bytes:
    quote = QuoteAnnotation(
        id="q1", doc_id="d", doc_sha256="x", start=4, end=9, text="harbo", annotator="ann",
        suggestion={"start": 4, "end": 9, "text": "harbo", "type": "direct", "score": 0.5},
    )  # fmt: skip
    line = orjson.loads(encode_entry(StoreEntry(rev=1, item=quote)))
    for key, value in item_changes.items():
        if key == "suggestion_text":
            line["item"]["suggestion"]["text"] = value
        else:
            line["item"][key] = value
    # As the writer lays a line out (else the fold sends it to the model); orjson refuses 2**65.
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


@pytest.mark.parametrize(
    "changes",
    [
        {"end": 3, "text": ""},  # ends before it starts
        {"text": "harbour"},  # longer than its span
        {"cue_spans": [[7, 2]]},  # a span ending before it starts
        {"suggestion_text": "pier"},  # the suggestion's text not as long as its span
        {"created": "2026-01-01T09:00:00+02:00"},  # a time the writer does not write
        {"meta": {"big": 2**65}},  # an integer orjson cannot write back
    ],
)
def test_a_line_the_writer_would_not_write_is_left_to_the_model(changes):
    assert decode_stored_quote(written_quote(**changes)) is None


def test_a_time_in_another_form_is_read_by_the_model_as_before(tmp_path):
    written = written_quote(created="2026-01-01T09:00:00+02:00")
    path = tmp_path / "ann.jsonl"
    path.write_bytes(written)
    with AnnotationStore(tmp_path).open("ann") as folded:
        assert folded.get("q1") == model_reading(written)


def count_model_reads(monkeypatch) -> list[bytes]:
    calls: list[bytes] = []
    validate = StoreEntry.model_validate_json

    def counting(data, *args, **kwargs):
        calls.append(data)
        return validate(data, *args, **kwargs)

    monkeypatch.setattr(StoreEntry, "model_validate_json", counting)
    return calls


def test_reading_a_writers_file_validates_no_record_through_the_model(tmp_path, monkeypatch):
    store = AnnotationStore(tmp_path)
    with store.open("ann", writable=True) as folded:
        for number in range(20):
            text = f"quote {number:02d}"
            folded.save(
                QuoteAnnotation(
                    id=f"q{number}", doc_id=f"d{number % 4}", doc_sha256="x", start=0,
                    end=len(text), text=text, annotator="ann", meta={"n": number},
                )
            )  # fmt: skip
    calls = count_model_reads(monkeypatch)
    with store.open("ann") as folded:
        read = [quote for doc_id in folded.doc_ids() for quote in folded.quotes(doc_id)]
    assert len(read) == 20 and {quote.meta["n"] for quote in read} == set(range(20))
    assert calls == []


def test_a_broken_line_is_still_reported_with_its_file_line_and_reason(tmp_path, monkeypatch):
    path = tmp_path / "ann.jsonl"
    path.write_bytes(written_quote(id="q0") + written_quote(text="harbour"))
    calls = count_model_reads(monkeypatch)
    with AnnotationStore(tmp_path).open("ann") as folded:
        assert [quote.id for quote in folded.quotes("d")] == ["q0"]
        (problem,) = folded.problems
    assert (problem.path, problem.line) == (path, 2)
    assert "text: has 7 characters but the span 4..9 covers 5" in problem.message
    assert len(calls) == 1  # the broken line alone went through the model
