"""The subject of a cue's clause: common noun phrases, names before a cue, appositions,
participle and relative clauses, the subject before a colon and that of a whole sentence.

Shared by reported speech, direct quotes and block quotes.
"""

from __future__ import annotations

import re
from typing import Final

from annotator.detect.attribution import (
    _TOKEN_RE,
    AUXILIARIES,
    CUE_RE,
    SKIPPED_ENDINGS,
    SPEECH_NOUN_SET,
    Mention,
    Source,
    holder_of_participle,
    modifies_cue_noun,
    noun_of_people,
    skips_before_verb,
    subject_after,
    subject_before,
)
from annotator.detect.content import (
    _BE_FORMS,
    _CLAUSE_OPENERS,
    _CLAUSE_WORDS,
    _COMMENT_RE,
    _COMMENT_VERBS,
    _NOT_SUBJECT,
    _NUMBER_WORDS,
    _PLAIN_SAY,
    _PREPOSITIONS,
    _TIME_WORDS,
    _WORD_RE,
    ContentBounds,
    _plain_words,
    _word_after,
)
from annotator.detect.lexicon import (
    BELIEF_VERBS,
    LEADING_ROLE_WORDS,
    PREDICATE_EVIDENCE_SOURCES,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from annotator.detect.names import (
    FIRST_NAMES,
    NAME_RUN_RE,
    ORG_WORDS,
    SENTENCE_ADVERBS,
    STOP_CAPS,
    clean_name,
    looks_like_organisation,
    looks_like_person,
)
from annotator.detect.predicates import _LIGHT_VERB_RE
from annotator.detect.speakers import (
    _DETERMINER_WORDS,
    _IRREGULAR_PAST,
    _QUANTIFIERS,
    _ROLE_THEN_NAME_RE,
    _is_role,
    _word_before,
)
from annotator.records import SourceKind

_SECTION_LABEL_RE: Final = re.compile(r"[*_]*[A-Z][A-Z’' ]+[*_]*:[*_]*\s+")
"""A section's name in capitals and a colon opening a line (``OVERHEARD:``, ``**QUOTED**:``)."""
_PLAIN_PHRASE_RE: Final = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}(?=\s*[,:])")
"""The words of a common noun phrase after its quantifier, the first in lower case, up to a
comma or colon (``One [senior aide],``, ``One [senior GOP aide]:``)."""
_MORE_FROM_RE: Final = re.compile(r"More from (?P<who>[^:,.;“”\"]{2,60}?):?\s*$")
"""``More from Jones:``, a line that quotes more of someone (a digest's usage)."""
_MORE_ADVERB_RE: Final = re.compile(r" [a-z]+ly, ")
"""An adverb and its comma after ``More`` opening a sentence (``More recently, ...``)."""
_INTERJECTION_THEN_CLAUSE_RE: Final = re.compile(r", (?:it|this|that|there|you|we)\s+[a-z]+")
"""A comma and a clause of its own after a sentence's first word (``Wait, it gets better:``):
that word is an interjection or an adverb, not a speaker's name."""
_SERVING_PHRASE_RE: Final = re.compile(r"^\S+(?:\s[a-z]+)?\s(?:for|of|at|with)\s")
"""A common noun phrase naming whom its head serves (``a spokesperson for ...``)."""
_PLACE_OPENING_RE: Final = re.compile(r"(?:(?:In|At|From)\s[^,]{1,40},\s)?")
"""Nothing, or a place opening the sentence before its subject (``In Brussels, ``)."""
_NEGATED_RE: Final = re.compile(r"(?:n[’']t|\bnot|\bnever|\bneither)\s+$")
"""A negation right before a cue: the act did not take place."""
_OPENING_PARTICIPLE_RE: Final = re.compile(
    r"\W*(?:(?:After|Before|By|While|In|Since|Upon|Without|When|Despite)\s+)?"
    r"(?:(?:not|also|first|publicly|repeatedly)\s+)?"
)
"""What may stand before a participle cue that opens its sentence (``After saying``)."""
_MAIN_SUBJECT_RE: Final = re.compile(
    r"(?P<who>(?:he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|(?:the|a|an)\s+[a-z]+))\s+(?=[a-z])"
)
"""The subject opening a main clause: a pronoun, a name or a short common noun phrase, then a
lower-case word (its verb)."""
_CLAUSE_AFTER_CUE_RE: Final = re.compile(
    r"\s+(?:(?:he|she|they|we|there|it)\s+[a-z]|(?!(?:on|in|at|by|for|from|to|with|of|last|"
    r"this|next|earlier|during|after|before|since|until|about|over)\b)(?:[\w’'-]+\s+){1,4}"
    r"(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had)\s)"
)
"""A clause right after a cue, with no ``that``: a pronoun subject, or a few words and a finite
auxiliary (``insist delegates must heed``), not opened by a preposition (``a plan announced on
Friday will close``: a participle and a time)."""
_CARRIER_RE: Final = re.compile(
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
_TIME_SKIPS: Final = frozenset("today yesterday tonight now soon".split())
"""Time words between a common noun subject and its cue (``defenders today argue``)."""
_THAT_AFTER_CUE_RE: Final = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s\d{1,2}))?"
    r" that (?!is\b|was\b|are\b|were\b|has\b|had\b|will\b|would\b)"
)
"""``that`` right after a cue (or after the day: ``reported on Monday that``, ``reported Jan. 5
that``), opening its content (not a relative pronoun: ``said that was``)."""
_PUNCTUATION_RE: Final = re.compile(r"[,;:()\"“”—–]")
_SHARE_WORDS: Final = frozenset(
    "about nearly almost roughly some more fewer less than in of the only just over under "
    "around".split()
)
"""Words of a share of people (``more than six in 10``)."""
_RELATIVE_RE: Final = re.compile(
    r",?\s+(?P<pronoun>who|which)(?:\s+(?:also|has|had|have|later|once|then|does|did|do|would|"
    r"will|could|can|not|never|often|[a-z]+n[’']t|[a-z]{3,}ly|"
    # ``who in May said``, ``who in the past had said``, ``who last week said``: when
    r"(?:in|on|during|over|since|last|this)\s+(?:the\s+)?(?:[A-Z][a-z]+|past|years|week|"
    r"month|year|weekend|morning|night|spring|summer|autumn|fall|winter|\d{4})))*\s+$"
)
"""A relative pronoun right before a cue (``Ada Lind, who has said``), a time between too."""


