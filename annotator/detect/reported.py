"""Reported speech (indirect and mixed quotes) from every speech cue and speech noun:
``find_reported``, ``reported_at`` and the passive and agent forms of speech.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Final

from annotator.detect.attitudes import (
    ATTITUDE_SCORES,
    BELIEF_VERB_SCORE,
    CLAUSE_VERB_RE,
    _raised_subject,
)
from annotator.detect.attribution import (
    AUXILIARIES,
    CUE_RE,
    CUE_SCAN_RE,
    OBJECT_TAKING,
    OPENING_PARTICIPLES,
    Mention,
    Source,
    clause_comma,
    find_source,
    is_primary,
    noun_of_people,
    plain_source_after,
    subject_after,
    subject_before,
    subject_then_verb,
    trie_pattern,
    writer_before,
)
from annotator.detect.content import (
    _ADDRESSEE_RE,
    _BE_FORMS,
    _CLAUSE_BREAK_RE,
    _CLAUSE_SUBJECTS,
    _CLAUSE_WORDS,
    _COMMA_CLOSE_RE,
    _COMMENT_RE,
    _FINITE_WORDS,
    _INTERRUPTION_TAIL_RE,
    _LEAD_ENDS,
    _MONTHS,
    _NOT_SUBJECT,
    _PARENTHETICAL_RE,
    _PARTICLES,
    _PASSIVE_BE_RE,
    _PHRASE_LINKS,
    _PLAIN_SAY,
    _PREPOSITIONS,
    _TIME_WORDS,
    _WH_WORDS,
    _plain_words,
    _word_after,
)
from annotator.detect.document import Draft
from annotator.detect.headlines import circumstance_follows
from annotator.detect.lexicon import (
    BARE_NOUN_LIKE_FORMS,
    BELIEF_VERBS,
    EVENT_NOUNS,
    HEADLINE_CUES,
    NEEDS_THAT,
    NOUN_LIKE_FORMS,
    PREDICATE_CONTENT_NOUNS,
    PREDICATE_NOUNS_THAT,
    PRIMARY_CUES,
    PRONOUNS,
    ROLE_NOUNS,
    SOCIAL_NAMES,
    SPEAKING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from annotator.detect.names import looks_like_organisation
from annotator.detect.predicates import UNSURE_OBJECT_SCORE, is_plain_call, object_is_content
from annotator.detect.speakers import (
    _DETERMINER_WORDS,
    _INDEFINITE_OPENERS,
    _IRREGULAR_PAST,
    _word_before,
)
from annotator.detect.subjects import (
    _CARRIER_RE,
    _CLAUSE_AFTER_CUE_RE,
    _CLAUSE_JOIN_RE,
    _FINITE_VERBS,
    _MAIN_SUBJECT_RE,
    _NEGATED_RE,
    _OPENING_PARTICIPLE_RE,
    _PARTICIPLE_LEAD_RE,
    _PLACE_PREPOSITIONS,
    _PUNCTUATION_RE,
    _SUBORDINATE_OPENING_RE,
    _THAT_AFTER_CUE_RE,
    _THAT_WORD_RE,
    ClauseSubjects,
    _relative_before,
)
from annotator.detect.text import matches_at
from annotator.records import QuoteType

_ING_CUES: Final = re.compile(r"ing(?: out| back)?$")
_COORDINATED_CUES: Final = trie_pattern(
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
_CUT_RE: Final = re.compile(
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
_HEADLINE_LOWER: Final = frozenset(cue.lower() for cue in HEADLINE_CUES) - SPEECH_VERBS
_AND_BUT_RE: Final = re.compile(r"\s(?:and|but)\s")


_CLAUSE_OF_WHEN_RE: Final = re.compile(
    r"\s(?:even\s+)?(?:after|before|because|since|when|while|as|until)\s+"
    r"(?:he|she|they|we|I|it)\s"
)
"""A clause of time or cause with a pronoun for subject (``after he was fined``, ``even as
she spoke``)."""


_SENDING_IN_VERBS: Final = ("wr", "call", "phon", "rang", "emailed", "texted")
"""Openings of the verbs that take ``in`` as a particle of sending (``wrote in``, ``called in``)."""
_SENT_IN_RE: Final = re.compile(r"\s+in\b(?=\s+(?:about|with|from|after)\b|\s*[,.;:]|\s*$)")
"""``in`` as the particle of a verb of sending, before its topic, its addressee or the end."""


_GERUND_OBJECT_CUES: Final = ("recommend", "suggest", "propos", "advis")
"""Cues whose object may be a gerund, the course of action advised (``recommends writing to
the supplier first``), not a participle of speech of its own."""


def _cuts(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The ``_CUT_RE`` matches in ``text[start:end]``.

    Every cut holds a comma or an ``and``/``but`` between spaces; two in five contents hold
    neither, and looking for them costs a tenth of the search they save.
    """
    if text.find(",", start, end) < 0 and _AND_BUT_RE.search(text, start, end) is None:
        return iter(())
    return _CUT_RE.finditer(text, start, end)


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


