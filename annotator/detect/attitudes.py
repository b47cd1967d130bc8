"""Attributions that are not reported speech: beliefs, intentions, expectations, evidence, stances.

The attribution literature (PARC, PolNeAR) labels more than speech: what someone believes or
wants (``Kral believes the port will close``, ``Kral wants to close the port``), what is expected
or seems (``the port is expected to close``, ``the port seems doomed``), what evidence shows
(``a survey shows most residents agree``), and stances (``Kral endorsed the plan``). An auditor
wants these as candidates, but told apart from reported speech: they carry the cue that makes
them (``believes``, ``is expected``, ``shows``) and a score in their own band, below speech
(see ``docs/guidelines.md``), so a team whose guideline leaves them out rejects them at a glance.

One compiled regex scans the text for every cue; the work per match is a look at the words
around it. A cue inside quote marks or inside the content of reported speech found earlier is
skipped: the outer attribution holds it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final

from annotator.detect.attribution import (
    AUXILIARIES,
    Mention,
    noun_of_people,
    subject_before,
    trie_pattern,
)
from annotator.detect.lexicon import (
    IRREGULAR_PAST_FORMS,
    PREDICATE_NOT_HOLDERS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from annotator.detect.text import SPACE_CHARS, matches_at
from annotator.records import QuoteType

if TYPE_CHECKING:
    from annotator.detect.document import DocumentSpans
    from annotator.detect.pipeline import _Detector

SPEECH_SCORE: Final = 0.6
"""The lowest score of reported speech found from a speech verb: every band below is lower."""
ATTITUDE_SCORES: Final = {
    "expectation": 0.55,
    "intention": 0.55,
    "evidence": 0.55,
    "stance": 0.55,
    "topic": 0.55,
    "belief": 0.5,
    "appearance": 0.5,
    "hearsay": 0.55,
    "view": 0.5,
}
"""Score of a candidate of each class of non-speech attribution: below speech, above the floor
(0.5) where the class's candidates are mostly real attributions."""
BELIEF_VERB_SCORE: Final = 0.35
"""Score of reported content found from a belief verb (``think``, ``feel``) before
:func:`lift_beliefs` decides whether it is an attribution of belief (0.5) or stays faint."""

