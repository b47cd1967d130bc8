"""Block quotes (indented or introduced paragraphs, letters) and the labelled lines of
transcripts (``find_blocks``, ``find_labelled_lines``).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from annotator.detect.attribution import (
    CUE_RE,
    Mention,
    Source,
    find_source,
    subject_after,
    subject_before,
)
from annotator.detect.direct import DirectQuoteFinder, _ending_pattern, _ends_with
from annotator.detect.document import Draft
from annotator.detect.lexicon import HEADLINE_CUES
from annotator.detect.names import looks_like_person
from annotator.detect.reported import _READER_AND_AUTHOR
from annotator.detect.subjects import _SECTION_LABEL_RE
from annotator.records import QuoteType, SourceKind

_NOUN_CUE_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:in|on|at|of|by|with)(?:\s+[a-z]+)?|the|a|an|his|her|their|its|our)\s+$"
)
"""Words before a cue word in a block's introduction that make it a noun (``describes the
record in blunt terms:``, ``gave a statement:``); the verb before it introduces the block."""
_CATAPHORIC_RE: Final = re.compile(
    r"(?i:\b(?:following|this|these|thus|below|statement|message|words|remarks?|post|tweet)\b)"
)
"""Words of an object that points ahead to the block it introduces (``wrote the following``)."""
_FOLLOWING_THINGS_RE: Final = re.compile(r"\bthe\s+following\s+(?P<noun>[a-z]+)\s*:\s*$")
"""``the following`` and a noun closing a block's introduction: what the block lists."""
_WORDS_LISTED_RE: Final = re.compile(
    r"statements?|remarks?|comments?|words|messages?|questions?|answers?|points?|repl(?:y|ies)|"
    r"responses?|explanations?|passages?|lines|quotes?|posts?|tweets?|text|letters?|notes?|"
    r"emails?|warnings?|advice|accounts?|descriptions?|excerpts?|extracts?|summary|testimony|"
    r"declaration|message|memo|appeal|plea|tribute|apology|announcement|update"
)
"""Nouns of words said or written: after ``the following`` they introduce someone's words."""
_LABEL_RE: Final = re.compile(
    # ``The Hon. ADA LIND``, ``The PRESIDENT``: a record of a parliament's honorific and article
    r"[ \t]*(?:The[ \t]+(?=Hon\b|[A-Z]{2}))?(?:Hon\.?[ \t]+)?"
    # ``Q41 Chair:``: a committee's record numbers each question before its asker's label
    r"(?:Q\d+[ \t]+)?(?!Q\d+[ \t])"
    # ``LYNX 42``, ``UNIT 7``: a callsign's number closes the label
    r"(?P<label>(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*(?:[ \t]+\d{1,4}(?=[ \t]*:))?)"
    # ``JEROME PASK, RIVERTON RESIDENT``: a news channel's transcript gives a role in capitals
    r"(?:,[ \t]+(?P<role>[A-Z][A-Z.’'\-]*(?:[ \t]+[A-Z][A-Z.’'\-]*){0,5}))?"
    # ``HOST (ADA LIND)``, ``ADA LIND (Northern Province) (14:32)``: a name, a seat, a time
    r"(?:[ \t]+\((?P<paren>[^()\n]{1,40})\))?(?:[ \t]+\([^()\n]{1,40}\))?"
    r":[ \t]+(?=\S)"
)
"""A speaker label opening a line (``Ada Moss: ...``, ``KRAL: ...``)."""
_CHAIR_NAMED_RE: Final = re.compile(
    r"\b(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3})[ \t]+"
    r"\((?P<role>Chair|Chairman|Chairwoman|Convener|Convenor)\)"
)
"""A member named with the chair she holds in parentheses (``Members present: Helen Marchbank
(Chair); ...``), as a committee's record lists them: the person its ``Chair:`` labels."""
_STAGE_NOTE_RE: Final = re.compile(r"[(\[][a-z][^()\[\]\n]{0,30}[)\]][ \t]+")
"""A stage note in lower case opening a transcript's line (``(laughs)``, ``[sighs]``)."""
_ROLE_LABELS: Final = frozenset(
    "host presenter anchor guest interviewer moderator narrator".split()
)
"""Labels of a role whose holder's name may follow in parentheses (``HOST (ADA LIND):``)."""


