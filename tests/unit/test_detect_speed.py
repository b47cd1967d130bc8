"""The faster forms of the detector's scans and token walks keep their results.

Each optimisation of ``annotator.detect`` that rewrites a regex or a token walk keeps its
results; these tests pin them on sentences written for them.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator

import pytest

from annotator.detect import (
    attribution,
    blocks,
    content,
    detect_quotes,
    direct,
    names,
    reported,
    speakers,
    subjects,
)
from annotator.detect.attribution import (
    _ANY_GATE,
    _GATE_PATTERNS,
    _GATES,
    _OUTLET_NP,
    _OUTLET_REPORTS_RE,
    _REPORTING_VERB_RE,
    _REPORTING_VERBS,
    _SOURCE_PATTERNS,
    _TOKEN_RE,
    CUE_SCAN_RE,
    SOURCE_LINKS_RE,
    _after_break,
    _OutletAfter,
    at_word_start,
    find_source,
    subject_before,
    subject_then_verb,
)
from annotator.detect.batch import OUTPUT_KEYS, quotes_of
from annotator.detect.blocks import _opens_block
from annotator.detect.content import _plain_words
from annotator.detect.direct import _CUE_AT_END_ENDINGS, _CUE_AT_END_RE, _ends_with
from annotator.detect.marks import _MARK_RE
from annotator.detect.names import _PLACE_PREPOSITIONS, _after_place_preposition, _word_spans
from annotator.detect.pipeline import _Detector
from annotator.detect.reported import _CUT_RE, _cuts
from annotator.detect.text import SPACE_CHARS, Layout
from annotator.records import QuoteType, SourceKind


def test_doubled_apostrophes_and_backticks_are_one_mark() -> None:
    text = "``Yes,'' he said, 'fine' and ` or ''"
    marks = [match.group() for match in _MARK_RE.finditer(text)]
    assert marks == ["``", "''", "'", "'", "`", "''"]


def test_spelled_out_space_set_is_exactly_backslash_s() -> None:
    """A character is in ``[SPACE_CHARS]`` exactly when it is in ``\\s``: the cue scan and the
    tokens read the same spaces as before (a new Unicode version would show here)."""
    every_code_point = "".join(map(chr, range(0x10000)))  # no space lies beyond the BMP
    spelled = re.findall(f"[{SPACE_CHARS}]", every_code_point)
    assert spelled == re.findall(r"\s", every_code_point)
    assert len(spelled) > 20


def test_cue_scan_and_tokens_split_on_every_kind_of_space() -> None:
    text = "Kral\u2009said\u00a0it\u3000was\tfine,\u2028she added (later)\x1csaid"
    assert [m.group("cue") for m in CUE_SCAN_RE.finditer(text)] == ["said", "added", "said"]
    assert _TOKEN_RE.findall(text) == [
        "Kral", "said", "it", "was", "fine", ",", "she", "added", "(", "later", ")", "said",
    ]  # fmt: skip


_PLAIN_TOKEN_RE = re.compile(
    rf"(?:[^{SPACE_CHARS}*,;:()\[\]“”\"—–]|(?<=\d),(?=\d{{3}}))+|[,;:()\[\]“”\"—–]"
)
"""The token pattern as first written, one character at a time: the faster form must agree."""


def test_tokens_read_by_runs_are_those_read_one_character_at_a_time() -> None:
    rng = random.Random(17)
    alphabet = ["1", "2", "0", ",", " ", "a", "K", "*", "(", ")", "“", "”", '"', "—", ".", "’"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        assert _TOKEN_RE.findall(text, start, end) == _PLAIN_TOKEN_RE.findall(text, start, end)
    # A window that opens inside a number, on its thousands comma, keeps the comma and the rest.
    assert _TOKEN_RE.findall("paid 1,250,000 kroner", 6) == [",250,000", "kroner"]
    assert _TOKEN_RE.findall("On 3, 400 came, 1,2 left") == [
        "On", "3", ",", "400", "came", ",", "1", ",", "2", "left",
    ]  # fmt: skip


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


REGIONS = [
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


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("pattern", [r"\b(?:tweet|post)\w*", r"\b(?P<w>[Aa]t|to)\s+(?P<x>\w+)"])
def test_pattern_after_a_break_finds_the_plain_match_in_the_padded_region(
    pattern: str, region: str
) -> None:
    plain = re.compile(pattern).search(region)
    fast = _after_break(pattern).search(" " + region)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert fast.end() - 1 == plain.end()
        for group in range(1, plain.re.groups + 1):
            assert fast.group(group) == plain.group(group)
            assert fast.start(group) - 1 == plain.start(group)


@pytest.mark.parametrize("region", REGIONS)
def test_source_gates_agree_with_their_plain_patterns(region: str) -> None:
    for kind, pattern in _GATE_PATTERNS.items():
        plain = re.compile(pattern).search(region)
        assert (_GATES[kind].search(" " + region) is None) == (plain is None)


GATE_REGIONS = [
    *REGIONS,
    "He spoke at the Evening Show on Sunday.",
    "The Presses rolled; a pressing matter.",
    "Nation-wide, the podcasts and the Podcast ran.",
    "In a statement to the newspapers, she blogged.",
    "Xavier wrote to Facebook’s board.",
    "The dailyness of it; a daily.",
    "Tonight, Minutes, Show",
    "Nothing of the kind here.",
]


@pytest.mark.parametrize("region", GATE_REGIONS)
def test_one_gate_for_all_kinds_passes_where_a_gate_of_one_kind_does(region: str) -> None:
    """``_ANY_GATE`` merges the words of the gates into one trie: it must pass on exactly the
    regions where at least one gate of a kind passes."""
    chunk = " " + region
    passes = any(gate.search(chunk) is not None for gate in _GATES.values())
    assert (_ANY_GATE.search(chunk) is not None) is passes


_PLAIN_OUTLET_REPORTS_RE = re.compile(
    rf"(?:(?<=^\x20)|[,;]\s+|\b(?:the\s+)?)(?P<src>{_OUTLET_NP})\s+(?:{_REPORTING_VERBS})\b"
)
"""``_OUTLET_REPORTS_RE`` as it was before it opened with ``\\W``: tried at every position."""


@pytest.mark.parametrize(
    "region",
    [
        "the Daily Herald reported that the bridge would close.",
        "The Daily Herald reported it first.",
        "Bridges will close, the Valley Gazette reported.",
        "Bridges will close,Reuters said.",
        "Bridges will close;   Reuters said.",
        "Bridges will close; the Reuters said.",
        "“Reuters said so,” she recalled.",
        "XReuters said nothing.",
        "the mayor said the Daily Herald reported it.",
        "Reuters, CNN reported and NBC News says.",
        "Nobody reported anything.",
        "state-run RIA Novosti reported",
    ],
)
def test_outlet_as_subject_opening_with_a_non_word_character_finds_the_same_outlet(
    region: str,
) -> None:
    chunk = " " + region
    plain = _PLAIN_OUTLET_REPORTS_RE.search(chunk)
    fast = _OUTLET_REPORTS_RE.search(chunk)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert (fast.group("src"), fast.start("src")) == (plain.group("src"), plain.start("src"))


def test_pattern_after_a_break_must_open_with_a_word_boundary() -> None:
    with pytest.raises(ValueError):
        _after_break(r"(?:said)")


@pytest.mark.parametrize(
    "text, source, kind, start",
    [
        # An outlet opening the region keeps its article (``^`` of the region, not ``\b``).
        ("the Daily Herald reported that the bridge would close.", "the Daily Herald", "outlet", 0),
        ("Reuters reported the figures.", "Reuters", "outlet", 0),
        ("tweeted the mayor", "tweeted", "social", 0),
        ("She told Reuters on Monday.", "Reuters", "outlet", 9),
        ("Xposted nothing; Kral posted on Telegram.", "Telegram", "social", 32),
        ("At a news conference, Kral said so.", "a news conference", "event", 3),
    ],
)
def test_source_offsets_in_the_text_not_in_the_padded_region(
    text: str, source: str, kind: str, start: int
) -> None:
    found = find_source(text, 0, len(text))
    assert found is not None
    assert (found.text, found.kind, found.start) == (source, SourceKind(kind), start)
    assert text[found.start : found.end] == source
    later = "Ok. " + text
    moved = find_source(later, 4, len(later))
    assert moved is not None and (moved.start, moved.end) == (start + 4, found.end + 4)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The plan, the Daily Herald\treported, was dropped.", "the Daily Herald"),
        ("Bridges will close; Reuters\u00a0said so on Monday.", "Reuters"),
        ("The Valley Gazette\n notes that the bridge is old.", "The Valley Gazette"),
        ("The Valley Gazette annotated the map.", None),
        ("The Valley Gazette reportedly saw it.", None),
    ],
)
def test_outlet_as_subject_is_searched_only_after_its_verb_is_found(
    text: str, source: str | None
) -> None:
    """``_OUTLET_REPORTS_RE`` is only searched in a region where ``_REPORTING_VERB_RE`` finds a
    verb; every match of the pattern holds one, whatever space stands before the verb."""
    chunk = " " + text
    match = _OUTLET_REPORTS_RE.search(chunk)
    if match is not None:
        assert _REPORTING_VERB_RE.search(chunk, match.start(), match.end()) is not None
    found = find_source(text, 0, len(text))
    assert (found.text if found is not None else None) == source
    assert (match.group("src") if match is not None else None) == source


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said", True),
        ("He unsaid", False),
        ("She told reporters she said that", True),
        ("said", True),
        ("Pressed on the point, the mayor, who was asked twice, said nothing", False),
        ("He asked", True),
        ("The ask", False),
        ("", False),
    ],
)
def test_cue_at_the_end_is_a_whole_word_at_the_very_end(text: str, expected: bool) -> None:
    assert _ends_with(text, _CUE_AT_END_ENDINGS, _CUE_AT_END_RE) is expected
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, _CUE_AT_END_ENDINGS)) + r")$")
    assert (plain.search(text) is not None) is expected


@pytest.mark.parametrize(
    "intro, expected",
    [
        ("Here is what she wrote:", True),
        ("In a letter, the mayor wrote that", True),
        ("In a letter, the mayor wrote that,", True),
        ("The mayor was overwrote", False),
        ("The mayor left.", False),
        ("In his view", True),
        ("In his preview", False),
    ],
)
def test_line_opening_a_block_ends_in_a_colon_or_after_a_cue(intro: str, expected: bool) -> None:
    assert _opens_block(intro) is expected


def test_block_quote_after_blank_lines_with_spaces_and_carriage_returns() -> None:
    """Lines are found by a regex now: lines of spaces only are skipped, trailing spaces and
    ``\\r`` are not part of the introducing line, and the block keeps its offsets."""
    text = (
        "The harbour master gave her view of the plan in a letter to the council:  \r\n \t\n"
        "\u00a0\n  The port cannot close before the winter storms, and the ferries must keep "
        "running until then.\r\nNobody replied."
    )
    blocks = [c for c in detect_quotes(text) if c.cue == "view"]
    assert [c.text for c in blocks] == [
        "The port cannot close before the winter storms, and the ferries must keep running "
        "until then."
    ]
    assert text[blocks[0].start : blocks[0].end] == blocks[0].text


def test_detect_output_has_its_keys_in_order_and_plain_values() -> None:
    """``quotes_of`` builds each quote as one dict literal: the keys keep the order of
    ``OUTPUT_KEYS`` and the enums are written as their plain string values."""
    text = (
        "Ada Lind told Reuters on Monday that the ferry would stop in May. "
        "“We have no other choice,” she said."
    )
    quotes = quotes_of(text)
    candidates = detect_quotes(text)
    assert len(quotes) == len(candidates) >= 2
    assert any(quote["source_kind"] == "outlet" for quote in quotes)
    for quote, candidate in zip(quotes, candidates, strict=True):
        assert tuple(quote) == OUTPUT_KEYS
        assert type(quote["type"]) is str and quote["type"] == candidate.type.value
        kind = candidate.source_kind
        assert quote["source_kind"] == (kind.value if kind is not None else None)
        assert quote["source_kind"] is None or type(quote["source_kind"]) is str
        for key in ("speaker_spans", "source_spans", "cue_spans"):
            assert quote[key] == [list(span) for span in getattr(candidate, key)]
        plain = {key: getattr(candidate, key) for key in OUTPUT_KEYS if "span" not in key}
        assert {key: quote[key] for key in plain} == plain
    assert json.loads(json.dumps(quotes)) == quotes


CUT_CONTENTS = [
    "the ferry would run, adding that the fares would rise",
    "the ferry would run and he also said it was late",
    "the ferry would run\tbut\u00a0she argued otherwise",
    "the ferry would run\nand they warned of delays",
    "the port would close,” saying the board had met",
    "the port would close, the Harbour Courier reported.",
    "the port would close, but only later in the year",
    "the port would close and then reopen in spring",
    "the band played on while the standard fell",
    "no cut in these words at all",
    "brandy and butter; candid abandon",
]


@pytest.mark.parametrize("content", CUT_CONTENTS)
def test_cuts_are_the_cut_pattern_matches_after_the_cheap_test(content: str) -> None:
    """``_cuts`` skips the search where no comma and no ``and``/``but`` between spaces stand:
    it must find every cut the pattern finds, in any window of the content."""
    text = "Kral said " + content
    for start in (0, 10, 14):
        for end in (len(text), len(text) - 7):
            plain = [m.span() for m in _CUT_RE.finditer(text, start, end)]
            assert [m.span() for m in _cuts(text, start, end)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kral said: “The ferry will run on time all winter.”",
        "“The ferry will run on time all winter,” Ivo Kral said on Monday.",
        "Ivo Kral said: “The ferry will run on time all winter, and the fares will stay.”",
    ],
)
def test_a_cue_whose_content_is_one_whole_quote_attributes_the_quote(text: str) -> None:
    """Settled before the cuts run: the quote is a direct quote with its speaker and cue, and no
    indirect candidate repeats it."""
    quotes = detect_quotes(text)
    assert [(q.type, q.speaker, q.cue) for q in quotes] == [(QuoteType.DIRECT, "Ivo Kral", "said")]
    assert quotes[0].text.startswith("“") and quotes[0].text.rstrip(".").endswith("”")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ferry docked in Skarra at noon.", "Skarra"),
        ("The ferry docked in  \u00a0Skarra.", "Skarra"),
        ("Kral lives near Port Eldon, by the quay.", "Port Eldon"),
        ("Kral lives near Port Eldon-on-Sea.", "Port Eldon"),
        ("Kral lives near Port Eldon’s quay.", "Port Eldon"),
        ("Kral lives within Skarra.", "Skarra"),
        ("The skippers of Skarra met throughout\nSkarra and outside Lind.", "Lind"),
        ("begin Skarra", "Skarra"),
        ("in Skarra", "Skarra"),
        ("in Skarra_", "Skarra"),
        ("inSkarra, then across Skarra2 and across Skarra", "Skarra"),
        ("Skarra in Skarra", "Skarra"),
        ("Lind met Kral in the port.", "Kral"),
    ],
)
def test_place_after_a_preposition_is_the_plain_pattern(text: str, name: str) -> None:
    plain = rf"\b(?:{_PLACE_PREPOSITIONS})\s+{re.escape(name)}(?![\w’'-])"
    assert _after_place_preposition(text, name) == (re.search(plain, text) is not None)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lind said. Ada Lind's boat; Lindsay and Lind-Kral met O'Lind, then Lind.", "Lind"),
        ("Lind’s ferry, -Lind, Lind_ and 2Lind stayed near Lind2 and Lind'", "Lind"),
        ("Van Droot met Van Drooten and Van Droot.", "Van Droot"),
        ("no name here", "Lind"),
        ("LindLind Lind", "Lind"),
    ],
)
def test_whole_word_spans_are_those_of_the_plain_pattern(text: str, word: str) -> None:
    """:func:`_word_spans` finds a surname's mentions without compiling a pattern for it."""
    plain = rf"(?<![\w’'-]){re.escape(word)}(?![\w’'])"
    assert _word_spans(text, word) == [m.span() for m in re.finditer(plain, text)]


