"""Export labels to a dataset folder, and import another tool's labels into the store.

Export: pick the records (annotators or the adjudicated gold, rejected candidates as negatives or
not, a minimum confidence, and by default none of an annotator's on a document they have not
finished), attach each to its document, split the documents into train/dev/test
by a hash of seed and document id, hand them to a format's writer, and write ``manifest.json``.
The dataset is written into a temporary folder and moved into place at the end, so an export that
fails leaves nothing half-written. A large annotator file exported to a format written line by
line is read and written in two processes, the second half of the file in a forked child
(``_export_in_two``), when the result is byte for byte what one process writes.

Import: read a file with a format's reader and validate every quote against its document; a bad
file imports nothing unless ``skip_bad`` is set, and every problem names its file and line. Into
a file that holds lines already, the records are compared with what is stored and appended at
once (``save_many``: batched appends, one fsync). A first import writes each document's records
while it reads on, into a temporary that only a wholly good file moves into place
(``FirstImport``); a large one reads its second half in a forked child meanwhile
(``_import_in_two``).

Neither direction builds a pydantic model per plainly valid quote. Export carries the
store's records as ``record_codec.BulkQuote`` structs, decoded and type-checked in C
(``store.read_live_records``). Import decodes the usual quotes-jsonl line with msgspec into
structs laid out as the stored record (``ImportedQuote``), checks and finishes them column
by column (``_plain_structs``) and encodes them as they stand; other formats' quotes are
plain JSON dicts, checked column by column in C (``plain_import_records``); only what is
not plainly valid goes through the pydantic models, which word the errors.

Plain Python: nothing here imports the terminal UI.
"""

from __future__ import annotations

import ctypes
import glob
import hashlib
import math
import os
import pickle
import re
import shutil
import signal
import sys
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import chain, compress, count, groupby, islice, repeat, starmap
from operator import (
    and_,
    attrgetter,
    contains,
    ge,
    is_,
    is_not,
    itemgetter,
    le,
    lt,
    ne,
    not_,
    sub,
)
from pathlib import Path
from typing import Any, TypeGuard, cast

import msgspec
import orjson
from pydantic import TypeAdapter, ValidationError

from annotator import __version__
from annotator.anchoring import Anchor, anchor_quote
from annotator.corpus import Corpus, JsonlCorpus
from annotator.errors import CorpusError, Problem, UserError, noting_skipped
from annotator.fold_snapshot import left_by_ended_process, records_per_line
from annotator.formats.base import (
    BadLine,
    ExportOptions,
    ExportUnit,
    Format,
    LineWriter,
    ReadDocument,
    ReadQuote,
    Record,
    Writer,
    WriteResult,
    confidence_from_score,
    confidence_value,
    record_order,
)
from annotator.formats.quotes_jsonl import QUOTE_KEYS, ImportedQuote, quote_fields
from annotator.record_codec import (
    ENCODER,
    BulkQuote,
    StoredCandidate,
    StoredDeletion,
    StoredFinished,
    bulk_quotes,
    kept_of_kind,
    only_quotes,
    record_json,
    stored_record,
)
from annotator.records import (
    SCHEMA_VERSION,
    SPAN_FIELDS,
    Candidate,
    Confidence,
    Document,
    Origin,
    QuoteAnnotation,
    QuoteType,
    SourceKind,
    Status,
    describe_error,
    open_in_review,
    past_the_end,
    text_sha256,
    utc_now,
)
from annotator.store import (
    AnnotationStore,
    AnnotatorFile,
    EditLines,
    FirstImport,
    fold_items_and_marks,
    latest_marks,
    read_live_records_and_marks,
    read_writer_lines,
)
from annotator.util import counted, paused_gc

GOLD_ANNOTATOR = "gold"
"""The store's annotator file that holds the adjudicated gold (written by ``review``)."""

_OPEN_FIELDS = re.compile(rb'"open"\s*:\s*\[\s*"')
"""What a gold record of a group the review has not settled holds (``meta.adjudication.open``
listing a field still to decide)."""

_META = attrgetter("meta")


def _is_open_record(record: BulkQuote) -> bool:
    meta = bytes(record.meta)
    if _OPEN_FIELDS.search(meta) is None:
        return False
    return open_in_review(msgspec.json.decode(meta))


def _any_open(records: Iterable[BulkQuote]) -> bool:
    """Whether some of ``records`` may be of a group still open in review: a quick look at
    the bytes of each ``meta``."""
    return any(map(_OPEN_FIELDS.search, map(_META, records)))


def _leave_out_open(
    records: list[BulkQuote], lines: list[int]
) -> tuple[list[BulkQuote], list[int], int]:
    """``records`` (and their ``lines``) but those of groups still open in review, and how
    many those were: a partly decided group is not gold yet (see ``adjudication``). Only a
    file ``review`` wrote (``--out``, whatever it is called) holds such records."""
    if not _any_open(records):
        return records, lines, 0
    kept = [not _is_open_record(record) for record in records]
    left_out = kept.count(False)
    if not left_out:
        return records, lines, 0
    return list(compress(records, kept)), list(compress(lines, kept)), left_out


def _not_finished(marks: dict[str, bool]) -> set[str]:
    """The documents whose latest mark says not finished."""
    return {doc_id for doc_id, finished in marks.items() if not finished}


def _leave_out_unfinished(
    records: list[BulkQuote], lines: list[int], not_finished: AbstractSet[str]
) -> tuple[list[BulkQuote], list[int], list[str]]:
    """``records`` (and their ``lines``) but those on the documents ``not_finished``, and those
    of the documents left out (sorted): as ``agreement`` counts them (``records.
    counts_as_finished``), a document labelled and never marked counts as finished, so only a
    latest mark saying not finished leaves a document out."""
    if not not_finished or not records:
        return records, lines, []
    left_out = list(map(not_finished.__contains__, map(_DOC_ID, records)))
    if not any(left_out):
        return records, lines, []
    kept = list(map(not_, left_out))
    documents = sorted(set(map(_DOC_ID, compress(records, left_out))))
    return list(compress(records, kept)), list(compress(lines, kept)), documents


DEFAULT_EXPORTS = Path("exports")
"""Where exports go unless ``--out`` says otherwise: ``exports/<name>/``."""

SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}
"""Split names by how many ratios were given."""

ProgressCallback = Callable[[int, int], None]
"""Called with (quotes done, quotes in all) while a long export or import runs."""

# -- reading the store fast ---------------------------------------------------------------------


@dataclass
class Located:
    """Records and where each was read from: the lines are only turned into ``file:line`` for
    an error message, so a million records cost no million strings."""

    records: list[BulkQuote] = field(default_factory=list)
    """The records, in the order read."""
    sources: list[tuple[Path | str, int, Sequence[int | None]]] = field(default_factory=list)
    """Per file read: the file, the index of its first record, and each record's line (None
    when the file is the whole place, as ``file:line`` strings of a plan are)."""
    check_suggestions: bool = False
    """Whether attaching checks each record's stored suggestion too (``records-jsonl`` writes
    it as it stands; other formats never read it, and pay nothing)."""
    problems: list[Problem] = field(default_factory=list)
    """Where attaching the records to their documents reports each it left out: a record the
    model refuses (a span backwards or of another shape, edited by hand in a raw field the
    bulk read passes on unchecked), skipped with a warning as the fold skips a broken line.
    Often the list of lines the reading skipped, so that they are told in file order."""

    def extend(self, path: Path | str, found: Sequence[tuple[BulkQuote, int | None]]) -> None:
        """Add ``(record, line)`` pairs read from ``path``."""
        self.add(path, list(map(itemgetter(0), found)), list(map(itemgetter(1), found)))

    def add(
        self, path: Path | str, records: Sequence[BulkQuote], lines: Sequence[int | None]
    ) -> None:
        """Add ``records`` read from ``path``, ``lines[i]`` being where ``records[i]`` stood."""
        self.sources.append((path, len(self.records), lines))
        self.records.extend(records)

    def where(self, record: BulkQuote) -> str:
        """``file:line`` of ``record`` (one of ``records``, found by identity)."""
        path, line = self.place(record)
        return f"{path}:{line}" if line is not None else str(path)

    def place(self, record: BulkQuote) -> tuple[Path | str, int | None]:
        """The file and line ``record`` (one of ``records``, found by identity) was read from."""
        index = next(i for i, known in enumerate(self.records) if known is record)
        path, first, lines = next(source for source in reversed(self.sources) if source[1] <= index)
        return path, lines[index - first]

    def skip_invalid(self, record: BulkQuote, error: ValidationError) -> None:
        """Report ``record``, which the model refuses with ``error``, as skipped."""
        self.skip(record, describe_error(error))

    def skip(self, record: BulkQuote, problem: str) -> None:
        """Report ``record`` as skipped for ``problem`` (``field: what is wrong``), in the
        words of a line the model refuses."""
        path, line = self.place(record)
        self.problems.append(Problem(Path(path), line, f"invalid record: {problem}; skipped"))


SNAPSHOT_LIVE_SHARE = 0.7
"""Below this many records per line (as its fold snapshot counts them, deleted ones too), a
store file is read through its fold rather than line by line."""


def read_annotator_records(
    store: AnnotationStore, name: str
) -> tuple[list[BulkQuote], list[int], list[Problem], str, dict[str, bool]]:
    """Live quote records of one annotator file, the line of each, the lines skipped, the
    sha256 of exactly the bytes they were read from (a writer may append meanwhile: readers
    take no lock), and the latest finished mark of each document marked."""
    path = store.path_for(name)
    share = records_per_line(path)
    if share is not None and share < SNAPSHOT_LIVE_SHARE:
        # A file edited over and over is mostly superseded lines. Its snapshot says where the
        # live ones are, so only those are parsed; the fold reports what it skips, and on a
        # file the writer wrote gives what reading every line would. A snapshot that no longer
        # describes the file (a copied store) costs a full fold, whose result serves all the
        # same: reading the file again would only repeat it.
        with store.open(name) as folded:
            return _folded_records(folded)
    digest = hashlib.sha256()  # fed on the other core, by the thread that reads the file
    found = read_live_records_and_marks(path, digest)
    if found is not None:
        return found[0], found[1], [], digest.hexdigest(), found[2]
    # Not wholly the writer's own: the fold reads it line by line and reports what it skips.
    with store.open(name) as folded:
        return _folded_records(folded)


def _folded_records(
    folded: AnnotatorFile,
) -> tuple[list[BulkQuote], list[int], list[Problem], str, dict[str, bool]]:
    """``read_annotator_records``'s answer from a fold of the file."""
    marks = folded.finished_marks()
    found = folded.bulk_records()
    if found is not None:
        return found[0], found[1], list(folded.problems), folded.folded_sha256(), marks
    pairs = list(folded.quote_records())
    problems = list(folded.problems)
    records, lines = _as_bulk_quotes(
        list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs)), folded.path, problems
    )
    return records, lines, problems, folded.folded_sha256(), marks


def _as_bulk_quotes(
    records: list[Record], lines: list[int], path: Path, problems: list[Problem]
) -> tuple[list[BulkQuote], list[int]]:
    """``records`` (JSON dicts of quotes, read from ``lines`` of ``path``) as ``BulkQuote``.

    All at once in C when every record is the writer's; otherwise one by one, each that does
    not convert going through the model (which fills in what an older record left out), and
    one the model refuses too is reported in ``problems`` and left out, as ``AnnotatorFile``
    does with a line it cannot read.
    """
    try:
        return bulk_quotes(records), lines
    except msgspec.ValidationError:
        pass
    converted: list[BulkQuote] = []
    kept: list[int] = []
    for record, line in zip(records, lines, strict=True):
        try:
            [quote] = bulk_quotes([record])
        except msgspec.ValidationError:
            try:
                model = QuoteAnnotation.model_validate(record)
            except ValidationError as error:
                message = f"invalid record: {describe_error(error)}; skipped"
                problems.append(Problem(path, line, message))
                continue
            [quote] = bulk_quotes([model.model_dump(mode="json")])
        converted.append(quote)
        kept.append(line)
    return converted, kept


# -- choosing what to export --------------------------------------------------------------------


@dataclass
class Selection:
    """Which records go into an export."""

    include_rejected: bool = False
    """Keep rejected candidates (as negatives) instead of leaving them out."""
    min_confidence: int = 1
    """Leave out quotes labeled with less confidence than this (1-3)."""
    include_unfinished: bool = False
    """Keep an annotator's labels on a document they have not finished (marked not finished
    last), which an export of the store leaves out by default, as ``agreement`` does: in a
    half-labelled document the quotes not reached would be taken for no quotes."""

    def keeps(self, record: Record) -> bool:
        """Whether ``record`` passes the selection."""
        if record["status"] == Status.REJECTED.value and not self.include_rejected:
            return False
        confident_enough: bool = record["confidence"] >= self.min_confidence
        return confident_enough


@dataclass
class SplitSpec:
    """A deterministic split of documents: each goes where the hash of seed and id falls."""

    ratios: tuple[float, ...]
    """Shares of train/(dev/)test, summing to 1."""
    seed: int = 0
    """Changes the assignment; the same seed always gives the same split."""

    @property
    def names(self) -> tuple[str, ...]:
        """The split names in order."""
        return SPLIT_NAMES[len(self.ratios)]

    def assign(self, doc_id: str) -> str:
        """The split of one document: it never depends on the other documents, so adding
        documents later never moves one already exported from test to train."""
        digest = hashlib.sha256(f"{self.seed}\x00{doc_id}".encode()).digest()
        point = int.from_bytes(digest[:8], "big") / 2**64
        total = 0.0
        for name, ratio in zip(self.names, self.ratios, strict=True):
            total += ratio
            if point < total:
                return name
        return self.names[-1]


def parse_split(value: str, seed: int = 0) -> SplitSpec:
    """``80/10/10`` (train/dev/test) or ``90/10`` (train/test) as a ``SplitSpec``."""
    parts = value.replace(",", "/").split("/")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        raise UserError(f"--split {value!r}: expected numbers like 80/10/10") from None
    if not all(map(math.isfinite, numbers)):  # float() takes "nan" and "inf": no share
        raise UserError(f"--split {value!r}: expected numbers like 80/10/10")
    if len(numbers) not in SPLIT_NAMES or any(n < 0 for n in numbers) or sum(numbers) <= 0:
        raise UserError(f"--split {value!r}: give 2 or 3 non-negative shares, like 80/10/10")
    total = sum(numbers)
    return SplitSpec(tuple(n / total for n in numbers), seed)


def empty_splits_note(manifest: dict[str, Any]) -> str | None:
    """Why a split export wrote no file for some split, or None when every split holds a
    document: a few documents often all fall in one (``SplitSpec.assign``), and the files
    missing look like a failed export."""
    split = manifest.get("split")
    if not split:
        return None
    documents: dict[str, list[str]] = split["documents"]
    empty = [name for name, doc_ids in documents.items() if not doc_ids]
    if not empty:
        return None
    if len(empty) == len(documents):
        # Nothing to explain by hashing: every document was left out (a gold file whose review
        # stopped half way leaves out every document still open, say).
        return "no document was exported, so no split file was written"
    filled = ", ".join(
        f"{len(doc_ids)} in {name}" for name, doc_ids in documents.items() if doc_ids
    )
    shares = "/".join(f"{ratio * 100:g}" for ratio in split["ratios"].values())
    total = sum(map(len, documents.values()))
    named, one = " and ".join(empty), len(empty) == 1
    return (
        f"{named} {'is' if one else 'are'} empty, so no file was written for "
        f"{'it' if one else 'them'}: none of the {total} "
        f"{'document' if total == 1 else 'documents'} fell there ({filled}); a document's split "
        f"comes from a hash of --seed and its id, so that it never moves as documents are added, "
        f"and the shares come near {shares} only over many documents"
    )


@dataclass
class ExportSource:
    """Documents with their selected records, ready to write, and where they came from."""

    units: list[tuple[Document, list[BulkQuote]]]
    """Each document with its records, in corpus order; records sorted by ``record_order``."""
    inputs: list[dict[str, Any]]
    """Input files with their sha256, for the manifest."""
    annotators: list[str]
    """Whose records were selected."""
    description: dict[str, Any]
    """Where the records came from (store or file), for the manifest."""
    problems: list[Problem] = field(default_factory=list)
    """Lines of the inputs that were skipped (torn or invalid store lines)."""
    selection: Selection = field(default_factory=Selection)
    """The selection applied."""

    @property
    def quote_count(self) -> int:
        """Records in all."""
        return sum(map(len, map(itemgetter(1), self.units)))


