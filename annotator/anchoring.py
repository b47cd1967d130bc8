"""Keeping annotations on the right words when a document's text changes under them.

A quote records the sha256 of the text its offsets point into. When the document now hashes
differently, each quote is moved to where its text stands in the new version, if it stands there
exactly once; otherwise it is stale, and is shown as such rather than kept at wrong offsets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from annotator.records import Document, QuoteAnnotation


class Anchor(StrEnum):
    """How a stored quote relates to the current document text."""

    CURRENT = "current"
    """Recorded against this very text."""
    REANCHORED = "reanchored"
    """The text changed; the quote was found once in the new text and moved there."""
    STALE = "stale"
    """The text changed and the quote's words are missing or ambiguous: needs a person."""


@dataclass(frozen=True)
class AnchoredQuote:
    """A stored quote and where it stands in the current text."""

    quote: QuoteAnnotation
    """The record as stored (or, when re-anchored, moved to the new offsets)."""
    anchor: Anchor
    """Whether the offsets can be trusted."""
    reason: str = ""
    """Why a quote is stale."""


def anchor_quote(quote: QuoteAnnotation, document: Document) -> AnchoredQuote:
    """Place ``quote`` in the current text of ``document``."""
    if quote.doc_sha256 == document.sha256:
        return AnchoredQuote(quote, Anchor.CURRENT)
    text = document.text
    first = text.find(quote.text) if quote.text else -1
    if first < 0:
        return AnchoredQuote(quote, Anchor.STALE, "its text is no longer in the document")
    if text.find(quote.text, first + 1) >= 0:
        return AnchoredQuote(quote, Anchor.STALE, "its text now occurs more than once")
    shift = first - quote.start

    def moved(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        # Mentions near the quote move with it; one pushed outside the text is dropped.
        return [
            (start + shift, end + shift)
            for start, end in spans
            if start + shift >= 0 and end + shift <= len(text)
        ]

    suggestion = quote.suggestion
    if (
        suggestion is not None
        and suggestion.start + shift >= 0
        and text.startswith(suggestion.text, suggestion.start + shift)
    ):
        # The suggestion moves with the quote: left behind, it would no longer be recognised as
        # the candidate the detector proposes there now, and would show wrong offsets.
        suggestion = suggestion.model_copy(
            update={
                "start": suggestion.start + shift,
                "end": suggestion.end + shift,
                "speaker_spans": moved(suggestion.speaker_spans),
                "source_spans": moved(suggestion.source_spans),
                "cue_spans": moved(suggestion.cue_spans),
            }
        )
    moved_quote = quote.revised(
        start=first,
        end=first + len(quote.text),
        doc_sha256=document.sha256,
        speaker_spans=moved(quote.speaker_spans),
        source_spans=moved(quote.source_spans),
        cue_spans=moved(quote.cue_spans),
        suggestion=suggestion,
        meta={**quote.meta, "reanchored_from": [quote.start, quote.end, quote.doc_sha256]},
    )
    return AnchoredQuote(moved_quote, Anchor.REANCHORED)


def anchor_quotes(quotes: list[QuoteAnnotation], document: Document) -> list[AnchoredQuote]:
    """Place every quote of one document in its current text."""
    return [anchor_quote(quote, document) for quote in quotes]