def _outlet_chunks() -> list[str]:
    """Padded regions made of the words around an outlet in random order."""
    words = ["told", "telling", "tells", "to", "In", "in", "an", "a", "interview", "with"]
    words += ["According", "according", "the", "pages", "of", "reports", "reported"]
    words += ["reporting", "by", "inquiry", "questions", "question", "from", "state-run"]
    words += ["Reuters", "Fox", "News", "Harbour", "Gazette", "Kral", "Sky", "radio", "daily"]
    words += ["Skarra", "Times", "said", "outlet", "’s", "2", "news", "agency", "Daily", "Herald"]
    separators = [" ", " ", " ", "  ", "\n", ", ", ". ", "-", ""]
    rng = random.Random(7)
    chunks = []
    for _ in range(4000):
        parts = [" "]
        for _ in range(rng.randint(1, 14)):
            parts += [rng.choice(words), rng.choice(separators)]
        chunks.append("".join(parts))
    return chunks


def test_outlet_after_a_prefix_is_the_match_of_the_whole_pattern() -> None:
    prefixed = [p for p, _ in _SOURCE_PATTERNS if isinstance(p, _OutletAfter)]
    assert len(prefixed) >= 5
    found = 0
    for outlet_after in prefixed:
        prefix = outlet_after.prefix.pattern[len(r"\W(?:") : -len(r"\s+)")]
        whole = _after_break(rf"\b{prefix}\s+(?P<src>{_OUTLET_NP})")
        for chunk in _outlet_chunks():
            match = whole.search(chunk)
            expected = None if match is None else match.span("src")
            assert outlet_after.search(chunk) == expected, (prefix, chunk)
            found += expected is not None
    assert found > 300


