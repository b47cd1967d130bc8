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

Timestamps stay the strings the writer wrote: parsing a million of them into ``datetime`` and
formatting them back would cost more than the rest of a line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from itertools import compress
from typing import Annotated, Any, TypeGuard, TypeVar, cast

import msgspec
import orjson

from annotator.records import (
    Change,
    Confidence,
    Origin,
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
