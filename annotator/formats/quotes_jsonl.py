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
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat
from operator import contains
from pathlib import Path
from typing import Any

import msgspec
import orjson

from annotator.formats.base import (
    BadLine,
    ExportUnit,
    Format,
    LineWriter,
    ReadDocument,
    ReadQuote,
    cue_text,
    document_id,
    iter_json_lines,
    quotes_of_line,
)
from annotator.record_codec import BulkQuote, Span
from annotator.records import Origin, QuoteType, SourceKind, Status

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
    text: str
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


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Documents and quotes of a quotes-jsonl file (also a gold file or ``detect`` output)."""
    for item in iter_json_lines(path):
        if isinstance(item, BadLine):
            yield item
            continue
        number, value = item
        yield from _document(path, number, value)


def _document(path: Path, number: int, value: Any) -> Iterator[ReadDocument | BadLine]:
    if not isinstance(value, dict):
        yield BadLine(path, number, f"expected a JSON object, got {type(value).__name__}")
        return
    doc_id = document_id(value.get("id"))
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
        yield ReadDocument(path, number, doc_id, text, read_quotes, meta=meta)
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
    yield ReadDocument(path, number, doc_id, text, read_quotes, meta=meta)


FORMAT = Format(
    name="quotes-jsonl",
    summary="one document per line with its quotes: the shape detect writes and evaluate reads",
    writer=QuotesJsonlWriter,
    reader=read,
)
"""The format's registry entry."""
