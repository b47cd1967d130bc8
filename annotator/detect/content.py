"""Where reported content starts and ends: the clause after a cue (after ``that``, an addressee,
a place or a time), the cuts before a second predicate, a comment or the next attribution, and
the lead before an attribution.

Below the subjects, whose rules ask where a clause or a comment ends.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

from annotator.detect.attitudes import CLAUSE_VERB_RE
from annotator.detect.attribution import (
    _TOKEN_RE,
    AUXILIARIES,
    CUE_RE,
    OBJECT_TAKING,
    PARTY_DESIGNATION_RE,
    SPEECH_NOUN_SET,
    Mention,
    _np_token,
    clause_comma,
    noun_of_people,
    subject_then_verb,
)
from annotator.detect.document import Draft
from annotator.detect.lexicon import (
    BELIEF_VERBS,
    PREDICATE_CONTENT_NOUNS,
    PRIMARY_CUES,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from annotator.detect.names import STOP_CAPS
from annotator.detect.speakers import (
    _DETERMINER_WORDS,
    _IRREGULAR_PAST,
    _QUANTIFIERS,
    SpeakerResolver,
    _word_before,
)
from annotator.records import QuoteType

_LEAD_ADVERBIAL_RE: Final = re.compile(
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
    # ``said last week the port ...``: a week or a month back is when it was said, as a day is.
    r"(?:\s+(?:last|earlier\s+this)\s+(?:week|month|weekend)"
    r"(?=\s+(?:the|a|an|his|her|its|their|he|she|they|it|we|there)\s))|"
    r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|recently|again|also|repeatedly|publicly|"
    r"previously|earlier|later|afterwards|afterward|once|privately|separately|too)\b)"
)


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


def _word_written_before(text: str, position: int) -> str:
    """The word ending right before ``position`` (one space between), as written."""
    start = text.rfind(" ", position - 20 if position > 20 else 0, position - 1) + 1
    return text[start : position - 1]


_FINITE_SKIPS: Final = frozenset("still also never then soon only not already even just".split())
"""Adverbs between a subject and its verb (``the board still knows``)."""
_CLAUSE_SUBJECT_OPENERS: Final = frozenset(
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


_FINITE_AUXILIARIES: Final = frozenset(
    "is are was were has have had will would could can must should may might did does do "
    "won't can't isn't aren't wasn't weren't doesn't don't didn't".split()
)
"""Auxiliaries and modals that make a clause finite."""
_CLAUSE_BEFORE_THAT_RE: Final = re.compile(
    r"\b(?:he|she|they|we|I|it|and|but|what|whether|how|why|where|which|"
    r"is|are|was|were|has|have|had|will|would|could|can|must|should|might)\s"
)
"""Words showing that the content started before a later ``that`` (``saying she could
not back it and suggesting that ...``, ``asking workers what the looms could do that nobody
asked``, ``said many skippers were unaware that ...``: a finite verb of a clause that the
``that`` only goes on with): the ``that`` belongs to another clause."""
_ABBREVIATED_MONTH_RE: Final = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?= \d)")
"""A month abbreviated before the day (``Jan. 3``), as AP style writes a date."""
_NAME_APPOSITION_RE: Final = re.compile(r", (?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+,(?!\S)")
"""A person's name set off by commas after the addressee (``told a news conference with his
counterpart, Ilse Marchetti, that``): its commas end nothing."""
_CLOCK_TIME_RE: Final = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.(?!\w)")
"""A time of day as AP style writes it (``3:15 p.m.``, ``9 a.m.``): its full stops end nothing."""
_STOP_BEFORE_THAT_RE: Final = re.compile(r'[.,;:“”"]')
"""A mark between a cue and a later ``that``: the ``that`` then opens no content of the cue."""
_NOT_REST_OPENERS: Final = frozenset(
    "who which whose whom including but though although while whereas as because since".split()
)
"""Words after ``according to X,`` that open no rest of the content."""
_SHOUT_BEFORE_RE: Final = re.compile(r"\b(?:yelled|shouted|screamed|chanted|exclaimed)$")
"""Cues that take the quote right after them, with no comma (``a man yelled “Go home!”``)."""
_NUMBER_WORDS: Final = frozenset(
    "two three four five six seven eight nine ten dozen hundred half third quarter".split()
)


_PLAIN_SAY: Final = frozenset("said says say".split())
"""Cues that report speech whatever their subject: a common noun phrase can be the speaker."""
_IN_TO_SAY_RE: Final = re.compile(r"\s+in\s+to\s+(?P<verb>[a-z]+)\s+")
"""``wrote in to say``, ``called in to ask``: a reader's letter or call and its verb of
speech, after which the content starts."""
_APPOSITION_WORDS: Final = frozenset("a an the another his her its their one".split())
"""Words opening an appositive after a name (``Ivo Kral, a retired skipper,``)."""
_BE_FORMS: Final = frozenset("is are was were be been being".split())
_COORDINATED_VERB_RE: Final = re.compile(
    r",?\s(?:and|but)\s+(?:(?:also|then|later|quickly|immediately|even|again|went on to)\s+)?"
    r"(?P<aux>(?:did|does|would|could|has|had|was)\s+(?:not\s+|n[’']t\s+|never\s+)?)?"
    r"(?P<verb>[a-z]+(?:-[a-z]+)?)\b"
)
"""``and`` or ``but`` and the verb of a second predicate (``and questioned why``, ``but did
note``)."""
_THAT_SOON_RE: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?that\s")
"""``that`` right after a verb or its adverb (``suspected immediately that``)."""
_FINITE_WORDS: Final = frozenset(
    "is are was were be been has have had do does did will would can could should may might "
    "must am".split()
)
"""Words that make a clause: their presence in the content leaves a later ``and`` to it."""
_AFTER_SECOND_VERB: Final = frozenset(
    "the a an his her their its this that these those him them me us it he she they we "
    "to for of on in at about with against why whether how what when where if back off up out "
    "down away again more no".split()
)
"""Words after the verb of a second predicate: an object, a clause or a particle, not the noun
that an adjective in ``-ed`` would go with."""
_CLAUSE_SUBJECTS: Final = frozenset(
    "that why whether if how what when where who he she they it we i you there".split()
)
"""First words of a content that is a clause (``asked why ...``, ``says he's ...``)."""
_PARTICIPLE_AFTER_RE: Final = re.compile(r",\s+[a-z]+ing\b")
"""A participle clause of the author's after an attribution (``, referring to ...``): what
stands before the attribution is all the content, however short."""
_APPOSITION_OPENERS: Final = frozenset("a an the who whose which".split())
"""Words opening an appositive or a relative clause of the speaker after an attribution."""
_APPOSITIVE_OPENERS: Final = frozenset(
    "a an the his her their its one another who whose whom which where according of and but "
    "though although without then as while when after before".split()
)
"""Words opening what may follow a trailing attribution after a comma: an appositive (``, a
former mayor``), a relative or a clause of the author's (``, though she gave no date``)."""
_TIME_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week weekend month year day "
    "night morning afternoon evening today yesterday tonight time moment".split()
)
_MONTHS: Final = frozenset(
    "january february march april may june july august september october november december "
    "last earlier later".split()
)
_SUBJECT_DETERMINERS: Final = frozenset("the a an his her their its these those".split())
"""Words opening a noun phrase that, right after ``said``, is the content's subject."""
_WORD_RE: Final = re.compile(r"[\w’'\-]+")
_PARENTHETICAL_RE: Final = re.compile(
    r",\s+(?:however|though|too|also|meanwhile|moreover|indeed|instead|still|in fact|of course|"
    r"for instance|for example|in turn|in particular|in contrast|by contrast|in addition|"
    r"at least|at the same time|for (?:their|his|her|its|our) part)\s*,\s+$"
)
"""A parenthetical adverb between a subject and its cue (``Ferry skippers, for example,
argue``)."""
_INVERTED_REST_RE: Final = re.compile(r",\s+([a-z]+)\b")


