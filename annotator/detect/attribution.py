"""Attribution: the cue, the speaker phrase and the source (channel) around a quote.

Works on tokens of a small window next to the quote or the cue, so the cost per quote is small
and independent of the document's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from typing import Final

from annotator.detect.lexicon import (
    _IRREGULAR,
    BARE_NOUN_LIKE_FORMS,
    BELIEF_VERBS,
    EVENT_NOUNS,
    HEADLINE_CUES,
    IRREGULAR_PAST_FORMS,
    NEEDS_THAT,
    NOUN_LIKE_FORMS,
    OUTLET_HEADS,
    OUTLETS,
    PREDICATE_HOLDER_NOUNS,
    PREDICATE_NOT_HOLDERS,
    PRIMARY_CUES,
    PRONOUNS,
    PUBLICATION_NOUNS,
    ROLE_NOUNS,
    SOCIAL_NAMES,
    SOCIAL_NOUNS,
    SPEAKING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from annotator.detect.names import (
    FIRST_NAMES,
    ORG_WORDS,
    STOP_CAPS,
    UPPER,
    caseless_word,
    in_title_case_line,
    looks_like_person,
)
from annotator.detect.text import SPACE_CHARS
from annotator.records import SourceKind

_ALL_VERBS: Final = SPEECH_VERBS | BELIEF_VERBS


def clause_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that is punctuation, not the thousands separator
    of a number (``a trial of 11,000 adults, published``), or -1."""
    comma = text.find(",", start, end)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 4].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


_Trie = dict[str, "_Trie"]
"""A trie of characters: each key the next character of a word, "" where a word ends."""


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so matching tries each prefix once."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


CUE_RE: Final = re.compile(
    r"\b(?:[Aa]ccording to|" + trie_pattern(sorted(_ALL_VERBS | HEADLINE_CUES)) + r")\b"
)
"""Every speech or belief verb form, and ``according to``."""

OPENING_PARTICIPLES: Final = frozenset(
    form.capitalize() for form in SPEECH_VERBS if form.endswith("ing") and " " not in form
)
"""Participles of speech opening a sentence (``Noting that the pier is old, Kral ...``): a cue
only right before ``that`` (see ``_Detector.reported_at``)."""
SCAN_CUES: Final = sorted(
    _ALL_VERBS
    | HEADLINE_CUES
    | NOUN_LIKE_FORMS
    | BARE_NOUN_LIKE_FORMS
    | OPENING_PARTICIPLES
    | {"Asked", "Said to"}
)
"""The cues ``CUE_SCAN_RE`` finds besides ``according to``."""
CUE_SCAN_RE: Final = re.compile(
    rf"[{SPACE_CHARS}(“\"‘'—–-](?P<cue>[Aa]ccording to|" + trie_pattern(SCAN_CUES) + r")(?!\w)"
)
"""``CUE_RE`` for scanning a whole document: opening with the character before the cue lets the
regex engine skip ahead to spaces instead of testing a word boundary at every position (twice as
fast); a cue at offset 0 is matched with a space put before the text.
``Asked`` opening a sentence (``Asked whether ..., Kral said``) reports a question put by
someone unnamed; ``Said to`` in a headline (``Veltrana Said to Weigh Sale``) reports hearsay."""
# A comma between digits separates thousands (``11,000 adults``): part of the number, no break.
_WORD_CHAR: Final = rf"[^{SPACE_CHARS}*,;:()\[\]“”\"—–]"
# The comma first, then the digit before it: the engine rules out the end of a word (a space, a
# full stop) on one character, where a look-behind was entered after every word.
_THOUSANDS_COMMA: Final = r",(?<=\d,)(?=\d{3})"
_TOKEN_RE: Final = re.compile(
    # A run of word characters, then each thousands comma with the run after it: the engine
    # loops once per run, not once per character (the search for a speaker before each cue
    # tokenizes a window of 140 characters; a third faster). A token opens with a thousands
    # comma only at the start of a window that cuts a number (``1|,200``). The quantifiers are
    # possessive (``*+``): a run never gives a character back, since what may follow it (a
    # comma, the token's end) is no word character, so the engine keeps no state to backtrack
    # to (a fifth faster, the same tokens).
    rf"{_WORD_CHAR}++(?:{_THOUSANDS_COMMA}{_WORD_CHAR}*+)*+"
    rf"|{_THOUSANDS_COMMA}{_WORD_CHAR}*+(?:{_THOUSANDS_COMMA}{_WORD_CHAR}*+)*+"
    r"|[,;:()\[\]“”\"—–&]"
)
"""A word or a mark of punctuation; asterisks are no part of a word (``**Dana Whitfield**``,
a name in bold in a newsletter written in Markdown); a comma between digits that groups
thousands is part of its number (``12,500``); an ampersand is a word of its own, which joins a
firm's name (``Hollin & Marsh``) as ``and`` does."""

AUXILIARIES: Final = frozenset(
    """
    has had have also then later again previously repeatedly recently was is were are would now
    will did does do once further just publicly reportedly simply only had already has
    flatly quickly angrily firmly bluntly curtly sharply proudly quietly privately openly
    often frequently never always still even clearly explicitly specifically separately
    initially originally first last finally earlier emphatically correctly rightly wrongly
    falsely accurately subsequently since may might could should must can not n't
    """.split()
)
"""Words that may stand between a subject and its verb (``Trump has also said``)."""

_NOT_ADVERBS: Final = frozenset(
    "family ally rally assembly supply reply belly bully folly jelly holy italy only early "
    "daily weekly monthly yearly likely ugly elderly friendly lonely silly anomaly monopoly".split()
)
"""Words ending in ``-ly`` that are not adverbs of manner (nouns, adjectives; ``only`` and
``early`` are in :data:`AUXILIARIES` already)."""


_FLOATING: Final = frozenset(
    "neither both all each long soon himself herself itself themselves".split()
)
"""Words that float between a subject and its verb (``Lind and Kral both said``, ``they all
said``, ``has long maintained``, ``soon noted``), and the reflexive that stresses a subject
(``Kral himself said``, ``the skippers themselves agreed``)."""


SKIPPED_ENDINGS: Final = (
    "ly",
    "n't",
    "n’t",
    "neither",
    "both",
    "all",
    "each",
    "long",
    "soon",
    "self",
    "selves",
)
"""How the words that :func:`skips_before_verb` accepts beyond the auxiliaries end (a cheap test
before the call)."""


def skips_before_verb(token: str) -> bool:
    """True for a word that may stand between a subject and its verb: an auxiliary (negated
    or not), a floating quantifier, ``long`` or a stressing reflexive in lower case (``they both
    said``, ``has long maintained``, ``Kral himself said``), or an adverb in ``-ly`` written in
    lower case (``Kral grudgingly agreed``, ``the board has repeatedly claimed``), which names
    the manner of the act, never the speaker."""
    lowered = token.lower()
    if lowered in AUXILIARIES or lowered.endswith(("n't", "n’t")):
        return True  # ``has``, ``also``; ``didn't``, ``won’t``
    if token in _FLOATING:
        return True  # ``both said``, ``would neither confirm``; ``Both`` opening is a subject
    return len(token) > 4 and token.endswith("ly") and token.islower() and token not in _NOT_ADVERBS


_TIME_NOUNS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week month year night morning "
    "afternoon evening weekend yesterday today tonight".split()
)
_TIME_LEADS: Final = frozenset(
    "on last this earlier early late later next that past "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
"""A time between a subject and its cue (``on Tuesday``, ``earlier this month``, ``this past
week``, ``on Thursday evening``)."""
_DAY_LEADS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday past".split()
)
"""The leads of a time that may date a phrase before it rather than the verb after it."""
_SPAN_NOUNS: Final = frozenset(
    "day days week weeks month months year years hour hours minute minutes moment moments".split()
)
"""Spans of time that ``later`` or ``earlier`` follows between a subject and its cue (``Kral a
month later announced``)."""
_SPAN_COUNTS: Final = frozenset(
    "a an one two three four five six seven eight nine ten few several".split()
)
"""Counts of a span of time (``two days later``)."""
_MONTH_WORDS: Final = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Months and their abbreviations, which a day's number follows in a date (``Jan. 12``)."""
MONTH_GIVEN_NAMES: Final = frozenset("jan may june april".split())
"""Months (or their abbreviations) that are also given names (``Jan from Leeds wrote``)."""

_DETERMINERS: Final = frozenset(
    "the a an another one two three four several many some other both all his her their its "
    "our my your this that these those each every".split()
)

_COMMON_DETERMINERS: Final = frozenset(
    "the a an another one two three four five six seven eight nine ten several many some few "
    "each every his her their our my your".split()
)
"""Words opening a common noun phrase that may be a speaker (``a fan``, ``one shopper``)."""
_QUANTIFIER_WORDS: Final = frozenset(
    "one two three four five some many several few most each all".split()
)
_PLACE_ADVERBS: Final = frozenset(("there", "here"))
"""Adverbs of place that may stand between a subject and its verb (``Officials there said``)."""
_SEEMING_RE: Final = re.compile(r"(?:seem|appear)", re.IGNORECASE)
"""A cue of appearance, which an existential ``there`` opens (``there appears to be``)."""
_FUNCTION_WORDS: Final = frozenset(
    "and or but nor that which who whom whose what when where why how than then there here it "
    "this these those they them we us you he him she i me to of in on at by for with from into "
    "about as if so not also is are was were be been being has have had do does did will would "
    "can could should may might must ago".split()
)
"""Words that never belong inside a common noun phrase speaker (``a day ago``, ``what it``)."""
_PHRASE_PREPOSITIONS: Final = frozenset(
    "in on at by for with from into about to of after before during over under against".split()
)
_BE_FORMS: Final = frozenset("is are was were be been being".split())
_CUE_WORD_RE: Final = re.compile(r"[\w’'-]+")
_CONTENT_AFTER_RE: Final = re.compile(
    r"\s*(?:that\s|[:“\"‘]|,\s*[“\"‘])|[,.](?:\s|$)|\s+(?:it|them|him|her)\s+[“\"‘]"
)
"""What follows a cue in the past tense that reports speech, whatever the verb: ``that``, a
colon, a quote; or a comma or a full stop, the cue of an attribution set off inside or after
what it reports (``..., the ferry line noted, and ...``); or a pronoun and a quote naming it
(``called it “a disgrace”``)."""
_CLAUSE_OPENERS: Final = frozenset(
    "and but or that when while as because if after before since although though so then "
    "where once until unless whereas yet".split()
)
"""Words after which a noun phrase may open a clause as its subject (``and a fan yelled``);
after any other word it is an object (``who attended the meeting told``)."""

OBJECT_TAKING: Final = frozenset(
    "tell tells told telling warn warns warned warning inform informs informed assure assures "
    "assured reassured remind reminds reminded brief briefed ask asks asked asking urge urges "
    "urged urging advise advised advises notify notified promised promises promise "
    "accused accuses accuse reassure convince convinced".split()
    + ["put it to", "puts it to", "putting it to"]
)
"""Cues followed by the addressee before what was said (``told reporters that``)."""

SPEECH_NOUN_SET: Final = frozenset(SPEECH_NOUNS.split("|"))
_ING_WORD_RE: Final = re.compile(r"\w+ing\b")
_ASPECT_VERBS: Final = frozenset("began begun started kept continued resumed".split())
"""Verbs of beginning and going on, which carry a gerund cue after them on to their subject."""
_VERBISH: Final = frozenset(
    """
    is are was were has have had will would can could did does do should must may might shall
    """.split()
)
"""Finite verbs and modals: a phrase holding one is a clause, not a speaker phrase."""


@dataclass(slots=True)
class Mention:
    """A phrase in the text: its words and where they stand."""

    text: str
    start: int
    end: int

    # Written out, not left to @dataclass: mypyc compiles this one, while the generated one
    # runs interpreted in the compiled build, seven times slower (tens of thousands a corpus).
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


def _np_token(token: str) -> bool:
    """True for a token that may belong to a speaker phrase."""
    lowered = token.lower()
    if token[:1].isupper():
        return True
    return (
        caseless_word(token)
        or lowered in ROLE_NOUNS
        or lowered in TITLE_WORDS
        or lowered in _DETERMINERS
        or lowered in ("of", "for", "and", "&", "de", "van", "von", "al", "bin", "la", "le")
        or lowered.endswith(("’s", "'s"))
        # ``the miners' union``: a plural possessive, its apostrophe after the ``s``
        or len(lowered) > 3
        and lowered.endswith(("s'", "s’"))
    )


def _np_head(token: str) -> bool:
    """True for a token that may end a speaker phrase (a name or a role noun)."""
    lowered = token.lower().rstrip(".")
    if token[:1].isupper():
        return lowered not in STOP_CAPS or lowered in PRONOUNS
    return lowered in ROLE_NOUNS or lowered in PRONOUNS or caseless_word(token.rstrip("."))


def _people_head(token: str) -> bool:
    """``_np_head``, or a plural noun of people that no list holds: right after a quote or an
    inverted cue, where nothing else may be the speaker (``“...,” islanders say``, ``say
    islanders``). Before a cue, such a noun is left to the common noun phrase, which keeps the
    words before it (``the displaced islanders``)."""
    return _np_head(token) or token.endswith("s") and noun_of_people(token.lower())


_PEOPLE_NOUNS: Final = (ROLE_NOUNS | PREDICATE_HOLDER_NOUNS) - PREDICATE_NOT_HOLDERS
_PERSON_SUFFIXES: Final = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees")
_THINGS_ENDING_AS_PEOPLE: Final = frozenset(
    """
    ledger quarter counter shoulder finger cylinder thunder wonder offer answer lever
    fever liver fiber shower flower slumber lumber timber banner boulder bladder blender
    blister blunder buffer bumper burger caliber canister character cider cipher clover
    cracker crater danger dagger diaper disaster disorder encounter feather fender folder gender
    ginger glacier glitter gutter hamburger hanger helicopter hunger laughter lager leather liter
    lobster locker manner murder newsletter oyster parameter pewter plaster platter pointer
    powder prayer rafter remainder reminder roster rudder saber scanner scooter semester
    shiver slaughter slipper slider soccer spider splinter sticker sweater thriller tiger toaster
    transfer trousers tumbler wafer waiver whisker whisper zipper anger chapter frontier career
    barrier letter paper number water river border corner tower power winter summer weather
    september october november december
    rumor humor honor favor flavor behavior terror horror vector corridor vapor razor
    liquor armor harbor tumor valor vigor rigor tenor indicator radiator ventilator
    escalator refrigerator detector processor projector reflector compressor connector sensor
    cursor meteor interior exterior
    twist wrist checklist playlist shortlist blacklist wishlist insist
    resist persist consist exist assist
    median meridian
    coffee degree guarantee jubilee toffee settee marquee decree pedigree filigree
    """.split()
)
"""Common things formed like a noun of a person (``-er``, ``-or``, ``-ist``, ``-ian``, ``-ee``):
a ledger, a corridor or a degree names no one, so the suffix alone is no test for them."""


