"""The record models refuse invalid records with a message naming the field."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from annotator.records import (
    Candidate,
    Confidence,
    Document,
    QuoteAnnotation,
    QuoteType,
    StoreEntry,
    describe_error,
    past_the_end,
    text_sha256,
)

TEXT = '"We will not retreat," the mayor said on Tuesday. 市长说：“不会。” 🙂 "Done."'


def quote(**changes) -> dict:
    start = TEXT.index('"We')
    end = TEXT.index(",") + 2
    data = {
        "id": "q1",
        "doc_id": "city.txt",
        "doc_sha256": text_sha256(TEXT),
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "annotator": "alice",
    }
    data.update(changes)
    return data


def test_document_fills_and_checks_its_hash():
    document = Document(id="a.txt", text=TEXT)
    assert document.sha256 == text_sha256(TEXT)
    with pytest.raises(ValidationError, match="does not match the text"):
        Document(id="a.txt", text=TEXT, sha256="0" * 64)


def test_valid_quote_round_trips_through_json():
    record = QuoteAnnotation.model_validate(quote(speaker="the mayor", confidence=2))
    again = QuoteAnnotation.model_validate_json(record.model_dump_json())
    assert again == record
    assert again.confidence is Confidence.MEDIUM
    assert again.type is QuoteType.DIRECT


def test_offsets_count_code_points_in_cjk_and_emoji_text():
    start = TEXT.index("“")
    end = TEXT.index("”") + 1
    record = QuoteAnnotation.model_validate(
        quote(start=start, end=end, text=TEXT[start:end]), context={"document_text": TEXT}
    )
    assert record.text == "“不会。”"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": 5, "end": 2, "text": ""}, "end: 2 is before start 5"),
        ({"text": "We will"}, "text: has 7 characters"),
        ({"start": -1}, "start"),
        ({"annotator": ""}, "annotator"),
        ({"type": "rumour"}, "type"),
        ({"confidence": 7}, "confidence"),
        ({"speaker_spans": [(9, 3)]}, "span (9, 3) ends before it starts"),
        # Valid JSON the store's encoder cannot write: refused here rather than at the save.
        ({"meta": {"count": 2**70}}, "meta.*cannot be stored as JSON: Integer exceeds 64-bit"),
    ],
)
def test_invalid_records_name_the_field(changes, message):
    with pytest.raises(
        ValidationError, match=r"(?s)" + message.replace("(", r"\(").replace(")", r"\)")
    ):
        QuoteAnnotation.model_validate(quote(**changes))


def test_offsets_past_the_text_are_refused_against_the_document():
    length = len(TEXT)
    data = quote(start=length - 2, end=length + 3, text="x" * 5)
    with pytest.raises(ValidationError, match=f"end: {length + 3} is past the end of the text"):
        QuoteAnnotation.model_validate(data, context={"document_text": TEXT})


def test_span_text_must_match_the_document():
    data = quote(text='"We will not retreaT," ')
    with pytest.raises(ValidationError, match="text: .* does not match the document"):
        QuoteAnnotation.model_validate(data, context={"document_text": TEXT})


def test_mention_spans_past_the_text_are_refused():
    data = quote(speaker_spans=[(len(TEXT), len(TEXT) + 4)])
    with pytest.raises(ValidationError, match="speaker_spans: .* runs past the end"):
        QuoteAnnotation.model_validate(data, context={"document_text": TEXT})


def test_revised_keeps_identity_and_moves_the_update_time():
    record = QuoteAnnotation.model_validate(quote())
    changed = record.revised(speaker="Mayor Ana Ruiz")
    assert changed.id == record.id and changed.created == record.created
    assert changed.speaker == "Mayor Ana Ruiz"
    assert changed.updated >= record.updated
    with pytest.raises(ValidationError):
        record.revised(end=1)


def test_candidate_checks_its_text_length():
    with pytest.raises(ValidationError, match="text has 3 characters"):
        Candidate(start=0, end=5, text="abc", type="direct", score=0.5)
    with pytest.raises(ValidationError, match="score"):
        Candidate(start=0, end=3, text="abc", type="direct", score=1.5)


def test_store_entry_discriminates_quotes_and_deletions():
    entry = StoreEntry.model_validate(
        {
            "rev": 3,
            "change": "undo",
            "item": {"record": "deletion", "id": "q1", "doc_id": "d", "annotator": "alice"},
        }
    )
    assert entry.item.record == "deletion"
    with pytest.raises(ValidationError, match="record"):
        StoreEntry.model_validate({"rev": 1, "item": {"record": "bogus", "id": "q"}})


def test_past_the_end_names_a_suggestion_as_the_model_names_a_quote():
    """Export and validate hold a stored suggestion's spans against the text with the check
    the model makes of a quote, so the message is the model's under ``suggestion.``."""
    data = quote(cue_spans=[(len(TEXT) - 1, len(TEXT) + 6)])
    with pytest.raises(ValidationError) as refused:
        QuoteAnnotation.model_validate(data, context={"document_text": TEXT})
    model_says = describe_error(refused.value)
    candidate = Candidate.model_validate(
        {key: data[key] for key in ("start", "end", "text", "cue_spans")}
        | {"type": "direct", "score": 0.5}
    )
    assert past_the_end(candidate, len(TEXT), "suggestion") == f"suggestion.{model_says}"
    assert past_the_end(candidate, len(TEXT) + 6) is None


def test_a_text_that_does_not_match_is_named_before_a_mention_past_the_end():
    data = quote(text='"We will not retreaT," ', speaker_spans=[(len(TEXT), len(TEXT) + 4)])
    with pytest.raises(ValidationError, match="text: .* does not match the document"):
        QuoteAnnotation.model_validate(data, context={"document_text": TEXT})
