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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from annotator.detect.attitudes import (
    ATTITUDE_SCORES,
    BELIEF_VERB_SCORE,
    CLAUSE_VERB_RE,
    _raised_subject,
    drop_nested_attitudes,
    find_attitudes,
    find_relative_attributions,
    lift_beliefs,
)
from annotator.detect.attribution import (
    _TOKEN_RE,
    AUXILIARIES,
    CUE_RE,
    CUE_SCAN_RE,
    MONTH_GIVEN_NAMES,
    MONTH_SURNAMES,
    OBJECT_TAKING,
    OPENING_PARTICIPLES,
    PARTY_DESIGNATION_RE,
    QUOTE_TAG_PHRASES,
    SKIPPED_ENDINGS,
    SOURCE_LINKS_RE,
    SPEECH_NOUN_SET,
    Mention,
    Source,
    _np_token,
    clause_comma,
    closes_on_tag_punctuation,
    find_source,
    holder_of_participle,
    is_primary,
    is_tag_verb,
    modifies_cue_noun,
    noun_of_people,
    plain_source_after,
    skips_before_verb,
    subject_after,
    subject_before,
    subject_then_verb,
    tags_quote_after,
    trie_pattern,
)
from annotator.detect.cuewords import find_cue_words
from annotator.detect.headlines import circumstance_follows, find_headline_attributions
from annotator.detect.lexicon import (
    ABBREVIATIONS,
    BARE_NOUN_LIKE_FORMS,
    BELIEF_VERBS,
    EVENT_NOUNS,
    HEADLINE_CUES,
    LEADING_ROLE_WORDS,
    NEEDS_THAT,
    NOUN_LIKE_FORMS,
    PERSON_PRONOUNS,
    PREDICATE_CONTENT_NOUNS,
    PREDICATE_EVIDENCE_SOURCES,
    PREDICATE_NOT_HOLDERS,
    PREDICATE_NOUNS_THAT,
    PRIMARY_CUES,
    PRONOUNS,
    ROLE_NOUNS,
    SOCIAL_NAMES,
    SPEAKING_VERBS,
    SPEECH_LEMMAS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    WORLD_PLACE_WORDS,
)
from annotator.detect.marks import SINGLE, QuoteSpan, find_quote_spans
from annotator.detect.names import (
    FEMALE,
    FIRST_NAMES,
    MALE,
    NAME_RUN_RE,
    ORG_WORDS,
    SENTENCE_ADVERBS,
    STOP_CAPS,
    UPPER,
    DocumentNames,
    canonical_speaker_key,
    caseless_word,
    clean_name,
    coordinated_speakers,
    join_speakers,
    looks_like_organisation,
    looks_like_person,
    noun_gender,
    opens_subject,
)
from annotator.detect.predicates import (
    _LIGHT_VERB_RE,
    UNSURE_OBJECT_SCORE,
    find_predicates,
    find_trailing_sources,
    is_plain_call,
    object_is_content,
)
from annotator.detect.text import Layout, matches_at
from annotator.records import Candidate, QuoteType, SourceKind


@dataclass(slots=True)
class Draft:
    """A candidate under construction."""

    start: int
    end: int
    type: QuoteType
    score: float
    speaker: Mention | None = None
    cue: Mention | None = None
    source: Source | None = None
    resolved: str | None = None
    standalone: bool = True
    inherited: bool = False
    speaker_spans: list[tuple[int, int]] | None = None
    """One span per speaker a coordinated subject names (``Lind and Kral``); else None."""

    # Written out, not left to @dataclass: mypyc compiles this one, while the generated one
    # runs interpreted in the compiled build, seven times slower.
    def __init__(
        self,
        start: int,
        end: int,
        type: QuoteType,
        score: float,
        speaker: Mention | None = None,
        cue: Mention | None = None,
        source: Source | None = None,
        resolved: str | None = None,
        standalone: bool = True,
        inherited: bool = False,
        speaker_spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.type = type
        self.score = score
        self.speaker = speaker
        self.cue = cue
        self.source = source
        self.resolved = resolved
        self.standalone = standalone
        self.inherited = inherited
        self.speaker_spans = speaker_spans


_ING_CUES = re.compile(r"ing(?: out| back)?$")
_THAT_RE = re.compile(r"\s*(?:,\s*)?that\b")
_LEAD_ADVERBIAL_RE = re.compile(
    r"(?:\s+(?:on|last|this|early|late|earlier|in|at|during|via|after|before|from|"
    r"to(?=\s+(?:the|a|an|his|her|their|its|reporters|journalists|[A-Z])\b))\b"
    r"[^,.;:“”\"]{0,60}?(?=\s+that\b|,))|"
    # ``said on Tuesday the plan ...``, ``said on March 4 the deal ...``: the day is when it
    # was said, with or without ``that`` after it (the wire services' style).
    # ``said in a statement the port ...``, ``said at a briefing with Skerry Radio his ...``:
    # the channel, before content with no ``that``.
    r"(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|interview|news\s+conference|press\s+conference|briefing|speech|letter|"
    r"email|press\s+release|post|address)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w’'.&\-]*(?:\s+[A-Z][\w’'.&\-]*){0,3})?"
    r"(?=\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|I|there|this|these|those|"
    r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*[ \t]+(?:[a-z]+(?:ed|s)|would|will|had|has|is|"
    r"was|could|should|must|may|might|can))\b))|"
    r"(?:\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b)|"
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|recently|again|also|repeatedly|publicly|"
    r"previously|earlier|later|afterwards|afterward|once|privately|separately|too)\b)"
)
_COORDINATED_CUES = trie_pattern(
    sorted(
        verb
        for verb in SPEECH_VERBS
        if " " not in verb and verb.endswith(("ed", "s", "ld", "te", "id")) and len(verb) > 3
    )
)
"""Speech verbs in the past or present tense: after ``and`` (``said A and accused B``), a new
act of the speaker's, which ends the content of the first."""
# Every cut opens with a comma, a closing mark, or spaces before ``and`` or ``but`` (the only
# alternatives that may open with a space, ``keep2`` and ``keep5``, go on so): the look-ahead
# rejects any other position, and a space before any other word, with one or two tests instead
# of five alternatives (a quarter faster; the match is the same).
_CUT_RE = re.compile(
    r"(?=[,\"”'’]|\s+(?:and|but)\s)(?:"
    r"(?P<keep>,[\"”'’]*|[\"”'’]*,)\s*(?:according to|adding|saying|noting|arguing|explaining|"
    r"insisting|stating|telling|warning|declaring|writing|asking|replying|responding|claiming|"
    r"(?:he|she|they|it|we)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|told|noted|"
    r"wrote|stated|insisted|argued|warned|explained|declared)|(?:said|says|added)\s)\b|"
    r"(?P<keep2>[\"”'’]*),?\s+(?:and|but)\s+(?:(?:he|she|they|it|we)\s+)?"
    r"(?:then\s+|also\s+|later\s+)?(?:" + _COORDINATED_CUES + r")\b|"
    r"(?P<keep5>[\"”'’]*),?\s+and\s+(?:he|she|they)\s+(?:then\s+|also\s+|later\s+)?"
    r"[a-z]{3,}ed\b|"
    r"(?P<keep4>,)\s+but\s+(?!that\b|also\b)(?=[a-z]+\s+[a-z]+)|"
    r"(?P<keep3>,[\"”'’]*)\s*(?:(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}|"
    # ``..., the paper said.``, ``..., a spokesman wrote.``: a common noun phrase as subject
    r"(?:the|a|an|its|his|her|their)(?:\s+[a-z][\w-]*){1,4})\s+"
    r"(?:reports|reported|said|says|writes|wrote|added)\s*[.;]?$"
    r")"
)
_HEADLINE_LOWER = frozenset(cue.lower() for cue in HEADLINE_CUES) - SPEECH_VERBS
_AND_BUT_RE = re.compile(r"\s(?:and|but)\s")


def _cuts(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The ``_CUT_RE`` matches in ``text[start:end]``.

    Every cut holds a comma or an ``and``/``but`` between spaces; two in five contents hold
    neither, and looking for them costs a tenth of the search they save.
    """
    if text.find(",", start, end) < 0 and _AND_BUT_RE.search(text, start, end) is None:
        return iter(())
    return _CUT_RE.finditer(text, start, end)


def _plain_words(phrase: str) -> bool:
    """True for up to four plain words that may open a subject phrase (``the news site``)."""
    words = phrase.split()
    return (
        0 < len(words) <= 4
        and all(w.isalpha() for w in words)
        and not any(w.lower() in _FUNCTION_NOT_DETERMINER for w in words)
    )


def _word_after(text: str, position: int) -> str:
    """The lower-cased word starting right after ``position`` (one space between)."""
    end = text.find(" ", position + 1, position + 20)
    return text[position + 1 : end if end > 0 else position + 20].lower()


def _plural_noun_after_count(text: str, cue_start: int, lowered: str) -> bool:
    """Whether the cue word ``lowered`` at ``cue_start`` is a plural noun after a word that
    counts it (``many reports``, ``two claims``, ``12 reports``): a verb in ``-s`` agrees
    with no plural subject."""
    return (
        lowered.endswith("s")
        and not lowered.endswith("ss")
        and (
            _word_before(text, cue_start) in _PLURAL_COUNTS
            or text[cue_start - 2 : cue_start - 1].isdigit()
        )
    )


def _word_written_before(text: str, position: int) -> str:
    """The word ending right before ``position`` (one space between), as written."""
    start = text.rfind(" ", position - 20 if position > 20 else 0, position - 1) + 1
    return text[start : position - 1]


def _word_before(text: str, position: int) -> str:
    """The lower-cased word ending right before ``position`` (one space between)."""
    low = position - 20  # a comparison, not ``max`` (slow in Python 3.11): called per cue
    start = text.rfind(" ", low if low > 0 else 0, position - 1) + 1
    return text[start : position - 1].lower()


_FINITE_SKIPS = frozenset("still also never then soon only not already even just".split())
"""Adverbs between a subject and its verb (``the board still knows``)."""
_CLAUSE_SUBJECT_OPENERS = frozenset(
    "the a an his her their its this these those every most many some no".split()
)
"""Words opening a noun phrase that may be the subject of a clause after ``and``."""


def _goes_on_with_a_clause(text: str, position: int, limit: int) -> bool:
    """Whether ``and`` or ``but`` at ``position`` opens a clause with its own subject and a
    finite verb that goes on with reported content (``and the council knows it``, ``but
    nobody will listen``), rather than the speaker's next act: no subject (``and left``), a
    pronoun and a past verb (``and he walked out``: narration, see docs/guidelines.md), or a
    verb of speech (``and Kral added ...``: an attribution of its own)."""
    words = text[position:limit].split()[1:8]
    if not words:
        return False
    first = words[0].lower()
    if first in PRONOUNS:
        subject_length = 1
    elif first in _CLAUSE_SUBJECT_OPENERS or first in ("nobody", "no-one", "everyone"):
        subject_length = 1 if first in ("nobody", "no-one", "everyone") else 0
        if not subject_length:
            subject_length = next(
                (n for n in range(2, 5) if n < len(words) and _finite_verb(words[n])), 0
            )
    elif words[0][:1].isupper():
        subject_length = next(
            (n for n in range(1, 4) if n < len(words) and not words[n][:1].isupper()), 0
        )
    else:
        return False
    if not subject_length or subject_length >= len(words):
        return False
    index = subject_length
    while index < len(words) - 1 and words[index] in _FINITE_SKIPS:
        index += 1
    verb = words[index].strip(".,;:!?").lower()
    if not _finite_verb(verb) or verb in SPEECH_VERBS:
        return False
    past = verb.endswith("ed") or verb in _IRREGULAR_PAST
    return not (past and first in PRONOUNS)


def _finite_verb(word: str) -> bool:
    """Whether the lower-case ``word`` reads as a finite verb: an auxiliary or a modal, a past
    in ``-ed`` or an irregular past, or a present in ``-s``."""
    word = word.strip(".,;:!?")
    return (
        word in _FINITE_AUXILIARIES
        or word in _IRREGULAR_PAST
        or word.islower()
        and (word.endswith("ed") or word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )


_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had will would could can must should may might did does do "
    "won't can't isn't aren't wasn't weren't doesn't don't didn't".split()
)
"""Auxiliaries and modals that make a clause finite."""


def _quantifier_opens_clause(text: str, sent_start: int, start: int) -> bool:
    """Whether the word at ``start`` opens its clause: first in the sentence, after a comma or
    after a connective (``Most say``, ``Since May, most say``, ``but most say``), where a
    quantifier is the subject and not the superlative of ``the most promising``."""
    lead = text[sent_start:start].rstrip()
    return (
        not lead
        or lead.endswith((",", ";", ":"))
        or _word_before(text, start)
        in {
            "and",
            "but",
            "while",
            "whereas",
            "though",
            "although",
            "yet",
            "so",
        }
    )


_DETERMINER_WORDS = frozenset(
    "the a an his her their its our my your this that these those".split()
)
_CLAUSE_BEFORE_THAT_RE = re.compile(
    r"\b(?:he|she|they|we|I|it|and|but|what|whether|how|why|where|which|"
    r"is|are|was|were|has|have|had|will|would|could|can|must|should|might)\s"
)
"""Words showing that the content started before a later ``that`` (``saying she could
not back it and suggesting that ...``, ``asking workers what the looms could do that nobody
asked``, ``said many skippers were unaware that ...``: a finite verb of a clause that the
``that`` only goes on with): the ``that`` belongs to another clause."""
_AND_BEFORE_RE = re.compile(r"\sand\s+$")
_INFINITIVE_RE = re.compile(r"\bto\s+[a-z]")
"""An infinitive (``to report``) between a passive cue and the content found after it."""
_RELATIVE_THAT_GAP_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:with|of|for|over|after|following|about)\s+"
    r"(?:a|an|the|his|her|their|its)(?:\s+[a-z][\w-]*){1,3}\s+"
)
"""What stands between a passive cue and a relative ``that``: a preposition and its object
(``was charged in connection with a crash that``); not a channel or a day, which ``that``
follows as the content (``was announced in a statement that``, ``on Monday that``)."""
_SECTION_LABEL_RE = re.compile(r"[*_]*[A-Z][A-Z’' ]+[*_]*:[*_]*\s+")
"""A section's name in capitals and a colon opening a line (``OVERHEARD:``, ``**QUOTED**:``)."""
_PLAIN_PHRASE_RE = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}(?=\s*[,:])")
"""The words of a common noun phrase after its quantifier, the first in lower case, up to a
comma or colon (``One [senior aide],``, ``One [senior GOP aide]:``)."""
_CAPTION_BEFORE_RE = re.compile(
    r"\b(?:with|alongside|under)\s+(?:the|a)\s+(?P<cue>caption)[,:]?\s*$"
)
"""What introduces a post's caption right before it (``with the caption, “...”``)."""
_VOICE_CUE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?P<cue>(?:jeered|heckled|hollered|booed|cheered|taunted|snapped|barked|"
    r"roared|shrieked|sighed|gasped|sobbed|howled|chimed\s+in|piped\s+up))[,:]\s*$"
)
"""A verb of voice right before a quote, set off by a comma or a colon (``his friends jeered,
“...”``, ``she snapped: “...”``). Not in the speech lexicon, where their plain senses (``the
crowd cheered``, ``the branch snapped``) would report nothing; in this frame the quote is what
was voiced."""
_APPOSED_SURNAME_RE = re.compile(r" ([A-Z][a-z’'-]+)(?=, )")
"""The surname after a given name in an apposition (``, Kwame Asante,``)."""
_ABBREVIATED_MONTH_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?= \d)")
"""A month abbreviated before the day (``Jan. 3``), as AP style writes a date."""
_AGE_AFTER_NAME_RE = re.compile(r", \d{1,3},")
"""An age between commas right after a name (``Yusuf, 29,``)."""
_APPOSED_NOUN_RE = re.compile(r"\b([a-z][a-z-]+), $")
"""A common noun and the comma of an apposition after it (``his daughter-in-law, ``)."""
_HELD_BY_PARTICIPLE_RE = re.compile(
    r"(?:[A-Z][a-z]+|(?:[a-z][\w’'-]*|\d+))(?:\s+[a-z][\w’'-]*){0,4}?\s+(?:being\s+)?"
    r"(?:[a-z]+ed|seen|taken|given|shown|held|made|written|sent|kept)\s+"
    r"(?:by|at|in|from|outside|inside|near)\s"
)
"""A common noun phrase holding a participle and its preposition (``Messages obtained by``,
``a report released by``): the object after is no name of the phrase."""
_NAME_APPOSITION_RE = re.compile(r", (?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+,(?!\S)")
"""A person's name set off by commas after the addressee (``told a news conference with his
counterpart, Ilse Marchetti, that``): its commas end nothing."""
_SERVING_PHRASE_RE = re.compile(r"^\S+(?:\s[a-z]+)?\s(?:for|of|at|with)\s")
"""A common noun phrase naming whom its head serves (``a spokesperson for ...``)."""
_PLACE_OPENING_RE = re.compile(r"(?:(?:In|At|From)\s[^,]{1,40},\s)?")
"""Nothing, or a place opening the sentence before its subject (``In Brussels, ``)."""
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.(?!\w)")
"""A time of day as AP style writes it (``3:15 p.m.``, ``9 a.m.``): its full stops end nothing."""
_STOP_BEFORE_THAT_RE = re.compile(r'[.,;:“”"]')
"""A mark between a cue and a later ``that``: the ``that`` then opens no content of the cue."""
_PARENTHESIS_ONLY_RE = re.compile(r"\s*\([^()]{1,30}\)[.!?]?\s*")
"""A short parenthesis and nothing else (``(March 6).``): no content after a cue."""
_NOUN_CUE_BEFORE_RE = re.compile(
    r"\b(?:(?:in|on|at|of|by|with)(?:\s+[a-z]+)?|the|a|an|his|her|their|its|our)\s+$"
)
"""Words before a cue word in a block's introduction that make it a noun (``describes the
record in blunt terms:``, ``gave a statement:``); the verb before it introduces the block."""
_NEGATED_RE = re.compile(r"(?:n[’']t|\bnot|\bnever|\bneither)\s+$")
"""A negation right before a cue: the act did not take place."""
_CATAPHORIC_RE = re.compile(
    r"(?i:\b(?:following|this|these|thus|below|statement|message|words|remarks?|post|tweet)\b)"
)
"""Words of an object that points ahead to the block it introduces (``wrote the following``)."""
_PLURAL_COUNTS = frozenset(
    "many few several both all most some other more multiple numerous various conflicting "
    "unconfirmed two three four five six seven eight nine ten dozen hundred".split()
)
"""Words that count a plural noun after them (``many reports``, ``two claims``)."""
_ADDING_AFTER_CLAUSE = frozenset(
    "and but or by while without before after then also again further only even later "
    "quickly simply instead merely".split()
)
"""Words before ``adding`` that make it the speaker's next act (``and adding``, ``by
adding``, ``later adding``), not a participle on the noun before it."""
_FOLLOWING_THINGS_RE = re.compile(r"\bthe\s+following\s+(?P<noun>[a-z]+)\s*:\s*$")
"""``the following`` and a noun closing a block's introduction: what the block lists."""
_WORDS_LISTED_RE = re.compile(
    r"statements?|remarks?|comments?|words|messages?|questions?|answers?|points?|repl(?:y|ies)|"
    r"responses?|explanations?|passages?|lines|quotes?|posts?|tweets?|text|letters?|notes?|"
    r"emails?|warnings?|advice|accounts?|descriptions?|excerpts?|extracts?|summary|testimony|"
    r"declaration|message|memo|appeal|plea|tribute|apology|announcement|update"
)
"""Nouns of words said or written: after ``the following`` they introduce someone's words."""
_YES_NO_RE = re.compile(r"(?i:yes|no)")
"""``said yes, but ...``: a short content that is still an answer, kept when a later cue cuts it."""
_THAT_AFTER_BREAK_RE = re.compile(r"that\s+(?!is\b)")
"""``that`` right after a comma in reported content opens the content proper (``saying, for the
first time, that ...``); a comma right after the content's opening ``that`` opens an aside in it
(``said that, if the skippers agreed, ...``). Neither ends the content."""
_OPENING_PARTICIPLE_RE = re.compile(
    r"\W*(?:(?:After|Before|By|While|In|Since|Upon|Without|When|Despite)\s+)?"
    r"(?:(?:not|also|first|publicly|repeatedly)\s+)?"
)
"""What may stand before a participle cue that opens its sentence (``After saying``)."""
_OPENING_PARTICIPLE_THAT_RE = re.compile(r"\W*(?P<cue>[A-Z][a-z]+ing) that ")
"""A participle in capitals opening a sentence before ``that``: a cue of
``OPENING_PARTICIPLES`` when the word is one."""
_MAIN_SUBJECT_RE = re.compile(
    r"(?P<who>(?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|(?:the|a|an)\s+[a-z]+))\s+(?=[a-z])"
)
"""The subject opening a main clause: a pronoun, a name or a short common noun phrase, then a
lower-case word (its verb)."""
_CLAUSE_AFTER_CUE_RE = re.compile(
    r"\s+(?:(?:he|she|they|we|there|it)\s+[a-z]|(?!(?:on|in|at|by|for|from|to|with|of|last|"
    r"this|next|earlier|during|after|before|since|until|about|over)\b)(?:[\w’'-]+\s+){1,4}"
    r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\s)"
)
"""A clause right after a cue, with no ``that``: a pronoun subject, or a few words and a finite
auxiliary (``insist delegates must heed``), not opened by a preposition (``a plan announced on
Friday will close``: a participle and a time)."""
_CARRIER_RE = re.compile(
    r"\b(?:go|goes|going|went|gone)\s+on\s+to\s+$|"
    r"\b(?:continue|continues|continued|continuing)\s+to\s+$|"
    r"\b(?:begin|begins|began|begun|start|starts|started)\s+to\s+$|"
    # ``Supporters like to say``: a habit of saying, not the wish of ``would like to``
    r"(?<!would\s)(?<!’d\s)(?<!'d\s)\b(?:like|likes|liked|love|loves|loved)\s+to\s+$|"
    r"\b(?:proceed|proceeds|proceeded|hasten|hastens|hastened|rush|rushes|rushed|rose|rise|rises|"
    r"paused|pause|pauses|stopped|stop|stops|moved|move|moves|bothered|bother|bothers)\s+to\s+$|"
    r"\b(?:take|takes|took|taking)\s+to\s+(?:[A-Z][\w.-]*|the\s+[\w-]+)\s+to\s+$|"
    r"\b(?:take|takes|took|taking|use|uses|used|using|seize|seized)\s+(?:the|this|that|an?)\s+"
    r"(?:opportunity|occasion|chance|moment|stage|floor|podium|microphone)\s+to\s+$|"
    r"\b(?:go|goes|going|went|gone)\s+out\s+of\s+(?:his|her|their|its|my|our|your)\s+way\s+"
    r"to\s+$|"
    r"\b(?:use|uses|used|using)\s+(?:(?:part|much|some|most|all)\s+of\s+)?"
    r"(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:speech|speeches|address|remarks|appearance|statement|interview|column|testimony|"
    r"sermon|keynote|platform|time|turn)\s+to\s+$"
)
"""A verb that carries a cue on in its infinitive: the speech was made, and the verb's subject
made it (``went on to say``, ``continued to insist``, ``began to argue``, ``proceeded to
argue``, ``took to the radio to say``, ``used the occasion to warn``, ``went out of her way to
stress``, ``used her speech to call for``: the speech spent on the cue). A verb whose
infinitive may not have happened (``wants to say``, ``declined to say``, ``is likely to
argue``, ``has to tell``) or states a purpose (``held a meeting to thank``) carries none."""
_TIME_CLAUSE_OPENING_RE = re.compile(
    r"\W*(?:As|When|While|After|Before|Once|Until|Since|Whenever)\s"
)
"""A subordinator of time opening a sentence (``While the skippers started to chant, ...``)."""
_CAUSATIVE_RE = re.compile(
    r"\b(?:led|prompted|forced|drove|spurred|compelled|pushed)\s+"
    r"(?P<who>(?!(?:to|from|into|in|on|at|by|for|with|up|off|out|away|back|down)\b)"
    r"[\w’'.-]+(?:\s+(?!to\b)[\w’'.-]+){0,5})\s+to\s+$"
)
"""A verb of causing in the past and its object before an infinitive cue (``led Lind to
declare``): what was caused happened, and the object said it. Not a preposition after the verb
(``drove from Leeds to ask``: a journey, whose purpose may not have been met)."""
_CIRCUMSTANCE_OPENERS = frozenset("at in on during after before from".split())
"""Prepositions opening where or when something was said (``said at the rally``)."""
_NOT_REST_OPENERS = frozenset(
    "who which whose whom including but though although while whereas as because since".split()
)
"""Words after ``according to X,`` that open no rest of the content."""
_TIME_SKIPS = frozenset("today yesterday tonight now soon".split())
"""Time words between a common noun subject and its cue (``defenders today argue``)."""
_SHORT_CONTENT_OPENERS = frozenset("he she they it we the to".split())
"""Words opening a content of two words that stands on its own after its subject and cue
(``Lind said he would``, ``26 percent said the same``, ``promised to resign``)."""
_JOINED_CUE_RE = re.compile(r"\s+(?:or|nor|and)\s+([a-z]+)\b")
"""A second verb joined to the cue before their shared content (``confirm or deny``)."""
_THAT_AFTER_CUE_RE = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s\d{1,2}))?"
    r" that (?!is\b|was\b|are\b|were\b|has\b|had\b|will\b|would\b)"
)
"""``that`` right after a cue (or after the day: ``reported on Monday that``, ``reported Jan. 5
that``), opening its content (not a relative pronoun: ``said that was``)."""
_SHOUT_BEFORE_RE = re.compile(r"\b(?:yelled|shouted|screamed|chanted|exclaimed)$")
"""Cues that take the quote right after them, with no comma (``a man yelled “Go home!”``)."""
_ASKED_RE = re.compile(
    r"(?:\s+by\s+(?P<asker>[^,]{1,60}?)(?:\s+(?:on|in|at|during|last|this)\s[^,]{1,40}?)?"
    r"(?=\s+(?:if|whether|why|what|which|how|who|when|where|about)\s)"
    r"|\s+(?:on|in|at|during|later|again|recently|directly)\b[^,]{0,40}?|\s+[a-z]+ly|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?P<question>if|whether|why|what|which|how|who|when|where|about)\s"
)
"""The question after ``asked`` (``whether ...``, ``about ...``), after the one who asked it
(``by a reporter``), a day or an adverb (``asked specifically what ...``)."""
_WHEN_ASKED_RE = re.compile(r"(?:\b(?:when|whenever|if|after|once|before|as)|,)\s+(?:was\s+)?$")
"""``when asked``, ``, asked``: a question put by someone unnamed, inside the sentence."""
_ASKED_OPENING_RE = re.compile(r"\W*(?:(?:When|After|But|And|Later|Once|If)\s+)?(?:was\s+)?")
"""``Asked whether ...`` opening a sentence: a question put by someone unnamed."""
_LABEL_RE = re.compile(
    # ``The Hon. ADA LIND``, ``The PRESIDENT``: a record of a parliament's honorific and article
    r"[ \t]*(?:The[ \t]+(?=Hon\b|[A-Z]{2}))?(?:Hon\.?[ \t]+)?"
    r"(?P<label>(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)"
    # ``JEROME PASK, RIVERTON RESIDENT``: a news channel's transcript gives a role in capitals
    r"(?:,[ \t]+(?P<role>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,5}))?"
    # ``HOST (ADA LIND)``, ``ADA LIND (Northern Province) (14:32)``: a name, a seat, a time
    r"(?:[ \t]+\((?P<paren>[^()\n]{1,40})\))?(?:[ \t]+\([^()\n]{1,40}\))?"
    r":[ \t]+(?=\S)"
)
"""A speaker label opening a line (``Ada Moss: ...``, ``KRAL: ...``)."""
_STAGE_NOTE_RE = re.compile(r"[(\[][a-z][^()\[\]\n]{0,30}[)\]][ \t]+")
"""A stage note in lower case opening a transcript's line (``(laughs)``, ``[sighs]``)."""
_THANK_YOU_RE = re.compile(r"\s+you\b(?!\s+for)")
"""``thank you`` closing a sentence: the formula of thanks (``Dr Ada Lind, thank you.``)."""
_QUESTION_AFTER_PLACE_RE = re.compile(
    r"(?:on|at|in|during|by)\s+(?:[\w’'.-]+\s+){1,6}?(?P<question>whether|if)\s"
)
"""A place, an occasion or a medium, then the question put there (``on BBC Radio 4 whether``)."""
_ADDRESSEE_TO_RE = re.compile(
    r"\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|again|also|"
    r"publicly|repeatedly|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)(?:[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
)
"""One word in lower case (``residents``, ``them``) or a name, between a cue and ``to``; not a
day or an adverb (``promised Monday to``: no addressee)."""
_ROLE_LABELS = frozenset("host presenter anchor guest interviewer moderator narrator".split())
"""Labels of a role whose holder's name may follow in parentheses (``HOST (ADA LIND):``)."""


def _label_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the speaker's label stands in a ``_LABEL_RE`` match: the name in parentheses after
    a role in capitals (``HOST (ADA LIND)``), else the label."""
    paren = match.group("paren")
    if (
        paren is not None
        and paren.isupper()
        and match.group("label").lower() in _ROLE_LABELS
        # ``HOST (KOFI ANSAH-MENSAH)``, ``(ADA O'NEILL)``: hyphens and apostrophes join names
        and all(_NAME_JOINERS_RE.sub("", word).isalpha() for word in paren.split())
    ):
        return match.span("paren")
    return match.span("label")


_NAME_JOINERS_RE = re.compile(r"[-’']")
"""Marks that join the parts of a name (``ANSAH-MENSAH``, ``O'NEILL``)."""
_LABEL_TIME_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?")
"""A time of day in parentheses after a speaker's label (``Lind (14:02):``)."""
_NOT_LABELS = frozenset(
    "update note photo photos video watch read related correction clarification editor’s "
    "editor's source sources credit breaking exclusive opinion analysis review live "
    "transcript warning caution disclaimer advertisement sign q a question earlier previously "
    "background context developing recap timeline talk roundup digest sketch profile "
    "explainer preview obituary editorial comment feature interview letters chyron graphic "
    "caption claim rating verdict check".split()
)
"""Labels that introduce no speaker (``EARLIER:`` and ``UPDATE:`` mark the parts of a wire
story updated through the day; ``Sketch:``, ``Explainer:`` name the kind of piece; ``CHYRON:``
is the caption of a news channel's transcript; ``CLAIM:``, ``RATING:`` and ``Fact Check:`` the
parts of a fact check)."""
_SECTION_OPENERS = frozenset(
    "from in on at for with by inside behind around after before our my your".split()
)
"""First words of a section's name in a label (``FROM OUR ARCHIVE:``, ``IN BRIEF:``)."""
_QUESTION_WORDS = frozenset("what how why where when who".split())
"""Question words, which open a section's name of several words (``WHAT THEY SAID:``)."""
_NOT_SPEECH_AFTER = frozenset(
    "to the a an another his her their its our my your these those some".split()
)
"""Words after a cue that make it a plain verb (``continued to``, ``added another``)."""
_OBJECT_OPENERS = frozenset(
    "the a an another his her their its our my your these those some".split()
)
"""Words that open a noun phrase object right after a verb (``has added another link``)."""
_MAX_SENTENCE = 1000
"""Characters a sentence may reach on either side of a cue (real sentences are far shorter)."""
_OWNED_SPEECH_NOUN_RE = re.compile(
    r"[’']s\s+(?:" + trie_pattern(SPEECH_NOUNS.split("|")) + r")\s+(?:that\s+)?$"
)
"""A possessor and a speech noun right before a verb's content (``Kral’s assertion that``)."""
_NOUN_CUE_RE = re.compile(r"(?P<noun>" + trie_pattern(SPEECH_NOUNS.split("|")) + r")\s+that\s")
_HELD_BY_NOUN_CUE_RE = re.compile(
    r"\b(?P<noun>"
    + trie_pattern(sorted(set(SPEECH_NOUNS.split("|")) | set(PREDICATE_NOUNS_THAT.split())))
    + r")\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}"
    r"|(?:the\s+|some\s+|many\s+)?(?:[a-z\-]+\s+){0,2}[a-z\-]+s"
    r"|(?:a|an|the)\s+(?:(?!(?:of|in|on|at|to|for|with|from)\s)[a-z\-]+\s+){0,2}[a-z\-]+)"
    r"\s+that\s$"
)
"""A speech noun, ``by`` and its holder right before ``that`` (``the claim by Kral that``)."""
_NOUN_CUE_CHANNEL_RE = re.compile(
    r"(?P<noun>"
    + trie_pattern(SPEECH_NOUNS.split("|"))
    + r")\s+(?:in|on|at|during|last|this|earlier)\s+[^,.;:“”\"()]{0,50}?\b"
    r"(?:interview|statement|speech|letter|email|post|tweet|broadcast|podcast|briefing|"
    r"conference|rally|hearing|debate|meeting|address|column|radio|television|TV|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|"
    r"morning|afternoon|evening|night)"
    r"(?:\s+(?:to|with)\s+(?:the\s+)?[\w’'\-]+(?:\s+[A-Z][\w’'\-]*){0,2})?\s+that\s$"
)
"""A speech noun, then the channel or the day it was made in, right before ``that`` (``Kral's
claim in a radio interview that``, ``her warning on Monday that``): the holder is the
possessor, as with ``that`` right after the noun."""


_SUBJECT_OPENING_RE = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So)\s+)?(?:[Tt]he\s+)?")
"""What may stand before a possessor that opens its sentence as the subject's first word."""
_WORD_OR_BREAK_RE = re.compile(r"[\w’'\-]+|[,;:()—–]")
"""A word, or a mark that breaks a clause."""
_CLAUSE_BREAKS = frozenset(",;:()—–")
_CLAUSE_JOINS = frozenset(
    "and or but because as since while when if although though after before until unless "
    "whereas so that which who where".split()
)
"""Words that open or join another clause, whose own verb may follow with a subject."""
_DETERMINER_AFTER_RE = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|some|many)\s")
_NO_MAIN_VERB_BEFORE = frozenset(
    """
    and or but nor that which who whom whose what when where why how if whether because as
    since while though although unless until so than it he she they we i you there this not
    never also still only just even
    """.split()
)
"""Words after which a finite verb continues the clause it stands in (``the fund was empty and
was spent``, ``because it was spent``), not the sentence around it."""


def _main_verb_after_clause(text: str, start: int, end: int) -> int | None:
    """Where the main verb of a sentence whose subject holds the clause ``text[start:end]``
    starts (``that the fund was empty [was denied by ...]``): the first finite auxiliary or
    past tense that opens a verb group after the clause's own verb, right after a word that
    neither joins nor opens another clause. None when there is no such verb or a comma,
    a dash or a parenthesis comes first (an aside the words may go on after)."""
    seen_verb = False
    previous = ""
    for word in _WORD_OR_BREAK_RE.finditer(text, start, end):
        token = word.group().lower()
        if token in _CLAUSE_BREAKS:
            return None
        finite = token in _FINITE_WORDS or token in _IRREGULAR_PAST or token.endswith("ed")
        if seen_verb and token in _CLAUSE_JOINS:
            return None  # ``... was empty because the board spent it``: another clause's verb
        if finite and not seen_verb:
            seen_verb = token in _FINITE_WORDS or token in _IRREGULAR_PAST or bool(previous)
        elif (
            finite
            and (
                token in _FINITE_WORDS
                or token in _IRREGULAR_PAST
                # ``... was empty angered the board``: a past tense with its object
                or _DETERMINER_AFTER_RE.match(text, word.end()) is not None
            )
            and previous not in _NO_MAIN_VERB_BEFORE
            and previous not in _FINITE_WORDS
            and not previous.endswith("ly")
        ):
            return word.start()
        previous = token
    return None


_CAPS_RUN_RE = re.compile(
    r"[A-Z][\w’'\-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'\-]*|[A-Z]\.|"
    r"[“\"][A-Z][\w’'\-]*[”\"](?=[ \t\u00a0]+[A-Z])))*"
)
"""Runs of capitalised words (ASCII capitals and initials): a cheap scan for name mentions;
a nickname in quote marks between the names is part of the run (``Daniel “Dazz” Okonjo``)."""
_POSSESSOR_RE = re.compile(
    r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s\s+(?:[a-z\-]+\s+){0,2}$"
)


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


_OPEN_INTRO_ENDINGS = ("that", ",", "view", "wrote", "said", "declared", "warned")
"""How a line that introduces a block quote without a colon ends (``wrote that, in his view``)."""
_OPEN_INTRO_RE = _ending_pattern(_OPEN_INTRO_ENDINGS)
_LINE_RE = re.compile(r"^[^\n]*\S", re.MULTILINE)
"""A line holding more than spaces, up to its last non-space character."""


def _opens_block(intro: str) -> bool:
    """True when ``intro`` (a line without its trailing spaces) may introduce a block quote."""
    return intro.endswith(":") or _ends_with(intro, _OPEN_INTRO_ENDINGS, _OPEN_INTRO_RE)


_CUE_AT_END_ENDINGS = (
    *"said says told added asked wrote writes replied declared stating saying adding".split(),
    "said that",
    "says that",
)
"""Cues that end the words before a quote (``He said``): the quote is what was said."""
_CUE_AT_END_RE = _ending_pattern(_CUE_AT_END_ENDINGS)
_CUE_TAIL_RE = re.compile(
    r"\b(?:" + trie_pattern(sorted(SPEECH_VERBS)) + r")(?:\s+(?:it|him|her|them|us|this))?"
    r"(?:\s+(?:as|for|of|with|about|on))?$"
)
"""A quote right after its cue, with at most a pronoun object and a preposition: ``welcomed
“...”``, ``described it as “...”``, ``thanked him for “...”``."""
_LONG_LEAD_RE = re.compile(r"[^\"“”‘’'.;]{0,120}[,:]")
"""What may stand between a cue and a quote that still stands on its own: an addressee and a
circumstance ending in a comma or colon (``told the skippers who waited on the quay,``)."""
_SUBORDINATE_RE = re.compile(
    r"\b(?:that|if|because|when|whenever|once|while|although|though|since|unless|whatever|"
    r"whether|as|than|saying|adding|noting)\b"
)
"""Words that open a clause of reported content: a gap holding one is not a mere lead-in."""
_TIME_CLAUSE_RE = re.compile(r"(?<=,)\s+(?:when|as|while)\s[^,]+,$")
"""A clause of when, set off by commas after a circumstance, closing the words between a cue
and its quote (``said in late March, when the row broke, “...”``): when it was said."""
_DATED_CITATION_RE = re.compile(r"[ \u00a0]?\((?:[^()\n]{0,60}[ \u00a0])?(?:1[89]|20)\d\d\)")
"""A year in parentheses right after a quote, alone or closing a few words (``“Tide Mill”
(1987)``, ``“...” (harbour board poster 2003)``): a work, a slogan or a poster cited with its
date, as titles are, not a remark."""
_WORK_NOUN_RE = re.compile(
    r"\b(?:book|memoir|novel|movie|film|documentary|album|song|show|series|program|programme|"
    r"play|musical|poem|column|essay|nickname|term)s?,?$"
)
"""A noun naming a work or a term right before a quote: what follows is its title or wording,
not something said (``the film “Night Train,”``, ``coined the term “soft power”``)."""
_LIST_ITEM_RE = re.compile(r"(?:\d+|[a-z]|[•*\-–])[.)]?\s")
_LABELLED_ITEM_RE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z]")
"""A paragraph opening with a heading of a few words in sentence case and a colon (``Harbour
fees: Kral said ...``): an item of a list the line before introduces, not a block quote."""
_FOOTNOTE_RE = re.compile(r"\s*(?:\[\d+\])+\s*$")
_COLON_VERB_RE = re.compile(
    r"(?<![\w’'-])(?P<cue>(?P<verb>[a-z]+)(?:\s+(?P<particle>back|out|in|up))?)\s*:\s*$"
)
"""The verb, with its particle, that ends the words before a colon (``fumed:``, ``hit back:``)."""


_SPOKEN_PERSON_RE = re.compile(r"\b(?:I|I’m|I'm|[Mm]y|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")
"""Words of the first or second person: a paragraph holding them may be someone's speech."""


def _speaking_head(word: str) -> bool:
    """True for the last word of a subject that may speak: a name, a pronoun, or a common noun
    (``star``, ``islanders``) unless it is known as a thing (``figures``, ``poll``)."""
    bare = word.rstrip(".,").removesuffix("’s").removesuffix("'s")
    lowered = bare.lower()
    if bare[:1].isupper() or caseless_word(bare):
        return lowered not in STOP_CAPS or lowered in PRONOUNS
    singular = lowered.removesuffix("s")
    return lowered not in PREDICATE_NOT_HOLDERS and singular not in PREDICATE_NOT_HOLDERS


_SALUTATION_RE = re.compile(r"Dear [^\n,]{1,60},")
"""A letter's salutation on a line of its own (``Dear Members of the Board,``)."""
_LETTER_CLOSING_RE = re.compile(
    r"^(?:Yours(?: (?:faithfully|sincerely|truly))?|(?:Very )?(?:Sincerely|Respectfully)"
    r"(?: yours)?|(?:With )?(?:Best |Kind |Warm )?[Rr]egards|With respect),?[ \t]*$",
    re.MULTILINE,
)
"""A letter's closing on a line of its own (``Yours faithfully,``, ``Kind regards,``)."""
_SIGNATURE_RE = re.compile(r"\s*\n[ \t]*(?P<name>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)")
"""The writer's name on the line under a letter's closing."""
_DOCUMENT_READS_RE = re.compile(r"\s+(?P<verb>reads|read|runs|ran)\b")
"""A verb after a document's noun that introduces its words (``The letter reads:``)."""
_DOCUMENT_READS_BEFORE_RE = re.compile(
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
_READ_CUES = frozenset(("read", "reads", "reading"))
"""What a document reads is its words, however much they look like a title (``a banner
reading “Fares Down Now”``)."""
_READ_ENDINGS = (" read", " reads", " reading")
"""How the words before a quote end when a document's ``reads`` may introduce it."""
_DOCUMENT_PHRASE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+|(?:[A-Z][\w\-]*\s+){0,3}[\w\-]+[’']s\s+)"
    r"(?:[\w\-]+\s+){0,2}[\w\-]+$"
)
"""The document's noun phrase, its determiner or possessor first (``The full letter``)."""
_REMARK_RE = re.compile(
    r"\b(?:analysis|remarks?|statement|comments?|words|summary|view|argument|message|speech|"
    r"testimony|letter|declaration|post|tweet|note|memo|as follows|the following)\b"
)
_COORDINATED_RE = re.compile(
    r"(?:\s(?:and|but)|,(?=\s+then\s))"
    r"(?:\s+(?:also|then|later|again|quickly|has|have|had|did|does|do|would|will|"
    r"could|can|is|was|are|were|not|never|[a-z]+n[’']t|[a-z]{3,}ly|on|today|yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*\s+$"
)
"""A cue coordinated with an earlier verb of the same subject (``... and later said``), with
its auxiliaries, adverbs and a day (``but did not say``, ``and on Monday announced``), or
after a comma and ``then`` (``offered him a job, then says``)."""
_SUBORDINATE_OPEN_RE = re.compile(
    r"\W*(?:While|Although|Though|Because|Since|If|When|Whereas|After|Before|Even though|"
    r"Even as|As)\s[^,;:]*$"
)
"""A sentence opening with a subordinate clause that holds the cue (``While Kral said``)."""
_PREPOSITION_OPEN_RE = re.compile(
    r"\W*(?:Among|Of|For|Unlike|Like|To|From|With|Besides|Apart from)\s[^,;:]*$"
)
"""A sentence opening with a prepositional phrase that holds the cue (``Among those who said``)."""
_MAIN_CLAUSE_RE = re.compile(r",\s+(?=(?:he|she|they|we|I|it|there)\s)")
"""The comma before the main clause that follows a subordinate one (``..., he added``)."""
_MAIN_VERB_AFTER_RELATIVE_RE = re.compile(
    r",\s+(?=(?:[a-z]{3,}ed|is|was|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|won|lost|left|ran|took|became|remains|stepped|went|made)\b)"
)
"""The comma before the main verb after a relative clause (``Kral, who said ..., resigned``)."""
_PUNCTUATION_RE = re.compile(r"[,;:()\"“”—–]")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten dozen hundred half third quarter".split()
)
_SHARE_WORDS = frozenset(
    "about nearly almost roughly some more fewer less than in of the only just over under "
    "around".split()
)
"""Words of a share of people (``more than six in 10``)."""
_RELATIVE_RE = re.compile(
    r",?\s+(?P<pronoun>who|which)(?:\s+(?:also|has|had|have|later|once|then|does|did|do|would|"
    r"will|could|can|not|never|often|[a-z]+n[’']t|[a-z]{3,}ly))*\s+$"
)
"""A relative pronoun right before a cue (``Ada Lind, who has said``)."""


def _relative_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_RELATIVE_RE`` searched in ``text[start:end]``, only where it holds ``wh``: every match
    holds ``who`` or ``which``, few windows before a cue do, and the literal search costs a
    fraction of the pattern's (tried after every space)."""
    if text.find("wh", start, end) < 0:
        return None
    return _RELATIVE_RE.search(text, start, end)


_PLAIN_SAY = frozenset("said says say".split())
"""Cues that report speech whatever their subject: a common noun phrase can be the speaker."""
_APPOSITION_CUES = frozenset("said says say told tells added wrote".split())
"""Cues whose subject may stand before a long apposition (``Ada Moss, a nurse ..., said``)."""
_APPOSITION_OPEN_RE = re.compile(r",\s|\s\(|\s(?:[—–-]|--)\s")
_ROLE_AND_NAME_RE = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
"""An apposition of a role and a name (``the designer Ula Brandt``, ``a former aide Ivo Kral``)."""
_NAME_START_RE = re.compile(r"(?!(?:The|A|An|His|Her|Their|Its|Our|My|Your)\b)[A-Z]")
"""A phrase opening with a capital that is no determiner: a name rather than a common phrase."""
_DOCUMENT_NOUNS = frozenset(
    "statement statements report letter letters memo memorandum filing lawsuit complaint op-ed "
    "column essay article email e-mail emails message messages release communique notice note "
    "tweet tweets post posts posting video ad ads advertisement editorial newsletter text cable "
    "petition response website commercial spot flyer flyers leaflet leaflets pamphlet mailer "
    "banner banners sign signs placard placards poster posters resolution".split()
)
"""Documents and messages: introduced by ``saying`` or ``stating``, they carry the words of
whoever sent them (``issued a statement saying``), the source rather than the speaker."""
_SOCIAL_WORDS = frozenset("tweet tweets post posts posting video message messages".split())
_IN_TO_SAY_RE = re.compile(r"\s+in\s+to\s+(?P<verb>[a-z]+)\s+")
"""``wrote in to say``, ``called in to ask``: a reader's letter or call and its verb of
speech, after which the content starts."""
_OBJECT_PRONOUNS = frozenset("it them him her this that".split())
"""Pronouns that may stand as the object of a verb before its particle (``shrugs it off``)."""
_SENDING_PARTICLES = frozenset("off out up back also".split())
"""Words between a verb of sending and its object (``sent off a letter``, ``put out``)."""
_PREVIOUS_WORD_RE = re.compile(r"([\w’'-]+)\s+$")
_POSSESSIVE_OWNER_RE = re.compile(r"(?P<owner>.+?)[’']s\s+\S")
_READER_AND_AUTHOR = frozenset("you i we".split())
"""``You have been told that ...``: what the reader or the author heard is no attribution."""
_APPOSITION_WORDS = frozenset("a an the another his her its their one".split())
"""Words opening an appositive after a name (``Ivo Kral, a retired skipper,``)."""
_CONTRACTED = frozenset("he she it that there who what where here".split())
"""Words before ``’s`` that make it ``is`` or ``has``, not a possessive (``he’s predicting``)."""
_BE_FORMS = frozenset("is are was were be been being".split())
_WORDS_BEFORE_RE = re.compile(r"(?:[\w’'-]+\s+){1,4}$")
"""The last few words before a position, up to any punctuation."""
_BARE_VERB_ADVERBS = frozenset("also now still often too generally rightly".split())
"""Adverbs between a plural subject and a bare cue (``experts also note``)."""
_PLURAL_PRONOUNS = frozenset("they we i you".split())
_PLURAL_NOUNS_WITHOUT_S = frozenset("people police staff officials".split())
"""Plural subjects of a bare cue that do not end in ``-s`` as a word of ``_NOT_PLURAL_S`` does."""
_NOT_PLURAL_S = frozenset(
    "this has was does always sometimes perhaps nevertheless besides thus plus less unless "
    "whereas news politics economics".split()
)
"""Words ending in ``-s`` that are no plural subject of a bare cue (``this note``, ``the news
estimate``)."""
_SINGULAR_DETERMINERS = frozenset("a an one each every another".split())
"""Determiners making the plural before a bare cue a modifier of a noun (``a sales note``)."""
_SPEECH_BASE_FORMS = frozenset(SPEECH_LEMMAS)
"""Base forms of the verbs of speech: after ``be`` an adjective or a noun (``all are
welcome``), not a cue."""
_PASSIVE_ADVERBS = frozenset(
    "not also never often widely repeatedly first then later reportedly publicly privately".split()
)


def _could_speak(phrase: str) -> bool:
    """Whether a subject phrase can be a speaker: a pronoun, a name (its last word
    capitalised), a noun of people or an organisation; not ``The report``, whose capital only
    opens the sentence."""
    last = phrase.split()[-1]
    return (
        phrase.lower() in PRONOUNS
        or last[:1].isupper()
        or noun_of_people(last.lower())
        or looks_like_organisation(phrase)
    )


def _passive_before(text: str, sent_start: int, cue_start: int, before: str) -> bool:
    """True when an adverb, ``before`` (the word before the cue at ``cue_start``), stands
    between a be-form and the cue: a speech verb in the passive (``is widely said``)."""
    if not (before.endswith("ly") or before in _PASSIVE_ADVERBS):
        return False
    position = cue_start - len(before) - 1
    return position > sent_start and _word_before(text, position) in _BE_FORMS


_AGENT_RE = re.compile(r"\s+by\s+(?=\S)")
"""``by`` after a passive cue: the agent, who spoke, follows (``was criticized by Lind``)."""
_AGENT_END_RE = re.compile(
    r"[,;:()\"“”—–]|\s(?:as|for|on|in|at|over|about|after|before|during|with|to|from|whether|"
    r"if|that|why|how|what|when|where|who|which|and|but|because|since|while|than)\b"
)
"""Where the agent's phrase ends: punctuation, a preposition or a clause opener (``of`` goes on
with the phrase, ``the head of the board``, except after ``accused``)."""
_ACCUSED_OF_RE = re.compile(r"\sof\b")
_NOT_PASSIVE_SPEECH = frozenset(
    "continued continues added adds explained explains called calls".split()
)
"""Cues whose passive with an agent is no speech: a thing carried on or added by someone, a
cause (``was explained by the rules``), a vote or strike called."""
_PATIENT_STOP_RE = re.compile(r"[,;:()\"“”—–]|\s(?:that|which|who|and|but|or|if|when|while)\s")
"""What the subject of a passive cue may not hold: a clause boundary."""
_COORDINATED_VERB_RE = re.compile(
    r",?\s(?:and|but)\s+(?:(?:also|then|later|quickly|immediately|even|again|went on to)\s+)?"
    r"(?P<aux>(?:did|does|would|could|has|had|was)\s+(?:not\s+|n[’']t\s+|never\s+)?)?"
    r"(?P<verb>[a-z]+(?:-[a-z]+)?)\b"
)
"""``and`` or ``but`` and the verb of a second predicate (``and questioned why``, ``but did
note``)."""
_THAT_SOON_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?that\s")
"""``that`` right after a verb or its adverb (``suspected immediately that``)."""
_FINITE_WORDS = frozenset(
    "is are was were be been has have had do does did will would can could should may might "
    "must am".split()
)
"""Words that make a clause: their presence in the content leaves a later ``and`` to it."""
_AFTER_SECOND_VERB = frozenset(
    "the a an his her their its this that these those him them me us it he she they we "
    "to for of on in at about with against why whether how what when where if back off up out "
    "down away again more no".split()
)
"""Words after the verb of a second predicate: an object, a clause or a particle, not the noun
that an adjective in ``-ed`` would go with."""
_CLAUSE_SUBJECTS = frozenset(
    "that why whether if how what when where who he she they it we i you there".split()
)
"""First words of a content that is a clause (``asked why ...``, ``says he's ...``)."""
_PATIENT_RELATIVES = frozenset("which who".split())
_DECLARING = frozenset("declared proclaimed announced pronounced".split())
"""Verbs of declaring whose passive takes a noun phrase of what the subject was declared to be
(``Lind was declared the winner``)."""
_TIME_MODIFIERS = frozenset("next following same previous first last".split())
"""Words after an article that open a time, not a noun phrase declared (``the next day``)."""
_AGENT_REST_PREPOSITIONS = frozenset("as for of over".split())
"""After the agent, what the cue's preposition opens is content, without it (``criticized by
Lind as [reckless]``), as in the active (``is seen as [a gamble]``)."""
_AGENT_REST_OPENERS = frozenset("whether if that why how what when where to".split())
"""After the agent, a clause or an infinitive is content from its first word."""
_PARTICIPLE_AFTER_RE = re.compile(r",\s+[a-z]+ing\b")
"""A participle clause of the author's after an attribution (``, referring to ...``): what
stands before the attribution is all the content, however short."""
_APPOSITION_OPENERS = frozenset("a an the who whose which".split())
"""Words opening an appositive or a relative clause of the speaker after an attribution."""
_APPOSITIVE_OPENERS = frozenset(
    "a an the his her their its one another who whose whom which where according of and but "
    "though although without then as while when after before".split()
)
"""Words opening what may follow a trailing attribution after a comma: an appositive (``, a
former mayor``), a relative or a clause of the author's (``, though she gave no date``)."""
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week weekend month year day "
    "night morning afternoon evening today yesterday tonight time moment".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "last earlier later".split()
)
_SUBJECT_DETERMINERS = frozenset("the a an his her their its these those".split())
"""Words opening a noun phrase that, right after ``said``, is the content's subject."""
_INDEFINITE_OPENERS = frozenset(
    "a an one another some several many few each every most all two three four five six seven "
    "eight nine ten".split()
)
"""Words opening a common noun phrase that names no one in particular (``one shopper``)."""
_SENTENCE_OPENERS = frozenset(("", "But", "And", "Yet", "So", "Still"))
_ANONYMITY_REQUEST_RE = re.compile(
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
_FORCE_CUES = ("slam", "blast")
"""Cues whose plain sense is a blow or a blast (``slammed the council``: words)."""
_MOTION_AFTER = frozenset("into onto through against shut open off".split())
"""Words after such a cue that keep its plain sense (``slammed into the pier``)."""
_PASSIVE_FRAME_RE = re.compile(
    r"(?:accused|charged)\s+(?:of|with)\b|"
    r"(?:criticised|criticized|blamed|praised|slammed|blasted|attacked|condemned|faulted|"
    r"lauded|mocked|thanked)\s+(?:for|over)\b|"
    r"(?:urged|told|ordered|advised|encouraged|instructed|reminded|pressed)\s+to\b"
)
"""A verb of speech then the preposition its object goes before in the active (``accused the
board of``, ``urged the crew to``): with nothing between, the verb is a passive participle."""
_PASSIVE_GAP_RE = re.compile(
    r"(?:[\s,]+|\s(?:is|are|was|were|been|being|be|has|have|had|\w+ly))*\s"
)
"""What stands between the subject of a passive and its participle: be-forms and adverbs."""
_REDUCED_RELATIVE_RE = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter))\s+"
    r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b"
)
"""A time, then a finite verb, right after a participle (``announced Monday would``): the
participle modifies the noun before it, whose clause goes on with that verb."""
_ING_WORD_RE = re.compile(r"[a-z]+ing\b")
_OPENING_MARKS = frozenset(" \t\n\"“‘'(")
_OPENING_ADVERBIAL_WORDS = frozenset(
    "in on at after before during for from with by under over among across since in "
    "meanwhile instead still now today yesterday later earlier already also however".split()
)
"""First words of a phrase opening the sentence before a comma (``In Leeds,``, ``Meanwhile,``):
the subject follows the comma."""
_OPENING_SUBJECT_WORDS = 14
"""The longest noun phrase taken as a whole for the subject opening a sentence."""
_OPENING_SUBJECT_STOP_RE = re.compile(r"[,;:()\[\]\"“”‘—–]|\s-\s|['’](?!s\b)")
"""Punctuation that ends a phrase (a possessive ``'s`` is no quote mark)."""
_FINITE_VERBS = frozenset("has have had is are was were will would can could did does".split())
"""Auxiliaries and forms of ``be`` that open the verb group of a main clause."""
_OPENING_RELATIVES = frozenset("who whose".split())
"""Relative words that may open a clause inside a subject opening its sentence (``The
skippers who sold their boats say``)."""
_OPENING_ADVERBS = frozenset("Indeed Instead Meanwhile Moreover Still Yet Now Again".split())
"""One-word adverbs that may open a sentence before a comma and its subject (``Indeed,``)."""
_OPENING_SUBJECT_NOT_WORDS = frozenset(
    """
    he she they we i you it there this that these those which who whom whose what when where why
    how if unless whether because although though while whereas since once as until than so
    and or but nor not no never to
    """.split()
)
"""Words that open or join a clause, or stand for one (a pronoun subject): a phrase holding one
is no plain subject. ``and`` too: ``met on Monday and said`` joins two predicates."""
_WORD_RE = re.compile(r"[\w’'\-]+")
_DURATION_NOUNS = frozenset(
    "seconds minutes hours days nights weeks weekends months years decades".split()
)
"""Plural spans of time, which head no speaker (``spent six months asking``)."""
_DURATION_COUNTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred last next first past".split()
)
"""Counts and bounds before a span of time (``six months``, ``the last two years``)."""
_QUANTIFIERS = frozenset(
    "some many most few several all both none half each more other others".split()
)
_PARENTHETICAL_RE = re.compile(
    r",\s+(?:however|though|too|also|meanwhile|moreover|indeed|instead|still|in fact|of course|"
    r"for instance|for example|in turn|in particular|in contrast|by contrast|in addition|"
    r"at least|at the same time|for (?:their|his|her|its|our) part)\s*,\s+$"
)
"""A parenthetical adverb between a subject and its cue (``Ferry skippers, for example,
argue``)."""
_AS_BY_RE = re.compile(r"\b[Aa]s\s+(?:(?:first|previously|originally|earlier|also|widely)\s+)?$")
_INVERTED_REST_RE = re.compile(r",\s+([a-z]+)\b")
_DASH_ASIDE_ENDINGS = ("—", "— ", "–", "– ", " -- ", " - ")
_DASH_ASIDE_RE = re.compile(
    r"(?:—[^—–\"“”;]{2,100}—|–[^—–\"“”;]{2,100}–|\s--\s(?:(?!--)[^\"“”;]){2,100}\s--"
    r"|\s-\s(?:(?!\s-\s)[^\"“”;]){2,100}\s-)\s*$"
)
"""An aside between dashes right before a cue (``Harbour skippers — and, above all, their
union — insisted``): the opening dash, whose words before it hold the subject."""
_OBJECT_BEFORE_OF = frozenset("them us".split())
_IRREGULAR_PLURALS = frozenset("people police staff children clergy".split())
"""Plural nouns without ``-s`` that may stand as a bare subject (``police said``)."""
_PERFECT = frozenset("has have had".split())
_SHARE_OF_PEOPLE_RE = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:number|group|majority|minority|handful|share)"
    r"\s+of\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+(?=,)"
)
"""A share of a group opening a clause, up to a comma (``a small group of skippers,``)."""
_PLURAL_VERBS = frozenset("are were have had will would can could should must".split())
"""Verbs agreeing with a plural subject right before them (``candidates were``)."""
_NOT_AFTER_BEEN = frozenset("that to a an the".split())
"""After ``has been``, words that make it a copula of a clause or a noun, not a subject's
state (``The hope has been that``)."""
_NOT_PLURAL_MEN = frozenset("omen amen specimen regimen abdomen acumen".split())
"""Words in ``-men`` that are no plural of ``man``."""
_INDEFINITE_SUBJECTS = frozenset(
    "some many most few several both others another everyone everybody someone somebody".split()
)
"""Indefinite pronouns that are a subject on their own when they open a clause."""
_QUANTIFIER_HOLDERS = frozenset("some many most few several both".split())
"""Quantifiers that hold a belief or a stance on their own when they open a clause (``But few
believe``, ``Since May, many believe``), as a pronoun does; ``others`` and ``someone`` stay
speech-only, too vague a holder for a view."""
_FRACTION_RE = re.compile(
    r"(?:one|two|three|four|a)-(?:half|third|thirds|quarter|quarters|fifth|fifths)"
)
"""A fraction written as one word (``two-thirds``), a share of people before ``of them``."""


def _counts_people(word: str) -> bool:
    """Whether the lower-cased ``word`` before ``of them`` counts them (``most``, ``two``,
    ``two-thirds``, ``40%``), so that the phrase is the subject."""
    return (
        word in _QUANTIFIERS
        or word in _NUMBER_WORDS
        or word[:1].isdigit()
        or _FRACTION_RE.fullmatch(word) is not None
    )


_CLAUSE_OPENERS = frozenset(
    "and but while whereas though although yet so almost nearly virtually".split()
)
"""Words before a subject opening a clause (``while another says``, ``almost everyone``)."""
_NOT_SUBJECT = frozenset(
    "the a an and or but nor that which who whom whose what when where why how than then "
    "there here it its this these those they them their we us our you your he him his she her "
    "i me my to of in on at by for with from into about as if so not also is are was were be "
    "been being has have had do does did will would can could should may might must just "
    "ever never always again once twice yet still already".split()
)
"""Function words: never the head of a speaker phrase, and the end of a walk back to one."""
_FUNCTION_NOT_DETERMINER = _NOT_SUBJECT - _DETERMINER_WORDS
"""The function words of :data:`_NOT_SUBJECT` but the determiners, which may open a subject
phrase (the difference taken once, not once per word tested)."""
_EVIDENCE_HEADS = frozenset(PREDICATE_EVIDENCE_SOURCES.split())
"""Nouns of a source of evidence, which may be the subject of a verb of evidence or speech."""
_EVIDENCE_CUES = frozenset(
    "suggest suggests suggested indicate indicates indicated reveal reveals revealed confirm "
    "confirms confirmed show shows showed shown prove proves proved demonstrate demonstrates "
    "demonstrated say says said note notes noted underscore underscores underscored highlight "
    "highlights highlighted conclude concludes concluded".split()
)
"""Cues whose subject may be a source of evidence (``official data suggest``, ``the latest
figures from the port show``, ``a report published Monday said``)."""
_EVIDENCE_AFTER_HEAD = frozenset(
    "of from by on in for about among released published issued conducted compiled obtained "
    "taken seen reviewed leaked filed shared provided".split()
)
"""Words opening what may follow the head of a source of evidence before its verb: a
prepositional phrase (``a survey of skippers``) or a participle (``a report released Monday``)."""
_RELATIVE_WORDS = frozenset("that which who whom whose".split())
_EVIDENCE_CLAUSE_OPENERS = _CLAUSE_OPENERS | frozenset(
    "as if because since that when even though".split()
)
"""Words after which a source of evidence may open a clause (``but multiple reports reveal``)."""
_TRAILING_COORDINATED_RE = re.compile(
    r"(?:he|she|they|we|[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]+and"
)
"""The first member of a coordinated subject before ``and`` and the member found (``he and``,
``Ada Lind and``): with it, the subject of an attribution after its content."""
_ON_DAY_RE = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\s+"
)
"""The day after a cue (``warned on Tuesday``): when it was said, not a topic joined by ``on``."""
_NAME_GOES_ON_RE = re.compile(
    r"\s+(?:[A-Z]\.|[A-Z][\w’'-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){0,3}\s+(?:(?:still|also|never|"
    r"then|later|now|only|[a-z]+ly)\s+)?(?:[a-z]+ed|went|had|has|have|is|was|were|are|will|"
    r"would|could|can|must|should|may|might|did|does|do)\b"
)
"""After a comma, a name then a verb (``, Kral went``, ``, Pell must``): a clause going on, not
an apposition of names."""
_PHRASE_GOES_ON_RE = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|these|those|every|most|many|some)"
    r"(?:\s+(?!(?:who|whom|whose|which|that)\b)[a-z][\w’'-]*){1,3}"
    r"\s+(?:(?:still|also|never|then|soon|only|not|[a-z]+ly)\s+)?"
    r"(?:will|would|could|can|must|should|may|might|is|are|was|were|has|have|had)\s"
)
"""After a comma, a noun phrase opened by a determiner then an auxiliary (``, the quay could
close``, ``, every net has rotted``): a clause going on, the rest of an interrupted content,
not an appositive of the speaker (``, the former mayor``)."""
_PLAIN_SPEECH_RE = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes)\b")
"""The verbs of plain speech, whose trailing attribution may end on a clause of when."""
_SENTENCE_CLOSE = " .!?\"”’')"
"""What may stand between a cue and the end of its sentence when nothing follows the cue."""
_PASSIVE_BE_RE = re.compile(r"\s(?:is|are|was|were|been|being)\s")
"""A form of ``be`` inside an attribution: a passive (``as it was called``), no speaker."""
_LEAD_ENDS = (",", "—", "–", ',"', ",”", ",’", ",'", ",''")
"""How reported content ends before an attribution that follows it (``..., she said``)."""
_TRAILING_RE = re.compile(
    # ``said a skipper based in Leeds``: a participle whose place qualifies the speaker.
    r"(?:\s+[a-z]{3,}ed(?=\s+(?:in|at|on|from)\s))?"
    r"(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|early|late|from|"
    # ``to`` and ``with`` open a phrase (``to reporters``, ``with the Courier``), not an
    # infinitive or a pronoun object (``agreed to pay``, ``pleaded with them``).
    r"(?:to|with)(?=\s+(?:the|a|an|his|her|their|its|reporters|journalists|[A-Z]))|"
    r"yesterday|today|tonight|recently|again|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b(?:\s+(?!(?:that|would|will|had|has|have|is|was|were|are|could|should|must|"
    r"may|might|can|did|does)\b)[^\s,;:.!?“”\"]+){0,5})*"
    # ``as he left the harbour``, ``while touring the quay``: a clause of when it was said.
    r"(?P<clause>\s+(?:as|while|when|whilst)\s[^,;:.!?“”\"]+)?"
    r"(?:,[^;:“”\"]*)?(?:[\s.!?)]*$|;\s)"
)
"""What may follow an attribution that closes its sentence: short adverbials (``in an interview
on Monday``, ``in a long interview with the Courier``), then an appositive after a comma (``, a
former mayor``), then the full stop. An adverbial holds no verb of a clause: after ``said on
Monday the port would close`` the content follows the cue."""
_WHEN_CLAUSE_RE = re.compile(
    r"\s+(?:as|while|when|whilst)\s+(?:he|she|they|we|I|[a-z]+ing|asked|pressed|questioned)\b"
)
"""A clause of when something was said, with a pronoun subject or a participle (``as he
left``, ``when asked``), not a phrase (``revealed as a delegate``)."""
_CLAUSE_AFTER_CIRCUMSTANCE_RE = re.compile(
    r"(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|I|there)\s"
    r"[^,;:]{0,60}?\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|"
    r"might)\b"
)
"""A clause after the comma that closes a circumstance of a cue (``said as he left, the fares
would rise``): a subject, then its verb."""
_INTERRUPTION_TAIL_RE = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|"
    r"as|while|when|whilst)\b[^,;:.!?“”\"]{0,60})?\s*,\s*"
)
"""What may follow the cue of an attribution that interrupts reported speech, up to the comma
before the rest of it: nothing, a time or place (``Kral said on Monday,``) or a clause of when
it was said (``Kral said as he left,``)."""
_COMMA_CLOSE_RE = re.compile(r".?[,!?][\"”’']+|.?[\"”’'],")
"""A quote closing on a comma, ! or ? (``...,”``, ``...?”``, ``...”,``): all that was said."""
_ASIDE_OPENERS = (" -", " —", " –", "(", "—", "–")
"""A dash or parenthesis opening an aside inside a sentence."""
_ASIDE_CLOSE_RE = re.compile(r"(?:\s+(?:on|in|at|later|again)\b[^,()—–]{0,30}?)?\s*(?:[—–)]|\s-\s)")
"""The end of an aside right after its cue (``she said —``, ``he said on Friday)``)."""
_AFTER_ASIDE_RE = re.compile(r"\s*(?:[.,;:!?]|$|(?:and|but|or|then)\b)")
"""After an aside: the sentence ends, or a clause joined to the subject's (``— and left``)."""
_CLAUSE_COMMA_RE = re.compile(r",[\"”’']*\s")
"""A comma ending a clause, with the closing mark of a quote that ends there (``schools,"``)."""
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s|\s[—–-]\s|\s(?:but|while|whereas|although)\s")
_DESCRIBED_AS_RE = re.compile(r"\s*(?:[\w’'-]+\s+){1,5}as\s")
"""The object of ``described`` then ``as``: what it was described as is the content."""
_ADDRESSEE_RE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|[\w.’'-]+’s|[\w.’'-]+'s)\s+)?(?:“[^”]{1,40}”|[\w.’'-]+)"
    r"(?:\s+(?!(?:on|in|at|during|after|before|that|about|to|of|for|with)\b)"
    r"(?:“[^”]{1,40}”|[\w.’'-]+)){0,4}?(?=[,.;]|\s+(?:on|in|at|during|after|before)\b"
    # ``told the skippers as he left the quay``: a clause of when it was said
    r"|\s+(?:as|while|when|whilst)\s+(?:he|she|they|we|I|[a-z]+ing)\b)"
)
"""The addressee of a cue like ``told`` up to a comma, a full stop, an adverbial (``told ITV’s
“Breakfast” on Friday``) or a clause of when: what follows may still close a trailing
attribution."""
_ADDRESSEE_WORDS = frozenset(
    "reporters journalists lawmakers supporters him her them us me".split()
)
_BODIES_ADDRESSED = frozenset(
    "jury court council committee panel parliament senate crowd audience assembly board "
    "congregation class".split()
)
"""Bodies of people in the singular that a speaker tells something (``tells jury she saw``)."""
_CLAUSE_WORDS = frozenset("to that if whether how why what when where and or but".split())
"""Words that end a phrase of place or time and open what follows it (``to leave``)."""
_PHRASE_LINKS = frozenset("of for with about from by into over on at in as".split())
"""Prepositions inside a phrase: after a place or a time they make it something else."""
_PLACE_OR_TIME_LEADS = frozenset("at in outside inside near after before during".split())
"""Prepositions of a place or a time after an addressee (``told reporters at the quay``);
``on`` only before a day or a date (``on Monday``), else a topic (``advised him on``)."""
_CONTENT_OPENERS = frozenset("the a an his her their its this these those".split())
"""After an addressee (``told reporters``), a determiner opens the reported clause."""
_ROLE_THEN_NAME_RE = re.compile(r"[ \t]+(?P<role>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]+(?=[A-Z])")
"""One or two words of a role between a body's name and a person's (``Kestrel Town manager
Paul Fenwick``)."""


def _is_role(words: str) -> bool:
    """Whether every one of ``words`` names a role or an office (``boss``, ``head coach``)."""
    return all(
        word in ROLE_NOUNS or word in TITLE_WORDS or word in LEADING_ROLE_WORDS
        for word in words.split()
    )


def _is_role_or_people(words: str) -> bool:
    """Whether ``words`` name a role (:func:`_is_role`) or are one noun of people
    (``operator``, ``barrister``): what stands between a body's name or a qualifier and a
    person's name; not a word only formed like one (``after``, ``later``)."""
    return _is_role(words) or (
        " " not in words
        and words not in _PREPOSITIONS
        and words not in _NOT_PEOPLE_ER
        and noun_of_people(words)
    )


_NOT_PEOPLE_ER = frozenset(
    "after later never ever either neither rather further other together whether however "
    "sooner former latter over under ever".split()
)
"""Words ending like a noun of a person (``-er``) that are none."""


_WRITE_FORMS = frozenset("write writes wrote writing".split())
_TO_ADDRESSEE_RE = re.compile(r"\s*to\s+(?:the|a|an|his|her|their|its|our|[A-Z])")
"""``to`` and a noun phrase after ``wrote``: the addressee, not an infinitive (``wrote to
say``)."""
_ABOUT_AFTER_ADDRESSEE_RE = re.compile(r"\s*to\s+[^,;:.“”\"]{1,60}?\s(?:about|regarding)\s+")
"""The addressee of ``wrote`` then the preposition of what was written about."""
_SUBORDINATE_CLAUSE_RE = re.compile(
    r"\s(?:after|before|because|when|while|since|although|though)\s+"
    r"(?:(?:he|she|they|it|we|I)\s+[a-z]|(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[^\W\d][\w’'-]*\s+){0,3}?[^\W\d][\w’'-]*"
    r"\s+(?:was|were|had|has|is|are|did|would|could|[a-z]{3,}ed)\b)"
)
"""A subordinate clause of time or reason with its subject (``after the match ended``)."""
_NOT_BEFORE_SUBORDINATE = frozenset(
    "even up just soon long shortly day week month year hour minute moment".split()
)
"""Words before ``after`` or ``before`` that say how long (``a day after``, ``just after``)
or make another conjunction (``even though``): what follows may still be what was said; so
may a plural (``hours after``)."""


def _is_clause(words: str) -> bool:
    """Whether ``words`` hold a verb of their own (a finite word or a past form), or open
    with ``that`` or a subject pronoun: a content that is a clause, not a noun phrase."""
    tokens = words.lower().replace("’", "'").split()
    return bool(tokens) and (
        tokens[0].split("'")[0] in _CLAUSE_SUBJECTS
        or any(word in _FINITE_WORDS or word.endswith(("ed", "n't")) for word in tokens)
    )


_PERSON_TITLES = frozenset(
    "judge mayor prosecutor coroner sheriff governor senator premier chancellor commissioner "
    "magistrate inspector detective superintendent constable minister".split()
)
"""Titles written before a name (``Judge Margaret Ellery``) that a later ``the judge`` or a
headline's ``Mayor`` stands for, when the document gives the title to one person only."""
_SOLE_ROLES = (
    "chief executive officer|chief executive|chief financial officer|chief operating officer|"
    "managing director|chief constable|general secretary|headteacher|head teacher|chairman|"
    "chairwoman|founder"
)
"""Roles a body gives to one person at a time, so that ``its chief executive`` or ``the
company's founder`` stands for the one person the document names in that role."""
_SOLE_ROLE_PHRASE_RE = re.compile(
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?[’']s|the[ \t][a-z]+[’']s)"
    rf"[ \t]+(?P<role>{_SOLE_ROLES})"
)
"""A speaker phrase that is a sole role of a body and nothing else (``its chief executive``,
``the company's founder``, ``Orvale's chairman``)."""
_NAMED_IN_ROLE_RE = re.compile(
    rf"(?P<after>\b(?i:{_SOLE_ROLES}),?[ \t]+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)"
    rf"(?P<before>,[ \t]+(?:(?:the|its|their|[A-Z][\w-]*[’']s)[ \t]+)?(?:(?:new|then)[ \t]+)?"
    rf"(?:{_SOLE_ROLES})\b"
    rf"|[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?(?:new[ \t]+)?(?:{_SOLE_ROLES})\b)?"
)
"""A name with a sole role right before it (``chief executive Ivo Petrik``) or in an
apposition or an ``as`` after it (``Ivo Petrik, its chief executive``, ``named Ivo Petrik as
chief executive``)."""
_HEADLINE_TO_RE = re.compile(r"[ \t]+to[ \t]+([A-Za-z]+)\b")
_NOT_HEADLINE_VERBS = frozenset(
    "the a an his her their its our my your this that these those him her them us me it "
    "reporters journalists press media".split()
)
"""Words after ``said to`` that make it speech to an addressee, not hearsay."""
_NOT_OBJECT_HEADS = frozenset("he she they it we I that to who what whether if how why".split())
"""Words after ``her`` that make it the addressee, not a determiner (``told her he had``)."""
_SUBJECT_FORMS = {"him": "he", "her": "she"}
"""The subject forms of the object pronouns that may name a speaker (``according to him``)."""
_RELATIVE_PRONOUNS = frozenset(("who", "which"))
"""Pronouns opening a relative clause, which stand for the noun phrase before them."""
_NAME_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Adm|Prof|Rev|Hon)\.|[A-Z]\."
    r"|[A-Z][\w’'\-]*)"
)
_NAME_BEFORE_COMMA_RE = re.compile(
    rf"(?<![\w’'.\-])({_NAME_TOKEN}(?:[ \t]+(?:of[ \t]+)?{_NAME_TOKEN})*),[ \t]*$"
)
"""A run of capitalised words (with ``of`` between them) right before a comma ending the text
searched."""
_APPOSED_NAME_RE = re.compile(r",[ \t]+(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*),")
"""A name of two to four words set off by commas right after a phrase."""
_ASIDE_BEFORE_THAT_RE = re.compile(
    r",\s+(?:however|though|too|also|again|moreover|nevertheless|meanwhile|instead|in turn|"
    r"for (?:his|her|their|its|our|my) part),\s+that\s"
)
"""A parenthetical adverb between a cue and its ``that`` (``said, however, that``)."""
_ASIDE_THEN_THAT_RE = re.compile(r",\s+(?:[^\s,.;:“”\"]+\s+){0,5}[^\s,.;:“”\"]+,\s+that\s")
"""An aside of a few words between commas after the cue's circumstance, then ``that``
(``wrote on Bluesky, the social platform, that``, ``said in a memo, sent Monday, that``)."""
_APPOSITION_THEN_CLAUSE_RE = re.compile(
    r"[ \t]+(?:(?:the|a|an|his|her|their|its|our)[ \t]+(?:[\w’'\-]+[ \t]+){0,2})?[\w’'\-]+"
    r",\s+(?:[^\s,.;:“”\"]+\s+){0,5}[^\s,.;:“”\"]+,\s+"
    r"(?=(?:that|whether|if|how|what|why|when|where)\s)"
)
"""An apposition to the addressee between commas, then the clause told or asked (``told the
skipper, Ivo Lind, that``, ``asked the defendant, a cook, whether``)."""
_ADDRESSEE_DETERMINERS = frozenset("the a an his her their its our".split())
_CLAUSE_PRONOUNS = frozenset("he she they it we I".split())
_WH_WORDS = frozenset("who what when where why how whether if".split())
_QUOTE_CONTINUING_WORDS = frozenset("and but or nor so then".split())
"""Conjunctions that, opening a quote, join it to words before it."""
_RELATIVE_TIME_LEADS = frozenset("last this next".split())
"""Words that make a time of the noun after them (``last week``, ``this morning``)."""
_RELATIVE_TIME_NOUNS = frozenset("week month year weekend morning afternoon evening night".split())
"""The nouns of a time after ``last``, ``this`` or ``next``."""
_NAME_THEN_VERB_RE = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|[a-z]+ed)\b"
)
"""A name and the verb of its clause, opening what was said after an addressee."""
_PLACE_OF_POSTING_RE = re.compile(
    rf"on\s+(?:social\s+media|(?:{SOCIAL_NAMES})|(?:his|her|their|its|the|a)\s+(?:[\w’'-]+\s+)?"
    r"(?:website|blog|page|account|feed|channel|site))(?![\w-])"
)
"""Where a post went (``on social media``, ``on Telegram``, ``on her official page``)."""
_PARTICLES = frozenset("for about on of against as".split())
"""Prepositions that join a cue right after it (``called for``, ``warned about``)."""
_TRIMMED_BEFORE = frozenset(" \t\u00a0\r\n\u2028\u2029\u200b\u2009\u202f,:;—–(*")
"""What a content does not start with: white space of every kind (CRLF line ends, thin and
zero-width spaces), the punctuation that leads into it and the asterisks of a label in bold
(``**Ada Lind said:** “...”``)."""
_STRAY_OPENERS = frozenset('"“')
"""Opening marks that a slip may double before the mark a quote opens with."""
_TRIMMED_AFTER = frozenset(" \t\u00a0\r\n\u2028\u2029\u200b\u2009\u202f,;:—–")
"""What a content does not end with."""
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:to|with|of|for|by|from|about|against|on|at|in|into|than|like|and|or)[ \t]+$"
)
"""A preposition (or a conjunction) right before a name: the name is no subject of its own."""
_OUTLET_END_NOUNS = frozenset(
    "programme program show podcast newspaper website channel station".split()
)
"""Nouns that end an outlet's name after ``told`` (``told BBC Radio 4's Today programme the
decision was ...``): still the addressee, and a new phrase after them is the content."""
_STATE_OUTLET_RE = re.compile(
    r"state(?:[- ]run|-owned|-controlled)?[ \t\u00a0]+(?:media|television|TV|radio)\b"
)
"""The state's outlets, unnamed (``told state media the port ...``): the addressee."""
_ANTECEDENT_DRAFTS = 200
"""How many drafts back a pronoun looks for a person who spoke, once no name is near."""
_CALL_OFF_PARTICLES = frozenset("off up in back".split())
"""Particles that make ``call`` a verb of acting, not of speaking (``called off the vote``)."""
_PREPOSITIONS = frozenset(
    "on in at after before during to from with for by about while when as of into over under "
    "since until without amid amidst despite".split()
)
_PLACE_PREPOSITIONS = frozenset(
    "outside inside near across around through along behind beyond beside below above past "
    "toward towards among amid throughout".split()
)
"""Prepositions of place and motion besides ``_PREPOSITIONS``: a phrase they open after a cue
is a circumstance, not what was said (``chanted outside the court``)."""
_TELLING_FORMS = frozenset(
    "tell tells told telling warn warns warned warning inform informs informed informing "
    "assure assures assured assuring reassure reassures reassured reassuring remind reminds "
    "reminded reminding brief briefs briefed briefing notify notifies notified notifying "
    "advise advises advised advising convince convinces convinced convincing".split()
)
"""Verbs whose object is the addressee: with no clause, infinitive, topic or noun of what is
said after it, nothing was told (``warned his players before kickoff``)."""
_TOPIC_WORD_RE = re.compile(r"\b(?:of|about|against)\b")
"""Prepositions that join a topic to a verb of telling (``warned them of``, ``told us about``)."""
_CLAUSE_WORD_RE = re.compile(
    r"\b(?:he|she|it|they|we|I|you|there|that|whether|if|how|what|why|who|when|where|"
    r"[a-z]{3,}ing|to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+)\b"
)
"""A subject pronoun, a word opening a clause, a participle or an infinitive: after a
prepositional phrase that follows a cue, content may go on (``said at the quay the ferry
was late``, ``appealed to the crews to stay``)."""
_COMMENT_RE = re.compile(
    r",[ \t\u00a0]+(?:something|(?:a|an)[ \t\u00a0]+(?:[a-z\-]+[ \t\u00a0]+)?(?:claim|assertion|"
    r"allegation|charge|accusation|contention|view|position|suggestion|notion|idea|account|"
    r"characteri[sz]ation|description|version|point|argument|premise|theory|figure|estimate|"
    r"prediction|promise|pledge)|claims|allegations|charges|which)[ \t\u00a0]+(?:that[ \t\u00a0]+)?"
)
"""The opening of a comment on what a clause reports, set off by a comma: ``, something the
board neither confirmed nor denied``, ``, a claim that the mayor rejected``, ``, which the
council disputed``. The comment ends the reported content, and its subject is a new speaker
(see :meth:`_Detector.comment_clause`)."""
_COMMENT_VERBS = (
    SPEECH_VERBS
    | BELIEF_VERBS
    | frozenset(
        "disputed disputes rejected rejects contested questioned challenged refuted rebutted "
        "shared supported backed endorsed opposed defended faced verified corroborated "
        "substantiated recognized recognised accepted dispute reject contest question challenge "
        "refute rebut share support back endorse oppose defend face verify corroborate "
        "substantiate recognize recognise accept".split()
    )
)
"""Verbs of a comment on reported content: saying, believing, and taking a stand on it."""
_COMMENT_SKIPPED = AUXILIARIES | frozenset(
    "neither either both be been being yet long still never not also".split()
)
"""Words between the subject of a comment and its verb (``the board neither confirmed``)."""
_REFUSALS = frozenset("declined refused declines refuses".split())
"""Refusals to speak: a relative clause holding one (``, who declined to comment,``) is what
a participle cue after it (``only saying ...``) goes on with."""
_COMMENT_ENDS_RE = re.compile(
    r"[\s\"”’'».!?)]*$|[\s\"”’'»]*(?:;|[ \t]+[—–-]+[ \t]|,[ \t]+(?:(?:only|instead|also|then|"
    r"later|rather|simply|merely|just|but|and|while|though|although|even|so|according)\b|"
    r"[a-z]+ing\b))"
)
"""What may follow a comment on reported content: the end of the sentence, a semicolon or a
dash, a clause of the author's or a participle clause (``, only saying ...``). Anything else
goes on with the content (``the plan, which the mayor announced in May, was dropped``)."""
_PARTICIPLE_LEAD_RE = re.compile(
    r",[ \t\u00a0]*(?:(?:only|instead|also|then|later|rather|simply|merely|just)[ \t\u00a0]+)*$"
)
"""The comma and adverbs before a participle cue (``, only saying``, ``, instead adding``)."""
_PARTICIPLE_OPENING_RE = re.compile(
    r"[\s,]*(?:(?:only|instead|also|then|later|rather|simply|merely|just)[ \t\u00a0]+)*"
    r"([a-z]+ing)\b"
)
"""A participle cue opening what follows a cue, after its comma and adverbs."""


_QUOTED_AS_RE = re.compile(
    r"\b(?:[Mm]is)?(?:quot|cit)(?:ed|es|e|ing)\s+"
    r"(?P<who>(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\w.’'\-]+\s+){0,4}?"
    r"[\w’'\-]+)(?:,\s+[^,;:“”\"]{1,60},)?\s+as\s+$"
)
"""``quoted Dr Ilse Varga as`` right before ``saying``: the person quoted (an apposition
after the name may stand before ``as``: ``quoted Ilse Varga, a nurse, as``)."""
_PICTURE_ASIDE_END_RE = re.compile(
    r"\s*\((?:pictured|left|right|above|below|top|bottom|centre|center|inset)\)$"
)
"""A parenthesis pointing at a photograph, closing one speaker of a coordination."""
_MESSAGE = (
    r"(?P<doc>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:letter|statement|email|e-mail|memo|note|message|text message|press release|petition))"
    r"\s+(?:from|signed\s+by|sent\s+by|written\s+by)\s+"
)
_MESSAGE_FROM_RE = re.compile(_MESSAGE + r"(?P<sender>\S.*)")
"""A speaker phrase that is a message and its sender (``A letter from the residents``)."""
_MESSAGE_BEFORE_RE = re.compile(_MESSAGE + r"$")
"""A message and the word that joins its sender, right before the sender found as speaker."""
_DEMONYM_PHRASE_RE = re.compile(rf"[Tt]he (?P<word>[{UPPER}][a-z]+(?:ian|ean|an|i))")
"""``the Brazilian``, ``the Israeli``: a person called by where they are from (or by party:
``the Republican``), as a speaker phrase."""
_NOT_DEMONYMS = frozenset(
    "Guardian Australian Vatican Taliban Kremlin Pentagon Sudan Oman Iran Yemen Bahrain "
    "Ottoman Caribbean Mediterranean Atlantic Pacific Hawaii Mali Malawi Delhi Dubai Shanghai "
    "Mumbai Nairobi Helsinki Karachi Riyadh Islamabad Taiwan Japan Wuhan Tehran Amman Pakistan "
    "Afghanistan Kazakhstan Uzbekistan Sheridan Morgan Dean Brian Ian Ivan Stan Evan Jordan".split()
)
"""Words shaped like a demonym that name a paper, a body, a place or a person instead."""
_OUTLET_VERBS = frozenset("reported reports reporting published publishes editorialized".split())
"""Cues whose subject is more often a paper than a person."""
_TELLING_CUES = frozenset("told tells tell telling".split())
"""Cues whose object may be the outlet the words were given to (``told Gadgetline``)."""
_TOLD_NAME_RE = re.compile(rf"\s+(?P<name>[{UPPER}][\w’'\-]*[a-z0-9][\w’'\-]*)\b(?![’'])\s*")
"""One capitalised word after a cue of telling, with the spaces after it."""
_SOCIAL_NAME_SET = frozenset(SOCIAL_NAMES.split("|"))
"""Social networks, which a post reaches the article through as a social source."""
_SENT_TO_NAME_RE = re.compile(rf"\s(?:to|with)\s+(?P<name>[{UPPER}][\w’'\-]*[a-z0-9][\w’'\-]*)$")
"""A source that names, last, the one-word name it was given to (``a statement to Gadgetline``)."""


_LABELS_SCANNED = 8
"""How many transcript labels' surnames are looked for by a scan of the text each, before one
pass indexes every word's spelling: a scan is cheaper for a few speakers, quadratic for many."""

_WORD_RUN_RE = re.compile(r"\w+")
"""A run of word characters, as ``\\b`` bounds one."""


def _mixed_case_spelling(text: str, surname: str) -> str | None:
    """How ``text`` first writes ``surname`` (written in capitals) as a word in mixed case
    (``Brandt`` for ``BRANDT``); None when it never does."""
    pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    for match in pattern.finditer(text):
        if match.group()[:1].isupper() and not match.group().isupper():
            return match.group()
    return None


def _mixed_case_spellings(text: str) -> dict[str, str]:
    """:func:`_mixed_case_spelling` of every word of ``text`` at once, by the word in lower
    case."""
    spellings: dict[str, str] = {}
    for word in _WORD_RUN_RE.findall(text):
        if word[:1].isupper() and not word.isupper():
            spellings.setdefault(word.lower(), word)
    return spellings


def detect_quotes(text: str) -> list[Candidate]:
    """Every quote candidate in ``text``, sorted by start offset.

    Direct quotes come from paired quote marks, mixed and indirect quotes from speech cues
    (``said``, ``according to``), block quotes from a paragraph introduced by a line ending in a
    colon. Each candidate carries a score, the cue, the speaker resolved within the document and
    the source (channel) when one is named.
    """
    return _Detector(text).run()


class _Detector:
    """One document's detection state; discarded after :meth:`run`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.layout = Layout(text)
        self.names = DocumentNames(text)
        self.spans: list[QuoteSpan] = find_quote_spans(text)
        self.span_starts = [span.start for span in self.spans]
        # ``the board."We were ...``: a quote opening a sentence right after a full stop,
        # with the space left out, which the sentence regex needs to see an end.
        self.layout.add_sentence_starts(
            span.start
            for span in self.spans
            if text[span.start - 1 : span.start] in (".", "!", "?")
            and text[span.start + 1 : span.start + 2].isupper()
        )
        self.cue_words = find_cue_words(text)
        self.first_line_feed = text.find("\n")
        """Where the first line ends (-1: one line): a headline's cues are asked about it, and a
        document of one long line would otherwise be read from its start for each cue."""
        self._surnames_written: dict[str, str | None] = {}
        self._spellings: dict[str, str] | None = None
        """Each word's first spelling in mixed case, by the word in lower case, once a
        transcript has more labels than are worth a scan each (``_LABELS_SCANNED``)."""
        """Per transcript label's surname, how the text first writes it in mixed case (None:
        never), found once: a transcript labels hundreds of lines with a few names."""
        """Where the cues of reported speech, predicates and attitudes may match."""
        self.drafts: list[Draft] = []
        self._resolving_starts: list[int] | None = None
        """While ``resolve`` runs: the drafts' starts, sorted as the drafts are."""
        self._sentences: dict[int, tuple[int, int]] = {}
        self._colon_labels: int | None = None
        self._titled: dict[str, str] = {}
        """The one person named with each title asked about (``judge``), or empty."""
        """How many lines open with words in capitals and a colon (counted when first asked)."""
        self.attributions: list[tuple[int, Mention, Mention]] = []
        self.phrase_speakers: set[int] = set()
        """Where the speaker phrases found by :meth:`opening_subject` start: common noun phrases
        kept as written when speakers are resolved (``Skippers from the north quay``, not a name
        picked out of them)."""
        self.fragment: Draft | None = None
        """The opening fragment of the latest interrupted reported sentence, if any."""
        self.unnamed_cues: set[int] = set()
        """Where the passive cues of :meth:`unnamed_speech` (``was told``) stand."""
        self.attitudes: list[Draft] = []
        """The candidates of attitudes and predicates (not of speech), for
        :func:`drop_nested_attitudes`."""
        """Every cue found with a speaker (``, said Mr. Ray, a former aide.``), content or not."""

    # -- helpers -------------------------------------------------------------------------------

    def span_at(self, offset: int) -> QuoteSpan | None:
        """The quote span that contains ``offset``, if any."""
        index = bisect_right(self.span_starts, offset) - 1
        if index >= 0:
            # The span's start is at most ``offset``: bisect_right puts it there.
            span = self.spans[index]
            if offset < span.end:
                return span
        return None

    def adds_a_thing(self, cue_start: int, cue_end: int) -> bool:
        """Whether ``adding`` at ``cue_start`` modifies the noun right before it, with no comma
        or conjunction between, and takes a thing as its object (``a patch adding an easier
        mode``, ``a bylaw adding two bus lanes``): what ``adding`` means of a thing, not of a
        speaker, who adds ``that ...``, a quote or a colon."""
        text = self.text
        before = _word_before(text, cue_start)
        if (
            not text.startswith(" ", cue_start - 1)
            or not before.isalpha()
            or not before.islower()
            or before in _ADDING_AFTER_CLAUSE
            or noun_of_people(before)
        ):
            return False
        after = text[cue_end : cue_end + 2].lstrip()
        return after[:1].isalnum() and _word_after(text, cue_end) not in ("that", "this")

    def narrative_start(self, offset: int, size: int) -> int:
        """Where the last ``size`` characters of the author's own text before ``offset``
        start. Words in quote marks do not count: a name in them is no antecedent, and a long
        quote between a name and a ``He`` opening the next paragraph must not push the name out
        of reach. At most 4,000 quoted characters are passed over."""
        start = offset - size
        floor = start - 4000
        index = bisect_left(self.span_starts, offset) - 1
        while index >= 0 and start > max(0, floor):
            span = self.spans[index]
            if span.end <= start:
                break
            start -= min(span.end, offset) - max(span.start, start)
            index -= 1
        return max(0, floor, start)

    def is_whole_quote(self, start: int, end: int) -> bool:
        """True when a quote span starts at ``start`` and reaches ``end`` (or the character
        before it, a full stop after the closing mark)."""
        span = self.span_at(start)
        return span is not None and span.start == start and span.end >= end - 1

    def first_span_in(self, start: int, end: int) -> QuoteSpan | None:
        """The first quote span starting in ``[start, end)``."""
        index = bisect_right(self.span_starts, start - 1)
        if index < len(self.spans) and self.spans[index].start < end:
            return self.spans[index]
        return None

    def span_starts_within(self, start: int, end: int) -> list[int]:
        """Where the quote spans lying wholly inside ``[start, end)`` start."""
        # The spans are sorted by start: stop at the first one past ``end`` rather than test
        # every span to the end of the document for each candidate.
        inside = []
        spans = self.spans
        for k in range(bisect_right(self.span_starts, start - 1), len(spans)):
            span = spans[k]
            if span.start >= end:
                break
            if span.end <= end:
                inside.append(span.start)
        return inside

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding ``offset``, widened over quote spans."""
        key = bisect_right(self.layout.sentence_starts, offset)
        bounds = self._sentences.get(key)
        if bounds is None:
            bounds = self._sentences[key] = self._sentence_bounds(offset, key)
        start, end = bounds
        if start > offset:
            start = self.layout.paragraph(offset)[0]  # an offset inside a dateline
        # A run-on "sentence" (a table, a list without full stops) is cut to a window around
        # the offset, so the work per cue stays bounded and a document costs linear time.
        # (Comparisons, not ``max`` and ``min``: those parse keyword arguments on every call in
        # Python 3.11, and this helper and the next run for every cue.)
        low, high = offset - _MAX_SENTENCE, offset + _MAX_SENTENCE
        return (start if start > low else low), (end if end < high else high)

    def colon_dateline(self, start: int, end: int) -> re.Match[str] | None:
        """A dateline ending in a colon (``RAMPUR NAGAR: The civic body ...``, as Indian papers
        write it) at ``start``; None there, on the first line (a headline's label), or when more
        than one line of the document opens so: a transcript's labels (``BRANDT: ...``),
        whose lines are their speakers'."""
        if self.text.find("\n", 0, start) < 0:
            return None  # the first line: a headline's label (``AP: ...``), no dateline
        match = _COLON_DATELINE_RE.match(self.text, start, min(end, start + 60))
        if match is None:
            return None
        if self._colon_labels is None:
            self._colon_labels = len(_COLON_LABEL_LINE_RE.findall(self.text, 0, 100_000))
        return match if self._colon_labels == 1 else None

    def _sentence_bounds(self, offset: int, key: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``offset``, ``key`` the index of the sentence start
        after it (found by the caller: the sentence's start and end are read from it)."""
        sentence_starts = self.layout.sentence_starts
        para_start, para_end = self.layout.paragraph(offset)
        start = sentence_starts[key - 1]
        if start <= para_start:
            start = para_start
            # ``HARBOURTON (Wire) — The board said ...``: a dateline is no part of the sentence
            # (no subject, no content), though no full stop ends it.
            dateline = _DATELINE_RE.match(self.text, start, min(para_end, start + 80))
            if dateline is None:
                dateline = self.colon_dateline(start, para_end)
            if dateline is not None:
                start = dateline.end()
            bullet = _BULLET_RE.match(self.text, start, para_end)
            if bullet is not None and not any(
                word.lower() in SPEECH_VERBS for word in bullet.group("label").split()
            ):
                # ``• Rents: Average rents rose 9%, the office said``: a list's bullet and the
                # item's heading are the layout's, no part of what was said.
                start = bullet.end()
        for _ in range(8):
            inside = self.span_at(start)
            if inside is None or inside.start >= start:
                break
            widened = self.layout.sentence_start(inside.start)
            if widened < para_start:
                widened = para_start
            if widened >= start:
                break
            start = widened
        end = sentence_starts[key] if key < len(sentence_starts) else len(self.text)
        if end > para_end:
            end = para_end
        for _ in range(20):
            inside = self.span_at(end - 1) if end > 0 else None
            if inside is None or inside.end <= end or inside.end > para_end:
                break
            end = self.layout.sentence_end(inside.end - 1)
            if end > para_end:
                end = para_end
        return start, end

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
        return self.to_candidates()

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

    def find_reported(self) -> set[int]:
        """Indirect and mixed quotes from speech cues; returns the starts of absorbed quote spans.

        A cue inside the content of an earlier one either cuts that content at the clause
        boundary before it (``said X, only saying that Y``) or, with no boundary, nests in it
        (``said that officials believe Y``).
        """
        text = self.text
        reported: list[Draft] = []
        cues = [
            (match.start("cue"), match.end("cue"), match.group("cue"))
            for match in matches_at(CUE_SCAN_RE, text, self.cue_words[0])
        ]
        # The scan wants a character before a cue: a document opening with one gets a space.
        opening = CUE_SCAN_RE.match(" " + text[:64])
        if opening is not None:
            cues.insert(0, (opening.start("cue") - 1, opening.end("cue") - 1, opening["cue"]))
        for cue_start, cue_end, cue_word in cues:
            if self.span_at(cue_start) is not None:
                continue
            draft = self.reported_at(cue_start, cue_end, cue_word)
            # Taken and cleared after the call, not cleared before it: mypy keeps an attribute
            # narrowed to None across a method call that sets it, and the compiled build would
            # then refuse the fragment as "not None" at run time.
            fragment = self.fragment
            self.fragment = None
            if draft is None:
                continue
            if fragment is not None and not (reported and reported[-1].end > fragment.start):
                reported.append(fragment)
            if reported and reported[-1].start <= cue_start < reported[-1].end:
                previous = reported[-1]
                if cue_start in self.unnamed_cues and previous.score >= 0.6:
                    # ``said he was told to wait``: a passive naming no one inside reported
                    # speech is what the speaker reports hearing, part of that one quote.
                    continue
                head = cue_start
                if draft.speaker is not None and previous.start < draft.speaker.start < cue_start:
                    head = draft.speaker.start
                boundary = _CLAUSE_BREAK_RE.search(text, previous.start, head)
                last = None
                while boundary is not None:
                    if not (
                        _THAT_AFTER_BREAK_RE.match(text, boundary.end())
                        or text[previous.start : boundary.start()] == "that"
                    ):
                        last = boundary
                    boundary = _CLAUSE_BREAK_RE.search(text, boundary.end(), head)
                if (
                    head == cue_start
                    and cue_end - cue_start > 4
                    and text.endswith("ing", 0, cue_end)
                ):
                    # ``saying he would not and suggesting that ...``: coordinated participles.
                    last = _AND_BEFORE_RE.search(text, max(previous.start, head - 6), head) or last
                relative_end = -1 if last is None else self.relative_end(last.start(), previous.end)
                if 0 <= relative_end <= draft.start:
                    # ``said the plan, which the mayor announced in May, was dropped``: the cue
                    # stands in a relative clause that the content goes on after; ``which`` is
                    # what the mayor announced (no content after the cue in the clause), and the
                    # content stays whole.
                    continue
                if last is None and _NEGATED_RE.search(
                    text, max(previous.start, cue_start - 12), cue_start
                ):
                    # ``said that he could not confirm whether ...``: nothing said, nested in
                    # what was (see guidelines: nested attitudes are not labelled).
                    continue
                if last is not None and self.span_at(last.start()) is None:
                    if last.start() - previous.start < 16 and not _YES_NO_RE.fullmatch(
                        text, previous.start, last.start()
                    ):
                        reported.pop()  # ``criticized Zelensky, saying that ...``: no content
                    else:
                        previous.start, previous.end = self.trim(previous.start, last.start())
            if reported and (draft.start, draft.end) == (reported[-1].start, reported[-1].end):
                continue
            reported.append(draft)
        absorbed: set[int] = set()
        for draft in reported:
            inside = []
            for span in self.spans[bisect_right(self.span_starts, draft.start - 1) :]:
                if span.start >= draft.end:
                    break
                if span.end <= draft.end:
                    inside.append(span.start)
            if inside and inside[0] == draft.start:
                first_span = self.spans[bisect_right(self.span_starts, draft.start) - 1]
                if first_span.end < draft.end and circumstance_follows(text, first_span.end):
                    # ``Mayor Says "We Will Rebuild" After Flood``: the words after the closing
                    # mark say when, as ``after the flood`` does in a sentence (where the quote
                    # alone is taken); what was said is the quote.
                    draft.end, draft.type = first_span.end, QuoteType.DIRECT
                    absorbed.add(first_span.start)
                    continue
            if inside:
                absorbed.update(inside)
                draft.type = QuoteType.MIXED
                # A plain object stays faint; a belief is lifted or not by ``lift_beliefs``.
                if draft.score not in (UNSURE_OBJECT_SCORE, BELIEF_VERB_SCORE):
                    draft.score = min(1.0, draft.score + 0.15)
        self.drafts.extend(reported)
        return absorbed

    def find_noun_cues(self) -> None:
        """``Trump's assertion that he had spoken``, ``the claim by Kral that ...``: content
        attributed to a possessor, or to a holder named with ``by`` after the noun."""
        text = self.text
        find = text.find
        that = find(" that ")
        while that >= 0:
            # The word before `` that `` decides; a literal search is far cheaper than a regex.
            word_start = text.rfind(" ", max(0, that - 16), that) + 1
            match = _NOUN_CUE_RE.match(text, word_start, that + 6) if word_start else None
            by = text.find(" by ", max(0, that - 60), that)
            that_end = that + 6
            that = find(" that ", that_end)
            content_after_channel = -1
            if match is None and word_start:
                # ``Kral's claim in a radio interview that``: the channel or the day between.
                channel = _NOUN_CUE_CHANNEL_RE.search(text, max(0, that_end - 90), that_end)
                if channel is not None and channel.end() == that_end:
                    match, content_after_channel = channel, that_end - 5
            if match is None and by >= 0:
                # ``the claim by Kral that``, ``the suggestion by the board that``: the holder
                # named after the noun, with or without a determiner before it.
                match = _HELD_BY_NOUN_CUE_RE.search(text, max(0, by - 20), that_end)
                if match is not None and match.end() != that_end:
                    match = None
                if match is None or self.span_at(match.start()) is not None:
                    continue
                holder = match
                phrase_start = match.start("noun")
                content_from = match.end("who") + 1
            else:
                if match is None or self.span_at(match.start()) is not None:
                    continue
                owner = _POSSESSOR_RE.search(text, max(0, match.start() - 60), match.start())
                if owner is None:
                    continue
                holder = owner
                phrase_start = owner.start("who")
                content_from = match.end("noun") + 1
                if content_after_channel >= 0:
                    content_from = content_after_channel
            _, sent_end = self.sentence_bounds(match.start())
            content_start, content_end = self.trim(content_from, sent_end)
            for cut in _cuts(text, content_start, content_end):
                content_start, content_end = self.trim(content_start, cut.start())
                break
            sent_start = self.sentence_bounds(match.start())[0]
            if _SUBJECT_OPENING_RE.fullmatch(text, sent_start, phrase_start) is not None:
                # ``Kral's assertion that the fund was empty was denied``: the noun phrase is
                # the sentence's subject, so its main verb follows the clause and ends it.
                main_verb = _main_verb_after_clause(text, content_start, content_end)
                if main_verb is not None:
                    content_start, content_end = self.trim(content_start, main_verb)
            if content_end - content_start < 12:
                continue
            draft = Draft(content_start, content_end, QuoteType.INDIRECT, 0.6, standalone=False)
            name = holder.group("who")
            draft.speaker = Mention(name, holder.start("who"), holder.end("who"))
            draft.cue = Mention(match.group("noun"), match.start("noun"), match.end("noun"))
            self.drafts.append(draft)

    def reported_at(self, cue_start: int, cue_end: int, cue: str) -> Draft | None:
        """The reported-speech candidate introduced by the cue at ``cue_start``, if any."""
        text = self.text
        sent_start, sent_end = self.sentence_bounds(cue_start)
        paren = text.rfind("(", sent_start, cue_start)
        if (
            paren >= 0
            and text.find(")", paren, cue_start) < 0
            and (quote := self.span_at(paren + 1)) is not None
            and quote.start == paren + 1
            and quote.end <= cue_start
            and (close := text.find(")", cue_start, sent_end)) >= 0
        ):
            # ``drew anger from skippers (“...,” wrote one on a forum)``: a quote and its
            # attribution in parentheses are a sentence of their own inside the sentence.
            sent_start, sent_end = paren + 1, close
        lowered = cue.lower()
        if lowered in ("said", "said to") and not 0 <= self.first_line_feed < cue_start:
            cue_end = cue_start + 4  # ``Said to``: the cue is the verb
            raised = self.headline_hearsay(cue_start, cue_end, sent_start)
            if raised is not None:
                return raised
        if lowered == "said to":
            return None  # a name (``Edward Said``) or no headline
        if cue in OPENING_PARTICIPLES and not (
            _OPENING_PARTICIPLE_RE.fullmatch(text, sent_start, cue_start)
            and text.startswith(" that ", cue_end)
        ):
            # ``Warning: ...``, ``Saying Goodbye``: a participle in capitals is a cue only
            # opening its sentence before ``that`` (``Noting that the pier is old, Kral ...``).
            return None
        if _plural_noun_after_count(text, cue_start, lowered):
            # ``Many reports suggest``, ``two claims``: after a plural count a form in ``-s``
            # is a plural noun, never a verb agreeing with it.
            return None
        if lowered in BARE_NOUN_LIKE_FORMS:
            # ``Experts note that``, ``Skippers point out that``: the base form of a cue more
            # often a noun is a verb only after a plural subject and before a clause (``a note
            # that``, ``the cost estimate``, ``a point`` are nouns).
            if not self.bare_verb_after_plural(cue_start, cue_end, lowered):
                return None
            if lowered == "point":
                cue_end += 4  # the cue is the phrasal verb, ``point out``
                cue = text[cue_start:cue_end]
            lowered = "say"
        speaker: Mention | None = None
        common: Mention | None = None
        document: Source | None = None
        opening: tuple[int, int] | None = None
        content_start = content_end = -1
        clause_end = -1
        object_content: bool | None = True
        declared_noun = False
        aside_end = -1
        relative_span: tuple[int, int] | None = None
        if lowered == "according to":
            # ``Rising status: According to the bank, ...``: a colon opens a new clause.
            colon = text.rfind(": ", sent_start, cue_start)
            if colon >= 0:
                sent_start = colon + 2
            after = subject_after(text, cue_end + 1, sent_end)
            if after is None:
                # ``according to harbour records``: a noun phrase with no determiner, the
                # source as written.
                after = common = plain_source_after(text, cue_end + 1, sent_end)
            before_text = text[sent_start:cue_start].strip(" ,")
            if not before_text:
                comma = clause_comma(text, cue_end, sent_end)
                if comma < 0:
                    return None
                content_start, content_end = comma + 1, sent_end
            elif text[sent_start:cue_start].rstrip().endswith(",") and (
                rest := self.rest_after_source(after, cue_end, sent_end)
            ):
                # ``By May, according to Kral, the quay will be sold``: the words after the
                # attribution finish the sentence the words before it open; two fragments.
                opening = self.trim(sent_start, cue_start)
                content_start, content_end = rest, sent_end
            elif len(before_text.split()) < 4 and clause_comma(text, cue_end, sent_end) > 0:
                # ``The agency, according to its director, will close``: the whole sentence.
                content_start, content_end = sent_start, sent_end
            else:
                content_start, content_end = sent_start, cue_start
                for dash_but in _DASH_BUT_RE.finditer(text, sent_start, cue_start):
                    # ``Kral says he spoke to Lind—but Lind has not budged, according to the
                    # Courier``: the source's content is the author's clause after the dash.
                    content_start = dash_but.end()
                # ``“...,” said X, according to Y``: the quote and its cue are handled as a
                # direct quote; ``according to`` only names its source.
                quoted = self.first_span_in(content_start, cue_start) is not None
                for verb in CUE_RE.finditer(text, content_start, cue_start):
                    if verb.group() == "according to" or self.span_at(verb.start()) is not None:
                        continue
                    if quoted or (
                        verb.group().lower() in PRIMARY_CUES
                        and _word_after(text, verb.end()) not in _NOT_SPEECH_AFTER
                        and subject_before(text, verb.start(), sent_start) is not None
                    ):
                        return None
            speaker = after
        elif (
            lowered == "asked"
            and (asked := _ASKED_RE.match(text, cue_end)) is not None
            and (
                _ASKED_OPENING_RE.fullmatch(text, sent_start, cue_start)
                or _WHEN_ASKED_RE.search(text, max(sent_start, cue_start - 14), cue_start)
            )
        ):
            # ``Asked whether the port would close, Kral said ...``, ``..., she said when
            # asked about the fire``: the question is reported speech of an unnamed asker; the
            # answer is the main clause's.
            comma = text.find(",", cue_end, sent_end)
            if comma < 0:
                if _ASKED_OPENING_RE.fullmatch(text, sent_start, cue_start):
                    return None
                comma = sent_end
            content_start, content_end = self.trim(asked.start("question"), comma)
            if text.startswith("about ", content_start):
                # ``asked about the fire``: the preposition joins the cue (see guidelines); not
                # across the day or the asker between (``asked on Monday about``).
                if content_start == cue_end + 1:
                    cue_end = content_start + 5
                    cue = text[cue_start:cue_end]
                content_start += 6
            if content_end - content_start < 8:
                return None
            draft = Draft(content_start, content_end, QuoteType.INDIRECT, 0.6, standalone=False)
            draft.cue = Mention(cue, cue_start, cue_end)
            if asked.start("asker") >= 0:
                # ``Asked by a skipper whether ...``: the one who asked is named.
                draft.speaker = Mention(
                    asked.group("asker"), asked.start("asker"), asked.end("asker")
                )
            return draft
        elif (
            text.startswith(" by ", cue_end)
            and lowered in SPEECH_VERBS
            and (as_by := self.as_by_speech(cue_start, cue_end, sent_start, sent_end)) is not None
        ):
            # ``As reported by the Gazette, the ferry ...``, ``..., as reported by the Gazette.``
            speaker, content_start, content_end = as_by
        else:
            speaker = self.behind_adverbial(
                subject_before(text, cue_start, sent_start), sent_start, cue_start
            )
            if speaker is not None and (
                speaker.text[:1].isupper() or speaker.text.startswith("the ")
            ):
                affiliated = self.affiliated_subject(speaker, sent_start, cue_start)
                if affiliated is not None:
                    speaker, phrase = affiliated
                    if phrase:
                        common = speaker
            aside = (
                _PARENTHETICAL_RE.search(text, max(sent_start, cue_start - 40), cue_start)
                if speaker is None and text.endswith(", ", 0, cue_start)
                else None
            )
            if aside is not None and lowered in SPEECH_VERBS:
                # ``Ferry skippers, for example, argue``, ``the survey has, however,
                # revealed``: a parenthetical adverb stands between the subject and its cue.
                speaker = subject_before(text, aside.start(), sent_start)
                if speaker is None:
                    speaker = common = self.common_subject(aside.start(), sent_start, True)
            if (
                speaker is None
                and lowered in SPEECH_VERBS
                and text.endswith(_DASH_ASIDE_ENDINGS, sent_start, cue_start)
                and (
                    dash := _DASH_ASIDE_RE.search(text, max(sent_start, cue_start - 110), cue_start)
                )
            ):
                # ``The skippers -- Lind, Kral and Moss -- agreed``: the subject stands before an
                # aside between dashes, as before one between commas.
                speaker = subject_before(text, dash.start(), sent_start)
                if speaker is None:
                    speaker = common = self.common_subject(dash.start(), sent_start, True)
            if speaker is None and text.endswith(" to ", 0, cue_start):
                # ``Kral went on to say``, ``Lind continued to insist``: the verb before the
                # infinitive only carries the cue on; its subject speaks.
                carrier = _CARRIER_RE.search(text, max(sent_start, cue_start - 50), cue_start)
                if (
                    carrier is not None
                    and not _NEGATED_RE.search(
                        text, max(sent_start, carrier.start() - 12), carrier.start()
                    )
                    and not (
                        # ``While the skippers started to chant, Lind ...``: a clause of time whose
                        # cue has no object; the main clause after its comma is no content.
                        text.startswith(", ", cue_end)
                        and _TIME_CLAUSE_OPENING_RE.match(text, sent_start, cue_start)
                    )
                ):
                    # ``has not bothered to ask``: nothing was said.
                    speaker = subject_before(text, carrier.start(), sent_start)
                    if speaker is None:
                        # ``The skippers continued to insist``: a common noun phrase
                        speaker = common = self.common_subject(carrier.start(), sent_start, True)
                causative = _CAUSATIVE_RE.search(text, max(sent_start, cue_start - 70), cue_start)
                if speaker is None and causative is not None:
                    # ``The loss led Lind to declare that ...``, ``prompted the board to deny``:
                    # a verb of causing in the past made its object speak, who is the speaker.
                    speaker = Mention(
                        causative.group("who"), causative.start("who"), causative.end("who")
                    )
            if speaker is not None and lowered.endswith("ing"):
                speaker = self.behind_duration(speaker, sent_start)
            if speaker is not None and lowered.endswith("ing"):
                sent = self.document_sender(speaker, sent_start)
                if sent is not None:
                    speaker, document = sent
            if speaker is None and (
                lowered in _PLAIN_SAY
                or lowered in BELIEF_VERBS
                or lowered in SPEECH_VERBS
                and (
                    _THAT_AFTER_CUE_RE.match(text, cue_end)
                    or lowered in PRIMARY_CUES
                    and _CLAUSE_AFTER_CUE_RE.match(text, cue_end)
                    or not text[cue_end:sent_end].strip(_SENTENCE_CLOSE)
                    and _word_before(text, cue_start) not in _BE_FORMS  # not ``was announced``
                )
            ):
                # ``the former mayor has long maintained that ...``: a common noun phrase
                # speaks through any speech verb whose content opens with ``that``, or that
                # closes the sentence after its content (``..., some argue.``).
                speaker = common = self.common_subject(
                    cue_start, sent_start, lowered not in BELIEF_VERBS
                )
                if speaker is not None and lowered.endswith("ing"):
                    speaker = common = self.behind_duration(speaker, sent_start)
                beyond = self.behind_adverbial(speaker, sent_start, cue_start)
                if beyond is not speaker:
                    # ``crewmates have at times said``: the subject before it
                    speaker = beyond
                    common = beyond if beyond is not None and beyond.text[:1].islower() else None
                if speaker is not None and lowered.endswith("ing"):
                    # ``shot off a response saying``: its sender speaks, through it.
                    sent = self.document_sender(speaker, sent_start)
                    if sent is not None:
                        speaker, document = sent
                        common = None
            if speaker is None and lowered in _EVIDENCE_CUES:
                # ``official data suggest``, ``a report published Monday said``: a source of
                # evidence speaks through a verb of evidence or of speech.
                speaker = common = self.evidence_subject(sent_start, cue_start)
            if speaker is None:
                relative = _relative_before(text, max(sent_start, cue_start - 40), cue_start)
                if relative is not None:
                    # ``Ada Lind, who said ...``: the phrase the relative pronoun refers to,
                    # else the pronoun as written (``Ivo Kral, the captain of the old ferry,
                    # who conceded ...``: the phrase stands too far for the rules).
                    speaker = subject_before(text, relative.start(), sent_start)
                    if (
                        speaker is None
                        and relative.group("pronoun") == "who"
                        and not relative.group().startswith(",")
                    ):
                        # ``those who said``, ``bankers who concluded``: a common noun phrase
                        speaker = self.common_subject(relative.start(), sent_start)
                    if speaker is None:
                        at = relative.start("pronoun")
                        speaker = Mention(relative.group("pronoun"), at, relative.end("pronoun"))
                    else:
                        # ``who`` is the mention that attributes it, standing for the phrase
                        # as ``he`` would: its span, the phrase's name.
                        relative_span = relative.span("pronoun")
            if (
                speaker is None
                and lowered in SPEECH_VERBS
                and not lowered.endswith("ing")
                and text.endswith(" that ", 0, cue_start)
                and _word_before(text, cue_start - 5) not in _NOT_SUBJECT
            ):
                # ``an advert that urges voters to ...``: ``that`` is the subject of the
                # relative clause, and the noun phrase before it speaks (from after a verb
                # or particle the walk back passed: ``put up posters that warn``).
                speaker = self.relative_that_subject(cue_start, sent_start)
            if lowered.startswith("add") and _word_after(text, cue_end) == "to":
                return None  # ``adding to the misery``: to increase, not to say
            if lowered == "adding" and self.adds_a_thing(cue_start, cue_end):
                return None  # ``a patch adding an easier mode``: a thing added, nothing said
            if lowered.startswith(_FORCE_CUES) and _word_after(text, cue_end) in _MOTION_AFTER:
                return None  # ``the lorry slammed into the crowd``: a blow, not words
            if lowered.endswith("ed") and _REDUCED_RELATIVE_RE.match(text, cue_end):
                # ``a pier plan announced Monday would double the fares``: a participle after
                # its noun, then a time and the verb of the clause; the plan says nothing.
                return None
            before = _word_before(text, cue_start)
            if lowered.endswith("ing") and before in _DETERMINER_WORDS:
                return None  # ``issued the warning``: a noun
            if lowered.endswith("ed") and before in _DETERMINER_WORDS and before != "that":
                return None  # ``denied the alleged “deal”``, ``her stated aim``: an adjective
            if lowered.endswith("ing") and f"{before} {lowered}" in _COMPOUND_EVENTS:
                return None  # ``at a press briefing on Monday``: an occasion, no participle
            if (
                lowered.endswith("s")
                and not lowered.endswith("ss")
                and (before in _PLURAL_NUMBERS or before.isdigit() and before != "1")
            ):
                return None  # ``arrested three suspects``: a plural noun; a verb would agree
            if lowered == "asking" and _word_after(text, cue_end) in _ASKED_FOR_NOUNS:
                return None  # ``the average asking price``: a noun compound, no question
            if (
                before.endswith(("’s", "'s"))
                and before[:-2] not in _CONTRACTED
                or before == "least"
                or before == "most"
                and not _quantifier_opens_clause(text, sent_start, cue_start - 1 - len(before))
                or (before, lowered) == ("all", "told")
                or lowered == "thanks"
                and _word_after(text, cue_end) == "to"
                # ``Dr Ada Lind, thank you.``: the formula of thanks, no inverted attribution
                or lowered == "thank"
                and _THANK_YOU_RE.match(text, cue_end) is not None
            ):
                return None  # ``Kral’s reported wealth``, ``the most promising``, ``all told``
            if (
                not lowered.endswith("ing")
                and (before in _BE_FORMS or _passive_before(text, sent_start, cue_start, before))
                and not _READER_AND_AUTHOR.intersection(text[sent_start:cue_start].lower().split())
            ):
                if (
                    lowered in SPEECH_VERBS
                    and lowered not in _NOT_PASSIVE_SPEECH
                    and _AGENT_RE.match(text, cue_end)
                    and (agent := self.agent_speech(cue_start, cue_end, cue, sent_start, sent_end))
                ):
                    return agent
                if lowered == "assured" and _word_after(text, cue_end) in ("of", "to"):
                    return None  # ``is assured of a majority``: certain of it, not told anything
                unnamed = self.unnamed_speech(cue_start, cue_end, cue, sent_end)
                if unnamed is not None:
                    return unnamed
                if lowered in _DECLARING and before in _BE_FORMS:
                    declared = self.declared_complement(
                        cue_start, cue_end, cue, sent_start, sent_end
                    )
                    if declared is not None:
                        return declared
                if before in _BE_FORMS and _word_after(text, cue_end) == "to":
                    # ``Kral is said to have opposed it``: hearsay held by no one named (the
                    # attitudes give its two fragments); Kral said nothing.
                    return None
            if lowered in NOUN_LIKE_FORMS or lowered in _HEADLINE_LOWER:
                # ``She notes that``, ``Kral did post``, never ``the notes``: a bare name or
                # pronoun (with auxiliaries) must stand right before a noun-like form; or, after
                # a comma, a name right after it (``..., notes Ada Lind.``: an inverted cue).
                inverted = (
                    speaker is None
                    and text.endswith(", ", 0, cue_start)
                    and (after := subject_after(text, cue_end, sent_end)) is not None
                    and after.text.split()[-1][:1].isupper()
                )
                if inverted:
                    pass
                elif (
                    speaker is None
                    or not (speaker.text.lower() in PRONOUNS or speaker.text[:1].isupper())
                    or speaker.text.split()[0].lower() in _DETERMINER_WORDS
                    and not (
                        # ``The Harbour Courier reports that``: a name after its article,
                        # then a clause, makes the form a verb.
                        speaker.text.split()[0] == "The"
                        and speaker.text.split()[-1][:1].isupper()
                        and speaker.start == sent_start
                        and (
                            _THAT_AFTER_CUE_RE.match(text, cue_end)
                            or _CLAUSE_AFTER_CUE_RE.match(text, cue_end)
                        )
                    )
                    or text[speaker.end : speaker.end + 2] in ("’s", "'s")
                ):
                    return None
                lowered = "says"
            if speaker is None and _ING_CUES.search(lowered):
                counted = _WITH_ONE_RE.search(text, max(sent_start, cue_start - 40), cue_start)
                if counted is not None:
                    # ``Fans cheered, with one writing, “...”``: the participle's subject is
                    # the one counted after ``with``, one of the people named before.
                    speaker = common = Mention(
                        counted["who"], counted.start("who"), counted.end("who")
                    )
            if speaker is None and _ING_CUES.search(lowered):
                # ``..., said Ola Brenn, a producer, noting that ...``: the speaker of the
                # clause the participle hangs on (a comment on the content before it, the
                # latest attribution), else the sentence's subject.
                set_off = self.participle_aside(sent_start, cue_start, cue_end, sent_end)
                if set_off is not None:
                    speaker, aside_end = set_off
                else:
                    speaker = self.participle_subject(sent_start, cue_start)
                if speaker is None:
                    speaker = self.participle_clause_subject(sent_start, cue_start)
                if speaker is None:
                    for at, earlier, _ in reversed(self.attributions[-3:]):
                        if sent_start <= at < cue_start:
                            speaker = earlier
                            break
                if speaker is None:
                    speaker = self.clause_pronoun(sent_start, cue_start)
                if speaker is None:
                    speaker = self.sentence_subject(sent_start, cue_start, adverbials=True)
                if speaker is None and text.endswith(", ", 0, cue_start):
                    # ``The port's top adviser went further, arguing ...``: the subject of the
                    # main clause's verb.
                    speaker = self.main_clause_subject(sent_start, cue_start - 2)
                if speaker is None and _OPENING_PARTICIPLE_RE.fullmatch(
                    text, sent_start, cue_start
                ):
                    # ``After saying he was tired, Kral left``: the participle clause opens the
                    # sentence, and its subject is the main clause's, after the comma.
                    comma = text.find(", ", cue_end, sent_end)
                    main = _MAIN_SUBJECT_RE.match(text, comma + 2) if comma > 0 else None
                    if main is not None and self.span_at(comma) is None:
                        speaker = Mention(main.group("who"), main.start(), main.end("who"))
                        clause_end = comma
            if speaker is None and _COORDINATED_RE.search(
                text, max(sent_start, cue_start - 40), cue_start
            ):
                # ``She refused to name him but said ...``: the clause's subject speaks; in a
                # relative clause, the relative pronoun's (``Lind, who met him and said``).
                who = self.coordinated_relative(sent_start, cue_start)
                if who is not None:
                    antecedent = subject_before(text, who.start - 2, sent_start)
                    speaker = antecedent or who
                    if antecedent is not None:
                        relative_span = (who.start, who.end)
                else:
                    speaker = self.coordinated_subject(
                        sent_start, cue_start
                    ) or self.sentence_subject(sent_start, cue_start, adverbials=True)
            trailing = False
            rest = -1
            if speaker is None and lowered in PRIMARY_CUES:
                speaker = subject_after(text, cue_end, sent_end)
                if speaker is not None and speaker.text.split(None, 1)[0].lower() in (
                    "it",
                    "that",
                    "this",
                    "which",
                ):
                    # ``a typed tweet that offered ...``: a relative clause after a noun, no
                    # speaker after an inverted verb
                    speaker = None
                if speaker is not None:
                    self.attributions.append((cue_start, speaker, Mention(cue, cue_start, cue_end)))
                    trailing = self.ends_attribution(sent_start, cue_start, speaker.end, sent_end)
                    if not trailing:
                        if speaker.text[:1].isupper():  # a name, not ``writes a column``
                            rest = self.rest_after_inverted(
                                sent_start, cue_start, speaker.end, sent_end
                            )
                        if rest < 0:
                            speaker = None
            elif speaker is not None:
                self.attributions.append((cue_start, speaker, Mention(cue, cue_start, cue_end)))
                attribution_end = cue_end
                if lowered in OBJECT_TAKING and (found := _ADDRESSEE_RE.match(text, cue_end)):
                    # ``“...,” she told the harbour meeting, where ...``
                    attribution_end = found.end()
                trailing = lowered in SPEECH_VERBS and self.ends_attribution(
                    sent_start, speaker.start, attribution_end, sent_end
                )
            if (
                speaker is None
                and not trailing
                and (
                    lowered in _APPOSITION_CUES
                    or lowered in PRIMARY_CUES
                    or lowered in SPEECH_VERBS
                    and _THAT_AFTER_CUE_RE.match(text, cue_end)
                )
            ):
                speaker = self.apposed_subject(sent_start, cue_start, cue_end)
            if (
                speaker is None
                and not trailing
                and (lowered in PRIMARY_CUES or lowered in SPEAKING_VERBS)
                and (not lowered.endswith("s") or lowered in _PLAIN_SAY)
                and not lowered.endswith("ing")
                and before not in _BE_FORMS
                and text[cue_start - 1 : cue_start].isspace()
                and _word_after(text, cue_end) not in _TIME_WORDS
                and _word_after(text, cue_end) not in _MONTHS
                and (
                    _THAT_AFTER_CUE_RE.match(text, cue_end) is not None
                    or _CLAUSE_AFTER_CUE_RE.match(text, cue_end) is not None
                )
            ):
                # ``Democrats running for the seat in May say they ...``: a clause after the cue,
                # and before it only the noun phrase that opens the sentence, its subject.
                speaker = common = self.opening_subject(sent_start, cue_start)
            if speaker is None and len(text[cue_end:sent_end].split(None, 2)) > 1:
                return None  # no subject, and not ``..., said Trump.``: nothing to attribute
            if (
                speaker is not None
                and not trailing
                and (
                    "," not in text[speaker.end : cue_start]
                    # ``“...,” Ada Moss, a nurse, said at the rally``: an apposition, then a
                    # circumstance (but ``said of the mayor`` names a topic).
                    or lowered in _APPOSITION_CUES
                    and _word_after(text, cue_end) in _CIRCUMSTANCE_OPENERS
                )
                and self.follows_quote(sent_start, min(speaker.start, cue_start), cue_end)
            ):
                return None  # ``“...,” Kral said in a statement``: the quote's attribution
            joined = (
                _JOINED_CUE_RE.match(text, cue_end)
                if text.startswith((" or ", " nor ", " and "), cue_end)
                else None
            )
            if joined is not None and joined.group(1).lower() in SPEECH_VERBS:
                # ``could not confirm or deny whether ...``: two verbs, one cue and one content.
                cue_end = joined.end()
                cue = text[cue_start:cue_end]
            content_start = self.content_start_after(cue_end, sent_end, lowered)
            if (
                speaker is not None
                and speaker.end <= cue_start
                and not text[sent_start : speaker.start].strip()
                and _CONCESSION_AFTER_CUE_RE.match(text, cue_end, sent_end)
            ):
                # ``Fairleigh agrees, though he warns that ...``: the cue, its subject opening the
                # sentence, closes its clause with no content; the clause after the comma is the
                # author's (a trailing ``..., Kral said, but ...`` still reports what precedes).
                return None
            if content_start == cue_end and _CONJUNCTION_AFTER_CUE_RE.match(text, cue_end):
                # ``complied with industry rules and that drivers could appeal``: a verb's
                # content never opens with ``and``; the word is a noun ending its phrase.
                return None
            if content_start > cue_end and _OWNED_SPEECH_NOUN_RE.search(
                text, cue_end, content_start
            ):
                # ``neither confirmed nor denied Kral’s assertion that ...``: the clause is
                # the content of Kral's assertion (its own cue), not of this verb
                return None
            if (
                speaker is not None
                and speaker.end <= cue_start
                and content_start == cue_end
                and _word_after(text, cue_end) in ("as", "while", "when", "whilst")
                and (circumstance := _INTERRUPTION_TAIL_RE.match(text, cue_end, sent_end))
                is not None
                and circumstance.end() < sent_end
                and (
                    text[sent_start : speaker.start].rstrip().endswith(",")
                    or _WHEN_CLAUSE_RE.match(text, cue_end) is not None
                    and _CLAUSE_AFTER_CIRCUMSTANCE_RE.match(text, circumstance.end(), sent_end)
                    is not None
                )
            ):
                # ``The fares, Kral said as he left, would hurt``, ``Kral said as he left, the
                # fares would hurt``: the clause says when it was said; the (rest of the)
                # content follows its comma.
                content_start = circumstance.end()
            if rest >= 0:
                # ``The fares, said Lind, would ...``: the rest after the speaker, and the words
                # before the cue an opening fragment.
                content_start = rest
                opening = self.trim(sent_start, cue_start)
            content_end = sent_end if aside_end < 0 else aside_end
            if (
                lowered in _WRITE_FORMS
                and _TO_ADDRESSEE_RE.match(text, content_start, sent_end)
                and self.first_span_in(content_start, sent_end) is None
            ):
                # ``wrote to the council about the quay``: the addressee is no content; what
                # was written about is, and with neither (``would write to the minister
                # seeking a meeting``) nothing was reported.
                about = _ABOUT_AFTER_ADDRESSEE_RE.match(text, content_start, sent_end)
                if about is None:
                    return None
                content_start = about.end()
            # ``..., analysts say; in 2012 ...``: a semicolon right after the cue ends the
            # attribution, and what follows it is a clause of the author's.
            words_after = (
                []
                if text.startswith(";", content_start)
                # ``..., the agency said on Thursday (March 6).``: a date in parentheses
                or _PARENTHESIS_ONLY_RE.fullmatch(text, content_start, content_end)
                else text[content_start:content_end].split()
            )
            participle = (
                _PARTICIPLE_OPENING_RE.match(text, content_start, content_end)
                if text.find("ing", content_start, content_start + 40) >= 0
                else None
            )
            if (
                participle is not None
                and participle.group(1) in SPEECH_VERBS
                and (participle.start(1) == content_start or not trailing)
            ):
                # ``told reporters, adding that ...``, ``something the board never confirmed,
                # only saying that ...``: the participle reports content of its own (but after
                # ``..., the Courier reported, citing ...`` the content stands before the cue).
                return None
            if (
                lowered in NEEDS_THAT
                and words_after
                and words_after[0] != "that"
                and self.span_at(content_start) is None
                and not (
                    lowered.startswith("describ")
                    and _DESCRIBED_AS_RE.match(text, content_start, content_end)
                )
            ):
                return None  # ``described the scene``; but ``described the move as a breach``
            if lowered.startswith("claim") and _PRIZE_WON_RE.match(text, content_start, sent_end):
                return None  # ``claimed a first victory``, ``claimed the title``: won it
            # ``declared victory``, ``claimed ownership``, ``conceded defeat``: what was
            # declared named by a noun, without the words, as ``talked about``: scored in the
            # attitudes' band.
            declared_noun = (
                lowered.startswith(_DECLARING_CUES)
                and bool(words_after)
                and _bare_noun(words_after[0])
                and self.span_at(content_start) is None
            )
            if (
                1 < len(words_after) < 3
                and words_after[0] != "that"
                and not trailing
                and not (lowered in _NAMING_CUES and self.first_span_in(content_start, sent_end))
                and not (
                    words_after[0] in _SHORT_CONTENT_OPENERS
                    and speaker is not None
                    and speaker.end <= cue_start
                    and not before.endswith(("’s", "'s"))
                )
            ):
                # ``Trump's proposed peace plan``: too short to be a quote (but ``..., said Ivo
                # Kral.`` closes the sentence: the content stands before the cue, and ``called
                # it “a disgrace”`` names it in a quote: mixed from the object).
                return None
            if (
                words_after
                and words_after[0].lower() in ("this", "it", "these", "those", "them")
                and (len(words_after) <= 6)
                and (len(words_after) < 2 or words_after[1].lower() in _PREPOSITIONS)
                and self.first_span_in(content_start, content_end) is None
            ):
                return None  # ``expressed this to RIA``: the content was given elsewhere
            if len(words_after) < 2 or trailing:
                # ``..., officials said.`` / ``..., said Trump.``: the content comes before.
                if speaker is None:
                    speaker = subject_after(text, cue_end, sent_end)
                    head = cue_start
                else:
                    head = min(speaker.start, cue_start)
                said_end = cue_end if speaker is None else max(cue_end, speaker.end)
                if text[said_end : said_end + 3].lstrip().startswith(":"):
                    # ``After the vote, Cllr Lind said:``: the colon points ahead to what was
                    # said; the words before the attribution are its circumstance.
                    return None
                lead = self.lead_before(sent_start, head, cue_end)
                if not lead.endswith(_LEAD_ENDS) and speaker is not None and head == speaker.start:
                    # ``..., the local radio Wave FM reported``: words of the subject phrase
                    # stand between the comma and the name found.
                    comma = lead.rfind(", ")
                    subject_words = lead[comma + 2 :]
                    if (
                        comma > 0
                        and (
                            _plain_words(subject_words)
                            # ``..., he and Ada Lind said.``: a coordinated subject.
                            or _TRAILING_COORDINATED_RE.fullmatch(lead, comma + 2) is not None
                        )
                        # ``..., said residents felt ...``: a speech verb is no subject word.
                        and PRIMARY_CUES.isdisjoint(subject_words.lower().split())
                    ):
                        start = sent_start + comma + 2
                        speaker = Mention(text[start : speaker.end], start, speaker.end)
                        lead = lead[: comma + 1]
                if not lead.endswith(_LEAD_ENDS) or self.role_before_name(
                    lead, sent_start, speaker
                ):
                    return None
                comma = lead.rfind(", ", 0, len(lead) - 1)
                if comma > 0 and self.role_before_name(
                    lead[comma + 2 :], sent_start + comma + 2, speaker
                ):
                    # ``The fares will rise, the harbour master, Ada Lind, said``: the role
                    # before the name is the subject's apposition, not content.
                    lead = lead[: comma + 1]
                content_start, content_end = sent_start, len(lead) + sent_start - 1
                if lead.endswith(","):
                    content_end = sent_start + len(lead) - 1
                elif lead[-1] not in "—–":
                    content_end = sent_start + len(lead)  # ``... “framing the race,” he said``
                if (
                    speaker is None
                    or self.clause_content(content_start, content_end, clause_end) is None
                ):
                    # ``“...,” Kral said.``: one cue in six attributes a quote. What follows
                    # only returns None or keeps this content, which the same test refuses
                    # below: done before reading the cues of the lead.
                    return None
                opening_participle = _OPENING_PARTICIPLE_THAT_RE.match(text, sent_start, head)
                if opening_participle and opening_participle["cue"] in OPENING_PARTICIPLES:
                    # ``Noting that the pier is old, Kral conceded defeat.``: the participle
                    # reports that clause, Kral's; the main clause's cue reports nothing of it.
                    return None
                for other in CUE_RE.finditer(text, sent_start, head):
                    if self.span_at(other.start()) is None and other.group() != "according to":
                        if other.group().lower() in BELIEF_VERBS:
                            continue  # ``a state she hoped to carry, ...``: no attribution
                        if (
                            _word_after(text, other.end()) in _OBJECT_OPENERS
                            and other.group().lower() not in OBJECT_TAKING
                            and other.group().lower() not in _PLAIN_SAY
                        ):
                            continue  # ``has added another link``: a verb with an object
                        if (
                            object_is_content(text, other.group().lower(), other.end() + 1, head)
                            is None
                        ):
                            continue  # ``Crews add chlorine to the tank``: a plain act
                        if not other.group().endswith("ing") and (
                            subject_before(text, other.start(), sent_start) is None
                            or _plural_noun_after_count(text, other.start(), other.group().lower())
                        ):
                            continue  # ``The bridge added two hours``: no speaker, a plain verb
                        return None  # ``X said that ..., Axios reports``: a source, not a speaker
            if speaker is None:
                return None
        content = self.clause_content(content_start, content_end, clause_end)
        if content is None:
            return None
        content_start, content_end = content
        for cut in _cuts(text, content_start, content_end):
            keep = next(
                group
                for group in (
                    cut.group("keep"),
                    cut.group("keep2"),
                    cut.group("keep3"),
                    cut.group("keep4"),
                    cut.group("keep5"),
                )
                if group is not None
            )
            end = cut.start() + len(keep.rstrip(","))
            inside = self.span_at(end - 1)
            if end > content_start + 8 and (inside is None or inside.end <= end):
                content_start, content_end = self.trim(content_start, end)
                break
        if content_start > cue_start and (
            " and " in text[content_start:content_end] or " but " in text[content_start:content_end]
        ):
            content_end = self.cut_before_second_predicate(lowered, content_start, content_end)
        if content_start > cue_start and lowered not in _PLAIN_SAY:
            for subordinate in _SUBORDINATE_CLAUSE_RE.finditer(text, content_start, content_end):
                before_word = _word_before(text, subordinate.start() + 1).rsplit("-", 1)[-1]
                if before_word in _NOT_BEFORE_SUBORDINATE or before_word.endswith("s"):
                    continue
                if not _is_clause(text[content_start : subordinate.start()]):
                    # ``hailed his side's character after Doyle's double won it``: when or why
                    # the speaker spoke, not what was said of the object.
                    content_end = self.trim(content_start, subordinate.start())[1]
                break
        # The search runs here: most contents hold no comment, and a call costs more than it.
        opener = _COMMENT_RE.search(text, content_start, content_end)
        if opener is not None:
            content_end = self.cut_before_comment(opener, content_start, content_end, sent_end)
        if content_start > cue_start and (
            # Every match holds ``but`` or ``while``; most contents hold neither, and the
            # pattern, opening with ``\s*``, is tried at every position of the content.
            text.find("but", content_start, content_end) >= 0
            or text.find("while", content_start, content_end) >= 0
        ):
            for own in _OWN_CLAUSE_AFTER_CONTENT_RE.finditer(text, content_start, content_end):
                if own.start() > content_start + 8 and self.span_at(own.start()) is None:
                    # ``says he has spoken to Lind—but Lind has not budged``, ``declared that
                    # fares would rise while refusing to confirm``: a clause of the author's,
                    # or the speaker's own act, after the content
                    content_end = self.trim(content_start, own.start())[1]
                    break
        content_end = self.cut_before_next_attribution(content_start, content_end)
        semicolon = text.find("; ", content_start, content_end)
        if semicolon > content_start + 8 and (
            subject_then_verb(text, semicolon + 2, content_end)
            or _SUBJECT_CALLS_FOR_RE.match(text, semicolon + 2, content_end)
        ):
            # ``Operator says route not viable; lawmaker calls for review``: the clause after
            # the semicolon is another speaker's attribution, not more of this content.
            content_end = self.trim(content_start, semicolon)[1]
        if content_end - content_start < 8 or (
            text.startswith("according to ", content_start)
            and text.find(",", content_start, content_end) < 0
        ):
            # ``Damage was estimated at $800, according to the report``: an attribution of
            # its own is no content of the cue before it.
            return None
        if content_start > cue_start and _SUBORDINATE_OPEN_RE.match(text, sent_start, cue_start):
            # ``While Kral said that A, he ...``: the sentence's main clause is the author's.
            main = _MAIN_CLAUSE_RE.search(text, content_start, content_end)
            if main is not None and self.span_at(main.start()) is None:
                content_end = self.trim(content_start, main.start())[1]
        elif content_start > cue_start and _relative_before(
            text, max(sent_start, cue_start - 40), cue_start
        ):
            # ``Kral, who said the port would close, resigned``: the relative clause holding
            # the cue closes on the comma before the main clause's verb.
            comma = text.find(",", content_start, content_end)
            if (
                comma > 0
                and _PREPOSITION_OPEN_RE.match(text, sent_start, cue_start)
                and self.span_at(comma) is None
            ):
                # ``Among those who said the fare was too high, most ...``: the phrase opening
                # the sentence ends at its comma.
                content_end = self.trim(content_start, comma)[1]
            for main in _MAIN_VERB_AFTER_RELATIVE_RE.finditer(text, content_start, content_end):
                clause = text[text.rfind(",", content_start, main.start()) + 1 : main.start()]
                if clause.split(None, 1)[:1] in (["which"], ["who"], ["where"]):
                    continue  # ``the port, which opened in 1900, would close``: its own clause
                if self.span_at(main.start()) is None:
                    content_end = self.trim(content_start, main.start())[1]
                break
        # A content that is exactly one standalone direct quote is that quote's attribution.
        if self.is_whole_quote(content_start, content_end):
            return None
        whole = self.span_at(content_start)
        if whole is not None and whole.start == content_start:
            head = cue_start if speaker is None else min(cue_start, speaker.start)
            if (
                whole.end <= cue_start
                and _COMMA_CLOSE_RE.match(text, whole.end - 3, whole.end + 1)
                and not _continues_before_attribution(text[whole.end : head])
            ):
                return None  # ``“...,” Ada Lind, 30, of Oslo, said``: the quote, then its speaker
        if content_start > cue_start and lowered != "according to":
            first_word = text[content_start : content_start + 12].split(" ", 1)[0].lower()
            if first_word == "back" and lowered.startswith("welcom"):
                return None  # ``welcome back to the show``: a greeting, no stance taken
            phrasal_out = (
                first_word == "out"
                and content_start == cue_end + 1
                and _word_after(text, content_start + 3) in ("for", "against", "about")
            )
            if phrasal_out:
                # ``cried out for help``, ``speaking out against the toll``: the particle
                # belongs to the verb, and the preposition after it too (below), which is no
                # adverbial however short its object.
                cue_end = content_start + 3
                content_start = cue_end + 1
                first_word = _word_after(text, cue_end)
            if (
                first_word == "to"
                and lowered in OBJECT_TAKING
                and _ADDRESSEE_TO_RE.fullmatch(text, cue_end, content_start) is not None
                and _word_after(text, content_start + 2) not in _OBJECT_OPENERS
            ):
                # ``urged residents to stay home``, ``told them to leave``: the addressee and
                # the act asked of them, as after a determiner (``urged the crew to``).
                content_start = cue_end + 1
                first_word = _word_after(text, cue_end)
            if (
                (first_word in _PREPOSITIONS or first_word in _PLACE_PREPOSITIONS)
                and not phrasal_out
                and text.find(" that ", content_start, content_end) < 0
                and (
                    len(text[content_start:content_end].split()) < 6
                    or first_word not in _PARTICLES
                    # ``to`` opens an infinitive, unless a noun phrase follows (``responded to
                    # a request for further comment``: whom or what was answered)
                    and (
                        first_word != "to"
                        or _word_after(text, content_start + 2) in _OBJECT_OPENERS
                    )
                    and CLAUSE_VERB_RE.search(text, content_start, content_end) is None
                    and _CLAUSE_WORD_RE.search(text, content_start, content_end) is None
                    and self.first_span_in(content_start, content_end) is None
                )
                and "," not in text[cue_end:content_start]
            ):
                # ``said on Monday.``: only an adverbial follows the cue (but ``The vote would
                # be won, Kral said, by a wide margin`` goes on with the content); ``argued with
                # the referee after the whistle``, ``chanted outside the court``: a partner or a
                # place, however long, with no clause and no quote in it.
                return None
            if (
                lowered in _TELLING_FORMS
                and CLAUSE_VERB_RE.search(text, content_start, content_end) is None
                and _CLAUSE_WORD_RE.search(text, content_start, content_end) is None
                and _TOPIC_WORD_RE.search(text, content_start, content_end) is None
                and self.first_span_in(content_start, content_end) is None
                and not any(
                    word.lower().removesuffix("s") in PREDICATE_CONTENT_NOUNS
                    for word in text[content_start:content_end].split()
                )
            ):
                # ``warned his players before kickoff``, ``advising the buyer on the merger``:
                # only the addressee follows (but ``told the council a different story``).
                return None
            if lowered.startswith("call") and (
                first_word in _CALL_OFF_PARTICLES
                or content_start == cue_end + 1
                and is_plain_call(text, cue_start, content_start, content_end)
            ):
                # ``called off the vote``, ``called up the reserves``, ``called her mother
                # every Sunday``: no speech
                return None
            if (
                lowered in ("denied", "refused")
                and _word_before(text, cue_start) in _BE_FORMS
                and content_start == cue_end + 1
                and first_word not in _PREPOSITIONS
                and first_word != "that"
            ):
                # ``Detainees were denied water``, ``was refused entry``: a thing withheld from
                # the subject, no statement denied
                return None
            if (
                content_start == cue_end + 1
                and first_word not in _PREPOSITIONS
                and first_word not in ("and", "or", "but", "nor")
                # ``said publicly that``: an adverb, no object (but ``adds only chlorine``)
                and (not first_word.endswith("ly") or first_word == "only")
                and before not in _BE_FORMS
            ):
                # ``the judge dismissed the case``, ``answered the door``: shown faint (but
                # ``wrote about the fire``, ``was declared the winner``: no object of the verb)
                object_content = object_is_content(text, lowered, content_start, content_end)
                if object_content is None:
                    return None  # ``the hotel welcomed 300 guests``: an act, no attribution
            if (
                first_word == "on"
                and lowered.startswith(("post", "wr"))
                and _PLACE_OF_POSTING_RE.match(text, content_start, content_end) is not None
            ):
                # ``posted on social media for the first time``: where it was posted, no
                # content (``posted on Facebook that ...`` is read from its ``that``).
                return None
            if first_word in _PARTICLES and text[cue_end:content_start].isspace():
                # ``called for a recount``, ``warned about the cost``: the preposition belongs to
                # the cue (a phrasal verb); the content is its object.
                cue_end = content_start + len(first_word)
                cue = text[cue_start:cue_end]
                content_start = self.trim(cue_end, content_end)[0]
        inner = self.first_span_in(min(cue_end, content_start), content_end)
        if (
            inner is not None
            and inner.start > content_start >= cue_end
            and (colon := text.rfind(":", content_start, inner.start)) > 0
            and not text[colon + 1 : inner.start].strip()
            and _clause_before_colon(text[content_start : colon + 1])
            and _COMMA_CLOSE_RE.match(text, inner.end - 3, inner.end + 1)
            and subject_then_verb(text, inner.end, sent_end) is not None
        ):
            # ``said she was ready: “...,” she added``: the quote has an attribution of its
            # own; the clause before the colon is this cue's content, on its own.
            content_end = self.trim(content_start, colon)[1]
            inner = None
        if (
            inner is not None
            # After the cue only: before a trailing cue (``Its roof was “old,” and needed
            # repairs, the inspector said``) the verb after ``and`` is the content's subject's.
            and inner.start > content_start >= cue_end
            and inner.end < content_end
            and _COMMA_CLOSE_RE.match(text, inner.end - 3, inner.end + 1)
            and (narrated := _AND_PAST_RE.match(text, inner.end, content_end)) is not None
            and (narrated["verb"].endswith("ed") or narrated["verb"] in _IRREGULAR_PAST)
        ):
            # ``said she was ready: “...,” and left``: the quote closed on its comma, and
            # ``and`` with a past verb goes on with the speaker's acts, not with what was said.
            content_end = inner.end
        if inner is not None and inner.start >= content_start:
            # Where the first quote stands decides between a direct and a mixed quote.
            gap = text[cue_end : inner.start].rstrip() if inner.start > cue_end else ""
            if cue_start >= content_end:
                # The attribution follows: the words before the quote decide.
                gap = text[content_start : inner.start].strip()
            if lowered == "according to" and inner.start > cue_end:
                gap = text[content_start : inner.start].strip() or ","
            if (
                inner.end >= content_end - 1
                and inner.start > cue_end
                and _ADDRESSED_END_RE.match(text[cue_start : inner.start].rstrip())
            ):
                return None  # ``asked the crowd “...”``: a direct quote
            tail = text[inner.end : content_end].strip(" ,.;")
            short_gap = (
                len(gap) <= 40
                and _THAT_WORD_RE.search(gap) is None
                and not (gap and lowered in _NAMING_CUES)
            )
            object_lead = (
                gap.endswith(":")
                and (
                    _object_before_colon(gap, cue.lower())
                    # the cue's own clause, not the author's before an inverted attribution
                    or cue_end <= content_start
                    and _clause_before_colon(gap)
                )
                and not self.remarks_subject(speaker, cue_start)
            )
            if (
                inner.end >= content_end - 1
                and (not gap or gap[-1] in ":,—–" and short_gap)
                and not object_lead
            ):
                return None  # all the content is in marks: a direct quote (see guidelines)
            if (
                inner.end >= content_end - 1
                and not object_lead
                and _LONG_LEAD_RE.fullmatch(gap)
                and not _SUBORDINATE_RE.search(_TIME_CLAUSE_RE.sub("", gap))
                and text[inner.start + 1 : inner.start + 3].lstrip("“‘\"'")[:1].isupper()
            ):
                return None  # ``told the Courier in an email, “We...”``: direct
            if (
                short_gap
                and _PARTICIPLE_CUE_END_RE.search(gap)
                and (inner.end >= content_end - 1 or _ADVERBIAL_TAIL_RE.match(tail))
            ):
                # ``posted a message saying “...”``: the quote is what the participle reports,
                # direct (as with a comma after it), the message its channel.
                return None
            colon_gap = (
                gap.endswith(":")
                and (gap.split(None, 1)[0].rstrip(":,") != "that" or _is_time_phrase(gap))
                and not object_lead
            )
            if (colon_gap or short_gap and gap.endswith(",") and "“" not in tail) and not (
                tail[:1].islower() and _continues_after(text, inner.start, inner.end)
            ):
                return None  # ``said, “Not yet,” when pressed ...``: a direct quote
            if (
                not gap
                and inner.start > cue_start
                and _ADVERBIAL_TAIL_RE.match(tail)
                and not (_TOWARD_RE.match(tail) and not _utters(lowered))
            ):
                # ``sang “we are here” outside the hall``: direct; but ``pledged “help” toward
                # the upkeep`` goes on with the noun pledged (a direction only follows words
                # uttered: ``mouthed “thanks” toward the crowd``).
                return None
            if (
                not gap
                and inner.start > cue_start
                and _COMMA_CLOSE_RE.match(text, inner.end - 3, inner.end + 1)
                and _NAMING_TAIL_RE.match(lowered) is None
                and lowered not in _PLAIN_SAY
            ):
                return None  # ``citing “the worst summer,” she closed``: the quote is the object
        if not object_content:
            score = UNSURE_OBJECT_SCORE
        elif declared_noun:
            score = ATTITUDE_SCORES["topic"]
        elif lowered in BELIEF_VERBS:
            score = BELIEF_VERB_SCORE
        elif lowered == "according to":
            score = 0.7
        elif is_primary(lowered):
            score = 0.75
        else:
            score = 0.6
        if (
            speaker is not None
            and speaker.text.lower() in _AUTHOR_PRONOUNS
            and speaker.end <= cue_start
            and self.span_at(speaker.start) is None
        ):
            between = text[speaker.end : cue_start]
            if _PASSIVE_BE_RE.search(" " + between + " ") and not lowered.endswith("ing"):
                return None  # ``We are told the quay is safe``: what the author heard
            cue_verb = lowered.split(" ", 1)[0]
            if not cue_verb.startswith("ask") and (
                _AUTHOR_MODAL_RE.search(between)
                or not _past_tense(cue_verb)
                or _AUTHOR_PERFECT_RE.search(between)
                and cue_verb in _POSITION_VERBS
            ):
                # ``I argue``, ``I would argue``, ``as I have argued``: the author's own voice
                # in the text itself, as ``I believe`` is (but ``I said last year``, ``I have
                # informed the board``: a speech event the author reports; and a question put
                # to someone, ``when I ask him``, is one in any tense).
                score = BELIEF_VERB_SCORE
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, score)
        draft.speaker = speaker
        if relative_span is not None and speaker is not None:
            draft.speaker_spans = [relative_span]
        if common is not None and speaker is common:
            draft.resolved = common.text  # no name to resolve: the phrase as written
        draft.cue = Mention(cue, cue_start, cue_end)
        skip = (content_start, content_end)
        draft.source = document or find_source(text, sent_start, sent_end, skip)
        draft.standalone = False
        self.opening_fragment(draft, sent_start)
        if opening is not None and self.fragment is None and opening[1] - opening[0] > 2:
            fragment = Draft(*opening, QuoteType.INDIRECT, draft.score, standalone=False)
            fragment.speaker, fragment.cue, fragment.source = draft.speaker, draft.cue, draft.source
            self.fragment = fragment
        return draft

    def clause_content(self, start: int, end: int, clause_end: int) -> tuple[int, int] | None:
        """The content ``text[start:end]`` of a cue, ended at the comma closing its clause
        (``clause_end``, or -1) and trimmed; None when nothing is left, when it is too short to
        report anything, or when it is exactly one quote, of which the cue is the attribution.

        The quote test runs before the cuts of the content: they never move a start at a quote
        mark and only move the end back, so a quote that fills the content now fills it after
        them. One cue in ten is such an attribution; the cuts cost more than the test."""
        if clause_end >= 0:
            if start >= clause_end:
                return None  # ``In responding Friday, the board ...``: no content in the clause
            end = min(end, clause_end)  # the clause ends at its comma
        start, end = self.trim(start, end)
        if end - start < 8 or self.is_whole_quote(start, end):
            return None
        return start, end

    def rest_after_source(self, after: Mention | None, cue_end: int, sent_end: int) -> int | None:
        """Where the sentence goes on after ``according to X, ...`` (an appositive of X
        skipped), or None when the attribution closes it or fewer than four words follow."""
        text = self.text
        position = after.end if after is not None else cue_end
        comma = clause_comma(text, position, min(sent_end, position + 60))
        if comma < 0 or (after is None and text.find(" ", cue_end + 1, comma) < 0):
            return None
        if text[position:comma].strip():
            return None  # more than the name before the comma: not a plain attribution
        start = comma + 1
        following = text.find(",", start, sent_end)
        if (
            following > 0
            and text[start:following].split(None, 1)[:1]
            and (
                text[start:following].split(None, 1)[0] in _APPOSITION_WORDS
                and len(text[start:following].split()) <= 8
            )
        ):
            start = following + 1  # ``, another former envoy,``
        rest = text[start:sent_end].split(None, 1)
        first = rest[0].lower() if rest else ""
        if first in _NOT_REST_OPENERS or (
            first in _APPOSITION_WORDS | _NUMBER_WORDS
            and text.find(",", start, sent_end) < 0
            and CLAUSE_VERB_RE.search(text, start, sent_end) is None  # no verb: no content goes on
        ):
            # ``according to Ada Moss, an analyst at the bank.``, ``..., who ran the study``,
            # ``..., but the lead is narrowing``: an appositive, a relative or the author's
            # clause, not the rest of the content.
            return None
        if len(text[start:sent_end].split()) < 4:
            return None
        return start

    def unnamed_speech(self, cue_start: int, cue_end: int, cue: str, sent_end: int) -> Draft | None:
        """A speech cue in the passive (``Kral was told that ...``, ``was asked whether ...``,
        ``it was announced that ...``): the subject heard or reports nothing, and the speaker
        goes unnamed. Content only after a cue that takes an addressee, or after ``that``; None
        otherwise (``Kral was praised``: read as any other cue)."""
        text = self.text
        start = self.content_start_after(cue_end, sent_end, cue.lower())
        if not text.startswith("that ", start) and cue.lower() not in OBJECT_TAKING:
            return None
        if _INFINITIVE_RE.search(text, cue_end, start) or _RELATIVE_THAT_GAP_RE.fullmatch(
            text, cue_end, start
        ):
            # ``is expected to report on Friday that ...``: the ``that`` belongs to the
            # infinitive's clause (or is a relative pronoun), not to the passive cue; so after
            # the object of a preposition (``charged in connection with a crash that left``).
            return None
        particle = _word_after(text, start - 1)
        question = _QUESTION_AFTER_PLACE_RE.match(text, start, sent_end)
        if cue.lower() == "asked" and question is not None:
            # ``was asked on BBC Radio whether ...``, ``asked at a briefing if ...``: where the
            # question was put comes first, and the question is the content.
            start = question.start("question")
        elif start == cue_end + 1 and particle in _PARTICLES:
            # ``is accused of killing``: the preposition joins the cue, as in the active.
            cue_end = start + len(particle)
            cue = text[cue_start:cue_end]
            start = cue_end
        start, end = self.trim(start, sent_end)
        for cut in _cuts(text, start, end):
            end = self.trim(start, cut.start())[1]
            break
        if end - start < 8:
            return None
        draft = Draft(start, end, QuoteType.INDIRECT, 0.6, standalone=False)
        draft.cue = Mention(cue, cue_start, cue_end)
        if question is not None and cue.lower() == "asked":
            draft.source = find_source(text, cue_end, start)  # ``on BBC Radio 4``
        self.unnamed_cues.add(cue_start)
        return draft

    def cut_before_second_predicate(self, cue: str, start: int, end: int) -> int:
        """Where a content that is a noun phrase ends before a second predicate of the cue's
        subject joined by ``and`` or ``but`` in the cue's own form (``mentioned the mayor by
        name but did note that ...``, ``tweeting that ... and asking``, ``denounced the plan
        and called for a vote``): what the speaker went on to do, not what was said. A content
        with a verb of its own (``said the board had voted and discussed the sale``) may go on
        with a verb of its clause and is left whole, except after a participle cue when the
        second participle is one of speech."""
        text = self.text
        past = not cue.endswith(("ing", "s")) or cue.endswith("ss")
        for match in _COORDINATED_VERB_RE.finditer(text, start, end):
            verb = match.group("verb")
            if self.span_at(match.start()) is not None:
                continue
            if match.group("aux") and cue.endswith("ed"):
                form = verb.isalpha()  # ``but did note``, ``and has called``
            elif cue.endswith("ing"):
                form = verb.endswith("ing") and len(verb) > 5
            elif past:
                form = verb.endswith("ed") or verb in _IRREGULAR_PAST
            else:
                form = verb.endswith("s") and not verb.endswith("ss")
            following = _word_after(text, match.end()).strip(",.;:")
            if not form or not (
                following in _AFTER_SECOND_VERB
                or following.endswith("ly")
                or text[match.end() + 1 : match.end() + 2].isupper()
                or text[match.end() + 1 : match.end() + 2].isdigit()
                or text[match.end() : match.end() + 1] in ",.;:"
            ):
                continue  # ``the fog and unsettled tides``: an adjective in ``-ed``
            words = text[start : match.start()].lower().replace("’", "'").split()
            clause = any(
                word in _FINITE_WORDS or word.endswith(("ed", "n't")) for word in words
            ) or (words and words[0].split("'")[0] in _CLAUSE_SUBJECTS)
            reports_again = verb in PRIMARY_CUES or (
                (verb in SPEECH_VERBS or verb in BELIEF_VERBS)
                and _THAT_SOON_RE.match(text, match.end()) is not None
            )
            if cue in _PLAIN_SAY and not reports_again:
                continue  # ``said the board met and voted``: a plain say keeps its content whole
            if clause and not (cue.endswith("ing") and verb in SPEECH_VERBS) and not reports_again:
                # (but ``said he heard shots and suspected at once that ...``, ``... and said
                # the board ...``: the speaker reports again, a content of its own)
                continue
            if not words:
                continue
            return self.trim(start, match.start())[1]
        return end

    def agent_speech(
        self, cue_start: int, cue_end: int, cue: str, sent_start: int, sent_end: int
    ) -> Draft | None:
        """A speech cue in the passive with its agent (``The plan was criticized by Lind as
        reckless``, ``Kral was asked by a journalist whether ...``): the agent speaks. What was
        said is the subject (``The plan``; a relative pronoun, ``which``, stands for it) and
        what follows the agent after a preposition (``reckless``); after a cue taking an
        addressee the subject is who heard it, and only what follows the agent is content
        (``whether ...``). Two fragments, one cue, as in an interrupted quote. None when the
        agent or the subject is not a plain phrase."""
        text = self.text
        # The one caller matched it at cue_end first; a check here would run twice per cue.
        agent_start = _AGENT_RE.match(text, cue_end).end()  # type: ignore[union-attr]
        lowered = cue.lower()
        stop = _AGENT_END_RE.search(text, agent_start, sent_end)
        if lowered.startswith("accus"):
            of = _ACCUSED_OF_RE.search(text, agent_start, stop.start() if stop else sent_end)
            stop = of or stop
        agent_end = self.trim(agent_start, stop.start() if stop is not None else sent_end)[1]
        agent = subject_after(text, agent_start, agent_end)
        if (
            agent is None
            or agent.end != agent_end
            or len(agent.text.split()) > 6
            or self.span_at(agent_start) is not None
        ):
            return None
        # The subject ends before the auxiliaries and adverbs of the passive.
        head = cue_start
        while True:
            word = _word_before(text, head)
            if not word or not (word in AUXILIARIES or word in _BE_FORMS or word.endswith("ly")):
                break
            head -= len(word) + 1
        patient: tuple[int, int] | None = None
        if lowered not in OBJECT_TAKING:
            word = _word_before(text, head)
            if word in _PATIENT_RELATIVES:
                at = head - len(word) - 1
                patient = (at, at + len(word))  # ``the plan, which was criticized by ...``
            elif _PATIENT_STOP_RE.search(text, sent_start, head) is None:
                patient = self.trim(sent_start, head)
                if len(text[patient[0] : patient[1]].split()) > 8:
                    patient = None
        rest: tuple[int, int] | None = None
        opener = stop.group().strip() if stop is not None else ""
        if stop is not None and (
            opener in _AGENT_REST_PREPOSITIONS or opener in _AGENT_REST_OPENERS
        ):
            start = stop.end() if opener in _AGENT_REST_PREPOSITIONS else stop.start() + 1
            rest = self.trim(start, sent_end)
            for cut in _cuts(text, rest[0], rest[1]):
                rest = self.trim(rest[0], cut.start())
                break
            if rest[1] - rest[0] < 4:
                rest = None
        if patient is None and rest is None:
            return None
        score = 0.6
        drafts = []
        for span in (patient, rest):
            if span is None or span[1] <= span[0]:
                continue
            draft = Draft(span[0], span[1], QuoteType.INDIRECT, score, standalone=False)
            draft.speaker = agent
            draft.cue = Mention(cue, cue_start, cue_end)
            drafts.append(draft)
        if not drafts:
            return None
        if len(drafts) == 2:
            self.fragment = drafts[0]
        return drafts[-1]

    def declared_complement(
        self, cue_start: int, cue_end: int, cue: str, sent_start: int, sent_end: int
    ) -> Draft | None:
        """A verb of declaring in the passive with a noun phrase after it (``Lind was declared
        the winner``, ``Kral was proclaimed the new mayor``): someone unnamed declared that the
        subject is what follows. The subject is no speaker; it and the noun phrase are two
        fragments, one cue, as for an agent (:meth:`agent_speech`). None when no noun phrase
        follows (``was announced the next day``: a time) or the subject is no plain phrase."""
        text = self.text
        article = _word_after(text, cue_end)
        after = _word_after(text, cue_end + 1 + len(article))
        if article not in ("the", "a", "an") or after in _TIME_WORDS or after in _TIME_MODIFIERS:
            return None
        head = cue_start
        while True:
            word = _word_before(text, head)
            if not word or not (word in AUXILIARIES or word in _BE_FORMS or word.endswith("ly")):
                break
            head -= len(word) + 1
        # After the last clause opener (``as she was announced``), a few words: as for the
        # subject of a raising cue.
        subject = _raised_subject(self, head)
        if subject is None:
            return None
        start, end = self.trim(cue_end, sent_end)
        for cut in _cuts(text, start, end):
            end = self.trim(start, cut.start())[1]
            break
        comma = text.find(",", start, end)
        if comma >= 0:
            # ``Lind, who was declared the victor at the count, then ...``: a noun phrase ends at
            # the comma (closing a relative clause, or before the author's aside).
            end = self.trim(start, comma)[1]
        if end - start < 4:
            return None
        fragment = Draft(*subject, QuoteType.INDIRECT, 0.6, standalone=False)
        fragment.cue = Mention(cue, cue_start, cue_end)
        self.fragment = fragment
        draft = Draft(start, end, QuoteType.INDIRECT, 0.6, standalone=False)
        draft.cue = Mention(cue, cue_start, cue_end)
        self.unnamed_cues.add(cue_start)
        return draft

    def follows_quote(self, sent_start: int, head: int, cue_end: int) -> bool:
        """True when the attribution starting at ``head`` comes right after a quote that opens
        the sentence and closes on a comma, ``?`` or ``!`` (``“...,” Kral said in a
        statement``), and what follows
        its cue opens no content of its own (``that``, a quote): the attribution is that
        quote's, the words after it a circumstance (``waving to the quay``, ``in a statement``)."""
        text = self.text
        end = head
        while end > sent_start and text[end - 1] in " \t\u00a0":
            end -= 1
        if end <= sent_start or text[end - 1] not in "”\"’'»":
            return False
        closing = self.span_at(end - 1)
        if closing is None or closing.end != end:
            return False
        if text[sent_start : closing.start].strip():
            # A quote inside the sentence (``on “Meet the Press,” Kral``) has no attribution of
            # its own, unless it opens an aside that the attribution closes (``the plan was
            # rushed — “We need time,” she said — and``): the words after it are the author's.
            return (
                text[sent_start : closing.start].rstrip().endswith(_ASIDE_OPENERS)
                and _COMMA_CLOSE_RE.match(text, closing.end - 3, closing.end + 1) is not None
                and _ASIDE_CLOSE_RE.match(text, cue_end) is not None
            )
        if _COMMA_CLOSE_RE.match(text, closing.end - 3, closing.end + 1) is None:
            return False
        after = text[cue_end : cue_end + 8].lstrip(" ,")
        return not after.startswith("that ") and after[:1] not in "“\"‘'«"

    def document_sender(self, phrase: Mention, sent_start: int) -> tuple[Mention, Source] | None:
        """Who sent the document or message ``phrase`` that a participle cue follows, and the
        document as the source: ``the council sent off a letter saying ...`` (the council, a
        letter), ``Kral’s post saying ...`` (Kral, a social post). None when ``phrase`` names no
        document or no one sent it in this sentence."""
        text = self.text
        words = phrase.text.split()
        head = words[-1].lower()
        if head not in _DOCUMENT_NOUNS:
            return None
        kind = SourceKind.SOCIAL if head in _SOCIAL_WORDS else SourceKind.PUBLICATION
        owner = _POSSESSIVE_OWNER_RE.match(phrase.text)
        if owner is not None:
            # ``Kral’s letter saying``: the possessor wrote it.
            name = owner.group("owner")
            possessor = Mention(name, phrase.start, phrase.start + len(name))
            return possessor, Source(phrase.text, kind, phrase.start, phrase.end)
        verb = phrase.start
        if words[0].lower() not in _DETERMINER_WORDS:
            # ``posted a short message``: the phrase found may leave out its determiner and
            # modifiers; the verb stands before the determiner.
            before = text[max(sent_start, verb - 40) : verb].split()
            for word in reversed(before[-3:]):
                if word.lower() in _DETERMINER_WORDS:
                    # The word, not the same letters inside another (``a short radio ad``).
                    verb = text.rfind(" " + word + " ", sent_start, verb) + 1
                    break
                if not word.isalpha() or not word.islower():
                    break
        for _ in range(3):
            previous = _PREVIOUS_WORD_RE.search(text, max(sent_start, verb - 30), verb)
            if (
                previous is None
                or not previous.group(1).isalpha()
                or not previous.group(1).islower()
            ):
                return None
            verb = previous.start(1)
            if previous.group(1) not in _SENDING_PARTICLES:
                break
        if text[verb : verb + 12].split(" ", 1)[0] in _PREPOSITIONS:
            return None  # ``in a letter saying``: an adverbial, the speaker elsewhere
        # ``The skippers issued a statement``: a common noun phrase sends it as well as a name.
        sender = subject_before(text, verb, sent_start) or self.common_subject(verb, sent_start)
        if sender is None:
            return None
        return sender, Source(phrase.text, kind, phrase.start, phrase.end)

    def bare_verb_after_plural(self, cue_start: int, cue_end: int, cue: str) -> bool:
        """Whether the base form ``cue`` of ``BARE_NOUN_LIKE_FORMS`` at ``cue_start`` is a verb:
        a plural noun or pronoun right before it (an adverb allowed between: ``analysts now
        estimate``), not after an article of one (``a sales note``), and ``that`` or a clause
        after it (after ``out`` for ``point``)."""
        text = self.text
        after = cue_end
        if cue == "point":
            if not text.startswith(" out", cue_end):
                return False
            after += 4
        if not (_THAT_AFTER_CUE_RE.match(text, after) or _CLAUSE_AFTER_CUE_RE.match(text, after)):
            return False
        words = _WORDS_BEFORE_RE.search(text, max(0, cue_start - 60), cue_start)
        if words is None:
            return False
        tokens = words.group().split()
        while len(tokens) > 1 and (
            tokens[-1].endswith("ly") or tokens[-1].lower() in _BARE_VERB_ADVERBS
        ):
            tokens.pop()
        subject = tokens[-1]
        if subject.lower() in _PLURAL_PRONOUNS:
            return True
        if (
            not (
                subject.isalpha()
                and len(subject) > 3
                and subject.endswith("s")
                and not subject.endswith(("ss", "us", "is"))
                and subject.lower() not in _NOT_PLURAL_S
            )
            and subject.lower() not in _PLURAL_NOUNS_WITHOUT_S
        ):
            return False
        return len(tokens) < 2 or tokens[-2].lower() not in _SINGULAR_DETERMINERS

    def overlaps_draft(self, start: int, end: int) -> bool:
        """True when a draft found so far shares a character with ``[start, end)``."""
        return any(other.start < end and start < other.end for other in self.drafts)

    def carried_subject(self, cue_start: int, sent_start: int) -> Mention | None:
        """The subject of a verb that carries the cue at ``cue_start`` on in its infinitive
        (``Kral went on to call ...``: Kral), or None (also when negated: ``has not bothered to
        ask``)."""
        text = self.text
        carrier = _CARRIER_RE.search(text, max(sent_start, cue_start - 50), cue_start)
        if carrier is None or _NEGATED_RE.search(
            text, max(sent_start, carrier.start() - 12), carrier.start()
        ):
            return None
        return subject_before(text, carrier.start(), sent_start)

    def role_before_name(self, lead: str, lead_start: int, speaker: Mention | None) -> bool:
        """Whether ``lead``, the words opening the sentence up to a comma, is a role phrase
        set before the speaker's name as its apposition (``The Minister of Marine Affairs, Dr.
        Ada Lind, disclosed this``): the subject's, no content before a trailing cue."""
        role = _ROLE_BEFORE_NAME_RE.fullmatch(lead)
        if role is None or speaker is None or not speaker.text[:1].isupper():
            return False
        head = role.group("head").lower()
        return (head in ROLE_NOUNS or head in TITLE_WORDS) and all(
            word.lower().rstrip(".") in TITLE_WORDS
            for word in self.text[lead_start + len(lead) : speaker.start].split()
        )

    def opening_fragment(self, draft: Draft, sent_start: int) -> None:
        """The first part of reported speech interrupted by its attribution.

        ``The plan, she said, is to run a night ferry``: the words before the attribution are a
        fragment of the same content, kept in ``self.fragment`` for :meth:`find_reported`.
        """
        text = self.text
        self.fragment = None
        speaker, cue = draft.speaker, draft.cue
        if speaker is None or cue is None or draft.start < cue.end:
            return
        head, tail = min(speaker.start, cue.start), max(speaker.end, cue.end)
        if (
            text[tail : draft.start].strip() != ","
            and cue.text.lower() in ("told", "tells", "tell")
            and (addressee := _ADDRESSEE_RE.match(text, tail, draft.start)) is not None
        ):
            tail = addressee.end()  # ``..., she told reporters, “...”``
        if _INTERRUPTION_TAIL_RE.fullmatch(text, tail, draft.start) is None or head <= sent_start:
            return
        lead = text[sent_start:head].rstrip()
        comma = lead.rfind(", ")
        if not lead.endswith(",") and comma > 0 and _plain_words(lead[comma + 2 :]):
            lead = lead[: comma + 1]  # ``..., federal officials said, ...``
        if not lead.endswith(",") or len(lead) > 200:
            return
        if _PARENTHETICAL_RE.search(lead + " ") is not None:
            return  # ``At the quay, however, Kral said``: the author's connective
        if CUE_RE.search(text, sent_start, head) or self.first_span_in(sent_start, head):
            return  # another attribution or a quote: not a plain interrupted sentence
        start, end = self.trim(sent_start, sent_start + len(lead) - 1)
        if end > start:
            fragment = Draft(start, end, QuoteType.INDIRECT, draft.score, standalone=False)
            fragment.speaker, fragment.cue, fragment.source = speaker, cue, draft.source
            self.fragment = fragment

    def behind_duration(self, speaker: Mention, sent_start: int) -> Mention | None:
        """``speaker`` unless it ends with a span of time before a participle cue (``She spent
        six months asking``, ``Some pilots spent weeks saying``): the span is the object of the
        verb before it, whose subject (see :meth:`duration_holder`) speaks."""
        head = speaker.text.rsplit(None, 1)[-1]
        if head.lower() not in _DURATION_NOUNS:
            return speaker
        return self.duration_holder(speaker.end - len(head), sent_start)

    def duration_holder(self, duration_start: int, sent_start: int) -> Mention | None:
        """The subject of the verb whose object is a span of time opening at
        ``duration_start`` (``[She] spent six months``, ``[the pilots] took two weeks``); None
        when no verb stands before it within a few words."""
        text = self.text
        words = list(_WORD_RE.finditer(text, max(sent_start, duration_start - 40), duration_start))
        while words and (
            words[-1].group().lower() in _DETERMINER_WORDS
            or words[-1].group().lower() in _QUANTIFIERS
            or words[-1].group().lower() in _DURATION_COUNTS
            or words[-1].group()[:1].isdigit()
        ):
            words.pop()
        if not words or not words[-1].group().islower():
            return None
        verb = words[-1].start()
        return subject_before(text, verb, sent_start) or self.common_subject(verb, sent_start)

    def common_subject(
        self, cue_start: int, sent_start: int, indefinite: bool = False
    ) -> Mention | None:
        """A subject of ``said`` that is a common noun phrase (see :meth:`common_phrase`); when
        that phrase is the object of a participle's preposition (``Residents gathered at the
        shelter described``), the noun phrase opening the sentence, which holds it."""
        found = self.common_phrase(cue_start, sent_start, indefinite)
        if found is None:
            return None
        return holder_of_participle(self.text, found, cue_start, sent_start)

    def common_phrase(
        self, cue_start: int, sent_start: int, indefinite: bool = False
    ) -> Mention | None:
        """A subject of ``said`` that is a common noun phrase (``some of the women said``).

        The word before the cue (auxiliaries and adverbs skipped) must be a plain word after a
        determiner or quantifier within five words, or a plural (``traders say``); with
        ``indefinite`` (speech cues), also a quantifier of ``them`` or an indefinite pronoun
        opening its clause (``most of them said``, ``while another says``), too vague a holder
        for a belief or a stance (``shows most of them favour``: part of what a survey shows).
        """
        text = self.text
        words = list(_WORD_RE.finditer(text, max(sent_start, cue_start - 80), cue_start))
        index = len(words) - 1
        passive = adverb = False
        while index >= 0:
            word = words[index].group()
            lowered = word.lower()
            if _auxiliary(words[index], sent_start):
                passive = passive or lowered in _BE_FORMS
            elif word in _TIME_SKIPS or word.endswith(SKIPPED_ENDINGS) and skips_before_verb(word):
                adverb = True
            else:
                break
            index -= 1
        if passive and adverb:
            return None  # ``is consistently demonised``: a passive behind an adverb
        if index < 0 or _PUNCTUATION_RE.search(text, words[index].end(), cue_start):
            return None  # punctuation between: ``..., said`` is an inverted cue
        head = words[index].group()
        lowered = head.lower()
        if (
            indefinite
            and lowered in _OBJECT_BEFORE_OF
            and index >= 2
            and words[index - 1].group() == "of"
            and _counts_people(words[index - 2].group().lower())
        ):
            # ``most of them said``, ``two-thirds of them say``: the quantifier heads the phrase.
            start, end = words[index - 2].start(), words[index].end()
            return Mention(text[start:end], start, end)
        if (
            (indefinite or lowered in _QUANTIFIER_HOLDERS)
            and lowered in _INDEFINITE_SUBJECTS
            and (
                index == 0
                or words[index - 1].group().lower() in _CLAUSE_OPENERS
                or _PUNCTUATION_RE.search(text, words[index - 1].end(), words[index].start())
            )
        ):
            # ``Some say``, ``..., while another says``, ``but almost everyone agrees``: an
            # indefinite pronoun opening its clause is the subject.
            return Mention(head, words[index].start(), words[index].end())
        if head[:1].isdigit() or lowered in _NUMBER_WORDS:
            # ``42% say``, ``about four in 10 said``: a share of those asked.
            first = index
            while first > 0 and (
                words[first - 1].group().lower() in _SHARE_WORDS
                or words[first - 1].group()[:1].isdigit()
                or words[first - 1].group().lower() in _NUMBER_WORDS
            ):
                first -= 1
            start, end = words[first].start(), words[index].end()
            end += text.startswith("%", end)
            return Mention(text[start:end], start, end)
        if (
            not head.isalpha()
            or not head.islower()
            or len(head) < 3
            or lowered in _NOT_SUBJECT
            or lowered.endswith("ly")
            and skips_before_verb(lowered)  # ``a rally said`` has a noun in ``-ly``
            or lowered in SPEECH_VERBS
            or lowered in BELIEF_VERBS
        ):
            return None
        if (
            index > 0
            and index == len(words) - 1  # no auxiliary between (``a fan would say``)
            and modifies_cue_noun(
                words[index - 1].group(), lowered, _word_after(text, cue_start - 1)
            )
        ):
            # ``a typed tweet``, ``in a prolonged dispute about``: the participle modifies the
            # cue word, a noun; the phrase is no subject, but the object of a preposition
            # between the subject and the noun (``X and Y are in a prolonged dispute``) leads
            # to it.
            first = index - 1
            while (
                first > 0 and index - first < 3 and words[first].group().lower() not in ("a", "an")
            ):
                first -= 1
            phrase = Mention(
                text[words[first].start() : words[index].end()],
                words[first].start(),
                words[index].end(),
            )
            phrase_start = words[first].start()
            light = _LIGHT_VERB_RE.search(text, max(sent_start, phrase_start - 40), phrase_start)
            if light is not None:
                # ``Moss made an unscripted call for``: the verb carrying the noun has the
                # subject, after any opening phrase of the sentence
                verb = light.start("verb")
                subject = subject_before(text, verb, sent_start)
                if subject is None:
                    named = self.colon_subject(sent_start, verb, adverbials=True)
                    subject = named[0] if named is not None else None
                return subject
            if first > 0 and words[first - 1].group().lower() in _BE_FORMS:
                # ``Kral is a vocal advocate of``: the noun says what the subject is (not a
                # dummy ``it``)
                subject = subject_before(text, words[first - 1].start(), sent_start)
                if subject is None or subject.text.lower() in ("it", "there", "this", "that"):
                    return None
                return subject
            holder = self.behind_adverbial(phrase, sent_start, cue_start)
            return None if holder is phrase else holder
        if (
            index >= 2
            and index == len(words) - 1
            and words[index - 1].group() == "which"
            and words[index - 2].group() in ("in", "at", "during", "under", "through")
        ):
            # ``a meeting in which management said``: a bare noun right after a relative
            # ``which`` and its preposition is the subject of the relative clause.
            return Mention(head, words[index].start(), words[index].end())
        start = words[index].start()
        for k in range(index - 1, max(-1, index - 6), -1):
            word = words[k].group()
            if text[words[k].end() : words[k + 1].start()].strip():
                break  # punctuation ends the phrase
            if word.lower() in _DETERMINER_WORDS or word.lower() in _QUANTIFIERS:
                start = words[k].start()
                if (
                    k > 1
                    and words[k - 1].group().lower() == "of"
                    and words[k - 2].group().lower() in _QUANTIFIERS
                ):
                    start = words[k - 2].start()  # ``some of the women``
                elif (
                    k > 2
                    and words[k - 1].group().lower() == "of"
                    and words[k - 2].group().isalpha()
                    and words[k - 2].group().islower()
                    and words[k - 2].group() not in _NOT_SUBJECT
                    and words[k - 3].group().lower() in _DETERMINER_WORDS
                    and _PUNCTUATION_RE.search(text, words[k - 3].end(), words[k].start()) is None
                ):
                    start = words[k - 3].start()  # ``the organizer of a rally``
                elif k > 0 and words[k - 1].group().lower() in _PREPOSITIONS:
                    # ``Officials familiar with the plan said``: the object of a preposition
                    # inside the subject; the phrase opening the clause speaks.
                    opening = self.opening_subject(sent_start, cue_start)
                    if (
                        opening is not None
                        and opening.text.split(None, 1)[0].lower() not in _PREPOSITIONS
                        and opening.text.split(None, 1)[0].lower() not in _OPENING_CONNECTIVES
                        and not any(
                            word.endswith("ed") or word in _IRREGULAR_PAST
                            for word in opening.text.split()
                        )
                    ):
                        return opening  # not ``Kral forwarded the file with a note that``
                return Mention(text[start : words[index].end()], start, words[index].end())
            if word.lower() in _NOT_SUBJECT or word.lower() in SPEECH_VERBS:
                break
        if (
            lowered.endswith("s")
            and not lowered.endswith(("ss", "us", "is"))
            or lowered.endswith("men")
            and lowered not in _NOT_PLURAL_MEN
            or lowered in _IRREGULAR_PLURALS
        ):
            # ``traders say``; plurals without ``-s``: ``council spokesmen said``, ``staff say``
            end = words[index].end()
            start = self.plural_subject_start(words, index, sent_start)
            return Mention(text[start:end], start, end)
        return None

    def evidence_subject(self, sent_start: int, cue_start: int) -> Mention | None:
        """A noun phrase headed by a noun of a source of evidence that opens the clause of the
        cue at ``cue_start`` (``official data suggest``, ``but multiple reports reveal``, ``the
        latest figures from the port suggest``, ``a survey of skippers released Monday
        suggests``): a subject too plain for :meth:`common_subject`, whose nouns are people.

        The head may be followed by a prepositional phrase or a participle of up to six words
        (no punctuation, no verb of its own), preceded by up to five modifiers, a determiner or
        a possessive; the phrase must open the sentence or follow a comma or a word opening a
        clause.
        """
        text = self.text
        words = list(_WORD_RE.finditer(text, max(sent_start, cue_start - 120), cue_start))
        index = len(words) - 1
        while index >= 0 and (
            _auxiliary(words[index], sent_start)
            or words[index].group().endswith(SKIPPED_ENDINGS)
            and skips_before_verb(words[index].group())
        ):
            index -= 1
        if index < 0 or _PUNCTUATION_RE.search(text, words[index].end(), cue_start):
            return None
        head = -1
        for k in range(index, max(-1, index - 7), -1):
            lowered = words[k].group().lower()
            if lowered in _EVIDENCE_HEADS:
                head = k
                break
            if (
                _auxiliary(words[k], sent_start)
                or lowered in SPEECH_VERBS
                or lowered in BELIEF_VERBS
                or lowered in _RELATIVE_WORDS
                or lowered in PRONOUNS
            ):
                return None  # a clause of its own between: ``polls they say show``
        if head < 0:
            return None
        if head < index and (
            words[head + 1].group().lower() not in _EVIDENCE_AFTER_HEAD
            or _PUNCTUATION_RE.search(text, words[head].end(), words[index].end())
        ):
            return None  # ``the poll numbers Kral cited suggest``: a clause after the head
        first = head
        for k in range(head - 1, max(-1, head - 6), -1):
            if text[words[k].end() : words[k + 1].start()].strip():
                break  # punctuation ends the phrase
            word = words[k].group()
            lowered = word.lower()
            if lowered in _DETERMINER_WORDS:
                first = k
                break
            if (
                lowered in _NOT_SUBJECT
                or lowered in _EVIDENCE_CLAUSE_OPENERS
                or lowered in AUXILIARIES
                or lowered in SPEECH_VERBS
                or lowered in BELIEF_VERBS
                or lowered in _PREPOSITIONS
            ):
                break
            first = k
        opener = text[sent_start : words[first].start()].rstrip(" \t\n\"“‘'(")
        if (
            opener
            and opener[-1] not in ",;:—–"
            and (first == 0 or words[first - 1].group().lower() not in _EVIDENCE_CLAUSE_OPENERS)
        ):
            return None  # the object of a verb or a preposition: ``cited polls that show``
        start, end = words[first].start(), words[index].end()
        return Mention(text[start:end], start, end)

    def plural_subject_start(self, words: list[re.Match[str]], index: int, sent_start: int) -> int:
        """Where a plural subject with no determiner starts: its modifiers too, coordinated or
        not (``Harbour and council spokesmen said``, ``ferry union leaders say``), when they open
        the clause; else the head alone (``Ivo met harbour staff`` has no subject before
        ``staff``)."""
        text = self.text
        first = index
        k = index - 1
        while k >= 0 and index - k <= 4:
            if text[words[k].end() : words[k + 1].start()].strip():
                break  # punctuation ends the phrase
            word = words[k].group()
            lowered = word.lower()
            if lowered == "and" and first < index and k > 0:
                k -= 1  # ``harbour and council``: both modify the head
                continue
            if (
                lowered in _NOT_SUBJECT
                or lowered in _PREPOSITIONS
                or lowered in _PLACE_PREPOSITIONS
                or lowered in _CLAUSE_OPENERS
                or lowered in ("like", "unlike", "though", "although", "because")
                or lowered in ("one", "all", "both")
            ):
                break  # ``Like others ...``, ``though public records``: no modifier
            if lowered in _NUMBER_WORDS:
                # ``Two reports suggest``, ``But three pilots said``: a number opening the
                # clause counts its subject; after other words (``all five states``, ``the
                # two sides``) it is inside a phrase that is no subject of its own.
                before = text[sent_start : words[k].start()].rstrip(" \"“‘'(")
                opener = before[before.rfind(" ") + 1 :].lower()
                if not before or before[-1] in ",;:—–-" or opener in _CLAUSE_OPENERS:
                    first = k
                break
            if word[:1].isupper():
                if lowered in STOP_CAPS or lowered in TITLE_WORDS or self.names.is_plain_word(word):
                    break  # ``Holding signs, protesters ...``: a participle opens the sentence
            elif (
                not word.isalpha()
                or lowered in SPEECH_VERBS
                or lowered in BELIEF_VERBS
                or lowered.endswith(("ly", "ing", "ed"))
            ):
                break
            first = k
            k -= 1
        if first == index:
            return words[index].start()
        before = text[sent_start : words[first].start()].rstrip(" \"“‘'(")
        opener = before[before.rfind(" ") + 1 :].lower()
        if before and before[-1] not in ",;:—–-" and opener not in _CLAUSE_OPENERS:
            return words[index].start()  # ``Ivo met harbour staff``: an object, not the subject
        # Resolved as written, never as a name (``Local skippers``: not ``Local``), by
        # ``resolve``: a phrase with a common noun for its head names no one in particular.
        return words[first].start()

    def opening_subject(self, sent_start: int, cue_start: int) -> Mention | None:
        """The noun phrase from the start of the sentence to the cue, when it can only be the
        subject of a cue that opens a clause (``Some advocates for the new pier said that``,
        ``Skippers hoping to keep the ferry running say it must``): too long or too plain for
        :func:`subject_before` and :meth:`common_subject`.

        A conjunction or an opening adverbial phrase before a comma (``But``, ``In Leeds,``)
        may come first, auxiliaries and adverbs between it and the cue. The phrase must hold
        no punctuation, no finite verb (an auxiliary or another cue), no pronoun or relative
        word (a clause), and open with no subordinating word (``If skippers say``): a main
        clause whose subject is all the words before its verb.
        """
        text = self.text
        start = sent_start
        while start < cue_start and text[start] in _OPENING_MARKS:
            start += 1
        words = list(_WORD_RE.finditer(text, start, cue_start))
        if words and words[0].group() in _SENTENCE_OPENERS:
            words = words[1:]
        opened = False
        if words and (
            words[0].group().lower() in _OPENING_ADVERBIAL_WORDS
            or text.startswith(", ", words[0].end())
            and (words[0].group().endswith("ly") or words[0].group() in _OPENING_ADVERBS)
        ):
            comma = text.find(", ", words[0].end(), cue_start)
            if comma < 0:
                return None
            words = [word for word in words if word.start() > comma]
            opened = True
        passive = False
        while words and skips_before_verb(words[-1].group()):
            passive = passive or words.pop().group().lower() in _BE_FORMS
        if passive and not _ING_WORD_RE.match(text, cue_start):
            return None  # ``NATO was widely described as``: a passive, its subject holds nothing
        if not words or len(words) > _OPENING_SUBJECT_WORDS:
            return None
        first, last = words[0], words[-1]
        if not (first.group()[:1].isupper() or first.group()[:1].isdigit() or opened):
            return None  # a sentence opening in lower case: a fragment, a list or a title
        if first.group().endswith("ing"):
            return None  # ``Having rejected the offer``: a participle clause, not a subject
        if _OPENING_SUBJECT_STOP_RE.search(text, first.start(), cue_start):
            return None
        relative = -1
        for k, word in enumerate(words):
            lowered = word.group().lower()
            if lowered in _OPENING_RELATIVES and relative < 0 and 0 < k < len(words) - 2:
                relative = k  # ``The skippers whose boats were sold say``: a relative clause
                continue
            if (
                lowered == "to"
                and 0 < k < len(words) - 1
                and words[k - 1].group().endswith("ing")
                and relative < 0
            ):
                continue  # ``Skippers hoping to keep the ferry say``: a participle's infinitive
            if (
                lowered == "to"
                and 0 < k < len(words) - 1
                and (
                    words[k + 1].group()[:1].isupper()
                    or words[k + 1].group().lower() in _DETERMINER_WORDS
                )
            ):
                continue  # ``The operator of the ferry to Skarra said``: a preposition
            if (
                lowered in _OPENING_SUBJECT_NOT_WORDS
                or lowered in AUXILIARIES
                and relative < 0
                or lowered in SPEECH_VERBS
                or lowered in BELIEF_VERBS
            ):
                return None
        if last.group().lower() in _NOT_SUBJECT or last.group().lower() in _PREPOSITIONS:
            return None
        if len(words) > 1 and modifies_cue_noun(
            words[-2].group(), last.group(), _word_after(text, cue_start - 1)
        ):
            return None  # ``Moss replied with a typed tweet``: the cue is the noun modified
        if relative > 0:
            # The phrase before the relative clause speaks (``The skippers``); its head must be
            # a noun, not a word that ends no phrase (``all of whose``).
            last = words[relative - 1]
            if last.group().lower() in _NOT_SUBJECT or last.group().lower() in _PREPOSITIONS:
                return None
        self.phrase_speakers.add(first.start())
        return Mention(text[first.start() : last.end()], first.start(), last.end())

    def apposed_subject(self, sent_start: int, cue_start: int, cue_end: int) -> Mention | None:
        """The subject opening the sentence when a long apposition or relative clause stands
        between it and the cue (``Ada Moss, a nurse who ran the ward for years, said the beds
        were full``), too long for :func:`subject_before`.

        The cue must follow the apposition's closing comma, dash or parenthesis, the subject
        must run up to the apposition, and the caller has ruled out an inverted cue that closes
        the sentence (``..., said Trump.``).
        """
        text = self.text
        lead = text[sent_start:cue_start].rstrip()
        # ``..., has always maintained``: auxiliaries and adverbs after the apposition.
        while lead and lead[-1].isalpha():
            word = lead[lead.rfind(" ") + 1 :]
            if not skips_before_verb(word):
                break
            lead = lead[: -len(word)].rstrip()
        after = text[cue_end : cue_end + 2].lstrip()
        if not lead or lead[-1] not in ",)—–-" or not after[:1].isalpha() or len(lead) > 300:
            return None
        opening = _APPOSITION_OPEN_RE.search(text, sent_start, cue_start - 3)
        if opening is None:
            return None
        # ``The board, responding to Kral, said``: a common noun phrase as well as a name.
        # ``A report on harbour dues (9 May) said``: a source of evidence as well.
        subject = (
            subject_before(text, opening.start(), sent_start)
            or self.evidence_subject(sent_start, opening.start())
            or self.common_subject(opening.start(), sent_start)
        )
        if subject is None or text[subject.end : opening.start()].strip(" ’'s"):
            return None  # the phrase before the apposition must be the subject, whole
        before = text[sent_start : subject.start].strip()
        if before not in _SENTENCE_OPENERS and not (
            # ``Local campaigner Ada Moss, 67, who ...``: a title of a few words before a name
            subject.text[:1].isupper() and _plain_words(before)
        ):
            return None
        closing = len(lead) - 1 + sent_start
        named = _ROLE_AND_NAME_RE.fullmatch(text, opening.end(), closing)
        if (
            named is not None
            and not _NAME_START_RE.match(subject.text)
            and noun_of_people(named.group("role").lower())
        ):
            # ``Her former employer, the designer Ula Brandt, criticised``: the apposition
            # names the person the common phrase only describes.
            return Mention(named.group("name"), named.start("name"), named.end("name"))
        return subject

    def as_by_speech(
        self, cue_start: int, cue_end: int, sent_start: int, sent_end: int
    ) -> tuple[Mention, int, int] | None:
        """The agent and the content of a passive cue in an ``as`` clause (``As reported by the
        Gazette, the ferry ...``; ``The ferry ..., as first reported by the Gazette.``): the
        agent speaks, and the rest of the sentence, after or before the clause, is the content.
        """
        text = self.text
        clause = _AS_BY_RE.search(text, max(sent_start, cue_start - 24), cue_start)
        if clause is None:
            return None
        agent = subject_after(text, cue_end + 4, sent_end)
        if (
            agent is None
            or agent.start != cue_end + 4
            and not text.startswith(("the ", "The "), cue_end + 4)
        ):
            return None
        if not text[sent_start : clause.start()].strip(" \t\n\"“‘'("):
            comma = text.find(", ", agent.end, min(sent_end, agent.end + 60))
            if comma < 0 or CUE_RE.search(text, agent.end, comma) is not None:
                return None
            return agent, comma + 2, sent_end
        before = text[sent_start : clause.start()].rstrip()
        if before.endswith(",") and text[agent.end : sent_end].strip(" .”\"’'") == "":
            return agent, sent_start, sent_start + len(before) - 1
        return None

    def rest_after_inverted(self, sent_start: int, head: int, tail: int, sent_end: int) -> int:
        """Where the content goes on after an inverted attribution ``text[head:tail]`` that
        interrupts it between commas (``The new fares, said Lind, would hurt the islanders``),
        else -1; the words before the attribution are the content's opening fragment.

        The clause must go on with a lower-case word that opens no apposition (``, a former
        mayor``, ``, director of ...``, ``, adding ...``); one apposition may stand between.
        """
        text = self.text
        if not text.endswith(", ", sent_start, head) or head - sent_start < 6:
            return -1
        if text.startswith(" and others", tail):
            tail += 11  # ``said Lind and others``
        for _ in range(2):
            match = _INVERTED_REST_RE.match(text, tail, sent_end)
            if match is None:
                return -1
            word = match.group(1)
            if not (
                word in _APPOSITIVE_OPENERS
                or word in ROLE_NOUNS
                or word in TITLE_WORDS
                or text.startswith((" of ", " for ", " at "), match.end())
            ):
                return -1 if word.endswith("ing") else match.start(1)
            # ``said Kral, a skipper, would ...``: one apposition, then the rest.
            tail = text.find(", ", match.end(), min(sent_end, match.end() + 80))
            if tail < 0 or CUE_RE.search(text, match.end(), tail) is not None:
                return -1
        return -1

    def lead_before(self, sent_start: int, head: int, tail: int) -> str:
        """The words of the sentence before a trailing attribution ``text[head:tail]``, without
        the ``as`` that opens it after a comma (``The fares will double, as Kral said.``): what
        the speaker said is then the clause before the comma. Not so for a passive (``, as it
        was called``: a name), nor when a cue of its own stands in that clause (``The board
        declined to confirm it, as Kral claimed``: what he claimed is not all of it).
        """
        text = self.text
        lead = text[sent_start:head].rstrip()
        if (
            lead.endswith(" as")
            and lead.endswith(",", 0, -3)
            and _PASSIVE_BE_RE.search(text, head - 1, tail + 1) is None
            and CUE_RE.search(text, sent_start, head) is None
        ):
            return lead[:-3]
        return lead

    def ends_attribution(self, sent_start: int, head: int, tail: int, sent_end: int) -> bool:
        """True when the attribution ``text[head:tail]`` closes its sentence after the content.

        ``The port will close, said Ivo Kral, a former mayor.`` / ``..., she said in an
        interview on Monday.``: a comma before the attribution (or ``, as``), at least four
        words of content (fewer when only a circumstance follows a plain attribution), and after
        it only an appositive, a short adverbial or a clause of when, then the full stop or a
        semicolon.
        """
        text = self.text
        lead = self.lead_before(sent_start, head, tail)
        as_clause = len(lead) < len(text[sent_start:head].rstrip())
        if not lead.endswith(_LEAD_ENDS):
            return False
        match = _TRAILING_RE.match(text, tail, sent_end)
        if match is None:
            return False
        if match.start("clause") >= 0 and _PLAIN_SPEECH_RE.search(text, head, tail) is None:
            return False  # ``revealed this when he boasted``: no plain speech before the clause
        comma = text.find(",", tail, match.end())
        if as_clause and (comma >= 0 or text.startswith(" to ", tail)):
            # ``In 1990, as Kral reported, the port ...``: an aside; ``as voters responded to
            # ...``: a verb with its object, no attribution.
            return False
        if (
            len(lead.split(None, 4)) < 5
            and not (
                len(lead.split(None, 2)) > 2
                and (
                    _PARTICIPLE_AFTER_RE.match(text, tail, sent_end)
                    # ``Fares will rise, she said in May.``: a plain attribution, then only a
                    # circumstance (not ``to ...``, the object of a verb like ``threatened``).
                    or comma < 0
                    and "," not in text[head:tail]
                    and len(text[head:tail].split(None, 7)) < 8
                    and not text.startswith(" to ", tail)
                    or comma >= 0
                    and self.short_clause_then_appositive(lead, comma)
                )
            )
        ):
            return False  # ``The plan, she said, is ...``: a short opening of the content
        if comma < 0:
            return True
        # ``, a former mayor`` or ``, adding ...`` closes the attribution; ``, by the budget``
        # or ``, most of the boats sank`` is the rest of the content (an interrupted sentence).
        first = text[comma + 1 : comma + 40].split(None, 2)
        if not first:
            return True
        word = first[0].strip(".!?)")
        lowered = word.lower()
        if lowered in ("and", "but") and _goes_on_with_a_clause(text, comma + 1, sent_end):
            # ``The toll is too high, he said, and the council knows it``: a clause of its own
            # subject after the interrupting attribution goes on with what was said.
            return False
        return (
            not word
            or word[:1].isupper()
            # ``, Kral went home``: a name and its verb go on with the content
            and _NAME_GOES_ON_RE.match(text, comma + 1) is None
            or word[:1].isdigit()
            or word[:1] in "'\"‘“"  # ``, ''this has done nothing''``: a quote, found on its own
            or lowered in _APPOSITIVE_OPENERS
            # ``, the quay could close``: a clause, the rest of the content, goes on
            and _PHRASE_GOES_ON_RE.match(text, comma + 1) is None
            or lowered in ROLE_NOUNS  # ``, director of the harbour board``
            or lowered in TITLE_WORDS
            or len(first) > 1
            and first[1] in ("of", "for", "at")  # ``, co-owner of ...``
            and lowered not in AUXILIARIES  # but ``, is for the board to ...`` goes on
            or lowered.endswith("ing")  # ``, adding ...``, ``, referring to ...``: the author's
        )

    def short_clause_then_appositive(self, lead: str, comma: int) -> bool:
        """Whether ``lead``, the words before an attribution, is a whole clause and the comma
        at ``comma`` after the attribution opens an appositive of the speaker (``The deadline
        is unrealistic, said Ada Lind, a skipper.``) or a concession of the author's; not a lead
        ending on its verb (``The vote
        was, said Lind, a disaster``), whose rest follows the attribution."""
        words = lead.rstrip(", ").split()
        if CLAUSE_VERB_RE.search(lead) is None or CLAUSE_VERB_RE.fullmatch(words[-1]):
            return False
        following = _word_after(self.text, comma + 1)
        # ``Fares will rise, she said, though she gave no date``: a concession is the author's
        return (
            following in _APPOSITION_OPENERS
            # ``said Rep. Ivo Kral, D-Ore.``: the lawmaker's party and state
            or PARTY_DESIGNATION_RE.match(self.text, comma + 2) is not None
            or following in ("though", "although", "whereas")
            or following[:1].isdigit()
        )

    def cut_before_next_attribution(self, start: int, end: int) -> int:
        """Where reported content ends when a later clause attributes a quote of its own.

        ``She said the plan would work, to which Lee replied: “It won’t.”``: the content stops at
        the comma before the clause whose cue introduces the quote after a colon or comma.
        """
        text = self.text
        span = self.first_span_in(start, end)
        while span is not None and span.start < end:
            lead = text[start : span.start].rstrip()
            if (
                lead.endswith((":", "(", ","))
                and len(lead) > 9
                and _COMMA_CLOSE_RE.match(text, span.end - 3, span.end + 1)
                and len(text[span.end : end].split(None, 2)) > 1
                and subject_then_verb(text, span.end, end) is not None
            ):
                # ``he doubted it would last: “It won’t,” Lund predicted``: the quote has an
                # attribution of its own, and the content ends before it.
                return self.trim(start, start + len(lead) - 1)[1]
            if (
                lead.endswith(_ASIDE_OPENERS)
                and len(lead) > 9
                and _COMMA_CLOSE_RE.match(text, span.end - 3, span.end + 1)
                and (found := subject_then_verb(text, span.end, self.sentence_bounds(span.end)[1]))
                and (close := _ASIDE_CLOSE_RE.match(text, found[1].end))
                and _AFTER_ASIDE_RE.match(text, close.end())
            ):
                # ``the plan was rushed — “We need time,” she said — and``: a quote in an aside
                # with an attribution of its own; the content ends before the aside.
                return self.trim(start, start + len(lead.rstrip("(—–-")))[1]
            if lead.endswith((":", ",")) or _SHOUT_BEFORE_RE.search(lead[-12:]):
                cue = None
                for match in CUE_RE.finditer(text, start, span.start):
                    if self.span_at(match.start()) is None:
                        cue = match
                if (
                    cue is not None
                    and cue.group() != "according to"
                    and not text[cue.end() : span.start].strip(" ,:")
                    and (opener := _OWN_CLAUSE_BEFORE_RE.search(text, start, cue.start()))
                    and (
                        opener.group(1) in ("that", "which")
                        or cue.group().endswith("ing")
                        and opener.group(1) not in ("that", "which")
                    )
                ):
                    # ``responded to the post by saying, “...”``, ``and adding, “...”``, ``a
                    # headline that said, “...”``: the quote is the clause's own, introduced by
                    # its cue; the content ends before the clause, and without a verb of its
                    # own (``answered the post``, ``posted it under a headline``) it is none.
                    end = self.trim(start, opener.start(1))[1]
                    return end if CLAUSE_VERB_RE.search(text, start, end) else start
                if cue is not None and cue.group() != "according to":
                    boundary = None
                    for comma in _CLAUSE_COMMA_RE.finditer(text, start, cue.start()):
                        boundary = comma
                    if boundary is not None and boundary.start() > start + 8:
                        head = text[boundary.end() : cue.start()].split()
                        if len(head) <= 5 and text.find(" that ", boundary.end(), span.start) < 0:
                            return self.trim(start, boundary.end() - 1)[1]
                    elif (
                        boundary is None
                        and len(text[start : cue.start()].split()) <= 5
                        and len(text[cue.end() : span.start].split()) <= 3
                        and cue.group().lower() in SPEECH_VERBS
                        # ``everyone is welcome:``: a bare form after ``is`` is an adjective
                        and not (
                            _word_before(text, cue.start()) in _BE_FORMS
                            and not cue.group().endswith(("ed", "ing"))
                        )
                    ):
                        return start  # the content is another attribution: nothing of its own
            span = self.first_span_in(span.end, end)
        return end

    def comment_clause(self, start: int, sent_end: int) -> tuple[int, Mention | None] | None:
        """The comment on reported content opening at ``start`` (after a ``_COMMENT_RE``
        match): ``the board neither confirmed nor denied``, ``the mayor rejected``, ``could
        not be verified``. Returns where the comment ends (its clause's comma, semicolon or
        dash, or the sentence end) and its subject (None in the passive); None when the words
        are no comment: no verb of saying or taking a stand, or the relative pronoun is the
        subject (``, which bars the ferry``) and the comment is about a thing, not content."""
        text = self.text
        end = sent_end
        for match in _CLAUSE_BREAK_RE.finditer(text, start, sent_end):
            inside = self.span_at(match.start())
            if inside is None or inside.start < start:
                end = match.start()
                break
        words = list(_WORD_RE.finditer(text, start, end))
        verb = next((k for k, w in enumerate(words[:9]) if w.group().lower() in _COMMENT_VERBS), -1)
        if verb <= 0:
            return None
        subject = verb
        while subject > 0 and (
            words[subject - 1].group().lower() in _COMMENT_SKIPPED
            or words[subject - 1].group().endswith("ly")
        ):
            subject -= 1  # auxiliaries and adverbs: ``has strongly denied``
        if subject == 0:
            # ``, a claim that could not be verified``, ``, a claim not recognised``: the
            # passive, with no one named.
            skipped = {w.group().lower() for w in words[:verb]}
            return (end, None) if skipped & {"be", "been", "being", "not"} else None
        phrase = words[:subject]
        first = phrase[0].group()
        if len(phrase) > 6 or not (
            first[:1].isupper()
            or first.lower() in _DETERMINER_WORDS
            or first.lower() in _QUANTIFIERS
            or first.lower() in PRONOUNS
        ):
            return None
        if any(
            w.group().lower() in _NOT_SUBJECT and w.group().lower() not in _DETERMINER_WORDS
            for w in phrase[1:]
        ):
            return None  # ``, which in turn ...``: not a noun phrase
        first_start, last_end = phrase[0].start(), phrase[-1].end()
        return end, Mention(text[first_start:last_end], first_start, last_end)

    def remarks_subject(self, speaker: Mention | None, cue_start: int) -> bool:
        """True when the subject of the cue at ``cue_start`` is the remarks themselves (``Lund’s
        remarks underscored the stance: “...”``): the verb characterises them and the quote after
        the colon gives them, a direct quote."""
        if speaker is None or not speaker.end <= cue_start <= speaker.end + 60:
            return False
        words = _WORD_RE.findall(self.text, speaker.end, cue_start)
        return any(w.lower() in SPEECH_NOUN_SET or w.lower() in _DOCUMENT_NOUNS for w in words)

    def relative_end(self, comma: int, end: int) -> int:
        """Where a relative clause about something the content names ends, when one opens at
        ``comma`` (``, which the mayor announced in May,``) and the content goes on after it,
        up to ``end``: a clause inside the content, not a comment on it. -1 otherwise."""
        opener = _COMMENT_RE.match(self.text, comma)
        if opener is None or not opener.group().rstrip().endswith("which"):
            return -1
        found = self.comment_clause(opener.end(), end)
        if (
            found is None
            or found[0] >= end
            or _COMMENT_ENDS_RE.match(self.text, found[0], end) is not None
        ):
            return -1
        return found[0]

    def cut_before_comment(
        self, opener: re.Match[str] | None, start: int, end: int, sent_end: int
    ) -> int:
        """Where reported content ``text[start:end]`` ends before a comment on it, ``opener``
        the first ``_COMMENT_RE`` match in it: ``Kral said the port would close, something the
        board denied`` ends at ``close``. A relative clause that the content goes on after
        (``the plan, which the mayor announced, was dropped``) stays."""
        text = self.text
        while opener is not None:
            if opener.start() >= start + 8 and self.span_at(opener.start()) is None:
                found = self.comment_clause(opener.end(), sent_end)
                if found is not None and _COMMENT_ENDS_RE.match(text, found[0], sent_end):
                    return self.trim(start, opener.start())[1]
            opener = _COMMENT_RE.search(text, opener.end(), end)
        return end

    def main_clause_subject(self, sent_start: int, comma: int) -> Mention | None:
        """The subject of the main clause that a participle after ``comma`` hangs on, read
        from the clause's first finite verb (``The port's top adviser went further, arguing``,
        ``On Sunday Kral made a third attempt to calm the skippers, writing that``): the name,
        pronoun or common noun phrase right before that verb. An opening adverbial up to its
        comma is skipped; None when the verb is not found within the clause's first words or
        nothing that can be a subject stands before it.
        """
        text = self.text
        start = sent_start
        while start < comma and text[start] in _OPENING_MARKS:
            start += 1
        first_word = text[start : start + 14].split(" ", 1)[0].lower().rstrip(",")
        if (
            first_word in _PREPOSITIONS
            or first_word in _OPENER_WORDS
            or first_word in _OPENING_ADVERBIAL_WORDS
            or first_word.endswith("ly")
        ):
            opening = text.find(", ", start, comma)
            if opening > 0:
                start = opening + 2
        words = list(_WORD_RE.finditer(text, start, comma))
        for k in range(1, min(len(words), _OPENING_SUBJECT_WORDS)):
            word = words[k].group()
            lowered = word.lower()
            if not word.islower():
                continue
            if not (
                lowered in _FINITE_VERBS
                or lowered in _IRREGULAR_PAST
                or len(lowered) > 4
                and lowered.endswith("ed")
                or self.present_verb_after_subject(words, k, comma)
            ):
                continue
            if _PUNCTUATION_RE.search(text, start, words[k].start()):
                return None  # an apposition or a clause before the verb: left to other rules
            subject = subject_before(text, words[k].start(), start) or self.common_subject(
                words[k].start(), start
            )
            if subject is not None and _word_before(text, subject.start) not in _PREPOSITIONS:
                return subject
            # ``The board's adviser on the quay went``: the words before the verb, when they
            # are a plain noun phrase (not ``those killed in``: a participle in the subject).
            if not (
                words[0].group()[:1].isupper() or words[0].group().lower() in _DETERMINER_WORDS
            ):
                return None
            for before in words[:k]:
                lowered = before.group().lower()
                if (
                    lowered in _OPENING_SUBJECT_NOT_WORDS
                    or lowered in AUXILIARIES
                    or lowered in SPEECH_VERBS
                    or lowered in BELIEF_VERBS
                    or lowered.endswith("ed")
                ):
                    return None
            if words[k - 1].group().lower() in _NOT_SUBJECT:
                return None
            return Mention(
                text[words[0].start() : words[k - 1].end()], words[0].start(), words[k - 1].end()
            )
        return None

    def participle_aside(
        self, sent_start: int, cue_start: int, cue_end: int, sent_end: int
    ) -> tuple[Mention, int] | None:
        """The subject and the end of a participle clause set off between the subject and its
        verb (``Harbour pilots, saying the channel is too shallow, refused to sail``): the
        plain noun phrase opening the sentence before the participle's comma speaks, and the
        content ends at the comma before the main clause's verb. None for any other shape."""
        text = self.text
        lead = text[sent_start:cue_start].rstrip()
        if not lead.endswith(",") or "," in lead[:-1]:
            return None
        words = lead[:-1].split()
        if not 1 <= len(words) <= 6 or not (
            words[0][:1].isupper() or words[0].lower() in _DETERMINER_WORDS
        ):
            return None
        if any(
            word.lower() in _FINITE_VERBS
            or word.lower() in _OPENER_WORDS
            or word.lower() in _PREPOSITIONS
            or word.lower() in _CLAUSE_WORDS
            or word.lower() in PRONOUNS
            or word.endswith("ed")
            for word in words
        ):
            return None
        for verb in _ASIDE_VERB_RE.finditer(text, cue_end, sent_end):
            word = verb.group("verb")
            if self.span_at(verb.start()) is not None:
                continue
            if word in _FINITE_VERBS or word in _IRREGULAR_PAST or word.endswith("ed"):
                start = (
                    sent_start
                    + len(text[sent_start:cue_start])
                    - len(text[sent_start:cue_start].lstrip())
                )
                end = start + len(lead) - 1
                if (
                    text[cue_start:cue_end].split()[-1].lower() in _PREPOSITIONS
                    or _word_after(text, cue_end) in _PREPOSITIONS
                ):
                    # ``Ada Lind, writing in the Courier, noted that``: the clause names a
                    # channel, and has no content (the main clause's cue has its own)
                    return Mention(text[start:end], start, end), cue_end
                return Mention(text[start:end], start, end), verb.start()
            return None
        return None

    def present_verb_after_subject(self, words: list[re.Match[str]], k: int, comma: int) -> bool:
        """Whether ``words[k]`` is a verb in the present tense closing the main clause before a
        participle's ``comma`` (``Jane Holt objects, saying``, ``The barrister stands up,
        saying``): a word in ``-s`` right after a name or a singular noun of people, with only
        a particle or nothing after it. A plural noun (``Harbour pilots, saying``, ``Lind
        supporters``) is no verb: it is a noun of people itself, or a word ending like no verb."""
        word = words[k].group()
        lowered = word.lower()
        if (
            len(lowered) < 4
            or not lowered.endswith("s")
            or lowered.endswith(("ss", "us", "is", "ics"))
            or noun_of_people(lowered)
        ):
            return False
        between = self.text[words[k].end() : comma].split()
        particles = _SENDING_PARTICLES | {"down", "in", "aside"}
        if between and between[-1] in particles:
            between.pop()
        elif between and between[0] in particles:
            between.pop(0)  # ``shrugs off the criticism``: the particle before its object
        if between and between[0] in _OBJECT_PRONOUNS:
            between.pop(0)  # ``The mayor shrugs it off, insisting``
        elif between and between[0] in _DETERMINER_WORDS and 2 <= len(between) <= 3:
            between.clear()  # ``Lind dismisses the report, saying``: its object
        if between:
            return False
        previous = words[k - 1].group()
        if previous[:1].isupper():
            return previous.lower() not in STOP_CAPS
        return not previous.endswith("s") and noun_of_people(previous.lower())

    def opening_gerund_holder(
        self, sent_start: int, cue_start: int, cue_end: int, sent_end: int
    ) -> tuple[Mention, int] | None:
        """The holder of a participle cue opening its sentence (``After praising the crew,
        Kral left``: Kral) and the comma that ends the participle's clause, or None."""
        if not _OPENING_PARTICIPLE_RE.fullmatch(self.text, sent_start, cue_start):
            return None
        comma = self.text.find(", ", cue_end, sent_end)
        if comma < 0 or self.span_at(comma) is not None:
            return None
        main = _MAIN_SUBJECT_RE.match(self.text, comma + 2)
        if main is None:
            return None
        return Mention(main.group("who"), main.start(), main.end("who")), comma

    def participle_subject(self, sent_start: int, cue_start: int) -> Mention | None:
        """The subject of the clause a participle cue hangs on, when it is not the attribution
        before it: a comment on reported content (``Kral said the port would close, something
        the board neither confirmed nor denied, only saying that ...``: the board says it, not
        Kral), or a relative clause in which someone spoke or refused to (``Kral met Ada Lind,
        who declined to comment, only saying ...``: Lind). None when neither stands right
        before the participle's comma."""
        text = self.text
        lead = _PARTICIPLE_LEAD_RE.search(text, max(sent_start, cue_start - 40), cue_start)
        if lead is None:
            return None
        comma = lead.start()
        found = None
        for opener in _COMMENT_RE.finditer(text, max(sent_start, comma - 200), comma):
            if self.span_at(opener.start()) is None:
                found = opener
        who = text.rfind(", who ", max(sent_start, comma - 200), comma)
        if who > 0 and (found is None or who > found.start()):
            if _PUNCTUATION_RE.search(text, who + 2, comma) is not None or not any(
                word.group().lower() in _COMMENT_VERBS or word.group().lower() in _REFUSALS
                for word in _WORD_RE.finditer(text, who + 6, comma)
            ):
                return None  # ``Lind, who is under investigation, saying``: the main clause's
            # ``Kral met Ada Lind, who declined to comment, only saying ...``: the person the
            # relative clause is about, who spoke in it.
            return subject_before(text, who, sent_start)
        if found is None:
            return None
        comment = self.comment_clause(found.end(), comma + 2)
        if comment is None or comment[0] != comma:
            return None
        return comment[1]

    def subject_before_that(self, cue_end: int, that: int, cue: str) -> bool:
        """True when the words between a cue and a later ``that`` open the content as its
        subject (``said the letter proved that``, ``said Kral knew that``), not an adverbial
        or an addressee (``said on Monday that``, ``said this week that``, ``told Kral that``).
        """
        if cue in OBJECT_TAKING:
            return False
        words = self.text[cue_end:that].split(None, 3)
        if not words:
            return False
        first = words[0]
        if len(words) > 1 and words[1].lower() in _TIME_WORDS:
            return False  # ``the next day``, ``this week``
        if first.endswith(("’s", "'s")):
            return False  # ``denied Kral’s claim that``: the object, then a noun's content
        if first[:1].isupper():
            return (
                first.lower() not in _TIME_WORDS
                and first.lower() not in _MONTHS
                and not _ABBREVIATED_MONTH_RE.match(self.text, cue_end + 1)  # ``Jan. 5 that``
            )
        return first in _SUBJECT_DETERMINERS and not (
            len(words) > 2 and words[2].lower() in _TIME_WORDS
        )

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Shrink ``(start, end)`` over spaces and a final full stop outside quote marks."""
        text = self.text
        while start < end and text[start] in _TRIMMED_BEFORE:
            start += 1
        if (
            start + 1 < end
            and text[start] in _STRAY_OPENERS
            and self.span_at(start) is None
            and (span := self.span_at(start + 1)) is not None
            and span.start == start + 1
        ):
            start += 1  # a doubled opening mark (``"“We ...”``): the quote opens at the second
        while end > start and text[end - 1] in _TRIMMED_AFTER:
            end -= 1
        if end > start and text[end - 1] in ".!?" and self.span_at(end - 1) is None:
            end -= 1
        return start, end

    def headline_hearsay(self, cue_start: int, cue_end: int, line_start: int) -> Draft | None:
        """A headline's ``X Said to Weigh Sale``: ``is said to`` with its auxiliary dropped, as
        headlines drop it, hearsay held by no one named (the subject and the infinitive, two
        fragments with one cue, as the raising passive gives in a sentence); None for any
        other ``said`` (``Kral Said to Reporters``: an addressee)."""
        text = self.text
        line_end = self.first_line_feed
        if 0 <= line_end < cue_end:
            line_end = text.find("\n", cue_end)
        line_end = len(text) if line_end < 0 else line_end
        to = _HEADLINE_TO_RE.match(text, cue_end, line_end)
        if (
            to is None
            or to.group(1).lower() in _NOT_HEADLINE_VERBS
            or to.group(1).lower() in ROLE_NOUNS
            or text[line_start:line_end].rstrip().endswith(".")
        ):
            return None
        subject_start, subject_end = self.trim(line_start, cue_start)
        content_start, content_end = self.trim(to.start(1) - 3, line_end)
        if subject_end - subject_start < 2 or content_end - content_start < 8:
            return None
        cue = Mention(text[cue_start:cue_end], cue_start, cue_end)
        fragment = Draft(subject_start, subject_end, QuoteType.INDIRECT, 0.55, standalone=False)
        fragment.cue = cue
        self.fragment = fragment
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, 0.55, standalone=False)
        draft.cue = cue
        return draft

    def content_start_after(self, cue_end: int, sent_end: int, cue: str) -> int:
        """Where the reported content starts after a cue: at ``that``, or after the addressee."""
        text = self.text
        position = cue_end
        wrote_in = _IN_TO_SAY_RE.match(text, cue_end, sent_end)
        if wrote_in is not None and wrote_in.group("verb").lower() in SPEECH_VERBS:
            return wrote_in.end()  # ``wrote in to say the bins ...``: what the letter said
        aside = _ASIDE_BEFORE_THAT_RE.match(text, cue_end, sent_end)
        if aside is not None:
            return aside.end() - 5  # ``insisted, however, that ...``: from ``that``
        that = text.find(" that ", cue_end, min(sent_end, cue_end + 90))
        if (
            that >= 0
            # ``told police Jan. 3 that``, ``said at 3:15 p.m. that``, ``told a news conference
            # with his counterpart, Ilse Marchetti, that``: the full stop of a month's abbreviation
            # or of a clock time, and the commas of a name set off, stop nothing. Each is taken
            # out once, not once for each mark looked for.
            and _STOP_BEFORE_THAT_RE.search(
                _NAME_APPOSITION_RE.sub(
                    "", _CLOCK_TIME_RE.sub("", _ABBREVIATED_MONTH_RE.sub("", text[cue_end:that]))
                )
            )
            is None
            and _CLAUSE_BEFORE_THAT_RE.search(text, cue_end, that + 1) is None
            and not self.subject_before_that(cue_end, that, cue)
        ):
            if cue in OBJECT_TAKING and _ASKED_TO_BEFORE_THAT_RE.fullmatch(text, cue_end, that):
                # ``urged the police to ensure that justice was served``: what was asked of
                # the addressee, whose infinitive the ``that`` clause only completes.
                return cue_end + 1
            return that + 1
        if cue in OBJECT_TAKING:
            day = _ON_DAY_RE.match(text, cue_end, sent_end)
            if day is not None:
                return day.end()  # ``warned on Tuesday the fares ...``: the day, no addressee
            apposition = _APPOSITION_THEN_CLAUSE_RE.match(text, cue_end, sent_end)
            if apposition is not None:
                return apposition.end()
            first = _TOKEN_RE.match(text, cue_end + 1) if text.startswith(" ", cue_end) else None
            if first is not None and first.group() in _PARTICLES:
                return cue_end + 1  # ``warned of a long winter``: no addressee
            if first is not None and first.group() in _ADDRESSEE_DETERMINERS:
                opening = self.clause_after_addressee(first.end(), sent_end, cue)
                if opening >= 0:
                    return opening  # ``told the jury the ledgers were forged``
            addressee = False
            place_words = 0  # the words of a place or a time after the addressee
            determiner = -1
            outlet_end = -1  # the end of an unnamed state outlet told (``state media``)
            for match in _TOKEN_RE.finditer(text, position, min(sent_end, position + 80)):
                token = match.group()
                if match.start() < outlet_end:
                    continue
                if token[:1] == "s" and (outlet := _STATE_OUTLET_RE.match(text, match.start())):
                    addressee, place_words, determiner = True, 0, -1
                    outlet_end = position = outlet.end()
                    continue
                region = text[match.end() + 1 : match.end() + 2].isupper()
                if token == "," and place_words and region:
                    continue  # ``told reporters in Leeds, Kent, the ...``: a place and region
                if token in (",", ":"):
                    return match.end()
                if (
                    _word_after(text, match.end()) in ("who", "whom")
                    and (noun_of_people(token.lower()) or token.lower() in ROLE_NOUNS)
                    and (comma := text.find(",", match.end(), sent_end)) >= 0
                    and (quote := self.span_at(comma + 2)) is not None
                    and quote.start == comma + 2
                    # a quote opening with ``and`` goes on with a clause before it
                    and _word_after(text, quote.start - 1).lstrip("“\"'‘")
                    not in _QUOTE_CONTINUING_WORDS
                ):
                    # ``told the skippers who waited at the pier, “...”``: a relative clause of
                    # the addressee, then the quote set off by a comma, what was told.
                    return quote.start
                if (
                    token in _RELATIVE_TIME_LEADS
                    and (noun := _word_after(text, match.end())) in _RELATIVE_TIME_NOUNS
                ):
                    # ``asked the office last week how ...``, ``told reporters this morning
                    # the ...``: when, as a day is
                    return match.end() + 2 + len(noun)
                if addressee and (token in _CONTENT_OPENERS or token == "that"):
                    return match.start()  # ``told reporters the port ...``: a new phrase
                if token == "on" and (day := _ON_DAY_RE.match(text, match.start() - 1)):
                    return day.end()  # ``told reporters on Tuesday the port ...``
                if (
                    addressee
                    and token[:1].isupper()
                    and _word_written_before(text, match.start()).islower()
                    and _NAME_THEN_VERB_RE.match(text, match.start())
                ):
                    return match.start()  # ``told reporters Lind had lied``
                if addressee and self.opens_place_or_time(token, match.end()):
                    # ``told reporters at the quay the port ...``: where or when they were
                    # told; after its noun, a determiner opens the content again.
                    addressee, place_words = False, 1
                    continue
                if 0 < place_words < 5 and (
                    place_words == 1
                    and token in _CONTENT_OPENERS
                    or token[:1].isupper()
                    or token.isdigit()
                    or token.isalpha()
                    and token.islower()
                    and not token.endswith("ing")
                    and token not in _CLAUSE_WORDS
                    and token not in _PHRASE_LINKS
                    and token not in PRONOUNS
                ):
                    addressee = addressee or token not in _CONTENT_OPENERS
                    place_words += 1
                    continue
                place_words = 0
                addressee = (
                    token.lower() in _ADDRESSEE_WORDS
                    or token.lower() in ROLE_NOUNS
                    # ``told detectives he ...``, ``told jurors the ...``: people told, right
                    # before a clause (not ``told the skippers who met him``, ``urged voters
                    # to``, ``told donors at the gala how``); a body of people too (``tells
                    # jury she saw ...``, ``told the council it ...``)
                    or (token.endswith("s") or token.lower() in _BODIES_ADDRESSED)
                    and noun_of_people(token.lower())
                    and (
                        (following := _word_after(text, match.end())) in _CLAUSE_PRONOUNS
                        or following in _CONTENT_OPENERS
                        or following == "that"
                    )
                    or token[:1].isupper()
                    or token.lower() in _OUTLET_END_NOUNS
                )
                if (
                    determiner >= 0
                    and token.isalpha()
                    and token.islower()
                    and noun_of_people(_word_after(text, match.end()).rstrip(",.;:"))
                ):
                    # ``told the harbour board on Tuesday``: a noun before the people told
                    # modifies them (``rail``, ``finance``), however plain a word it is.
                    position = match.end()
                    continue
                if not (
                    _np_token(token)
                    # ``told WKTV 7 News the ...``: a channel's number inside its name
                    or token.isdigit()
                    and _word_written_before(text, match.start())[:1].isupper()
                    and text[match.end() + 1 : match.end() + 2].isupper()
                    or token.lower()
                    in (
                        "reporters",
                        "him",
                        "her",
                        "them",
                        "us",
                        "me",
                        "journalists",
                        "lawmakers",
                        "supporters",
                        "the",
                    )
                    or token.lower() in _OUTLET_END_NOUNS
                    or addressee
                    and token.islower()
                ):
                    if determiner >= 0 and token not in _NOT_OBJECT_HEADS:
                        return determiner  # ``urged the contractor to ...``: the whole object
                    return match.start()
                determiner = match.start() if token in _ADDRESSEE_DETERMINERS else -1
                position = match.end()
            return position
        while True:
            adverbial = _LEAD_ADVERBIAL_RE.match(text, position, sent_end)
            if adverbial is None or adverbial.end() == position:
                break
            position = adverbial.end()
        aside = _ASIDE_THEN_THAT_RE.match(text, position, sent_end)
        if aside is not None:
            return aside.end() - 5  # ``said on X, formerly Twitter, that ...``: from ``that``
        return position

    def opens_place_or_time(self, token: str, end: int) -> bool:
        """True when ``token``, a word ending at ``end`` after an addressee, opens a phrase of
        a place or a time (``at the quay``, ``on Monday``), not a clause (``before he spoke``)
        or a topic (``on the overhaul``)."""
        lowered = token.lower()
        if lowered == "on":
            following = self.text[end + 1 : end + 2]
            return following.isupper() or following.isdigit()
        return lowered in _PLACE_OR_TIME_LEADS and _word_after(self.text, end) not in PRONOUNS

    def clause_after_addressee(self, position: int, sent_end: int, cue: str) -> int:
        """Where a clause opens after the one or two plain words that end an addressee opened
        by a determiner (``told the jury the ledgers were forged``, ``told the court Tolland
        had lied``, ``warned the local paper it would``); -1 when the words after the
        determiner run on otherwise (``told the story of how``, ``told the court on Monday``).
        After ``asked`` a question word opens the clause too (``asked the crowd who ...``)."""
        text = self.text
        tokens = _TOKEN_RE.finditer(text, position, min(sent_end, position + 60))
        for words, match in enumerate(tokens):
            token = match.group()
            if words and (
                token in _CONTENT_OPENERS
                or token in _CLAUSE_PRONOUNS
                # ``asked the crowd who ...`` (but ``told the skippers who met``: a relative)
                or token in _WH_WORDS
                and cue.startswith("ask")
            ):
                return match.start()
            if words and token[:1].isupper() and token.lower() not in STOP_CAPS:
                verb = _NAME_THEN_VERB_RE.match(text, match.start())
                return match.start() if verb is not None else -1
            if words == 1 and self.opens_place_or_time(token, match.end()):
                return self.clause_after_place(match.end(), sent_end, cue)
            if (
                words == 1
                and token in _RELATIVE_TIME_LEADS
                and (noun := _word_after(text, match.end())) in _RELATIVE_TIME_NOUNS
            ):
                # ``told the board last week the ...``, ``asked the board last week how ...``:
                # when they were told, no more of them
                after = match.end() + 2 + len(noun)
                following = _word_after(text, after - 1)
                opens = (
                    following in _CONTENT_OPENERS
                    or following in _CLAUSE_PRONOUNS
                    or following in ("that", "whether")
                    or following in _WH_WORDS
                    and cue.startswith("ask")
                )
                return after if opens else -1
            if (
                words == 2
                or not token.isalpha()
                or not token.islower()
                or token in _PREPOSITIONS
                or token in _CLAUSE_OPENERS
                or token in _AFTER_SECOND_VERB
                # ``asked a question he ...``: what was said, not who heard it
                or token in SPEECH_NOUN_SET
                or token.removesuffix("s") in PREDICATE_CONTENT_NOUNS
            ):
                return -1
        return -1

    def clause_after_place(self, position: int, sent_end: int, cue: str = "") -> int:
        """Where a clause opens after a phrase of place or time that follows an addressee
        (``told the crowd outside the town hall the bridge would close``: at the second
        determiner, whose clause has a verb; ``asked the board on Monday whether ...``: at the
        question word); -1 when none does."""
        text = self.text
        tokens = _TOKEN_RE.finditer(text, position, min(sent_end, position + 60))
        for words, match in enumerate(tokens):
            token = match.group()
            if words and (token == "whether" or token in _WH_WORDS and cue.startswith("ask")):
                return match.start()
            if words >= 2 and token in _CONTENT_OPENERS:
                verb = CLAUSE_VERB_RE.search(text, match.end(), min(sent_end, match.end() + 40))
                if verb is None or "," in text[match.end() : verb.start()]:
                    return -1
                return match.start()
            if words >= 5 or not token.isalnum() or (words and token in _PHRASE_LINKS):
                return -1
        return -1

    def behind_adverbial(
        self, speaker: Mention | None, sent_start: int, cue_start: int
    ) -> Mention | None:
        """``speaker``, unless it is the object of a prepositional phrase standing between the
        subject and its cue (``Kral, who has over the years described``, ``Lind through a
        lawyer declined``, ``The mayor earlier in the day touted``): then the subject before
        that phrase, else a relative pronoun right before it (``who``, as written), else
        ``speaker`` as it was."""
        if speaker is None:
            return None
        text = self.text
        if speaker.end + 1 == cue_start and _ING_CUE_RE.match(text, cue_start):
            return speaker  # ``in the group seeking``: the participle's own noun holds it
        preposition = _word_before(text, speaker.start)
        if preposition not in _ADVERBIAL_PREPOSITIONS or text[speaker.start - 1] != " ":
            return speaker
        start = speaker.start - 1 - len(preposition)
        if not text[start - 1 : start].isspace():
            return speaker
        while _word_before(text, start) in _BEFORE_ADVERBIAL:
            start -= len(_word_before(text, start)) + 1  # ``earlier in the day``
        lead = text[max(sent_start, start - 20) : start].rstrip()
        if lead.endswith((",", "(", ":", ";")) or not lead:
            return speaker  # ``In May, Lind ...``: the phrase opens the clause, no subject
        subject = subject_before(text, start, sent_start) or self.common_subject(start, sent_start)
        if (
            subject is not None
            and preposition in ("at", "from")
            and speaker.text[:1].isupper()
            and _people_phrase_head(text[subject.start : speaker.end].split())
        ):
            # ``Analysts at Corvane Securities said``: the firm they work for, not a place
            # they spoke in; the phrase speaks as written.
            return Mention(text[subject.start : speaker.end], subject.start, speaker.end)
        if subject is not None:
            return subject
        relative = _relative_before(text, max(sent_start, start - 40), start)
        if relative is not None:
            at = relative.start("pronoun")
            return Mention(relative.group("pronoun"), at, relative.end("pronoun"))
        if lead.endswith((" and", " but")):
            # ``The clerk first denied it, but in a second hearing said``: the verb is
            # coordinated with the one before, and shares its clause's subject.
            return self.coordinated_subject(sent_start, start) or speaker
        return speaker

    def affiliated_subject(
        self, speaker: Mention, sent_start: int, cue_start: int
    ) -> tuple[Mention, bool] | None:
        """The subject when the name found before the cue is only the object of a place or a
        body after a phrase of people opening the sentence (``Farmers in the central west of
        Port Eldon say``: the whole phrase, as written), with whether it is such a phrase; None
        when it is not. A phrase the speaker's mention holds whole (``Residents of Port Eldon``,
        ``Ada Lind of the Harbour Institute``) is resolved by :func:`_speaker_name`."""
        text = self.text
        start = speaker.start
        if _word_before(text, start) == "the":
            start -= 4
        preposition = _word_before(text, start)
        if (
            preposition not in _AFFILIATION_PREPOSITIONS
            and preposition not in _POSTMODIFIER_PREPOSITIONS
            or text[start - 1 : start] != " "
        ):
            return None
        at = start - 1 - len(preposition)
        if at <= sent_start or not text[at - 1 : at].isspace():
            return None
        phrase = self.opening_subject(sent_start, cue_start)
        if phrase is None or phrase.start >= speaker.start or phrase.end < speaker.end:
            return None
        if not _people_phrase_head(phrase.text.split()):
            return None
        return phrase, True

    def coordinated_relative(self, sent_start: int, cue_start: int) -> Mention | None:
        """The relative pronoun of the clause a coordinated cue belongs to (``Ada Lind, who
        met the skippers and said ...``: ``who``), when a relative clause opened by ``, who``
        runs without punctuation up to the cue; None otherwise."""
        text = self.text
        who = text.rfind(", who ", max(sent_start, cue_start - 160), cue_start)
        if who < 0 or _PUNCTUATION_RE.search(text, who + 6, cue_start) is not None:
            return None
        if self.span_at(who + 2) is not None:
            return None
        return Mention("who", who + 2, who + 5)

    def coordinated_subject(self, sent_start: int, cue_start: int) -> Mention | None:
        """The subject of the clause a cue coordinated by ``and`` or ``but`` belongs to: read
        from the first finite verb of that clause, which opens after a subordinating word
        (``The fans roared when Kral noticed a banner and asked``: Kral), after an opening
        subordinate clause or adverbial and its comma (``Just before the ferry left, the
        captain needed help and asked``: the captain; ``At a rally in Eldon, Ohio, Ada Moss
        railed against it, and explained``: Ada Moss), or at the sentence's start. None when
        no verb with a subject is found there.
        """
        text = self.text
        start = sent_start
        for word in _MID_SUBORDINATOR_RE.finditer(
            text, max(sent_start, cue_start - 160), cue_start
        ):
            if self.span_at(word.start()) is None and not _CLAUSE_JOIN_RE.search(
                text, word.end(), cue_start
            ):
                # (``He defended it when the board came under attack, and has also not
                # answered``: the subordinate clause closed before the main one went on.)
                start = word.end()
        if start == sent_start:
            # ``Just before the ferry left,``: an adverb may come before the opening word.
            opening_words = text[start : start + 24].lower().split(None, 2)[:2]
            if any(
                word.rstrip(",") in _PREPOSITIONS
                or word.rstrip(",") in _OPENER_WORDS
                or word.rstrip(",") in _OPENING_ADVERBIAL_WORDS
                for word in opening_words
            ) or _SUBORDINATE_OPENING_RE.match(text, start, cue_start):
                comma = text.find(", ", start, cue_start)
                if comma < 0 or self.span_at(comma) is not None:
                    return None
                start = comma + 2
                region = self.apposition_after_opening(comma, cue_start)
                if region > 0:
                    start = region  # ``At a rally in Eldon, Ohio, Lind ...``: past the region
        tries = 0
        for word in _WORD_RE.finditer(text, start, cue_start):
            verb = word.group()
            if not verb.islower() or word.start() == start or self.span_at(word.start()):
                continue  # a verb inside quote marks is the quote's
            if not (
                verb in _FINITE_VERBS
                or verb in _IRREGULAR_PAST
                or len(verb) > 4
                and verb.endswith("ed")
                # ``Kral said the port was old and asked``: the verb of speech comes first
                or verb in SPEECH_VERBS
                or verb in BELIEF_VERBS
            ):
                continue
            if _THAT_WORD_RE.search(text, start, word.start()):
                return None  # past ``that``, a verb of what is said or held, not the clause's
            subject = subject_before(text, word.start(), start) or self.common_subject(
                word.start(), start
            )
            bare = text[start : word.start()].strip()
            if (
                subject is None
                and text.endswith(("which ", "whereby "), 0, start)
                and bare.isalpha()
                and bare.islower()
                and bare not in _NOT_SUBJECT
            ):
                # ``a meeting in which management met the union and said``: a bare noun
                # opening the relative clause is its subject.
                subject = Mention(bare, start, start + len(bare))
            if subject is not None and subject.start >= start:
                if verb in _BE_FORMS and not _could_speak(subject.text):
                    # ``The plan was costly and widely criticised``: with ``be`` before it, the
                    # cue is a participle of the passive, its subject a thing spoken of.
                    return None
                # ``Health officials in Dorran County on Friday confirmed``: the people, not
                # the place after them, as for the cue's own quote.
                subject = self.behind_adverbial(subject, start, word.start()) or subject
                affiliated = self.affiliated_subject(subject, start, word.start())
                return subject if affiliated is None else affiliated[0]
            if verb in SPEECH_VERBS or verb in BELIEF_VERBS:
                return None  # its content follows: no verb there is the clause's
            tries += 1
            if tries == 2:
                return None
        return None

    def participle_clause_subject(self, sent_start: int, cue_start: int) -> Mention | None:
        """The subject of the clause nearest before a participle cue's comma, when that clause
        is not the sentence's first: one joined by ``, and``, ``, but`` or ``, yet`` (``Moss
        left early, but Lind stayed on, asking``: Lind), or the main clause after an opening
        subordinate one (``When Moss asked the board to wait, it declined, citing``: it). The
        participle hangs on that clause, not on an attribution or a subject before it. None
        when no such clause stands there or its subject cannot speak.
        """
        text = self.text
        lead = _PARTICIPLE_LEAD_RE.search(text, max(sent_start, cue_start - 40), cue_start)
        if lead is None:
            return None
        comma = lead.start()
        start = -1
        for join in _CLAUSE_JOIN_RE.finditer(text, max(sent_start, comma - 200), comma):
            if self.span_at(join.start()) is None:
                start = join.end()
        if start < 0 and _SUBORDINATE_OPENING_RE.match(text, sent_start, comma):
            opening_end = text.find(", ", sent_start, comma)
            if opening_end > 0 and self.span_at(opening_end) is None:
                start = opening_end + 2
        if start < 0:
            return None
        subject = self.main_clause_subject(start, comma)
        if subject is None or subject.start < start:
            return None
        verb = _word_after(text, subject.end)
        if verb in _MODAL_VERBS:
            # ``Kral said the fares would rise, and the ferries would stop, adding``: a
            # clause with a modal carries on what was said; its subject is no speaker.
            return None
        if not (
            subject.text.lower() in PRONOUNS
            or subject.text[:1].isupper()
            or noun_of_people(subject.text.split()[-1].lower())
            or looks_like_organisation(subject.text)
        ):
            return None
        return subject

    def clause_pronoun(self, sent_start: int, limit: int) -> Mention | None:
        """The pronoun subject of the latest main clause joined by ``and``, ``but`` or ``yet``
        before ``limit`` (``Kral was jeered, but he stayed on, saying ...``: he), which the
        participle cue at ``limit`` hangs on rather than the sentence's first clause."""
        text = self.text
        start = max(sent_start, limit - 200)
        found = None
        for match in _CLAUSE_PRONOUN_RE.finditer(text, start, limit):
            if self.span_at(match.start("who")) is None:
                found = match
        if found is None:
            return None
        return Mention(found.group("who"), found.start("who"), found.end("who"))

    def sentence_subject(
        self, sent_start: int, limit: int, adverbials: bool = False
    ) -> Mention | None:
        """The first speaker-like phrase of the sentence (the subject of a participle cue);
        ``adverbials`` as for :meth:`colon_subject`."""
        for cue in CUE_RE.finditer(self.text, sent_start, limit):
            if self.span_at(cue.start()) is not None:
                continue
            subject = subject_before(self.text, cue.start(), sent_start)
            if subject is not None:
                # ``Health officials in Tarrow County on Friday confirmed ...``: the phrase of
                # people, not the place after it, as for the cue's own quote.
                subject = self.behind_adverbial(subject, sent_start, cue.start()) or subject
                affiliated = self.affiliated_subject(subject, sent_start, cue.start())
                return subject if affiliated is None else affiliated[0]
            common = self.common_subject(cue.start(), sent_start, True)
            if (
                common is not None
                and _SERVING_PHRASE_RE.search(common.text) is not None
                and _PLACE_OPENING_RE.fullmatch(self.text, sent_start, common.start) is not None
            ):
                # ``A spokesperson for the Union's foreign service welcomed ..., saying``: the
                # common noun phrase opening the sentence, not a name inside it.
                return common
        found = self.colon_subject(sent_start, limit, adverbials)
        if found is not None:
            return found[0]
        # ``The ferry company issued a notice saying ...``: a determiner, a few plain words, then
        # a verb in the past tense (after an opening time: ``Minutes later the skippers left``).
        time = _OPENING_TIME_RE.match(self.text, sent_start, limit)
        if time is not None:
            sent_start = time.end()
        for _ in range(2 if adverbials else 1):
            first_word = self.text[sent_start : sent_start + 12].split(" ", 1)[0].lower()
            if not (
                first_word in _PREPOSITIONS
                or first_word in _CONJUNCTION_OPENERS
                or adverbials
                and first_word in _PLACE_PREPOSITIONS
            ):
                break
            # ``In two interviews, the mayor ...``, ``But days later, Lind ...``: an opening
            # adverbial up to its comma, then the subject (with ``adverbials``, two of them:
            # ``In the debate, on the radio, candidates ...``).
            comma = self.text.find(", ", sent_start, min(limit, sent_start + 80))
            if comma < 0:
                break
            found = self.colon_subject(comma + 2, limit)
            if found is not None:
                return found[0]
            sent_start = comma + 2
        share = _SHARE_OF_PEOPLE_RE.match(self.text, sent_start, limit) if adverbials else None
        if share is not None:
            # ``Inside the union, a small group of skippers, though ..., are warning``: a
            # share of a group, up to the comma closing it, is the subject
            return Mention(share.group(), share.start(), share.end())
        words = list(_WORD_RE.finditer(self.text, sent_start, min(limit, sent_start + 60)))
        if (
            adverbials
            and len(words) >= 2
            and words[0].group().islower()
            and words[0].group().endswith("s")
            and noun_of_people(words[0].group())
            and words[1].group() in _PLURAL_VERBS
        ):
            # ``In the debate, candidates were able to ..., saying``: a plural of people
            start, end = words[0].start(), words[0].end()
            return Mention(self.text[start:end], start, end)
        if len(words) >= 3 and words[0].group().lower() in _DETERMINER_WORDS:
            for k in range(1, min(4, len(words) - 1)):
                if not words[k].group().isalpha() or not words[k].group().islower():
                    break
                verb = words[k + 1].group()
                if verb.islower() and (
                    verb.endswith("ed")
                    or verb in _PLAIN_SAY
                    or verb in _IRREGULAR_PAST
                    or verb in _PERFECT
                    and words[k].group() not in AUXILIARIES
                    and k + 2 < len(words)
                    and (
                        words[k + 2].group() != "been"
                        or k + 3 < len(words)
                        and words[k + 3].group() not in _NOT_AFTER_BEEN
                    )  # ``The union has been loud``, but ``The hope has been that``
                ):
                    # ``The board has approved``: the verb group opens with an auxiliary.
                    start, end = words[0].start(), words[k].end()
                    return Mention(self.text[start:end], start, end)
        return None

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

    def relative_that_subject(self, cue_start: int, sent_start: int) -> Mention | None:
        """The noun phrase before ``that`` when ``that`` is the subject of the relative clause
        holding the cue (``an advert that urges``, ``a sign that read``), from after a verb or
        particle the walk back passed (``put up posters that warn``: ``posters``)."""
        text = self.text
        speaker = self.common_subject(cue_start - 5, sent_start)
        if speaker is not None:
            words = list(_WORD_RE.finditer(speaker.text))
            for word in reversed(words[:-1]):
                lowered_word = word.group().lower()
                if (
                    lowered_word in _IRREGULAR_PAST
                    or lowered_word in _SENDING_PARTICLES
                    or lowered_word.endswith("ed")
                ):
                    start = speaker.start + word.end() + 1
                    speaker = Mention(text[start : speaker.end], start, speaker.end)
                    break
        return speaker

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

    def colon_subject(
        self, start: int, end: int, adverbials: bool = False
    ) -> tuple[Mention, None, None] | None:
        """The subject of ``NAME shot back: “...”``: a name or pronoun opening the sentence.

        Leading words of a role phrase are skipped (``The minister, Clara Voss, summed up``), an
        opening adverbial up to its comma (``At a rally on Monday, Trump ...``; with
        ``adverbials``, one opened by an adverb, a day or a participle too: ``Here in Leeds,
        Lind ...``, ``Casting herself as ..., Lind``; two at most), and an opening time without
        one (``Minutes later the skippers ...``).
        """
        time = _OPENING_TIME_RE.match(self.text, start, end) or _CLOCK_STAMP_RE.match(
            self.text, start, end
        )
        if time is not None:
            start = time.end()
        dash = max(self.text.rfind(" - ", start, end), self.text.rfind(" — ", start, end))
        if dash > start and self.text[dash:end].rstrip().endswith(":"):
            start = dash + 3  # ``HEADLINE IN CAPITALS - Mia Holt: “...”``: the name after it
        label = _SECTION_LABEL_RE.match(self.text, start, end)
        if label is not None and label.end() < end - 1:
            start = label.end()  # ``OVERHEARD: One aide, on the mood: “...”``: a section's name
        for _ in range(2 if adverbials else 1):
            # An opening adverbial up to its comma, or two (``On Monday at the quay, after the
            # vote, Lind said:``, ``Here in Leeds, Lind ...``, ``Casting herself as ..., Lind``).
            first_word = self.text[start : start + 12].split(" ", 1)[0].lower().rstrip(",")
            if (
                first_word in _PREPOSITIONS
                or first_word in _OPENER_WORDS
                or first_word in _OPENING_CONNECTIVES
            ):
                comma = self.text.find(", ", start, min(end, start + 80))
            elif adverbials and (
                first_word in _ADVERBIAL_OPENERS
                or first_word in _TIME_WORDS
                or len(first_word) > 4
                and first_word.endswith("ing")
            ):
                # Only a direct quote's speaker looks past these (a reported clause without
                # its speaker is dropped), and not past the subject right after the adverb
                # (``Then she ...``; but ``Ever since she left, Lind ...``).
                comma = self.text.find(", ", start, min(end, start + 80))
                words = self.text[start:comma].split(None, 2) if comma > 0 else []
                if len(words) > 1 and (
                    words[1].lower() in PRONOUNS
                    or first_word in _ADVERBIAL_OPENERS
                    and words[1][:1].isupper()
                    and words[1].lower() not in STOP_CAPS
                ):
                    break  # ``Now Ada Moss, the mayor, ...``: the subject right after the adverb
            else:
                break
            if comma < 0:
                break
            start = comma + 2
            region = self.apposition_after_opening(comma, end)
            if region > 0:
                start = region  # ``At a rally in Eldon, Ohio, Lind ...``: past the apposition
        role_end = -1  # where the latest role noun of the walk ends (``A spokeswoman``)
        for count, match in enumerate(_TOKEN_RE.finditer(self.text, start, min(end, start + 120))):
            if count > 10:
                return None
            token = match.group()
            bare = token.rstrip(".").removesuffix("’s").removesuffix("'s")
            lowered = bare.lower()
            if lowered in PRONOUNS and lowered != "it":
                return Mention(bare, match.start(), match.start() + len(bare)), None, None
            if (
                count == 0
                and lowered in ("one", "another")
                and (phrase := _PLAIN_PHRASE_RE.match(self.text, match.end(), end)) is not None
            ):
                # ``One senior aide, on the mood: “...”``: a common noun phrase as written.
                at = match.start()
                return Mention(self.text[at : phrase.end()], at, phrase.end()), None, None
            if lowered in SPEECH_VERBS:
                # ``Stated the engineer Ivan Petrov:``: an inverted cue opens the line.
                found = subject_after(self.text, match.end(), end)
                return (found, None, None) if found is not None else None
            if bare[:1].isupper() and lowered not in STOP_CAPS and lowered not in TITLE_WORDS:
                # ``Perhaps``, ``Maybe``: capitalised only as a sentence's first word, in any
                # document (``is_plain_word`` reads only words in ``-ing`` and ``-ly``).
                adverb = lowered in SENTENCE_ADVERBS
                if (
                    count == 0
                    and (
                        adverb
                        or self.names.is_plain_word(bare)
                        # a name of several words is one: ``Ada Moss``, ``Manning Lind``
                        and not self.text[match.end() + 1 : match.end() + 2].isupper()
                        # ``Defence barrister Jane Holt objects``: a qualifier, a role, then the
                        # name (read below, as after a body's name)
                        and not (
                            (role := _ROLE_THEN_NAME_RE.match(self.text, match.end(), end))
                            is not None
                            and _is_role_or_people(role.group("role"))
                        )
                    )
                ):
                    # ``Facing criticism, Kral ...``, ``Shortly after, the crew ...``: a
                    # participle or an adverb opens the sentence, not a name; the subject
                    # follows its comma.
                    comma = self.text.find(", ", start, min(end, start + 80))
                    if comma < 0 or adverbials and not adverb:
                        return None
                    return self.colon_subject(comma + 2, end, True)
                run = NAME_RUN_RE.match(self.text, match.start())
                if run is None or run.group().isupper() and len(run.group().split()) > 2:
                    return None  # none, or a heading in capitals (``FERRY FARES RISE``)
                apposed = _APPOSED_NAME_RE.match(self.text, run.end(), end)
                if (
                    apposed is not None
                    and count > 1
                    and _word_before(self.text, run.start()) in ("of", "for")
                    and looks_like_person(clean_name(apposed.group("name")) or "")
                ):
                    # ``The Governor of Ogunmere State, Prince Ade Olatunde, ...``: the name in
                    # apposition to the office, not the place of the office.
                    at = apposed.start("name")
                    return Mention(apposed.group("name"), at, apposed.end("name")), None, None
                role = _ROLE_THEN_NAME_RE.match(self.text, run.end(), end)
                if role is not None and (
                    _is_role(role.group("role"))
                    # ``Ferry operator Tarn Lines``: one word, then a noun of people
                    or " " not in run.group()
                    and _is_role_or_people(role.group("role"))
                ):
                    # ``Kestrel Town manager Paul Fenwick: “...”``: the club is no speaker.
                    run = NAME_RUN_RE.match(self.text, role.end()) or run
                name = run.group().removesuffix("’s").removesuffix("'s")
                return Mention(name, run.start(), run.start() + len(name)), None, None
            if lowered in ("for", "of") and role_end == match.start() - 1:
                # ``A spokeswoman for the mediator, Ingrid Solvang, declined ... but said``:
                # the name in apposition to the role and what it serves.
                comma = self.text.find(",", match.end(), min(end, match.end() + 50))
                apposed = _APPOSED_NAME_RE.match(self.text, comma) if comma > 0 else None
                if apposed is not None and looks_like_person(
                    clean_name(apposed.group("name")) or ""
                ):
                    at = apposed.start("name")
                    return Mention(apposed.group("name"), at, apposed.end("name")), None, None
            if lowered in TITLE_WORDS or lowered in ROLE_NOUNS:
                role_end = match.end()
                continue
            if token == "," or lowered in STOP_CAPS:
                continue
            return None
        return None

    def apposition_after_opening(self, comma: int, end: int) -> int:
        """Where the text goes on after a name in apposition to the end of an opening phrase
        closed by ``comma``, or a relative clause on it, up to a comma of its own; else -1.
        The name is one to three
        capitalised words: a region after a place's name naming no person (``In Eldon, N.H.,
        Lind ...``, ``at a rally in Tarrow, Ohio, on Sunday``), or the name of a person the
        phrase ends on (``Along with her husband, Milo Berg, a banker, she ...``)."""
        text = self.text
        place = text[max(0, comma - 40) : comma].rsplit(None, 1)
        if not place:
            return -1
        if _word_after(text, comma + 1) in ("which", "where", "whose"):
            # ``Speaking on Harbour TV in Eldon, which votes next week, Lind ...``: a relative
            # clause on the opening phrase's last noun
            close = text.find(", ", comma + 2, min(end, comma + 120))
            return close + 2 if close > 0 else -1
        close = text.find(", ", comma + 2, min(end, comma + 40))
        if close < 0:
            return -1
        region = text[comma + 2 : close]
        words = region.split()
        if not 0 < len(words) <= 3 or not all(word[:1].isupper() for word in words):
            return -1
        if noun_of_people(place[-1].lower()):
            # ``Along with her husband, Milo Berg, a banker, she ...``: the name of the
            # opening phrase's person, in apposition, not the subject; nor is its own
            # apposition
            if _word_after(text, close + 1) in ("a", "an", "the"):
                described = text.find(", ", close + 2, min(end, close + 60))
                if described > 0:
                    return described + 2
            return close + 2
        if not place[-1][:1].isupper():
            return -1
        if (
            words[0].lower() in FIRST_NAMES
            or self.names.gender(region) is not None
            or _word_after(text, close + 1) in ("a", "an", "the")
        ):
            return -1  # ``In Leeds, Ada Moss, a nurse, said``: the subject and its apposition
        return close + 2

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

    def colon_subject_only(
        self, sent_start: int, intro_end: int, source: Source | None
    ) -> tuple[Mention, None, Source | None] | None:
        """The subject :meth:`colon_subject` finds, without a cue, and the intro's source."""
        found = self.colon_subject(sent_start, intro_end)
        if found is None:
            return None
        return found[0], None, source

    def find_blocks(self) -> None:
        """Block quotes: a paragraph without marks after a line that introduces a remark.

        The introducing line ends in a colon, or stops mid-sentence after a cue (``wrote that,
        in his view``); its last sentence must hold a cue or name a remark (``analysis:``).
        A block holding quoted fragments is a paraphrased summary: a mixed quote.
        """
        text = self.text
        intro_start, intro_end = -1, -1
        opens = False
        letter_end = -1
        """Where a letter quoted in full ends: its lines are the letter's, none an intro."""
        # Non-empty lines, each to its last non-space character, found by the regex engine: only
        # a line after one that may introduce a block is looked at in Python.
        for match in _LINE_RE.finditer(text):
            start, last = match.span()
            if start < letter_end:
                continue
            if opens and text.endswith(":", 0, intro_end):
                letter_end = self.letter_at(start, last, intro_start, intro_end)
                if letter_end >= 0:
                    opens = False
                    continue
            if opens:
                end = text.find("\n", last)
                self.block_at(
                    start, text[start : end if end >= 0 else len(text)], intro_start, intro_end
                )
            intro_start, intro_end = start, last
            opens = _opens_block(text[start:last])

    def letter_at(self, start: int, last: int, intro_start: int, intro_end: int) -> int:
        """Add a letter quoted in full after the line that introduces it (``The letter reads
        in full:``): its salutation on the line at ``start`` (``Dear Members of the Board,``),
        each paragraph of its body a block quote, up to its closing (``Yours faithfully,``)
        and the signature under it, the writer, who speaks when the intro names no one.
        Returns where the letter ends, or -1 when the line opens none."""
        text = self.text
        if _SALUTATION_RE.fullmatch(text, start, last) is None:
            return -1
        closing = _LETTER_CLOSING_RE.search(text, last, last + 4000)
        if closing is None:
            return -1
        signature = _SIGNATURE_RE.match(text, closing.end())
        signer = None
        if signature is not None:
            signer = Mention(
                signature.group("name"), signature.start("name"), signature.end("name")
            )
        body_end = closing.start()
        for line in _LINE_RE.finditer(text, last + 1, body_end):
            self.block_at(line.start(), line.group(), intro_start, intro_end)
            # ``block_at`` appends the block last (after dropping the drafts inside it)
            block = self.drafts[-1] if self.drafts else None
            if block is not None and block.start == line.start() and block.speaker is None:
                block.speaker = signer
        return signature.end() if signature is not None else closing.end()

    def names_own_content(self, draft: Draft, intro_end: int) -> bool:
        """True when the object of the cue that introduces a block is content of its own.

        ``noted the thin crowd:`` reports what was noted, and the block after it is the
        evidence; ``wrote the following:``, ``posted this statement:`` or a bare ``said:`` point
        ahead to the block, which is the only quote.
        """
        if (
            draft.end > intro_end
            or draft.type is not QuoteType.INDIRECT
            or not self.text.endswith(":", 0, intro_end)
        ):
            return False  # ``wrote that, in her view`` then the block: the block is the content
        content = self.text[draft.start : draft.end]
        return len(content.split()) >= 3 and _CATAPHORIC_RE.search(content) is None

    def block_at(self, start: int, line: str, intro_start: int, intro_end: int) -> None:
        """Add the block quote on ``line`` (at ``start``) if the line before introduces it."""
        text = self.text
        intro = text[intro_start:intro_end]
        stripped = line.strip()
        if (
            len(stripped) < 60
            or stripped[0] in "\"“‘'«"
            or stripped.endswith(":")
            or _LIST_ITEM_RE.match(stripped)
            or _LABELLED_ITEM_RE.match(stripped)
            # ``ADA MOSS: ...`` after ``transcript as follows:``: a transcript's turn, the
            # labelled speaker's (read with the transcript), not one block of the intro's
            or _SECTION_LABEL_RE.match(stripped)
            or not intro
        ):
            return
        if not _opens_block(intro):
            return
        colon = intro.endswith(":")
        listed = _FOLLOWING_THINGS_RE.search(intro)
        if listed is not None and not _WORDS_LISTED_RE.fullmatch(listed.group("noun")):
            # ``reports the following incidents:``, ``released the following details:``: a
            # list of events or facts follows, in the author's layout, and no one's words.
            return
        sent_start = max(intro_start, self.layout.sentence_start(intro_end - 1))
        cue = noun_cue = None
        for match in CUE_RE.finditer(text, sent_start, intro_end):
            if self.span_at(match.start()) is not None:
                continue
            if _NOUN_CUE_BEFORE_RE.search(text, max(sent_start, match.start() - 30), match.start()):
                noun_cue = match  # ``had a warning:``: the cue when no verb is one
            else:
                cue = match
        cue = cue or noun_cue
        tagged = None
        if cue is None and colon and _SPOKEN_PERSON_RE.search(line) is not None:
            # A verb of any sense may close the intro (``Lind engaged:``); what follows is
            # speech only when it speaks as I, we or you.
            tagged = self.colon_verb(sent_start, intro_end)
        if (
            cue is None
            and tagged is None
            and not (colon and _REMARK_RE.search(text, sent_start, intro_end))
        ):
            return
        lead = len(line) - len(line.lstrip())
        q_start = start + lead
        q_end = start + len(line.rstrip())
        footnote = _FOOTNOTE_RE.search(text, q_start, q_end)
        if footnote is not None:
            q_end = footnote.start()
        if self.span_at(q_start) is not None:
            return
        draft = Draft(q_start, q_end, QuoteType.DIRECT, 0.75)
        if any(q_start <= span.start < q_end for span in self.spans):
            draft.type = QuoteType.MIXED
        # Reported speech inside the block is part of the quote, and the cue that introduces
        # the block must not also make a quote of the introducing line's tail.
        cue_at = cue.start() if cue is not None else -1
        self.drafts = [
            d
            for d in self.drafts
            if not q_start <= d.start < q_end
            and (d.cue is None or d.cue.start != cue_at or self.names_own_content(d, intro_end))
        ]
        if cue is not None:
            draft.cue = Mention(cue.group(), cue.start(), cue.end())
            draft.speaker = (
                subject_before(text, cue.start(), sent_start)
                or subject_after(text, cue.end(), intro_end)
                or self.sentence_subject(sent_start, cue.start())
            )
        elif tagged is not None:
            draft.speaker, draft.cue = tagged[0], tagged[1]
        else:
            remark = _REMARK_RE.search(text, sent_start, intro_end)
            if remark is not None:
                draft.cue = Mention(remark.group(), remark.start(), remark.end())
                reads = _DOCUMENT_READS_RE.match(text, remark.end(), intro_end)
                if reads is not None:
                    # ``The letter reads in full:``: the verb introduces the block, as a verb of
                    # the intro does, and the document it reads from is the channel.
                    verb = reads.start("verb")
                    draft.cue = Mention(reads.group("verb"), verb, reads.end("verb"))
                    phrase = _DOCUMENT_PHRASE_RE.search(text, sent_start, remark.end())
                    if phrase is not None:
                        draft.source = Source(
                            phrase.group(), SourceKind.PUBLICATION, phrase.start(), phrase.end()
                        )
        if draft.speaker is None:
            found = self.colon_subject(sent_start, intro_end)
            if found is not None and found[0].text.lower() not in ("here", "this", "that"):
                draft.speaker = found[0]
        if draft.speaker is None:
            # ``Here's a summary of the remarks:``: the latest speaker of the intro paragraph.
            for other in reversed(self.drafts):
                if other.speaker is not None and intro_start <= other.start < intro_end:
                    draft.speaker, draft.resolved = other.speaker, other.resolved
                    break
        draft.source = find_source(text, sent_start, intro_end) or draft.source
        self.drafts.append(draft)

    def find_labelled_lines(self) -> None:
        """``Kral: I Stand By The Plan`` as a headline, ``KRAL: Honestly, ...`` in a
        transcript: a line opening with a speaker label and a colon is what that speaker said.

        Only the first line of the document (its headline) and labels in capitals (a transcript)
        count, so that ``Update:`` or ``Photo:`` inside the text are not taken for speakers;
        and labels in mixed case that name people when two speakers at least take turns, one of
        them on two lines or more (a transcript written ``Ada Moss: ...``, ``Ivo Kral: ...``,
        ``Moss: ...``: a surname alone once the full name labelled a line).
        """
        text = self.text
        labelled = [
            (index, match)
            for index, start in enumerate(self.layout.line_starts)
            if (match := _LABEL_RE.match(text, start)) is not None
        ]
        if not labelled:
            return
        labels = [text[slice(*_label_span(match))] for _, match in labelled]
        people = {label for label in labels if not label.isupper() and looks_like_person(label)}
        surnames_of_people = {label.split()[-1] for label in people}
        named = [
            label
            for label in labels
            if label in people or label in surnames_of_people  # ``Moss:`` after ``Ada Moss:``
        ]
        surnames = [label.split()[-1] for label in named]
        # Speakers who take turns: two at least, one of them heard twice; a list of places or
        # a publication's questions (``Skerry Gazette:``) name no person.
        transcript = len(set(surnames)) >= 2 and len(surnames) > len(set(surnames))
        taken = [(d.start, d.end) for d in self.drafts if d.score >= 0.5]
        turn: tuple[Mention, Mention] | None = None
        """The speaker and the colon of the latest labelled turn of a transcript."""
        unlabelled: list[tuple[int, Mention, Mention]] = []
        """Lines after a labelled turn and before the next, with that turn's speaker and cue."""
        label_at = dict(labelled)
        # A name in mixed case opening two lines or more (``Colin Baptiste: ...``) labels an
        # interview's answers as capitals label a transcript's lines.
        repeated = Counter(labels)
        for index, start in enumerate(self.layout.line_starts):
            match = label_at.get(index)
            if match is None:
                if turn is not None and text[start : start + 1] not in ("\n", ""):
                    unlabelled.append((start, *turn))
                continue
            label_start, label_end = _label_span(match)
            label = text[label_start:label_end]
            colon = text.rfind(":", label_end, match.end())
            capitals_line = label.isupper() and len(label) > 1
            if (
                index > 0
                and not capitals_line
                and not (transcript and label in named)
                and not (repeated[label] > 1 and " " in label and looks_like_person(label))
            ):
                continue
            if (
                not capitals_line
                and match.group("paren") is not None
                and not looks_like_person(label)
                and not (transcript and label in named)
                and _LABEL_TIME_RE.fullmatch(match.group("paren")) is None
            ):
                # ``Revenue (2024):``, ``Ingredients (Serves Four):``: a heading and its
                # qualifier; after a speaker the parentheses hold a seat or a time of day
                # (``Ada Lind (Harbour Party):``, ``Lind (14:02):``).
                continue
            if label.lower().rstrip(".").split()[-1] in _NOT_LABELS:
                # ``FILM REVIEW:``, ``EDITOR'S NOTE:``: a section's name ends in the word.
                continue
            opener = label.split(None, 1)[0].lower()
            if opener in _SECTION_OPENERS or opener in _QUESTION_WORDS and " " in label:
                # ``FROM OUR ARCHIVE:``, ``IN BRIEF:``, ``WHAT THEY SAID:``: a preposition, a
                # possessive or a question word opens a section's name; no person's label
                # opens so (``WHO:`` alone may be a body's name).
                continue
            end = self.layout.paragraph(start)[1]
            note = _STAGE_NOTE_RE.match(text, match.end(), end)
            # ``FAHY: (laughs) Well, ...``: a stage note, not words of the speaker
            q_start, q_end = self.trim(match.end() if note is None else note.end(), end)
            if (
                capitals_line
                and self.colon_dateline(start, end) is not None
                and any(
                    q_start <= d.start < q_end
                    # An attitude counts as speech does (``KARVELL: ... after the chair
                    # refused to allow a reply``): the line reports someone else.
                    and d.score >= 0.5
                    and d.speaker is not None
                    and d.speaker.text.lower() not in _READER_AND_AUTHOR
                    for d in self.drafts
                )
            ):
                # ``RAMPUR NAGAR: The civic body will ..., the mayor said``: a dateline, its
                # line reported by someone else (``KRAL: Honestly, ...`` stays a label).
                continue
            if (capitals_line or index > 0) and (index > 0 or len(labelled) > 1):
                # A paragraph without a label between two turns goes on with the turn before
                # (a headline's label alone opens no turn: ``HARBOUR DAILY: ...``, then the
                # newsletter's own ``Good morning. Here is what we are watching.``).
                self.continue_turns(unlabelled, taken)
                unlabelled = []
                turn = (
                    Mention(
                        self.label_name(label) if capitals_line else label,
                        label_start,
                        label_end,
                    ),
                    Mention(":", colon, colon + 1),
                )
            if len(text[q_start:q_end].split()) < 3:
                continue
            if index == 0 and not capitals_line and _headline_with_own_subject(text[q_start:q_end]):
                continue  # ``Harbour Row: Marisol Quenby Slams Plan``: a kicker, no speaker
            capitals = index > 0
            if any(
                s < q_end
                and q_start < e
                # In a transcript the line is the labelled speaker's, whatever cue stands
                # inside it (``BRANDT: ... officers responded to reports ...``, ``MAYOR LESTER:
                # If I may add, ...``): only a draft across its edges takes it.
                and not (capitals and q_start <= s and e <= q_end)
                for s, e in taken
            ):
                continue
            inner = [span for span in self.spans if q_start <= span.start < q_end]
            if len(inner) == 1 and inner[0].start == q_start and inner[0].end >= q_end - 1:
                continue  # a direct quote after its label: attributed by ``find_direct``
            draft = Draft(q_start, q_end, QuoteType.MIXED if inner else QuoteType.INDIRECT, 0.6)
            draft.speaker = Mention(
                self.label_name(label)
                if capitals and label.isupper() and len(label) > 1
                else label,
                label_start,
                label_end,
            )
            draft.cue = Mention(":", colon, colon + 1)
            draft.standalone = False
            self.drafts.append(draft)
        # After the last turn the article may go on in its own voice: only paragraphs that
        # speak as I, we or you still belong to the turn.
        spoken = 0
        while (
            spoken < len(unlabelled)
            and _SPOKEN_PERSON_RE.search(text, *self.layout.paragraph(unlabelled[spoken][0]))
            is not None
        ):
            spoken += 1
        self.continue_turns(unlabelled[:spoken], taken)

    def continue_turns(
        self, lines: list[tuple[int, Mention, Mention]], taken: list[tuple[int, int]]
    ) -> None:
        """Add each of ``lines`` (its start, and the speaker and cue of the transcript turn it
        follows) as more of that turn: a paragraph of three words or more that no quote or
        draft already holds, and not a stage note (``(LAUGHTER)``, ``[CROSSTALK]``)."""
        text = self.text
        for start, speaker, cue in lines:
            end = self.layout.paragraph(start)[1]
            q_start, q_end = self.trim(start, end)
            content = text[q_start:q_end]
            if (
                len(content.split()) < 3
                or content[:1] in "([“\"‘'"
                or content.isupper()
                # ``School Bus Safety``: a subheading between turns, in title case
                or content[-1:].isalpha()
                and all(word[:1].isupper() for word in content.split())
                or any(s < q_end and q_start < e for s, e in taken)
                or any(q_start <= span.start < q_end for span in self.spans)
            ):
                continue
            draft = Draft(q_start, q_end, QuoteType.INDIRECT, 0.6, standalone=False)
            draft.speaker, draft.cue = speaker, cue
            self.drafts.append(draft)

    def label_name(self, label: str) -> str:
        """A transcript's label in capitals as the document writes the name elsewhere
        (``BRANDT`` -> ``Brandt``, so that it resolves to ``Alan Brandt``; ``MAYOR JOAN
        LESTER`` -> ``Mayor Joan Lester``); as it is when the document never writes the
        surname in mixed case."""
        words = label.split()
        surname = words[-1]
        if surname in self._surnames_written:
            written = self._surnames_written[surname]
        elif len(self._surnames_written) >= _LABELS_SCANNED and _WORD_RUN_RE.fullmatch(surname):
            # A transcript of many speakers (a parliament's day, an archive of hearings): one
            # pass over the text for every label's surname, not one per surname.
            if self._spellings is None:
                self._spellings = _mixed_case_spellings(self.text)
            written = self._surnames_written[surname] = self._spellings.get(surname.lower())
        else:
            written = self._surnames_written[surname] = _mixed_case_spelling(self.text, surname)
        if written is None:
            return label
        return " ".join([*(word.capitalize() for word in words[:-1]), written])

    def resolve(self) -> None:
        """Turn each speaker mention into the fullest name; pronouns to the latest person."""
        self.drafts.sort(key=lambda d: d.start)
        self._resolving_starts = [draft.start for draft in self.drafts]
        group: tuple[Mention, str, bool] | None = None
        """The latest speaker named: its mention, its name, and whether it is a coordination
        (a ``they`` after it, or after an organisation, is that speaker)."""
        for draft in self.drafts:
            mention = draft.speaker
            if mention is None:
                continue
            if draft.resolved is None:
                sender = self.document_sender_split(draft, mention)
                if sender is not None:
                    draft.speaker = mention = sender
            possessive, _, style = mention.text.partition(" ")
            if possessive.lower() in _STYLE_POSSESSIVES and style in _STYLES_OF_ADDRESS:
                # ``His Highness said``: the style stands for the person, the possessive part
                # of it; no name to resolve by, so the phrase as written.
                draft.resolved = mention.text
            if draft.resolved is not None:
                group = None
                continue
            word = mention.text.lower()
            word = _SUBJECT_FORMS.get(word, word)  # ``according to him``: as ``he`` would be
            if word in PERSON_PRONOUNS:
                person = self.gendered_phrase_before(mention, word) or self.antecedent(
                    mention.start, word
                )
                draft.resolved = person or mention.text
                if person is not None and looks_like_person(person):
                    # ``he`` resolved to Tom Kral: evidence for the next ``she``
                    genders = self.names.pronoun_genders.setdefault(person, set())
                    genders.add(MALE if word == "he" else FEMALE)
                group = None
                continue
            if (
                word == "they"
                and group is not None
                and mention.start - group[0].end < 400
                and (
                    group[2]
                    or looks_like_organisation(group[0].text)
                    and group[1] not in self.names.persons
                )
            ):
                draft.resolved = group[1]  # ``The ministry said ... They added``
                continue
            if word in _RELATIVE_PRONOUNS:
                # ``Ada Lind, who said``: the name the clause hangs on; ``idealists who
                # wanted``, a common noun, stays as written.
                draft.resolved = self.named_before_comma(mention.start, word) or mention.text
                group = None
                continue
            if (
                word in PRONOUNS
                or (word.split(None, 1)[0] in _INDEFINITE_OPENERS and mention.text[-1:].islower())
                or mention.start in self.phrase_speakers
            ):
                draft.resolved = mention.text  # ``one shopper``: no name, the phrase as written
                group = None
                continue
            demonym = _DEMONYM_PHRASE_RE.fullmatch(mention.text)
            if (
                demonym is not None
                and demonym.group("word") not in _NOT_DEMONYMS
                # ``The Varnbian reported``: a paper named like its readers
                and (draft.cue is None or draft.cue.text.lower() not in _OUTLET_VERBS)
            ):
                # ``The Brazilian said``: a person named before, as ``he`` stands for one; the
                # one the document calls so (``Brazilian striker Rui Tavares``) first.
                word = demonym.group("word")
                person = self.person_called(word)
                if person is None and word.lower() not in ROLE_NOUNS:
                    # Not for a role shaped so (``the Spokeswoman``): seldom someone named
                    # before, unlike a nationality or a party (``the Israeli``, ``the
                    # Republican``, titles too).
                    person = self.antecedent(mention.start)
                draft.resolved = person or mention.text
                group = None
                continue
            if " and " in mention.text:
                speakers = self.coordinated(draft, mention)
                if speakers is not None:
                    group = (mention, speakers, True)
                    continue
            head = mention.text[mention.text.rfind(" ") + 1 :]
            # ``Senior officials``, ``White House aides``: a common noun heads the phrase, which
            # names no one in particular; the capitals before it are no name of the speaker.
            # A compound head counts too (``The Kestrian front-runner``: not ``Kestrian``).
            common_head = head.islower() and head.replace("-", "").isalpha()
            if _HELD_BY_PARTICIPLE_RE.match(mention.text) is not None:
                # ``Messages obtained by the Harbour Courier``: the name is the participle's
                # agent, the messages speak; the phrase as written.
                common_head = True
            name = None if common_head else _speaker_name(mention.text)
            titled = self.titled_person(mention.text)
            signed = _READER_SIGN_RE.match(mention.text) if name is None else None
            if name is None and mention.text in MONTH_SURNAMES:
                # ``May said`` once ``Ada May`` was named (the speaker rules took the month for
                # her surname): no name to clean, her fullest form
                name = mention.text if self.names.fullest(mention.text) != mention.text else None
            if titled is None and common_head:
                titled = self.sole_role_holder(mention.text)  # ``its chief executive``
            if titled is not None:
                draft.resolved = titled  # ``the judge`` -> ``Margaret Ellery``
            elif signed is not None and self.names.fullest(signed[1]) != signed[1]:
                # ``Lind in Brennock`` once ``Ada Lind`` was named: her surname and where she
                # spoke, not a reader signing with a given name and a town.
                draft.resolved = self.names.fullest(signed[1])
            elif name is None or (
                name == mention.text.removeprefix("the ").removeprefix("The ")
                and name.lower() in _PERSON_TITLES
            ):
                # ``Minister`` alone is no surname: ``Ferries Minister`` is no fuller name of it
                draft.resolved = mention.text
            else:
                name = self.names.without_lead_words(name)
                full = self.names.fullest(name)
                if full == name and " " not in name:
                    full = self.given_name_of(name) or full
                draft.resolved = full
                # A title dropped says a person (``Senator Kral``); a plural's apostrophe
                # dropped (``Islanders’``) says nothing. An age after the name says a person
                # known by one name (``Yusuf, 29, a mechanic, told``), as reports that protect
                # witnesses name them.
                if (
                    looks_like_person(full)
                    or mention.text.rstrip("’'") != name
                    or _AGE_AFTER_NAME_RE.match(self.text, mention.end) is not None
                    # ``Haddad's wife, Leila, said``: one name set off after a noun of people
                    or " " not in full
                    and self.one_name_at(mention.start, mention.end)
                ):
                    self.names.persons.add(full)
            # Whether it is an organisation is asked only if a ``they`` follows.
            group = (mention, draft.resolved, False)

    def named_before_comma(self, start: int, relative: str) -> str | None:
        """The fullest name of the run of capitals right before a comma that ends right before
        ``start``, where a relative pronoun stands (``Senator Ada Lind of Leeds, who``: Ada
        Lind; ``the Harbour Board, which``); None when no name stands there."""
        run = _NAME_BEFORE_COMMA_RE.search(self.text, max(0, start - 120), start)
        if run is None:
            return None
        words = run.group(1).split()
        while words and (words[0].lower() in STOP_CAPS or self.names.is_plain_word(words[0])):
            words.pop(0)  # ``The``, ``Following``: no part of the name
        phrase = " ".join(words)
        if relative == "which":
            return phrase or None  # a body's name whole (``Guild of Pilots``)
        head = phrase.split(" of ", 1)[0]
        if head != phrase and clean_name(head) is not None:
            phrase = head  # a person and the place they come from
        name = clean_name(phrase) if phrase else None
        return self.names.fullest(name) if name is not None else None

    def document_sender_split(self, draft: Draft, mention: Mention) -> Mention | None:
        """The sender of a message that is the subject (``A letter from residents said``,
        ``A statement signed by the skippers said``), the message made the draft's source as
        ``sent a letter saying`` makes it: the writers speak through the letter. None when the
        speaker phrase is no such message or its sender."""
        text = self.text
        # Literal tests first: nearly no speaker phrase is a message or follows one.
        inside = " from " in mention.text or " by " in mention.text
        if not inside and not text.endswith(("from ", "by "), 0, mention.start):
            return None
        whole = _MESSAGE_FROM_RE.fullmatch(mention.text) if inside else None
        if whole is not None:
            start = mention.start + whole.start("sender")
            sender = Mention(whole.group("sender"), start, mention.end)
            document_start, document_end = mention.start, mention.start + whole.end("doc")
        else:
            before = _MESSAGE_BEFORE_RE.search(text, max(0, mention.start - 80), mention.start)
            if before is None:
                return None
            sender = mention
            document_start, document_end = before.span("doc")
        if draft.source is None:
            draft.source = Source(
                text[document_start:document_end],
                SourceKind.PUBLICATION,
                document_start,
                document_end,
            )
        return sender

    def person_called(self, word: str) -> str | None:
        """The one person the document names right after ``word`` and up to two plain words
        (``Brazilian striker Rui Tavares``, ``the Kestrian Ada Lind``), by the fullest form of
        the name; None when it names no one so, or two people."""
        found = set()
        pattern = re.compile(
            rf"\b{re.escape(word)}(?:[ \t]+[a-z][\w\-]*){{0,2}}[ \t]+"
            rf"([{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+)+)"
        )
        for match in pattern.finditer(self.text):
            name = clean_name(match.group(1))
            if name is not None and " " in name and looks_like_person(name):
                found.add(self.names.fullest(name))
        return next(iter(found)) if len(found) == 1 else None

    def sole_role_holder(self, phrase: str) -> str | None:
        """The one person the document names in the sole role ``phrase`` gives (``its chief
        executive``: ``Ivo Petrik``, named ``Ivo Petrik, the chief executive of Orvale`` or
        ``chief executive Ivo Petrik``), by the fullest form of that name; None for any other
        phrase, or when the document names no one or two people in that role."""
        phrase_match = _SOLE_ROLE_PHRASE_RE.fullmatch(phrase)
        if phrase_match is None:
            return None
        role = phrase_match.group("role")
        # Cached with the titles, a role keyed by its spaces (no title holds one).
        cached = self._titled.get(f" {role}")
        if cached is None:
            found = set()
            for match in _NAMED_IN_ROLE_RE.finditer(self.text):
                held = match.group("after") or match.group("before")
                if held is None or role not in held.lower():
                    continue
                name = clean_name(match.group("name"))
                if name is not None and " " in name and looks_like_person(name):
                    found.add(self.names.fullest(name))
            cached = self._titled[f" {role}"] = next(iter(found)) if len(found) == 1 else ""
        return cached or None

    def titled_person(self, phrase: str) -> str | None:
        """The one person the document names with the title ``phrase`` is (``the judge``,
        ``Mayor`` in a headline: ``Judge Margaret Ellery``, ``Mayor Suresh Rao``), by the
        fullest form of that name; None for any other phrase, or when the document gives the
        title to no one or to two people (``the president`` of two countries)."""
        words = phrase.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1 or words[0].lower() not in _PERSON_TITLES:
            return None
        title = words[0].lower()
        cached = self._titled.get(title)
        if cached is None:
            found = set()
            # One line only: a headline's ``Mayor`` is no title of the byline under it.
            pattern = re.compile(
                rf"\b{title.capitalize()}[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*)"
            )
            for match in pattern.finditer(self.text):
                name = clean_name(match.group(1))
                if name is not None and " " in name and looks_like_person(name):
                    found.add(self.names.fullest(name))
            cached = self._titled[title] = next(iter(found)) if len(found) == 1 else ""
        return cached or None

    def given_name_of(self, name: str) -> str | None:
        """The one person already heard whose given name is ``name`` (``Gino raged`` after
        ``Gino Farrell said``: tabloids and features call people by their first names); None
        when no one or more than one is."""
        if name.isupper() or name.lower() in TITLE_WORDS:
            return None  # ``ESPN``, ``State``: no given name
        found = None
        for person in self.names.persons:
            words = person.split()
            if (
                len(words) > 1
                and words[0] == name
                and (
                    name.lower() in FIRST_NAMES
                    or self.names.gender(person) is not None
                    or looks_like_person(person)
                    and not looks_like_organisation(person)
                )
            ):
                if found is not None:
                    return None
                found = person
        return found if found is not None else self.given_name_named(name)

    def given_name_named(self, name: str) -> str | None:
        """The one person named in an apposition whose given name is ``name`` (``One of them,
        16-year-old Kwame Asante, was stopped.`` then ``Kwame said``), though not yet heard."""
        if not name.isalpha() or not name[:1].isupper():
            return None
        # Walked with str.find: a pattern per given name would be compiled for each document
        # (hundreds a corpus, past the ``re`` module's cache).
        text = self.text
        limit = min(len(text), 100_000)
        surnames: set[str] = set()
        at = text.find(name, 0, limit)
        while at >= 0:
            if text.endswith(", ", 0, at) or text.endswith("-year-old ", 0, at):
                surname = _APPOSED_SURNAME_RE.match(text, at + len(name), limit)
                if surname is not None:
                    surnames.add(surname.group(1))
            at = text.find(name, at + 1, limit)
        if len(surnames) != 1:
            return None
        full = f"{name} {surnames.pop()}"
        return full if looks_like_person(full) and not looks_like_organisation(full) else None

    def coordinated(self, draft: Draft, mention: Mention) -> str | None:
        """Resolve a coordinated subject (``Lind and Kral said``) to each speaker's fullest
        name, with one span per speaker, and return the names as resolved; None when the
        mention is not one (a clause's object before it, ``Ivo met Lind and Kral said``; a name
        the document gives a company, ``Smith and Wesson Inc.``)."""
        parts = coordinated_speakers(mention.text)
        if parts is None:
            return None
        inverted = draft.cue is not None and mention.start >= draft.cue.end
        if not inverted and not opens_subject(self.text, mention.start):
            return None
        whole = mention.text[parts[0][0] :]
        if self.names.is_organisation(whole):
            draft.resolved = whole  # one company's name, not its last word
            return whole
        names = []
        for k, (start, end) in enumerate(parts):
            aside = _PICTURE_ASIDE_END_RE.search(mention.text, start, end)
            if aside is not None:
                # ``Ada Lind (left) and Ivo Kral``: the photograph's pointer is no part of her
                end = aside.start()
                parts[k] = (start, end)
            phrase = mention.text[start:end]
            words = phrase.split()
            capitalised = any(word[:1].isupper() for word in words)
            # ``Customs inspectors``: a common noun heads the conjunct, a group of people whose
            # capitalised words (``Customs``, the ``U`` of ``E.U.``) name none of them.
            common_head = bool(words) and words[-1].islower() and words[-1].isalpha()
            name = clean_name(phrase) if capitalised and not common_head else None
            if name is None:
                names.append(phrase)
                continue
            full = self.names.fullest(name)
            names.append(full)
            if looks_like_person(full) or phrase != name:
                self.names.persons.add(full)
        draft.resolved = joined = join_speakers(names)
        draft.speaker_spans = [(mention.start + start, mention.start + end) for start, end in parts]
        return joined

    def antecedent(self, offset: int, pronoun: str = "") -> str | None:
        """The person a ``he``/``she`` at ``offset`` most likely refers to.

        The latest known speaker named in the 700 characters before, else the latest name that
        reads as a person's, else the latest person who spoke earlier in the document. When
        that person is known to be of the other gender than ``pronoun`` (see
        :meth:`DocumentNames.gender`), the first person in the same order known to be of the
        pronoun's gender, else None: no guess at a name the evidence rules out.
        """
        # Loops over the generator, not a generator expression bound to a name: mypyc
        # evaluates such an expression whole, which asked is_place (and through it the
        # gender, a regex compiled per surname) of every candidate, not of the few needed.
        candidates = self._antecedents(offset, pronoun)
        relative = None
        if self.text.endswith(", whom ", 0, offset):
            # ``attacked Ada Lind, whom he called a liar``: the subject of the relative clause
            # is someone other than the person ``whom`` stands for.
            relative = self.named_before_comma(offset - 5, "whom")
        first = None
        for name in candidates:
            if name != relative and self._may_be_antecedent(name):
                first = name
                break
        reach = self.narrative_start(offset, 600) if first is None else offset
        if reach < offset - 600:
            # No one in reach, and a long quote stands between the pronoun and the names
            # before it (a ``He`` opening the paragraph after it): those names, as a last resort.
            candidates = self._antecedents(offset, pronoun, reach)
            for name in candidates:
                if self._may_be_antecedent(name):
                    first = name
                    break
        if first is None or pronoun not in ("he", "she"):
            return first
        gender = self.names.gender
        if gender(first) != (FEMALE if pronoun == "he" else MALE):
            return first  # no evidence against it: as before gender was looked at
        wanted = MALE if pronoun == "he" else FEMALE
        for name in candidates:
            # A gender found for one word says a person too (``His daughter-in-law, Halima,``)
            if name != relative and self._may_be_antecedent(name) and gender(name) == wanted:
                return name
        return None

    def gendered_phrase_before(self, mention: Mention, pronoun: str) -> str | None:
        """The speaker of the latest quote before ``mention``, as resolved, when that speaker
        is a common noun phrase whose noun says the pronoun's gender (``A spokeswoman said
        ... She said``: the spokeswoman) and no name stands between them: the subject the
        pronoun goes on with, not a name further back (``I contacted Homefield Furnishings.``).
        """
        if pronoun not in ("he", "she"):
            return None
        wanted = MALE if pronoun == "he" else FEMALE
        starts = self._resolving_starts
        if starts is None:
            return None
        index = bisect_left(starts, mention.start) - 1
        while index >= 0:
            earlier = self.drafts[index]
            speaker = earlier.speaker
            if speaker is not None and speaker.end <= mention.start:
                break
            index -= 1
        else:
            return None
        if (
            speaker is None
            or mention.start - speaker.end > 400
            or not speaker.text[-1:].islower()
            or noun_gender(speaker.text.rsplit(None, 1)[-1]) != wanted
        ):
            return None
        for run in _CAPS_RUN_RE.finditer(self.text, speaker.end, mention.start):
            name = clean_name(run.group())
            if name and self.span_at(run.start()) is None and looks_like_person(name):
                return None  # someone named since: the usual search
        return earlier.resolved or speaker.text

    def _may_be_antecedent(self, name: str) -> bool:
        """Whether a person's pronoun may stand for ``name``: never for a place or a body
        (``Port Eldon``, ``the Harbour Board``), however like a person's name it looks."""
        return not looks_like_organisation(name) and not self.names.is_place(name)

    def _antecedents(self, offset: int, pronoun: str = "", window_start: int = -1) -> Iterator[str]:
        """The candidates for a pronoun at ``offset``, the likeliest first (see
        :meth:`antecedent`). A name in the window known to be of the pronoun's gender counts
        as a known person: named after a speaker of the same gender, it is the nearer one
        (``Tomas Vell said ... the pilot Anders Krag arrived. He said``: Krag). The window
        of names opens 600 characters before ``offset``, or at ``window_start``."""
        persons = self.names.persons
        fullest = self.names.fullest
        gender = self.names.gender
        wanted = MALE if pronoun == "he" else FEMALE if pronoun == "she" else None
        subject = self._subject_antecedent(offset)
        if subject is not None:
            yield subject
        looking: list[str] = []
        beyond = window_start >= 0  # the last resort past a long quote (see ``antecedent``)
        if not beyond:
            window_start = max(0, offset - 600)
        window = _CAPS_RUN_RE.finditer(self.text, window_start, offset)
        for match in reversed(list(window)):
            name = clean_name(match.group())
            if not name or self.span_at(match.start()) is not None:
                continue
            if beyond and not self._subject_of_its_sentence(match):
                continue  # so far back, only the subject of a sentence of the author's
            full = fullest(name)
            if full in persons or (
                wanted is not None
                and looks_like_person(full)
                and not self.names.in_headline(match.start(), match.end())
                and self._subject_of_its_sentence(match)
                and (
                    gender(full) == wanted
                    # no gender known: a role before the name shows a person, or opening its
                    # run of capitals (``Judge Miriam Castellanos joined``)
                    or gender(full) is None
                    and (
                        _is_role(_word_before(self.text, match.start()))
                        or not name.startswith(match.group().split(" ", 1)[0])
                        and _is_role(match.group().split(" ", 1)[0].lower().rstrip("."))
                    )
                )
            ):
                yield full
            elif looks_like_person(full) and (
                not self.names.in_headline(match.start(), match.end())
                or full.count(" ") == 1
                and full.split(" ", 1)[0].lower() in FIRST_NAMES
            ):
                # A headline capitalises every word: its run of capitals (``Veteran Skipper
                # Olle Brask Returns``) is no name unless a speaker already bore it, or it is
                # a given name and one word (``Maria Lind: ...``).
                looking.append(full)
            elif (subject := self.headline_subject(match)) is not None:
                looking.append(subject)
            elif " " not in full and self._one_name_of_a_person(match):
                looking.append(full)
        yield from looking
        # Only the nearest drafts before ``offset``: a scan back over every draft for every
        # pronoun made a long text of pronouns and no names quadratic.
        drafts = self.drafts
        if self._resolving_starts is not None:
            end = bisect_left(self._resolving_starts, offset)
        else:
            end = len(drafts)  # not sorted yet: the latest drafts found, wherever they stand
        for k in range(end - 1, max(0, end - _ANTECEDENT_DRAFTS) - 1, -1):
            draft = drafts[k]
            if draft.start < offset and draft.resolved and draft.resolved in persons:
                yield draft.resolved

    def _one_name_of_a_person(self, match: re.Match[str]) -> bool:
        """Whether a single capitalised word is a person known by one name, as reports that
        protect witnesses and interviews give them: in an apposition after a noun of people
        (``His daughter-in-law, Halima, was``) or before an age (``Yusuf, 29, said``)."""
        return self.one_name_at(match.start(), match.end())

    def one_name_at(self, start: int, end: int) -> bool:
        """:meth:`_one_name_of_a_person` for the word at ``start:end``."""
        text = self.text
        if _AGE_AFTER_NAME_RE.match(text, end) is not None:
            return True
        if not text.startswith(",", end):
            return False
        before = _APPOSED_NOUN_RE.search(text, max(0, start - 40), start)
        return before is not None and noun_of_people(before.group(1).removesuffix("-in-law"))

    def headline_subject(self, match: re.Match[str]) -> str | None:
        """The person a title-case headline ``match`` opens with as the subject of its verb
        (``Marisol Quenby Slams Harbour Plan`` -> ``Marisol Quenby``), in the fullest form
        the document gives the surname before the verb, when that form has a given name
        (see :meth:`DocumentNames.forms`); None for any other run of capitals."""
        words = match.group().split()
        for k in range(1, min(len(words), 5)):
            if words[k] in HEADLINE_CUES or words[k].lower() in SPEECH_VERBS:
                full = self.names.fullest(words[k - 1])
                if " " in full and looks_like_person(full) and full.split()[-1] == words[k - 1]:
                    return full
                return None
        return None

    def _subject_of_its_sentence(self, match: re.Match[str]) -> bool:
        """Whether the name ``match`` is the subject of a sentence of the author's: opening it
        (after an opening adverbial and a role: ``Later that evening, the pilot Anders Krag``)
        with a verb right after it (``arrived``), and standing in no reported content. A
        name in the content or the object of a clause (``declaring Kral had``, ``a Kral
        supporter``, ``he and Moss``) is no such subject."""
        text = self.text
        start = self.sentence_bounds(match.start())[0]
        lead = text[start : match.start()]
        comma = lead.rfind(", ")
        if comma >= 0:
            lead = lead[comma + 2 :]
        if any(
            not (
                word in _DETERMINER_WORDS
                or _is_role(word)
                or noun_of_people(word)
                or word[:1].isupper()
                and word.lower() in TITLE_WORDS
            )
            for word in lead.split()
        ):
            return False
        verb = _WORD_AFTER_RE.match(text, match.end())
        if verb is None and not _IRREGULAR_PAST_AFTER_RE.match(text, match.end()):
            return False
        if verb is not None and verb.group(1) in AUXILIARIES:
            return False
        return self.span_at(match.start()) is None and not self.overlaps_draft(
            match.start(), match.end()
        )

    def _subject_antecedent(self, offset: int) -> str | None:
        """A person named as a subject next to the pronoun at ``offset``: before it in its own
        sentence (``Rival chef Dom Blake sparked the row when he told``), else opening the
        sentence before (``Drury shrugs when I ask him. “...,” he says``). The subject of the
        latest clause is the likeliest antecedent of a subject pronoun, more than a speaker
        named further back (``the MP`` in an apposition, a programme taken for a name)."""
        text = self.text
        start = self.sentence_bounds(offset)[0]
        # After a cue in the sentence, a name may stand in its content (``He declared that
        # Kral would win, which he declared a disaster``): only the words before the first cue
        # are read (``Tom Fairby agrees, though he warns``: the cue's subject).
        cue = CUE_RE.search(text, start, offset)
        runs = _CAPS_RUN_RE.finditer(text, start, offset if cue is None else cue.start())
        for match in runs:
            if self.span_at(match.start()) is not None:
                continue
            if _PREPOSITION_BEFORE_RE.search(text, max(start, match.start() - 8), match.start()):
                continue  # ``In a letter to Kral, he wrote``: no subject
            full = self._known_person(match)
            if full is not None:
                return full
        position = start
        quoted = False
        while position < offset:
            span = self.span_at(position)
            if span is not None:
                position = span.end
                quoted = True
            elif text[position] in " \t\n,\"“”‘’'«»":
                position += 1
            else:
                return None  # words of the author before the pronoun: not the quote's tail
        if not quoted:
            return None  # ``Lind met Kral. She said``: the nearest person, as before
        before = start
        while before > 0 and text[before - 1] in " \t\n":
            before -= 1
        if before == 0:
            return None
        previous = self.sentence_bounds(before - 1)[0]
        if self._resolving_starts is not None:
            # ``Cruz won the crowd over, Stovall said. “...,” he said``: the speaker of the
            # sentence before, when it has one, rather than its subject.
            k = bisect_left(self._resolving_starts, before)
            while k > 0 and self.drafts[k - 1].start >= previous - 400:
                k -= 1
                draft = self.drafts[k]
                mention = draft.speaker
                if (
                    mention is not None
                    and draft.score >= 0.5  # not a faint candidate's holder
                    and previous <= mention.start < before
                    and draft.resolved in self.names.persons
                ):
                    return draft.resolved
        opening = _CAPS_RUN_RE.match(text, previous, before)
        if opening is None or self.span_at(previous) is not None:
            return None
        role = _ROLE_THEN_NAME_RE.match(text, opening.end(), before)
        if role is not None and _is_role(role.group("role")):
            # ``Millbrook boss Gary Hume was less happy. “...,” he said``: the person after
            # the club and the role opens the sentence.
            named = _CAPS_RUN_RE.match(text, role.end(), before)
            name = clean_name(named.group()) if named is not None else None
            if name is not None and looks_like_person(self.names.fullest(name)):
                return self.names.fullest(name)
        return self._known_person(opening)

    def _known_person(self, match: re.Match[str]) -> str | None:
        """The fullest name of the capitalised run ``match`` when the document shows it is a
        person's: a speaker already, a gender known (an honorific, a given name, a gendered
        noun, a pronoun), a surname of a longer name, or a noun of people right before it
        (``chef Dom Blake``); None for a place or a title cut at its full stop (``South
        Carolina``, ``Texas Sen.``)."""
        text = self.text
        if text.startswith(".", match.end()):
            return None  # ``Ohio Sen. Ada Moss``: the run stops at an abbreviation
        if match.group().endswith(("’s", "'s")):
            return None  # ``Trump’s grasp of policy``: a possessor, not the subject
        name = clean_name(match.group())
        if not name:
            return None
        full = self.names.fullest(name)
        if _AGED_RUN_RE.match(match.group()) is not None and " " not in full:
            return full  # ``Ten-year-old Freddie``: an age before a given name says a person
        if not looks_like_person(full):
            return None
        if (
            full in self.names.persons
            or full != name
            or self.names.gender(full) is not None
            or noun_of_people(_word_before(text, match.start()))
        ):
            return full
        verb = _WORD_AFTER_RE.match(text, match.end())
        if verb is not None and verb.group(1) not in AUXILIARIES:
            return full  # ``Dom Blake sparked``, ``Drummond shrugs``: the subject of a verb
        return None

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
        names = _one_spelling_each([d.resolved for d in kept if d.speaker is not None])
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


_AFFILIATION_RE = re.compile(r"\s(?:of|for|from|at|in)\s")

_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""Generational suffixes: two names differing in one (``Jr``, ``III``) are two people."""


_PLAIN_NAME_RE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*")


def _plain_name(name: str) -> bool:
    """Whether ``name`` is a person's name and nothing else: capitalised words, no possessive,
    no title or role opening it and no word of an organisation (``Ada Lind``, not ``Ada
    Lind's campaign``, ``A top Lind adviser`` or ``Rival Ada Lind``, whose keys fold to the
    same name)."""
    if _PLAIN_NAME_RE.fullmatch(name) is None or name.endswith(("’s", "'s", "’")):
        return False
    words = name.lower().split()
    return (
        words[0] not in TITLE_WORDS
        and words[0] not in STOP_CAPS
        and words[0] not in LEADING_ROLE_WORDS
        and words[0] not in ROLE_NOUNS
        and words[0] not in _QUANTIFIERS
        and not any(word in ORG_WORDS or word.endswith(("’s", "'s")) for word in words)
        and (len(words) == 1 or looks_like_person(name))
    )


def _suffix(name: str) -> str:
    last = name.rsplit(" ", 1)[-1].lower().rstrip(".")
    return last if last in _NAME_SUFFIXES else ""


_SPEAKER_KEYS: dict[str, str] = {}
""":func:`canonical_speaker_key` of names met before: the same names recur across documents."""


def _speaker_key(name: str) -> str:
    key = _SPEAKER_KEYS.get(name)
    if key is None:
        if len(_SPEAKER_KEYS) > 50_000:
            _SPEAKER_KEYS.clear()  # a bound on the memory of a long run
        key = _SPEAKER_KEYS[name] = canonical_speaker_key(name)
    return key


def _one_spelling_each(speakers: list[str | None]) -> dict[str | None, str | None]:
    """Each suggested speaker of a document mapped to one spelling per person: the document
    may write ``Sergei`` and ``Sergey``, ``Kral`` and ``Kral Jr.``, and an annotator should
    see one name. Names sharing a :func:`canonical_speaker_key` are one person, as is a
    surname alone with the one full name it ends; the spelling shown is the most frequent of
    the longest forms (as :func:`group_speaker_variants` picks across documents). Two names
    with different generational suffixes stay apart; pronouns and common noun phrases (in
    lower case) are left as they are."""
    counts: dict[str | None, int] = {}
    for name in speakers:
        counts[name] = counts.get(name, 0) + 1
    spellings: dict[str | None, str | None] = {name: name for name in counts}
    names = [name for name in counts if name and " " in name and _plain_name(name)]
    if not names:
        return spellings
    # Keys only for the distinct names (the key folds every word through the transliteration
    # patterns: once per name, not per quote).
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(_speaker_key(name), []).append(name)
    for name in counts:
        if name and " " not in name and _plain_name(name):
            key = _speaker_key(name)
            owners = [k for k in by_key if k.rsplit(" ", 1)[-1] == key]
            if len(owners) == 1:
                by_key[owners[0]].append(name)  # ``Berezovskyy`` after ``Taras Berezovsky``
    for group in by_key.values():
        if len(group) < 2 or len({_suffix(name) for name in group} - {""}) > 1:
            continue  # (``Ada Lind Jr`` and ``Ada Lind III``: which one ``Ada Lind`` is, unsaid)
        longest = max(len(name.split()) for name in group)
        representative = max(
            (name for name in group if len(name.split()) == longest),
            key=lambda name: (counts[name], sum(ch.isupper() for ch in name)),
        )
        for name in group:
            if _suffix(name) != _suffix(representative) and (
                _suffix(name) or name.split() != representative.split()[:-1]
            ):
                # ``Ada Lind Jr`` and ``Ada Lind III``, or ``Ada B. Lind`` and ``Ada Lind
                # Jr``: two people (but ``Ada B. Lind`` and ``Ada B. Lind Jr`` one)
                continue
            spellings[name] = representative
    return spellings


_READER_SIGN_RE = re.compile(r"([A-Z][a-z]+)[ \t]+(?:in|from)[ \t]+[A-Z]")
"""One capitalised word, then ``in`` or ``from`` and a place: a reader's signature
(``Kristian in Brennock``), or a person named earlier by their surname."""


@lru_cache(maxsize=65536)
def _speaker_name(phrase: str) -> str | None:
    """The name a speaker phrase resolves by, or None when it names no one in particular.

    A phrase joined to a body by a preposition (``the mayor of Leeds``, ``Officials from the
    harbour board``, ``Ada Lind of the Harbour Institute``) is spoken by what stands before the
    preposition: a person's name, or a common noun (the phrase as written, not ``Leeds``). A
    body's own name (``the Ministry of Defence``) and a title before a name (``Secretary of
    State Ann Kerr``) are read as any other name."""
    if SOURCE_LINKS_RE.search(phrase) is not None:
        return None  # ``people close to the mayor``: an unnamed source, not the mayor
    if _FIRM_NAME_RE.fullmatch(phrase) is not None:
        return phrase  # ``Hollin & Marsh``: one firm's name, not a person called Marsh
    name = clean_name(phrase)
    affiliation = _AFFILIATION_RE.search(phrase)
    if name is None or affiliation is None:
        return name
    after = phrase[affiliation.end() :].removeprefix("the ").removeprefix("The ")
    if after != name and after.endswith(" " + name) and looks_like_person(name):
        return name  # ``Secretary of State Ann Kerr``: a person named after the preposition
    holder = phrase[: affiliation.start()]
    holder_head = holder[holder.rfind(" ") + 1 :]
    lowered = holder_head.lower()
    if (
        (lowered in ROLE_NOUNS or noun_of_people(lowered))
        and (
            # ``Residents of Leeds``: capitalised only as the sentence's first word
            holder_head.islower()
            or holder_head == holder
            and lowered.endswith("s")
            # ``The Chief Officer of the Fire Brigade``: a title in capitals and no name
            or all(word.lower().rstrip(".") in TITLE_WORDS for word in holder.split()[1:])
            and holder.split(None, 1)[0].lower() in ("the", "a", "an")
        )
    ):
        return None
    holder_name = clean_name(holder)
    if holder_name is None:
        if holder.strip().lower() in MONTH_GIVEN_NAMES:
            return None  # ``Jan from Leeds``: a given name that is also a month, as written
        return name
    if (
        holder_name == holder
        and holder.isalpha()
        and holder_name.lower() not in STOP_CAPS
        and not looks_like_organisation(name)
    ):
        return None  # ``Kristian in Brennock``: a reader's given name and town, as written
    if not looks_like_person(holder_name) and not (
        # ``Professor Kral of the Harbour Institute``, ``Kral of the Harbour Institute``: one
        # capitalised word before a body's name is a person's surname
        " " not in holder_name
        and holder_name.lower() not in ORG_WORDS
        and not _is_role(holder_name.lower())
        and not noun_of_people(holder_name.lower())
        and not holder_name.endswith("men")  # ``Spokesmen at the Harbour Board``
        and looks_like_organisation(name)
    ):
        return name
    # A person: a name with a title before it or none at all (``Chancellor Ada Lind of
    # Leeds``, ``Ivo Kral of the Harbour Board``); after an article, a body's own name (``the
    # Harbour Chamber of Commerce``).
    opener = holder.split(None, 1)[0].lower()
    if opener not in ("the", "a", "an"):
        return holder_name
    # ``The Labour MP Ivo Kral of Eldmoor``: a title or a given name makes it a person still
    titled = any(word.lower().rstrip(".") in TITLE_WORDS for word in holder.split()[1:])
    return holder_name if titled or holder_name.split()[0].lower() in FIRST_NAMES else name


def _same_cue(draft: Draft, other: Draft) -> bool:
    """Whether both drafts are attributed by one cue, the same occurrence of it."""
    return (
        draft.cue is not None
        and other.cue is not None
        and (draft.cue.start, draft.cue.end) == (other.cue.start, other.cue.end)
    )


def _ends_sentence(text: str, end: int, limit: int) -> bool:
    """True when only punctuation, an attribution or an adverbial follows the quote at ``end``."""
    rest = text[end : min(limit, end + 3)].lstrip(" ")
    if not rest or rest[0] in ".!?;\r\n" or rest[0] == "," and end + 3 <= limit:
        return True
    if rest[0].isupper() and text[max(0, end - 3) : end].rstrip("\"”’'»›")[-1:] in ".!?":
        return True  # ``called it “a disgrace.” He left``: the full stop inside the marks
    return _ADVERBIAL_TAIL_RE.match(text[end : min(limit, end + 40)].lstrip(" ")) is not None


_SO_CALLED = (" so-called", " so called", "So-called", "So called")
"""``so-called`` right before a quote: the quote is a term held at a distance, not a remark."""
_BY = (" by ", ", by ")
_BYLINE_RE = re.compile(r",?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")
"""A byline after a quote: the quote is the title of a piece (``“Ferries Run Late,” by Lind``)."""
_BYLINE_LEAD_RE = re.compile(r"[”\"’'],?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][^:\n“”\"]{0,80}:$")
"""A headline and its byline before a colon: what follows is an excerpt of the piece."""
_AND_PAST_RE = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]{3,})\b")
"""``and`` and a verb after a quote (``“...,” and left``), the narrator's next act if past."""
_IRREGULAR_PAST = frozenset(
    "left told went came made took gave got met ran won lost held kept sent spent built began "
    "stood wrote spoke saw knew thought felt found put set cut let hit led fled rose fell drove "
    "broke chose grew threw sold paid brought bought sought taught caught fought heard".split()
)
"""Irregular past tenses: the verb after a subject phrase opening a sentence."""
_OPENING_TIME_RE = re.compile(
    r"\W*(?:(?:[Aa]|[Aa]n|[Aa]\s+few|[Ss]ome|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|[Ss]everal|[Mm]any|\d+)\s+)?"
    r"(?:[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]oments?|[Ss]econds?)\s+"
    r"(?:later|earlier|ago|before|after)\b,?\s*"
)
"""A time opening a sentence without a comma (``Minutes later``, ``A few days ago``)."""
_CLOCK_STAMP_RE = re.compile(r"\W*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?=[A-Z])")
"""A live text's clock time opening a line (``11:09 Kral: “...”``): the entry's time."""


def _people_phrase_head(words: list[str]) -> bool:
    """Whether ``words`` open with a noun of people (after a determiner) and then a
    preposition of affiliation or place (``Residents of``, ``A spokesman for``)."""
    k = 1 if words[0].lower() in _DETERMINER_WORDS else 0
    if len(words) <= k + 2 or not (
        words[k + 1] in _AFFILIATION_PREPOSITIONS or words[k + 1] in _POSTMODIFIER_PREPOSITIONS
    ):
        return False
    head = words[k]
    if not head.islower() and (k > 0 or head.lower() in ORG_WORDS or not head.endswith("s")):
        return False  # ``The Bank of England``: a body's name, not a noun of people
    return noun_of_people(head.lower())


_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+(?:ed|s))\b")
"""A verb in the past or present tense right after a name (``Drummond shrugs``)."""
_IRREGULAR_PAST_AFTER_RE = re.compile(r"[ \t]+(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")
"""An irregular past tense right after a name: its verb (``Krag went``)."""
_AFFILIATION_PREPOSITIONS = frozenset("of for from at in across".split())
"""Prepositions after a subject that name its body or its place (``Residents of Port Eldon``,
``a spokesman for the Harbour Board``): the name after them is no speaker of its own."""
_POSTMODIFIER_PREPOSITIONS = frozenset("to into toward towards near with between".split())
"""Prepositions that join a place or a body to a thing (``the ferry to Skarra``, ``talks with
the board``): a name after them is the object, inside the subject's phrase, never its head."""
_ADVERBIAL_PREPOSITIONS = frozenset(
    "in through on at during within via over throughout amid".split()
)
"""Prepositions of a phrase that may stand between a subject and its verb (``Kral, who has over
the years said``, ``Lind through a lawyer declined``)."""
_ING_CUE_RE = re.compile(r"\w+ing\b")
_BEFORE_ADVERBIAL = frozenset("earlier later also then again still once now just".split())
"""Adverbs before such a phrase (``earlier in the day``)."""
_CLAUSE_PRONOUN_RE = re.compile(
    r"(?:,\s+|\s)(?:and|but|yet)\s+(?P<who>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?:[’'](?:s|re|ve|d|ll))?"
    r"\s+[a-z]"
)
"""A main clause joined by ``and``, ``but`` or ``yet`` whose subject is a pronoun."""
_CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but|yet)\s+")
"""A comma and a conjunction opening a main clause of its own (``, but Lind stayed``)."""
_SUBORDINATE_OPENING_RE = re.compile(
    r"\W*(?:When|After|Although|Though|Because|Since|While|Once|Before|Until|As|If)\s"
)
"""A sentence opening with a subordinate clause, whose main clause follows its comma."""
_MID_SUBORDINATOR_RE = re.compile(
    r"(?<=\s)(?:when|whenever|after|because|until|once|since|while|whereas|whereby|"
    r"(?:in|at|during|under|through)\s+which)\s"
)
"""A subordinating word inside a sentence, opening a clause with a subject of its own; so does
a relative after a preposition (``a meeting in which the managers met the union and said``)."""
_MODAL_VERBS = frozenset("would could might should will can may must".split())
_DATELINE_RE = re.compile(
    r"\s*(?:[A-Z][A-Z.’'\- ]*[A-Z.]|[A-Z][\w.’'\-]+(?=\s*\())"
    r"(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2})?)?(?:\s*\([\w. ]+\))?\s*[—–―-]{1,2}\s*"
)
"""A dateline opening a story: a place in capitals, or one before a wire service in
parentheses, perhaps a date, then a dash (``HARBOURTON —``, ``Harbourton (Wire) –``,
``HARBOURTON, May 3 (Wire) —``)."""
_BULLET_RE = re.compile(
    r"[ \t]*[•·▪◦‣*-][ \t]+(?P<label>(?:[A-Z][\w’'&.-]*(?:[ \t]+[\w’'&.-]+){0,3}:[ \t]+"
    r"(?=[A-Z“\"‘']))?)"
)
"""A list item's bullet opening a paragraph (``•``, ``*``, a hyphen; not a dash, which signs a
quote), with the item's heading of a few words and a colon (``• Rents: ``) when one follows."""
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)"
    r"(?:\s+(?:of|for)\s+[^,]{1,60})?,"
)
"""A role phrase up to a comma (``The Minister of Marine Affairs,``, ``the harbour master,``):
the apposition of a name after it."""
_TURN_TAKEN_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:Then|And|Finally|Eventually|Slowly|At last),?\s+)?"
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?P<cue>began|begins|replied|replies|answered|answers|explained|explains|continued|"
    r"continues|went on|goes on)\.$"
)
"""A sentence closing a paragraph that only says who spoke next (``Then he began.``, ``She
replied.``): the quote in the next paragraph is that person's."""
_CONCESSION_AFTER_CUE_RE = re.compile(r",\s+(?:though|although|whereas|even\s+though|but)\s+(?!,)")
"""A comma and a conjunction of concession or contrast right after a cue: no content follows."""
_COMPOUND_EVENTS = frozenset(
    event for event in EVENT_NOUNS.split("|") if " " in event and event.endswith("ing")
)
"""Occasions named by a noun and a word in ``-ing`` (``press briefing``, ``news briefing``):
the second word is no participle cue."""
_AGED_RUN_RE = re.compile(r"\w+-[Yy]ears?-[Oo]ld\s+[A-Z]")
"""A run of capitals opened by an age (``Ten-year-old Freddie``, ``9-year-old Ama``)."""
_WITH_ONE_RE = re.compile(
    r"\bwith\s+(?P<who>(?:one|another|many|most|several|others|some|few)(?:\s+[a-z][\w’'-]*)?)\s+$"
)
"""``with`` and a count of people, perhaps with its noun, right before a participle cue (``with
one writing``, ``with one fan saying``): the participle's subject."""
_ASKED_TO_BEFORE_THAT_RE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|these|those|"
    r"some|reporters|journalists|him|them|us|me)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
"""An addressee and an infinitive between a cue and a later ``that`` (``urged the police to
ensure``): the request is the content, from the addressee."""
_PLURAL_NUMBERS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty dozens hundreds "
    "thousands both several".split()
)
"""Numbers of more than one: a word in ``-s`` after them is a plural noun (``three suspects``,
``two reports``), never a verb agreeing with them."""
_ASKED_FOR_NOUNS = frozenset("price prices rent rents".split())
"""Nouns that ``asking`` modifies (``asking price``): a price sought, no question put."""
_CONJUNCTION_AFTER_CUE_RE = re.compile(r"\s+(?:and|or|nor)\s+that\b")
"""A conjunction and ``that`` right after a cue word: no content of that verb follows so
(``Lind said and Kral denied that``, two cues sharing one content, is not this)."""
_FIRM_NAME_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+&\s+[A-Z][\w’'.-]*")
"""A firm's name of capitalised words joined by an ampersand (``Hollin & Marsh``)."""
_COLON_DATELINE_RE = re.compile(
    r"[ \t]*[A-Z][A-Z.’'\- ]*[A-Z.](?:,[ \t]+[A-Z][\w.]*)?:[ \t]+(?=[A-Z](?:[a-z]|\s))"
)
_COLON_LABEL_LINE_RE = re.compile(r"^[ \t]*[A-Z][A-Z.’'\- ]*[A-Z.](?:,[ \t]+[A-Z][\w.]*)?:", re.M)
"""A line opening with words in capitals and a colon: a dateline when the only one, and when
a sentence in mixed case follows (not a headline in capitals, ``UN: PEACEKEEPERS ...``)."""
_OPENING_CONNECTIVES = frozenset(
    "like unlike despite amid besides absent likewise similarly moreover "
    "furthermore additionally nevertheless nonetheless separately otherwise consequently "
    "therefore thus hence overall ultimately eventually finally elsewhere".split()
)
"""Words opening a phrase before the subject up to a comma (``Like the mayor, Lind ...``,
``Likewise, Lind ...``): a preposition or a connective, never the subject itself."""
_ADVERBIAL_OPENERS = frozenset(
    "here there ever even now then still yet outside inside across near beyond along "
    "earlier later meanwhile instead".split()
)
"""Words opening an adverbial before a sentence's subject (``Here in Leeds, Lind ...``)."""
_CONJUNCTION_OPENERS = frozenset("but and yet so still".split())
_OPENER_WORDS = frozenset(
    "after before later earlier asked when while if although though because since".split()
)
"""Words opening a clause before the subject, up to a comma (``Asked why, Lund shot back:``)."""
_THAT_WORD_RE = re.compile(r"\bthat\b")
_NAMING_CUES = frozenset(
    "call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling "
    "labelling brand brands branded branding".split()
)
"""Cues whose object is what the quote names (``calling him, of all things, “a dreamer”``): the
object stands inside the content, a mixed quote (see guidelines)."""
_NAMING_TAIL_RE = re.compile(r"(?:call|dub|label|brand|describ|term|nam)")
"""Cues that name or describe: a quote after them may be a name or a term, not a remark."""
_DASH_AFTER_QUOTE_RE = re.compile(
    r"[ \t]+(?P<dash>[—–]|--)[ \t]*(?=[A-Z]|[a-z]+(?:[ \t]+[a-z]+)?[ \t]+[A-Z])"
)
"""A dash and a capitalised word, or a role of a word or two before one (``— striker Ade
Banjo``), on the line of a quote that opens its paragraph."""
_DASH_LINE_RE = re.compile(r"\s*\n\s*(?P<dash>[-—–]{1,2})[ \t]*(?=[A-Z])")
"""A paragraph opening with a dash before a capitalised word: the attribution line after a
quote set apart (``— Ada Lind``)."""
_PUT_IT_RE = re.compile(
    r"\b[Aa]s\s.{1,120}?\s(?P<cue>(?:has\s+|had\s+)?puts?\s+it)(?:\s+[a-z]+)?\s*[,:]?\s*\Z"
)
"""``As Ada Lind put it, “...”`` (or ``put it later``, ``put it bluntly``): an attribution
before a quote, ``put it`` its cue."""
_AS_PUT_RE = re.compile(r"\b(?:put it|words|continues|continued|wrote|writes)\W*$")
"""An attribution the cue lexicon does not hold, before a quote (``as Lund put it, “...”``)."""


def _continues_after(text: str, start: int, end: int) -> bool:
    """True when the sentence goes on after the quote ``text[start:end]``: it does not close on
    punctuation (``“...,”``, ``“...?”``, ``“...”,``) and a word follows its closing mark
    (``said, “We have two weeks to go” before the ferry returns``: the content goes on)."""
    body = text[start:end].rstrip("\"“”‘’'»› ")
    if body[-1:] in ",.!?…;:" or text[end : end + 1] != " ":
        return False
    words = text[end + 1 : end + 32].split(" ", 2)
    word = words[0]
    if word in ("and", "or") and len(words) > 1 and words[1] in _NOUN_PHRASE_OPENERS:
        # ``... care about is the middle class” and other worries``: not the author's next
        # clause (``and left``) but the object the quote began, going on.
        return True
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_CONTINUING
        and word not in SPEECH_VERBS
        and _WHEN_TAIL_RE.match(text, end + 1) is None
    )


_DASH_BUT = (
    r"\s*(?:[—–]|\s--?)\s*but\s+(?=(?:the|a|an|his|her|their|its|he|she|they|it|we|[A-Z])\S*\s)"
)
_DASH_BUT_RE = re.compile(_DASH_BUT)
"""A dash and ``but`` before a clause with its subject (``—but the union leader has``)."""
_OWN_CLAUSE_AFTER_CONTENT_RE = re.compile(_DASH_BUT + r"|,?\s+while\s+(?=[a-z]{3,}ing\b)")
"""A dash and ``but``, or ``while`` and a participle: what follows ends reported content."""
_SUBJECT_CALLS_FOR_RE = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?![a-z]+(?:ed|ing)\b)[A-Za-z][\w'’-]*\s+){1,3}"
    r"call(?:s|ed)?\s+(?:for|on)\b"
)
"""A short subject and ``calls for`` / ``called on``: a stance of its own, which the lexicon
reads as a naming verb only, so that ``subject_then_verb`` does not see it as an attribution.
No word of the subject is a past or a participle (``residents ignored calls for``)."""
_ASIDE_VERB_RE = re.compile(
    r",\s+(?:(?:also|then|later|still|again|quickly|simply)\s+)?(?P<verb>[a-z]+)\b"
)
"""A comma and the verb of the main clause after a participle clause set off (``, refused``)."""
_CLAUSE_GAP_VERBS = (
    _BE_FORMS
    | _FINITE_VERBS
    | frozenset("will would shall should can could may might must do does did".split())
)
"""Finite verbs that make the words before a colon a clause (``everyone is welcome:``)."""


def _headline_with_own_subject(line: str) -> bool:
    """Whether a headline's words after a label's colon hold a headline's cue with a subject
    of their own (``Marisol Quenby Slams Plan``, ``Islanders Vow To Fight On``): the label is
    a kicker, not the speaker; but ``I Still Vow ...`` is the label's words, and so is a
    statement whose verb is no headline's cue (``Kral: Inquiry Helped Uncover ...``)."""
    words = line.split()
    for k in range(1, len(words)):
        # A base form only after a plural subject (``Islanders Vow``; not ``Helped Uncover``)
        if words[k] in HEADLINE_CUES or (
            words[k] in _HEADLINE_CUE_FORMS and words[k - 1].endswith("s")
        ):
            return not any(
                earlier.lower().split("’")[0].split("'")[0] in _READER_AND_AUTHOR
                for earlier in words[:k]
            )
    return False


_HEADLINE_CUE_FORMS = HEADLINE_CUES | frozenset(
    cue[:-1] for cue in HEADLINE_CUES if cue.endswith("s") and not cue.endswith("es")
)
"""Headlines' cues with a singular or a plural subject (``Slams``, ``Vow``)."""


_STYLES_OF_ADDRESS = frozenset(
    "Highness Majesty Excellency Holiness Eminence Grace Lordship Ladyship Honour Honor "
    "Worship".split()
)
"""Styles that stand for a ruler, a prelate or a judge after a possessive (``Her Majesty``)."""
_STYLE_POSSESSIVES = frozenset("his her their your".split())
"""Possessives opening a style of address (``His Highness``, ``Your Honour``)."""
_PRIZE_WON_RE = re.compile(
    r"\s*(?:a|an|the|his|her|their|its|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:victory|win|title|crown|medal|gold|silver|bronze|pole|podium|trophy|cup|prize|seat|"
    r"points?|wickets?|championship|double|treble|hat-trick)(?:\s+position)?"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:at|in|on|for|after|with|by|from|ahead|before|"
    r"despite|since|when|as|to)\b)"
)
"""What ``claim`` takes in a sports report or an election count: a prize won (``claimed a
maiden victory at``, ``claimed the title``, ``claimed pole position``), not a statement; the
noun with no finite verb after it (``claimed the title was rigged`` stays a claim)."""
_DECLARING_CUES = ("declar", "proclaim", "claim", "conced")
"""Cues that with a bare noun name a declaration, not its words (``declared victory``,
``claimed ownership``, ``conceded defeat``)."""
_NOT_BARE_NOUNS = (
    _DETERMINER_WORDS
    | _OBJECT_OPENERS
    | _CLAUSE_WORDS
    | _PHRASE_LINKS
    | _WH_WORDS
    | _PREPOSITIONS
    | PRONOUNS
    | frozenset(
        "it him them us me you himself herself itself themselves ourselves no any all both each "
        "every one two three".split()
    )
)


_AUTHOR_PRONOUNS = frozenset(("i", "we"))
"""Subjects that are the author: what they say in the text itself is the author's own."""
_AUTHOR_MODAL_RE = re.compile(
    r"(?:\b(?:would|will|shall|should|must|can|could|may|might|do)\b|[’'](?:d|ll)\b)"
)
"""A modal between the author and a cue (``I would argue``): the author's own voice now."""
_AUTHOR_PERFECT_RE = re.compile(r"(?:\b(?:have|has)\b|[’']ve\b)")
_POSITION_VERBS = frozenset(
    "said argued written wrote maintained contended insisted suggested noted warned stressed "
    "claimed predicted pointed".split()
)
"""Cues whose perfect after the author states the author's standing position (``as I have
argued``, ``I have long said``) rather than an event (``I have informed the board``)."""


def _past_tense(verb: str) -> bool:
    """Whether ``verb`` is in the past tense (``said``, ``argued``, ``told``)."""
    return verb.endswith("ed") or verb in _IRREGULAR_PAST or verb in ("said", "did")


def _auxiliary(word: re.Match[str], sent_start: int) -> bool:
    """Whether ``word`` is an auxiliary before a cue (``would say``); a capitalised ``May``
    inside the sentence is the month or a surname (``a report on 8 May said``)."""
    found = word.group()
    if found == "May" and word.start() > sent_start:
        return False
    return found.lower() in AUXILIARIES


def _bare_noun(word: str) -> bool:
    """Whether ``word``, the first after a cue, opens a noun phrase with no determiner
    (``victory``, ``war``, ``bankruptcy``, ``martial law``): not a determiner, a pronoun, a
    preposition, a clause word, an adverb, a name or a number."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_BARE_NOUNS
        and not word.endswith("ly")
    )


def _clause_before_colon(gap: str) -> bool:
    """True when ``gap``, the words between a cue and the colon before a quote, are a clause of
    reported content (``says everyone is welcome: “...”``, ``said that the ferry was safe:``):
    a subject, then a finite verb, with no comma or preposition opening them. Reported content
    as much as an object before the colon is (:func:`_object_before_colon`): the quote is
    mixed, from the clause."""
    words = gap.rstrip().removesuffix(":").split()
    if len(words) < 3 or words[0].lower() in _PREPOSITIONS or _PUNCTUATION_RE.search(gap[:-1]):
        return False
    return words[0].lower() == "that" or any(
        word.lower() in _CLAUSE_GAP_VERBS for word in words[1:]
    )


def _object_before_colon(gap: str, cue: str) -> bool:
    """True when ``gap``, the words between a cue and the colon before a quote, are the cue's
    object, what was said in the reporter's words that the quote then gives in full (``warned
    of a long winter: “...”``, ``suggested closing the quay: “...”``, ``recalled the night of
    the flood: “...”``): reported content, so the quote is mixed. An addressee, a topic after
    ``said of`` or a circumstance (``told the crowd:``, ``said in a statement:``) is not."""
    verb = cue.split(" ", 1)[0]
    if "," in gap or cue in OBJECT_TAKING or verb in _PLAIN_SAY or verb in _WRITING_CUES:
        return False
    if _is_time_phrase(gap):
        return False  # ``replied the next morning:``: when, not what
    words = gap.rstrip(":").split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    return (
        first in _OBJECT_OPENERS
        or first.endswith(("’s", "'s"))
        or first.endswith("ing")
        and first not in _NOT_OBJECTS
    )


def _is_time_phrase(gap: str) -> bool:
    """True when ``gap`` (the words between a cue and its colon) only say when the words were
    said (``the next morning:``, ``that evening:``, ``later that day:``)."""
    words = gap.rstrip(":").lower().split()
    return (
        1 < len(words) <= 4
        and words[-1] in _TIME_WORDS
        and words[0] in _TIME_PHRASE_OPENERS
        # ``recalled the night:`` names what was recalled; ``the next night:`` says when
        and (words[0] != "the" or len(words) > 2)
        and all(word.isalpha() for word in words)
    )


_TIME_PHRASE_OPENERS = frozenset("the that this later earlier early late next last".split())
"""Words opening a phrase of time after a cue (``the next day``, ``later that night``)."""
_WRITING_CUES = frozenset("wrote writes write writing added adds add".split())
"""Cues whose words before a colon name an addressee or a medium (``wrote to the board:``)."""
_NOT_OBJECTS = frozenset("during including regarding concerning following according".split())
"""Words in ``-ing`` opening a circumstance, not a gerund object (``during the debate:``)."""


def _continues_before_attribution(gap: str) -> bool:
    """True when ``gap``, the words between a quote closing on a comma and the attribution
    that follows, go on with what was said (``“...,” since most of the boats are old, said
    Lund``: a mixed quote up to ``old``) rather than open the speaker phrase (``“...,” a
    friend, Ada Lind, said``) or hold nothing."""
    words = gap.split(None, 1)
    if not words:
        return False
    first = words[0].strip(",")
    return (
        first.isalpha()
        and first.islower()
        and first not in _DETERMINER_WORDS
        and first not in _INDEFINITE_OPENERS
        and first not in PRONOUNS
        and first not in SPEECH_VERBS
        and "," in gap
    )


_HOW_OFTEN = (
    r"(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
    r"countless|\d+)\s+times)\b"
)
"""How often it was said, after a quote (``said “no” five times``)."""
_NOT_CONTINUING = frozenset("and but or then which who while whereas".split())
"""Words after a quote that open a clause of the author's (``said, “No” and left``)."""
_NOUN_PHRASE_OPENERS = frozenset("other others no the a an all its their his her any some".split())
"""Words after ``and`` that go on with a noun phrase, never a verb of the author's next clause
(``” and other worries``, ``” and no order to stop``)."""
_WHEN_TAIL_RE = re.compile(
    r"(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|"
    r"night)\b|" + _HOW_OFTEN
)
"""When or how often it was said, after the quote (``tweeted, “...” on Friday``, ``said “no”
five times``): not more content."""


_ADDRESSED_END_RE = re.compile(
    r"\b(?:told|tell|tells|telling|asked|ask|asks|asking|warned|warn|warns|warning|reminded|"
    r"remind|reminds|assured|assure|assures|urged|urge|urges|urging)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our|my|your)\s+"
    # not a clause's subject pronoun (``told the jury he was “...”``: a mixed quote)
    r"(?:(?!(?:the|a|an|his|her|their|its|our|my|your|that|to|of|he|she|they|we|it|I)\b)"
    r"[\w’'-]+\s+){0,2}"
    r"(?!(?:the|a|an|that|to|of)\b)[\w’'-]+"
    r"|reporters|journalists|him|them|us|me|you|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"(?<![’']s)$"
)
"""A cue and its addressee right before a quote, without a comma (``asked the crowd “...”``):
the addressee is no content, and the quote is what was said (but ``told ABC’s “...”`` names a
programme)."""
_OWN_CLAUSE_BEFORE_RE = re.compile(r"\b(by|and|then|that|which)\s+$")
"""What opens a clause of its own right before its cue (``by saying``, ``and adding``, ``a sign
that said``), inside the content of an earlier cue."""
_PARTICIPLE_CUE_END_RE = re.compile(r"\b(?:saying|stating|declaring|proclaiming|asking|reading)$")
"""A participle of speech right before a quote (``a message saying “...”``, as ``a post
reading “...”``): its cue."""
_TOWARD_RE = re.compile(r"towards?\s")
"""``toward`` after a quote: a direction after words uttered, else part of the noun phrase."""


def _utters(cue: str) -> bool:
    """Whether the lower-cased ``cue`` utters words aloud or in writing (``said``, ``chanted``,
    ``mouthed``), so that a direction after its quote says where they went."""
    return cue in SPEAKING_VERBS or cue.startswith("mouth")


_ADVERBIAL_TAIL_RE = re.compile(
    r"(?:at|to|toward|towards|on|in|after|before|during|as|while|when|from|into|outside)\s"
    r"|(?:(?:a\s+few|several|just|only|some|\d+|[a-z]+ty|two|three|four|five|ten)\s+)?"
    r"(?:seconds|minutes|moments|hours|days|weeks|months|years)\s+(?:after|before|later|earlier|ago)\b"
    r"|(?:shortly|soon|just|right|immediately)\s+(?:after|before)\s"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+(?:week|"
    r"month|year|night))\b|" + _HOW_OFTEN
)
"""A circumstance after a quote (``sang “...” outside the hall``, ``tweeted “...” minutes
after the count``, ``wrote “...” on Friday``, ``said “no” five times``), not more reported
content."""


_CANDIDATE_FIELDS = frozenset(Candidate.model_fields)


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


_TITLE_SMALL_WORDS = frozenset("a an and the of in on to for at by with from or".split())


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
