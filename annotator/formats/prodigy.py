"""``prodigy``: Prodigy JSONL tasks with spans and relations (``rel.manual`` / ``spans.manual``).

One task per document and annotator: ``text``, ``tokens``, ``spans`` (``QUOTE``, ``SPEAKER``,
``SOURCE``, ``CUE`` with character offsets and inclusive token indices), ``relations`` from each
quote to its speaker, source and cue mentions (``head``/``child`` are the last token of each span,
with ``head_span``/``child_span``), ``answer: accept``, ``_input_hash``, ``_task_hash``,
``_annotator_id`` and ``meta.id`` (the document id). A QUOTE span also carries ``quote_id``,
``quote_type``, ``confidence``, ``speaker`` and ``source`` (resolved names), ``source_kind`` and
``status``, which Prodigy keeps and ignores.

A rejected candidate (with ``--negatives``) is a task of its own with that one QUOTE span and
``answer: reject``, Prodigy's way of storing a negative example.

Character offsets are Python ``str`` offsets, as in Prodigy. Tokens follow ``TOKEN_PATTERN``
(``\\w+`` or one other non-space character), and whitespace other than the one space a token's
``ws`` stands for is a token of its own, as spaCy (which Prodigy tokenizes with) makes it: so the
tokens with their ``ws`` give back the text, and a line break shows as one in Prodigy. A span that
is not on token boundaries keeps exact character offsets and gets the tokens it touches. The
hashes are sha256-based, not Prodigy's own murmurhash: Prodigy accepts them as given.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from annotator.formats.base import (
    FIELD_OF_RELATION,
    BadLine,
    ExportUnit,
    Format,
    LineWriter,
    ReadDocument,
    ReadQuote,
    Record,
    TokenIndex,
    document_id,
    group_by_annotator,
    is_offset,
    merged_document,
    quote_attributes,
    quote_fields,
    read_merged_lines,
    span_graph,
    stable_int,
    tokenize,
)

_FRAGMENT = getattr(orjson, "Fragment", None)

_ATTRIBUTE_KEYS = {
    "quote_id": "id",
    "quote_type": "type",
    "confidence": "confidence",
    "status": "status",
    "speaker": "speaker",
    "source": "source",
    "source_kind": "source_kind",
    "note": "note",
}


def _span(label: str, start: int, end: int, tokens: TokenIndex) -> Record:
    span: Record = {"start": start, "end": end}
    covered = tokens.covering(start, end)
    if covered is not None:
        span["token_start"], span["token_end"] = covered
    span["label"] = label
    return span


def token_index(text: str) -> TokenIndex:
    """The tokens of a Prodigy task: ``TOKEN_PATTERN``'s, and a whitespace token for each run of
    whitespace that is not the single space after a token (spaCy's way)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for start, end in tokenize(text):
        if start > position:
            spans.append((position, start))
        spans.append((start, end))
        position = end + 1 if text.startswith(" ", end) else end
    if len(text) > position:
        spans.append((position, len(text)))
    return TokenIndex(text, spans)


def _tokens(text: str, tokens: TokenIndex) -> list[Record]:
    result = []
    for number, (start, end) in enumerate(tokens.spans):
        following = tokens.spans[number + 1][0] if number + 1 < len(tokens.spans) else len(text)
        result.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "id": number,
                # Only a single space: any other whitespace is the next token (token_index).
                "ws": following == end + 1,
            }
        )
    return result


def make_task(
    doc_id: str,
    text: str,
    annotator: str,
    quotes: list[Record],
    tokens: TokenIndex,
    answer: str = "accept",
    token_list: Any = None,
) -> Record:
    """The Prodigy task of one document's quotes by one annotator (``token_list``: the
    document's ``tokens`` when already made, as every task of a document shares them)."""
    graph = span_graph(quotes)
    spans = [_span(label, start, end, tokens) for label, start, end in graph.entities]
    for quote, entity in zip(quotes, graph.quote_entities, strict=True):
        attributes = quote_attributes(quote)
        for key, field_name in _ATTRIBUTE_KEYS.items():
            if field_name in attributes:
                spans[entity][key] = attributes[field_name]
    relations = []
    for head, child, relation in graph.relations:
        # The quote id stays on head_span: two quotes on one span keep their own mentions.
        head_span = {
            k: v for k, v in spans[head].items() if k == "quote_id" or k not in _ATTRIBUTE_KEYS
        }
        child_span = spans[child]
        relations.append(
            {
                "head": head_span.get("token_end"),
                "child": child_span.get("token_end"),
                "head_span": head_span,
                "child_span": child_span,
                "label": relation.upper(),
            }
        )
    input_hash = stable_int(text)
    task = {
        "text": text,
        "meta": {"id": doc_id},
        "tokens": token_list if token_list is not None else _tokens(text, tokens),
        "spans": spans,
        "relations": relations,
        "answer": answer,
        "_input_hash": input_hash,
        "_task_hash": stable_int(str(input_hash), annotator, answer, repr(graph.entities)),
        "_annotator_id": annotator,
        "_session_id": annotator,
        "_view_id": "relations",
    }
    return task


