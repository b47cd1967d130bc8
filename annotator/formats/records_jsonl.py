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
        handle_stem = self.stem(unit)
        for record in unit.quotes:
            self.write_json_line(handle_stem, record)
        self.count("lines", len(unit.quotes))


FORMAT = Format(
    name="records-jsonl",
    summary="one QuoteAnnotation record per line, with document id and hash (export only)",
    writer=RecordsJsonlWriter,
    notes=("created/updated are the record's own timestamps, not the time of the export",),
)
"""The format's registry entry."""
