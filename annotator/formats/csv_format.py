"""``csv`` (export only): one row per quote, for spreadsheets.

UTF-8 with a byte-order mark, so spreadsheet programs read accents, CJK and emoji correctly.
Spans are written as ``start-end`` separated by ``;``. A cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading ``'`` so a spreadsheet shows it as text
instead of running it as a formula; ``start``/``end`` always refer to the unmodified text.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, ClassVar

from annotator.formats.base import (
    CONFIDENCE_NAMES,
    ExportOptions,
    ExportUnit,
    Format,
    Writer,
    WriteResult,
    cue_text,
)

COLUMNS = (
    "doc_id",
    "quote_id",
    "annotator",
    "status",
    "start",
    "end",
    "type",
    "text",
    "speaker",
    "speaker_spans",
    "speaker_mentions",
    "source",
    "source_kind",
    "source_spans",
    "cue",
    "cue_spans",
    "confidence",
    "origin",
    "note",
)
"""The header row."""

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _spans(spans: list[list[int]]) -> str:
    return ";".join(f"{start}-{end}" for start, end in spans)


class CsvWriter(Writer):
    """One CSV file per split."""

    default_stem: ClassVar[str] = "quotes"

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)
        self._files: dict[str, tuple[Any, Any]] = {}

    def _writer(self, stem: str) -> Any:
        if stem not in self._files:
            name = Path(stem + ".csv")
            handle = (self.out_dir / name).open("w", encoding="utf-8-sig", newline="")
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(COLUMNS)
            self._files[stem] = (handle, writer)
            self.result.files.append(name)
        return self._files[stem][1]

    def add(self, unit: ExportUnit) -> None:
        writer = self._writer(self.stem(unit))
        text = unit.document.text
        for record in unit.quotes:
            row = (
                unit.document.id,
                record["id"],
                record["annotator"],
                record["status"],
                record["start"],
                record["end"],
                record["type"],
                record["text"],
                record["speaker"] or "",
                _spans(record["speaker_spans"]),
                " | ".join(text[start:end] for start, end in record["speaker_spans"]),
                record["source"] or "",
                record["source_kind"] or "",
                _spans(record["source_spans"]),
                cue_text(text, record["cue_spans"]) or "",
                _spans(record["cue_spans"]),
                CONFIDENCE_NAMES[record["confidence"]],
                record["origin"],
                record["note"],
            )
            writer.writerow([spreadsheet_safe(v) if isinstance(v, str) else v for v in row])
        self.count("rows", len(unit.quotes))

    def finish(self) -> WriteResult:
        for handle, _ in self._files.values():
            handle.close()
        return self.result


FORMAT = Format(
    name="csv",
    summary="one row per quote, for spreadsheets (export only)",
    writer=CsvWriter,
    notes=(
        "cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets do not run "
        "them; offsets refer to the unprefixed text",
    ),
)
"""The format's registry entry."""
