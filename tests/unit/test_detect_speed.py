"""The faster forms of the detector's scans and token walks keep their results.

Each optimisation of ``annotator.detect`` that rewrites a regex or a token walk keeps its
results; these tests pin them on sentences written for them.
"""

from __future__ import annotations

import pytest

from annotator.detect.attribution import subject_before, subject_then_verb
from annotator.detect.marks import _MARK_RE
from annotator.detect.text import Layout


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