def _relative_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_RELATIVE_RE`` searched in ``text[start:end]``, only where it holds ``wh``: every match
    holds ``who`` or ``which``, few windows before a cue do, and the literal search costs a
    fraction of the pattern's (tried after every space)."""
    if text.find("wh", start, end) < 0:
        return None
    return _RELATIVE_RE.search(text, start, end)


_APPOSITION_OPEN_RE: Final = re.compile(r",\s|\s\(|\s(?:[—–-]|--)\s")
_ROLE_AND_NAME_RE: Final = re.compile(
    r"(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
"""An apposition of a role and a name (``the designer Ula Brandt``, ``a former aide Ivo Kral``)."""
_NAME_START_RE: Final = re.compile(r"(?!(?:The|A|An|His|Her|Their|Its|Our|My|Your)\b)[A-Z]")
"""A phrase opening with a capital that is no determiner: a name rather than a common phrase."""
_DOCUMENT_NOUNS: Final = frozenset(
    "statement statements report letter letters memo memorandum filing lawsuit complaint op-ed "
    "column essay article email e-mail emails message messages release communique notice note "
    "tweet tweets post posts posting video ad ads advertisement editorial newsletter text cable "
    "petition response website commercial spot flyer flyers leaflet leaflets pamphlet mailer "
    "banner banners sign signs placard placards poster posters resolution".split()
)
"""Documents and messages: introduced by ``saying`` or ``stating``, they carry the words of
whoever sent them (``issued a statement saying``), the source rather than the speaker."""
_SOCIAL_WORDS: Final = frozenset("tweet tweets post posts posting video message messages".split())
_OBJECT_PRONOUNS: Final = frozenset("it them him her this that".split())
"""Pronouns that may stand as the object of a verb before its particle (``shrugs it off``)."""
_SENDING_PARTICLES: Final = frozenset("off out up back also".split())
"""Words between a verb of sending and its object (``sent off a letter``, ``put out``)."""
_PREVIOUS_WORD_RE: Final = re.compile(r"([\w’'-]+)\s+$")
_POSSESSIVE_OWNER_RE: Final = re.compile(r"(?P<owner>.+?)[’']s\s+\S")
_WORDS_BEFORE_RE: Final = re.compile(r"(?:[\w’'-]+\s+){1,4}$")
"""The last few words before a position, up to any punctuation."""
_BARE_VERB_ADVERBS: Final = frozenset("also now still often too generally rightly".split())
"""Adverbs between a plural subject and a bare cue (``experts also note``)."""
_PLURAL_PRONOUNS: Final = frozenset("they we i you".split())
_PLURAL_NOUNS_WITHOUT_S: Final = frozenset("people police staff officials".split())
"""Plural subjects of a bare cue that do not end in ``-s`` as a word of ``_NOT_PLURAL_S`` does."""
_NOT_PLURAL_S: Final = frozenset(
    "this has was does always sometimes perhaps nevertheless besides thus plus less unless "
    "whereas news politics economics".split()
)
"""Words ending in ``-s`` that are no plural subject of a bare cue (``this note``, ``the news
estimate``)."""
_SINGULAR_DETERMINERS: Final = frozenset("a an one each every another".split())
"""Determiners making the plural before a bare cue a modifier of a noun (``a sales note``)."""


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


_SENTENCE_OPENERS: Final = frozenset(("", "But", "And", "Yet", "So", "Still"))
_ING_WORD_RE: Final = re.compile(r"[a-z]+ing\b")
_OPENING_MARKS: Final = frozenset(" \t\n\"“‘'(")
_OPENING_ADVERBIAL_WORDS: Final = frozenset(
    "in on at after before during for from with by under over among across since in "
    "meanwhile instead still now today yesterday later earlier already also however".split()
)
"""First words of a phrase opening the sentence before a comma (``In Leeds,``, ``Meanwhile,``):
the subject follows the comma."""
_OPENING_SUBJECT_WORDS: Final = 14
"""The longest noun phrase taken as a whole for the subject opening a sentence."""
_OPENING_SUBJECT_STOP_RE: Final = re.compile(r"[,;:()\[\]\"“”‘—–]|\s-\s|['’](?!s\b)")
"""Punctuation that ends a phrase (a possessive ``'s`` is no quote mark)."""
_FINITE_VERBS: Final = frozenset(
    "has have had is are was were will would can could did does".split()
)
"""Auxiliaries and forms of ``be`` that open the verb group of a main clause."""
_OPENING_RELATIVES: Final = frozenset("who whose".split())
"""Relative words that may open a clause inside a subject opening its sentence (``The
skippers who sold their boats say``)."""
_OPENING_ADVERBS: Final = frozenset("Indeed Instead Meanwhile Moreover Still Yet Now Again".split())
"""One-word adverbs that may open a sentence before a comma and its subject (``Indeed,``)."""
_OPENING_SUBJECT_NOT_WORDS: Final = frozenset(
    """
    he she they we i you it there this that these those which who whom whose what when where why
    how if unless whether because although though while whereas since once as until than so
    and or but nor not no never to
    """.split()
)
"""Words that open or join a clause, or stand for one (a pronoun subject): a phrase holding one
is no plain subject. ``and`` too: ``met on Monday and said`` joins two predicates."""
_DURATION_NOUNS: Final = frozenset(
    "seconds minutes hours days nights weeks weekends months years decades".split()
)
"""Plural spans of time, which head no speaker (``spent six months asking``)."""
_DURATION_COUNTS: Final = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred last next first past".split()
)
"""Counts and bounds before a span of time (``six months``, ``the last two years``)."""
_OBJECT_BEFORE_OF: Final = frozenset("them us".split())
_IRREGULAR_PLURALS: Final = frozenset("people police staff children clergy".split())
"""Plural nouns without ``-s`` that may stand as a bare subject (``police said``)."""
_PERFECT: Final = frozenset("has have had".split())
_SHARE_OF_PEOPLE_RE: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}(?:number|group|majority|minority|handful|share)"
    r"\s+of\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+(?=,)"
)
"""A share of a group opening a clause, up to a comma (``a small group of skippers,``)."""
_PLURAL_VERBS: Final = frozenset("are were have had will would can could should must".split())
"""Verbs agreeing with a plural subject right before them (``candidates were``)."""
_NOT_AFTER_BEEN: Final = frozenset("that to a an the".split())
"""After ``has been``, words that make it a copula of a clause or a noun, not a subject's
state (``The hope has been that``)."""
_NOT_PLURAL_MEN: Final = frozenset("omen amen specimen regimen abdomen acumen".split())
"""Words in ``-men`` that are no plural of ``man``."""
_INDEFINITE_SUBJECTS: Final = frozenset(
    "some many most few several both others another everyone everybody someone somebody".split()
)
"""Indefinite pronouns that are a subject on their own when they open a clause."""
_QUANTIFIER_HOLDERS: Final = frozenset("some many most few several both".split())
"""Quantifiers that hold a belief or a stance on their own when they open a clause (``But few
believe``, ``Since May, many believe``), as a pronoun does; ``others`` and ``someone`` stay
speech-only, too vague a holder for a view."""
_EVIDENCE_VERB_FORMS: Final = frozenset(
    """
    show shows showed shown suggest suggests suggested reveal reveals revealed indicate indicates
    indicated prove proves proved confirm confirms confirmed demonstrate demonstrates
    demonstrated find finds found
    """.split()
)
"""Verbs of evidence (``a survey shows``): a holder after one opens the clause it shows, and
the noun phrase of that holder does not reach back over it (``shows [many] believe``)."""
_FRACTION_RE: Final = re.compile(
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


_EVIDENCE_HEADS: Final = frozenset(PREDICATE_EVIDENCE_SOURCES.split())
"""Nouns of a source of evidence, which may be the subject of a verb of evidence or speech."""
_EVIDENCE_AFTER_HEAD: Final = frozenset(
    "of from by on in for about among released published issued conducted compiled obtained "
    "taken seen reviewed leaked filed shared provided".split()
)
"""Words opening what may follow the head of a source of evidence before its verb: a
prepositional phrase (``a survey of skippers``) or a participle (``a report released Monday``)."""
_RELATIVE_WORDS: Final = frozenset("that which who whom whose".split())
_EVIDENCE_CLAUSE_OPENERS: Final = _CLAUSE_OPENERS | frozenset(
    "as if because since that when even though".split()
)
"""Words after which a source of evidence may open a clause (``but multiple reports reveal``)."""


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


_NOT_PEOPLE_ER: Final = frozenset(
    "after later never ever either neither rather further other together whether however "
    "sooner former latter over under ever".split()
)
"""Words ending like a noun of a person (``-er``) that are none."""
_APPOSED_NAME_RE: Final = re.compile(
    r",[ \t]+(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*),"
)
"""A name of two to four words set off by commas right after a phrase."""
_POSSESSIVE_OPENERS: Final = frozenset("her his their its our my your".split())
"""Possessive determiners that may open a sentence's subject (``Her main rival, ...``)."""
_OWNED_ROLE_RE: Final = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+(?P<role>[a-z][\w-]*)"
    r",[ \t]+(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*),"
)
"""After a possessive: a few words ending in a noun, then a name set off by commas."""
_PLACE_PREPOSITIONS: Final = frozenset(
    "outside inside near across around through along behind beyond beside below above past "
    "toward towards among amid throughout".split()
)
"""Prepositions of place and motion besides ``_PREPOSITIONS``: a phrase they open after a cue
is a circumstance, not what was said (``chanted outside the court``)."""
_REFUSALS: Final = frozenset("declined refused declines refuses".split())
"""Refusals to speak: a relative clause holding one (``, who declined to comment,``) is what
a participle cue after it (``only saying ...``) goes on with."""
_PARTICIPLE_LEAD_RE: Final = re.compile(
    r",[ \t\u00a0]*(?:(?:only|instead|also|then|later|rather|simply|merely|just)[ \t\u00a0]+)*$"
)
"""The comma and adverbs before a participle cue (``, only saying``, ``, instead adding``)."""