def noun_of_people(lowered: str) -> bool:
    """Whether the lower-cased noun names a person or people, or a body of people: a listed
    noun (``crew``, ``council``) or one formed like a noun of a person (``organisers``,
    ``physicians``, ``islanders``), unless it is a thing formed the same way (``numbers``)."""
    singular = lowered[:-3] + "y" if lowered.endswith("ies") else lowered.removesuffix("s")
    if lowered in PREDICATE_NOT_HOLDERS or singular in PREDICATE_NOT_HOLDERS:
        return False
    if lowered in _PEOPLE_NOUNS or singular in _PEOPLE_NOUNS:
        return True
    return (
        len(lowered) > 4
        and lowered.endswith(_PERSON_SUFFIXES)
        and lowered not in _THINGS_ENDING_AS_PEOPLE
        and singular not in _THINGS_ENDING_AS_PEOPLE
    )


def at_word_start(alternatives: str) -> str:
    """``\\b(?:alternatives)`` for alternatives of plain words, written so that
    the pattern opens with those letters: the word boundary becomes a look-behind after the first
    letter (no word character before it). A pattern that opens with ``\\b`` is tried at every
    position; one that opens with letters lets the regex engine skip ahead in C to the next of
    them (a search in a window before each cue, two and a half times faster). The matches are
    the same."""
    words = alternatives.split("|")
    if not all(word[:1].isalpha() for word in words):
        raise ValueError(f"each alternative must open with a letter: {alternatives[:40]}")
    return "(?:" + "|".join(rf"{word[0]}(?<!\w.){word[1:]}" for word in words) + ")"


_SOURCE_LINK_PHRASES: Final = ("close to", "familiar with", "knowledge of", "briefed on")
"""The phrases of ``SOURCE_LINKS_RE``, each a substring of any match of it."""
SOURCE_LINKS_RE: Final = re.compile(at_word_start("|".join(_SOURCE_LINK_PHRASES)) + r"\s")
"""What ties an unnamed source to whom or what it knows (``a source close to the mayor``)."""
_UNNAMED_SOURCE_RE: Final = re.compile(
    r"(?<![\w’'-])(?P<who>(?:(?:a|an|the|one|two|three|four|several|some|many|other|another|"
    r"more|most|his|her|their|its)\s+)?"
    r"(?:(?!and\b|or\b|but\b|that\b|who\b|with\b|as\b|amid\b|among\b|after\b|from\b)"
    r"[\w’'-]+\s+){0,2}?"
    r"(?:people|person|sources?|"
    r"officials?|aides?|advisers?|advisors?|allies|ally|friends?|associates?|insiders?|"
    r"operatives?|strategists?|staffers?|diplomats?|members?|those|someone)\s+(?:close\s+to|"
    r"familiar\s+with|with\s+(?:direct\s+|firsthand\s+|first-hand\s+|intimate\s+)?"
    r"knowledge\s+of|briefed\s+on)\s+[^,;:.!?()“”\"—–]{1,60}?)"
    r"(?:\s+(?:have|has|had|also|later|privately|previously))*\s+$",
    re.IGNORECASE,
)
"""An unnamed source as news writes it, before its cue (``a source close to the mayor``,
``staff with firsthand knowledge of the deal``): the whole phrase speaks, not the person or
the matter it is close to, nor a preposition before it (``, with sources close to the club
insisting``)."""


_ELLIPTICAL_SENDER_RE: Final = re.compile(
    r"(?:(?:A|The)\s+(?:second|third|fourth|fifth|other|last|latest|final)|Another|One)"
    r",\s+(?:from|by)\s+(?P<who>[^,;:.“”\"]{2,60}?),\s*(?:also\s+)?$"
)
"""A subject whose head noun was given before, with whom it came from (``A second, from the
auditor,`` after ``One email ...``)."""


def subject_before(text: str, cue_start: int, limit: int) -> Mention | None:
    """The speaker phrase right before a cue (see :func:`_subject_before`); in a headline in
    title case, only the words before a verb inside it (``Mayor Slams Council Says ...``: the
    mayor, who does both)."""
    # Only a subject opening the clause, within a hundred characters of the cue: tried there
    # alone, not searched for before every cue.
    elliptical = (
        _ELLIPTICAL_SENDER_RE.match(text, limit, cue_start) if cue_start - limit <= 100 else None
    )
    if elliptical is not None:
        # ``One email said so. A second, from the auditor, urged ...``: the head noun was
        # given in the sentence before; the one it came from is the speaker.
        return Mention(elliptical.group("who"), elliptical.start("who"), elliptical.end("who"))
    mention = _subject_before(text, cue_start, limit)
    if mention is not None:
        mention = holder_of_participle(text, mention, cue_start, limit)
    if mention is not None and " and " in mention.text:
        people = _PEOPLE_OF_BEFORE_RE.search(text, max(limit, mention.start - 50), mention.start)
        if people is not None and noun_of_people(people.group("head")):
            # ``The mayors of Velmora and Kastria said``: the people of both places speak, not
            # the places (as ``Residents of Velmora and Kastria``)
            mention = Mention(text[people.start() : mention.end], people.start(), mention.end)
    if mention is None or " " not in mention.text:
        return mention
    verb = _headline_verb_at(text, mention)
    if verb is None:
        return mention
    end = mention.start + len(mention.text[:verb].rstrip())
    return Mention(text[mention.start : end], mention.start, end)


_WRITTEN_TO_RE: Final = re.compile(
    r"\b(?P<verb>write|writes|wrote|written|writing)\s+to\s+(?:[\w’'-]+\s+){0,4}$"
)
"""A verb of writing and whom it went to, right before a participle's subject phrase."""


def writer_before(text: str, mention: Mention, limit: int) -> Mention | None:
    """The writer when ``mention``, the phrase before a participle of speech, is whom a letter
    went to (``Lind wrote to the council asking it to wait``: Lind asks, not the council);
    None otherwise."""
    written_to = _WRITTEN_TO_RE.search(text, max(limit, mention.start - 40), mention.start)
    if written_to is None:
        return None
    return subject_before(text, written_to.start("verb"), limit)


def _subject_before(text: str, cue_start: int, limit: int) -> Mention | None:
    """The speaker phrase right before a cue (``Kremlin spokesman Dmitry Peskov`` said).

    Skips auxiliaries and adverbs (``has also``), a parenthesis (``Mayor Ivo Kral (Green)``) and
    up to two comma-enclosed appositions or relative clauses (``Mia Holt, 34, a nurse from
    Leeds, said``; ``a lawyer who has read the contract, said``). A common noun phrase opened
    by a determiner (``a fan yelled``, ``one shopper said``) is a speaker when the cue reports
    speech whatever its subject (see :func:`_speaks`).
    """
    # Comparisons, not ``max``: it parses keyword arguments on every call in Python 3.11.
    window_start = cue_start - 140 if cue_start - 140 > limit else limit
    window = text[window_start:cue_start]  # copied once for the tests of its words and marks
    # Few windows hold a phrase of the pattern whole: a test of the copy rules out the rest
    # more cheaply than a search (the regex engine tries each c, f, k and b).
    if (
        any(phrase in window for phrase in _SOURCE_LINK_PHRASES)
        and SOURCE_LINKS_RE.search(text, window_start, cue_start) is not None
    ):
        source = _UNNAMED_SOURCE_RE.search(text, window_start, cue_start)
        if source is not None:
            return Mention(source.group("who"), source.start("who"), source.end("who"))
    # The token strings only: the offsets of the few that make the mention are found after.
    tokens = _TOKEN_RE.findall(text, window_start, cue_start)
    if _CLASS_YEAR_RE.search(text, window_start, cue_start) is not None:
        # ``Lena Park '28 said``: a student's class year after the name, as college papers
        # write it, is no word of the subject (the mention's offsets are found by walking back
        # over the tokens kept, so dropping one leaves them right). A token that is one lies in
        # the window: where the window holds none, nothing is dropped, and the tokens (an
        # apostrophe stands in one window in four) are not each matched.
        tokens = [token for token in tokens if _CLASS_YEAR_RE.fullmatch(token) is None]
    if "-" in window:
        tokens = _without_party_designations(tokens)
    if '"' in window or "“" in window:
        tokens = _without_nicknames(tokens)
    if ")" in tokens:
        tokens = _without_picture_asides(tokens)
    index = len(tokens) - 1
    if (
        index >= 1
        and tokens[index] in _PLACE_ADVERBS
        and tokens[index - 1][:1].isalpha()
        and tokens[index - 1].lower() not in _FUNCTION_WORDS
        and _SEEMING_RE.match(text, cue_start) is None
    ):
        # ``Officials there said``, ``a mother here told me``: where the subject is, not an
        # existential ``there`` (``In the valley there appears to be``).
        index -= 1
    passive = False
    adverb = False
    while index >= 0:
        token = tokens[index]
        lowered = token.lower()
        if token in MONTH_SURNAMES:
            if _month_surname(tokens, index):
                break  # ``Ada May said``: her surname, not the modal
            if (
                index == len(tokens) - 1
                and (index == 0 or tokens[index - 1] in _BEFORE_LONE_SURNAME)
                and _month_named_as_surname(text, token)
            ):
                # ``May said`` opening a sentence once ``Ada May`` was named: her surname
                return _mention(text, tokens, index, index, cue_start)
        if (
            lowered in AUXILIARIES
            or (
                # ``has been saying``: a progressive, where ``been`` before any other cue makes a
                # passive whose subject heard the words (``You have been told that``)
                lowered in _BE_FORMS
                or lowered in _ASPECT_VERBS
                # ``The crowd began chanting``: the verb of beginning or going on carries the cue
                and index == len(tokens) - 1
            )
            and _ING_WORD_RE.match(text, cue_start) is not None
        ):
            passive = passive or lowered in _BE_FORMS
        elif token.endswith(SKIPPED_ENDINGS) and skips_before_verb(token):
            passive = passive or lowered[:-3] in _BE_FORMS  # ``wasn't``
            adverb = True
        else:
            break
        index -= 1
    if adverb and passive and not _ING_WORD_RE.match(text, cue_start):
        # ``the port was widely criticized``: a passive whose subject is no speaker; the
        # callers tell a passive by the word right before the cue, an adverb hides it.
        return None
    if (
        index >= 2
        and tokens[index].lower() in _SPAN_NOUNS
        and index + 1 < len(tokens)
        and tokens[index + 1].lower() in ("later", "earlier")
        and tokens[index - 1].lower() in _SPAN_COUNTS
    ):
        # ``Kral a month later announced``, ``Lind two days earlier said``: a time between
        # (the adverb after it is skipped above).
        index -= 2
        while index >= 0 and tokens[index].lower() in AUXILIARIES:
            index -= 1
    if index >= 1 and tokens[index].lower() in _TIME_NOUNS:
        # ``Clinton on Tuesday said``, ``the mayor earlier this month said``: a time between.
        k = index - 1
        while k >= 0 and index - k < 4 and tokens[k].lower() in _TIME_LEADS:
            k -= 1
        if (k < index - 1 or tokens[index].lower() in ("yesterday", "today", "tonight")) and not (
            # ``a speech to the Harbour Assembly on Monday night``: a day after a name may
            # date the phrase the name ends, not the verb.
            _DAY_LEADS.intersection(token.lower() for token in tokens[k + 1 : index])
            and _object_of_preposition(tokens, k)
        ):
            index = k
            while index >= 0 and tokens[index].lower() in AUXILIARIES:
                index -= 1
    if index >= 1 and tokens[index] == ")":
        opening = next(
            (k for k in range(index - 1, max(-1, index - 8), -1) if tokens[k] == "("), -1
        )
        if opening > 0:
            index = opening - 1
    if index >= 2 and tokens[index] in ("”", '"') and tokens[index - 1] == ",":
        # ``Ivo Kral, host of “Harbour Talk,” said``: a title closes the apposition, its comma
        # inside the marks. The marks are dropped and the comma moved after the title.
        opening = next(
            (k for k in range(index - 2, max(0, index - 9), -1) if tokens[k] in ("“", '"')), -1
        )
        if opening > 0 and all(t[:1].isupper() for t in tokens[opening + 1 : index - 1]):
            tokens = [*tokens[:opening], *tokens[opening + 1 : index - 1], ","]
            index = len(tokens) - 1
    if index < 0:
        return None
    token = tokens[index]
    if token == "," and _ING_WORD_RE.match(text, cue_start):
        return None  # ``..., saying``: the participle's subject is the clause's, found elsewhere
    if token == ",":
        # An apposition: ``NAME, the role, said``; or ``..., he said`` never reaches here.
        joined = _join_places(tokens, index)
        index -= len(tokens) - len(joined)
        tokens = joined
        close = index
        opening = _clause_opening(tokens, index)
        if opening > 0 and (subject := _collect_backward(tokens, opening - 1)) is not None:
            # ``Ada Moss, who lost her son in the storm in Tarrow, Velmora, in 2012, said``:
            # a relative or participle clause holding commas of its own runs up to the cue; the
            # subject stands before the comma opening it.
            return _mention(text, tokens, subject[0], subject[1], cue_start)
        for _ in range(2):
            j = close - 1
            while j >= 0 and tokens[j] not in (",", ".", ";", ":", "“", "”", '"'):
                j -= 1
            if j < 0 or tokens[j] != "," or close - j > 18:
                return None
            appositive = tokens[j + 1 : close]
            last_word = close - 1
            if len(appositive) > 3 and appositive[-1] == ")" and "(" in appositive[1:]:
                # ``After the vote, Gov. Ivo Kral (R-VT), said``: a party and state after the
                # name set off, as after a name right before the cue.
                cut = len(appositive) - 1 - appositive[::-1].index("(")
                appositive = appositive[:cut]
                last_word = j + cut
            relative = bool(appositive) and (
                appositive[0].lower() in ("who", "which", "whose")
                # ``Ada Lind, slamming the council, said``: a participle's clause hangs on the
                # subject as a relative clause does, whatever its verb.
                or _ING_WORD_RE.fullmatch(appositive[0]) is not None
                and appositive[0].islower()
                # ``The poll, commissioned by the guild, found``: a past participle's too;
                # ``The office, when reached by the Courier, said``: a clause of when.
                or len(appositive) > 1
                and appositive[0].islower()
                and (
                    (appositive[0].endswith("ed") or appositive[0] in IRREGULAR_PAST_FORMS)
                    and appositive[1].lower() in _PARTICIPLE_PREPOSITIONS
                    or appositive[0] in _ASIDE_SUBORDINATORS
                )
            )
            # ``Ada Moss, a nurse who was not involved in the study, said``: the verbs after
            # the relative pronoun are the relative clause's, hung on the apposition's noun.
            clause_words = appositive
            if appositive[:1] and appositive[0].lower() in ("a", "an", "the"):
                relative_at = next(
                    (n for n, t in enumerate(appositive) if t in ("who", "whose", "which")), -1
                )
                if relative_at > 1:
                    clause_words = appositive[:relative_at]
            if not relative and any(
                t.lower() in SPEECH_VERBS or t.lower() in BELIEF_VERBS or t.lower() in _VERBISH
                for t in clause_words
            ):
                return None  # a clause, not an apposition
            # ``officials, including Ivo Kral, said``: examples of the subject, not its name.
            examples = bool(appositive) and appositive[0].lower() in _EXAMPLE_OPENERS
            names_in_apposition = (
                []
                if examples
                # ``The memo, dated Jan. 12, said``: a date names no one.
                else [
                    t
                    for n, t in enumerate(appositive)
                    if t[:1].isupper()
                    and t.lower() not in _TIME_NOUNS
                    and not (
                        t.lower().rstrip(".") in _MONTH_WORDS
                        and appositive[n + 1 : n + 2] != []
                        and appositive[n + 1][:1].isdigit()
                    )
                ]
            )
            if (
                not relative
                and appositive
                and len(appositive) <= 4
                and len(names_in_apposition) == len(appositive)
                and not _capitalised_role(appositive)
            ):
                # ``Senior fellow at Chatham House in London, Keir Giles, told``: a bare name
                # in the apposition is the speaker, whatever stands before it.
                served = _role_serving(tokens, j)
                outer = next((x for x in range(j - 1, max(-1, j - 18), -1) if tokens[x] == ","), -1)
                if (
                    tokens[j - 1] in _NAMED_THINGS
                    and outer >= 1
                    and tokens[outer + 1].lower() in ("the", "a", "an")
                    and tokens[outer - 1][:1].isupper()
                    and _name_opens_clause(tokens, outer)
                ):
                    # ``Ada Vell, the editor of the island's paper, The Skarra Lamp, said``: the
                    # name is the paper's, an apposition inside the one before; Vell speaks.
                    close = j
                    continue
                if served is not None and not looks_like_person(" ".join(appositive)):
                    # ``A spokeswoman for the tunnel consortium, Harbourlink, said``: the name
                    # is the consortium's; the spokeswoman speaks.
                    return _mention(text, tokens, served, last_word, cue_start)
                return _mention(text, tokens, j + 1, last_word, cue_start)
            before = j - 1
            if before >= 1 and tokens[before] == ")":
                # ``Mayor Ivo Kral (Green), a critic of the plan, said``: a parenthesis after
                # the name, before the apposition.
                opening = next(
                    (k for k in range(before - 1, max(-1, before - 8), -1) if tokens[k] == "("),
                    -1,
                )
                if opening > 0:
                    before = opening - 1
            subject = _collect_backward(tokens, before)
            if subject is None and not passive and _speaks(text, cue_start):
                subject = _collect_backward(tokens, before, True)
            if subject is not None:
                break
            if j - 1 >= 0 and tokens[j - 1].isdigit():
                close = j - 1  # ``Mia Holt, 34, a nurse, said``: an age between commas
                while close > 0 and tokens[close] != ",":
                    close -= 1
                continue
            close = j
        else:
            return None
        if subject is None:
            return None
        start_index, end_index = subject
        head = tokens[end_index]
        if (
            (head.lower() in ROLE_NOUNS or start_index == end_index and head in ("One", "Another"))
            and names_in_apposition
            and not relative
        ):
            # ``the spokesman, Dmitry Peskov, said``, ``One, Ada Lind of Leeds, wrote``: the
            # name is in the apposition.
            first = next(k for k in range(j + 1, close) if tokens[k][:1].isupper())
            last = max(k for k in range(j + 1, close) if tokens[k][:1].isupper())
            return _mention(text, tokens, first, last, cue_start)
        if (
            not relative
            and len(names_in_apposition) >= 2
            and noun_of_people(head.lower())
            and (named := _role_then_name(tokens, j + 1, close)) is not None
        ):
            # ``Her former employer, the designer Lars Henning, said``: a role and the name
            # in the apposition; the person named speaks.
            return _mention(text, tokens, named, close - 1, cue_start)
        return _mention(text, tokens, start_index, end_index, cue_start)
    if ("’" in token or "'" in token) and (
        contracted := _CONTRACTED_SUBJECT_RE.fullmatch(token)
    ) is not None:
        # ``but he’s not predicting``, ``they’re claiming``: a pronoun with its auxiliary.
        whole = _mention(text, tokens, index, index, cue_start)
        pronoun = contracted.group(1)
        return Mention(pronoun, whole.start, whole.start + len(pronoun))
    # The common noun phrase is looked for only when nothing else is found: most cues have a
    # name or a pronoun before them, and the test of the cue costs a regex.
    recent = tokens[index - 6 if index > 6 else 0 : index]
    found = None
    if "who" in recent:
        found = _relative_subject(tokens, index, False)
        if found is None:
            # ``Some of the traders who spoke to the Daily Graphic pleaded``: the common noun
            # phrase before ``who`` speaks, never a name inside the relative clause.
            found = _relative_subject(tokens, index, True)
    if found is None:
        found = _collect_backward(tokens, index)
    if found is None and not passive and _speaks(text, cue_start):
        if "who" in recent:
            found = _relative_subject(tokens, index, True)
        if found is None:
            found = _collect_backward(tokens, index, True)
    if found is None:
        return None
    start = found[0]
    while start > 1 and tokens[start - 1] == "&" and tokens[start - 2][:1].isupper():
        # ``Hollin & Marsh said``: the ampersand joins one firm's name, not two speakers.
        start -= 2
        while start > 0 and tokens[start - 1][:1].isupper():
            start -= 1
    if start > 0 and tokens[start - 1] in ("and", ","):
        start = _coordinated_start(tokens, start, found[1], window_start == limit)
    return _mention(text, tokens, start, found[1], cue_start)


