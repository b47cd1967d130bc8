"""Auditing: the same quote reported by several documents, and how the reports differ.

Quotes are gathered per document (accepted labels from the store, or detector candidates for an
unlabeled corpus) and clustered across documents by the words they share:

* **Words.** A quote's text is cut into words: NFKC, case-folded, with every mark that is not a
  letter or digit dropped, so curly and straight quote marks, punctuation, dashes and spacing
  never matter; nor do British and American spellings (``harbour``, ``harbor``). Each CJK
  character is a word of its own (those scripts put no spaces between words). Emoji and symbols
  are not words.
* **Measure.** Two quotes are compared by their word shingles (every run of two and of three
  words): the *containment* ``|A ∩ B| / min(|A|, |B|)``. A shortened quote is wholly contained in
  the long one (1.0); a changed word costs only the shingles that straddle it (pairs forgive it,
  triples keep word order in the count), so a quote with three words dropped or changed in
  thirteen still scores above 0.5. Two quotes match when the containment reaches the threshold
  (:data:`DEFAULT_MIN_SIMILARITY`), they share at least :data:`MIN_SHARED_SHINGLES` shingles, and
  the shared shingles hold two content words or more: ``we will not be`` (only function words,
  see :data:`STOPWORDS`), ``an end to the`` (one) or ``it is too early to say whether`` (a hedge,
  see :data:`STOCK_WORDS`) is no evidence. Nor is a phrase that many statements hold (a name
  with its title, *the American people*): one shared shingle with a content word must be held by
  the leaders of no more than :data:`MAX_COMMON_CLUSTERS` clusters. Quotes of fewer than
  :data:`MIN_WORDS` words, or of fewer than two content words, are not compared: short scare
  quotes ("fake news") and stock phrases ("it is what it is") recur without being one statement.
  Nor are reports in indirect speech of fewer than :data:`MIN_INDIRECT_WORDS` words, and one in
  indirect speech or a mixed quote of fewer than :data:`SHORT_REPORT_WORDS` must share
  :data:`SHORT_REPORT_SHARED_WORDS` content words (a stock phrase's two tie a topic to any
  statement on it). Two of the
  shared content words must be other than names (:func:`name_words`), and one a word the corpus
  does not use everywhere (:data:`COMMON_WORD_SHARE`) unless :data:`ENOUGH_EVERYDAY_WORDS` are
  shared: an idiom (*ought to be allowed to*) or a place name is no evidence of one statement.
  A quote :data:`DWARFED_BY` times shorter than the other needs three such words.
* **Clusters.** Distinct wordings are taken longest first; each joins the cluster whose first
  (longest) wording it matches best, or starts a new one. Comparing with that one wording, and not
  with every member, keeps two unrelated long quotes from being chained through a short phrase
  they both contain. A wording that joined a leader though each says something of its own
  (:func:`_diverge`: two statements behind one boilerplate sentence) then moves to a cluster
  it fits without such a gap, where there is one.
* **Loose matches.** A version no cluster took (one wording in one document: a translation, a
  paraphrase) may then join a cluster of two documents or more by its content-word stems, given
  the same named speaker, shared numbers or rare words and another document, when it says
  what at least half the cluster's documents say (:func:`attach_loose_versions`); it is marked
  with its evidence (:class:`LooseMatch`).
* **Scale.** No pair is compared unless it shares a shingle: an inverted index maps each shingle
  that two wordings or more have to the clusters whose leader holds it, and a wording looks up
  only its rarest such shingles (prefix filtering: if a match must share ``k`` of the ``n``
  shingles some other wording also has, it shares one of the ``n - k + 1`` rarest). A quote with
  no match has few shingles another wording has, and looks up nothing. A shingle held by more
  than :data:`MAX_POSTINGS` clusters is too common to find anything by (so a quote made only of
  very common phrases may miss its cluster).

For each cluster of at least ``min_documents`` documents the report lists every occurrence, the
most common wording (a quotation wherever one report quotes the statement; ties: the longest, then
the first), a word-level diff of each occurrence against it, and flags: *misattributed* when named
speakers disagree (names are compared by :func:`speaker_key`, and a surname alone matches a full
name ending in it; unnamed and vague speakers such as ``he`` or ``officials``, and words the
corpus shows are no name (:class:`CaseEvidence`), are not counted;
two organisations, :func:`organisation_key`, differ too), *person or organisation* when a person
and an organisation are both given the statement (a weaker kind),
*reworded* when words are added, dropped or changed inside the quoted passage (cutting words off
either end, or inside where an ellipsis marks the cut, is *trimmed*, not reworded), *numbers
differ* when a changed passage holds other numbers, *source
differs* when two reports name different channels (a report naming none is not a difference), and
*paraphrased* when some report is in indirect speech (its words are diffed like any other, but a
paraphrase makes a statement neither reworded nor trimmed: it never claimed the speaker's words),
and *loose match* when some report joined as a loose match.

From a script: gather quotes (:func:`gather_from_store`, :func:`gather_from_quotes_file`,
:func:`gather_from_detector`), cluster them with :func:`audit`, and read the
:class:`AuditReport` (``to_json``) or print it as the ``audit`` command does
(:func:`render_report`).
"""

from __future__ import annotations

import difflib
import re
import string
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from annotator.anchoring import Anchor, anchor_quote
from annotator.corpus import Corpus
from annotator.detect.lexicon import ROLE_NOUNS, TITLE_WORDS
from annotator.detect.names import FIRST_NAMES, SENTENCE_ADVERBS, UPPER, full_first_name
from annotator.errors import CorpusError, UserError
from annotator.records import (
    Candidate,
    Document,
    QuoteAnnotation,
    Status,
    is_stored_record_line,
    left_open_in_review,
    open_in_review,
)
from annotator.store import AnnotatorFile
from annotator.util import UTF8_BOM, are, counted, json_line_error, paused_gc

DEFAULT_MIN_SIMILARITY = 0.5
"""Containment of word shingles at or above which two quotes are one statement."""

DEFAULT_MIN_DOCUMENTS = 2
"""Documents a cluster needs to be reported."""

DEFAULT_MIN_SCORE = 0.5
"""Detector candidates scored below this are left out (scare quotes, titles)."""

SHINGLE_SIZES = (2, 3)
"""Words per shingle: pairs forgive a changed word, triples keep the word order. (The clustering
itself is written out for these two sizes, for speed.)"""

MIN_WORDS = 4
"""Quotes with fewer words are not compared."""

MIN_INDIRECT_WORDS = 6
"""Reports in indirect speech with fewer words are not compared: a few words no quote marks
hold (*Mr. Olenkov's tactics*, *to run for office*) name a topic, not a statement."""

MIN_SHARED_SHINGLES = 3
"""Shingles two quotes must share, whatever their lengths, to match."""

MAX_COMMON_CLUSTERS = 10
"""A shingle the leaders of more clusters than this hold is a common phrase (*Finance Minister
Sergei Olenkov*, *the Harbour Workers' Union*): sharing only such phrases, a short quote
would join whichever of the statements naming them came first. Counting clusters, not quotes,
keeps a statement reported in many wordings from making its own words common."""

COMMON_WORD_SHARE = 0.005
"""A word found in more than this share of the distinct wordings (and in more than
:data:`MIN_COMMON_WORD_WORDINGS`) is an everyday word of the corpus (*way*, *time*, *back*, the
name every story mentions): the words two quotes share must include one that is not."""

MIN_COMMON_WORD_WORDINGS = 20
"""Wordings a word must be found in, whatever the corpus size, to be an everyday word: in a
small corpus every word is rare enough to count."""

SHORT_REPORT_WORDS = 8
"""A report in indirect speech or a mixed quote of fewer words is a short report, which names a
topic as often as it reports a statement (see :data:`SHORT_REPORT_SHARED_WORDS`)."""

SHORT_REPORT_SHARED_WORDS = 3
"""Content words, names included, a short report must share with a statement to join it."""

DWARFED_BY = 8
"""A quote with fewer than one in this many of a longer one's word runs (*the campaign goes on*
against a page of transcript) must share three content words with it, not two."""

ENOUGH_EVERYDAY_WORDS = 4
"""Content words (not names) two quotes may share with none of them rare and still match: a
statement reported in many wordings makes its own words everyday ones, and its versions share
more of them than an idiom holds (*ought to be allowed to*)."""

MAX_POSTINGS = 5_000
"""A shingle found in more clusters than this is not used to look for matches."""

_CJK = "\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(r"[^\W_]+")
_CJK_RE = re.compile(rf"[{_CJK}]")
_ABBREVIATION_RE = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_CJK_WORD_RE = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")

_CONTRACTION_RE = re.compile(
    r"\b(won|can)[’']t\b|\b(can)(not)\b|n[’']t\b|\b(let)[’']s\b|[’'](ve|re|ll|m)\b",
    re.IGNORECASE,
)
_EXPANDED = {"won": "will", "ve": "have", "re": "are", "ll": "will", "m": "am"}


# British and American spellings of one word (harbour/harbor, defence/defense, organise/organize,
# analyse/analyze, centre/center, dialogue/dialog, travelled/traveled) fold to one form; the
# letters required in front keep short words apart (hour, tour, rise, this).
_SPELLING_RE = re.compile(
    r"(?<=[a-z]{3})(?P<our>our)(?=(?:s|ed|ing|ite|ites|able|ably|al|er|ers|ful|less|hoods?)?\b)"
    r"|(?<=[a-z]{3})(?P<ise>is)(?=(?:e|es|ed|ing|ation|ations|er|ers)\b)"
    r"|(?<=[a-z]{2})(?P<yse>ys)(?=(?:e|es|ed|ing)\b)"
    r"|(?<=[a-z]{2})(?P<ence>ence)(?=s?\b)"
    r"|(?<=[a-z]{2})(?P<re>[tb])re(?=s?\b)"
    r"|(?<=[a-z]{3})(?P<ogue>ogue)(?=s?\b)"
    r"|(?<=[a-z]{2}e)(?P<ll>ll)(?=(?:ed|ing|er|ers)\b)"
)
_AMERICAN = {"our": "or", "ise": "iz", "yse": "yz", "ence": "ense", "ogue": "og", "ll": "l"}


def _american(match: re.Match[str]) -> str:
    if match.lastgroup == "re":
        return match["re"] + "er"
    return _AMERICAN[match.lastgroup or ""]


_NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate("zero one two three four five six seven eight nine ten".split())
}
"""Numbers house styles spell out or write in digits (*three years*, *3 years*)."""

_PERCENT_RE = re.compile(r"\bper\s+cent\b", re.IGNORECASE)

_THOUSANDS_COMMA_RE = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")
"""A comma grouping a number's digits in thousands (*2,500*), which some house styles leave out
(*2500*). It opens with the comma so that a text without one is passed over quickly."""

_PREFIXES = frozenset("co re pre non anti multi post semi sub inter e".split())
"""Prefixes some house styles hyphenate and others close up (co-operate, non-profit, e-mail)."""


def _close_up_prefixes(text: str) -> str:
    """``co-operate`` as ``cooperate``: the hyphen after a word of :data:`_PREFIXES` goes.

    A walk from each hyphen, not a regex: a regex tries every position of every quote and made
    cutting words twice as slow."""
    kept: list[str] = []
    start = 0
    hyphen = text.find("-")
    while hyphen != -1:
        word = hyphen
        while word > 0 and text[word - 1].isalpha():
            word -= 1
        whole_word = word == 0 or not text[word - 1].isalnum()
        prefix = whole_word and text[word:hyphen].lower() in _PREFIXES
        if prefix and text[hyphen + 1 : hyphen + 2].isalpha():
            kept.append(text[start:hyphen])
            start = hyphen + 1
        hyphen = text.find("-", hyphen + 1)
    kept.append(text[start:])
    return "".join(kept)


class _AmericanSpellings(dict[str, str]):
    """Each word's American spelling (numbers to ten in digits), worked out once: a regex over
    every word of every quote would make cutting words five times slower, and a corpus repeats
    the same few thousand."""

    MAX_WORDS = 1 << 20
    """Words remembered before starting afresh (memory stays bounded on any corpus)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= self.MAX_WORDS:
            self.clear()
        folded = self[word] = _NUMBER_WORDS.get(word) or _SPELLING_RE.sub(_american, word)
        return folded


_AMERICAN_SPELLING = _AmericanSpellings()


def _folded(joined: str) -> tuple[str, ...]:
    """Normalised words joined by spaces, cut apart, British spellings made American."""
    return tuple(map(_AMERICAN_SPELLING.__getitem__, joined.split(" ")))


def _expand(match: re.Match[str]) -> str:
    if match[1]:
        return _EXPANDED.get(match[1].lower(), match[1]) + " not"
    if match[2]:
        return f"{match[2]} {match[3]}"
    if match[4]:
        return match[4] + " us"
    if match[5]:
        return " " + _EXPANDED[match[5].lower()]
    return " not"


STOPWORDS = frozenset(
    """
    a an the and or but nor if of to in on at by for with from as into onto about over than
    that this these those there here it its is are was were be been being am do does did doing
    have has had having will would shall should can could may might must not no so too very
    i we you he she they me us him her them my our your his their mine ours yours theirs
    what which who whom whose when where why how all any some each every just also only even
    s t d ll re ve m up out then now more most such own same other said says say told tell
    whether because while until unless although though since again still yet already never ever
    """.split()
)
"""Function words: a shingle made only of them is no evidence that two quotes are one."""

STOCK_WORDS = frozenset(
    """
    comment comments commenting speculation speculate speculating rumours rumors premature early
    clear know
    """.split()
)
"""Words of the hedges every spokesperson uses (*we will not comment on speculation about*, *it is
too early to say whether*, *it is not clear whether*, *we do not know whether*): two statements
sharing such an opening and nothing else are two statements, so these are no evidence either."""

_NOT_EVIDENCE = STOPWORDS | STOCK_WORDS

_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev hon mme mlle herr frau sr sra".split()
)
_VAGUE_SPEAKERS = frozenset("he she they we i it you him her them one".split())
_DETERMINERS = frozenset("a an the some several many two three four one other others".split())
_OPENING_WORDS = frozenset("the his her their its our my your".split())
"""Words before a description that a sentence may capitalise (*The spokeswoman*, *His aide*)."""

_PREPOSITIONS = frozenset("in at on from with after before during under by into".split())
"""Words that open a phrase naming a place or a time, never a speaker (*In Velby*)."""

SENTENCE_OPENERS = SENTENCE_ADVERBS | frozenset(
    """
    meanwhile however instead although though because according moreover furthermore
    nevertheless nonetheless separately still also yet so but and then later earlier today
    yesterday tonight tomorrow indeed specifically despite amid unless whether once afterwards
    elsewhere similarly likewise additionally overall asked speaking
    """.split()
)
"""Words that open a sentence before its subject (*Meanwhile*, *However*): a detector that takes
the capital for a name's gives *Meanwhile Lima* as the speaker, or *Meanwhile* alone. They are
no part of a name (months and weekdays are left out: *May*, *Jan* are names too)."""


# --- Words ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """A quote's words: as written (for showing) and normalised (for comparing)."""

    surface: tuple[str, ...]
    """Each word as it stands in the text."""
    norm: tuple[str, ...]
    """Each word NFKC-normalised and case-folded."""
    elided: frozenset[int] = frozenset()
    """Positions where an ellipsis (``…``, ``...``) marks a cut: ``i`` is before word ``i``
    (``len(norm)``: after the last word)."""
    bracketed: frozenset[int] = frozenset()
    """Positions of the words inside square brackets: an editor's words, put in the speaker's
    place openly (*[the port] will close*)."""


