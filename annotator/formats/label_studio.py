"""``label-studio``: Label Studio JSON tasks and the labeling config that reads them.

``tasks.json`` (one file per split) is a JSON array with one task per line: ``data`` holds
``text`` and ``doc_id``; each annotator's labels are one entry of ``annotations`` (``predictions``
with ``--predictions``, for pre-annotations to review), whose ``result`` has:

- a ``labels`` region per span (``Quote``, ``Speaker``, ``Source``, ``Cue``), with id ``q<n>`` or
  ``m<n>``; in predictions each Quote region carries ``score`` (confidence / 3);
- per-region results on each Quote region, sharing its id: ``quote_type``, ``confidence``,
  ``status`` and ``source_kind`` (choices), ``speaker_name`` and ``source_name`` (textareas);
- ``relation`` results from each Quote region to its mentions, labeled speaker, source or cue.

``labeling_config.xml`` is the matching project config (Settings > Labeling Interface > Code).
Offsets are ``str`` offsets (code points), which is what Label Studio exports for plain text.
An annotation's ``annotator`` key names who labeled it (Label Studio's ``completed_by`` is a user
number of the server that made the export, so it is read only when no name is given).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from annotator.formats.base import (
    CONFIDENCE_NAMES,
    FIELD_OF_RELATION,
    BadLine,
    ExportOptions,
    ExportUnit,
    Format,
    ReadDocument,
    ReadQuote,
    Record,
    Writer,
    WriteResult,
    document_id,
    group_by_annotator,
    is_offset,
    json_element_lines,
    quote_fields,
    read_json_file,
    span_graph,
)
from annotator.records import QuoteType, SourceKind, Status

LABELS = {"QUOTE": "Quote", "SPEAKER": "Speaker", "SOURCE": "Source", "CUE": "Cue"}
"""Our span labels and Label Studio's."""

CONFIG_FILE = "labeling_config.xml"
"""The labeling config written beside the tasks."""


def _choices(name: str, values: list[str]) -> str:
    options = "\n".join(f'      <Choice value="{value}"/>' for value in values)
    return (
        f'    <Choices name="{name}" toName="text" perRegion="true" choice="single">\n'
        f"{options}\n    </Choices>"
    )


def labeling_config() -> str:
    """The Label Studio labeling config for quotes, mentions, relations and per-quote fields."""
    return "\n".join(
        [
            "<View>",
            "  <Relations>",
            '    <Relation value="speaker"/>',
            '    <Relation value="source"/>',
            '    <Relation value="cue"/>',
            "  </Relations>",
            '  <Labels name="label" toName="text">',
            '    <Label value="Quote" background="#F2C94C"/>',
            '    <Label value="Speaker" background="#56CCF2"/>',
            '    <Label value="Source" background="#6FCF97"/>',
            '    <Label value="Cue" background="#BB6BD9"/>',
            "  </Labels>",
            '  <Text name="text" value="$text"/>',
            '  <View visibleWhen="region-selected" whenLabelValue="Quote">',
            '    <Header value="Quote type"/>',
            _choices("quote_type", [t.value for t in QuoteType]),
            '    <Header value="Confidence"/>',
            _choices("confidence", list(CONFIDENCE_NAMES.values())),
            '    <Header value="Status"/>',
            _choices("status", [s.value for s in Status]),
            '    <Header value="Speaker (resolved name)"/>',
            '    <TextArea name="speaker_name" toName="text" perRegion="true" maxSubmissions="1"/>',
            '    <Header value="Source (channel)"/>',
            '    <TextArea name="source_name" toName="text" perRegion="true" maxSubmissions="1"/>',
            '    <Header value="Source kind"/>',
            _choices("source_kind", [k.value for k in SourceKind]),
            "  </View>",
            "</View>",
            "",
        ]
    )


def _region(region_id: str, start: int, end: int, text: str) -> Record:
    return {
        "id": region_id,
        "from_name": "",
        "to_name": "text",
        "type": "",
        "value": {"start": start, "end": end, "text": text[start:end]},
    }