def _capitalised_role(words: list[str]) -> bool:
    """Whether an apposition in capitals is an office, not a name (``Fiona Achterberg, Chief
    Executive, said``, ``Rupert Vane, Chief Financial Officer, added``, ``Ivo Kral, Chairman,
    said``): it ends in a word of a role and opens with no given name (``Ivo Kral, Ada Chief,
    said`` names two people)."""
    return words[-1].lower() in _ROLE_HEADS and words[0].lower() not in FIRST_NAMES


_ROLE_HEADS: Final = (
    (ROLE_NOUNS | TITLE_WORDS)
    - ORG_WORDS
    - frozenset("mr mrs ms mx dr miss prof sir dame lord madam mdm".split())
)
"""Words that may end the name of an office (``Chief Executive``, ``Finance Director``); not
an honorific, whose capitals end a name as a seat's letters do (``Nia Rhys MS``), nor the head
of a body's name (``One of them, Harbourline Group, has threatened``)."""


def _role_then_name(tokens: list[str], start: int, end: int) -> int | None:
    """Where the name starts when ``tokens[start:end]`` is a role phrase in lower case and then
    a person's name (``the creative director Lars Henning``); None otherwise."""
    first = end
    while first > start and tokens[first - 1][:1].isupper():
        first -= 1
    if end - first < 2 or first == start or not looks_like_person(" ".join(tokens[first:end])):
        return None
    role = tokens[first - 1].lower()
    if not (role in ROLE_NOUNS or noun_of_people(role)):
        return None
    return first


def _without_party_designations(tokens: list[str]) -> list[str]:
    """``tokens`` without a lawmaker's party and state set off by commas (``Sen. Ada Lind,
    R-Tenn., said``, ``Rep. Ivo Kral, D-Ore., the bill's sponsor, said``), as American wires
    write them: an apposition that names no one, with the comma after it (and the one before
    it when the cue follows)."""
    kept: list[str] = []
    last = len(tokens) - 1
    k = 0
    while k <= last:
        token = tokens[k]
        if (
            k < last
            and tokens[k + 1] == ","
            and kept
            and kept[-1] == ","
            and PARTY_DESIGNATION_RE.fullmatch(token) is not None
        ):
            if k + 1 == last:
                kept.pop()
            k += 2
            continue
        kept.append(token)
        k += 1
    return kept


def _without_nicknames(tokens: list[str]) -> list[str]:
    """``tokens`` without a nickname in quote marks between a given name and a surname
    (``Lukas “Rook” Ahlgren``): the name's words read as one run, and the mention made of them
    still spans the nickname (see :func:`_mention`)."""
    kept: list[str] = []
    k = 0
    while k < len(tokens):
        if (
            tokens[k] in ('"', "“")
            and k + 3 < len(tokens)
            and tokens[k + 2] in ('"', "”")
            and tokens[k + 1][:1].isupper()
            and tokens[k + 3][:1].isupper()
            and kept
            and kept[-1][:1].isupper()
        ):
            k += 3
            continue
        kept.append(tokens[k])
        k += 1
    return kept


def _object_of_preposition(tokens: list[str], index: int) -> bool:
    """Whether the name ending at ``tokens[index]`` is the object of a preposition (``a speech
    to the Harbour Assembly``), which a time after it (``on Monday night``) then modifies too:
    no subject of the verb after the time."""
    k = index
    while k >= 0 and index - k < 6 and (tokens[k][:1].isupper() or tokens[k].lower() == "the"):
        k -= 1
    return k < index and k >= 0 and tokens[k].lower() in _OBJECT_PREPOSITIONS


_OBJECT_PREPOSITIONS: Final = frozenset("to at in of for from with by into about against".split())
"""Prepositions whose object a time between a name and a verb shows is no subject."""


def _clause_opening(tokens: list[str], index: int) -> int:
    """The comma opening a relative or participle clause on the subject that holds commas of
    its own and runs up to the comma at ``tokens[index]`` (``Moss, who lost her son in
    Tarrow, Velmora, said``; ``Kral, facing a challenge in Eldon, a swing town, said``), or -1.
    The clause must not be the last comma-set part alone (the apposition rules read that)."""
    found = -1
    commas = 0
    for k in range(index - 1, max(0, index - 40), -1):
        token = tokens[k]
        if token in (".", ";", ":", "“", "”", '"', "(", ")"):
            break
        if token != ",":
            continue
        commas += 1
        first = tokens[k + 1] if k + 1 < index else ""
        second = tokens[k + 2] if k + 2 < index else ""
        if first.islower() and (
            first in ("who", "whose")
            or _ING_WORD_RE.fullmatch(first) is not None
            or first.endswith("ed")
            and second.lower() in _PARTICIPLE_PREPOSITIONS
        ):
            found = k if commas > 1 else -1
    return found


_PARTICIPLE_PREPOSITIONS: Final = frozenset(
    "by for in at on with from to as during under about".split()
)
"""Prepositions after a past participle opening a clause on the subject (``conducted for``,
``asked about``)."""
_ASIDE_SUBORDINATORS: Final = frozenset("when while after before if though although once".split())
"""Words opening a clause set off between a subject and its verb (``, when reached by``)."""


_NAMED_THINGS: Final = frozenset(
    """
    newspaper paper magazine journal website site channel network station programme program show
    podcast company firm group party union charity agency daily weekly outlet publication
    """.split()
)
"""Nouns of things a name set off after them names (``the paper, The Skarra Lamp,``)."""


def _name_opens_clause(tokens: list[str], comma: int) -> bool:
    """Whether the capitalised words before ``tokens[comma]`` are a name that may be the
    subject: no preposition opens them or stands before them (not ``In Skarra,``)."""
    first = comma - 1
    while first > 0 and tokens[first - 1][:1].isupper():
        first -= 1
    before = tokens[first - 1].lower() if first > 0 else ""
    return (
        tokens[first].lower() not in _OPENING_PREPOSITIONS and before not in _OPENING_PREPOSITIONS
    )


_OPENING_PREPOSITIONS: Final = frozenset(
    "in at on for from of after before with by to since during like unlike as about".split()
)
"""Prepositions that make the name after them a place, a time or a topic, not a subject."""


def _role_serving(tokens: list[str], comma: int) -> int | None:
    """Where the phrase before ``tokens[comma]`` starts when it is a role noun and, after
    ``for`` or ``of``, the body served in lower case (``a spokeswoman for the consortium``);
    None otherwise."""
    if comma < 3 or not tokens[comma - 1].islower():
        return None
    for k in range(comma - 1, max(0, comma - 6), -1):
        if tokens[k] in ("for", "of") and tokens[k - 1].lower() in ROLE_NOUNS:
            found = _collect_backward(tokens, k - 1)
            return found[0] if found is not None else None
        if not tokens[k].islower():
            return None
    return None


_PLACE_LEADS: Final = frozenset("in of from at near outside".split())


def _join_places(tokens: list[str], index: int) -> list[str]:
    """``tokens`` without the commas before ``tokens[index]`` inside a place named with its
    region after a preposition (``in Porthaven, Devon,``, ``of Flint, Mich.,``): the region is
    no apposition of its own, and no speaker."""
    joined = tokens
    for k in range(min(index, len(tokens) - 3), 1, -1):
        if (
            tokens[k] == ","
            and tokens[k + 1][:1].isupper()
            and (tokens[k + 2] == "," or tokens[k + 2][:1].isupper() and tokens[k + 3] == ",")
            and tokens[k - 1][:1].isupper()
            and tokens[k - 2] in _PLACE_LEADS
            and "," in tokens[: k - 2]  # inside an apposition (``a woman in Leeds, Kent, said``)
        ):
            if joined is tokens:
                joined = list(tokens)
            del joined[k]
    return joined


_CONTRACTED_SUBJECT_RE: Final = re.compile(
    r"([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou)[’'](?:s|re|ve|d|ll)"
)
"""A subject pronoun with its auxiliary contracted (``he’s``, ``they're``, ``we’ve``)."""
_LIST_OPENERS: Final = frozenset((",", ";", ":", "(", "—", "–", "“", '"'))