class ClauseSubjects(ContentBounds):
    """The layer that adds to ``ContentBounds``. The subject of a cue's clause: common noun
    phrases, names before a cue, appositions, participle and relative clauses, the subject
    before a colon and that of a whole sentence."""

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
                # ``a survey shows many believe``, ``said that most oppose``: the clause
                # shown or said opens with the quantifier
                or words[index - 1].group().lower() in _EVIDENCE_VERB_FORMS
                or words[index - 1].group().lower() == "that"
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
            if word.lower() == "that" and lowered.endswith("s") and not lowered.endswith("ss"):
                break  # ``said that local skippers believe``: no determiner of a plural
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
            if (
                word.lower() in _NOT_SUBJECT
                or word.lower() in SPEECH_VERBS
                or word.lower() in _EVIDENCE_VERB_FORMS
            ):
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
                or lowered in _EVIDENCE_VERB_FORMS
                or lowered.endswith(("ly", "ing", "ed"))
            ):
                break
            first = k
            k -= 1
        if first == index:
            return words[index].start()
        before = text[sent_start : words[first].start()].rstrip(" \"“‘'(")
        opener = before[before.rfind(" ") + 1 :].lower()
        if (
            before
            and before[-1] not in ",;:—–-"
            and opener not in _CLAUSE_OPENERS
            # ``the poll shows local skippers believe``: the clause shown opens there
            and opener not in _EVIDENCE_VERB_FORMS
            and opener != "that"
        ):
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
        progressive = _ING_WORD_RE.match(text, cue_start) is not None
        while words and (
            skips_before_verb(words[-1].group())
            # ``Advisers to the governor have been urging``: a progressive's ``been``
            or progressive
            and words[-1].group() == "been"
        ):
            popped = words.pop().group().lower()
            passive = passive or popped in _BE_FORMS
        if passive and not progressive:
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

    def remarks_subject(self, speaker: Mention | None, cue_start: int) -> bool:
        """True when the subject of the cue at ``cue_start`` is the remarks themselves (``Lund’s
        remarks underscored the stance: “...”``): the verb characterises them and the quote after
        the colon gives them, a direct quote."""
        if speaker is None or not speaker.end <= cue_start <= speaker.end + 60:
            return False
        words = _WORD_RE.findall(self.text, speaker.end, cue_start)
        return any(w.lower() in SPEECH_NOUN_SET or w.lower() in _DOCUMENT_NOUNS for w in words)

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
                and lowered in _POSSESSIVE_OPENERS
                and (owned := _OWNED_ROLE_RE.match(self.text, match.end(), end)) is not None
                and noun_of_people(owned.group("role").lower())
            ):
                # ``Her main rival, Ivo Kral, has gained ...``: the name set off after a role
                # someone's (no pronoun speaks: ``her`` is a determiner here).
                at = owned.start("name")
                return Mention(owned.group("name"), at, owned.end("name")), None, None
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
            if count == 0 and lowered == "more":
                more = _MORE_FROM_RE.match(self.text, match.start(), end)
                if more is not None:
                    # ``More from Jones: “...”``: the one the line quotes more of
                    at = more.start("who")
                    return Mention(more.group("who"), at, more.end("who")), None, None
                more_adverb = _MORE_ADVERB_RE.match(self.text, match.end(), end)
                if more_adverb is not None:
                    # ``More recently, Rubio has ...``: an adverbial opening the sentence
                    return self.colon_subject(more_adverb.end(), end, adverbials)
            if count == 0 and lowered in ("each", "every"):
                return None  # ``Each election cycle, ...``: a time, no speaker
            if (
                count == 0
                and bare[:1].isupper()
                and _INTERJECTION_THEN_CLAUSE_RE.match(self.text, match.end()) is not None
                and "," not in self.text[match.end() + 1 : end]  # not ``Kral, it seems, was``
            ):
                return None  # ``Wait, it gets better: “...”``: an interjection, no name
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
                    # ``Kambala town clerk Mr Bwalya Kasonde``: a role headed by a role word,
                    # then a person's name
                    or _is_role(role.group("role").rsplit(None, 1)[-1])
                    and (named := NAME_RUN_RE.match(self.text, role.end())) is not None
                    and looks_like_person(clean_name(named.group()) or "")
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
            if lowered in TITLE_WORDS or lowered in ROLE_NOUNS or lowered in LEADING_ROLE_WORDS:
                # ``poet Aled Mwangi``, ``novelist Ada Lind``: an occupation before the name
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
        if len(words) == 1 and words[0].endswith(".") and len(words[0]) <= 6:
            return close + 2  # ``in Skarra, Vt., a familiar voice ...``: an abbreviated region
        if (
            words[0].lower() in FIRST_NAMES
            or self.names.gender(region) is not None
            or _word_after(text, close + 1) in ("a", "an", "the")
        ):
            return -1  # ``In Leeds, Ada Moss, a nurse, said``: the subject and its apposition
        return close + 2

    def colon_subject_only(
        self, sent_start: int, intro_end: int, source: Source | None
    ) -> tuple[Mention, None, Source | None] | None:
        """The subject :meth:`colon_subject` finds, without a cue, and the intro's source."""
        found = self.colon_subject(sent_start, intro_end)
        if found is None:
            return None
        return found[0], None, source


