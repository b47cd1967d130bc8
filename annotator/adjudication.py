"""Adjudication: settling the annotators' disagreements into a gold annotation file.

Plain Python, driven by the review screen and by tests. The review rests on the alignment of
:mod:`annotator.agreement.align`: each aligned group of a document is either

- **unanimous**: every annotator present in the document accepted it with the same span, type,
  speaker and source, the source of the same kind (or all of them rejected it). It is merged
  into the gold file on its own (unless auto-merge is off), with the lowest confidence any of
  them gave;
- a **disagreement**: someone present did not accept it (*existence*), or the accepted versions
  differ in span, type, speaker or source (its name or its kind: a kind is a label people set,
  so one annotator's is no more the gold than another's). Confidence is shown, not compared;
- or no one's quote (rejected by some, absent for others): nothing to settle.

As in agreement, an annotator takes part in a document only once they have finished it
(``records.counts_as_finished``): the quotes they did not reach in a document they stopped in
are not a vote that those quotes do not exist, so taking their side cannot drop a real quote.
``include_unfinished`` takes part anyone with labels in a document all the same (a detector's
output imported as an annotator marks every document it gives quotes not finished).

The gold file is an ordinary annotation file (annotator ``gold`` unless told otherwise). Each gold
record has the id ``<gold name>-<group key>``, so a group's decision is found again after a
restart; its ``meta["adjudication"]`` notes the group, its members, the decision, which annotator
each *decided* field was taken from (``chosen``), the differing fields not decided yet
(``open``), and which annotators agree with the result (while fields are open: with every field
decided so far).

A disagreement is settled only when every field on which the annotators differ
(:func:`fields_to_decide`) is decided: all at once by taking one annotator's version whole or by
dropping the quote, or one at a time by taking a field from an annotator or typing the speaker
and source. A field decision saves the gold record at once, marked *open* while differing fields
remain (their values are the first accepting annotator's, placeholders only): such a record does
not settle the group (:func:`is_open`); ``export``, ``agreement`` and ``audit`` leave it out.

Every decision is written (and fsynced) before it returns. *Dropping* a quote saves the gold record
with status ``rejected``: a negative in the gold set, and the mark that the disagreement is
settled. A disagreement is resolved when its gold record exists and is not open, so reopening
resumes at the first one without a settled record. Deciding again writes a new version of the
same record (undo works as in any annotation file). If an annotator's file changes so that a
settled group gains or loses a member, the group has a new key and is open again; deciding it
deletes the old gold record.

The gold file carries finished marks like any annotator's (with auto-merge on): a document the
review has scanned is marked finished once every disagreement in it is settled, and not
finished while one is open. Without them a document with any gold record counted as finished,
so ``agreement ana gold`` after a review stopped half way counted every quote of a
disagreement not reached yet as missing from gold; and a document every annotator finished
with no quote in it, which leaves no gold record, counted as not finished.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from annotator.agreement.align import DEFAULT_THRESHOLD, Group, align_document
from annotator.agreement.labels import differing_fields, name_key
from annotator.agreement.report import included_unfinished_line, unfinished_line
from annotator.anchoring import Anchor, anchor_quote
from annotator.corpus import Corpus
from annotator.errors import CorpusError, StoreLockedError, UserError
from annotator.records import (
    Document,
    QuoteAnnotation,
    SourceKind,
    Status,
    counts_as_finished,
    open_in_review,
    utc_now,
)
from annotator.session import NoSourceError, nearest_mentions, next_source_kind, source_kind_of
from annotator.store import AnnotationStore, AnnotatorFile
from annotator.util import counted

DEFAULT_GOLD = "gold"
"""The gold file's annotator name unless ``--out`` says otherwise."""

TAKEABLE_FIELDS = ("span", "type", "speaker", "source", "confidence")
"""Fields the reviewer can take from one annotator into the gold record. The span brings the
cue spans with it, the speaker its mention spans, the source its kind and mention spans."""


EDITED = "edited"
"""``chosen`` value of a field the reviewer typed (speaker, source)."""

SCAN_BATCH_DOCUMENTS = 200
"""``Adjudication.scan`` writes the merges and marks it holds after this many documents."""


def is_open(record: QuoteAnnotation) -> bool:
    """Whether a gold record is a partly decided group: some differing field is not decided.

    Such a record is kept so no decision is lost, but it is not gold yet. Records written
    before fields were tracked (no ``open`` key) count as settled, as they did then.
    """
    return open_in_review(record.meta)