_AND_BEFORE_RE: Final = re.compile(r"\sand\s+$")
_INFINITIVE_RE: Final = re.compile(r"\bto\s+[a-z]")
"""An infinitive (``to report``) between a passive cue and the content found after it."""
_RELATIVE_THAT_GAP_RE: Final = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:with|of|for|over|after|following|about)\s+"
    r"(?:a|an|the|his|her|their|its)(?:\s+[a-z][\w-]*){1,3}\s+"
)
"""What stands between a passive cue and a relative ``that``: a preposition and its object
(``was charged in connection with a crash that``); not a channel or a day, which ``that``
follows as the content (``was announced in a statement that``, ``on Monday that``)."""
_PARENTHESIS_ONLY_RE: Final = re.compile(r"\s*\([^()]{1,30}\)[.!?]?\s*")
"""A short parenthesis and nothing else (``(March 6).``): no content after a cue."""
_PLURAL_COUNTS: Final = frozenset(
    "many few several both all most some other more multiple numerous various conflicting "
    "unconfirmed two three four five six seven eight nine ten dozen hundred".split()
)
"""Words that count a plural noun after them (``many reports``, ``two claims``)."""
_ADDING_AFTER_CLAUSE: Final = frozenset(
    "and but or by while without before after then also again further only even later "
    "quickly simply instead merely".split()
)
"""Words before ``adding`` that make it the speaker's next act (``and adding``, ``by
adding``, ``later adding``), not a participle on the noun before it."""
_YES_NO_RE: Final = re.compile(r"(?i:yes|no)")
"""``said yes, but ...``: a short content that is still an answer, kept when a later cue cuts it."""
_THAT_AFTER_BREAK_RE: Final = re.compile(r"that\s+(?!is\b)")
"""``that`` right after a comma in reported content opens the content proper (``saying, for the
first time, that ...``); a comma right after the content's opening ``that`` opens an aside in it
(``said that, if the skippers agreed, ...``). Neither ends the content."""
_OPENING_PARTICIPLE_THAT_RE: Final = re.compile(r"\W*(?P<cue>[A-Z][a-z]+ing) that ")
"""A participle in capitals opening a sentence before ``that``: a cue of
``OPENING_PARTICIPLES`` when the word is one."""
_TIME_CLAUSE_OPENING_RE: Final = re.compile(
    r"\W*(?:As|When|While|After|Before|Once|Until|Since|Whenever)\s"
)
"""A subordinator of time opening a sentence (``While the skippers started to chant, ...``)."""
_CAUSATIVE_RE: Final = re.compile(
    r"\b(?:led|prompted|forced|drove|spurred|compelled|pushed)\s+"
    r"(?P<who>(?!(?:to|from|into|in|on|at|by|for|with|up|off|out|away|back|down)\b)"
    r"[\w’'.-]+(?:\s+(?!to\b)[\w’'.-]+){0,5})\s+to\s+$"
)
"""A verb of causing in the past and its object before an infinitive cue (``led Lind to
declare``): what was caused happened, and the object said it. Not a preposition after the verb
(``drove from Leeds to ask``: a journey, whose purpose may not have been met)."""
_CIRCUMSTANCE_OPENERS: Final = frozenset("at in on during after before from".split())
"""Prepositions opening where or when something was said (``said at the rally``)."""
_SHORT_CONTENT_OPENERS: Final = frozenset("he she they it we the to".split())
"""Words opening a content of two words that stands on its own after its subject and cue
(``Lind said he would``, ``26 percent said the same``, ``promised to resign``)."""
_ADDRESSING_WORDS: Final = frozenset(
    """
    spoke speaks speak speaking talked talks talking wrote writes writing explained pitch appeal
    message messages letter letters note email speech remarks address statement plea sent
    """.split()
)
"""Words before ``to`` whose object is spoken to, not speaking (``a pitch to skippers saying``;
not ``pointed to skippers saying``, where the skippers speak)."""
_GAPPED_SUBJECT_VERBS: Final = frozenset("was is were are would will could might had has".split())
"""Verbs opening a content right after its cue when its subject is the noun before the speaker
(``a site residents said [was unsafe]``): a relative clause with no pronoun, whose content of
two words still stands on its own."""
_ANTECEDENT_THEN_SUBJECT_RE: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)\s+[a-z]+\s+(?P<who>[a-z]{3,}(?<![su]s)s)"
)
"""A determiner, a singular noun and a plural (``the figure officials``): before a content
whose subject is missing, the noun is what was said and the plural the speakers."""


_OF_PERSON_RE: Final = re.compile(
    r"(?P<thing>.*?(?P<thing_head>[a-z]+)) of (?P<person>(?:(?:the|a|an|his|her|their|its)"
    r" )?(?:[a-z][\w-]* ){0,2}(?P<head>[a-z][\w-]*))"
)
"""A phrase of a thing and of the people it belongs to (``the findings of a hearing officer``)."""


def _person_of_phrase(phrase: Mention) -> Mention:
    """The part of ``phrase`` a ``who`` after it may stand for: the people after ``of`` when
    the noun before ``of`` names no one (``the findings of [a hearing officer] who``), else
    the whole phrase (``the head of the board who``, ``a group of skippers who``)."""
    found = _OF_PERSON_RE.fullmatch(phrase.text)
    if (
        found is None
        or noun_of_people(found.group("thing_head"))
        or found.group("thing_head") in _SHARE_OF_PEOPLE
        or not noun_of_people(found.group("head"))
    ):
        return phrase
    start = phrase.start + found.start("person")
    return Mention(found.group("person"), start, phrase.end)


_SHARE_OF_PEOPLE: Final = frozenset(
    "group number majority minority half third quarter dozen dozens hundreds thousands "
    "millions few many most some all none each one two three four five rest percent share "
    "proportion fraction handful couple lot bunch".split()
)
"""Nouns that count the people after ``of`` (``a group of skippers who``): the phrase is theirs."""


def _subject_after_antecedent(text: str, speaker: Mention, sent_start: int) -> Mention | None:
    """The speakers of a relative clause with no pronoun whose common noun phrase took in the
    noun it stands for (``quoted [the figure] [officials] said was wrong``): the plural alone,
    when the phrase follows a verb, a preposition or the sentence's start (so nothing before
    it can be that noun; ``the plan the harbour officials said was costly`` is left)."""
    found = _ANTECEDENT_THEN_SUBJECT_RE.fullmatch(speaker.text)
    if found is None:
        return None
    before = text[sent_start : speaker.start].rstrip()
    word = before[before.rfind(" ") + 1 :].lower()
    if before and not (word.endswith("ed") or word in _PREPOSITIONS or word in _BE_FORMS):
        return None
    return Mention(found.group("who"), speaker.start + found.start("who"), speaker.end)