def file_sha256(path: Path) -> str:
    """The hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def collect_from_store(
    store: AnnotationStore,
    corpus: Corpus,
    *,
    annotators: list[str] | None = None,
    gold: bool = False,
    selection: Selection | None = None,
    check_suggestions: bool = False,
) -> ExportSource:
    """The selected records of a store, attached to the corpus documents they point to.

    ``annotators`` None means every annotator file in the store but the gold (as ``agreement``
    does; name it to include it); ``gold`` means the gold file alone. Records of groups a
    review left open are left out of whichever file holds them (a review's ``--out``, whatever
    it is called), and counted as ``open_left_out`` in the description, so in the manifest's
    ``source``. An annotator's records on a document they have not finished are left out
    unless ``selection.include_unfinished``, and named in ``left_out_unfinished`` there
    (``_unfinished_description``). A quote whose document is
    missing from the corpus is an error naming the annotation file and line; a quote whose
    document changed is moved to its words if they stand there once (as ``validate --reanchor``
    would) and is an error otherwise; the store lines skipped until then come as its notes
    (``errors.noting_skipped``). With ``check_suggestions`` (for a format that
    ``writes_suggestions``), a record whose stored suggestion the model refuses is skipped,
    and named in ``problems``.
    """
    selection = selection or Selection()
    names = _store_files(store, annotators, gold)
    inputs: list[dict[str, Any]] = []
    problems: list[Problem] = []
    located = Located(check_suggestions=check_suggestions, problems=problems)
    left_out = 0
    unfinished: dict[str, list[str]] = {}
    # The corpus file is hashed on the other core while this one reads the store.
    with (
        noting_skipped(problems),
        paused_gc(),
        ThreadPoolExecutor(1, thread_name_prefix="corpus-sha256") as hashing,
    ):
        corpus_sha256 = (
            hashing.submit(file_sha256, corpus.location)
            if isinstance(corpus, JsonlCorpus)
            else None
        )
        for name in names:
            records, lines, skipped, sha256, marks = read_annotator_records(store, name)
            path = store.path_for(name)
            records, lines, still_open = _leave_out_open(records, lines)
            left_out += still_open
            if not selection.include_unfinished:
                records, lines, unfinished[name] = _leave_out_unfinished(
                    records, lines, _not_finished(marks)
                )
            located.add(path, records, lines)
            del records, lines
            problems.extend(skipped)
            inputs.append({"path": str(path), "sha256": sha256})
        units = _attach(located, corpus, selection)
        if corpus_sha256 is not None:
            inputs.append({"path": str(corpus.location), "sha256": corpus_sha256.result()})
    description = _store_description(store, names, gold, left_out, selection, unfinished)
    return ExportSource(units, inputs, names, description, problems, selection)


def _store_files(store: AnnotationStore, annotators: list[str] | None, gold: bool) -> list[str]:
    """The annotator files an export of ``store`` reads (see ``collect_from_store``); a
    ``UserError`` when one is missing or there are none."""
    if gold:
        names = [GOLD_ANNOTATOR]
    elif annotators:
        names = list(dict.fromkeys(annotators))
    else:
        names = [name for name in store.annotators() if name != GOLD_ANNOTATOR]
    if not names:
        raise UserError(f"{store.root}: no annotation files to export")
    for name in names:
        path = store.path_for(name)
        if not path.exists():
            hint = " (run review to adjudicate one)" if name == GOLD_ANNOTATOR else ""
            raise UserError(f"{path}: no such annotation file{hint}")
    return names


def _store_description(
    store: AnnotationStore,
    names: list[str],
    gold: bool,
    open_left_out: int,
    selection: Selection,
    unfinished: dict[str, list[str]],
) -> dict[str, Any]:
    """Where an export of ``store`` came from, for the manifest; how many records of groups
    still open in review it left out (``collect_from_store``): always said by a gold export,
    by any other when it left some out; and the documents it left out as not finished
    (``unfinished``: each annotator's)."""
    description: dict[str, Any] = {"store": str(store.root), "annotators": names, "gold": gold}
    if gold or open_left_out:
        description["open_left_out"] = open_left_out
    description["include_unfinished"] = selection.include_unfinished
    description["left_out_unfinished"] = _unfinished_description(names, unfinished)
    return description


def _unfinished_description(names: list[str], unfinished: dict[str, list[str]]) -> dict[str, Any]:
    """The manifest's ``left_out_unfinished``: how many documents some annotator's records
    were left out of as not finished, how many each annotator's were, and which (as
    ``agreement --json`` counts them, with the documents)."""
    doc_ids = {name: sorted(unfinished.get(name, ())) for name in names}
    return {
        "documents": len(set().union(*doc_ids.values())),
        "annotators": {name: len(documents) for name, documents in doc_ids.items()},
        "doc_ids": doc_ids,
    }


_DOC_ID = attrgetter("doc_id")
_START = attrgetter("start")
_END = attrgetter("end")
_DOC_SHA256 = attrgetter("doc_sha256")
_STATUS = attrgetter("status")
_ANNOTATOR = attrgetter("annotator")
_CONFIDENCE = attrgetter("confidence")


def _selected(records: list[BulkQuote], selection: Selection) -> list[BulkQuote]:
    """``records`` that ``selection.keeps``, decided column by column."""
    if selection.include_rejected and selection.min_confidence <= Confidence.LOW.value:
        return records  # every stored confidence is at least low
    kept = map(ge, map(_CONFIDENCE, records), repeat(selection.min_confidence))
    if not selection.include_rejected:
        # Decoded statuses are the enum's members: compared by identity first, in C.
        accepted = map(is_not, map(_STATUS, records), repeat(Status.REJECTED))
        kept = map(and_, kept, accepted)
    return list(compress(records, kept))


def _grouped(records: list[BulkQuote], doc_ids: list[str]) -> dict[str, list[BulkQuote]]:
    """``records`` by document (``doc_ids`` is the document of each), the documents in the
    order their first record was read."""
    if not records:
        return {}
    changes = list(compress(range(1, len(doc_ids)), map(ne, islice(doc_ids, 1, None), doc_ids)))
    firsts = [doc_ids[0], *map(doc_ids.__getitem__, changes)]
    if len(set(firsts)) == len(firsts):
        # Each document's records in one run, as a store written document by document holds
        # them: the groups are slices, cut in C (and only the runs' ids are hashed).
        bounds = [0, *changes, len(records)]
        groups = map(records.__getitem__, map(slice, bounds, bounds[1:]))
        return dict(zip(firsts, groups, strict=True))
    # Interleaved: a stable sort by document, in C, keeps each document's records in order.
    order = dict.fromkeys(doc_ids)
    groups_by_id = {
        doc_id: list(group) for doc_id, group in groupby(sorted(records, key=_DOC_ID), key=_DOC_ID)
    }
    return {doc_id: groups_by_id[doc_id] for doc_id in order}


def _attach(
    located: Located, corpus: Corpus, selection: Selection
) -> list[tuple[Document, list[BulkQuote]]]:
    by_doc = _grouped(located.records, list(map(_DOC_ID, located.records)))
    # Documents in the order their first quote was read.
    order = list(by_doc)
    missing = [doc_id for doc_id in order if doc_id not in corpus]
    if missing:
        where = located.where(by_doc[missing[0]][0])
        raise UserError(f"{where}: document {missing[0]!r} is not in the corpus {corpus.location}")
    order.sort(key=corpus.index)
    units: list[tuple[Document, list[BulkQuote]]] = []
    found = corpus.documents(order)
    # A corpus may hold its file open while ``found`` runs: a stale quote below must not leave
    # it open for as long as the error is kept. A corpus that leaves out unreadable documents
    # (``Corpus.skip_bad``) leaves their quotes out with them.
    with closing(found):
        for document in found:
            units.append(_unit(document, by_doc[document.id], selection, located))
    return units


def _unit(
    document: Document, records: list[BulkQuote], selection: Selection, located: Located
) -> tuple[Document, list[BulkQuote]]:
    """``document`` with the ``selection`` of its ``records``, anchored and in quote order."""
    kept = _selected(records, selection)
    sha256 = document.sha256
    if list(map(_DOC_SHA256, kept)).count(sha256) != len(kept):
        kept = [
            record
            if record.doc_sha256 == sha256
            else _reanchored(record, located.where(record), document)
            for record in kept
        ]
    starts = list(map(_START, kept))
    ends = list(map(_END, kept))
    # The bulk read checks each field alone (record_codec), not a span against the text: a
    # hand edit that keeps a line's layout can leave one running backwards or past the end,
    # which every format would write as it stands. Two passes in C over ints already decoded.
    if kept and (max(ends) > len(document.text) or not all(map(le, starts, ends))):
        kept = _refuse_out_of_range(kept, document, located)
        starts = list(map(_START, kept))
    if kept:
        fitting = _refuse_parts_out_of_range(kept, document, located)
        if located.check_suggestions:
            fitting = _skip_invalid_suggestions(fitting, located, len(document.text))
        if len(fitting) != len(kept):
            kept, starts = fitting, list(map(_START, fitting))
    # Quotes stored in reading order (as a document is labeled, or imported) are in
    # ``record_order`` already when their starts rise: no key tuple per quote is built.
    if not all(map(lt, starts, islice(starts, 1, None))):
        kept.sort(key=record_order)
    return document, kept


def _model_error(record: BulkQuote) -> ValidationError | None:
    """What the model says is wrong with ``record``, or None when it takes it."""
    try:
        QuoteAnnotation.model_validate(record_json([record])[0])
    except ValidationError as error:
        return error
    return None


def _refuse_out_of_range(
    records: list[BulkQuote], document: Document, located: Located
) -> list[BulkQuote]:
    """``records`` but those whose span does not fit ``document``: one the model refuses too
    (backwards: a broken line) is skipped (``Located.skip_invalid``); for one it takes (past
    the end of a text that changed) ``UserError`` is raised, naming it."""
    size = len(document.text)
    kept: list[BulkQuote] = []
    for record in records:
        if record.start > record.end:
            what = "which ends before it starts"
        elif record.end > size:
            what = f"past the end of the text ({size} characters)"
        else:
            kept.append(record)
            continue
        error = _model_error(record)
        if error is not None:
            located.skip_invalid(record, error)
            continue
        raise UserError(
            f"{located.where(record)}: quote {record.id!r} in {document.id!r} spans "
            f"{record.start}..{record.end}, {what}; nothing was exported (validate lists every "
            "such quote)"
        )
    return kept


_CUES = attrgetter("cue_spans")
_SPANS_DECODER = msgspec.json.Decoder(list[tuple[int, int]])
# Every speaker and source span list of a document's records at once: one call in C, which
# takes a value of any other shape (``[[1],[2]]``, ``[[1,2,3,4]]``, ``[1,2]``) as no span list.
_SPAN_LISTS_DECODER = msgspec.json.Decoder(list[list[tuple[int, int]]])


def _refuse_parts_out_of_range(
    records: list[BulkQuote], document: Document, located: Located
) -> list[BulkQuote]:
    """``records`` but those with a speaker, source or cue span that runs backwards or past
    the end of ``document``, or is no list of spans: one the model refuses (a broken line) is
    skipped (``Located.skip_invalid``), as the fold skips a cue span of another shape; for one
    it takes (past the end of a text that changed) ``UserError`` is raised, naming it.

    The speaker and source spans are kept raw (``BulkQuote``): a document's are decoded at
    once, as one list of span lists, and their offsets checked together, so spans that fit cost a
    few passes in C; only a document with one that does not (or with a value that is no list of
    spans) is read record by record."""
    raw_spans = b",".join(
        chain.from_iterable((record.speaker_spans, record.source_spans) for record in records)
    )
    size = len(document.text)
    try:
        span_lists = _SPAN_LISTS_DECODER.decode(b"[" + raw_spans + b"]")
    except (msgspec.DecodeError, msgspec.ValidationError):
        offsets = [-1]  # no list of spans somewhere: read record by record below, which names it
    else:
        offsets = list(chain.from_iterable(chain.from_iterable(span_lists)))
    offsets.extend(chain.from_iterable(chain.from_iterable(map(_CUES, records))))
    starts, ends = offsets[0::2], offsets[1::2]
    if not offsets or (
        len(offsets) % 2 == 0
        and min(offsets) >= 0
        and max(ends) <= size
        and all(map(le, starts, ends))
    ):
        return records
    kept: list[BulkQuote] = []
    for record in records:
        what = ""
        for part in SPAN_FIELDS:
            value = getattr(record, part)
            try:
                spans = _SPANS_DECODER.decode(value) if part != "cue_spans" else value
            except (msgspec.DecodeError, msgspec.ValidationError):
                what = "which is no list of spans"
                shown = bytes(value).decode("utf-8", "replace")
            else:
                shown, what = "", ""
                for start, end in spans:
                    shown = f"{start}..{end}"
                    if start < 0 or start > end:
                        what = (
                            "which ends before it starts"
                            if start >= 0
                            else "which starts before the text"
                        )
                    elif end > size:
                        what = f"past the end of the text ({size} characters)"
                    if what:
                        break
            if what:
                break
        if not what:
            kept.append(record)
            continue
        error = _model_error(record)
        if error is not None:
            located.skip_invalid(record, error)
            continue
        raise UserError(
            f"{located.where(record)}: quote {record.id!r} in {document.id!r} has "
            f"{part} {shown}, {what}; nothing was exported (validate lists every "
            "such quote)"
        )
    return kept


_SUGGESTION = attrgetter("suggestion")
_SUGGESTIONS_DECODER = msgspec.json.Decoder(list[StoredCandidate | None])
_CANDIDATE_SPANS = attrgetter("speaker_spans", "source_spans", "cue_spans")


def _suggestions_valid(suggestions: list[StoredCandidate | None], size: int) -> bool:
    """Whether decoded suggestions pass the checks across fields their model makes (spans in
    order, ``text`` as long as its span), which the struct's types do not, and fit a text of
    ``size`` characters: column by column, each pass in C."""
    present = list(filter(None, suggestions))
    starts = list(map(_START, present))
    ends = list(map(_END, present))
    spans = list(chain.from_iterable(chain.from_iterable(map(_CANDIDATE_SPANS, present))))
    return (
        all(map(le, starts, ends))
        and list(map(len, map(_TEXT_OF, present))) == list(map(sub, ends, starts))
        and all(starmap(le, spans))
        and max(ends, default=0) <= size
        and max(map(itemgetter(1), spans), default=0) <= size
    )


_ONE_SUGGESTION_DECODER = msgspec.json.Decoder(StoredCandidate | None)


def _skip_invalid_suggestions(
    records: list[BulkQuote], located: Located, size: int
) -> list[BulkQuote]:
    """``records`` but those whose stored suggestion the model refuses (a span backwards or
    of another shape, a text not as long as its span: a hand edit of a field the bulk read
    keeps raw) or that runs past the end of their document's text of ``size`` characters
    (which the model, knowing no text, takes), each skipped with a warning
    (``Located.skip_invalid``) as a broken line is.

    A document's suggestions are decoded at once, typed, in one call in C; only a document
    with one that fails is read record by record through the model, which names what is
    wrong."""
    raw = b",".join(map(_SUGGESTION, records))
    try:
        suggestions = _SUGGESTIONS_DECODER.decode(b"[" + raw + b"]")
    except (msgspec.DecodeError, msgspec.ValidationError):
        pass
    else:
        if _suggestions_valid(suggestions, size):
            return records
    kept: list[BulkQuote] = []
    for record in records:
        error = _model_error(record)
        if error is not None:
            located.skip_invalid(record, error)
            continue
        # The model took it, so it decodes; a span past the end is left to check.
        suggestion = _ONE_SUGGESTION_DECODER.decode(record.suggestion)
        past = None if suggestion is None else past_the_end(suggestion, size, "suggestion")
        if past is None:
            kept.append(record)
        else:
            located.skip(record, past)
    return kept


def _reanchored(record: BulkQuote, where: str, document: Document) -> BulkQuote:
    quote = QuoteAnnotation.model_validate(record_json([record])[0])
    placed = anchor_quote(quote, document)
    if placed.anchor is Anchor.STALE:
        raise UserError(
            f"{where}: quote {quote.id!r} in {document.id!r} is stale: the document changed "
            f"and {placed.reason} (fix it in annotate, or see validate)"
        )
    return bulk_quotes([placed.quote.model_dump(mode="json")])[0]


def collect_from_file(
    fmt: Format,
    path: str | Path,
    corpus: Corpus | None = None,
    *,
    selection: Selection | None = None,
    annotator: str | None = None,
) -> ExportSource:
    """Records read from an import file (``--input``), to convert it to another format.

    Quotes are validated exactly as an import would validate them; quotes that name no annotator
    get ``annotator`` (default: the file's stem, ``gold`` for ``gold.jsonl``).
    """
    path = Path(path)
    selection = selection or Selection()
    name = annotator or _annotator_name(path.stem)
    plan = plan_import(fmt, path, annotator=name, corpus=corpus, keep_annotators=True)
    if plan.problems:
        raise UserError(_refusal(plan.problems, "nothing was exported"))
    located = Located()
    records = bulk_quotes(list(map(itemgetter(0), plan.quotes)))
    for record, (_, where) in zip(records, plan.quotes, strict=True):
        located.extend(where, [(record, None)])
    if corpus is None:
        units = _attach_in_file_order(located.records, plan.documents, selection)
    else:
        units = _attach(located, corpus, selection)
    inputs = [{"path": str(path), "sha256": _input_sha256(path)}]
    annotators = sorted({record.annotator for _, records in units for record in records})
    description = {"input": str(path), "input_format": fmt.name, "annotators": annotators}
    return ExportSource(units, inputs, annotators, description, located.problems, selection)


def _attach_in_file_order(
    records: list[BulkQuote], documents: list[Document], selection: Selection
) -> list[tuple[Document, list[BulkQuote]]]:
    by_doc: dict[str, list[BulkQuote]] = {doc.id: [] for doc in documents}
    for record in _selected(records, selection):
        by_doc[record.doc_id].append(record)
    return [(doc, sorted(by_doc[doc.id], key=record_order)) for doc in documents]


def _input_sha256(path: Path) -> str:
    if path.is_dir():
        digest = hashlib.sha256()
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(child.relative_to(path).as_posix().encode() + b"\x00")
            digest.update(file_sha256(child).encode())
        return digest.hexdigest()
    return file_sha256(path)


def _annotator_name(stem: str) -> str:
    cleaned = re.sub(r"[^\w.@+-]", "_", stem).lstrip(".-+@") or "imported"
    return cleaned


# -- writing an export --------------------------------------------------------------------------


def export_dataset(
    fmt: Format,
    source: ExportSource,
    out_dir: str | Path,
    *,
    split: SplitSpec | None = None,
    options: ExportOptions | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Write ``source`` in ``fmt`` into ``out_dir`` with its ``manifest.json``; return the manifest.

    Refuses a non-empty ``out_dir`` unless ``force``. Deterministic: the same input gives the same
    bytes (no timestamps, sorted keys, fixed order).
    """
    options = replace(options or ExportOptions(), annotators=list(source.annotators))

    def write(folder: Path) -> dict[str, Any]:
        return _write(fmt, source, folder, split, options, progress)

    return _into_folder(fmt, out_dir, force, write)


def export_from_store(
    fmt: Format,
    store: AnnotationStore,
    corpus: Corpus,
    out_dir: str | Path,
    *,
    annotators: list[str] | None = None,
    gold: bool = False,
    selection: Selection | None = None,
    split: SplitSpec | None = None,
    options: ExportOptions | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """``collect_from_store`` then ``export_dataset``, as one step: the manifest, and the lines
    of the store that were skipped. When the export fails, the lines skipped until then come
    as notes of the error (``errors.noting_skipped``).

    One large annotator file, to a format whose writer ``joins_end_to_end``, is read and
    written in two processes at once (``_export_in_two``): the bytes are the same.
    """
    selection = selection or Selection()
    names = _store_files(store, annotators, gold)
    skipped: list[Problem] = []

    def write(folder: Path) -> dict[str, Any]:
        chosen = replace(options or ExportOptions(), annotators=list(names))
        if len(names) == 1 and _splits_export(fmt, store.path_for(names[0])):
            manifest = _export_in_two(
                fmt,
                store,
                names[0],
                corpus,
                selection,
                split,
                chosen,
                gold,
                folder,
                progress,
                skipped,
            )
            if manifest is not None:
                return manifest
        source = collect_from_store(
            store,
            corpus,
            annotators=annotators,
            gold=gold,
            selection=selection,
            check_suggestions=fmt.writes_suggestions,
        )
        skipped.extend(source.problems)
        return _write(fmt, source, folder, split, chosen, progress)

    with noting_skipped(skipped):  # lines skipped before the export failed are told all the same
        return _into_folder(fmt, out_dir, force, write), skipped


def _into_folder(
    fmt: Format, out_dir: str | Path, force: bool, write: Callable[[Path], dict[str, Any]]
) -> dict[str, Any]:
    """Run ``write`` on a temporary folder beside ``out_dir`` and move it into place: the
    manifest ``write`` returns. Nothing is left behind when it fails."""
    if fmt.writer is None:
        raise UserError(f"{fmt.name} cannot be exported")
    if fmt.requires:
        _require(fmt)
    out_dir = Path(os.path.abspath(out_dir))
    if out_dir.is_file():
        raise UserError(f"{out_dir}: is a file, not a folder to export into")
    if out_dir.exists() and any(out_dir.iterdir()):
        if not force:
            raise UserError(
                f"{out_dir}: already exists and is not empty (use --force to replace it)"
            )
        # --force replaces an earlier export, never a folder of something else (like ".").
        if not (out_dir / "manifest.json").is_file() or out_dir == Path.cwd():
            raise UserError(
                f"{out_dir}: not an earlier export (no manifest.json); refusing to replace it"
            )
    temporary = out_dir.with_name(f".{out_dir.name}.tmp-{os.getpid()}")
    _remove_stale_temporaries(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        if temporary.exists():
            shutil.rmtree(temporary)
        temporary.mkdir()
    except OSError as error:  # named as given, not as the temporary folder beside it
        in_the_way = next((p for p in out_dir.parents if p.exists() and not p.is_dir()), None)
        why = f"{in_the_way} is a file" if in_the_way else error.strerror or error
        raise UserError(f"{out_dir}: cannot write there ({why})") from None
    try:
        with paused_gc():
            manifest = write(temporary)
        _replace_folder(temporary, out_dir)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return manifest


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Delete the temporary folders exports into ``out_dir`` killed before their end left
    beside it (``.NAME.tmp-PID``, and its ``-2`` half): each is as big as an export, and no
    later run would reuse one. A folder whose process still runs is left alone."""
    prefix = f".{out_dir.name}.tmp-"
    with suppress(OSError):
        for candidate in out_dir.parent.glob(f"{glob.escape(prefix)}*"):
            pid = candidate.name[len(prefix) :].split("-", 1)[0]
            if left_by_ended_process(pid):
                shutil.rmtree(candidate, ignore_errors=True)


def _require(fmt: Format) -> None:
    import importlib.util

    if fmt.requires and importlib.util.find_spec(fmt.requires) is None:
        raise UserError(
            f"{fmt.name} needs {fmt.requires}, which is not installed "
            f"(pip install 'quote-annotator[{fmt.requires}]')"
        )


def format_available(fmt: Format) -> bool:
    """Whether the optional package a format needs (if any) is installed."""
    import importlib.util

    return fmt.requires is None or importlib.util.find_spec(fmt.requires) is not None


def _replace_folder(new: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _count_column(counts: Counter[str], values: list[str]) -> None:
    """``counts.update(values)``, without hashing each value when all are one (the usual case:
    a document labeled by one annotator)."""
    if values and values.count(values[0]) == len(values):
        counts[values[0]] += len(values)
    else:
        counts.update(values)


@dataclass
class _Tally:
    """What the manifest counts of the units written."""

    split: SplitSpec | None
    """The split the units are assigned to, if any."""
    documents: dict[str, str] = field(default_factory=dict)
    """The sha256 of each document written, in order."""
    accepted: int = 0
    rejected: int = 0
    by_annotator: Counter[str] = field(default_factory=Counter)
    split_documents: dict[str, list[str]] = field(default_factory=dict)
    """Each split's documents, in order."""
    split_quotes: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    """Quotes written."""

    def __post_init__(self) -> None:
        if self.split is not None and not self.split_documents:
            self.split_documents = {name: [] for name in self.split.names}

    def add(self, later: _Tally) -> None:
        """Count ``later``'s units as written after these."""
        self.documents.update(later.documents)
        self.accepted += later.accepted
        self.rejected += later.rejected
        self.by_annotator.update(later.by_annotator)
        for name, doc_ids in later.split_documents.items():
            self.split_documents[name].extend(doc_ids)
        self.split_quotes.update(later.split_quotes)
        self.quotes += later.quotes


def _write_units(
    writer: Writer,
    units: Iterable[tuple[Document, list[BulkQuote]]],
    tally: _Tally,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Hand ``units`` to ``writer`` in order, counting them in ``tally``; ``progress`` is told
    the quotes written so far after each."""
    split = tally.split
    for document, records in units:
        part = split.assign(document.id) if split else None
        writer.add(ExportUnit(document, records, part))
        tally.documents[document.id] = document.sha256
        # The manifest counts two statuses: two counts in C (the decoded statuses are the
        # enum's members, found by identity), no hashing of each value.
        statuses = list(map(_STATUS, records))
        tally.accepted += statuses.count(Status.ACCEPTED)
        tally.rejected += statuses.count(Status.REJECTED)
        _count_column(tally.by_annotator, list(map(_ANNOTATOR, records)))
        if part is not None:
            tally.split_documents[part].append(document.id)
            tally.split_quotes[part] += len(records)
        tally.quotes += len(records)
        if progress is not None:
            progress(tally.quotes)


def _write(
    fmt: Format,
    source: ExportSource,
    out_dir: Path,
    split: SplitSpec | None,
    options: ExportOptions,
    progress: ProgressCallback | None,
) -> dict[str, Any]:
    assert fmt.writer is not None
    writer = fmt.writer(out_dir, options)
    total = source.quote_count
    tally = _Tally(split)
    try:
        _write_units(writer, source.units, tally, _told(progress, total))
        result = writer.finish()
    except BaseException:
        writer.abort()  # no writing thread or open file outlives the failed export
        raise
    return _write_manifest(fmt, source, out_dir, tally, result)


def _told(progress: ProgressCallback | None, total: int) -> Callable[[int], None] | None:
    """``progress`` as ``_write_units`` tells it: the quotes written so far, of ``total``."""
    if progress is None:
        return None
    return lambda done: progress(done, total)


def _write_manifest(
    fmt: Format, source: ExportSource, out_dir: Path, tally: _Tally, result: WriteResult
) -> dict[str, Any]:
    """Write and return the ``manifest.json`` of the units counted in ``tally``, read from
    ``source`` (whose units may be left empty: what was written is counted in ``tally``)."""
    split = tally.split
    files = [
        {
            "path": path.as_posix(),
            "sha256": result.sha256.get(path) or _input_sha256(out_dir / path),
        }
        for path in sorted(result.files)
    ]
    manifest: dict[str, Any] = {
        "format": fmt.name,
        "summary": fmt.summary,
        "tool": "quote-annotator",
        "tool_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "offsets": "Python str offsets (Unicode code points) into the document text, end "
        "exclusive, unless a file says otherwise",
        "source": source.description,
        "annotators": source.annotators,
        "selection": {
            "include_rejected": source.selection.include_rejected,
            "min_confidence": source.selection.min_confidence,
        },
        "inputs": source.inputs,
        "documents": tally.documents,
        "split": None,
        "counts": {
            "documents": len(tally.documents),
            "quotes": tally.quotes,
            "accepted": tally.accepted,
            "rejected": tally.rejected,
            "by_annotator": dict(sorted(tally.by_annotator.items())),
            **dict(sorted(result.counts.items())),
        },
        "files": files,
        "notes": list(fmt.notes) + result.notes,
    }
    if split is not None:
        manifest["split"] = {
            "method": "sha256 of seed and document id, as a number in [0, 1), against the "
            "cumulative ratios: a document's split never depends on the other documents",
            "seed": split.seed,
            "ratios": dict(zip(split.names, split.ratios, strict=True)),
            "documents": tally.split_documents,
            "quotes": {name: tally.split_quotes[name] for name in split.names},
        }
    (out_dir / "manifest.json").write_bytes(
        orjson.dumps(
            manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
        )
    )
    return manifest


# -- exporting in two processes -----------------------------------------------------------------

_EXPORT_FIRST_SHARE = 0.5
"""Where an export in two processes looks for the first document to leave to the child: half
way through the store file (both halves are read, attached and written the same way)."""

_BOUNDARY_SEARCH = 1 << 22
"""How far past the middle a document boundary is looked for before the file is read in one."""

_DOC_ID_KEY = re.compile(rb'"doc_id":"((?:[^"\\]|\\.)*)"')
"""A quote line's document id, as the writer writes it (inside a string, a quote mark is
escaped, so this key stands once per quote line)."""


def _splits_export(fmt: Format, path: Path) -> bool:
    """Whether an export of the annotator file ``path`` to ``fmt`` may run in two processes."""
    return (
        fmt.writer is not None
        and fmt.writer.joins_end_to_end
        and _can_fork_a_half()
        and path.is_file()
        and path.stat().st_size >= max(SPLIT_MIN_BYTES, 1)
    )


def _document_boundary(path: Path) -> int | None:
    """The byte where the first line past the middle of ``path`` starts whose document is not
    the document of the line before; None when none is found soon (or a line there is no
    quote of the writer's)."""
    with path.open("rb") as handle:
        handle.seek(int(path.stat().st_size * _EXPORT_FIRST_SHARE))
        handle.readline()  # the rest of the line the middle falls in
        began = handle.tell()
        previous = None
        while handle.tell() - began < _BOUNDARY_SEARCH:
            at = handle.tell()
            match = _DOC_ID_KEY.search(handle.readline())
            if match is None:
                return None  # the end of the file, or a line to leave to the fold
            if previous is not None and match[1] != previous:
                return at
            previous = match[1]
    return None


@dataclass
class _HalfRead:
    """What the child of ``_export_in_two`` read, told to the parent before it writes."""

    ids: list[str]
    """The id of each quote line, in order."""
    doc_ids: list[str]
    """Each document of the half, in the order of its first line."""
    selected: int
    """Quotes the selection keeps (before any document is left out as not finished)."""
    selected_by_doc: dict[str, int] | None
    """The same per document (of those that keep one); None when the half holds no mark
    (then they are not counted)."""
    stop: int
    """The byte its last line ends at."""
    marks: dict[str, bool]
    """The latest finished mark of each document the half marks."""


def _export_in_two(
    fmt: Format,
    store: AnnotationStore,
    name: str,
    corpus: Corpus,
    selection: Selection,
    split: SplitSpec | None,
    options: ExportOptions,
    gold: bool,
    out_dir: Path,
    progress: ProgressCallback | None,
    skipped: list[Problem],
) -> dict[str, Any] | None:
    """Export annotator ``name``'s file into ``out_dir`` in two processes: this one reads,
    attaches and writes the documents of the first half of the file, a forked child those of
    the second, into a folder beside ``out_dir``; its files are then appended to this one's
    (the writer ``joins_end_to_end``). The manifest, or None when the file is not one to split
    (the caller exports it in one process). Lines of the file that were skipped are added to
    ``skipped``.

    The halves are read before either is written, and the child's is written only when the
    result is what one process writes: every line of both halves a quote of its own (no id
    twice, no deletion, none of a group still open in review) or a finished mark (which no
    export writes), no document in both, and the first half's documents all before the
    second's in the corpus. Finished marks may stand in either half, for a document of
    either: the child tells its half's with what it read, and this process, taking them as the
    later ones, tells the child which of its documents to leave out as not finished (and, from
    its count per document, takes them off the total the progress shows). Otherwise this
    process reads the second half too and exports the file as one (so too when the first half's
    marks alone leave out a document of a second half that holds no mark, whose quotes the
    child did not count per document). The child only spares time: when it fails
    in any way (a stale quote, a full disk, a kill), this process writes its half itself, and
    so says what went wrong as ``collect_from_store`` would.

    The child is forked before anything is read: a child forked from a heap of a million
    records would copy most of it, a page at a time, as it touched their reference counts.
    """
    assert fmt.writer is not None
    path = store.path_for(name)
    share = records_per_line(path)
    if share is not None and share < SNAPSHOT_LIVE_SHARE:
        return None  # mostly superseded lines: read through the snapshot, in one process
    identity = _file_identity(path)
    middle = _document_boundary(path)
    if middle is None:
        return None
    second_folder = out_dir.with_name(out_dir.name + "-2")
    shutil.rmtree(second_folder, ignore_errors=True)
    second_folder.mkdir()
    half = _HalfExport(fmt, path, middle, corpus, selection, split, options)
    # The child reads the second half, and writes it if told to. Pipes: what it read, then
    # what it wrote; whether (and from which line) it writes its half.
    with _half_in_a_forked_child(
        lambda say, hear: half.run(second_folder, say, hear),
        then=lambda: shutil.rmtree(second_folder, ignore_errors=True),
    ) as child:
        if child is None:
            return None  # no pipes or no fork: the export runs in one process
        digest = hashlib.sha256()  # of the bytes exported, fed by the threads that read them
        with ThreadPoolExecutor(1, thread_name_prefix="sha256") as hashing:
            corpus_sha256 = (
                hashing.submit(file_sha256, corpus.location)
                if isinstance(corpus, JsonlCorpus)
                else None
            )
            first = read_writer_lines(path, digest, 0, middle)
            heard = None
            if first is None:
                # Its half is of no use: the fold reads the file.
                os.kill(child.pid, signal.SIGKILL)
            else:
                heard = _receive_half(child.heard)
            joined = heard is not None and first is not None and _halves_join(first, heard, corpus)
            if joined:
                assert first is not None and heard is not None
                quotes, lines, first_marks = _split_marks(first, 1)
                # A mark may stand in either half, for a document of either: the latest of
                # both halves decides (the second's are the later), here for both processes.
                not_finished: set[str] = set()
                if not selection.include_unfinished:
                    not_finished = _not_finished({**first_marks, **heard.marks})
                second_left_out = sorted(not_finished.intersection(heard.doc_ids))
                # The child counted its quotes per document only if its half holds a mark: a
                # document it holds, left out by a mark of the first half alone, could not be
                # taken off its count otherwise.
                joined = not second_left_out or heard.selected_by_doc is not None
            if not joined:
                child.stop_telling()  # unsaid, it tells the child to write nothing
                source = _source_in_one(
                    fmt, store, name, corpus, selection, gold, first, middle, digest
                )
                _refuse_if_replaced(path, identity)
                skipped.extend(source.problems)
                if corpus_sha256 is not None:
                    source.inputs.append(
                        {"path": str(corpus.location), "sha256": corpus_sha256.result()}
                    )
                return _write(fmt, source, out_dir, split, options, progress)
            assert first is not None and heard is not None
            second_line = len(first) + 1
            with suppress(BrokenPipeError):  # the child is gone: its half is written below
                _send_message(child.tell, pickle.dumps((second_line, second_left_out)))
            child.stop_telling()
            second_stop, second_selected = heard.stop, heard.selected
            if second_left_out and heard.selected_by_doc is not None:
                by_doc = heard.selected_by_doc
                second_selected -= sum(map(by_doc.get, second_left_out, repeat(0)))
            rest = hashing.submit(_hash_range, path, middle, second_stop, digest)
            quotes, lines, first_left_out = _leave_out_unfinished(quotes, lines, not_finished)
            located = Located(check_suggestions=fmt.writes_suggestions, problems=skipped)
            located.add(path, quotes, lines)
            del quotes, lines
            # From here on only ``units`` holds the records, and ``del units`` frees them while
            # the child may still be writing, not after it, as this returns: half a million
            # records take a good part of a second to free.
            del first, heard
            units = _attach(located, corpus, selection)
            del located
            own = sum(map(len, map(itemgetter(1), units)))
            total = own + second_selected
            writer = fmt.writer(out_dir, options)
            assert isinstance(writer, LineWriter)
            tally = _Tally(split)
            try:
                bar = _HalvesProgress(progress, own, total) if progress is not None else None
                _write_units(writer, units, tally, bar.first_half if bar and own else None)
                del units
                reply = _receive_message(child.heard)
                written = None
                if child.wait() and reply is not None:
                    with suppress(Exception):  # cut short: the child died while it spoke
                        written = pickle.loads(reply)
                if written is None:
                    # Written here after all: an error the child met is raised here, in full.
                    half.write_into(
                        writer,
                        tally,
                        second_stop,
                        second_line,
                        bar.second_half if bar is not None else None,
                        set(second_left_out),
                        skipped,
                    )
                else:
                    counted, counts, stems = written
                    writer.append_files(second_folder, stems)
                    for key, amount in counts.items():
                        writer.count(key, amount)
                    tally.add(counted)
                result = writer.finish()
            except BaseException:
                writer.abort()  # no writing thread or open file outlives the failed export
                raise
            rest.result()
            _refuse_if_replaced(path, identity)
            inputs = [{"path": str(path), "sha256": digest.hexdigest()}]
            if corpus_sha256 is not None:
                inputs.append({"path": str(corpus.location), "sha256": corpus_sha256.result()})
        if progress is not None:
            progress(tally.quotes, tally.quotes)
        left_out = {name: sorted([*first_left_out, *second_left_out])}
        description = _store_description(store, [name], gold, 0, selection, left_out)
        source = ExportSource([], inputs, [name], description, [], selection)
        return _write_manifest(fmt, source, out_dir, tally, result)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _refuse_if_replaced(path: Path, identity: tuple[int, int] | None) -> None:
    """Refuse an export in two whose halves may come from two files: each process opens the
    file on its own, and ``compact`` or a first import replaces it with another."""
    if _file_identity(path) != identity:
        raise UserError(f"{path}: replaced while it was exported (compacted?); export again")


class _HalvesProgress:
    """The progress of an export in two. While this process writes its half, the bar shows the
    whole moving at its pace (the halves are written at about the same pace); should it write
    the child's half too, the bar goes on from where it stands to the whole, never back."""

    def __init__(self, progress: ProgressCallback, own: int, total: int) -> None:
        self.progress = progress
        self.own = own
        self.total = total
        self.shown = 0

    def first_half(self, done: int) -> None:
        self.shown = min(self.total - 1, done * self.total // self.own)
        self.progress(self.shown, self.total)

    def second_half(self, done: int) -> None:
        """``done`` counts this process's half too, as the tally does."""
        rest = self.total - self.own
        ahead = (done - self.own) * (self.total - self.shown) // rest if rest else 0
        self.progress(self.shown + ahead, self.total)


_Line = BulkQuote | StoredDeletion | StoredFinished
"""What a line of an annotator file holds, as ``read_writer_lines`` decodes it."""


def _split_marks(
    items: list[_Line], first_line: int, kinds: AbstractSet[type] | None = None
) -> tuple[list[BulkQuote], list[int], dict[str, bool]]:
    """The quotes among ``items`` (lines of a half that holds no deletion, the first on line
    ``first_line``), the line of each, and the latest finished mark of each document marked
    there; ``kinds`` is what ``items`` hold, when known."""
    if kinds is None:
        kinds = set(map(type, items))
    if only_quotes(items, kinds):
        return items, list(range(first_line, first_line + len(items))), {}
    are_marks = list(map(is_, map(type, items), repeat(StoredFinished)))
    are_quotes = list(map(not_, are_marks))
    marks = latest_marks(kept_of_kind(items, are_marks, StoredFinished))
    quotes = kept_of_kind(items, are_quotes, BulkQuote)  # no deletion here: the rest are quotes
    return quotes, list(compress(count(first_line), are_quotes)), marks


def _quote_lines(items: list[_Line], first_line: int) -> tuple[list[BulkQuote], list[int]]:
    """The quotes among ``items`` (lines of a half that holds no deletion, the first on line
    ``first_line``) and the line of each: finished marks are lines, but no quotes."""
    if only_quotes(items):
        return items, list(range(first_line, first_line + len(items)))
    quotes = list(map(is_not, map(type, items), repeat(StoredFinished)))
    # No deletion here: what is not a mark is a quote.
    return kept_of_kind(items, quotes, BulkQuote), list(compress(count(first_line), quotes))


def _halves_join(first: list[_Line], heard: _HalfRead, corpus: Corpus) -> bool:
    """Whether exporting the halves apart and joining the files gives what one process
    writes: see ``_export_in_two``."""
    if not set(map(type, first)) <= _HALF_KINDS:
        return False  # a deletion: the fold decides
    quotes, _ = _quote_lines(first, 1)
    if _any_open(quotes):
        return False  # a group still open in review: left out by the export in one process
    ids = list(map(_ID_OF, quotes))
    if len(set(ids).union(heard.ids)) != len(ids) + len(heard.ids):
        return False  # an id edited again, or a quote deleted later: the fold decides
    first_docs = dict.fromkeys(map(_DOC_ID, quotes))
    if not heard.doc_ids or not first_docs or not first_docs.keys().isdisjoint(heard.doc_ids):
        return False
    if not all(map(contains, repeat(corpus), chain(first_docs, heard.doc_ids))):
        return False  # said, with its line, by the export in one process
    return max(map(corpus.index, first_docs)) < min(map(corpus.index, heard.doc_ids))


_HALF_KINDS = {BulkQuote, StoredFinished}
"""What the lines of a half exported apart may hold: quotes, and marks (which are not
exported)."""


def _source_in_one(
    fmt: Format,
    store: AnnotationStore,
    name: str,
    corpus: Corpus,
    selection: Selection,
    gold: bool,
    first: list[_Line] | None,
    middle: int,
    digest: Any,
) -> ExportSource:
    """``collect_from_store``'s source of annotator ``name``'s file (without the corpus in its
    inputs), reusing the ``first`` half read already (the bytes to ``middle``, fed to
    ``digest``) when there is one."""
    path = store.path_for(name)
    second = None if first is None else read_writer_lines(path, digest, middle)
    if first is None or second is None:
        records, lines, problems, sha256, marks = read_annotator_records(store, name)
    else:
        records, lines, marks = fold_items_and_marks(first + second)
        problems, sha256 = [], digest.hexdigest()
    records, lines, left_out = _leave_out_open(records, lines)
    unfinished: list[str] = []
    if not selection.include_unfinished:
        records, lines, unfinished = _leave_out_unfinished(records, lines, _not_finished(marks))
    located = Located(check_suggestions=fmt.writes_suggestions, problems=problems)
    located.add(path, records, lines)
    inputs = [{"path": str(path), "sha256": sha256}]
    description = _store_description(store, [name], gold, left_out, selection, {name: unfinished})
    with noting_skipped(problems):
        units = _attach(located, corpus, selection)
    return ExportSource(units, inputs, [name], description, problems, selection)


@dataclass
class _HalfExport:
    """The second half of an ``_export_in_two``: the lines of ``path`` from byte ``middle``
    on, exported by the child (``run``), or by the parent when the child could not
    (``write_into``)."""

    fmt: Format
    path: Path
    middle: int
    corpus: Corpus
    selection: Selection
    split: SplitSpec | None
    options: ExportOptions

    def run(self, folder: Path, heard: int, go: int) -> None:
        """In the child: read the half, tell the parent what it holds (``_HalfRead``) on the
        pipe ``heard``; when the pipe ``go`` gives the line the half starts on, write it into
        ``folder`` and tell the parent what was counted and written."""
        assert self.fmt.writer is not None
        stop = self.path.stat().st_size  # what a writer appends meanwhile is not this export's
        items = read_writer_lines(self.path, None, self.middle, stop)
        if items is None:
            return  # (said by saying nothing)
        kinds = set(map(type, items))
        if not kinds <= _HALF_KINDS:
            return
        quotes, _, marks = _split_marks(items, 1, kinds)
        if _any_open(quotes):
            return  # a group still open in review: the export in one process leaves it out
        selected = _selected(quotes, self.selection)
        # Which documents are left out as not finished is the parent's to say (a mark in the
        # first half may decide one of these): counted per document, the parent can take them
        # off. A file with no mark pays nothing for it.
        by_doc = dict(Counter(map(_DOC_ID, selected))) if marks else None
        found = (
            "\n".join(map(_ID_OF, quotes)).encode(),
            len(quotes),
            list(dict.fromkeys(map(_DOC_ID, quotes))),
            len(selected),
            by_doc,
            stop,
            marks,
        )
        del selected
        _send_message(heard, pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        told = _receive_message(go)
        if told is None:
            return
        first_line, left_out_unfinished = pickle.loads(told)
        writer = self.fmt.writer(folder, self.options)
        assert isinstance(writer, LineWriter)
        tally = _Tally(self.split)
        left_out = len(self.corpus.problems)
        skipped: list[Problem] = []
        self._write(items, first_line, writer, tally, None, set(left_out_unfinished), skipped)
        writer.finish()
        if len(self.corpus.problems) != left_out or skipped:
            # A document it could not read, a record it left out: the parent writes the
            # half, and says so.
            return
        written = (tally, writer.result.counts, writer.stems())
        _send_message(heard, pickle.dumps(written, protocol=pickle.HIGHEST_PROTOCOL))

    def write_into(
        self,
        writer: Writer,
        tally: _Tally,
        stop: int,
        first_line: int,
        progress: Callable[[int], None] | None,
        not_finished: AbstractSet[str],
        skipped: list[Problem],
    ) -> None:
        """In the parent: read the half (to ``stop``, as the child did) and write it with
        ``writer``, its first line being line ``first_line`` of the file, leaving out the
        records on the documents ``not_finished``; the records it leaves out as invalid are
        added to ``skipped``."""
        items = read_writer_lines(self.path, None, self.middle, stop)
        if items is None:
            raise UserError(f"{self.path}: changed while it was exported; export again")
        self._write(items, first_line, writer, tally, progress, not_finished, skipped)

    def _write(
        self,
        items: list[_Line],
        first_line: int,
        writer: Writer,
        tally: _Tally,
        progress: Callable[[int], None] | None,
        not_finished: AbstractSet[str],
        skipped: list[Problem],
    ) -> None:
        """Write the half's ``items``, adding the records it leaves out as invalid to
        ``skipped``."""
        quotes, lines, _ = _leave_out_unfinished(
            *_quote_lines(items, first_line),
            not_finished,
        )
        located = Located(check_suggestions=self.fmt.writes_suggestions, problems=skipped)
        located.add(self.path, quotes, lines)
        _write_units(writer, _attach(located, self.corpus, self.selection), tally, progress)


def _receive_half(fd: int) -> _HalfRead | None:
    """What the child of ``_export_in_two`` read, or None when it said nothing whole."""
    data = _receive_message(fd)
    if data is None:
        return None
    try:
        ids, count, doc_ids, selected, by_doc, stop, marks = pickle.loads(data)
    except Exception:
        return None
    id_list = ids.decode().split("\n") if count else []
    if len(id_list) != count:
        return None  # an id with a newline in it: not worth taking apart
    return _HalfRead(id_list, doc_ids, selected, by_doc, stop, marks)


def _hash_range(path: Path, start: int, stop: int, digest: Any) -> None:
    """Feed ``digest`` the bytes of ``path`` from ``start`` to ``stop``."""
    with path.open("rb", buffering=0) as handle:
        handle.seek(start)
        left = stop - start
        while left > 0 and (block := handle.read(min(left, 1 << 22))):
            digest.update(block)
            left -= len(block)


def _send_message(fd: int, data: bytes) -> None:
    """Write ``data`` to the pipe ``fd``, its length first (``_receive_message`` reads it)."""
    view = memoryview(len(data).to_bytes(8, "little") + data)
    while view:
        view = view[os.write(fd, view) :]


def _receive_message(fd: int) -> bytes | None:
    """One message ``_send_message`` wrote to the pipe ``fd``; None when the other end closed
    before it was whole."""
    head = _read_exactly(fd, 8)
    if head is None:
        return None
    return _read_exactly(fd, int.from_bytes(head, "little"))


def _read_exactly(fd: int, size: int) -> bytes | None:
    """``size`` bytes from the pipe ``fd``; None when it closes first."""
    blocks = []
    left = size
    while left > 0:
        block = os.read(fd, min(left, 1 << 20))
        if not block:
            return None
        blocks.append(block)
        left -= len(block)
    return b"".join(blocks)


# -- importing ----------------------------------------------------------------------------------


ImportedRecord = Record | ImportedQuote
"""A validated record to import: its JSON form (``model_dump(mode="json")``), or, from the
fast path of quotes-jsonl, the ``ImportedQuote`` struct holding the same fields."""

RecordSink = Callable[[list[ImportedRecord], list[str] | None, str, str | None], object]
"""Takes the validated records of one document as soon as they are planned (``_plan``), with
their ids when at hand (else None), the document's id, and their one owner (else None)."""


@dataclass
class ImportPlan:
    """What an import would write, found before anything is written."""

    documents: list[Document] = field(default_factory=list)
    """The documents the file holds, in file order (none kept when the records are handed over
    as planned: see ``document_count``)."""
    document_count: int = 0
    """How many documents the file holds."""
    records: list[ImportedRecord] = field(default_factory=list)
    """Validated records, in file order (``quotes`` gives their JSON form)."""
    wheres: list[str] = field(default_factory=list)
    """The ``file:line`` each of ``records`` came from."""
    problems: list[BadLine] = field(default_factory=list)
    """Everything wrong, each naming file and line."""
    left_out: list[BadLine] = field(default_factory=list)
    """Lines the reader read past as of no use to it (``ReadDocument.left_out``): warnings."""
    skipped_annotators: Counter[str] = field(default_factory=Counter)
    """Quotes left out because they belong to another annotator than the one asked for."""
    handed_over: int = 0
    """Records passed to the import's writer as they were planned, and so not in ``records``."""
    read_without_quotes: list[str] = field(default_factory=list)
    """Documents the file says a person read whole and found no quote in: to mark finished."""
    given_quotes: list[str] = field(default_factory=list)
    """Documents the import gives quotes to, in file order: when they are a detector's, those
    the annotator had no word on are marked not finished."""
    predictions: bool = False
    """Whether the file holds a detector's output (``detector_scored``): then it says nothing
    of what a person read, and none of ``read_without_quotes`` is marked."""

    @property
    def quotes(self) -> list[tuple[Record, str]]:
        """Each of ``records`` as its JSON form, with the ``file:line`` it came from."""
        return list(zip(map(record_of, self.records), self.wheres, strict=True))

    @property
    def count(self) -> int:
        """Quotes planned, held or handed over."""
        return self.handed_over + len(self.records)


def record_of(record: ImportedRecord) -> Record:
    """The JSON form of a planned record (``model_dump(mode="json")``)."""
    if isinstance(record, ImportedQuote):
        return stored_record(record)
    return record


def plan_import(
    fmt: Format,
    path: str | Path,
    *,
    annotator: str,
    corpus: Corpus | None = None,
    source_annotator: str | None = None,
    keep_annotators: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportPlan:
    """Read and validate a whole import file; write nothing.

    Each quote becomes a ``QuoteAnnotation`` of ``annotator`` (or, with ``keep_annotators``, of
    the annotator the file names, falling back to ``annotator``), checked against its document's
    text. With a corpus, every document must be in it with the same text. A file holding the
    labels of several annotators needs ``source_annotator`` to say whose to take.
    """
    path = Path(path)
    _check_importable(fmt, path)
    with paused_gc():
        return _plan(fmt, path, annotator, corpus, source_annotator, keep_annotators, progress)


def _check_importable(fmt: Format, path: Path) -> None:
    if fmt.reader is None:
        raise UserError(f"{fmt.name} is export-only: it cannot be imported")
    if not path.exists():
        raise UserError(f"{path}: no such file or folder")


def _plan(
    fmt: Format,
    path: Path,
    annotator: str,
    corpus: Corpus | None,
    source_annotator: str | None,
    keep_annotators: bool,
    progress: ProgressCallback | None,
    sink: RecordSink | None = None,
    part: _Part | None = None,
) -> ImportPlan:
    """``plan_import``; with ``sink``, each document's records go to it once planned, and the
    plan keeps none of them (nor their ``wheres``); with ``part``, of one part of the file."""
    assert fmt.reader is not None
    plan = ImportPlan()
    part = part or _Part()
    # One time for the whole import: every quote of it was written at once.
    now = part.now or utc_now()
    now_json = _json_time(now)
    when = (now, now_json)
    seen_ids, seen_docs = part.seen_ids, part.seen_docs
    file_annotators: set[str] = set()
    shared_documents: list[str] = []
    if part.start == 0 and part.stop is None:
        items = fmt.reader(path)
    else:
        assert fmt.part_reader is not None
        items = fmt.part_reader(path, part.start, part.stop, part.first_line)
    for item in items:
        if isinstance(item, BadLine):
            plan.problems.append(item)
            continue
        plan.left_out.extend(item.left_out)
        document = _document_for(item, corpus, plan.problems, seen_docs)
        if document is None:
            continue
        plan.document_count += 1
        # With --source-annotator, whose word it was is unknown: no quote names them.
        read_empty = item.read_whole and not (item.quotes or item.structs or item.predicted)
        if read_empty and source_annotator is None:
            plan.read_without_quotes.append(item.doc_id)
        if sink is None:  # else nothing needs it after its quotes: a text is let go at once
            plan.documents.append(document)
        derived: Counter[str] = Counter()
        context = ImportContext(fmt.name, document, item.predicted, now_json, derived)
        # Each column of the document's quotes is taken once, and shared by every step below.
        quotes = item.quotes
        structs = item.structs
        fields: list[Any] = []
        if structs is not None:
            named = _struct_annotators(structs)
        else:
            fields = list(map(_FIELDS, quotes))
            named = _named_annotators(fields)
            if not plan.predictions:
                plan.predictions = any(map(detector_scored, fields))
        labelers = {name for name in set(named) if name is not None}
        if len(labelers) > 1:
            shared_documents.append(item.doc_id)
        file_annotators.update(labelers)
        if source_annotator:
            kept = [index for index, name in enumerate(named) if name == source_annotator]
            if len(kept) < len(named):
                plan.skipped_annotators.update(
                    name or "(none)" for name in named if name != source_annotator
                )
                named = [named[i] for i in kept]
                if structs is not None:
                    structs = [structs[i] for i in kept]
                else:
                    quotes, fields = [quotes[i] for i in kept], [fields[i] for i in kept]
        if keep_annotators:
            owners = [name or annotator for name in named]
        else:
            owners = [annotator] * len(named)
        item_file = str(item.path)
        built: Sequence[ImportedRecord | str] | None = None
        if structs is not None:
            built = _plain_structs(structs, owners, named, item_file, item.line, context)
            if built is None:
                # Something to look at closely: the careful path, from the quotes as dicts.
                quotes = [ReadQuote(item.line, quote_fields(quote)) for quote in structs]
                fields = list(map(_FIELDS, quotes))
            else:
                paths: list[Path | None] = [None] * len(built)
                lines = [item.line] * len(built)
        if built is None:
            paths, lines = list(map(_PATH, quotes)), list(map(_LINE, quotes))
            if paths.count(None) == len(paths):  # every quote of the document's own file
                built = _plain_records(fields, lines, owners, named, item_file, context)
        if built is None:
            careful: list[ImportedRecord | str] = []
            for quote, owner in zip(quotes, owners, strict=True):
                quote_file = item_file if quote.path is None else str(quote.path)
                record = plain_import_record(quote.fields, owner, quote_file, quote.line, context)
                careful.append(
                    record
                    if record is not None
                    else _build_quote(fmt, item, quote, document, owner, derived, when)
                )
            built = careful
        ids = _add_to_plan(plan, seen_ids, paths, lines, owners, built, item.path)
        if any(type(record) is not str for record in built):  # a str is a problem
            plan.given_quotes.append(document.id)
        if sink is not None and plan.records:
            # The records are each their owner's, made just above: one owner for all of them
            # when every quote went to ``annotator``.
            sink_owner = annotator if owners.count(annotator) == len(owners) else None
            sink(plan.records, ids, document.id, sink_owner)
            plan.handed_over += len(plan.records)
            plan.records = []
            plan.wheres.clear()
        if progress is not None:
            progress(plan.count, 0)
    whole_file = part.start == 0 and part.stop is None
    if source_annotator and whole_file and source_annotator not in file_annotators:
        # A mistyped name would otherwise import nothing and say so only in passing.
        names = ", ".join(sorted(file_annotators)) or "none named"
        raise UserError(f"{path}: no labels of {source_annotator!r} (annotators here: {names})")
    if not keep_annotators and source_annotator is None and shared_documents:
        names = ", ".join(sorted(file_annotators))
        raise UserError(
            f"{path}: {counted(len(shared_documents), 'document')} (first "
            f"{shared_documents[0]!r}) {'holds' if len(shared_documents) == 1 else 'hold'} the "
            f"labels of several annotators ({names}); choose whose to import with "
            "--source-annotator"
        )
    return plan


@dataclass
class _SeenIds:
    """The quote ids an import has taken so far, per owner, and where each was read.

    Ids are kept in a set per owner, and each document's ids with where they were read in a
    list: a document whose ids are all new (nearly all) costs one set update. The first id
    read again turns its owner's set into a dict of where each id was first read, built once
    from that list, which every later document of the owner is checked against."""

    ids: dict[str, set[str]] = field(default_factory=dict)
    """Each owner's quote ids, while none came twice."""
    taken: list[tuple[str, list[str], list[str]]] = field(default_factory=list)
    """(owner, ids, where each was read) of each document's quotes taken, in file order."""
    where: dict[str, dict[str, str]] = field(default_factory=dict)
    """Each owner's quote ids with the ``file:line`` each was first read from, for the owners
    with an id read twice (and so checked one by one)."""

    def take_all(self, owner: str, ids: list[str], wheres: list[str]) -> bool:
        """Take the ids of one document if none was taken before (nor repeats); else take
        none and return False."""
        careful = self.where.get(owner)
        if careful is not None:
            if len(set(ids)) == len(ids) and careful.keys().isdisjoint(ids):
                careful.update(zip(ids, wheres, strict=True))
                return True
            return False
        seen = self.ids.setdefault(owner, set())
        size = len(seen)
        seen.update(ids)
        if len(seen) == size + len(ids):
            self.taken.append((owner, ids, wheres))
            return True
        # An id again: from now on this owner's ids are checked against where each was read.
        self.careful(owner)
        return False

    def careful(self, owner: str) -> dict[str, str]:
        """``owner``'s ids with where each was first read (built on first use)."""
        careful = self.where.get(owner)
        if careful is None:
            careful = self.where[owner] = {}
            for whose, ids, wheres in self.taken:
                if whose == owner:
                    careful.update(zip(ids, wheres, strict=True))
            self.ids.pop(owner, None)
        return careful

    def of(self, owner: str) -> AbstractSet[str]:
        """Every id taken for ``owner``."""
        careful = self.where.get(owner)
        return careful.keys() if careful is not None else self.ids.get(owner, set())


@dataclass
class _Part:
    """The part of an import file a plan reads (the whole file unless said), and what it
    shares with the plans of the other parts."""

    start: int = 0
    """The byte the part starts at (a line's start)."""
    stop: int | None = None
    """The byte after its last line (None: the end of the file)."""
    first_line: int = 1
    """The number of its first line."""
    now: datetime | None = None
    """The import's time (None: now)."""
    seen_ids: _SeenIds = field(default_factory=_SeenIds)
    """Quote ids taken (filled in by the plan)."""
    seen_docs: dict[str, str] = field(default_factory=dict)
    """Each document id read, with its ``file:line`` (filled in by the plan)."""


def _no_problem(
    built: Sequence[ImportedRecord | str], kinds: AbstractSet[type]
) -> TypeGuard[Sequence[ImportedRecord]]:
    """Whether no one of ``built`` is a problem (a str); ``kinds`` is the set of their types."""
    return str not in kinds


def _add_to_plan(
    plan: ImportPlan,
    seen_ids: _SeenIds,
    paths: list[Path | None],
    lines: list[int],
    owners: list[str],
    built: Sequence[ImportedRecord | str],
    item_path: Path,
) -> list[str] | None:
    """Add one document's built quotes (or their problems) to ``plan``, refusing repeated ids;
    ``paths`` and ``lines`` are the quotes' own (a path of None: the document's file). Returns
    the ids of the quotes added when they are all of ``built``, in order (else None)."""
    count = len(built)
    if not count:
        return None
    item_file = str(item_path)
    if paths.count(None) == count and lines.count(lines[0]) == count:
        # A line-based file: every quote of the document comes from its one line.
        wheres = [f"{item_file}:{lines[0]}"] * count
    else:
        places = list(zip(paths, lines, strict=True))
        where_of = {
            place: f"{item_file if place[0] is None else place[0]}:{place[1]}"
            for place in dict.fromkeys(places)
        }
        wheres = list(map(where_of.__getitem__, places))
    owner = owners[0]
    kinds = set(map(type, built))
    if owners.count(owner) == count and len(kinds) == 1 and _no_problem(built, kinds):
        # The usual case, in bulk: every quote valid and one owner's, no id seen before.
        # One kind, not str: every record a dict, or every one a struct.
        if dict in kinds:
            ids = list(map(_ID, cast(list[Record], built)))
        else:
            ids = list(map(_ID_OF, built))
        if seen_ids.take_all(owner, ids, wheres):
            plan.records.extend(built)
            plan.wheres.extend(wheres)
            return ids
    for path, line, owner, record, where in zip(paths, lines, owners, built, wheres, strict=True):
        problem_file = path or item_path
        if isinstance(record, str):
            plan.problems.append(BadLine(problem_file, line, record))
            continue
        seen = seen_ids.careful(owner)
        quote_id = record["id"] if isinstance(record, dict) else record.id
        assert quote_id is not None  # a struct's id left out was derived (``_plain_structs``)
        if quote_id in seen:
            message = f"quote id {quote_id!r} appears twice (first at {seen[quote_id]})"
            plan.problems.append(BadLine(problem_file, line, message))
            continue
        seen[quote_id] = where
        plan.records.append(record)
        plan.wheres.append(where)
    return None


def _named_annotators(fields: list[Any]) -> list[str | None]:
    """``_named_annotator`` of each quote's fields, in C when the file names them plainly."""
    if set(map(type, fields)) <= {dict}:
        named = _column(fields, "annotator")
        if set(map(type, named)) <= _STR_OR_NONE and "" not in named:
            return named
    return list(map(_named_annotator, fields))


_FIELDS = attrgetter("fields")


def detector_scored(fields: Record) -> bool:
    """Whether a quote read from a file is a detector's prediction: a ``score`` and no
    ``origin`` (what ``detect`` writes; an import makes it a suggestion)."""
    return fields.get("score") is not None and "origin" not in fields


_PATH = attrgetter("path")
_LINE = attrgetter("line")
_ID = itemgetter("id")
_ID_OF = attrgetter("id")


def _other_labelers(
    named: list[str | None], owners: list[str], owner: str, one_owner: bool
) -> Sequence[str | None]:
    """Who labeled each quote in the file (``named``), where that is not whose it becomes
    (``owners``; all ``owner`` when ``one_owner``), else None."""
    if one_owner and owner not in named:
        return named
    return [
        name if name and name != whose else None for name, whose in zip(named, owners, strict=True)
    ]


def _named_annotator(fields: Any) -> str | None:
    """Who labeled a quote in the other tool, when the file says so."""
    named = fields.get("annotator") if isinstance(fields, dict) else None
    return named if isinstance(named, str) and named else None


def _document_for(
    item: ReadDocument, corpus: Corpus | None, problems: list[BadLine], seen: dict[str, str]
) -> Document | None:
    where = f"{item.path}:{item.line}"
    if item.doc_id in seen:
        problems.append(
            BadLine(
                item.path,
                item.line,
                f"document {item.doc_id!r} again (first at {seen[item.doc_id]})",
            )
        )
        return None
    seen[item.doc_id] = where
    if corpus is not None:
        if item.doc_id not in corpus:
            problems.append(
                BadLine(
                    item.path,
                    item.line,
                    f"document {item.doc_id!r} is not in the corpus {corpus.location}",
                )
            )
            return None
        try:
            document = corpus.get(item.doc_id)
        except CorpusError as error:
            problems.append(
                BadLine(item.path, item.line, f"document {item.doc_id!r} cannot be read: {error}")
            )
            return None
        if item.text is not None and document.text != item.text:
            problems.append(
                BadLine(
                    item.path,
                    item.line,
                    f"document {item.doc_id!r}: the text differs from the corpus's "
                    f"(sha256 {text_sha256(item.text)[:12]}... here, "
                    f"{document.sha256[:12]}... in {corpus.location})",
                )
            )
            return None
        return document
    if item.text is None:
        problems.append(
            BadLine(
                item.path,
                item.line,
                f"document {item.doc_id!r} comes without its text: give the corpus it is from",
            )
        )
        return None
    if (
        type(item.doc_id) is str
        and item.doc_id
        and type(item.text) is str
        and type(item.meta) is dict
    ):
        # What the model would check is all there is: only the hash to fill in.
        return Document.model_construct(
            id=item.doc_id, text=item.text, sha256=text_sha256(item.text), meta=item.meta
        )
    try:
        return Document(id=item.doc_id, text=item.text, meta=item.meta)
    except ValidationError as error:
        problems.append(BadLine(item.path, item.line, f"document: {describe_error(error)}"))
        return None


def _build_quote(
    fmt: Format,
    item: ReadDocument,
    quote: ReadQuote,
    document: Document,
    annotator: str,
    derived: Counter[str],
    when: tuple[datetime, str],
) -> Record | str:
    fields = quote.fields
    if not isinstance(fields, dict) or "_error" in fields:
        problem: str = (
            fields.get("_error", "not a quote") if isinstance(fields, dict) else "not a quote"
        )
        return problem
    start, end = fields.get("start"), fields.get("end")
    label = f"quote {start}..{end} of {item.doc_id!r}"
    for key, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool):
            return f"{label}: {key} is missing or not an integer"
    assert isinstance(start, int) and isinstance(end, int)
    data: dict[str, Any] = {
        key: fields[key]
        for key in (
            "type",
            "speaker",
            "speaker_spans",
            "source",
            "source_kind",
            "source_spans",
            "cue_spans",
            "status",
            "note",
        )
        if key in fields and fields[key] is not None
    }
    if fields.get("speaker") is None:
        data["speaker"] = None
    data["text"] = fields["text"] if "text" in fields else document.text[start:end]
    score = fields.get("score")
    try:
        if fields.get("confidence") is not None:
            data["confidence"] = confidence_value(fields["confidence"])
        elif isinstance(score, int | float) and not isinstance(score, bool):
            data["confidence"] = confidence_from_score(float(score))
    except ValueError as error:
        return f"{label}: {error}"
    predicted = item.predicted or (score is not None and "origin" not in fields)
    origin = fields.get("origin") or (Origin.SUGGESTED.value if predicted else Origin.MANUAL.value)
    data["origin"] = origin
    provenance: dict[str, Any] = {"format": fmt.name, "file": str(quote.path or item.path)}
    provenance["line"] = quote.line
    named = fields.get("annotator")
    if isinstance(named, str) and named and named != annotator:
        provenance["annotator"] = named
    meta = dict(fields["meta"]) if isinstance(fields.get("meta"), dict) else {}
    meta["imported_from"] = provenance
    data["meta"] = meta
    quote_id = fields.get("id")
    if not isinstance(quote_id, str) or not quote_id:
        quote_id = _derived_id(document.id, start, end, derived)
    data.update(
        id=quote_id,
        doc_id=document.id,
        doc_sha256=document.sha256,
        start=start,
        end=end,
        annotator=annotator,
    )
    suggested = predicted and origin == Origin.SUGGESTED.value
    if not suggested:
        fast = plain_record(data, document.text, when[1])
        if fast is not None:
            return fast
    try:
        if suggested:
            data["suggestion"] = _suggestion(data, score, document.text)
        data["created"] = data["updated"] = when[0]
        validated = QuoteAnnotation.model_validate(data, context={"document_text": document.text})
    except ValidationError as error:
        return f"{label}: {describe_error(error)}"
    return validated.model_dump(mode="json")


_TIME_ADAPTER = TypeAdapter(datetime)
_QUOTE_TYPES = frozenset(t.value for t in QuoteType)
_SOURCE_KINDS = frozenset(k.value for k in SourceKind)
_STATUSES = frozenset(s.value for s in Status)
_ORIGINS = frozenset(o.value for o in Origin)
_CONFIDENCES = frozenset(c.value for c in Confidence)
_CONFIDENCES_OR_NONE = _CONFIDENCES | {None}


def _json_time(moment: datetime) -> str:
    return str(_TIME_ADAPTER.dump_python(moment, mode="json"))


def _plain_spans(value: Any, length: int) -> list[list[int]] | None:
    # A list of [start, end] lists is returned as it is; tuples are copied into lists.
    if type(value) is not list:
        return None
    copied = False
    for pair in value:
        if type(pair) is list:
            if len(pair) != 2:
                return None
        elif type(pair) is tuple and len(pair) == 2:
            copied = True
        else:
            return None
        first, last = pair
        if type(first) is not int or type(last) is not int or not 0 <= first <= last <= length:
            return None
    return [list(pair) for pair in value] if copied else value


def _optional_text(value: Any) -> bool:
    return value is None or type(value) is str


def plain_record(data: Record, text: str, now: str) -> Record | None:
    """The stored (JSON) form of ``data`` as a ``QuoteAnnotation`` of ``text``, when every field
    is plainly valid; None when anything needs the model's judgement (coercion or an error).

    A fast path for imports: building a model per quote costs more than the rest of an import.
    It accepts a subset of what the model accepts and gives the same dict (a generated test
    holds them equal); everything else goes through ``QuoteAnnotation``.
    """
    start, end = data["start"], data["end"]
    quote_text = data.get("text")
    if not 0 <= start <= end <= len(text) or type(quote_text) is not str:
        return None
    if text[start:end] != quote_text:
        return None
    spans = [_plain_spans(data.get(name, []), len(text)) for name in SPAN_FIELDS]
    quote_type = data.get("type", "direct")
    source_kind = data.get("source_kind")
    confidence = data.get("confidence", 3)
    status = data.get("status", "accepted")
    origin = data.get("origin", "manual")
    note = data.get("note", "")
    meta = data.get("meta", {})
    plain = (
        all(span is not None for span in spans)
        and type(quote_type) is str
        and quote_type in _QUOTE_TYPES
        and (source_kind is None or (type(source_kind) is str and source_kind in _SOURCE_KINDS))
        and type(confidence) is int
        and confidence in _CONFIDENCES
        and type(status) is str
        and status in _STATUSES
        and type(origin) is str
        and origin in _ORIGINS
        and _optional_text(data.get("speaker"))
        and _optional_text(data.get("source"))
        and type(note) is str
        and type(meta) is dict
        and data.get("suggestion") is None
        and all(type(data.get(key)) is str and data[key] for key in ("id", "doc_id", "annotator"))
        and type(data.get("doc_sha256")) is str
    )
    if not plain:
        return None
    speaker_spans, source_spans, cue_spans = spans
    return {
        "record": "quote",
        "schema_version": SCHEMA_VERSION,
        "id": data["id"],
        "doc_id": data["doc_id"],
        "doc_sha256": data["doc_sha256"],
        "start": start,
        "end": end,
        "text": quote_text,
        "type": quote_type,
        "speaker": data.get("speaker"),
        "speaker_spans": speaker_spans,
        "source": data.get("source"),
        "source_kind": source_kind,
        "source_spans": source_spans,
        "cue_spans": cue_spans,
        "confidence": confidence,
        "status": status,
        "origin": origin,
        "suggestion": None,
        "annotator": data["annotator"],
        "created": now,
        "updated": now,
        "note": note,
        "meta": meta,
    }


@dataclass
class ImportContext:
    """What every quote of one imported document shares, for the fast import paths."""

    format_name: str
    """The format read (for the provenance)."""
    document: Document
    """The document the quotes point into."""
    predicted: bool
    """Whether the file marks the quotes as a model's predictions."""
    now: str
    """The JSON time of the import (``created`` and ``updated`` of every record)."""
    derived: Counter[str]
    """Ids derived so far in this document (see ``_derived_id``)."""


def plain_import_record(
    fields: Any, annotator: str, file: str, line: int, context: ImportContext
) -> Record | None:
    """The stored form of one imported quote when every field is plainly valid, else None.

    The fast path of an import, taken by nearly every quote: it reads each field of the file
    once and checks it directly (span inside the text, text equal to the span, known values),
    without the intermediate dicts of ``_build_quote`` or a model per quote. Anything it does not
    accept plainly (a missing or wrong field, a suggestion to build, a confidence in words) is
    left to ``_build_quote``, which gives the same record or the error message; a generated test
    holds the two equal.
    """
    if type(fields) is not dict or "_error" in fields:
        return None
    document = context.document
    text = document.text
    start, end = fields.get("start"), fields.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
        return None
    if "text" in fields:
        quote_text = fields["text"]
        # Compared in place: no slice of the document is made for a text that matches.
        if (
            type(quote_text) is not str
            or len(quote_text) != end - start
            or not text.startswith(quote_text, start)
        ):
            return None
    else:
        quote_text = text[start:end]
    length = len(text)
    # A span list given as null is no spans, as in _build_quote.
    speaker_spans, source_spans, cue_spans = (
        [] if value is None else _plain_spans(value, length)
        for value in (
            fields.get("speaker_spans"),
            fields.get("source_spans"),
            fields.get("cue_spans"),
        )
    )
    if speaker_spans is None or source_spans is None or cue_spans is None:
        return None
    score = fields.get("score")
    predicted = context.predicted or (score is not None and "origin" not in fields)
    origin = fields.get("origin") or (Origin.SUGGESTED.value if predicted else Origin.MANUAL.value)
    if predicted and origin == Origin.SUGGESTED.value:
        return None  # a suggestion to build: the general path
    confidence = fields.get("confidence")
    if confidence is None:
        if score is None:
            confidence = Confidence.HIGH.value
        elif type(score) is int or type(score) is float:
            confidence = confidence_from_score(float(score))
        else:
            return None
    elif type(confidence) is not int or confidence not in _CONFIDENCES:
        return None
    quote_type = fields.get("type")
    quote_type = QuoteType.DIRECT.value if quote_type is None else quote_type
    source_kind = fields.get("source_kind")
    status = fields.get("status")
    status = Status.ACCEPTED.value if status is None else status
    note = fields.get("note")
    note = "" if note is None else note
    speaker, source = fields.get("speaker"), fields.get("source")
    if not (
        type(quote_type) is str
        and quote_type in _QUOTE_TYPES
        and (source_kind is None or (type(source_kind) is str and source_kind in _SOURCE_KINDS))
        and type(status) is str
        and status in _STATUSES
        and type(origin) is str
        and origin in _ORIGINS
        and (speaker is None or type(speaker) is str)
        and (source is None or type(source) is str)
        and type(note) is str
        and type(annotator) is str
        and annotator
    ):
        return None
    provenance: Record = {"format": context.format_name, "file": file, "line": line}
    named = fields.get("annotator")
    if isinstance(named, str) and named and named != annotator:
        provenance["annotator"] = named
    meta = fields.get("meta")
    meta = dict(meta) if isinstance(meta, dict) else {}
    meta["imported_from"] = provenance
    quote_id = fields.get("id")
    if not isinstance(quote_id, str) or not quote_id:
        # Last, after every check: a derived id counts, so it is made once per quote.
        quote_id = _derived_id(document.id, start, end, context.derived)
    return {
        "record": "quote",
        "schema_version": SCHEMA_VERSION,
        "id": quote_id,
        "doc_id": document.id,
        "doc_sha256": document.sha256,
        "start": start,
        "end": end,
        "text": quote_text,
        "type": quote_type,
        "speaker": speaker,
        "speaker_spans": speaker_spans,
        "source": source,
        "source_kind": source_kind,
        "source_spans": source_spans,
        "cue_spans": cue_spans,
        "confidence": confidence,
        "status": status,
        "origin": origin,
        "suggestion": None,
        "annotator": annotator,
        "created": context.now,
        "updated": context.now,
        "note": note,
        "meta": meta,
    }


_NONE = type(None)
_INT = {int}
_STR = {str}
_STR_OR_NONE = {str, _NONE}
_INT_OR_NONE = {int, _NONE}
_LIST_OR_NONE = {list, _NONE}
_DICT_OR_NONE = {dict, _NONE}


def _column(fields: list[Record], key: str) -> list[Any]:
    """The value of ``key`` in every dict of ``fields`` (None where it is missing)."""
    return list(map(dict.get, fields, repeat(key)))


_USUAL_KEYS = QUOTE_KEYS[: QUOTE_KEYS.index("annotator")]
"""Keys every quote of a quotes-jsonl export has (``note`` only when there is one), in the order
of the stored record: the format's keys up to the annotator."""

_USUAL_VALUES = itemgetter(*_USUAL_KEYS)

_RECORD_TEMPLATE: Record = {
    **dict.fromkeys(QuoteAnnotation.model_fields),
    "record": "quote",
    "schema_version": SCHEMA_VERSION,
    "note": "",
}
"""A stored quote's keys in the writer's order (model order), with the values every imported
record shares; ``plain_import_records`` copies it once per quote and fills in the rest."""


def _columns(fields: list[Record]) -> tuple[dict[str, Sequence[Any]], list[tuple[Any, ...]] | None]:
    """``_column`` of each of ``_USUAL_KEYS``, and the rows they were transposed from (the
    values of each quote, in that order) or None; one C call per quote when each has them all."""
    try:
        rows = list(map(_USUAL_VALUES, fields))
    except KeyError:
        return {key: _column(fields, key) for key in _USUAL_KEYS}, None
    return dict(zip(_USUAL_KEYS, zip(*rows, strict=True), strict=True)), rows


def _plain_values(
    values: Sequence[Any], allowed: frozenset[str], default: str | None
) -> Sequence[Any] | None:
    """``values`` with None as ``default``, or None unless each is None or in ``allowed``.

    One pass: the set of the values says it all (a list or dict among them cannot be hashed;
    nothing but those strings, or a subclass of str written as the same string, is equal to
    one of them)."""
    try:
        found = set(values)
    except TypeError:
        return None
    missing = None in found
    found.discard(None)
    if not found <= allowed:
        return None
    if default is not None and missing:
        return [default if value is None else value for value in values]
    return values


def _plain_span_columns(
    columns: tuple[Sequence[Any], ...], length: int
) -> list[Sequence[Any]] | None:
    """The span columns (None as no spans) if every pair of all of them is plainly valid (two
    ints, ``0 <= first <= last <= length``), else None; the pairs are checked all at once."""
    checked = []
    for values in columns:
        kinds = set(map(type, values))
        if not kinds <= _LIST_OR_NONE:
            return None
        if _NONE in kinds:
            values = [[] if value is None else value for value in values]
        checked.append(values)
    pairs = list(chain.from_iterable(chain.from_iterable(checked)))
    if not pairs:
        return checked
    if set(map(type, pairs)) != {list}:
        return None
    try:
        # Transposed: the pairs are all of one length (strict) and that length is two.
        firsts, lasts = zip(*pairs, strict=True)
    except ValueError:
        return None
    if (
        set(map(type, chain(firsts, lasts))) != _INT
        or min(firsts) < 0
        or max(lasts) > length
        or not all(map(le, firsts, lasts))
    ):
        return None
    return checked


def plain_import_records(
    quotes: list[ReadQuote],
    owners: list[str],
    named: list[str | None],
    file: str,
    context: ImportContext,
) -> list[Record] | None:
    """Every quote of one document in its stored form, checked field by field across all of
    them at once; None when any quote needs a closer look (then each goes its own way).

    The same records ``plain_import_record`` gives one by one (a test holds them equal), but
    each check runs in C over a whole column (every start, every text...), not per quote in
    Python: what makes an import of a million quotes take seconds. It takes only the plain
    case: quotes of the document's own file with every field present or left out, valid, and
    no detector score.
    """
    if any(map(_PATH, quotes)):
        return None
    return _plain_records(
        list(map(_FIELDS, quotes)), list(map(_LINE, quotes)), owners, named, file, context
    )


def _plain_records(
    fields: list[Any],
    lines: list[int],
    owners: list[str],
    named: list[str | None],
    file: str,
    context: ImportContext,
) -> list[Record] | None:
    """``plain_import_records`` of the quote objects ``fields``, read from ``lines`` of ``file``.

    Each record is a copy of one per-document template (the keys in order and the values every
    quote shares) updated with the quote's own values: a few C calls per quote, no Python loop.
    Records of one document share their ``meta`` dict when it is the same for each.
    """
    count = len(fields)
    if not count:
        return []
    document = context.document
    text = document.text
    length = len(text)
    if context.predicted or "" in owners:
        return None
    if set(map(type, fields)) != {dict} or any(map(contains, fields, repeat("_error"))):
        return None
    columns, rows = _columns(fields)
    starts, ends = columns["start"], columns["end"]
    if (
        set(map(type, starts)) != _INT
        or set(map(type, ends)) != _INT
        or min(starts) < 0
        or max(ends) > length
        or not all(map(le, starts, ends))
    ):
        return None
    texts = columns["text"]
    if None in texts:
        if any(
            text_at is None and "text" in value
            for text_at, value in zip(texts, fields, strict=True)
        ):
            return None  # a text given as null: the general path names the problem
        texts = [
            text[start:end] if text_at is None else text_at
            for text_at, start, end in zip(texts, starts, ends, strict=True)
        ]
    # Each text is compared with the document in place, without slicing the document.
    if (
        set(map(type, texts)) != _STR
        or list(map(len, texts)) != list(map(sub, ends, starts))
        or not all(map(text.startswith, texts, starts))
    ):
        return None
    spans = _plain_span_columns(
        (columns["speaker_spans"], columns["source_spans"], columns["cue_spans"]), length
    )
    if spans is None:
        return None
    speaker_spans, source_spans, cue_spans = spans
    if set(_column(fields, "score")) != {None}:
        return None  # a detector's score may make a suggestion: one by one
    confidences = columns["confidence"]
    if not set(map(type, confidences)) <= _INT_OR_NONE:  # True and 2.0 equal confidences too
        return None
    found_confidences = set(confidences)
    if not found_confidences <= _CONFIDENCES_OR_NONE:
        return None
    if None in found_confidences:
        high = Confidence.HIGH.value
        confidences = [high if value is None else value for value in confidences]
    given_origins = columns["origin"]
    if "" in given_origins:  # an empty origin is no origin, as in _build_quote
        given_origins = [None if value == "" else value for value in given_origins]
    types = _plain_values(columns["type"], _QUOTE_TYPES, QuoteType.DIRECT.value)
    kinds = _plain_values(columns["source_kind"], _SOURCE_KINDS, None)
    statuses = _plain_values(columns["status"], _STATUSES, Status.ACCEPTED.value)
    origins = _plain_values(given_origins, _ORIGINS, Origin.MANUAL.value)
    speakers, sources = columns["speaker"], columns["source"]
    notes, metas = _column(fields, "note"), _column(fields, "meta")
    if (
        types is None
        or kinds is None
        or statuses is None
        or origins is None
        or not set(map(type, speakers)) <= _STR_OR_NONE
        or not set(map(type, sources)) <= _STR_OR_NONE
        or not set(map(type, notes)) <= _STR_OR_NONE
        or not set(map(type, metas)) <= _DICT_OR_NONE
    ):
        return None
    doc_id = document.id
    ids = columns["id"]
    if set(map(type, ids)) != _STR or "" in ids:
        # Derived in order, after every check: a derived id counts.
        ids = [
            quote_id
            if type(quote_id) is str and quote_id
            else _derived_id(doc_id, start, end, context.derived)
            for quote_id, start, end in zip(ids, starts, ends, strict=True)
        ]
    owner = owners[0]
    one_owner = owners.count(owner) == count
    others = _other_labelers(named, owners, owner, one_owner)
    template = {
        **_RECORD_TEMPLATE,
        "doc_id": doc_id,
        "doc_sha256": document.sha256,
        "annotator": owner,
        "created": context.now,
        "updated": context.now,
    }
    per_quote_meta = None
    places = set(zip(lines, others, strict=True))
    if places == {(lines[0], others[0])} and not any(metas):
        # The usual case: every quote from one line, with the same provenance, no meta of its own.
        template["meta"] = {"imported_from": _provenance(context, file, lines[0], others[0])}
    else:
        per_quote_meta = [
            {**meta, "imported_from": provenance} if meta else {"imported_from": provenance}
            for meta, provenance in zip(
                metas,
                map(_provenance, repeat(context), repeat(file), lines, others),
                strict=True,
            )
        ]
    records = list(map(dict.copy, repeat(template, count)))
    final = (
        ids,
        starts,
        ends,
        texts,
        types,
        speakers,
        speaker_spans,
        sources,
        kinds,
        source_spans,
        cue_spans,
        confidences,
        statuses,
        origins,
    )
    values: Iterable[tuple[Any, ...]]
    if rows is not None and all(map(is_, final, map(columns.__getitem__, _USUAL_KEYS))):
        values = rows  # every value as the file gave it: the rows already hold them in order
    else:
        values = zip(*final, strict=True)
    _consume(map(dict.update, records, map(zip, repeat(_USUAL_KEYS), values)))
    if not one_owner:
        _consume(map(dict.__setitem__, records, repeat("annotator"), owners))
    if notes.count(None) != count:
        notes = ["" if note is None else note for note in notes]
        _consume(map(dict.__setitem__, records, repeat("note"), notes))
    if per_quote_meta is not None:
        _consume(map(dict.__setitem__, records, repeat("meta"), per_quote_meta))
    return records


_START_OF = attrgetter("start")
_END_OF = attrgetter("end")
_TEXT_OF = attrgetter("text")
_ANNOTATOR_OF = attrgetter("annotator")
_META_OF = attrgetter("meta")
_SPANS_OF = tuple(map(attrgetter, SPAN_FIELDS))
_UNSET = msgspec.UNSET


def _struct_annotators(quotes: list[ImportedQuote]) -> list[str | None]:
    """Who labeled each decoded quote in the file (``_named_annotator``), None where unnamed."""
    return list(map(_ANNOTATOR_OF, quotes))  # the reader let no empty name through


def _plain_structs(
    quotes: list[ImportedQuote],
    owners: list[str],
    named: list[str | None],
    file: str,
    line: int,
    context: ImportContext,
) -> list[ImportedQuote] | None:
    """The decoded quotes of one document (all from ``line`` of ``file``), finished in place
    as the records they become; None, with nothing changed, when any of them needs the careful
    path.

    The reader's types already hold every field to a value the careful path takes plainly (or
    its default); what is left is checked here column by column, in C: each text against the
    document, each span inside it (the reader sent lines with a detector score elsewhere).
    Then the fields an import fills in are set on every quote. The records are the ones
    ``plain_import_records`` gives for the same quotes as dicts (a test holds them equal).
    """
    count = len(quotes)
    if not count:
        return []
    document = context.document
    text = document.text
    owner = owners[0]
    one_owner = owners.count(owner) == count
    if context.predicted or not owner or (not one_owner and "" in owners):
        return None
    starts, ends = list(map(_START_OF, quotes)), list(map(_END_OF, quotes))
    texts = list(map(_TEXT_OF, quotes))
    texts_given = True
    try:
        lengths = list(map(len, texts))
    except TypeError:  # a text left out (UNSET has no length): the document's own
        # A span the text does not hold gives a slice of another length, refused below.
        texts_given = False
        texts = [
            text[start:end] if given is _UNSET else given
            for given, start, end in zip(texts, starts, ends, strict=True)
        ]
        lengths = list(map(len, texts))
    # Each text is compared with the document in place, without slicing the document. A text
    # of the span's length found at its start also puts 0 <= start <= end <= len(text).
    if lengths != list(map(sub, ends, starts)) or not all(map(text.startswith, texts, starts)):
        return None
    speaker_spans, source_spans, cue_spans = _SPANS_OF
    pairs = list(
        chain.from_iterable(
            chain(map(speaker_spans, quotes), map(source_spans, quotes), map(cue_spans, quotes))
        )
    )
    if pairs:
        # Transposed: the reader let through pairs of two offsets, each at least 0.
        firsts, lasts = zip(*pairs, strict=True)
        if max(lasts) > len(text) or not all(map(le, firsts, lasts)):
            return None
    doc_id = document.id
    ids = list(map(_ID_OF, quotes))
    if None in ids:
        # Derived in order, after every check: a derived id counts.
        ids = [
            quote_id or _derived_id(doc_id, start, end, context.derived)
            for quote_id, start, end in zip(ids, starts, ends, strict=True)
        ]
        _consume(map(setattr, quotes, repeat("id"), ids))
    if not texts_given:
        _consume(map(setattr, quotes, repeat("text"), texts))
    others = _other_labelers(named, owners, owner, one_owner)
    if type(quotes[0].meta) is msgspec.Raw and others.count(others[0]) == count:
        # The usual case (no quote with a meta of its own: the reader left each its empty raw
        # JSON): the same provenance for every quote, encoded once for all of them.
        meta = {"imported_from": _provenance(context, file, line, others[0])}
        _consume(map(setattr, quotes, repeat("meta"), repeat(msgspec.Raw(ENCODER.encode(meta)))))
    else:
        per_quote = [
            {**given, "imported_from": provenance}
            if isinstance(given, dict) and given
            else {"imported_from": provenance}
            for given, provenance in zip(
                map(_META_OF, quotes),
                map(_provenance, repeat(context), repeat(file), repeat(line), others),
                strict=True,
            )
        ]
        _consume(map(setattr, quotes, repeat("meta"), per_quote))
    _consume(map(setattr, quotes, repeat("annotator"), repeat(owner) if one_owner else owners))
    # Values every quote shares, encoded once (``record_codec.stored_record`` decodes them).
    now = msgspec.Raw(ENCODER.encode(context.now))
    for name, value in (
        ("doc_id", doc_id),  # a str: the store's fold reads it
        ("doc_sha256", msgspec.Raw(ENCODER.encode(document.sha256))),
        ("created", now),
        ("updated", now),
    ):
        _consume(map(setattr, quotes, repeat(name), repeat(value)))
    return quotes


def _provenance(context: ImportContext, file: str, line: int, other: str | None) -> Record:
    """Where an imported quote came from (and who labeled it there, when not its owner)."""
    provenance: Record = {"format": context.format_name, "file": file, "line": line}
    if other:
        provenance["annotator"] = other
    return provenance


def _consume(calls: map[None]) -> None:
    """Make every call of ``calls`` (each returns None), in C: ``any`` runs to the end."""
    any(calls)


def _suggestion(data: dict[str, Any], score: Any, text: str) -> Candidate:
    if not isinstance(score, int | float) or isinstance(score, bool):
        score = data.get("confidence", 3) / 3
    cue_spans = data.get("cue_spans") or []
    try:
        cue = " ".join(text[s:e] for s, e in cue_spans) or None
    except (TypeError, ValueError):
        cue = None  # malformed spans: the Candidate below names what is wrong with them
    return Candidate(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        type=data.get("type", "direct"),
        score=min(1.0, max(0.0, float(score))),
        speaker=data.get("speaker"),
        speaker_spans=data.get("speaker_spans") or [],
        source=data.get("source"),
        source_kind=data.get("source_kind"),
        source_spans=data.get("source_spans") or [],
        cue=cue,
        cue_spans=cue_spans,
    )


def _derived_id(doc_id: str, start: int, end: int, derived: Counter[str]) -> str:
    # The same file imported twice gives the same ids, so a re-import updates instead of
    # duplicating; the same span twice in one document gets a running number.
    base = hashlib.sha1(f"{doc_id}\x00{start}\x00{end}".encode()).hexdigest()[:16]
    derived[base] += 1
    return f"imp-{base}" if derived[base] == 1 else f"imp-{base}-{derived[base]}"


def _refusal(problems: list[BadLine], consequence: str) -> str:
    first = str(problems[0])
    more = f" (and {counted(len(problems) - 1, 'more problem')})" if len(problems) > 1 else ""
    return f"{first}{more}; {consequence}"


@dataclass
class ImportReport:
    """What an import did."""

    imported: int = 0
    """New quotes or new versions written."""
    unchanged: int = 0
    """Quotes already stored with the same content."""
    problems: list[BadLine] = field(default_factory=list)
    """What was skipped (only with ``skip_bad``)."""
    left_out: list[BadLine] = field(default_factory=list)
    """Lines of kinds the format's reader does not read, left out with a warning (a brat event,
    say): the import went on without them."""
    skipped_annotators: Counter[str] = field(default_factory=Counter)
    """Quotes of other annotators left out."""
    documents: int = 0
    """Documents read."""
    unfinished: list[str] = field(default_factory=list)
    """Documents given quotes by the import that the annotator's file marks not finished (they
    started them in ``annotate``): agreement and review leave those quotes out, sorted."""
    read_without_quotes: list[str] = field(default_factory=list)
    """Documents the file says were read whole and had no quote."""
    marked_finished: int = 0
    """Finished marks written: one for each of ``read_without_quotes`` the file had no mark of."""
    given_quotes: list[str] = field(default_factory=list)
    """Documents the import gave quotes to (``ImportPlan.given_quotes``)."""
    marked_unfinished: int = 0
    """Not-finished marks written: one for each document given only a detector's quotes, which
    no one has read yet (``_to_mark_unfinished``)."""
    predictions: bool = False
    """Whether the file holds a detector's output: its documents with no quote are then left
    unmarked, since a machine finding nothing is not a person reading them (their quotes,
    where it found some, count as any imported label does)."""


_IGNORED_IN_COMPARISON = {"created", "updated", "meta"}


def import_file(
    fmt: Format,
    path: str | Path,
    store: AnnotationStore,
    annotator: str,
    *,
    corpus: Corpus | None = None,
    skip_bad: bool = False,
    source_annotator: str | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import ``path`` into ``annotator``'s file: all of it, or nothing unless ``skip_bad``.

    A quote already stored with the same content is left alone (so re-importing a file changes
    nothing); one stored with other content gets a new version (keeping its ``created``).

    The writer lock is held from reading what is stored to the last byte appended. Into an
    empty file, the records are written while the rest of the file is still being read (into a
    temporary, moved into place once the whole file is found good: ``FirstImport``), so the
    disk works while the import reads; otherwise they are compared with what is stored and
    appended at the end.
    """
    path = Path(path)
    _check_importable(fmt, path)
    stored = store.path_for(annotator)
    new_file = not stored.exists()
    # The collector is held too: a million new records would otherwise trigger collections
    # that walk the whole plan again and again.
    with paused_gc(), store.open(annotator, writable=True) as file:
        try:
            return _import_into(
                file, fmt, path, annotator, corpus, skip_bad, source_annotator, progress
            )
        finally:
            if new_file and stored.exists() and stored.stat().st_size == 0:
                # Nothing came in (or the import was refused): an empty file would make the
                # name an annotator of the store, which agreement, review and export would
                # list. The lock is still held here.
                stored.unlink()


def _import_into(
    file: AnnotatorFile,
    fmt: Format,
    path: Path,
    annotator: str,
    corpus: Corpus | None,
    skip_bad: bool,
    source_annotator: str | None,
    progress: ProgressCallback | None,
) -> ImportReport:
    """``import_file`` once the annotator's file is open for writing."""
    if file.is_empty:
        with file.first_import() as writer:
            report = None
            if corpus is None and _splits(fmt, path):
                report = _import_in_two(fmt, path, writer, annotator, source_annotator, progress)
            if report is None:
                plan = _plan(
                    fmt, path, annotator, corpus, source_annotator, False, progress, writer.add
                )
                report = _report(plan, skip_bad)
            # Every id was taken once: a repeated one is a problem, never handed over.
            report.imported = writer.commit(distinct_ids=True)
        report.marked_finished = file.mark_many_finished(_to_mark_finished(report))
        report.marked_unfinished = file.mark_many_finished(
            _to_mark_unfinished(report, set()), finished=False
        )
        return report
    plan = _plan(fmt, path, annotator, corpus, source_annotator, False, progress)
    report = _report(plan, skip_bad)
    existing = {item["id"]: item for item, _ in file.quote_records()}
    labelled_before = {item["doc_id"] for item in existing.values()}
    to_save: list[ImportedRecord] = []
    marked_unfinished = {doc_id for doc_id, done in file.finished_marks().items() if not done}
    if marked_unfinished:
        # A file that is new or empty has no mark, so only this path can meet one.
        imported_into = {
            record.doc_id if isinstance(record, ImportedQuote) else record["doc_id"]
            for record in plan.records
        }
        report.unfinished = sorted(imported_into & marked_unfinished)
    for record in plan.records:
        stored = existing.get(_ID_OF(record) if isinstance(record, ImportedQuote) else record["id"])
        if stored is not None:
            plain = _keeping_the_suggestion(record_of(record), stored)
            if _same(stored, plain):
                report.unchanged += 1
                continue
            record = {**plain, "created": stored["created"]}
        to_save.append(record)
    report.imported = file.save_many(to_save)
    marks = file.finished_marks()  # the annotator's own word on a document stands
    unmarked = [doc_id for doc_id in _to_mark_finished(report) if doc_id not in marks]
    report.marked_finished = file.mark_many_finished(unmarked)
    marks = file.finished_marks()
    suggested = _to_mark_unfinished(report, labelled_before)
    unmarked = [doc_id for doc_id in suggested if doc_id not in marks]
    report.marked_unfinished = file.mark_many_finished(unmarked, finished=False)
    return report


def _to_mark_finished(report: ImportReport) -> list[str]:
    """The documents an import marks finished: those a person read whole and found no quote
    in. A detector's output says nothing of what anyone read: marked, its empty documents were
    passed over by annotate's resume and counted in agreement as read with no quote found."""
    return [] if report.predictions else report.read_without_quotes


def _to_mark_unfinished(report: ImportReport, labelled_before: set[str]) -> list[str]:
    """The documents an import marks not finished: those given a detector's quotes where the
    annotator had no label before. Unmarked, a labelled document counts as finished (as before
    marks), so the detector's guesses counted as the annotator's finished work in agreement,
    review, export and stats before anyone had read them; annotate's ``f`` (or finishing the
    document there) marks them finished once they have."""
    if not report.predictions:
        return []
    return [doc_id for doc_id in report.given_quotes if doc_id not in labelled_before]


SPLIT_MIN_BYTES = 64 << 20
"""A first import of a file this large (and of a format with a ``part_reader``) reads its second
half in a second process, while this one reads the first (``_import_in_two``); so does an export
of an annotator file this large to a format whose writer ``joins_end_to_end``
(``_export_in_two``), which writes it there too."""

_QUOTE_START_KEY = b'"start":'
"""Stands once in every quote of a quotes-jsonl line, as its key (inside a string the quotes
would be escaped): how the second half knows its first revision before the first is read."""


def _splits(fmt: Format, path: Path) -> bool:
    """Whether an import of ``path`` reads it in two processes."""
    return (
        fmt.part_reader is not None
        and _can_fork_a_half()
        and path.is_file()
        and path.stat().st_size >= max(SPLIT_MIN_BYTES, 1)
    )


def _fork_with_two_pipes() -> tuple[int, list[int], set[int | signal.Signals]] | None:
    """Open two pipes and fork: the pid (0 in the child), the pipes' four ends (read, write,
    read, write) and the signal mask to restore; None when there are no descriptors or no fork
    to be had (memory, a limit on processes), with nothing left open.

    Ctrl-C is blocked over the fork and stays blocked on return: in the child it must not
    unwind through the caller's frames (which would remove the caller's folder or temporary)
    before the child's own ``try``, and in the parent it must come in inside the caller's
    ``try``, where the child is seen to. Each restores the mask there.
    """
    pipes: list[int] = []
    try:
        pipes.extend(os.pipe())
        pipes.extend(os.pipe())
    except OSError:
        _close_all(pipes)
        return None
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except BaseException as error:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        _close_all(pipes)
        if isinstance(error, OSError):
            return None
        raise
    return pid, pipes, blocked


@dataclass
class _ForkedChild:
    """The child of ``_half_in_a_forked_child``, as its parent sees it."""

    pid: int
    heard: int
    """The read end of what the child says."""
    tell: int
    """The write end of what the child is told; closed unsaid, it tells the child nothing."""
    unclosed: set[int]
    """This process's ends still open."""
    exited: bool = False
    """Whether the child is known to have exited (it stays unreaped until the end)."""

    def stop_telling(self) -> None:
        """Close ``tell``: the child reads the end of it."""
        if self.tell in self.unclosed:
            self.unclosed.discard(self.tell)
            os.close(self.tell)

    def wait(self) -> bool:
        """Wait for the child to exit, and say whether its work returned (exit code 0). It is
        not reaped: until the context reaps it, its pid stays its own, so no kill meant for it
        can reach another process."""
        ending = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)
        self.exited = True
        return ending is not None and (ending.si_code, ending.si_status) == (os.CLD_EXITED, 0)


@contextmanager
def _half_in_a_forked_child(
    work: Callable[[int, int], object], then: Callable[[], object] | None = None
) -> Iterator[_ForkedChild | None]:
    """Fork a child that runs ``work(say, hear)`` (the write end of a pipe to this process,
    the read end of one from it) and leaves at once, with exit code 0 when ``work`` returned
    and 1 otherwise, never unwinding into the caller's files, locks and temporaries; what
    ``work`` returns is kept until then, so a half's records are freed by the exit, all at
    once, not one by one. In this process, the context is the child (``_ForkedChild``), or
    None when there are no pipes or no fork to be had: the caller works in one process.

    Leaving the context kills the child unless it has exited, closes the pipes and reaps it,
    whatever happened: a Ctrl-C held back over the fork comes in inside it, where the child is
    seen to. Then ``then`` is called (the caller's cleaning up after the child), in this process
    only, fork or no fork. The child dies with this process (``_die_with_parent``).
    """
    parent = os.getpid()
    try:
        sys.stdout.flush()  # else what is buffered would be printed by both
        sys.stderr.flush()
        forked = _fork_with_two_pipes()
        if forked is None:
            yield None
            return
        pid, pipes, blocked = forked
        heard, say, hear, tell = pipes
        if pid == 0:
            code = 1
            try:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
                os.close(heard)
                os.close(tell)
                _die_with_parent(parent)
                kept = work(say, hear)  # noqa: F841 - freed by the exit
                code = 0
            finally:
                os._exit(code)  # (so ``then`` is not called here)
        child = _ForkedChild(pid, heard, tell, set(pipes))
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            _close(say, child.unclosed)
            _close(hear, child.unclosed)
            yield child
        except BaseException:
            if not child.exited:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)  # (a child that has just exited is still its pid)
            raise
        finally:
            _close_all(child.unclosed)
            os.waitpid(pid, 0)  # reaped once, whatever happened: it has exited or been killed
    finally:
        if then is not None:
            then()


def _can_fork_a_half() -> bool:
    """Whether this platform and machine can read (or write) half a file in a forked child:
    macOS has no ``os.waitid`` before Python 3.13, Windows no ``fork``."""
    return (
        hasattr(os, "fork")
        and hasattr(os, "waitid")
        and hasattr(signal, "pthread_sigmask")
        and _cores() > 1
    )


def _cores() -> int:
    """How many cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _import_in_two(
    fmt: Format,
    path: Path,
    writer: FirstImport,
    annotator: str,
    source_annotator: str | None,
    progress: ProgressCallback | None,
) -> ImportReport | None:
    """A first import of ``path`` read in two halves at once: this process plans the first
    and writes it with ``writer`` as usual, a forked child plans the second and encodes it into
    a file of its own (``_plan_second_half``). Once this process has written its half, it tells
    the child where that ends; the child copies its lines there, into ``writer``'s temporary
    (``FirstImport.place``), while this process reads what the child found, and ``writer``
    then takes them as they stand.

    The child numbers its revisions on from the quotes it counts in the first half, and the
    halves cannot see each other's ids; so the result is taken only when it is exactly what one
    process would have written: no problem anywhere, as many records in the first half as the
    child counted, no document or quote id in both halves. Anything else returns None, with
    ``writer`` emptied, and the caller imports the file in one process, which words every
    problem as it always does.
    """
    split = _middle_line(path)
    if split is None:
        return None
    now = utc_now()
    second = writer.temporary.with_name(writer.temporary.name + "-2")
    first = _Part(stop=split, now=now)

    def plan_second_half(say: int, hear: int) -> tuple[_SecondHalf, list[Any]]:
        """In the child: plan the second half, say how it went, and put its lines where told."""
        # Should the importer be killed, the writer's lock must go with it: the child holds no
        # copy of it, and dies with its parent rather than plan on for nobody.
        writer.file.release_in_forked_child()
        # What the half is made of is returned, to stay until the exit frees it all at once.
        kept: list[Any] = []
        planned = _plan_second_half(
            fmt, path, split, now, annotator, source_annotator, second, kept
        )
        _send(say, planned)
        at = _receive_offset(hear)
        # Else one half went wrong and nothing is taken: copying hundreds of MB is no use.
        if at is not None and not planned.problems:
            writer.place(second, at)
        second.unlink()
        return planned, kept  # (returning, the exit code says the lines are in place)

    plan: ImportPlan | None = None
    try:
        # Pipes: what the child found; where the child's lines go in the temporary.
        with _half_in_a_forked_child(plan_second_half) as child:
            if child is None:
                return None  # no pipes or no fork: the import runs in one process
            try:
                try:
                    plan = _plan(
                        fmt,
                        path,
                        annotator,
                        None,
                        source_annotator,
                        False,
                        progress,
                        writer.add,
                        first,
                    )
                except UserError:
                    plan = None  # said again, in full, by the import in one process
                if plan is not None and not plan.problems:
                    _send_offset(child.tell, writer.end())
            finally:
                child.stop_telling()  # unsaid, it tells the child to copy nothing
            found = _receive(child.heard)
            seen = first.seen_ids.of(annotator)
            usable = (
                plan is not None
                and found is not None
                and not plan.problems
                and not found.problems
                and found.first_rev == plan.count + 1
                and first.seen_docs.keys().isdisjoint(found.doc_ids)
                and seen.isdisjoint(found.ids)
            )
            # The child is done once its lines are in place (or it failed): only then may the
            # temporary be emptied or taken as it stands.
            if not child.wait() or not usable:
                second.unlink(missing_ok=True)
                writer.restart()
                return None
            assert plan is not None and found is not None
            writer.add_placed(found.ids, found.line_doc_ids, found.lengths)
    except BaseException:
        # Interrupted anywhere, up to the child's last byte put in place: no child (it is
        # killed and reaped on leaving the context), no second half left.
        second.unlink(missing_ok=True)
        raise
    return ImportReport(
        left_out=plan.left_out,
        skipped_annotators=plan.skipped_annotators + found.skipped_annotators,
        documents=plan.document_count + len(found.doc_ids),
        read_without_quotes=plan.read_without_quotes + found.read_without_quotes,
        given_quotes=plan.given_quotes + list(dict.fromkeys(found.line_doc_ids)),
        predictions=plan.predictions or found.predictions,
    )


def _close(fd: int, unclosed: set[int]) -> None:
    unclosed.discard(fd)
    os.close(fd)


def _close_all(descriptors: Iterable[int]) -> None:
    for fd in descriptors:
        with suppress(OSError):  # released all the same (Linux): the others must go too
            os.close(fd)


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this (forked) process when its parent dies, where it can (Linux);
    leave at once if the parent is gone already."""
    with suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1


@dataclass
class _SecondHalf:
    """What the child of ``_import_in_two`` found and wrote."""

    first_rev: int
    """The revision it numbered its first line (one past the quotes of the first half)."""
    problems: list[BadLine]
    """Everything wrong in the second half (or with it: a ``UserError``)."""
    doc_ids: list[str]
    """Every document of the second half."""
    ids: list[str]
    """The quote id of each line written."""
    line_doc_ids: list[str]
    """The document id of each line written."""
    lengths: list[int]
    """The length of each line written."""
    skipped_annotators: Counter[str]
    """Quotes of other annotators left out."""
    read_without_quotes: list[str]
    """Documents of the second half read whole with no quote (``ImportPlan``)."""
    predictions: bool
    """Whether the second half holds a detector's output (``ImportPlan``)."""


def _plan_second_half(
    fmt: Format,
    path: Path,
    split: int,
    now: datetime,
    annotator: str,
    source_annotator: str | None,
    target: Path,
    kept: list[Any],
) -> _SecondHalf:
    """Plan the lines of ``path`` from byte ``split`` on, encoding them into ``target``; what
    it builds is put in ``kept`` rather than freed (the child leaves with ``os._exit``)."""
    lines, quotes = _lines_and_quotes(path, split)
    part = _Part(start=split, first_line=lines + 1, now=now)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        edits = EditLines(fd, quotes + 1, target, annotator, keep=kept)
        try:
            plan = _plan(fmt, path, annotator, None, source_annotator, False, None, edits.add, part)
        except UserError as error:
            plan = ImportPlan(problems=[BadLine(path, None, str(error))])
        edits.write_pending()
    finally:
        os.close(fd)
    kept.append((part, plan, edits))
    return _SecondHalf(
        first_rev=quotes + 1,
        problems=plan.problems,
        doc_ids=list(part.seen_docs),
        ids=edits.ids,
        line_doc_ids=edits.doc_ids,
        lengths=edits.lengths,
        skipped_annotators=plan.skipped_annotators,
        read_without_quotes=plan.read_without_quotes,
        predictions=plan.predictions,
    )


def _lines_and_quotes(path: Path, stop: int) -> tuple[int, int]:
    """How many lines, and how many quotes (``_QUOTE_START_KEY``), the first ``stop`` bytes of
    ``path`` hold."""
    lines = quotes = 0
    key = len(_QUOTE_START_KEY)
    # Each block is read into the same buffer and counted where it lies: no copy of it is made.
    buffer = bytearray(_SPLIT_BLOCK + key - 1)
    view = memoryview(buffer)
    kept = 0  # bytes at the buffer's start carried over from the block before
    with path.open("rb", buffering=0) as handle:
        remaining = stop
        while remaining > 0:
            size = handle.readinto(view[kept : kept + min(_SPLIT_BLOCK, remaining)])
            if not size:
                break
            remaining -= size
            end = kept + size
            lines += buffer.count(b"\n", kept, end)
            # The carried bytes are fewer than the key's: a key found across them and this
            # block was not counted in the block before.
            quotes += buffer.count(_QUOTE_START_KEY, 0, end)
            kept = min(key - 1, end)
            view[:kept] = view[end - kept : end]
    return lines, quotes


_SPLIT_BLOCK = 1 << 24


_FIRST_SHARE = 0.49
"""The share of the file's bytes the first process reads: a little less than half. The child
reads the first part once more (to count its lines and quotes) before it starts on its own, but
the parent also writes and folds its half, and at 1,000,000 quotes the two finish planning
within 2% of each other with this share (with 53%, the parent finished about 7% later)."""


def _middle_line(path: Path) -> int | None:
    """The byte where the first line starting past ``_FIRST_SHARE`` of ``path`` starts; None
    when there is none."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(int(size * _FIRST_SHARE))
        handle.readline()
        split = handle.tell()
    return split if 0 < split < size else None


def _send(fd: int, found: _SecondHalf) -> None:
    # Ids and lengths as bytes: pickling half a million strings one by one would take longer.
    data = pickle.dumps(
        (
            found.first_rev,
            found.problems,
            found.doc_ids,
            "\n".join(found.ids).encode(),
            _runs(found.line_doc_ids),
            array("q", found.lengths).tobytes(),
            found.skipped_annotators,
            len(found.ids),
            found.read_without_quotes,
            found.predictions,
        ),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    _send_bytes(fd, data)


def _send_bytes(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the pipe ``fd``, then close it."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.close(fd)


def _receive_bytes(fd: int) -> bytes:
    """Everything written to the pipe ``fd`` until its other end closed."""
    blocks = []
    while block := os.read(fd, 1 << 20):
        blocks.append(block)
    return b"".join(blocks)


def _send_offset(fd: int, offset: int) -> None:
    # 8 bytes: a pipe takes them in one write. A child gone already reads none, and its exit
    # code says so.
    with suppress(BrokenPipeError):
        os.write(fd, offset.to_bytes(8, "little"))


def _receive_offset(fd: int) -> int | None:
    """The offset the parent sent (``_send_offset``), or None when it sent none."""
    data = b""
    while len(data) < 8 and (block := os.read(fd, 8 - len(data))):
        data += block
    os.close(fd)
    return int.from_bytes(data, "little") if len(data) == 8 else None


def _receive(fd: int) -> _SecondHalf | None:
    data = _receive_bytes(fd)
    if not data:
        return None  # the child failed before it could say anything
    try:
        (
            first_rev,
            problems,
            doc_ids,
            ids,
            runs,
            lengths,
            skipped,
            count,
            read_empty,
            predictions,
        ) = pickle.loads(data)
    except Exception:  # cut short: the child died while it spoke
        return None
    ids_list = ids.decode().split("\n") if count else []
    lengths_list = array("q")
    lengths_list.frombytes(lengths)
    line_doc_ids = list(chain.from_iterable(map(repeat, *zip(*runs, strict=True)))) if runs else []
    if len(ids_list) != count or len(line_doc_ids) != count or len(lengths_list) != count:
        return None  # an id with a newline in it: not worth taking apart
    return _SecondHalf(
        first_rev,
        problems,
        doc_ids,
        ids_list,
        line_doc_ids,
        lengths_list.tolist(),
        skipped,
        read_empty,
        predictions,
    )


def _runs(values: list[str]) -> list[tuple[str, int]]:
    """``values`` as (value, how many times in a row) pairs."""
    return [(value, sum(1 for _ in group)) for value, group in groupby(values)]


def _report(plan: ImportPlan, skip_bad: bool) -> ImportReport:
    """What a planned import does; ``UserError`` when the file has problems (unless
    ``skip_bad``), before anything is written."""
    if plan.problems and not skip_bad:
        raise UserError(
            _refusal(plan.problems, "nothing was imported (--skip-bad imports the rest)")
        )
    return ImportReport(
        problems=plan.problems,
        left_out=plan.left_out,
        skipped_annotators=plan.skipped_annotators,
        documents=plan.document_count,
        read_without_quotes=plan.read_without_quotes,
        given_quotes=plan.given_quotes,
        predictions=plan.predictions,
    )


def _keeping_the_suggestion(record: Record, stored: Record) -> Record:
    """``record`` holding the stored quote's suggestion and origin when it carries none.

    No export format carries the detector's suggestion, so a quote imported over a stored one
    with a suggestion would otherwise lose it (and annotate's panel its hints), and an
    annotator's own export imported back would rewrite every quote it holds.
    """
    if record.get("suggestion") is not None or stored.get("suggestion") is None:
        return record
    return {**record, "suggestion": stored["suggestion"], "origin": stored["origin"]}


def _same(stored: Record, record: Record) -> bool:
    return all(
        stored.get(key) == value
        for key, value in record.items()
        if key not in _IGNORED_IN_COMPARISON
    )


class ProgressBar:
    """A one-line progress bar on stderr for long exports and imports; silent when stderr is
    not a terminal (pipes, CI, tests) or when the work is small."""

    WIDTH = 30
    """Characters of the bar itself."""
    MIN_TOTAL = 20_000
    """Below this many quotes the work is quick and no bar is drawn."""

    def __init__(self, label: str, total: int, stream: Any = None) -> None:
        self.label = label
        """What is being done."""
        self.total = total
        """Quotes in all."""
        self.stream = stream if stream is not None else sys.stderr
        """Where the bar is drawn."""
        self.enabled = total >= self.MIN_TOTAL and self.stream.isatty()
        """Whether anything is drawn."""
        self._last = 0.0

    def update(self, done: int, total: int = 0) -> None:
        """Redraw (at most ten times a second); a ``total`` given is the new whole (an export
        learns it once it has read the store)."""
        if total and total != self.total and not self._last:
            self.total = total
            self.enabled = total >= self.MIN_TOTAL and self.stream.isatty()
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < self.total:
            return
        self._last = now
        share = min(1.0, done / self.total) if self.total else 1.0
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {share:4.0%} {done:,}/{self.total:,} quotes")
        self.stream.flush()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.enabled and self._last:
            self.stream.write("\n")
            self.stream.flush()