def _label_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the speaker's label stands in a ``_LABEL_RE`` match: the name in parentheses after
    a role in capitals (``HOST (ADA LIND)``), else the label."""
    paren = match.group("paren")
    if (
        paren is not None
        and paren.isupper()
        and match.group("label").lower() in _ROLE_LABELS
        # ``HOST (KOFI ANSAH-MENSAH)``, ``(ADA O'NEILL)``: hyphens and apostrophes join names
        and all(_NAME_JOINERS_RE.sub("", word).isalpha() for word in paren.split())
    ):
        return match.span("paren")
    return match.span("label")


_NAME_JOINERS_RE: Final = re.compile(r"[-’']")
"""Marks that join the parts of a name (``ANSAH-MENSAH``, ``O'NEILL``)."""
_LABEL_TIME_RE: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?")
"""A time of day in parentheses after a speaker's label (``Lind (14:02):``)."""
_NOT_LABELS: Final = frozenset(
    "update note photo photos video watch read related correction clarification editor’s "
    "editor's source sources credit breaking exclusive opinion analysis review live "
    "transcript warning caution disclaimer advertisement sign q a question earlier previously "
    "background context developing recap timeline talk roundup digest sketch profile "
    "explainer preview obituary editorial comment feature interview letters chyron graphic "
    "caption claim rating verdict check clip clips duration dur sot actuality slug by "
    "matters".split()
)
"""Labels that introduce no speaker (``EARLIER:`` and ``UPDATE:`` mark the parts of a wire
story updated through the day; ``Sketch:``, ``Explainer:`` name the kind of piece; ``CHYRON:``
is the caption of a news channel's transcript; ``CLAIM:``, ``RATING:`` and ``Fact Check:`` the
parts of a fact check; ``CLIP:``, ``DURATION:``, ``READ BY:`` and ``SOT:`` the fields of a
broadcast script, where the name after ``CLIP:`` is whose sound the clip holds;
``MONEY MATTERS:``, ``HEALTH MATTERS:`` name a regular column)."""
_NAMED_EVENT_HEADS: Final = frozenset(
    "storm hurricane typhoon cyclone tropical wildfire operation".split()
)
"""First words of a named event's label (``Storm Orla:``, ``Hurricane Vela:``, ``Operation
Kestrel:``): a kicker naming what the story is about, never a person who speaks."""
_SECTION_OPENERS: Final = frozenset(
    "from in on at for with by inside behind around after before our my your".split()
)
"""First words of a section's name in a label (``FROM OUR ARCHIVE:``, ``IN BRIEF:``)."""
_QUESTION_WORDS: Final = frozenset("what how why where when who".split())
"""Question words, which open a section's name of several words (``WHAT THEY SAID:``)."""


_OPEN_INTRO_ENDINGS: Final = ("that", ",", "view", "wrote", "said", "declared", "warned")
"""How a line that introduces a block quote without a colon ends (``wrote that, in his view``)."""
_OPEN_INTRO_RE: Final = _ending_pattern(_OPEN_INTRO_ENDINGS)
_LINE_RE: Final = re.compile(r"^[^\n]*\S", re.MULTILINE)
"""A line holding more than spaces, up to its last non-space character."""


def _opens_block(intro: str) -> bool:
    """True when ``intro`` (a line without its trailing spaces) may introduce a block quote."""
    return intro.endswith(":") or _ends_with(intro, _OPEN_INTRO_ENDINGS, _OPEN_INTRO_RE)


_LIST_ITEM_RE: Final = re.compile(r"(?:\d+|[a-z]|[•*\-–])[.)]?\s")
_LABELLED_ITEM_RE: Final = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}: [A-Z]")
"""A paragraph opening with a heading of a few words in sentence case and a colon (``Harbour
fees: Kral said ...``): an item of a list the line before introduces, not a block quote."""
_FOOTNOTE_RE: Final = re.compile(r"\s*(?:\[\d+\])+\s*$")


