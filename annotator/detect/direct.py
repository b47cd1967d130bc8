"""Direct quotes from paired marks, attributed after, before, by an introducing line or by the
nearest attribution (``find_direct``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from annotator.detect.attribution import (
    _TOKEN_RE,
    CUE_RE,
    QUOTE_TAG_PHRASES,
    Mention,
    Source,
    closes_on_tag_punctuation,
    find_source,
    is_primary,
    is_tag_verb,
    plain_source_after,
    subject_after,
    subject_before,
    subject_then_verb,
    tags_quote_after,
    trie_pattern,
)
from annotator.detect.content import _BE_FORMS, _COMMA_CLOSE_RE, _NOT_SUBJECT, _WORD_RE
from annotator.detect.document import Draft
from annotator.detect.lexicon import (
    BELIEF_VERBS,
    PREDICATE_NOT_HOLDERS,
    PRIMARY_CUES,
    PRONOUNS,
    SPEAKING_VERBS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
)
from annotator.detect.marks import SINGLE, QuoteSpan
from annotator.detect.names import STOP_CAPS, caseless_word, looks_like_person
from annotator.detect.reported import (
    _ADDRESSED_END_RE,
    _ADVERBIAL_TAIL_RE,
    _NAMING_TAIL_RE,
    _WITH_ONE_RE,
    ReportedSpeechFinder,
    _continues_after,
    _cuts,
)
from annotator.detect.speakers import _DETERMINER_WORDS, _INDEFINITE_OPENERS, _word_before
from annotator.detect.subjects import _relative_before
from annotator.records import QuoteType, SourceKind

_CAPTION_BEFORE_RE: Final = re.compile(
    r"\b(?:with|alongside|under)\s+(?:the|a)\s+(?P<cue>caption)[,:]?\s*$"
)
"""What introduces a post's caption right before it (``with the caption, “...”``)."""
_VOICE_CUE_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'-])(?P<cue>(?:jeered|heckled|hollered|booed|cheered|taunted|snapped|barked|"
    r"roared|shrieked|sighed|gasped|sobbed|howled|chimed\s+in|piped\s+up))[,:]\s*$"
)
"""A verb of voice right before a quote, set off by a comma or a colon (``his friends jeered,
“...”``, ``she snapped: “...”``). Not in the speech lexicon, where their plain senses (``the
crowd cheered``, ``the branch snapped``) would report nothing; in this frame the quote is what
was voiced."""


def _ending_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for text ending with one of ``endings``, a word ending at a word boundary."""
    alternatives = [(r"\b" if word[0].isalnum() else "") + re.escape(word) for word in endings]
    return re.compile("(?:" + "|".join(alternatives) + r")\Z")


def _ends_with(text: str, endings: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """True when ``text`` ends with one of ``endings`` (``pattern``, built from them, checks the
    word boundary). ``str.endswith`` rules out most texts at once; the regex then reads only the
    end of the text, not every position of it."""
    if not text.endswith(endings):
        return False
    reach = max(map(len, endings)) + 1
    return pattern.search(text, max(0, len(text) - reach)) is not None


_CUE_AT_END_ENDINGS: Final = (
    *"said says told added asked wrote writes replied declared stating saying adding".split(),
    "said that",
    "says that",
)
"""Cues that end the words before a quote (``He said``): the quote is what was said."""
_CUE_AT_END_RE: Final = _ending_pattern(_CUE_AT_END_ENDINGS)
_CUE_TAIL_RE: Final = re.compile(
    r"\b(?:" + trie_pattern(sorted(SPEECH_VERBS)) + r")(?:\s+(?:it|him|her|them|us|this))?"
    r"(?:\s+(?:as|for|of|with|about|on))?$"
)
"""A quote right after its cue, with at most a pronoun object and a preposition: ``welcomed
“...”``, ``described it as “...”``, ``thanked him for “...”``."""
_DATED_CITATION_RE: Final = re.compile(r"[ \u00a0]?\((?:[^()\n]{0,60}[ \u00a0])?(?:1[89]|20)\d\d\)")
"""A year in parentheses right after a quote, alone or closing a few words (``“Tide Mill”
(1987)``, ``“...” (harbour board poster 2003)``): a work, a slogan or a poster cited with its
date, as titles are, not a remark."""
_WORK_NOUN_RE: Final = re.compile(
    r"\b(?:book|memoir|novel|movie|film|documentary|album|song|show|series|program|programme|"
    r"play|musical|poem|column|essay|nickname|term)s?,?$"
)
"""A noun naming a work or a term right before a quote: what follows is its title or wording,
not something said (``the film “Night Train,”``, ``coined the term “soft power”``)."""
_COLON_VERB_RE: Final = re.compile(
    r"(?<![\w’'-])(?P<cue>(?P<verb>[a-z]+)(?:\s+(?P<particle>back|out|in|up))?)\s*:\s*$"
)
"""The verb, with its particle, that ends the words before a colon (``fumed:``, ``hit back:``)."""


def _speaking_head(word: str) -> bool:
    """True for the last word of a subject that may speak: a name, a pronoun, or a common noun
    (``star``, ``islanders``) unless it is known as a thing (``figures``, ``poll``)."""
    bare = word.rstrip(".,").removesuffix("’s").removesuffix("'s")
    lowered = bare.lower()
    if bare[:1].isupper() or caseless_word(bare):
        return lowered not in STOP_CAPS or lowered in PRONOUNS
    singular = lowered.removesuffix("s")
    return lowered not in PREDICATE_NOT_HOLDERS and singular not in PREDICATE_NOT_HOLDERS


_DOCUMENT_READS_BEFORE_RE: Final = re.compile(
    r"(?P<doc>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w’']+[’']s)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:letter|email|e-mail|note|sign|banner|placard|poster|message|statement|memo|text|"
    r"caption|inscription|post|tweet|notice|plaque|card|petition))"
    r"(?P<place>\s+(?:on|in)\s+(?:[\w’'@\-]+\s+){0,2}[\w’'@\-]+)?"
    r"(?P<relative>(?:\s+[—–])?\s+(?:that|which))?\s+(?P<cue>reads|read|reading)\b"
    r"(?:\s+(?:in\s+full|in\s+part|simply))?[:,]?\s*$"
)
"""A document and ``reads`` right before a quote (``The letter reads: “...”``), its participle
(``posted a message on the forum reading “...”``, ``wore a cap reading, “...”``) or a relative
clause (``held up a sign that read “...”``)."""
_READ_CUES: Final = frozenset(("read", "reads", "reading"))
"""What a document reads is its words, however much they look like a title (``a banner
reading “Fares Down Now”``)."""
_READ_ENDINGS: Final = (" read", " reads", " reading")
"""How the words before a quote end when a document's ``reads`` may introduce it."""
_SPEECH_BASE_FORMS: Final = frozenset(SPEECH_LEMMAS)
"""Base forms of the verbs of speech: after ``be`` an adjective or a noun (``all are
welcome``), not a cue."""