def _open_now(disagreement: Disagreement, gold: QuoteAnnotation) -> list[str]:
    """The differing fields of ``disagreement`` its gold record has not decided, as the
    annotators' files stand now.

    A group keeps its key when an annotator edits a quote in it, so the ``open`` list stored at
    the last field pick can be stale: a field that differs now was agreed then, or the other
    way round. A whole take, a drop or a merge decided every field, whatever differs since,
    as before fields were tracked.
    """
    adjudication = gold.meta.get("adjudication")
    if not isinstance(adjudication, dict) or adjudication.get("decision") not in (
        Decision.FIELD,
        Decision.EDIT,
    ):
        return []
    chosen = adjudication.get("chosen", {})
    return [name for name in fields_to_decide(disagreement) if name not in chosen]


def fields_to_decide(disagreement: Disagreement) -> list[str]:
    """The fields the reviewer must decide to settle ``disagreement``, in display order.

    Those that differ (``Disagreement.fields``: existence, span, type, speaker, source), and
    among the accepted versions the confidence and the source kind (which goes with the source)
    too. Fields on which every annotator agrees need no decision.
    """
    fields = set(disagreement.fields)
    accepted = [q for q in disagreement.group.members.values() if q.status is Status.ACCEPTED]
    if len({q.confidence for q in accepted}) > 1:
        fields.add("confidence")
    if len({q.source_kind for q in accepted}) > 1:
        fields.add("source")
    return [f for f in ("existence", *TAKEABLE_FIELDS) if f in fields]


class Decision(StrEnum):
    """How a gold record came about."""

    UNANIMOUS = "unanimous"
    """Every present annotator agreed: merged without review."""
    TAKE = "take"
    """The reviewer took one annotator's version whole."""
    FIELD = "field"
    """The reviewer took a field from an annotator into the gold record."""
    EDIT = "edit"
    """The reviewer typed the speaker or source."""
    DROP = "drop"
    """The reviewer decided it is not a quote (stored with status rejected)."""


@dataclass(slots=True)
class Disagreement:
    """One aligned group the annotators disagree on."""

    doc_id: str
    """The document."""
    group: Group[QuoteAnnotation]
    """The aligned quotes, by annotator."""
    present: tuple[str, ...]
    """Annotators who finished the document (the ones compared)."""
    fields: list[str]
    """What differs: existence, span, type, speaker, source."""
    document: Document | None = None
    """The document's current text when the corpus has it."""

    @property
    def key(self) -> str:
        """The group's stable key."""
        return self.group.key


@dataclass(slots=True)
class DocumentReview:
    """What scanning one document found."""

    doc_id: str
    """The document."""
    present: tuple[str, ...]
    """Annotators who finished it (the ones compared)."""
    disagreements: list[Disagreement] = field(default_factory=list)
    """Groups to settle, by position."""
    unanimous: int = 0
    """Groups every annotator agreed on."""
    merged: int = 0
    """Unanimous groups written to the gold file by this scan."""
    stale: int = 0
    """Quotes left out because the document changed under them and they could not be moved."""


def refuse_annotators_own_file(store: AnnotationStore, out: str) -> None:
    """Refuse an ``out`` that names an annotator's own labels: review would merge gold records
    into them, and that annotator's work could no longer be told from the decisions.

    A file a review wrote holds records with ``meta["adjudication"]``; the default gold file may
    also be a hand-made gold imported under that name, so it is always taken.
    """
    if out == DEFAULT_GOLD or out not in store.annotators():
        return
    labels = 0
    with store.open(out) as folded:
        # Document by document, stopping at a review's mark: a review's own output (the common
        # case, a review going on) is told by its first document, not read whole; the command
        # line checks before the screen draws and ``Adjudication`` checks again.
        for doc_id in folded.doc_ids():
            quotes = folded.quotes(doc_id)
            if any("adjudication" in quote.meta for quote in quotes):
                return
            labels += len(quotes)
    if labels:
        raise UserError(
            f"{store.path_for(out)}: holds {counted(labels, 'label')} of annotator"
            f" {out!r}, not a review's output; give --out a new name"
        )


