"""The record types of quote-annotator: the one source of truth for every stored or exchanged shape.

Offsets everywhere are Python ``str`` indices (code points) into the document text, end exclusive.
A span is a ``(start, end)`` pair. A direct quote's span includes its quote marks.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from enum import IntEnum, StrEnum
from typing import Annotated, Any, Literal, Protocol

import orjson
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import to_jsonable_python

from annotator.util import counted

SchemaVersion = Literal[1]
"""The type of the current ``SCHEMA_VERSION``, for the msgspec structs that accept only it: a
checker takes no name inside ``Literal``, and ``SCHEMA_VERSION``'s annotation keeps the two in
step (bumping one alone fails mypy)."""

SCHEMA_VERSION: SchemaVersion = 1
"""Version of the stored record layout. Bump it and upgrade old records in a ``mode="before"``
validator when a stored field changes meaning or shape."""

Offset = Annotated[int, Field(ge=0, strict=True)]
"""A str offset: an int, never a bool, float or numeric string coerced into one (the writer
writes none, and export's bulk reader, msgspec, takes none: a lax model would let ``validate``
pass a hand edit that export refuses, and an import store ``true`` as 1)."""

SpanPair = tuple[Offset, Offset]
"""A ``(start, end)`` pair of str offsets, end exclusive."""


def text_sha256(text: str) -> str:
    """The hex sha256 of ``text`` encoded as UTF-8: how a document's identity is pinned."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_now() -> datetime:
    """The current time in UTC, at millisecond precision (enough for ordering, short on disk)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class QuoteType(StrEnum):
    """How the words reach the reader."""

    DIRECT = "direct"
    """Every word of the content stands inside quote marks."""
    INDIRECT = "indirect"
    """Reported speech with no quote marks."""
    MIXED = "mixed"
    """Reported speech with quoted fragments inside."""


class Status(StrEnum):
    """An annotator's verdict on a quote. A candidate with no record yet is *pending*."""

    ACCEPTED = "accepted"
    """A real quote, with the fields as labeled."""
    REJECTED = "rejected"
    """Not a quote: kept as a negative example for training and for auditing the detector."""


class Origin(StrEnum):
    """Where a labeled quote came from."""

    SUGGESTED = "suggested"
    """Pre-highlighted by the detector (the suggestion is kept beside the label)."""
    MANUAL = "manual"
    """Added by hand, or imported without a suggestion."""


class SourceKind(StrEnum):
    """The kind of channel through which a quote reached the article."""

    OUTLET = "outlet"
    """A news organisation: ``told Reuters``, ``according to TASS``."""
    EVENT = "event"
    """A press conference, a speech, a hearing, a broadcast show."""
    PUBLICATION = "publication"
    """A document: a report, a statement, a letter, a court filing."""
    SOCIAL = "social"
    """A social media post."""
    OTHER = "other"
    """Anything else."""


class Confidence(IntEnum):
    """How sure the annotator is, chosen with one key (1, 2, 3)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


def _check_span_pairs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    for start, end in spans:
        if end < start:
            raise ValueError(f"span ({start}, {end}) ends before it starts")
    return spans


class Document(BaseModel):
    """One article of a corpus."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1)
    """Stable identifier: the path relative to the corpus root, or the id of a JSONL line."""
    text: str
    """The full text, exactly as read (after UTF-8 decoding; newlines are not normalised)."""
    sha256: str = ""
    """Hex sha256 of the UTF-8 text; filled in from ``text`` when left empty."""
    meta: dict[str, Any] = Field(default_factory=dict)
    """Optional metadata: title, date, outlet, path, and whatever else a corpus carries."""

    @property
    def is_empty(self) -> bool:
        """Whether the text is empty or whitespace only: a document with nothing to annotate
        (shown as empty, never as unreadable)."""
        return not self.text.strip()

    @model_validator(mode="after")
    def _fill_and_check_hash(self) -> Document:
        actual = text_sha256(self.text)
        if not self.sha256:
            object.__setattr__(self, "sha256", actual)
        elif self.sha256 != actual:
            raise ValueError(f"sha256 {self.sha256} does not match the text (its hash is {actual})")
        return self


