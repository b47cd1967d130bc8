"""Attributions in headlines written in title case (``Harbour Union Endorses Ada Lind``).

A headline in title case capitalises its verb, which the cue scans of the other stages (written
in lower case, a capital only where a sentence opens) never see, and it drops the articles and
the ``that`` those stages lean on. This stage reads such a line on its own: the words before the
first verb of speech or attribution are the speaker, the words after it, to the end of the
headline or a break in it, the content (see ``docs/guidelines.md``, "Headlines in title case").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from annotator.detect.attitudes import _EVIDENCE_SUBJECT_RE, ATTITUDE_SCORES, SPEECH_SCORE
from annotator.detect.attribution import Mention
from annotator.detect.document import Draft
from annotator.detect.lexicon import SPEECH_VERBS
from annotator.detect.names import in_headline
from annotator.detect.predicates import _CUES, PREDICATE_SCORES, SPEECH_CLASSES
from annotator.records import QuoteType

if TYPE_CHECKING:
    from annotator.detect.pipeline import _Detector

_ATTITUDE_VERBS: dict[str, str] = {}
"""Verb forms of the attitude classes that are no predicate cue (``wants``, ``backs``)."""
for _kind, _forms in (
    (
        "intention",
        "wants wanted want plans planned plan intends intend seeks sought seek "
        "refuses refused refuse declines declined decline",
    ),
    (
        "stance",
        "backs backed back supports supported support opposes opposed oppose "
        "defends defended defend rejects rejected reject blames blamed blame favors favored "
        "attacks attacked attack challenges challenged",
    ),
    ("evidence", "shows showed show finds found find"),
):
    for _form in _forms.split():
        _ATTITUDE_VERBS[_form] = _kind

_NOUN_OR_ACT_EVIDENCE: Final = frozenset("shows showed show finds found find".split())
"""Evidence verbs as often a noun (``Shows``) or a plain act (``Finds New Home``) in a headline:
evidence only after a poll or a study, or before ``That``."""
_MODIFIERS: Final = frozenset(
    "just finally now fully also still again quietly officially publicly openly formally "
    "won't won’t didn't didn’t doesn't doesn’t don't don’t can't can’t".split()
)
"""Words a headline puts between its subject and its verb (``Lind Just Endorsed``, ``Board
Won't Back``): part of the cue."""
_OPENERS: Final = frozenset("why how when where what after as while if breaking: watch:".split())
"""Words opening a headline before its subject (``Why Skippers Back Lind``)."""
_NOT_SUBJECT: Final = frozenset(
    "is are was were be been has have had will would can could should may might must do does "
    "did to".split()
)
"""Capitalised words that are verbs or ``To``: a subject holding one is a clause, not a name."""
_BREAK_RE: Final = re.compile(
    r"\s[–—-]\s|[–—-]\s|[;?!]\s|[.:]\s+(?=[A-Z‘“'\"])|,\s+(?=[A-Z][a-z]+\s+[A-Z])"
)
"""Where a headline's content ends: a dash, a sentence break or a second clause after a comma."""
_WORD_RE: Final = re.compile(r"\S+")
_TRAILING: Final = " .,;:!?"
_AGENT_ENDS: Final = frozenset(
    "before after in on at for over amid with during as while about".split()
)
"""Prepositions that end an agent's name in a headline (``By Police Before Dawn``)."""
_IRREGULAR_PAST: Final = frozenset("said told found sought thought wrote spoke".split())
"""Past forms of headline verbs that end in neither ``-s`` nor ``-ed``."""
_MAX_WORDS: Final = 24
"""Longer lines in title case are lists or captions, not headlines."""
_MAX_CHARS: Final = 240
"""Lines longer than this hold more than :data:`_MAX_WORDS` words of a headline."""


def _cue_at(words: list[str], index: int) -> tuple[int, str, float] | None:
    """The end (a word index) of the verb cue starting at ``words[index]``, its class and its
    score; None when no cue starts there. Longest predicate phrase first (``Sides With``)."""
    lowered = [word.lower().strip(_TRAILING) for word in words[index : index + 4]]
    for length in range(len(lowered), 0, -1):
        phrase = " ".join(lowered[:length])
        found = _CUES.get(phrase)
        if found is None:
            continue
        kind, frame = found
        if kind.startswith("noun") or frame == "lead":
            continue  # ``Claims``, ``Calls``: as often the noun in a headline
        if frame == "to" and (
            index + length >= len(words) or words[index + length].lower() != "to"
        ):
            return None  # ``Vows To Fight``: the frame needs its infinitive
        score = SPEECH_SCORE if kind in SPEECH_CLASSES else PREDICATE_SCORES[kind]
        return index + length, kind, score
    word = lowered[0]
    if word in SPEECH_VERBS and not word.endswith("ing"):
        return index + 1, "speech", SPEECH_SCORE
    attitude = _ATTITUDE_VERBS.get(word)
    if attitude is not None:
        if attitude == "intention" and (
            index + 1 >= len(words) or words[index + 1].lower() != "to"
        ):
            return None  # ``Plans``, ``Wants`` with no infinitive: often a noun
        return index + 1, attitude, ATTITUDE_SCORES[attitude]
    return None


def find_headline_attributions(detector: _Detector) -> set[int]:
    """Add a candidate for a headline in title case on a line of its own whose verb attributes
    (``Ada Lind Just Announced Her Run For Mayor``): speaker the words before, content the
    words after, up to a break; lines where another stage found anything are left alone.
    Returns the starts of the quote spans the new candidates hold."""
    text = detector.text
    found: list[tuple[int, int]] | None = None
    absorbed: set[int] = set()
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        start, end = line_start, line_end
        line_start = line_end + 1
        if end - start > _MAX_CHARS:
            continue  # a paragraph, tested for length before any word is read
        line = text[start:end]
        if not line.strip() or not line[:1].isupper() and not line.lstrip()[:1].isdigit():
            continue
        if line.count(" ") < 2 or not in_headline(text, start, end):
            continue
        words = [(word.start() + start, word.group()) for word in _WORD_RE.finditer(line)]
        if not 3 <= len(words) <= _MAX_WORDS:
            continue
        if found is None:
            # Built for the first headline only: most documents have none or one.
            found = [(d.start, d.end) for d in detector.drafts if d.score >= 0.5]
        if any(a < end and b > start for a, b in found):
            continue
        draft = _headline_draft(text, words, end)
        if draft is None:
            continue
        (subject_start, subject_end), (cue_start, cue_end), (content_start, content_end) = draft[:3]
        score, kind = draft[3], draft[4]
        candidate = Draft(content_start, content_end, QuoteType.INDIRECT, score)
        cue = Mention(text[cue_start:cue_end], cue_start, cue_end)
        subject = Mention(text[subject_start:subject_end], subject_start, subject_end)
        candidate.cue, candidate.standalone = cue, False
        if kind == "charge":
            # ``Kral Accused Of Fraud``: a passive with its ``is`` dropped; the subject is a
            # fragment of what is held against it, held by no one named.
            fragment = Draft(subject_start, subject_end, QuoteType.INDIRECT, score)
            fragment.cue, fragment.standalone = cue, False
            detector.drafts.append(fragment)
        else:
            candidate.speaker = subject
            if " " not in subject.text:
                # ``Mayor Vows To ...``: the headline's own words after a bare title are no
                # name of the person it stands for.
                candidate.resolved = subject.text
        inside = detector.span_starts_within(content_start, content_end)
        quoted_end = _quote_before_circumstance(detector, content_start, content_end)
        if quoted_end is not None:
            # ``Mayor Says "We Will Rebuild" After Flood``: the words after the closing mark
            # say when or where, as ``after the flood`` does in a sentence; the quote alone is
            # what was said.
            candidate.end, candidate.type = quoted_end, QuoteType.DIRECT
            absorbed.add(content_start)
        elif inside:
            candidate.type = QuoteType.MIXED
            absorbed.update(inside)
        detector.drafts.append(candidate)
    return absorbed


def _quote_before_circumstance(
    detector: _Detector, content_start: int, content_end: int
) -> int | None:
    """The end of the quote span opening a headline's content when a preposition of time or
    place follows its closing mark (``"We Will Rebuild" After Flood``), else None."""
    inside = detector.span_starts_within(content_start, content_end)
    if not inside or inside[0] != content_start:
        return None
    quote_end = next(span.end for span in detector.spans if span.start == content_start)
    return quote_end if circumstance_follows(detector.text, quote_end) else None


_CAPITALISED_WORD_RE: Final = re.compile(r"[ \t]+([A-Z][A-Za-z]*)\b")


def circumstance_follows(text: str, end: int) -> bool:
    """Whether a capitalised preposition of time or place (``After``, ``AMID``) follows
    ``end``: in a headline, the circumstance of what the words before it say."""
    word = _CAPITALISED_WORD_RE.match(text, end)
    return word is not None and word.group(1).lower() in _AGENT_ENDS


def _headline_draft(
    text: str, words: list[tuple[int, str]], line_end: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], float, str] | None:
    """The subject, cue and content spans of the headline ``words``, its score and the cue's
    class (``passive`` for a participle and its agent: the speaker is then the agent and the
    content the subject), or None."""
    tokens = [word for _, word in words]
    first = 1 if tokens[0].lower() in _OPENERS else 0
    for index in range(first + 1, len(tokens)):
        cue_index = index
        while cue_index < len(tokens) - 1 and tokens[cue_index].lower() in _MODIFIERS:
            cue_index += 1
        cue = _cue_at(tokens, cue_index)
        if cue is None:
            if tokens[index].lower() in _NOT_SUBJECT or not tokens[index][:1].isupper():
                if tokens[index][:1].islower() and len(tokens[index]) <= 4:
                    continue  # ``of``, ``and``: inside the subject's name
                return None  # ``Board Will Run Ads``: another verb first
            continue
        if not _is_subject(tokens[first:index], tokens[cue_index]):
            return None
        cue_end_index, kind, score = cue
        if cue_end_index >= len(tokens):
            return None
        if (
            tokens[cue_index].lower().strip(_TRAILING) in _NOUN_OR_ACT_EVIDENCE
            and tokens[cue_end_index].lower() != "that"
            and _EVIDENCE_SUBJECT_RE.search(" ".join(tokens[first:index])) is None
        ):
            # ``Cinema Shows Coming In May``, ``Bakery Finds New Home``: with no poll or study
            # before it and no ``That`` after, ``Shows`` is a noun and ``Finds`` a plain act.
            return None
        subject_span = (words[first][0], words[index - 1][0] + len(tokens[index - 1]))
        cue_start = words[index][0]
        cue_end = words[cue_end_index - 1][0] + len(tokens[cue_end_index - 1].rstrip(_TRAILING))
        if tokens[cue_end_index] == "By" and tokens[cue_end_index - 1].lower().endswith("ed"):
            # ``Skipper Named By Coastguard``: a passive with its ``is`` dropped; the agent speaks
            # and the subject is what is attributed.
            agent = _content_end(text, words, tokens, cue_end_index + 1, line_end)
            if agent is None:
                return None
            for after in range(cue_end_index + 2, len(tokens)):
                if words[after][0] < agent[1] and tokens[after].lower() in _AGENT_ENDS:
                    agent = (agent[0], words[after][0] - 1)  # ``By Police Before ...``
                    break
            return (agent, (cue_start, cue_end), subject_span, score, "passive")
        content = _content_end(text, words, tokens, cue_end_index, line_end)
        if content is None:
            return None
        return (subject_span, (cue_start, cue_end), content, score, kind)
    return None


