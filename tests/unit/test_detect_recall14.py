"""Reported speech the rules missed in common news constructions: one test per general cause.
Every sentence here was written for these tests (invented names and places)."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate

OPENING = "The harbour board of Pell met on Monday. "
"""A sentence before the one tested, so that it is not the document's first (a headline)."""


def found(text: str) -> list[Candidate]:
    """Candidates of ``OPENING + text`` scored at least 0.5."""
    return [c for c in detect_quotes(OPENING + text) if c.score >= 0.5]


def test_short_content_before_an_attribution_with_a_circumstance_is_reported() -> None:
    for attribution in ("Ivo Kral said in an interview", "Ivo Kral wrote on his blog"):
        (candidate,) = found(f"Fares will rise, {attribution}.")
        assert candidate.text == "Fares will rise"
        assert candidate.speaker == "Ivo Kral"
    (candidate,) = found("The quay is safe, Greta Lind told the board on Friday.")
    assert (candidate.text, candidate.speaker) == ("The quay is safe", "Greta Lind")