_OPENING_TIME_RE: Final = re.compile(
    r"\W*(?:(?:[Aa]|[Aa]n|[Aa]\s+few|[Ss]ome|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Tt]wenty|[Ss]everal|[Mm]any|\d+)\s+)?"
    r"(?:[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]oments?|[Ss]econds?)\s+"
    r"(?:later|earlier|ago|before|after)\b,?\s*"
)
"""A time opening a sentence without a comma (``Minutes later``, ``A few days ago``)."""
_CLOCK_STAMP_RE: Final = re.compile(r"\W*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?=[A-Z])")
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


_AFFILIATION_PREPOSITIONS: Final = frozenset("of for from at in across".split())
"""Prepositions after a subject that name its body or its place (``Residents of Port Eldon``,
``a spokesman for the Harbour Board``): the name after them is no speaker of its own."""
_POSTMODIFIER_PREPOSITIONS: Final = frozenset("to into toward towards near with between".split())
"""Prepositions that join a place or a body to a thing (``the ferry to Skarra``, ``talks with
the board``): a name after them is the object, inside the subject's phrase, never its head."""
_ADVERBIAL_PREPOSITIONS: Final = frozenset(
    "in through on at during within via over throughout amid".split()
)
"""Prepositions of a phrase that may stand between a subject and its verb (``Kral, who has over
the years said``, ``Lind through a lawyer declined``)."""
_ING_CUE_RE: Final = re.compile(r"\w+ing\b")
_BEFORE_ADVERBIAL: Final = frozenset("earlier later also then again still once now just".split())
"""Adverbs before such a phrase (``earlier in the day``)."""
_CLAUSE_PRONOUN_RE: Final = re.compile(
    r"(?:,\s+|\s)(?:and|but|yet)\s+(?P<who>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?:[’'](?:s|re|ve|d|ll))?"
    r"\s+[a-z]"
)
"""A main clause joined by ``and``, ``but`` or ``yet`` whose subject is a pronoun."""
_CLAUSE_JOIN_RE: Final = re.compile(r",\s+(?:and|but|yet|while|whereas)\s+")
"""A comma and a conjunction opening a main clause of its own (``, but Lind stayed``)."""
_SUBORDINATE_OPENING_RE: Final = re.compile(
    r"\W*(?:When|After|Although|Though|Because|Since|While|Once|Before|Until|As|If)\s"
)
"""A sentence opening with a subordinate clause, whose main clause follows its comma."""
_MID_SUBORDINATOR_RE: Final = re.compile(
    r"(?<=\s)(?:when|whenever|after|because|until|once|since|while|whereas|whereby|"
    r"(?:in|at|during|under|through)\s+which)\s"
)
"""A subordinating word inside a sentence, opening a clause with a subject of its own; so does
a relative after a preposition (``a meeting in which the managers met the union and said``)."""
_OPENING_CONNECTIVES: Final = frozenset(
    "like unlike despite amid besides absent likewise similarly moreover "
    "furthermore additionally nevertheless nonetheless separately otherwise consequently "
    "therefore thus hence overall ultimately eventually finally elsewhere".split()
)
"""Words opening a phrase before the subject up to a comma (``Like the mayor, Lind ...``,
``Likewise, Lind ...``): a preposition or a connective, never the subject itself."""
_ADVERBIAL_OPENERS: Final = frozenset(
    "here there ever even now then still yet outside inside across near beyond along "
    "earlier later meanwhile instead".split()
)
"""Words opening an adverbial before a sentence's subject (``Here in Leeds, Lind ...``)."""
_CONJUNCTION_OPENERS: Final = frozenset("but and yet so still".split())
_OPENER_WORDS: Final = frozenset(
    "after before later earlier asked when while if although though because since".split()
)
"""Words opening a clause before the subject, up to a comma (``Asked why, Lund shot back:``)."""
_THAT_WORD_RE: Final = re.compile(r"\bthat\b")
_ASIDE_VERB_RE: Final = re.compile(
    r",\s+(?:(?:also|then|later|still|again|quickly|simply)\s+)?(?P<verb>[a-z]+)\b"
)
"""A comma and the verb of the main clause after a participle clause set off (``, refused``)."""


def _auxiliary(word: re.Match[str], sent_start: int) -> bool:
    """Whether ``word`` is an auxiliary before a cue (``would say``); a capitalised ``May``
    inside the sentence is the month or a surname (``a report on 8 May said``)."""
    found = word.group()
    if found == "May" and word.start() > sent_start:
        return False
    return found.lower() in AUXILIARIES
