"""Hand-made quotes shared by the agreement, alignment and adjudication tests (no tests here)."""

from __future__ import annotations

from typing import Any

from annotator.records import QuoteAnnotation, text_sha256

TEXT = (
    'The harbour master said "the pier will reopen after the storm season" on Monday. '
    "Fishermen told the local radio that repairs were moving slowly. "
    '"We have waited long enough," said Mária Kovács, who runs a café 🐟 by the water. '
    "「港は来週開く」と市長は述べた。"
)
"""A document of our own, with accents, an emoji and CJK text so offsets are code points."""


def span_of(fragment: str, text: str = TEXT) -> tuple[int, int]:
    """The (start, end) of the only occurrence of ``fragment`` in ``text``."""
    start = text.index(fragment)
    assert text.find(fragment, start + 1) == -1, f"{fragment!r} occurs twice"
    return start, start + len(fragment)


def quote(
    annotator: str,
    start: int,
    end: int,
    quote_id: str | None = None,
    *,
    doc_id: str = "doc-1",
    text: str = TEXT,
    **fields: Any,
) -> QuoteAnnotation:
    """A quote of ``annotator`` over ``text[start:end]``."""
    return QuoteAnnotation(
        id=quote_id or f"{annotator}-{doc_id}-{start}-{end}",
        doc_id=doc_id,
        doc_sha256=text_sha256(text),
        start=start,
        end=end,
        text=text[start:end],
        annotator=annotator,
        **fields,
    )
