"""``quotes-jsonl``: the project's own interchange format, one document per line.

``{"id", "text", "sha256", "meta"?, "quotes": [{"id", "start", "end", "text", "type", "speaker",
"speaker_spans", "source", "source_kind", "source_spans", "cue", "cue_spans", "confidence",
"annotator", "status", "origin", "note"?}]}``: the shape ``detect`` writes and ``evaluate`` reads.
Offsets are ``str`` offsets into ``text``; spans are ``[start, end]`` lists. A file of this shape
is also a corpus (``id`` comes first, so a corpus opens it quickly).

Reading accepts any such file: extra keys are ignored, ``text`` may be left out (``detect``
output; the corpus then supplies it), every quote key but ``start`` and ``end`` is optional,
``confidence`` may be 1-3 or low/medium/high, and a detector's ``score`` stands in for a
missing confidence (and makes the quote a suggestion).

The usual line (an export of this tool, another tool's file of the same shape) is decoded by
msgspec straight into typed structs (``ReadLine``, ``ImportedQuote``): the types are checked
in C while the line is parsed, and each quote already has the layout of the stored record the
importer makes of it. A line those types refuse (a confidence in words, a null where a value
belongs, a value of another type, an id given as a number, a detector score, an annotator named
for the whole line) is read again with orjson into plain dicts and goes the careful way
(``_document``), which reads it key by key: what it accepts, and every message it gives, is what
it always was. One difference: a number too large for a double in a key nobody reads (orjson
refuses the line, msgspec skips the key) no longer fails the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat
from operator import attrgetter, contains
from pathlib import Path
from typing import Annotated, Any

import msgspec
import orjson

from annotator.formats.base import (
    BadLine,
    ExportUnit,
    Format,
    LineWriter,
    ReadDocument,
    ReadQuote,
    Record,
    cue_text,
    document_id,
    iter_lines,
    quotes_of_line,
)
from annotator.record_codec import BulkQuote, Span
from annotator.records import (
    SCHEMA_VERSION,
    Confidence,
    Origin,
    QuoteType,
    SchemaVersion,
    SourceKind,
    Status,
    is_stored_record_line,
)
from annotator.util import json_line_error

QUOTE_KEYS = (
    "id",
    "start",
    "end",
    "text",
    "type",
    "speaker",
    "speaker_spans",
    "source",
    "source_kind",
    "source_spans",
    "cue_spans",
    "confidence",
    "status",
    "origin",
    "annotator",
    "note",
    "score",
    "meta",
)
"""Quote keys an import reads from a line; any other is ignored (``cue`` is read back from
``cue_spans``)."""

_DICT = {dict}


class QuoteLine(msgspec.Struct, omit_defaults=True, gc=False):
    """One quote of a quotes-jsonl line, its keys in the format's order (``note`` only when
    there is one)."""

    id: str
    start: int
    end: int
    text: msgspec.Raw
    type: QuoteType
    speaker: str | None
    speaker_spans: msgspec.Raw
    source: str | None
    source_kind: SourceKind | None
    source_spans: msgspec.Raw
    cue: str | None
    cue_spans: list[Span]
    confidence: int
    annotator: str
    status: Status
    origin: Origin
    note: str = ""


class DocumentLine(msgspec.Struct, kw_only=True, gc=False):
    """One line of a quotes-jsonl file: a document and its quotes (``id`` first, so corpora
    find it fast; ``meta`` only when there is some)."""

    id: str
    text: str
    sha256: str
    meta: msgspec.Raw | msgspec.UnsetType = msgspec.UNSET
    """The JSON of the document's metadata (``path`` left out), as orjson writes it."""
    quotes: list[QuoteLine]


def quote_lines(records: list[BulkQuote], text: str) -> list[QuoteLine]:
    """The quotes-jsonl form of ``records``, quotes of the document whose text is ``text``.

    One expression per quote, its cue sliced in place when it has one cue span (the usual
    case): a million quotes make a million calls of nothing but C."""
    return [
        QuoteLine(
            quote.id,
            quote.start,
            quote.end,
            quote.text,
            quote.type,
            quote.speaker,
            quote.speaker_spans,
            quote.source,
            quote.source_kind,
            quote.source_spans,
            text[spans[0][0] : spans[0][1]]
            if len(spans := quote.cue_spans) == 1
            else cue_text(text, spans),
            spans,
            quote.confidence,
            quote.annotator,
            quote.status,
            quote.origin,
            quote.note,
        )
        for quote in records
    ]


def document_line(unit: ExportUnit) -> DocumentLine:
    """The quotes-jsonl line of one document."""
    document = unit.document
    text = document.text
    meta = {key: value for key, value in document.meta.items() if key != "path"}
    return DocumentLine(
        id=document.id,
        text=text,
        sha256=document.sha256,
        meta=msgspec.Raw(orjson.dumps(meta)) if meta else msgspec.UNSET,
        quotes=quote_lines(unit.records, text),
    )