_PREPOSITIONS: Final = frozenset("by of in on for with at to from about against into over".split())
"""Prepositions, which a headline in title case or in capitals writes with a capital."""


def _is_subject(subject: list[str], verb: str) -> bool:
    """Whether the words before a headline's verb are its subject (``Harbour Union``, ``New
    Polls``): no verb, modifier, break or clause opener among them, not ending in a possessive
    or a function word (``Kral's Attacks``, ``Rally in Support``: the cue is a noun there), and,
    before a verb's base form, a plural (``Skippers Back``, but ``Ferry Order``: a noun)."""
    if not subject or len(subject) > 8:
        return False
    for word in subject:
        lowered = word.lower()
        if (
            lowered in _NOT_SUBJECT
            or lowered in _MODIFIERS
            or lowered in _OPENERS
            or word.rstrip(_TRAILING) != word
        ):
            return False
    last = subject[-1]
    if not (last[:1].isupper() or last[:1].isdigit()) or last.endswith(("’s", "'s", "’", "'")):
        return False
    if last.lower() in _PREPOSITIONS:
        # ``Media Briefing By Press Officer Ada Lind``: a preposition, capitalised as every
        # word of the headline is, ends no subject; the word after it is no verb.
        return False
    lowered_verb = verb.lower()
    if not lowered_verb.endswith(("s", "ed")) and lowered_verb not in _IRREGULAR_PAST:
        return last.endswith("s") and not last.endswith("ss")
    return True


def _content_end(
    text: str, words: list[tuple[int, str]], tokens: list[str], index: int, line_end: int
) -> tuple[int, int] | None:
    """The span from ``words[index]`` to the end of the headline or its first break (a dash, a
    sentence break, a second verb after ``And``), or None when too short."""
    start = words[index][0]
    stop = _BREAK_RE.search(text, start, line_end)
    end = stop.start() if stop is not None else line_end
    for after in range(index + 1, len(tokens) - 1):
        if tokens[after] in ("And", "But", "and", "but") and _cue_at(tokens, after + 1):
            # ``Kral Backs Lind And Denounces The Board``: a second verb of the subject's own
            # ends the content of the first.
            end = min(end, words[after][0] - 1)
            break
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return (start, end) if end - start >= 3 else None
