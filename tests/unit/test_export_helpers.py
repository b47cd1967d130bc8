"""Hand-made documents and records for the export and import tests (our own sentences)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.exporting import ExportSource, Selection, plan_import
from annotator.formats.base import Format, quote_order
from annotator.record_codec import bulk_quotes
from annotator.records import Document, QuoteAnnotation

HARBOUR = Document(
    id="harbour.txt",
    text=(
        'Mayor Ana Ruiz said "the harbour 🌊 reopens in May," adding that crews were ready.\n'
        "According to Radio Costa, the port authority denied it.\n"
        '"We expect delays [Inaudible]," she told reporters at a news conference.'
    ),
)
"""English with an emoji before later spans, a line break inside no span, markup-like text."""

BEIJING = Document(
    id="asia/beijing.md",
    text=(
        "发言人王伟说：“我们会继续合作。” 🇨🇳 He added, according to Xinhua, that "
        '"talks [/] resume soon" — a [/ b.'
    ),
)
"""CJK, a flag emoji (two code points), and brackets that look like markup."""


FERRY = Document(
    id="ferry",
    text=(
        "Harbour master Ilse Varga said:\r\n"
        "\u201cThe ferry \U0001f6a2 leaves\r\nat dawn,\u201d she added.\r\n"
        "Odo Brennik agreed.\r\n"
    ),
)
"""Windows line breaks, one inside a quote, and an emoji after them."""


def ferry_records() -> dict[str, list[QuoteAnnotation]]:
    """One quote across a CRLF line break, with its speaker and cue on the line before."""
    return {
        FERRY.id: [
            quote(
                FERRY,
                "\u201cThe ferry \U0001f6a2 leaves\r\nat dawn,\u201d",
                speaker="Ilse Varga",
                speaker_at=["Harbour master Ilse Varga"],
                cue_at=["said"],
            ),
            quote(
                FERRY, "agreed", type="indirect", speaker="Odo Brennik", speaker_at=["Odo Brennik"]
            ),
        ]
    }


def span_of(document: Document, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Where ``needle`` stands in the document (the ``occurrence``-th time)."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(needle, start + 1)
    return start, start + len(needle)


def quote(
    document: Document,
    needle: str,
    *,
    annotator: str = "ana",
    quote_id: str | None = None,
    speaker: str | None = None,
    speaker_at: list[str] = (),
    source: str | None = None,
    source_at: list[str] = (),
    cue_at: list[str] = (),
    **fields: Any,
) -> QuoteAnnotation:
    """A validated record of the quote ``needle`` with mentions found by their words."""
    start, end = span_of(document, needle)
    return QuoteAnnotation.model_validate(
        {
            "id": quote_id or f"{document.id}:{start}",
            "doc_id": document.id,
            "doc_sha256": document.sha256,
            "start": start,
            "end": end,
            "text": needle,
            "speaker": speaker,
            "speaker_spans": [span_of(document, words) for words in speaker_at],
            "source": source,
            "source_spans": [span_of(document, words) for words in source_at],
            "cue_spans": [span_of(document, words) for words in cue_at],
            "annotator": annotator,
            **fields,
        },
        context={"document_text": document.text},
    )


def sample_records() -> dict[str, list[QuoteAnnotation]]:
    """Quotes on both documents: direct, indirect, mixed, a shared speaker mention, overlapping
    quotes, a rejected candidate, each confidence, names that differ from their mentions."""
    harbour = [
        quote(
            HARBOUR,
            '"the harbour 🌊 reopens in May,"',
            speaker="Ana Ruiz",
            speaker_at=["Mayor Ana Ruiz"],
            cue_at=["said"],
        ),
        quote(
            HARBOUR,
            "that crews were ready",
            type="indirect",
            speaker="Ana Ruiz",
            speaker_at=["Mayor Ana Ruiz"],
            cue_at=["adding"],
            confidence=2,
        ),
        quote(
            HARBOUR,
            "the port authority denied it",
            type="indirect",
            speaker="the port authority",
            speaker_at=["the port authority"],
            source="Radio Costa",
            source_kind="outlet",
            source_at=["Radio Costa"],
            cue_at=["According to"],
            confidence=1,
        ),
        quote(
            HARBOUR,
            '"We expect delays [Inaudible]," she told reporters',
            quote_id="overlapping-outer",
            type="mixed",
            speaker="Ana Ruiz",
            speaker_at=["she"],
            source="a news conference",
            source_kind="event",
            source_at=["a news conference"],
            cue_at=["told"],
        ),
        quote(
            HARBOUR,
            '"We expect delays [Inaudible],"',
            quote_id="overlapping-inner",
            speaker="Ana Ruiz",
            speaker_at=["she"],
            cue_at=["told"],
            note="the inner part alone",
        ),
        quote(HARBOUR, "crews were ready", quote_id="negative", status="rejected"),
    ]
    beijing = [
        quote(
            BEIJING,
            "“我们会继续合作。”",
            speaker="王伟",
            speaker_at=["发言人王伟"],
            cue_at=["说"],
        ),
        quote(
            BEIJING,
            '"talks [/] resume soon"',
            speaker=None,
            source="Xinhua",
            source_kind="outlet",
            source_at=["Xinhua"],
            cue_at=["according to"],
            confidence=2,
        ),
    ]
    return {HARBOUR.id: harbour, BEIJING.id: beijing}


def source_of(
    records: dict[str, list[QuoteAnnotation]],
    documents: list[Document] = (HARBOUR, BEIJING),
    selection: Selection | None = None,
) -> ExportSource:
    """An export source built straight from records (no store), as the exporter builds one."""
    selection = selection or Selection(include_rejected=True)
    units = []
    for document in documents:
        kept = [
            q.model_dump(mode="json")
            for q in records.get(document.id, [])
            if selection.keeps(q.model_dump(mode="json"))
        ]
        units.append((document, bulk_quotes(sorted(kept, key=quote_order))))
    annotators = sorted({q.annotator for qs in records.values() for q in qs})
    return ExportSource(units, [], annotators, {"test": True}, [], selection)


def essence(record: QuoteAnnotation | dict) -> tuple:
    """What a round trip must keep: document, span, type, names, spans, confidence, status."""
    data = record.model_dump(mode="json") if isinstance(record, QuoteAnnotation) else record
    return (
        data["doc_id"],
        data["start"],
        data["end"],
        data["type"],
        data["speaker"],
        data["source"],
        data["source_kind"],
        data["confidence"],
        data["status"],
        tuple(sorted(map(tuple, data["speaker_spans"]))),
        tuple(sorted(map(tuple, data["source_spans"]))),
        tuple(sorted(map(tuple, data["cue_spans"]))),
        data["annotator"],
    )


def read_back(fmt: Format, path: Path, annotator: str = "reader") -> list[tuple]:
    """Essences of everything ``fmt`` reads from ``path`` (annotators as the file names them)."""
    plan = plan_import(fmt, path, annotator=annotator, keep_annotators=True)
    assert not plan.problems, [str(p) for p in plan.problems]
    return sort_essences(essence(q) for q, _ in plan.quotes)


def sort_essences(essences) -> list[tuple]:
    """Essences in a fixed order (None sorts before any string)."""
    return sorted(
        essences, key=lambda item: [("", "") if v is None else (type(v).__name__, v) for v in item]
    )


IMPORT_TARGETS = {
    "quotes-jsonl": "quotes.jsonl",
    "prodigy": "prodigy.jsonl",
    "label-studio": "tasks.json",
    "doccano": "doccano.jsonl",
    "brat": ".",
}
"""For each two-way format, what to import from an unsplit export folder."""