class QuotesJsonlWriter(LineWriter):
    """One line per document."""

    default_stem = "quotes"

    def add(self, unit: ExportUnit) -> None:
        self.write_struct_line(self.stem(unit), document_line(unit))
        self.count("lines")


_JSON_INTEGER = msgspec.Meta(ge=0, le=2**63 - 1)
"""A non-negative integer within what msgspec bounds (and well within what orjson reads as an
``int``): anything larger is no offset into a text, and the careful path says so."""
Offset = Annotated[int, _JSON_INTEGER]
"""A ``str`` offset as a file gives it; whether it lies inside the text is checked later."""
SpanPair = Annotated[list[Offset], msgspec.Meta(min_length=2, max_length=2)]
"""A ``[start, end]`` mention span (``start <= end <= len(text)`` is checked later)."""
Name = Annotated[str, msgspec.Meta(min_length=1)]
"""A non-empty id or annotator name (an empty one means none to the careful path)."""


class ImportedQuote(msgspec.Struct, tag_field="record", tag="quote", kw_only=True, gc=False):
    """One quote of a usual line, decoded into the layout of the stored record it becomes.

    The fields are ``record_codec.StoredQuote``'s, in its order (a test holds them equal), and
    then ``score``, which is never set; so the importer finishes the struct in place and the
    store encodes it as it stands, to the bytes ``store.encode_entry`` writes. Each field takes
    what the careful path takes plainly, and a key left out gets the default the careful path
    gives it; anything else fails to decode, and the line goes the careful way. What an import
    fills in itself (``doc_id``, ``doc_sha256``, ``created``, ``updated``, ``meta``, and
    ``annotator``, which holds who labeled the quote in the other tool until the importer makes
    it the owner) is decoded only to be replaced. ``cue`` and any other key are ignored, as the
    careful path ignores them.
    """

    schema_version: SchemaVersion = SCHEMA_VERSION
    id: Name | None = None
    """The file's id; None: the importer derives one (an empty id goes the careful way)."""
    doc_id: str = ""
    doc_sha256: str = ""
    start: Offset
    end: Offset
    text: str | msgspec.UnsetType = msgspec.UNSET
    """Left out: the importer takes the document's text between ``start`` and ``end``."""
    type: QuoteType = QuoteType.DIRECT
    speaker: str | None = None
    speaker_spans: list[SpanPair] = []
    source: str | None = None
    source_kind: SourceKind | None = None
    source_spans: list[SpanPair] = []
    cue_spans: list[SpanPair] = []
    confidence: Confidence = Confidence.HIGH
    status: Status = Status.ACCEPTED
    origin: Origin = Origin.MANUAL
    suggestion: None = None
    annotator: Name | None = None
    """Who labeled the quote in the file (None: not said; an empty name goes the careful way);
    the importer replaces it with the owner."""
    created: str = ""
    updated: str = ""
    note: str = ""
    meta: msgspec.Raw = msgspec.Raw()
    """The quote's own ``meta`` as its raw JSON (empty when left out). When any quote of the
    line has one, the reader parses each with orjson, as the careful path would (None where
    there is none); the importer replaces it with the dict that adds the provenance."""
    score: msgspec.UnsetType = msgspec.UNSET
    """Not a stored field: it takes no value at all, so that a quote with a detector score
    (which may make it a suggestion, a thing these structs do not build) fails to decode and its
    line goes the careful way. Left UNSET, it is never encoded."""


class ReadLine(msgspec.Struct, gc=False):
    """A usual quotes-jsonl line (``sha256`` and any other key are ignored)."""

    id: Annotated[str, msgspec.Meta(min_length=1)]
    text: str | None = None
    quotes: list[ImportedQuote] = []
    annotator: None = None
    """Who labeled the quotes of the line that name no annotator of their own: a line that says
    goes the careful way, which tells a quote's ``"annotator": null`` from none."""
    meta: msgspec.Raw = msgspec.Raw()
    """The document's metadata as raw JSON (parsed by orjson when given, see ``ImportedQuote``)."""


_LINE_DECODER = msgspec.json.Decoder(ReadLine)


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Documents and quotes of a quotes-jsonl file (also a gold file or ``detect`` output)."""
    return read_part(path, 0, None, 1)


def read_part(
    path: Path, start: int, stop: int | None, first_line: int
) -> Iterator[ReadDocument | BadLine]:
    """``read`` of the lines from byte ``start`` to ``stop``, the first numbered ``first_line``
    (see ``base.PartReader``)."""
    for number, raw in iter_lines(path, start, stop, first_line):
        try:
            document = _typed_document(path, number, _LINE_DECODER.decode(raw), raw)
        except (msgspec.MsgspecError, orjson.JSONDecodeError, UnicodeDecodeError):
            pass  # read again below, by the careful path that words the problem
        else:
            yield document
            continue
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            yield BadLine(path, number, json_line_error(raw, error))
            continue
        yield from _document(path, number, value)


_META = attrgetter("meta")


_QUOTES_KEY = re.compile(rb'"quotes"\s*:')
"""The key of a line's quotes: a line that gives it, even empty, was read whole."""


