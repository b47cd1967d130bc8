"""The detector on text that archives hold and news samples rarely show: invariants over
generated text (every span inside the text, strings agreeing with their spans, the same quotes
with either line ending), and the pathological shapes whose cost must stay linear. Every text
here is invented."""

from __future__ import annotations

import re

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.detect import blocks, detect_quotes
from annotator.detect.names import DocumentNames
from annotator.detect.pipeline import _Detector
from annotator.records import Candidate


def test_a_group_named_by_a_common_noun_in_a_coordination_keeps_its_words() -> None:
    # Each conjunct ends in a common noun (``inspectors``, ``regulators``): groups of people,
    # not names, so no capitalised word of theirs (``Customs``, the ``U`` of ``E.U.``) is the
    # speaker.
    text = "Customs inspectors and E.U. regulators said that the ferry had been sabotaged."
    (quote,) = detect_quotes(text)
    assert quote.speaker == "Customs inspectors and E.U. regulators"
    assert [text[start:end] for start, end in quote.speaker_spans] == [
        "Customs inspectors",
        "E.U. regulators",
    ]


# -- invariants over generated text -------------------------------------------------------------

PIECES = (
    # words, invented names and the cues and sources the detector reads
    *"Ada Lind|Tom Kral|Mrs Oddny Varg|the harbour master|he|she|they|said|says|told|added|"
    "according to|that|the ferry|would|be|late|again|Harbour Courier|a statement|on Friday".split(
        "|"
    ),
    # punctuation, labels and the quote marks of every style
    *". , ; : ! ? ( ) [ ] … SPEAKER: MS LIND: said: - – —".split(),
    *"\" “ ” „ ‘ ’ ' ` `` '' « » ‹ › 「 」 『 』".split(),
    "it's",
    "rock 'n' roll",
    "Lind's",
    # spaces, every line ending and paragraph break
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\n\n",
    "\u00a0",
    "\u3000",
    # zero-width and invisible characters, combining marks
    "\u200b",
    "\ufeff",
    "\u200d",
    "\u00ad",
    "e\u0301",
    "\u0301",
    # astral code points, right-to-left text and its marks, CJK
    "\U0001f600",
    "\U0001f1f3\U0001f1f4",
    "\U0001d504",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u200f",
    "\u202e",
    "\u6e2f\u53e3",
    # NUL, controls and escapes
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\x9b",
)
"""The pieces generated texts are made of: what archives hold beside plain words."""

documents = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=40).map(" ".join),
)
"""Texts mixing the pieces with and without spaces, and with any characters at all."""

_SPACE_RUN_RE = re.compile(r"\s+")


def _words(phrase: str) -> set[str]:
    return {word.lower() for word in re.findall(r"\w+", phrase)}


def _assert_consistent(text: str, quote: Candidate) -> None:
    assert 0 <= quote.start < quote.end <= len(text)
    assert quote.text == text[quote.start : quote.end]
    assert 0.0 <= quote.score <= 1.0
    for start, end in [*quote.speaker_spans, *quote.source_spans, *quote.cue_spans]:
        assert 0 <= start < end <= len(text)
    if quote.cue is not None:
        # The cue is the words its spans hold (``according to``, ``said … in a statement``).
        assert quote.cue == " ".join(text[start:end] for start, end in quote.cue_spans)
    if quote.source is not None:
        assert quote.source in [text[start:end] for start, end in quote.source_spans]
    if quote.speaker is not None:
        # The speaker as written at a span, or resolved to a fuller name (``he``, ``Lind``):
        # one the spans share a word with, or one the text writes elsewhere.
        assert quote.speaker_spans
        assert quote.speaker == quote.speaker.strip() != ""
        written = [text[start:end] for start, end in quote.speaker_spans]
        assert (
            quote.speaker in written
            or _words(quote.speaker) & _words(" ".join(written))
            or _SPACE_RUN_RE.sub(" ", quote.speaker) in _SPACE_RUN_RE.sub(" ", text)
        )


@settings(max_examples=150, deadline=None)
@given(documents)
def test_every_quote_lies_in_the_text_and_agrees_with_its_spans(text: str) -> None:
    quotes = detect_quotes(text)
    for quote in quotes:
        _assert_consistent(text, quote)
    assert [quote.start for quote in quotes] == sorted(quote.start for quote in quotes)
    assert detect_quotes(text) == quotes  # deterministic


def _lf_offsets(text: str) -> list[int]:
    """Each offset of ``text`` (and its end) as it stands once every CRLF is a LF."""
    offsets, removed = [], 0
    for offset, character in enumerate(text):
        offsets.append(offset - removed)
        if character == "\r" and text.startswith("\n", offset + 1):
            removed += 1
    offsets.append(len(text) - removed)
    return offsets


def _shape(quote: Candidate, offsets: list[int]) -> tuple[object, ...]:
    moved = [(offsets[start], offsets[end]) for start, end in quote.speaker_spans]
    cues = [(offsets[start], offsets[end]) for start, end in quote.cue_spans]
    return (offsets[quote.start], offsets[quote.end], quote.type, quote.score) + (
        quote.speaker,
        moved,
        quote.cue,
        cues,
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=50).map(" ".join))
def test_crlf_line_endings_give_the_quotes_of_lf_ones(text: str) -> None:
    lf = text.replace("\r", "")
    crlf = lf.replace("\n", "\r\n")
    same = list(range(len(lf) + 1))
    offsets = _lf_offsets(crlf)
    assert [_shape(quote, offsets) for quote in detect_quotes(crlf)] == [
        _shape(quote, same) for quote in detect_quotes(lf)
    ]


