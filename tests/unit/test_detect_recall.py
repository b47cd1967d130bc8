"""Reported speech the rules used to drop (``find_reported``, ``attitudes.py``): general causes
of missed attributions, each with the case that showed it. Every sentence here was written for
these tests."""

from __future__ import annotations

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def test_a_common_noun_phrase_speaks_through_any_speech_verb_before_that() -> None:
    (candidate,) = found("The old skippers conceded that the crew had been slow.")
    assert (candidate.speaker, candidate.cue) == ("The old skippers", "conceded")
    assert candidate.text == "that the crew had been slow"
    # Without ``that``, a thing may be the subject of a plain verb: nothing is reported.
    assert found("The new bridge added two hours to the trip.") == []


def test_who_after_a_long_apposition_is_the_speaker_as_written() -> None:
    text = (
        "The fire was spotted by Ivo Kral, the captain of the old ferry, who conceded that "
        "the crew had been slow."
    )
    (candidate,) = found(text)
    assert (candidate.speaker, candidate.cue) == ("who", "conceded")
    assert candidate.text == "that the crew had been slow"