def test_phrases_at_a_word_start_match_where_the_word_boundary_pattern_does() -> None:
    phrases = "close to|familiar with|knowledge of|briefed on"
    plain = re.compile(rf"\b(?:{phrases})\s")
    assert SOURCE_LINKS_RE.pattern == at_word_start(phrases) + r"\s"
    words = ["close to", "familiar with", "knowledge of", "briefed on", "enclose to", "a", "x"]
    words += ["Close to", "unfamiliar with", "_close to", "2close to", "’close to", "the", "é"]
    separators = [" ", "  ", "\n", "-", "(", "", ",", "'"]
    rng = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in plain.finditer(text, start, end)]
        assert [m.span() for m in SOURCE_LINKS_RE.finditer(text, start, end)] == expected, text
        found += len(expected)
    assert found > 150
    with pytest.raises(ValueError):
        at_word_start("close to|(?:near)")


class _CountingSub:
    """A compiled pattern whose ``sub`` calls are counted (its other methods pass through)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.subs: list[str] = []

    def sub(self, replacement: str, string: str) -> str:
        self.subs.append(string)
        return self.pattern.sub(replacement, string)

    def match(self, string: str, *bounds: int) -> re.Match[str] | None:
        return self.pattern.match(string, *bounds)


@pytest.mark.parametrize(
    ("text", "opens_at_that"),
    [
        ("A pilot told the inquiry on Jan. 3 that the crane had failed.", True),
        ("A pilot told the inquiry on Sept. 12 that the crane had failed.", True),
        ("A pilot told the inquiry, the board and the press that the crane had failed.", False),
        ("A pilot told the inquiry “twice” that the crane had failed.", False),
    ],
)
def test_months_before_that_are_taken_out_once_per_cue(
    monkeypatch: pytest.MonkeyPatch, text: str, opens_at_that: bool
) -> None:
    """Between a cue and its ``that``, an abbreviated month (``Jan. 3``) stops nothing and any
    other mark does; the months are taken out of the words between once, not once for each of
    the seven marks looked for."""
    counting = _CountingSub(content._ABBREVIATED_MONTH_RE)
    monkeypatch.setattr(content, "_ABBREVIATED_MONTH_RE", counting)
    cue_end = text.index(" the inquiry")
    start = _Detector(text).content_start_after(cue_end, len(text), "told")
    assert (start == text.index("that ")) is opens_at_that
    assert len(counting.subs) == 1


def test_a_surname_with_no_capitalised_word_before_it_has_no_given_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most mentions of a surname follow a word in lower case or a mark: none is a given name,
    and the titles are not looked for (``_after_title`` runs for every form found)."""
    looked_for: list[list[str]] = []
    after_title = names._after_title

    def counted(words: list[str]) -> list[str]:
        looked_for.append(words)
        return after_title(words)

    monkeypatch.setattr(names, "_after_title", counted)
    for before in ("", "the ferry skipper, ", "met with ", "“Yes,” ", "(", "Tuesday. "):
        assert names._given_names(before, "Lind") is None, before
    assert looked_for == []
    assert names._given_names("said harbour master Ada ", "Lind") == "Ada Lind"
    assert names._given_names("Deputy Mayor Ada ", "Lind") == "Ada Lind"
    assert names._given_names("the Skipper ", "Lind") is None
    assert looked_for


