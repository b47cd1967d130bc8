"""Attribution predicates beyond the speech and belief lists, in the frames each class takes.

The attribution tradition (PARC, PolNeAR) labels what someone learned, what evidence shows,
the stances taken and the topics raised, and the nouns that name them, besides speech. The
predicates that do so form a fairly closed set of verb and noun classes (``lexicon.py``:
``PREDICATE_VERBS``, ``PREDICATE_NOUNS_THAT``, ...), each attributing in its own frames:

- ``X learned that S``, ``the ledgers show S``, ``X is confident that S``, ``the belief that
  S`` (``that``, or a clause without it);
- ``X pledged to VP``, ``X is reluctant to VP`` (``to``);
- ``X embraced NP``, ``X touched on NP``, ``known as NP``, ``criticism of NP`` (object);
- ``In the latest poll, S`` (a source opening the sentence).

One compiled regex scans the text for every cue; the work per match is a look at the words
around it. A cue inside quote marks or already the cue of an attribution is skipped; so is one
inside the content of an attribution found earlier, unless it is coordinated with that
attribution's cue (``denounced the board and rejected its claims``). Candidates carry their
cue and a score per class in the band of attitudes (below speech; see ``docs/guidelines.md``),
so a team whose guideline covers speech only rejects them at a glance.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain
from typing import TYPE_CHECKING, Final

from annotator.detect.attitudes import (
    _CLAUSE_END_RE,
    _COORDINATED_RE,
    _NOUN_BEFORE,
    _OBJECT_END_RE,
    _TO_VERB_RE,
    CLAUSE_VERB_RE,
    GERUND_PREPOSITION_RE,
    _raised_subject,
    animate_holder,
)
from annotator.detect.attribution import (
    AUXILIARIES,
    Mention,
    noun_of_people,
    subject_before,
    trie_pattern,
    writer_before,
)
from annotator.detect.lexicon import (
    _IRREGULAR,
    ABBREVIATIONS,
    BELIEF_LEMMAS,
    LEADING_ROLE_WORDS,
    NEEDS_THAT,
    PREDICATE_ABSTRACT_NOUNS,
    PREDICATE_CONTENT_NOUNS,
    PREDICATE_CONTENT_OBJECT,
    PREDICATE_EMPHASIS,
    PREDICATE_EVIDENCE_SOURCES,
    PREDICATE_NOUNS_PREP,
    PREDICATE_NOUNS_THAT,
    PREDICATE_PASSIVE_CHARGES,
    PREDICATE_PHRASES,
    PREDICATE_STATES,
    PREDICATE_STATES_OBJECT,
    PREDICATE_STATES_TO,
    PREDICATE_VERBS,
    PRONOUNS,
    SPEECH_LEMMAS,
    SPEECH_VERBS,
    TITLE_WORDS,
    _forms,
)
from annotator.detect.text import SPACE_CHARS
from annotator.records import QuoteType

if TYPE_CHECKING:
    from annotator.detect.pipeline import _Detector

PREDICATE_SCORES: Final = {
    "cognition": 0.5,
    "perception": 0.5,
    "holding": 0.55,
    "evidence": 0.55,
    "stance": 0.55,
    "topic": 0.5,
    "commitment": 0.55,
    "directive": 0.55,
    "request": 0.6,
    "naming": 0.5,
    "publication": 0.5,
    "source": 0.55,
    "designation": 0.5,
    "state": 0.5,
    "will": 0.5,
    "attitude": 0.5,
    "charge": 0.5,
    "noun-that": 0.5,
    "noun-object": 0.5,
}
"""Score of each class's candidates: in the attitude band (0.5 to 0.55), below speech (0.6),
but for ``SPEECH_CLASSES``."""
SPEECH_CLASSES: Final = frozenset({"request"})
"""Classes that report speech, scored as speech: a request or a command (``urged the board to
resign``) is something said, which a team keeping speech only must still see."""
UNSURE_OBJECT_SCORE: Final = 0.4
"""Score of a verb of ``PREDICATE_CONTENT_OBJECT`` whose object may be a plain thing (``listed
its prices``, ``dismissed the case``), and of a noun of ``_HOLDER_NEEDED`` with no holder
(``the attack on the harbour office``): shown faint, below the attitude band."""
_HOLDER_NEEDED: Final = frozenset(
    "attack on|attacks on|focus on|question of|reference to|references to|tribute to|"
    "hopes of".split("|")
)
"""Nouns with an object whose plain sense is as common as the attributing one when no holder is
named (``the attack on the harbour office``, ``a focus on costs``, ``a question of timing``,
``a tribute to the lost crew``): right about half the time on the PolNeAR train split, so
shown faint unless a possessor names the holder (``her attacks on the board``)."""
_LOWER_WORD_RE: Final = re.compile(
    r"\b(?!(?:after|about|above|across|against|along|among|around|because|before|behind|"
    r"below|beside|between|beyond|during|except|inside|outside|since|through|toward|towards|"
    r"under|until|unless|while|within|without|where|which|would|could|should)\b)[a-z]{5,}\b"
)
"""A long word in lower case other than a preposition or a conjunction: its sentence is not a
headline in title case (``Calls for Inquiry after Audit Reveals Gaps``)."""

_IRREGULAR_EXTRA: Final = {
    "learn": ["learn", "learns", "learned", "learnt", "learning"],
    "understand": ["understand", "understands", "understood", "understanding"],
    "forget": ["forget", "forgets", "forgot", "forgotten", "forgetting"],
    "hear": ["hear", "hears", "heard", "hearing"],
    "hold": ["holds", "held"],
    "read": ["read", "reads"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "prove": ["prove", "proves", "proved", "proven", "proving"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "commit": ["commit", "commits", "committed"],
    "fault": ["faulted", "faulting"],
    "pressure": ["pressured", "pressuring", "pressures"],
    "credit": ["credited", "crediting"],
    "support": ["supported", "supporting", "supports"],
    "attack": ["attacked", "attacking"],
    "reference": ["referenced", "referencing"],
    "detail": ["detailed", "detailing"],
    "outline": ["outlined", "outlining", "outlines"],
    "highlight": ["highlighted", "highlighting", "highlights"],
    "promise": ["promised", "promising", "promises"],
    "demand": ["demanded", "demanding", "demands"],
    "request": ["requested", "requesting", "requests"],
    "question": ["questioned", "questioning", "questions"],
    "stress": ["stressed", "stressing", "stresses"],
    "file": ["filed", "filing"],
    "sign": ["signed", "signing"],
    "share": ["shared", "sharing"],
    "name": ["named", "naming"],
    "list": ["listed", "listing"],
    "vote": ["voted", "votes", "voting"],
    "campaign": ["campaigned", "campaigning"],
    "push": ["pushed", "pushes", "pushing"],
    "offer": ["offered", "offering", "offers"],
    "hope": ["hoped", "hoping", "hopes"],
    "aim": ["aimed", "aiming", "aims"],
    "pledge": ["pledged", "pledging", "pledges"],
    "vow": ["vowed", "vowing", "vows"],
    "respect": ["respected", "respects"],
    "blast": ["blasted", "blasting", "blasts"],
    "slam": ["slammed", "slamming", "slams"],
    "mock": ["mocked", "mocking", "mocks"],
    "hail": ["hailed", "hailing", "hails"],
    "champion": ["championed", "championing", "champions"],
    "embrace": ["embraced", "embracing", "embraces"],
    "defend": ["defended", "defending", "defends"],
    "welcome": ["welcomed", "welcoming", "welcomes"],
    "sense": ["sensed", "senses"],
    "judge": ["judged"],
    "guess": ["guessed", "guesses"],
}
"""Forms of the lemmas above: irregular ones, and those whose base form is more often a noun
(``the support``, ``a question``), which keep only their verb forms."""


_CIRCUMSTANCE_CLAUSE_RE: Final = re.compile(
    r"\s(?:after|before|when|because|since|until)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|"
    r"their\s+|its\s+)?[\w’'-]+\s+(?:[a-z]+ed|was|were|had|has|is|are|did|said|won|lost|met)\b"
)
"""A clause of time or cause with a subject and a verb of its own (``after councillors voted``)."""


def _verb_forms(lemmas: str) -> list[str]:
    forms: list[str] = []
    for lemma in lemmas.split():
        forms.extend(_IRREGULAR_EXTRA.get(lemma) or _IRREGULAR.get(lemma) or _forms(lemma))
    return forms


_CONTENT_OBJECT_FORMS: Final = frozenset(_verb_forms(PREDICATE_CONTENT_OBJECT))
"""Forms of the verbs whose object must be content (see ``_object_is_content``)."""
_AS_OBJECT_FORMS: Final = frozenset(_verb_forms("name appoint identify list welcome dismiss hail"))
"""Of those, the verbs that attribute a description given with ``as`` (``named the pier as
the cause``, ``dismissed the report as noise``)."""
_APPOINTMENT_FORMS: Final = frozenset(_verb_forms("name appoint"))
"""Of those, the verbs that also give someone a post: with a role after ``as`` (``named Ada
Lind as chief executive``) the act is an appointment, nothing said."""
_ROLE_AFTER_AS_RE: Final = re.compile(
    r"\s+as\s+(?:(?:the|a|an|its|their|his|her|our|new|next|interim|acting|permanent|"
    r"deputy|vice|assistant|joint|sole|first|chief|senior)\s+)*(?P<role>[a-z]+)\b"
)
"""``as`` and the post given (``as its new chief executive``, ``as treasurer``)."""
_PERSON_OBJECT_FORMS: Final = frozenset(_verb_forms("question deny"))
"""Verbs whose plain sense takes a person (``questioned the driver``: asked him questions;
``denied the striker``: stopped him), and whose attributing sense takes anything else
(``questioned his judgment``, ``denied the charges``)."""
_ADD_FORMS: Final = frozenset(_verb_forms("add"))
"""``add``, whose object then ``to`` is what was put somewhere (``added 40 jobs to the
payroll``), never what was said."""
_EMPHASIS_FORMS: Final = frozenset(_verb_forms(PREDICATE_EMPHASIS))
"""Of those, the verbs of emphasis, whose object may also be an idea (``stressed the need``)."""
_ABSTRACT_ENDINGS: Final = tuple("ance ence ancy ency ity ness ment tion sion ism ship acy".split())
"""Endings of abstract nouns (``importance``, ``urgency``, ``commitment``, ``determination``)."""
_QUANTITY_WORDS: Final = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions dozens dozen several few fewer many "
    "more".split()
)
_OBJECT_PRONOUNS: Final = frozenset("him her them me us it".split())
_OBJECT_STOP_RE: Final = re.compile(
    r"[,;:.!?()]|\s(?:on|in|at|for|with|to|from|by|into|over|under|about|after|before|during|"
    r"against|between|through|without|across|toward|towards|since|until|than|like|who|which|"
    r"that|last|this|next|every|each|yesterday|today|when|while|because|and|but)\s"
)
"""Where the noun phrase of an object ends: punctuation, a preposition other than ``of``, a
relative pronoun, a time or a conjunction."""
_OBJECT_WORD_RE: Final = re.compile(r"[\w’'-]+")
"""A word, with its apostrophes and hyphens."""
_QUOTE_INSIDE_RE: Final = re.compile(r"[“\"‘]|''")
"""A quote mark inside an object: a quoted wording, which is content (a mixed quote)."""
_CLAUSE_OPENER_RE: Final = re.compile(
    r"(?:that|he|she|it|they|we|I|there)\b(?=[\s,])(?!\s+(?:on|in|at|to|for|with|by|from)\b)"
    r"|(?:[\w’'-]+\s+){0,6}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
    r"should|must|does|do|did|[a-z]+n[’']t)\s"
)
"""A clause where an object would stand: ``that`` or a subject pronoun first (``admitted it
made a mistake``, but ``posted it on Facebook``), or an auxiliary within the first words
(``admitted the deal between them would not last``)."""


def _object_is_content(text: str, start: int, end: int, cue: str) -> bool | None:
    """Whether the object of a verb of ``PREDICATE_CONTENT_OBJECT`` at ``start`` is content
    (True: a quote, a clause, a noun of what is said; for a verb of emphasis an idea), a
    quantity or a pronoun, a plain act (None: ``recalled 5,000 cars``, ``named them to the
    board``), or a noun phrase that may be either (False: ``dismissed the case``)."""
    first = text[start : start + 1]
    if first in "“\"‘'" or text.startswith(("that ", "how ", "what ", "why ", "whether "), start):
        return True  # a quote or a clause
    if cue in _APPOINTMENT_FORMS:
        post = _ROLE_AFTER_AS_RE.search(text, start, min(end, start + 80))
        if post is not None and _is_post(post.group("role")):
            return None  # ``named Ada Lind as chief executive``: a post given, nothing said
    if cue in _AS_OBJECT_FORMS and re.search(r"\sas\s", text[start : min(end, start + 80)]):
        return True  # ``named the pier as the cause``: the description is what is attributed
    stop = _OBJECT_STOP_RE.search(text, start, min(end + 1, start + 80))
    clause = _BARE_CLAUSE_RE.match(text, start - 1)
    if (
        clause is not None
        and (stop is None or clause.end() <= stop.start())
        or _QUOTE_INSIDE_RE.search(text, start, end)
        or _CLAUSE_OPENER_RE.match(text, start)
    ):
        # ``admitted the count was wrong``, ``wrote it “a new dawn”`` (but ``stressed the beam
        # until it cracked``: the verb after the object is another clause's)
        return True
    if stop is not None and cue in _ADD_FORMS and text.startswith(" to ", stop.start()):
        return None  # ``adds fluoride to the water``: where it was put, a plain act
    if stop is not None and _TO_VERB_RE.match(text, stop.start()):
        return True  # ``admitted the pier to be unsafe``: what is admitted is a clause
    words = _OBJECT_WORD_RE.findall(text, start, stop.start() if stop else min(end, start + 80))
    if cue in _EMPHASIS_FORMS and words and len(words[0]) > 5 and words[0].endswith("ing"):
        return True  # ``focused on regulating the banks``: an act named by a gerund, an idea
    for word in words[:8]:
        lowered = word.lower().removesuffix("’s").removesuffix("'s")
        singular = lowered.removesuffix("s")
        if lowered in PREDICATE_CONTENT_NOUNS or singular in PREDICATE_CONTENT_NOUNS:
            return True
        if cue in _EMPHASIS_FORMS and (
            singular in PREDICATE_ABSTRACT_NOUNS
            or lowered.endswith(_ABSTRACT_ENDINGS)
            or singular.endswith(_ABSTRACT_ENDINGS)
        ):
            return True  # ``stressed the need for calm``, ``the importance of the vote``
    if not words:
        return False
    head = words[0].lower()
    if (
        head[:1].isdigit()
        or head in _QUANTITY_WORDS
        or head in _OBJECT_PRONOUNS
        and len(words) == 1
    ):
        return None
    return False


def _is_post(word: str) -> bool:
    """Whether ``word`` (lower case) names a post someone holds (``director``,
    ``treasurer``, ``captain``), not a description (``the cause``, ``a threat``)."""
    # Not every head of a speaker phrase (``ROLE_NOUNS`` holds ``source`` and ``article``):
    # ``named Kral as the source of the leak`` says who leaked.
    return word in TITLE_WORDS or word in LEADING_ROLE_WORDS or word == "head"


_MANNER_STATES: Final = frozenset("quick slow careful".split())
"""Adjectives of will that describe a manner of acting: an attribution only with a verb of
saying or of stance after ``to`` (``quick to blame``, ``careful to praise``)."""
_SAYING_LEMMAS: Final = frozenset(
    chain(
        SPEECH_LEMMAS,
        BELIEF_LEMMAS,
        PREDICATE_VERBS["stance"][1].split(),
        PREDICATE_VERBS["topic"][1].split(),
    )
)
"""Verbs of saying, belief, stance and topic, in the base form an infinitive takes."""


def _word_after(text: str, position: int) -> str:
    """The lower-cased word starting at ``position``."""
    return (
        text[position : position + 20].split(None, 1)[0].lower()
        if text[position : position + 1].strip()
        else ""
    )


_DIRECTIVE_KINDS: Final = ("directive", "request")
"""Classes whose frame is an addressee then the act urged or asked (``NP to VP``)."""
_OFFER_FORMS: Final = frozenset(_verb_forms("offer"))
"""``offer`` commits to an act (``offered to help``) and, with a noun of what is said or
proposed as its object, puts forward content (``offered an apology``, ``offered few ideas``)."""
_TELLING_ABOUT: Final = ("describ", "recall")
"""Cues that need ``that`` to report speech but whose object is what they tell about, a topic
(``described the scene``, ``recalled the storm``), proposed in the attitude band."""
_CUES: dict[str, tuple[str, str]] = {}
"""Every cue form, lower-cased: its class and frame."""
for _kind, (_frame, _words) in PREDICATE_VERBS.items():
    for _form in _verb_forms(_words):
        if (
            _frame == "object"
            and _form in NEEDS_THAT
            # ``ordered the crews to stop``: the infinitive frame reports what was ordered.
            and _kind not in _DIRECTIVE_KINDS
            and not _form.startswith(_TELLING_ABOUT)
        ):
            continue  # decided for speech: these report only a ``that`` clause or a quote
        _CUES.setdefault(_form, (_kind, _frame))
for _kind, (_frame, _phrases) in PREDICATE_PHRASES.items():
    for _phrase in _phrases.split("|"):
        _CUES.setdefault(_phrase, (_kind, _frame))
for _word in PREDICATE_STATES.split():
    _CUES.setdefault(_word, ("state", "that"))
for _word in PREDICATE_STATES_TO.split():
    _CUES.setdefault(_word, ("will", "to"))
for _phrase in PREDICATE_PASSIVE_CHARGES.split("|"):
    _CUES.setdefault(_phrase, ("charge", "object"))
for _phrase in PREDICATE_STATES_OBJECT.split("|"):
    _CUES.setdefault(_phrase, ("attitude", "object"))
for _word in PREDICATE_NOUNS_THAT.split():
    _CUES.setdefault(_word + " that", ("noun-that", "that"))
for _phrase in PREDICATE_NOUNS_PREP.split("|"):
    _CUES.setdefault(_phrase, ("noun-object", "noun"))

_LEAD_CUES: Final = {"In": ("source", "lead"), "By": ("source", "lead")}
"""``In the latest poll, S``, ``By the board's count, S``: a source opening the sentence."""
_SOURCE_NOUNS: Final = frozenset(
    "poll polls polling survey surveys study studies report reports analysis review audit "
    "interview interviews statement statements letter memo memoir op-ed essay article speech "
    "remarks address testimony tweet tweets post posts email emails filing lawsuit complaint "
    "ruling opinion view views words assessment telling version recollection judgment "
    "judgement mind eyes findings".split()
)
"""Nouns of a source or a point of view that may head a phrase opening a sentence whose
content it holds (``In the latest poll, S``); a book, a column or a record holds a text, a
chapter or a figure, not a view (``In the book's second chapter, the hero dies``)."""
_LINKING_PHRASES: Final = (["other", "words"], ["a", "word"], ["my", "view"], ["our", "view"])
"""Phrases after ``In`` that link the author's own sentences (``In other words, ...``)."""
_SPEAKING_EVENTS: Final = frozenset(
    "interview interviews speech remarks address testimony assessment telling version "
    "recollection".split()
)
"""Heads of an opening phrase naming an occasion on which the main clause's subject spoke (``In
an interview, Kral ...``): that subject holds the clause, not the occasion."""
_COUNT_NOUNS: Final = _SOURCE_NOUNS | frozenset(
    "estimate estimates count tally account reckoning calculation calculations data figures "
    "numbers records".split()
)
"""Nouns that may head ``By NP,``: a reckoning (``By the board's count, S``)."""
_HEAD_END_RE: Final = re.compile(
    r"\s(?:of|on|to|from|by|in|at|for|with|about|over|published|released|issued|last|this)\s"
)
"""The preposition or participle after the head noun of an opening phrase."""
CUE_WORDS: Final = sorted(
    [
        *_CUES,
        *(c.capitalize() for c, (kind, _) in _CUES.items() if kind.startswith("noun")),
        *_LEAD_CUES,
    ]
)
"""Every cue :func:`cue_spans` finds."""