class Candidate(BaseModel):
    """One quote as proposed by the detector (and the shape of a quote in ``detect`` output)."""

    start: Offset
    """Offset of the first character of the quote (its opening mark for a direct quote)."""
    end: Offset
    """Offset one past the last character of the quote."""
    text: str
    """``document.text[start:end]``."""
    type: QuoteType
    """Direct, indirect or mixed."""
    score: float = Field(ge=0.0, le=1.0)
    """How likely this is a real attributed quote; low for scare quotes and titles."""
    speaker: str | None = None
    """Suggested speaker, resolved to the fullest name in the document; None if unattributed."""
    speaker_spans: list[SpanPair] = Field(default_factory=list)
    """Where the attributing mention of the speaker stands (``he``, ``Peskov``)."""
    source: str | None = None
    """Suggested channel (``Reuters``, ``a news conference``); None when heard first-hand."""
    source_kind: SourceKind | None = None
    """The kind of the suggested source."""
    source_spans: list[SpanPair] = Field(default_factory=list)
    """Where the source is named."""
    cue: str | None = None
    """The cue words (``said``, ``told``, ``according to``)."""
    cue_spans: list[SpanPair] = Field(default_factory=list)
    """Where the cue stands."""

    _check_spans = field_validator("speaker_spans", "source_spans", "cue_spans")(
        classmethod(lambda cls, v: _check_span_pairs(v))
    )

    @model_validator(mode="after")
    def _check_offsets(self) -> Candidate:
        if self.end < self.start:
            raise ValueError(f"end ({self.end}) is before start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"text has {len(self.text)} characters but the span {self.start}..{self.end} "
                f"covers {self.end - self.start}"
            )
        return self


class QuoteAnnotation(BaseModel):
    """One quote as labeled by one annotator. Every change to it is stored as a new version."""

    record: Literal["quote"] = "quote"
    """Discriminates the line types of an annotation file."""
    schema_version: int = SCHEMA_VERSION
    """Layout version of this record; older ones are upgraded on load."""
    id: str = Field(min_length=1)
    """Identifier of the quote, stable across its versions."""
    doc_id: str = Field(min_length=1)
    """Identifier of the document."""
    doc_sha256: str
    """sha256 of the document text the offsets refer to: a changed document is detected by it."""
    start: Offset
    """Offset of the first character (the opening mark for a direct quote)."""
    end: Offset
    """Offset one past the last character."""
    text: str
    """The quoted span, equal to ``document.text[start:end]``."""
    type: QuoteType = QuoteType.DIRECT
    """Direct, indirect or mixed."""
    speaker: str | None = None
    """Who said it (resolved name), or None for an unattributed quote."""
    speaker_spans: list[SpanPair] = Field(default_factory=list)
    """Where the speaker is mentioned in the text."""
    source: str | None = None
    """The channel it came through (outlet, event, document, post), or None for first-hand."""
    source_kind: SourceKind | None = None
    """The kind of that channel."""
    source_spans: list[SpanPair] = Field(default_factory=list)
    """Where the source is named."""
    cue_spans: list[SpanPair] = Field(default_factory=list)
    """Where the cue words (said, told, according to) stand."""
    confidence: Confidence = Confidence.HIGH
    """How sure the annotator is."""
    status: Status = Status.ACCEPTED
    """Accepted (a quote) or rejected (a negative)."""
    origin: Origin = Origin.MANUAL
    """Suggested by the detector or added by hand."""
    suggestion: Candidate | None = None
    """The detector's original proposal, kept so an audit can see what the annotator changed."""
    annotator: str = Field(min_length=1)
    """Who labeled it."""
    created: datetime = Field(default_factory=utc_now)
    """When the first version was written."""
    updated: datetime = Field(default_factory=utc_now)
    """When this version was written."""
    note: str = ""
    """Free text from the annotator."""
    meta: dict[str, Any] = Field(default_factory=dict)
    """Extra facts a tool attached (adjudication, import provenance); not edited in the UI."""

    _check_spans = field_validator("speaker_spans", "source_spans", "cue_spans")(
        classmethod(lambda cls, v: _check_span_pairs(v))
    )

    @field_validator("meta")
    @classmethod
    def _check_meta_storable(cls, meta: dict[str, Any]) -> dict[str, Any]:
        # The store writes with orjson, which refuses some of what JSON allows (an integer
        # beyond 64 bits): refused here, the record fails where it is made, not at a save.
        if meta:
            try:
                orjson.dumps(to_jsonable_python(meta))
            except orjson.JSONEncodeError as error:
                raise ValueError(f"cannot be stored as JSON: {error}") from None
        return meta

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 1 is the first layout; later versions upgrade older dicts here.
        return data

    @model_validator(mode="after")
    def _check_offsets(self, info: ValidationInfo) -> QuoteAnnotation:
        if self.end < self.start:
            raise ValueError(f"end: {self.end} is before start {self.start}")
        document_text = (info.context or {}).get("document_text")
        if document_text is not None:
            check_spans_against(self, document_text)
        elif len(self.text) != self.end - self.start:
            raise ValueError(
                f"text: has {len(self.text)} characters but the span {self.start}..{self.end} "
                f"covers {self.end - self.start}"
            )
        return self

    def revised(self, **changes: Any) -> QuoteAnnotation:
        """A new version of this record with ``changes`` applied, validated, and ``updated`` now."""
        data = self.model_dump()
        data.update(changes)
        data["updated"] = changes.get("updated", utc_now())
        return QuoteAnnotation.model_validate(data)