def test_span_at_finds_the_quote_holding_an_offset_and_no_other() -> None:
    text = "Kral said “one” and then “two words” here."
    detector = _Detector(text)
    first, second = detector.spans
    assert [text[s.start : s.end] for s in (first, second)] == ["“one”", "“two words”"]
    for offset in range(len(text)):
        expected = next((s for s in (first, second) if s.start <= offset < s.end), None)
        assert detector.span_at(offset) is expected, offset
    assert detector.span_at(-1) is None


@pytest.mark.parametrize(
    ("phrase", "plain"),
    [
        ("the news site", True),
        ("his own crew", True),
        ("the crew and", False),
        ("skippers who", False),
        ("a b c d e", False),
        ("the 3 crews", False),
        ("", False),
    ],
)
def test_plain_words_may_open_with_a_determiner_but_hold_no_other_function_word(
    phrase: str, plain: bool
) -> None:
    assert _plain_words(phrase) is plain


class _CountingSearch:
    """A compiled pattern whose calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls: list[str] = []

    def search(self, string: str, *bounds: int) -> re.Match[str] | None:
        self.calls.append(string)
        return self.pattern.search(string, *bounds)

    def fullmatch(self, string: str, *bounds: int) -> re.Match[str] | None:
        self.calls.append(string)
        return self.pattern.fullmatch(string, *bounds)


def test_a_word_in_ascii_is_never_caseless_and_is_not_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _CountingSearch(names._CASELESS_WORD_RE)
    monkeypatch.setattr(names, "_CASELESS_WORD_RE", counting)
    for token in ("Lind", "said", "", "O'Hara", "x-1", "Kral’s", "Lind李明"):
        assert not names.caseless_word(token), token
    assert counting.calls == []
    assert not names.caseless_word("’s")
    assert names.caseless_word("李明")
    assert names.caseless_word("محمد")
    assert not names.caseless_word("李明Lind")
    assert not names.caseless_word("Zoë")


def test_a_compound_modifier_is_looked_for_only_in_a_word_with_a_hyphen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _CountingSearch(names._MODIFIER_COMPOUND_RE)
    monkeypatch.setattr(names, "_MODIFIER_COMPOUND_RE", counting)
    assert names._given_names("Harbour pilot Ada Maren ", "Vell") == "Ada Maren Vell"
    assert counting.calls == []
    assert names._given_names("Skarra-born Ada ", "Vell") == "Ada Vell"
    assert names._given_names("Skarra-Born Ada ", "Vell") == "Skarra-Born Ada Vell"
    assert counting.calls == ["Skarra-born", "Skarra-Born"]


def test_a_speaker_phrase_is_read_once_however_often_it_speaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Resolving reads each speaker phrase's name once per process: the same phrase (``the
    harbour master``, ``Ada Vell``) speaks many times in a document and across documents."""
    counting = _CountingSearch(speakers.SOURCE_LINKS_RE)
    monkeypatch.setattr(speakers, "SOURCE_LINKS_RE", counting)
    phrase = "Pilot Orla Quenby of the Tarrow Ferry Guild"
    assert speakers._speaker_name(phrase) == "Orla Quenby"
    assert speakers._speaker_name(phrase) == "Orla Quenby"
    assert counting.calls == [phrase]