_SPOKEN_PERSON_RE: Final = re.compile(r"\b(?:I|I’m|I'm|[Mm]y|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")
"""Words of the first or second person: a paragraph holding them may be someone's speech."""


_SALUTATION_RE: Final = re.compile(r"Dear [^\n,]{1,60},")
"""A letter's salutation on a line of its own (``Dear Members of the Board,``)."""
_LETTER_CLOSING_RE: Final = re.compile(
    r"^(?:Yours(?: (?:faithfully|sincerely|truly))?|(?:Very )?(?:Sincerely|Respectfully)"
    r"(?: yours)?|(?:With )?(?:Best |Kind |Warm )?[Rr]egards|With respect),?[ \t]*$",
    re.MULTILINE,
)
"""A letter's closing on a line of its own (``Yours faithfully,``, ``Kind regards,``)."""
_SIGNATURE_RE: Final = re.compile(
    r"\s*\n[ \t]*(?P<name>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)"
)
"""The writer's name on the line under a letter's closing."""
_DOCUMENT_READS_RE: Final = re.compile(r"\s+(?P<verb>reads|read|runs|ran)\b")
"""A verb after a document's noun that introduces its words (``The letter reads:``)."""
_DOCUMENT_PHRASE_RE: Final = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+|(?:[A-Z][\w\-]*\s+){0,3}[\w\-]+[’']s\s+)"
    r"(?:[\w\-]+\s+){0,2}[\w\-]+$"
)
"""The document's noun phrase, its determiner or possessor first (``The full letter``)."""
_REMARK_RE: Final = re.compile(
    r"\b(?:analysis|remarks?|statement|comments?|words|summary|view|argument|message|speech|"
    r"testimony|letter|declaration|post|tweet|note|memo|as follows|the following)\b"
)


_LABELS_SCANNED: Final = 8
"""How many transcript labels' surnames are looked for by a scan of the text each, before one
pass indexes every word's spelling: a scan is cheaper for a few speakers, quadratic for many."""

_WORD_RUN_RE: Final = re.compile(r"\w+")
"""A run of word characters, as ``\\b`` bounds one."""


def _mixed_case_spelling(text: str, surname: str) -> str | None:
    """How ``text`` first writes ``surname`` (written in capitals) as a word in mixed case
    (``Brandt`` for ``BRANDT``); None when it never does."""
    pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    for match in pattern.finditer(text):
        if match.group()[:1].isupper() and not match.group().isupper():
            return match.group()
    return None


def _mixed_case_spellings(text: str) -> dict[str, str]:
    """:func:`_mixed_case_spelling` of every word of ``text`` at once, by the word in lower
    case."""
    spellings: dict[str, str] = {}
    for word in _WORD_RUN_RE.findall(text):
        if word[:1].isupper() and not word.isupper():
            spellings.setdefault(word.lower(), word)
    return spellings