class Adjudication:
    """A review of ``annotators`` into the gold file ``out``, which it holds open for writing.

    Thread-safe: a background scan may merge unanimous groups while decisions are being saved.
    """

    def __init__(
        self,
        store: AnnotationStore,
        annotators: Sequence[str],
        out: str = DEFAULT_GOLD,
        corpus: Corpus | None = None,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        auto_merge: bool = True,
        reviewer: str | None = None,
        include_unfinished: bool = False,
    ) -> None:
        names = list(dict.fromkeys(annotators))
        if out in names:
            raise UserError(f"{store.path_for(out)}: the gold file cannot also be reviewed")
        if len(names) < 2:
            raise UserError(f"{store.root}: review needs two annotators or more")
        refuse_annotators_own_file(store, out)
        self.store = store
        """Where the annotation files are."""
        self.annotators = names
        """The annotators reviewed, in order: key 1 takes the first."""
        self.out = out
        """The gold file's annotator name."""
        self.corpus = corpus
        """Where document texts come from, if given."""
        self.threshold = threshold
        """Overlap threshold of the alignment."""
        self.auto_merge = auto_merge
        """Whether unanimous groups are written to the gold file while scanning."""
        self.reviewer = reviewer
        """Who is reviewing, noted in each decision."""
        self.include_unfinished = include_unfinished
        """Whether an annotator's labels in a document they have not finished take part."""
        self._lock = threading.RLock()
        self._history: list[tuple[str, QuoteAnnotation | None, list[QuoteAnnotation]]] = []
        # Each scanned document's disagreements, to tell when the last of them is settled.
        self._disagreements: dict[str, list[Disagreement]] = {}
        self._files: dict[str, AnnotatorFile] = {}
        self.hold_writes = False
        """Whether ``scan_document`` keeps its merges and finished marks in memory, to be
        written by ``write_held`` (or before the next decision, or on close). A scan of
        thousands of documents then pays one fsync per batch, not two per document: on a
        disk where each costs milliseconds those were most of a review's start. Safe because
        what is held can be worked out again: the next scan merges and marks anew what a kill
        lost."""
        self._held_records: dict[str, QuoteAnnotation] = {}
        self._held_marks: dict[str, bool] = {}
        try:
            for name in names:
                path = store.path_for(name)
                if not path.exists():
                    raise UserError(f"{path}: no annotation file for {name!r}")
                self._files[name] = store.open(name)
            try:
                self.gold = store.open(out, writable=True)
                """The gold file, open for writing."""
            except StoreLockedError as error:
                where = str(error).split(";")[0]
                raise StoreLockedError(
                    f"{where}; another review is settling into it: close that one first, "
                    "or choose another --out"
                ) from None
        except BaseException:
            self.close()
            raise

    # -- reading -------------------------------------------------------------------------------

    @property
    def problems(self) -> list[str]:
        """Unreadable lines met so far in the annotators' and gold files, as ``file:line: ...``."""
        found = [str(p) for f in self._files.values() for p in f.problems]
        return found + [str(p) for p in self.gold.problems]

    def unfinished(self) -> dict[str, list[str]]:
        """Per annotator, the documents where they have labels but have not finished: their
        labels there are left out of the review (unless ``include_unfinished``)."""
        return {name: folded.unfinished_doc_ids() for name, folded in self._files.items()}

    def unfinished_line(self) -> str:
        """The line saying whose labels the review leaves out as unfinished, as ``agreement``
        says it, or "" when none are; with ``include_unfinished``, the line saying whose it
        takes all the same, always."""
        unfinished = self.unfinished()
        documents = len(set().union(*unfinished.values()))
        counts = {name: len(ids) for name, ids in unfinished.items()}
        if self.include_unfinished:
            return included_unfinished_line(documents, counts)
        if not documents:
            return ""
        return unfinished_line(documents, counts)

    def document_ids(self) -> list[str]:
        """Documents finished (with ``include_unfinished``: or labelled) by two annotators or
        more, in corpus order (else sorted)."""
        counts: dict[str, int] = {}
        for folded in self._files.values():
            taken = folded.finished_doc_ids()
            if self.include_unfinished:
                taken += folded.unfinished_doc_ids()
            for doc_id in taken:
                counts[doc_id] = counts.get(doc_id, 0) + 1
        shared = [doc_id for doc_id, count in counts.items() if count >= 2]
        if self.corpus is not None:
            known = self.corpus
            last = len(known)
            return sorted(shared, key=lambda d: (known.index(d) if d in known else last, d))
        return sorted(shared)

    def _document(self, doc_id: str) -> Document | None:
        if self.corpus is None or doc_id not in self.corpus:
            return None
        try:
            return self.corpus.get(doc_id)
        except CorpusError:
            return None

    def scan_document(self, doc_id: str) -> DocumentReview:
        """Align one document, merge its unanimous groups, and list its disagreements."""
        document = self._document(doc_id)
        quotes: dict[str, list[QuoteAnnotation]] = {}
        stale = 0
        for name, folded in self._files.items():
            found = folded.quotes(doc_id)
            if document is not None:
                placed = []
                for quote in found:
                    anchored = anchor_quote(quote, document)
                    if anchored.anchor is Anchor.STALE:
                        stale += 1
                    else:
                        placed.append(anchored.quote)
                found = placed
            quotes[name] = found
        finished = {
            name
            for name, folded in self._files.items()
            if counts_as_finished(folded.finished_mark(doc_id), bool(quotes[name]))
        }
        alignment = align_document(
            doc_id, quotes, self.annotators, self.threshold, finished, self.include_unfinished
        )
        review = DocumentReview(doc_id, alignment.present, stale=stale)
        if len(alignment.present) < 2:
            return review
        unanimous = []
        for group in alignment.groups:
            differing = differing_fields(group.members, alignment.present)
            if differing:
                review.disagreements.append(
                    Disagreement(doc_id, group, alignment.present, differing, document)
                )
            elif self._unanimous(group, alignment.present):
                unanimous.append(group)
        review.unanimous = len(unanimous)
        if self.auto_merge:
            with self._lock:
                review.merged = self._merge(unanimous, alignment.present)
                self._disagreements[doc_id] = review.disagreements
                self._mark_gold(doc_id, hold=True)
                if not self.hold_writes:
                    self.write_held()
        return review

    def scan(self) -> Generator[DocumentReview]:
        """Scan every document labelled by two annotators or more, in order.

        Merges and finished marks are held (``hold_writes``) and written every
        ``SCAN_BATCH_DOCUMENTS`` documents and when the scan ends or is left: two fsyncs per
        document were most of the time a scan of thousands took. A decision taken meanwhile
        writes what is held first, as in the review screen."""
        holding = self.hold_writes
        self.hold_writes = True
        try:
            for count, doc_id in enumerate(self.document_ids(), start=1):
                yield self.scan_document(doc_id)
                if count % SCAN_BATCH_DOCUMENTS == 0 and not holding:
                    self.write_held()
        finally:
            self.hold_writes = holding
            if not holding:
                self.write_held()

    def resume_point(self) -> Disagreement | None:
        """The first disagreement without a decision (scanning, and merging, up to it)."""
        with closing(self.scan()) as reviews:  # closed at once: what it holds is written
            for review in reviews:
                for disagreement in review.disagreements:
                    if not self.is_resolved(disagreement):
                        return disagreement
        return None

    def _unanimous(self, group: Group[QuoteAnnotation], present: Sequence[str]) -> bool:
        # Either every present annotator accepted it alike (checked by the caller), or every
        # present annotator rejected it: a shared negative.
        return all(name in group.members for name in present)

    def gold_id(self, group: Group[QuoteAnnotation]) -> str:
        """The id of the gold record that settles ``group``."""
        return f"{self.out}-{group.key}"

    def gold_for(self, disagreement: Disagreement) -> QuoteAnnotation | None:
        """The live gold record settling this disagreement, if decided."""
        with self._lock:
            return self.gold.get(self.gold_id(disagreement.group))

    def is_resolved(self, disagreement: Disagreement) -> bool:
        """Whether this disagreement is settled: its gold record exists and no field is open."""
        gold = self.gold_for(disagreement)
        return gold is not None and not _open_now(disagreement, gold)

    def open_fields(self, disagreement: Disagreement) -> list[str]:
        """The differing fields not decided yet: all of them before any decision."""
        gold = self.gold_for(disagreement)
        if gold is None:
            return fields_to_decide(disagreement)
        return _open_now(disagreement, gold)

    def picks_replaced_by_take(self, disagreement: Disagreement, annotator: str) -> dict[str, str]:
        """The fields decided one by one (``f``, ``e``) that taking ``annotator``'s version
        whole would replace: field → the annotator it came from (or ``edited``). A whole take
        decides every field from one version; picks from that same annotator stay as they are,
        and when ``annotator`` has no quote (a take that drops it) every pick goes.
        """
        gold = self.gold_for(disagreement)
        if gold is None:
            return {}
        adjudication = gold.meta.get("adjudication", {})
        if adjudication.get("decision") not in (Decision.FIELD, Decision.EDIT):
            return {}
        quote = disagreement.group.members.get(annotator)
        drops = quote is None or quote.status is not Status.ACCEPTED
        return {
            field_name: source
            for field_name, source in adjudication.get("chosen", {}).items()
            if field_name != "existence" and (drops or source != annotator)
        }

    # -- writing -------------------------------------------------------------------------------

    def _merge(self, groups: Sequence[Group[QuoteAnnotation]], present: Sequence[str]) -> int:
        """Hold the gold records of the unanimous ``groups`` of one document for
        ``write_held``; returns how many.

        A group decided (or deliberately deleted) before is never overwritten.
        """
        with self._lock:
            held = self._held_records
            merged = 0
            for group in groups:
                gold_id = self.gold_id(group)
                if gold_id in held or self.gold.line_of(gold_id) is not None:
                    continue
                held[gold_id] = self._unanimous_record(group, present)
                merged += 1
            return merged

    def write_held(self) -> None:
        """Write the merges and finished marks the scan holds (see ``hold_writes``).

        The records go in one write and one fsync, then each deletes the gold records it
        supersedes, as a decision does (none goes on the review's own undo stack); then the
        marks, one write and one fsync for each value.
        """
        with self._lock:
            if not self._held_records and not self._held_marks:
                return
            records = list(self._held_records.values())
            marks = self._held_marks
            self._held_records, self._held_marks = {}, {}
            # Only a document that held gold records before can hold one a merge supersedes:
            # merged records never share a member with each other.
            had_gold = {record.doc_id for record in records if self.gold.count(record.doc_id)}
            self.gold.save_many([record.model_dump(mode="json") for record in records])
            for record in records:
                if record.doc_id in had_gold:
                    self._delete_superseded(record)
            for finished in (True, False):
                self.gold.mark_many_finished(
                    [doc_id for doc_id, settled in marks.items() if settled is finished], finished
                )

    def _unanimous_record(
        self, group: Group[QuoteAnnotation], present: Sequence[str]
    ) -> QuoteAnnotation:
        """The gold record of a unanimous group: the first annotator's, at the lowest confidence."""
        first = group.members[present[0]]
        lowest = min(group.members[name].confidence for name in present)
        chosen = dict.fromkeys(TAKEABLE_FIELDS, present[0])
        chosen["confidence"] = next(
            name for name in present if group.members[name].confidence == lowest
        )
        return self._record(group, present, first, Decision.UNANIMOUS, chosen, confidence=lowest)

    def _record(
        self,
        group: Group[QuoteAnnotation],
        present: Sequence[str],
        base: QuoteAnnotation,
        decision: Decision,
        chosen: dict[str, str],
        open_fields: Sequence[str] = (),
        **changes: Any,
    ) -> QuoteAnnotation:
        gold_id = self.gold_id(group)
        previous = self.gold.get(gold_id)
        now = utc_now()
        data = base.model_dump()
        data.update(changes)
        data.update(id=gold_id, annotator=self.out, updated=now, note=data.get("note", ""))
        data["created"] = previous.created if previous is not None else now
        draft = QuoteAnnotation.model_validate(data)
        if draft.status is Status.ACCEPTED:
            # While fields are open, their values are placeholders: agreement is on the rest.
            agreed = [
                name
                for name in present
                if name in group.members
                and group.members[name].status is Status.ACCEPTED
                and not set(
                    differing_fields(
                        {"gold": draft, "member": group.members[name]}, ["gold", "member"]
                    )
                ).difference(open_fields)
            ]
        else:
            agreed = [
                name
                for name in present
                if name not in group.members or group.members[name].status is not Status.ACCEPTED
            ]
        adjudication: dict[str, Any] = {
            "group": group.key,
            "members": {name: quote.id for name, quote in sorted(group.members.items())},
            "annotators": list(present),
            "decision": decision.value,
            "chosen": chosen,
            "open": list(open_fields),
            "agreed": agreed,
        }
        if self.reviewer and decision is not Decision.UNANIMOUS:
            adjudication["reviewer"] = self.reviewer
        meta = {k: v for k, v in draft.meta.items() if k != "adjudication"}
        meta["adjudication"] = adjudication
        return draft.model_copy(update={"meta": meta})

    def _current(
        self, disagreement: Disagreement
    ) -> tuple[QuoteAnnotation, dict[str, str], list[str]]:
        """The record decisions build on, the fields decided so far (field → where it came
        from), and the differing fields still open.

        Before any decision: the first accepted version (the first version when none is), with
        nothing decided and every differing field open; its values are placeholders until
        decided.
        """
        gold = self.gold.get(self.gold_id(disagreement.group))
        if gold is not None:
            adjudication = gold.meta.get("adjudication", {})
            chosen = dict(adjudication.get("chosen", {}))
            still_open = _open_now(disagreement, gold)
            if adjudication.get("decision") in (Decision.TAKE, Decision.UNANIMOUS) and chosen:
                # A whole take decided every field, existence too, though its ``chosen`` names
                # only the takeable ones: a field pick or typed names after it must not open
                # existence again.
                taken_from = next(iter(chosen.values()))
                for name in fields_to_decide(disagreement):
                    if name not in still_open:
                        chosen.setdefault(name, taken_from)
            return gold, chosen, still_open
        return self._first_accepted(disagreement)

    def _first_accepted(
        self, disagreement: Disagreement
    ) -> tuple[QuoteAnnotation, dict[str, str], list[str]]:
        members = disagreement.group.members
        for name in disagreement.present:
            quote = members.get(name)
            if quote is not None and quote.status is Status.ACCEPTED:
                return quote, {}, fields_to_decide(disagreement)
        name = next(name for name in disagreement.present if name in members)
        return members[name], {}, fields_to_decide(disagreement)

    def _save(self, record: QuoteAnnotation) -> QuoteAnnotation:
        """Save a decision, delete the gold records it supersedes, and put it on the review's
        own undo stack."""
        self.write_held()  # first: a mark held from the scan must not land after this one's
        previous = self.gold.get(record.id)
        saved = self.gold.save(record)
        removed = self._delete_superseded(record)
        self._history.append((record.id, previous, removed))
        self._mark_gold(record.doc_id)
        return saved

    def _mark_gold(self, doc_id: str, *, hold: bool = False) -> None:
        """Mark the document finished in the gold file when every disagreement of it is
        settled, not finished while one is open (written only when that changes); ``hold``
        keeps the mark for ``write_held``."""
        disagreements = self._disagreements.get(doc_id)
        if disagreements is None:
            return  # not scanned in this review (or auto-merge is off): gold is not complete
        settled = all(self.is_resolved(disagreement) for disagreement in disagreements)
        marked = self._held_marks.get(doc_id, self.gold.finished_mark(doc_id))
        if marked is settled:
            return
        if hold:
            self._held_marks[doc_id] = settled
        else:
            self.gold.mark_finished(doc_id, settled)

    def _delete_superseded(self, record: QuoteAnnotation) -> list[QuoteAnnotation]:
        """Delete the gold records a saved ``record`` supersedes; returns them.

        When an annotator changes their file after a decision (adds a quote that joins the
        group, say), the group gets a new key and is open again; its old gold record would
        then stand beside the new one. Any gold record of the document that settled a group
        sharing a member with this one is deleted.
        """
        members = {
            (name, quote_id) for name, quote_id in record.meta["adjudication"]["members"].items()
        }
        removed = []
        for other in self.gold.quotes(record.doc_id):
            if other.id == record.id:
                continue
            settled = other.meta.get("adjudication", {}).get("members", {})
            if members & set(settled.items()):
                self.gold.delete(other.id)
                removed.append(other)
        return removed

    def take(self, disagreement: Disagreement, annotator: str) -> QuoteAnnotation:
        """Settle with ``annotator``'s version whole; no quote (or a rejection) drops it."""
        self._check_annotator(disagreement, annotator)
        quote = disagreement.group.members.get(annotator)
        with self._lock:
            chosen = dict.fromkeys(TAKEABLE_FIELDS, annotator)
            if quote is None or quote.status is not Status.ACCEPTED:
                base, _, _ = self._current(disagreement)
                chosen = {"existence": annotator}
                record = self._record(
                    disagreement.group,
                    disagreement.present,
                    base,
                    Decision.TAKE,
                    chosen,
                    status=Status.REJECTED,
                )
            else:
                record = self._record(
                    disagreement.group, disagreement.present, quote, Decision.TAKE, chosen
                )
            return self._save(record)

    def take_field(
        self, disagreement: Disagreement, field_name: str, annotator: str
    ) -> QuoteAnnotation:
        """Take one field (``TAKEABLE_FIELDS``) from ``annotator``'s version into the gold.

        Decides that field (and that the quote exists: a field is taken from an accepted quote)
        and nothing else: the group stays open while other differing fields are undecided.
        Taking a field after a drop starts the quote again from the first accepted version.
        """
        if field_name not in TAKEABLE_FIELDS:
            raise UserError(f"no field {field_name!r}: choose one of {', '.join(TAKEABLE_FIELDS)}")
        self._check_annotator(disagreement, annotator)
        source = disagreement.group.members.get(annotator)
        if source is None or source.status is not Status.ACCEPTED:
            raise UserError(f"{annotator} has no accepted quote here to take the {field_name} from")
        with self._lock:
            base, chosen, still_open = self._current(disagreement)
            if base.status is not Status.ACCEPTED:
                base, chosen, still_open = self._first_accepted(disagreement)
            changes: dict[str, Any] = {"status": Status.ACCEPTED}
            if field_name == "span":
                if source.doc_sha256 != base.doc_sha256:
                    raise UserError(
                        f"{disagreement.doc_id}: {annotator} labelled another version of the "
                        "document; run validate --reanchor first"
                    )
                changes.update(
                    start=source.start, end=source.end, text=source.text, cue_spans=source.cue_spans
                )
            elif field_name == "speaker":
                changes.update(speaker=source.speaker, speaker_spans=source.speaker_spans)
            elif field_name == "source":
                changes.update(
                    source=source.source,
                    source_kind=source.source_kind,
                    source_spans=source.source_spans,
                )
            else:
                changes[field_name] = getattr(source, field_name)
            chosen[field_name] = annotator
            if "existence" in still_open:
                chosen["existence"] = annotator
            still_open = [f for f in still_open if f not in chosen]
            record = self._record(
                disagreement.group,
                disagreement.present,
                base,
                Decision.FIELD,
                chosen,
                still_open,
                **changes,
            )
            return self._save(record)

    def edit(
        self,
        disagreement: Disagreement,
        *,
        speaker: str | None,
        source: str | None,
        source_kind: SourceKind | None = None,
    ) -> QuoteAnnotation:
        """Set the gold speaker and source by hand (empty means none); the quote is accepted.

        Decides both (and that the quote exists), nothing else. ``source_kind``, when given, is
        the source's kind as the reviewer typed it; without it the kind is worked out from the
        annotators who gave that name. A kind with no source is refused.
        """
        speaker = (speaker or "").strip() or None
        source = (source or "").strip() or None
        if source is None and source_kind is not None:
            raise UserError(f"{disagreement.doc_id}: a source kind needs a source")
        with self._lock:
            base, chosen, still_open = self._current(disagreement)
            if base.status is not Status.ACCEPTED:
                base, chosen, still_open = self._first_accepted(disagreement)
            if base.status is not Status.ACCEPTED:
                raise UserError(f"{disagreement.doc_id}: no annotator accepted this quote")
            changes: dict[str, Any] = {"status": Status.ACCEPTED}
            if speaker != base.speaker:
                changes["speaker"] = speaker
                changes["speaker_spans"] = self._mentions(disagreement, base, speaker)
            if source != base.source:
                changes["source"] = source
                changes["source_spans"] = self._mentions(disagreement, base, source)
            # A kind the reviewer typed settles it; else the kind is the one the annotators who
            # gave this name agree on. When they give it different kinds, the source stays
            # open, to be taken with its kind from one of them (or typed again with a kind).
            kinds = (
                {source_kind}
                if source_kind is not None
                else {
                    quote.source_kind
                    for quote in disagreement.group.members.values()
                    if quote.status is Status.ACCEPTED
                    and source is not None
                    and quote.source == source
                }
            )
            if len(kinds) == 1:
                changes["source_kind"] = kinds.pop()
            elif not kinds:  # no source, or one no annotator gave: what its words tell
                changes["source_kind"] = None if source is None else source_kind_of(source)
            # Both were typed (or confirmed as shown): both are decided, and the quote kept.
            chosen["speaker"] = EDITED
            if len(kinds) <= 1:
                chosen["source"] = EDITED
            elif source != base.source:
                chosen.pop("source", None)  # a field taken earlier no longer stands as taken
            return self._save_edit(disagreement, base, chosen, still_open, **changes)

    def _save_edit(
        self,
        disagreement: Disagreement,
        base: QuoteAnnotation,
        chosen: dict[str, str],
        still_open: list[str],
        **changes: Any,
    ) -> QuoteAnnotation:
        """Save ``base`` with ``changes`` as an edit: the fields in ``chosen`` decided, and the
        quote's existence too, since an edited quote is kept."""
        if "existence" in still_open:
            chosen["existence"] = EDITED
        still_open = [f for f in still_open if f not in chosen]
        record = self._record(
            disagreement.group,
            disagreement.present,
            base,
            Decision.EDIT,
            chosen,
            still_open,
            **changes,
        )
        return self._save(record)

    def cycle_source_kind(self, disagreement: Disagreement) -> QuoteAnnotation:
        """Step the gold source's kind (outlet, event, publication, social, other, outlet…),
        as ``O`` does in annotate; the quote is accepted.

        Decides the source (its name as it stands, its kind as stepped) and that the quote
        exists, nothing else. Refused (``NoSourceError``) when the quote has no source, and
        (``UserError``) while the annotators name different sources and none is decided yet:
        stepping a placeholder's kind would decide a name nobody chose.
        """
        with self._lock:
            base, chosen, still_open = self._current(disagreement)
            if base.status is not Status.ACCEPTED:
                base, chosen, still_open = self._first_accepted(disagreement)
            if base.status is not Status.ACCEPTED:
                raise UserError(f"{disagreement.doc_id}: no annotator accepted this quote")
            if base.source is None:
                raise NoSourceError(
                    f"{disagreement.doc_id}: this quote has no source to give a kind"
                )
            names = {
                name_key(quote.source)
                for quote in disagreement.group.members.values()
                if quote.status is Status.ACCEPTED
            }
            # Annotators who name one source and differ only in its kind: stepping the kind is
            # the decision asked for.
            if len(names) > 1 and "source" in still_open:
                raise UserError(
                    f"{disagreement.doc_id}: the annotators name different sources; decide the "
                    "source first (f o and a number, or e), then step its kind"
                )
            following = next_source_kind(base.source_kind)
            chosen["source"] = EDITED
            return self._save_edit(
                disagreement,
                base,
                chosen,
                still_open,
                status=Status.ACCEPTED,
                source_kind=following,
            )

    def _mentions(
        self, disagreement: Disagreement, base: QuoteAnnotation, name: str | None
    ) -> list[tuple[int, int]]:
        """Where a typed name stands near the quote, if the text is at hand."""
        document = disagreement.document
        if not name or document is None or document.sha256 != base.doc_sha256:
            return []
        return nearest_mentions(document.text, name, (base.start, base.end))

    def drop(self, disagreement: Disagreement) -> QuoteAnnotation:
        """Settle as not a quote: the gold record is saved with status rejected."""
        with self._lock:
            base, _, _ = self._current(disagreement)
            record = self._record(
                disagreement.group,
                disagreement.present,
                base,
                Decision.DROP,
                {},
                status=Status.REJECTED,
            )
            return self._save(record)

    def undo(self) -> str | None:
        """Take back the latest decision of this review; returns the gold record id it touched.

        Only decisions are undone, never the unanimous merges a scan writes meanwhile (which
        is why this keeps its own stack rather than the file's undo): the record returns to
        its version before the decision, or is deleted if it had none, and records the
        decision superseded are restored. Each step is a new line, like any other change.
        """
        with self._lock:
            if not self._history:
                return None
            self.write_held()
            gold_id, previous, removed = self._history.pop()
            touched = previous or self.gold.get(gold_id)
            if previous is None:
                if self.gold.get(gold_id) is not None:
                    self.gold.delete(gold_id)
            else:
                self.gold.save(previous.model_copy(update={"updated": utc_now()}))
            for record in removed:
                self.gold.save(record.model_copy(update={"updated": utc_now()}))
            if touched is not None:
                self._mark_gold(touched.doc_id)
            return gold_id

    def _check_annotator(self, disagreement: Disagreement, annotator: str) -> None:
        if annotator not in disagreement.present:
            raise UserError(f"{annotator} did not label {disagreement.doc_id}")

    def close(self) -> None:
        """Write what the scan holds, and release every file (and the gold file's lock)."""
        gold = getattr(self, "gold", None)
        try:
            if gold is not None:
                self.write_held()
        finally:
            for folded in self._files.values():
                folded.close()
            if gold is not None:
                gold.close()

    def __enter__(self) -> Adjudication:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