def test_a_line_is_read_once_for_whether_it_is_a_headline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document's names ask whether each mention stands in a headline in title case: the
    answer is the plain function's, read once for each line however many mentions it holds."""
    text = (
        "Dockers Cheer Maria Vell at Skarra Rally\n"
        "Maria Vell met the dockers, and Vell said Ivo Quenby agreed.\n"
        "Vell\n"
        "By Ada Quenby"
    )
    mentions = [m.span() for m in re.finditer(r"[A-Z][a-z]+", text)]
    plain = [names.in_headline(text, start, end) for start, end in mentions]
    assert plain == [True] * 6 + [False] * 5 + [True] * 4
    counting = _CountingSearch(names._HEADLINE_LOWER_WORD_RE)
    monkeypatch.setattr(names, "_HEADLINE_LOWER_WORD_RE", counting)
    document = names.DocumentNames(text)
    assert [document.in_headline(start, end) for start, end in mentions] == plain
    assert len(counting.calls) == 4


def test_a_transcript_label_is_looked_up_once_per_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    """A transcript labels hundreds of lines with a few names; each label's surname is looked
    for in the whole text once, not once per line (a Hansard-like record of 1,800 lines took
    7.5 s that way), and every label still gets the name as the text writes it."""
    unit = "MS ADA LIND (Skarra) (14:32): The ferry is late again.\n"
    text = "Ada Lind chairs the board.\n\n" + unit * 30
    compiled: list[str] = []
    real_compile = re.compile

    def counting_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real_compile(pattern, flags)

    monkeypatch.setattr(re, "compile", counting_compile)
    found = detect_quotes(text)
    monkeypatch.undo()
    assert sum("LIND" in pattern for pattern in compiled) == 1
    labelled = [quote for quote in found if quote.text.startswith("The ferry is late")]
    assert len(labelled) == 30
    assert {quote.speaker for quote in labelled} == {"Ada Lind"}


