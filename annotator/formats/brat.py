"""``brat``: brat standoff, a ``.txt`` and an ``.ann`` per document, and ``annotation.conf``.

File names are the document id plus ``.txt``/``.ann`` (``a/b.txt`` -> ``a/b.txt.txt``), so the id
comes back exactly; a split export has ``train/``, ``dev/``, ``test/`` folders, and an export of
several annotators one folder per annotator inside those (the import reads the folder as whose
the labels are, and merges the annotators' quotes of one document). The ``.txt`` is the
document text byte for byte (UTF-8, newlines untouched).

In the ``.ann``: ``T`` lines for ``Quote``, ``Speaker``, ``Source`` and ``Cue`` spans (a span
that crosses a line break is split into fragments there, as brat requires), ``R`` lines
``SaidBy``, ``Via`` and ``CuedBy`` from a quote to its mentions, ``A`` lines for the quote's
``Type``, ``Confidence``, ``Status`` and ``SourceKind``, and an ``AnnotatorNotes`` line holding
the quote id, the resolved speaker and source names and the annotator as JSON. Offsets count
code points as brat does, which reads the ``.txt`` with universal newlines: a ``\\r\\n`` counts as
one character (brat's own files on CRLF text count so too), so in a CRLF document the offsets
after the first line break are smaller than ``str`` offsets; import converts them back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path, PurePosixPath
from typing import Any

import orjson

from annotator.errors import UserError
from annotator.formats.base import (
    CONFIDENCE_NAMES,
    BadLine,
    ExportOptions,
    ExportUnit,
    Format,
    ReadDocument,
    ReadQuote,
    Record,
    Writer,
    WriteResult,
    confidence_value,
    group_by_annotator,
    merged_document,
    quote_fields,
    span_graph,
)
from annotator.records import QuoteType, SourceKind, Status
from annotator.util import counted, not_utf8

ENTITY_TYPES = {"QUOTE": "Quote", "SPEAKER": "Speaker", "SOURCE": "Source", "CUE": "Cue"}
"""Our span labels and brat's entity types."""

RELATION_TYPES = {"speaker": "SaidBy", "source": "Via", "cue": "CuedBy"}
"""Our relations and brat's relation types."""

_FIELD_OF_BRAT_RELATION = {
    "SaidBy": "speaker_spans",
    "Via": "source_spans",
    "CuedBy": "cue_spans",
}


def annotation_conf() -> str:
    """The brat ``annotation.conf`` for this export."""
    types = "|".join(t.value for t in QuoteType)
    confidences = "|".join(CONFIDENCE_NAMES.values())
    statuses = "|".join(s.value for s in Status)
    kinds = "|".join(k.value for k in SourceKind)
    return "\n".join(
        [
            "[entities]",
            *ENTITY_TYPES.values(),
            "",
            "[relations]",
            "SaidBy\tArg1:Quote, Arg2:Speaker",
            "Via\tArg1:Quote, Arg2:Source",
            "CuedBy\tArg1:Quote, Arg2:Cue",
            "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
            "",
            "[events]",
            "",
            "[attributes]",
            f"Type\tArg:Quote, Value:{types}",
            f"Confidence\tArg:Quote, Value:{confidences}",
            f"Status\tArg:Quote, Value:{statuses}",
            f"SourceKind\tArg:Quote, Value:{kinds}",
            "",
        ]
    )