def words_of(text: str) -> Words:
    """Cut ``text`` into words; punctuation, quote marks, emoji and spacing are dropped.

    Contractions are spelled out (``won't`` is ``will not``, ``I've`` is ``I have``), dotted
    abbreviations closed up (``U.S.`` is ``US``), British spellings made American (``harbour
    defences`` is ``harbor defenses``), numbers to ten written in digits, numbers without a
    comma between thousands (``2,500`` is ``2500``), ``%`` and ``per cent`` written ``percent``
    and common prefixes closed up (``co-operate`` is ``cooperate``): house styles differ in
    these, so they never count as rewording.
    """
    if "'" in text or "’" in text or "nnot" in text.lower():
        text = _CONTRACTION_RE.sub(_expand, text)
    if "." in text:
        text = _ABBREVIATION_RE.sub(lambda match: match[0].replace(".", ""), text)
    if "%" in text:
        text = text.replace("%", " percent ")
    if "," in text:
        text = _THOUSANDS_COMMA_RE.sub("", text)
    if "cent" in text or "Cent" in text or "CENT" in text:
        text = _PERCENT_RE.sub("percent", text)
    if "-" in text:
        text = _close_up_prefixes(text)
    if text.isascii():
        surface = tuple(_WORD_RE.findall(text))
        words = Words(surface, _folded(" ".join(surface).lower()) if surface else ())
        if "..." in text:
            words = _with_elisions(words, text, _WORD_RE)
        return _with_brackets(words, text, _WORD_RE) if "[" in text else words
    word_re = _CJK_WORD_RE if _CJK_RE.search(text) else _WORD_RE
    surface = tuple(word_re.findall(text))
    if not surface:
        return Words(surface, ())
    if unicodedata.is_normalized("NFKC", text):
        # One casefold over the joined words: words hold no spaces and casefolding adds none.
        words = Words(surface, _folded(" ".join(surface).casefold()))
    else:
        # Word by word: NFKC can put a space inside a word (U+FDFA), and norm must stay one per
        # word.
        words = Words(
            surface,
            tuple(
                _AMERICAN_SPELLING[unicodedata.normalize("NFKC", word).casefold()]
                for word in surface
            ),
        )
    if "…" in text or "..." in text:
        words = _with_elisions(words, text, word_re)
    return _with_brackets(words, text, word_re) if "[" in text else words


_BRACKETED_RE = re.compile(r"\[[^\[\]]*\]")
"""Words in square brackets: an editor's insertion or substitution (``[the port]``)."""


def _with_brackets(words: Words, text: str, word_re: re.Pattern[str]) -> Words:
    """``words`` with the positions of the words inside square brackets."""
    spans = [(match.start(), match.end()) for match in _BRACKETED_RE.finditer(text)]
    inside = frozenset(
        position
        for position, match in enumerate(word_re.finditer(text))
        if any(start < match.start() < end for start, end in spans)
    )
    return replace(words, bracketed=inside) if inside else words


def _with_elisions(words: Words, text: str, word_re: re.Pattern[str]) -> Words:
    """``words`` with the places where an ellipsis stands between words (or at either end)."""
    elided = set()
    previous_end = 0
    for position, match in enumerate(word_re.finditer(text)):
        if _ELLIPSIS_RE.search(text, previous_end, match.start()):
            elided.add(position)
        previous_end = match.end()
    if _ELLIPSIS_RE.search(text, previous_end):
        elided.add(len(words.norm))
    return replace(words, elided=frozenset(elided))


_ELLIPSIS_RE = re.compile(r"…|\.\.\.")
"""An ellipsis, the mark of a cut: three dots or "…" (bare or in brackets, ``[...]``, ``(…)``).
Two dots are no such mark: a typo at a sentence's end ("end..") would pass a trim as marked."""


def shingles_of(
    norm: Sequence[str], sizes: Sequence[int] = SHINGLE_SIZES
) -> frozenset[tuple[str, ...]]:
    """Every run of 2 and of 3 consecutive words (of ``sizes`` words; fewer words: the whole)."""
    found: set[tuple[str, ...]] = set()
    for size in sizes:
        if len(norm) < size:
            if norm:
                found.add(tuple(norm))
            continue
        found.update(tuple(norm[index : index + size]) for index in range(len(norm) - size + 1))
    return frozenset(found)


