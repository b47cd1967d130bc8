"""What every export/import format shares: the units it writes, the documents it reads, tokens.

Exporters take the records grouped by document (``ExportUnit``): as the structs the store's bulk
reader decodes (``record_codec.BulkQuote``, which the JSONL writers encode as they are), or in
their JSON form (``model_dump(mode="json")``: a plain dict per record, made one document at a
time), so a million quotes never become a million model objects.

Importers yield ``ReadDocument``: a document's id and text as the file carries them, and for each
quote the ``QuoteAnnotation`` fields the file gave, with the line they came from. Turning those
into validated records (and refusing a bad file) is ``annotator.exporting``'s job, so every format
reports errors the same way.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cached_property
from itertools import repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, ClassVar, NamedTuple, Protocol, TypeGuard, cast

import orjson

from annotator.errors import UserError
from annotator.record_codec import ENCODER, BulkQuote, record_json
from annotator.records import SPAN_FIELDS, Confidence, Document
from annotator.util import UTF8_BOM, BackgroundDigest, json_line_error

Record = dict[str, Any]
"""The JSON form of one ``QuoteAnnotation`` (``model_dump(mode="json")``)."""

CONFIDENCE_NAMES: dict[int, str] = {c.value: c.name.lower() for c in Confidence}
"""1 -> ``low``, 2 -> ``medium``, 3 -> ``high``: how formats without numbers spell confidence."""

LAYER_LABELS = {"speaker_spans": "SPEAKER", "source_spans": "SOURCE", "cue_spans": "CUE"}
"""The span label each mention list gets in span-based formats (the quote itself is ``QUOTE``)."""

TOKEN_PATTERN = re.compile(r"\w+|\S")
"""The tokenizer of token-based formats: a run of word characters, or one other non-space
character. Simple on purpose: token offsets are exact ``str`` offsets and anyone can reproduce
the tokens with this one regular expression."""


def is_offset(value: Any) -> TypeGuard[int]:
    """Whether ``value`` is an offset as another tool's JSON gives one: an int, not a bool
    (which Python counts as one), a float or a string of digits, which ``int()`` would take."""
    return type(value) is int


def tokenize(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every token of ``text`` (see ``TOKEN_PATTERN``)."""
    return [match.span() for match in TOKEN_PATTERN.finditer(text)]


class TokenIndex:
    """Maps character spans to the tokens they touch."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans = tokenize(text) if spans is None else spans
        """``(start, end)`` of each token (``spans`` when given, in text order)."""
        self.starts = [start for start, _ in self.spans]
        self.ends = [end for _, end in self.spans]

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """First and last (inclusive) token overlapping ``[start, end)``; None if none does."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end) - 1
        if first > last:
            return None
        return first, last


def confidence_value(value: Any) -> int:
    """A confidence given as 1-3 or low/medium/high, as its number; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"confidence: {value!r} is not 1, 2, 3, low, medium or high")
    if isinstance(value, int) and value in CONFIDENCE_NAMES:
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        for number, name in CONFIDENCE_NAMES.items():
            if lowered in (name, str(number)):
                return number
    raise ValueError(f"confidence: {value!r} is not 1, 2, 3, low, medium or high")


def confidence_from_score(score: float) -> int:
    """A detector score in [0, 1] as a confidence: below 1/3 low, below 2/3 medium, else high."""
    if score < 1 / 3:
        return Confidence.LOW.value
    if score < 2 / 3:
        return Confidence.MEDIUM.value
    return Confidence.HIGH.value


def cue_text(text: str, spans: list[list[int]] | list[tuple[int, int]]) -> str | None:
    """The cue words a quote's cue spans cover, joined by a space; None when there are none."""
    if not spans:
        return None
    return " ".join(text[start:end] for start, end in spans)


quote_order: Callable[[Record], tuple[Any, ...]] = itemgetter("start", "end", "annotator", "id")
"""Position, then annotator, then id: the one order quotes are written in (a sort key; an
``itemgetter``, so sorting a million records calls no Python function)."""

record_order: Callable[[BulkQuote], tuple[Any, ...]] = attrgetter("start", "end", "annotator", "id")
"""``quote_order`` of records as ``BulkQuote`` structs."""


