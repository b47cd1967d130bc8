"""What agreement reads of a quote, as a light record, and a bulk loader of such records.

The figures over a large store rest on hundreds of thousands of quotes. Building and validating a
``QuoteAnnotation`` for each takes far longer than aligning them and computing every figure, so
the ``agreement`` command reads the store through its bulk reader
(:meth:`annotator.store.AnnotatorFile.quote_records`, plain dicts of lines validated when they were
written) and keeps the ten fields alignment and the figures need in a :class:`QuoteLabels`.
Alignment and the figures accept either kind of record: the review works on full records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import ValidationError

from annotator.errors import Problem
from annotator.records import (
    Confidence,
    QuoteAnnotation,
    QuoteType,
    SourceKind,
    Status,
    describe_error,
    open_in_review,
)
from annotator.store import AnnotationStore
from annotator.util import paused_gc


class LabelledQuote(Protocol):
    """The fields of a quote that alignment and the agreement figures read."""

    @property
    def id(self) -> str:
        """Identifier of the quote within its annotator's file."""

    @property
    def doc_id(self) -> str:
        """The document."""

    @property
    def start(self) -> int:
        """Offset of the first character."""

    @property
    def end(self) -> int:
        """Offset one past the last character."""

    @property
    def type(self) -> QuoteType:
        """Direct, indirect or mixed."""

    @property
    def speaker(self) -> str | None:
        """Who said it, or None."""

    @property
    def source(self) -> str | None:
        """The channel it came through, or None."""

    @property
    def source_kind(self) -> SourceKind | None:
        """The kind of that channel, or None."""

    @property
    def confidence(self) -> Confidence:
        """How sure the annotator is."""

    @property
    def status(self) -> Status:
        """Accepted (a quote) or rejected (a negative)."""


@dataclass(slots=True)
class QuoteLabels:
    """A quote as agreement sees it: its place and its labels, without text, spans or history."""

    id: str
    """Identifier of the quote within its annotator's file."""
    doc_id: str
    """The document."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    type: QuoteType
    """Direct, indirect or mixed."""
    speaker: str | None
    """Who said it (resolved name), or None."""
    source: str | None
    """The channel it came through, or None."""
    confidence: Confidence
    """How sure the annotator is."""
    status: Status
    """Accepted (a quote) or rejected (a negative)."""
    source_kind: SourceKind | None = None
    """The kind of the source, or None (last, so that the fields before keep their places)."""

    @classmethod
    def of(cls, quote: QuoteAnnotation) -> QuoteLabels:
        """The labels of a full record."""
        return cls(
            quote.id,
            quote.doc_id,
            quote.start,
            quote.end,
            quote.type,
            quote.speaker,
            quote.source,
            quote.confidence,
            quote.status,
            quote.source_kind,
        )


# Enum members by their stored value: a dict lookup is several times cheaper than ``Status(v)``.
_TYPES: Mapping[Any, QuoteType] = {member.value: member for member in QuoteType}
_CONFIDENCES: Mapping[Any, Confidence] = {member.value: member for member in Confidence}
_STATUSES: Mapping[Any, Status] = {member.value: member for member in Status}
_KINDS: Mapping[Any, SourceKind | None] = {None: None, **{kind.value: kind for kind in SourceKind}}


def labels_of_record(item: Mapping[str, Any]) -> QuoteLabels:
    """The labels of a stored quote's JSON dict.

    Values the fast path does not recognise (a hand-edited line, say) go through the model, so
    a bad one raises ``pydantic.ValidationError`` naming the field, as loading a record does.
    """
    try:
        start = item["start"]
        end = item["end"]
        speaker = item["speaker"]
        source = item["source"]
        if (
            type(start) is not int
            or type(end) is not int
            or not 0 <= start <= end
            or (speaker is not None and type(speaker) is not str)
            or (source is not None and type(source) is not str)
        ):
            raise TypeError("not as the model writes it")
        return QuoteLabels(
            item["id"],
            item["doc_id"],
            start,
            end,
            _TYPES[item["type"]],
            speaker,
            source,
            _CONFIDENCES[item["confidence"]],
            _STATUSES[item["status"]],
            _KINDS[item["source_kind"]],
        )
    except (KeyError, TypeError):
        return QuoteLabels.of(QuoteAnnotation.model_validate(item))


def load_labels(
    store: AnnotationStore, annotators: Sequence[str]
) -> tuple[dict[str, list[QuoteLabels]], list[Problem]]:
    """Every live quote of each annotator as ``QuoteLabels``, and the unreadable lines met
    (``load_labels_and_marks`` without the marks)."""
    quotes, _, problems = load_labels_and_marks(store, annotators)
    return quotes, problems


def load_labels_and_marks(
    store: AnnotationStore, annotators: Sequence[str]
) -> tuple[dict[str, list[QuoteLabels]], dict[str, dict[str, bool]], list[Problem]]:
    """Every live quote of each annotator as ``QuoteLabels``, each annotator's latest finished
    mark per document (for ``align_corpus``), and the unreadable lines met.

    Quotes come in file order (alignment does not depend on it). A line that cannot be read or
    holds an invalid record is reported as a ``Problem`` and skipped, never fatal. Records of a
    gold file's groups still open in review (``records.open_in_review``) are left out, with one
    ``Problem`` for the file saying how many: they are not decided yet.
    """
    quotes: dict[str, list[QuoteLabels]] = {}
    marks: dict[str, dict[str, bool]] = {}
    problems: list[Problem] = []
    with paused_gc():  # hundreds of thousands of small objects, none of them cyclic
        for name in annotators:
            found: list[QuoteLabels] = []
            invalid: list[Problem] = []
            still_open = 0
            with store.open(name) as folded:
                for item, number in folded.quote_records():
                    meta = item.get("meta")
                    if meta and open_in_review(meta):
                        still_open += 1
                        continue
                    try:
                        found.append(labels_of_record(item))
                    except ValidationError as error:
                        message = f"invalid record: {describe_error(error)}; skipped"
                        invalid.append(Problem(folded.path, number, message))
                found_problems = [*folded.problems, *invalid]
                marks[name] = folded.finished_marks()
            problems.extend(sorted(found_problems, key=lambda problem: problem.line or 0))
            if still_open:
                groups = "group" if still_open == 1 else "groups"
                message = f"left out {still_open} {groups} still open in review (not decided yet)"
                problems.append(Problem(folded.path, None, message))
            quotes[name] = found
    return quotes, marks, problems
