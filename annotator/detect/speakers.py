"""Speaker resolution: each draft's speaker resolved to the fullest name the document gives
(titles, given names, coordinated speakers, pronoun antecedents), and the plain-name and
speaker-key helpers it and the candidates use.

Resolution reads only spans and sentences, so it sits right above ``document``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from annotator.detect.attribution import (
    AUXILIARIES,
    CUE_RE,
    MONTH_GIVEN_NAMES,
    MONTH_SURNAMES,
    SOURCE_LINKS_RE,
    Mention,
    Source,
    noun_of_people,
)
from annotator.detect.document import DocumentSpans, Draft
from annotator.detect.lexicon import (
    HEADLINE_CUES,
    IRREGULAR_PAST_TENSES,
    LEADING_ROLE_WORDS,
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from annotator.detect.names import (
    FEMALE,
    FIRST_NAMES,
    MALE,
    ORG_WORDS,
    STOP_CAPS,
    UPPER,
    _office_before_of,
    canonical_speaker_key,
    clean_name,
    coordinated_speakers,
    honorific_gender,
    join_speakers,
    looks_like_organisation,
    looks_like_person,
    noun_gender,
    opens_subject,
)
from annotator.records import SourceKind


def _word_before(text: str, position: int) -> str:
    """The lower-cased word ending right before ``position`` (one space between)."""
    low = position - 20  # a comparison, not ``max`` (slow in Python 3.11): called per cue
    start = text.rfind(" ", low if low > 0 else 0, position - 1) + 1
    return text[start : position - 1].lower()


_DETERMINER_WORDS: Final = frozenset(
    "the a an his her their its our my your this that these those".split()
)
_APPOSED_SURNAME_RE: Final = re.compile(r" ([A-Z][a-z’'-]+)(?=, )")
"""The surname after a given name in an apposition (``, Kwame Asante,``)."""
_SUBJECT_SURNAME_RE: Final = re.compile(r" ([A-Z][a-z’'-]+)(?= [a-z])")
"""The surname after a given name opening a sentence, a verb after it (`` Mott runs``)."""
_FOLLOWING_CAPITAL_RE: Final = re.compile(r" ([A-Z][\w’'-]*)")
"""A capitalised word right after a given name, wherever it stands (`` Lusk``)."""
_QUANTIFIER_WORDS: Final = frozenset("both either neither all each every some many most".split())
"""Words opening a sentence before a name that are no given name (``Both Lind and Kral``)."""
_SENTENCE_ENDS: Final = (". ", ".\n", "\n", "! ", "? ", "” ", '" ')
"""What stands before a word opening a sentence or a paragraph."""
_AGE_AFTER_NAME_RE: Final = re.compile(r", \d{1,3},")
"""An age between commas right after a name (``Yusuf, 29,``)."""
_APPOSED_NOUN_RE: Final = re.compile(r"\b([a-z][a-z-]+), $")
"""A common noun and the comma of an apposition after it (``his daughter-in-law, ``)."""
_HELD_BY_PARTICIPLE_RE: Final = re.compile(
    r"(?:[A-Z][a-z]+|(?:[a-z][\w’'-]*|\d+))(?:\s+[a-z][\w’'-]*){0,4}?\s+(?:being\s+)?"
    r"(?:[a-z]+ed|seen|taken|given|shown|held|made|written|sent|kept)\s+"
    r"(?:by|at|in|from|outside|inside|near)\s"
)
"""A common noun phrase holding a participle and its preposition (``Messages obtained by``,
``a report released by``): the object after is no name of the phrase."""


_CAPS_RUN_RE: Final = re.compile(
    r"[A-Z][\w’'\-]*(?:[ \t\u00a0]+(?:[A-Z][\w’'\-]*|[A-Z]\.|"
    r"[“\"][A-Z][\w’'\-]*[”\"](?=[ \t\u00a0]+[A-Z])))*"
)
"""Runs of capitalised words (ASCII capitals and initials): a cheap scan for name mentions;
a nickname in quote marks between the names is part of the run (``Daniel “Dazz” Okonjo``)."""
_INDEFINITE_OPENERS: Final = frozenset(
    "a an one another some several many few each every most all two three four five six seven "
    "eight nine ten".split()
)
"""Words opening a common noun phrase that names no one in particular (``one shopper``)."""
_QUANTIFIERS: Final = frozenset(
    "some many most few several all both none half each more other others".split()
)
_ROLE_THEN_NAME_RE: Final = re.compile(
    r"[ \t]+(?P<role>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)[ \t]+(?=[A-Z])"
)
"""One or two words of a role between a body's name and a person's (``Kestrel Town manager
Paul Fenwick``)."""


def _is_role(words: str) -> bool:
    """Whether every one of ``words`` names a role or an office (``boss``, ``head coach``)."""
    return all(
        word in ROLE_NOUNS or word in TITLE_WORDS or word in LEADING_ROLE_WORDS
        for word in words.split()
    )


_PERSON_TITLES: Final = frozenset(
    "judge mayor prosecutor coroner sheriff governor senator premier chancellor commissioner "
    "magistrate inspector detective superintendent constable minister director spokesman "
    "spokeswoman spokesperson".split()
)
"""Titles written before a name (``Judge Margaret Ellery``) that a later ``the judge`` or a
headline's ``Mayor`` stands for, when the document gives the title to one person only."""
_SOLE_ROLES: Final = (
    "chief executive officer|chief executive|chief financial officer|chief operating officer|"
    "managing director|chief constable|general secretary|headteacher|head teacher|chairman|"
    "chairwoman|founder"
)
"""Roles a body gives to one person at a time, so that ``its chief executive`` or ``the
company's founder`` stands for the one person the document names in that role."""
_SOLE_ROLE_PHRASE_RE: Final = re.compile(
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?[’']s|the[ \t][a-z]+[’']s)"
    rf"[ \t]+(?P<role>{_SOLE_ROLES})"
)
"""A speaker phrase that is a sole role of a body and nothing else (``its chief executive``,
``the company's founder``, ``Orvale's chairman``)."""
_NAMED_IN_ROLE_RE: Final = re.compile(
    rf"(?P<after>\b(?i:{_SOLE_ROLES}),?[ \t]+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)"
    rf"(?P<before>,[ \t]+(?:(?:the|its|their|[A-Z][\w-]*[’']s)[ \t]+)?(?:(?:new|then)[ \t]+)?"
    rf"(?:{_SOLE_ROLES})\b"
    rf"|[ \t]+as[ \t]+(?:(?:the|its|their)[ \t]+)?(?:new[ \t]+)?(?:{_SOLE_ROLES})\b)?"
)
"""A name with a sole role right before it (``chief executive Ivo Petrik``) or in an
apposition or an ``as`` after it (``Ivo Petrik, its chief executive``, ``named Ivo Petrik as
chief executive``)."""
_WRITTEN_THING_RE: Final = re.compile(
    r"(?i:\b(?:a|an|the)\s+(?:[a-z]+\s+)?)"
    r"(?:sign|notice|label|letter|note|leaflet|poster|banner|plaque|placard|memo|flyer)\b"
)
"""A written thing that says what is written on it, and an ``it`` after it stands for it (``A
notice was pinned to the door. It says ...``)."""
_AGED_PHRASE_RE: Final = re.compile(r"[Tt]he (?P<age>\d{1,3})-year-old(?: [a-z]+)?")
"""A speaker phrase naming a person by age alone (``the 54-year-old``, ``the 54-year-old
captain``)."""
_AGE_GIVEN_RE: Final = re.compile(
    r"(?P<after>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*),[ \t]+(?:aged[ \t]+)?(?P<age>\d{1,3})\b"
    r"(?![-\d])|\b(?P<age_first>\d{1,3})-year-old[ \t]+(?:[a-z]+[ \t]+){0,3}?"
    r"(?P<before>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)"
    r"|(?P<apposed>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*),[ \t]+(?:a|an|the)[ \t]+"
    r"(?P<age_apposed>\d{1,3})-year-old\b"
)
"""A person's age given with the name: after it (``Kalle Ustrand, 54,``, ``Ustrand, aged 54``,
``Kalle Ustrand, a 54-year-old skipper,``) or before it (``54-year-old ferry captain Kalle
Ustrand``)."""
_SUBJECT_FORMS: Final = {"him": "he", "her": "she"}
"""The subject forms of the object pronouns that may name a speaker (``according to him``)."""
_RELATIVE_PRONOUNS: Final = frozenset(("who", "which"))
"""Pronouns opening a relative clause, which stand for the noun phrase before them."""
_NAME_TOKEN: Final = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Capt|Adm|Prof|Rev|Hon)\.|[A-Z]\."
    r"|[A-Z][\w’'\-]*)"
)
_NAME_BEFORE_COMMA_RE: Final = re.compile(
    rf"(?<![\w’'.\-])({_NAME_TOKEN}(?:[ \t]+(?:of[ \t]+)?{_NAME_TOKEN})*),[ \t]*$"
)
"""A run of capitalised words (with ``of`` between them) right before a comma ending the text
searched."""
_PREPOSITION_BEFORE_RE: Final = re.compile(
    r"\b(?:to|with|of|for|by|from|about|against|on|at|in|into|than|like|and|or)[ \t]+$"
)
"""A preposition (or a conjunction) right before a name: the name is no subject of its own."""
_ANTECEDENT_DRAFTS: Final = 200
"""How many drafts back a pronoun looks for a person who spoke, once no name is near."""
_PICTURE_ASIDE_END_RE: Final = re.compile(
    r"\s*\((?:pictured|left|right|above|below|top|bottom|centre|center|inset)\)$"
)
"""A parenthesis pointing at a photograph, closing one speaker of a coordination."""
_MESSAGE: Final = (
    r"(?P<doc>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:letter|statement|email|e-mail|memo|note|message|text message|press release|petition))"
    r"\s+(?:from|signed\s+by|sent\s+by|written\s+by)\s+"
)
_MESSAGE_FROM_RE: Final = re.compile(_MESSAGE + r"(?P<sender>\S.*)")
"""A speaker phrase that is a message and its sender (``A letter from the residents``)."""
_MESSAGE_BEFORE_RE: Final = re.compile(_MESSAGE + r"$")
"""A message and the word that joins its sender, right before the sender found as speaker."""
_DEMONYM_PHRASE_RE: Final = re.compile(rf"[Tt]he (?P<word>[{UPPER}][a-z]+(?:ian|ean|an|i))")
"""``the Brazilian``, ``the Israeli``: a person called by where they are from (or by party:
``the Republican``), as a speaker phrase."""
_NOT_DEMONYMS: Final = frozenset(
    "Guardian Australian Vatican Taliban Kremlin Pentagon Sudan Oman Iran Yemen Bahrain "
    "Ottoman Caribbean Mediterranean Atlantic Pacific Hawaii Mali Malawi Delhi Dubai Shanghai "
    "Mumbai Nairobi Helsinki Karachi Riyadh Islamabad Taiwan Japan Wuhan Tehran Amman Pakistan "
    "Afghanistan Kazakhstan Uzbekistan Sheridan Morgan Dean Brian Ian Ivan Stan Evan Jordan".split()
)
"""Words shaped like a demonym that name a paper, a body, a place or a person instead."""
_OUTLET_VERBS: Final = frozenset(
    "reported reports reporting published publishes editorialized".split()
)
"""Cues whose subject is more often a paper than a person."""

