"""Fast codecs for the stored record shapes, for paths that read or write a million lines.

The pydantic models in ``records`` stay the one source of truth: every field, its order and its
meaning are defined there, and ``tests/unit/test_record_codec.py`` fails when a struct here
drifts from its model. What msgspec adds is speed where a bulk export or import needs it: a
line of an annotator file decodes straight into a typed struct in C, with the types checked on
the way (a value the writer could not have written fails to decode, and the caller falls back
to the fold, which reads and reports line by line), and a struct encodes to exactly the bytes
``store.encode_entry`` writes for the same record.

Deliberately left to the models: checks that span several fields (``end`` not before
``start``, ``text`` as long as its span) and against the document text. Bulk paths that trust
a writer's file need none of them; paths that take outside data run them column by column.
``decode_stored_quote``, which gives the model itself (a review reads a store one quote at a
time), makes the model's checks across fields too, and leaves any line that fails one to it.

Timestamps stay the strings the writer wrote: parsing a million of them into ``datetime`` and
formatting them back would cost more than the rest of a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from datetime import datetime
from itertools import compress
from typing import Annotated, Any, TypeGuard, TypeVar, cast

import msgspec
import orjson
from msgspec.structs import astuple

from annotator.records import (
    Candidate,
    Change,
    Confidence,
    Origin,
    QuoteAnnotation,
    QuoteType,
    SchemaVersion,
    SourceKind,
    Status,
)

Offset = Annotated[int, msgspec.Meta(ge=0)]
Span = tuple[Offset, Offset]
"""A ``(start, end)`` pair: the JSON ``[start, end]`` of a stored span."""
Name = Annotated[str, msgspec.Meta(min_length=1)]


class StoredCandidate(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """``records.Candidate``: the detector's proposal kept with a suggested quote."""

    start: Offset
    end: Offset
    text: str
    type: QuoteType
    score: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]
    speaker: str | None
    speaker_spans: list[Span]
    source: str | None
    source_kind: SourceKind | None
    source_spans: list[Span]
    cue: str | None
    cue_spans: list[Span]


class StoredQuote(
    msgspec.Struct, tag_field="record", tag="quote", forbid_unknown_fields=True, gc=False
):
    """``records.QuoteAnnotation`` as a line of an annotator file holds it."""

    schema_version: SchemaVersion
    id: Name
    doc_id: Name
    doc_sha256: str
    start: Offset
    end: Offset
    text: str
    type: QuoteType
    speaker: str | None
    speaker_spans: list[Span]
    source: str | None
    source_kind: SourceKind | None
    source_spans: list[Span]
    cue_spans: list[Span]
    confidence: Confidence
    status: Status
    origin: Origin
    suggestion: StoredCandidate | None
    annotator: Name
    created: str
    updated: str
    note: str
    meta: dict[str, Any]


class StoredDeletion(
    msgspec.Struct, tag_field="record", tag="deletion", forbid_unknown_fields=True, gc=False
):
    """``records.Deletion`` as a line of an annotator file holds it."""

    schema_version: SchemaVersion
    id: Name
    doc_id: Name
    annotator: Name
    updated: str


class StoredFinished(
    msgspec.Struct, tag_field="record", tag="finished", forbid_unknown_fields=True, gc=False
):
    """``records.DocumentFinished`` as a line of an annotator file holds it. Bulk readers of
    quotes decode it (it is short) and pass over it: it is no quote and no quote's tombstone."""

    schema_version: SchemaVersion
    doc_id: Name
    annotator: Name
    finished: bool
    updated: str


class StoredLine(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """``records.StoreEntry``: one line of an annotator file."""

    rev: Annotated[int, msgspec.Meta(ge=1)]
    change: Change
    item: StoredQuote | StoredDeletion | StoredFinished


STORED_LINE_DECODER = msgspec.json.Decoder(StoredLine)
"""Decodes one line (``decode``) or a block of whole lines (``decode_lines``); raises
``msgspec.ValidationError`` or ``msgspec.DecodeError`` on anything the writer would not write."""


# -- one quote at a time, as a model: the review's scan reads tens of thousands --------------

WRITER_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z")
"""A timestamp as the writer writes one (UTC, ``Z``): ``datetime.fromisoformat`` reads it as
the model would. Any other form the model accepts goes through the model."""


_QUOTE_FIELDS = tuple(field.name for field in msgspec.structs.fields(StoredQuote))
_CANDIDATE_FIELDS = tuple(field.name for field in msgspec.structs.fields(StoredCandidate))
ModelT = TypeVar("ModelT", QuoteAnnotation, Candidate)


def decode_stored_quote(raw: bytes) -> QuoteAnnotation | None:
    """The quote one line of an annotator file holds, as the model ``StoreEntry`` would read it,
    without validating it through the model again: about a fifth of the time.

    None when the line is not a quote the writer could have written (anything else, in any
    detail: a check across fields, a timestamp in another form): the caller then reads it
    through the model, which says what is wrong, or upgrades it.
    """
    try:
        item = STORED_LINE_DECODER.decode(raw).item
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError):
        return None
    if type(item) is not StoredQuote:
        return None
    return quote_of_stored(item)