def annotation_result(text: str, quotes: list[Record], predictions: bool) -> list[Record]:
    """The ``result`` list of one annotator's quotes on one document."""
    graph = span_graph(quotes)
    ids = []
    quote_number = mention_number = 0
    for label, _, _ in graph.entities:
        if label == "QUOTE":
            quote_number += 1
            ids.append(f"q{quote_number}")
        else:
            mention_number += 1
            ids.append(f"m{mention_number}")
    result: list[Record] = []
    for region_id, (label, start, end) in zip(ids, graph.entities, strict=True):
        region = _region(region_id, start, end, text)
        region["from_name"] = "label"
        region["type"] = "labels"
        region["value"]["labels"] = [LABELS[label]]
        result.append(region)
    for quote, entity in zip(quotes, graph.quote_entities, strict=True):
        region_id, (_, start, end) = ids[entity], graph.entities[entity]
        if predictions:
            result[entity]["score"] = round(quote["confidence"] / 3, 4)
        result[entity]["meta"] = {"quote_id": quote["id"]}
        per_region = [
            ("quote_type", "choices", [quote["type"]]),
            ("confidence", "choices", [CONFIDENCE_NAMES[quote["confidence"]]]),
            ("status", "choices", [quote["status"]]),
        ]
        if quote["speaker"] is not None:
            per_region.append(("speaker_name", "textarea", [quote["speaker"]]))
        if quote["source"] is not None:
            per_region.append(("source_name", "textarea", [quote["source"]]))
        if quote["source_kind"] is not None:
            per_region.append(("source_kind", "choices", [quote["source_kind"]]))
        for name, kind, values in per_region:
            item = _region(region_id, start, end, text)
            item["from_name"] = name
            item["type"] = kind
            item["value"]["choices" if kind == "choices" else "text"] = values
            result.append(item)
    for head, child, relation in graph.relations:
        result.append(
            {
                "type": "relation",
                "from_id": ids[head],
                "to_id": ids[child],
                "direction": "right",
                "labels": [relation],
            }
        )
    return result


class LabelStudioWriter(Writer):
    """One JSON array of tasks per split, one task per line; the config beside them."""

    default_stem = "tasks"

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)
        self._tasks: dict[str, Any] = {}
        self._task_id = 0

    def add(self, unit: ExportUnit) -> None:
        document = unit.document
        self._task_id += 1
        entries = []
        key = "predictions" if self.options.predictions else "annotations"
        for annotator, quotes in group_by_annotator(unit.quotes).items():
            entry: Record = {
                "annotator": annotator,
                "result": annotation_result(document.text, quotes, self.options.predictions),
            }
            if self.options.predictions:
                entry["model_version"] = f"quote-annotator:{annotator}"
            else:
                entry["was_cancelled"] = False
                entry["ground_truth"] = annotator == "gold"
            entries.append(entry)
        task = {
            "id": self._task_id,
            "data": {"text": document.text, "doc_id": document.id, "sha256": document.sha256},
            key: entries,
        }
        stem = self.stem(unit)
        handle = self._tasks.get(stem)
        if handle is None:
            name = Path(stem + ".json")
            handle = (self.out_dir / name).open("wb")
            handle.write(b"[\n")
            self._tasks[stem] = handle
            self.result.files.append(name)
        else:
            handle.write(b",\n")
        handle.write(orjson.dumps(task))
        self.count("tasks")

    def finish(self) -> WriteResult:
        for handle in self._tasks.values():
            handle.write(b"\n]\n")
            handle.close()
        (self.out_dir / CONFIG_FILE).write_text(labeling_config(), encoding="utf-8")
        self.result.files.append(Path(CONFIG_FILE))
        return self.result


def read(path: Path) -> Iterator[ReadDocument | BadLine]:
    """Tasks of a Label Studio JSON export (a list of tasks, or one task)."""
    data = read_json_file(path)
    if isinstance(data, dict):
        data, lines = [data], [1]
    elif isinstance(data, list):
        lines = json_element_lines(path.read_bytes())
    else:
        yield BadLine(path, 1, "expected a JSON list of Label Studio tasks")
        return
    for number, task in enumerate(data):
        line = lines[number] if number < len(lines) else 1
        yield from _read_task(path, line, task)


def _read_task(path: Path, line: int, task: Any) -> Iterator[ReadDocument | BadLine]:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        yield BadLine(path, line, 'not a Label Studio task (needs "data")')
        return
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        yield BadLine(path, line, 'task without "data.text"')
        return
    doc_id = document_id(data.get("doc_id")) or document_id(data.get("id"))
    doc_id = doc_id or document_id(task.get("id"))
    if doc_id is None:
        yield BadLine(path, line, "task without an id (data.doc_id or id)")
        return
    entries = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    predicted = False
    if not entries and task.get("predictions"):
        entries, predicted = list(task["predictions"]), True
    # An annotation, even with an empty result, is a person's word on the whole task.
    read_whole = bool(entries) and not predicted
    document = ReadDocument(
        path, line, doc_id, text, [], predicted=predicted, read_whole=read_whole
    )
    for entry in entries:
        problem = _read_result(path, line, text, entry, document, predicted)
        if problem is not None:
            yield problem
            return
    yield document


