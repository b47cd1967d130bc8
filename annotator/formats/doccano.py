"""``doccano``: doccano's relation JSONL (sequence labeling with relations).

One line per document and annotator: ``text``, ``entities`` (``id``, ``label`` QUOTE, SPEAKER,
SOURCE or CUE, ``start_offset``, ``end_offset``), ``relations`` (``id``, ``from_id`` the quote,
``to_id`` the mention, ``type`` speaker, source or cue). doccano keeps any other key as the
example's metadata and gives it back on export, so the rest rides along: ``doc_id``,
``annotator``, and ``quote_attributes`` (entity id -> quote id, type, confidence, status,
speaker and source names, source kind).

Offsets count UTF-16 code units, as doccano does (its annotation screen is JavaScript): a
character beyond the BMP, such as most emoji, counts two, so after one the offsets are larger than
``str`` offsets. Import converts them back. doccano's project option "Count grapheme clusters as
one character" counts otherwise: leave it off for these files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.base import (
    FIELD_OF_RELATION,
    BadLine,
    ExportUnit,
    Format,
    LineWriter,
    ReadDocument,
    ReadQuote,
    Record,
    Utf16Offsets,
    document_id,
    group_by_annotator,
    is_offset,
    merged_document,
    quote_attributes,
    quote_fields,
    read_merged_lines,
    span_graph,
)


def make_line(doc_id: str, text: str, annotator: str, quotes: list[Record]) -> Record:
    """The doccano line of one annotator's quotes on one document."""
    graph = span_graph(quotes)
    units = Utf16Offsets(text)
    entities = [
        {
            "id": number,
            "label": label,
            "start_offset": units.to_utf16(start),
            "end_offset": units.to_utf16(end),
        }
        for number, (label, start, end) in enumerate(graph.entities)
    ]
    relations = [
        {"id": number, "from_id": head, "to_id": child, "type": relation}
        for number, (head, child, relation) in enumerate(graph.relations)
    ]
    attributes = {
        str(entity): quote_attributes(quote)
        for quote, entity in zip(quotes, graph.quote_entities, strict=True)
    }
    return {
        "doc_id": doc_id,
        "text": text,
        "entities": entities,
        "relations": relations,
        "annotator": annotator,
        "quote_attributes": attributes,
    }


class DoccanoWriter(LineWriter):
    """One line per document and annotator."""

    default_stem = "doccano"

    def add(self, unit: ExportUnit) -> None:
        document = unit.document
        for annotator, quotes in group_by_annotator(unit.quotes).items():
            line = make_line(document.id, document.text, annotator, quotes)
            self.write_json_line(self.stem(unit), line)
            self.count("lines")


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Documents of a doccano relation JSONL file; lines of one document are merged."""
    return read_merged_lines(path, _read_line)


def _read_line(
    path: Path, number: int, value: Any, documents: dict[str, ReadDocument]
) -> BadLine | None:
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        return BadLine(path, number, 'not a doccano example (needs "text")')
    text = value["text"]
    doc_id = document_id(value.get("doc_id")) or document_id(value.get("id"))
    if doc_id is None:
        return BadLine(path, number, 'example without "doc_id" or "id"')
    document = merged_document(documents, path, number, doc_id, text)
    if isinstance(document, BadLine):
        return document
    entities = value.get("entities", [])
    relations = value.get("relations", [])
    if not isinstance(entities, list) or not isinstance(relations, list):
        return BadLine(path, number, '"entities" and "relations" must be lists')
    spans: dict[Any, tuple[str, int, int]] = {}
    units = Utf16Offsets(text)
    for entity in entities:
        try:
            start, end = entity["start_offset"], entity["end_offset"]
            if not is_offset(start) or not is_offset(end):
                raise TypeError
            label = str(entity["label"]).upper()
            entity_id = entity["id"]
        except (KeyError, TypeError):
            return BadLine(path, number, "an entity lacks id, label or integer offsets")
        str_start, str_end = units.from_utf16(start), units.from_utf16(end)
        if str_start is None or str_end is None:
            return BadLine(
                path,
                number,
                f"entity {entity_id}: {start}..{end} splits an emoji or other character beyond "
                "the BMP (offsets must be UTF-16 code units, as doccano counts)",
            )
        spans[entity_id] = (label, str_start, str_end)
    mentions: dict[Any, dict[str, list[list[int]]]] = {}
    for relation in relations:
        try:
            kind = FIELD_OF_RELATION[str(relation["type"]).lower()]
            _, start, end = spans[relation["to_id"]]
            mentions.setdefault(relation["from_id"], {}).setdefault(kind, []).append([start, end])
        except (KeyError, TypeError):
            return BadLine(path, number, "a relation lacks from_id/to_id or a known type")
    all_attributes = value.get("quote_attributes")
    all_attributes = all_attributes if isinstance(all_attributes, dict) else {}
    annotator = value.get("annotator")
    for entity_id, (label, start, end) in spans.items():
        if label != "QUOTE":
            continue
        attributes = dict(all_attributes.get(str(entity_id)) or {})
        if isinstance(annotator, str) and annotator:
            attributes["annotator"] = annotator
        fields = quote_fields(text, start, end, mentions.get(entity_id, {}), attributes)
        document.quotes.append(ReadQuote(number, fields))
    return None


FORMAT = Format(
    name="doccano",
    summary="doccano relation JSONL: entities and relations, quote fields as metadata",
    writer=DoccanoWriter,
    reader=read,
    notes=(
        "quote type, confidence, status and resolved speaker/source names ride in "
        "quote_attributes, kept by doccano as metadata",
        "offsets count UTF-16 code units, as doccano does: an emoji beyond the BMP is two",
    ),
)
"""The format's registry entry."""