@dataclass
class ExportUnit:
    """One document and the selected quotes on it, in the order they are written.

    The records come as the bulk reader's structs (``record_codec.BulkQuote``), which the
    fast writers encode as they are; writers that work on the JSON form read ``quotes``, made
    from them on first use, one document at a time.
    """

    document: Document
    """The document (its text is what offsets point into)."""
    records: list[BulkQuote]
    """Selected records of every selected annotator, sorted by ``record_order``."""
    split: str | None = None
    """``train``/``dev``/``test`` when the export is split, else None."""

    @cached_property
    def quotes(self) -> list[Record]:
        """``records`` in their JSON form (``model_dump(mode="json")``: dicts, spans as lists),
        in the same order."""
        return record_json(self.records)


@dataclass
class ExportOptions:
    """Format-specific choices the CLI passes through."""

    predictions: bool = False
    """Label Studio: write the quotes as ``predictions`` (pre-annotations) not ``annotations``."""
    annotators: list[str] = field(default_factory=list)
    """Whose records the export holds (filled in by the exporter)."""


@dataclass
class WriteResult:
    """What a writer produced."""

    files: list[Path] = field(default_factory=list)
    """Every file written, relative to the output folder."""
    counts: dict[str, int] = field(default_factory=dict)
    """Format-specific counts (tasks, dropped spans) for the manifest."""
    notes: list[str] = field(default_factory=list)
    """What the format cannot carry, for the manifest."""
    sha256: dict[Path, str] = field(default_factory=dict)
    """The hex sha256 of files hashed while they were written (the manifest hashes the rest
    by reading them back)."""


class Writer:
    """Writes units into an output folder. Subclasses implement ``add`` and ``finish``."""

    default_stem: ClassVar[str] = "data"
    """File name stem when the export is not split (a split export uses the split names)."""

    joins_end_to_end: ClassVar[bool] = False
    """True when two writers given the first and the last units of an export write what one
    writer given them all writes, once each file of the second is appended to the same file of
    the first and its counts are added (``LineWriter.append_files``): a large export then
    writes its halves in two processes at once."""

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        self.out_dir = out_dir
        """The folder written into (it exists)."""
        self.options = options
        """Format-specific choices."""
        self.result = WriteResult()
        """Files, counts and notes, filled while writing."""

    def stem(self, unit: ExportUnit) -> str:
        """Where ``unit`` goes: its split, or the format's default stem."""
        return unit.split or self.default_stem

    def add(self, unit: ExportUnit) -> None:
        """Write one document's quotes."""
        raise NotImplementedError

    def finish(self) -> WriteResult:
        """Close files, write any shared file (configs), and say what was written."""
        return self.result

    def abort(self) -> None:
        """Close whatever is open after a failure, raising nothing: the export is given up and
        its folder removed, and the error that stopped it is the one to see."""

    def count(self, key: str, amount: int = 1) -> None:
        """Add to a manifest count."""
        self.result.counts[key] = self.result.counts.get(key, 0) + amount


class LineWriter(Writer):
    """A writer of one line-oriented file per split (``<stem><suffix>``).

    Each unit's lines depend on that unit alone (a subclass that carries anything from one
    unit to the next, a header or a running number, sets ``joins_end_to_end`` to False)."""

    suffix: ClassVar[str] = ".jsonl"
    """File ending."""

    joins_end_to_end = True

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)
        self._handles: dict[str, _HashingFile] = {}

    def handle(self, stem: str) -> _HashingFile:
        """The open binary file for ``stem``, created on first use."""
        handle = self._handles.get(stem)
        if handle is None:
            name = Path(stem + self.suffix)
            handle = _HashingFile(self.out_dir / name, name)
            self._handles[stem] = handle
            self.result.files.append(name)
        return handle

    def stems(self) -> list[str]:
        """The stems written so far, in the order of their first line."""
        return list(self._handles)

    def append_files(self, folder: Path, stems: list[str]) -> None:
        """Append the files another writer of this class wrote into ``folder`` for ``stems``
        to this one's files of the same stems, as if this one had written their lines."""
        for stem in stems:
            self.handle(stem).append_file(folder / (stem + self.suffix))

    def write_json_line(self, stem: str, value: Any) -> None:
        """Append one JSON value as a line."""
        self.handle(stem).write(orjson.dumps(value, option=orjson.OPT_APPEND_NEWLINE))

    def write_struct_line(self, stem: str, value: Any) -> None:
        """Append msgspec structs as a line: one (an object) or a list of them (an array).

        Strings and integers come out as ``write_json_line`` writes them; floats above 1e16
        do not (``1e16``, where orjson writes ``1e+16``), so this is for values without
        floats, or whose floats were written by msgspec in the first place."""
        self.handle(stem).write_struct_line(value)

    def finish(self) -> WriteResult:
        try:
            for handle in self._handles.values():
                self.result.sha256[handle.name] = handle.close()
        except BaseException:
            self.abort()  # the files after the one that failed are closed too
            raise
        return self.result

    def abort(self) -> None:
        for handle in self._handles.values():
            handle.abort()


