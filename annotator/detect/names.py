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
from collections.abc import Iterable
from functools import lru_cache

from annotator.detect.lexicon import BELIEF_VERBS, PRONOUNS, SPEECH_VERBS, TITLE_WORDS

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
_TOKEN = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon)\.|"
    rf"[{UPPER}]\.|[{UPPER}][\w’'\-]*|"
    rf"(?<![\w’'\-])(?:de|da|di|del|der|van|von|la|le|bin|al|el|ibn|dos|du)(?=\s+[{UPPER}]))"
)
NAME_RUN_RE = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*")
"""A run of capitalised tokens (with initials and name particles): a candidate proper name.
A particle is a word of its own, never the end of another (``leader``, ``federal``)."""

_POSSESSIVE_RE = re.compile(r"[’']s?$")

STOP_CAPS = frozenset(
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
    """.split()
)
"""Capitalised words that start sentences or dates rather than names."""
_STOP_CAPS_AND_TITLES = STOP_CAPS | TITLE_WORDS
"""What a person's name loses at its front: built once, not for each name cleaned (the union
of these sets, built afresh for each, cost 4% of the instructions of detection)."""

ORG_WORDS = frozenset(
    """
    house department ministry office agency committee council party union news times post
    court university institute foundation program programme bank fund association commission
    group center centre organization organisation states republic kingdom federation city
    county street road sea river airport force forces army navy administration government
    campaign conference summit company corporation inc corp network channel press service
    services journal tribune herald gazette telegraph guardian daily weekly magazine radio
    television tv club team league assembly parliament senate congress duma kremlin pentagon
    nato un eu police church school college hospital media museum board authority
    """.split()
)
"""Words that mark a capitalised phrase as an organisation or a place, not a person."""

FIRST_NAMES = frozenset(
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


@lru_cache(maxsize=65536)
def clean_name(phrase: str) -> str | None:
    """The proper name in a speaker phrase, titles and roles removed, or None if there is none.

    ``Kremlin spokesman Dmitry Peskov`` -> ``Dmitry Peskov``;
    ``Russian Deputy Foreign Minister Sergey Ryabkov`` -> ``Sergey Ryabkov``;
    ``the Kremlin`` -> ``Kremlin``; ``officials`` -> None.
    """
    runs = NAME_RUN_RE.findall(phrase)
    if not runs:
        return None
    run = runs[-1]
    words = run.split()
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]
    # An organisation keeps its qualifiers (``Finance Ministry``); a person loses titles.
    drop = STOP_CAPS if words[-1].lower() in ORG_WORDS else _STOP_CAPS_AND_TITLES
    while len(words) > 1 and words[0].lower() in drop:
        words.pop(0)
    if len(words) == 1 and words[0].lower() in STOP_CAPS:
        return None
    if words and words[0].lower() in STOP_CAPS:
        return None
    name = " ".join(words).strip(",.;:")
    return name or None


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
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


class DocumentNames:
    """Resolves name mentions to their fullest form within one document.

    The fullest form of a surname is the longest run of given names standing right before one
    of its occurrences (``Dmitry Peskov`` for ``Peskov``), titles dropped. Looked up on demand
    with ``str.find`` and cached, so a document costs only as much as its speakers.
    """

    __slots__ = ("text", "_full", "_forms", "persons")

    def __init__(self, text: str) -> None:
        self.text = text
        self._full: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}
        self.persons: set[str] = set()
        """Resolved names known to be persons (attributed with a title or a pronoun)."""

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
                    len(words) == 1 or words[0] in candidate.split()
                ):
                    best = candidate
        self._full[name] = best
        return best

    def forms(self, surname: str) -> list[str]:
        """Every ``given names + surname`` form of ``surname`` in the document (cached)."""
        cached = self._forms.get(surname)
        if cached is not None:
            return cached
        found: list[str] = []
        text = self.text
        find = text.find
        position = find(surname)
        seen = 0
        # The fullest form is nearly always at one of the first mentions.
        while position >= 0 and seen < 12:
            after = position + len(surname)
            if (after >= len(text) or not text[after].isalnum()) and (
                position == 0 or not text[position - 1].isalnum()
            ):
                seen += 1
                # ``max`` would parse keyword arguments on each call (Python 3.11): compared.
                start = position - 48 if position > 48 else 0
                candidate = _given_names(text[start:position], surname)
                if candidate is not None and candidate not in found:
                    found.append(candidate)
            position = find(surname, after)
        self._forms[surname] = found
        return found


def _given_names(before: str, surname: str) -> str | None:
    """``... Kremlin spokesman Dmitry `` + ``Peskov`` -> ``Dmitry Peskov``; None if no given name.

    Walks back over at most four capitalised words (or initials) standing right before the
    surname, then drops leading titles; any title, organisation word or possessive left in the
    middle means the words are not given names.
    """
    if not before or before[-1] not in " \t\u00a0":
        return None
    words = before.split()
    prefix: list[str] = []
    for word in reversed(words[-4:]):
        if (
            not word[:1].isupper()
            or word[-1] in _NOT_NAME_ENDINGS
            or word in _VERB_WORDS
            or (
                word.endswith(".")
                and len(word) > 2
                and word[:-1].lower() not in _TITLE_ABBREVIATIONS
            )
        ):
            break
        prefix.insert(0, word)
    while prefix and (prefix[0].lower() in TITLE_WORDS or prefix[0].lower() in STOP_CAPS):
        prefix.pop(0)
    if not prefix:
        return None
    for word in prefix:
        lowered = word.lower()
        if (
            word.endswith(("’s", "'s"))
            or lowered in TITLE_WORDS
            or lowered in ORG_WORDS
            or lowered in STOP_CAPS
            or not word[:1].isupper()
        ):
            return None
    return " ".join([*prefix, surname])


_TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen st lt col sgt capt adm prof rev hon".split()
)
_NOT_NAME_ENDINGS = frozenset(",;:!?)]”\"’'—–")
"""How a word ends that closes a clause or a quote (``Cruz,”``): no given name of the next."""
_VERB_WORDS = frozenset(
    form for verb in SPEECH_VERBS | BELIEF_VERBS for form in (verb.capitalize(), verb.upper())
)
"""A capitalised verb in a headline (``Lind Says Kral``) stands between two names."""


# --- Across documents -------------------------------------------------------------------------

_TRANSLIT = (
    (re.compile(r"iy\b|yy\b|ii\b"), "y"),
    (re.compile(r"ey\b"), "ei"),
    (re.compile(r"y"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"(.)\1"), r"\1"),
)
_NICKNAMES = {
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
}
_KEY_DROP = TITLE_WORDS | {"jr", "sr", "ii", "iii", "iv"}


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