def _coordinated_start(tokens: list[str], start: int, end: int, sentence_start: bool) -> int:
    """The first token of a coordinated subject whose last speaker is ``tokens[start:end + 1]``
    (``Lind, Kral and Ames``, ``Lind and her deputy``), when the coordination opens its clause
    (at the sentence's start, after punctuation or a word such as ``but``); else ``start``.
    After another word the names before ``and`` are an object (``Ivo met Lind and Kral``)."""
    # ``and`` stands before the last speaker only: ``A, B and C``, not ``A and B, C``.
    joined = "and" in tokens[start : end + 1]
    best = start
    k = start
    while k > 0:
        j = k - 1
        conjunction = tokens[j] == "and"
        if conjunction == joined:
            break
        if conjunction:
            j -= 1
        if j >= 0 and tokens[j] == ",":
            j -= 1
        elif not conjunction:
            break
        first = j + 1
        while j >= 0 and first - j <= 4:
            token = tokens[j]
            if not token[:1].isupper() or token.lower() in STOP_CAPS or token in _LIST_OPENERS:
                break
            j -= 1
        if j + 1 == first:
            break  # no name before the separator
        k = j + 1
        joined = joined or conjunction
        if joined and (
            (k == 0 and sentence_start)
            or k > 0
            and (tokens[k - 1] in _LIST_OPENERS or tokens[k - 1] in _CLAUSE_OPENERS)
        ):
            best = k
    return best


def _relative_subject(tokens: list[str], index: int, common: bool) -> tuple[int, int] | None:
    """The phrase before a relative clause without commas that ends at ``tokens[index]``
    (``a nurse who treated the driver said``: the nurse speaks, not the driver)."""
    for k in range(index - 1, max(0, index - 7), -1):
        token = tokens[k]
        if token in _STOP_PUNCT or token == ".":
            return None
        if token.lower() == "who":
            if k + 1 < len(tokens) and tokens[k + 1].lower() in _OBJECT_RELATIVE_SUBJECTS:
                return None  # ``the field who he accused``: ``who`` is the object; he speaks
            if (
                k >= 1
                and tokens[k - 1].lower() in _PRONOUN_HEADS
                # ``thanked those who quit but said``: the cue is coordinated with the verb
                # before, not the relative clause's own
                and tokens[index].lower() not in _COORDINATORS
            ):
                # ``some who fish the bay argue``, ``those who backed it said``: a quantifier
                # or ``those`` standing for the people is the whole head, not the object of
                # the relative clause's verb.
                return k - 1, k - 1
            return _collect_backward(tokens, k - 1, common)
    return None


_OBJECT_RELATIVE_SUBJECTS: Final = frozenset("he she they we i you".split())
"""Subject pronouns right after ``who``: the relative is the verb's object, not its subject."""
_PRONOUN_HEADS: Final = _QUANTIFIER_WORDS | frozenset(
    "those others both none anyone everyone someone few".split()
)
"""Words that stand for people on their own before ``who`` (``some who``, ``those who``)."""
_COORDINATORS: Final = frozenset("and but or nor then".split())


def _speaks(text: str, cue_start: int) -> bool:
    """True when the cue at ``cue_start`` reports speech whatever its subject: a verb that
    nearly always does (``yelled``, ``said``), or a cue in the past tense followed by
    ``that``, a colon, a quote, a comma or a full stop (``a visitor noted that``, ``the sign
    added: “...”``, ``..., the ferry line noted.``); not one that reports evidence as much as
    speech (``the figures indicated that``)."""
    word = _CUE_WORD_RE.match(text, cue_start)
    if word is None:
        return False
    lowered = word.group().lower()
    return lowered in SPEAKING_VERBS or (
        lowered.endswith("ed")
        and lowered not in NEEDS_THAT
        and _CONTENT_AFTER_RE.match(text, word.end()) is not None
    )


def _plain_word(token: str) -> bool:
    """A lower-case word (``fan``, ``middle-aged``, ``58-year-old``) of a common noun phrase."""
    return token.islower() and token.replace("-", "").isalnum()


def modifies_cue_noun(before: str, head: str, cue: str = "") -> bool:
    """Whether ``head``, the last word before a cue, modifies the cue word read as a noun
    (``before`` the word before it): a participle after an article or an adverb (``a typed``,
    ``a hastily typed`` tweet), or any word after ``a`` when the cue word, given, has no
    ending of a verb agreeing with it (``a passionate call``: the verb would be ``calls``)."""
    before = before.lower()
    if head.endswith("ed") and (
        before in ("a", "an") or before.endswith("ly") and skips_before_verb(before)
    ):
        return True
    return (
        before in ("a", "an")
        and cue.isalpha()
        and cue.islower()
        and not cue.endswith(("s", "ed", "ing"))
        and cue not in _IRREGULAR_PASTS
        # not where no cue stands (``a stroll through``, ``a partner at``; ``a headline that
        # said``: a relative clause), as for a phrase before an adverbial
        and cue not in _FUNCTION_WORDS
        and cue not in _PREPOSITION_WORDS
        and cue not in _MORE_PREPOSITIONS
    )


_MORE_PREPOSITIONS: Final = frozenset(
    "through across near past toward towards around among within without behind beyond inside "
    "outside along via per like since until despite".split()
)
"""Prepositions not in ``_PREPOSITION_WORDS``: a word after a phrase that is no cue."""


_IRREGULAR_PASTS: Final = frozenset(
    form
    for lemma, forms in _IRREGULAR.items()
    for form in forms
    if (form != lemma and not form.endswith(("s", "ing"))) or forms.count(lemma) > 1
)
"""Past tenses of cue verbs with no ``-ed`` (``said``, ``wrote``; ``put``, as the present is)."""


def _share_start(tokens: list[str], start: int) -> int:
    """Where a phrase starting at ``tokens[start]`` starts with the share of it before ``of``
    (``A third of skippers``, ``half of crews``, ``a majority of voters``), else ``start``."""
    if start < 2 or tokens[start - 1].lower() != "of":
        return start
    share = tokens[start - 2].lower()
    if share not in _SHARE_HEADS:
        return start
    opening = start - 2
    if opening >= 1 and tokens[opening - 1].lower() in ("a", "an", "the"):
        opening -= 1
    return opening


_SHARE_HEADS: Final = frozenset(
    "third thirds half quarter quarters fifth fifths majority minority most some many all "
    "none few several number percent".split()
)
"""Words naming a share of a group before ``of`` (``a third of``, ``most of``)."""


_AGE_NOUN_RE: Final = re.compile(r"\d{1,3}-(?:year|month)-old")
"""An age used as a noun (``the 43-year-old``): a person, as ``the veteran`` is."""


def _common_phrase(tokens: list[str], index: int) -> tuple[int, int] | None:
    """The token range of a common noun phrase ending at ``tokens[index]`` and opened by a
    determiner or quantifier within five words (``a fan``, ``one angry shopper``, ``some of the
    fans``), if it is one. The object of a preposition belongs to the phrase before it (``a
    spokesman for the city``, ``a source close to the board``), or, when it names an
    occasion or a document, is an adverbial after the speaker (``Kral in an interview said``)."""
    head = tokens[index]
    lowered = head.lower()
    if (
        not _plain_word(head)
        # ``the 43-year-old said``: an age standing for the person, the one head with a digit
        or not head[:1].isalpha()
        and _AGE_NOUN_RE.fullmatch(lowered) is None
        or len(head) < 3
        or lowered in _FUNCTION_WORDS
        or lowered in _TIME_NOUNS
        or lowered.endswith("ly")
        or lowered in _ALL_VERBS
        or index > 0
        and modifies_cue_noun(tokens[index - 1], lowered)
    ):
        return None
    for j in range(index - 1, max(-1, index - 5), -1):
        token = tokens[j]
        word = token.lower()
        if word in _COMMON_DETERMINERS:
            if _opens_reduced_relative(tokens, j, index):
                return index, index
            if (
                j >= 2
                and tokens[j - 1].lower() == "of"
                and tokens[j - 2].lower() in (_QUANTIFIER_WORDS)
            ):
                return j - 2, index  # ``some of the fans``
            before = tokens[j - 1] if j >= 1 else ","
            if before.lower() in _PHRASE_PREPOSITIONS:
                return _phrase_before_preposition(tokens, j - 1, index)
            if before.islower() and before not in _CLAUSE_OPENERS:
                return None  # the object of a verb: ``who attended the meeting told``
            return j, index
        if word == "of" and j >= 1 and tokens[j - 1].lower() in ROLE_NOUNS:
            continue  # ``the secretary of state``, ``the chief of staff``: one role
        if (
            word == "of"
            and lowered not in _DETERMINERS
            and (share := _share_start(tokens, j + 1)) <= j
        ):
            return share, index  # ``A third of skippers`` (not ``some of the``: no noun)
        if (
            word in _PHRASE_PREPOSITIONS
            and j >= 1
            and noun_of_people(tokens[j - 1].lower())
            and j + 1 < index
            and tokens[j + 1][:1].isupper()
        ):
            # ``a spokesman for Tarrant airport``: the place's name stands where a
            # determiner would (``for the airport``).
            return _phrase_before_preposition(tokens, j, index)
        if word in _FUNCTION_WORDS or not (_plain_word(token) or token[:1].isupper()):
            return None
    return None


_ADVERBIAL_HEADS: Final = frozenset(
    (EVENT_NOUNS + "|" + PUBLICATION_NOUNS + "|" + SOCIAL_NOUNS).replace(" ", "|").split("|")
)
"""Heads of a prepositional phrase that says where or how words were said (``in an interview``,
``in a letter``), not whose they were."""


_TIME_PHRASE_HEADS: Final = frozenset("time moment past outset".split())
"""Heads of a prepositional phrase that says when (``a councillor at the time said``), an
adverbial after the speaker, not part of the speaker's phrase."""


def _phrase_before_preposition(
    tokens: list[str], preposition: int, index: int
) -> tuple[int, int] | None:
    """The speaker phrase before the prepositional phrase ``tokens[preposition:index + 1]``:
    with it (``a spokesman for the city``), or alone when the phrase is an adverbial (``Kral in
    an interview``). An adjective may stand before the preposition (``familiar with``)."""
    for end in (preposition - 1, preposition - 2):
        if end < 0 or end < preposition - 1 and not _plain_word(tokens[end + 1]):
            return None
        if tokens[end].lower() in AUXILIARIES:
            return None  # ``the crew have in the past said``: a verb, no phrase before the PP
        found = _collect_backward(tokens, end)
        if found is None and _plain_word(tokens[end]):
            found = _common_phrase_head_only(tokens, end)
        if found is not None:
            if (
                tokens[index].lower() in _ADVERBIAL_HEADS
                or tokens[index].lower() in _TIME_PHRASE_HEADS
            ) and tokens[preposition].lower() not in ("for", "of"):
                # ``Kral in an interview``; but ``a spokesman for the conference``, ``the
                # organisers of the summit``: whom the speaker serves, a body of people.
                return found if end == preposition - 1 else None
            return found[0], index
    return None


def _common_phrase_head_only(tokens: list[str], index: int) -> tuple[int, int] | None:
    """:func:`_common_phrase` without looking past another preposition (a phrase is searched
    back over one prepositional phrase at most)."""
    for j in range(index - 1, max(-1, index - 5), -1):
        word = tokens[j].lower()
        if word in _COMMON_DETERMINERS:
            return (j, index) if _plain_word(tokens[index]) and len(tokens[index]) > 2 else None
        if word in _FUNCTION_WORDS or not _plain_word(tokens[j]):
            return None
    return None


_SINGULAR_DETERMINERS: Final = frozenset("a an another each every".split())
"""Determiners of one thing, which a plural noun cannot be the head of."""
_QUANTITY_NOUNS: Final = frozenset(
    "few dozen couple number handful lot host score hundred thousand group pair majority "
    "minority share third half quarter percent".split()
)
"""Singular nouns that count a plural after them (``a dozen skippers``): one phrase."""


MONTH_SURNAMES: Final = frozenset(month.capitalize() for month in _MONTH_WORDS)
"""Months written as names are (``May``, ``June``): what :func:`_month_surname` looks at."""


_PICTURE_ASIDES: Final = frozenset(
    "pictured left right above below top bottom centre center inset far-left far-right".split()
)
"""Words of a parenthesis that points at a photograph (``Ada Lind (pictured) said``)."""


def _without_picture_asides(tokens: list[str]) -> list[str]:
    """``tokens`` without the parentheses that point at a photograph (``(pictured)``,
    ``(left)``): no part of the subject, which runs on across them (``A letter from residents
    (pictured) said``, ``Ada Lind (left) and Ivo Kral (right) said``). The mention's offsets
    are found by walking back over the tokens kept, so dropping some leaves them right."""
    kept: list[str] = []
    for token in tokens:
        if (
            token == ")"
            and len(kept) >= 2
            and kept[-2] == "("
            and kept[-1].lower() in _PICTURE_ASIDES
        ):
            del kept[-2:]
            continue
        kept.append(token)
    return kept


_BEFORE_LONE_SURNAME: Final = frozenset([",", ".", ";", "“", '"', "and", "but", "And", "But"])
"""Tokens after which a lone surname may open a clause (not ``in May``, a date)."""


def _month_named_as_surname(text: str, month: str) -> bool:
    """Whether ``text`` names someone with ``month`` as a surname (``Ada May``): a month
    right after a capitalised word that is no stop word, title or role."""
    for match in re.finditer(rf"\b([{UPPER}][a-z]+)[ \t]+{month}\b", text):
        given = match.group(1).lower()
        if (
            given not in STOP_CAPS
            and given not in TITLE_WORDS
            and given not in ROLE_NOUNS
            and given not in ORG_WORDS
        ):
            return True
    return False


def _month_surname(tokens: list[str], index: int) -> bool:
    """True when ``tokens[index]`` is a month written as a surname: capitalised right after
    a given name, a capitalised word that is no month, day or other stop word (``Ada May``,
    ``Col. Lena June``); a month opening a date or after a preposition (``in May``) is not."""
    token = tokens[index]
    if index < 1 or not token[:1].isupper() or token.lower() not in _MONTH_WORDS:
        return False
    given = tokens[index - 1]
    return (
        given.isalpha()
        and given[:1].isupper()
        and given[1:].islower()
        and given.lower() not in STOP_CAPS
        and given.lower() not in TITLE_WORDS
        and given.lower() not in ROLE_NOUNS
        and given.lower() not in ORG_WORDS
    )


_IRREGULAR_PLURAL_PEOPLE: Final = frozenset("people men women children police".split())
"""Plurals of people that do not end in ``s``."""


def _opens_reduced_relative(tokens: list[str], determiner: int, index: int) -> bool:
    """True when the singular determiner at ``tokens[determiner]`` opens a noun that a
    relative clause without ``that`` follows, its subject the plural noun of people at
    ``tokens[index]`` (``set a price analysts said would hold``: the analysts speak, the
    price is the verb's object). A singular determiner cannot open a plural head, so the
    plain words after it are a phrase of their own."""
    head = tokens[index]
    between = tokens[determiner + 1 : index]
    return (
        tokens[determiner].lower() in _SINGULAR_DETERMINERS
        and bool(between)
        and head.islower()
        and (
            head.endswith("s")
            and not head.endswith("ss")
            and noun_of_people(head)
            or head in _IRREGULAR_PLURAL_PEOPLE
        )
        and not between[-1].endswith("s")
        and between[-1] not in _QUANTITY_NOUNS
        and all(
            word.isalpha()
            and word.islower()
            and word not in _FUNCTION_WORDS
            and word not in _PREPOSITION_WORDS
            for word in between
        )
    )