_JOINED_CUE_RE: Final = re.compile(r"\s+(?:or|nor|and)\s+([a-z]+)\b")
"""A second verb joined to the cue before their shared content (``confirm or deny``)."""
_ASKED_RE: Final = re.compile(
    r"(?:\s+by\s+(?P<asker>[^,]{1,60}?)(?:\s+(?:on|in|at|during|last|this)\s[^,]{1,40}?)?"
    r"(?=\s+(?:if|whether|why|what|which|how|who|when|where|about)\s)"
    r"|\s+(?:on|in|at|during|later|again|recently|directly)\b[^,]{0,40}?|\s+[a-z]+ly|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?P<question>if|whether|why|what|which|how|who|when|where|about)\s"
)
"""The question after ``asked`` (``whether ...``, ``about ...``), after the one who asked it
(``by a reporter``), a day or an adverb (``asked specifically what ...``)."""
_WHEN_ASKED_RE: Final = re.compile(
    r"(?:\b(?:when|whenever|if|after|once|before|as)|,)\s+(?:was\s+)?$"
)
"""``when asked``, ``, asked``: a question put by someone unnamed, inside the sentence."""
_ASKED_OPENING_RE: Final = re.compile(r"\W*(?:(?:When|After|But|And|Later|Once|If)\s+)?(?:was\s+)?")
"""``Asked whether ...`` opening a sentence: a question put by someone unnamed."""
_THANK_YOU_RE: Final = re.compile(r"\s+you\b(?!\s+for)")
"""``thank you`` closing a sentence: the formula of thanks (``Dr Ada Lind, thank you.``)."""
_QUESTION_AFTER_PLACE_RE: Final = re.compile(
    r"(?:on|at|in|during|by)\s+(?:[\w’'.-]+\s+){1,6}?(?P<question>whether|if)\s"
)
"""A place, an occasion or a medium, then the question put there (``on BBC Radio 4 whether``)."""
_ADDRESSEE_TO_RE: Final = re.compile(
    r"\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|again|also|"
    r"publicly|repeatedly|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)(?:[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
)
"""One word in lower case (``residents``, ``them``) or a name, between a cue and ``to``; not a
day or an adverb (``promised Monday to``: no addressee)."""
_NOT_SPEECH_AFTER: Final = frozenset(
    "to the a an another his her their its our my your these those some".split()
)
"""Words after a cue that make it a plain verb (``continued to``, ``added another``)."""
_OBJECT_OPENERS: Final = frozenset(
    "the a an another his her their its our my your these those some".split()
)
"""Words that open a noun phrase object right after a verb (``has added another link``)."""
_OWNED_SPEECH_NOUN_RE: Final = re.compile(
    r"[’']s\s+(?:" + trie_pattern(SPEECH_NOUNS.split("|")) + r")\s+(?:that\s+)?$"
)
"""A possessor and a speech noun right before a verb's content (``Kral’s assertion that``)."""
_NOUN_CUE_RE: Final = re.compile(
    r"(?P<noun>" + trie_pattern(SPEECH_NOUNS.split("|")) + r")\s+that\s"
)
_HELD_BY_NOUN_CUE_RE: Final = re.compile(
    r"\b(?P<noun>"
    + trie_pattern(sorted(set(SPEECH_NOUNS.split("|")) | set(PREDICATE_NOUNS_THAT.split())))
    + r")\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}"
    r"|(?:the\s+|some\s+|many\s+)?(?:[a-z\-]+\s+){0,2}[a-z\-]+s"
    r"|(?:a|an|the)\s+(?:(?!(?:of|in|on|at|to|for|with|from)\s)[a-z\-]+\s+){0,2}[a-z\-]+)"
    r"\s+that\s$"
)
"""A speech noun, ``by`` and its holder right before ``that`` (``the claim by Kral that``)."""
_NOUN_CUE_CHANNEL_RE: Final = re.compile(
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


_SUBJECT_OPENING_RE: Final = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So)\s+)?(?:[Tt]he\s+)?")
"""What may stand before a possessor that opens its sentence as the subject's first word."""
_WORD_OR_BREAK_RE: Final = re.compile(r"[\w’'\-]+|[,;:()—–]")
"""A word, or a mark that breaks a clause."""
_CLAUSE_BREAKS: Final = frozenset(",;:()—–")
_CLAUSE_JOINS: Final = frozenset(
    "and or but because as since while when if although though after before until unless "
    "whereas so that which who where".split()
)
"""Words that open or join another clause, whose own verb may follow with a subject."""
_DETERMINER_AFTER_RE: Final = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|some|many)\s")
_BARE_OBJECT_AFTER_RE: Final = re.compile(
    r"\s+(?:him|them|us|me|critics|[a-z]{3,}(?<![su]s)s)\b(?!\s+(?:to|of|who|that|which)\b)"
)
"""A bare plural noun or an object pronoun right after a past tense (``... was safe [angered]
engineers``): the verb has an object, so it is a verb of the sentence, not a participle."""
_MAIN_VERB_PASTS: Final = frozenset("drew struck rang shook stirred".split())
"""Past tenses with no ``-ed`` that a sentence's subject holding a claim takes (``... drew
scorn``), besides those listed for a verb after a subject."""
_NO_MAIN_VERB_BEFORE: Final = frozenset(
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
        finite = (
            token in _FINITE_WORDS
            or token in _IRREGULAR_PAST
            or token in _MAIN_VERB_PASTS
            or token.endswith("ed")
        )
        if seen_verb and token in _CLAUSE_JOINS:
            return None  # ``... was empty because the board spent it``: another clause's verb
        if finite and not seen_verb:
            seen_verb = token in _FINITE_WORDS or token in _IRREGULAR_PAST or bool(previous)
        elif (
            finite
            and (
                token in _FINITE_WORDS
                or token in _IRREGULAR_PAST
                or token in _MAIN_VERB_PASTS
                # ``... was empty angered the board``: a past tense with its object
                or _DETERMINER_AFTER_RE.match(text, word.end()) is not None
                or _BARE_OBJECT_AFTER_RE.match(text, word.end()) is not None
            )
            and previous not in _NO_MAIN_VERB_BEFORE
            and previous not in _FINITE_WORDS
            and not previous.endswith("ly")
        ):
            return word.start()
        previous = token
    return None


_POSSESSOR_RE: Final = re.compile(
    r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s\s+(?:[a-z\-]+\s+){0,2}$"
)
_LONG_LEAD_RE: Final = re.compile(r"[^\"“”‘’'.;]{0,120}[,:]")
"""What may stand between a cue and a quote that still stands on its own: an addressee and a
circumstance ending in a comma or colon (``told the skippers who waited on the quay,``)."""
_SUBORDINATE_RE: Final = re.compile(
    r"\b(?:that|if|because|when|whenever|once|while|although|though|since|unless|whatever|"
    r"whether|as|than|saying|adding|noting)\b"
)
"""Words that open a clause of reported content: a gap holding one is not a mere lead-in."""
_TIME_CLAUSE_RE: Final = re.compile(r"(?<=,)\s+(?:when|as|while)\s[^,]+,$")
"""A clause of when, set off by commas after a circumstance, closing the words between a cue
and its quote (``said in late March, when the row broke, “...”``): when it was said."""
_COORDINATED_RE: Final = re.compile(
    r"(?:\s(?:and|but)|,(?=\s+then\s))"
    r"(?:\s+(?:also|then|later|again|quickly|has|have|had|did|does|do|would|will|"
    r"could|can|is|was|are|were|not|never|[a-z]+n[’']t|[a-z]{3,}ly|on|today|yesterday|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))*\s+$"
)
"""A cue coordinated with an earlier verb of the same subject (``... and later said``), with
its auxiliaries, adverbs and a day (``but did not say``, ``and on Monday announced``), or
after a comma and ``then`` (``offered him a job, then says``)."""
_SUBORDINATE_OPEN_RE: Final = re.compile(
    r"\W*(?:While|Although|Though|Because|Since|If|When|Whereas|After|Before|Even though|"
    r"Even as|As)\s[^,;:]*$"
)
"""A sentence opening with a subordinate clause that holds the cue (``While Kral said``)."""
_PREPOSITION_OPEN_RE: Final = re.compile(
    r"\W*(?:Among|Of|For|Unlike|Like|To|From|With|Besides|Apart from)\s[^,;:]*$"
)
"""A sentence opening with a prepositional phrase that holds the cue (``Among those who said``)."""
_MAIN_CLAUSE_RE: Final = re.compile(r",\s+(?=(?:he|she|they|we|I|it|there)\s)")
"""The comma before the main clause that follows a subordinate one (``..., he added``)."""
_MAIN_VERB_AFTER_RELATIVE_RE: Final = re.compile(
    r",\s+(?=(?:[a-z]{3,}ed|is|was|were|are|has|had|have|will|would|could|can|may|might|must|"
    r"should|did|does|won|lost|left|ran|took|became|remains|stepped|went|made)\b)"
)
"""The comma before the main verb after a relative clause (``Kral, who said ..., resigned``)."""
_APPOSITION_CUES: Final = frozenset("said says say told tells added wrote".split())
"""Cues whose subject may stand before a long apposition (``Ada Moss, a nurse ..., said``)."""
_READER_AND_AUTHOR: Final = frozenset("you i we".split())
"""``You have been told that ...``: what the reader or the author heard is no attribution."""
_CONTRACTED: Final = frozenset("he she it that there who what where here".split())
"""Words before ``’s`` that make it ``is`` or ``has``, not a possessive (``he’s predicting``)."""
_PASSIVE_ADVERBS: Final = frozenset(
    "not also never often widely repeatedly first then later reportedly publicly privately".split()
)


def _passive_before(text: str, sent_start: int, cue_start: int, before: str) -> bool:
    """True when an adverb, ``before`` (the word before the cue at ``cue_start``), stands
    between a be-form and the cue: a speech verb in the passive (``is widely said``)."""
    if not (before.endswith("ly") or before in _PASSIVE_ADVERBS):
        return False
    position = cue_start - len(before) - 1
    return position > sent_start and _word_before(text, position) in _BE_FORMS


_AGENT_RE: Final = re.compile(r"\s+by\s+(?=\S)")
"""``by`` after a passive cue: the agent, who spoke, follows (``was criticized by Lind``)."""
_AGENT_END_RE: Final = re.compile(
    r"[,;:()\"“”—–]|\s(?:as|for|on|in|at|over|about|after|before|during|with|to|from|whether|"
    r"if|that|why|how|what|when|where|who|which|and|but|because|since|while|than)\b"
)
"""Where the agent's phrase ends: punctuation, a preposition or a clause opener (``of`` goes on
with the phrase, ``the head of the board``, except after ``accused``)."""
_ACCUSED_OF_RE: Final = re.compile(r"\sof\b")
_PASSIVE_THEN_TRAILING_RE: Final = re.compile(
    r"[^,;:.!?“”\"]*,\s+(?:[\w’'-]+\s+){1,6}?(?:"
    + "|".join(sorted(PRIMARY_CUES))
    + r"|ruled|heard|found)(?:\s+[\w’'-]+){0,6}?\s*[.!?]?\s*$"
)
"""After a passive cue, a circumstance, a comma and a trailing attribution closing the sentence
(``was dismissed after the vote, the tribunal ruled``): no content of the passive cue."""
_GERUND_LEADS: Final = (" after ", " before ", " for ", " without ")
"""Prepositions before a gerund cue that make it an act inside a clause (``after
complaining``), not an attribution of its own."""
_NOT_PASSIVE_SPEECH: Final = frozenset(
    "continued continues added adds explained explains called calls".split()
)
"""Cues whose passive with an agent is no speech: a thing carried on or added by someone, a
cause (``was explained by the rules``), a vote or strike called."""
_PATIENT_STOP_RE: Final = re.compile(
    r"[,;:()\"“”—–]|\s(?:that|which|who|and|but|or|if|when|while)\s"
)
"""What the subject of a passive cue may not hold: a clause boundary."""
_PATIENT_RELATIVES: Final = frozenset("which who".split())
_DECLARING: Final = frozenset("declared proclaimed announced pronounced".split())
"""Verbs of declaring whose passive takes a noun phrase of what the subject was declared to be
(``Lind was declared the winner``)."""
_TIME_MODIFIERS: Final = frozenset("next following same previous first last".split())
"""Words after an article that open a time, not a noun phrase declared (``the next day``)."""
_AGENT_REST_PREPOSITIONS: Final = frozenset("as for of over".split())
"""After the agent, what the cue's preposition opens is content, without it (``criticized by
Lind as [reckless]``), as in the active (``is seen as [a gamble]``)."""
_AGENT_REST_OPENERS: Final = frozenset("whether if that why how what when where to".split())
"""After the agent, a clause or an infinitive is content from its first word."""
_FORCE_CUES: Final = ("slam", "blast")
"""Cues whose plain sense is a blow or a blast (``slammed the council``: words)."""
_MOTION_AFTER: Final = frozenset("into onto through against shut open off".split())
"""Words after such a cue that keep its plain sense (``slammed into the pier``)."""
_REDUCED_RELATIVE_RE: Final = re.compile(
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter))\s+"
    r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\b"
)
"""A time, then a finite verb, right after a participle (``announced Monday would``): the
participle modifies the noun before it, whose clause goes on with that verb."""
_AS_BY_RE: Final = re.compile(
    r"\b[Aa]s\s+(?:(?:first|previously|originally|earlier|also|widely)\s+)?$"
)
_DASH_ASIDE_ENDINGS: Final = ("—", "— ", "–", "– ", " -- ", " - ")
_DASH_ASIDE_RE: Final = re.compile(
    r"(?:—[^—–\"“”;]{2,100}—|–[^—–\"“”;]{2,100}–|\s--\s(?:(?!--)[^\"“”;]){2,100}\s--"
    r"|\s-\s(?:(?!\s-\s)[^\"“”;]){2,100}\s-)\s*$"
)
"""An aside between dashes right before a cue (``Harbour skippers — and, above all, their
union — insisted``): the opening dash, whose words before it hold the subject."""
_EVIDENCE_CUES: Final = frozenset(
    "suggest suggests suggested indicate indicates indicated reveal reveals revealed confirm "
    "confirms confirmed show shows showed shown prove proves proved demonstrate demonstrates "
    "demonstrated say says said note notes noted underscore underscores underscored highlight "
    "highlights highlighted conclude concludes concluded".split()
)
"""Cues whose subject may be a source of evidence (``official data suggest``, ``the latest
figures from the port show``, ``a report published Monday said``)."""
_TRAILING_COORDINATED_RE: Final = re.compile(
    r"(?:he|she|they|we|[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]+and"
)
"""The first member of a coordinated subject before ``and`` and the member found (``he and``,
``Ada Lind and``): with it, the subject of an attribution after its content."""
_SENTENCE_CLOSE: Final = " .!?\"”’')"
"""What may stand between a cue and the end of its sentence when nothing follows the cue."""
_WHEN_CLAUSE_RE: Final = re.compile(
    r"\s+(?:as|while|when|whilst)\s+(?:he|she|they|we|I|[a-z]+ing|asked|pressed|questioned)\b"
)
"""A clause of when something was said, with a pronoun subject or a participle (``as he
left``, ``when asked``), not a phrase (``revealed as a delegate``)."""
_CLAUSE_AFTER_CIRCUMSTANCE_RE: Final = re.compile(
    r"(?:the|a|an|his|her|their|its|this|these|those|he|she|they|it|we|I|there)\s"
    r"[^,;:]{0,60}?\b(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|"
    r"might)\b"
)
"""A clause after the comma that closes a circumstance of a cue (``said as he left, the fares
would rise``): a subject, then its verb."""
_DESCRIBED_AS_RE: Final = re.compile(r"\s*(?:[\w’'-]+\s+){1,5}as\s")
"""The object of ``described`` then ``as``: what it was described as is the content."""