def is_stored_record_line(value: Any) -> bool:
    """Whether a parsed JSON line is a line of an annotator file (``StoreEntry``) or a stored
    record (a records-jsonl export), which a user may take for a document of quotes."""
    if not isinstance(value, dict):
        return False
    if {"rev", "change", "item"} <= value.keys():
        return True
    return value.get("record") in STORED_RECORD_KINDS and "doc_id" in value


def open_in_review(meta: Any) -> bool:
    """Whether a record's ``meta`` marks a gold record of a group the review has not settled:
    ``meta["adjudication"]["open"]`` lists differing fields not decided yet. Such a record is
    kept so that no decision is lost, but it is not gold yet (see ``annotator.adjudication``).
    """
    if not isinstance(meta, dict):
        return False
    adjudication = meta.get("adjudication")
    return isinstance(adjudication, dict) and bool(adjudication.get("open"))


def left_open_in_review(count: int) -> str:
    """The warning of every reader that leaves out ``count`` groups ``open_in_review``:
    ``left out 2 groups still open in review (not decided yet)``."""
    return f"left out {counted(count, 'group')} still open in review (not decided yet)"


def describe_error(error: ValidationError) -> str:
    """The first problem of a validation error in one line: ``field: what is wrong``.

    Checks that span several fields put the field name in their own message, so a problem with
    no location reads as that message alone.
    """
    first = error.errors()[0]
    # The discriminated union adds the record kind to the path; the reader wants field names.
    location = ".".join(
        str(part) for part in first["loc"] if part != "item" and part not in STORED_RECORD_KINDS
    )
    message = first["msg"].removeprefix("Value error, ")
    return f"{location}: {message}" if location else message


def check_spans_against(quote: QuoteAnnotation | Candidate, document_text: str) -> None:
    """Raise ``ValueError`` naming the field when a span of ``quote`` does not fit the text."""
    past = past_the_end(quote, len(document_text))
    if past is not None and quote.end > len(document_text):
        raise ValueError(past)
    if document_text[quote.start : quote.end] != quote.text:
        raise ValueError(
            f"text: {quote.text[:40]!r} does not match the document at "
            f"{quote.start}..{quote.end} ({document_text[quote.start : quote.end][:40]!r})"
        )
    if past is not None:
        raise ValueError(past)


