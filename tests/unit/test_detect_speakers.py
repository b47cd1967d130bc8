"""Speakers the rules used to get wrong on quotes they found: each rule of English news prose
with the case that showed it. Every sentence here was written for these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_according_to_a_noun_phrase_without_a_determiner_names_the_source() -> None:
    text = "Ivo said hi. The ferry ran late all summer, according to harbour records."
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.text) == (
        "harbour records",
        "The ferry ran late all summer",
    )
    start = text.index("harbour records")
    assert candidate.speaker_spans == [(start, start + len("harbour records"))]
    (candidate,) = found(
        "Ivo said hi. According to exit polls conducted on Monday, the mayor won the port."
    )
    assert (candidate.speaker, candidate.text) == ("exit polls", "the mayor won the port")
    text = "Fares rose by a third last year, according to figures from the port authority."
    (candidate,) = found(text)
    assert candidate.speaker == "figures"
    # A manner, not a source: no speaker.
    (candidate,) = found("The new ferry left the harbour on time, according to plan.")
    assert candidate.speaker is None