_WRITE_FORMS: Final = frozenset("write writes wrote writing".split())
_TO_ADDRESSEE_RE: Final = re.compile(r"\s*to\s+(?:the|a|an|his|her|their|its|our|[A-Z])")
"""``to`` and a noun phrase after ``wrote``: the addressee, not an infinitive (``wrote to
say``)."""
_ABOUT_AFTER_ADDRESSEE_RE: Final = re.compile(r"\s*to\s+[^,;:.“”\"]{1,60}?\s(?:about|regarding)\s+")
"""The addressee of ``wrote`` then the preposition of what was written about."""
_SUBORDINATE_CLAUSE_RE: Final = re.compile(
    r"\s(?:after|before|because|when|while|since|although|though)\s+"
    r"(?:(?:he|she|they|it|we|I)\s+[a-z]|(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:[^\W\d][\w’'-]*\s+){0,3}?[^\W\d][\w’'-]*"
    r"\s+(?:was|were|had|has|is|are|did|would|could|[a-z]{3,}ed)\b)"
)
"""A subordinate clause of time or reason with its subject (``after the match ended``)."""
_NOT_BEFORE_SUBORDINATE: Final = frozenset(
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


_PLACE_OF_POSTING_RE: Final = re.compile(
    rf"on\s+(?:social\s+media|(?:{SOCIAL_NAMES})|(?:his|her|their|its|the|a)\s+(?:[\w’'-]+\s+)?"
    r"(?:website|blog|page|account|feed|channel|site))(?![\w-])"
)
"""Where a post went (``on social media``, ``on Telegram``, ``on her official page``)."""
_CALL_OFF_PARTICLES: Final = frozenset("off up in back".split())
"""Particles that make ``call`` a verb of acting, not of speaking (``called off the vote``)."""
_TELLING_FORMS: Final = frozenset(
    "tell tells told telling warn warns warned warning inform informs informed informing "
    "assure assures assured assuring reassure reassures reassured reassuring remind reminds "
    "reminded reminding brief briefs briefed briefing notify notifies notified notifying "
    "advise advises advised advising convince convinces convinced convincing".split()
)
"""Verbs whose object is the addressee: with no clause, infinitive, topic or noun of what is
said after it, nothing was told (``warned his players before kickoff``)."""
_TOPIC_WORD_RE: Final = re.compile(r"\b(?:of|about|against)\b")
"""Prepositions that join a topic to a verb of telling (``warned them of``, ``told us about``)."""
_CLAUSE_WORD_RE: Final = re.compile(
    r"\b(?:he|she|it|they|we|I|you|there|that|whether|if|how|what|why|who|when|where|"
    r"[a-z]{3,}ing|to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+)\b"
)
"""A subject pronoun, a word opening a clause, a participle or an infinitive: after a
prepositional phrase that follows a cue, content may go on (``said at the quay the ferry
was late``, ``appealed to the crews to stay``)."""
_PARTICIPLE_OPENING_RE: Final = re.compile(
    r"[\s,]*(?:(?:only|instead|also|then|later|rather|simply|merely|just)[ \t\u00a0]+)*"
    r"([a-z]+ing)\b"
)
"""A participle cue opening what follows a cue, after its comma and adverbs."""


_REPORTING_FORMS: Final = frozenset("report reports reported".split())
"""Forms of ``report``, which a gerund of perception may follow (``reported seeing``)."""
_PERCEPTION_GERUND_RE: Final = re.compile(r"\s+(?:seeing|hearing|smelling|noticing|feeling)\b")
"""A gerund of perception after a cue: what someone saw or heard, reported."""
_WRITING_FORMS: Final = frozenset("write writes wrote written writing".split())
"""Forms of ``write``, whose ``to`` names whom the letter went to."""
_PARTICIPLES_AFTER_LETTER: Final = "asking|urging|saying|calling|demanding|warning|requesting"
_TO_ADDRESSEE_THEN_PARTICIPLE_RE: Final = re.compile(
    r"\s+to\s+(?:the|a|an|his|her|their|its|[A-Z])[^,.;:!?]{0,60}?,?\s+"
    rf"(?:{_PARTICIPLES_AFTER_LETTER})\b"
)
"""``written to the council asking``: whom a letter went to, then what it asked or said."""
_WITHOUT_IDIOMS: Final = frozenset(("warning", "comment"))
"""Words of speech that after ``without`` make a manner (``failed without warning``, ``left
without comment``), no speech reported."""


class ReportedSpeechFinder(ClauseSubjects):
    """The layer that adds to ``ClauseSubjects``. Reported speech (indirect and mixed quotes)
    from every speech cue and speech noun: ``find_reported``, ``reported_at`` and the
    passive and agent forms of speech."""

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
        previous_cue_end, previous_cue_word = -2, ""
        for cue_start, cue_end, cue_word in cues:
            if self.span_at(cue_start) is not None:
                continue
            stutter = cue_start == previous_cue_end + 1 and cue_word == previous_cue_word
            previous_cue_end, previous_cue_word = cue_end, cue_word
            if stutter:
                # ``said said``: a word written twice is one cue; in a long run of them each
                # would search its whole sentence for a subject and a content again.
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

    def addressed(self, start: int) -> bool:
        """Whether the phrase at ``start`` is the object of ``to`` after a word of addressing
        (``made a pitch to [skippers]``, ``spoke to [reporters]``): people spoken to."""
        words = self.text[max(0, start - 60) : start].split()[-5:]
        # the phrase may open before the mention (``to [Skarra] voters``)
        for k in range(len(words) - 1, max(0, len(words) - 4), -1):
            if words[k] == "to":
                return words[k - 1].lower() in _ADDRESSING_WORDS
            if not words[k].isalpha():
                return False
        return False

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
        if lowered.startswith(_SENDING_IN_VERBS) and _SENT_IN_RE.match(text, cue_end):
            # ``Lots of you wrote in about the bins``: ``wrote in`` is sending a letter to the
            # paper; what follows is its topic, not its words.
            return None
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
        if lowered in _WRITING_FORMS and _TO_ADDRESSEE_THEN_PARTICIPLE_RE.match(text, cue_end):
            # ``has written to the council asking it to wait``: the participle reports what
            # the letter asked; the body written to is no content.
            return None
        if lowered in _WITHOUT_IDIOMS and text.endswith(" without ", 0, cue_start):
            # ``The bolt failed without warning, an inquest heard``: a manner, no warning given.
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
                # ``According to Kral, a retired skipper, the quay ...``: past the appositive.
                content_start = self.past_appositive(comma + 1, sent_end, of_person=True)
                content_end = sent_end
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
                        # ``Officials were warned that ..., according to emails``: a passive's
                        # subject heard the words; the source reports the whole clause.
                        and _word_before(text, verb.start()) not in _BE_FORMS
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
            if speaker is not None and lowered.endswith("ing") and self.addressed(speaker.start):
                # ``made a pitch to skippers saying ...``: the people spoken to are no subject
                # of the participle; the clause's subject speaks, found below.
                speaker = None
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
                # ``Lind wrote to the council saying ...``: the writer speaks, not the body
                # written to.
                if speaker is not None:
                    speaker = writer_before(text, speaker, sent_start) or speaker
            if speaker is not None and lowered.endswith("ing"):
                sent = self.document_sender(speaker, sent_start)
                if sent is not None:
                    speaker, document = sent
            if (
                speaker is None
                and (
                    lowered in _PLAIN_SAY
                    or lowered in BELIEF_VERBS
                    or lowered in SPEECH_VERBS
                    and (
                        _THAT_AFTER_CUE_RE.match(text, cue_end)
                        # ``a member of the public reported seeing two kayakers``: what someone
                        # saw or heard, reported
                        or lowered in _REPORTING_FORMS
                        and _PERCEPTION_GERUND_RE.match(text, cue_end)
                        or lowered in PRIMARY_CUES
                        and _CLAUSE_AFTER_CUE_RE.match(text, cue_end)
                        or not text[cue_end:sent_end].strip(_SENTENCE_CLOSE)
                        and _word_before(text, cue_start) not in _BE_FORMS  # not ``was announced``
                    )
                )
            ):
                # ``the former mayor has long maintained that ...``: a common noun phrase
                # speaks through any speech verb whose content opens with ``that``, or that
                # closes the sentence after its content (``..., some argue.``).
                speaker = common = self.common_subject(
                    cue_start, sent_start, lowered not in BELIEF_VERBS
                )
                if (
                    speaker is not None
                    and lowered.endswith("ing")
                    and self.addressed(speaker.start)
                ):
                    speaker = common = None  # ``spoke to reporters saying``, as above
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
                    if speaker is not None and relative.group("pronoun") == "who":
                        speaker = _person_of_phrase(speaker)
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
                if before in _BE_FORMS and _PASSIVE_THEN_TRAILING_RE.match(text, cue_end, sent_end):
                    # ``Kral was dismissed after the vote, the tribunal ruled``: the subject
                    # was acted on, and what follows the comma is another attribution's.
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
                if inverted or (
                    # ``argues that ... but warns that ...``: a second verb of speech after a
                    # first, before its clause, is no noun (its subject is found below); not
                    # ``read the notes and reports that the board kept``.
                    speaker is None
                    and text.endswith((" but ", " and "), 0, cue_start)
                    and _THAT_AFTER_CUE_RE.match(text, cue_end)
                    and any(
                        word in SPEECH_VERBS and word not in NOUN_LIKE_FORMS
                        for word in text[sent_start:cue_start].split()
                    )
                    # ``said the notes and reports that ...``: two plural nouns coordinated
                    and not _word_before(text, text.rfind(" ", 0, cue_start - 1) + 1).endswith("s")
                ):
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
                # ``recommends writing to the supplier``: a gerund is what is recommended
                and not (
                    lowered.startswith(_GERUND_OBJECT_CUES)
                    and not text[content_start : participle.start(1)].strip()
                )
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
                    (
                        words_after[0] in _SHORT_CONTENT_OPENERS
                        # not after a bare form, a noun as often (``The original tweet was``)
                        or words_after[0] in _GAPPED_SUBJECT_VERBS
                        and (lowered.endswith(("ed", "s", "said")) or lowered in _IRREGULAR_PAST)
                    )
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
                and words_after[0] in _GAPPED_SUBJECT_VERBS
                and speaker is not None
                and (gapped := _subject_after_antecedent(text, speaker, sent_start)) is not None
            ):
                # ``quoted the figure officials said was wrong``: what was said is the figure,
                # the noun before the speakers, who are the plural after it.
                common = gapped if speaker is common else common
                speaker = gapped
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
                            _word_before(text, other.start()) in _BE_FORMS
                            and not text.startswith(" by ", other.end())
                            and not text.startswith(" that ", other.end())
                            and other.start() not in self.unnamed_cues
                        ):
                            # ``Kral was criticised after the vote, the paper said``: a
                            # passive with no agent is what befell the subject, no speaker's.
                            continue
                        if other.group().endswith("ing") and text.endswith(
                            _GERUND_LEADS, 0, other.start()
                        ):
                            # ``was dismissed after complaining about the exits, a tribunal
                            # ruled``: the subject's act inside what the trailing cue reports.
                            continue
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
            if content_end <= cue_start and (
                cut.group("keep2") is not None or cut.group("keep5") is not None
            ):
                # ``Dorvan discussed the port and agreed that fees would rise, the readout
                # said``: before a trailing cue, a second predicate is more of what was
                # reported, an act of the content's subject and not of the speaker.
                continue
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
                when = _CLAUSE_OF_WHEN_RE.search(text, content_start, content_end)
                if (
                    when is not None
                    and self.span_at(when.start()) is None  # not inside a quote
                    # ``said ‘not on my quay’, because I ...``: a quoted object is left
                    # whole with what follows (cut, it would pass for a direct quote).
                    and self.span_at(content_start) is None
                    and not _is_clause(text[content_start : when.start()])
                ):
                    # ``blasted council bosses after he was fined``: the object is a noun
                    # phrase, and the clause of when after it is the author's.
                    content_end = self.trim(content_start, when.start())[1]
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
        gerund = (
            None if lead is not None else _GERUND_LEAD_RE.search(text, cue_start - 12, cue_start)
        )
        if lead is None and gerund is None:
            return None
        comma = lead.start() if lead is not None else gerund.start() if gerund is not None else 0
        start = -1
        for join in _CLAUSE_JOIN_RE.finditer(text, max(sent_start, comma - 200), comma):
            if self.span_at(join.start()) is None:
                start = join.end()
        joined = start >= 0
        if start < 0 and _SUBORDINATE_OPENING_RE.match(text, sent_start, comma):
            opening_end = text.find(", ", sent_start, comma)
            if opening_end > 0 and self.span_at(opening_end) is None:
                start = opening_end + 2
        if start < 0:
            return None
        subject = self.main_clause_subject(start, comma)
        if (
            subject is None
            and gerund is not None
            and joined
            and (named := self.colon_subject(start, comma)) is not None
        ):
            # ``..., while her rival, Ivo Kral, has gained ground ... by saying``: a name set off
            # before the clause's verb
            subject = named[0]
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


