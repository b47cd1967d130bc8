"""The one pass for cue words finds every match of the three whole-text cue scans.

``cuewords.find_cue_words`` only proposes where each stage's pattern is tried; the patterns stay
the definition of the cues. These tests show that no match is lost: over every cue of the lists,
over every character that may stand before a cue, and against ``finditer`` on the seeds and on
varied text built from the cue words themselves.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from annotator.detect import attitudes, attribution, predicates
from annotator.detect.cuewords import (
    _LEAD_RE,
    ATTITUDE,
    LEADS,
    PREDICATE,
    REPORTED,
    find_cue_words,
    leading_word,
)
from annotator.detect.text import matches_at

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SCANS = [
    pytest.param(attribution.CUE_SCAN_RE, 0, REPORTED, id="reported"),
    pytest.param(re.compile(predicates.cue_pattern()), 1, PREDICATE, id="predicates"),
    pytest.param(attitudes._CUE_RE, 2, ATTITUDE, id="attitudes"),
]
"""Each scan's pattern, its list in ``find_cue_words`` and its tag."""

_CUES = {
    REPORTED: ["According to", "according to", *attribution.SCAN_CUES],
    PREDICATE: predicates.CUE_WORDS,
    ATTITUDE: attitudes.CUE_LEADS,
}
_AFTER = ["", " ", ".", ",", " to ", " that ", " the plan as a gamble", "s", "x", "é", "1", "-"]
_AFTER += [" expected to ", " widely expected to ", " seen as ", " eager to ", " for ", " about "]
"""What may follow a cue in the tests: ends of words, of sentences, frames, and more letters."""


def _old(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


def _new(pattern: re.Pattern[str], index: int, text: str) -> list[tuple[int, int, str | None]]:
    starts = find_cue_words(text)[index]
    return [(m.start(), m.end(), m.lastgroup) for m in matches_at(pattern, text, starts)]


def test_every_cue_opens_with_a_word() -> None:
    for cues in _CUES.values():
        assert all(leading_word(cue) for cue in cues)
    assert leading_word("according to") == "according" and leading_word("op-ed") == "op"


@pytest.mark.parametrize(("pattern", "index", "tag"), SCANS)
def test_every_character_before_a_cue_is_scanned(
    pattern: re.Pattern[str], index: int, tag: int
) -> None:
    """The character that opens each pattern is one ``_LEAD_RE`` opens with (every code point
    of the BMP before a cue of the scan)."""
    cue = {REPORTED: "said", PREDICATE: "criticized", ATTITUDE: "endorsed"}[tag]
    for code in range(0x10000):
        text = f"{chr(code)}{cue} the plan"
        if pattern.match(text):
            assert _LEAD_RE.match(text), hex(code)


@pytest.mark.parametrize(("pattern", "index", "tag"), SCANS)
def test_every_cue_of_the_lists_is_found(pattern: re.Pattern[str], index: int, tag: int) -> None:
    """Wherever the pattern matches a cue of any list, followed by anything, the one pass
    proposes that position for the scan."""
    matched = 0
    for cues in _CUES.values():
        for cue in cues:
            for after in _AFTER:
                for text in (f" {cue}{after}", f" {cue} the plan{after}"):
                    if pattern.match(text):
                        matched += 1
                        assert find_cue_words(text)[index][:1] == [0], text
                        assert LEADS[leading_word(text[1:])] & tag
    assert matched > 100


def _varied_texts(count: int) -> list[str]:
    """Text made of cue words, their neighbours and every kind of separator, in random order."""
    words = sorted({*(c for cues in _CUES.values() for c in cues), *attitudes._PARTICIPLES})
    words += ["the", "plan", "to", "that", "as", "a", "for", "about", "of", "on", "Kral", "it"]
    words += [w.capitalize() for w in words[:400]] + [w.upper() for w in words[:50]]
    separators = [" ", " ", " ", "  ", "\n", "\u00a0", ", ", ". ", "(", "“", "”", '"', "'", "‘"]
    separators += ["—", "–", "-", "/", "_", "1", "é", ":", ";", ""]
    rng = random.Random(11)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 40)):
            parts += [rng.choice(words), rng.choice(separators)]
        texts.append("".join(parts[: rng.randint(1, len(parts))]))
    return texts


@pytest.mark.parametrize(("pattern", "index", "tag"), SCANS)
def test_scan_gives_what_finditer_gives(pattern: re.Pattern[str], index: int, tag: int) -> None:
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert seeds
    found = 0
    for text in [*seeds, *_varied_texts(4000)]:
        old = _old(pattern, text)
        assert _new(pattern, index, text) == old, text
        found += len(old)
    assert found > 200


def test_a_match_hides_the_cues_inside_it() -> None:
    """As with ``finditer``, a cue starting inside an earlier match is not tried."""
    text = "Lind is widely expected to say it, and is seen as said."
    for param in SCANS:
        pattern, index, _ = param.values
        assert _new(pattern, index, text) == _old(pattern, text)
    assert _old(attitudes._CUE_RE, text)


def test_predicate_cue_spans_are_the_matches_of_the_cue_pattern() -> None:
    """``cue_spans`` finds with a lookup by first word what the pattern would find."""
    pattern = re.compile(predicates.cue_pattern())
    at_start = re.compile(pattern.pattern.split("(?P<cue>", 1)[1].join(("(?P<cue>", "")))
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    found = 0
    for text in [*seeds, *_varied_texts(3000)]:
        first = at_start.match(text)
        old = [first.span("cue")] if first else []
        old += [m.span("cue") for m in pattern.finditer(text)]
        assert predicates.cue_spans(text, find_cue_words(text)[1]) == old, text
        found += len(old)
    assert found > 200
    # A text opening with a cue, and cues whose shorter form is a cue too.
    text = "Criticism of the plan grew as Lind voiced criticism of it."
    assert predicates.cue_spans(text, find_cue_words(text)[1])[0][0] == 0