_CLAUSE_OPENERS: Final = frozenset(
    "and but while whereas though although yet so almost nearly virtually".split()
)
"""Words before a subject opening a clause (``while another says``, ``almost everyone``)."""
_NOT_SUBJECT: Final = frozenset(
    "the a an and or but nor that which who whom whose what when where why how than then "
    "there here it its this these those they them their we us our you your he him his she her "
    "i me my to of in on at by for with from into about as if so not also is are was were be "
    "been being has have had do does did will would can could should may might must just "
    "ever never always again once twice yet still already".split()
)
"""Function words: never the head of a speaker phrase, and the end of a walk back to one."""
_FUNCTION_NOT_DETERMINER: Final = _NOT_SUBJECT - _DETERMINER_WORDS
"""The function words of :data:`_NOT_SUBJECT` but the determiners, which may open a subject
phrase (the difference taken once, not once per word tested)."""
_ON_DAY_RE: Final = re.compile(
    r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\s+"
)
"""The day after a cue (``warned on Tuesday``): when it was said, not a topic joined by ``on``."""
_NAME_GOES_ON_RE: Final = re.compile(
    r"\s+(?:[A-Z]\.|[A-Z][\w’'-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){0,3}\s+(?:(?:still|also|never|"
    r"then|later|now|only|[a-z]+ly)\s+)?(?:[a-z]+ed|went|had|has|have|is|was|were|are|will|"
    r"would|could|can|must|should|may|might|did|does|do)\b"
)
"""After a comma, a name then a verb (``, Kral went``, ``, Pell must``): a clause going on, not
an apposition of names."""
_PHRASE_GOES_ON_RE: Final = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|these|those|every|most|many|some)"
    r"(?:\s+(?!(?:who|whom|whose|which|that)\b)[a-z][\w’'-]*){1,3}"
    r"\s+(?:(?:still|also|never|then|soon|only|not|[a-z]+ly)\s+)?"
    r"(?:will|would|could|can|must|should|may|might|is|are|was|were|has|have|had)\s"
)
"""After a comma, a noun phrase opened by a determiner then an auxiliary (``, the quay could
close``, ``, every net has rotted``): a clause going on, the rest of an interrupted content,
not an appositive of the speaker (``, the former mayor``)."""
_PLAIN_SPEECH_RE: Final = re.compile(r"\b(?:said|says|say|told|tells|added|adds|wrote|writes)\b")
"""The verbs of plain speech, whose trailing attribution may end on a clause of when."""
_PASSIVE_BE_RE: Final = re.compile(r"\s(?:is|are|was|were|been|being)\s")
"""A form of ``be`` inside an attribution: a passive (``as it was called``), no speaker."""
_LEAD_ENDS: Final = (",", "—", "–", ',"', ",”", ",’", ",'", ",''")
"""How reported content ends before an attribution that follows it (``..., she said``)."""
_TRAILING_RE: Final = re.compile(
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
    # ``said Kral who spoke during a tour``: a relative clause of the speaker, no comma before
    r"(?:\s+who\s[^,;:.!?“”\"]+)?"
    r"(?:,[^;:“”\"]*)?(?:[\s.!?)]*$|;\s)"
)
"""What may follow an attribution that closes its sentence: short adverbials (``in an interview
on Monday``, ``in a long interview with the Courier``), then an appositive after a comma (``, a
former mayor``), then the full stop. An adverbial holds no verb of a clause: after ``said on
Monday the port would close`` the content follows the cue."""
_INTERRUPTION_TAIL_RE: Final = re.compile(
    r"(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|yesterday|today|tonight|"
    r"as|while|when|whilst)\b[^,;:.!?“”\"]{0,60})?\s*,\s*"
)
"""What may follow the cue of an attribution that interrupts reported speech, up to the comma
before the rest of it: nothing, a time or place (``Kral said on Monday,``) or a clause of when
it was said (``Kral said as he left,``)."""
_COMMA_CLOSE_RE: Final = re.compile(r".?[,!?][\"”’']+|.?[\"”’'],")
"""A quote closing on a comma, ! or ? (``...,”``, ``...?”``, ``...”,``): all that was said."""
_ASIDE_OPENERS: Final = (" -", " —", " –", "(", "—", "–")
"""A dash or parenthesis opening an aside inside a sentence."""
_ASIDE_CLOSE_RE: Final = re.compile(
    r"(?:\s+(?:on|in|at|later|again)\b[^,()—–]{0,30}?)?\s*(?:[—–)]|\s-\s)"
)
"""The end of an aside right after its cue (``she said —``, ``he said on Friday)``)."""
_AFTER_ASIDE_RE: Final = re.compile(r"\s*(?:[.,;:!?]|$|(?:and|but|or|then)\b)")
"""After an aside: the sentence ends, or a clause joined to the subject's (``— and left``)."""
_CLAUSE_COMMA_RE: Final = re.compile(r",[\"”’']*\s")
"""A comma ending a clause, with the closing mark of a quote that ends there (``schools,"``)."""
_CLAUSE_BREAK_RE: Final = re.compile(r"[,;:]\s|\s[—–-]\s|\s(?:but|while|whereas|although)\s")
_ADDRESSEE_RE: Final = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|[\w.’'-]+’s|[\w.’'-]+'s)\s+)?(?:“[^”]{1,40}”|[\w.’'-]+)"
    # A second determiner or a finite verb opens the clause told (``told the board the year
    # was strong``), no more words of the addressee.
    r"(?:\s+(?!(?:on|in|at|during|after|before|that|about|to|of|for|with|the|a|an|"
    r"is|was|were|are|had|has|have|will|would|could|should|can|may|might|must)\b)"
    r"(?:“[^”]{1,40}”|[\w.’'-]+)){0,4}?(?=[,.;]|\s+(?:on|in|at|during|after|before)\b"
    # ``told the skippers as he left the quay``: a clause of when it was said
    r"|\s+(?:as|while|when|whilst)\s+(?:he|she|they|we|I|[a-z]+ing)\b)"
)
"""The addressee of a cue like ``told`` up to a comma, a full stop, an adverbial (``told ITV’s
“Breakfast” on Friday``) or a clause of when: what follows may still close a trailing
attribution."""
_ADDRESSEE_WORDS: Final = frozenset(
    "reporters journalists lawmakers supporters him her them us me".split()
)
_BODIES_ADDRESSED: Final = frozenset(
    "jury court council committee panel parliament senate crowd audience assembly board "
    "congregation class".split()
)
"""Bodies of people in the singular that a speaker tells something (``tells jury she saw``)."""
_CLAUSE_WORDS: Final = frozenset("to that if whether how why what when where and or but".split())
"""Words that end a phrase of place or time and open what follows it (``to leave``)."""
_PHRASE_LINKS: Final = frozenset("of for with about from by into over on at in as".split())
"""Prepositions inside a phrase: after a place or a time they make it something else."""
_PLACE_OR_TIME_LEADS: Final = frozenset("at in outside inside near after before during".split())
"""Prepositions of a place or a time after an addressee (``told reporters at the quay``);
``on`` only before a day or a date (``on Monday``), else a topic (``advised him on``)."""
_CONTENT_OPENERS: Final = frozenset("the a an his her their its this these those".split())
"""After an addressee (``told reporters``), a determiner opens the reported clause."""
_COUNT_OPENERS: Final = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundreds thousands dozens several".split()
)
"""Counts that, after an addressee, open the reported clause as a determiner does (``told
police two men had fled``, ``told the board 40 jobs would go``)."""