def _read_result(
    path: Path, line: int, text: str, entry: Any, document: ReadDocument, predicted: bool
) -> BadLine | None:
    if not isinstance(entry, dict) or not isinstance(entry.get("result"), list):
        return BadLine(path, line, 'an annotation without a "result" list')
    annotator = entry.get("annotator")
    if not annotator and entry.get("completed_by") is not None:
        completed = entry["completed_by"]
        annotator = completed.get("email") if isinstance(completed, dict) else str(completed)
    regions: dict[str, Record] = {}
    relations: list[tuple[str, str, str]] = []
    for item in entry["result"]:
        if not isinstance(item, dict):
            return BadLine(path, line, "a result item is not an object")
        if item.get("type") == "relation":
            labels = item.get("labels") or []
            label = str(labels[0]).lower() if labels else ""
            if label in FIELD_OF_RELATION:
                relations.append((str(item.get("from_id")), str(item.get("to_id")), label))
            continue
        value = item.get("value")
        region_id = str(item.get("id"))
        if not isinstance(value, dict):
            return BadLine(path, line, f"region {region_id}: no value")
        region = regions.setdefault(region_id, {})
        if item.get("type") == "labels":
            labels = value.get("labels") or []
            if not is_offset(value.get("start")) or not is_offset(value.get("end")):
                return BadLine(path, line, f"region {region_id}: start/end are not integers")
            shown, found = value.get("text"), text[value["start"] : value["end"]]
            if isinstance(shown, str) and shown != found:
                # What Label Studio showed the annotator is not at these offsets (offsets of
                # another text, or counted in UTF-16 units): importing them would move the quote.
                return BadLine(
                    path,
                    line,
                    f"region {region_id}: its text {shown[:40]!r} does not match the task text at "
                    f"{value['start']}..{value['end']} ({found[:40]!r})",
                )
            region.update(
                label=str(labels[0]) if labels else "",
                start=value["start"],
                end=value["end"],
                score=item.get("score"),
                quote_id=(item.get("meta") or {}).get("quote_id"),
            )
        else:
            values = value.get("choices") or value.get("text") or []
            if values:
                region[str(item.get("from_name"))] = values[0]
    for region_id, region in regions.items():
        if region.get("label", "").upper() != "QUOTE":
            continue
        mentions: dict[str, list[list[int]]] = {}
        for source, target, label in relations:
            mention = regions.get(target)
            if source == region_id and mention is not None and "start" in mention:
                mentions.setdefault(FIELD_OF_RELATION[label], []).append(
                    [mention["start"], mention["end"]]
                )
        attributes: Record = {
            "id": region.get("quote_id"),
            "type": region.get("quote_type"),
            "confidence": region.get("confidence"),
            "status": region.get("status"),
            "source_kind": region.get("source_kind"),
            "annotator": annotator if isinstance(annotator, str) else None,
        }
        # A region with per-region fields was labeled with our config: there, a missing name
        # means no speaker (or source); elsewhere the first mention's words stand in.
        labeled_here = "quote_type" in region
        if "speaker_name" in region or labeled_here:
            attributes["speaker"] = region.get("speaker_name")
        if "source_name" in region or labeled_here:
            attributes["source"] = region.get("source_name")
        if predicted and region.get("confidence") is None and region.get("score") is not None:
            attributes["score"] = region["score"]
        fields = quote_fields(text, region["start"], region["end"], mentions, attributes)
        document.quotes.append(ReadQuote(line, fields))
    return None


FORMAT = Format(
    name="label-studio",
    summary="Label Studio JSON tasks (annotations or predictions) and the labeling config XML",
    writer=LabelStudioWriter,
    reader=read,
    notes=(
        "offsets are code points, as Label Studio exports plain text; check texts with emoji "
        "after a round trip through the Label Studio UI",
        "annotations[].annotator names the annotator; completed_by is left to Label Studio",
    ),
)
"""The format's registry entry."""