_COMPANY_SUFFIXES: Final = frozenset("plc ltd inc llc llp".split())
"""Suffixes of a company's name that house styles write in lower case (``Brackwater plc``)."""


def _collect_backward(
    tokens: list[str], index: int, common: bool = False
) -> tuple[int, int] | None:
    """The token range of the speaker phrase ending at ``tokens[index]``, if it is one; with
    ``common``, a common noun phrase too (see :func:`_common_phrase`)."""
    if index < 0:
        return None
    head = tokens[index]
    if head.lower() in PRONOUNS:
        return index, index
    if head.lower() in SPEECH_NOUN_SET and index > 0 and tokens[index - 1].endswith(("’s", "'s")):
        # ``Ryabkov’s remarks underscored``: the possessor speaks.
        owner = index - 1
        first = owner
        while first > 0 and tokens[first - 1][:1].isupper() and index - first < 5:
            first -= 1
        while first < owner and tokens[first].lower() in STOP_CAPS:
            first += 1
        return first, owner
    if head in _COMPANY_SUFFIXES and index > 0 and tokens[index - 1][:1].isupper():
        # ``Brackwater Holdings plc``: the suffix of a company's name, in lower case
        named = _collect_backward(tokens, index - 1)
        return None if named is None else (named[0], index)
    if not _np_head(head) and not (head in MONTH_SURNAMES and _month_surname(tokens, index)):
        return _common_phrase(tokens, index) if common else None
    start = index
    j = index - 1
    while j >= 0 and index - j < 9:
        token = tokens[j]
        lowered = token.lower()
        if lowered in _DETERMINERS:
            if lowered == "that" and head.islower() and head.endswith("s"):
                break  # ``a move that residents warned``: a relative ``that``, no determiner
            if _opens_reduced_relative(tokens, j, index):
                break
            start = j
            if (
                j >= 2
                and tokens[j - 1].lower() in _AFFILIATIONS
                and (holder := _collect_backward(tokens, j - 2)) is not None
            ):
                # ``Ada Lind of the Harbour Institute``, ``officials from the board``: the
                # phrase before the preposition is the head of the speaker's phrase.
                start = holder[0]
                break
            if (
                j >= 2
                and tokens[j - 1].lower() == "of"
                and tokens[j - 2].lower() in _QUANTIFIER_WORDS
            ):
                start = j - 2  # ``some of the officials``
            break
        if (
            lowered in ("in", "from")
            and start == index
            and j >= 1
            and tokens[j - 1][:1].isupper()
            and (j == 1 or not tokens[j - 2][:1].isupper())
            and (
                tokens[j - 1].lower() in FIRST_NAMES
                # ``May from Leeds``: a month is a date only with a day, so alone before
                # ``from`` or ``in`` and a town it is a given name.
                or tokens[j - 1].lower() in MONTH_GIVEN_NAMES
                or tokens[j - 1].isalpha()
                and tokens[j - 1].lower() not in STOP_CAPS
                and tokens[j - 1].lower() not in TITLE_WORDS
                and tokens[j - 1].lower() not in _PEOPLE_NOUNS
                and not tokens[j - 1].endswith("s")  # ``Officials in Kyiv``: a plural noun
            )
        ):
            # ``Kristian in Brennock writes``, ``Jan from Leeds``: a reader signs with a given
            # name and a town; the person is the speaker, not the town.
            start = j - 1
            break
        if not _np_token(token) or (
            lowered in STOP_CAPS
            and token[:1].isupper()
            # ``the Sunday Clarion``: a day after ``the`` and before a name opens that name
            and not (lowered in _DAY_WORDS and j > 0 and tokens[j - 1].lower() == "the")
        ):
            start = _modified_role_start(tokens, j, start, head)
            break
        if lowered in ("of", "for", "and", "&") and not (j > 0 and _np_token(tokens[j - 1])):
            break
        start = j
        j -= 1
    while start < index and tokens[start].lower() in ("of", "for", "and", "&"):
        start += 1
    start = _share_start(tokens, start)
    if start == index and head.islower() and index >= 2 and _plain_word(tokens[index - 1]):
        # ``The city's water department``, ``a viral post``: plain words before a role noun
        # keep the phrase opened by a determiner or a possessor.
        phrase = _common_phrase(tokens, index)
        if phrase is not None:
            return phrase
        j = index - 1
        while j > index - 3 and j > 0 and _plain_word(tokens[j]):
            j -= 1
        if tokens[j].endswith(("’s", "'s")) and tokens[j][:1].islower():
            # ``the city's water department``: a possessor and its determiner open it
            return (j - 1 if j > 0 and tokens[j - 1].lower() in ("the", "a", "an") else j), index
    if (
        0 < start < index
        and head.islower()
        and tokens[start][:1].isupper()
        and _plain_word(tokens[start - 1])
        and (phrase := _common_phrase(tokens, index)) is not None
        and phrase[0] < start
        and not any(
            t.lower() in _AFFILIATIONS or t.lower() in ("in", "on")
            for t in tokens[phrase[0] : start]
        )
    ):
        return phrase  # ``The opposition Green party``: plain words before the name of a body
    return start, index


_PREPOSITION_WORDS: Final = frozenset(
    "of for from at in on to by with into over under after before during about as than".split()
)
_CLAUSE_DETERMINERS: Final = frozenset("that this these those".split())
_MODIFIER_NOT_WORDS: Final = frozenset(
    """
    of for from at in on to by with into over under after before during about as than and or
    but nor not no so if when while who whom which that then there here said says more most less
    """.split()
)
"""Words that join or open a clause: no plain noun modifying a role."""


def _modified_role_start(tokens: list[str], stop: int, start: int, head: str) -> int:
    """Where a role's phrase starts when plain lowercase words stand between the role and a
    determiner (``A senior harbour official``: from ``A``, not ``official``); ``start`` when
    ``tokens[stop]``, the word the phrase stopped at, is no such word."""
    if not head.islower() or head.lower() not in ROLE_NOUNS:
        return start
    k = stop
    while k >= 0 and stop - k < 3:
        word = tokens[k]
        if word.lower() in _DETERMINERS:
            # ``After the storm harbour officials said``: the determiner opens a phrase of its
            # preposition, not the speaker's; ``that`` and its kin open a clause as often.
            governed = k > 0 and tokens[k - 1].lower() in _PREPOSITION_WORDS
            if k == stop or governed or word.lower() in _CLAUSE_DETERMINERS:
                return start
            if _opens_reduced_relative(tokens, k, start):
                return start
            return start if tokens[start].endswith(("’s", "'s")) else k
        if k < stop and word.endswith(("’s", "'s")) and word[:-2].isalpha():
            # ``The party's fiercest critics``: a possessive stands for the determiner.
            possessive = k
            while (
                k > 0
                and possessive - k < 3
                and tokens[k - 1][:1].isupper()
                and tokens[k - 1].lower() not in STOP_CAPS
            ):
                k -= 1  # ``The Kestrian capital's new harbourmaster``
            if k > 0 and tokens[k - 1].lower() in _DETERMINERS:
                k -= 1
            governed = k > 0 and tokens[k - 1].lower() in _PREPOSITION_WORDS
            return start if governed else k
        if (
            # ``the reasons people give``, ``many times people told``: a plural noun before a
            # subject ends a phrase of its own.
            word.endswith("s")
            and not word.endswith("ss")
            or not word.replace("-", "").isalpha()
            or not word.islower()
            or word in _MODIFIER_NOT_WORDS
            or word in AUXILIARIES
            or word in _VERBISH
            or word.endswith(("ly", "ed", "ing"))
        ):
            return start
        k -= 1
    return start


_EXAMPLE_OPENERS: Final = frozenset("including such among especially notably like".split())
"""Words opening an apposition that gives examples of the subject (``, including X,``)."""
_AFFILIATIONS: Final = frozenset("of for from at".split())
"""Prepositions joining a speaker to the body they speak for (``Ada Lind of the Institute``)."""


def _mention(text: str, tokens: list[str], first: int, last: int, window_end: int) -> Mention:
    """The mention made of ``tokens[first:last + 1]``, the tokens of a window ending at
    ``window_end``.

    Only whitespace stands between tokens, so each token is the last occurrence of its string
    before the next one: its offset is found by walking back from the window's end.
    """
    position = window_end
    end = window_end
    for k in range(len(tokens) - 1, first - 1, -1):
        position = text.rfind(tokens[k], 0, position)
        if k == last:
            last_token = tokens[k]
            if last_token.endswith(("’s", "'s")):
                last_token = last_token[:-2]
            end = position + len(last_token)
    return Mention(text[position:end], position, end)


_TITLE_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr smt engr sen rep gov gen st jr sr lt col sgt capt adm prof rev hon".split()
)
_AGENT_OF_PARTICIPLE_RE: Final = re.compile(
    r"(?<![\w’'-])(?P<noun>[A-Za-z][\w’'-]*)\s+(?:being\s+)?"
    r"(?:[a-z]+ed|seen|taken|given|shown|held|made|written|sent|kept)\s+"
    r"(?:by|at|in|from|outside|inside|near)\s+(?:(?:the|a|an)\s+)?$"
)
"""A noun, a past participle after it and its preposition, right before a phrase (``Messages
obtained by``, ``Residents gathered at``): the phrase after is the preposition's object."""
_AGENT_LINK_ENDINGS: Final = ("by", "at", "in", "from", "side", "near", "the", "a", "an")
"""How the last word before a match of ``_AGENT_OF_PARTICIPLE_RE``'s phrase may end: each of
its prepositions and articles ends with one of these (``outside`` and ``inside`` with ``side``)."""


def holder_of_participle(text: str, mention: Mention, cue_start: int, limit: int) -> Mention:
    """The subject of a cue when ``mention``, found right before it, is only the object of a
    participle's preposition (``Messages obtained by the Courier show``, ``Residents gathered
    at the shelter described``): the noun phrase before the participle, with all it holds, as
    the phrase the sentence opens with speaks through any cue (``a commission appointed by
    Ada Lind estimated``). Else ``mention`` unchanged: a passive (``was backed by Lind, who
    said``), a relative's antecedent, or a participle cue (``statements made by Lind calling
    for``), whose subject the agent is."""
    window_start = max(limit, mention.start - 60)
    before = text[window_start : mention.start]
    if not before[-1:].isspace() or not before.rstrip().endswith(_AGENT_LINK_ENDINGS):
        # The pattern, tried at every word of the window, ends with its preposition or
        # article and a space: without them in the window's last word there is no match.
        return mention
    agent = _AGENT_OF_PARTICIPLE_RE.search(text, window_start, mention.start)
    if (
        agent is None
        or agent.group("noun").lower() in _FUNCTION_WORDS
        or _ING_WORD_RE.match(text, cue_start) is not None
        or _RELATIVE_AT_RE.match(text, cue_start) is not None
        or _PUNCTUATION_BETWEEN_RE.search(text, mention.end, cue_start) is not None
    ):
        return mention
    words = list(_NP_WORD_RE.finditer(text, max(limit, agent.start() - 60), agent.start("noun")))
    start = agent.start("noun")
    for word in reversed(words):
        lowered = word.group().lower()
        if text[word.end() : start].strip():
            break  # punctuation ends the phrase
        if lowered in _DETERMINERS or lowered in _QUANTIFIER_WORDS:
            start = word.start()
            break
        if (
            lowered in _FUNCTION_WORDS
            or lowered in SPEECH_VERBS
            or lowered.endswith(("ly", "ing"))  # ``rejecting claims made by``: a verb's object
        ):
            break
        start = word.start()
    return Mention(text[start : mention.end], start, mention.end)


_PEOPLE_OF_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he|[Bb]oth|[Tt]wo|[Tt]hree)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<head>[a-z]+s)\s+(?:of|from)\s+(?:the\s+)?$"
)
"""A plural noun of people and ``of`` before a coordinated name (``The foreign ministers of``)."""
_NP_WORD_RE: Final = re.compile(r"[\w’'-]+")
_RELATIVE_AT_RE: Final = re.compile(r"[\s,]*(?:who|that|which)\b")
_PUNCTUATION_BETWEEN_RE: Final = re.compile(r"[^\w\s]")
PARTY_DESIGNATION_RE: Final = re.compile(r"[DRI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*(?![\w-])")
"""A lawmaker's party and state as American papers abbreviate them (``R-Tenn.``, ``D-N.Y.``,
``I-Vt.``, ``R-Tennessee``)."""
_CLASS_YEAR_RE: Final = re.compile(r"['’]\d{2}")
"""A student's class year after the name (``Lena Park '28``)."""
_STOP_PUNCT: Final = frozenset((",", ";", ":", "(", ")", "—", "–", "“", "”", '"'))


def subject_after(text: str, position: int, limit: int) -> Mention | None:
    """The speaker phrase right after an inverted cue (see :func:`_subject_after`); None when,
    in a headline in title case, a verb stands inside it: the words after the cue are then a
    clause, what was said (``Mayor Backs Council, Says Ferry Will Run``)."""
    mention = _subject_after(text, position, limit)
    if mention is None or " " not in mention.text:
        return mention
    return mention if _headline_verb_at(text, mention) is None else None


_TITLE_CASE_VERBS: Final = frozenset(
    "Is Are Was Were Has Have Had Would Can Could Should Must Might Does Did".split()
)
"""Verbs a headline in title case capitalises, which no name holds (not ``Will`` and ``May``:
``Actor Will Smith``)."""


def _headline_verb_at(text: str, mention: Mention) -> int | None:
    """The offset inside ``mention`` of a verb after its first word, when the mention stands
    in a line in title case (``Mayor Slams Council``: at ``Slams``); None otherwise."""
    words = mention.text.split(" ")
    offset = len(words[0]) + 1
    for word in words[1:]:
        if word in _TITLE_CASE_VERBS or word in HEADLINE_CUES:
            return offset if in_title_case_line(text, mention.start, mention.end) else None
        offset += len(word) + 1
    return None


_REDUCED_RELATIVE_NEXT: Final = frozenset(
    "by on in at from last earlier this after during before".split()
)
"""Words after a participle that open its complement (``published on Monday``, ``conducted by
the council``): the participle begins a reduced relative."""