_COMPANY_SUFFIXES: Final = frozenset(
    "Ltd Limited Inc Incorporated Corp Corporation Company Co PLC Plc plc LLC LLP AG GmbH SA NV "
    "Group Holdings Industries".split()
)
"""Words that close a company's name (``Kestrel Mining Ltd``, ``Arlo Holdings``)."""
_BODY_NOUNS: Final = frozenset(
    "company firm group bank ministry council agency department authority commission "
    "university party board".split()
)
"""Nouns of a body that ``the`` and the noun alone stand for once the document named one of
that kind (``Kestrel Mining Ltd ... The company said``, ``the Ministry of Fisheries ... the
ministry said``)."""
_BARE_BODY_RE: Final = re.compile(r"[Tt]he (?P<noun>[a-z]+)")
"""``the`` and one noun as a speaker phrase (``The company``, ``the ministry``)."""
_BODY_NAME_RE: Final = re.compile(
    rf"[{UPPER}][\w&’'.\-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+(?:the[ \t]+)?)?"
    rf"[{UPPER}][\w&’'.\-]*)*"
)
"""A run of capitalised words, with ``of``, ``for`` and ``and`` inside (``Ministry of
Trade and Industry``): where a body's name stands."""
_BODY_REACH: Final = 3000
"""How far back (characters) a bare ``the company`` looks for the body it stands for."""