def cue_pattern() -> str:
    """The regex whose matches :func:`cue_spans` finds: the character before a cue, then every
    cue of the classes, longest first at each position (the trie is greedy); a noun cue may
    open its sentence (``Criticism of the plan grew``).

    It is not compiled for detection: a pattern of 14,000 characters took a tenth of the
    import, to be matched only where ``cuewords`` had found a cue's first word already. The
    tests compile it to check :func:`cue_spans` against it."""
    return rf"[{SPACE_CHARS}(—–](?P<cue>" + trie_pattern(CUE_WORDS) + r")(?=[\s,.;:]|$)"


_CUE_BEFORE_RE: Final = re.compile(rf"[{SPACE_CHARS}(—–]")
"""The character before a cue."""
_CUE_AFTER_RE: Final = re.compile(r"(?=[\s,.;:]|$)")
"""What must follow a cue."""
_CUE_LEAD_RE: Final = re.compile(r"[A-Za-z]*")


def _cue_lead(text: str, start: int) -> str:
    """The run of ASCII letters at ``start`` (empty if none)."""
    match = _CUE_LEAD_RE.match(text, start)
    return match.group() if match is not None else ""


_CUES_BY_LEAD: dict[str, list[str]] = {}
for _cue in sorted(set(CUE_WORDS), key=len, reverse=True):
    _CUES_BY_LEAD.setdefault(_cue_lead(_cue, 0), []).append(_cue)
"""The cues by the ASCII letters they open with, longest first."""


def _cue_at(text: str, start: int) -> int:
    """The end of the longest cue starting at ``start`` and followed as the pattern requires,
    or -1. The cue's first word is the whole run of ASCII letters there: a cue's letters are
    followed by a character of the cue that is not one, or by the end of the cue and then a
    space or a punctuation mark."""
    cues = _CUES_BY_LEAD.get(_cue_lead(text, start))
    if cues is None:
        return -1
    for cue in cues:
        if text.startswith(cue, start) and _CUE_AFTER_RE.match(text, start + len(cue)):
            return start + len(cue)
    return -1