class BlockQuoteFinder(DirectQuoteFinder):
    """The layer that adds to ``DirectQuoteFinder``. Block quotes (indented or introduced
    paragraphs, letters) and the labelled lines of transcripts (``find_blocks``,
    ``find_labelled_lines``)."""

    def find_blocks(self) -> None:
        """Block quotes: a paragraph without marks after a line that introduces a remark.

        The introducing line ends in a colon, or stops mid-sentence after a cue (``wrote that,
        in his view``); its last sentence must hold a cue or name a remark (``analysis:``).
        A block holding quoted fragments is a paraphrased summary: a mixed quote.
        """
        text = self.text
        intro_start, intro_end = -1, -1
        opens = False
        letter_end = -1
        """Where a letter quoted in full ends: its lines are the letter's, none an intro."""
        # Non-empty lines, each to its last non-space character, found by the regex engine: only
        # a line after one that may introduce a block is looked at in Python.
        for match in _LINE_RE.finditer(text):
            start, last = match.span()
            if start < letter_end:
                continue
            if opens and text.endswith(":", 0, intro_end):
                letter_end = self.letter_at(start, last, intro_start, intro_end)
                if letter_end >= 0:
                    opens = False
                    continue
            if opens:
                end = text.find("\n", last)
                self.block_at(
                    start, text[start : end if end >= 0 else len(text)], intro_start, intro_end
                )
            intro_start, intro_end = start, last
            opens = _opens_block(text[start:last])

    def letter_at(self, start: int, last: int, intro_start: int, intro_end: int) -> int:
        """Add a letter quoted in full after the line that introduces it (``The letter reads
        in full:``): its salutation on the line at ``start`` (``Dear Members of the Board,``),
        each paragraph of its body a block quote, up to its closing (``Yours faithfully,``)
        and the signature under it, the writer, who speaks when the intro names no one.
        Returns where the letter ends, or -1 when the line opens none."""
        text = self.text
        if _SALUTATION_RE.fullmatch(text, start, last) is None:
            return -1
        closing = _LETTER_CLOSING_RE.search(text, last, last + 4000)
        if closing is None:
            return -1
        signature = _SIGNATURE_RE.match(text, closing.end())
        signer = None
        if signature is not None:
            signer = Mention(
                signature.group("name"), signature.start("name"), signature.end("name")
            )
        body_end = closing.start()
        for line in _LINE_RE.finditer(text, last + 1, body_end):
            self.block_at(line.start(), line.group(), intro_start, intro_end)
            # ``block_at`` appends the block last (after dropping the drafts inside it)
            block = self.drafts[-1] if self.drafts else None
            if block is not None and block.start == line.start() and block.speaker is None:
                block.speaker = signer
        return signature.end() if signature is not None else closing.end()

    def names_own_content(self, draft: Draft, intro_end: int) -> bool:
        """True when the object of the cue that introduces a block is content of its own.

        ``noted the thin crowd:`` reports what was noted, and the block after it is the
        evidence; ``wrote the following:``, ``posted this statement:`` or a bare ``said:`` point
        ahead to the block, which is the only quote.
        """
        if (
            draft.end > intro_end
            or draft.type is not QuoteType.INDIRECT
            or not self.text.endswith(":", 0, intro_end)
        ):
            return False  # ``wrote that, in her view`` then the block: the block is the content
        content = self.text[draft.start : draft.end]
        return len(content.split()) >= 3 and _CATAPHORIC_RE.search(content) is None

    def block_at(self, start: int, line: str, intro_start: int, intro_end: int) -> None:
        """Add the block quote on ``line`` (at ``start``) if the line before introduces it."""
        text = self.text
        intro = text[intro_start:intro_end]
        stripped = line.strip()
        if (
            len(stripped) < 60
            or stripped[0] in "\"“‘'«"
            or stripped.endswith(":")
            or _LIST_ITEM_RE.match(stripped)
            or _LABELLED_ITEM_RE.match(stripped)
            # ``ADA MOSS: ...`` after ``transcript as follows:``: a transcript's turn, the
            # labelled speaker's (read with the transcript), not one block of the intro's
            or _SECTION_LABEL_RE.match(stripped)
            or not intro
        ):
            return
        if not _opens_block(intro):
            return
        colon = intro.endswith(":")
        listed = _FOLLOWING_THINGS_RE.search(intro)
        if listed is not None and not _WORDS_LISTED_RE.fullmatch(listed.group("noun")):
            # ``reports the following incidents:``, ``released the following details:``: a
            # list of events or facts follows, in the author's layout, and no one's words.
            return
        sent_start = max(intro_start, self.layout.sentence_start(intro_end - 1))
        cue = noun_cue = None
        for match in CUE_RE.finditer(text, sent_start, intro_end):
            if self.span_at(match.start()) is not None:
                continue
            if _NOUN_CUE_BEFORE_RE.search(text, max(sent_start, match.start() - 30), match.start()):
                noun_cue = match  # ``had a warning:``: the cue when no verb is one
            else:
                cue = match
        cue = cue or noun_cue
        tagged = None
        if cue is None and colon and _SPOKEN_PERSON_RE.search(line) is not None:
            # A verb of any sense may close the intro (``Lind engaged:``); what follows is
            # speech only when it speaks as I, we or you.
            tagged = self.colon_verb(sent_start, intro_end)
        if (
            cue is None
            and tagged is None
            and not (colon and _REMARK_RE.search(text, sent_start, intro_end))
        ):
            return
        lead = len(line) - len(line.lstrip())
        q_start = start + lead
        q_end = start + len(line.rstrip())
        footnote = _FOOTNOTE_RE.search(text, q_start, q_end)
        if footnote is not None:
            q_end = footnote.start()
        if self.span_at(q_start) is not None:
            return
        draft = Draft(q_start, q_end, QuoteType.DIRECT, 0.75)
        if any(q_start <= span.start < q_end for span in self.spans):
            draft.type = QuoteType.MIXED
        # Reported speech inside the block is part of the quote, and the cue that introduces
        # the block must not also make a quote of the introducing line's tail.
        cue_at = cue.start() if cue is not None else -1
        self.drafts = [
            d
            for d in self.drafts
            if not q_start <= d.start < q_end
            and (d.cue is None or d.cue.start != cue_at or self.names_own_content(d, intro_end))
        ]
        if cue is not None:
            draft.cue = Mention(cue.group(), cue.start(), cue.end())
            draft.speaker = (
                subject_before(text, cue.start(), sent_start)
                or subject_after(text, cue.end(), intro_end)
                or self.sentence_subject(sent_start, cue.start())
            )
        elif tagged is not None:
            draft.speaker, draft.cue = tagged[0], tagged[1]
        else:
            remark = _REMARK_RE.search(text, sent_start, intro_end)
            if remark is not None:
                draft.cue = Mention(remark.group(), remark.start(), remark.end())
                reads = _DOCUMENT_READS_RE.match(text, remark.end(), intro_end)
                if reads is not None:
                    # ``The letter reads in full:``: the verb introduces the block, as a verb of
                    # the intro does, and the document it reads from is the channel.
                    verb = reads.start("verb")
                    draft.cue = Mention(reads.group("verb"), verb, reads.end("verb"))
                    phrase = _DOCUMENT_PHRASE_RE.search(text, sent_start, remark.end())
                    if phrase is not None:
                        draft.source = Source(
                            phrase.group(), SourceKind.PUBLICATION, phrase.start(), phrase.end()
                        )
        if draft.speaker is None:
            found = self.colon_subject(sent_start, intro_end)
            if found is not None and found[0].text.lower() not in ("here", "this", "that"):
                draft.speaker = found[0]
        if draft.speaker is None:
            # ``Here's a summary of the remarks:``: the latest speaker of the intro paragraph.
            for other in reversed(self.drafts):
                if other.speaker is not None and intro_start <= other.start < intro_end:
                    draft.speaker, draft.resolved = other.speaker, other.resolved
                    break
        draft.source = find_source(text, sent_start, intro_end) or draft.source
        self.drafts.append(draft)

    @staticmethod
    def callsign(label: str, labels: list[str]) -> bool:
        """Whether ``label``, ending in a number, is a callsign taking turns with other
        speakers (``LYNX 42:`` twice between ``HOST:`` lines), not a numbered part of a script
        (``PART 3:``, ``STORY 2:``, each once): it labels two lines or more, and a label with
        no number labels another."""
        return (
            label.isupper()
            and labels.count(label) > 1
            and any(
                other != label and other.isupper() and not other[-1:].isdigit() for other in labels
            )
        )

    def find_labelled_lines(self) -> None:
        """``Kral: I Stand By The Plan`` as a headline, ``KRAL: Honestly, ...`` in a
        transcript: a line opening with a speaker label and a colon is what that speaker said.

        Only the first line of the document (its headline) and labels in capitals (a transcript)
        count, so that ``Update:`` or ``Photo:`` inside the text are not taken for speakers;
        and labels in mixed case that name people when two speakers at least take turns, one of
        them on two lines or more (a transcript written ``Ada Moss: ...``, ``Ivo Kral: ...``,
        ``Moss: ...``: a surname alone once the full name labelled a line).
        """
        text = self.text
        line_starts = self.layout.line_starts
        # A label's colon stands on its line (the pattern crosses no line feed): a line with no
        # colon, as most of an article's paragraphs, is not tried.
        line_ends = [*line_starts[1:], len(text)]
        labelled = [
            (index, match)
            for index, start in enumerate(line_starts)
            if text.find(":", start, line_ends[index]) >= 0
            and (match := _LABEL_RE.match(text, start)) is not None
        ]
        if not labelled:
            return
        labels = [text[slice(*_label_span(match))] for _, match in labelled]
        chairs = {
            found.group("role"): found.group("name") for found in _CHAIR_NAMED_RE.finditer(text)
        }
        people = {
            label
            for label in labels
            if not label.isupper() and (looks_like_person(label) or label in chairs)
        }
        surnames_of_people = {label.split()[-1] for label in people}
        named = [
            label
            for label in labels
            if label in people or label in surnames_of_people  # ``Moss:`` after ``Ada Moss:``
        ]
        surnames = [label.split()[-1] for label in named]
        # Speakers who take turns: two at least, one of them heard twice; a list of places or
        # a publication's questions (``Skerry Gazette:``) name no person.
        transcript = len(set(surnames)) >= 2 and len(surnames) > len(set(surnames))
        taken = [(d.start, d.end) for d in self.drafts if d.score >= 0.5]
        # ``Q:`` and ``A:`` of an interview are no speakers' labels: with them alone after a
        # headline's label (``MONEY MATTERS: ...``), the headline opens no turn.
        speakers_labels = sum(
            1 for label in labels if label.isupper() and len(label) > 1 or label in named
        )
        turn: tuple[Mention, Mention] | None = None
        """The speaker and the colon of the latest labelled turn of a transcript."""
        unlabelled: list[tuple[int, Mention, Mention]] = []
        """Lines after a labelled turn and before the next, with that turn's speaker and cue."""
        label_at = dict(labelled)
        # A name in mixed case opening two lines or more (``Colin Baptiste: ...``) labels an
        # interview's answers as capitals label a transcript's lines.
        repeated = Counter(labels)
        for index, start in enumerate(self.layout.line_starts):
            match = label_at.get(index)
            if match is None:
                if turn is not None and text[start : start + 1] not in ("\n", ""):
                    unlabelled.append((start, *turn))
                continue
            label_start, label_end = _label_span(match)
            label = text[label_start:label_end]
            colon = text.rfind(":", label_end, match.end())
            capitals_line = label.isupper() and len(label) > 1
            if (
                index > 0
                and not capitals_line
                and not (transcript and label in named)
                and not (repeated[label] > 1 and " " in label and looks_like_person(label))
            ):
                continue
            if (
                not capitals_line
                and match.group("paren") is not None
                and not looks_like_person(label)
                and not (transcript and label in named)
                and _LABEL_TIME_RE.fullmatch(match.group("paren")) is None
            ):
                # ``Revenue (2024):``, ``Ingredients (Serves Four):``: a heading and its
                # qualifier; after a speaker the parentheses hold a seat or a time of day
                # (``Ada Lind (Harbour Party):``, ``Lind (14:02):``).
                continue
            last = label.lower().rstrip(".").split()[-1]
            if last in _NOT_LABELS or last.isdigit() and not self.callsign(label, labels):
                # ``FILM REVIEW:``, ``EDITOR'S NOTE:``: a section's name ends in the word;
                # ``STORY 2:``, ``PART 3:``: a numbered part of a script or a series.
                continue
            opener = label.split(None, 1)[0].lower()
            if opener in _NAMED_EVENT_HEADS and " " in label:
                continue  # ``Storm Orla: Coast roads closed``: the story's kicker, no speaker
            if opener in _SECTION_OPENERS or opener in _QUESTION_WORDS and " " in label:
                # ``FROM OUR ARCHIVE:``, ``IN BRIEF:``, ``WHAT THEY SAID:``: a preposition, a
                # possessive or a question word opens a section's name; no person's label
                # opens so (``WHO:`` alone may be a body's name).
                continue
            end = self.layout.paragraph(start)[1]
            note = _STAGE_NOTE_RE.match(text, match.end(), end)
            # ``FAHY: (laughs) Well, ...``: a stage note, not words of the speaker
            q_start, q_end = self.trim(match.end() if note is None else note.end(), end)
            if (
                capitals_line
                and self.colon_dateline(start, end) is not None
                and any(
                    q_start <= d.start < q_end
                    # An attitude counts as speech does (``KARVELL: ... after the chair
                    # refused to allow a reply``): the line reports someone else.
                    and d.score >= 0.5
                    and d.speaker is not None
                    and d.speaker.text.lower() not in _READER_AND_AUTHOR
                    for d in self.drafts
                )
            ):
                # ``RAMPUR NAGAR: The civic body will ..., the mayor said``: a dateline, its
                # line reported by someone else (``KRAL: Honestly, ...`` stays a label).
                continue
            if (capitals_line or index > 0) and (index > 0 or speakers_labels > 1):
                # A paragraph without a label between two turns goes on with the turn before
                # (a headline's label alone opens no turn: ``HARBOUR DAILY: ...``, then the
                # newsletter's own ``Good morning. Here is what we are watching.``).
                self.continue_turns(unlabelled, taken)
                unlabelled = []
                turn = (
                    Mention(
                        self.label_name(label) if capitals_line else chairs.get(label, label),
                        label_start,
                        label_end,
                    ),
                    Mention(":", colon, colon + 1),
                )
            if len(text[q_start:q_end].split()) < 3:
                continue
            if index == 0 and not capitals_line and _headline_with_own_subject(text[q_start:q_end]):
                continue  # ``Harbour Row: Marisol Quenby Slams Plan``: a kicker, no speaker
            capitals = index > 0
            if any(
                s < q_end
                and q_start < e
                # In a transcript the line is the labelled speaker's, whatever cue stands
                # inside it (``BRANDT: ... officers responded to reports ...``, ``MAYOR LESTER:
                # If I may add, ...``): only a draft across its edges takes it.
                and not (capitals and q_start <= s and e <= q_end)
                for s, e in taken
            ):
                continue
            inner = [span for span in self.spans if q_start <= span.start < q_end]
            if len(inner) == 1 and inner[0].start == q_start and inner[0].end >= q_end - 1:
                continue  # a direct quote after its label: attributed by ``find_direct``
            draft = Draft(q_start, q_end, QuoteType.MIXED if inner else QuoteType.INDIRECT, 0.6)
            draft.speaker = Mention(
                self.label_name(label)
                if capitals and label.isupper() and len(label) > 1
                else chairs.get(label, label),
                label_start,
                label_end,
            )
            draft.cue = Mention(":", colon, colon + 1)
            draft.standalone = False
            if last.isdigit():
                draft.resolved = draft.speaker.text  # ``LYNX 42``: the number is the callsign's
            self.drafts.append(draft)
        # After the last turn the article may go on in its own voice: only paragraphs that
        # speak as I, we or you still belong to the turn.
        spoken = 0
        while (
            spoken < len(unlabelled)
            and _SPOKEN_PERSON_RE.search(text, *self.layout.paragraph(unlabelled[spoken][0]))
            is not None
        ):
            spoken += 1
        self.continue_turns(unlabelled[:spoken], taken)

    def continue_turns(
        self, lines: list[tuple[int, Mention, Mention]], taken: list[tuple[int, int]]
    ) -> None:
        """Add each of ``lines`` (its start, and the speaker and cue of the transcript turn it
        follows) as more of that turn: a paragraph of three words or more that no quote or
        draft already holds, and not a stage note (``(LAUGHTER)``, ``[CROSSTALK]``)."""
        text = self.text
        for start, speaker, cue in lines:
            end = self.layout.paragraph(start)[1]
            q_start, q_end = self.trim(start, end)
            content = text[q_start:q_end]
            if (
                len(content.split()) < 3
                or content[:1] in "([“\"‘'"
                or content.isupper()
                # ``School Bus Safety``: a subheading between turns, in title case
                or content[-1:].isalpha()
                and all(word[:1].isupper() for word in content.split())
                or any(s < q_end and q_start < e for s, e in taken)
                or any(q_start <= span.start < q_end for span in self.spans)
            ):
                continue
            draft = Draft(q_start, q_end, QuoteType.INDIRECT, 0.6, standalone=False)
            draft.speaker, draft.cue = speaker, cue
            if speaker.text[-1:].isdigit():
                draft.resolved = speaker.text  # a callsign's turn goes on (``LYNX 42``)
            self.drafts.append(draft)

    def label_name(self, label: str) -> str:
        """A transcript's label in capitals as the document writes the name elsewhere
        (``BRANDT`` -> ``Brandt``, so that it resolves to ``Alan Brandt``; ``MAYOR JOAN
        LESTER`` -> ``Mayor Joan Lester``); as it is when the document never writes the
        surname in mixed case."""
        words = label.split()
        surname = words[-1]
        if surname in self._surnames_written:
            written = self._surnames_written[surname]
        elif len(self._surnames_written) >= _LABELS_SCANNED and _WORD_RUN_RE.fullmatch(surname):
            # A transcript of many speakers (a parliament's day, an archive of hearings): one
            # pass over the text for every label's surname, not one per surname.
            if self._spellings is None:
                self._spellings = _mixed_case_spellings(self.text)
            written = self._surnames_written[surname] = self._spellings.get(surname.lower())
        else:
            written = self._surnames_written[surname] = _mixed_case_spelling(self.text, surname)
        if written is None:
            return label
        return " ".join([*(word.capitalize() for word in words[:-1]), written])


def _headline_with_own_subject(line: str) -> bool:
    """Whether a headline's words after a label's colon hold a headline's cue with a subject
    of their own (``Marisol Quenby Slams Plan``, ``Islanders Vow To Fight On``): the label is
    a kicker, not the speaker; but ``I Still Vow ...`` is the label's words, and so is a
    statement whose verb is no headline's cue (``Kral: Inquiry Helped Uncover ...``)."""
    words = line.split()
    for k in range(1, len(words)):
        # A base form only after a plural subject (``Islanders Vow``; not ``Helped Uncover``)
        if words[k] in HEADLINE_CUES or (
            words[k] in _HEADLINE_CUE_FORMS and words[k - 1].endswith("s")
        ):
            return not any(
                earlier.lower().split("’")[0].split("'")[0] in _READER_AND_AUTHOR
                for earlier in words[:k]
            )
    return False


_HEADLINE_CUE_FORMS: Final = HEADLINE_CUES | frozenset(
    cue[:-1] for cue in HEADLINE_CUES if cue.endswith("s") and not cue.endswith("es")
)
"""Headlines' cues with a singular or a plural subject (``Slams``, ``Vow``)."""