class _CountingFinditer:
    """A compiled pattern whose ``finditer`` calls are counted by region (its other methods
    pass through)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.regions: list[str] = []

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self.regions.append(string[pos:endpos])
        return self.pattern.finditer(string, pos, endpos)

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The quay will stay open, as the board agreed and the pilots insisted,” "
            "Orla Quenby said.",
            "Orla Quenby",
        ),
        (
            "“The quay will stay open, as the board agreed and the pilots insisted,” "
            "said Orla Quenby.",
            "Orla Quenby",
        ),
        (
            "“The quay stays open now that the board agreed to it,” the harbour master added.",
            "the harbour master",
        ),
    ],
)
def test_a_quote_s_own_attribution_reads_no_cues_inside_the_quote(
    monkeypatch: pytest.MonkeyPatch, text: str, speaker: str
) -> None:
    """A cue after a quote whose words before it are exactly the quote is that quote's
    attribution, no reported speech: the cues of the quote are not read for it, and the quote
    keeps its speaker."""
    quote = text[: text.index("”") + 1]
    expected = detect_quotes(text)
    assert [(q.text, q.speaker) for q in expected] == [(quote, speaker)]
    counting = _CountingFinditer(speakers.CUE_RE)
    monkeypatch.setattr(speakers, "CUE_RE", counting)
    monkeypatch.setattr(content, "CUE_RE", counting)
    monkeypatch.setattr(subjects, "CUE_RE", counting)
    monkeypatch.setattr(reported, "CUE_RE", counting)
    monkeypatch.setattr(direct, "CUE_RE", counting)
    monkeypatch.setattr(blocks, "CUE_RE", counting)
    assert detect_quotes(text) == expected
    assert not any(region.startswith(quote) for region in counting.regions)
    # Without the marks, the same words are reported speech whose lead is read for cues.
    unquoted = text.replace("“", "").replace("”", "")
    detect_quotes(unquoted)
    assert any(region.startswith(quote[1:-2]) for region in counting.regions)


def test_a_given_name_in_an_apposition_is_found_without_compiling_a_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The one person an apposition names with a given name (``16-year-old Kwame Asante,``) is
    found by walking the text, not by a pattern compiled for each name of each document."""
    text = (
        "One of them, 16-year-old Kwame Asante, was stopped at the quay. Her aunt, Efua "
        "Mensah, waited. Two pilots, Ivo Kral, Ivo Brandt, left early."
    )
    detector = _Detector(text)
    patterns: list[str] = []
    for function in ("compile", "finditer", "search", "match", "findall"):
        real = getattr(re, function)

        def counting(pattern: str, *args: object, _real=real, **kwargs: object) -> object:
            patterns.append(pattern)
            return _real(pattern, *args, **kwargs)

        monkeypatch.setattr(re, function, counting)
    found = [detector.given_name_named(name) for name in ("Kwame", "Efua", "Ivo", "Asante")]
    monkeypatch.undo()
    # Ivo names two people, so neither; a surname is no given name of an apposition.
    assert found == ["Kwame Asante", "Efua Mensah", None, None]
    assert patterns == []