_BE: Final = r"(?:is|are|was|were|be|been|being|’s|'s|(?:is|are|was|were)n[’']t)"
_DEGREE: Final = (
    r"(?:not\s+)?(?:(?:widely|also|not|still|now|generally|largely|increasingly|long|already|"
    r"often|once|originally|nonetheless|both|hardly|[a-z]{3,}ly)\s+)?"
)
"""Between a form of ``be`` and a raising cue: a negation and a degree, time or sentence
adverb (``isn't expected``, ``are not usually expected``, ``was once thought``)."""
_EVIDENCE_NOUNS: Final = (
    "poll|polls|polling|survey|surveys|study|studies|data|report|reports|analysis|analyses|"
    "research|records|numbers|figures|results|investigation|inquiry|review|audit|average|"
    "averages|estimates|tally|count|documents|filings|census|statistics|experiments?|test|tests|"
    "exit polls|evidence|history|research|trial|trials"
)
_PARTICIPLES: Final = (
    "expected projected predicted forecast thought believed assumed rumored rumoured understood "
    "said reported eager planning determined willing seen viewed regarded deemed considered known"
).split()
_LEADING_WORDS: Final = (
    "seems seemed seem appears appeared appear shows showed "
    "show shown showing found finds find wants wanted want plans planned intends intend seeks "
    "sought declined declines refused refuses refusing wishes wished prefers preferred prefer "
    "seeking would decided decides endorsed endorses endorsing supports supported supporting "
    "opposes opposed opposing backed backing defended defends defending attacked attacking "
    "rejected rejects rejecting blamed blames blaming favors favored favours favoured support "
    "oppose endorse favor favour praises slammed slamming assailed challenged questioned "
    "questioning applauded voted vote voting went sees saw see views viewed regards regarded "
    "deemed considers considered consider view viewing seeing regard regarding portrays "
    "portrayed portray portraying paints painted paint painting casts cast casting presents "
    "presented present presenting positions positioned position positioning frames framed "
    "frame framing depicts depicted depict depicting remembers remembered remember "
    "remembering talked talks talking spoke speaks "
    "speaking pointed points pointing referred refers referring focused focuses focusing "
    "railed rails railing calls call calling pushed pushes pushing discussed discussing talk "
    "speak reportedly appeals appealed appealing appeal pleads pleaded pleading plead"
).split()
_LEADING_BE: Final = "is are was were be been being isn aren wasn weren".split()
CUE_LEADS: Final = [*_LEADING_WORDS, *_LEADING_BE]
"""The words every match of ``_CUE_RE`` opens with, after the character before it."""
_OBJECT_WORD: Final = r"[^\s,;:.!?—–()]+"
"""A word of an object, with no punctuation that would end it."""
_NOT_CLAUSE_AFTER_AS: Final = (
    r"(?!(?:he|she|they|it|we|I|you|planned|expected|usual|well|soon|long|much|many|if|though|"
    r"part|of|to|for)\b)"
    # ``positioned the ladder as close to the wall as``, ``painted the shed as white as``: a
    # degree compared, not a view; a role (``as a friend as much as``) opens with a determiner.
    r"(?!(?!(?:a|an|the|his|her|their|its|our|my|your|one)\b)[a-z]+(?:\s+[a-z]+){0,4}?\s+as\b)"
)
"""After the ``as`` of a portrayal: not a clause opened by a pronoun (``as he spoke``), a
manner or a set phrase (``as planned``, ``as part of``), nor a comparison ``as ADJ ... as``."""
GERUND_PREPOSITION_RE: Final = re.compile(
    r"(?<![A-Z])\b(?:by|after|before|while|when|in|without|despite|upon|through)\s+$"
)
"""A preposition inside a clause right before a gerund cue (``won the vote by mocking``,
``left after thanking``): the gerund's holder is the clause's subject. Not ``from`` or ``for``,
whose gerund is often another's act (``kept her from writing``, ``sued for spreading``)."""
_CUE_RE: Final = re.compile(
    # ``\s`` spelled out: the engine tests the set at every character it skips (a fifth of the
    # scan's time).
    rf"[{SPACE_CHARS}(—–]"
    # A trie of every cue's first word rules out all other words at once (the alternation
    # below tries its branches one by one): detection stays within noise of its speed.
    r"(?=(?:" + trie_pattern(_LEADING_WORDS) + r")\s|(?:" + "|".join(_LEADING_BE) + r")"
    r"(?:n[’']t)?\s+(?:[a-z]+\s+){0,2}(?:" + trie_pattern(_PARTICIPLES) + r")\s"
    # ``..., the study found.``: a cue of evidence may close its sentence.
    r"|(?:found|finds)\.)"
    r"(?:"
    # ``is expected to``, ``was thought to``: an expectation or belief held by someone unnamed.
    rf"(?P<expectation>{_BE}\s+{_DEGREE}(?:expected|projected|predicted|forecast|thought|"
    # An infinitive after ``to``, not a noun phrase (``were reported to the police``).
    r"believed|assumed|rumou?red|understood|said|reported)"
    r"(?=\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those)\s)[a-z]))|"
    # ``seems to``, ``appeared headed``: how things look to someone unnamed.
    r"(?P<appearance>(?:seems|seemed|seem|appears|appeared|appear)(?=\s+(?!the\b|a\b|an\b|on\b|in\b"
    r"|at\b|before\b|with\b|for\b|at\b|alongside\b|onstage\b|together\b|to\s+(?:the|a|an|his|her"
    r"|their|be\s+seen)\b)[a-z]))|"
    # ``the survey shows``, ``researchers found that``: evidence.
    r"(?P<evidence>(?:shows|showed|show|shown|showing|found|finds|find)(?=\s)|(?:found|finds)(?=\.))|"
    # ``wants to``, ``declined to``: an intention, or its refusal.
    r"(?P<intention>(?:wants|wanted|want|plans|planned|intends|intend|seeks|sought|"
    r"declined|declines|refused|refuses|refusing|wishes|wished|prefers|preferred|prefer|seeking|"
    r"would\s+like|decided|decides|(?:is|are|was|were)\s+(?:eager|planning|determined|willing))"
    r"(?=\s))|"
    # ``endorsed the plan``, ``opposes the bill``: a stance taken.
    r"(?P<stance>(?:endorsed|endorses|endorsing|supports|supported|supporting|opposes|opposed|"
    r"opposing|backed|backing|defended|defends|defending|attacked|attacking|"
    r"rejected|rejects|rejecting|blamed|blames|blaming|favors|favored|favours|favoured|support|"
    r"oppose|endorse|favor|favour|praises|slammed|slamming|assailed|challenged|questioned|"
    r"questioning|applauded|(?:voted|vote|voting)\s+(?:for|against)|went\s+after)(?=\s))|"
    # ``sees the plan as a gamble``, ``is seen as``: a view.
    r"(?P<view>(?:sees|saw|see|seeing|views|viewed|view|viewing|regards|regarded|regard|"
    r"regarding|deemed|considers|considered|consider)(?=\s+\S[^.;:]{0,60}?\sas\s)"
    # ``painted the board as a club``, ``presents herself as``: a portrayal, a view put to
    # others; its object a few words with no break, then ``as`` and no clause or manner
    # (``cast the nets as he rowed``, ``present the award as planned``). The object holds no
    # ``as``: in ``painted the shed as white as the cottage`` the first one opens a comparison.
    r"|(?:portrays|portrayed|portray|portraying|paints|painted|paint|painting|casts|cast|"
    r"casting|presents|presented|present|presenting|positions|positioned|position|"
    r"positioning|frames|framed|frame|framing|depicts|depicted|depict|depicting|"
    # ``remembers her as the quietest person in the room``: a view of someone, held
    r"remembers|remembered|remember|remembering)"
    rf"(?=(?:\s+(?!(?:such|just|so|as|-)\s){_OBJECT_WORD}){{1,8}}?\s+as\s+{_NOT_CLAUSE_AFTER_AS})"
    # Not after a bare ``be`` (``can be seen drifting``, ``remains to be seen``, ``will be
    # considered at the caucus``): mostly sight or a plain weighing.
    rf"|(?:is|are|was|were|been|(?:is|are|was|were)n[’']t)\s+{_DEGREE}"
    # ``is best known for``: a reputation, a view held by no one named.
    r"(?:(?:seen|viewed|regarded|deemed|considered)(?:\s+as)?|(?:(?:best|well)\s+)?known\s+for)"
    r"(?=\s))|"
    # ``talked about``, ``called for``: what someone spoke of, without the words.
    r"(?P<topic>(?:(?:talked|talks|talking|spoke|speaks|speaking)\s+(?:about|of)|"
    r"(?:pointed|points|pointing|referred|refers|referring)\s+to|"
    r"(?:focused|focuses|focusing)\s+on|(?:railed|rails|railing)\s+against|"
    r"(?:calls|call|calling)\s+for|(?:pushed|pushes|pushing)\s+for|discussed|discussing|"
    # ``police are appealing for witnesses``, ``villagers plead for a seawall``: as a call
    r"(?:appeals|appealed|appealing|appeal|pleads|pleaded|pleading|plead)\s+for|"
    r"talk\s+about|speak\s+(?:about|of))(?=\s))|"
    # ``the ferry has reportedly been sold``: hearsay from someone unnamed.
    r"(?P<hearsay>reportedly(?=\s))"
    r")"
)
"""Every cue of a non-speech attribution, one named group per class; the character before the
cue opens the pattern so the engine skips ahead to spaces."""