_INTERVIEW_LABEL_RE: Final = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<label>[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2})"
    r"(?:\*\*|__)?(?P<mark>[:.])(?:\*\*|__)?[ \t]+(?=\S)"
)
"""A turn's label opening a line of a printed interview (``Q:``, ``A.``, ``**Venn:**``,
``TR:``), in bold or not."""
_QUESTION_LABELS: Final = frozenset(("Q", "Question"))
"""Labels of an interviewer's question."""
_ANSWER_LABELS: Final = frozenset(("A", "Answer"))
"""Labels of the interviewee's answer."""
_FIRST_PERSON: Final = frozenset(("i", "me"))
"""The pronouns by which the one answering speaks of themself."""
_OPENING_LABELS: Final = 8
"""Among how many labelled lines the first answer of an interview stands (after a headline's
or a section's labels, a clip's)."""
_TURN_DRAFTS: Final = 30
"""How many drafts back a pronoun looks for the transcript's turn it stands in."""


@dataclass(slots=True)
class _Interview:
    """A printed interview: who answers, and where the answers and the questions stand."""

    interviewee: str
    """The person answering, by the fullest name the document gives."""
    turns: list[tuple[int, int, bool]]
    """Each turn's start and end, and whether it is an answer (else a question)."""


_ASKED_BY_RE: Final = re.compile(
    r"\W*(?:Asked|Questioned|Pressed|Challenged)\s+by\s+(?:the\s+\w+\s+)?"
    r"(?P<asker>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b"
)
"""A participle of questioning and its agent opening a sentence (``Asked by Fairweather
whether ...,``): the main clause's subject is the one asked."""