class _CountingWords:
    """A compiled pattern that counts the matches its ``finditer`` hands out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(string, pos, endpos):
            self.read += 1
            yield match


def test_a_comment_on_content_reads_only_the_words_its_verb_may_stand_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A comment's verb stands among its first nine words: the words of a long sentence after
    them are not read, and the comment keeps its subject and its end."""
    text = (
        "Ivo Kral said the ferry would stop, a claim the harbour board denied in a long letter "
        "to every skipper on the north quay and to the pilots of the three ferries that cross "
        "the sound from Skarra each morning before dawn."
    )
    start = text.index("the harbour board")
    counting = _CountingWords(content._WORD_RE)
    monkeypatch.setattr(content, "_WORD_RE", counting)
    found = _Detector(text).comment_clause(start, len(text))
    assert found is not None
    end, subject = found
    assert end == len(text)
    assert subject is not None and subject.text == "the harbour board"
    assert text[subject.start : subject.end] == subject.text
    assert counting.read <= 9


class _CountingMatch:
    """A compiled pattern whose ``match`` calls are counted by where they start."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts: list[int] = []

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.starts.append(pos)
        return self.pattern.match(string, pos, endpos)


def test_only_lines_holding_a_colon_are_tried_for_a_speaker_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A transcript's label ends in a colon on its own line: the paragraphs of an article
    without one are not tried, and the labelled lines keep their speakers."""
    unit = (
        "The ferry from Skarra was late again on Tuesday.\n"
        "IVO KRAL: The pilots have waited since dawn.\n"
        "ADA MOSS: We will sail when the fog lifts.\n"
        "Both skippers left the quay before noon.\n"
    )
    text = unit * 3
    expected = detect_quotes(text)
    # The label's speaker, however its capitals are written out.
    speakers_of_kral = [
        (q.speaker or "").lower() for q in expected if q.text.startswith("The pilots")
    ]
    assert speakers_of_kral == ["ivo kral"] * 3
    counting = _CountingMatch(blocks._LABEL_RE)
    monkeypatch.setattr(blocks, "_LABEL_RE", counting)
    assert detect_quotes(text) == expected
    tried = {text[start:].split("\n", 1)[0] for start in counting.starts}
    assert tried == {
        "IVO KRAL: The pilots have waited since dawn.",
        "ADA MOSS: We will sail when the fog lifts.",
    }


