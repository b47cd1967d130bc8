"""Names of speakers: cleaning a mention, resolving it within a document, and keys across documents.

Within a document a mention is resolved to the fullest form of the same name found in the text
(``Peskov`` -> ``Dmitry Peskov``; ``Kremlin spokesman Dmitry Peskov`` -> ``Dmitry Peskov``).
Across documents, :func:`canonical_speaker_key` folds spelling variants (case, accents,
transliteration: ``Sergei``/``Sergey``, ``Zelensky``/``Zelenskyy``) into one key, and
:func:`group_speaker_variants` merges surname-only mentions into a full name when that is the only
full name with that surname.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from annotator.detect.lexicon import (
    BELIEF_VERBS,
    LEADING_ROLE_WORDS,
    PORTFOLIO_WORDS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
)

UPPER: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
CASELESS: Final = (
    "\u05d0-\u05ea"  # Hebrew letters
    "\u0620-\u065f\u066e-\u06d3"  # Arabic letters and their vowel marks
    "\u0900-\u0963\u0971-\u097f"  # Devanagari, without its danda and digits
    "\u0980-\u09e3"  # Bengali
    "\u0b80-\u0be3"  # Tamil
    "\u0e01-\u0e4e"  # Thai
    "\u10d0-\u10ff"  # Georgian
    "\u1100-\u11ff\uac00-\ud7a3"  # Hangul
    "\u3041-\u30ff"  # Hiragana and Katakana
    "\u3400-\u4dbf\u4e00-\u9fff"  # Han ideographs
)
"""Letters of scripts without letter case: a name in them has no capital to tell it by."""
_CASELESS_WORD_RE: Final = re.compile(rf"[{CASELESS}]+")


def caseless_word(token: str) -> bool:
    """True for a word written wholly in a script without letter case (``李明``, ``محمد``), which
    stands where English text has a capitalised name, since it is not English."""
    # No ASCII character belongs to such a script: a token opening with one (nearly all) is
    # settled without the regex.
    return not token[:1].isascii() and _CASELESS_WORD_RE.fullmatch(token) is not None


_PARTICLE: Final = "(?:de|da|di|del|der|van|von|la|le|bin|al|el|ibn|dos|du)"
"""Particles of a name, in lower case inside it (``Ana de la Cruz``, ``Ahmed bin Salem``)."""
_TOKEN: Final = (
    rf"(?:[{CASELESS}]+|"
    r"(?:Mr|Mrs|Ms|Dr|Smt|Engr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon)\.|"
    # ``J.K. Ross``: initials written together are one token
    rf"(?:[{UPPER}]\.)+|[{UPPER}][\w’'\-]*|"
    # ``Ramon “Bong” Dimaculangan``: a nickname in quote marks inside a name
    rf"(?<=\s)[“\"][{UPPER}][\w’'\-]*[”\"](?=\s+[{UPPER}])|"
    # ``Ana de la Cruz``, ``van der Berg``: a particle may follow another
    rf"(?<![\w’'\-]){_PARTICLE}(?=(?:\s+{_PARTICLE})*\s+[{UPPER}]))"
)
NAME_RUN_RE: Final = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*")
"""A run of capitalised tokens (with initials and name particles): a candidate proper name.
A particle is a word of its own, never the end of another (``leader``, ``federal``)."""

_POSSESSIVE_RE: Final = re.compile(r"[’']s?$")

STOP_CAPS: Final = frozenset(
    """
    the a an and but or so yet for nor if as at by in on of to with from into after before
    since when while during until then also still even just only now here there this that
    these those it its his her their our my your we i he she they you who what which where why
    how last next first second this monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
    meanwhile however instead although though because according asked speaking
    earlier later today yesterday tonight tomorrow yes no not oh well please thank thanks
    indeed such here specifically still having being despite amid unless whether once
    about over under
    """.split()
)
"""Capitalised words that start sentences or dates rather than names."""
SENTENCE_ADVERBS: Final = frozenset(
    """
    maybe perhaps never besides actually apparently interestingly ironically notably surely
    clearly obviously certainly probably possibly finally initially eventually ultimately
    fortunately unfortunately sadly hopefully
    """.split()
)
"""Adverbs opening a sentence before its subject (``Perhaps Kral said``): no given names."""
MOOD_ADJECTIVES: Final = frozenset(
    """
    furious angry livid fuming raging seething tearful emotional heartbroken devastated
    distraught grieving shocked stunned defiant brave proud delighted thrilled overjoyed
    relieved frustrated exhausted beaming smiling
    """.split()
)
"""Moods a tabloid puts before a name as if a title (``Furious Kieran said``, ``Tearful Ada
told``): no part of the name."""
_STOP_CAPS_AND_TITLES: Final = STOP_CAPS | TITLE_WORDS | LEADING_ROLE_WORDS | MOOD_ADJECTIVES
"""What a person's name loses at its front: built once, not for each name cleaned (the union
of these sets, built afresh for each, cost 4% of the instructions of detection)."""

ORG_WORDS: Final = frozenset(
    """
    house department ministry office agency committee council party union news times post
    court university institute foundation program programme bank fund association commission
    group center centre organization organisation states republic kingdom federation city
    county street road sea river airport force forces army navy administration government
    campaign conference summit company corporation inc corp network channel press service
    services journal tribune herald gazette telegraph guardian daily weekly magazine radio
    television tv club team league assembly parliament senate congress duma kremlin pentagon
    nato un eu police church school college hospital media museum board authority
    bureau trust commissioners tribunal inspectorate directorate secretariat centers centres
    institutes
    """.split()
)
"""Words that mark a capitalised phrase as an organisation or a place, not a person (plurals
too where a body's name takes one: ``Centers for Tidal Safety and Rescue``)."""

FIRST_NAMES: Final = frozenset(
    """
    aaron adam adrian al alan albert alex alexander alexandra alexei alexey alice alicia alison
    amanda amy andrea andrew andrei andrey angela ann anna anne anthony antonio anton arnold
    barack barbara ben benjamin bernie betsy bill billy bob bobby boris brad brandon brett
    brian bruce bryan carl carla carlos carly carol caroline catherine charles charlie chris
    christian christina christine christopher chuck cindy claire colin connie cory craig dan
    dana daniel danielle darren dave david dean debbie deborah denis dennis diana diane dianne
    dick dmitri dmitry dmitriy don donald donna doug douglas ed eddie edward elaine elena
    elizabeth ellen elon emily emma emmanuel eric erik evan frank fred gary gavin george gerald
    gina glenn gordon grace greg gregory hal hank harold harry heather heidi helen henry
    hillary hunter ian igor ilya ivan jack jackie jacob jake james jamie jan jane janet jared
    jason jay jean jeff jeffrey jen jennifer jeremy jerry jessica jill jim jimmy joan joe joel
    john johnny jon jonathan jose joseph josh joshua joyce juan judith judy julia julian julie
    justin karen karl kate katherine kathleen kathy katie kay keir keith kelly ken kenneth
    kevin kim kirill kristen kristi kyle kyrylo larry laura lauren lee leon leonid linda
    lindsey lisa liz louis lucy luis lynn maria marco margaret maria marie marina mario mark
    marsha martin mary masha matt matthew maxim megan melissa michael michelle mike mikhail
    mitch mohammed muhammad nancy natalia natalie nathan neil nicholas nick nicole nikki
    nikolai nina olaf olena oleg olga pam pamela pat patricia patrick paul paula pete peter
    petro phil philip rachel ralph rand randy ray rebecca richard rick rob robert robin rod
    roger ron ronald rose roy russ russell ruth ryan sam samantha samuel sandra sara sarah
    scott sean sebastian sergei sergey sergii serhiy shannon sharon shawn sheila sonia stacey
    stephanie stephen steve steven sue susan tammy ted terry thomas tim timothy tina todd tom
    tommy tony tracy valerie vanessa victor victoria viktor vince vincent vladimir volodymyr
    walter wayne wendy william xi yulia yuri yury zach zachary
    """.split()
)
"""Common given names (English and frequent in international news): evidence of a person."""


def strip_possessive(token: str) -> str:
    """``Ryabkov’s`` -> ``Ryabkov``."""
    return _POSSESSIVE_RE.sub("", token) if token[-1:] in "s’'" and len(token) > 2 else token


_MONTH_GIVEN_NAMES: Final = frozenset("jan may june april august".split())
"""Months' names (or their short forms) that are given names too (``Jan``, ``June``)."""


def _month_as_given_name(words: list[str]) -> bool:
    """Whether ``words`` open with a month's name that is a given name before the particle of
    a surname (``Jan van der Berg``, ``June de Vries``): no date goes on with ``van``; or, in
    capitals as a transcript's labels are written, before a surname alone (``JUNE ASHWORTH``:
    a month opens no date of a single word in capitals)."""
    if len(words) < 2 or words[0].lower() not in _MONTH_GIVEN_NAMES:
        return False
    if words[1] in _PARTICLES:
        return True
    surname = words[1].lower()
    return (
        len(words) == 2
        and words[0].isupper()
        and words[1].isupper()
        and len(surname) > 1
        and surname.isalpha()
        and surname not in _STOP_CAPS_AND_TITLES
        and surname not in ORG_WORDS
    )


_WEEKDAY_WORDS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
"""Days of the week, which open the names of papers and clubs (``the Sunday Clarion``)."""


@lru_cache(maxsize=65536)
def clean_name(phrase: str) -> str | None:
    """The proper name in a speaker phrase, titles and roles removed, or None if there is none.

    ``Kremlin spokesman Dmitry Peskov`` -> ``Dmitry Peskov``;
    ``Russian Deputy Foreign Minister Sergey Ryabkov`` -> ``Sergey Ryabkov``;
    ``the Kremlin`` -> ``Kremlin``; ``officials`` -> None.
    """
    matches = list(NAME_RUN_RE.finditer(phrase))
    if not matches:
        return None
    body = _body_name(phrase, matches)
    run = body or matches[-1].group()
    words = run.split()
    if (
        body is None
        and len(matches) > 1
        and phrase[matches[-2].end() : matches[-1].start()] in _HEAD_JOINS
        and _office_before_of(matches[-2].group().split()[-1].lower())
    ):
        # ``Minister for Parliamentary Affairs Ada Lind``, ``Leader of the Opposition Ivo
        # Kral``: the portfolio opens the run, the name follows it.
        while len(words) > 2 and (
            words[0].lower() in PORTFOLIO_WORDS or words[0].lower() in TITLE_WORDS
        ):
            words.pop(0)
        given = next((k for k in range(1, len(words) - 1) if words[k].lower() in FIRST_NAMES), None)
        if given is not None and words[0].lower() not in FIRST_NAMES:
            # ``Professor of Economics Rahul Menon``, ``Director of Dining Services Gregory
            # Halvorsen``: the field or the office's department, then a given name
            words = words[_first_given_before(words, given) :]
        elif given is None and len(words) >= 3 and words[0].lower() not in FIRST_NAMES:
            # ``Dean of Students Ilse Varga``, ``Governor of the Central Bank Ivo Kral``: the
            # field or the body, then a name of two
            words = words[-2:]
        elif (
            len(words) == 2
            and words[0].lower() not in FIRST_NAMES
            and words[1].lower() not in ORG_WORDS
        ):
            # ``Member of Parliament Kral``, ``Dean of Students Varga``: the body or the field
            # the office is of, then the surname (``of`` is never followed by a given name)
            words = words[1:]
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    elif words and len(words[-1]) > 1 and words[-1][-1] in "’'":
        # ``Lind and Jonas’ plan``, a closing ``''``: a possessive or a quote mark, no letter
        # of the name
        words[-1] = words[-1].rstrip("’'")
    # An organisation keeps its qualifiers (``Finance Ministry``, ``Republican Party of
    # Leeds``); a person loses titles.
    drop = STOP_CAPS if body or words[-1].lower() in ORG_WORDS else _STOP_CAPS_AND_TITLES
    while len(words) > 1 and (words[0].lower() in drop or words[0].lower() in SENTENCE_ADVERBS):
        if (
            words[0].lower() in _WEEKDAY_WORDS
            and words[1].lower() not in FIRST_NAMES
            and words[1].lower() not in _STOP_CAPS_AND_TITLES
        ):
            break  # ``the Sunday Clarion``, ``the Monday Club``: the day opens the name
        if _month_as_given_name(words):
            break
        words.pop(0)
    if drop is _STOP_CAPS_AND_TITLES:
        while len(words) > 2 and words[-1] in _POST_NOMINALS:
            words.pop()  # ``Gwenllian Morse MS``, ``Ada Lind MP``: the seat, no part of the name
        member = next((k for k in range(len(words) - 2) if words[k] == "Member"), -1)
        if member > 0:
            # ``Council Member Dolores Okafor``, ``Board Member Ivo Kral``: the body and
            # ``Member`` make a title of two words (as ``Councilmember`` is one)
            words = words[member + 1 :]
        words = _after_title(words)
        # ``Leeds-born Monte Halvard``: the name follows the last modifier compound
        for k in range(len(words) - 2, -1, -1):
            if "-" in words[k] and _MODIFIER_COMPOUND_RE.search(words[k]) is not None:
                words = words[k + 1 :]
                break
    if len(words) == 1 and words[0].lower() in STOP_CAPS:
        return None
    if words and words[0].lower() in STOP_CAPS and not _month_as_given_name(words):
        return None
    name = " ".join(words).strip(",.;:")
    return name or None


_POST_NOMINALS: Final = frozenset("MP MS MSP MLA MEP TD MPP MHA MNA MHK QC KC".split())
"""Letters after a person's name for a seat or a rank at the bar, in capitals as written
(``Ada Lind MP``, ``Ivo Kral MSP``, ``Nia Rhys MS``), which no name of a person ends in."""


_OFFICES_BEFORE_OF: Final = frozenset("dean head provost rector principal member".split())
"""Offices that are also given names or plain nouns, titles only before ``of`` and a field
(``Dean of Students``, ``Member of Parliament``)."""


def _office_before_of(word: str) -> bool:
    """Whether ``word`` (lower case) is an office or a role that ``of`` and a field or a
    portfolio may follow before the name (``Minister for``, ``Registrar of Harbours``)."""
    return (
        word in TITLE_WORDS
        or word in _OFFICES_BEFORE_OF
        or word in LEADING_ROLE_WORDS
        and word not in STOP_CAPS
    )


_FIELD_ENDINGS: Final = (
    "s",
    "logy",
    "ry",
    "phy",
    "cy",
    "ty",
    "ion",
    "ing",
    "ure",
    "nce",
    "ine",
    "ism",
    "ment",
    "law",
    "art",
    "sh",
    "rch",
    "gn",
)
"""Endings of the nouns naming a field, a department or a body after an office and ``of``
(``Economics``, ``Students``, ``History``, ``Medicine``, ``Research``), rare in given names."""


def _first_given_before(words: list[str], given: int) -> int:
    """Where the given names start in ``words``, the field after an office and ``of``, then a
    name whose known given name stands at ``given``: one unknown word right before it is a
    first given name too (``Economics Ada Maria Lind``), unless it is the field's only word or
    reads as a field's noun (``Dining Services Maria Lind``)."""
    if given >= 2:
        before = words[given - 1].lower()
        if before in FIRST_NAMES or not (
            before.endswith(_FIELD_ENDINGS)
            or before in PORTFOLIO_WORDS
            or before in ORG_WORDS
            or before in TITLE_WORDS
        ):
            return given - 1
    return given


_BODY_JOINS: Final = frozenset((" of ", " of the ", " for ", " for the ", " and ", " & "))
"""What joins the words of a body's name (``Ministry of Trade and Industry``)."""
_HEAD_JOINS: Final = frozenset((" of ", " of the ", " for ", " for the "))


def _body_name(phrase: str, matches: list[re.Match[str]]) -> str | None:
    """The name of a body whose words ``of``, ``for`` or ``and`` join, headed by a word of an
    organisation (``Ministry of Trade and Industry``, ``Bank of Leeds``), ending the phrase;
    None when the phrase does not end with one (``Ada Lind of the Harbour Institute``: the
    head is a person's name)."""
    if len(matches) < 2 or len(matches[-1].group().split()) > 2:
        return None
    last = matches[-1].group().split()
    if last[0].lower() in FIRST_NAMES or len(last) == 2 and last[0].lower() in TITLE_WORDS:
        return None  # ``... of Leeds Ada Lind``, ``... and Professor Kral``: a person
    k = len(matches) - 1
    while k > 0:
        join = phrase[matches[k - 1].end() : matches[k].start()]
        if join not in _BODY_JOINS:
            break
        k -= 1
        # ``of`` or ``for`` right after the head: ``Fox News and NBC News`` is two bodies
        if join in _HEAD_JOINS and (
            matches[k].group().split()[-1].lower() in ORG_WORDS
            or _head_after_article(phrase, matches[k])
        ):
            return phrase[matches[k].start() : matches[-1].end()]
    if (
        len(matches) == 2
        and last[-1].lower() in ORG_WORDS
        and phrase[matches[0].end() : matches[1].start()] in (" and ", " & ")
        and matches[0].group().split()[-1].lower() not in ORG_WORDS
        # after its article: ``Lind and Harbour Commission`` may be a person and a body
        and (
            matches[0].group().startswith("The ")
            or phrase[: matches[0].start()].endswith(("the ", "The "))
        )
    ):
        # ``the Ethics and Anti-Corruption Commission``: the words before ``and`` qualify the
        # head, one body (``the Ports Authority and the Rail Board`` names two heads).
        return phrase[matches[0].start() : matches[1].end()]
    return None


def _head_after_article(phrase: str, head: re.Match[str]) -> bool:
    """Whether ``head``, a run of capitals before ``of`` or ``for``, is a capitalised noun after
    ``the`` (``The Guild of Harbour Pilots``, ``the Royal Society of ...``): a common noun named
    as a body's head, where no list knows it, since a person's surname takes no article
    (``Kral of the Harbour Institute``)."""
    words = head.group().split()
    if words[0] in ("The", "the"):
        words = words[1:]
    elif not phrase[: head.start()].endswith(("the ", "The ")):
        return False
    if len(words) == 1:
        return words[0].lower() not in FIRST_NAMES
    # ``The Royal Society of ...``: a few words, none a given name or a title (``the Labour
    # MP Kral of ...``, ``the singer Ada Kral of ...`` name a person)
    return len(words) <= 3 and not any(
        word.lower() in FIRST_NAMES or word.lower().rstrip(".") in TITLE_WORDS for word in words
    )


@lru_cache(maxsize=65536)
def looks_like_person(name: str) -> bool:
    """True when ``name`` reads as a person's name rather than an organisation or a place."""
    words = name.split()
    if not words:
        return False
    lowered = [word.lower().strip(".,") for word in words]
    if any(word in ORG_WORDS for word in lowered):
        return False
    if lowered[0] in FIRST_NAMES:
        return True
    # ``Ramon “Bong” Ortega``: a nickname in quote marks between the names is one of them;
    # ``Ana de la Cruz``: the particles of a surname are in lower case
    return len(words) >= 2 and all(
        word[:1].isupper()
        or _NICKNAME_RE.fullmatch(word) is not None
        or 0 < position < len(words) - 1
        and word in _PARTICLES
        for position, word in enumerate(words)
    )


_LINE_FEED_RE: Final = re.compile("\n")
"""A line feed, where :meth:`DocumentNames.in_headline` reads a line to end."""

_WORD_RUN_RE: Final = re.compile(r"[^\W_]+")
"""A run of letters and digits, the characters ``str.isalnum`` holds."""

_FORMS_SCANNED: Final = 48
"""How many surnames :meth:`DocumentNames.forms` looks up with ``str.find`` before indexing
the document's words: a scan per surname is cheapest for an article's few speakers, but a list
or an archive naming thousands would read its whole text once for each (quadratic)."""


class DocumentNames:
    """Resolves name mentions to their fullest form within one document.

    The fullest form of a surname is the longest run of given names standing right before one
    of its occurrences (``Dmitry Peskov`` for ``Peskov``), titles dropped. Looked up on demand
    with ``str.find`` and cached, so a document costs only as much as its speakers.
    """

    __slots__ = (
        "text",
        "_full",
        "_forms",
        "persons",
        "pronoun_genders",
        "_genders",
        "_headline_lines",
        "_pronoun_genders",
        "_places",
        "_lower_case",
        "_word_runs",
        "_newlines",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._full: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}
        self._word_runs: dict[str, list[int]] | None = None
        """Where each run of letters and digits starts, once :meth:`forms` has been asked
        about more surnames than a few scans of the text are worth (see ``_FORMS_SCANNED``)."""
        self.persons: set[str] = set()
        """Resolved names known to be persons (attributed with a title or a pronoun)."""
        self.pronoun_genders: dict[str, set[str]] = {}
        self._pronoun_genders: dict[str, set[str]] = {}
        """Resolved names and the genders of the pronouns (``he``, ``she``) resolved to them."""
        self._genders: dict[str, set[str]] = {}
        self._places: dict[str, bool] = {}
        self._lower_case: dict[str, bool] = {}
        self._headline_lines: dict[tuple[int, int], bool] = {}
        """Whether each line asked about (its start and end) is a headline in title case."""
        self._newlines: list[int] | None = None
        """Where each line feed stands, found at the first line asked about: a document of one
        long line would otherwise be read to its ends for each mention."""

    def in_headline(self, start: int, end: int) -> bool:
        """:func:`in_headline` of this document, read once for each line: a line's mentions of
        a name (and the runs of capitals before a pronoun) stand many to a line."""
        text = self.text
        newlines = self._newlines
        if newlines is None:
            newlines = self._newlines = [feed.start() for feed in _LINE_FEED_RE.finditer(text)]
        before = bisect_left(newlines, start)
        after = bisect_left(newlines, end)
        line = (
            newlines[before - 1] + 1 if before else 0,
            newlines[after] if after < len(newlines) else -1,
        )
        found = self._headline_lines.get(line)
        if found is None:
            line_end = line[1] if line[1] >= 0 else len(text)
            found = _HEADLINE_LOWER_WORD_RE.search(text, line[0], line_end) is None
            self._headline_lines[line] = found
        return found

    def is_place(self, name: str) -> bool:
        """True when ``name`` reads as a place, not a person: formed as place names are
        (``Port Eldon``, ``Skarra Bay``), or written after a preposition of place somewhere in
        the document (``in Skarra``, ``to New Harbour``), with no evidence of a person (a given
        name, an honorific, a gendered word)."""
        cached = self._places.get(name)
        if cached is not None:
            return cached
        words = name.split()
        place = False
        if words and words[0].lower() not in FIRST_NAMES and self.gender(name) is None:
            # ``Los Angeles-area Sanders``, ``Leeds-born Ada Lind``: a place as a modifier of
            # a person's name, which the name's form says nothing about.
            formed = len(words) <= 3 and "-" not in name
            place = (
                formed
                and (
                    words[0].lower() in _PLACE_FIRST_WORDS
                    or words[-1].lower() in _PLACE_LAST_WORDS
                    or len(words) > 1
                    and words[0].lower() in _COMPASS_WORDS
                )
                or _after_place_preposition(self.text, name)
            )
        self._places[name] = place
        return place

    def gender(self, name: str) -> str | None:
        """:data:`MALE`, :data:`FEMALE` or None (no evidence, or evidence that disagrees).

        The evidence, strongest first: an honorific or a gendered noun right before a mention
        of the surname or in an apposition right after it (``Mrs. Lind``, ``actress Anna
        Lind``, ``his wife, Anna Lind``, ``Lind, the chairwoman,``), and the pronouns already
        resolved to the name; failing those, the first given name (``Anna``).
        """
        explicit = self._genders.get(name)
        if explicit is None:
            explicit = self._genders[name] = self._text_genders(name)
        pronouns = self.pronoun_genders.get(name)
        if pronouns:
            explicit = explicit | pronouns
        if len(explicit) == 1:
            return next(iter(explicit))
        if explicit:
            return None  # ``Mrs. Lind`` and ``Mr. Lind``: two people, or an error
        given = given_name_gender(name)
        if given is not None:
            return given
        pronouns = self._pronoun_genders.get(name)
        if pronouns is None:
            pronouns = self._pronoun_genders[name] = self._subject_pronouns(name)
        return next(iter(pronouns)) if len(pronouns) == 1 else None

    def _subject_pronouns(self, name: str) -> set[str]:
        """The genders of the pronouns that can only stand for ``name`` at its first mentions
        as a subject: a reflexive or possessive later in its own clause with no other name
        between (``Lind runs the ferry herself``, ``Lind sold his boat``), or ``He``/``She``
        opening the next sentence when the name's sentence names no one else (``Ada Lind runs
        the ferry. She ...``)."""
        words = name.split()
        if len(words) < 2 or len(words[-1]) < 2:
            return set()
        surname = words[-1]
        text = self.text
        found: set[str] = set()
        seen = 0
        mentions = _word_spans(text, surname)
        for start, _ in mentions:
            before = text[start - 30 if start > 30 else 0 : start]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            if (
                before.endswith(" ")
                and word.isalpha()
                and word[:1].isupper()
                and word not in words
                and word.lower().rstrip(".") not in _STOP_CAPS_AND_TITLES
            ):
                return set()  # ``Khizr Khan`` and ``Ghazala Khan``: a bare surname is either
        for start, end in mentions:
            seen += 1
            if seen > 6:
                break
            own = _OWN_CLAUSE_PRONOUN_RE.match(text, end)
            if own is not None:
                # The apposition is the subject's own: a role in it names no one else.
                if not _names_someone(
                    text[own.end("aside") if own.group("aside") else end : own.start("pronoun")]
                ):
                    found.add(MALE if own.group("pronoun") in ("his", "himself") else FEMALE)
                continue
            before = text[text.rfind("\n", 0, start) + 1 : start]
            opening = before.rsplit(". ", 1)[-1].split()
            if all(word[:1].isupper() for word in opening):
                following = _NEXT_SENTENCE_PRONOUN_RE.match(text, end)
                if following is not None and not _names_someone(
                    text[end : following.start("pronoun")]
                ):
                    found.add(MALE if following.group("pronoun") in ("He", "His") else FEMALE)
        return found

    def _text_genders(self, name: str) -> set[str]:
        words = name.split()
        if not words or len(words[-1]) < 2:
            return set()
        surname = words[-1]
        text = self.text
        found: set[str] = set()
        position = text.find(surname)
        seen = 0
        while position >= 0 and seen < 6:  # the evidence stands at the first mentions
            after = position + len(surname)
            if (after >= len(text) or not text[after].isalnum()) and (
                position == 0 or not text[position - 1].isalnum()
            ):
                seen += 1
                # ``Lind’s wife`` is not Lind; most mentions have no gendered word near (one
                # search in C rules them out).
                if text[after : after + 1] not in ("’", "'") and not (
                    _GENDERED_WORDS.isdisjoint(
                        text[position - 60 if position > 60 else 0 : position]
                        .lower()
                        .replace(",", " ")
                        .split()
                    )
                    and (
                        not text.startswith(", ", after)
                        or _GENDERED_WORDS.isdisjoint(
                            text[after : after + 50].lower().replace(",", " ").split()
                        )
                    )
                ):
                    found.update(self._genders_around(position, after))
            position = text.find(surname, after)
        return found

    def _genders_around(self, start: int, end: int) -> set[str]:
        """The genders said by the words right before the name run ending at ``end`` (``his
        wife, Anna``, ``Mrs.``) and by a short apposition after it (``, the chairwoman,``)."""
        text = self.text
        before = text[start - 60 if start > 60 else 0 : start].split()
        lead: list[str] = []
        plain = 0
        for k in range(len(before) - 1, -1, -1):
            word = before[k]
            bare = word.rstrip(",")
            lowered = bare.lower()
            if bare is not word and not (
                # ``his wife, Anna Lind``: an apposition right before the name, not a clause
                # (``to his son, Anna Lind said``) nor one about a name before (``Ola Lind,
                # the chairwoman, met Tom Kral``)
                plain == 0
                and not lead
                and k >= 1
                and before[k - 1].lower() in _APPOSITION_DETERMINERS
                and (k < 2 or before[k - 2].lower() not in _PREPOSITIONS)
            ):
                break
            if lowered in _GENDERED_WORDS:
                lead.append(lowered)
                continue
            if bare.endswith(("’s", "'s")) or word[-1:] in '.;:!?”"' and len(bare) > 3:
                break  # ``the queen’s adviser Tom Kral``: the possessor is someone else
            if word[:1].isupper():
                if plain:
                    break  # ``Ola Lind met Tom Kral``: another name before the words
                continue  # the given names and titles of the run
            plain += 1
            if plain == 3:
                break
        found = set()
        gender = _words_gender(lead)
        if gender is not None:
            found.add(gender)
        if text.startswith(", ", end):
            close = len(text)
            for mark in (",", ".", ";"):
                at = text.find(mark, end + 2, end + 50)
                if 0 <= at < close:
                    close = at
            apposition = text[end + 2 : close].split()
            for k, word in enumerate(apposition[1:], 1):
                if word in _PREPOSITIONS:
                    # ``Lind, a spokeswoman for the port authority,``: the noun heads it, the
                    # body after it says nothing of her and need not count to the length.
                    apposition = apposition[:k]
                    break
            if 0 < len(apposition) <= 4 and apposition[0].lower() in _APPOSITION_DETERMINERS:
                gender = _words_gender(apposition[1:])
                if gender is not None:
                    found.add(gender)
        return found

    def is_plain_word(self, word: str) -> bool:
        """True when ``word``, capitalised at a sentence's start, reads as a participle or an
        adverb (``Facing``, ``Shortly``) and the document never capitalises it inside a
        sentence (a name is capitalised wherever it stands: ``met Manning``). Other words
        opening a sentence may be its subject (``Others said``, ``Polls show``)."""
        if not word.endswith(("ing", "ly")) or len(word) < 5 or word.lower() in FIRST_NAMES:
            return False  # ``Carly``, ``Kelly``
        text = self.text
        position = text.find(" " + word)
        while position > 0:
            end = position + 1 + len(word)
            if text[position - 1] in _INSIDE_SENTENCE and not (
                end < len(text) and (text[end].isalnum() or text[end] in "’'-")
            ):
                return False
            position = text.find(" " + word, end)
        return True

    def is_organisation(self, phrase: str) -> bool:
        """True when the document names ``phrase`` as one organisation: written with a word of
        an organisation or a company right after it somewhere (``Smith and Wesson Inc.``,
        ``the Lind and Kral company``)."""
        text = self.text
        position = text.find(phrase)
        while position >= 0:
            after = text[position + len(phrase) : position + len(phrase) + 20].split(None, 1)
            if after and after[0].lower().rstrip(",;:") in _ORGANISATION_AFTER:
                return True
            position = text.find(phrase, position + 1)
        return False

    def fullest(self, name: str) -> str:
        """The longest form of ``name`` in the document that ends with the same surname."""
        cached = self._full.get(name)
        if cached is not None:
            return cached
        words = name.split()
        best = name
        if words and len(words[-1]) > 1:
            for candidate in self.forms(words[-1]):
                if len(candidate) > len(best) and (
                    len(words) == 1
                    or words[0] in candidate.split()
                    # ``Van Rensburg`` opening a sentence, ``Annelie van Rensburg``
                    or words[0].lower() in _PARTICLES
                    and words[0].lower() in candidate.split()
                ):
                    best = candidate
        self._full[name] = best
        return best

    def without_lead_words(self, name: str, form: bool = False) -> str:
        """``name`` without words glued before a person's name that starts with a given name
        or an initial: an owner's possessive (``the Courier's Ada Lind``) or a capitalised word
        that is no given name and the document writes in lower case elsewhere (``Rival Ada
        Lind``, ``Comedian Ada Lind``, a headline's ``Did Ada Lind``). For a ``form`` of a
        surname found in the text, such a word is dropped before the surname alone too
        (``Celebrating Lind``: no fuller form of ``Lind``)."""
        words = name.split()
        for _ in range(2):
            if len(words) < 2:
                break
            first, second = words[0], words[1]
            given = second.lower() in FIRST_NAMES or len(second) == 2 and second[1] == "."
            if first.endswith(("’s", "'s")) and given:
                words = words[1:]
                continue
            lowered = first.lower()
            if (
                not first.isalpha()
                or lowered in FIRST_NAMES
                or not given
                and (len(words) > 2 or not form)
                or not self.written_in_lower_case(first)
            ):
                break
            words = words[1:]
        return " ".join(words)

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the document writes ``word`` in lower case somewhere, as a word of its own:
        a common word, never a given name."""
        lowered = word.lower()
        cached = self._lower_case.get(lowered)
        if cached is not None:
            return cached
        # ``str.find`` and a look at the neighbours: a pattern per word searched over the whole
        # text cost 7% of detection.
        text = self.text
        found = False
        position = text.find(lowered)
        while position >= 0 and not found:
            end = position + len(lowered)
            found = (
                position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "’'.-")
            ) and (end >= len(text) or not (text[end].isalnum() or text[end] in "’'-"))
            position = text.find(lowered, end)
        self._lower_case[lowered] = found
        return found

    def forms(self, surname: str) -> list[str]:
        """Every ``given names + surname`` form of ``surname`` in the document (cached)."""
        cached = self._forms.get(surname)
        if cached is not None:
            return cached
        found: list[str] = []
        text = self.text
        # The fullest form is nearly always at one of the first mentions.
        for seen, position in enumerate(self._standing_alone(surname)):
            if seen >= 12:
                break
            after = position + len(surname)
            # ``max`` would parse keyword arguments on each call (Python 3.11): compared.
            start = position - 48 if position > 48 else 0
            candidate = _given_names(text[start:position], surname)
            if candidate is not None and self.in_headline(position, after):
                candidate = _headline_given_names(text, after - len(candidate), candidate)
            if candidate is not None:
                candidate = self.without_lead_words(candidate, form=True)
                if " " not in candidate:
                    candidate = None  # only a word glued before the surname
            if candidate is not None and candidate not in found:
                found.append(candidate)
        self._forms[surname] = found
        return found

    def _standing_alone(self, surname: str) -> Iterator[int]:
        """Where ``surname`` stands in the text with no letter or digit on either side, in
        order (not overlapping)."""
        text = self.text
        if not surname:
            return
        if self._word_runs is None and len(self._forms) >= _FORMS_SCANNED:
            runs: dict[str, list[int]] = {}
            for run in _WORD_RUN_RE.finditer(text):
                runs.setdefault(run.group(), []).append(run.start())
            self._word_runs = runs
        if self._word_runs is not None and _WORD_RUN_RE.fullmatch(surname):
            # One run of letters and digits stands alone exactly where a run of the text is it.
            yield from self._word_runs.get(surname, ())
            return
        find = text.find
        position = find(surname)
        while position >= 0:
            after = position + len(surname)
            if (after >= len(text) or not text[after].isalnum()) and (
                position == 0 or not text[position - 1].isalnum()
            ):
                yield position
            position = find(surname, after)


_LINE_LOWER_WORD_RE: Final = re.compile(
    r"\b(?!(?:about|after|against|among|before|during|since|under|until|while|within|without|"
    r"would|could|should)\b)[a-z]{5,}\b"
)
"""A word of five letters or more in lower case: a line holding one is no title-case line."""


def in_title_case_line(text: str, start: int, end: int) -> bool:
    """True when the line holding ``text[start:end]`` is in title case, as a headline is
    (``Mayor Slams Council``): it has no word of five letters or more in lower case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _LINE_LOWER_WORD_RE.search(line) is None


_HEADLINE_LOWER_WORD_RE: Final = re.compile(
    r"(?<![’'-])\b(?!(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|over|per|the|to|"
    r"up|via|vs|with)\b)[a-z]+\b"
)
"""A word in lower case that a headline in title case would capitalise (not ``of``, ``in``)."""


def in_headline(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands in a headline in title case: a line capitalising
    every word but the short function words (``Dockers Cheer Lind in Port Rally``), unlike a
    label in sentence case (``Reporter Ada Lind says:``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return _HEADLINE_LOWER_WORD_RE.search(line) is None


def _is_word_character(character: str) -> bool:
    """Whether ``character`` is one ``\\w`` matches (a letter, a digit or ``_``)."""
    return character.isalnum() or character == "_"


def _stands_as_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` between word boundaries, as ``\\bword\\b`` would
    find it; ``str.find`` rather than a pattern compiled for every word asked about."""
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        before = text[position - 1] if position > 0 else ""
        after = text[end] if end < len(text) else ""
        if (bool(before) and _is_word_character(before)) != _is_word_character(word[0]) and (
            bool(after) and _is_word_character(after)
        ) != _is_word_character(word[-1]):
            return True
        position = text.find(word, position + 1)
    return False


def _headline_given_names(text: str, start: int, form: str) -> str | None:
    """The given names of ``form``, found at ``start`` in a title-case line, that are known to
    be given names or initials (``Dockers Cheer Maria Lind`` -> ``Maria Lind``), or a single
    word opening the line that the document never writes in lower case (``Olle Brask Returns
    To Sea``); None when there are none. A headline capitalises every word, so the words
    before a name (``Veteran Skipper Olle Brask``) cannot be told from given names by their
    case."""
    *before, surname = form.split()
    kept: list[str] = []
    for word in reversed(before):
        if word.lower() not in FIRST_NAMES and not _INITIAL_RE.fullmatch(word):
            break
        kept.insert(0, word)
    if not kept and before:
        # One word the document never writes in lower case, opening the line or after a
        # role (``Councillor Marisol Quenby Slams``, ``Pilot Ifeoma Okonkwo-Brandt Vows``):
        # the role tells the words before the name from its given name.
        # After a kicker's colon (``Harbour Row: Marisol Quenby Slams``) as at the line's start
        line_start = text.rfind("\n", 0, start) + 1
        kicker = text.rfind(": ", line_start, start)
        if kicker >= 0:
            line_start = kicker + 2
        opening = text[line_start:start].strip(_LINE_OPENERS).split()
        word = before[-1]
        previous = before[-2] if len(before) > 1 else opening[-1] if opening else ""
        if (
            (not previous and len(before) == 1 or _is_role_word(previous))
            and word.lower() not in _ROLE_WORDS
            # ``Senator Backed Kral``: a verb of the headline, not a given name
            and word not in _VERB_WORDS
            and not (len(word) > 4 and word.endswith(("ed", "ing", "es")))
            and not _stands_as_word(text, word.lower())
        ):
            kept = [word]
    return " ".join([*kept, surname]) if kept else None


_ROLE_WORDS: Final = ROLE_NOUNS | TITLE_WORDS | LEADING_ROLE_WORDS
"""Words of a role or an office (``Councillor``, ``Pilot``, ``Mayor``)."""


def _is_role_word(word: str) -> bool:
    """Whether ``word``, in any case, names a role or an office (``Councillor``, ``Pilot``)."""
    return word.lower().rstrip(".") in _ROLE_WORDS


_LINE_OPENERS: Final = " \t\u00a0\"'“‘"
"""What may stand before the first word of a line: spaces and opening quote marks."""
_INITIAL_RE: Final = re.compile(rf"[{UPPER}]\.?")


def _after_title(words: list[str]) -> list[str]:
    """The words after a capitalised title that ends in a title word, whatever words of
    office stand before it (``Town Manager Rita Solberg``, ``NSW Agriculture Minister Craig
    Doyle``: the name follows); unchanged when the words open with a given name (``Martin
    Luther King Jr.``), or a single word or a suffix would be left (``Zora King Lund``: a
    surname that is a title word)."""
    if len(words) < 2 or words[0].lower() in FIRST_NAMES:
        return words
    for k in range(len(words) - 2):
        if (
            words[k].lower() in TITLE_WORDS
            # ``Bloc Québécois MP Marie-Ève Desrosiers``: a role after the party's name
            or k > 0
            and words[k].lower() in LEADING_ROLE_WORDS
        ) and words[k + 1].lower() not in TITLE_WORDS:
            if words[k + 1].lower().rstrip(".") in _NAME_SUFFIXES:
                return words
            return words[k + 1 :]  # the end of the first run of title words
    return words


_PARTICLES: Final = frozenset("de da di del der van von la le du dos bin ibn".split())
"""Particles of a surname, capitalised when they open a sentence (``Van Rensburg said``)."""
_NAME_SUFFIXES: Final = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _given_names(before: str, surname: str) -> str | None:
    """``... Kremlin spokesman Dmitry `` + ``Peskov`` -> ``Dmitry Peskov``; None if no given name.

    Walks back over at most four capitalised words (or initials) standing right before the
    surname, then drops leading titles; any title, organisation word or possessive left in the
    middle means the words are not given names.
    """
    if not before or before[-1] not in " \t\u00a0":
        return None
    # A name does not run over a line break (``About Brightmoor Analytics`` heading the
    # paragraph before ``Brightmoor Analytics builds``).
    words = before[before.rfind("\n") + 1 :].split()
    prefix: list[str] = []
    for word in reversed(words[-4:]):
        if word.endswith(("’s", "'s")):
            break  # ``the Courier's Ada Lind``: the owner before the name, no part of it
        glued = word[:1] in _GLUED_OPENERS
        if glued:
            word = word[1:]  # ``-Ada Lind explains``, ``[Ada Lind]``: a mark before the name
        if (
            _NICKNAME_RE.fullmatch(word) is not None
            or word in _PARTICLES
            and all(later in _PARTICLES for later in prefix)
        ):
            # ``Ramon “Bong”``: a nickname between the names; ``Annelie van``, ``Ana de la``:
            # the particles of the surname
            prefix.insert(0, word)
            continue
        if (
            not word[:1].isupper()
            or word[-1] in _NOT_NAME_ENDINGS
            or word in _VERB_WORDS
            # ``I'm Niamh Corrigan``: a pronoun and its verb introduce the name.
            or word.endswith(_CONTRACTED_VERB_ENDINGS)
            or "-" in word
            and _MODIFIER_COMPOUND_RE.search(word) is not None
            or (
                word.endswith(".")
                and len(word) > 2
                and word[:-1].lower() not in _TITLE_ABBREVIATIONS
            )
        ):
            break
        prefix.insert(0, word)
        if glued:
            break
    if not prefix:
        return None  # nothing capitalised right before the surname: most of its mentions
    joined_to_office = len(words) > len(prefix) and words[-len(prefix) - 1] in _OFFICE_JOINS
    while prefix and (
        prefix[0].lower() in _STOP_CAPS_AND_TITLES
        and not _month_as_given_name(prefix)
        or prefix[0] in _FLOATING_OPENERS_WORDS  # ``Both Lind and Kral``
        or prefix[0].lower() in SENTENCE_ADVERBS
        # ``Leader of the Opposition Ivo Kral``: the portfolio after ``of``, no given name
        or joined_to_office
        and prefix[0].lower() in PORTFOLIO_WORDS
    ):
        prefix.pop(0)
    if (
        joined_to_office
        and len(prefix) > 1
        and prefix[0].lower() not in FIRST_NAMES
        and surname.lower() not in ORG_WORDS  # ``CEO of Harbour Pilots Association``
        and len(words) > len(prefix) + 1
        and _office_before_of(words[-len(prefix) - 2].lower())
    ):
        # ``Professor of Economics Rahul Menon``, ``Dean of Students Carla Whitfield``: the
        # field after ``of``, then the given names (from a known one, else the last word)
        given = next((k for k, word in enumerate(prefix) if word.lower() in FIRST_NAMES), None)
        prefix = prefix[_first_given_before(prefix, given) :] if given is not None else prefix[-1:]
    prefix = _after_title([*prefix, surname])[:-1]
    if not prefix or prefix[0] in _PARTICLES:
        return None  # ``the van Kral drove``: a particle needs a given name before it
    for position, word in enumerate(prefix):
        lowered = word.lower()
        if (
            word.endswith(("’s", "'s"))
            or lowered in TITLE_WORDS
            or lowered in ORG_WORDS
            or lowered in STOP_CAPS
            and not (position == 0 and _month_as_given_name(prefix))
            or not word[:1].isupper()
            and _NICKNAME_RE.fullmatch(word) is None
            and word not in _PARTICLES
        ):
            return None
    return " ".join([*prefix, surname])


_MODIFIER_COMPOUND_RE: Final = re.compile(r"-[a-z]")
"""A compound whose second part is in lower case (``Leeds-born``, ``Harbour-area``): a modifier
of the name after it, never a given name (``Anne-Marie``, ``Lind-Kral`` capitalise both)."""
_NICKNAME_RE: Final = re.compile(rf"[“\"][{UPPER}][\w’'\-]*[”\"]")
"""A nickname in quote marks, as it stands inside a name (``Ramon “Bong” Dimaculangan``)."""
_OFFICE_JOINS: Final = frozenset(("of", "for", "the"))
"""The words between an office and its portfolio (``Minister for``, ``Leader of the``)."""
_TITLE_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr smt engr sen rep gov gen st lt col sgt capt adm prof rev hon".split()
)
_FLOATING_OPENERS_WORDS: Final = frozenset(
    (
        "Both",
        "Either",
        "Neither",
        "Some",
        "Many",
        "Most",
        "Several",
        "Few",
        "Each",
        "Every",
        "All",
        "Any",
    )
)
"""Words opening a subject before a name (``Both Lind and Kral``, ``Some Kral backers``), never
a given name."""
_NOT_NAME_ENDINGS: Final = frozenset(",;:!?)]”\"’'—–0123456789")
"""How a word ends that closes a clause or a quote (``Cruz,”``), or a number (``Q43 Vikram
Sethi``, a committee's question number): no given name of the next."""
_CONTRACTED_VERB_ENDINGS: Final = ("’m", "'m", "’re", "'re", "’ve", "'ve", "’ll", "'ll")
"""How a pronoun with its verb ends (``I'm``, ``We’re``): no given name of the next word."""
_GLUED_OPENERS: Final = frozenset("-[(—–")
"""Marks that may stand glued before a given name (``-Ada Lind``, ``[Ada Lind]``): the name
starts after them and runs back no further."""
_VERB_WORDS: Final = frozenset(
    form for verb in SPEECH_VERBS | BELIEF_VERBS for form in (verb.capitalize(), verb.upper())
)
"""A capitalised verb in a headline (``Lind Says Kral``) stands between two names."""


# --- Coordinated speakers ---------------------------------------------------------------------

_CONJUNCT_SPLIT_RE: Final = re.compile(r",?\s+and\s+|,\s+")
"""What separates the conjuncts of a coordinated subject: ``and``, a comma, or both."""
_FLOATING_OPENERS: Final = ("both ", "Both ", "either ", "Either ", "neither ", "Neither ")
"""``Both Lind and Kral said``: a word opening a coordination, not part of its first speaker."""
_CONJUNCT_DETERMINERS: Final = frozenset(
    "the a an his her their its our my another one two three several some".split()
)
"""Words opening a common noun conjunct (``Lind and her deputy``)."""


def coordinated_speakers(phrase: str) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` offsets in ``phrase`` of each speaker a coordinated subject names,
    or None when ``phrase`` is not a coordination of speakers.

    ``Lind and Kral``, ``Lind, Kral and Ames``, ``Both Lind and Kral`` and ``Lind and her
    deputy`` name two or three speakers. ``Mr. and Mrs. Kral`` (a title alone) and a name
    whose ``and`` joins words inside it (``Ministry of Trade and Industry``, ``Kral of Lind and
    Ames``) are one speaker: any ``of`` or ``for`` in the phrase keeps it whole. Whether the
    words around the phrase make it a subject, and whether the document knows it as one
    organisation (``Smith and Wesson Inc.``), is the caller's to decide.
    """
    if " and " not in phrase or " of " in phrase or " for " in phrase:
        return None
    offset = 0
    if phrase.startswith(_FLOATING_OPENERS):
        offset = phrase.index(" ") + 1
    parts: list[tuple[int, int]] = []
    position = offset
    for separator in _CONJUNCT_SPLIT_RE.finditer(phrase, offset):
        parts.append((position, separator.start()))
        position = separator.end()
    parts.append((position, len(phrase)))
    if len(parts) < 2:
        return None
    for start, end in parts:
        words = phrase[start:end].split()
        if not words:
            return None
        first = words[0]
        if first[:1].isupper():
            # A name: capitalised words (initials and name particles allowed), not a title
            # standing alone (``Mr. and Mrs. Kral``).
            if all(word.lower() in TITLE_WORDS for word in words):
                return None
            if first.lower() in STOP_CAPS:
                return None
        elif first.lower() not in _CONJUNCT_DETERMINERS or not (
            all(word.isalpha() and word.islower() for word in words[1:])
            or all(word[:1].isupper() for word in words[1:])
        ):
            return None  # a determiner opens a common noun or a name: ``her deputy``, ``the SVP``
    return parts


def join_speakers(names: list[str]) -> str:
    """``Anna Lind and Tom Kral``; ``Anna Lind, Tom Kral and Eva Ames``."""
    if len(names) < 2:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


_ORGANISATION_AFTER: Final = ORG_WORDS | frozenset(
    "inc inc. co co. corp. ltd ltd. llc llp plc lp gmbh ag sa firm brothers partners".split()
)
"""Words after a coordination that make it one organisation's name (``Smith and Wesson Inc.``)."""


_SUBJECT_OPENERS: Final = frozenset(
    "and but or that when while as because if after before since although though so then "
    "where once until unless whereas yet".split()
)
"""Words after which a coordination opens a clause as its subject (``but Lind and Kral
said``); after another word it ends a clause as an object (``Ivo met Lind and Kral said``)."""


def opens_subject(text: str, start: int) -> bool:
    """True when the phrase at ``start`` opens its clause: at the start of the text, after
    punctuation or after a word that opens a clause (see :data:`_SUBJECT_OPENERS`)."""
    before = text[start - 24 if start > 24 else 0 : start].rstrip()
    if not before or before[-1] in '.,;:!?(—–-“"‘\n':
        return True
    word = before.rsplit(None, 1)[-1]
    return word.lower() in _SUBJECT_OPENERS


_PLACE_FIRST_WORDS: Final = frozenset(
    "port fort mount mt. lake saint st. san santa los las cape".split()
)
_COMPASS_WORDS: Final = frozenset(
    "new north south east west northern southern eastern western".split()
)
_PLACE_LAST_WORDS: Final = frozenset(
    """
    city county island islands isle bay beach valley springs falls heights creek coast province
    region district township village harbour harbor peninsula mountains hills highlands
    head point cove ness bluff bluffs cliffs landing crossing
    """.split()
)
"""First and last words that make a capitalised name a place (``Port Eldon``, ``Skarra Bay``,
``Tarrow Head``, ``Kessel Point``: headlands and coves as well as towns); ``West`` or ``Hill``
alone may be a surname, so compass words count only first, and a last word that is a common
surname too (``Marsh``, ``Ridge``, ``Moor``) is left out."""
_PLACE_PREPOSITIONS: Final = "in|near|outside|across|throughout"
"""Prepositions of place before a name (``in Skarra``); ``to``, ``from``, ``at`` and ``of`` take
people as often (``said to Kral``, ``a letter from Lind``)."""
_PLACE_PREPOSITION_WORDS: Final = tuple(_PLACE_PREPOSITIONS.split("|"))
_WORD_CHAR_RE: Final = re.compile(r"\w")
_NAME_GOES_ON_RE: Final = re.compile(r"[\w’'-]")
_WORD_GOES_ON_RE: Final = re.compile(r"[\w’']")


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word: the regex
    ``(?<![\\w’'-])WORD(?![\\w’'])``, found with ``str.find`` rather than a pattern compiled
    for each word (see :func:`_after_place_preposition`)."""
    spans: list[tuple[int, int]] = []
    size = len(word)
    position = text.find(word)
    while position >= 0:
        end = position + size
        if (position == 0 or _NAME_GOES_ON_RE.match(text, position - 1) is None) and (
            _WORD_GOES_ON_RE.match(text, end) is None
        ):
            spans.append((position, end))
        position = text.find(word, position + 1)
    return spans


def _after_place_preposition(text: str, name: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` as a whole word right after a preposition
    of place and some whitespace (``in Skarra``): the regex
    ``\\b(?:PREPOSITIONS)\\s+NAME(?![\\w’'-])``, found without compiling a pattern for each name
    (which cost a tenth of the detection time). The whitespace before an occurrence is walked
    back over; the preposition must end where it starts, at a word boundary."""
    find = text.find
    position = find(name)
    while position >= 0:
        end = position + len(name)
        if _NAME_GOES_ON_RE.match(text, end) is None:
            space = position
            while space > 0 and text[space - 1].isspace():
                space -= 1
            if space < position:
                for word in _PLACE_PREPOSITION_WORDS:
                    start = space - len(word)
                    if (
                        start >= 0
                        and text.startswith(word, start)
                        and (start == 0 or _WORD_CHAR_RE.match(text, start - 1) is None)
                    ):
                        return True
        position = find(name, position + 1)
    return False


def looks_like_organisation(phrase: str) -> bool:
    """True when a speaker phrase names a body rather than a person: a word of an organisation
    (``the ministry``, ``Harbour Board``), an acronym (``NATO``), or ``the`` and a name (``the
    Kremlin``)."""
    words = phrase.split()
    if not words:
        return False
    if any(word.lower().strip(".,’'s") in ORG_WORDS for word in words):
        return True
    if len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha():
        return True
    return (
        words[0].lower() == "the"
        and len(words) > 1
        and all(word[:1].isupper() for word in words[1:])
    )


# --- Gender evidence ------------------------------------------------------------------------

MALE, FEMALE = "male", "female"

_MALE_HONORIFICS: Final = frozenset("mr mr. sir lord king prince duke baron".split())
_FEMALE_HONORIFICS: Final = frozenset(
    "mrs mrs. ms ms. miss madam madame dame lady queen princess duchess baroness".split()
)
_MALE_ROLES: Final = frozenset(
    """
    father son brother husband uncle nephew grandfather grandson boyfriend widower stepfather
    king prince father-in-law son-in-law brother-in-law
    """.split()
)
_FEMALE_ROLES: Final = frozenset(
    """
    mother daughter sister wife aunt niece grandmother granddaughter girlfriend widow
    stepmother queen princess actress chairwoman spokeswoman congresswoman councilwoman
    businesswoman sportswoman waitress heiress mother-in-law daughter-in-law sister-in-law
    """.split()
)
"""Nouns of a person that say the person's gender (``his wife``, ``actress``). Compounds in
``-man`` are left out where English news also uses them of women (``spokesman``,
``chairman``); their ``-woman`` forms are not."""


def noun_gender(noun: str) -> str | None:
    """:data:`MALE` or :data:`FEMALE` for a noun of a person that says the person's gender
    (``spokeswoman``, ``father``), else None (``spokesman`` is used of women too)."""
    lowered = noun.lower()
    if lowered in _FEMALE_ROLES:
        return FEMALE
    if lowered in _MALE_ROLES:
        return MALE
    return None


def honorific_gender(word: str) -> str | None:
    """:data:`MALE` or :data:`FEMALE` for an honorific (``Mr``, ``Lady``), else None."""
    lowered = word.lower().rstrip(".")
    if lowered in _MALE_HONORIFICS:
        return MALE
    if lowered in _FEMALE_HONORIFICS:
        return FEMALE
    return None


_MALE_GIVEN: Final = frozenset(
    """
    aaron adam adrian alan albert alexander alexei alexey andrew andrei andrey anthony antonio
    anton arnold barack ben benjamin bernie bill billy bob bobby boris brad brandon brett brian
    bruce bryan carl carlos charles charlie chuck colin craig dan daniel darren dave david dean
    denis dennis dick dmitri dmitry dmitriy don donald doug douglas ed eddie edward elon
    emmanuel eric erik evan frank fred gary gavin george gerald glenn gordon greg gregory hal
    hank harold harry henry hunter ian igor ilya ivan jack jacob jake james jason jared jeff
    jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua
    juan julian justin karl keir keith ken kenneth kevin kirill kyle kyrylo larry leon leonid
    louis luis marco mario mark martin matt matthew maxim michael mike mikhail mitch mohammed
    muhammad nathan neil nicholas nick nikolai olaf oleg patrick paul pete peter petro phil
    philip ralph rand randy richard rick rob robert rod roger ron ronald roy russ russell ryan
    sam samuel scott sean sebastian sergei sergey sergii serhiy shawn stephen steve steven ted
    thomas tim timothy todd tom tommy tony victor viktor vince vincent vladimir volodymyr
    walter wayne william yuri yury zach zachary
    """.split()
)
_FEMALE_GIVEN: Final = frozenset(
    """
    alexandra alice alicia alison amanda amy angela ann anna anne barbara betsy carla carly
    carol caroline catherine christina christine cindy claire connie debbie deborah diana
    diane dianne donna elaine elena elizabeth ellen emily emma gina grace heather heidi helen
    hillary jane janet jennifer jessica jill joan joyce judith judy julia julie karen kate
    katherine kathleen kathy katie kristen kristi laura lauren linda lindsey lisa liz lucy
    margaret maria marie marina marsha mary masha megan melissa michelle nancy natalia
    natalie nicole nikki nina olena olga pam pamela patricia paula rachel rebecca rose ruth
    samantha sandra sara sarah sheila sonia stacey stephanie sue susan tammy tina valerie
    vanessa victoria wendy yulia
    """.split()
)
"""The given names of :data:`FIRST_NAMES` that English usage gives to one gender only; names
given to both (``Kim``, ``Lee``, ``Robin``, ``Jean``, ``Andrea``) are in neither."""


def given_name_gender(name: str) -> str | None:
    """The gender a person's first given name says (``Anna Lind`` -> female), or None."""
    first = name.split(None, 1)[0].lower() if name.strip() else ""
    if first in _MALE_GIVEN:
        return MALE
    if first in _FEMALE_GIVEN:
        return FEMALE
    return None


_OWN_CLAUSE_PRONOUN_RE: Final = re.compile(
    r"(?P<aside>,[ \t]+(?:the|a|an)[ \t]+[a-z][\w’' \t-]{0,50}?,)?"
    r"(?:[^\S\n]+(?!(?:he|she|they|it|we|you|him|them|if|that|who|whom|which|when|because|while|"
    r"as|whether|and|but|or)\b)[a-z][\w’'-]*){0,6}?"
    r"[^\S\n]+(?P<pronoun>himself|herself|his|her(?=\s+own\b|[ \t]+[a-z]+[ \t]+"
    r"(?:had|has|have|was|were|is|are|would|will|could|said|says)\b))\b"
)
"""After a subject, a reflexive or possessive pronoun in its clause with only lowercase words
between: ``Lind runs the ferry herself``, ``Lind sold his boat``, ``Lind ran her own ferry``,
``Lind, the port director, said her office had warned`` (an apposition of the subject may
stand before its verb; a plain ``her`` may be an object: ``Kral told her``; a
noun and a verb after it make it a possessive)."""
_NEXT_SENTENCE_PRONOUN_RE: Final = re.compile(
    r"(?:[^\S\n]+[a-z0-9][\w’'-]*,?){1,20}?\.\s+(?P<pronoun>He|She|His|Her)\b"
)
"""The rest of a sentence with no other name in it, then ``He`` or ``She`` opening the next,
or ``His`` or ``Her``: opening a sentence, always a possessive, never an object."""
_PERSON_DETERMINERS: Final = frozenset("a an the his her their its this that another".split())


def _names_someone(words: str) -> bool:
    """Whether ``words`` (lowercase words after a name) hold a noun of a person after a
    determiner (``hired a skipper``, ``told the mayor``): a pronoun after them may stand for
    that person. Nouns of agents (``-er``, ``-or``, ``-ist``) count, things so ending too."""
    tokens = words.replace(",", " ").replace(".", " ").split()
    for before, word in zip(tokens, tokens[1:], strict=False):
        if before in _PERSON_DETERMINERS and (
            word in ROLE_NOUNS
            or word in _MALE_ROLES
            or word in _FEMALE_ROLES
            or word.endswith(("er", "or", "ist", "ers", "ors", "ists"))
        ):
            return True
    return False


_GENDERED_WORDS: Final = _MALE_HONORIFICS | _FEMALE_HONORIFICS | _MALE_ROLES | _FEMALE_ROLES
_INSIDE_SENTENCE: Final = frozenset("abcdefghijklmnopqrstuvwxyz,;")
"""What stands before the space before a word inside a sentence (``met Manning``)."""
_APPOSITION_DETERMINERS: Final = frozenset("the a an his her their its".split())
_PREPOSITIONS: Final = frozenset("to with for from by of about at on in against".split())


def _words_gender(words: list[str]) -> str | None:
    """The gender the honorifics and gendered nouns among ``words`` say, if they agree."""
    found = set()
    for word in words:
        lowered = word.lower().strip(",;:()")
        if lowered in _MALE_HONORIFICS or lowered in _MALE_ROLES:
            found.add(MALE)
        elif lowered in _FEMALE_HONORIFICS or lowered in _FEMALE_ROLES:
            found.add(FEMALE)
    return found.pop() if len(found) == 1 else None


# --- Names written in capitals ---------------------------------------------------------------

_WORD_IN_CAPITALS_RE: Final = re.compile(rf"(?:Mc)?[{UPPER}][{UPPER}’'\-]+")
"""A word of two letters or more in capitals (``SOLBERG``, ``O'NEILL``, ``McDONALD``)."""
_INITIALS_RE: Final = re.compile(rf"(?:[{UPPER}]\.)+")
"""Initials with their full stops (``J.``, ``J.K.``)."""
_ROMAN_SUFFIXES: Final = frozenset(("II", "III", "IV"))
"""Generational suffixes kept in capitals in a name (``Harold Brisk III``)."""
_NAME_PART_RE: Final = re.compile(r"[^’'\-]+|[’'\-]")
"""The parts of a word between apostrophes and hyphens (``O'NEILL``, ``OKAFOR-BELLO``)."""
_VOWELS: Final = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝАЕЁИОУЫЭЮЯ")


def shown_in_mixed_case(name: str, text: str) -> str:
    """``name`` as a reader would write it when ``text`` gives it in capitals, as a transcript's
    speaker label does (``MARTA SOLBERG:`` -> ``Marta Solberg``); else ``name`` unchanged.

    Each word in capitals takes the spelling ``text`` gives it elsewhere in mixed case
    (``McDonald``); failing that, an initial, a generational suffix, a word with no vowel
    (``BBC``) and a word the text writes in capitals amid words in lower case (an acronym:
    ``NATO said``) stay as they are; a particle inside the name goes to lower case (``DE LA
    CRUZ``: ``de la Cruz``); any other word takes a capital on each part an apostrophe or a
    hyphen opens (``O'Neill``, ``Okafor-Bello``) and after ``Mc``. A name of one word changes
    only to a spelling the text gives it: alone it may be an acronym (``NATO``).
    """
    words = name.split(" ")
    if not any(_WORD_IN_CAPITALS_RE.fullmatch(word) for word in words):
        return name
    if any(
        any(character.islower() for character in word.removeprefix("Mc")) and word not in _PARTICLES
        for word in words
    ):
        return name  # ``Ada LIND``: mixed already, written so on purpose
    shown = []
    for position, word in enumerate(words):
        if _WORD_IN_CAPITALS_RE.fullmatch(word) is None:
            shown.append(word)
            continue
        written = _written_in_mixed_case(word, text)
        if written is not None:
            shown.append(written)
        elif (
            len(words) == 1
            or word in _ROMAN_SUFFIXES
            or _INITIALS_RE.fullmatch(word) is not None
            or not _VOWELS.intersection(word.upper())
            or _acronym_in(word, text)
        ):
            shown.append(word)
        elif position > 0 and word.lower() in _PARTICLES and position < len(words) - 1:
            shown.append(word.lower())
        else:
            shown.append(_capitalised(word))
    return " ".join(shown)


def _capitalised(word: str) -> str:
    """``O'NEILL`` -> ``O'Neill``, ``OKAFOR-BELLO`` -> ``Okafor-Bello``, ``MCDONALD`` and
    ``McDONALD`` -> ``McDonald``."""
    if word[:2].upper() == "MC" and len(word) > 3:
        return "Mc" + _capitalised(word[2:])
    return "".join(part.capitalize() for part in _NAME_PART_RE.findall(word))


def _written_in_mixed_case(word: str, text: str) -> str | None:
    """The spelling ``text`` gives ``word`` (in capitals) in mixed case, as a word of its own
    (``Solberg``, ``McDonald``); None when it writes it only in capitals or not at all."""
    for match in re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])", text, re.I):
        found = match.group()
        if _WORD_IN_CAPITALS_RE.fullmatch(found) is None and found[:1].isupper():
            return found
    return None


def _acronym_in(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in capitals with no word in capitals beside it: an
    acronym in running text (``NATO said``), not a part of a name in a label (``MARTA
    SOLBERG``)."""
    for match in re.finditer(rf"(?<![\w’'\-]){re.escape(word)}(?![\w’'\-])", text):
        before = text[max(0, match.start() - 40) : match.start()].split()[-1:]
        after = text[match.end() : match.end() + 40].split()[:1]
        if not any(
            _WORD_IN_CAPITALS_RE.fullmatch(near.strip(":,.;"))
            or _INITIALS_RE.fullmatch(near.strip(":,;"))
            for near in before + after
        ):
            return True
    return False


# --- Across documents -------------------------------------------------------------------------

_TRANSLIT: Final = (
    (re.compile(r"iy\b|yy\b|ii\b"), "y"),
    (re.compile(r"ey\b"), "ei"),
    (re.compile(r"y"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"(.)\1"), r"\1"),
)
_NICKNAMES: Final = {
    "joe": "joseph",
    "bill": "william",
    "will": "william",
    "mike": "michael",
    "bob": "robert",
    "rob": "robert",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "dan": "daniel",
    "dave": "david",
    "steve": "steven",
    "stephen": "steven",
    "chris": "christopher",
    "tony": "anthony",
    "ted": "edward",
    "ed": "edward",
    "ben": "benjamin",
    "sam": "samuel",
    "matt": "matthew",
    "nick": "nicholas",
    "pete": "peter",
    "alex": "alexander",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "cathy": "katherine",
    "sergey": "sergei",
    "dmitri": "dmitry",
    "dmitriy": "dmitry",
    "alexey": "alexei",
    "aleksei": "alexei",
    "yuriy": "yuri",
    "yury": "yuri",
    # One Russian name in the two spellings news uses, and one Arabic name in its four most
    # common ones: the spellings of one person across outlets, not different names.
    "aleksandr": "alexander",
    "alexandr": "alexander",
    "mohammed": "muhammad",
    "mohammad": "muhammad",
    "mohamed": "muhammad",
    "muhammed": "muhammad",
}
_KEY_DROP: Final = TITLE_WORDS | {"jr", "sr", "ii", "iii", "iv"}


def full_first_name(word: str) -> str:
    """The full form of a first name written short or transliterated (``bill``: ``william``,
    ``sergey``: ``sergei``), else ``word``; lower-case words in, lower-case words out."""
    return _NICKNAMES.get(word, word)


def canonical_speaker_key(name: str) -> str:
    """A key equal for spelling variants of one speaker's name across documents.

    Folds case, accents, titles, middle initials, common nicknames (``Joe``/``Joseph``) and
    transliteration variants (``Sergei``/``Sergey``, ``Zelensky``/``Zelenskyy``/``Zelenskiy``).
    ``Russian Deputy Foreign Minister Sergey Ryabkov`` and ``Sergei Ryabkov`` share a key.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = [w.strip(".,;:’'\"") for w in ascii_name.replace("’s ", " ").lower().split()]
    words = [w for w in words if w and w not in _KEY_DROP and not (len(w) == 1 and w.isalpha())]
    if not words:
        return name.strip().lower()
    words = [_NICKNAMES.get(w, w) for w in words]
    folded = []
    for word in words:
        for pattern, replacement in _TRANSLIT:
            word = pattern.sub(replacement, word)
        folded.append(word)
    return " ".join(folded)


def group_speaker_variants(names: Iterable[str]) -> dict[str, str]:
    """Map each name to a representative of its group of variants.

    Names with the same :func:`canonical_speaker_key` form one group. A surname-only name
    (``Ryabkov``) joins the group of a full name with that surname when exactly one such group
    exists, so ambiguous surnames (two different Smiths) stay apart. The representative is the
    most frequent spelling of the longest form.
    """
    names = [n for n in names if n and n.strip()]
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(canonical_speaker_key(name), []).append(name)
    multi = {key: key.split()[-1] for key in by_key if len(key.split()) > 1}
    by_surname: dict[str, list[str]] = {}
    for key, surname in multi.items():
        by_surname.setdefault(surname, []).append(key)
    merged: dict[str, str] = {}
    for key in by_key:
        if len(key.split()) == 1 and len(by_surname.get(key, [])) == 1:
            merged[key] = by_surname[key][0]
        else:
            merged[key] = key
    members: dict[str, list[str]] = {}
    for key, spellings in by_key.items():
        members.setdefault(merged[key], []).extend(spellings)
    result: dict[str, str] = {}
    for spellings in members.values():
        longest = max(len(s.split()) for s in spellings)
        candidates = [s for s in spellings if len(s.split()) == longest]
        representative = max(set(candidates), key=lambda s: (candidates.count(s), s))
        for spelling in spellings:
            result[spelling] = representative
    return result


def is_pronoun(word: str) -> bool:
    """True for a subject pronoun (``he``, ``She``, ``they``)."""
    return word.lower() in PRONOUNS