def _opens_count(word: str) -> bool:
    """Whether ``word`` is a count in figures or words (``40``, ``two``, ``several``)."""
    return word.isdigit() or word.lower() in _COUNT_OPENERS


_HEADLINE_TO_RE: Final = re.compile(r"[ \t]+to[ \t]+([A-Za-z]+)\b")
_NOT_HEADLINE_VERBS: Final = frozenset(
    "the a an his her their its our my your this that these those him her them us me it "
    "reporters journalists press media".split()
)
"""Words after ``said to`` that make it speech to an addressee, not hearsay."""
_NOT_OBJECT_HEADS: Final = frozenset(
    "he she they it we I that to who what whether if how why".split()
)
"""Words after ``her`` that make it the addressee, not a determiner (``told her he had``)."""
_ASIDE_BEFORE_THAT_RE: Final = re.compile(
    r",\s+(?:however|though|too|also|again|moreover|nevertheless|meanwhile|instead|in turn|"
    r"for (?:his|her|their|its|our|my) part),\s+that\s"
)
"""A parenthetical adverb between a cue and its ``that`` (``said, however, that``)."""
_ASIDE_THEN_THAT_RE: Final = re.compile(r",\s+(?:[^\s,.;:“”\"]+\s+){0,5}[^\s,.;:“”\"]+,\s+that\s")
"""An aside of a few words between commas after the cue's circumstance, then ``that``
(``wrote on Bluesky, the social platform, that``, ``said in a memo, sent Monday, that``)."""
_APPOSITION_THEN_CLAUSE_RE: Final = re.compile(
    r"[ \t]+(?:(?:the|a|an|his|her|their|its|our)[ \t]+(?:[\w’'\-]+[ \t]+){0,2})?[\w’'\-]+"
    r",\s+(?:[^\s,.;:“”\"]+\s+){0,5}[^\s,.;:“”\"]+,\s+"
    r"(?=(?:that|whether|if|how|what|why|when|where)\s)"
)
"""An apposition to the addressee between commas, then the clause told or asked (``told the
skipper, Ivo Lind, that``, ``asked the defendant, a cook, whether``)."""
_ADDRESSEE_DETERMINERS: Final = frozenset("the a an his her their its our".split())
_CLAUSE_PRONOUNS: Final = frozenset("he she they it we I".split())
_WH_WORDS: Final = frozenset("who what when where why how whether if".split())
_QUOTE_CONTINUING_WORDS: Final = frozenset("and but or nor so then".split())
"""Conjunctions that, opening a quote, join it to words before it."""
_RELATIVE_TIME_LEADS: Final = frozenset("last this next".split())
"""Words that make a time of the noun after them (``last week``, ``this morning``)."""
_RELATIVE_TIME_NOUNS: Final = frozenset(
    "week month year weekend morning afternoon evening night".split()
)
"""The nouns of a time after ``last``, ``this`` or ``next``."""
_NAME_THEN_VERB_RE: Final = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|[a-z]+ed)\b"
)
"""A name and the verb of its clause, opening what was said after an addressee."""
_PARTICLES: Final = frozenset("for about on of against as".split())
"""Prepositions that join a cue right after it (``called for``, ``warned about``)."""
_OUTLET_END_NOUNS: Final = frozenset(
    "programme program show podcast newspaper website channel station".split()
)
"""Nouns that end an outlet's name after ``told`` (``told BBC Radio 4's Today programme the
decision was ...``): still the addressee, and a new phrase after them is the content."""
_STATE_OUTLET_RE: Final = re.compile(
    r"state(?:[- ]run|-owned|-controlled)?[ \t\u00a0]+(?:media|television|TV|radio)\b"
)
"""The state's outlets, unnamed (``told state media the port ...``): the addressee."""
_PREPOSITIONS: Final = frozenset(
    "on in at after before during to from with for by about while when as of into over under "
    "since until without amid amidst despite".split()
)
_COMMENT_RE: Final = re.compile(
    r",[ \t\u00a0]+(?:something|(?:a|an)[ \t\u00a0]+(?:[a-z\-]+[ \t\u00a0]+)?(?:claim|assertion|"
    r"allegation|charge|accusation|contention|view|position|suggestion|notion|idea|account|"
    r"characteri[sz]ation|description|version|point|argument|premise|theory|figure|estimate|"
    r"prediction|promise|pledge)|claims|allegations|charges|which)[ \t\u00a0]+(?:that[ \t\u00a0]+)?"
)
"""The opening of a comment on what a clause reports, set off by a comma: ``, something the
board neither confirmed nor denied``, ``, a claim that the mayor rejected``, ``, which the
council disputed``. The comment ends the reported content, and its subject is a new speaker
(see :meth:`_Detector.comment_clause`)."""
_COMMENT_VERBS: Final = (
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
_COMMENT_SKIPPED: Final = AUXILIARIES | frozenset(
    "neither either both be been being yet long still never not also".split()
)
"""Words between the subject of a comment and its verb (``the board neither confirmed``)."""
_COMMENT_ENDS_RE: Final = re.compile(
    r"[\s\"”’'».!?)]*$|[\s\"”’'»]*(?:;|[ \t]+[—–-]+[ \t]|,[ \t]+(?:(?:only|instead|also|then|"
    r"later|rather|simply|merely|just|but|and|while|though|although|even|so|according)\b|"
    r"[a-z]+ing\b))"
)
"""What may follow a comment on reported content: the end of the sentence, a semicolon or a
dash, a clause of the author's or a participle clause (``, only saying ...``). Anything else
goes on with the content (``the plan, which the mayor announced in May, was dropped``)."""


class ContentBounds(SpeakerResolver):
    """The layer that adds to ``SpeakerResolver``. Where reported content starts and ends: the
    clause after a cue (after ``that``, an addressee, a place or a time), the cuts before a
    second predicate, a comment or the next attribution, and the lead before an attribution."""

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

    def past_appositive(self, start: int, sent_end: int, of_person: bool = False) -> int:
        """Where the text goes on after an appositive or a relative clause set off by commas
        that opens at ``start`` (``, another former envoy,``; ``According to Kral, who retired from
        the harbour board, the quay ...``); ``start`` when none opens there. With
        ``of_person``, an appositive must name a role or a kind of person (``an analyst at
        the bank``): opening the sentence, a phrase of a thing is the content's subject
        (``According to Kral, the quay, built in 1900, will be sold``)."""
        text = self.text
        following = text.find(",", start, sent_end)
        words = text[start:following].split() if following > 0 else []
        if words and (
            words[0] in _APPOSITION_WORDS
            and len(words) <= 8
            and (
                not of_person
                or any(noun_of_people(word.lower()) or word.lower() in ROLE_NOUNS for word in words)
            )
            or words[0] in ("who", "whose")
            and len(words) <= 12
        ):
            return following + 1
        return start

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
        start = self.past_appositive(comma + 1, sent_end)
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
        # The verb is among the first nine words and the subject before it: the rest of a long
        # sentence is not read.
        words = list(islice(_WORD_RE.finditer(text, start, end), 9))
        verb = next((k for k, w in enumerate(words) if w.group().lower() in _COMMENT_VERBS), -1)
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
        if cue.lower().startswith(_INFINITIVE_CUE_STEMS) and _INFINITIVE_RE.match(text, cue_end):
            # ``promised to cut tolls on boats that fish the bay``: what was promised is the
            # infinitive; a later ``that`` opens a relative clause inside it.
            return cue_end + 1
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
                if addressee and (
                    token in _CONTENT_OPENERS
                    or token == "that"
                    # ``told police two men had fled``: a count opens the clause (not ``told
                    # WKTV 7 News``, a channel's number inside its name)
                    or _opens_count(token)
                    and _word_written_before(text, match.start()).islower()
                ):
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
                        or _opens_count(following)
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
        previous = ""
        for words, match in enumerate(tokens):
            token = match.group()
            people_told = noun_of_people(previous) or previous in _BODIES_ADDRESSED
            if words and people_told and _bare_subject_at(text, match):
                return match.start()  # ``told the harbour board fees would rise``
            if words == 2 and people_told and self.opens_place_or_time(token, match.end()):
                # ``told the harbour board on Tuesday fees ...``: when they were told
                return self.clause_after_place(match.end(), sent_end, cue)
            previous = token
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
            if words and _bare_subject_at(text, match):
                return match.start()  # ``told the board on Tuesday fees would rise``
            if words >= 2 and token in _CONTENT_OPENERS:
                verb = CLAUSE_VERB_RE.search(text, match.end(), min(sent_end, match.end() + 40))
                if verb is None or "," in text[match.end() : verb.start()]:
                    return -1
                return match.start()
            if words >= 5 or not token.isalnum() or (words and token in _PHRASE_LINKS):
                return -1
        return -1


def _bare_subject_at(text: str, match: re.Match[str]) -> bool:
    """Whether the word ``match`` is a noun with no determiner opening a clause, right before
    its auxiliary (``fees would rise``, ``prices had fallen``): after the people told and when
    they were told, what was told starts there."""
    token = match.group()
    return (
        token.isalpha()
        and token.islower()
        and token not in _PREPOSITIONS
        and token not in _CLAUSE_OPENERS
        and token not in _AFTER_SECOND_VERB
        and token not in _PHRASE_LINKS
        and token not in _FINITE_WORDS
        and _word_after(text, match.end()) in _FINITE_WORDS
    )


_INFINITIVE_CUE_STEMS: Final = (
    "promis",
    "pledg",
    "vow",
    "threaten",
    "agree",
    "refus",
    "declin",
    "intend",
    "vote",
    "voting",
)
"""Cues whose content is an infinitive right after them (``promised to``, ``vowing to``)."""
_INFINITIVE_RE: Final = re.compile(
    r" to (?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|"
    r"it|be\b)\b)[a-z]+\b(?:(?<!s)|(?<=ss))"
)
"""``to`` and a plain verb (not a determiner, a pronoun or a plural: ``to cut``, ``to discuss``,
not ``to the board`` or ``to reporters``)."""
_ASKED_TO_BEFORE_THAT_RE: Final = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|these|those|"
    r"some|reporters|journalists|him|them|us|me)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
)
"""An addressee and an infinitive between a cue and a later ``that`` (``urged the police to
ensure``): the request is the content, from the addressee."""
_OWN_CLAUSE_BEFORE_RE: Final = re.compile(r"\b(by|and|then|that|which)\s+$")
"""What opens a clause of its own right before its cue (``by saying``, ``and adding``, ``a sign
that said``), inside the content of an earlier cue."""