_PLUPERFECT_RE: Final = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|un|ought|ade)|"
    + "|".join(sorted(IRREGULAR_PAST_FORMS))
    + r")\b"
)
"""A verb in the past of the past (``had discussed``, ``had taken``, ``had met``), which a verb
after ``but`` with no subject of its own goes on with inside a clause of content."""
_EVIDENCE_SUBJECT_RE: Final = re.compile(
    rf"\b(?:{_EVIDENCE_NOUNS})(?:\s+\w+){{0,6}}\s*$", re.IGNORECASE
)
"""An evidence noun heading the words before ``shows`` (``a poll of likely voters``)."""
_PHRASE_OPENERS: Final = frozenset("in on at by for after before during since until".split())
"""Prepositions that open a phrase, not a clause, before the comma of a closing cue."""
_EVIDENCE_LEAD_RE: Final = re.compile(
    r"(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|new|latest|recent|"
    r"[A-Z][\w’'.-]*)\s+){1,3}$"
    # ``a county survey``, ``the annual staff survey``: a determiner and plain modifiers
    r"|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+"
    r"(?:[a-z][\w’'-]*\s+){1,2}$"
)
"""The determiner, adjectives and names before an evidence noun (``the latest Gallup``)."""
_THAT_AFTER_RE: Final = re.compile(r"\s+(?:(?:last|this|on|in)\s+\w+\s+)?that\s")
_TO_VERB_RE: Final = re.compile(r"\s+to\s+(?!\d|the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]")
_RELATIVE_RE: Final = re.compile(r"\b(?P<who>who|that|which)\s+(?:\w+\s+){0,2}$")
_SPEECH_BEFORE_RE: Final = re.compile(r"\b(?:said|says|told|added|wrote|asked)\b")
"""A speech cue before a relative clause: the clause describes that speaker."""
_CLAUSE_OPEN_RE: Final = re.compile(
    r"[,;:(—–]\s*|\b(?:that|but|and|while|though|although|because|if|when|whether|since|"
    r"where|so|as|after|before|until|unless|whereas)\s+",
    re.IGNORECASE,
)
"""The start of a clause: the subject of a raising cue stands after the last one."""
_CANNOT_RE: Final = re.compile(
    r"(?:\bcan(?:no|[’']|\s+no)t|\bcouldn[’']t|\bcould\s+not)\s+(?:\w+\s+)?$"
)
"""``can't`` or ``couldn't`` before ``seem``: an inability (``he just can't seem to win``)."""
_EMPTY_CONTENTS: Final = frozenset("that the a an".split())
"""Contents that attribute nothing: a complementiser or an article left alone by a cut."""
_RETREATS: Final = frozenset("down off".split())
"""Particles after ``back`` making a verb of retreat (``backed down``), not of support."""
_PASSIVE_AGENT_RE: Final = re.compile(
    r"[ \t]+by[ \t]+(?P<agent>(?:[\w’'-]+[ \t]+){0,5}?[\w’'-]+)[ \t]+as[ \t]+"
    + _NOT_CLAUSE_AFTER_AS
)
"""The agent of a passive view and the ``as`` after it (``is seen by critics as``)."""
_RAISING: Final = frozenset(("appearance", "expectation", "view", "hearsay"))
"""Classes whose cue may stand between the subject and the rest of what is attributed."""
_SUBJECT_OPENERS: Final = frozenset("he she they we who which it".split())
"""Pronouns that open the subject of a raising cue inside a longer stretch of words."""
_NONRESTRICTIVE_RE: Final = re.compile(r",\s+(?:which|who)\s+(?:[\w’'-]+\s+){0,2}$")
"""A cue in a relative clause set off by commas (``, which is expected``)."""
_NOUN_BEFORE: Final = frozenset(
    "the a an his her their its our my your this that these those of for and or no any some "
    "more most less little much enough strong broad public political".split()
)
"""Words before a stance or intention word that make it a noun (``the support``, ``her plans``)."""
_BE_WORDS: Final = frozenset("is are was were be been being".split())
_NOUN_LIKE_STANCES: Final = frozenset("support backing favor favour".split())
"""Stance cues that are as often nouns (``31% support``, ``the backing of``)."""
_NOT_STANCE_OBJECT: Final = frozenset("in from among of to for on at with within behind".split())
"""Prepositions right after a word of ``_NOUN_LIKE_STANCES`` (no auxiliary or ``to`` before
it): no object follows, so it is the noun (``31% support in the wards``, ``the firm support
of``; ``support for`` is a noun cue of its own)."""
CLAUSE_VERB_RE: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|do|"
    r"did|[a-z]{3,}ed)\b"
)
"""A verb in reported content: the content is a clause, and a verb coordinated after it with
``and`` is more of what was said (``said the board met and discussed the plan``)."""
_COORDINATED_RE: Final = re.compile(
    r"(?:\s(?:and|but)|,\s+while)(?:\s+(?:also|then|later|still|[a-z]{3,}ly))?\s+$"
)
"""A cue coordinated with an earlier verb of the same subject (``... but declined``), an adverb
between (``and officially endorsed``)."""
_PARTICIPLE_COMMA_RE: Final = re.compile(r",\s+$")
"""The comma before a participle of stance that closes reported content (``, blaming``)."""
_CLAUSE_END_RE: Final = re.compile(
    r"[;:]\s|\s[—–-]{1,2}\s|\s\(|,\s+(?:and|but|while|whereas|although|though|which|who|according|"
    r"as|after|before|when|because|even|so|he|she|they|it|we|I|"
    + trie_pattern(sorted(verb for verb in SPEECH_VERBS if verb.endswith("ing")))
    + r")\b|"
    r"\s(?:but|while|whereas|although)\s|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+"
    r"(?:said|says|added|wrote|told)\b"
)
"""Where the content of a non-speech attribution stops: a clause of its own, a participle of
speech (``seemed ready to joke, telling the crowd, “...”``), or a trailing attribution."""
_LEADING_TIME_RE: Final = re.compile(
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"last\s+(?:week|month))\s+(?=[a-z])"
)
"""A day or a week right after a cue and before its object (``defended on Wednesday her
plan``)."""
_SPEAKING_TIME_RE: Final = re.compile(
    r"to\s+(?:comment|elaborate|speak|respond|reply|talk|testify)(?:\s+(?:further|publicly))?"
    r"(?=\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:after|before|during|following|until)\s|yesterday\b|today\b|tonight\b|"
    r"last\s+(?:week|month|night)\b|at\s+the\s+(?:time|weekend)\b|when\s))"
)
"""A refusal to speak with no object followed by a time (``declined to comment after the
meeting``, ``refused to speak on Tuesday``): the time is the refusal's, no part of its content."""
_OBJECT_END_RE: Final = re.compile(
    r",\s|\s+(?:and|but)\s+(?:has\s+|had\s+|also\s+)?(?:[a-z]+ed|said|told|wrote)\b"
    # ``blasted the council after he was fined``: a clause of its own with its own subject
    r"|\s+(?:even\s+)?(?:after|before|because|since|when|while|as|until)\s+(?:he|she|they|we|I)\s"
)
"""Where the object of a stance or topic cue stops: a comma, a coordinated verb, or a
subordinate clause opened by a conjunction and a subject pronoun."""