def test_a_speaker_found_across_a_blank_crlf_line_is_found_as_with_lf() -> None:
    # Hypothesis found this one: the speaker before a blank line was lost with CRLF endings.
    lf = 'Ada Lind said ! \n\n " Ada Lind'
    crlf = lf.replace("\n", "\r\n")
    assert [_shape(quote, _lf_offsets(crlf)) for quote in detect_quotes(crlf)] == [
        _shape(quote, list(range(len(lf) + 1))) for quote in detect_quotes(lf)
    ]
    (quote,) = detect_quotes(crlf)
    assert quote.text == crlf[quote.start : quote.end] == '" Ada Lind'
    assert [crlf[start:end] for start, end in quote.speaker_spans] == ["Ada Lind"]


def test_a_quote_over_a_crlf_line_break_keeps_its_carriage_return() -> None:
    # A quote running over two paragraphs, its opening mark repeated on the second.
    text = 'Kral said: "The harbour will close.\r\n\r\n"The ferry too."\r\n'
    (quote,) = detect_quotes(text)
    assert quote.text == text[quote.start : quote.end]
    assert "\r\n" in quote.text


def test_a_quote_running_to_the_end_of_a_crlf_line_scores_as_with_lf() -> None:
    lf = 'The sign: " Tom Kral said \n'
    (with_lf,) = detect_quotes(lf)
    (with_crlf,) = detect_quotes(lf.replace("\n", "\r\n"))
    assert with_crlf.score == with_lf.score


def test_the_carriage_returns_of_an_unclosed_quote_make_it_no_longer() -> None:
    # Too short a paragraph to be a quote with LF endings: as short with CRLF ones.
    assert detect_quotes("« \n\n «") == []
    assert detect_quotes("« \r\n\r\n «") == []


# -- pathological inputs: the work stays in proportion to the text ----------------------------


class ScanCountingText(str):
    """A text that counts the characters its ``find`` and ``rfind`` read: a detector reading
    the whole text again for each of its names or cues reads a multiple of its length."""

    scanned = 0

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        low, high, _ = slice(start, end).indices(len(self))
        found = super().find(sub, low, high)
        ScanCountingText.scanned += (found + len(sub) if found >= 0 else high) - low
        return found

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        low, high, _ = slice(start, end).indices(len(self))
        found = super().rfind(sub, low, high)
        ScanCountingText.scanned += high - (found if found >= 0 else low)
        return found


def _characters_read(text: str) -> int:
    ScanCountingText.scanned = 0
    _Detector(ScanCountingText(text)).run()
    return ScanCountingText.scanned


def _quotes_of_distinct_speakers(count: int) -> str:
    return "".join(f"“The ferry is late,” Ada Lind{k:x} said. " for k in range(count))


def test_a_line_of_many_distinct_speakers_is_read_a_bounded_number_of_times() -> None:
    # One long line (an archive's paragraph joined up), each quote from another invented name:
    # the names' forms, the headline test of each line and the first line's hearsay check
    # each read the whole text once per name before, so twice the names read it twice as often.
    shorter, longer = _quotes_of_distinct_speakers(600), _quotes_of_distinct_speakers(1200)
    per_character = _characters_read(shorter) / len(shorter)
    assert _characters_read(longer) / len(longer) < 1.3 * per_character


def test_many_distinct_surnames_are_found_where_they_stand() -> None:
    names = DocumentNames(
        "".join(f"Harbour master Ada Lind{k:x} spoke. Lind{k:x} left. " for k in range(80))
    )
    assert [names.forms(f"Lind{k:x}") for k in (0, 40, 79)] == [
        ["Ada Lind0"],
        ["Ada Lind28"],
        ["Ada Lind4f"],
    ]
    assert names.forms("Lind") == []  # a run of letters and digits is the word, not a part of it


def test_a_transcript_of_many_speakers_finds_their_spellings_in_one_pass(monkeypatch) -> None:
    scans: list[str] = []
    scan = blocks._mixed_case_spelling
    monkeypatch.setattr(
        blocks, "_mixed_case_spelling", lambda text, word: scans.append(word) or scan(text, word)
    )
    names = [f"Ada Lind{chr(ord('a') + k)}" for k in range(20)]
    text = (
        "The sitting opened with "
        + ", ".join(names)
        + " present.\n\n"
        + "".join(f"MS {name.split()[1].upper()}: The ferry is late again.\n" for name in names)
    )
    quotes = detect_quotes(text)
    assert len(scans) == blocks._LABELS_SCANNED
    assert [quote.speaker for quote in quotes] == names


def test_detect_with_two_jobs_reads_an_archive_of_odd_files(capsys, write_corpus) -> None:
    corpus = write_corpus(
        {
            "crlf.txt": 'Ada Lind said "the ferry is late".\r\nTom Kral agreed.\r\n',
            "newlines.txt": "\n" * 5000,
            "opening-marks.txt": "“" * 5000,
            "said.txt": "said " * 5000,
            "speaker-lines.txt": "SPEAKER:\n" * 2000,
            "latin-1.txt": "line one\nline two\nthe caf\xe9 line".encode("latin-1"),
        }
    )
    code = main(["detect", "--jobs", "2", str(corpus)])
    captured = capsys.readouterr()
    assert code == 1
    assert [line for line in captured.err.splitlines() if "latin-1.txt" in line] == [
        f"warning: {corpus / 'latin-1.txt'}:3: not UTF-8 (byte 0xe9 at column 8); convert it, "
        "e.g. iconv -f latin1 -t utf-8; left out"
    ]
    documents = [orjson.loads(line) for line in captured.out.splitlines()]
    assert [document["id"] for document in documents] == [
        "crlf.txt",
        "newlines.txt",
        "opening-marks.txt",
        "said.txt",
        "speaker-lines.txt",
    ]
    assert [quote["speaker"] for quote in documents[0]["quotes"]] == ["Ada Lind"]