_WRITE_BLOCK = 1 << 20
"""Bytes gathered before a block is handed to the background writer."""

_APPEND_BLOCK = 1 << 22
"""Bytes read at once from a file appended whole (``_HashingFile.append_file``)."""


class _HashingFile:
    """A binary file being written that hashes what it is given, so the manifest need not
    read a large export back.

    What is written is gathered into blocks; each block is written and hashed by a thread of
    its own (both let go of the GIL), so the caller goes on encoding the next one meanwhile.
    """

    def __init__(self, path: Path, name: Path) -> None:
        self.name = name
        """The path the manifest lists (relative to the output folder)."""
        self._file = path.open("wb", buffering=0)
        self._block = bytearray()
        self._digest = BackgroundDigest(self._file.write)
        self._size = 0
        """Bytes handed to the thread or appended: where an appended file's bytes go."""
        self._appended = False

    def write(self, data: bytes) -> None:
        """Write and hash ``data``."""
        self._block += data
        if len(self._block) >= _WRITE_BLOCK:
            self._hand_over()

    def write_struct_line(self, value: Any) -> None:
        """Write and hash msgspec's JSON of ``value`` (a struct, or a list of them) as a line,
        encoded straight into the block being gathered."""
        block = self._block
        ENCODER.encode_into(value, block, -1)
        block.append(0x0A)
        if len(block) >= _WRITE_BLOCK:
            self._hand_over()

    def append_file(self, path: Path) -> None:
        """Write and hash the bytes of the file at ``path``: the last bytes this file is
        given (they are written at their place, past what the thread still writes)."""
        if self._block:
            self._hand_over()
        self._appended = True
        fd = self._file.fileno()
        with path.open("rb", buffering=0) as source:
            while block := source.read(_APPEND_BLOCK):
                # Written here while the thread hashes the block before: both at once.
                view = memoryview(block)
                while view:
                    written = os.pwrite(fd, view, self._size)
                    view = view[written:]
                    self._size += written
                self._digest.update(block, written=True)

    def _hand_over(self) -> None:
        if self._appended:
            self._block = bytearray()  # refused, and never written over the appended bytes
            raise ValueError(f"{self.name}: written to after a file was appended")
        self._digest.update(self._block)  # never touched here again
        self._size += len(self._block)
        self._block = bytearray()

    def close(self) -> str:
        """Close the file; return the hex sha256 of everything written."""
        try:
            if self._block:
                self._hand_over()
            return self._digest.hexdigest()
        finally:
            self._file.close()

    def abort(self) -> None:
        """End the writing thread and close the file, whatever either meets."""
        with suppress(Exception):
            self._digest.close()
        self._file.close()


class ReadQuote(NamedTuple):
    """One quote as an import file gives it.

    A named tuple, so that a reader of a million quotes can make them all in C
    (``quotes_of_line``) rather than with a Python call each."""

    line: int
    """Line of the file it came from (1 for formats that are not line-based: the whole file)."""
    fields: Record
    """``QuoteAnnotation`` fields found (start, end, text?, type, speaker, spans, confidence...);
    ``annotator`` here is who labeled it in the other tool, ``score`` a detector score. Other keys
    may be there too (a reader may pass the object it parsed); the importer ignores them."""
    path: Path | None = None
    """The file it came from, when not the document's own file (brat's ``.ann``)."""