def cue_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the cues of :func:`cue_pattern` in ``text``: one at the very
    start of the text (no character before it), then the matches that ``finditer`` would give,
    trying only the offsets ``starts`` of the character before a cue (from ``cuewords``). A
    match hides the ones that would start inside it."""
    spans: list[tuple[int, int]] = []
    end = _cue_at(text, 0)
    if end >= 0:
        spans.append((0, end))
    end = 0
    for start in starts:
        if start < end or _CUE_BEFORE_RE.match(text, start) is None:
            continue
        cue_end = _cue_at(text, start + 1)
        if cue_end >= 0:
            spans.append((start + 1, cue_end))
            end = cue_end
    return spans


_THAT_RE: Final = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,3}?)that\s(?!is\b|was\b|are\b|were\b|has\b|had\b)"
)
"""``that`` opening the content, after up to three words of adverbial or addressee."""
_THAT_CLAUSE_RE: Final = re.compile(
    r"\s*that\s+(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|does|do|did|not|also|never|of|in|on|to|for|with|by|from)\b)"
)
"""A ``that`` right after a noun that opens a clause of content, not a relative clause
(``the belief that was shared``) or a demonstrative (``that of``)."""
_PAST_IRREGULAR: Final = (
    "left told went came made took gave got met ran won lost held kept sent spent built began "
    "stood wrote spoke saw knew thought felt found put set cut let hit led fled rose fell drove "
    "broke chose grew threw sold paid brought bought sought taught caught fought heard spread "
    "drew struck swept shook tore wore woke"
)
"""Irregular past tenses, which a clause's finite verb may be besides the ``-ed`` forms."""
_CLAUSE_SUBJECT: Final = (
    r"(?:(?:the|a|an|his|her|their|its|this|these|those|some|many|most|no)"
    r"(?:\s+(?!(?:is|was|are|were|has|have|had|will|would)\b)[\w’'-]+){1,3}?"
    r"|he|she|it|they|we|I|you|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
_CLAUSE_PAST: Final = rf"(?:[a-z]{{3,}}(?<!ne)(?<!e)ed|{'|'.join(_PAST_IRREGULAR.split())})"
_RELATIVE_THAT_RE: Final = re.compile(
    rf"\s*that\s+(?:(?:[a-z]+ly\s+)?(?:{_CLAUSE_PAST}|said|say|says|read|reads)\b"
    rf"|{_CLAUSE_SUBJECT}\s+{_CLAUSE_PAST}\s+(?:in|on|at|for|with|to|from|by|into|last|this|"
    r"next|yesterday|today|is|was|are|were|has|have|had|will|would|could|can|may|might|should|"
    rf"must|[a-z]+s\s+(?:next|last|this|on|in|at)|{_CLAUSE_PAST})\b|{_CLAUSE_SUBJECT}\s+"
    rf"{_CLAUSE_PAST}\s*[.,;:!?])"
)
"""``the agreement that the two sides signed in May expires``, ``the statement that followed``,
``a sign that read “...”``: a relative ``that`` (its clause lacks an object, or a subject), whose
noun holds no content.
A clause of content is whole (``the claim that the port closed early``)."""
_CLAUSE_VERB_RE: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|"
    rf"did|been|be|being|{_CLAUSE_PAST})\b"
)
_AUXILIARY_WORDS: Final = frozenset(
    "is are was were has have had will would could can may might should must does do did been "
    "be being".split()
)
_CLAUSE_BREAK_RE: Final = re.compile(
    r"[,;:]|\b(?:and|or|but|that|which|who|because|when|if|as|while)\b"
)
_POSSESSOR_RE: Final = re.compile(r"(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s\s+$")
"""``Kral's`` right before a noun cue: its holder."""
_BY_RE: Final = re.compile(
    r"\s+(?:by|from|among)\s+(?P<who>(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})"
)
"""``criticism by Kral of``: the holder after the noun."""
_STATE_BEFORE: Final = frozenset(
    "is are was were be been being remain remains remained seem seems seemed feel feels felt "
    "appear appears appeared grew become became not also very so quite increasingly still "
    "more less fully all".split()
)
"""Words right before an adjective of belief when it is a predicate (``is confident``)."""
_PERSONAL: Final = frozenset("i we you".split())
_DIRECTIVE_OBJECT_RE: Final = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+(?:,\s+(?:[\w’'.-]+\s+){1,3}?[\w’'.-]+,)?"
    r"\s+to\s+[a-z]"
)
"""The frame of a verb of urging: an addressee, then the act urged (``encouraged the skippers
to strike``); the addressee may carry a short apposition (``instructed the turboprop, callsign
LYNX 42, to descend``)."""
_LIGHT_VERB_RE: Final = re.compile(
    r"\b(?P<verb>(?:take|takes|took|taken|taking|make|makes|made|making|give|gives|gave|given|"
    r"deliver|delivers|delivered|delivering|launch|launches|launched|launching|level|levels|"
    r"leveled|levelled|leveling|levelling|express|expresses|expressed|expressing|voice|voices|"
    r"voiced|voicing|show|shows|showed|shown|showing|have|has|had|having|hold|holds|held|"
    r"holding|offer|offers|offered|offering|renew|renews|renewed|renewing)"
    r")(?:\s+[a-z][a-z-]*){0,4}\s+$"
)
"""A verb that only carries the noun cue after it, its object (``voiced concern``, ``took a
swipe``, ``has shown little interest``), with up to four words of determiner, adjective or
adverb between: its subject holds the attitude."""
_HAVE_FORMS: Final = frozenset("have has had having".split())
_LIGHT_VERBS: Final = frozenset(
    "take takes took taken taking make makes made making give gives gave given deliver delivers "
    "delivered delivering launch launches launched launching level levels leveled levelled "
    "leveling levelling express expresses expressed expressing voice voices voiced voicing show "
    "shows showed shown showing hold holds held holding offer offers offered offering renew "
    "renews renewed renewing".split()
)
"""The verbs of ``_LIGHT_VERB_RE`` besides ``have``."""


def _have_before_other_verb(light: re.Match[str]) -> bool:
    """Whether the ``have`` that ``light`` found is the auxiliary of another verb, not a light
    verb: a participle follows that carries no noun cue for its subject (``has faced criticism
    for``, ``had drawn praise``: the subject is the one criticised or praised); ``has voiced
    concern`` stays."""
    if light.group("verb").lower() not in _HAVE_FORMS:
        return False
    following = light.group().split()[1:2]
    if not following:
        return False
    word = following[0].lower()
    return word not in _LIGHT_VERBS and (word.endswith(("ed", "en", "wn")) or word == "come")


