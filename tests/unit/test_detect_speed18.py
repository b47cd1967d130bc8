"""Searches the detector skips where the words they need are absent keep their results.

Each shortcut tests for a literal that every match of a pattern holds before searching the
pattern; these tests pin the results on sentences written for them and count the searches.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator

import pytest

from annotator.detect import attribution, detect_quotes, reported, subjects
from annotator.detect.attribution import Mention, holder_of_participle


class _CountingPattern:
    """A compiled pattern whose ``search`` and ``finditer`` calls are counted by region (its
    other methods pass through)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.regions: list[str] = []

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.regions.append(string[pos:endpos])
        return self.pattern.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self.regions.append(string[pos:endpos])
        return self.pattern.finditer(string, pos, endpos)

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(quote.text, quote.speaker, quote.cue) for quote in detect_quotes(text)]


def test_a_relative_pronoun_before_a_cue_is_searched_only_in_a_window_holding_wh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Ada Lind, who said``: the pattern of a relative pronoun before a cue is searched only
    where ``who`` or ``which`` may stand, and still finds the phrase it stands for."""
    windows = [
        "The pilots backed Ada Lind, who ",
        "the plan, which has also ",
        "The pilots backed Ada Lind and ",
        "",
    ]
    plain = [subjects._RELATIVE_RE.search(window) for window in windows]
    counting = _CountingPattern(subjects._RELATIVE_RE)
    monkeypatch.setattr(subjects, "_RELATIVE_RE", counting)
    for window, expected in zip(windows, plain, strict=True):
        found = subjects._relative_before(window, 0, len(window))
        assert (found and found.span()) == (expected and expected.span()), window
    assert counting.regions == windows[:2]
    counting.regions.clear()
    assert _found("The pilots backed Ada Lind, who said the fares were too high for them.") == [
        ("Ada Lind", "The pilots", "backed"),
        ("the fares were too high for them", "Ada Lind", "said"),
    ]
    assert _found("The pilots backed the plan, which said the fares were too high for them.")[
        1:
    ] == [("the fares were too high for them", "which", "said")]
    assert counting.regions
    counting.regions.clear()
    assert _found("Ada Lind said the fares were too high for the islanders.") == [
        ("the fares were too high for the islanders", "Ada Lind", "said")
    ]
    assert counting.regions == []


def test_a_content_is_read_for_a_dash_and_but_or_while_only_when_it_holds_the_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``says he has spoken to the pilots—but the union has not budged``: the clause after the
    dash is the author's; a content without ``but`` or ``while`` is not searched for one."""
    counting = _CountingPattern(reported._OWN_CLAUSE_AFTER_CONTENT_RE)
    monkeypatch.setattr(reported, "_OWN_CLAUSE_AFTER_CONTENT_RE", counting)
    assert _found("Ivo Kral says he has spoken to the pilots—but the union has not budged.") == [
        ("he has spoken to the pilots", "Ivo Kral", "says")
    ]
    assert _found("Ada Lind declared that the fares would rise while refusing to name a date.")[
        0
    ] == ("that the fares would rise", "Ada Lind", "declared")
    assert len(counting.regions) == 2
    counting.regions.clear()
    assert _found("Ada Lind declared that the fares would rise in May and stay high.") == [
        ("that the fares would rise in May and stay high", "Ada Lind", "declared")
    ]
    assert counting.regions == []