def _subject_after(text: str, position: int, limit: int) -> Mention | None:
    """The speaker phrase right after an inverted cue (said ``Kremlin spokesman Dmitry Peskov``).

    The phrase runs to the first punctuation; it must end with a name or a role noun, or start
    with a determiner (``said a senior harbour official``).
    """
    # The walk below stops by the eleventh token: tokenizing further would be wasted.
    tokens = [
        (m.group(), m.start())
        for m in islice(_TOKEN_RE.finditer(text, position, min(limit, position + 160)), 11)
    ]
    if not tokens:
        return None
    first = tokens[0][0]
    if first.rstrip(".").lower() in PRONOUNS or (
        # ``according to him, ...``: the object form, alone before the punctuation (``her
        # spokesman`` is a phrase)
        first.rstrip(".").lower() in ("him", "her")
        and (len(tokens) == 1 or first.endswith(".") or tokens[1][0] in _STOP_PUNCT)
    ):
        bare = first.rstrip(".")
        return Mention(bare, tokens[0][1], tokens[0][1] + len(bare))
    determiner = first.lower() in _DETERMINERS
    last = -1
    for k, (token, _) in enumerate(tokens):
        if k > 9 or token in _STOP_PUNCT:
            break
        bare = token.rstrip(".")
        lowered = bare.lower()
        ends_sentence = (
            token.endswith(".") and lowered not in _TITLE_ABBREVIATIONS and (len(bare) > 1)
        )
        if (
            determiner
            and k >= 2
            and len(lowered) > 4
            and lowered.endswith("ed")
            and token.islower()
            and tokens[k - 1][0].isalpha()
            and tokens[k - 1][0].lower() not in _DETERMINERS
            and tokens[k - 1][0].lower() not in _RELATIVES
            and not tokens[k - 1][0].endswith("ly")
            and k + 1 < len(tokens)
            and tokens[k + 1][0] in _REDUCED_RELATIVE_NEXT
        ):
            break  # ``a trial of 900 adults published on Monday``: a reduced relative
        if not (
            _np_token(bare)
            # ``the 58-year-old``, ``one well-connected skipper``, ``a 2009 survey``
            or determiner
            and k > 0
            and (
                _plain_word(bare)
                or bare[:1].isdigit()
                and bare.replace("-", "").replace(",", "").isalnum()
            )
            and bare not in _VERBISH
            # ``retired skipper Ada Lind``: plain words before a role or a name, which must follow
            or not determiner
            and _plain_word(bare)
            and _modifier(lowered)
        ):
            break
        if (
            lowered in ("of", "for")
            and last == k - 1
            and _names_person([t for t, _ in tokens], last)
        ):
            break  # ``Ada Lind of the Harbour Institute``: the person, not the institute
        if (
            lowered in ("in", "during", "at")
            and last == k - 1
            and k > 1
            and (_np_head(head := tokens[last][0].rstrip(".")) or noun_of_people(head.lower()))
        ):
            # ``said the retiree in Mandarin``, ``said a skipper in an interview``: how or
            # where it was said, not whose words they were.
            # The heads in lower case only: ``in the journal Judgment and Choice`` names it.
            rest = [t.rstrip(".") for t, _ in tokens[k + 1 : k + 5]]
            if (
                rest[:1]
                and rest[0].lower() in _LANGUAGES
                or any(w in _ADVERBIAL_HEADS for w in rest)
            ):
                break
        if (
            _people_head(bare)
            or determiner
            or k > 0
            and bare in MONTH_SURNAMES
            and _month_surname([tokens[k - 1][0], bare], 1)  # ``said Ada May``
        ):
            last = k
        if ends_sentence:
            break
    if last < 0 or determiner and last == 0:
        return None
    if (
        not determiner
        and last + 1 < len(tokens)
        and tokens[last + 1][0] in _POSTMODIFIER_OPENERS
        and tokens[last][0].islower()
    ):
        # ``according to insiders familiar with its plans``: a bare plural of people and what
        # qualifies it, as ``a person familiar with the talks`` is read after its determiner.
        k = last + 1
        while k < len(tokens) and tokens[k][0] not in _STOP_PUNCT:
            word = tokens[k][0].rstrip(".")
            if (
                word in _VERBISH
                or word in _RELATIVES
                or not (_plain_word(word) or word[:1].isupper() or word.endswith(("’s", "'s")))
            ):
                break
            last = k
            if tokens[k][0].endswith("."):
                break  # the sentence ends
            k += 1
        while tokens[last][0] in _DETERMINERS or tokens[last][0] in ("of", "with", "to", "on"):
            last -= 1  # cut short by the window: no dangling ``the``
    token, position = tokens[last]
    bare = token.rstrip(".") if token.rstrip(".").lower() not in _TITLE_ABBREVIATIONS else token
    if len(bare) == 1:
        bare = token  # an initial keeps its full stop
    start = tokens[0][1]
    end = position + len(bare)
    return Mention(text[start:end], start, end)


_LANGUAGES: Final = frozenset(
    """
    english french spanish german italian portuguese russian arabic mandarin cantonese chinese
    hindi urdu bengali tamil telugu malay tagalog japanese korean vietnamese thai indonesian
    turkish persian farsi hebrew dutch polish ukrainian swahili yoruba hausa igbo greek
    """.split()
)
"""Languages something may be said in (``said the retiree in Mandarin``)."""
_LANGUAGE_NAMES: Final = "|".join(sorted(language.capitalize() for language in _LANGUAGES))
_POSTMODIFIER_OPENERS: Final = frozenset(
    "familiar close briefed involved aware knowledgeable acquainted".split()
)
"""Adjectives and participles after a noun of people that say what they know (``people
familiar with the matter``, ``sources close to the talks``)."""
_RELATIVES = frozenset("who which that whose".split())
_NOT_SOURCES: Final = frozenset("plan plans schedule script form tradition custom design".split())
"""Heads of ``according to X`` that name a manner, not a source (``went according to plan``)."""


_AGENT_NAMED_RE: Final = re.compile(
    rf"\s+by\s+(?:the\s+)?[{UPPER}][\w’'&.-]*(?:\s+(?:of\s+|for\s+)?[{UPPER}][\w’'&.-]*){{0,5}}"
    r"(?<!\.)"
)
"""``by`` and a name after a participle (``compiled by the Poultry Health Network``)."""


def plain_source_after(text: str, position: int, limit: int) -> Mention | None:
    """The object of ``according to`` when it is a noun phrase without a determiner, which
    :func:`subject_after` leaves (``according to harbour records``, ``according to exit polls
    taken on Monday``, ``according to Coast Guard figures``): its modifiers and head, up to the
    first function word or punctuation, ending in a plain noun. The object of a preposition is
    always a noun phrase, so these plain words name the source as written."""
    last = -1
    tokens = list(islice(_TOKEN_RE.finditer(text, position, min(limit, position + 100)), 7))
    for k, match in enumerate(tokens):
        token = match.group()
        bare = token.rstrip(".")
        lowered = bare.lower()
        if token in _STOP_PUNCT or lowered in _NOT_MODIFIERS:
            break
        if last >= 0 and lowered in _DETERMINERS:
            break  # ``figures the company shared``: a relative clause without ``that``
        if _plain_word(bare):
            if last >= 0 and lowered.endswith("ed") and bare == token:
                agent = _AGENT_NAMED_RE.match(text, match.end(), limit)
                if agent is not None:
                    # ``data compiled by the Poultry Network``: the body named as its agent
                    # gathered them; the whole phrase speaks, as a subject so written does.
                    start = tokens[0].start()
                    return Mention(text[start : agent.end()], start, agent.end())
            if lowered.endswith("ing") or len(bare) < 2 or last >= 0 and lowered.endswith("ed"):
                break  # ``exit polls conducted on Monday``: a participle after the head
            if not lowered.endswith("ly"):
                last = k  # ``early returns``, ``recently leaked memos``: no head in ``-ly``
        elif not (bare[:1].isupper() or bare[:1].isdigit()) or lowered in STOP_CAPS:
            break
        if bare != token:
            break  # a full stop ends the sentence
    if last < 0 or tokens[last].group().rstrip(".").lower() in _NOT_SOURCES:
        return None
    start, head = tokens[0].start(), tokens[last]
    end = head.start() + len(head.group().rstrip("."))
    return Mention(text[start:end], start, end)


def _forward_offsets(text: str, tokens: list[str], window_start: int, count: int) -> list[int]:
    """The offsets of the first ``count`` of ``tokens``, the tokens of a window starting at
    ``window_start``: only whitespace stands between tokens, so each is the first occurrence of
    its string after the one before."""
    offsets = []
    position = window_start
    for token in tokens[:count]:
        position = text.find(token, position)
        offsets.append(position)
        position += len(token)
    return offsets


_READ_FORMS: Final = frozenset(("read", "reads"))
"""``“Go home,” the sign read``: after a quote, what a sign or a message read is what it said
(a cue only there: elsewhere ``read`` is mostly reading)."""


def subject_then_verb(text: str, position: int, limit: int) -> tuple[Mention, Mention] | None:
    """``he said`` / ``Trump told`` / ``Ada Moss, the former aide, said`` after a quote.

    Returns the speaker phrase and the cue verb, or None when the words after ``position`` do not
    open with a subject followed by a speech verb.
    """
    # The token strings only: the offsets of the three that matter are found after.
    tokens = _TOKEN_RE.findall(text, position, min(limit, position + 200))
    k = 0
    while k < len(tokens) and tokens[k] in (",", "—", "–", "-"):
        k += 1
    if k == len(tokens):
        return None  # nothing but dashes and commas before the limit
    j = k
    head = -1
    affiliation = False  # ``Ada Lind of the Harbour Institute``: Lind speaks, not the institute
    while j < len(tokens) and j - k < (16 if affiliation else 12):
        token = tokens[j]
        bare = token.rstrip(".")
        lowered = bare.lower()
        if j == k and (
            lowered in PRONOUNS
            # ``“...,” one wrote``, ``another added``: one of the people just named speaks.
            or lowered in ("one", "another")
            and j + 1 < len(tokens)
            and tokens[j + 1].rstrip(".!?").lower() in SPEECH_VERBS
        ):
            head = j
            j += 1
            break
        if token == "," and head >= 0:
            # An apposition: skip to its closing comma.
            close = next(
                (x for x in range(j + 1, min(len(tokens), j + 18)) if tokens[x] == ","), -1
            )
            if close < 0:
                named = j + 1
                while named < len(tokens) and named - j <= 3 and tokens[named][:1].isupper():
                    named += 1
                if (
                    named - j > 2
                    and named < len(tokens)
                    and tokens[named].rstrip(".!?").lower() in SPEECH_VERBS
                    and not tokens[k][:1].isupper()
                ):
                    # ``“...,” another friend, Mara Vell told the Lamp``: a name set off by one
                    # comma only, right before the verb, is the speaker the phrase describes.
                    k, head, j = j + 1, named - 1, named
                elif tokens[head][:1].isupper():
                    # ``“...,” Mara Lind, who chairs the trust said in a statement``: an
                    # apposition whose closing comma was left out, before the verb that ends
                    # the sentence or opens its circumstance.
                    verb_at = next(
                        (
                            x
                            for x in range(j + 2, min(len(tokens), j + 16))
                            if tokens[x].rstrip(".").lower() in _UNCLOSED_APPOSITION_VERBS
                            and (
                                tokens[x].endswith(".")
                                or x + 1 == len(tokens)
                                or tokens[x + 1].lower() in _CIRCUMSTANCE_OPENERS
                            )
                        ),
                        -1,
                    )
                    if verb_at > 0 and not any(t in _STOP_PUNCT for t in tokens[j + 1 : verb_at]):
                        j = verb_at
                break
            if any(t in _STOP_PUNCT and t != "," for t in tokens[j:close]):
                break
            apposed = tokens[j + 1 : close]
            if (
                2 <= len(apposed) <= 4
                and all(t[:1].isupper() for t in apposed)
                and tokens[k].islower()
                and noun_of_people(tokens[head].lower())
                and looks_like_person(" ".join(apposed))
            ):
                # ``“...,” a friend, Mara Vell, told``: the person named in the apposition to
                # a common noun phrase speaks, as before the cue.
                k, head = j + 1, close - 1
            # ``Ada Moss, 30, of Skarra, Vt., who was polled, said``: an age, a place and a
            # relative, each set off by commas, before the verb; not after a name set off
            # (``Of Kral, Lind, who ..., said``: Lind speaks, the phrase before is a topic).
            more = 3 if not tokens[j + 1][:1].isupper() else 0
            for _ in range(more):
                after = tokens[close + 1].rstrip(".!?").lower() if close + 1 < len(tokens) else ""
                if after in SPEECH_VERBS or after in AUXILIARIES or after in BELIEF_VERBS:
                    break
                further = next(
                    (x for x in range(close + 1, min(len(tokens), close + 12)) if tokens[x] == ","),
                    -1,
                )
                if further < 0 or any(
                    t in _STOP_PUNCT or t[:1] == "'" or t.rstrip(".!?").lower() in SPEECH_VERBS
                    for t in tokens[close + 1 : further]
                ):
                    break
                close = further
            j = close + 1
            break
        if token == "(" and head >= 0:
            # ``Sen. Ada Lind (D-Maine) said``: a party and state, or an age, after the name.
            close = next((x for x in range(j + 1, min(len(tokens), j + 6)) if tokens[x] == ")"), -1)
            if close < 0:
                break
            j = close + 1
            continue
        if not _np_token(bare) and not (_plain_word(bare) and (j > k or _modifier(lowered))):
            # A plain word may open the phrase too: ``political scientist Ada Lind``, ``federal
            # prosecutors``, ``the conservative-leaning paper``.
            break
        if lowered in ("of", "for") and head == j - 1 and _names_person(tokens, head):
            affiliation = True
        if (
            (
                lowered in _NOUN_LIKE_TAGS
                and (head == j - 1 or j > k + 1 and tokens[k].lower() in _COMMON_DETERMINERS)
                # ``“...,” the islanders state``: the plain form after a plural subject
                or lowered == "state"
                and head == j - 1
                and _plural_subject(tokens[head])
            )
            and tokens[j - 1].lower() not in _NOT_BEFORE_STATES
            and (j + 1 >= len(tokens) or tokens[j + 1].rstrip(".!?").lower() not in _VERB_AFTER)
        ):
            # ``“...,” Kral states.``, ``the board states``: the verb right after its subject,
            # not a noun of people (but ``the Gulf states said``, ``the United States``).
            break
        if (
            _people_head(bare)
            or bare in MONTH_SURNAMES
            and (
                j > k
                and _month_surname(tokens, j)  # ``Ada May said``: her surname, not the modal
                or j == k
                and _month_named_as_surname(text, bare)  # ``“...,” May said`` after her name
            )
        ) and not affiliation:
            head = j
        elif lowered in SPEECH_VERBS or lowered in BELIEF_VERBS:
            break
        elif lowered in _READ_FORMS and j > k:
            break  # ``“...,” the sign read``
        elif (
            (lowered in _NOUN_LIKE_TAGS or lowered in _TAG_FIRST_WORDS or is_tag_verb(lowered))
            and j > k
            # After a common noun, only a word that no noun follows (``the board states in``,
            # not ``the newly elected mayor``).
            and (
                head >= 0
                or j + 1 >= len(tokens)
                or not _plain_word(tokens[j + 1])
                or tokens[j + 1].lower() in _FUNCTION_WORDS
            )
        ):
            break  # ``“Not yet,” she fumed``, ``Kral went on``: the verb after the subject
        j += 1
    if (head < 0 or head == k) and tokens[k].lower() in _COMMON_DETERMINERS and j > k + 1:
        # ``“...,” a fan yelled`` / ``One shopper said``: a common noun phrase, its head the
        # last word before the verb (auxiliaries skipped).
        last = j - 1
        while last > k and tokens[last].lower() in AUXILIARIES:
            last -= 1
        if last > k and _common_phrase(tokens, last) is not None:
            head = last
            if j < len(tokens) and tokens[j] == ",":
                # ``the assailant, Ivo Kral, told``: the name in the apposition is the speaker.
                close = next(
                    (x for x in range(j + 1, min(len(tokens), j + 8)) if tokens[x] == ","), -1
                )
                apposition = tokens[j + 1 : close] if close > 0 else []
                if apposition and all(t[:1].isupper() for t in apposition):
                    k, head, j = j + 1, close - 1, close + 1
    if head < 0:
        return None
    while j < len(tokens) and tokens[j].lower() in AUXILIARIES:
        j += 1
    if j >= len(tokens):
        return None
    verb = tokens[j].rstrip(".!?")
    lowered = verb.lower()
    phrase = f"{lowered} {tokens[j + 1].rstrip('.!?').lower()}" if j + 1 < len(tokens) else ""
    # A phrasal tag after a full stop inside the marks only when it ends its clause (``He went
    # on.``, not ``He went on to win the seat``).
    tag_phrase = phrase in QUOTE_TAG_PHRASES and (
        closes_on_tag_punctuation(text, position)
        or tokens[j + 1][-1:] in ".!?"
        or j + 2 < len(tokens)
        and tokens[j + 2] == ","
    )
    if phrase in SPEECH_VERBS or tag_phrase:
        offsets = _forward_offsets(text, tokens, position, j + 2)
        verb_position = offsets[j]
        verb_end = offsets[j + 1] + len(tokens[j + 1].rstrip(".!?"))
        verb = text[verb_position:verb_end]
    elif (
        lowered in SPEECH_VERBS
        or lowered in BELIEF_VERBS
        or lowered in _READ_FORMS
        or (
            lowered in _NOUN_LIKE_TAGS
            and not tokens[head].endswith(("’s", "'s"))
            or lowered == "state"
            and _plural_subject(tokens[head])
            or tags_quote_after(text, position, lowered)
            and (j + 1 >= len(tokens) or tokens[j + 1].lower() != "by")
        )
        # Right after the subject, not in the passive, and no participle or relative clause
        # (``“Dawn,” a film directed by Lind``, ``a show that Lind revived``).
        and all(
            token.lower() in AUXILIARIES and token.lower() not in _BE_FORMS
            for token in tokens[head + 1 : j]
        )
        and not any(token.lower() in _RELATIVES for token in tokens[k:head])
    ):
        offsets = _forward_offsets(text, tokens, position, j + 1)
        verb_position = offsets[j]
    else:
        return None
    head_token, head_position = tokens[head], offsets[head]
    head_bare = (
        head_token.rstrip(".")
        if head_token.rstrip(".").lower() not in (_TITLE_ABBREVIATIONS)
        else head_token
    )
    start = offsets[k]
    end = head_position + len(head_bare)
    return (
        Mention(text[start:end], start, end),
        Mention(verb, verb_position, verb_position + len(verb)),
    )


