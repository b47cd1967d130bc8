"""Direct quotes: causes of misses and false alarms found by measuring on real news.

One test per cause fixed; every sentence here was written for these tests.
"""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.detect.marks import find_quote_spans
from annotator.records import Candidate, QuoteType


def quotes(text: str, min_score: float = 0.5) -> list[Candidate]:
    """Candidates of ``text`` scored at least ``min_score``."""
    return [c for c in detect_quotes(text) if c.score >= min_score]


def by_text(text: str) -> dict[str, Candidate]:
    """Candidates scored at least 0.5, keyed by their text."""
    return {c.text: c for c in quotes(text)}


def test_three_apostrophes_closing_two_quotes_do_not_open_a_third() -> None:
    text = (
        "''We hear it often, 'The port is a special case,''' Ms. Lind said. "
        "''It is not true. Nobody believes it.''\n"
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == [
        "''We hear it often, 'The port is a special case,'''",
        "''It is not true. Nobody believes it.''",
    ]
    found = by_text(text)
    assert found["''It is not true. Nobody believes it.''"].type is QuoteType.DIRECT
    assert found["''It is not true. Nobody believes it.''"].speaker == "Lind"


def test_three_apostrophes_opening_a_quote_that_starts_with_a_title() -> None:
    text = "'''Night Train,''' she answered. ''It is a film about a long 'journey home'.''\n"
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == ["'''Night Train,'''", "''It is a film about a long 'journey home'.''"]