class Spanned(Protocol):
    """A quote or suggestion of any storage (a model, a decoded struct): its end and, by
    name, its lists of ``SPAN_FIELDS``."""

    @property
    def end(self) -> int:
        """Offset just past the quote."""
        ...


SPAN_FIELDS = ("speaker_spans", "source_spans", "cue_spans")
"""The fields of a quote that hold spans of the text besides the quote's own."""


def past_the_end(quote: Spanned, size: int, field: str = "") -> str | None:
    """What of ``quote`` runs past the end of a text of ``size`` characters, said as the model
    says what it refuses (``field: problem``, each field under ``field`` when given); None when
    every span fits. The one check of every command that holds spans against a text."""
    prefix = f"{field}." if field else ""
    if quote.end > size:
        return f"{prefix}end: {quote.end} is past the end of the text ({size} characters)"
    for name in SPAN_FIELDS:
        for start, end in getattr(quote, name):
            if end > size:
                return (
                    f"{prefix}{name}: ({start}, {end}) runs past the end of the text "
                    f"({size} characters)"
                )
    return None


class Deletion(BaseModel):
    """A tombstone: the quote with this id no longer exists for this annotator."""

    record: Literal["deletion"] = "deletion"
    """Discriminates the line types of an annotation file."""
    schema_version: int = SCHEMA_VERSION
    """Layout version of this record."""
    id: str = Field(min_length=1)
    """Identifier of the deleted quote."""
    doc_id: str = Field(min_length=1)
    """Document the quote belonged to."""
    annotator: str = Field(min_length=1)
    """Who deleted it."""
    updated: datetime = Field(default_factory=utc_now)
    """When it was deleted."""


class DocumentFinished(BaseModel):
    """An annotator's word on a whole document: finished (every quote in it labelled, so a
    quote they have no label for is one they found none of) or not finished.

    The latest mark of a document wins; ``finished=False`` takes a mark back. A document with
    labels and no mark at all counts as finished, as every document did before marks existed
    (see ``AnnotatorFile.is_finished``)."""

    record: Literal["finished"] = "finished"
    """Discriminates the line types of an annotation file."""
    schema_version: int = SCHEMA_VERSION
    """Layout version of this record."""
    doc_id: str = Field(min_length=1)
    """The document."""
    annotator: str = Field(min_length=1)
    """Whose mark it is."""
    finished: bool = True
    """Whether the annotator has finished the document (False: not, or not any more)."""
    updated: datetime = Field(default_factory=utc_now)
    """When the mark was written."""


def counts_as_finished(mark: bool | None, labelled: bool) -> bool:
    """Whether an annotator counts as having finished a document, from their latest mark of it
    (None: no mark) and whether they have a label there.

    The mark decides; without one, a labelled document counts as finished, as every document
    did before marks existed, so the figures of files written before them do not change.
    """
    return labelled if mark is None else mark


STORED_RECORD_KINDS = ("quote", "deletion", "finished")
"""The ``record`` values of the lines of an annotation file."""


class Change(StrEnum):
    """What kind of step a stored line is, so undo and redo survive a restart."""

    EDIT = "edit"
    """An ordinary change by the annotator (or a tool)."""
    UNDO = "undo"
    """Restores the state before the latest not-yet-undone edit."""
    REDO = "redo"
    """Re-applies the latest undone edit."""


class StoreEntry(BaseModel):
    """One line of an annotator's append-only file: a version of a record and the kind of step."""

    rev: int = Field(ge=1)
    """Position of this step in the file's history (1-based, strictly increasing)."""
    change: Change = Change.EDIT
    """Edit, undo or redo."""
    item: Annotated[QuoteAnnotation | Deletion | DocumentFinished, Field(discriminator="record")]
    """The record version this step writes."""


RECORD_TYPES: dict[str, type[BaseModel]] = {
    "document": Document,
    "candidate": Candidate,
    "quote-annotation": QuoteAnnotation,
    "deletion": Deletion,
    "document-finished": DocumentFinished,
    "store-entry": StoreEntry,
}
"""Every record type, by the name its JSON Schema file carries in ``schemas/``."""