def _spans_in_order(spans: list[tuple[int, int]]) -> bool:
    return all(start <= end for start, end in spans)


def _time_of(value: str) -> datetime | None:
    return datetime.fromisoformat(value) if WRITER_TIME.fullmatch(value) else None


def _model_of(model: type[ModelT], fields: dict[str, Any]) -> ModelT:
    """``model.model_construct(**fields)`` for ``fields`` naming every field in order, as
    pydantic builds it: without its loop over the fields, which cost more than the
    validation it saves."""
    built = model.__new__(model)
    object.__setattr__(built, "__dict__", fields)
    object.__setattr__(built, "__pydantic_fields_set__", set(fields))
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built


def _candidate_of(stored: StoredCandidate) -> Candidate | None:
    """``records.Candidate`` of a decoded one, after the checks its validators make."""
    start, end, text = stored.start, stored.end, stored.text
    if end < start or len(text) != end - start:
        return None
    if not all(map(_spans_in_order, (stored.speaker_spans, stored.source_spans, stored.cue_spans))):
        return None
    return _model_of(Candidate, dict(zip(_CANDIDATE_FIELDS, astuple(stored), strict=True)))


def quote_of_stored(stored: StoredQuote) -> QuoteAnnotation | None:
    """``records.QuoteAnnotation`` of a decoded quote, after the checks of the model's own
    validators that the struct's types do not make (spans in order, ``text`` as long as its
    span, ``meta`` storable); None when one fails, or a value is not in the writer's form."""
    start, end, text = stored.start, stored.end, stored.text
    if end < start or len(text) != end - start:
        return None
    if not all(map(_spans_in_order, (stored.speaker_spans, stored.source_spans, stored.cue_spans))):
        return None
    created, updated = _time_of(stored.created), _time_of(stored.updated)
    if created is None or updated is None:
        return None
    # In the model's order (the tag first), as validation fills ``__dict__``.
    fields: dict[str, Any] = {"record": "quote"}
    fields.update(zip(_QUOTE_FIELDS, astuple(stored), strict=True))
    fields["created"] = created
    fields["updated"] = updated
    if stored.suggestion is not None:
        suggestion = _candidate_of(stored.suggestion)
        if suggestion is None:
            return None
        fields["suggestion"] = suggestion
    meta = stored.meta
    if meta:
        try:
            orjson.dumps(meta)  # what the model's check of ``meta`` refuses: an int past 64 bits
        except orjson.JSONEncodeError:
            return None
    return _model_of(QuoteAnnotation, fields)


def stored_record(struct: Any) -> dict[str, Any]:
    """The JSON form (``model_dump(mode="json")``'s dict) of a struct laid out as
    ``StoredQuote``. A field may hold ``msgspec.Raw``: a value encoded once for the many records
    that share it (an import's time, a document's hash), which the encoder copies as it stands
    and which is decoded here."""
    record: dict[str, Any] = msgspec.to_builtins(struct, enc_hook=_raw_value)
    return record


def _raw_value(value: Any) -> Any:
    if isinstance(value, msgspec.Raw):
        return msgspec.json.decode(value)
    raise NotImplementedError(f"{type(value).__name__} is not a JSON value")


ENCODER = msgspec.json.Encoder()
"""Encodes structs (and lists of them) to compact JSON, the writer's form."""


def encode_stored_line(line: StoredLine) -> bytes:
    """One line of an annotator file, with its newline: ``store.encode_entry``'s bytes."""
    buffer = bytearray()
    ENCODER.encode_into(line, buffer)
    buffer += b"\n"
    return bytes(buffer)