def test_a_window_without_a_source_link_phrase_is_not_searched_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The speaker search before a cue looks for an unnamed source (``a pilot close to the
    board``) only where its window holds one of the linking phrases whole; the sources are
    still found where it does."""
    counting = _CountingSearch(attribution.SOURCE_LINKS_RE)
    monkeypatch.setattr(attribution, "SOURCE_LINKS_RE", counting)
    found = {}
    for text in (
        "A pilot close to the harbour board said the quay would shut.",
        "Skippers familiar with the talks said the quay would shut.",
        "Ada Vell, a pilot from Skarra, said the quay would shut.",
        "The closest skipper to the quay said it would shut.",
    ):
        cue = text.index(" said") + 1
        mention = subject_before(text, cue, 0)
        found[text] = None if mention is None else mention.text
    assert list(found.values()) == [
        "A pilot close to the harbour board",
        "Skippers familiar with the talks",
        "Ada Vell",
        "The closest skipper to the quay",
    ]
    assert len(counting.calls) == 2


def test_hearing_patterns_are_not_tried_on_lines_naming_no_court(monkeypatch):
    """``told`` and ``heard`` stand in most news: a line naming no court, inquest or tribunal
    holds no court report, so its hearing patterns are never tried there."""
    from annotator.detect import predicates

    tried: list[str] = []

    class CountingPattern:
        def __init__(self, pattern):
            self.pattern = pattern

        def fullmatch(self, line, *args):
            tried.append(line)
            return self.pattern.fullmatch(line, *args)

    monkeypatch.setattr(
        predicates, "_HEADLINE_HEARING_RE", CountingPattern(predicates._HEADLINE_HEARING_RE)
    )
    plain = "Ada Lind told the harbour board the fees would rise.\nOsric Vell heard the bell.\n"
    court = "Skipper fell from the pier, inquest told\n"
    detect_quotes(plain * 20 + court)
    assert tried == [court.rstrip("\n")]


def test_a_court_report_naming_only_magistrates_is_still_read() -> None:
    # The gate before the hearing patterns must hold every body those patterns name.
    (quote,) = detect_quotes(
        "The driver had been speeding on the coast road for an hour, the magistrates heard."
    )
    assert (quote.speaker, quote.cue) == ("the magistrates", "heard")
