"""The detection pipeline: marks and cues to scored, attributed candidates.

Stages, in order: reported speech from every speech cue (``find_reported``, with speech nouns
in ``find_noun_cues``); attributions that are not speech, in a lower score band
(``attitudes.py``); direct quotes from paired marks, attributed after, before, by an
introducing line or by the nearest attribution (``find_direct``); block quotes
(``find_blocks``); speakers resolved to the fullest name (``resolve``); overlaps pruned.

Where the time goes (about 1.5 MB/s of CPU time on one core, pure Python, sampled with py-spy
on the shared eval texts): half in ``find_reported``, about 20 cues per article (the cue scan a
tenth of all; per cue the speaker phrase, the sentence bounds, the source patterns and the
content cut), a sixth in ``find_direct``, a seventh in ``resolve`` (fullest names, pronoun
antecedents), a tenth in the marks and layout scans. No single step is above a tenth: the busy
regexes open with a character class or a look-ahead (a pattern opening with an alternation or
``\b`` is tried at every position; a character class lets the engine skip ahead in C), endings
are checked with ``str.endswith`` first, and token walks read only the tokens they use.

Counted in instructions (callgrind, every fourth eval text), half of detection runs inside the
regex engine (a third in ``finditer``: the whole-document scans and the per-sentence ones) and
half in Python. The engine's skip to a pattern's opening character class costs about 50
instructions per character, so each whole-document scan (cues, attitudes, sentence ends, marks)
costs as much as a tenth of the 5 MB/s budget. Compiling the detect modules with mypyc (output
unchanged) gave 1.3-1.5x, not several times: that needs fewer regex passes as well (a scanner
that matches every cue list in one pass, e.g. a DFA) and the per-cue rules compiled.

The detector is one class built in layers, each module adding the methods of one stage to the
class below it and importing only from the modules below it: ``document`` (``DocumentSpans``) <
``speakers`` (``SpeakerResolver``) < ``content`` (``ContentBounds``) < ``subjects``
(``ClauseSubjects``) < ``reported`` (``ReportedSpeechFinder``) < ``direct``
(``DirectQuoteFinder``) < ``blocks`` (``BlockQuoteFinder``) < ``pipeline`` (``_Detector``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from annotator.detect.attitudes import (
    drop_nested_attitudes,
    find_attitudes,
    find_relative_attributions,
    lift_beliefs,
)
from annotator.detect.attribution import (
    _OUTLET_NP_RE,
    GENERIC_OUTLET_RE,
    MONTH_GIVEN_NAMES,
    Mention,
    Source,
)
from annotator.detect.blocks import BlockQuoteFinder
from annotator.detect.document import Draft
from annotator.detect.headlines import find_headline_attributions
from annotator.detect.lexicon import (
    ABBREVIATIONS,
    LEADING_ROLE_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SOCIAL_NAMES,
    TITLE_WORDS,
    WORLD_PLACE_WORDS,
)
from annotator.detect.names import (
    FIRST_NAMES,
    ORG_WORDS,
    STOP_CAPS,
    UPPER,
    shown_in_mixed_case,
)
from annotator.detect.predicates import find_hearings, find_predicates, find_trailing_sources
from annotator.detect.speakers import _one_spelling_each, _word_before
from annotator.detect.subjects import _RELATIVE_WORDS
from annotator.detect.wraps import soft_wraps_as_spaces
from annotator.records import Candidate, QuoteType, SourceKind

_ANONYMITY_REQUEST_RE: Final = re.compile(
    r"(?:condition|promise|guarantee)s?\s+of\s+anonymity|"
    r"(?:asked|asking|requested|requesting|declined|declining|refused|refusing|want|wanted|"
    r"wanting|spoke|speaking|talked|talking|insisted|insisting|agreed|agreeing)\s+"
    r"(?:(?:not\s+)?to\s+be\s+(?:publicly\s+)?(?:named|identified|quoted)|anonymity|"
    r"(?:on|under)\s+(?:the\s+|a\s+)?(?:condition|grounds|promise)\s+(?:of|that)\b|"
    r"anonymously|"
    r"to\s+remain\s+anonymous|to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|"
    r"that\s+(?:his|her|their)\s+names?)"
)
"""A source's request not to be named (``who asked not to be named``, ``refused to be
identified``, ``spoke under condition of anonymity``) and the noun of the promise itself
(``a promise of anonymity``): why the speaker goes unnamed, not something reported."""
_PASSIVE_FRAME_RE: Final = re.compile(
    r"(?:accused|charged)\s+(?:of|with)\b|"
    r"(?:criticised|criticized|blamed|praised|slammed|blasted|attacked|condemned|faulted|"
    r"lauded|mocked|thanked)\s+(?:for|over)\b|"
    r"(?:urged|told|ordered|advised|encouraged|instructed|reminded|pressed)\s+to\b"
)
"""A verb of speech then the preposition its object goes before in the active (``accused the
board of``, ``urged the crew to``): with nothing between, the verb is a passive participle."""
_PASSIVE_GAP_RE: Final = re.compile(
    r"(?:[\s,]+|\s(?:is|are|was|were|been|being|be|has|have|had|\w+ly))*\s"
)
"""What stands between the subject of a passive and its participle: be-forms and adverbs."""


_QUOTED_AS_RE: Final = re.compile(
    r"\b(?:[Mm]is)?(?:quot|cit)(?:ed|es|e|ing)\s+"
    r"(?P<who>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\w.’'\-]+\s+){0,4}?"
    r"[\w’'\-]+)(?:,\s+[^,;:“”\"]{1,60},)?\s+as\s+$"
)
"""``quoted Dr Ilse Varga as`` right before ``saying``: the person quoted (an apposition
after the name may stand before ``as``: ``quoted Ilse Varga, a nurse, as``)."""
_TELLING_CUES: Final = frozenset("told tells tell telling".split())
"""Cues whose object may be the outlet the words were given to (``told Gadgetline``)."""
_TOLD_NAME_RE: Final = re.compile(rf"\s+(?P<name>[{UPPER}][\w’'\-]*[a-z0-9][\w’'\-]*)\b(?![’'])\s*")
"""One capitalised word after a cue of telling, with the spaces after it."""
_SOCIAL_NAME_SET: Final = frozenset(SOCIAL_NAMES.split("|"))
"""Social networks, which a post reaches the article through as a social source."""
_SENT_TO_NAME_RE: Final = re.compile(
    rf"\s(?:to|with)\s+(?P<name>[{UPPER}][\w’'\-]*[a-z0-9][\w’'\-]*)$"
)
"""A source that names, last, the one-word name it was given to (``a statement to Gadgetline``)."""


def detect_quotes(text: str) -> list[Candidate]:
    """Every quote candidate in ``text``, sorted by start offset.

    Direct quotes come from paired quote marks, mixed and indirect quotes from speech cues
    (``said``, ``according to``), block quotes from a paragraph introduced by a line ending in a
    colon. Each candidate carries a score, the cue, the speaker resolved within the document and
    the source (channel) when one is named.

    Windows line endings are read as plain ones: every rule sees ``\n`` alone, so a CRLF
    document gets the quotes of its LF copy, with offsets moved back onto ``text``.

    Soft line breaks (the wraps inside a paragraph of hard-wrapped text) are read as spaces
    (``soft_wraps_as_spaces``), so a quote wrapped over lines is read whole; each candidate's
    text is still taken from ``text``, breaks and all.
    """
    lf_text = text.replace("\r\n", "\n") if "\r\n" in text else text
    read_text = soft_wraps_as_spaces(lf_text)
    candidates = _Detector(read_text).run()
    if lf_text is not text:
        return _onto_crlf_text(text, candidates)
    if read_text is not text:
        for candidate in candidates:
            candidate.__dict__["text"] = text[candidate.start : candidate.end]
    return candidates


def _onto_crlf_text(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` found in ``text`` with each CRLF read as LF, moved onto ``text``."""
    # The LF copy's offset of each dropped ``\r``: an offset past one moves one further.
    dropped_at: list[int] = []
    for line_end in _CRLF_RE.finditer(text):
        dropped_at.append(line_end.start() - len(dropped_at))

    def moved(offset: int) -> int:
        return offset + bisect_left(dropped_at, offset)

    def moved_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(moved(start), moved(end)) for start, end in spans]

    placed = []
    for candidate in candidates:
        start, end = moved(candidate.start), moved(candidate.end)
        placed.append(
            _candidate(
                **{
                    **candidate.__dict__,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "speaker_spans": moved_spans(candidate.speaker_spans),
                    "source_spans": moved_spans(candidate.source_spans),
                    "cue_spans": moved_spans(candidate.cue_spans),
                }
            )
        )
    return placed


