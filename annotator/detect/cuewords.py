"""One pass over a document for the words that may open a cue of the three whole-text scans.

Reported speech (``attribution.CUE_SCAN_RE``), attribution predicates (``predicates.cue_pattern()``)
and attitudes (``attitudes._CUE_RE``) each look for their cues in the whole text. Each pattern
opens with the character before the cue, and the regex engine tries its long alternation of
words after every space: three such scans cost more than any other pattern. Here one scan finds
every word that opens a cue of any of the three, and each stage then runs its own pattern
(still the definition of its cues) only where one of its words stands.

Why no match is missed: a match of each pattern is the character before the cue (one of
``_BEFORE``) followed by a cue that opens with the ASCII letters of a word in that stage's list,
and the letter after those letters is not an ASCII letter (the cue goes on with a space or a
hyphen, or the pattern requires a non-letter after it). So the same position is a match of
``_LEAD_RE`` with that word, tagged with the stage. ``tests/unit/test_detect_cuewords.py``
checks it over every cue of the lists and on varied text.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.detect.attitudes import CUE_LEADS as ATTITUDE_LEADS
from annotator.detect.attribution import SCAN_CUES, trie_pattern
from annotator.detect.predicates import CUE_WORDS as PREDICATE_CUES
from annotator.detect.text import SPACE_CHARS

REPORTED: Final = 1
"""Tag of a word opening a cue of ``attribution.CUE_SCAN_RE``."""
PREDICATE: Final = 2
"""Tag of a word opening a cue of ``predicates.cue_pattern()``."""
ATTITUDE: Final = 4
"""Tag of a word opening a cue of ``attitudes._CUE_RE``."""

_LETTERS_RE: Final = re.compile(r"[A-Za-z]*")


def leading_word(cue: str) -> str:
    """The ASCII letters ``cue`` opens with (``according`` for ``according to``)."""
    match = _LETTERS_RE.match(cue)
    return match.group() if match is not None else ""


def _tagged_leads() -> dict[str, int]:
    leads: dict[str, int] = {}
    for tag, cues in (
        (REPORTED, ["According to", "according to", *SCAN_CUES]),
        (PREDICATE, PREDICATE_CUES),
        (ATTITUDE, ATTITUDE_LEADS),
    ):
        for cue in cues:
            word = leading_word(cue)
            leads[word] = leads.get(word, 0) | tag
    return leads


LEADS: Final = _tagged_leads()
"""Every word that opens a cue of a scan, with the tags of the scans whose cues it opens."""

_BEFORE: Final = f"{SPACE_CHARS}(“\"‘'—–-"
"""Every character that may come before a cue in the three patterns."""
_LEAD_RE: Final = re.compile(rf"[{_BEFORE}](?P<word>{trie_pattern(sorted(LEADS))})(?![A-Za-z])")


def find_cue_words(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where a cue of each scan may match in ``text`` (the offset of the character before it):
    the offsets for reported speech, for predicates and for attitudes, each in order."""
    reported: list[int] = []
    predicates: list[int] = []
    attitudes: list[int] = []
    for match in _LEAD_RE.finditer(text):
        tags = LEADS[match.group("word")]
        start = match.start()
        if tags & REPORTED:
            reported.append(start)
        if tags & PREDICATE:
            predicates.append(start)
        if tags & ATTITUDE:
            attitudes.append(start)
    return reported, predicates, attitudes