_RELATIVES = frozenset("that which who whom whose".split())
_NOT_MODIFIERS: Final = (
    _FUNCTION_WORDS
    | _PHRASE_PREPOSITIONS
    | _CLAUSE_OPENERS
    | _ALL_VERBS
    | {"even", "only", "just", "still"}
)


def _modifier(word: str) -> bool:
    """True for a plain lower-case word that may open a speaker phrase before its head (``retired
    skipper Ada Lind``, ``federal prosecutors``): not a function word, a preposition, a clause
    opener, a verb of speech, a participle or an adverb."""
    return word not in _NOT_MODIFIERS and not word.endswith(("ing", "ly"))


def _names_person(tokens: list[str], head: int) -> bool:
    """True when ``tokens[head]`` ends a name of two words or more that is not a title or an
    institution's first word (``Ada Lind``, ``Mr. Lind``; not ``Secretary``, ``Bank``)."""
    token = tokens[head].rstrip(".")
    return (
        head > 0
        and token[:1].isupper()
        and token.lower() not in TITLE_WORDS
        and token.lower() not in STOP_CAPS
        and tokens[head - 1][:1].isupper()
    )


QUOTE_TAG_PHRASES: Final = frozenset(
    (
        "went on", "goes on", "go on", "cut in", "cuts in", "broke in", "breaks in", "chimed in",
        "chimes in", "spoke up", "piped up", "shot back", "fired back", "snapped back",
        "pointed out", "points out", "hit back", "hits back", "lashed out", "spoke out",
    )
)  # fmt: skip
"""Phrasal verbs that attribute a quote right before them (``“Not yet,” she went on``)."""


def _plural_subject(token: str) -> bool:
    """Whether ``token``, a subject's head, is plural (``islanders``, ``they``): the plain form
    of a verb agrees with it."""
    lowered = token.lower()
    return lowered in ("they", "we") or lowered.endswith("s") and not lowered.endswith("ss")


_UNCLOSED_APPOSITION_VERBS: Final = frozenset("said says told tweeted wrote added".split())
"""Verbs of a tag that may follow an apposition left without its closing comma."""
_CIRCUMSTANCE_OPENERS: Final = frozenset("in on at during to last this".split())
"""Words opening where, when or to whom a tag's verb said it (``said in a statement``)."""
_NOT_BEFORE_STATES: Final = frozenset("united member baltic gulf nordic arab island".split())
"""Words that make ``states`` a noun after them (``the United States``, ``member states``)."""
_VERB_AFTER: Final = SPEECH_VERBS | AUXILIARIES | BELIEF_VERBS
"""Words that, right after ``states``, make it their subject (``the Gulf states said``)."""
_TAG_FIRST_WORDS: Final = frozenset(phrase.split()[0] for phrase in QUOTE_TAG_PHRASES)
_NOUN_LIKE_TAGS: Final = NOUN_LIKE_FORMS | {"states"}
"""Present forms more often nouns, verbs right after a quote and its subject (``Lind notes``)."""

_TAG_PUNCTUATION_RE: Final = re.compile(r"[,?!…][\"”’'»›]+\Z")


def closes_on_tag_punctuation(text: str, end: int) -> bool:
    """True when the quote ending at ``end`` closes on a comma, ``?`` or ``!`` inside its marks
    (``“Not yet,”``): its sentence goes on, and what follows it is its attribution."""
    return _TAG_PUNCTUATION_RE.search(text, max(0, end - 4), end) is not None


_MANNER_OF_SPEAKING: Final = frozenset(
    """
    yelled shouted screamed shrieked hollered bellowed roared barked howled cried exclaimed
    whispered muttered mumbled murmured stammered stuttered sighed gasped sobbed wailed groaned
    moaned grumbled growled snarled hissed snapped fumed raged ranted laughed chuckled giggled
    joked quipped teased taunted jeered heckled booed cheered scoffed sneered mocked chided
    scolded pleaded begged demanded pressed protested countered retorted interjected ventured
    mused marveled marvelled wondered gushed boasted bragged lamented complained cooed chirped
    squealed blurted questioned reacted beamed grinned
    """.split()
)
"""Past tenses of verbs of manner of speaking: after a quote closing on ``?`` or ``!`` they
attribute it (``“Why now?” she pressed``); another past verb there starts a sentence of its
own (``“12%!” Her father waved.``), as a ``?`` or ``!`` may end the quote's sentence."""


def tags_quote_after(text: str, end: int, word: str) -> bool:
    """Whether ``word``, a past tense right after the quote ending at ``end`` and its subject,
    attributes the quote: any past tense after a comma (see :func:`is_tag_verb`), only a verb
    of speech or of manner of speaking after ``?`` or ``!``."""
    if not (is_tag_verb(word) and closes_on_tag_punctuation(text, end)):
        return False
    if text[max(0, end - 4) : end].rstrip("\"”’'»›").endswith(","):
        return True
    return word in _MANNER_OF_SPEAKING or word in SPEECH_VERBS


def is_tag_verb(word: str) -> bool:
    """True for a verb in the past tense that, right after a quote closing on a comma and its
    subject, attributes the quote whatever its plain sense (``“Not yet,” she fumed``, ``“Why
    now?” Kral pressed``): English sets a quote's attribution off with that comma."""
    return len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()


# --- Sources ----------------------------------------------------------------------------------

_CAPS: Final = rf"[{UPPER}][\w’'.&\-]*"
_DAY_WORDS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
"""Days of the week, in lower case."""
_WEEKDAYS: Final = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
"""Days of the week, which end an outlet's name rather than go on with it."""
_OUTLET_NP: Final = (
    rf"(?:the\s+)?(?:{_CAPS}’s\s+|{_CAPS}'s\s+)?(?:(?:state|state-run|state-owned|independent|"
    rf"British|Russian|American|U\.S\.|German|French|Ukrainian|Chinese|Israeli|broadcaster|"
    rf"outlet|newspaper|network|broadcaster)\s+)*"
    rf"(?:(?:{OUTLETS})(?:\s+(?:{_CAPS}|\d+\b))*|"
    # ``told state media``, ``told state television``: the state's outlets, unnamed
    r"state(?:[- ]run|-owned|-controlled)?\s+(?:media|television|TV|radio)(?![\w\-])|"
    # ``the Daily Graphic``, ``the Evening Lamp``: a head that opens a paper's name takes the
    # capitalised words after it (not a day: ``told the Daily Monday``)
    rf"(?:Daily|Weekly|Evening)\s+(?!{_WEEKDAYS}\b){_CAPS}(?:\s+(?!{_WEEKDAYS}\b){_CAPS}){{0,2}}|"
    # ``WKTV 7 News``: a station's call letters and channel number before its head
    # ``The Varnby Post-Courier``: a head joined to another capitalised word is one name
    rf"(?:{_CAPS}\s+(?:(?:{_CAPS}|\d+)\s+){{0,3}})?(?:{OUTLET_HEADS})(?:-{_CAPS})?(?![\w])"
    # ``the Journal of Aging Medicine``: a head goes on with ``of`` and a name
    rf"(?:\s+of\s+{_CAPS}(?:\s+{_CAPS}){{0,3}}(?![\w]))?|"
    rf"(?:{_CAPS}\s+)?(?:state[- ]run\s+|state\s+|official\s+|public\s+)?(?:news\s+agency|"
    rf"broadcaster|newspaper|daily|TV\s+channel|television|radio|news\s+site|outlet)\s+"
    rf"{_CAPS}(?:\s+{_CAPS}){{0,3}}|"
    # ``the Voice of Qaram radio``: a name and a broadcaster's noun in lower case after it
    rf"{_CAPS}(?:\s+(?:of\s+)?{_CAPS}){{0,3}}\s+(?:radio|television|newspaper|news\s+agency|"
    r"broadcaster)(?![\w\-]))"
    rf"(?:[’']s\s+{_CAPS}(?:\s+(?:the\s+)?{_CAPS}){{0,3}})?"
    r"(?:\s+(?:state\s+|wire\s+)?(?:news\s+agency|newspaper|agency|network|broadcaster|"
    r"television|TV|radio|website|outlet|news\s+site|channel|daily|programme|program|show|"
    r"podcast))?"
)
_EVENT: Final = (
    rf"(?:a|an|the|his|her|their|its|this|that|[\w’]+’s)\s+(?:[\w\-]+\s+){{0,2}}(?:{EVENT_NOUNS})\b"
    # ``in a call for calm``: an appeal, and ``a close call`` a narrow escape, not a call on
    # which words were said
    r"(?!(?<=call)\s+for\b)(?<!close\scall)"
)
_PUBLICATION: Final = (
    rf"(?:a|an|the|his|her|their|its|[\w’]+’s)\s+(?:[\w\-]+\s+){{0,2}}(?:{PUBLICATION_NOUNS})\b"
)
_SOCIAL_NP: Final = (
    rf"(?:(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}(?:{SOCIAL_NOUNS})\s+(?:on|to)\s+"
    rf"(?:{SOCIAL_NAMES})\b|"
    # ``a Facebook post``: the network before the kind of post
    rf"(?:a|an|the|his|her|their|its)\s+(?:{SOCIAL_NAMES})\s+(?:{SOCIAL_NOUNS})\b|"
    rf"(?:{SOCIAL_NAMES})(?=[\s.,;:])|(?:a|an|the|his|her|their|its)\s+"
    rf"(?:{SOCIAL_NOUNS})\b)"
)


def _after_break(pattern: str) -> re.Pattern[str]:
    """``pattern``, which opens with ``\\b`` before a word character, compiled for a search in a
    region padded with one space in front (see :func:`find_source`).

    A pattern that opens with ``\\b`` makes the regex engine try a full match at every position.
    Opening with ``\\W`` instead, a character class, lets it skip ahead in C to the next non-word
    character (a fifth to a quarter faster), and the space in front stands for the start of the
    region. The match is the same; its offsets are one more than in the unpadded region.
    """
    if not pattern.startswith(r"\b"):
        raise ValueError(f"pattern must open with \\b: {pattern[:20]}")
    return re.compile(rf"\W(?:{pattern[2:]})")


_SHOWS: Final = (
    "Meet the Press|Face the Nation|This Week|State of the Union|Fox News Sunday|"
    "Sunday Morning Futures|60 Minutes|Good Morning America|Today|Morning Joe"
)
_REPORTING_VERBS: Final = (
    "reports|reported|said|says|writes|wrote|notes|noted|quoted|quotes|cited|cites"
)
# The outlet stands at the start of the region (after the space in front), after a comma or a
# semicolon, or after a word break. Each of these opens with one non-word character, the pad
# space, the comma or the one before the break (an outlet opens with a word character), so the
# pattern opens with ``\W``: the engine skips ahead in C to the next non-word character instead
# of trying the outlet at every position (a quarter faster; the match and its ``src`` group
# are the same, the match starts one character earlier).
_OUTLET_REPORTS_RE: Final = re.compile(
    rf"\W(?:(?<=^\x20)|(?<=[,;])\s+|(?:the\s+)?)(?P<src>{_OUTLET_NP})\s+(?:{_REPORTING_VERBS})\b"
)
"""``the Daily Herald reported``: an outlet as the subject of a reporting verb."""
_OUTLET_NP_RE: Final = re.compile(_OUTLET_NP)