def quotes_of_line(line: int, fields: list[Any]) -> list[ReadQuote]:
    """A ``ReadQuote`` of each of ``fields``, all read from ``line`` of the document's file."""
    return list(map(_new_tuple, repeat(ReadQuote), zip(repeat(line), fields, repeat(None))))


_new_tuple = tuple.__new__
"""What ``ReadQuote._make`` calls, called here from C."""


@dataclass
class ReadDocument:
    """One document of an import file with its quotes."""

    path: Path
    """The file it came from."""
    line: int
    """The line it starts on."""
    doc_id: str
    """Its id as the file says (or as derived from a file name)."""
    text: str | None
    """Its text as the file carries it; None when the file has none (then a corpus must)."""
    quotes: list[ReadQuote]
    """Its quotes."""
    meta: Record = field(default_factory=dict)
    """Document metadata the file carries."""
    predicted: bool = False
    """True when the quotes are a model's predictions (imported as ``origin: suggested``)."""
    read_whole: bool = False
    """True when the file says a person went through the whole document, so that with no quotes
    it is a document where they found none (an import marks it finished), not one unread."""
    structs: list[Any] | None = None
    """The quotes decoded straight into the stored record's layout, their types checked (see
    ``quotes_jsonl.ImportedQuote``), when the reader could; ``quotes`` is then empty and the
    importer finishes the records column by column."""
    left_out: list[BadLine] = field(default_factory=list)
    """Lines the reader read past because it has no use for them (a brat event, say): each a
    warning naming file:line, not a problem; the import goes on without them."""


class Reader(Protocol):
    """Reads an import file; raises ``UserError`` naming file:line for what cannot be read."""

    def __call__(self, path: Path) -> Iterator[ReadDocument | BadLine]: ...


@dataclass
class BadLine:
    """A part of an import file that could not be read at all (bad JSON, missing text)."""

    path: Path
    """The file."""
    line: int | None
    """Where."""
    message: str
    """What is wrong."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Format:
    """One export/import format."""

    name: str
    """The name on the command line."""
    summary: str
    """One line for ``--help`` and the manifest."""
    writer: type[Writer] | None
    """Writes exports; None if this format is import-only."""
    reader: Reader | None = None
    """Reads imports; None for export-only formats."""
    requires: str | None = None
    """A module the format needs that is an optional install (spaCy)."""
    notes: tuple[str, ...] = ()
    """What the format cannot carry, copied into every manifest."""
    part_reader: PartReader | None = None
    """Reads the lines of one byte range of a line-based import file (``read_part``), so that
    a large import can read its halves in two processes; None: the file is read whole."""
    writes_suggestions: bool = False
    """Whether the format writes each record's stored detector suggestion as it stands: an
    export to it checks the suggestions, which the bulk read passes on unread."""


class PartReader(Protocol):
    """``Reader`` of the lines from byte ``start`` (a line's start) to ``stop`` (None: the end),
    numbering the first of them ``first_line``."""

    def __call__(
        self, path: Path, start: int, stop: int | None, first_line: int
    ) -> Iterator[ReadDocument | BadLine]: ...


_READ_BUFFER = 1 << 20
"""Bytes read at a time from an import file: a line of fifty quotes is longer than the default
buffer, which made each read of it several reads and joins."""


def iter_lines(
    path: Path, start: int = 0, stop: int | None = None, first_line: int = 1
) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes)`` of every non-blank line of ``path`` (with its newline); with
    ``start`` and ``stop``, of the lines from byte ``start`` (where a line starts) to byte
    ``stop`` (where one starts, or None: the end), the first numbered ``first_line``."""
    try:
        # A buffer size above 1 gives a BufferedReader (typeshed says BinaryIO for any int).
        handle = cast(io.BufferedReader, path.open("rb", buffering=_READ_BUFFER))
    except OSError as error:
        raise UserError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        if start:
            handle.seek(start)
        elif handle.peek(len(UTF8_BOM)).startswith(UTF8_BOM):
            start = handle.seek(len(UTF8_BOM))  # a mark JSON refuses, before the first line
        if stop is None:
            lines: Iterable[bytes] = handle
        else:
            lines = _lines_until(handle, stop - start)
        for number, raw in enumerate(lines, start=first_line):
            if raw.isspace():  # stops at the first other byte; strip() would copy the line
                continue
            yield number, raw


def _lines_until(handle: Iterable[bytes], size: int) -> Iterator[bytes]:
    """The lines of ``handle`` that start within its next ``size`` bytes."""
    for raw in handle:
        if size <= 0:
            return
        size -= len(raw)
        yield raw


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any] | BadLine]:
    """``(line number, parsed value)`` of every non-blank line, or a ``BadLine`` for bad JSON."""
    for number, raw in iter_lines(path):
        try:
            yield number, orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            yield BadLine(path, number, json_line_error(raw, error))