LINE_BREAK = re.compile(r"\r\n|\r|\n")
"""A line break as brat sees one: it reads the text with universal newlines."""


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks into the pieces brat can show; the first starts at
    ``start`` and the last ends at ``end`` even where those are line breaks."""
    pieces = []
    position = start
    for line_break in LINE_BREAK.finditer(text, start, end):
        if line_break.start() > position:
            pieces.append((position, line_break.start()))
        position = line_break.end()
    if end > position:
        pieces.append((position, end))
    if not pieces:
        return [(start, end)]
    # The outer fragments keep the span's own ends, line breaks included, so it comes back exact.
    pieces[0] = (start, pieces[0][1])
    pieces[-1] = (pieces[-1][0], end)
    return pieces


class BratOffsets:
    """Converts between ``str`` offsets of a text and brat's, which count each ``\\r\\n`` as one
    character (brat reads the ``.txt`` with universal newlines; nlplab/brat issue 853)."""

    def __init__(self, text: str) -> None:
        self._newlines = [m.start() + 1 for m in re.finditer("\r\n", text)] if "\r" in text else []
        """Where the ``\\n`` of each ``\\r\\n`` stands in ``text``."""
        self._brat_newlines = [at - 1 - before for before, at in enumerate(self._newlines)]
        """Where brat sees each of those line breaks (one character each)."""

    @property
    def differ(self) -> bool:
        """Whether any offset of this text differs between the two counts."""
        return bool(self._newlines)

    def to_brat(self, offset: int) -> int:
        """Brat's offset for ``str`` offset ``offset``."""
        return offset - bisect_left(self._newlines, offset)

    def from_brat(self, offset: int) -> int:
        """The ``str`` offset for brat's offset ``offset`` (before a ``\\r\\n``, never inside)."""
        return offset + bisect_left(self._brat_newlines, offset)


def ann_text(text: str, quotes: list[Record]) -> str:
    """The ``.ann`` content for one annotator's quotes on one document."""
    graph = span_graph(quotes)
    brat = BratOffsets(text)
    lines = []
    for number, (label, start, end) in enumerate(graph.entities, start=1):
        pieces = fragments(text, start, end)
        offsets = ";".join(f"{brat.to_brat(a)} {brat.to_brat(b)}" for a, b in pieces)
        # The covered text is for people reading the file; line breaks would break the line.
        covered = " ".join(text[a:b] for a, b in pieces).replace("\n", " ").replace("\r", " ")
        lines.append(f"T{number}\t{ENTITY_TYPES[label]} {offsets}\t{covered}")
    for number, (head, child, relation) in enumerate(graph.relations, start=1):
        lines.append(f"R{number}\t{RELATION_TYPES[relation]} Arg1:T{head + 1} Arg2:T{child + 1}")
    attribute = 0
    for note, (quote, entity) in enumerate(zip(quotes, graph.quote_entities, strict=True), 1):
        target = f"T{entity + 1}"
        values = [
            ("Type", quote["type"]),
            ("Confidence", CONFIDENCE_NAMES[quote["confidence"]]),
            ("Status", quote["status"]),
        ]
        if quote["source_kind"]:
            values.append(("SourceKind", quote["source_kind"]))
        for name, value in values:
            attribute += 1
            lines.append(f"A{attribute}\t{name} {target} {value}")
        details: Record = {key: quote[key] for key in ("id", "speaker", "source", "annotator")}
        if quote.get("note"):
            details["note"] = quote["note"]
        notes = orjson.dumps(details, option=orjson.OPT_SORT_KEYS).decode()
        lines.append(f"#{note}\tAnnotatorNotes {target}\t{notes}")
    return "".join(line + "\n" for line in lines)


def _relative_file(doc_id: str) -> PurePosixPath:
    path = PurePosixPath(doc_id)
    if path.is_absolute() or any(part in ("", ".", "..") for part in doc_id.split("/")):
        raise UserError(f"document id {doc_id!r} cannot name a brat file")
    return path