@pytest.mark.parametrize(
    ("text", "phrase", "holder"),
    [
        ("Letters sent by the harbour master said the quay would close.", "harbour master", True),
        ("Pilots gathered outside the terminal said the ferry was late.", "terminal", True),
        ("Pilots gathered inside the terminal said the ferry was late.", "terminal", True),
        ("Pilots gathered near Skarra Quay said the ferry was late.", "Skarra Quay", True),
        ("Pilots gathered in Skarra said the ferry was late.", "Skarra", True),
        ("Notes kept at a quay office said the ferry was late.", "quay office", True),
        ("Notes taken from an old log said the ferry was late.", "old log", True),
        ("Pilots waiting in Skarra said the ferry was late.", "Skarra", False),
        ("The pilots and Ada Lind said the ferry was late.", "Ada Lind", False),
        ("Ada Lind said the ferry was late.", "Ada Lind", False),
    ],
)
def test_the_phrase_holding_a_participle_speaks_and_other_phrases_are_not_searched(
    monkeypatch: pytest.MonkeyPatch, text: str, phrase: str, holder: bool
) -> None:
    """``Letters sent by the harbour master said``: the letters speak, not the harbour master.
    The pattern of a participle and its preposition is searched only when the words right
    before the phrase end as one of its prepositions or articles does."""
    counting = _CountingPattern(attribution._AGENT_OF_PARTICIPLE_RE)
    monkeypatch.setattr(attribution, "_AGENT_OF_PARTICIPLE_RE", counting)
    start = text.index(phrase)
    mention = Mention(phrase, start, start + len(phrase))
    found = holder_of_participle(text, mention, text.index(" said") + 1, 0)
    if holder:
        assert found.start == 0
        assert found.text == text[: mention.end]
    else:
        assert found is mention
    # ``in Skarra`` ends as a preposition of the pattern does: searched, and no participle.
    assert bool(counting.regions) is (holder or " in " in text)


class _CountingFullmatch(_CountingPattern):
    """``_CountingPattern`` that also counts ``fullmatch`` calls, by string."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__(pattern)
        self.fullmatched: list[str] = []

    def fullmatch(self, string: str, *bounds: int) -> re.Match[str] | None:
        self.fullmatched.append(string)
        return self.pattern.fullmatch(string, *bounds)


@pytest.mark.parametrize(
    ("text", "speaker", "class_year"),
    [
        ("Lena Vask ’27 said the library would close early on Fridays.", "Lena Vask", True),
        ("Lena Vask '27, a pilot, said the library would close early.", "Lena Vask", True),
        (
            "The pilots’ union said the library would close early on Fridays.",
            "The pilots’ union",
            False,
        ),
        (
            "Lena Vask’s aide said the library would close early on Fridays.",
            "Lena Vask’s aide",
            False,
        ),
        ("Lena Vask said the library would close early on Fridays.", "Lena Vask", False),
    ],
)
def test_a_class_year_is_dropped_from_the_subject_and_other_words_are_not_each_matched(
    monkeypatch: pytest.MonkeyPatch, text: str, speaker: str, class_year: bool
) -> None:
    """``Lena Vask ’27 said``: the class year is no word of the speaker. The words before a cue
    are each matched against a class year only when the window holds one, not whenever it
    holds an apostrophe (a possessive, a plural's)."""
    counting = _CountingFullmatch(attribution._CLASS_YEAR_RE)
    monkeypatch.setattr(attribution, "_CLASS_YEAR_RE", counting)
    assert [quote.speaker for quote in detect_quotes(text)] == [speaker]
    assert bool(counting.fullmatched) is class_year


def test_the_cuts_of_a_content_are_the_ones_tried_after_every_space() -> None:
    """The pattern of the cuts in a content (``, adding``, ``and accused``, ``, the paper
    said.``) tries a space only before ``and`` or ``but``: its matches, and the group each
    keeps, are those of the same pattern tried after every space, comma and closing mark."""
    opening = "(?=[,\\\"”'’]|\\s+(?:and|but)\\s)"
    assert reported._CUT_RE.pattern.startswith(opening)
    everywhere = re.compile("(?=[,\\\"”'’\\s])" + reported._CUT_RE.pattern[len(opening) :])
    pieces = [
        "and", "but", "he", "she", "also", "then", "said", "says", "added", "accused", "wrote.",
        "adding", "according to", "the paper", "Ada Lind", "a spokesman", "”", ",”", "’,", '"',
        ",", ";", "the", "but that", "and they later warned", "slammed", "x",
    ]  # fmt: skip
    spaces = [" ", "", "  ", ", ", "\t", "\u00a0", "\n"]
    rng = random.Random(18)
    cuts = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text) // 3)
        expected = [(m.span(), m.groupdict()) for m in everywhere.finditer(text, start)]
        found = [(m.span(), m.groupdict()) for m in reported._CUT_RE.finditer(text, start)]
        assert found == expected, text
        cuts += len(expected)
    assert cuts > 1000
    content = "the quay would close, adding that the fares would rise, and accused the board"
    assert [m.start() for m in reported._cuts(content, 0, len(content))] == [20, 54]