def read_merged_lines(
    path: Path,
    read_line: Callable[[Path, int, Any, dict[str, ReadDocument]], BadLine | None],
) -> Iterator[ReadDocument | BadLine]:
    """Documents of a JSONL file in which several lines may add quotes to one document.

    ``read_line(path, number, value, documents)`` adds a line's quotes to ``documents`` (by
    id) or returns the ``BadLine`` it is; bad lines come as met, then every document.
    """
    documents: dict[str, ReadDocument] = {}
    for item in iter_json_lines(path):
        if isinstance(item, BadLine):
            yield item
            continue
        number, value = item
        problem = read_line(path, number, value, documents)
        if problem is not None:
            yield problem
    yield from documents.values()


def merged_document(
    documents: dict[str, ReadDocument], path: Path, number: int, doc_id: str, text: str
) -> ReadDocument | BadLine:
    """The document ``doc_id`` of ``documents``, added if new; a ``BadLine`` if an earlier
    line gave it another text."""
    document = documents.setdefault(doc_id, ReadDocument(path, number, doc_id, text, []))
    if document.text != text:
        return BadLine(path, number, f"document {doc_id!r} has another text on an earlier line")
    return document


def read_json_file(path: Path) -> Any:
    """The parsed JSON of a whole file; ``UserError`` with the line of a syntax error."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path}: cannot read ({error.strerror})") from None
    data = data.removeprefix(UTF8_BOM)  # a mark JSON refuses, left by some Windows editors
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as bad:  # orjson would blame a surrogate at its first byte
            line_start = data.rfind(b"\n", 0, bad.start) + 1
            line = data.count(b"\n", 0, bad.start) + 1
            raise UserError(
                f"{path}:{line}: {json_line_error(data[line_start : bad.end], error)}"
            ) from None
        line = data.count(b"\n", 0, error.pos) + 1
        raise UserError(f"{path}:{line}: not valid JSON ({error.msg})") from None


def document_id(value: Any) -> str | None:
    """A document id given as a non-empty string or an integer, as a string; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value:
        return value
    return None


def group_by_annotator(quotes: Iterable[Record]) -> dict[str, list[Record]]:
    """Quotes grouped by annotator, annotators in sorted order, quotes kept in their order."""
    groups: dict[str, list[Record]] = {}
    for quote in quotes:
        groups.setdefault(quote["annotator"], []).append(quote)
    return {name: groups[name] for name in sorted(groups)}


RELATION_OF_FIELD = {"speaker_spans": "speaker", "source_spans": "source", "cue_spans": "cue"}
"""The relation from a quote to each kind of mention, in relation-based formats."""

FIELD_OF_RELATION = {relation: name for name, relation in RELATION_OF_FIELD.items()}
"""Back from a relation name (any case) to the span list it fills."""


@dataclass
class SpanGraph:
    """A document's quotes as labeled spans and relations: the shape of span-and-relation tools.

    Every quote is its own ``QUOTE`` entity; a mention (speaker, source, cue) shared by several
    quotes is one entity with several relations pointing at it.
    """

    entities: list[tuple[str, int, int]] = field(default_factory=list)
    """``(label, start, end)``: QUOTE, SPEAKER, SOURCE or CUE."""
    quote_entities: list[int] = field(default_factory=list)
    """For each quote (in order), the index of its QUOTE entity."""
    relations: list[tuple[int, int, str]] = field(default_factory=list)
    """``(quote entity, mention entity, relation)``; relation is speaker, source or cue."""