_GERUND_LEAD_RE: Final = re.compile(r" (?:by|after|while|without|despite) $")
"""A preposition right before a gerund cue (``has gained ground by saying``): the gerund
hangs on the clause it ends, as a participle does after a comma."""
_AND_PAST_RE: Final = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]{3,})\b")
"""``and`` and a verb after a quote (``“...,” and left``), the narrator's next act if past."""
_MODAL_VERBS: Final = frozenset("would could might should will can may must".split())
_ROLE_BEFORE_NAME_RE: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)"
    r"(?:\s+(?:of|for)\s+[^,]{1,60})?,"
)
"""A role phrase up to a comma (``The Minister of Marine Affairs,``, ``the harbour master,``):
the apposition of a name after it."""
_CONCESSION_AFTER_CUE_RE: Final = re.compile(
    r",\s+(?:though|although|whereas|even\s+though|but)\s+(?!,)"
)
"""A comma and a conjunction of concession or contrast right after a cue: no content follows."""
_COMPOUND_EVENTS: Final = frozenset(
    event for event in EVENT_NOUNS.split("|") if " " in event and event.endswith("ing")
)
"""Occasions named by a noun and a word in ``-ing`` (``press briefing``, ``news briefing``):
the second word is no participle cue."""
_WITH_ONE_RE: Final = re.compile(
    r"\bwith\s+(?P<who>(?:one|another|many|most|several|others|some|few)(?:\s+[a-z][\w’'-]*)?)\s+$"
)
"""``with`` and a count of people, perhaps with its noun, right before a participle cue (``with
one writing``, ``with one fan saying``): the participle's subject."""
_PLURAL_NUMBERS: Final = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty dozens hundreds "
    "thousands both several".split()
)
"""Numbers of more than one: a word in ``-s`` after them is a plural noun (``three suspects``,
``two reports``), never a verb agreeing with them."""
_ASKED_FOR_NOUNS: Final = frozenset("price prices rent rents".split())
"""Nouns that ``asking`` modifies (``asking price``): a price sought, no question put."""
_CONJUNCTION_AFTER_CUE_RE: Final = re.compile(r"\s+(?:and|or|nor)\s+that\b")
"""A conjunction and ``that`` right after a cue word: no content of that verb follows so
(``Lind said and Kral denied that``, two cues sharing one content, is not this)."""
_NAMING_CUES: Final = frozenset(
    "call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling "
    "labelling brand brands branded branding".split()
)
"""Cues whose object is what the quote names (``calling him, of all things, “a dreamer”``): the
object stands inside the content, a mixed quote (see guidelines)."""
_NAMING_TAIL_RE: Final = re.compile(r"(?:call|dub|label|brand|describ|term|nam)")
"""Cues that name or describe: a quote after them may be a name or a term, not a remark."""


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