_CRLF_RE: Final = re.compile("\r\n")
"""A Windows line ending, whose ``\r`` the detector never sees."""


class _Detector(BlockQuoteFinder):
    """One document's detection state; discarded after :meth:`run`."""

    # -- stages --------------------------------------------------------------------------------

    def run(self) -> list[Candidate]:
        absorbed = self.find_reported()
        lift_beliefs(self)
        self.attributions.sort(key=lambda item: item[0])
        self.attribution_starts = [item[0] for item in self.attributions]
        self.find_noun_cues()
        absorbed |= find_attitudes(self)
        find_relative_attributions(self)
        absorbed |= find_predicates(self)
        find_trailing_sources(self)
        find_hearings(self)
        absorbed |= find_headline_attributions(self)
        drop_nested_attitudes(self)
        self.find_direct(absorbed)
        self.find_blocks()
        self.find_labelled_lines()
        self.unname_passive_subjects()
        self.quoted_as_saying()
        self.drafts = [
            draft
            for draft in self.drafts
            if draft.cue is None or _ANONYMITY_REQUEST_RE.match(self.text, draft.cue.start) is None
        ]
        self.resolve()
        self.propose_unknown_outlets()
        self.name_generic_outlets()
        return self.to_candidates()

    def name_generic_outlets(self) -> None:
        """Give a source called by a common noun (``told the paper``, ``told this outlet``)
        the outlet the document named before it, when it named exactly one (``The Harbour
        Gazette reached Kral ... Kral told the paper``), at that name; with none or several
        named, the phrase as written stays the source."""
        named: dict[int, Source | None] = {}
        for draft in self.drafts:
            source = draft.source
            if (
                source is None
                or source.kind is not SourceKind.OUTLET
                or GENERIC_OUTLET_RE.fullmatch(source.text) is None
            ):
                continue
            if source.start not in named:
                named[source.start] = self.sole_outlet_before(source.start)
            outlet = named[source.start]
            if outlet is not None:
                draft.source = outlet

    def sole_outlet_before(self, offset: int) -> Source | None:
        """The outlet named by a name of two words or more before ``offset``, at its latest
        mention, when the text names only one so (``the Harbour Gazette``, ``Valley
        Courier``); None otherwise. One capitalised word is left out: ``Today``, ``Report``
        and ``Star`` open sentences as often as they name a paper."""
        if self._outlets_named is None:
            self._outlets_named = self._read_outlets_named()
        ends, sole = self._outlets_named
        named = bisect_right(ends, offset)
        return sole[named - 1] if named else None

    def _read_outlets_named(self) -> tuple[list[int], list[Source | None]]:
        """Where each outlet name of two words or more ends, in the order of the text, and the
        sole outlet named up to it at its latest mention (None once a second name is read).

        The whole text is read at once, not the text before each phrase: a name ending before
        a phrase is the name read up to the phrase, the phrase (``the paper``) opening a word
        of its own after it."""
        ends: list[int] = []
        sole: list[Source | None] = []
        first_name: str | None = None
        for match in _OUTLET_NP_RE.finditer(self.text):
            value = match.group().rstrip(" .,")
            name = value.removeprefix("the ").removeprefix("The ")
            if len(name.split()) < 2 or not name[:1].isupper():
                continue
            start = match.start() + len(value) - len(name)
            if first_name is None:
                first_name = name
            ends.append(match.end())
            only = first_name == name and (not sole or sole[-1] is not None)
            sole.append(Source(name, SourceKind.OUTLET, start, start + len(name)) if only else None)
        return ends, sole

    def propose_unknown_outlets(self) -> None:
        """Give a draft told to a one-word name that is no person's that name as its outlet
        source (``Lund told Gadgetline the launch slipped``): the lexicon cannot list every
        site and magazine, and a name nobody in the document bears, with no given name, title
        or honorific anywhere, is an outlet more often than not. People (``told Maria``,
        ``told Judge Ortiz``) and bodies or places addressed (``told Congress``, ``told
        Varnby``) are left as addressees, as ``told reporters`` is."""
        text = self.text
        for draft in self.drafts:
            cue = draft.cue
            source = draft.source
            if source is not None and source.kind in (SourceKind.PUBLICATION, SourceKind.EVENT):
                # ``in an emailed statement to Gadgetline``, ``in an interview with
                # Gadgetline``: the outlet the statement went to is the channel, as a known
                # outlet's name there is.
                sent = _SENT_TO_NAME_RE.search(source.text)
                if sent is not None and not self.bears_person_or_place(sent.group("name")):
                    start = source.start + sent.start("name")
                    name = sent.group("name")
                    draft.source = Source(name, SourceKind.OUTLET, start, start + len(name))
                continue
            if (
                source is not None
                or cue is None
                or cue.text.lower() not in _TELLING_CUES
                or draft.start < cue.end
                and draft.end > cue.start
            ):
                continue
            told = _TOLD_NAME_RE.match(text, cue.end)
            if told is None:
                continue
            name = told.group("name")
            after = told.end()
            if not (
                after == draft.start
                or text.startswith("that ", after)
                and after + 5 == draft.start
                or text[after : after + 1] in (",", ".", ":", ";")
                and draft.type is not QuoteType.INDIRECT
            ):
                continue  # ``told Gadgetline reviewers ...``: no clause right after the name
            if self.bears_person_or_place(name):
                continue
            start = told.start("name")
            draft.source = Source(name, SourceKind.OUTLET, start, start + len(name))

    def bears_person_or_place(self, name: str) -> bool:
        """Whether ``name``, a capitalised word, reads as a person's, a body's or a place's in
        this document rather than an unknown outlet's."""
        lowered = name.lower()
        if (
            lowered in FIRST_NAMES
            or lowered in STOP_CAPS
            or lowered in TITLE_WORDS
            or lowered in LEADING_ROLE_WORDS
            or lowered in ROLE_NOUNS
            or lowered in ORG_WORDS
            or lowered in MONTH_GIVEN_NAMES
            or lowered in ABBREVIATIONS
            or lowered in WORLD_PLACE_WORDS
            or name in _SOCIAL_NAME_SET  # ``a video to Facebook``: a network, no outlet
            # ``told Republicans``, ``told MPs``: people in the plural
            or name.endswith("s")
            and not name.isupper()
        ):
            return True
        names = self.names
        if (
            name in names.persons
            or names.fullest(name) != name
            or names.gender(name) is not None
            or names.is_place(name)
        ):
            return True
        # ``Judge Ortiz`` or ``Lise Ortiz`` somewhere: a capitalised word right before the name
        # (not opening a sentence) makes it part of a longer name.
        for match in re.finditer(rf"\b{re.escape(name)}\b", self.text):
            before = self.text[max(0, match.start() - 30) : match.start()]
            words = before.split()
            if (
                words
                and before[-1:] == " "
                and words[-1][:1].isupper()
                and words[-1].lower() not in STOP_CAPS
                and words[-1][-1:] not in '.:!?”"'
                or self.text[match.end() : match.end() + 1] == " "
                and self.text[match.end() + 1 : match.end() + 2].isupper()
                and not self.text[match.end() + 1 :].startswith(("I ", "A "))
            ):
                return True
        return False

    def quoted_as_saying(self) -> None:
        """Give ``saying`` after ``quoted X as`` or ``cited X as`` (``misquoted Dr Ilse Varga
        as saying the drug was safe``) the person quoted as its speaker, as the passive
        ``Varga was quoted as saying`` has: the subject of ``quoted`` only passed the words on.
        The object of ``cited`` read as content of its own is dropped."""
        text = self.text
        quoted_objects: set[int] = set()
        for draft in self.drafts:
            cue = draft.cue
            if cue is None or cue.text.lower() != "saying":
                continue
            found = _QUOTED_AS_RE.search(text, max(0, cue.start - 150), cue.start)
            if found is None:
                continue
            who_start, who_end = found.span("who")
            draft.speaker = Mention(found.group("who"), who_start, who_end)
            draft.resolved = None
            quoted_objects.add(who_start)
        if quoted_objects:
            self.drafts = [
                draft
                for draft in self.drafts
                if not (
                    draft.start in quoted_objects
                    and draft.cue is not None
                    and draft.cue.text.lower().startswith(("cit", "quot", "misquot"))
                )
            ]

    def unname_passive_subjects(self) -> None:
        """Take the speaker from a draft whose speaker is the subject of its cue in the passive
        (``Ministers accused of ignoring warnings``, ``Kral was criticised for ...``): the
        active puts the object between the verb and the preposition (``accused ministers of``),
        so the verb right before it is a participle whose subject was spoken of, not speaking.
        A headline drops the ``were``; the speaker goes unnamed."""
        text = self.text
        for draft in self.drafts:
            speaker, cue = draft.speaker, draft.cue
            if (
                speaker is not None
                and cue is not None
                and speaker.end <= cue.start
                and _PASSIVE_FRAME_RE.match(text, cue.start) is not None
                and _PASSIVE_GAP_RE.fullmatch(text, speaker.end, cue.start) is not None
                # ``the rivals (whom) he accused of lying``: the object stands before its
                # subject, in the active.
                and _word_before(text, speaker.start) not in _RELATIVE_WORDS
                and not (speaker.text.lower() in PRONOUNS and text[speaker.end : cue.start] == " ")
            ):
                draft.speaker = None

    def to_candidates(self) -> list[Candidate]:
        """The drafts as records, overlapping reported quotes pruned."""
        text = self.text
        kept: list[Draft] = []
        for draft in sorted(self.drafts, key=lambda d: (d.start, -d.end)):
            if kept and draft.start < kept[-1].end:
                other = kept[-1]
                nested = draft.end <= other.end and (draft.start, draft.end) != (
                    other.start,
                    other.end,
                )
                if nested and draft.type is not QuoteType.DIRECT:
                    if _same_cue(draft, other):
                        continue  # a part of a quote over paragraphs, read again from its cue
                    if draft.start == other.start and draft.score <= other.score:
                        # ``said in a statement that ...``: the same content read again from a
                        # word of its attribution (the channel), cut shorter.
                        continue
                    kept.append(draft)  # ``X said he would deny Trump's claim that ...``
                elif draft.score > other.score:
                    kept[-1] = draft
                continue
            kept.append(draft)
        kept.sort(key=lambda d: (d.start, d.end))
        spellings = _one_spelling_each([d.resolved for d in kept if d.speaker is not None])
        # A transcript's label in capitals is shown as a name is written; its span still
        # points to the label as the text writes it.
        names: dict[str | None, str | None] = {}
        for written, spelling in spellings.items():
            names[written] = None if spelling is None else shown_in_mixed_case(spelling, text)
        candidates = []
        for draft in kept:
            speaker = names.get(draft.resolved) if draft.speaker is not None else None
            candidates.append(
                _candidate(
                    start=draft.start,
                    end=draft.end,
                    text=text[draft.start : draft.end],
                    type=draft.type,
                    score=round(draft.score, 3),
                    speaker=speaker,
                    speaker_spans=draft.speaker_spans
                    or ([(draft.speaker.start, draft.speaker.end)] if draft.speaker else []),
                    source=draft.source.text if draft.source else None,
                    source_kind=draft.source.kind if draft.source else None,
                    source_spans=[(draft.source.start, draft.source.end)] if draft.source else [],
                    cue=draft.cue.text if draft.cue else None,
                    cue_spans=[(draft.cue.start, draft.cue.end)] if draft.cue else [],
                )
            )
        return candidates


def _same_cue(draft: Draft, other: Draft) -> bool:
    """Whether both drafts are attributed by one cue, the same occurrence of it."""
    return (
        draft.cue is not None
        and other.cue is not None
        and (draft.cue.start, draft.cue.end) == (other.cue.start, other.cue.end)
    )


_CANDIDATE_FIELDS: Final = frozenset(Candidate.model_fields)


def _candidate(**values: object) -> Candidate:
    """A Candidate built without validation: the detector builds only valid values, and
    ``model_construct`` costs more than the rest of the per-quote work (tests check that every
    candidate survives ``Candidate.model_validate``)."""
    candidate = Candidate.__new__(Candidate)
    object.__setattr__(candidate, "__dict__", values)
    object.__setattr__(candidate, "__pydantic_fields_set__", _CANDIDATE_FIELDS)
    object.__setattr__(candidate, "__pydantic_extra__", None)
    object.__setattr__(candidate, "__pydantic_private__", None)
    return candidate