class DirectQuoteFinder(ReportedSpeechFinder):
    """The layer that adds to ``ReportedSpeechFinder``. Direct quotes from paired marks,
    attributed after, before, by an introducing line or by the nearest attribution
    (``find_direct``)."""

    attribution_starts: list[int]
    """Set by :meth:`run` (a later stage), read by this class."""

    def find_direct(self, absorbed: set[int]) -> None:
        """Attribute each quote span not inside a mixed quote."""
        text = self.text
        previous: Draft | None = None
        for span in self.spans:
            if span.start in absorbed:
                continue
            para_start, para_end = self.layout.paragraph(span.start)
            sent_start, _ = self.sentence_bounds(span.start)
            before = text[max(para_start, sent_start) : span.start].rstrip()
            if before.endswith(":**"):
                before = before[:-2]  # ``**Ada Lind, a skipper:** “...”``: a label in bold
            if before and not before.strip("\"“'‘`"):
                before = ""  # a doubled opening mark (``"“We ...``): no word before the quote
            content = text[span.start : span.end].strip("\"“”„‟«»‹›‚‘’'` ")
            draft = Draft(span.start, span.end, QuoteType.DIRECT, 0.5)
            standalone = (
                not before
                or before[-1] in ":,—–-("
                or _ends_with(before, _CUE_AT_END_ENDINGS, _CUE_AT_END_RE)
                or _ADDRESSED_END_RE.search(before[-60:]) is not None
                or before.endswith(_READ_ENDINGS)
                and _document_reads_object(before)
                or (tail := _CUE_TAIL_RE.search(before[-40:].lower())) is not None
                and (
                    _ends_sentence(text, span.end, para_end)
                    or (
                        _COMMA_CLOSE_RE.match(text, span.end - 3, span.end + 1) is not None
                        or text.startswith(" and ", span.end)
                    )
                    and _NAMING_TAIL_RE.match(tail.group()) is None
                )
            )
            draft.standalone = standalone
            end_para = self.layout.paragraph(span.end - 1)[1]
            # (speaker, cue, source): the ways of attributing a quote tried below each leave out
            # a different part.
            found: tuple[Mention | None, Mention | None, Source | None] | None = (
                self.attribute_after(span, end_para) if standalone else None
            )
            lead_in = False
            if (
                found is None
                and before
                and before[-1] not in ",;:—–-("
                and self.opens_interrupted_sentence(span, before)
            ):
                # ``The “prospects,” opined a columnist, “are good.”``: the words before the quote
                # open the sentence it finishes, its attribution right after: a mixed quote.
                found = self.attribute_after(span, end_para)
                if found is not None and found[0] is not None:
                    standalone = draft.standalone = lead_in = True
                else:
                    found = None
            attributed_after = found is not None
            if found is None and standalone and before:
                found = self.attribute_before(span, max(para_start, sent_start))
                if found is None and before.endswith(":"):
                    found = self.colon_verb(max(para_start, sent_start), span.start)
                if (
                    found is None
                    and before.endswith(":")
                    and _DASH_AFTER_QUOTE_RE.match(text, span.end, end_para) is not None
                ):
                    # ``Quote of the day: “...” — Rosa Feld, a baker``: the dash and the name
                    # sign the quote; the words before the colon, with no verb, are a heading.
                    found = self.dash_attribution(span, end_para)
                if found is None and before.endswith(":"):
                    found = self.colon_subject(
                        max(para_start, sent_start), span.start, adverbials=True
                    )
            if found is None and standalone and not before:
                # ``“...” — Ada Lind, CEO`` on one line signs the quote itself, whatever the
                # paragraph before it ends with (a box of figures: ``Share of sales: 60%``).
                if _DASH_AFTER_QUOTE_RE.match(text, span.end, end_para) is not None:
                    found = self.dash_attribution(span, end_para)
                if found is None and not text[para_start : span.start].strip():
                    # The line before introduces the quote opening this paragraph only: after
                    # ``“...,” the mayor said.`` the quote goes on what the mayor said.
                    found = self.attribute_intro(para_start)
                if found is None:
                    found = self.dash_attribution(span, end_para)
            if found is not None:
                draft.speaker, draft.cue, draft.source = found
                draft.score = 0.95 if draft.speaker is not None else 0.8
            elif standalone and not before and (beat := self.beat_subject(span, previous)):
                draft.speaker = beat
                draft.inherited = True
                draft.score = 0.8
            elif (
                standalone
                and previous is not None
                and previous.speaker is not None
                and (
                    self.layout.paragraph_index(previous.start)
                    >= self.layout.paragraph_index(span.start) - 2
                )
                and self.only_quotes_between(previous.end, span.start)
                and not self.other_attribution_between(previous, span.start)
            ):
                draft.speaker, draft.cue, draft.source = (
                    previous.speaker,
                    previous.cue,
                    previous.source,
                )
                draft.resolved = previous.resolved
                draft.inherited = True
                draft.score = 0.85
            elif standalone and (nearby := self.nearby_attribution(span.start)) is not None:
                draft.speaker, draft.cue = nearby
                draft.inherited = True
                draft.score = 0.8
            elif standalone:
                last = self.last_speaker_before(span.start)
                if last is not None:
                    draft.speaker, draft.cue, draft.source = last.speaker, last.cue, last.source
                    draft.inherited = True
                    draft.score = 0.7
                else:
                    draft.score = (
                        0.55
                        if _is_sentence(content)
                        or before.endswith(":")
                        and len(content.split()) > 1
                        and _ends_sentence(text, span.end, para_end)
                        else 0.3
                    )
            else:
                draft.score = _fragment_score(content)
            if not span.closed:
                draft.score = min(draft.score, 0.7)
            if (
                not attributed_after
                and _is_title(content)
                and not self.spoken_right_before(draft, span.start)
            ):
                draft.score = min(draft.score, 0.3)  # ``her memoir, “Quiet Harbours,”``
            elif (not attributed_after or _is_title(content)) and _WORK_NOUN_RE.search(
                before[-30:]
            ):
                # ``his book, “A Life at Sea.”``: a title, even before an attribution of the
                # whole sentence (``on his show, “Harbour Hour,” the Courier reported``)
                draft.score = min(draft.score, 0.3)
            elif found is None and _DATED_CITATION_RE.match(text, span.end):
                # ``“No to new tolls” (2009)``: cited with its date and attributed by no cue of
                # its own (``Lind said: “...” (1963)`` stays a quote).
                draft.score = min(draft.score, 0.3)
            elif before.endswith(_SO_CALLED) and len(content.split()) <= 4:
                draft.score = min(draft.score, 0.3)  # ``the so-called “timetable”``: a term
            elif text.startswith(_BY, span.end) and _BYLINE_RE.match(text, span.end):
                draft.score = min(draft.score, 0.3)  # ``“Ferries Run Late,” by Ada Lind``
            elif before.endswith(":") and _BYLINE_LEAD_RE.search(before[-120:]):
                # ``“Ferries Run Late,” by the Courier's Ada Lind: “...”``: an excerpt of the
                # piece under its headline and byline, as faint as the headline itself.
                draft.score = min(draft.score, 0.3)
            elif (
                span.family == SINGLE
                and not text[para_start : span.start].strip()
                and not attributed_after
                and len(content.split()) <= 8
                and not text[span.end : end_para].strip()
            ):
                # A paragraph of a few words in single marks and nothing else: a subheading in
                # headline style (``'A long night at the quay.'``), not a remark.
                draft.score = min(draft.score, 0.3)
            if draft.score >= 0.5 and (
                lead_in or before.endswith(",") and self.sentence_goes_into(span, before)
            ):
                # ``In past summers, “we could count on it,” she said``: the words before the
                # quote are part of what was said, the quote finishes their sentence.
                draft.type = QuoteType.MIXED
                draft.start = self.trim(max(para_start, sent_start), span.start)[0]
            elif (
                (
                    not before
                    or draft.cue is not None
                    and (
                        before[-1] in ",:"
                        # ``said “...” a week before the vote``: the cue right before the
                        # quote, and no circumstance after it (``chanted “...” outside``)
                        or not text[draft.cue.end : span.start].strip()
                        and _ADVERBIAL_TAIL_RE.match(text, span.end + 1) is None
                    )
                )
                and not attributed_after
                and draft.score >= 0.5
                and _continues_after(text, span.start, span.end)
            ):
                # ``“A late train” kept us there until dawn.``: the sentence goes on outside the
                # marks, so the quote is part of reported content, a mixed quote (guidelines).
                draft.type = QuoteType.MIXED
                draft.end = self.continued_end(span.end)
            self.drafts.append(draft)
            if (
                found is not None
                and not attributed_after
                and draft.type is QuoteType.DIRECT
                and draft.score >= 0.5
                # past the opening mark, two characters for ``''`` (the NYT's style)
                and text[span.start : span.start + 3].lstrip("'\"‘“")[:1].islower()
            ):
                # ``If the port closes, he said, “the town will suffer.”``: the quote finishes
                # the sentence the words before its attribution open, which are a fragment of
                # what was said (as in ``The plan, she said, is to run a night ferry``).
                self.opening_fragment(draft, max(para_start, sent_start))
                fragment = self.fragment
                words = text[fragment.start : fragment.end].split() if fragment else []
                if (
                    fragment is not None
                    and len(words) >= 2
                    and not self.overlaps_draft(fragment.start, fragment.end)
                ):
                    # (A single word is a connective of the author's: ``Still, she added,
                    # “we will stay.”``)
                    fragment.resolved = draft.resolved
                    primary = fragment.cue is not None and is_primary(fragment.cue.text.lower())
                    fragment.score = 0.75 if primary else 0.6
                    self.drafts.append(fragment)
                self.fragment = None
            if draft.speaker is not None and draft.score >= 0.5:
                previous = draft

    def sentence_goes_into(self, span: QuoteSpan, before: str) -> bool:
        """True when ``before``, the words of the sentence before ``span``, open a sentence that
        the quote finishes: they end in a comma, hold no cue and no other quote, and the quote
        opens in lower case (``Instead, “he just waits.”``)."""
        if not before.endswith(",") or len(before) < 4 or before[0] in "\"“‘'(":
            return False
        first = self.text[span.start : span.start + 4].lstrip("\"“‘'« ")[:1]
        if not first.islower():
            return False
        if _AS_PUT_RE.search(before):
            return False
        start = span.start - len(before) - 1
        if self.first_span_in(start, span.start) is not None:
            return False
        return CUE_RE.search(self.text, start, span.start) is None

    def opens_interrupted_sentence(self, span: QuoteSpan, before: str) -> bool:
        """True when ``before`` is a few words opening the sentence that ``span`` goes on with,
        the quote closing on a comma, ``?`` or ``!`` for an attribution after it (``Their
        “hopes are high,” said Lund``): no cue and no other quote among the words."""
        if not before or len(before) > 80 or before[-1] in ",;:—–-(":
            return False
        if _COMMA_CLOSE_RE.match(self.text, span.end - 3, span.end + 1) is None:
            return False
        if len(before.split()) > 6 or not any(ch.isalpha() for ch in before):
            return False  # a clause of its own, or a symbol or number with no words
        if before.endswith("ing"):
            return False  # ``Citing “a duty,” her aide said``: the quote is the participle's object
        if _is_title(self.text[span.start : span.end].strip("\"“”‘’'«» ")):
            return False  # ``On the show “Harbour Talk,” Kral said``: a title, then the speaker
        start = span.start - len(before) - 1
        if self.first_span_in(start, span.start) is not None:
            return False
        return CUE_RE.search(self.text, start, span.start) is None

    def continued_end(self, end: int) -> int:
        """Where the content goes on to after a quote ending at ``end`` that does not end its
        sentence: the sentence end, or the comma before a trailing attribution."""
        _, sent_end = self.sentence_bounds(end - 1)
        for cut in _cuts(self.text, end, sent_end):
            sent_end = cut.start()
            break
        return max(end, self.trim(end, sent_end)[1])

    def nearby_attribution(self, offset: int) -> tuple[Mention, Mention] | None:
        """The latest cue with a speaker before ``offset`` in its paragraph, or in the paragraph
        before when ``offset`` opens its paragraph (``..., said Ivo Kral, a former mayor.
        “The port will close.”``)."""
        index = bisect_right(self.attribution_starts, offset) - 1
        if index < 0:
            return None
        cue_start, speaker, cue = self.attributions[index]
        para_start, _ = self.layout.paragraph(offset)
        if cue_start >= para_start:
            return speaker, cue
        if self.text[para_start:offset].strip() or para_start < 2:
            return None
        previous_start, previous_end = self.layout.paragraph(para_start - 2)
        if cue_start >= previous_start and not self.text[cue_start:previous_end].count(". ") > 1:
            return speaker, cue
        return None

    def other_attribution_between(self, previous: Draft, offset: int) -> bool:
        """True when a cue with a speaker opens the paragraph of ``offset`` before it, after the
        quote ``previous`` of an earlier paragraph (``“Now they queue,” Wren says.`` then ``Lind
        shrugs. The work, she insists, is not finished. “Ask me again.”``: the last is Lind's)."""
        index = bisect_right(self.attribution_starts, offset) - 1
        if index < 0:
            return False
        cue_start = self.attributions[index][0]
        # Only a new paragraph's own attribution, outside any quote, breaks a chain of quotes
        # that ran on from the paragraph before.
        para_start, _ = self.layout.paragraph(offset)
        return (
            previous.start < para_start <= cue_start
            and cue_start >= previous.end
            and self.span_at(cue_start) is None
        )

    def beat_subject(self, span: QuoteSpan, previous: Draft | None) -> Mention | None:
        """The person named as the subject of the sentence right before ``span``, which opens
        a sentence of its own, when that sentence attributes nothing and is about someone else
        than the quote before (``“...,” Tom Kral said. Ada Kral shook her head. “...”``: the
        second quote is Ada Kral's reply, not more of his)."""
        text = self.text
        end = len(text[: span.start].rstrip())
        if end < 2 or text[end - 1] not in ".!?" or self.span_at(end - 1) is not None:
            return None
        sent_start, sent_end = self.sentence_bounds(end - 1)
        para_start, _ = self.layout.paragraph(span.start)
        if sent_start < para_start or sent_end > span.start:
            return None  # only a sentence of the quote's own paragraph
        if previous is not None and sent_start < previous.end:
            return None
        if self.first_span_in(sent_start, end) is not None:
            return None
        index = bisect_right(self.attribution_starts, end) - 1
        if index >= 0 and self.attributions[index][0] >= sent_start:
            return None  # the sentence attributes something of its own
        found = self.colon_subject(sent_start, end)
        if found is None:
            return None
        subject = found[0]
        if not subject.text[:1].isupper() or subject.text.lower() in PRONOUNS:
            return None  # a pronoun may stand for the speaker before as well
        if (
            previous is not None
            and previous.speaker is not None
            and set(subject.text.split()) <= set(previous.speaker.text.split())
        ):
            return None  # the same person named again
        if not looks_like_person(self.names.fullest(subject.text)) or self.names.is_place(
            subject.text
        ):
            return None  # a place, a body, a surname the document gives no person's name
        return subject

    def spoken_right_before(self, draft: Draft, quote_start: int) -> bool:
        """True when a verb of speaking with its speaker stands right before the quote (``Kral
        said “The Farmers”``, ``chanting, “Lind or Moss, Never Pell,”``): what was said, however
        much it looks like a title, not a title quoted by the author."""
        cue = draft.cue
        if draft.speaker is None or cue is None or cue.end > quote_start:
            return False
        verb = cue.text.split(" ", 1)[0].lower()
        return (
            (verb in SPEAKING_VERBS or verb in _READ_CUES)
            # ``told “Morning Harbour”``: the quote is the programme told, its addressee.
            and not verb.startswith(("tell", "told"))
            and not self.text[cue.end : quote_start].strip(" ,:")
        )

    def only_quotes_between(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` holds only attribution-like text (``, he said.``)."""
        gap = self.text[start:end]
        if len(gap) > 200:
            return False
        return gap.count(".") <= 2

    def last_speaker_before(self, offset: int) -> Draft | None:
        """The latest attributed candidate in the previous paragraph when it introduces a quote."""
        index = self.layout.paragraph_index(offset)
        para_start, _ = self.layout.paragraph(offset)
        if self.text[para_start:offset].strip():
            return None
        best: Draft | None = None
        for count, draft in enumerate(reversed(self.drafts)):
            if count > 40:
                break  # a paragraph of hundreds of quotes: only the nearest matter
            if draft.speaker is None or draft.start >= offset:
                continue
            gap = index - self.layout.paragraph_index(draft.start)
            if gap > 2:
                break
            if self.layout.paragraph_index(draft.start) < index:
                best = draft
                break
        return best

    def attribute_after(
        self, span: QuoteSpan, para_end: int
    ) -> tuple[Mention | None, Mention, Source | None] | None:
        """``“...,” he said`` / ``“...,” said Peskov`` / ``“...,” according to X``."""
        text = self.text
        # Only the first two words after the marks decide: the tokens are read one at a time.
        tokens = _TOKEN_RE.finditer(text, span.end, min(para_end, span.end + 160))
        word = next((m for m in tokens if m.group() not in (",", "—", "–", "-")), None)
        if word is None:
            return None
        first, first_pos = word.group(), word.start()
        first = first.rstrip(".!?")
        lowered = first.lower()
        if lowered in SPEECH_VERBS or lowered in BELIEF_VERBS:
            if lowered.endswith("ing"):
                # ``“...,” adding that the fees ...``: a participle has no subject after it;
                # what follows is its own content, and the quote's speaker is found before it.
                return None
            cue = Mention(first, first_pos, first_pos + len(first))
            speaker = subject_after(text, cue.end, para_end)
            if speaker is None:
                return None
            if _CLAUSE_VERB_AFTER_RE.match(text, speaker.end) and not speaker.text.endswith(
                (" who", " that", " which")
            ):
                # ``Lind, citing “...,” said the board could win``: the words after the cue are
                # a clause with its own verb, what was said; the cue is no tag of the quote.
                return None
            sent_end = self.layout.sentence_end(cue.end)
            return speaker, cue, find_source(text, cue.start, min(sent_end, para_end))
        following = next(tokens, None) if lowered == "according" else None
        if following is not None and following.group() == "to":
            cue = Mention(text[first_pos : following.start() + 2], first_pos, following.start() + 2)
            speaker = subject_after(text, cue.end + 1, para_end)
            sent_end = min(para_end, self.layout.sentence_end(cue.end))
            source = find_source(text, cue.start, sent_end)
            if (
                source is not None
                and speaker is not None
                and source.kind is not SourceKind.PUBLICATION
                and source.start <= speaker.start < source.end
            ):
                speaker = None
            return speaker, cue, source
        found = subject_then_verb(text, span.end, para_end)
        if found is None:
            if (
                tags_quote_after(text, span.end, lowered)
                or lowered in ("read", "reads")
                and (closes_on_tag_punctuation(text, span.end))
            ):
                # ``“Why now?” pressed Ada Lind``: a verb in the past tense between a quote
                # closing on a comma (or ``?``, ``!``) and the speaker attributes the quote;
                # so does ``read`` before what the words were written in (``read the notice``).
                speaker = subject_after(text, first_pos + len(first), para_end)
                if speaker is not None:
                    cue = Mention(first, first_pos, first_pos + len(first))
                    sent_end = min(para_end, self.layout.sentence_end(cue.end))
                    return speaker, cue, find_source(text, cue.start, sent_end)
            return None
        speaker, cue = found
        if (
            text[span.start : span.end].rstrip("\"”’'»› ").endswith(".")
            and cue.text.lower() not in PRIMARY_CUES
            and self.continues_turn(span)
        ):
            # ``“...,” she said. “... fall.” The board agreed.``: a quote going on with a
            # speaker's turn stays theirs; a sentence after its full stop with a verb of
            # reaction (``agreed``, ``objected``) is no trailing attribution, only a plain
            # verb of saying is (``“...” Kral said.``).
            return None
        if (
            text[span.start : span.end].rstrip("\"”’'»› ").endswith(".")
            and first[:1].isupper()
            and lowered not in PRONOUNS
            and (
                text[cue.end : cue.end + 1] not in ".,;"
                or lowered in _INDEFINITE_OPENERS
                and text[cue.end : cue.end + 1] != "."
            )
        ):
            # ``“... excellent.” Officials also dismissed the worry``: a full stop ends the quote's
            # sentence, a new one starts (but ``“... missing.” Trump said.`` attributes it); so
            # does ``A fan shouted, “...”``, a common noun phrase introducing the next quote.
            return None
        if (
            lowered in PRONOUNS
            and text[span.start : span.end].rstrip("\"”’'»› ").endswith((".", "!", "?"))
            and (
                text[cue.end : cue.end + 1] not in ("", ".", ",", ";")
                or text[cue.end : cue.end + 4].lstrip(",: ")[:1] in ('"', "“", "‘")
            )
            and text[: span.start].rstrip().endswith(":")
        ):
            # ``Lind told the board: “... sold.” She added that ...`` (or ``She added, “...”``):
            # a colon introduced the quote, and the sentence after it, a pronoun's with words
            # of its own, is another attribution.
            return None
        sent_end = min(para_end, self.layout.sentence_end(cue.end))
        # From the cue on: the cue is part of a source's phrase (``told Reuters``).
        return speaker, cue, find_source(text, cue.start, sent_end)

    def continues_turn(self, span: QuoteSpan) -> bool:
        """Whether the quote ``span`` goes on with the turn of a quote right before it in its
        paragraph: only that quote's attribution, a few words with a plain verb of saying,
        stands between (``“...,” she said. “...”``)."""
        index = bisect_left(self.span_starts, span.start) - 1
        if index < 0:
            return False
        previous = self.spans[index]
        gap = self.text[previous.end : span.start]
        if "\n" in gap or not gap.rstrip().endswith(".") or len(gap.split()) > 8:
            return False
        return any(word.strip(".,").lower() in PRIMARY_CUES for word in gap.split())

    def attribute_before(
        self, span: QuoteSpan, sent_start: int
    ) -> tuple[Mention | None, Mention, Source | None] | None:
        """``Trump told reporters: “...”`` / ``He added, “...”``."""
        text = self.text
        paren = text.rfind("(", sent_start, span.start)
        if paren >= 0 and text.find(")", paren, span.start) < 0:
            # ``are expected to wait (“sit on it” ...)``: a parenthesis still open before the
            # quote is a sentence of its own; a cue outside it attributes nothing inside.
            sent_start = paren + 1
        cue_match = None
        for match in CUE_RE.finditer(text, sent_start, span.start):
            if self.span_at(match.start()) is None and not (
                # ``says all are welcome: “...”``: a base form after ``be`` is an adjective
                match.group() in _SPEECH_BASE_FORMS
                and _word_before(text, match.start()) in _BE_FORMS
            ):
                cue_match = match
        if cue_match is None:
            voice = _VOICE_CUE_BEFORE_RE.search(text, max(sent_start, span.start - 24), span.start)
            if voice is not None:
                at = voice.start("cue")
                speaker = subject_before(text, at, sent_start) or self.sentence_subject(
                    sent_start, at, adverbials=True
                )
                if speaker is not None:
                    cue = Mention(voice.group("cue"), at, voice.end("cue"))
                    return speaker, cue, find_source(text, sent_start, span.start)
            reads = _DOCUMENT_READS_BEFORE_RE.search(
                text, max(sent_start, span.start - 90), span.start
            )
            if reads is not None:
                # ``The letter reads: “...”``: the document speaks, as in ``“...,” read the
                # letter``
                document = Mention(reads.group("doc"), *reads.span("doc"))
                cue = Mention(reads.group("cue"), *reads.span("cue"))
                if _document_in_clause(reads) and document.start > sent_start:
                    # ``Kral posted a message reading “...”``: who posted it speaks through it,
                    # as with ``saying``; ``A sign reading “...” hung ...``: the sign.
                    holder = self.sentence_subject(sent_start, document.start, adverbials=True)
                    if holder is not None:
                        return holder, cue, None
                return document, cue, None
            caption = _CAPTION_BEFORE_RE.search(text, max(sent_start, span.start - 30), span.start)
            if caption is not None:
                # ``shared a photo with the caption, “...”``: the caption is the poster's words.
                at = caption.start("cue")
                speaker = self.sentence_subject(sent_start, at, adverbials=True)
                if speaker is not None:
                    return speaker, Mention(caption.group("cue"), at, caption.end("cue")), None
            return self.inverted_opening(span, sent_start) or self.as_put_it(span, sent_start)
        cue = Mention(cue_match.group(), cue_match.start(), cue_match.end())
        speaker = subject_before(text, cue.start, sent_start)
        counted = (
            _WITH_ONE_RE.search(text, max(sent_start, cue.start - 40), cue.start)
            if cue.text.endswith("ing")
            else None
        )
        if counted is not None:
            # ``Fans cheered, with one writing, “...”``: the one counted speaks (as for
            # reported speech).
            speaker = Mention(counted["who"], counted.start("who"), counted.end("who"))
        if speaker is not None and speaker.text[:1].isupper():
            # ``Farmers in the west of Port Eldon said: “...”``: as for reported speech.
            affiliated = self.affiliated_subject(speaker, sent_start, cue.start)
            if affiliated is not None:
                speaker = affiliated[0]
        if (
            speaker is None
            and text.endswith(" that ", 0, cue.start)
            and not cue.text.endswith("ing")
            and _word_before(text, cue.start - 5) not in _NOT_SUBJECT
        ):
            # ``a message that said, “...”``: the phrase ``that`` stands for speaks.
            speaker = self.relative_that_subject(cue.start, sent_start)
        if speaker is None and cue.text.lower() == "according to":
            speaker = subject_after(text, cue.end + 1, span.start) or plain_source_after(
                text, cue.end + 1, span.start
            )
        if speaker is None and self.span_at(cue.start - 3) is not None:
            # ``“A,” opined a columnist, “B.”``: the speaker of an interrupted quote follows
            # the cue, between the two parts.
            speaker = subject_after(text, cue.end, span.start)
        if speaker is None and (
            relative := _relative_before(text, max(sent_start, cue.start - 40), cue.start)
        ):
            # ``I met Ada Lind, who told me ... “...”``: the phrase the relative stands for,
            # as for reported speech, not the sentence's first subject.
            speaker = subject_before(text, relative.start(), sent_start)
            if speaker is None and not relative.group().startswith(","):
                speaker = self.common_subject(relative.start(), sent_start)  # ``a skipper who``
            if speaker is None:
                speaker = Mention(relative.group("pronoun"), *relative.span("pronoun"))
        if (
            speaker is None
            and not cue.text.endswith("ing")
            and (not text[sent_start : cue.start].strip() or text.endswith(", ", 0, cue.start))
            and (named := subject_after(text, cue.end, span.start)) is not None
            and not text[named.end : span.start].strip(" ,:")
        ):
            # ``But, said Ada Vell, “...”``, ``explained the pilot: “...”``: an inverted cue
            # and its speaker right before the quote.
            speaker = named
        if speaker is None:
            speaker = self.sentence_subject(sent_start, cue.start, adverbials=True)
        source = find_source(text, sent_start, span.start)
        if speaker is not None and cue.text.endswith("ing"):
            # ``she sent an email saying, “...”``: she speaks, through the email (as for
            # reported speech).
            sent = self.document_sender(speaker, sent_start)
            if sent is not None:
                speaker, source = sent
        return speaker, cue, source

    def dash_attribution(
        self, span: QuoteSpan, para_end: int
    ) -> tuple[Mention, Mention, None] | None:
        """A quote standing as its own paragraph, the next paragraph a dash and its speaker's
        name (``“...”`` then ``— Ada Lind, a skipper.``): the attribution line of an epigraph
        or a quotation set apart."""
        text = self.text
        # ``“...” — Ada Lind, Eastside``: a readers' roundup signs each letter on its own line.
        found = _DASH_AFTER_QUOTE_RE.match(text, span.end, para_end)
        if found is None:
            if text[span.end : para_end].strip() or para_end + 2 > len(text):
                return None
            found = _DASH_LINE_RE.match(text, para_end)
        if found is None:
            return None
        line_end = self.layout.paragraph(found.end())[1]
        speaker = subject_after(text, found.end(), line_end)
        if speaker is None:
            return None
        rest = text[speaker.end : line_end].strip()
        if (
            # ``— striker Ade Banjo``: a role in lower case before the name, as a sports
            # wire signs its one-line quotes
            not (speaker.text[:1].isupper() or speaker.text.rsplit(None, 1)[-1][:1].isupper())
            or speaker.text.split(None, 1)[0].lower() in _DETERMINER_WORDS
            # The name alone on its line, or before a comma: not an item of a list (``- Fix
            # the pier.``) nor an aside between dashes (``— A skipper himself —``).
            or rest not in ("", ".")
            and not rest.startswith(",")
        ):
            return None
        return speaker, Mention(found.group("dash"), found.start("dash"), found.end("dash")), None

    def inverted_opening(
        self, span: QuoteSpan, sent_start: int
    ) -> tuple[Mention, Mention, Source | None] | None:
        """``Said Ada Lind, a skipper, “...”``: a speech verb opening the sentence, its subject
        after it."""
        word = _WORD_RE.match(self.text, sent_start)
        if word is None or not word.group()[:1].isupper():
            return None
        lowered = word.group().lower()
        if lowered not in SPEECH_VERBS or lowered.endswith("ing"):
            return None
        speaker = subject_after(self.text, word.end(), span.start)
        if speaker is None:
            return None
        cue = Mention(word.group(), word.start(), word.end())
        return speaker, cue, find_source(self.text, sent_start, span.start)

    def as_put_it(
        self, span: QuoteSpan, sent_start: int
    ) -> tuple[Mention | None, Mention, Source | None] | None:
        """``As Ada Lind put it, “...”``: ``put it`` is no cue elsewhere (``put it away``)."""
        found = _PUT_IT_RE.search(self.text, sent_start, span.start)
        if found is None:
            return None
        cue = Mention(found.group("cue"), found.start("cue"), found.end("cue"))
        speaker = subject_before(self.text, cue.start, sent_start)
        return speaker, cue, find_source(self.text, sent_start, span.start)

    def colon_verb(self, start: int, end: int) -> tuple[Mention, Mention, Source | None] | None:
        """The subject and the verb of ``The star, 48, fumed:`` or ``She hit back:`` before a
        quote: any verb in the past tense right before the colon introduces what follows, as
        a comma after a quote does (see :func:`is_tag_verb`). Only a subject naming a person,
        people or a body speaks so (``The figures showed:`` lists, it does not quote)."""
        match = _COLON_VERB_RE.search(self.text, max(start, end - 40), end)
        if match is None:
            return None
        verb, particle = match.group("verb"), match.group("particle")
        if not (is_tag_verb(verb) or f"{verb} {particle}" in QUOTE_TAG_PHRASES):
            return None
        if _word_before(self.text, match.start()) in _BE_FORMS:
            return None  # ``Lind was asked:``, ``the bridge was closed:``: a passive
        speaker = subject_before(self.text, match.start(), start)
        if speaker is None or not _speaking_head(speaker.text.split()[-1]):
            return None
        cue = Mention(match.group("cue"), match.start("cue"), match.end("cue"))
        return speaker, cue, find_source(self.text, start, end)

    def attribute_intro(
        self, para_start: int
    ) -> tuple[Mention | None, Mention | None, Source | None] | None:
        """A quote opening a paragraph after a line ending in a colon: the speaker named there."""
        if para_start < 2:
            return None
        line_start, line_end = self.layout.paragraph(para_start - 2)
        while line_start < line_end and not self.text[line_start:line_end].strip():
            if line_start < 2:
                return None
            line_start, line_end = self.layout.paragraph(line_start - 2)
        intro = self.text[line_start:line_end].rstrip()
        if (
            intro.endswith(".")
            and (turn := _TURN_TAKEN_RE.search(intro, max(0, len(intro) - 60))) is not None
        ):
            # ``He was quiet for a long time. Then he began.``: a sentence that only says who
            # spoke next, closing the paragraph before the quote, attributes it.
            return (
                Mention(turn["who"], line_start + turn.start("who"), line_start + turn.end("who")),
                Mention(turn["cue"], line_start + turn.start("cue"), line_start + turn.end("cue")),
                None,
            )
        if not intro.endswith(":") and (not intro or intro[-1] in ".!?”\"’'" or len(intro) > 400):
            return None
        intro_end = line_start + len(intro)
        sent_start = max(line_start, self.layout.sentence_start(intro_end - 1))
        cue_match = None
        for match in CUE_RE.finditer(self.text, sent_start, intro_end):
            if self.span_at(match.start()) is None:
                cue_match = match
        source = find_source(self.text, sent_start, intro_end)
        if cue_match is not None:
            cue = Mention(cue_match.group(), cue_match.start(), cue_match.end())
            speaker = subject_before(self.text, cue.start, sent_start) or subject_after(
                self.text, cue.end, intro_end
            )
            if speaker is not None:
                return speaker, cue, source
        return self.colon_verb(sent_start, intro_end) or self.colon_subject_only(
            sent_start, intro_end, source
        )


_CLAUSE_VERB_AFTER_RE: Final = re.compile(
    r" (?:could|would|will|can|should|might|must|may|was|were|is|are|had|has|have)\b"
)
"""A finite verb right after the phrase following a cue: that phrase is the subject of a clause
said (``said the board could win``), not the speaker of an inverted tag (``said the board.``)."""


def _ends_sentence(text: str, end: int, limit: int) -> bool:
    """True when only punctuation, an attribution or an adverbial follows the quote at ``end``."""
    rest = text[end : min(limit, end + 3)].lstrip(" ")
    if not rest or rest[0] in ".!?;\r\n" or rest[0] == "," and end + 3 <= limit:
        return True
    if rest[0].isupper() and text[max(0, end - 3) : end].rstrip("\"”’'»›")[-1:] in ".!?":
        return True  # ``called it “a disgrace.” He left``: the full stop inside the marks
    return _ADVERBIAL_TAIL_RE.match(text[end : min(limit, end + 40)].lstrip(" ")) is not None


_SO_CALLED: Final = (" so-called", " so called", "So-called", "So called")
"""``so-called`` right before a quote: the quote is a term held at a distance, not a remark."""
_BY: Final = (" by ", ", by ")
_BYLINE_RE: Final = re.compile(r",?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")
"""A byline after a quote: the quote is the title of a piece (``“Ferries Run Late,” by Lind``)."""
_BYLINE_LEAD_RE: Final = re.compile(r"[”\"’'],?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][^:\n“”\"]{0,80}:$")
"""A headline and its byline before a colon: what follows is an excerpt of the piece."""
_TURN_TAKEN_RE: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:Then|And|Finally|Eventually|Slowly|At last),?\s+)?"
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<cue>began|begins|replied|replies|answered|answers|explained|explains|continued|"
    r"continues|went on|goes on)\.$"
)
"""A sentence closing a paragraph that only says who spoke next (``Then he began.``, ``She
replied.``): the quote in the next paragraph is that person's."""
_DASH_AFTER_QUOTE_RE: Final = re.compile(
    r"[ \t]+(?P<dash>[—–]|--)[ \t]*(?=[A-Z]|[a-z]+(?:[ \t]+[a-z]+)?[ \t]+[A-Z])"
)
"""A dash and a capitalised word, or a role of a word or two before one (``— striker Ade
Banjo``), on the line of a quote that opens its paragraph."""
_DASH_LINE_RE: Final = re.compile(r"\s*\n\s*(?P<dash>[-—–]{1,2})[ \t]*(?=[A-Z])")
"""A paragraph opening with a dash before a capitalised word: the attribution line after a
quote set apart (``— Ada Lind``)."""
_PUT_IT_RE: Final = re.compile(
    r"\b[Aa]s\s.{1,120}?\s(?P<cue>(?:has\s+|had\s+)?puts?\s+it)(?:\s+[a-z]+)?\s*[,:]?\s*\Z"
)
"""``As Ada Lind put it, “...”`` (or ``put it later``, ``put it bluntly``): an attribution
before a quote, ``put it`` its cue."""
_AS_PUT_RE: Final = re.compile(r"\b(?:put it|words|continues|continued|wrote|writes)\W*$")
"""An attribution the cue lexicon does not hold, before a quote (``as Lund put it, “...”``)."""


def _document_reads_object(before: str) -> bool:
    """True when ``before``, the sentence up to a quote, ends in a document and its ``reads``
    (``The letter reads:``), or in ``reading`` or ``that read`` after a document that is no
    subject (``posted a message reading``; in ``A banner reading “...” hung ...`` the sentence
    goes on)."""
    reads = _DOCUMENT_READS_BEFORE_RE.search(before)
    return reads is not None and (not _document_in_clause(reads) or reads.start("doc") > 0)


def _document_in_clause(reads: re.Match[str]) -> bool:
    """True when a document's ``reads`` is a participle or in a relative clause (``a sign
    reading``, ``a sign that read``): the document is the object or subject of another verb."""
    return reads.group("cue") == "reading" or reads.group("relative") is not None


def _is_sentence(content: str) -> bool:
    words = content.split()
    return len(words) >= 8 or len(words) >= 5 and content.rstrip()[-1:] in ".!?,…"


_TITLE_SMALL_WORDS: Final = frozenset("a an and the of in on to for at by with from or".split())


def _is_title(content: str) -> bool:
    """True for a short title-cased phrase without a full stop: a title or a name."""
    words = content.rstrip(",").split()
    if not words or len(words) > 7 or content.rstrip()[-1:] in ".!?":
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS or not w[:1].isalpha() for w in words
    )


def _fragment_score(content: str) -> float:
    words = content.split()
    if not words:
        return 0.05
    if all(word[:1].isupper() or not word[:1].isalpha() for word in words) and len(words) <= 8:
        return 0.15  # a title or a name
    if len(words) <= 3:
        return 0.25
    return 0.4
