"""Invented reports for the audit tests: one quote of one invented document each."""

from __future__ import annotations

from annotator.audit import Occurrence


def report(
    doc_index: int,
    text: str,
    *,
    speaker: str | None = None,
    quote_type: str | None = "direct",
    outlet: str | None = None,
    start: int = 0,
) -> Occurrence:
    """One quote of one invented document (``d000``, ``d001``, ...), ``text`` at ``start``."""
    return Occurrence(
        doc_id=f"d{doc_index:03d}",
        doc_index=doc_index,
        start=start,
        end=start + len(text),
        text=text,
        speaker=speaker,
        quote_type=quote_type,
        outlet=outlet,
    )