# -- bulk export: what is only passed on stays JSON ---------------------------------------------


class BulkQuote(
    msgspec.Struct, tag_field="record", tag="quote", forbid_unknown_fields=True, gc=False
):
    """``StoredQuote`` as a bulk export reads it: the fields it selects, groups, sorts and
    checks by (and the names and cue spans it writes) decoded and type-checked, the fields it
    only passes on (``text``, the speaker and source spans, ``suggestion``, the timestamps,
    ``meta``) kept as the exact JSON the writer wrote (``msgspec.Raw``).

    Decoding a million lines so costs a fifth less, and encoding passes those bytes on as they
    are. ``record_json`` gives a record's JSON form (a dict) for whatever needs the values.
    What is not decoded is not checked either: a hand edit inside a raw field that leaves the
    line valid JSON (a text no longer as long as its span, a byte that is not UTF-8) passes
    through as written, where the fold would refuse the line. Checking would cost a tenth of
    an export; the fields people edit by hand (speaker, source, note) are decoded.
    """

    schema_version: SchemaVersion
    id: Name
    doc_id: Name
    doc_sha256: str
    start: Offset
    end: Offset
    text: msgspec.Raw
    type: QuoteType
    speaker: str | None
    speaker_spans: msgspec.Raw
    source: str | None
    source_kind: SourceKind | None
    source_spans: msgspec.Raw
    cue_spans: list[Span]
    confidence: Confidence
    status: Status
    origin: Origin
    suggestion: msgspec.Raw
    annotator: Name
    created: msgspec.Raw
    updated: msgspec.Raw
    note: str
    meta: msgspec.Raw


class BulkLine(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """``StoredLine`` with its quote read as a ``BulkQuote``."""

    rev: Annotated[int, msgspec.Meta(ge=1)]
    change: Change
    item: BulkQuote | StoredDeletion | StoredFinished


BULK_LINE_DECODER = msgspec.json.Decoder(BulkLine)
"""``STORED_LINE_DECODER`` for bulk export: decodes a block of whole lines into ``BulkLine``."""

BULK_QUOTES_DECODER = msgspec.json.Decoder(list[BulkQuote])
"""Decodes a JSON array of stored quotes (as ``orjson.dumps`` of their dicts) into
``BulkQuote``: how records read another way join a bulk export."""


def record_json(records: list[BulkQuote]) -> list[dict[str, Any]]:
    """``records`` in their JSON form (``model_dump(mode="json")``: dicts, spans as lists)."""
    json_records: list[dict[str, Any]] = orjson.loads(ENCODER.encode(records))
    return json_records


def bulk_quotes(records: list[dict[str, Any]]) -> list[BulkQuote]:
    """Quotes in their JSON form as ``BulkQuote``; ``msgspec.ValidationError`` if any is not
    a quote the writer could have written."""
    return BULK_QUOTES_DECODER.decode(orjson.dumps(records))


BulkItem = BulkQuote | StoredDeletion | StoredFinished
"""What one line of an annotator file holds, as the bulk readers decode it."""

KindT = TypeVar("KindT", BulkQuote, StoredDeletion, StoredFinished)
"""One kind of line: what ``kept_of_kind`` and ``picked_of_kind`` return a list of."""


def only_quotes(
    items: list[BulkItem], kinds: Set[type] | None = None
) -> TypeGuard[list[BulkQuote]]:
    """Whether every one of ``items`` is a quote; ``kinds``, when given, is the set of their
    types already taken (``set(map(type, items))``), which this then trusts."""
    return (set(map(type, items)) if kinds is None else kinds) <= {BulkQuote}


def kept_of_kind(items: Sequence[BulkItem], keep: Iterable[bool], kind: type[KindT]) -> list[KindT]:
    """The ``items`` that ``keep`` flags, in C as ``compress`` takes them: flags that say
    ``type(item) is kind`` (or flag only such items), so that each one kept is a ``kind``.
    Unchecked, as a bulk path needs: a check per item would cost what compress saves."""
    return cast("list[KindT]", list(compress(items, keep)))


def picked_of_kind(
    items: Sequence[BulkItem], places: Iterable[int], kind: type[KindT]
) -> list[KindT]:
    """The ``items`` at ``places``, each a ``kind`` (the caller took the places of such items
    only); unchecked, as ``kept_of_kind``."""
    return cast("list[KindT]", list(map(items.__getitem__, places)))
