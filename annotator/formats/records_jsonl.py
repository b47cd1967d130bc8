"""``records-jsonl`` (export only): one ``QuoteAnnotation`` record per line, exactly as stored.

Every line carries the document id and the sha256 of the text its offsets point into, the
annotator, timestamps, origin and the detector's original suggestion: the format for audits and
for tools that want the full record. It validates against ``schemas/quote-annotation.schema.json``.
"""

from __future__ import annotations

from annotator.formats.base import ExportUnit, Format, LineWriter


class RecordsJsonlWriter(LineWriter):
    """One record per line, in document order then quote order."""

    default_stem = "records"

    def add(self, unit: ExportUnit) -> None:
        handle = self.handle(self.stem(unit))
        # Each record encodes to the bytes of its stored line's item: the writer's bytes.
        for record in unit.records:
            handle.write_struct_line(record)
        self.count("lines", len(unit.records))


FORMAT = Format(
    name="records-jsonl",
    summary="one QuoteAnnotation record per line, with document id and hash (export only)",
    writer=RecordsJsonlWriter,
    notes=("created/updated are the record's own timestamps, not the time of the export",),
    writes_suggestions=True,
)
"""The format's registry entry."""