_PERSON_WORDS: Final = frozenset("he she they we i you who whom one others".split())
"""Pronouns (and ``one``, ``others``) that stand for someone."""
_HOLDER_QUANTIFIERS: Final = frozenset("some many most few several both all half majority".split())
_HOLDER_DETERMINERS: Final = frozenset(
    "the a an this that these those his her their its our my your no every each "
    # a number opening the sentence is capitalised too (``Four steel columns``), no name
    "two three four five six seven eight nine ten dozen".split()
)


def animate_holder(phrase: str) -> bool:
    """Whether the holder ``phrase`` names someone who can want, pledge or refuse: a name, a
    person pronoun, a quantifier of people, or a noun of a person or a body of people (``the
    crew``, ``the council``, ``skippers``); not a thing (``the engine``, ``the bill``)."""
    words = [w.split("’")[0].split("'")[0] for w in re.findall(r"[\w’'.-]+", phrase)]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) == 1 and words[0].lower() in ("it", "which", "that"):
        return True  # a body as often as a thing (``the bank said it plans to``): left alone
    for index, word in enumerate(words):
        lowered = word.lower()
        if lowered in ("it", "its", "this", "that"):
            continue
        if lowered.endswith("-old"):
            return True  # ``a 40-year-old``
        if lowered in _PERSON_WORDS or lowered in _HOLDER_QUANTIFIERS:
            return True
        if word[:1].isupper() and not (index == 0 and lowered in _HOLDER_DETERMINERS):
            return True  # a name (``Kral``, ``the Harbour Board``)
        if noun_of_people(lowered):
            return True  # ``the crew``, ``the organisers``, ``activists``, ``physicians``
    return False


_DOCUMENT_HOLDERS: Final = ROLE_NOUNS & PREDICATE_NOT_HOLDERS
"""Documents and shares of a poll that speak for their authors (``the resolution``, ``the ad``,
``60 percent``): holders of a stance, not of a will."""


def _stance_holder(phrase: str) -> bool:
    """Whether ``phrase`` may hold a stance: someone (``animate_holder``), a share of people or
    a document that speaks for its authors; not a thing (``The bridge supports two lanes``)."""
    if animate_holder(phrase):
        return True
    words = phrase.lower().split()
    head = words[-1] if words else ""
    return (
        head in _DOCUMENT_HOLDERS
        or head.removesuffix("s") in _DOCUMENT_HOLDERS
        or head[:1].isdigit()  # ``only 19 support Sanders``, ``42%``: a share of people
    )


def find_attitudes(detector: _Detector) -> set[int]:
    """Add a candidate for every non-speech attribution; returns the starts of quote spans that
    the new candidates hold (quoted fragments of a mixed candidate)."""
    from annotator.detect.document import Draft
    from annotator.detect.predicates import UNSURE_OBJECT_SCORE, object_is_content

    text = detector.text
    held = sorted(
        (d for d in detector.drafts if d.score >= 0.5 and d.type is not QuoteType.DIRECT),
        key=lambda d: d.start,
    )
    taken = [(d.start, d.end, d.cue.start if d.cue else -1) for d in held]
    taken_starts = [start for start, _, _ in taken]
    taken_cues = {cue for _, _, cue in taken}
    absorbed: set[int] = set()
    for match in matches_at(_CUE_RE, text, detector.cue_words[2]):
        kind = match.lastgroup
        if kind is None:
            continue
        cue_start, cue_end = match.span(kind)
        if cue_start in taken_cues or detector.span_at(cue_start) is not None:
            continue
        index = bisect_right(taken_starts, cue_start) - 1
        outer = [
            held[k]
            for k in range(max(0, index - 3), index + 1)
            if held[k].start <= cue_start < held[k].end
        ]
        outer_end = -1
        if outer:
            coordinated = _COORDINATED_RE.search(text, max(0, cue_start - 20), cue_start)
            if (
                coordinated is None
                and kind == "stance"
                and text[cue_start:cue_end].endswith("ing")
                and text.endswith(", ", 0, cue_start)
            ):
                # ``warned that fares would rise, blaming fuel costs``: a participle of stance
                # after the content is the speaker's own act, as ``, citing`` is.
                coordinated = _PARTICIPLE_COMMA_RE.search(text, cue_start - 2, cue_start)
            if coordinated is None:
                continue  # inside reported content: the outer attribution holds it
            # ``Kral said the port would stay open but declined to give a date``: the refusal is
            # the speaker's, not part of what was said; the content stops before ``but``.
            outer_end = detector.trim(outer[-1].start, coordinated.start())[1]
            if outer_end - outer[-1].start < 8 or detector.span_at(coordinated.start()):
                continue
            if " and" in coordinated.group() and CLAUSE_VERB_RE.search(
                text, outer[-1].start, outer_end
            ):
                continue  # ``said the board met and discussed the plan``: one clause of content
            if " but" in coordinated.group() and _PLUPERFECT_RE.search(
                text, outer[-1].start, outer_end
            ):
                # ``said the board had discussed a cut but decided to wait``: the past of the
                # past goes on after ``but``, the board's decision, part of what was said.
                continue
        found = _attitude_at(detector, kind, cue_start, cue_end)
        if found is None:
            continue
        if outer:
            outer[-1].end = outer_end
        speaker, content_start, content_end = found
        if content_end - content_start < 3:
            continue
        score = ATTITUDE_SCORES[kind]
        if kind in ("stance", "topic"):
            # ``questioned 1,000 residents``: a plain act; ``questioned the driver``, ``focused
            # on rural schools``: faint
            verb = text[cue_start:cue_end].split(None, 1)[0].lower()
            content = object_is_content(text, verb, content_start, content_end)
            if content is None:
                continue
            if (
                not content
                or kind == "stance"
                and speaker is not None
                and not _stance_holder(speaker.text)
            ):
                score = UNSURE_OBJECT_SCORE  # ``The bridge supports two lanes``: faint
        draft = Draft(content_start, content_end, QuoteType.INDIRECT, score)
        draft.speaker = speaker
        draft.cue = Mention(text[cue_start:cue_end], cue_start, cue_end)
        draft.standalone = False
        inside = detector.span_starts_within(content_start, content_end)
        if inside:
            draft.type = QuoteType.MIXED
            absorbed.update(inside)
        detector.drafts.append(draft)
        detector.attitudes.append(draft)
        if (
            (speaker is None or kind == "view" and text[cue_start] in "iawb")
            and kind in _RAISING
            and (subject := _raised_subject(detector, cue_start))
        ):
            # ``the sale is expected to close``: the attributed proposition is interrupted by
            # its cue, like ``The goal, he said, is ...``: the subject is a fragment of its own.
            fragment = Draft(subject[0], subject[1], QuoteType.INDIRECT, draft.score)
            fragment.cue, fragment.standalone = draft.cue, False
            fragment.speaker = speaker  # a passive view's agent holds its subject too
            detector.drafts.append(fragment)
            detector.attitudes.append(fragment)
    return absorbed


