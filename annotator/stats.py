"""Counting a store's labels: documents, quotes by status and type, and finished documents.

What ``quote-annotator stats`` prints, for a script. With a corpus, only its documents are
counted; an unreadable one is left out with its labels (the corpus, opened with ``skip_bad``,
lists it in ``problems``), and labels of documents it does not hold are not counted. Records of
groups a review left open (not gold yet) are not counted, as ``export``, ``agreement`` and
``audit`` leave them out: ``open_in_review`` says how many. Per annotator, ``finished`` counts
the documents that count as finished for agreement and review, ``unfinished`` those with labels
they have not finished. Nothing is printed: what was skipped comes back in ``warnings``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from annotator.corpus import Corpus
from annotator.errors import UserError
from annotator.records import Status, left_open_in_review, open_in_review
from annotator.store import AnnotationStore
from annotator.util import are, counted


@dataclass
class AnnotatorCounts:
    """One annotator's labels, counted."""

    accepted: int = 0
    """Quotes accepted."""
    rejected: int = 0
    """Candidates rejected (negatives)."""
    direct: int = 0
    """Accepted quotes of type direct."""
    indirect: int = 0
    """Accepted quotes of type indirect."""
    mixed: int = 0
    """Accepted quotes of type mixed."""
    open_in_review: int = 0
    """Records of groups a review left open, not counted above."""
    finished: int = 0
    """Documents that count as finished (``AnnotatorFile.finished_doc_ids``)."""
    unfinished: int = 0
    """Documents with labels the annotator has not finished: agreement leaves them out."""


@dataclass
class LabelCounts:
    """Every count of ``stats``."""

    documents: int | None
    """Readable documents of the corpus, or None when no corpus was given."""
    annotated_documents: int
    """Documents with at least one counted label, of any annotator."""
    annotators: dict[str, AnnotatorCounts] = field(default_factory=dict)
    """The counts of each annotator, in the order asked."""
    warnings: list[str] = field(default_factory=list)
    """What was skipped, one line each: unreadable store lines, groups open in review, labels
    of documents not in the corpus."""

    def to_json(self) -> dict[str, Any]:
        """The counts as ``stats --json`` prints them (warnings aside)."""
        return {
            "documents": self.documents,
            "annotated_documents": self.annotated_documents,
            "annotators": {name: asdict(counts) for name, counts in self.annotators.items()},
        }


def count_labels(
    store: AnnotationStore,
    annotators: Sequence[str] | None = None,
    corpus: Corpus | None = None,
) -> LabelCounts:
    """Count the labels of ``annotators`` (default: every annotator in the store).

    Each text of ``corpus`` is read, as export and validate read them, so that an unreadable
    one is left out rather than counted. A named annotator without a file raises ``UserError``:
    counting nothing would read as an annotator who labelled nothing.
    """
    readable: set[str] | None = None
    unreadable: set[str] = set()
    if corpus is not None:
        readable = {document.id for document in corpus.documents(corpus.ids)}
        unreadable = set(corpus.ids) - readable
    names = _annotators_to_count(store, annotators)
    per_annotator: dict[str, AnnotatorCounts] = {}
    warnings: list[str] = []
    annotated: set[str] = set()
    elsewhere: set[str] = set()
    for name in names:
        with store.open(name) as folded:
            counts: Counter[str] = Counter()
            for quote in folded:
                if quote.doc_id in unreadable:  # left out with its document, as export does
                    continue
                if corpus is not None and quote.doc_id not in corpus:
                    elsewhere.add(quote.doc_id)
                    continue
                if open_in_review(quote.meta):  # a review's group not decided yet: not gold
                    counts["open"] += 1
                    continue
                counts[quote.status.value] += 1
                if quote.status is Status.ACCEPTED:  # a rejected candidate is of no type
                    counts[f"type:{quote.type.value}"] += 1
                annotated.add(quote.doc_id)
            finished, unfinished = (
                sum(readable is None or doc_id in readable for doc_id in doc_ids)
                for doc_ids in (folded.finished_doc_ids(), folded.unfinished_doc_ids())
            )
            per_annotator[name] = AnnotatorCounts(
                accepted=counts[Status.ACCEPTED.value],
                rejected=counts[Status.REJECTED.value],
                direct=counts["type:direct"],
                indirect=counts["type:indirect"],
                mixed=counts["type:mixed"],
                open_in_review=counts["open"],
                finished=finished,
                unfinished=unfinished,
            )
            # After the reading: a record is checked when it is read, not when the file is
            # folded, so only now does the list hold every line skipped.
            warnings.extend(str(problem) for problem in folded.problems)
            if counts["open"]:
                warnings.append(f"{folded.path}: {left_open_in_review(counts['open'])}")
    if elsewhere and corpus is not None:
        # Counted, they would make more documents annotated than the corpus has.
        warnings.append(
            f"{counted(len(elsewhere), 'annotated document')} {are(len(elsewhere))} not in"
            f" {corpus.location}; their quotes are not counted"
        )
    return LabelCounts(
        documents=len(readable) if readable is not None else None,
        annotated_documents=len(annotated),
        annotators=per_annotator,
        warnings=warnings,
    )


def _annotators_to_count(store: AnnotationStore, named: Sequence[str] | None) -> list[str]:
    """Every annotator in the store, or those named (whose files must exist)."""
    if named is None:
        return store.annotators()
    for name in named:
        path = store.path_for(name)
        if not path.exists():
            found = ", ".join(store.annotators()) or "none"
            raise UserError(f"{path}: no annotation file for {name!r} (files found: {found})")
    return list(named)
