"""Known errors of the detector listed for this session's round (known18), each with a case
that shows it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from annotator.detect import detect_quotes
from annotator.records import Candidate


def found(text: str) -> list[Candidate]:
    """Candidates of ``text`` scored at least 0.5."""
    return [c for c in detect_quotes(text) if c.score >= 0.5]


def only(text: str) -> Candidate:
    """The one candidate of ``text`` scored at least 0.5."""
    (candidate,) = found(text)
    return candidate


# 1. A relative clause without ``that``: the noun before its subject is the verb's object.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The merger set a price analysts said would be hard to beat.", "analysts"),
        ("The yard named a date officials said was far too early for the launch.", "officials"),
    ],
)
def test_the_object_before_a_reduced_relative_is_no_part_of_its_subject(
    text: str, speaker: str
) -> None:
    assert [c.speaker for c in found(text) if c.cue == "said"] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A dozen skippers said the quay was unsafe.",
        "A local pilots union said the quay was unsafe.",
    ],
)
def test_a_singular_noun_that_counts_or_heads_the_plural_stays_in_the_subject(
    text: str,
) -> None:
    assert only(text).speaker == text.split(" said")[0]