class SpeakerResolver(DocumentSpans):
    """The layer that adds to ``DocumentSpans``. Speaker resolution: each draft's speaker
    resolved to the fullest name the document gives (titles, given names, coordinated
    speakers, pronoun antecedents), and the plain-name and speaker-key helpers it and the
    candidates use."""

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

    def resolve(self) -> None:
        """Turn each speaker mention into the fullest name; pronouns to the latest person."""
        self.drafts.sort(key=lambda d: d.start)
        self._resolving_starts = [draft.start for draft in self.drafts]
        group: tuple[Mention, str, bool] | None = None
        """The latest speaker named: its mention, its name, and whether it is a coordination
        (a ``they`` after it, or after an organisation, is that speaker)."""
        interview: _Interview | None = None
        interview_read = False
        """The document as a printed interview, read when a speaker says ``I`` or ``you``."""
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
            if draft.resolved in (None, mention.text):
                aged = self.aged_person(mention)
                if aged is not None:
                    # ``the 54-year-old said``: a common noun phrase, as written when it was
                    # found, but one the document gave a person (``Kalle Ustrand, 54,``), as a
                    # title stands for its holder.
                    draft.resolved = aged
                    group = (mention, aged, False)
                    continue
            if draft.resolved is not None:
                group = None
                continue
            if draft.cue is not None and draft.cue.text == ":" and mention.end <= draft.cue.start:
                # ``TR: I promised ...``: an answer's label stands for the interviewee
                if not interview_read:
                    interview, interview_read = self.interview(), True
                if interview is not None:
                    draft.resolved = self.interview_speaker(mention.start, "", interview)
                    if draft.resolved is not None:
                        group = None
                        continue
            word = mention.text.lower()
            word = _SUBJECT_FORMS.get(word, word)  # ``according to him``: as ``he`` would be
            if (word in _FIRST_PERSON or word == "you") and self.span_at(mention.start) is None:
                if not interview_read:
                    interview, interview_read = self.interview(), True
                speaking = None
                if interview is not None:
                    speaking = self.interview_speaker(mention.start, word, interview)
                if speaking is None and word in _FIRST_PERSON:
                    # ``CORRESPONDENT: ... I asked him``: the turn's speaker
                    turn = self.labelled_turn_at(mention.start)
                    speaking = None if turn is None else turn.resolved
                if speaking is not None:
                    draft.resolved = speaking
                    group = None
                    continue
            if word in PERSON_PRONOUNS:
                # ``MARTA SOLBERG: ... He told me``: the one speaking the turn says ``I``; a
                # ``he`` in it is someone else.
                turn = self.labelled_turn_at(mention.start)
                person = self.gendered_phrase_before(mention, word) or self.antecedent(
                    mention.start, word, None if turn is None else turn.resolved
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
            if word == "it" and (thing := self.written_thing_before(mention.start)) is not None:
                draft.resolved = thing  # ``A notice hung on the gate. It says ...``
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
            if titled is None and common_head:
                titled = self.body_called(mention)  # ``the company``: Kestrel Mining Ltd
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

    def written_thing_before(self, start: int) -> str | None:
        """The written thing (``a notice``, ``the letter``) named in the sentence before the one
        at ``start``, which an ``it`` opening that sentence stands for, if any."""
        sent_start = self.sentence_bounds(start)[0]
        if self.text[sent_start:start].strip(" \"“'‘"):
            return None  # ``it`` is its sentence's subject only when it opens it
        previous_start = self.sentence_bounds(max(0, sent_start - 2))[0]
        if previous_start >= sent_start or "\n\n" in self.text[previous_start:sent_start]:
            return None
        things = list(_WRITTEN_THING_RE.finditer(self.text, previous_start, sent_start))
        return things[-1].group() if things else None

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

    def interview(self) -> _Interview | None:
        """The document as a printed interview: an introduction naming the person (``Mara
        Lindqvist, the port's new director, spoke to us about ...``), then turns labelled
        ``Q:`` / ``A:`` or by the speakers' names or initials (``**Ledger:**``, ``Venn:``,
        ``TR:``). A label that stands for a person named before it (the surname, the
        initials, the name) or ``A`` marks an answer; ``Q`` or the one other label a question.
        None unless two answers at least and a question take turns, two speakers only, the
        first answer among the first labelled lines."""
        text = self.text
        lines: list[tuple[int, str, str]] = []
        for start in self.layout.line_starts:
            labelled = _INTERVIEW_LABEL_RE.match(text, start)
            if labelled is not None:
                lines.append((start, labelled.group("label"), labelled.group("mark")))
        if len(lines) < 3:
            return None
        named: list[tuple[int, str]] = []
        for run in _CAPS_RUN_RE.finditer(text, 0, lines[min(len(lines), _OPENING_LABELS) - 1][0]):
            name = clean_name(run.group())
            if name is not None and " " in name and looks_like_person(name):
                named.append((run.start(), name))
        interviewee = None
        turns: list[tuple[int, int, bool]] = []
        labels: set[str] = set()
        # ``Q.`` / ``A.``: with a full stop only when a question is so labelled, not ``A. Lind
        # said`` opening lines
        dotted = any(mark == "." and label in _QUESTION_LABELS for _, label, mark in lines)
        for index, (start, label, mark) in enumerate(lines):
            if mark == "." and not (
                dotted and (label in _QUESTION_LABELS or label in _ANSWER_LABELS)
            ):
                continue  # ``Kral said.`` closing a short line: no label
            if interviewee is None:
                if index >= _OPENING_LABELS:
                    return None
                interviewee = self._named_for_label(label, start, named)
                if interviewee is None:
                    continue  # a headline's or a section's label before the interview
            if turns:
                turns[-1] = (turns[-1][0], start, turns[-1][2])
            turns.append((start, len(text), self._answers(label, interviewee)))
            labels.add(label)
        answers = sum(answer for _, _, answer in turns)
        if interviewee is None or answers < 2 or answers == len(turns) or len(labels) > 2:
            # Three speakers or more take turns: a debate or a hearing, no one interviewed
            return None
        return _Interview(interviewee, turns)

    def _named_for_label(self, label: str, start: int, named: list[tuple[int, str]]) -> str | None:
        """The person a turn's label at ``start`` shows to be answering, among the people
        ``named`` (where each is named, and the name): for ``Q`` or ``A`` the first named
        before it, for a name or initials the one named before it whom they stand for
        (``Venn``, ``OV``: Oskar Venn), by the fullest name; None for any other label."""
        for position, name in named:
            if position >= start:
                break
            if label in _QUESTION_LABELS or label in _ANSWER_LABELS:
                return self.names.fullest(name)
            if self._answers(label, name):
                # ``Gov Fallin`` in a headline, ``Mary Fallin`` in the text: by the surname
                full = self.names.fullest(name.split()[-1])
                return full if " " in full else self.names.fullest(name)
        return None

    @staticmethod
    def _answers(label: str, interviewee: str) -> bool:
        """Whether a turn's label marks the interviewee's answer: ``A``, ``Answer``, their
        initials, or words of their name."""
        if label in _ANSWER_LABELS:
            return True
        if label in _QUESTION_LABELS:
            return False
        words = interviewee.split()
        if label.isupper() and label == "".join(word[0] for word in words):
            return True
        return set(label.lower().split()) <= set(interviewee.lower().split())

    def interview_speaker(self, offset: int, pronoun: str, interview: _Interview) -> str | None:
        """The interviewee, when ``pronoun`` at ``offset`` stands for them: ``I`` in an
        answer, ``you`` in a question, or the label of an answer (``pronoun`` empty); None
        elsewhere."""
        starts = [turn[0] for turn in interview.turns]
        index = bisect_right(starts, offset) - 1
        if index < 0 or offset >= interview.turns[index][1]:
            return None
        answer = interview.turns[index][2]
        if pronoun in _FIRST_PERSON or not pronoun if answer else pronoun == "you":
            return interview.interviewee
        return None

    def labelled_turn_at(self, offset: int) -> Draft | None:
        """The transcript's turn (a draft whose cue is a label's colon) that holds
        ``offset``, among the drafts before it; None outside any."""
        starts = self._resolving_starts
        if starts is None:
            return None
        index = bisect_left(starts, offset) - 1
        for k in range(index, max(-1, index - _TURN_DRAFTS), -1):
            draft = self.drafts[k]
            if (
                draft.cue is not None
                and draft.cue.text == ":"
                and draft.speaker is not None
                and draft.start <= offset < draft.end
            ):
                return draft
        return None

    def body_called(self, mention: Mention) -> str | None:
        """The body a bare ``the company``, ``the bank`` or ``the ministry`` stands for: the
        latest name of that kind before ``mention``, outside quotes and within reach (a
        company's name closes with ``Ltd``, ``Inc``, ``Group``...; another body's holds the
        noun capitalised: ``Ostrava Savings Bank``, ``the Ministry of Fisheries``), as a
        ``he`` stands for the latest person; None when there is none."""
        bare = _BARE_BODY_RE.fullmatch(mention.text)
        if bare is None or bare.group("noun") not in _BODY_NOUNS:
            return None
        noun = bare.group("noun")
        if noun in ("company", "firm", "group"):
            marks = _COMPANY_SUFFIXES
        else:
            marks = frozenset((noun.capitalize(),))
        start = max(0, mention.start - _BODY_REACH)
        for match in reversed(list(_BODY_NAME_RE.finditer(self.text, start, mention.start))):
            # A run of capitals goes on over a full stop (``Co.``), so also over a sentence's
            # end (``in May. Orvale Group lent``): the name opens in the sentence it ends in.
            name_start = max(match.start(), self.layout.sentence_start(match.end() - 1))
            words = self.text[name_start : match.end()].rstrip(".,").split()
            if words and words[0] in ("The", "A", "An"):
                words = words[1:]
            if (
                len(words) < 2
                or self.span_at(name_start) is not None
                or not marks.intersection(word.rstrip(".,") for word in words)
            ):
                continue
            return " ".join(words)
        return None

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
            # In lower case too, after the words of its office (``port director Saskia
            # Vendelmoor``, ``the judge Perrin Ashdale``, ``Area coroner Ada Lind`` as British
            # papers write an office with its area), but not after ``former mayor Ada Lind``,
            # who no longer holds it.
            pattern = re.compile(
                rf"\b(?<![Ff]ormer[ \t])(?:{title.capitalize()}|{title})[ \t]+"
                r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)*)"
            )
            # Or in an apposition after the name (``Saskia Vendelmoor, the port director,``).
            apposed = re.compile(
                r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+),[ \t]+(?:(?:the|its)[ \t]+"
                rf"(?:[a-z][\w-]*[ \t]+)?{title}\b|an?[ \t]+(?:[a-z][\w-]*[ \t]+)?{title}\b"
                # ``a director of the firm``: one of its board, not the director
                r"(?![ \t]+of\b))"
            )
            for match in (*pattern.finditer(self.text), *apposed.finditer(self.text)):
                name = clean_name(match.group(1))
                if name is not None and " " in name and looks_like_person(name):
                    found.add(self.names.fullest(name))
            cached = self._titled[title] = next(iter(found)) if len(found) == 1 else ""
        return cached or None

    def aged_person(self, mention: Mention) -> str | None:
        """The one person whose age the document gives before ``mention`` as the age
        ``mention`` names (``Kalle Ustrand, 54, ... the 54-year-old said``: Kalle Ustrand), by
        the fullest form of the name; None for any other phrase, or when no one or two
        people were given that age."""
        phrase = _AGED_PHRASE_RE.fullmatch(mention.text)
        if phrase is None:
            return None
        found = set()
        for end, age, name in self._ages_given():
            if end > mention.start:
                break
            if age == phrase.group("age"):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _ages_given(self) -> list[tuple[int, str, str]]:
        """Where each age the document gives with a person's name ends, the age and the
        fullest form of the name, in reading order. Read once: a court report naming someone
        by age at every turn read the text again from its start for each mention."""
        if self._ages_given_cache is not None:
            return self._ages_given_cache
        given = []
        for match in _AGE_GIVEN_RE.finditer(self.text):
            name = clean_name(match.group("after") or match.group("before") or match["apposed"])
            if name is not None and looks_like_person(self.names.fullest(name)):
                age = match.group("age") or match.group("age_first") or match.group("age_apposed")
                given.append((match.end(), age, self.names.fullest(name)))
        self._ages_given_cache = given
        return given

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
        # Every capitalised word after the given name anywhere: two people sharing it
        # (``Kieran Mott`` and ``Kieran Lusk``) leave it unresolved.
        written: set[str] = set()
        at = text.find(name, 0, limit)
        while at >= 0:
            if at and (text[at - 1].isalnum() or text[at - 1] in "’'-"):
                at = text.find(name, at + 1, limit)
                continue
            if text.endswith(", ", 0, at) or text.endswith("-year-old ", 0, at):
                surname = _APPOSED_SURNAME_RE.match(text, at + len(name), limit)
                if surname is not None:
                    surnames.add(surname.group(1))
            elif (
                (at == 0 or text.endswith(_SENTENCE_ENDS, 0, at))
                and name.lower() not in _QUANTIFIER_WORDS
                and not self.names.written_in_lower_case(name)
            ):
                # ``Kieran Mott runs the ferry.``: the full name as a sentence's subject.
                surname = _SUBJECT_SURNAME_RE.match(text, at + len(name), limit)
                if surname is not None:
                    surnames.add(surname.group(1))
            after = _FOLLOWING_CAPITAL_RE.match(text, at + len(name), limit)
            if after is not None:
                written.add(after.group(1))
            at = text.find(name, at + 1, limit)
        if len(surnames) != 1 or len(written) > 1:
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

    def antecedent(self, offset: int, pronoun: str = "", speaking: str | None = None) -> str | None:
        """The person a ``he``/``she`` at ``offset`` most likely refers to.

        The latest known speaker named in the 700 characters before, else the latest name that
        reads as a person's, else the latest person who spoke earlier in the document. When
        that person is known to be of the other gender than ``pronoun`` (see
        :meth:`DocumentNames.gender`), the first person in the same order known to be of the
        pronoun's gender, else None: no guess at a name the evidence rules out. Never
        ``speaking``, the speaker of the transcript's turn the pronoun stands in.
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
        else:
            sent_start = self.sentence_bounds(offset)[0]
            asker = _ASKED_BY_RE.match(self.text, sent_start, offset)
            if asker is not None and (name := clean_name(asker.group("asker"))) is not None:
                # ``Asked by Fairweather whether ..., she said``: the one asked answers, and
                # the asker is who the pronoun does not stand for.
                relative = self.names.fullest(name)
        if speaking is not None:
            # The turn's label is written in capitals as often as not (``MARTA SOLBERG``)
            speaking = speaking.lower()
        first = None
        for name in candidates:
            if name != relative and name.lower() != speaking and self._may_be_antecedent(name):
                first = name
                break
        reach = self.narrative_start(offset, 600) if first is None else offset
        if reach < offset - 600:
            # No one in reach, and a long quote stands between the pronoun and the names
            # before it (a ``He`` opening the paragraph after it): those names, as a last resort.
            candidates = self._antecedents(offset, pronoun, reach)
            for name in candidates:
                if name.lower() != speaking and self._may_be_antecedent(name):
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
            if (
                name != relative
                and name.lower() != speaking
                and self._may_be_antecedent(name)
                and gender(name) == wanted
            ):
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
            or (gender := noun_gender(noun := speaker.text.rsplit(None, 1)[-1])) != wanted
            # ``a council spokesman ..., insisting ... “...,” he said``: a noun in ``-man``,
            # used of women too, still goes on as the subject of ``he`` (no name between) when
            # it brings in someone unnamed; ``the businessman`` may stand for a name before.
            and not (
                gender is None
                and pronoun == "he"
                and noun.lower().endswith("man")
                and speaker.text.split(None, 1)[0].lower() in ("a", "an")
            )
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
            elif (
                " " not in full
                and wanted is not None
                and wanted
                in (
                    honorific_gender(match.group().split(" ", 1)[0]),
                    honorific_gender(_word_before(self.text, match.start())),  # ``Mr. Pellow``
                )
            ):
                # ``Lord Wexcombe``, ``Mrs Pellow``: a surname alone, but the honorific says a
                # person of the pronoun's gender.
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
        words = lead.split()
        if any(
            not (
                word in _DETERMINER_WORDS
                or _is_role(word)
                or noun_of_people(word)
                or word[:1].isupper()
                and (
                    word.lower() in TITLE_WORDS
                    # ``Area coroner Ada Lind``, ``Kambala town clerk``: an area before a role
                    or k + 1 < len(words)
                    and _is_role(words[k + 1])
                )
            )
            for k, word in enumerate(words)
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


_AFFILIATION_RE: Final = re.compile(r"\s(?:of|for|from|at|in)\s")

_NAME_SUFFIXES: Final = frozenset("jr sr ii iii iv".split())
"""Generational suffixes: two names differing in one (``Jr``, ``III``) are two people."""


_PLAIN_NAME_RE: Final = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*")


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


_READER_SIGN_RE: Final = re.compile(r"([A-Z][a-z]+)[ \t]+(?:in|from)[ \t]+[A-Z]")
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
    if (
        " " not in holder
        and _office_before_of(holder.lower())
        and after != name
        and after.endswith(" " + name)
    ):
        # ``Dean of Students Varga``: the office (a given name too), its field, then the
        # surname; not a man called Dean from a place called Students Varga
        return name
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
        # ``Member of Parliament Kral``, ``Minister of Finance Kral``: an office and its
        # field before the surname, no given name
        and not (_office_before_of(holder.lower()) and phrase.endswith(" " + name))
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


_IRREGULAR_PAST: Final = IRREGULAR_PAST_TENSES
"""Irregular past tenses: the verb after a subject phrase opening a sentence (no participle:
``given`` after a name is no verb of it)."""


_WORD_AFTER_RE: Final = re.compile(r"[ \t]+([a-z]+(?:ed|s))\b")
"""A verb in the past or present tense right after a name (``Drummond shrugs``)."""
_IRREGULAR_PAST_AFTER_RE: Final = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b"
)
"""An irregular past tense right after a name: its verb (``Krag went``)."""
_AGED_RUN_RE: Final = re.compile(r"\w+-[Yy]ears?-[Oo]ld\s+[A-Z]")
"""A run of capitals opened by an age (``Ten-year-old Freddie``, ``9-year-old Ama``)."""
_FIRM_NAME_RE: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+&\s+[A-Z][\w’'.-]*")
"""A firm's name of capitalised words joined by an ampersand (``Hollin & Marsh``)."""


_STYLES_OF_ADDRESS: Final = frozenset(
    "Highness Majesty Excellency Holiness Eminence Grace Lordship Ladyship Honour Honor "
    "Worship".split()
)
"""Styles that stand for a ruler, a prelate or a judge after a possessive (``Her Majesty``)."""
_STYLE_POSSESSIVES: Final = frozenset("his her their your".split())
"""Possessives opening a style of address (``His Highness``, ``Your Honour``)."""
