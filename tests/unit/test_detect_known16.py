"""Known gaps of the detector found by earlier rounds (known16), each with a case that showed
it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def triples(text: str) -> list[tuple[str, str | None, str | None]]:
    """Text, speaker and cue of each candidate of ``text`` scored at least 0.5."""
    return [(c.text, c.speaker, c.cue) for c in found(text)]


# 1. A participle of speech after a verb that is not one, with a role before the name.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Defence barrister Jane Holt objects, saying the evidence was obtained unlawfully.",
            "Jane Holt",
        ),
        ("Harbour pilot Ivo Brandt stands up, saying the channel is too shallow.", "Ivo Brandt"),
        ("The barrister objects, saying the evidence was obtained unlawfully.", "The barrister"),
        ("Ivo Brandt shrugs, saying the channel is too shallow.", "Ivo Brandt"),
    ],
)
def test_a_participle_of_speech_after_a_verb_in_the_present_hangs_on_its_subject(
    text: str, speaker: str
) -> None:
    ((content, who, cue),) = triples(text)
    assert (content.split()[0], who, cue) == ("the", speaker, "saying")