class ProdigyWriter(LineWriter):
    """One accepted task per document and annotator, one rejected task per negative."""

    default_stem = "prodigy"

    def add(self, unit: ExportUnit) -> None:
        document = unit.document
        tokens = token_index(document.text)
        token_list: Any = _tokens(document.text, tokens)
        if _FRAGMENT is not None:
            # Every task of a document repeats its tokens: serialise them once.
            token_list = _FRAGMENT(orjson.dumps(token_list))
        stem = self.stem(unit)
        for annotator, quotes in group_by_annotator(unit.quotes).items():
            accepted = [quote for quote in quotes if quote["status"] == "accepted"]
            task = make_task(
                document.id, document.text, annotator, accepted, tokens, token_list=token_list
            )
            self.write_json_line(stem, task)
            self.count("tasks")
            for quote in quotes:
                if quote["status"] == "rejected":
                    negative = make_task(
                        document.id, document.text, annotator, [quote], tokens, "reject", token_list
                    )
                    self.write_json_line(stem, negative)
                    self.count("tasks")


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Tasks grouped by document (``meta.id``, else a hash of the text); ``ignore`` skipped."""
    return read_merged_lines(path, _read_task)


def _read_task(
    path: Path, number: int, task: Any, documents: dict[str, ReadDocument]
) -> BadLine | None:
    if not isinstance(task, dict) or not isinstance(task.get("text"), str):
        return BadLine(path, number, 'not a Prodigy task (needs "text")')
    answer = task.get("answer", "accept")
    if answer == "ignore":
        return None
    text = task["text"]
    meta = task.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    doc_id = document_id(meta.get("id")) or document_id(task.get("id"))
    doc_id = doc_id or f"prodigy-{task.get('_input_hash', stable_int(text))}"
    document = merged_document(documents, path, number, doc_id, text)
    if isinstance(document, BadLine):
        return document
    # An accepted task is the annotator's whole answer, its spans (even none) all there are;
    # said outright, as Prodigy writes it (a line of another format has no answer).
    document.read_whole = document.read_whole or task.get("answer") == "accept"
    spans = task.get("spans", [])
    relations = task.get("relations", [])
    if not isinstance(spans, list) or not isinstance(relations, list):
        return BadLine(path, number, '"spans" and "relations" must be lists')
    mentions: dict[tuple[int, int, Any], dict[str, list[list[int]]]] = {}
    for relation in relations:
        try:
            head, child = relation["head_span"], relation["child_span"]
            offsets = (head["start"], head["end"], child["start"], child["end"])
            if not all(map(is_offset, offsets)):
                raise TypeError
            key = (head["start"], head["end"], head.get("quote_id"))
            field_name = FIELD_OF_RELATION[str(relation["label"]).lower()]
            target = [child["start"], child["end"]]
        except (KeyError, TypeError):
            return BadLine(
                path,
                number,
                "a relation lacks head_span, child_span (with integer offsets) or a known label",
            )
        mentions.setdefault(key, {}).setdefault(field_name, []).append(target)
    annotator = task.get("_annotator_id")
    for span in spans:
        if not isinstance(span, dict) or str(span.get("label", "")).upper() != "QUOTE":
            continue
        start, end = span.get("start"), span.get("end")
        if not is_offset(start) or not is_offset(end):
            return BadLine(path, number, "a QUOTE span lacks integer start and end")
        attributes = {field: span[key] for key, field in _ATTRIBUTE_KEYS.items() if key in span}
        if answer == "reject":
            attributes["status"] = "rejected"
        if isinstance(annotator, str) and annotator:
            attributes["annotator"] = annotator
        related = mentions.get((start, end, span.get("quote_id")), {})
        fields = quote_fields(text, start, end, related, attributes)
        document.quotes.append(ReadQuote(number, fields))
    return None


FORMAT = Format(
    name="prodigy",
    summary="Prodigy JSONL tasks: QUOTE/SPEAKER/SOURCE/CUE spans with token indices, relations",
    writer=ProdigyWriter,
    reader=read,
    notes=(
        "tokens: the regex \\w+|\\S plus a token for whitespace other than one space, as spaCy "
        "makes; token_end is inclusive; head/child are the last token of each span",
        "_input_hash/_task_hash are sha256-based, not Prodigy's murmurhash",
        "rejected candidates (with --negatives) are separate tasks with answer: reject",
    ),
)
"""The format's registry entry."""