_CALL_VERB_BEFORE: Final = frozenset(
    "to they we i you would will could might should can may must do did not never also often "
    "still who others people".split()
)
"""Words after which ``call`` is the verb (``to call``, ``they call``, ``would call``)."""
_OPENING_NOUN_PHRASE_RE: Final = re.compile(r"\W*In (?:a|an|one|another) (?:[a-z-]+ ){0,2}")
"""``In a call``, ``In an impassioned appeal``: a noun cue opening the sentence in a phrase."""
_DETERMINERS: Final = frozenset(
    "the a an his her their its my our your this that these those some no every each".split()
)
"""Words that open a noun phrase: what follows them is no finite verb, and one of them alone
is no content (``that``, the complementiser, is among them)."""
_POSSESSIVES: Final = frozenset("his her their its".split())
"""Possessives before a noun cue that name its holder (``her criticism of``)."""
_FINITE_CLAUSE_RE: Final = re.compile(
    r"that\s+(?:[^,;:.()“”\"]*?\s)?(?:is|are|was|were|has|have|had|will|would|should|could|"
    r"can|must|may|might|did|does|do|[a-z]{3,}ed)\b"
)
"""``that`` and a clause with a verb of its own (``held that the sentence was too light``),
not a determiner and a noun (``held that seat for years``)."""
_BARE_CLAUSE_KINDS: Final = frozenset(("evidence", "cognition", "state"))
_WH_RE: Final = re.compile(r" (?:whether|how|why|what|who|when|where)\s")
"""A question clause after a cue of cognition or evidence (``learned how the deal was made``)."""
_BARE_CLAUSE_RE: Final = re.compile(
    r" (?:(?:he|she|it|they|there|[A-Z][\w’'.-]*)|(?:the|a|an|his|her|their|its|this|these|"
    r"those|some|most|many|more|few|no)(?: [a-z][\w’'-]*){1,4}?)(?: [A-Z][\w’'.-]*)*"
    r" (?:(?:is|are|was|were|has|have|had|will|would|could|can|should|did|does|do)"
    r"(?:n[’']t)?|wo(?:n[’']t)|may|might|must|needs?|[a-z]{3,}ed)\b"
)
"""A clause without ``that`` after a cue of evidence or cognition: a subject (a pronoun, a
name, or a determiner and up to four words) and a finite verb (``show the crane was idle``)."""
_OBJECT_START_RE: Final = re.compile(
    r" (?:the|a|an|his|her|their|its|this|these|those|some|most|many|more|few|no|"
    r"[a-z]+(?:al|ous|ive|ic|ful|less|ent|ant|ing))\s"
)
"""A noun phrase opening right after a cue of evidence (``revealed deep flaws``)."""
_PROOF_FORMS: Final = frozenset(_verb_forms("show prove demonstrate establish"))
"""Verbs of evidence that attribute a noun phrase or a bare clause only to a source of evidence
(a person who shows something shows a quality: ``showed real grit``, ``proved a useful
signing``); with ``that`` their holder may be anyone."""
PREDICATE_EVIDENCE_SOURCE_WORDS: Final = "|".join(
    sorted(PREDICATE_EVIDENCE_SOURCES.split(), key=len, reverse=True)
)
"""The nouns of a source of evidence as an alternation, longest first."""
_EVIDENCE_SOURCE_RE: Final = re.compile(
    rf"\b(?:{PREDICATE_EVIDENCE_SOURCES.replace(' ', '|')})\b(?:\s+[^\s.;:!?]+){{0,10}}\s*$",
    re.IGNORECASE,
)
"""A noun of a source of evidence heading the words before the cue (``the harbour ledgers of
the last two winters`` show)."""
_COORDINATED_PAST_RE: Final = re.compile(
    rf"\s+(?:and|but)\s+(?:{'|'.join(_PAST_IRREGULAR.split())})\b"
)
"""A coordinated irregular past (``and won``), which ends an object as ``and VERBed`` does."""
_PASSIVE_OR_INFINITIVE: Final = frozenset("to be been being is are was were".split())
_BE_PARTS: Final = frozenset("be been being".split())
_PASSIVE_FRAGMENT_KINDS: Final = frozenset(("charge", "naming"))
"""Classes whose cue in the passive (``was charged with``, ``is known as``) stands between the
subject and the rest of what is attributed, with no holder named."""
_PASSIVE_BE_RE: Final = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|[’']s)\s+"
    r"(?:(?:not|never|also|still|already|now|once|perhaps|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
"""A form of ``be`` and a few adverbs right before a participle: a passive."""
_SUBJECT_PRONOUNS: Final = frozenset("i you he she it we they who which what".split())
"""Pronouns that open the subject of a passive (``what is known as``)."""
_WORD_RE: Final = re.compile(r"[\w’'-]+")
"""A word, with its apostrophes and hyphens."""
_INFINITIVE_NOUNS: Final = frozenset("promise promises pledge pledges vow vows".split())
"""Nouns whose ``to`` opens what is promised only before a verb (``her pledge to resign``);
before a noun phrase it names whom it was made to (``his promise to the voters``)."""
_NOT_OBJECT: Final = frozenset(
    "to that by in on at for from with after before during earlier later last this next "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
"""Words after a cue that open no object of it: a preposition or a time."""
_MODIFIER_BEFORE: Final = frozenset(
    "own two three four five six seven eight nine ten several many few newly recently "
    "previously".split()
)
"""Words before a participle that make it modify the noun after it (``her own proposed``)."""
_PREPOSITIONS_BEFORE_PARTICIPLE: Final = frozenset(
    "against over about on of with without into from amid despite under".split()
)
"""Prepositions before a participle in ``-ed`` that make it modify the noun after it."""
_NOUN_LIKE_S: Final = frozenset(
    "advocates highlights questions demands requests promises outlines details references "
    "credits champions respects faults supports offers pushes votes campaigns lists shares "
    "files signs names attacks stresses".split()
)
"""Verb forms that are as often plural nouns: a cue only right after a name or a pronoun."""
_QUANTIFIER_WORDS: Final = frozenset("most some many few several both".split())
"""Quantifiers that may stand alone as a subject (``Most oppose the sale``)."""
_SPEECH_PARTICIPLE_RE: Final = re.compile(
    r",\s+(?:" + trie_pattern(sorted(f for f in SPEECH_VERBS if f.endswith("ing"))) + r")\b"
)
"""A participle of speech after the object (``, saying``): it reports the content."""
_PRESENT_INTRANSITIVE: Final = (
    "begins starts ends grows falls rises spreads continues remains seems appears mounts "
    "builds fades deepens intensifies persists lingers comes goes runs stands"
)
"""Present forms of verbs that often follow a noun phrase standing as a subject."""
_FINITE_RE: Final = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|"
    rf"did|became|remained|seemed|appeared|{_PRESENT_INTRANSITIVE.replace(' ', '|')}|"
    rf"{_CLAUSE_PAST})(?=[\s.,;:!?]|$)(?!\sby\b)"
)
"""A verb that ends the noun phrase of a noun cue's object standing as a subject."""
_NAME_THEN_VERB_RE: Final = re.compile(
    r"[“\"‘']?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*[”\"’']?(?=" + _FINITE_RE.pattern + ")"
)
"""A name right before a finite verb (``Bean There opened``): it names the subject, when the
verb goes on (``called Kral unqualified.``: an adjective ending the sentence)."""
_NOT_CALL_OBJECT: Final = frozenset("and or over from intensified grew home each".split())
"""Words right after ``call`` that open no object of a naming: a conjunction or a preposition
(``phone calls and letters``, ``called from the deck``), a verb after the noun (``their
calls intensified``), a place or a pronoun of no naming (``call home``, ``call each other``)."""
_CALL_TO_NOT_VERB: Final = frozenset("mind the a an his her their its jury".split())
"""Words after ``called to`` that make no appeal to act (``called to mind``, ``called to the
stand``)."""
_CALL_PARTICLES: Final = frozenset("off up back in quits".split())
"""Words that make ``call`` another verb (``call off``, ``call it quits``); ``call for`` and
``call on`` are attributions of stance, left to the speech cues."""


def _is_phrasal_call(text: str, cue_end: int) -> bool:
    """Whether a bare particle is the first or second word after ``call``: ``called off the
    vote``, ``called up the reserves``, ``called it off`` (but ``called it “out of touch”``
    names it: a quoted word is the name)."""
    words = text[cue_end : cue_end + 40].split(None, 2)[:2]
    return any(word.rstrip(".,;:!?").lower() in _CALL_PARTICLES for word in words)


_CALL_TIME_WORDS: Final = frozenset(
    "every each last this next yesterday today tonight twice again daily weekly nightly back "
    "later after before during when while because".split()
)
"""Words opening a time after the object of ``call`` (or a clause of time or cause): no name
or description follows."""
_CALL_OBJECT_PRONOUNS: Final = frozenset("him her them me us you".split())
_CALL_OBJECT_LEADS: Final = frozenset("his her their my our your the a an".split())
_CALL_IT_IDIOM_RE: Final = re.compile(r"(?:quits|a\s+(?:day|night|career))\b")
"""What follows ``called it`` in the idioms of stopping (``called it quits``)."""


_DEMONSTRATIVE_AFTER: Final = (
    "in at on of by for with from to into after before during since until over"
)
_CALL_RELATIVE_RE: Final = re.compile(
    r"(?:\b(?:what|which|whom)|"
    + "".join(f"(?<![{w[0]}{w[0].upper()}]{w[1:]} )" for w in _DEMONSTRATIVE_AFTER.split())
    + r"\bthat(?!\s+(?:he|she|they|it|we|I|you)\b))"
    r"(?:\s+[\w’'.-]+){1,3}\s+$"
)
"""``what Kral called``, ``the ferry that the mayor called``: the object stands before, and the
words after ``call`` are what it is called; but ``that`` after a preposition is a demonstrative
(``In that house his wife called the shots``)."""


def object_is_content(text: str, cue: str, start: int, end: int) -> bool | None:
    """Whether the object at ``start`` of the speech verb ``cue`` (lower case) is content, for
    the speech cues that share a verb of ``PREDICATE_CONTENT_OBJECT`` (True for any other
    verb): ``dismissed the claims`` and ``welcomed the decision`` attribute their object (True),
    ``the hotel welcomed 300 guests`` is a plain act (None), ``the judge dismissed the case``
    and ``she answered the door`` may be either (False: shown faint)."""
    if cue in _PERSON_OBJECT_FORMS:
        return _object_is_no_person(text, start, end)
    return cue not in _CONTENT_OBJECT_FORMS or _object_is_content(text, start, end, cue)


_ADVERBS_AFTER_OBJECT: Final = frozenset("twice once again too also repeatedly anew".split())


def _object_is_no_person(text: str, start: int, end: int) -> bool | None:
    """For a verb of ``_PERSON_OBJECT_FORMS``: whether the object at ``start`` is content
    (True: a clause, a claim, a quality), people counted (None: ``questioned 1,000
    residents``), or a person, who may stand for what they said (False: ``questioned the
    driver``, ``questioned Moss``)."""
    if text.startswith(("whether ", "how ", "why ", "what ", "if ", "that "), start):
        return True
    limit = min(end + 1, start + 80)
    stop = _OBJECT_STOP_RE.search(text, start, limit)
    while (
        stop is not None
        and stop.group() == "."
        and _word_before(text, stop.start() + 1).lower() in ABBREVIATIONS
    ):
        stop = _OBJECT_STOP_RE.search(text, stop.end(), limit)  # ``Mr. Kral's judgment``
    words = _OBJECT_WORD_RE.findall(text, start, stop.start() if stop else min(end, start + 80))
    if not words:
        return True
    if words[0][:1].isdigit() or words[0].lower() in _QUANTITY_WORDS:
        return None
    if "of" in words:
        words = words[: words.index("of")]  # ``the leader of the party``: the head is before
    while len(words) > 1 and (words[-1] in _ADVERBS_AFTER_OBJECT or words[-1].endswith("ly")):
        words.pop()  # ``denied the striker twice``: the head is before the adverb
    head = words[-1] if words else ""
    if head.lower() in ("him", "her", "them", "me", "us"):
        return False
    return not (head[:1].isupper() or animate_holder(head))


def is_plain_call(text: str, cue_start: int, start: int, end: int) -> bool:
    """Whether the words at ``start`` after the ``call`` at ``cue_start`` are an object and
    nothing more (``called her mother every Sunday``, ``called him on Friday``, ``called the
    police.``): a telephone call or a summons, naming nothing; ``called her mother a saint``,
    ``called his plan “reckless”``, ``called his record in office a disgrace`` and ``what Kral
    called a brave decision`` name. A name as the object is left alone (``a group called
    Harbour Watch`` names the group)."""
    words = text[start:end].split()
    if not words or _CALL_RELATIVE_RE.search(text, max(0, cue_start - 50), cue_start):
        return False
    first = words[0].lower()
    if first == "it" and _CALL_IT_IDIOM_RE.match(text, start + 3):
        return True  # ``called it quits``, ``called it a day``: an end made, nothing named
    if first.rstrip(".!?") in _CALL_OBJECT_PRONOUNS and (
        len(words) == 1 or not words[0][-1:].isalpha() or _ends_call_object(words, 1)
    ):
        return True  # ``called her every day``
    if first not in _CALL_OBJECT_LEADS or len(words) < 2:
        return False
    noun = words[1].rstrip(".!?")
    if not noun.isalpha() or not noun.islower() or noun in _CALL_TIME_WORDS:
        return False
    # ``her mother``, ``the police``: a determiner and a noun, then the sentence's end or a time
    return len(words) == 2 or words[1][-1:] in ".!?" or _ends_call_object(words, 2)


def _ends_call_object(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` opens a time, a purpose or a place summoned to after the
    object of ``call`` (``called us into the canteen``)."""
    word = words[index].lower()
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in _CALL_TIME_WORDS or word == "to":
        return True
    if word == "into":
        return not following.startswith("question")  # ``called the plan into question``
    return word in ("on", "at") and (following[:1].isupper() or following[:1].isdigit())


_GERUND_TAKING_VERBS: Final = frozenset(
    "stop keep start begin quit avoid try consider continue finish resume risk imagine".split()
)
"""Verbs that take a gerund (``Stop approving``): capitalised at a sentence's start, an
imperative, not a holder of the participle after it."""


def find_predicates(detector: _Detector) -> set[int]:
    """Add a candidate for every attribution predicate of the classes in ``lexicon.py`` that no
    earlier stage took; returns the starts of quote spans the new candidates hold."""
    from annotator.detect.document import Draft

    text = detector.text
    held = sorted(
        (d for d in detector.drafts if d.score >= 0.5 and d.type is not QuoteType.DIRECT),
        key=lambda d: d.start,
    )
    held_starts = [d.start for d in held]
    taken_cues = {d.cue.start for d in detector.drafts if d.cue is not None}
    absorbed: set[int] = set()
    last: Draft | None = None
    leads: list[Draft] = []
    for cue_start, cue_end in cue_spans(text, detector.cue_words[1]):
        cue = text[cue_start:cue_end]
        kind, frame = _LEAD_CUES.get(cue) or _CUES[cue.lower()]
        # The literal tests of the frame first: most matches fail them, at little cost.
        if frame == "to" and not text.startswith(" to ", cue_end) and cue not in _OFFER_FORMS:
            continue
        if frame == "lead" and text.find(", ", cue_end, cue_end + 90) < 0:
            continue
        if cue_start in taken_cues or detector.span_at(cue_start) is not None:
            continue
        index = bisect_right(held_starts, cue_start) - 1
        outer = [
            held[k]
            for k in range(max(0, index - 3), index + 1)
            if held[k].start <= cue_start < held[k].end
        ]
        if last is not None and last.start <= cue_start < last.end:
            outer.append(last)
        outer_end = -1
        if outer:
            # ``denounced the board and rejected its plan``: a second act of the same holder
            # ends the object of the first; any other cue inside reported content is held by
            # the outer attribution.
            coordinated = _COORDINATED_RE.search(text, max(0, cue_start - 20), cue_start)
            if coordinated is None or kind.startswith("noun"):
                continue
            outer_end = detector.trim(outer[-1].start, coordinated.start())[1]
            if (
                outer_end - outer[-1].start < 3
                or outer[-1].cue is None
                or outer[-1].start < outer[-1].cue.start
                or CLAUSE_VERB_RE.search(text, outer[-1].start, outer_end)
                or detector.span_at(coordinated.start())
            ):
                continue  # ``said the board met and discussed ...``: one clause of content
        found = _predicate_at(detector, kind, frame, cue_start, cue_end)
        if found is None:
            continue
        if outer:
            outer[-1].end = outer_end
        speaker, content_start, content_end, cue_end = found
        if content_end - content_start < 3:
            continue
        if (
            speaker is not None
            and speaker.text.lower() in _GERUND_TAKING_VERBS
            and speaker.end + 1 == cue_start
        ):
            continue  # ``Stop approving new homes``: an imperative and its gerund, no holder
        score = PREDICATE_SCORES[kind]
        if speaker is None and cue.lower() in _HOLDER_NEEDED:
            score = UNSURE_OBJECT_SCORE  # ``the attack on the harbour office``: shown faint
        if cue.lower() in _CONTENT_OBJECT_FORMS or cue.lower() in _PERSON_OBJECT_FORMS:
            content = object_is_content(text, cue.lower(), content_start, content_end)
            if content is None:
                continue  # ``recalled 5,000 cars``: a plain act
            if not content and not cue.lower().startswith("recall"):
                # ``dismissed the case``: shown faint (but ``recalled the storm``: a memory,
                # the topic of what was told; a recall of goods counts them)
                score = UNSURE_OBJECT_SCORE
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, score)
        draft.speaker = speaker
        if speaker is not None and speaker.text.lower() in _POSSESSIVES:
            holder = speaker.text.lower() in ("his", "her") and detector.antecedent(speaker.start)
            if speaker.text.lower() == "their":
                holder = _plural_subject(detector, speaker.start)
            draft.resolved = holder or speaker.text
        draft.cue = Mention(text[cue_start:cue_end], cue_start, cue_end)
        draft.standalone = False
        detector.attitudes.append(draft)
        if frame == "lead":
            leads.append(draft)  # kept only if no cue of its sentence claims the clause
            continue
        inside = detector.span_starts_within(content_start, content_end)
        if inside:
            draft.type = QuoteType.MIXED
            absorbed.update(inside)
        detector.drafts.append(draft)
        last = draft
        if speaker is None and kind in _PASSIVE_FRAGMENT_KINDS:
            subject = _passive_subject(detector, cue_start)
            if subject is not None:
                # ``[Kral] was charged with [fraud]``: it is held that Kral committed fraud;
                # the cue interrupts what is attributed, as ``is expected to`` does.
                fragment = Draft(*subject, QuoteType.INDIRECT, draft.score, standalone=False)
                fragment.cue = draft.cue
                detector.drafts.append(fragment)
                detector.attitudes.append(fragment)
    cues = sorted(d.cue.start for d in detector.drafts if d.cue is not None)
    for draft in leads:
        # ``In a letter to parents, the school announced ...``: a cue of the sentence's own
        # makes the opening phrase its source, not a holder of its own.
        if bisect_right(cues, draft.end - 1) > bisect_right(cues, draft.start - 1):
            continue
        inside = detector.span_starts_within(draft.start, draft.end)
        if inside:
            draft.type = QuoteType.MIXED
            absorbed.update(inside)
        detector.drafts.append(draft)
    return absorbed


_POLL_HEAD_RE: Final = re.compile(r"(?<![\w-])(?:poll(?:s|ing)?|surveys?)(?![\w-])")
"""The head of a source of opinion figures (``in the latest poll``), found first: it is rare.
Matched only where ``str.find`` locates its stem: a scan with this pattern over the whole text
tests it at every character."""
_POLL_STEMS: Final = ("poll", "survey")


def _poll_heads(text: str) -> list[re.Match[str]]:
    """Every head of ``_POLL_HEAD_RE`` in ``text``, in order."""
    heads = []
    for stem in _POLL_STEMS:
        at = text.find(stem)
        while at >= 0:
            head = _POLL_HEAD_RE.match(text, at)  # the lookbehind sees the text before
            if head is not None:
                heads.append(head)
            at = text.find(stem, at + len(stem))
    heads.sort(key=lambda head: head.start())
    return heads


_IN_POLL_RE: Final = re.compile(r"\sin\s+(?P<source>(?:(?!in\s)[\w’'./-]+\s+){0,6})$")
"""``in`` and the words of its noun phrase up to the head of a source of figures: the last
``in`` before the head (``came in second [in] January polls``)."""
_AFTER_POLL_RE: Final = re.compile(
    r"(?:\s+(?:released|conducted|taken|published|out|of|from|by|this|last|on|in)\b"
    r"[^,.;:!?]{0,60})?"
    r"(?:[.,;:!?—–]|\s+(?:ahead|before|since|among|by|despite|as)\b|$)"
)
"""What may follow the head: a participle or a preposition naming the survey (``released on
Monday``, ``of likely voters``, ``in three states``), then the end of the clause."""
_CLAUSE_OPENERS: Final = frozenset(
    "but and yet still while although though whereas as so since because meanwhile".split()
)
"""Connectives before a clause, left out of its content (``But [the toll rose by a tenth]``)."""


_NOT_CLAUSE_OPENERS: Final = frozenset(
    "who whom whose which that where when depending despite given with without among amid "
    "particularly especially including not if".split()
)
"""Words opening a relative clause or a phrase, not a main clause a survey could hold."""
_STANDING_RE: Final = re.compile(
    r"\d|%|\b(?:percent|points?|ahead|behind|trails?|trailing|trailed|"
    r"tied|even|first|second|third|fourth|fifth|last|favou?rabl[ey]|unfavou?rabl[ey]|support|"
    r"approval|margin)\b"
    # ``leads the race``, ``leads Kral``, ``a narrow lead``, ``the leading candidate``: a lead
    # in a contest; ``led the count``, ``led the walk`` is something done, no standing.
    r"|\b(?:a|the|his|her|its|their|narrow|clear|big|wide|slim|comfortable)\s+lead\b"
    r"|\b(?:lead|leads|leading|led)(?=\s*$|\s*[,;]|\s+(?:by|with|among|over|on|all|"
    r"(?:the\s+)?(?:race|field|pack|contest|primary|ballot|nomination|polls?|"
    r"choice|way)\b)|\s+[A-Z\d])"
)
"""A figure or a standing, what a survey finds (``leads by nine points``, ``is third``)."""
_LEAD_OVER_RE: Final = re.compile(r"\b(?:lead|leads|leading|led)((?:\s+[a-z]+){1,4})")
"""A verb of leading and the words after it, where a rival may stand (``led the former
governor``)."""


def _holds_standing(content: str) -> bool:
    """Whether ``content`` holds a figure or a standing in a contest: a lead over a person
    (``has led the former governor``) counts, a lead of an act (``led the count``) does not."""
    if _STANDING_RE.search(content) is not None:
        return True
    return any(
        noun_of_people(word)
        for lead in _LEAD_OVER_RE.finditer(content)
        for word in lead.group(1).split()
    )


def find_trailing_sources(detector: _Detector) -> None:
    """Add a candidate for a clause whose figures a trailing survey holds (``Kral leads the
    race in the latest poll``): the clause is the content, the survey's noun phrase its source
    and speaker, as ``In the latest poll, S`` is for a source opening the sentence."""
    from annotator.detect.document import Draft

    text = detector.text
    taken = sorted((d.start, d.end) for d in detector.drafts if d.score >= 0.5)
    taken_starts = [start for start, _ in taken]
    for head in _poll_heads(text):
        sent_start, sent_end = detector.sentence_bounds(head.start())
        lead = _IN_POLL_RE.search(text, max(sent_start, head.start() - 60), head.start())
        if lead is None or detector.span_at(head.start()) is not None:
            continue
        after = _AFTER_POLL_RE.match(text, head.end(), sent_end)
        if after is None:
            continue
        in_start = lead.start()
        # The clause before ``in``: from the last comma or opening of the sentence, after a
        # connective (``But``, ``while``).
        comma = text.rfind(", ", sent_start, in_start)
        clause_start = comma + 2 if comma >= 0 else sent_start
        words = text[clause_start:in_start].split()
        while words and words[0].lower().strip(",") in _CLAUSE_OPENERS:
            clause_start = text.index(words[0], clause_start) + len(words[0])
            words = words[1:]
        content_start, content_end = detector.trim(clause_start, in_start)
        content = text[content_start:content_end]
        if (
            len(content.split()) < 3
            # ``who’s running third``: the relative before its contracted verb
            or re.split(r"[’']", content.split(None, 1)[0].lower())[0] in _NOT_CLAUSE_OPENERS
            or not _holds_standing(content)
        ):
            # ``who is third in the polls``, ``despite his standing in the polls``: a relative or
            # a phrase, no clause of its own; a clause with no figure or standing is no finding.
            continue
        index = bisect_right(taken_starts, content_end) - 1
        if any(
            taken[k][0] < content_end and content_start < taken[k][1]
            for k in range(max(0, index - 3), index + 1)
        ):
            continue  # the clause is already attributed, or holds an attribution
        source_end = detector.trim(lead.start("source"), after.start())[1]
        speaker = Mention(text[lead.start("source") : source_end], lead.start("source"), source_end)
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, PREDICATE_SCORES["source"])
        draft.speaker = speaker
        draft.cue = Mention("in", in_start + 1, in_start + 3)
        draft.standalone = False
        if detector.span_starts_within(content_start, content_end):
            draft.type = QuoteType.MIXED
        detector.drafts.append(draft)


_HEARING_BODY: Final = r"(?:court|inquest|tribunal|jury|hearing|trial|magistrates)"
"""Heads of a body that hears evidence in a British court report."""
_TRAILING_HEARING_RE: Final = re.compile(
    r",[ \t]+(?P<who>(?:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _HEARING_BODY + r"|"
    r"(?:[A-Z][\w’'-]*[ \t]+){1,4}(?:Court|Inquest|Tribunal))"
    r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w’'-]*)?)"
    r"[ \t]+(?P<cue>(?:has[ \t]+|had[ \t]+)?heard)"
    r"(?=(?:[ \t]+(?:on[ \t]+[A-Z][a-z]+|yesterday|today|this[ \t]+week))?[.!](?:\s|$))"
)
"""``..., an inquest has heard.``, ``..., Skarra Crown Court heard on Monday.``: a sentence
ending in a body that heard evidence (and the day), as British court reports attribute what
witnesses said."""
_HEADLINE_HEARING_RE: Final = re.compile(
    r"(?P<who>(?:Court|Inquest|Tribunal|Jury|Trial|Hearing))[ \t]+(?P<cue>[Hh]ears|[Tt]old)"
    r"[ \t]+(?P<content>\S.*)"
    r"|(?P<content2>\S.*?),[ \t]+(?P<who2>court|inquest|tribunal|jury|trial|hearing)[ \t]+"
    r"(?P<cue2>hears|told|rules|finds)[ \t]*"
)
"""A headline's line of a court report (``Inquest hears climber fell``, ``Worker sacked unfairly,
tribunal rules``): what the body heard, ruled or found."""
_HEARING_SCORES: Final = {"heard": 0.5, "hears": 0.5, "finds": 0.55, "told": 0.6, "rules": 0.6}
"""The score of each cue of a court report, as its verb has in a sentence: what a court heard
is held as ``A court heard that ...`` is (cognition), what it found is evidence, and a ruling
or what it was told is speech."""
_HEARING_CUES: Final = tuple(_HEARING_SCORES)
"""Cue words a court report ends or opens on, which a text without any holds no hearing."""
_HEARING_BODY_WORDS: Final = (
    "court",
    "inquest",
    "tribunal",
    "jury",
    "hearing",
    "trial",
    "magistrates",
)
"""A body's word every hearing's pattern holds, in lower case: ``told`` and ``heard`` are in
most news, so a text or a line without one of these is passed over before the patterns are
tried (looked for as substrings of the lower-cased text: a case-blind regex costs more than the
patterns it saves)."""


def find_hearings(detector: _Detector) -> None:
    """Add a candidate for what a court, an inquest or a tribunal heard, ruled or found where
    it closes the sentence or opens a headline's line (``The bolt failed, an inquest has
    heard``, ``Inquest hears climber fell after anchor failed``): the clause is the content,
    the body as written its holder, as ``A court heard that ...`` has it."""
    from annotator.detect.document import Draft

    text = detector.text
    if not any(cue in text for cue in _HEARING_CUES):
        return
    lowered = text.lower()
    if not any(word in lowered for word in _HEARING_BODY_WORDS):
        return
    taken = [(d.start, d.end) for d in detector.drafts if d.score >= 0.5]
    found: list[tuple[int, int, int, int, int, int, str]] = []
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end]
        if not any(cue in line for cue in _HEARING_CUES):
            continue
        line_lowered = line.lower()  # the line's own: lowering may change a text's length
        if not any(word in line_lowered for word in _HEARING_BODY_WORDS):
            continue
        headline = _HEADLINE_HEARING_RE.fullmatch(line.rstrip())
        if headline is not None and not line.rstrip().endswith((".", "?", "!")):
            group = "" if headline.group("who") else "2"
            content = headline.span("content" + group)
            found.append(
                (
                    line_start + content[0],
                    line_start + content[1],
                    line_start + headline.start("who" + group),
                    line_start + headline.end("who" + group),
                    line_start + headline.start("cue" + group),
                    line_start + headline.end("cue" + group),
                    headline.group("cue" + group).lower(),
                )
            )
    for trailing in _TRAILING_HEARING_RE.finditer(text):
        found.append(
            (
                detector.sentence_bounds(trailing.start())[0],
                trailing.start(),
                trailing.start("who"),
                trailing.end("who"),
                trailing.start("cue"),
                trailing.end("cue"),
                "heard",
            )
        )
    for start, end, who_start, who_end, cue_start, cue_end, cue in found:
        content_start, content_end = detector.trim(start, end)
        if len(text[content_start:content_end].split()) < 3 or any(
            s < content_end and content_start < e for s, e in taken
        ):
            continue  # a few words are no evidence; an attributed clause is left to its cue
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, _HEARING_SCORES[cue])
        draft.speaker = Mention(text[who_start:who_end], who_start, who_end)
        draft.cue = Mention(text[cue_start:cue_end], cue_start, cue_end)
        draft.standalone = False
        if detector.span_starts_within(content_start, content_end):
            draft.type = QuoteType.MIXED
        detector.drafts.append(draft)


def _lines(text: str) -> list[tuple[int, int]]:
    """The start and end of every line of ``text``."""
    lines = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        lines.append((start, end))
        start = end + 1
    return lines


def _predicate_at(
    detector: _Detector, kind: str, frame: str, cue_start: int, cue_end: int
) -> tuple[Mention | None, int, int, int] | None:
    """The holder, content span and cue end of the cue of class ``kind`` at ``cue_start``."""
    text = detector.text
    sent_start, sent_end = detector.sentence_bounds(cue_start)
    before = text[max(sent_start, cue_start - 40) : cue_start]
    word_before = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    speaker: Mention | None = None
    participle = False
    clause_comma = -1  # the comma ending an opening participle's clause and its content
    if frame == "lead":
        # ``In the latest poll, most skippers back the sale``: the sentence's main clause is
        # the content of the source the opening phrase names.
        if text[sent_start:cue_start].strip(" \n\"“'‘") or text[cue_end : cue_end + 1] != " ":
            return None
        comma = text.find(", ", cue_end, min(sent_end, cue_end + 90))
        if comma < 0:
            return None
        head_end = _HEAD_END_RE.search(text, cue_end, comma)
        words = text[cue_end : head_end.start() if head_end else comma].split()
        nouns = _COUNT_NOUNS if text[cue_start] == "B" else _SOURCE_NOUNS
        if not words or words[-1].lower() not in nouns:
            return None  # ``In the book's second chapter``: the head names no source
        if any(word.lower() in ("the", "a", "an") for word in words[1:]):
            # ``By the time the harbour comes into view, ...``: a second article with no
            # preposition before it opens a clause; the phrase is a time, not a source.
            return None
        if [word.lower() for word in words] in _LINKING_PHRASES:
            return None  # ``In other words, ...``: the author's own link, no source
        start = cue_end + 1
        speaker = Mention(text[start:comma], start, comma)
        if words[-1].lower() in _SPEAKING_EVENTS:
            # ``In an interview with the Courier, Kral shrugged off ...``: an occasion of the
            # main clause's subject, who holds what follows.
            occasion_of = detector.colon_subject(comma + 2, sent_end)
            if occasion_of is not None:
                speaker = occasion_of[0]
        content_start = comma + 1
        starts = detector.attribution_starts
        cue_after = bisect_right(starts, content_start - 1)
        if (
            detector.first_span_in(content_start, sent_end) is not None
            or cue_after < len(starts)
            and starts[cue_after] < sent_end
        ):
            # A quote or an attribution of its own in the sentence (``In an interview, Kral
            # said ...``): the opening phrase is its source, not a holder of its own.
            return None
    elif kind.startswith("noun"):
        if frame == "that":
            cue_end -= 5  # the cue is the noun; ``that`` opens the content
            if (
                _THAT_CLAUSE_RE.match(text, cue_end) is None
                or _RELATIVE_THAT_RE.match(text, cue_end) is not None
            ):
                return None
            content_start = cue_end + 1
        else:
            content_start = cue_end
            if text[cue_end + 1 : cue_end + 12].split(" ", 1)[0].lower() in _NOT_OBJECT:
                return None  # ``his statement on Tuesday``: a time, not what it was about
            if word_before == "on" and text.startswith("account", cue_start):
                return None  # ``on account of``: because of
            if (
                text.endswith(" to", cue_start, cue_end)
                and text[cue_start : cue_end - 3].lower() in _INFINITIVE_NOUNS
                and _TO_VERB_RE.match(text, cue_end - 3) is None
            ):
                return None  # ``his promise to the voters``: an addressee, not what was vowed
        if (
            text[cue_start].isupper()
            and text[sent_start:cue_start].strip(" \"“‘'(—–-")
            and _LOWER_WORD_RE.search(text, sent_start, sent_end)
        ):
            # ``the Fund for Defense of Harbours``: part of a name (but a headline in
            # title case, with no long word in lower case, capitalises every cue)
            return None
        owner = _POSSESSOR_RE.search(before)
        if owner is not None:
            start = cue_start - len(before) + owner.start("who")
            speaker = Mention(owner.group("who"), start, start + len(owner.group("who")))
        elif word_before == "to" and (carried := detector.carried_subject(cue_start, sent_start)):
            # ``used her speech to call for calm``: after ``to`` the form is the verb, carried
            # on by a verb whose subject holds it.
            speaker = carried
        elif (by := _BY_RE.match(text, cue_end)) is not None and frame == "that":
            speaker = Mention(by.group("who"), by.start("who"), by.end("who"))
        elif word_before in _POSSESSIVES:
            # ``her criticism of``: the holder is the possessive, resolved like a pronoun.
            start = cue_start - 1 - len(word_before)
            speaker = Mention(text[start : cue_start - 1], start, cue_start - 1)
        elif (light := _LIGHT_VERB_RE.search(before)) is not None and not _have_before_other_verb(
            light
        ):
            # ``Kral voiced concern that``, ``took a swipe at``, ``has shown little interest
            # in``: the noun is the object of a verb that only carries it, whose subject holds
            # the attitude.
            verb_start = cue_start - len(before) + light.start("verb")
            # ``Kral, who in May voiced a desire to``: the subject before a time
            speaker = detector.behind_adverbial(
                subject_before(text, verb_start, sent_start)
                or detector.common_subject(verb_start, sent_start),
                sent_start,
                verb_start,
            )
            if speaker is not None and speaker.text.lower() in _PERSONAL:
                return None  # ``I have little interest in``: the author's own
        elif (
            _OPENING_NOUN_PHRASE_RE.fullmatch(text, sent_start, cue_start)
            and (comma := text.find(", ", cue_end, sent_end)) > 0
            and detector.span_at(comma) is None
        ):
            # ``In a call for calm, the minister urged ...``: the opening phrase names the act
            # of the main clause's subject, who holds it.
            speaker = detector.sentence_subject(comma + 2, sent_end)
    elif kind == "charge":
        # ``Kral was charged with fraud``, ``a skipper accused of smuggling``: a passive (the
        # active puts its object between: ``accused Kral of``), what is held against or for
        # someone by someone unnamed.
        if text[cue_end : cue_end + 1] != " " or _word_after(text, cue_end + 1) in _NOT_OBJECT:
            return None
        content_start = cue_end
    elif kind == "naming":
        # ``a run of races known as the Triple Crown``: a name given by someone unnamed.
        content_start = cue_end
        if text[cue_end : cue_end + 1] != " " or word_before == "so":
            return None  # ``the so called “express”``: a term held at a distance, no naming
        if "known as" in text[cue_start:cue_end] and text.startswith((" a ", " an "), cue_end):
            return None  # ``known as a tough negotiator``: a description, not a name
        if text.startswith("call", cue_start) and (
            _is_phrasal_call(text, cue_end) or is_plain_call(text, cue_start, cue_end + 1, sent_end)
        ):
            # ``called it off``, ``called it quits``: another verb; ``called her mother every
            # Sunday``: a telephone call; neither names anything
            return None
        particle = text[cue_end + 1 : cue_end + 12].split(" ", 1)[0]
        if text.startswith("call", cue_start) and (
            particle.lower() in _NOT_OBJECT
            and particle not in ("for", "on", "with", "to", "this", "that")
            or particle in _NOT_CALL_OBJECT
            or particle == "to"
            and _word_after(text, cue_end + 4) in _CALL_TO_NOT_VERB
            or text.startswith("calls", cue_start)
            and word_before not in ("and", "that")
            and (word_before in _NOUN_BEFORE or word_before in _MODIFIER_BEFORE)
        ):
            # ``called to mind``, ``was called yesterday``, ``called from the deck``: no
            # object named (but ``called to reject the plan``: an appeal); ``phone calls and
            # emails``, ``their calls``: the noun
            return None
        if text[cue_start:cue_end] == "call" and not (
            word_before in _CALL_VERB_BEFORE
            or word_before.endswith("s")
            and word_before not in _DETERMINERS
            and not word_before.endswith("ss")
        ):
            # ``a conference call``, ``the roll call``, ``his call``: the noun; the verb's
            # base form follows ``to``, a pronoun, an auxiliary or a plural subject.
            return None
        if text.startswith("call", cue_start) and particle in ("for", "on"):
            # ``called for calm``, ``calling on the board to resign``: a stance, whose cue
            # takes the preposition and whose content is its object.
            cue_end += len(particle) + 1
            content_start = cue_end
        if word_before not in _PASSIVE_OR_INFINITIVE and not before.rstrip().endswith(","):
            speaker = subject_before(text, cue_start, sent_start) or detector.common_subject(
                cue_start, sent_start
            )  # ``the skippers dubbed``
            speaker = detector.behind_adverbial(speaker, sent_start, cue_start)
            speaker = _sender(detector, speaker, cue_start, cue_end, sent_start)
        elif word_before not in _PASSIVE_OR_INFINITIVE and not text.endswith(
            "ing", cue_start, text.find(" ", cue_start, cue_end + 1)
        ):
            # ``Ada Lind, a skipper since 1990, calls the quay a disgrace``: a finite cue after
            # an apposition (a participle after a comma hangs on its clause: ``, calling``).
            speaker = subject_before(text, cue_start, sent_start) or detector.apposed_subject(
                sent_start, cue_start, cue_end
            )
        elif word_before == "to":
            # ``went on to call the mayor “a fraud”``: the carrying verb's subject names it.
            speaker = detector.carried_subject(cue_start, sent_start)
        if speaker is None and _COORDINATED_RE.search(
            text, max(sent_start, cue_start - 20), cue_start
        ):
            # ``Kral said the quay was too small and called for a second one``: the verb
            # coordinated with an earlier one shares its subject (in a relative clause, the
            # relative pronoun's: ``Lind, who met him and called him a coward``).
            speaker = (
                detector.coordinated_relative(sent_start, cue_start)
                or detector.coordinated_subject(sent_start, cue_start)
                or detector.sentence_subject(sent_start, cue_start, adverbials=True)
            )
    else:
        if kind in ("state", "will", "attitude"):
            if word_before not in _STATE_BEFORE:
                return None  # ``a confident skipper``: an attribute, not a predicate
        elif (
            word_before in _NOUN_BEFORE
            and word_before != "and"
            and text[sent_start:cue_start].strip().lower() not in _QUANTIFIER_WORDS
            or word_before.endswith(("’s", "'s"))
        ):
            return None  # ``the support``, ``Kral's defence``: a noun
        elif (
            word_before in _PASSIVE_OR_INFINITIVE
            and (frame != "to" or word_before != "to")
            and not (word_before != "to" and text.endswith("ing", cue_start, cue_end))
        ):
            # ``was denied``: the passive; ``to support``: an infinitive (but ``has been
            # embracing``: the progressive, with its subject before).
            return None
        if frame == "that":
            that = _THAT_RE.match(text, cue_end)
            if that is not None:
                content_start = that.end() - 5
                if _RELATIVE_THAT_RE.match(text, content_start):
                    return None  # ``read the report that Moss wrote``: a relative clause
                if kind == "holding" and not _FINITE_CLAUSE_RE.match(text, content_start, sent_end):
                    return None  # ``held that seat for years``: a determiner, no clause
            elif kind == "holding":
                return None
            elif kind in _BARE_CLAUSE_KINDS and (
                _BARE_CLAUSE_RE.match(text, cue_end) or _WH_RE.match(text, cue_end)
            ):
                # ``the ledgers show the crane was idle``, ``learned how the deal was made``
                content_start = cue_end
            elif (
                kind == "cognition"
                and not text.startswith("learn", cue_start)
                and _TO_VERB_RE.match(text, cue_end)
            ):
                # ``decided to sell``, ``forgot to invite`` (an intention kept or failed); but
                # ``learned to swim``: a skill gained, no view
                content_start, frame = cue_end, "to"
            elif kind == "evidence" and _OBJECT_START_RE.match(text, cue_end):
                content_start, frame = cue_end, "object"  # ``the audit revealed deep flaws``
            elif kind == "evidence" and (
                before_cue := _evidence_before(detector, cue_start, cue_end, sent_start, sent_end)
            ):
                return before_cue
            else:
                return None
            if (
                that is None
                and kind == "evidence"
                and text[cue_start:cue_end].lower() in _PROOF_FORMS
                and _EVIDENCE_SOURCE_RE.search(text, max(sent_start, cue_start - 100), cue_start)
                is None
            ):
                return None  # ``The crew showed real grit``: a quality shown, no evidence
        elif frame == "to" and (
            _TO_VERB_RE.match(text, cue_end) is not None
            or text[cue_start:cue_end].lower() not in _OFFER_FORMS
        ):
            if _TO_VERB_RE.match(text, cue_end) is None:
                return None
            content_start = cue_end
        elif frame == "to" and _object_is_content(text, cue_end + 1, sent_end, "offer") is not True:
            # ``offered an apology``, ``offered few specifics``: what is said or proposed;
            # ``offered discounts``, ``offered the crowd ...``: an act, or an addressee first.
            return None
        else:
            content_start = cue_end
            nxt = text[cue_end : cue_end + 12].split(None, 1)
            if (
                not nxt
                or text[cue_end] != " "
                or nxt[0].lower() in _NOT_OBJECT
                or nxt[0].lower() in SPEECH_VERBS
                or nxt[0].lower() in AUXILIARIES
                or word_before in _MODIFIER_BEFORE
                # ``rally against proposed cuts``: after a preposition the participle
                # modifies the noun after it
                or word_before in _PREPOSITIONS_BEFORE_PARTICIPLE
                and cue_end - cue_start > 3
                and text.endswith("ed", cue_start, cue_end)
            ):
                # ``supported by``, ``their demands: ...``, ``announced on Friday``: no object
                # (``biofuel advocates say``: the cue is a noun, the subject of a verb);
                # ``her five proposed bills``: a participle modifying a noun
                return None
        if text[cue_start:cue_end] in _NOUN_LIKE_S and not (
            word_before in PRONOUNS
            or before.rstrip()[-1:].isalpha()
            and before.rsplit(None, 1)[-1][:1].isupper()
            or before.rstrip().endswith(",")
        ):
            return None  # a plural noun (``the best highlights``), tested before the subject
        head = cue_start
        while _word_before(text, head) in _BE_PARTS:
            head -= len(_word_before(text, head)) + 1  # ``has been embracing``
        speaker = detector.behind_adverbial(
            subject_before(text, head, sent_start)
            or detector.common_subject(cue_start, sent_start)
            or detector.apposed_subject(sent_start, cue_start, cue_end)
            or _quantifier_subject(text, sent_start, cue_start)
            or detector.opening_subject(sent_start, head),
            sent_start,
            cue_start,
        )
        if speaker is None and _COORDINATED_RE.search(
            text, max(sent_start, cue_start - 20), cue_start
        ):
            # ``Kral, who backed the plan and criticized the board``: the relative pronoun.
            speaker = (
                detector.coordinated_relative(sent_start, cue_start)
                or detector.coordinated_subject(sent_start, cue_start)
                or detector.sentence_subject(sent_start, cue_start, adverbials=True)
            )
        speaker = _sender(detector, speaker, cue_start, cue_end, sent_start)
        first_end = text.find(" ", cue_start, cue_end)
        if (
            speaker is None
            and (before.endswith(", ") or GERUND_PREPOSITION_RE.search(before))
            and text.endswith("ing", cue_start, first_end if first_end > 0 else cue_end)
        ):
            # ``Lind won the vote by mocking the board``: a gerund after a preposition inside
            # the clause is its subject's act too.
            # ``..., Kral said, recalling the storm``, ``Lind got in on the act, mocking the
            # board``: a participle after the clause it hangs on shares its subject, the
            # speaker of the attribution there, else the sentence's subject.
            speaker = _participle_holder(detector, sent_start, cue_start)
            participle = True
        if speaker is None and text.endswith(
            "ing", cue_start, first_end if first_end > 0 else cue_end
        ):
            # ``By mocking the board, Lind won the vote``: the main clause's subject, after the
            # comma that ends the opening clause (and the content).
            opening = detector.opening_gerund_holder(sent_start, cue_start, cue_end, sent_end)
            if opening is not None:
                speaker, clause_comma = opening
                participle = True
        if speaker is None:
            return None
        if speaker.text.lower() in _PERSONAL:
            return None  # the author or the reader: not reported
        if kind in _DIRECTIVE_KINDS and (
            _DIRECTIVE_OBJECT_RE.match(text, cue_end) is None or speaker.text.lower() == "it"
        ):
            # ``encouraged health savings accounts``: no one is urged to act; ``it could
            # encourage him to stay``: an event or a state of affairs, which urges nothing.
            return None
        if (kind in ("will", "commitment") or kind in _DIRECTIVE_KINDS) and not animate_holder(
            speaker.text
        ):
            return None  # ``the dam threatens to burst``, ``the bread is ready``: a thing
        if (
            kind == "will"
            and text[cue_start:cue_end] in _MANNER_STATES
            and _word_after(text, cue_end + 4) not in _SAYING_LEMMAS
        ):
            # ``was quick to learn``, ``was careful to lock the door``: a manner of acting;
            # ``was quick to blame``, ``slow to condemn``: an attitude to what is said.
            return None
        if (
            text[cue_start:cue_end] in _NOUN_LIKE_S
            and not (speaker.text.lower() in PRONOUNS or speaker.text[:1].isupper())
            or text[cue_start:cue_end] in _NOUN_LIKE_S
            and speaker.end + 1 < cue_start
            and text[speaker.end : cue_start].strip()[-1:] != ","
        ):
            return None  # ``biofuel advocates say``, ``the best highlights``: a plural noun
    content_start, content_end = detector.trim(
        content_start, sent_end if clause_comma < 0 else clause_comma
    )
    clause_from = content_start
    if kind in _DIRECTIVE_KINDS:
        urged = _DIRECTIVE_OBJECT_RE.match(text, cue_end)
        if urged is not None and "," in urged.group():
            # ``instructed the turboprop, callsign LYNX 42, to descend``: the apposition's
            # commas end no clause; the act urged goes on after it.
            clause_from = urged.end()
    stop = _CLAUSE_END_RE.search(text, clause_from, content_end)
    if stop is not None:
        if _SPEECH_PARTICIPLE_RE.match(text, stop.start()) and kind not in SPEECH_CLASSES:
            # ``criticized the council, saying that ...``: one attribution, whose content is
            # what the participle reports (found as speech); a request is speech of its own
            # (``appealed to the crews to wait, adding that ...``: two).
            return None
        content_end = detector.trim(content_start, stop.start())[1]
    if frame in ("object", "noun", "to"):
        stop = _OBJECT_END_RE.search(text, clause_from, content_end)
        if stop is not None:
            content_end = detector.trim(content_start, stop.start())[1]
        stop = _COORDINATED_PAST_RE.search(text, content_start, content_end)
        if stop is not None:
            content_end = detector.trim(content_start, stop.start())[1]
        stop = _CIRCUMSTANCE_CLAUSE_RE.search(text, content_start, content_end)
        if stop is not None and not _word_before(text, stop.start() + 1).endswith("ed"):
            # ``accused the council of “...” after councillors voted to ...``: a clause of when
            # or why the stance was taken, the author's, no part of its object (but ``modeled
            # after one developed by``: a preposition after a participle)
            content_end = detector.trim(content_start, stop.start())[1]
    if kind == "noun-that":
        # ``the claim that the port was closed spread fast``: the clause ends before the verb
        # of the main clause, a finite verb after the clause's own with no conjunction between.
        content_end = _main_verb_cut(text, content_start, content_end)
    if frame == "noun":
        # ``criticism of the plan grew``: the noun phrase ends before the verb of its clause
        # (not at a participle after a determiner: ``criticism of the presumed winner``).
        for verb in _FINITE_RE.finditer(text, content_start, content_end):
            if _word_before(text, verb.start() + 1) not in _DETERMINERS:
                content_end = detector.trim(content_start, verb.start())[1]
                break
    if (
        # ``a fisherman named Ola Brandt said``: designation's participle names a noun too
        kind in ("naming", "designation")
        and text.endswith(("ed", "as"), cue_start, cue_end)
        and (named := _NAME_THEN_VERB_RE.match(text, content_start)) is not None
        and re.match(r"\s\S+ \w", text[named.end() : content_end + 1]) is not None
    ):
        # ``a new cafe called Bean There opened``: the participle names the noun before it;
        # no one is said to name it, and the name ends before the main verb.
        speaker, content_end = None, min(content_end, named.end())
    if (
        not text[content_start : content_start + 1].isalnum()
        and detector.span_at(content_start) is None
    ):
        return None  # ``recalled, ...``: what follows is no object of the cue
    if text[content_start:content_end].lower() in _DETERMINERS:
        return None  # ``made it clear that, while ...``: a cut left no content after the cue
    inside = detector.span_at(content_end - 1)
    if inside is not None and inside.end > content_end:
        content_end = inside.end  # never cut a quoted fragment in two
    quoted = detector.first_span_in(content_start, content_end)
    if (
        quoted is not None
        and quoted.end < content_end
        and text[quoted.start : quoted.end].rstrip("\"”’'").endswith(",")
    ):
        # ``Kral, citing “the worst winter,” said the port would close``: a quote closing on a
        # comma is followed by its attribution, or the rest of the sentence; it ends the object.
        content_end = quoted.end
    if participle and detector.is_whole_quote(content_start, content_end):
        # ``Lund, citing “the worst summer in memory,” closed the kiosk``: all the participle's
        # object is in marks right after it, a direct quote (as after a participle of speech).
        return None
    if speaker is not None and text.endswith(
        "ing", cue_start, text.find(" ", cue_start, cue_end + 1)
    ):
        # ``Lind wrote to the council asking it to wait``: the writer asks, not the body
        # written to.
        speaker = writer_before(text, speaker, sent_start) or speaker
    return speaker, content_start, content_end, cue_end


_QUANTIFIER_RE: Final = re.compile(
    r"(?:^|[\s,;:(—–])(?P<who>(?:[Mm]ost|[Mm]any|[Ss]ome|[Ff]ew|[Ss]everal|[Bb]oth|[Oo]thers|"
    r"[Hh]alf|[Aa]\s+majority|[Aa]\s+minority)(?:\s+of\s+(?:them|those|these))?)\s+$"
)
"""A quantifier standing alone as the subject (``Most oppose``, ``many of them backed``)."""


_EVIDENCE_TAIL_RE: Final = re.compile(r"[^\w,;:]{0,3}$")
"""What may follow an evidence cue that closes its sentence: closing punctuation only."""
_EVIDENCE_LEAD_RE: Final = re.compile(
    r",\s+(?P<as>as\s+)?(?P<who>(?:[\w’'.%$-]+\s+){0,9}?(?:"
    + PREDICATE_EVIDENCE_SOURCE_WORDS
    + r"))\s+(?:(?:also|clearly|now|still|have|has|had|also)\s+)?$",
    re.IGNORECASE,
)
"""``..., port authority records show.``: a comma, then a phrase headed by a noun
of a source of evidence right before the cue (``as`` may open it)."""
_AS_EVIDENCE_RE: Final = re.compile(
    r"(?:^|[\s(])(?P<as>[Aa]s\s+)(?P<who>(?:[\w’'.%$-]+\s+){0,9}?(?:"
    + PREDICATE_EVIDENCE_SOURCE_WORDS
    + r"))\s+(?:(?:also|clearly|now|still|have|has|had)\s+)?$",
    re.IGNORECASE,
)
"""``As the latest figures show, ...``: an evidence cue in a clause of ``as`` opening or
interrupting the sentence."""


def _evidence_before(
    detector: _Detector, cue_start: int, cue_end: int, sent_start: int, sent_end: int
) -> tuple[Mention | None, int, int, int] | None:
    """What a source of evidence shows when the cue does not introduce it: the sentence before
    ``, the latest figures show.`` or ``, as the figures show.``; the rest of the sentence after
    ``As the figures show,``. The source phrase is the holder."""
    text = detector.text
    window = max(sent_start, cue_start - 120)
    lead = _EVIDENCE_LEAD_RE.search(text, window, cue_start)
    if lead is not None and _EVIDENCE_TAIL_RE.match(text, cue_end, sent_end):
        content_start, content_end = detector.trim(sent_start, lead.start())
    else:
        lead = _AS_EVIDENCE_RE.search(text, window, cue_start)
        if lead is None or not text.startswith(", ", cue_end):
            return None
        if text[sent_start : lead.start("as")].strip(" \"“'‘("):
            return None  # ``..., but as the figures show, ...``: the clause before is the author's
        content_start, content_end = detector.trim(cue_end + 2, sent_end)
    if content_end - content_start < 8 or detector.first_span_in(content_start, content_end):
        return None  # too short, or a quote with an attribution of its own
    holder = Mention(lead.group("who"), lead.start("who"), lead.end("who"))
    return holder, content_start, content_end, cue_end


_VERB_GROUP_RE: Final = re.compile(
    r"\s(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|do)"
    r"|[a-z]{3,}ed)\s"
)
"""The first word of a verb group: an auxiliary, a form of ``be`` or a verb in ``-ed``."""


def _plural_subject(detector: _Detector, possessive: int) -> str | None:
    """What ``their`` before a noun cue stands for: the plural subject of its clause (``The
    skippers have voiced their support for``, ``Most members were unanimous in their
    condemnation of``), the phrase as written; None when the clause has none."""
    text = detector.text
    sent_start, _ = detector.sentence_bounds(possessive)
    verb = _VERB_GROUP_RE.search(text, max(sent_start, possessive - 120), possessive)
    if verb is None:
        return None
    subject = subject_before(text, verb.start() + 1, sent_start) or detector.common_subject(
        verb.start() + 1, sent_start
    )
    if subject is None or subject.text.lower() in PRONOUNS:
        return None
    words = subject.text.split()
    head = words[-1].lower()
    if words[-1][:1].isupper() and head in _SINGULAR_PLACES:
        return None  # ``the United States``: one country, not a plural
    if (
        not head.endswith("s")
        and not head.endswith("men")
        and head not in _PLURAL_HEADS
        and " and " not in subject.text
    ):
        return None  # ``Kral has voiced their``: no plural to stand for
    return subject.text


_PLURAL_HEADS: Final = frozenset("people police staff children clergy".split())
_SINGULAR_PLACES: Final = frozenset(
    "states nations islands emirates philippines netherlands".split()
)


def _sender(
    detector: _Detector, speaker: Mention | None, cue_start: int, cue_end: int, sent_start: int
) -> Mention | None:
    """Who sent the document ``speaker`` names when a participle cue follows it (``released
    an ad calling the pier a danger``, ``issued a statement urging calm``): the sender holds
    the attitude, through the document (as for speech); else ``speaker``."""
    if speaker is None:
        return None
    first_end = detector.text.find(" ", cue_start, cue_end)
    if not detector.text.endswith("ing", cue_start, first_end if first_end > 0 else cue_end):
        return speaker
    sent = detector.document_sender(speaker, sent_start)
    return speaker if sent is None else sent[0]


def _participle_holder(detector: _Detector, sent_start: int, cue_start: int) -> Mention | None:
    """The subject of the clause before a participle cue at ``cue_start``: the speaker of the
    latest attribution in the sentence before it, else the sentence's subject."""
    starts = detector.attribution_starts
    index = bisect_right(starts, cue_start - 1) - 1
    if index >= 0 and starts[index] >= sent_start:
        return detector.attributions[index][1]
    return detector.clause_pronoun(sent_start, cue_start) or detector.sentence_subject(
        sent_start, cue_start, adverbials=True
    )


def _quantifier_subject(text: str, sent_start: int, cue_start: int) -> Mention | None:
    """The quantifier right before a cue, auxiliaries skipped, as its holder as written."""
    words = text[max(sent_start, cue_start - 60) : cue_start].split(" ")
    end = cue_start
    while len(words) > 1 and words[-2].lower() in AUXILIARIES:
        end -= len(words[-2]) + 1
        words.pop()
    found = _QUANTIFIER_RE.search(text, max(sent_start, end - 40), end)
    if found is None:
        return None
    return Mention(found.group("who"), found.start("who"), found.end("who"))


def _passive_subject(detector: _Detector, cue_start: int) -> tuple[int, int] | None:
    """The subject of a passive cue (``[the quay] is known as``, ``[Kral] has been charged
    with``), as for a raising cue; None when no form of ``be`` stands right before the cue (``a
    reef known as``: a participle after a noun) or the subject is a dummy (``it's known as``)."""
    text = detector.text
    if _word_after(text, cue_start).endswith("ing"):
        return None  # ``are calling on``: the progressive of an active verb
    sent_start, _ = detector.sentence_bounds(cue_start)
    window = max(sent_start, cue_start - 40)
    be = _PASSIVE_BE_RE.search(text, window, cue_start)
    if be is None or be.group().lower().startswith("being"):
        return None  # ``their quay being called``: a gerund clause inside another
    subject = _raised_subject(detector, be.start())
    if subject is None:
        return None
    start, end = subject
    # ``what is known as``, ``so loudly she is nicknamed``: a pronoun (or a relative) opens the
    # subject; the words before it belong to the clause around it.
    for word in reversed(list(_WORD_RE.finditer(text, start, end))):
        if word.group().lower() in _SUBJECT_PRONOUNS:
            if word.group().lower() == "it":
                return None  # ``it's known as``: a dummy subject
            return word.start(), end
    return subject


def _word_before(text: str, position: int) -> str:
    """The lower-cased word ending right before ``position`` (one space between)."""
    start = text.rfind(" ", max(0, position - 20), position - 1) + 1
    return text[start : position - 1].lower()


def _main_verb_cut(text: str, start: int, end: int) -> int:
    """The end of the ``that`` clause at ``start`` before the main clause's verb, if any."""
    previous = None
    for verb in _CLAUSE_VERB_RE.finditer(text, start + 5, end):
        if previous is not None:
            between = text[previous.end() : verb.start()]
            grouped = not between.strip() and previous.group() in _AUXILIARY_WORDS
            if not grouped and _CLAUSE_BREAK_RE.search(between) is None:
                return text.rfind(" ", start, verb.start()) if verb.start() > start else end
        previous = verb
    return end