class _OutletAfter:
    """The source pattern ``PREFIX\\s+(?P<src>_OUTLET_NP)`` (``PREFIX`` opening with ``\\b``),
    searched as its prefix and then the outlet where the prefix ends, so that the outlet's long
    pattern is compiled once, not once for each prefix (3 ms each at import).

    The outlet found is the one the whole pattern finds: the prefix (fixed words, of which one at
    most matches at a position) ends after all the spaces that follow it, and no outlet opens
    with a space, so the regex engine tries the outlet only there; the first prefix followed by
    an outlet makes the match, its outlet the first the outlet's pattern gives there.
    """

    __slots__ = ("prefix",)

    def __init__(self, prefix: str) -> None:
        self.prefix = _after_break(prefix + r"\s+")

    def search(self, chunk: str) -> tuple[int, int] | None:
        """The span of the outlet in the first match in ``chunk``, padded as for
        :func:`_after_break`."""
        position = 0
        while True:
            found = self.prefix.search(chunk, position)
            if found is None:
                return None
            outlet = _OUTLET_NP_RE.match(chunk, found.end())
            if outlet is not None:
                return outlet.span()
            position = found.start() + 1


_DAY_NAMES: Final = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    "May|June|July|August|September|October|November|December"
)
"""Days and months, which a preposition after a source names the time of (``a statement on
Tuesday``, ``an interview in March``), no part of the source."""
_GENERIC_OUTLET: Final = (
    r"(?:the|this|our)\s+(?:paper|newspaper|outlet|news\s+outlet|magazine|publication|website|"
    r"news\s+site|broadcaster|channel)(?![\w’'\-])"
)
"""An outlet called by a common noun, which stands for one the document named before or for
the publishing outlet itself (``the paper``, ``this outlet``)."""
GENERIC_OUTLET_RE: Final = re.compile(_GENERIC_OUTLET)
"""``_GENERIC_OUTLET`` alone, to tell such a source from a named one."""
_TOLD_GENERIC_OUTLET_RE: Final = _after_break(
    r"\b(?:[Ii]n\s+an?\s+interview\s+with|told|telling|tells|[Ss]peaking\s+to|[Ss]poke\s+to)"
    rf"\s+(?P<src>{_GENERIC_OUTLET})"
)
"""A speaker telling an outlet called by a common noun (``told the newspaper``)."""
_SOURCE_PATTERNS: list[tuple[re.Pattern[str] | _OutletAfter, SourceKind]] = [
    (
        _OutletAfter(r"\b(?:[Ii]n\s+an?\s+interview\s+with|told|telling|tells|to)"),
        SourceKind.OUTLET,
    ),
    (_TOLD_GENERIC_OUTLET_RE, SourceKind.OUTLET),
    (
        # ``said on CNN``, ``Appearing on Sky News,``, ``Writing in the Daily Herald,``: the
        # outlet the words went out on (not ``in Times Square``: a name goes on after it).
        _after_break(rf"\b(?:[Oo]n|[Ii]n)\s+(?P<src>{_OUTLET_NP})(?![\w’'\-]|\s+[{UPPER}])"),
        SourceKind.OUTLET,
    ),
    (
        _after_break(
            rf"\b[Aa]ccording\s+to\s+(?P<src>(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}(?:{PUBLICATION_NOUNS})\s+(?:from|by|in|of)\s+{_OUTLET_NP})"
        ),
        SourceKind.OUTLET,
    ),
    (_OutletAfter(r"\b[Aa]ccording\s+to"), SourceKind.OUTLET),
    (
        _OutletAfter(r"\b[Ii]n\s+the\s+pages\s+of"),
        SourceKind.OUTLET,
    ),
    (_OUTLET_REPORTS_RE, SourceKind.OUTLET),
    (
        _OutletAfter(r"\b(?:reports|reported|reporting\s+by|told|telling)"),
        SourceKind.OUTLET,
    ),
    (
        _OutletAfter(r"\b(?:inquiry|question|request|questions)\s+(?:by|from)"),
        SourceKind.OUTLET,
    ),
    (_after_break(rf"\b(?:[Ii]n|[Oo]n|via|through)\s+(?P<src>{_SOCIAL_NP})"), SourceKind.SOCIAL),
    (_after_break(rf"\b(?P<src>tweeted|posted\s+on\s+(?:{SOCIAL_NAMES}))\b"), SourceKind.SOCIAL),
    (
        _after_break(
            # ``addressing a seminar``, ``speaking at a vigil``: the occasion the words were said at
            rf"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Oo]n|[Aa]fter|[Aa]ddressing|[Ss]peaking\s+(?:at|to|during))"
            rf"\s+(?P<src>{_EVENT}(?:\s+(?:with|on|in|at)\s+"
            # ``an interview in French``: the language of the words, no part of the event
            rf"(?!(?:{_LANGUAGE_NAMES}|{_DAY_NAMES})\b)(?:{_OUTLET_NP}|{_CAPS}(?:\s+{_CAPS})*))?)"
        ),
        SourceKind.EVENT,
    ),
    (
        # ``told a news conference``: the occasion addressed, as ``addressing`` names it (not
        # ``telling her in a debate``, where the event follows the person told)
        _after_break(
            rf"\b(?:told|tells|telling)\s+(?P<src>(?:a|an|the|[\w’]+’s)\s+(?:[\w\-]+\s+){{0,2}}"
            rf"(?:{EVENT_NOUNS})\b(?!(?<=call)\s+for\b)(?<!close\scall))"
        ),
        SourceKind.EVENT,
    ),
    (
        _after_break(
            rf"\bon\s+(?P<src>(?:(?:{_CAPS}\s+){{0,2}}{_CAPS}’s\s+)?(?:{_CAPS}\s+)?(?:{_SHOWS}|(?:{_CAPS}\s+){{0,3}}"
            r"(?:Show|Tonight|Live|Hour|Report|Sunday|Press|Podcast|Nation)))\b"
        ),
        SourceKind.EVENT,
    ),
    (
        _after_break(
            # ``a statement on Tuesday``: the day it was issued, no part of its name
            # ``a study from the University of Calder``: a body's name goes on after ``of``
            # ``who was not involved in the study``, ``took part in the survey``: the work a
            # person had a share in, not the channel of the words
            r"\b(?<!involved\s)(?<!part\s)(?<!participated\s)(?<!enrolled\s)"
            rf"(?:[Ii]n|[Aa]ccording\s+to|[Ff]rom)\s+(?P<src>{_PUBLICATION}(?:\s+(?:from|by|to|on|in|of|for)\s+(?!(?:{_DAY_NAMES})\b)(?:the\s+)?{_CAPS}(?:\s+{_CAPS})*(?:\s+of\s+(?:the\s+)?{_CAPS}(?:\s+{_CAPS})*)?)?)"
        ),
        SourceKind.PUBLICATION,
    ),
]


@dataclass(slots=True)
class Source:
    """A channel through which a quote reached the article."""

    text: str
    kind: SourceKind
    start: int
    end: int


_OUTLET_GATE_WORDS: Final = sorted(
    set((OUTLETS + "|" + OUTLET_HEADS).split("|"))
    | {"agency", "broadcaster", "newspaper", "daily", "outlet", "television", "radio", "media"}
    | {"paper", "magazine", "publication", "website", "site", "channel"}
    | {"Evening"}  # opens a paper's name (``the Evening Clarion``), as ``Daily`` does
)
_SOCIAL_GATE_WORDS: Final = (
    "tweet|post|Twitter|X|Facebook|Instagram|Telegram|Truth|TikTok|YouTube|Threads|"
    "Bluesky|LinkedIn|Weibo|WeChat|Reddit|Substack|Mastodon|Gab|Parler|VK|video|message|blog"
).split("|")
"""Words of a social post; a prefix is enough (``tweeted``, ``posts``)."""
_EVENT_GATE_WORDS: Final = sorted(set(EVENT_NOUNS.split("|")))
_SHOW_WORDS: Final = ["Press", "Nation", "Show", "Tonight", "Podcast", "Minutes"]
_SHOW_AFTER_NAME: Final = (
    r"[A-Z][\w’']*\s+"
    r"(?:Show|Tonight|Live|Hour|Report|Sunday|Press|Podcast|Nation|Week|Union|Today|Minutes)"
)
"""A show named by a word and its kind (``Evening Show``), a gate of event sources."""
_PUBLICATION_GATE_WORDS: Final = sorted(set(PUBLICATION_NOUNS.split("|")))
_GATE_PATTERNS: Final = {
    SourceKind.OUTLET: r"\b(?:" + trie_pattern(_OUTLET_GATE_WORDS) + r")\b",
    SourceKind.SOCIAL: r"\b(?:" + "|".join(_SOCIAL_GATE_WORDS) + ")",
    SourceKind.EVENT: (
        r"\b(?:"
        + trie_pattern(_EVENT_GATE_WORDS)
        + "|"
        + _SHOW_AFTER_NAME
        + "|"
        + "|".join(_SHOW_WORDS)
        + r")\b"
    ),
    SourceKind.PUBLICATION: r"\b(?:" + trie_pattern(_PUBLICATION_GATE_WORDS) + r")\b",
}
"""Cheap tests run before the source patterns of each kind: most sentences name no source."""
_GATES: Final = {kind: _after_break(pattern) for kind, pattern in _GATE_PATTERNS.items()}
_ANY_GATE: Final = _after_break(
    r"\b(?:(?:"
    + trie_pattern(
        sorted({*_OUTLET_GATE_WORDS, *_EVENT_GATE_WORDS, *_SHOW_WORDS, *_PUBLICATION_GATE_WORDS})
    )
    + r")\b|"
    + trie_pattern(sorted(_SOCIAL_GATE_WORDS))
    + "|"
    + _SHOW_AFTER_NAME
    + r"\b)"
)
"""All the gates in one pattern: one search rules out most regions. The words of the gates
that end at a word break share one trie, so each position tries one alternation of first
letters, not one per gate (a quarter faster; it passes exactly where one of the gates does)."""


_REPORTING_VERB_RE: Final = re.compile(rf"\s(?:{_REPORTING_VERBS})\b")
"""A part that ``_OUTLET_REPORTS_RE`` must match, found far faster: that pattern opens with an
alternation and ``\\b``, so it is tried at every position of the region (a third of all the
time in ``find_source``), though most regions hold no reporting verb at all."""


def _gate_open(gates: dict[SourceKind, bool], kind: SourceKind, chunk: str) -> bool:
    """Whether the gate of ``kind`` passes on ``chunk``, searched once and kept in ``gates``."""
    passed = gates.get(kind)
    if passed is None:
        passed = gates[kind] = _GATES[kind].search(chunk) is not None
    return passed


_NO_OUTLET: Final = frozenset(
    "reporters|the press|tv|the tv|radio|the radio|television|the television|news|the news|"
    "the network|press".split("|")
)
"""Words that name a medium or the press in general, not an outlet (``in TV interviews``)."""
_PRIORITY: Final = {
    SourceKind.OUTLET: 0,
    SourceKind.SOCIAL: 1,
    SourceKind.PUBLICATION: 2,
    SourceKind.EVENT: 3,
    SourceKind.OTHER: 4,
}
"""Which source wins when a sentence names several: the outlet the words reached the article
through (``according to NBC News``) rather than the event where they were said."""


_HONORIFIC_BEFORE_RE: Final = re.compile(r"(?:^|\W)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t\u00a0]$")


def _before_surname(text: str, start: int) -> bool:
    """Whether the words before ``start`` make what starts there a surname: an honorific or a
    known given name right before it (``Mr. Slate``, ``Ada Slate``)."""
    before = text[max(0, start - 12) : start]
    if _HONORIFIC_BEFORE_RE.search(before) is not None:
        return True
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].lower() in FIRST_NAMES


_ROLE_FOR_RE: Final = re.compile(r"(?:^|\W)([a-z]+)\s+(?:for|of|at)\s+(?:the\s+)?$")


def _after_role_of(text: str, start: int) -> bool:
    """True when the name at ``start`` follows a role noun and ``for``, ``of`` or ``at``
    (``a spokesman for the Medicines Agency``): the body the speaker serves, not an outlet
    the words reached the article through."""
    match = _ROLE_FOR_RE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1) in ROLE_NOUNS


def find_source(
    text: str, start: int, end: int, skip: tuple[int, int] | None = None
) -> Source | None:
    """The first source named in ``text[start:end]`` (outside the ``skip`` span, the content)."""
    regions = [(start, end)] if skip is None else [(start, skip[0]), (skip[1], end)]
    best: Source | None = None
    for region_start, region_end in regions:
        if region_end - region_start < 4:
            continue
        # The space in front stands for the region's start: the patterns open with \W, not \b.
        chunk = " " + text[region_start:region_end]
        if _ANY_GATE.search(chunk) is None:
            continue
        # Each gate is searched only when a pattern of its kind is reached.
        gates: dict[SourceKind, bool] = {}
        for pattern, kind in _SOURCE_PATTERNS:
            if not _gate_open(gates, kind, chunk) and not (
                kind is SourceKind.OUTLET and _gate_open(gates, SourceKind.PUBLICATION, chunk)
            ):
                continue
            if pattern is _OUTLET_REPORTS_RE and _REPORTING_VERB_RE.search(chunk) is None:
                continue
            if isinstance(pattern, _OutletAfter):
                span = pattern.search(chunk)
            else:
                match = pattern.search(chunk)
                span = None if match is None else match.span("src")
            if span is None:
                continue
            value = chunk[span[0] : span[1]].rstrip(" .,")
            if kind is SourceKind.OUTLET and value.lower() in _NO_OUTLET:
                continue
            s = region_start - 1 + span[0]
            if kind is SourceKind.OUTLET and _before_surname(text, s):
                continue  # ``Mr. Slate said``, ``Ada Slate said``: a person, not the magazine
            if kind is SourceKind.OUTLET and _after_role_of(text, s):
                continue  # ``a spokesman for the Medicines Agency``: who employs the speaker
            candidate = Source(value, kind, s, s + len(value))
            if best is None or (_PRIORITY[candidate.kind], candidate.start) < (
                _PRIORITY[best.kind],
                best.start,
            ):
                best = candidate
            break
    return best


def is_primary(cue: str) -> bool:
    """True for a verb that commonly attributes a direct quote (said, told, added, wrote)."""
    return cue.lower() in PRIMARY_CUES
