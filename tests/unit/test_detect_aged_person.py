"""``the 54-year-old`` stands for the one person given that age, found in one pass.

Every sentence, name and place here is invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.detect import speakers
from annotator.detect.pipeline import detect_quotes


class _CountedPattern:
    """A compiled pattern that counts its ``finditer`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        self.calls += 1
        return self.pattern.finditer(text, *bounds)


def test_every_mention_of_an_age_reads_the_ages_given_once(monkeypatch):
    """Each ``the 54-year-old said`` scanned the text from its start again: a long court
    report naming a defendant by age a hundred times read it a hundred times."""
    counted = _CountedPattern(speakers._AGE_GIVEN_RE)
    monkeypatch.setattr(speakers, "_AGE_GIVEN_RE", counted)
    paragraphs = ["Kalle Ustrand, 54, of Brannvik, appeared before the bench on Monday."]
    paragraphs += [
        f'"The nets were mine, number {number}," the 54-year-old said.' for number in range(30)
    ]
    quotes = detect_quotes("\n\n".join(paragraphs))
    assert len(quotes) == 30
    assert {quote.speaker for quote in quotes} == {"Kalle Ustrand"}
    assert counted.calls <= 1


def test_an_age_given_after_the_mention_is_no_antecedent():
    text = (
        '"The nets were mine," the 54-year-old said.\n\n'
        "Kalle Ustrand, 54, of Brannvik, appeared before the bench on Monday."
    )
    (quote,) = detect_quotes(text)
    assert quote.speaker == "the 54-year-old"


def test_two_people_of_one_age_leave_the_phrase_as_written():
    text = (
        "Kalle Ustrand, 54, and Ivo Mell, 54, appeared before the bench on Monday.\n\n"
        '"The nets were mine," the 54-year-old said.'
    )
    (quote,) = detect_quotes(text)
    assert quote.speaker == "the 54-year-old"