def _attitude_at(
    detector: _Detector, kind: str, cue_start: int, cue_end: int
) -> tuple[Mention | None, int, int] | None:
    """The speaker and content span of the cue of class ``kind`` at ``cue_start``, if it is one."""
    text = detector.text
    sent_start, sent_end = detector.sentence_bounds(cue_start)
    before = text[max(sent_start, cue_start - 40) : cue_start]
    word_before = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    speaker: Mention | None = None
    content_start = cue_end
    if kind == "expectation":
        content_start = cue_end + 1
    elif kind == "hearsay":
        # ``Kral was reportedly on the boat``: the cue interrupts what is attributed, whose
        # subject is a fragment of its own (``_RAISING``), found after the candidate.
        pass
    elif kind == "appearance" or kind == "view" and text[cue_start] in "iawb":
        if word_before in _NOUN_BEFORE:
            return None  # ``the appearance``; ``is seen as`` has no holder named
        agent = _PASSIVE_AGENT_RE.match(text, cue_end, sent_end) if kind == "view" else None
        if agent is not None:
            # ``is regarded by many residents as honest``: the agent holds the view, and what
            # it holds the subject as follows ``as``.
            speaker = Mention(agent["agent"], agent.start("agent"), agent.end("agent"))
            content_start = agent.end()
        elif kind == "view" and text.startswith(" by ", cue_end):
            # ``was considered by the board at its meeting``, ``was seen by astronomers as it
            # passed``: an agent with no ``as`` and a complement is a plain weighing or sight.
            return None
        if kind == "appearance" and _CANNOT_RE.search(before):
            return None  # ``he just can't seem to win``: cannot, not an appearance
    elif kind == "evidence":
        if word_before in _NOUN_BEFORE or word_before in _BE_WORDS:
            return None  # ``the show``, ``was found dead``
        evidence = _EVIDENCE_SUBJECT_RE.search(text, max(sent_start, cue_start - 60), cue_start)
        that = _THAT_AFTER_RE.match(text, cue_end)
        apposed = None
        if evidence is None and text[:cue_start].rstrip().endswith(","):
            # ``The report, tabled on Tuesday, found ...``: the source of evidence before
            # an apposition.
            apposed = detector.apposed_subject(sent_start, cue_start, cue_end)
            if apposed is not None and _EVIDENCE_SUBJECT_RE.search(apposed.text) is None:
                apposed = None
        if evidence is None and that is None and apposed is None:
            return None
        if apposed is not None:
            speaker = apposed
        elif evidence is not None:
            # The evidence is the speaker: ``A survey of harbour workers`` shows.
            at = evidence.start()
            lead = _EVIDENCE_LEAD_RE.search(text, max(sent_start, at - 40), at)
            start = lead.start() if lead is not None else evidence.start()
            end = len(text[:cue_start].rstrip())  # the words up to the cue
            speaker = Mention(text[start:end], start, end)
            comma = len(text[:start].rstrip()) - 1
            if (
                that is None
                and comma > sent_start
                and text[comma] == ","
                and not text[cue_end:sent_end].strip(" .")
                # ``In May, the survey found.``: a phrase of time or place is no clause
                and text[sent_start:comma].split(None, 1)[0].lower() not in _PHRASE_OPENERS
            ):
                # ``Walkers had lower readings, the study found.``: a cue closing its sentence
                # after the source attributes the clause before the comma.
                content_start, sent_end = sent_start, comma
        else:
            speaker = subject_before(text, cue_start, sent_start)
            if speaker is None:
                return None
        if that is not None:
            content_start = that.end() - 5
    else:
        if (
            word_before in _NOUN_BEFORE
            and word_before != "and"
            or word_before.endswith(("’s", "'s"))
        ):
            # ``her support for``, ``Kral's plans`` (but ``defended the board and declined to``:
            # a verb coordinated with the holder's earlier one)
            return None
        cue = text[cue_start:cue_end]
        passive = cue != "opposed" or text.startswith(" by ", cue_end)
        if word_before in _BE_WORDS and cue.endswith("ed") and passive:
            return None  # ``was backed by``: the passive names who took the stance after it
        if (
            cue in _NOUN_LIKE_STANCES
            and word_before not in AUXILIARIES
            and word_before != "to"
            and text[cue_end + 1 : cue_end + 9].split(" ", 1)[0] in _NOT_STANCE_OBJECT
        ):
            return None  # ``31% support in the wards``, ``the firm support of``: the noun
        if (
            kind == "intention"
            and not text.startswith(("want", "seek", "sought", "prefer", "would"), cue_start)
            and not (cue.startswith("decide") and _THAT_AFTER_RE.match(text, cue_end))
            and _TO_VERB_RE.match(text, cue_end) is None
        ):
            # Tested before the subject is looked for (whose search, pure, costs far more):
            # whatever the subject, there is no candidate.
            return None  # ``declined 3 percent``, ``plans for the port``
        speaker = detector.behind_adverbial(
            subject_before(text, cue_start, sent_start), sent_start, cue_start
        )
        # The literal tests rule out most windows before the relative-pronoun regex runs.
        if speaker is None and ("wh" in before or "that" in before):
            relative = _RELATIVE_RE.search(before)
            if relative is not None and all(
                w in AUXILIARIES for w in before[relative.end("who") :].split()
            ):
                start = cue_start - len(before) + relative.start("who")
                if _SPEECH_BEFORE_RE.search(text, max(sent_start, start - 120), start):
                    return None  # ``..., said Ada Moss, who endorsed Kral``: a speaker's profile
                speaker = Mention(relative.group("who"), start, start + len(relative.group("who")))
        if speaker is None and (
            cue.split(None, 1)[0].endswith("ing")  # ``, referring to``: a participle
            and (before.rstrip().endswith(",") or GERUND_PREPOSITION_RE.search(before))
            or _COORDINATED_RE.search(text, max(sent_start, cue_start - 20), cue_start)
        ):
            # ``Kral told reporters ... but declined to``, ``..., while refusing to``: the
            # subject of the clause the cue is coordinated with or hangs on.
            speaker = detector.sentence_subject(sent_start, cue_start, adverbials=True)
        if speaker is None and kind == "topic" and word_before == "to":
            # ``Kral came to the harbour to talk about the tolls``: an infinitive of purpose,
            # whose subject is the main clause's.
            # (A line's label before a colon, ``Q: You came here to``, is no subject.)
            colon = text.rfind(": ", sent_start, cue_start)
            clause_start = colon + 2 if colon >= 0 else sent_start
            speaker = detector.sentence_subject(clause_start, cue_start, adverbials=True)
        if speaker is None and cue.split(None, 1)[0].endswith("ing"):
            # ``After talking about the toll, Kral left``: the main clause's subject, after the
            # comma that ends the opening clause and its content.
            opening = detector.opening_gerund_holder(sent_start, cue_start, cue_end, sent_end)
            if opening is not None:
                speaker, sent_end = opening
        if speaker is None:
            # ``the former mayor talked about``, ``Kral, a skipper from the islands, wants``:
            # a common noun phrase, or a subject before an apposition.
            speaker = detector.behind_adverbial(
                detector.common_subject(cue_start, sent_start)
                or detector.apposed_subject(sent_start, cue_start, cue_end)
                or detector.opening_subject(sent_start, cue_start),
                sent_start,
                cue_start,
            )
        if speaker is None:
            return None
        if speaker.text.lower() in PRONOUNS and speaker.text.lower() in ("i", "we", "you"):
            return None  # the author or an interviewer: not reported
        if kind == "intention" and not animate_holder(speaker.text):
            return None  # ``the engine refused to start``: a thing holds no intention
    content_start, content_end = detector.trim(content_start, sent_end)
    if kind in ("stance", "topic", "intention"):
        when = _LEADING_TIME_RE.match(text, content_start, content_end)
        if when is not None:
            # ``defended on Wednesday her plan``, ``declined on Monday to comment``: the day
            # the stance was taken, no part of its object.
            content_start = when.end()
    stop = _CLAUSE_END_RE.search(text, content_start, content_end)
    if stop is not None:
        content_end = detector.trim(content_start, stop.start())[1]
    if kind == "intention":
        speaking = _SPEAKING_TIME_RE.match(text, content_start, content_end)
        if speaking is not None:
            content_end = speaking.end()
    if kind in ("stance", "topic", "intention"):
        stop = _OBJECT_END_RE.search(text, content_start, content_end)
        if stop is not None:
            content_end = detector.trim(content_start, stop.start())[1]
    if "," in before and _NONRESTRICTIVE_RE.search(before):
        # ``The pier, which is expected to open in May, cost``: the clause ends at its comma.
        comma = text.find(", ", content_start, content_end)
        if comma > content_start:
            content_end = comma
    if text[content_start:content_end].lower() in _EMPTY_CONTENTS:
        return None  # ``the poll found that, while ...``: a clause break right after ``that``
    if (
        text.startswith("back", cue_start)
        and (text[content_start : content_start + 5].split(None, 1) or [""])[0].strip(".,;:")
        in _RETREATS
    ):
        return None  # ``backed down``, ``backed off``: a phrasal verb of retreat, not support
    inside = detector.span_at(content_end - 1)
    if inside is not None and inside.end > content_end:
        content_end = inside.end  # never cut a quoted fragment in two
    return speaker, content_start, content_end


