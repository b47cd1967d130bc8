"""The faster forms of the detector's scans find exactly what the plain forms find.

Each optimisation of ``annotator.detect`` that rewrites a regex or a token walk keeps its
results; these tests compare the fast form with the plain one on sentences written for them.
"""

from __future__ import annotations

import re

import pytest

from annotator.detect.attribution import (
    _GATES,
    _WordPattern,
    subject_before,
    subject_then_verb,
)
from annotator.detect.marks import _MARK_RE
from annotator.detect.text import Layout

SENTENCES = [
    "Tweeted the mayor at dawn.",
    "She tweeted at dawn, and retweeted it later.",
    "(tweeted) [post] “video”",
    "The aide posted on Telegram; a statement followed in the letter.",
    "unposted, posting, post",
    "At a rally in Leeds, she spoke to Reuters about the report.",
    "",
    "post",
    "x post",
    "Über-tweeted tweet",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("pattern", [r"\b(?:tweet|post)\w*", r"\b(?P<w>[Aa]t|to)\s+(?P<x>\w+)"])
def test_word_pattern_finds_the_first_match_of_the_plain_pattern(
    pattern: str, sentence: str
) -> None:
    plain = re.compile(pattern).search(sentence)
    fast = _WordPattern(pattern).search(sentence)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        for group in range(1, (plain.re.groups or 0) + 1):
            assert fast.span(group) == plain.span(group)
            assert fast.group(group) == plain.group(group)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_source_gates_agree_with_their_plain_patterns(sentence: str) -> None:
    for gate in _GATES.values():
        plain = re.compile(gate.pattern).search(sentence)
        assert (gate.search(sentence) is None) == (plain is None)


def test_word_pattern_needs_a_word_boundary_first() -> None:
    with pytest.raises(ValueError):
        _WordPattern(r"(?:said)")


def test_doubled_apostrophes_and_backticks_are_one_mark() -> None:
    text = "``Yes,'' he said, 'fine' and ` or ''"
    marks = [match.group() for match in _MARK_RE.finditer(text)]
    assert marks == ["``", "''", "'", "'", "`", "''"]


def test_sentence_starts_skip_titles_initials_and_months() -> None:
    text = (
        "Dr. Ada Lind spoke on Jan. 4 with J. Moss. Was it late? “No!” She left… Then rain. "
        "And wind.\nNew line."
    )
    starts = Layout(text).sentence_starts
    assert [text[s : s + 4] for s in starts] == [
        "Dr. ",
        "Was ",
        "“No!",
        "She ",
        "Then",
        "And ",
        "New ",
    ]


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        ("The aide to the aide said", "the aide", 12),
        ("Park said Park Lee Park said", "Park Lee Park", 10),
        ("Kral met Kral, Ivo Kral, said", "Ivo Kral", 15),
        ("Mayor Ivo Kral (Green) met Kral; Ivo Kral said", "Ivo Kral", 33),
        ("Ada Moss’s aide read Ada Moss’s remarks underscored", "Ada Moss", 21),
    ],
)
def test_speaker_before_a_cue_has_the_offsets_of_its_own_words(
    text: str, speaker: str, start: int
) -> None:
    """Tokens are read without offsets, and the mention's offsets found afterwards: a word that
    occurs twice before the cue must still give the offsets of the occurrence in the mention."""
    cue_start = text.rindex(" ") + 1
    found = subject_before(text, cue_start, 0)
    assert found is not None
    assert (found.text, found.start, found.end) == (speaker, start, start + len(speaker))
    assert text[found.start : found.end] == speaker


@pytest.mark.parametrize(
    "text, speaker, start, cue_start",
    [
        ("”, Kral, a friend of Kral, has said", "Kral", 3, 31),
        ("” Kral Kral said", "Kral Kral", 2, 12),
        ("” — Ivo Kral told", "Ivo Kral", 4, 13),
    ],
)
def test_speaker_and_verb_after_a_quote_have_their_own_offsets(
    text: str, speaker: str, start: int, cue_start: int
) -> None:
    found = subject_then_verb(text, 1, len(text))
    assert found is not None
    mention, cue = found
    assert (mention.text, mention.start) == (speaker, start)
    assert text[cue.start : cue.end] == cue.text
    assert cue.start == cue_start