def span_graph(quotes: list[Record]) -> SpanGraph:
    """Entities and relations of ``quotes`` (quotes first, then mentions in order of position)."""
    graph = SpanGraph()
    for quote in quotes:
        graph.quote_entities.append(len(graph.entities))
        graph.entities.append(("QUOTE", quote["start"], quote["end"]))
    mentions = sorted(
        {
            (LAYER_LABELS[name], start, end)
            for quote in quotes
            for name in SPAN_FIELDS
            for start, end in quote[name]
        },
        key=lambda item: (item[1], item[2], item[0]),
    )
    index = {mention: len(graph.entities) + number for number, mention in enumerate(mentions)}
    graph.entities.extend(mentions)
    for quote, entity in zip(quotes, graph.quote_entities, strict=True):
        for name in SPAN_FIELDS:
            for start, end in quote[name]:
                target = index[(LAYER_LABELS[name], start, end)]
                graph.relations.append((entity, target, RELATION_OF_FIELD[name]))
    return graph


def quote_attributes(quote: Record) -> Record:
    """What a span cannot say about a quote: id, type, speaker and source names, confidence."""
    attributes: Record = {
        "id": quote["id"],
        "type": quote["type"],
        "confidence": quote["confidence"],
        "status": quote["status"],
        "speaker": quote["speaker"],
        "source": quote["source"],
        "source_kind": quote["source_kind"],
    }
    if quote.get("note"):
        attributes["note"] = quote["note"]
    return attributes


def mention_text(text: str, spans: list[list[int]]) -> str | None:
    """The text of the first mention, the name a file without names gives a speaker or source."""
    if not spans:
        return None
    start, end = spans[0]
    return text[start:end]


def quote_fields(
    text: str,
    start: int,
    end: int,
    mentions: dict[str, list[list[int]]],
    attributes: Record,
) -> Record:
    """Import fields of one quote from a span, its related mentions and its attributes.

    A speaker or source with mentions but no name takes the text of its first mention.
    """
    fields: Record = {"start": start, "end": end}
    for name in SPAN_FIELDS:
        fields[name] = sorted(mentions.get(name, []))
    for key in ("id", "type", "confidence", "status", "source_kind", "note", "annotator", "score"):
        if attributes.get(key) is not None:
            fields[key] = attributes[key]
    for key, spans in (("speaker", "speaker_spans"), ("source", "source_spans")):
        if key in attributes:
            fields[key] = attributes[key]
        else:
            fields[key] = mention_text(text, fields[spans])
    return fields


def json_element_lines(data: bytes) -> list[int]:
    """The line on which each element of a top-level JSON array starts (for error messages)."""
    lines: list[int] = []
    depth = 0
    line = 1
    position = 0
    for match in _JSON_STRUCTURE.finditer(data):
        token = match[0]
        if token[:1] == b'"':
            continue
        line += data.count(b"\n", position, match.start())
        position = match.start()
        if token in (b"[", b"{"):
            if depth == 1:
                lines.append(line)
            depth += 1
        else:
            depth -= 1
    return lines


_JSON_STRUCTURE = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def stable_int(*parts: str) -> int:
    """A signed 32-bit integer hash of ``parts``, the same on every run and machine."""
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Converts between ``str`` offsets (code points) of a text and UTF-16 code units, which
    tools written in JavaScript count in: each character beyond the BMP (most emoji) is two."""

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        """Where each character that is two UTF-16 units stands in ``text``."""
        self._astral_units = [at + before for before, at in enumerate(self._astral)]
        """Where each of those characters starts, in UTF-16 units."""

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of ``str`` offset ``offset``."""
        return offset + bisect_left(self._astral, offset) if self._astral else offset

    def from_utf16(self, offset: int) -> int | None:
        """The ``str`` offset of UTF-16 offset ``offset``; None inside a surrogate pair."""
        if not self._astral:
            return offset
        before = bisect_left(self._astral_units, offset)
        if before and self._astral_units[before - 1] + 1 == offset:
            return None
        return offset - before