def _raised_subject(detector: DocumentSpans, cue_start: int) -> tuple[int, int] | None:
    """The subject of a raising cue (``[the sale] is expected to close``, ``[Kral] appears to
    have won``): after the last clause break before the cue, a few words without quote marks;
    None for a dummy subject (``it seems``)."""
    text = detector.text
    sent_start, _ = detector.sentence_bounds(cue_start)
    start = sent_start
    opener_start = -1
    for found in _CLAUSE_OPEN_RE.finditer(text, sent_start, cue_start):
        start, opener_start = found.end(), found.start()
    words = text[start:cue_start].split()
    if not words and opener_start >= 0 and text[opener_start] == ",":
        # ``[the board], under pressure, is expected to``: the cue right after a comma follows
        # an aside, and the subject stands before the aside's opening comma.
        return _subject_before_aside(detector, sent_start, opener_start)
    stripped = words[:]
    while stripped and (stripped[-1].lower() in AUXILIARIES or stripped[-1].lower() in _BE_WORDS):
        stripped.pop()
    if len(stripped) > 1 and stripped[-1].lower() in _SUBJECT_OPENERS:
        # ``pilots who are expected``, ``by May she is expected``: a pronoun or a
        # relative right before the auxiliaries is the subject; the words before it belong to
        # the clause around it.
        start = text.rfind(stripped[-1], start, cue_start)
        words = words[len(stripped) - 1 :]
    if not words or len(words) > 8 or words[0].lower() in ("it", "there"):
        return None
    if words[-1].lower() == "there" and words[0].lower() in _OPENING_PREPOSITIONS:
        return None  # ``In the valley there appears to be``: an existential ``there``
    if any(mark in text[start:cue_start] for mark in '“”"'):
        return None
    while words and (
        words[-1].lower() in AUXILIARIES
        or words[-1].lower() in _BE_WORDS
        or words[-1].lower().endswith(("n't", "n’t"))
        or words[-1].lower() == "cannot"
    ):
        words.pop()  # ``the freeze does not`` appear, ``voters don't`` seem
    if not words or words[-1].lower() == "to":
        # ``a ritual that may seem``: the subject is the relative ``that``; ``an effort to
        # appear calm``: an infinitive, whose subject is not the words before ``to``
        return None
    end = text.rfind(words[-1], start, cue_start) + len(words[-1])
    start, end = detector.trim(start, end)
    return (start, end) if end > start else None