class BratWriter(Writer):
    """``<doc id>.txt`` and ``<doc id>.ann`` per document, ``annotation.conf`` at the top."""

    default_stem = ""

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)
        # One annotator: files go straight into the folder; several: one folder each.
        self._several = len(options.annotators) > 1

    def add(self, unit: ExportUnit) -> None:
        groups = group_by_annotator(unit.quotes)
        if not self._several and not groups and self.options.annotators:
            groups = {self.options.annotators[0]: []}
        for annotator, quotes in groups.items():
            folder = Path(unit.split or "")
            if self._several:
                folder = folder / annotator
            self._write(folder, unit, quotes)

    def _write(self, folder: Path, unit: ExportUnit, quotes: list[Record]) -> None:
        relative = folder / Path(*_relative_file(unit.document.id).parts)
        base = self.out_dir / relative
        base.parent.mkdir(parents=True, exist_ok=True)
        text_name = relative.with_name(relative.name + ".txt")
        ann_name = relative.with_name(relative.name + ".ann")
        (self.out_dir / text_name).write_bytes(unit.document.text.encode("utf-8"))
        (self.out_dir / ann_name).write_bytes(ann_text(unit.document.text, quotes).encode())
        self.result.files.extend([text_name, ann_name])
        self.count("documents_written")

    def finish(self) -> WriteResult:
        (self.out_dir / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
        self.result.files.append(Path("annotation.conf"))
        return self.result


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Every ``.ann`` below ``path`` (a folder, or one ``.ann`` file) with its ``.txt``."""
    if path.is_file():
        root, files = path.parent, [path]
    else:
        root, files = path, sorted(path.rglob("*.ann"))
    # An export of several annotators holds one folder each with the same documents: their
    # quotes are merged into one document, as the line formats merge lines of one id.
    documents: dict[str, ReadDocument] = {}
    for ann in files:
        text_file = ann.with_suffix(".txt")
        doc_id = ann.relative_to(root).with_suffix("").as_posix()
        try:
            data = text_file.read_bytes()
            text = data.decode("utf-8")
        except OSError:
            yield BadLine(ann, None, f"no text file {text_file.name} beside it")
            continue
        except UnicodeDecodeError as error:
            yield _not_utf8_line(text_file, data, error)
            continue
        for item in _read_ann(ann, doc_id, text):
            if isinstance(item, BadLine):
                yield item
                continue
            merged = merged_document(documents, ann, 1, item.doc_id, text)
            if isinstance(merged, BadLine):
                yield merged
            else:
                merged.quotes.extend(item.quotes)
                merged.left_out.extend(item.left_out)
    yield from documents.values()


def _not_utf8_line(path: Path, data: bytes, error: UnicodeDecodeError) -> BadLine:
    """The line of ``data`` (the bytes of ``path``) where ``error`` found a byte that is not
    UTF-8, named with the byte and its column."""
    start = data.rfind(b"\n", 0, error.start) + 1
    end = data.find(b"\n", error.start)
    line = data[start : end if end >= 0 else len(data)]
    number = data.count(b"\n", 0, error.start) + 1
    return BadLine(path, number, not_utf8(line) or f"not UTF-8 ({error})")


def _read_ann(ann: Path, doc_id: str, text: str) -> Iterator[ReadDocument | BadLine]:
    entities: dict[str, tuple[str, int, int, int]] = {}
    relations: list[tuple[str, str, str]] = []
    attributes: dict[str, Record] = {}
    problems: list[BadLine] = []
    try:
        data = ann.read_bytes()
        content = data.decode("utf-8")
    except OSError as error:
        yield BadLine(ann, None, f"cannot read ({error.strerror or error})")
        return
    except UnicodeDecodeError as error:
        yield _not_utf8_line(ann, data, error)
        return
    brat = BratOffsets(text)
    read: list[tuple[int, str]] = []
    # Only "\n" ends a line: covered text may hold other characters str.splitlines breaks at.
    for number, raw in enumerate(content.split("\n"), start=1):
        if not raw.strip():
            continue
        problem = _read_ann_line(raw, number, entities, relations, attributes)
        if not problem and raw.startswith("T") and brat.differ:
            _to_str_offsets(raw, text, brat, entities)
        if problem:
            problems.append(BadLine(ann, number, problem))
        else:
            read.append((number, raw))
    if problems:
        yield from problems
        return
    document = ReadDocument(ann, 1, doc_id, text, [])
    # Indexed once for the file: looked up line by line (or quote by quote), a file of some
    # thousand quotes took seconds, each line going through every entity and relation.
    quotes = {name for name, (label, *_) in entities.items() if label == "Quote"}
    read_relations: dict[str, list[tuple[str, str]]] = {}
    for head, child, relation in relations:
        if head in quotes and child in entities and relation in _FIELD_OF_BRAT_RELATION:
            read_relations.setdefault(head, []).append((child, relation))
    reached = {child for found in read_relations.values() for child, _ in found}
    unused = [
        (number, why)
        for number, raw in read
        if (why := _unused_because(raw, entities, quotes, reached)) is not None
    ]
    if unused:
        document.left_out.append(_left_out_warning(ann, unused))
    for key, (label, start, end, number) in entities.items():
        if label != "Quote":
            continue
        mentions: dict[str, list[list[int]]] = {}
        for child, relation in read_relations.get(key, ()):
            _, child_start, child_end, _ = entities[child]
            mentions.setdefault(_FIELD_OF_BRAT_RELATION[relation], []).append(
                [child_start, child_end]
            )
        fields = quote_fields(text, start, end, mentions, attributes.get(key, {}))
        document.quotes.append(ReadQuote(number, fields, ann))
    owners = {quote.fields.get("annotator") for quote in document.quotes}
    if len(owners) == 1:
        (owner,) = owners
        if isinstance(owner, str) and doc_id.startswith(f"{owner}/"):
            # An export of several annotators puts each in a folder of their name (the
            # writer's layout): the folder is whose labels these are, not part of the id.
            document.doc_id = doc_id.removeprefix(f"{owner}/")
    yield document


def _offset(word: str) -> int:
    """An offset of a T line: ASCII digits, as brat writes and reads them. ``int`` alone takes
    ``+21``, ``2_1`` and other scripts' digits as 21, which brat would refuse."""
    if not (word.isascii() and word.isdigit()):
        raise ValueError(f"offset {word!r} is not a number")
    return int(word)


def _read_ann_line(
    raw: str,
    number: int,
    entities: dict[str, tuple[str, int, int, int]],
    relations: list[tuple[str, str, str]],
    attributes: dict[str, Record],
) -> str | None:
    parts = raw.split("\t")
    key = parts[0]
    try:
        if key.startswith("T"):
            kind, _, offsets = parts[1].partition(" ")
            pairs = [piece.split() for piece in offsets.split(";")]
            starts = [_offset(a) for a, _ in pairs]
            ends = [_offset(b) for _, b in pairs]
            entities[key] = (kind, min(starts), max(ends), number)
        elif key.startswith("R"):
            kind, first, second = parts[1].split()
            relations.append((first.partition(":")[2], second.partition(":")[2], kind))
        elif key.startswith(("A", "M")):
            words = parts[1].split()
            name, target = words[0], words[1]
            value = words[2] if len(words) > 2 else "true"
            _attribute(attributes.setdefault(target, {}), name, value)
        elif key.startswith("#") and len(parts) >= 3:
            words = parts[1].split()
            if words[0] == "AnnotatorNotes" and parts[2].startswith("{"):
                details: Any = orjson.loads(parts[2])
                if isinstance(details, dict):
                    noted = attributes.setdefault(words[1], {})
                    for name in ("id", "speaker", "source", "note", "annotator"):
                        if name in details:
                            noted[name] = details[name]
    except (IndexError, ValueError, orjson.JSONDecodeError) as error:
        return f"not a brat annotation line ({error}): {raw[:60]!r}"
    return None


_READ_ATTRIBUTES = ("Type", "Confidence", "Status", "SourceKind")
"""The ``A`` line names the import reads (``_attribute``)."""


def _unused_because(
    raw: str,
    entities: dict[str, tuple[str, int, int, int]],
    quotes: AbstractSet[str],
    reached: AbstractSet[str],
) -> str | None:
    """Why the import has no use for the well-formed ``.ann`` line ``raw``, or None when it
    reads it (``quotes``: the Quote entities; ``reached``: the spans a read relation of a quote
    leads to). Files made in brat for other projects hold events, normalizations and labels of
    their own: left out without a word, a user would take the import for whole."""
    key, *rest = raw.split("\t")
    words = rest[0].split() if rest else []
    if key.startswith("T"):
        label = entities[key][0]
        if label == "Quote" or key in reached:
            return None
        return f"a {label} span ({key}) that no quote's relation reaches"
    if key.startswith("R"):
        kind, head, child = words[0], *(word.partition(":")[2] for word in words[1:3])
        if kind not in _FIELD_OF_BRAT_RELATION:
            return f"a relation {kind} ({key}) it does not know"
        if head not in quotes or child not in entities:
            return f"a relation {kind} ({key}) from {head or '?'}, which is no quote"
        return None
    if key.startswith(("A", "M")):
        name, target = words[0], words[1]
        if name not in _READ_ATTRIBUTES:
            return f"an attribute {name} ({key}) it does not know"
        if target not in quotes:
            return f"an attribute {name} ({key}) of {target}, which is no quote"
        return None
    if key.startswith("#"):
        target = words[1] if len(words) > 1 else "?"
        is_ours = words[:1] == ["AnnotatorNotes"] and len(rest) > 1 and rest[1].startswith("{")
        if is_ours and target in quotes:
            return None
        return f"a note ({key}) on {target}" + ("" if is_ours else " that is not this tool's")
    if key.startswith("E"):
        return f"an event ({key})"
    if key.startswith("N"):
        return f"a normalization ({key})"
    return f"not a brat annotation line: {raw[:40]!r}"


def _left_out_warning(ann: Path, unused: list[tuple[int, str]]) -> BadLine:
    """One warning for every line of ``ann`` the import had no use for, at the first of them."""
    shown = "; ".join(f"line {number}: {why}" for number, why in unused[:3])
    more = f"; and {len(unused) - 3} more" if len(unused) > 3 else ""
    count = counted(len(unused), "line")
    return BadLine(
        ann, unused[0][0], f"{count} of kinds this import does not read left out ({shown}{more})"
    )


def _to_str_offsets(
    raw: str, text: str, brat: BratOffsets, entities: dict[str, tuple[str, int, int, int]]
) -> None:
    """Convert the span of the T line ``raw`` from brat's count to ``str`` offsets, unless its
    covered text shows it already counts ``\\r\\n`` as two (as exports before this did)."""
    key, kind_and_offsets, *covered = raw.split("\t")
    label, start, end, number = entities[key]
    pairs = [
        (_offset(a), _offset(b))
        for a, b in (p.split() for p in kind_and_offsets.split(" ", 1)[1].split(";"))
    ]
    converted = [(brat.from_brat(a), brat.from_brat(b)) for a, b in pairs]
    shown = "\t".join(covered)
    if covered and _shows(text, pairs, shown) and not _shows(text, converted, shown):
        return
    entities[key] = (label, brat.from_brat(start), brat.from_brat(end), number)


def _shows(text: str, pairs: list[tuple[int, int]], covered: str) -> bool:
    """Whether ``covered`` is the text of the fragments ``pairs``, whatever the whitespace."""
    shown = " ".join(text[a:b] for a, b in pairs)
    return shown.split() == covered.split()


def _attribute(target: Record, name: str, value: str) -> None:
    if name == "Type":
        target["type"] = value
    elif name == "Confidence":
        target["confidence"] = confidence_value(value)
    elif name == "Status":
        target["status"] = value
    elif name == "SourceKind":
        target["source_kind"] = value


FORMAT = Format(
    name="brat",
    summary="brat standoff: .txt and .ann per document (T, R, A lines) and annotation.conf",
    writer=BratWriter,
    reader=read,
    notes=(
        "file names are the document id + .txt/.ann; several annotators get a folder each",
        "spans crossing a line break are split into fragments at the break; an imported "
        "discontinuous span becomes one span from its first to its last fragment",
        "offsets count a \\r\\n as one character, as brat does; a span that starts or ends "
        "between the \\r and the \\n of one is read back as ending before the \\r",
    ),
)
"""The format's registry entry."""