_DASH_BUT: Final = (
    r"\s*(?:[—–]|\s--?)\s*but\s+(?=(?:the|a|an|his|her|their|its|he|she|they|it|we|[A-Z])\S*\s)"
)
_DASH_BUT_RE: Final = re.compile(_DASH_BUT)
"""A dash and ``but`` before a clause with its subject (``—but the union leader has``)."""
_OWN_CLAUSE_AFTER_CONTENT_RE: Final = re.compile(_DASH_BUT + r"|,?\s+while\s+(?=[a-z]{3,}ing\b)")
"""A dash and ``but``, or ``while`` and a participle: what follows ends reported content."""
_SUBJECT_CALLS_FOR_RE: Final = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?![a-z]+(?:ed|ing)\b)[A-Za-z][\w'’-]*\s+){1,3}"
    r"call(?:s|ed)?\s+(?:for|on)\b"
)
"""A short subject and ``calls for`` / ``called on``: a stance of its own, which the lexicon
reads as a naming verb only, so that ``subject_then_verb`` does not see it as an attribution.
No word of the subject is a past or a participle (``residents ignored calls for``)."""
_CLAUSE_GAP_VERBS: Final = (
    _BE_FORMS
    | _FINITE_VERBS
    | frozenset("will would shall should can could may might must do does did".split())
)
"""Finite verbs that make the words before a colon a clause (``everyone is welcome:``)."""
_PRIZE_WON_RE: Final = re.compile(
    r"\s*(?:a|an|the|his|her|their|its|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:victory|win|title|crown|medal|gold|silver|bronze|pole|podium|trophy|cup|prize|seat|"
    r"points?|wickets?|championship|double|treble|hat-trick)(?:\s+position)?"
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:at|in|on|for|after|with|by|from|ahead|before|"
    r"despite|since|when|as|to)\b)"
)
"""What ``claim`` takes in a sports report or an election count: a prize won (``claimed a
maiden victory at``, ``claimed the title``, ``claimed pole position``), not a statement; the
noun with no finite verb after it (``claimed the title was rigged`` stays a claim)."""
_DECLARING_CUES: Final = ("declar", "proclaim", "claim", "conced")
"""Cues that with a bare noun name a declaration, not its words (``declared victory``,
``claimed ownership``, ``conceded defeat``)."""
_NOT_BARE_NOUNS: Final = (
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


_AUTHOR_PRONOUNS: Final = frozenset(("i", "we"))
"""Subjects that are the author: what they say in the text itself is the author's own."""
_AUTHOR_MODAL_RE: Final = re.compile(
    r"(?:\b(?:would|will|shall|should|must|can|could|may|might|do)\b|[’'](?:d|ll)\b)"
)
"""A modal between the author and a cue (``I would argue``): the author's own voice now."""
_AUTHOR_PERFECT_RE: Final = re.compile(r"(?:\b(?:have|has)\b|[’']ve\b)")
_POSITION_VERBS: Final = frozenset(
    "said argued written wrote maintained contended insisted suggested noted warned stressed "
    "claimed predicted pointed".split()
)
"""Cues whose perfect after the author states the author's standing position (``as I have
argued``, ``I have long said``) rather than an event (``I have informed the board``)."""


def _past_tense(verb: str) -> bool:
    """Whether ``verb`` is in the past tense (``said``, ``argued``, ``told``)."""
    return verb.endswith("ed") or verb in _IRREGULAR_PAST or verb in ("said", "did")


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


_TIME_PHRASE_OPENERS: Final = frozenset("the that this later earlier early late next last".split())
"""Words opening a phrase of time after a cue (``the next day``, ``later that night``)."""
_WRITING_CUES: Final = frozenset("wrote writes write writing added adds add".split())
"""Cues whose words before a colon name an addressee or a medium (``wrote to the board:``)."""
_NOT_OBJECTS: Final = frozenset("during including regarding concerning following according".split())
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


_HOW_OFTEN: Final = (
    r"(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
    r"countless|\d+)\s+times)\b"
)
"""How often it was said, after a quote (``said “no” five times``)."""
_NOT_CONTINUING: Final = frozenset("and but or then which who while whereas".split())
"""Words after a quote that open a clause of the author's (``said, “No” and left``)."""
_NOUN_PHRASE_OPENERS: Final = frozenset(
    "other others no the a an all its their his her any some".split()
)
"""Words after ``and`` that go on with a noun phrase, never a verb of the author's next clause
(``” and other worries``, ``” and no order to stop``)."""
_WHEN_TAIL_RE: Final = re.compile(
    r"(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|morning|afternoon|evening|"
    r"night)\b|" + _HOW_OFTEN
)
"""When or how often it was said, after the quote (``tweeted, “...” on Friday``, ``said “no”
five times``): not more content."""


_ADDRESSED_END_RE: Final = re.compile(
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
_PARTICIPLE_CUE_END_RE: Final = re.compile(
    r"\b(?:saying|stating|declaring|proclaiming|asking|reading)$"
)
"""A participle of speech right before a quote (``a message saying “...”``, as ``a post
reading “...”``): its cue."""
_TOWARD_RE: Final = re.compile(r"towards?\s")
"""``toward`` after a quote: a direction after words uttered, else part of the noun phrase."""


def _utters(cue: str) -> bool:
    """Whether the lower-cased ``cue`` utters words aloud or in writing (``said``, ``chanted``,
    ``mouthed``), so that a direction after its quote says where they went."""
    return cue in SPEAKING_VERBS or cue.startswith("mouth")


_ADVERBIAL_TAIL_RE: Final = re.compile(
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