_OPENING_PREPOSITIONS: Final = frozenset("in at on across among around within inside near".split())
"""Prepositions opening a place before an existential ``there`` (``In the valley there``)."""

_NO_SUBJECT_BEFORE_ASIDE: Final = frozenset("it there which who whom whose".split())
"""Words opening no subject before an aside: a dummy, or a relative opening a clause of its own
(``Kral, [whose town], Skarra, is expected``: the town is the subject, set off by commas)."""


def _subject_before_aside(
    detector: DocumentSpans, sent_start: int, aside_end: int
) -> tuple[int, int] | None:
    """The subject of a raising cue right after the comma at ``aside_end`` that closes an
    aside (``[the board], under pressure, is expected``, ``[the bank], which cut rates in May,
    is expected``): the few words between the clause break before the aside's opening comma
    and that comma; None when the aside has no opening comma in the sentence or the words are
    no subject (a dummy ``it``, a quote, more than eight words)."""
    text = detector.text
    aside_start = text.rfind(", ", sent_start, aside_end)
    if aside_start < 0 or aside_end - aside_start > 120:
        return None
    start = sent_start
    for found in _CLAUSE_OPEN_RE.finditer(text, sent_start, aside_start):
        start = found.end()
    words = text[start:aside_start].split()
    if not words or len(words) > 8 or words[0].lower() in _NO_SUBJECT_BEFORE_ASIDE:
        return None
    if any(mark in text[start:aside_end] for mark in '“”"'):
        return None
    start, end = detector.trim(start, aside_start)
    return (start, end) if end > start else None


def drop_nested_attitudes(detector: _Detector) -> None:
    """Drop the attitudes whose cue stands inside the content of another attribution found in
    the same pass or a later one (``polls show that most voters [back] the plan``, ``described
    donors [seeking] meetings``): an attitude nested in what is attributed is part of that
    attribution, not one of its own (see guidelines). The stages check only the attributions
    found before them; this closes the gap. A cue coordinated with the outer one (``and``,
    ``but``) was handled where it was found and is left alone."""
    if not detector.attitudes:
        return
    text = detector.text
    outer = sorted(
        (d for d in detector.drafts if d.score >= 0.5 and d.type is not QuoteType.DIRECT),
        key=lambda d: d.start,
    )
    starts = [d.start for d in outer]
    nested: set[int] = set()
    for draft in detector.attitudes:
        cue = draft.cue
        if cue is None or draft.score < 0.5:
            continue
        index = bisect_right(starts, cue.start) - 1
        for k in range(max(0, index - 6), index + 1):
            other = outer[k]
            if (
                other is draft
                or other.cue is None
                or other.cue.start == cue.start
                or not other.start <= cue.start < other.end
            ):
                continue
            if _COORDINATED_RE.search(text, max(0, cue.start - 20), cue.start):
                break  # ``denounced the board and rejected its plan``: the holder's own acts
            nested.add(id(draft))
            break
    if nested:
        detector.drafts = [d for d in detector.drafts if id(d) not in nested]


def lift_beliefs(detector: _Detector) -> None:
    """Lift reported beliefs found from a belief verb (``Kral believes the port will close``,
    or any belief verb with a quoted fragment) into the belief band, unless they stand inside
    the content of another attribution (``said they believe ...``: the outer one holds them)
    or their subject is the author or the reader (``I think``, ``you know``)."""
    drafts = [d for d in detector.drafts if d.cue is not None]
    outer = sorted((d.start, d.end) for d in drafts if d.score >= SPEECH_SCORE)
    outer_starts = [start for start, _ in outer]
    for draft in drafts:
        if draft.score >= 0.5 or draft.cue is None:
            continue
        cue = draft.cue.text.lower()
        if cue not in _LIFTED_BELIEFS and not (
            draft.type is QuoteType.MIXED and draft.score == BELIEF_VERB_SCORE
        ):
            # A quoted fragment lifts any belief verb (``worried that the net was “a
            # hammock”``), but by the same tests as the others: ``said he expects “...”`` is
            # the speaker's one quote, ``I felt “...”`` the author's own.
            continue
        if draft.speaker is None or draft.speaker.text.lower() in ("i", "we", "you", "it"):
            continue
        if cue == "feel" and draft.speaker.text.lower().startswith(("a ", "an ")):
            continue  # ``a rowdy feel that ...``: the noun (a singular subject says ``feels``)
        if _MANNER_CONTENT_RE.match(detector.text, draft.start, draft.end):
            continue  # ``feels the same way``: how, not what, is felt; no content of its own
        if cue in _PASSIVE_BELIEFS and _BE_BEFORE_RE.search(
            detector.text, max(0, draft.cue.start - 30), draft.cue.start
        ):
            continue  # ``is widely considered a risk``: the view's, held by no one named
        index = bisect_right(outer_starts, draft.cue.start) - 1
        if any(
            outer[k][0] <= draft.cue.start < outer[k][1]
            for k in range(max(0, index - 3), index + 1)
        ):
            continue
        draft.score = ATTITUDE_SCORES["belief"]