def _typed_document(path: Path, number: int, line: ReadLine, raw: bytes) -> ReadDocument:
    """The document of decoded line ``raw``; ``orjson.JSONDecodeError`` when a ``meta`` holds
    what orjson would not read (then the whole line goes the careful way, which reports it)."""
    quotes = line.quotes
    if any(map(_META, quotes)):
        # Rare: quotes with metadata of their own, parsed as the careful path parses them.
        for quote in quotes:
            # msgspec decodes ``meta`` as its declared type, Raw (a union would have it parse
            # the JSON itself, unlike the careful path); the parsed value replaces it in place.
            parsed = orjson.loads(quote.meta) if quote.meta else None
            quote.meta = parsed  # type: ignore[assignment]  # Raw replaced by its value, as said
    meta = orjson.loads(line.meta) if line.meta else None
    return ReadDocument(
        path,
        number,
        line.id,
        line.text,
        [],
        meta=meta if isinstance(meta, dict) else {},
        # Only a line without quotes is searched: "quotes": [] says none were found there.
        read_whole=bool(quotes) or _QUOTES_KEY.search(raw) is not None,
        structs=quotes,
    )


def quote_fields(quote: ImportedQuote) -> Record:
    """A decoded quote as the careful path reads a quote: the dict of its keys and values (a
    key the line left out is missing, or holds the default the careful path gives it)."""
    meta = quote.meta
    fields: Record = msgspec.to_builtins(msgspec.structs.replace(quote, meta=None))
    if isinstance(meta, msgspec.Raw):  # the line gave no meta
        del fields["meta"]
    else:
        fields["meta"] = meta
    return fields


def _document(path: Path, number: int, value: Any) -> Iterator[ReadDocument | BadLine]:
    if not isinstance(value, dict):
        yield BadLine(path, number, f"expected a JSON object, got {type(value).__name__}")
        return
    doc_id = document_id(value.get("id"))
    if doc_id is None and is_stored_record_line(value):
        # The mistake is the file, not the line: "missing id" on every line would not say it.
        yield BadLine(
            path,
            number,
            "a stored quote record (of an annotation file or a records-jsonl export), not a "
            "document with its quotes: export it as quotes-jsonl first",
        )
        return
    if doc_id is None:
        yield BadLine(path, number, 'missing "id" (a non-empty string)')
        return
    text = value.get("text")
    if text is not None and not isinstance(text, str):
        yield BadLine(path, number, f'document {doc_id!r}: "text" is not a string')
        return
    quotes = value.get("quotes", [])
    if not isinstance(quotes, list):
        yield BadLine(path, number, f'document {doc_id!r}: "quotes" is not a list')
        return
    whole = "quotes" in value  # a line giving its quotes, even none, was read whole
    line_annotator = value.get("annotator") if isinstance(value.get("annotator"), str) else None
    meta = value.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    if (
        set(map(type, quotes)) <= _DICT
        and not any(map(contains, quotes, repeat("_error")))
        and (not line_annotator or all(map(contains, quotes, repeat("annotator"))))
    ):
        # The usual line, checked in C: each quote an object to pass on as it is.
        read_quotes = quotes_of_line(number, quotes)
        yield ReadDocument(path, number, doc_id, text, read_quotes, meta=meta, read_whole=whole)
        return
    read_quotes = []
    for quote in quotes:
        if not isinstance(quote, dict):
            read_quotes.append(ReadQuote(number, {"_error": "a quote is not a JSON object"}))
            continue
        # The parsed object is passed on as it is (the importer reads only ``QUOTE_KEYS``):
        # copying the known keys out of a million quotes costs more than the rest of reading.
        if "_error" in quote:  # the key readers use to report a quote they could not read
            quote = {key: quote[key] for key in QUOTE_KEYS if key in quote}
        if line_annotator and "annotator" not in quote:
            quote["annotator"] = line_annotator
        read_quotes.append(ReadQuote(number, quote))
    yield ReadDocument(path, number, doc_id, text, read_quotes, meta=meta, read_whole=whole)


FORMAT = Format(
    name="quotes-jsonl",
    summary="one document per line with its quotes: the shape detect writes and evaluate reads",
    writer=QuotesJsonlWriter,
    reader=read,
    part_reader=read_part,
)
"""The format's registry entry."""