def containment(first: frozenset[Any], second: frozenset[Any]) -> float:
    """``|first ∩ second| / min(|first|, |second|)``: 1.0 when one is inside the other."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


# --- Speakers and sources ---------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def speaker_key(name: str | None) -> str | None:
    """A key equal for variants of one speaker's name; None for no name or a vague one.

    Titles, honorifics and a leading article go (``Dr. Ana Lima``, ``The Reverend Ana Lima``
    and ``Health Minister Ana Lima`` are ``ana lima``), as do a description after a comma
    (``Ana Lima, 54, a nurse``), possessives, case, accents and transliterated endings
    (:func:`_person_key`). Pronouns and descriptions (``he``, ``officials``, ``a senior
    spokesman``, ``A spokesman for the alliance``, ``The spokeswoman``), titles with no name
    (``the Prime Minister``, ``Korsholm's mayor``, ``the mayor of Korsholm``) and phrases that
    are no name (:func:`_names_a_person`) name nobody and give None. Cached: a corpus names the
    same few thousand people again and again.
    """
    if name is None or not name.strip():
        return None
    # Commas set a name apart from its description, on either side: "Dravkin, the deputy
    # minister", "Ana Lima, 54", "the party's nominee, Ana Lima". A part written as a name stands;
    # else the first part naming someone, a later one only with a capital ("Officials, speaking
    # anonymously" names nobody). A comma inside a number ("12,000 people") cuts nothing.
    parts = [part for part in _COMMA_RE.split(name) if part.strip()]
    if len(parts) > 1:
        written_as_name = next((part for part in parts if _written_as_name(part)), None)
        if written_as_name is not None:
            return _name_key(written_as_name)
        first = _name_key(parts[0])
        if first is not None:
            return first
        return next(
            (key for part in parts[1:] if part != part.lower() and (key := _name_key(part))),
            None,
        )
    return _name_key(name)


_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)|—|\s–\s")
"""Commas, and dashes used as commas (``Jaan Tamm — the harbour board's chief —``)."""


def _written_as_name(part: str) -> bool:
    """Every word of four letters or more capitalised (``Maria de Souza``, ``Gov. Ana Lima``),
    and at least one word: not ``the party's nominee``, not ``54``."""
    words = [word.strip("\"'“”‘’().") for word in part.split()]
    long_words = [word for word in words if len(word) >= 4]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def _name_key(name: str) -> str | None:
    """:func:`speaker_key` of a name with no comma."""
    words = name.casefold().split()
    if words and words[0] in _PREPOSITIONS:
        return None  # "In Velby": a place or a time the detector took for the subject
    while words and words[0] in SENTENCE_OPENERS:
        # "Meanwhile Lima": the word that opened the sentence is no part of the name.
        name = name.split(maxsplit=1)[1] if len(words) > 1 else ""
        words = words[1:]
    if not words:
        return None
    organisation = organisation_key(name)
    if organisation is not None:
        return organisation
    if len(words) == 1 and words[0] in _VAGUE_SPEAKERS:
        return None
    if words[0] in _DETERMINERS and words[0] != "the":
        # "A spokesman for the alliance" names nobody, even capitalised to open a sentence.
        return None
    # A capital that only opens the phrase ("The spokeswoman", "His adviser") is no sign of a name.
    after_article = name.split(maxsplit=1)[-1] if words[0] in _OPENING_WORDS else name
    if not any(ch.isupper() for ch in after_article) and (
        words[0] in _OPENING_WORDS
        or words[0] in _DETERMINERS
        or words[-1].strip(".,") in ROLE_NOUNS
    ):
        return None
    written = _without_whose_and_of_what(name.split())
    # A title with no name ("the Mayor", "the Prime Minister", "Valdoria's finance minister",
    # "the mayor of Korsholm") names nobody, however it is capitalised: counting it would call
    # a report that names the speaker by title alone a misattribution.
    if not any(_is_name_word(word) for word in written):
        return None
    if not _names_a_person(written):
        return None
    kept = [
        word
        for word in written
        if word.strip(".,;:").casefold() not in _HONORIFICS or word == written[-1]
    ]
    key = _person_key(kept)
    if not key or key in _VAGUE_SPEAKERS:
        return None
    return key


def _names_a_person(written: list[str]) -> bool:
    """Whether the words that can hold a name (:func:`_without_whose_and_of_what`) name one
    person: the last of them, the phrase's head, is a name as written (capitalised, or in a
    script without capitals), and no lower-case ``and`` joins two speakers.

    A poll's description (*early ratings data*), a clause the detector cut (*said the plan
    would*), a group (*the Lima family*, *Velby residents*), a plural role however capitalised
    (*Officials*) or two people (*Ana Lima and Jaan Tamm*) name no one person: counting one as
    a name made every report naming the real speaker a misattribution."""
    if not written or any(word in ("and", "&") for word in written):
        return False
    head = written[-1].strip(".,;:'’\"()").removesuffix("'s").removesuffix("’s")
    folded = head.casefold()
    if not any(ch.isalpha() for ch in head) or folded in _NOT_NAME_HEADS:
        return False
    if folded == head and any(ch.isalpha() and ch.lower() != ch.upper() for ch in head):
        return False  # written in lower case: a common noun, not a name
    if _GROUP_PLURAL_RE.search(folded):
        return False  # a party or a people in the plural (Democrats, Progressives, Velbians)
    return not (folded in ROLE_NOUNS and folded.endswith("s"))


_GROUP_PLURAL_RE = re.compile(r"\w{3}(?:crats|icans|ians|ists|ives|eers)$|\wories$")
"""Endings of the plurals that name parties, movements and peoples (*Democrats*,
*Republicans*, *Velbians*, *Socialists*, *Conservatives*, *Tories*, *Brexiteers*), however
capitalised; no surname ends so (a surname that ends in *-ian* takes no plural)."""


_NOT_NAME_HEADS = TITLE_WORDS | _HONORIFICS | frozenset("all both each every most none".split())
"""Words that end no name, however capitalised: a title, or a quantifier whose complement was
cut (*All* of ``All of the candidates``)."""

_KEY_DROPPED = TITLE_WORDS | _HONORIFICS | frozenset("the jr sr ii iii iv".split())
"""Words no key keeps: titles, honorifics, an article that opened the phrase, generations."""

_KEY_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME_ENDINGS = ((re.compile(r"(?:iy|yy|ii)$"), "y"), (re.compile(r"(?<=\w{3})(?:ei|ej)$"), "ey"))
_NAME_ENDINGS_OW = re.compile(r"(?<=\w{3}[bcdfghjkmnpstvz])ow$")
"""A German or Polish spelling of a Russian surname's ending (``Olenkow``, ``Romanow``), but not
an English name's (``Marrow``, ``Barlow``, ``Snow``)."""


def _person_key(words: list[str]) -> str:
    """A person's key as the name reads, folded: accents, case, possessives, apostrophes and
    hyphens inside a name (``O'Dea``, ``Jean-Luc``), titles, honorifics, a leading article and
    middle initials go; a nickname is its full name (``Bill`` is ``william``); and only the
    endings transliterations spell apart are folded (``Sergei``, ``Sergej``: ``sergey``;
    ``Zelenskiy``, ``Zelenskyy``: ``zelensky``; ``Olenkow``: ``olenkov``). No other letters
    change: the detector's folds of every ``y`` and double letter made ``Anna`` and ``Ana``
    one person and keys no one could read (``mari``, ``talberg``)."""
    # Titles are dropped as written, with their full stop (``Gov.``, ``Sen.``): without it
    # ``Sen`` may be a surname.
    untitled = [
        word
        for word in words
        if word.strip(",;:").casefold() not in TITLE_WORDS and word not in ("of", "for")
    ]
    text = _strip_accents(" ".join(untitled)).casefold()
    key = []
    for match in _KEY_WORD_RE.finditer(text):
        word = match[0].removesuffix("'s").removesuffix("’s").replace("'", "").replace("’", "")
        if word in _KEY_DROPPED or (len(word) == 1 and word.isalpha()):
            continue  # a title, an article, a middle initial
        word = full_first_name(word)
        for pattern, replacement in _NAME_ENDINGS:
            word = pattern.sub(replacement, word)
        key.append(_NAME_ENDINGS_OW.sub("ov", word))
    return " ".join(key)


_TITLE_OR_OPENING = TITLE_WORDS | _HONORIFICS | _OPENING_WORDS | {"of", "for", "from", "at"}
_LOWER_CASE_NOT_NAMES = ROLE_NOUNS | STOPWORDS
_POSSESSIVE_ENDINGS = ("'s", "’s")
_COMPLEMENT_WORDS = frozenset("of for from at in on during".split())


def _without_whose_and_of_what(words: list[str]) -> list[str]:
    """The words of a speaker phrase that can hold the speaker's name: not the possessor in front
    (``Korsholm's`` in ``Korsholm's mayor Ingrid Tallberg``) nor a complement after ``of``,
    ``for``, ``from`` or ``at`` (``the mayor of Korsholm``, ``Ingrid Tallberg of the Green
    Party``)."""
    for position in range(len(words) - 2, -1, -1):
        if words[position].casefold().endswith(_POSSESSIVE_ENDINGS):
            words = words[position + 1 :]
            break
    for position, word in enumerate(words[1:], start=1):
        if word in _COMPLEMENT_WORDS:  # lower case: "Al From" is a name
            before, after = words[:position], words[position + 1 :]
            # "Secretary of State Ana Lima": a title's complement, then the name.
            if not any(map(_is_name_word, before)) and sum(map(_is_name_word, after)) >= 2:
                return words
            return before
    return words


def _is_name_word(word: str) -> bool:
    """Whether ``word`` can be part of a name: a word with a letter that is no title, honorific
    or opening word, nor a role or function word written in lower case (capitalised, ``Bill``,
    ``May`` and ``Ministry`` may name someone or some body)."""
    bare = word.strip(".,;:'’\"()")
    folded = bare.casefold()
    if not any(ch.isalpha() for ch in bare) or folded in _TITLE_OR_OPENING:
        return False
    return bare != folded or folded not in _LOWER_CASE_NOT_NAMES


ORGANISATION_KEY_PREFIX = "org:"
"""What starts the :func:`speaker_key` of an organisation (no person's key holds a colon)."""

ORGANISATION_NOUNS = frozenset(
    """
    ministry department board council committee commission agency authority union party
    government administration company corporation corp inc ltd llc plc bank office court police
    army navy campaign foundation institute institution university college school association
    federation league organisation organization bureau service parliament senate congress
    assembly cabinet embassy consulate secretariat tribunal directorate coalition alliance
    network club church hospital trust fund firm society chamber municipality regime junta
    presidency mission delegation consortium cooperative group centre center
    holdings industries motors airlines airways shipping logistics pharmaceuticals
    technologies ventures partners enterprises gmbh ag asa nv bv oy spa llp capital media
    energy systems labs solutions resources insurance investments securities associates
    """.split()
)
"""Nouns that end an organisation's name or stand for one (*the Harbour Board*, *the ministry*,
*Korsholm's council*, *the Ministry of Fisheries*), and the words that end a company's
(*Velmor Holdings*, *Ostra Shipping*, *Kendal GmbH*)."""

SEATS_OF_POWER = frozenset(
    "kremlin|white house|pentagon|downing street|elysee|elysee palace|whitehall|vatican|"
    "holy see|blue house|quai d orsay|capitol|chancellery|admiralty".split("|")
)
"""Places named for the body that sits there (*the Kremlin*, *the White House*), words folded
as :func:`words_of` folds them: organisations as speakers, though no word of them is an
organisation noun."""

_ACRONYM_RE = re.compile(r"[A-Z][A-Z&]{1,6}")
_COLLECTIVE_OF_RE = re.compile(r"(?P<collective>[^\W\d_]+) of\b.*?\b(?P<members>[a-z]+[^s\W]s)\W*$")
_COMPLEMENT_START_RE = re.compile(r"\s(?:of|for|at|from|in|on|to)\s")


def organisation_key(name: str) -> str | None:
    """The :func:`speaker_key` of an organisation named as speaker, else None.

    An organisation is a phrase whose main word (before a complement: *Ministry* in *the
    Ministry of Fisheries*) is one of :data:`ORGANISATION_NOUNS`, a seat of power
    (:data:`SEATS_OF_POWER`), or an acronym alone (capitals, *OSK*). Named (*the Harbour
    Board*) or not (*the ministry*, *Korsholm's council*), it speaks for itself; a description
    opening with *a* or *some* (*a ministry official*, *some companies*) names none, and a name
    an honorific opens is a person's (*Ms. Court*). The key is
    :data:`ORGANISATION_KEY_PREFIX` and the phrase's content words, spellings folded as
    :func:`words_of` folds them (*the Harbour Board* is ``org:harbor board``)."""
    stripped = name.strip().strip("\"'“”‘’()")
    words = stripped.split()
    if not words or words[0].casefold() in _DETERMINERS - {"the"}:
        return None
    if words[0].rstrip(".").casefold() in _HONORIFICS and not any(
        word.endswith(_POSSESSIVE_ENDINGS) for word in words
    ):
        # ``Ms. Court``, ``Dr Ilse Church``: a person whose surname is an organisation's noun
        # (``Mr. Lind's office`` is still the office).
        return None
    main_part = _COMPLEMENT_START_RE.split(f" {stripped} ", maxsplit=1)[0].split()
    if not main_part:
        return None
    head = main_part[-1].strip(".,;:'’\"()").casefold().removesuffix("'s").removesuffix("’s")
    people = _COLLECTIVE_OF_RE.search(stripped)
    if people is not None and people["collective"].casefold() == head:
        # "army of supporters", "network of volunteers": the noun before "of" counts the
        # people after it, who are what the phrase names; an organisation's own complement is
        # a name or a singular (the Ministry of Fisheries, the office of the governor).
        head = people["members"].removesuffix("s")
    norm = [word for word in words_of(_strip_accents(stripped)).norm if word not in ("the", "s")]
    is_acronym = len(words) == 1 and _ACRONYM_RE.fullmatch(words[0].strip(".,")) is not None
    if head not in ORGANISATION_NOUNS and " ".join(norm) not in SEATS_OF_POWER and not is_acronym:
        return None
    content = [word for word in norm if word not in STOPWORDS]
    if not content:
        return None
    return ORGANISATION_KEY_PREFIX + " ".join(content)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_organisation(key: str) -> bool:
    """Whether a :func:`speaker_key` is an organisation's."""
    return key.startswith(ORGANISATION_KEY_PREFIX)


def _organisation_words(key: str) -> frozenset[str]:
    return frozenset(key.removeprefix(ORGANISATION_KEY_PREFIX).split())


def _unnamed_organisation(key: str) -> bool:
    """Whether an organisation's key names no particular one (*the ministry*, *the company*):
    it may stand for any organisation another report names."""
    words = _organisation_words(key)
    return len(words) == 1 and next(iter(words)) in ORGANISATION_NOUNS


def same_speaker(first: str, second: str) -> bool:
    """Whether two speaker keys can name one person or one organisation.

    A person and an organisation are never one speaker. Two organisations are one when the
    words of one are all in the other (*the ministry*, *the Health Ministry*, *the Ministry of
    Health*), or when one names no particular organisation (*the ministry*, *the government*)
    and the other does: it may be that one. Two that name none are one only with one noun
    (*the police* and *the ministry* are two bodies).
    Two persons are one when their keys are equal, or one is the tail of the other.

    A surname alone (``lima``) matches a full name ending in it (``ana lima``); the tail rule also
    forgives a stray word a detector left in front of a name. A name of two words or more also
    matches a fuller one with a middle name (``sergey dravkin``, ``sergey alexandrovich
    dravkin``); one shared surname is not enough (``ana lima``, ``paulo lima``; ``maria de
    souza``, ``joana de souza``). Spaces inside a name do not count, so a surname with a
    particle matches written apart or closed up (``liesl van droot`` and ``liesl vandroot``,
    ``van droot`` and ``vandroot``), but only whole words at the tail match (not ``droot`` and
    ``liesl vandroot``).
    """
    if is_organisation(first) or is_organisation(second):
        if not (is_organisation(first) and is_organisation(second)):
            return False
        unnamed_first, unnamed_second = _unnamed_organisation(first), _unnamed_organisation(second)
        if unnamed_first and unnamed_second:
            return first == second
        if unnamed_first or unnamed_second:
            return True
        words_a, words_b = _organisation_words(first), _organisation_words(second)
        return words_a <= words_b or words_b <= words_a
    a, b = first.split(), second.split()
    if len(a) > len(b):
        a, b = b, a
    if b[len(b) - len(a) :] == a:
        return True
    if len(a) >= 2 and a[-1] == b[-1] and _is_subsequence(a, b):
        return True
    closed_a, closed_b = "".join(a), "".join(b)
    return any("".join(b[start:]) == closed_a for start in range(len(b))) or any(
        "".join(a[start:]) == closed_b for start in range(len(a))
    )


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` is ``long`` with some words left out (in the same order)."""
    remaining = iter(long)
    return all(word in remaining for word in short)


def source_key(source: str | None) -> str | None:
    """A key equal for spellings of one channel: case, articles and punctuation folded."""
    if source is None:
        return None
    norm = words_of(source).norm
    while norm and norm[0] in ("the", "a", "an"):
        norm = norm[1:]
    return " ".join(norm) or None


def same_source(first: str, second: str) -> bool:
    """Whether two source keys can name one channel: the words of one are all in the other
    (``tass`` and ``russia s tass news agency``; not ``reuters`` and ``tass``)."""
    a, b = set(first.split()), set(second.split())
    return a <= b or b <= a


_CAPITALISED_AFTER_LOWER_RE = re.compile(
    rf"(?:\b[a-zß-öø-ÿ][\w'’]*,?|\b(?:Mr|Mrs|Ms|Dr|Prof)\.?) ([{UPPER}][\w'’]*)"
)
"""A capitalised word right after a word in lower case (``said Lima``, ``in Velby, Ostra``):
mid-sentence, where a capital marks a name, not the start of a sentence; or after an honorific
(``Mr. Furrow``)."""

_NAME_AFTER_THE_RE = re.compile(
    rf"\b[Tt]he ((?:[{UPPER}][\w'’-]*\s)*[{UPPER}][\w'’-]*)"
    r"(?=[,.;:!?”\"]|\s(?:said|says|say|told|tells|announced|were|are|was|is|has|have|had|will"
    r"|would|could|should|did|does|do|also|who)\b)"
)
"""A capitalised name after *the* that ends a clause or is its subject (``the Ostra Line said``,
``the Greens were``; not ``the Lima family``): a body's name, or a group's, not a person's."""


def _folded_word(word: str) -> str:
    """A word as :func:`speaker_key` folds it: no possessive, apostrophe or accent, case-folded."""
    bare = word.removesuffix("'s").removesuffix("’s").replace("'", "").replace("’", "")
    # Most words are plain ASCII: no accents to strip (a third of reading a corpus's words).
    return bare.lower() if bare.isascii() else _strip_accents(bare).casefold()


@dataclass(frozen=True)
class CaseEvidence:
    """How a corpus writes its words, as evidence of which capitalised speakers name a person.

    A detector takes a capital for a name's, so a sentence-opening word (*Meanwhile*,
    *Officials*), a party or group in the plural (*Democrats*, *the Tories*) or a company
    (*Korvana Energy*) can come out as a speaker; counted as a person, each made every report
    naming the real speaker a misattribution. The corpus tells them apart from names: a word it
    also writes in lower case, and never capitalised mid-sentence, is an everyday word, not a
    name (:meth:`refined_key`). Build it with :meth:`of` over the documents' texts."""

    lower: frozenset[str]
    """Words (folded as :func:`_folded_word`) the corpus writes in lower case."""
    named_mid_sentence: frozenset[str]
    """Words it writes capitalised right after a word in lower case (``said Green``): a name,
    even if also an everyday word (``green``)."""
    article_names: frozenset[str]
    """Names (their words folded, joined by spaces) it writes after *the* as a subject or at a
    clause's end (``the Ostra Line said``, ``the Tories were``; not ``the Lima family``): a
    body's or a group's, not a person's. One word in the plural (``tories``) names a group."""

    @classmethod
    def of(cls, texts: Iterable[str]) -> CaseEvidence:
        """The evidence of ``texts`` (a corpus's documents, or at least its quotes)."""
        reader = CaseReader()
        for text in texts:
            reader.read(text)
        return reader.evidence()

    def is_everyday_word(self, word: str) -> bool:
        """Whether the corpus writes ``word`` (folded) in lower case and never as a name."""
        return word in self.lower and word not in self.named_mid_sentence

    def refined_key(self, key: str | None, name: str | None = None) -> str | None:
        """A person's :func:`speaker_key` with what the corpus shows is no name taken out.

        Everyday words in front of a name go (*Meanwhile Lima* is ``lima``); an everyday word
        alone, or a plural the corpus puts after *the* (*the Tories were*), names no one (None);
        a name the corpus puts after *the* (*the Ostra Line said*) or ending in an everyday word
        (*Korvana Energy*, *Ostra Freight*) is an organisation's, the latter unless a known given
        name opens it (*Ana Green*). A ``name`` (the speaker as written) that an honorific opens
        or that holds a middle initial (*Mr. Furrow*, *Orla K. Furrow*) is a person's whatever
        its words. Organisations' keys, and None, are returned as they are."""
        if key is None or is_organisation(key):
            return key
        if name is not None and _PERSON_MARK_RE.search(name):
            return key
        words = key.split()
        if len(words) > 1 and key in self.article_names:
            return ORGANISATION_KEY_PREFIX + key
        while len(words) > 1 and words[0] not in FIRST_NAMES and self.is_everyday_word(words[0]):
            words = words[1:]
        if len(words) == 1:
            alone = words[0]
            plural = alone.endswith("s") and not alone.endswith("ss")
            if self.is_everyday_word(alone) or (plural and alone in self.article_names):
                return None
        elif words[0] not in FIRST_NAMES and self.is_everyday_word(words[-1]):
            return ORGANISATION_KEY_PREFIX + " ".join(words)
        return " ".join(words)


_PERSON_MARK_RE = re.compile(rf"^\s*(?i:{'|'.join(sorted(_HONORIFICS))})\b|\s[{UPPER}]\.\s")
"""An honorific opening a speaker (``Mr. Furrow``) or a middle initial (``Ana K. Lima``): marks
of a person, whatever the words of the name."""


class CaseReader:
    """Gathers :class:`CaseEvidence` one text at a time (a corpus is read once, for its quotes
    and for this)."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._named: set[str] = set()
        self._article_names: set[str] = set()

    def read(self, text: str) -> None:
        """Take in the words of one text (the sets keep each word once, as written)."""
        self._words.update(_WORD_RE.findall(text))
        self._named.update(_CAPITALISED_AFTER_LOWER_RE.findall(text))
        if "he " in text:
            self._article_names.update(_NAME_AFTER_THE_RE.findall(text))

    def evidence(self) -> CaseEvidence:
        """What the texts read so far show."""
        article_names = {
            " ".join(map(_folded_word, name.replace("-", " ").split()))
            for name in self._article_names
        }
        return CaseEvidence(
            lower=frozenset(_folded_word(word) for word in self._words if word.islower()),
            named_mid_sentence=frozenset(map(_folded_word, self._named)),
            article_names=frozenset(article_names),
        )


# --- Occurrences ------------------------------------------------------------------------------


@dataclass
class Occurrence:
    """One quote in one document, with what the document says about where it ran."""

    doc_id: str
    """The document."""
    doc_index: int
    """Position of the document in the corpus (for a stable order)."""
    start: int
    """Offset of the quote's first character."""
    end: int
    """Offset one past its last character."""
    text: str
    """The quoted span."""
    speaker: str | None = None
    """Who it is attributed to, as labeled."""
    source: str | None = None
    """The channel it came through, as labeled."""
    source_kind: str | None = None
    """The kind of that channel."""
    quote_type: str | None = None
    """Direct, indirect or mixed."""
    quote_id: str | None = None
    """The stored quote's id (None for a detector candidate)."""
    annotators: list[str] = field(default_factory=list)
    """Who labeled this span (empty for a detector candidate)."""
    outlet: str | None = None
    """The document's ``outlet`` metadata."""
    publisher: str | None = None
    """The document's ``publisher`` metadata."""
    date: str | None = None
    """The document's ``date`` metadata."""
    title: str | None = None
    """The document's ``title`` metadata."""


def _meta_text(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    return str(value)


def occurrence_of(
    quote: QuoteAnnotation | Candidate, document: Document, doc_index: int
) -> Occurrence:
    """An occurrence of a stored quote or a candidate, with the document's metadata."""
    return _occurrence(quote, document.id, document.meta, doc_index)


def _occurrence(
    quote: QuoteAnnotation | Candidate, doc_id: str, meta: dict[str, Any], doc_index: int
) -> Occurrence:
    kind = quote.source_kind.value if quote.source_kind is not None else None
    return Occurrence(
        doc_id=doc_id,
        doc_index=doc_index,
        start=quote.start,
        end=quote.end,
        text=quote.text,
        speaker=quote.speaker,
        source=quote.source,
        source_kind=kind,
        quote_type=quote.type.value,
        quote_id=quote.id if isinstance(quote, QuoteAnnotation) else None,
        annotators=[quote.annotator] if isinstance(quote, QuoteAnnotation) else [],
        outlet=_meta_text(meta, "outlet"),
        publisher=_meta_text(meta, "publisher"),
        date=_meta_text(meta, "date"),
        title=_meta_text(meta, "title"),
    )


def _same_span(first: Occurrence, second: Occurrence) -> bool:
    shared = min(first.end, second.end) - max(first.start, second.start)
    shorter = min(first.end - first.start, second.end - second.start)
    return shared > 0 and shared * 2 >= shorter


@dataclass
class Gathered:
    """Quotes gathered for an audit, and what was left out on the way."""

    occurrences: list[Occurrence] = field(default_factory=list)
    """One per quote and document (annotators labeling one span count once)."""
    documents: int = 0
    """Documents that gave at least one quote."""
    warnings: list[str] = field(default_factory=list)
    """One line per thing skipped: unknown documents, stale quotes, unreadable lines."""
    evidence: CaseEvidence | None = None
    """How the documents read write their words (for :func:`audit`'s ``evidence``)."""


def gather_from_store(corpus: Corpus, files: Sequence[AnnotatorFile]) -> Gathered:
    """Accepted quotes of ``files`` on the documents of ``corpus``.

    Where several annotators labeled one span of a document (their spans overlap by half the
    shorter one or more), the label of the first file stands for it and the others are listed in
    ``annotators``: put the gold file first to let it speak. Quotes of a document whose text
    changed are moved with it when their words are still there once; stale ones are skipped,
    as are the quotes of an unreadable document, each with a warning naming file and line.
    """
    gathered = Gathered()
    wanted: set[str] = set()
    unknown: Counter[str] = Counter()
    for folded in files:
        for doc_id in folded.doc_ids():
            if doc_id in corpus:
                wanted.add(doc_id)
            else:
                unknown[folded.annotator] += 1
    for annotator, count in sorted(unknown.items()):
        gathered.warnings.append(
            f"{annotator}: {counted(count, 'annotated document')} {are(count)} not in"
            f" {corpus.location}; skipped"
        )
    reported = dict.fromkeys(range(len(files)), 0)
    still_open: Counter[str] = Counter()
    case_reader = CaseReader()
    for doc_id in sorted(wanted, key=corpus.index):
        try:
            document = corpus.get(doc_id)
        except CorpusError as error:
            gathered.warnings.append(f"{error}; its quotes are skipped")
            continue
        doc_index = corpus.index(doc_id)
        case_reader.read(document.text)
        kept: list[Occurrence] = []
        for folded in files:
            for quote in folded.quotes(doc_id):
                if quote.status != Status.ACCEPTED:
                    continue
                if open_in_review(quote.meta):  # a gold group not decided yet: not gold
                    still_open[folded.annotator] += 1
                    continue
                anchored = anchor_quote(quote, document)
                if anchored.anchor == Anchor.STALE:
                    gathered.warnings.append(
                        f"{folded.path}:{folded.line_of(quote.id)}: quote {quote.id!r} is stale "
                        f"({anchored.reason}); skipped"
                    )
                    continue
                occurrence = occurrence_of(anchored.quote, document, doc_index)
                twin = next((other for other in kept if _same_span(other, occurrence)), None)
                if twin is None:
                    kept.append(occurrence)
                elif folded.annotator not in twin.annotators:
                    twin.annotators.append(folded.annotator)
        for number, folded in enumerate(files):
            # Broken lines come to light as records are read; report each once.
            fresh = folded.problems[reported[number] :]
            gathered.warnings.extend(f"{problem}" for problem in fresh)
            reported[number] += len(fresh)
        if kept:
            gathered.documents += 1
            kept.sort(key=lambda occurrence: (occurrence.start, occurrence.end))
            gathered.occurrences.extend(kept)
    for annotator, count in sorted(still_open.items()):
        gathered.warnings.append(f"{annotator}: {left_open_in_review(count)}")
    gathered.evidence = case_reader.evidence()
    return gathered


def gather_from_detector(
    corpus: Corpus,
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    detect: Callable[[str], list[Candidate]] | None = None,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Gathered:
    """Candidates the detector finds in every document of ``corpus``, scored ``min_score`` or up.

    ``detect`` defaults to ``annotator.detect.detect_quotes``; with ``jobs`` > 1 (and no
    ``detect``) the documents are spread over that many processes. ``progress`` is called with
    the number of documents done since its last call. Unreadable documents are skipped and
    reported in ``warnings`` as file:line.
    """
    gathered = Gathered()
    metadata: dict[str, tuple[int, dict[str, Any]]] = {}
    case_reader = CaseReader()

    def readable() -> Iterator[Document]:
        for doc_index, doc_id in enumerate(corpus.ids):
            try:
                document = corpus.get(doc_id)
            except CorpusError as error:
                gathered.warnings.append(f"{error}; skipped")
                continue
            metadata[doc_id] = (doc_index, document.meta)
            case_reader.read(document.text)
            yield document

    if detect is None and jobs > 1:
        from annotator.detect.batch import detect_many

        found = (
            (doc_id, [Candidate.model_validate(quote) for quote in quotes])
            for doc_id, quotes in detect_many(
                ((document.id, document.text) for document in readable()), jobs=jobs
            )
        )
    else:
        if detect is None:
            from annotator.detect import detect_quotes

            detect = detect_quotes
        found = ((document.id, detect(document.text)) for document in readable())
    for doc_id, candidates in found:
        doc_index, meta = metadata.pop(doc_id)
        kept = [
            _occurrence(candidate, doc_id, meta, doc_index)
            for candidate in candidates
            if candidate.score >= min_score
        ]
        if kept:
            gathered.documents += 1
            gathered.occurrences.extend(kept)
        if progress is not None:
            progress(1)
    gathered.evidence = case_reader.evidence()
    return gathered


def gather_from_quotes_file(
    corpus: Corpus, path: str | Path, *, min_score: float = DEFAULT_MIN_SCORE
) -> Gathered:
    """Quotes of a quotes-JSONL file: ``{"id", "quotes": [...]}`` per line, as ``detect`` writes
    and as a gold file such as ``seeds/gold.jsonl`` holds.

    Offsets are read against the corpus text. Rejected quotes, and quotes with a ``score`` below
    ``min_score``, are left out. A line that is not such a document raises ``UserError`` naming
    file and line; a quote whose span or text does not fit its document is skipped with a
    warning naming them too, as are documents missing from the corpus.
    """
    path = Path(path)
    gathered = Gathered()
    try:
        handle = path.open("rb")
    except OSError as error:
        raise UserError(f"{path}: cannot read ({error.strerror or error})") from None
    missing = 0
    case_reader = CaseReader()
    with handle:
        for number, line in enumerate(handle, start=1):
            if number == 1:
                line = line.removeprefix(UTF8_BOM)
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError as error:
                raise UserError(f"{path}:{number}: {json_line_error(line, error)}") from None
            if is_stored_record_line(record):
                raise UserError(
                    f"{path}:{number}: a stored quote record, not a document with its quotes: "
                    "audit the store itself (audit CORPUS NAME), or export quotes-jsonl first"
                )
            if not isinstance(record, dict) or not isinstance(record.get("quotes", []), list):
                raise UserError(f'{path}:{number}: expected {{"id": ..., "quotes": [...]}}')
            doc_id = str(record.get("id", ""))
            if doc_id not in corpus:
                missing += 1
                continue
            document = corpus.get(doc_id)
            doc_index = corpus.index(doc_id)
            case_reader.read(document.text)
            kept = []
            for position, fields in enumerate(record.get("quotes", []), start=1):
                where = f"{path}:{number}: quote {position}"
                if not isinstance(fields, dict) or fields.get("status") == "rejected":
                    continue
                score = fields.get("score")
                if score is not None and (
                    isinstance(score, bool) or not isinstance(score, int | float)
                ):
                    # Kept, it would pass --min-score whatever it says.
                    gathered.warnings.append(f"{where}: score {score!r} is not a number; skipped")
                    continue
                if score is not None and score < min_score:
                    continue
                try:
                    quote = _quote_from_fields(fields, document.text)
                except ValueError as error:
                    gathered.warnings.append(f"{where}: {error}; skipped")
                    continue
                kept.append(_occurrence(quote, doc_id, document.meta, doc_index))
            if kept:
                gathered.documents += 1
                gathered.occurrences.extend(kept)
    if missing:
        gathered.warnings.append(
            f"{path}: {counted(missing, 'document')} {are(missing)} not in"
            f" {corpus.location}; skipped"
        )
    gathered.evidence = case_reader.evidence()
    return gathered


def _quote_from_fields(fields: dict[str, Any], text: str) -> Candidate:
    start, end = fields.get("start"), fields.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start!r}..{end!r} does not fit the text ({len(text)} characters)")
    quoted = fields.get("text")
    if quoted is not None and quoted != text[start:end]:
        raise ValueError(f"text {str(quoted)[:40]!r} does not match the document at {start}..{end}")
    try:
        # Validated from a mapping so pydantic, not the caller, turns the type's name into
        # its member and says which field is wrong.
        return Candidate.model_validate(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "type": fields.get("type") or "direct",
                "score": 1.0,
                "speaker": fields.get("speaker") or None,
                "source": fields.get("source") or None,
                "source_kind": fields.get("source_kind") or None,
            }
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise ValueError(f"{field}: {first['msg']}") from None


# --- Clustering -------------------------------------------------------------------------------


@dataclass
class _Wording:
    words: Words
    shingles: frozenset[int]
    """Hashes of every shingle (hashing halves the memory of tuples at 100k quotes)."""
    members: list[int]
    names: frozenset[str] | None = None
    """Its :func:`name_words`, worked out the first time it is compared."""
    short_report: bool = False
    """Whether it is short and only reports in the writer's words give it (see
    :func:`cluster_words`)."""

    def name_words(self) -> frozenset[str]:
        """:func:`name_words` of its words, worked out once."""
        if self.names is None:
            self.names = name_words(self.words)
        return self.names


def _hashed_shingles(norm: tuple[str, ...]) -> frozenset[int]:
    """Hashes of every word pair and triple, built with zip rather than a loop per shingle: at
    100k quotes this is a good part of the clustering time."""
    pairs = map(hash, zip(norm, norm[1:], strict=False))
    triples = map(hash, zip(norm, norm[1:], norm[2:], strict=False))
    return frozenset(chain(pairs, triples))


def _everyday_words(wordings_holding: Counter[str], wordings: int) -> frozenset[str]:
    """The everyday words of a corpus of ``wordings`` distinct wordings, given how many of them
    hold each word: those in more than :data:`COMMON_WORD_SHARE` of them and more than
    :data:`MIN_COMMON_WORD_WORDINGS`."""
    limit = max(MIN_COMMON_WORD_WORDINGS, COMMON_WORD_SHARE * wordings)
    return frozenset(word for word, count in wordings_holding.items() if count > limit)


def _shares_content_words(
    words: Words,
    other: frozenset[int],
    common_words: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
    needed: int = 2,
) -> bool:
    """Whether the shingles of ``words`` that ``other`` (hashed shingles) also has hold ``needed``
    distinct content words that are not ``names``, and one content word not in
    ``common_words`` (or :data:`ENOUGH_EVERYDAY_WORDS` content words that are not names).

    Two short quotes sharing only everyday words (*ought to be allowed to*, *as a matter of
    fact*) or only a name with its title (*the Orsa Strait*, *the former harbour master*) are
    two statements that happen to use one phrase. Stops at the first proof: true matches prove
    it in a few shingles."""
    norm = words.norm
    found: set[str] = set()
    rare = False
    for size in SHINGLE_SIZES:
        for index in range(len(norm) - size + 1):
            shingle = norm[index : index + size]
            if hash(shingle) not in other:
                continue
            for word in shingle:
                if word in _NOT_EVIDENCE:
                    continue
                rare = rare or word not in common_words
                if word not in names:
                    found.add(word)
            if len(found) >= needed and (rare or len(found) >= ENOUGH_EVERYDAY_WORDS):
                return True
    return False


HEADLINE_WORDS = 3
"""Content words, every one capitalised, that make a quote a headline in title case rather than a
sentence full of names."""


def name_words(words: Words) -> frozenset[str]:
    """The words (normalised) a quote writes with a capital after its first word: parts of names.

    None in a quote written mostly in capitals, or with a capital on every word but function
    words (a headline's *Ferry Fares Set To Rise*, *Velby on the Brink of a Strike*): there a
    capital tells nothing. Nor is a word the quote also writes in lower case: its capital opens
    a sentence (*Late. Very late.*)."""
    surface = words.surface
    capitalised = [position for position, word in enumerate(surface) if word[:1].isupper()]
    # Positions come in order: the last is 0 when only the first word has a capital.
    if len(capitalised) * 2 > len(surface) or not capitalised or capitalised[-1] == 0:
        return frozenset()
    content = [
        word for norm, word in zip(words.norm, surface, strict=True) if norm not in STOPWORDS
    ]
    if len(content) >= HEADLINE_WORDS and all(word[:1].isupper() for word in content):
        return frozenset()
    named = {words.norm[position] for position in capitalised if position > 0}
    return frozenset(
        named.difference(
            norm for norm, word in zip(words.norm, surface, strict=True) if word.islower()
        )
    )


def _shares_a_rare_run(
    norm: tuple[str, ...], other: frozenset[int], index_of: dict[int, list[int]]
) -> bool:
    """Whether some shingle of ``norm`` that ``other`` also has holds a content word and is held
    by the leaders of at most :data:`MAX_COMMON_CLUSTERS` clusters."""
    for size in SHINGLE_SIZES:
        for index in range(len(norm) - size + 1):
            shingle = norm[index : index + size]
            hashed = hash(shingle)
            if (
                hashed in other
                and len(index_of.get(hashed, ())) <= MAX_COMMON_CLUSTERS
                and any(word not in _NOT_EVIDENCE for word in shingle)
            ):
                return True
    return False


def cluster_occurrences(
    occurrences: Sequence[Occurrence], *, min_similarity: float = DEFAULT_MIN_SIMILARITY
) -> list[list[int]]:
    """Group occurrences that report one statement; returns lists of indices into ``occurrences``.

    Every cluster is returned, singletons included, each in input order; quotes too short to
    compare are left out. See the module docstring for the measure.
    """
    return cluster_words([words_of(o.text) for o in occurrences], min_similarity=min_similarity)


def cluster_words(
    texts: Sequence[Words],
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    reported: Sequence[bool] | None = None,
) -> list[list[int]]:
    """:func:`cluster_occurrences` for quotes already cut into words.

    ``reported`` marks the texts that are reports of a statement in the writer's words, whole or
    in part (indirect speech, a mixed quote): a wording only such reports give, of fewer than
    :data:`SHORT_REPORT_WORDS` words, must share :data:`SHORT_REPORT_SHARED_WORDS` content words
    (names too) with its statement."""
    wordings: dict[tuple[str, ...], _Wording] = {}
    for index, words in enumerate(texts):
        if len(words.norm) < MIN_WORDS:
            continue
        wording = wordings.get(words.norm)
        if wording is None:
            # Two shared content words are needed to match: a quote with fewer has no match.
            if len({word for word in words.norm if word not in _NOT_EVIDENCE}) < 2:
                continue
            wording = wordings[words.norm] = _Wording(words, _hashed_shingles(words.norm), [index])
            wording.short_report = len(words.norm) < SHORT_REPORT_WORDS
        else:
            wording.members.append(index)
        # The same words quoted whole by some report are a quotation: no topic fragment.
        wording.short_report = wording.short_report and reported is not None and reported[index]
    frequency: Counter[int] = Counter()
    word_frequency: Counter[str] = Counter()
    for wording in wordings.values():
        frequency.update(wording.shingles)
        word_frequency.update(set(wording.words.norm))
    common_words = _everyday_words(word_frequency, len(wordings))
    # A shingle no other wording has cannot be shared: it is neither indexed nor looked up.
    repeated = {shingle for shingle, count in frequency.items() if count > 1}
    # Longest first, so a cluster's leader is its fullest wording and a probe is never longer
    # than the leader it meets: containment is then shared / (the probe's shingles). Ties go by
    # the words themselves, so the clusters do not depend on the order quotes come in.
    order = sorted(
        wordings.values(),
        key=lambda w: (-len(w.shingles), -len(w.words.norm), w.words.norm),
    )
    leaders: list[_Wording] = []
    clusters: list[list[int]] = []
    index_of: dict[int, list[int]] = defaultdict(list)

    def matches(wording: _Wording, leader: _Wording, shared: int) -> bool:
        """Whether ``wording`` and ``leader``, sharing ``shared`` shingles (enough of them),
        share the words that make them one statement."""
        names = wording.name_words() | leader.name_words()
        # A few words found in a far longer quote (a transcript, a speech) are there by
        # chance more often than not: such a short quote needs a third content word.
        shorter, longer = sorted((len(wording.shingles), len(leader.shingles)))
        needed_words = 3 if shorter * DWARFED_BY < longer else 2
        if not _shares_content_words(
            wording.words, leader.shingles, common_words, names, needed_words
        ):
            return False
        # A few words in the writer's own voice name a topic (*his opponents by name*,
        # *a path to citizenship*) that two content words of a stock phrase tie to any
        # statement on it: a third, a name or not, shows it is the statement reported.
        if (wording.short_report or leader.short_report) and not _shares_content_words(
            wording.words,
            leader.shingles,
            frozenset(),
            frozenset(),
            SHORT_REPORT_SHARED_WORDS,
        ):
            return False
        return _shares_a_rare_run(wording.words.norm, leader.shingles, index_of)

    # Wordings that joined a cluster although each of the two has words of its own the other
    # lacks (see :func:`_diverge`): (wording, its cluster).
    bridging: list[tuple[_Wording, int]] = []
    for wording in order:
        size = len(wording.shingles)
        needed = max(MIN_SHARED_SHINGLES, _ceil(min_similarity * size))
        best: tuple[float, int, int] | None = None
        shareable = list(wording.shingles & repeated)
        if needed <= len(shareable):
            # Prefix filtering: a leader sharing `needed` of the `n` shareable shingles shares
            # one of any `n - needed + 1` of them, so looking up the rarest is enough.
            shareable.sort(key=frequency.__getitem__)
            found: set[int] = set()
            for shingle in shareable[: len(shareable) - needed + 1]:
                postings = index_of.get(shingle)
                if postings is not None and len(postings) <= MAX_POSTINGS:
                    found.update(postings)
            for cluster in found:
                leader = leaders[cluster]
                shared = len(wording.shingles & leader.shingles)
                if shared < needed or not matches(wording, leader, shared):
                    continue
                candidate = (shared / size, shared, -cluster)
                if best is None or candidate > best:
                    best = candidate
        if best is not None:
            clusters[-best[2]].extend(wording.members)
            if _diverge(wording, leaders[-best[2]], best[1]):
                bridging.append((wording, -best[2]))
            continue
        number = len(leaders)
        leaders.append(wording)
        clusters.append(list(wording.members))
        for shingle in shareable:
            index_of[shingle].append(number)
    # A wording and its leader that each say something the other does not may be two
    # statements joined by a long wording they share (a boilerplate sentence, a stock phrase).
    # Where the wording fits another cluster without such a gap (it holds that cluster's
    # statement, or that statement holds it, but for single words: :func:`_holds`), it belongs
    # there: a statement's shorter reports, clustered apart under a shorter leader, would
    # otherwise lose its fullest report to the other statement.
    for wording, cluster in bridging:
        home: tuple[float, int] | None = None
        for other in {
            number
            for shingle in wording.shingles & repeated
            for number in index_of.get(shingle, ())
            if number != cluster
        }:
            leader = leaders[other]
            shared = len(wording.shingles & leader.shingles)
            smaller = min(len(wording.shingles), len(leader.shingles))
            needed = max(MIN_SHARED_SHINGLES, _ceil(min_similarity * smaller))
            if shared < needed or not _holds(wording, leader):
                continue
            if matches(wording, leader, shared) and (home is None or shared / smaller > home[0]):
                home = (shared / smaller, other)
        if home is not None:
            members = set(wording.members)
            clusters[cluster] = [index for index in clusters[cluster] if index not in members]
            clusters[home[1]].extend(wording.members)
    return [sorted(cluster) for cluster in clusters]


BRIDGE_OWN_WORDS = 3
"""Content words in a row that one wording has and another lacks (no shared word run covers
them) for the two to say something of their own each: a changed word or two is a rewording, a
sentence of its own on both sides may be two statements (see :func:`cluster_words`)."""


def _diverge(first: _Wording, second: _Wording, shared: int) -> bool:
    """Whether each of two wordings holds :data:`BRIDGE_OWN_WORDS` content words in a row that
    no shingle shared with the other covers. ``shared``: the shingles they share (with too few
    of its own, a wording has no such run, and nothing is worked out)."""
    # Such a run leaves at least that many pairs and triples of the wording unshared.
    least = 2 * BRIDGE_OWN_WORDS
    if len(first.shingles) - shared < least or len(second.shingles) - shared < least:
        return False
    return (
        _own_run(first.words.norm, second.shingles) >= BRIDGE_OWN_WORDS
        and _own_run(second.words.norm, first.shingles) >= BRIDGE_OWN_WORDS
    )


def _holds(first: _Wording, second: _Wording) -> bool:
    """Whether one of two wordings holds the other but for single words: no two content words
    in a row of it fall outside the word runs both share."""
    return (
        min(
            _own_run(first.words.norm, second.shingles),
            _own_run(second.words.norm, first.shingles),
        )
        <= 1
    )


def _own_run(norm: tuple[str, ...], other: frozenset[int]) -> int:
    """The most content words in a row of ``norm`` that no pair or triple ``other`` (hashed
    shingles) holds covers."""
    covered = [False] * len(norm)
    for size in SHINGLE_SIZES:
        for index in range(len(norm) - size + 1):
            if hash(norm[index : index + size]) in other:
                covered[index : index + size] = [True] * size
    longest = run = 0
    for word, is_covered in zip(norm, covered, strict=True):
        if is_covered:
            run = 0
        elif word not in _NOT_EVIDENCE:
            run += 1
            longest = max(longest, run)
    return longest


def _ceil(value: float) -> int:
    whole = int(value)
    # A hair of tolerance so 0.5 * 8 is 4 and not 5 after float rounding.
    return whole if value - whole < 1e-9 else whole + 1


# --- Loose versions ---------------------------------------------------------------------------

DEFAULT_MIN_LOOSE_SIMILARITY = 0.5
"""Share of the shorter quote's content-word stems found in the other at or above which a version
no cluster took may join one as a loose match (given the evidence
:func:`attach_loose_versions` asks for)."""

MIN_LOOSE_SHARED_STEMS = 4
"""Content-word stems a loose match must share, whatever the lengths."""

MAX_LOOSE_LENGTH_RATIO = 2
"""A loose match and the wording it is compared with differ in content words by at most this
factor: a paraphrase or a translation says about as much as its original, while a short
remark made of a long statement's words (the same speaker on the same topic) is another one."""

MIN_LOOSE_SPECIFIC = 2
"""Numbers, names or rare words a loose match must share with its cluster."""

_STEM_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "ly",
    "s",
)
_STEM_LENGTH = 6


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: one common English ending cut, then at most six letters (``negotiable``,
    ``negotiated`` and ``negotiations`` are ``negoti``): a paraphrase or a translation changes
    a word's form more often than the word."""
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:_STEM_LENGTH]


@dataclass(frozen=True)
class LooseMatch:
    """Why a version that shares too few word runs with its cluster was put in it all the same."""

    score: float
    """Share of the shorter quote's content-word stems found in the cluster's closest wording."""
    shared: tuple[str, ...]
    """The numbers, names and rare words both hold (as the version writes them)."""
    speaker: str
    """The speaker both give it to."""
    other_outlet: bool
    """Whether the version ran in an outlet none of the cluster's reports ran in (False when
    outlets are not known)."""

    def to_json(self) -> dict[str, Any]:
        """The evidence as plain JSON."""
        return {
            "score": round(self.score, 3),
            "shared": list(self.shared),
            "speaker": self.speaker,
            "other_outlet": self.other_outlet,
        }

    def __str__(self) -> str:
        outlet = "; another outlet" if self.other_outlet else ""
        return (
            f"loose match: {self.score:.0%} of content words shared; same speaker "
            f"({self.speaker}); rare words and numbers in common: {', '.join(self.shared)}{outlet}"
        )


def _content_stems(words: Words) -> frozenset[str]:
    return frozenset(stem(word) for word in words.norm if word not in _NOT_EVIDENCE)


def _speaker_bucket(key: str) -> str:
    """Where to look for clusters one speaker may share: a person's last name, or any body."""
    return ORGANISATION_KEY_PREFIX if is_organisation(key) else key.split()[-1]


def _outlet(occurrence: Occurrence) -> str | None:
    return occurrence.outlet or occurrence.publisher


def attach_loose_versions(
    occurrences: Sequence[Occurrence],
    texts: Sequence[Words],
    groups: list[list[int]],
    *,
    min_similarity: float = DEFAULT_MIN_LOOSE_SIMILARITY,
    keys: Sequence[str | None] | None = None,
) -> dict[int, LooseMatch]:
    """Put versions no cluster took (translated-looking, paraphrased) into a cluster of two
    documents or more, with evidence; returns the evidence of each occurrence moved.

    A version, one wording in one document, joins the cluster whose wordings' content-word stems
    (:func:`stem`) it shares most, when it shares at least ``min_similarity`` of the shorter's
    and :data:`MIN_LOOSE_SHARED_STEMS`, and only with corroboration: that wording is given to
    the same named speaker (:func:`same_speaker`) and is of a comparable length
    (:data:`MAX_LOOSE_LENGTH_RATIO`), the version shares
    :data:`MIN_LOOSE_SPECIFIC` numbers, names or words the corpus does not use everywhere, and
    its document is not one of the cluster's (a story restating its own quote proves nothing);
    and it reaches ``min_similarity`` with the wordings of at least half the cluster's
    documents, so it never joins the lesser half of a cluster that mixes two statements.
    ``groups`` (from :func:`cluster_words`) are changed in place. Clusters are found through an
    index on (speaker, shared word): only clusters of one speaker that share a rare word are
    compared. ``keys`` are the occurrences' speaker keys when already worked out (by default,
    :func:`speaker_key` of each).
    """
    if keys is None:
        keys = [speaker_key(occurrence.speaker) for occurrence in occurrences]
    stems_of: dict[tuple[str, ...], frozenset[str]] = {}

    def stems(index: int) -> frozenset[str]:
        norm = texts[index].norm
        found = stems_of.get(norm)
        if found is None:
            found = stems_of[norm] = _content_stems(texts[index])
        return found

    frequency: Counter[str] = Counter()
    distinct = {texts[index].norm for group in groups for index in group}
    for norm in distinct:
        frequency.update(set(norm))
    everyday = _everyday_words(frequency, len(distinct))
    # Numbers and rare words (names or not) are evidence, the name every story mentions is not;
    # worked out once per word of the corpus, not once per quote. Words hold letters and digits
    # only: one that is not all letters has a number.
    specific_stem = {
        word: stem(word)
        for word in frequency
        if word not in _NOT_EVIDENCE and (word not in everyday or not word.isalpha())
    }
    specific_of: dict[tuple[str, ...], frozenset[str]] = {}

    def specific(index: int) -> frozenset[str]:
        """Stems of the numbers and rare words of a quote."""
        norm = texts[index].norm
        found = specific_of.get(norm)
        if found is None:
            found = specific_of[norm] = frozenset(
                specific_stem[word] for word in set(norm) if word in specific_stem
            )
        return found

    bucket_of: dict[str, str] = {}
    for key in set(keys):
        if key is not None:
            bucket_of[key] = _speaker_bucket(key)

    targets: list[int] = []
    versions: list[int] = []
    documents_of: dict[int, set[str]] = {}
    # A statement copied by many documents holds few wordings: each wording with each named
    # speaker is compared once, by its first report (copies score the same), else a version
    # cost as many comparisons as the statement has copies.
    voices_of: dict[int, list[tuple[int, str]]] = {}
    for number, group in enumerate(groups):
        documents = {occurrences[index].doc_id for index in group}
        if len(documents) >= 2:
            targets.append(number)
            documents_of[number] = documents
            first_of: dict[tuple[tuple[str, ...], str], int] = {}
            for index in group:
                key = keys[index]
                if key is not None:
                    first_of.setdefault((texts[index].norm, key), index)
            voices_of[number] = [(index, key) for (_, key), index in first_of.items()]
        elif len({texts[index].norm for index in group}) == 1 and keys[group[0]] is not None:
            versions.append(number)
    index_of: dict[tuple[str, str], set[int]] = defaultdict(set)
    for number in targets:
        held: set[tuple[str, str]] = set()
        for index, key in voices_of[number]:
            bucket = bucket_of[key]
            held.update((bucket, stemmed) for stemmed in specific(index))
        for entry in held:
            index_of[entry].add(number)

    def _matches_core(version_stems: frozenset[str], target: int) -> bool:
        """Whether the version shares ``min_similarity`` of the content stems of the wordings
        of at least half the cluster's documents (a document counted once, by its first
        report in the cluster)."""
        wording_of: dict[str, int] = {}
        for index in groups[target]:
            wording_of.setdefault(occurrences[index].doc_id, index)
        agreeing = 0
        for index in wording_of.values():
            other = stems(index)
            shorter = min(len(version_stems), len(other))
            if shorter and len(version_stems & other) >= min_similarity * shorter:
                agreeing += 1
        return 2 * agreeing >= len(wording_of)

    moved: dict[int, LooseMatch] = {}
    taken: list[tuple[int, int]] = []
    for number in versions:
        group = groups[number]
        first = group[0]
        key = keys[first]
        assert key is not None
        if _unnamed_organisation(key):
            continue  # "The ministry" may stand for any body: too little to vouch for a match.
        own = specific(first)
        hits: Counter[int] = Counter()
        for stemmed in own:
            postings = index_of.get((bucket_of[key], stemmed))
            if postings is not None and len(postings) <= MAX_POSTINGS:
                hits.update(postings)
        candidates = [target for target, count in hits.items() if count >= MIN_LOOSE_SPECIFIC]
        if not candidates:
            continue
        version_stems = stems(first)
        found: list[tuple[float, int, int]] = []
        for target in candidates:
            if occurrences[first].doc_id in documents_of[target]:
                continue
            for index, other_key in voices_of[target]:
                if _unnamed_organisation(other_key) or not same_speaker(key, other_key):
                    continue
                other = stems(index)
                shared = len(version_stems & other)
                shorter, longer = sorted((len(version_stems), len(other)))
                if shared < MIN_LOOSE_SHARED_STEMS or shorter * MAX_LOOSE_LENGTH_RATIO < longer:
                    continue
                if len(own & specific(index)) < MIN_LOOSE_SPECIFIC:
                    continue
                score = shared / shorter
                if score >= min_similarity:
                    found.append((score, -target, index))
        # The closest wording may be one of two statements a cluster already mixes: the version
        # must also say what most of the cluster's documents say, else it joins the wrong half.
        best = next(
            (
                (score, -negative_target, index)
                for score, negative_target, index in sorted(found, reverse=True)
                if _matches_core(version_stems, -negative_target)
            ),
            None,
        )
        if best is None:
            continue
        score, target, closest = best
        members = groups[target]
        in_both = own & specific(closest)
        version = texts[first]
        shared_specific = dict.fromkeys(
            written
            for word, written in zip(version.norm, version.surface, strict=True)
            if word not in _NOT_EVIDENCE and stem(word) in in_both
        )
        outlets = {_outlet(occurrences[index]) for index in members}
        outlet = _outlet(occurrences[first])
        match = LooseMatch(
            score=score,
            shared=tuple(shared_specific),
            speaker=occurrences[first].speaker or "",
            other_outlet=outlet is not None and None not in outlets and outlet not in outlets,
        )
        for index in group:
            moved[index] = match
        taken.append((number, target))
    for number, target in taken:
        groups[target].extend(groups[number])
        groups[target].sort()
        groups[number] = []
    groups[:] = [group for group in groups if group]
    return moved


# --- Differences ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WordChange:
    """One difference between an occurrence's words and the cluster's main wording."""

    op: str
    """``added``, ``dropped`` or ``changed`` inside the passage; ``trimmed`` (main wording's words
    missing at the start or end) or ``extended`` (extra words at the start or end)."""
    before: str
    """The main wording's words (empty for added or extended)."""
    after: str
    """This occurrence's words (empty for dropped or trimmed)."""
    marked: bool = False
    """For ``dropped`` and ``trimmed``: an ellipsis in the occurrence marks the cut."""
    bracketed: bool = False
    """For ``added``, ``dropped`` and ``changed``: the words that differ are in square brackets
    on one side, an editor's open change (*[the port]* for *it*), not a rewording."""

    def to_json(self) -> dict[str, str | bool]:
        """The change as plain JSON (``marked`` only for a cut: ``dropped``, ``trimmed``;
        ``bracketed``, true, only for an editor's change in square brackets)."""
        found: dict[str, str | bool] = {"op": self.op, "before": self.before, "after": self.after}
        if self.op in ("dropped", "trimmed"):
            found["marked"] = self.marked
        if self.bracketed:
            found["bracketed"] = True
        return found

    @property
    def _label(self) -> str:
        if self.marked:
            return f"{self.op} (marked …)"
        return f"{self.op} (in brackets)" if self.bracketed else self.op

    def __str__(self) -> str:
        if self.op in ("added", "extended"):
            return f"{self._label}: {self.after}"
        if self.op in ("dropped", "trimmed"):
            return f"{self._label}: {self.before}"
        return f"{self._label}: {self.before} → {self.after}"


def _coalesce(
    opcodes: Sequence[tuple[str, int, int, int, int]], norm: Sequence[str]
) -> list[tuple[str, int, int, int, int]]:
    """Fold a lone function word that happens to match between two changes into the change.

    Without this, ``verge of rupture`` against ``brink of a breakup`` reads as two changes around
    an unchanged ``of``, and a long cut is split at every ``the``.
    """
    kept: list[tuple[str, int, int, int, int]] = []
    for position, code in enumerate(opcodes):
        tag, i1, i2, j1, j2 = code
        between_changes = 0 < position < len(opcodes) - 1
        if tag == "equal" and between_changes and all(w in STOPWORDS for w in norm[i1:i2]):
            tag = "replace"
        if kept and tag != "equal" and kept[-1][0] != "equal":
            _, k1, _, l1, _ = kept[-1]
            tag = "replace"
            i1, j1 = k1, l1
            kept.pop()
        if tag == "replace" and i1 == i2:
            tag = "insert"
        elif tag == "replace" and j1 == j2:
            tag = "delete"
        kept.append((tag, i1, i2, j1, j2))
    return kept


def word_diff(main: Words, other: Words) -> list[WordChange]:
    """How ``other`` differs from ``main`` word by word (case and punctuation ignored).

    Differences before the first or after the last shared word are cuts or additions at the
    edges (``trimmed``, ``extended``); between shared words they are rewordings.
    """
    if main.norm == other.norm:
        return []
    matcher = difflib.SequenceMatcher(a=main.norm, b=other.norm, autojunk=False)
    opcodes = _coalesce(matcher.get_opcodes(), main.norm)
    equal = [index for index, code in enumerate(opcodes) if code[0] == "equal"]
    changes: list[WordChange] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        leading = bool(equal) and index < equal[0]
        trailing = bool(equal) and index > equal[-1]
        bracketed = _all_bracketed(main, i1, i2) or _all_bracketed(other, j1, j2)
        if (leading or trailing) and bracketed and i1 < i2 and j1 < j2:
            # "[The port] will close" for "It will close": the editor's words, whole.
            edited = " ".join(main.surface[i1:i2]), " ".join(other.surface[j1:j2])
            changes.append(WordChange("changed", *edited, bracketed=True))
        elif leading or trailing:
            marked = (0 if leading else len(other.norm)) in other.elided
            changes.extend(
                _edge_changes(main.surface[i1:i2], other.surface[j1:j2], leading, marked)
            )
        elif tag == "insert":
            added = " ".join(other.surface[j1:j2])
            changes.append(WordChange("added", "", added, bracketed=bracketed))
        elif tag == "delete":
            marked = j1 in other.elided
            # Words the main wording holds in brackets were the editor's, not the speaker's.
            dropped = " ".join(main.surface[i1:i2])
            changes.append(WordChange("dropped", dropped, "", marked, bracketed))
        else:
            before, after = main.surface[i1:i2], other.surface[j1:j2]
            changes.append(
                WordChange("changed", " ".join(before), " ".join(after), bracketed=bracketed)
            )
    return changes


def _all_bracketed(words: Words, start: int, end: int) -> bool:
    """Whether ``words`` from ``start`` to ``end`` are all in square brackets (and are some)."""
    return start < end and all(position in words.bracketed for position in range(start, end))


def _edge_changes(
    before: Sequence[str], after: Sequence[str], leading: bool, marked: bool = False
) -> list[WordChange]:
    """Differences at an end: the words next to the shared part are a change, the rest a cut.

    ``It would be tempting … too early. Alternatively, it could`` against ``Or it could`` is
    the first sentence trimmed and ``Alternatively`` changed to ``Or``.
    """
    common = min(len(before), len(after))
    if leading:
        cut_before, near_before = before[: len(before) - common], before[len(before) - common :]
        cut_after, near_after = after[: len(after) - common], after[len(after) - common :]
    else:
        near_before, cut_before = before[:common], before[common:]
        near_after, cut_after = after[:common], after[common:]
    found = []
    if cut_before:
        found.append(WordChange("trimmed", " ".join(cut_before), "", marked))
    if cut_after:
        found.append(WordChange("extended", "", " ".join(cut_after)))
    if near_before:
        found.append(WordChange("changed", " ".join(near_before), " ".join(near_after)))
    return found if leading else found[-1:] + found[:-1]


# --- The report -------------------------------------------------------------------------------

MISATTRIBUTED = "misattributed"
"""Flag: named speakers of one statement disagree: two persons, or two organisations."""
PERSON_OR_ORGANISATION = "person or organisation"
"""Flag: some reports give the statement to a person, others to an organisation (*the ministry*,
*the minister Ana Ruiz*): weaker than misattributed, as an organisation speaks through its people
and a report may name either."""
REWORDED = "reworded"
"""Flag: words added, dropped (with no ellipsis marking the cut) or changed inside the quoted
passage."""
NUMBERS_DIFFER = "numbers differ"
"""Flag: a report changes a number inside the quoted passage (*four percent*, *5 percent*): a
changed figure, worse than a rewording (numbers written in words or digits are one)."""
TRIMMED = "trimmed"
"""Flag (informational): some reports cut words off the start or end, or inside where an
ellipsis marks the cut, or change words openly in square brackets (*[the port]* for *it*)."""
SOURCE_DIFFERS = "source differs"
"""Flag: the named channels differ."""
PARAPHRASED = "paraphrased"
"""Flag (informational): some reports give the statement in indirect speech."""
LOOSE_MATCH = "loose match"
"""Flag (informational): some report joined only as a loose match (a paraphrase or a
translation sharing content words, names and numbers, not runs of words; see
:func:`attach_loose_versions`)."""
FLAGS = (
    MISATTRIBUTED,
    REWORDED,
    NUMBERS_DIFFER,
    SOURCE_DIFFERS,
    PERSON_OR_ORGANISATION,
    TRIMMED,
    PARAPHRASED,
    LOOSE_MATCH,
)
"""Every flag, in the order they are shown."""


@dataclass
class ReportedOccurrence:
    """An occurrence in a cluster, with its difference from the main wording."""

    occurrence: Occurrence
    """Where and how the quote ran."""
    speaker_key: str | None
    """The name-variant key of its speaker (None when unnamed or vague)."""
    speaker_group: int | None
    """Index into the cluster's ``speakers`` (None when unnamed or vague)."""
    is_main: bool
    """Whether its wording is the cluster's main wording."""
    changes: list[WordChange]
    """Word changes against the main wording (empty when equal but for case and punctuation)."""
    split_changes: list[WordChange] | None = None
    """When this report is one part of a quote its document splits (``"We will not," she said,
    "raise fees"``): the word changes of the parts read together; None otherwise."""
    split_part: tuple[int, int] | None = None
    """With ``split_changes``: which part this is and of how many (``(1, 2)``, ``(2, 2)``)."""
    loose_match: LooseMatch | None = None
    """Why it joined when it shares too few runs of words with the cluster (None: it shares
    enough)."""

    def to_json(self) -> dict[str, Any]:
        """The occurrence as plain JSON."""
        occurrence = self.occurrence
        return {
            "doc_id": occurrence.doc_id,
            "outlet": occurrence.outlet,
            "publisher": occurrence.publisher,
            "date": occurrence.date,
            "title": occurrence.title,
            "start": occurrence.start,
            "end": occurrence.end,
            "text": occurrence.text,
            "type": occurrence.quote_type,
            "speaker": occurrence.speaker,
            "speaker_key": self.speaker_key,
            "speaker_group": self.speaker_group,
            "source": occurrence.source,
            "source_kind": occurrence.source_kind,
            "quote_id": occurrence.quote_id,
            "annotators": list(occurrence.annotators),
            "main_wording": self.is_main,
            "changes": [change.to_json() for change in self.changes],
            "split_changes": (
                None
                if self.split_changes is None
                else [change.to_json() for change in self.split_changes]
            ),
            "split_part": None if self.split_part is None else list(self.split_part),
            "loose_match": None if self.loose_match is None else self.loose_match.to_json(),
        }


@dataclass
class SpeakerGroup:
    """Occurrences whose speakers are variants of one name."""

    name: str
    """The fullest spelling: the one most reports use (ties: the first reported), without a
    description set off by commas or a possessive ending (:func:`_name_as_written`)."""
    key: str
    """Its name-variant key."""
    documents: int
    """Documents that give the quote to this speaker."""

    @property
    def organisation(self) -> bool:
        """Whether the speaker is an organisation (*the Harbour Board*, *the ministry*)."""
        return is_organisation(self.key)


@dataclass
class Cluster:
    """One statement reported in several documents."""

    number: int
    """1-based position in the report."""
    documents: int
    """Distinct documents it appears in."""
    main_text: str
    """The wording most documents use (ties: longest, then first), as its first report has it."""
    main_count: int
    """How many documents use the main wording."""
    occurrences: list[ReportedOccurrence]
    """Every occurrence, in corpus order."""
    speakers: list[SpeakerGroup]
    """Named speakers, grouped by name variant, most documents first."""
    sources: list[str]
    """Named channels, the fullest spelling of each, in order of first appearance."""
    flags: list[str]
    """Which of :data:`FLAGS` apply, in that order."""
    outlets: int | None = None
    """Distinct outlets (or publishers) its documents ran in; None when some document names
    none. An outlet's updated story is a document of its own, so this can be fewer."""

    @property
    def misattributed(self) -> bool:
        """Whether named speakers disagree."""
        return MISATTRIBUTED in self.flags

    def to_json(self) -> dict[str, Any]:
        """The cluster as plain JSON."""
        return {
            "cluster": self.number,
            "documents": self.documents,
            "outlets": self.outlets,
            "flags": list(self.flags),
            "main_text": self.main_text,
            "main_count": self.main_count,
            "speakers": [
                {
                    "name": group.name,
                    "key": group.key,
                    "documents": group.documents,
                    "organisation": group.organisation,
                }
                for group in self.speakers
            ],
            "sources": list(self.sources),
            "occurrences": [reported.to_json() for reported in self.occurrences],
        }


@dataclass
class AuditReport:
    """Every cluster found, and what was compared."""

    clusters: list[Cluster]
    """Clusters of at least ``min_documents`` documents: most documents first, then by first
    occurrence."""
    quotes: int
    """Occurrences gathered."""
    compared: int
    """Occurrences compared: at least :data:`MIN_WORDS` words, two of them content words (in
    indirect speech, :data:`MIN_INDIRECT_WORDS`)."""
    min_similarity: float
    """The containment threshold used."""
    min_documents: int
    """The smallest cluster reported, in documents."""
    found: int | None = None
    """Clusters found before :meth:`filtered` kept some (None when nothing was filtered)."""
    min_loose_similarity: float | None = None
    """The content-word threshold of loose matches (None: none were looked for)."""

    def filtered(self, flags: Iterable[str] = (), speaker: str | None = None) -> AuditReport:
        """Only the clusters that carry every one of ``flags`` and, with ``speaker``, give the
        quote to that speaker in at least one report (name variants and surnames match, as for
        the misattributed flag). Cluster numbers are kept, so they still match a full report."""
        wanted = set(flags)
        unknown = wanted - set(FLAGS)
        if unknown:
            raise ValueError(f"unknown flags: {', '.join(sorted(unknown))}")
        key = None
        if speaker is not None:
            # A name typed on the command line in lower case is still a name: the capital that
            # tells a name in a report is one nobody types in a filter.
            key = speaker_key(speaker) or speaker_key(string.capwords(speaker))
        if speaker is not None and key is None:
            raise ValueError(f"{speaker!r} names nobody (a pronoun or a description)")
        kept = [
            cluster
            for cluster in self.clusters
            if wanted <= set(cluster.flags) and (key is None or _gives_to(cluster, key))
        ]
        return replace(self, clusters=kept, found=len(self.clusters))

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON."""
        return {
            "quotes": self.quotes,
            "compared": self.compared,
            "min_similarity": self.min_similarity,
            "min_loose_similarity": self.min_loose_similarity,
            "min_documents": self.min_documents,
            "measure": "containment of word 2- and 3-shingles",
            "clusters_found": len(self.clusters) if self.found is None else self.found,
            "clusters": [cluster.to_json() for cluster in self.clusters],
        }


def _gives_to(cluster: Cluster, key: str) -> bool:
    """Whether some report of ``cluster`` gives it to the speaker of ``key``: one of its
    speakers, or a speaker as a report writes it (the corpus may show *Greens* names no one, or
    *Ostra Line* a company, but a filter for them should still find the reports naming them)."""
    if any(same_speaker(key, group.key) for group in cluster.speakers):
        return True
    return any(
        (written := speaker_key(reported.occurrence.speaker)) is not None
        and same_speaker(key, written)
        for reported in cluster.occurrences
    )


def _is_paraphrase(occurrence: Occurrence) -> bool:
    """Whether the report gives the statement in indirect speech (no quote marks)."""
    return occurrence.quote_type == "indirect"


def _group_speakers(
    keyed: list[tuple[str, str, str]],
) -> tuple[list[SpeakerGroup], dict[str, int]]:
    """Group (key, spelling, doc id) triples by :func:`same_speaker`; longest keys lead.

    Groups come most documents first, then in the order the triples first name them.
    """
    keys = sorted({key for key, _, _ in keyed}, key=lambda key: (-len(key.split()), key))
    leaders: list[str] = []
    group_of: dict[str, int] = {}
    for key in keys:
        matches = [number for number, leader in enumerate(leaders) if same_speaker(key, leader)]
        if len(matches) == 1:
            group_of[key] = matches[0]
        elif matches:
            # A surname shared by two different full names: its own group, so it still shows.
            group_of[key] = len(leaders)
            leaders.append(key)
        else:
            group_of[key] = len(leaders)
            leaders.append(key)
    documents: list[set[str]] = [set() for _ in leaders]
    spellings: list[Counter[str]] = [Counter() for _ in leaders]
    first_seen: dict[int, int] = {}
    for position, (key, spelling, doc_id) in enumerate(keyed):
        number = group_of[key]
        first_seen.setdefault(number, position)
        documents[number].add(doc_id)
        if key == leaders[number]:
            spellings[number][spelling] += 1
    groups = [
        SpeakerGroup(
            # Ties go to the spelling reported first (max keeps the first of equals): an
            # auditor reads the groups against the reports, in corpus order.
            name=max(spellings[number].items(), key=lambda item: item[1])[0],
            key=leader,
            documents=len(documents[number]),
        )
        for number, leader in enumerate(leaders)
    ]
    order = sorted(
        range(len(groups)), key=lambda number: (-groups[number].documents, first_seen[number])
    )
    renumber = {old: new for new, old in enumerate(order)}
    return [groups[old] for old in order], {key: renumber[group] for key, group in group_of.items()}


def _name_as_written(speaker: str) -> str:
    """The part of a speaker phrase that names the speaker, as written: the part between
    commas :func:`speaker_key` reads as the name (*Ilse Marrow* of *Ilse Marrow, 54, a nurse,*),
    without a possessive ending (*Marrow's*). The speakers line names each speaker so, not with
    a description as long as the quote."""
    parts = [part for part in _COMMA_RE.split(speaker) if part.strip()]
    named = speaker
    if len(parts) > 1:
        whole = speaker_key(speaker)
        named = next((part for part in parts if _name_key(part) == whole), speaker)
    return named.strip(" ,;:").removesuffix("'s").removesuffix("’s")


def _speakers_disagree(keys: Iterable[str]) -> bool:
    distinct = sorted(set(keys))
    return any(
        not same_speaker(first, second)
        for position, first in enumerate(distinct)
        for second in distinct[position + 1 :]
    )


def _numbers(text: str) -> Counter[str]:
    """The numbers among a text's words (``four`` is ``4``, as :func:`words_of` folds it)."""
    return Counter(word for word in words_of(text).norm if any(ch.isdigit() for ch in word))


def _changes_a_number(change: WordChange) -> bool:
    """Whether a changed run of words holds numbers on both sides, and not the same ones
    (``four`` to ``five``; not ``four`` to ``4``, nor ``we will`` to ``we shall``)."""
    if change.op != "changed":
        return False
    before, after = _numbers(change.before), _numbers(change.after)
    return bool(before) and bool(after) and before != after


SPLIT_GAP = 80
"""Characters between two quotes of one document that may hold the attribution splitting one
statement in two (``," the minister said on Tuesday, "``)."""


def _join_split_quotes(reported: list[ReportedOccurrence], words: list[Words], main: Words) -> None:
    """Read the parts of a quote a document splits around its attribution as one report.

    Each part alone is the statement cut short; consecutive reports of one document no more than
    :data:`SPLIT_GAP` characters apart that, read together, cut nothing off the main wording get
    ``split_changes``, the changes of the parts together. (``reported`` and ``words`` are in
    corpus order.)
    """
    run = [0] if reported else []
    for position in range(1, len(reported) + 1):
        if position < len(reported):
            before, after = reported[position - 1].occurrence, reported[position].occurrence
            close = 0 <= after.start - before.end <= SPLIT_GAP
            if after.doc_id == before.doc_id and close:
                run.append(position)
                continue
        _mark_split_parts(reported, words, main, run)
        run = [position]


def _mark_split_parts(
    reported: list[ReportedOccurrence], words: list[Words], main: Words, run: list[int]
) -> None:
    """Within ``run`` (close reports of one document), the longest stretches of two parts or more
    that read together cut nothing off the main wording, first one first."""
    first = 0
    while first < len(run) - 1:
        for last in range(len(run), first + 1, -1):
            parts = run[first:last]
            joined = Words(
                tuple(chain.from_iterable(words[part].surface for part in parts)),
                tuple(chain.from_iterable(words[part].norm for part in parts)),
            )
            changes = word_diff(main, joined)
            if not any(change.op in ("trimmed", "extended") for change in changes):
                for number, part in enumerate(parts, start=1):
                    reported[part].split_changes = changes
                    reported[part].split_part = (number, len(parts))
                first = last
                break
        else:
            first += 1


def describe_cluster(
    occurrences: Sequence[Occurrence],
    number: int = 0,
    texts: Sequence[Words] | None = None,
    loose: Sequence[LooseMatch | None] | None = None,
    keys: Sequence[str | None] | None = None,
) -> Cluster:
    """Report one cluster: main wording, diffs, speakers, sources and flags.

    ``texts`` are the occurrences' words when already cut, ``loose`` the evidence of those
    that joined as loose matches (None for the others), ``keys`` their speaker keys when
    already worked out (by default :func:`speaker_key` of each; all in the order of
    ``occurrences``).
    """
    if texts is None:
        texts = [words_of(occurrence.text) for occurrence in occurrences]
    if loose is None:
        loose = [None] * len(occurrences)
    if keys is None:
        keys = [speaker_key(occurrence.speaker) for occurrence in occurrences]
    quads = sorted(
        zip(occurrences, texts, loose, keys, strict=True),
        key=lambda item: (item[0].doc_index, item[0].start, item[0].end, item[0].quote_id or ""),
    )
    pairs = [(occurrence, w) for occurrence, w, _, _ in quads]
    matches = [match for _, _, match, _ in quads]
    ordered = [occurrence for occurrence, _ in pairs]
    words = [w for _, w in pairs]
    keys = [key for _, _, _, key in quads]
    # "Most common" counts documents, so a headline repeated in its own article does not win.
    documents_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    first_at: dict[tuple[str, ...], int] = {}
    for position, (occurrence, w) in enumerate(zip(ordered, words, strict=True)):
        documents_of[w.norm].add(occurrence.doc_id)
        first_at.setdefault(w.norm, position)
    # A quotation claims the speaker's words, a paraphrase does not: the main wording is quoted
    # wherever some report quotes the statement.
    quoted = {w.norm for occurrence, w in pairs if not _is_paraphrase(occurrence)}
    # A loose match is never the main wording: it is there for its meaning, not its words.
    strict = {w.norm for w, match in zip(words, matches, strict=True) if match is None}
    main_norm = max(
        documents_of,
        key=lambda norm: (
            norm in strict,
            norm in quoted,
            len(documents_of[norm]),
            len(norm),
            -first_at[norm],
        ),
    )
    main = words[first_at[main_norm]]
    keyed = [
        (key, _name_as_written(occurrence.speaker or ""), occurrence.doc_id)
        for occurrence, key in zip(ordered, keys, strict=True)
        if key is not None
    ]
    speakers, group_of = _group_speakers(keyed)
    reported: list[ReportedOccurrence] = []
    for occurrence, w, key, match in zip(ordered, words, keys, matches, strict=True):
        reported.append(
            ReportedOccurrence(
                occurrence=occurrence,
                speaker_key=key,
                speaker_group=group_of.get(key) if key is not None else None,
                is_main=w.norm == main_norm,
                changes=word_diff(main, w),
                loose_match=match,
            )
        )
    sources: list[tuple[str, str]] = []
    for occurrence in ordered:
        key = source_key(occurrence.source)
        if key is None or occurrence.source is None:
            continue
        # One channel named more or less fully (TASS, Russia's TASS news agency) is one source.
        same = next((n for n, (known, _) in enumerate(sources) if same_source(key, known)), None)
        if same is None:
            sources.append((key, occurrence.source))
        elif len(key) > len(sources[same][0]):
            sources[same] = (key, occurrence.source)
    _join_split_quotes(reported, words, main)
    # Words a paraphrase changes are how reported speech reads, not words put in the speaker's
    # mouth: they are listed, and only flag the statement as paraphrased.
    # Words dropped where an ellipsis marks the cut were cut openly: trimmed, not reworded; so
    # were words an editor changed in square brackets.
    # A loose match shares the meaning, not the words: its changes flag only a loose match.
    quoted_changes = [
        change
        for item in reported
        if not _is_paraphrase(item.occurrence) and item.loose_match is None
        for change in (item.changes if item.split_changes is None else item.split_changes)
    ]
    ops = {
        "trimmed" if (change.op == "dropped" and change.marked) or change.bracketed else change.op
        for change in quoted_changes
    }
    flags = []
    people = [key for key, _, _ in keyed if not is_organisation(key)]
    organisations = [key for key, _, _ in keyed if is_organisation(key)]
    if _speakers_disagree(people) or _speakers_disagree(organisations):
        flags.append(MISATTRIBUTED)
    if ops & {"added", "dropped", "changed"}:
        flags.append(REWORDED)
    if any(map(_changes_a_number, quoted_changes)):
        flags.append(NUMBERS_DIFFER)
    if len(sources) > 1:
        flags.append(SOURCE_DIFFERS)
    if people and organisations:
        flags.append(PERSON_OR_ORGANISATION)
    if ops & {"trimmed", "extended"}:
        flags.append(TRIMMED)
    if any(_is_paraphrase(occurrence) for occurrence in ordered):
        flags.append(PARAPHRASED)
    if any(match is not None for match in matches):
        flags.append(LOOSE_MATCH)
    outlets = {_outlet(occurrence) for occurrence in ordered}
    return Cluster(
        number=number,
        documents=len({occurrence.doc_id for occurrence in ordered}),
        main_text=ordered[first_at[main_norm]].text,
        main_count=len(documents_of[main_norm]),
        occurrences=reported,
        speakers=speakers,
        sources=[spelling for _, spelling in sources],
        flags=flags,
        outlets=None if None in outlets else len(outlets),
    )


def audit(
    occurrences: Sequence[Occurrence],
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    min_documents: int = DEFAULT_MIN_DOCUMENTS,
    min_loose_similarity: float | None = DEFAULT_MIN_LOOSE_SIMILARITY,
    evidence: CaseEvidence | None = None,
) -> AuditReport:
    """Cluster ``occurrences`` across documents and report clusters of ``min_documents`` or more.

    Versions no cluster took then join one as loose matches where the evidence allows
    (:func:`attach_loose_versions`, at ``min_loose_similarity``; None: no loose matches).
    Speakers are keyed by :func:`speaker_key`, refined by how the corpus writes their words when
    ``evidence`` (:class:`CaseEvidence`, as gathering gives it in ``Gathered.evidence``) is
    given.
    Clusters come most documents first, then by their first occurrence in corpus order; they are
    numbered from 1 in that order.
    """
    if not 0.0 < min_similarity <= 1.0:
        raise ValueError(f"min_similarity must be in (0, 1], not {min_similarity}")
    if min_loose_similarity is not None and not 0.0 < min_loose_similarity <= 1.0:
        raise ValueError(f"min_loose_similarity must be in (0, 1], not {min_loose_similarity}")
    with paused_gc():
        return _audit(occurrences, min_similarity, min_documents, min_loose_similarity, evidence)


_NOT_COMPARED = Words((), ())
"""Stands for a quote's words where it is not to be compared (no words: never clustered)."""


def _audit(
    occurrences: Sequence[Occurrence],
    min_similarity: float,
    min_documents: int,
    min_loose_similarity: float | None,
    evidence: CaseEvidence | None,
) -> AuditReport:
    texts = [words_of(occurrence.text) for occurrence in occurrences]
    key_of: dict[str | None, str | None] = {}
    for occurrence in occurrences:
        if occurrence.speaker not in key_of:
            key = speaker_key(occurrence.speaker)
            key_of[occurrence.speaker] = (
                key if evidence is None else evidence.refined_key(key, occurrence.speaker)
            )
    keys = [key_of[occurrence.speaker] for occurrence in occurrences]
    comparable = [
        _NOT_COMPARED
        if _is_paraphrase(occurrence) and len(words.norm) < MIN_INDIRECT_WORDS
        else words
        for occurrence, words in zip(occurrences, texts, strict=True)
    ]
    reported = [occurrence.quote_type in ("indirect", "mixed") for occurrence in occurrences]
    groups = cluster_words(comparable, min_similarity=min_similarity, reported=reported)
    compared = sum(len(group) for group in groups)
    loose: dict[int, LooseMatch] = {}
    if min_loose_similarity is not None:
        loose = attach_loose_versions(
            occurrences, texts, groups, min_similarity=min_loose_similarity, keys=keys
        )
    kept = [
        group
        for group in groups
        if len({occurrences[index].doc_id for index in group}) >= min_documents
    ]

    def order(group: list[int]) -> tuple[int, int, int, int]:
        head = min((occurrences[index] for index in group), key=lambda o: (o.doc_index, o.start))
        documents = len({occurrences[index].doc_id for index in group})
        return -documents, head.doc_index, head.start, head.end

    kept.sort(key=order)
    clusters = [
        describe_cluster(
            [occurrences[index] for index in group],
            number,
            [texts[index] for index in group],
            [loose.get(index) for index in group],
            [keys[index] for index in group],
        )
        for number, group in enumerate(kept, 1)
    ]
    return AuditReport(
        clusters=clusters,
        quotes=len(occurrences),
        compared=compared,
        min_similarity=min_similarity,
        min_documents=min_documents,
        min_loose_similarity=min_loose_similarity,
    )


# --- The terminal report ----------------------------------------------------------------------

CHANGE_WORDS = 12
"""Words of a long change shown before it is cut short."""

MAX_LISTED = 5
"""Other reports of one wording, speaker and source named before the rest are counted."""

QUOTE_WORDS = 60
"""Words of a long quote shown on the terminal before it is cut short in the middle (its word
changes are listed in full, and ``--json`` has the whole text)."""


def printable(text: str) -> str:
    """``text`` on one line with control characters made visible: data never drives the terminal.

    Line breaks and tabs become spaces; any other control character (an escape sequence's ESC,
    a carriage return) is shown as its ``\\x..`` code.
    """
    out = []
    for ch in text:
        if ch in "\n\t\u2028\u2029":
            out.append(" ")
        elif ch < " " or "\x7f" <= ch < "\xa0":
            out.append(ascii(ch)[1:-1])
        else:
            out.append(ch)
    return "".join(out)


def _shorten(words: str) -> str:
    parts = words.split()
    if len(parts) <= CHANGE_WORDS:
        return words
    return f"{' '.join(parts[: CHANGE_WORDS - 2])} … {' '.join(parts[-2:])} ({len(parts)} words)"


def shown_quote(text: str) -> str:
    """A quote's text on one line, a long one cut short in the middle with its length given: a
    speech quoted whole would otherwise fill the screen before its word changes."""
    parts = printable(text).split(" ")
    words = [part for part in parts if part]
    if len(words) <= QUOTE_WORDS:
        return printable(text)
    head, tail = QUOTE_WORDS - 12, 10
    return f"{' '.join(words[:head])} … {' '.join(words[-tail:])} ({len(words)} words)"


def describe_change(change: WordChange) -> str:
    """One change on one line, long runs of words cut short in the middle."""
    shown = replace(
        change, before=_shorten(printable(change.before)), after=_shorten(printable(change.after))
    )
    return str(shown)


def _place(reported: ReportedOccurrence) -> str:
    occurrence = reported.occurrence
    parts = [occurrence.doc_id]
    for value in (occurrence.outlet or occurrence.publisher, occurrence.date):
        if value:
            parts.append(value)
    return printable(" · ".join(parts))


def _where(entry: list[ReportedOccurrence]) -> str:
    """Where the entry's report ran: its document, outlet and date, its span (each part's, for a
    quote split in parts), and whether it is in indirect speech."""
    spans = ", ".join(f"{part.occurrence.start}:{part.occurrence.end}" for part in entry)
    where = _place(entry[0]) + f"  [{spans}]"
    if entry[0].occurrence.quote_type == "indirect":
        where += "  (indirect speech)"
    return where


def _entries(occurrences: list[ReportedOccurrence]) -> list[list[ReportedOccurrence]]:
    """The reports as the terminal shows them: the parts of a quote split around its attribution
    make one entry (the parts come one after the other, in corpus order)."""
    entries: list[list[ReportedOccurrence]] = []
    for reported in occurrences:
        part = reported.split_part
        if part is not None and part[0] > 1 and entries:
            entries[-1].append(reported)
        else:
            entries.append([reported])
    return entries


def _alike(
    entries: list[list[ReportedOccurrence]],
) -> dict[int, list[list[ReportedOccurrence]]]:
    """Entries grouped by what the report shows of them (wording, speaker, source as written,
    type), keyed by the position of the first of each group."""
    first_of: dict[tuple[object, ...], int] = {}
    groups: dict[int, list[list[ReportedOccurrence]]] = {}
    for position, entry in enumerate(entries):
        occurrence = entry[0].occurrence
        key = (
            tuple(words_of(part.occurrence.text).norm for part in entry),
            occurrence.speaker,
            occurrence.source,
            occurrence.quote_type,
        )
        first = first_of.setdefault(key, position)
        groups.setdefault(first, []).append(entry)
    return groups


def _who(reported: ReportedOccurrence, cluster: Cluster) -> str:
    occurrence = reported.occurrence
    if not occurrence.speaker:
        text = "no speaker named"
    elif reported.speaker_group is None:
        # A pronoun left unresolved or a bare title: shown as written, and marked, since it is
        # compared with no name (so it never makes a report misattributed).
        text = f"said by “{printable(occurrence.speaker)}” (names no one)"
    else:
        text = f"said by {printable(occurrence.speaker)}"
        if reported.speaker_key is not None and is_organisation(reported.speaker_key):
            text += " (organisation)"
    if occurrence.source:
        text += f", via {printable(occurrence.source)}"
    speakers = cluster.speakers
    # Only a clear majority makes a "main" speaker; on a tie each report just says its own.
    clear = len(speakers) > 1 and speakers[0].documents > speakers[1].documents
    differ = cluster.misattributed or PERSON_OR_ORGANISATION in cluster.flags
    if differ and clear and reported.speaker_group not in (None, 0):
        text += f"  ← most reports say {printable(speakers[0].name)}"
    return text


def render_cluster(cluster: Cluster, width: int = 100) -> str:
    """One cluster as indented lines: header, main wording, speakers, then every report."""
    lines: list[str] = []

    def add(text: str, indent: str, hanging: str = "") -> None:
        lines.extend(
            textwrap.wrap(
                text, width=width, initial_indent=indent, subsequent_indent=indent + hanging
            )
        )

    flags = " · ".join(cluster.flags) or "same words everywhere"
    documents = counted(cluster.documents, "document")
    if cluster.outlets is not None and cluster.outlets < cluster.documents:
        # Two stories of one outlet (an update, a reprint) are not two outlets reporting it.
        documents += f" ({counted(cluster.outlets, 'outlet')})"
    add(f"#{cluster.number}  {documents} · {flags}", "", "    ")
    add(
        f"{shown_quote(cluster.main_text)}  (main wording: {cluster.main_count} of "
        f"{counted(cluster.documents, 'document')})",
        "    ",
    )
    if cluster.speakers:
        speakers_named = ", ".join(
            f"{printable(group.name)} ({group.documents}"
            + (", organisation)" if group.organisation else ")")
            for group in cluster.speakers
        )
        if cluster.misattributed:
            verdict = "  ← disagree"
        elif PERSON_OR_ORGANISATION in cluster.flags:
            verdict = "  ← a person or their organisation"
        else:
            verdict = ""
        add(f"speakers: {speakers_named}{verdict}", "    ", "  ")
    if cluster.sources:
        add(f"sources: {', '.join(printable(s) for s in cluster.sources)}", "    ", "  ")
    # A story reprinted word for word by many outlets is one entry that lists them, not a page
    # per outlet: the JSON keeps every report.
    for entry, *alike in _alike(_entries(cluster.occurrences)).values():
        reported = entry[0]
        add(f"- {_where(entry)}", "    ", "  ")
        # The attribution between a split quote's parts often names the speaker for one part only.
        named = next((part for part in entry if part.speaker_key is not None), reported)
        add(_who(named, cluster), "        ", "  ")
        if reported.split_changes is not None:
            if reported.split_changes:
                add(" / ".join(shown_quote(part.occurrence.text) for part in entry), "        ")
            together = "; ".join(map(describe_change, reported.split_changes))
            add(
                f"quoted in {len(entry)} parts split by its attribution; together: "
                + (together or "the main wording"),
                "        ",
                "  ",
            )
        elif reported.loose_match is not None:
            # Its word changes would list most of its words: the evidence says more.
            add(shown_quote(reported.occurrence.text), "        ")
            add(printable(str(reported.loose_match)), "        ", "  ")
        elif not reported.is_main:
            add(shown_quote(reported.occurrence.text), "        ")
            for change in reported.changes:
                add(describe_change(change), "        ", "  ")
        if alike:
            listed = ", ".join(_place(other[0]) for other in alike[:MAX_LISTED])
            rest = len(alike) - MAX_LISTED
            more = f", and {rest} more (--json lists every one)" if rest > 0 else ""
            add(
                f"same words, speaker and source in {counted(len(alike), 'more report')}: "
                f"{listed}{more}",
                "        ",
                "  ",
            )
    return "\n".join(lines)


def render_report(report: AuditReport, width: int = 100) -> str:
    """The whole report for a terminal: misattributions first, then by size."""
    ordered = sorted(report.clusters, key=lambda cluster: not cluster.misattributed)
    shown = "" if report.found is None else f"{len(report.clusters)} shown of "
    found = report.found if report.found is not None else len(report.clusters)
    head = (
        f"{shown}{counted(found, 'statement')} reported by "
        f"{counted(report.min_documents, 'document')} or more "
        f"({report.compared} of {report.quotes} quotes compared, "
        f"similarity {report.min_similarity} or more)"
    )
    if not report.clusters:
        return textwrap.fill(head, width) + "\n"
    counts = {
        flag: sum(flag in cluster.flags for cluster in report.clusters)
        for flag in (MISATTRIBUTED, REWORDED, SOURCE_DIFFERS)
    }
    for flag in (NUMBERS_DIFFER, PERSON_OR_ORGANISATION):
        count = sum(flag in cluster.flags for cluster in report.clusters)
        if count:
            counts[flag] = count
    summary = ", ".join(f"{count} {flag}" for flag, count in counts.items())
    blocks = [textwrap.fill(head, width) + f"\n{summary}"]
    blocks += [render_cluster(cluster, width) for cluster in ordered]
    return "\n\n".join(blocks) + "\n"