_LIFTED_BELIEFS: Final = frozenset(
    "believe believes believed think thinks hope hopes hoped hoping expect "
    "fear fears feared know knows knew worry worries worried suspect suspects suspected doubt "
    "doubts doubted feel feels felt thought consider considers considered believing feeling "
    "fearing".split()
)
"""Belief verbs whose reported content is mostly an attribution in the shared gold set."""
_MANNER_CONTENT_RE: Final = re.compile(
    r"(?:the same way|that way|this way|so|strongly|otherwise|differently)"
    r"(?:\s+(?:too|also|about|on|toward|towards|of)\b.*)?\W*$",
    re.IGNORECASE | re.DOTALL,
)
"""A manner in place of content after a belief verb, with its topic (``feels the same way about
the toll``, ``thinks so too``)."""
_PASSIVE_BELIEFS: Final = frozenset("thought considered felt".split())
"""Participles of belief verbs lifted above that also make a passive (``is considered``)."""
_BE_BEFORE_RE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:not|now|long|\w+ly)\s+)*$"
)
"""A form of ``be`` (and adverbs) right before a participle: a passive."""


_RELATIVE_CUES: Final = (
    "said says say claims claimed claim argues argued contends insists insisted believes "
    "believe believed thinks think thought hopes hope hoped expects expect expected knows know "
    "knew considers considered called calls described describes reported estimated estimates "
    "predicted predicts wrote writes concluded characterized characterize likened labeled "
    "labelled dubbed termed cited mentioned promised proposed suggested denied endorsed backed "
    "supported opposed rejected criticized praised wanted wants want sought seeks fears feared"
).split()
_RELATIVE_CUE_RE: Final = re.compile(
    # The pattern opens with the literal ``wh`` and looks back for the separator: the engine then
    # skips ahead with a fast literal search instead of trying the pattern at every space
    # (a quarter of the scan's former time; the same matches).
    r"(?P<rel>wh(?<=[\s(—–,]wh)(?:ich|o|om|at))\s+(?P<gap>(?:[\w.’'-]+\s+){1,6}?)"
    r"(?P<cue>" + trie_pattern(_RELATIVE_CUES) + r")\b"
)
"""``the port, [which] Kral says will close``: a relative pronoun standing for what is
attributed, its clause's subject, then the cue. ``that`` is left out: as often a
complementiser (``that Kral said the port ...``), it was right under half the time."""
_SETTING_PREPOSITION_RE: Final = re.compile(
    r"\b(?:in|at|on|during|after|before|since|from|through|with|via|under|by)\s+$", re.IGNORECASE
)
"""A preposition before a relative ``which`` or ``whom``: the pronoun is the preposition's
object, the setting of what the clause reports (``the interview in which``), not its content
(``both of which`` is left: what the pronoun stands for may be the content)."""
_RELATIVE_SCORES: Final = {"say": SPEECH_SCORE, "belief": ATTITUDE_SCORES["belief"]}
_BELIEF_CUES: Final = frozenset(
    "believes believe believed thinks think thought hopes hope hoped expects expect expected "
    "knows know knew considers considered estimated estimates predicted predicts endorsed "
    "backed supported opposed rejected wanted wants want sought seeks fears feared".split()
)
"""Cues of the relative pattern scored in the attitude band (the rest report speech)."""


def find_relative_attributions(detector: _Detector) -> None:
    """``an event [which] Kral says changed his life``, ``[what] she called a scandal``:
    the relative pronoun stands for what is attributed (a fragment of the content, as the
    attribution tradition labels it), attributed by the clause's subject.

    Runs after the other reported speech: the content after the cue, when found, is the other
    fragment; a pronoun inside the content of another attribution is skipped.
    """
    from annotator.detect.document import Draft

    text = detector.text
    held = sorted((d for d in detector.drafts if d.score >= 0.5), key=lambda d: d.start)
    starts = [d.start for d in held]
    for match in _RELATIVE_CUE_RE.finditer(text):
        cue_start, cue_end = match.span("cue")
        if detector.span_at(cue_start) is not None:
            continue
        rel_start, rel_end = match.span("rel")
        if match.group("rel") in ("which", "whom") and _SETTING_PREPOSITION_RE.search(
            text, max(0, rel_start - 10), rel_start
        ):
            continue  # ``an interview in which he said ...``: the setting, not what was said
        index = bisect_right(starts, rel_start) - 1
        if any(
            held[k].start <= rel_start < held[k].end for k in range(max(0, index - 3), index + 1)
        ):
            continue  # inside reported content: the outer attribution holds it
        speaker = subject_before(text, cue_start, rel_end)
        if speaker is None or text[rel_end : speaker.start].strip():
            continue  # the words between must be the clause's subject, whole
        if speaker.text.lower() in ("i", "we", "you"):
            continue
        kind = "belief" if match.group("cue") in _BELIEF_CUES else "say"
        draft = Draft(rel_start, rel_end, QuoteType.INDIRECT, _RELATIVE_SCORES[kind])
        draft.speaker = speaker
        draft.cue = Mention(match.group("cue"), cue_start, cue_end)
        draft.standalone = False
        detector.drafts.append(draft)
        if kind == "belief":
            detector.attitudes.append(draft)
