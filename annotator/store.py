"""The annotation store: one append-only JSONL file per annotator.

Every change appends the record's new version (a deletion appends a tombstone); reading folds the
file to the latest version of each quote. Lines are ``StoreEntry`` records written by one writer
(orjson, one ``write`` per line, fsync per change) under an exclusive lock, so a kill at any
moment loses at most the line being written, and that torn line is reported and skipped. Bulk
appends (``save_many``) write many lines at once, from dicts (orjson) or from structs laid out as
``record_codec.StoredQuote`` (msgspec), the same bytes either way; the first import into an empty
file writes a temporary beside it and moves it into place once whole (``FirstImport``).

A document's *finished* mark (``records.DocumentFinished``) is a line of the same file, written
the same way; the fold keeps the latest mark of each document beside the quotes, outside the
undo history (``is_finished`` says how a document without a mark counts).

Reading is lazy: the fold keeps only where each quote's latest line lies, and a record is parsed
and validated when it is asked for. That is what lets a million-record file open in seconds; the
fold snapshot kept beside a big file (``fold_snapshot``) makes a reopen read only the lines
appended since.
"""

from __future__ import annotations

import contextlib
import fcntl
import glob
import hashlib
import mmap
import operator
import os
import queue
import re
import threading
from collections import defaultdict, deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing, suppress
from itertools import accumulate, compress, count, groupby, repeat
from operator import add, attrgetter, ge, is_, itemgetter, methodcaller, sub
from pathlib import Path
from typing import Any, BinaryIO, Final, TypeGuard

import msgspec
import orjson
from pydantic import ValidationError

from annotator import fold_snapshot
from annotator.errors import Problem, StoreError, StoreLockedError
from annotator.fold_snapshot import FoldState, Line, read_snapshot, remove_snapshot, write_snapshot
from annotator.record_codec import (
    BULK_LINE_DECODER,
    ENCODER,
    BulkQuote,
    StoredDeletion,
    StoredFinished,
    StoredLine,
    decode_stored_quote,
    kept_of_kind,
    only_quotes,
    picked_of_kind,
    stored_record,
)
from annotator.records import (
    SCHEMA_VERSION,
    Change,
    Deletion,
    DocumentFinished,
    QuoteAnnotation,
    StoreEntry,
    counts_as_finished,
    describe_error,
)
from annotator.util import json_line_error, paused_gc

DEFAULT_STORE = Path("annotations")
"""Where annotation files live unless ``--store`` says otherwise."""

UNDO_DEPTH = 100_000
"""How many steps back undo reaches (the history on disk is complete; this bounds memory)."""

_ANNOTATOR_NAME = re.compile(r"^[\w][\w.@+-]*$")

# The writer emits keys in model order; reading the head of such a line spares a full parse.
_HEAD = re.compile(
    rb'\{"rev":(\d+),"change":"(edit|undo|redo)","item":\{"record":"(q|d)(?:uote|eletion)",'
    rb'"schema_version":\d+,"id":"([^"]*)","doc_id":"([^"]*)"'
)

# A whole finished mark as the writer emits it: (rev, doc id, finished). Matched to its end,
# as no later read would catch a line cut short (a torn save closed by the next one). Tried
# only on the lines ``_HEAD`` did not match, so a file without marks folds as fast as before.
_FINISHED_LINE = re.compile(
    rb'\{"rev":(\d+),"change":"(?:edit|undo|redo)","item":\{"record":"finished",'
    rb'"schema_version":\d+,"doc_id":"([^"]*)","annotator":"[^"]*","finished":(true|false),'
    rb'"updated":"[^"]*"\}\}'
)

_Mark = tuple[int, str, bool]
"""What the fold takes from a finished mark: (rev, doc id, finished)."""

_UNREADABLE_MARK: _Mark = (0, "", False)
"""Stands for a line that is a finished mark but an invalid one (reported, then skipped)."""


_Line = Line
# The places of a ``_Line``'s fields; Final, so that the checker knows each field's own type.
_OFFSET: Final = 0
_LENGTH: Final = 1
_NUMBER: Final = 2
_DOC: Final = 3
_DELETED: Final = 4

_CHUNK = 1 << 24

_BATCH = 10_000
"""Records read at a time by ``quote_records``."""
_ITEM = itemgetter("item")
_SCHEMA_VERSION = methodcaller("get", "schema_version")

_QUOTE_KEYS = frozenset(QuoteAnnotation.model_fields) - {"suggestion"}
"""Keys every stored quote of the current schema has (``suggestion`` may be left out)."""


_Head = tuple[int, bytes, bool, str, str]
"""The fields the fold needs from a line: (rev, change, is a deletion, quote id, doc id)."""


_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def _what_is_amiss(data: Any) -> str:
    """What keeps the parsed line ``data`` from being a store entry, in a few words."""
    if not isinstance(data, dict):
        return f"a JSON {_JSON_KINDS.get(type(data), 'null')}"
    for key in ("rev", "item"):
        if key not in data:
            return f"no {key!r}".replace("'", '"')
    rev, item = data["rev"], data["item"]
    if isinstance(rev, bool) or not isinstance(rev, int | str) or not str(rev).isdigit():
        return 'a "rev" that is not a whole number'
    if not isinstance(item, dict):
        return 'an "item" that is not an object'
    missing = [key for key in ("record", "id", "doc_id") if key not in item]
    return f'an "item" without {missing[0]!r}'.replace("'", '"') if missing else "a bad field"


def _head_of(groups: tuple[bytes, ...]) -> _Head:
    rev, change, kind, quote_id, doc_id = groups
    return int(rev), change, kind == b"d", quote_id.decode(), doc_id.decode()


def _all_matched(matches: list[re.Match[bytes] | None]) -> TypeGuard[list[re.Match[bytes]]]:
    """Whether every line matched (no None among ``matches``)."""
    return None not in matches


def _writer_layout_columns(
    lines: list[bytes], matches: list[re.Match[bytes] | None]
) -> tuple[Any, ...] | None:
    """The head fields of every line (``matches``: ``_HEAD`` on each) as five columns, or None
    unless all are in writer layout.

    The common case, a file only this tool wrote, never leaves C: one regex match per line,
    then a transpose and one decode per column.
    """
    if not lines or not _all_matched(matches):
        return None
    revisions, changes, kinds, raw_ids, raw_doc_ids = zip(
        *map(re.Match.groups, matches), strict=True
    )
    raw_ids_joined = b"\n".join(raw_ids)
    raw_doc_ids_joined = b"\n".join(raw_doc_ids)
    # An escape (``\"``, ``\n``, ``\u...``) means an id must go through a JSON parser.
    if b"\\" in raw_ids_joined or b"\\" in raw_doc_ids_joined:
        return None
    try:
        quote_ids = raw_ids_joined.decode().split("\n")
        doc_ids = raw_doc_ids_joined.decode().split("\n")
    except UnicodeDecodeError:
        return None
    deleted = list(map(b"d".__eq__, kinds))
    return list(map(int, revisions)), changes, deleted, quote_ids, doc_ids


class _LineChunks:
    """The complete lines of a file, a chunk at a time; after the last, ``tail`` holds what
    follows the last newline (a torn line), if anything.

    Each chunk is split as read and only the short tail of the previous one is glued to its
    first line: concatenating whole chunks would copy the file twice more.
    """

    def __init__(self, handle: BinaryIO, digest: Any = None) -> None:
        self.handle = handle
        """The file, read from where it stands."""
        self.digest = digest
        """A hashlib object fed every byte read, or None."""
        self.tail = b""
        """The incomplete line after the last newline read so far."""

    def __iter__(self) -> Iterator[list[bytes]]:
        while chunk := self.handle.read(_CHUNK):
            if self.digest is not None:
                self.digest.update(chunk)
            lines = chunk.split(b"\n")
            lines[0] = self.tail + lines[0]
            self.tail = lines.pop()
            if lines:
                yield lines


def _parses(raw: bytes) -> bool:
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError:
        return False
    return True


def check_annotator_name(name: str) -> str:
    """Return ``name`` if it can name an annotation file, else raise ``StoreError``."""
    if not _ANNOTATOR_NAME.match(name) or name.endswith(".jsonl"):
        raise StoreError(
            f"annotator name {name!r} cannot name a file: use letters, digits and . _ - @ +"
        )
    return name


def lock_path_for(path: Path) -> Path:
    """The file whose lock guards writing ``path``; it holds the writer's process id."""
    return path.with_name(path.name + ".lock")


def _lock_or_refuse(fd: int, path: Path) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
        raise StoreLockedError(
            f"{path}: already open for writing by process {holder}; "
            "close that annotator first, or use another --annotator"
        ) from None


def encode_entry(entry: StoreEntry) -> bytes:
    """The one way a stored line is written."""
    return orjson.dumps(entry.model_dump(mode="json"), option=orjson.OPT_APPEND_NEWLINE)


_ENTRY_SEPARATOR = b'},{"rev":'
"""Where one entry ends and the next begins in orjson's form of a list of entries."""
_LINE_SEPARATOR = b'}\n{"rev":'


def _encode_edits(records: list[Any], first_rev: int) -> tuple[list[bytes | memoryview], list[int]]:
    """The store lines of ``records`` as edits from revision ``first_rev`` on, as the pieces
    to write one after the other, and the length of each line.

    ``records`` are the JSON form of quotes (``model_dump(mode="json")``) or structs with the
    fields of ``record_codec.StoredQuote`` in its order; either way each line has the bytes
    ``encode_entry`` gives it."""
    kinds = set(map(type, records))
    if dict not in kinds:
        return _encode_struct_edits(records, first_rev)
    if kinds != {dict}:  # a mix (rare): each struct as the dict it encodes to
        records = [record if type(record) is dict else stored_record(record) for record in records]
    return _encode_dict_edits(records, first_rev)


def _encode_struct_edits(
    records: list[Any], first_rev: int
) -> tuple[list[bytes | memoryview], list[int]]:
    """``_encode_edits`` of structs: one msgspec call for all of them, as ``StoredLine``s."""
    lines = list(map(StoredLine, count(first_rev), repeat(Change.EDIT), records))
    data = ENCODER.encode_lines(lines)
    return [data], _line_lengths(data)


def _line_lengths(data: bytes) -> list[int]:
    """The length of each newline-ended line of ``data`` (JSON escapes every newline inside a
    string, so each newline ends a line)."""
    # A loop of ``find`` (memchr) beats splitting ``data`` into a copy of every line.
    ends = [0]
    append, find = ends.append, data.find
    position = find(b"\n")
    while position >= 0:
        position += 1
        append(position)
        position = find(b"\n", position)
    return list(map(sub, ends[1:], ends[:-1]))


def _encode_dict_edits(
    records: list[dict[str, Any]], first_rev: int
) -> tuple[list[bytes | memoryview], list[int]]:
    """``_encode_edits`` of dicts: one orjson call for all (a call per record costs more than
    the encoding itself), cut at the entries' boundaries and joined again with newlines."""
    edit = Change.EDIT.value
    entries = [
        {"rev": rev, "change": edit, "item": record}
        for rev, record in zip(count(first_rev), records)
    ]
    # orjson writes no newline and escapes every quote inside a string, so the separator can
    # stand only between two entries, or inside a record's meta (a list of {"rev": ...} dicts):
    # when it cuts the list into exactly one part per entry, each cut is a boundary.
    parts = orjson.dumps(entries).split(_ENTRY_SEPARATOR)
    if len(parts) == len(entries):
        # Each part lost the separator's 9 bytes, where its line has its own "}", '{"rev":'
        # and newline; the first part has "[" instead of '{"rev":', the last "]" and no "}".
        lengths = list(map(add, map(len, parts), repeat(len(_ENTRY_SEPARATOR))))
        lengths[0] -= 8
        lengths[-1] -= 2
        lines = _LINE_SEPARATOR.join(parts)
        return [memoryview(lines)[1:-1], b"\n"], lengths
    encoded = list(map(orjson.dumps, entries, repeat(None), repeat(orjson.OPT_APPEND_NEWLINE)))
    return [b"".join(encoded)], list(map(len, encoded))


def _field_of(records: list[Any], name: str) -> list[Any]:
    """The value of ``name`` in each record, a dict or a struct."""
    kinds = set(map(type, records))
    if kinds == {dict}:
        return list(map(itemgetter(name), records))
    if dict not in kinds:
        return list(map(attrgetter(name), records))
    return [record[name] if type(record) is dict else getattr(record, name) for record in records]


class _Flusher:
    """Flushes a file to disk in a background thread (``fdatasync`` lets go of the GIL) while
    the caller goes on writing to it; at most one flush runs at a time."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        """The file, open for writing."""
        self._thread: threading.Thread | None = None
        self._error: OSError | None = None
        self._lock = threading.Lock()
        self._running = False  # a thread flushes, or is about to
        self._again = False  # what was written during its flush is to be flushed after it

    def start(self) -> None:
        """Flush what was written so far: now, or right after the flush that is running."""
        with self._lock:
            if self._running:
                # The disk never idles while there is data to take: the running flush may not
                # cover what was written since it began.
                self._again = True
                return
            self._running = True
        self._thread = threading.Thread(target=self._flush, name="store-flush", daemon=True)
        self._thread.start()

    def _flush(self) -> None:
        while True:
            try:
                os.fdatasync(self.fd)
            except OSError as error:
                self._error = error
            with self._lock:
                if not self._again or self._error is not None:
                    self._running = False
                    return
                self._again = False

    def wait(self) -> None:
        """Wait for the running flush to end."""
        if self._thread is not None:
            self._thread.join()

    def raise_error(self) -> None:
        """Raise what a flush met: the file's next fsync may no longer report it."""
        if self._error is not None:
            raise self._error


class EditLines:
    """Edits encoded a batch at a time and written to ``fd`` from revision ``first_rev`` on,
    keeping each line's quote id, document id and length (what the fold needs)."""

    def __init__(
        self, fd: int, first_rev: int, path: Path, annotator: str, *, keep: list[Any] | None = None
    ) -> None:
        self.fd = fd
        """Where the lines go (written at its current offset)."""
        self.first_rev = first_rev
        """The revision of the first line."""
        self.path = path
        """The annotator file the lines are for (for messages)."""
        self.annotator = annotator
        """Whose records these must be."""
        self.ids: list[str] = []
        """The quote id of each line written."""
        self.doc_ids: list[str] = []
        """The document id of each line written."""
        self.lengths: list[int] = []
        """The length of each line written."""
        self._pending: list[Any] = []
        self._pending_ids: list[str] = []
        self._pending_doc_ids: list[str] = []
        # With ``keep``, each batch written is put in it rather than let go: a process that
        # ends with ``os._exit`` (the child of a split import) would only spend time freeing.
        self._kept = keep

    @property
    def count(self) -> int:
        """Records taken so far, written or waiting for a whole batch."""
        return len(self.lengths) + len(self._pending)

    def add(
        self,
        records: list[Any],
        ids: list[str] | None = None,
        doc_id: str | None = None,
        annotator: str | None = None,
    ) -> bool:
        """Take ``records`` (as ``AnnotatorFile.save_many`` does), with their ``ids``, their
        one ``doc_id`` and their one ``annotator`` when the caller has them at hand (the
        records are not read again for them); write them once a whole batch waits. Returns
        whether anything was written."""
        if annotator is None:
            _refuse_others(self.path, self.annotator, records)
        elif annotator != self.annotator:
            raise StoreError(f"{self.path}: records of {annotator!r}, not {self.annotator!r}")
        self._pending.extend(records)
        self._pending_ids.extend(_field_of(records, "id") if ids is None else ids)
        if doc_id is None:
            self._pending_doc_ids.extend(_field_of(records, "doc_id"))
        else:
            self._pending_doc_ids.extend(repeat(doc_id, len(records)))
        if len(self._pending) < _BATCH:
            return False
        self.write_pending()
        return True

    def write_pending(self) -> None:
        """Write the records still waiting."""
        records, self._pending = self._pending, []
        if not records:
            return
        pieces, lengths = _encode_edits(records, self.first_rev + len(self.lengths))
        self.ids.extend(self._pending_ids)
        self.doc_ids.extend(self._pending_doc_ids)
        self._pending_ids, self._pending_doc_ids = [], []
        self.lengths.extend(lengths)
        if self._kept is not None:
            self._kept.append(records)
        del records  # else the records are written: let them go as the import reads on
        for piece in pieces:
            _write_all(self.fd, piece)


class FirstImport:
    """The first lines of an empty annotator file, written while a bulk import plans them.

    Each ``add`` takes validated records (as ``AnnotatorFile.save_many`` does); a batch at a
    time they are encoded and written into a temporary beside the file, which the disk takes in
    the background while the import reads on. ``commit`` fsyncs the temporary and moves it into
    the file's place; ``abort``, or leaving the ``with`` block without a commit, deletes it and
    leaves the store as it was (without the file, when opening it for this import created it).
    A reader never sees half an import, and a crash leaves at most a temporary named by the
    process id, which nothing reads.
    """

    def __init__(self, file: AnnotatorFile) -> None:
        self.file = file
        """The empty annotator file, open for writing (its lock held, and with it what killed
        imports left removed)."""
        self.temporary = file.path.with_name(f".{file.path.name}.{os.getpid()}.import")
        """Where the lines are written until ``commit``."""
        # Read too: the snapshot of the import samples it before it is moved into place.
        self._fd: int | None = os.open(self.temporary, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
        self._flusher = _Flusher(self._fd)
        self._lines = self._new_lines()
        self._over = False
        file._importing = True

    def _new_lines(self) -> EditLines:
        assert self._fd is not None
        return EditLines(self._fd, self.file._last_rev + 1, self.file.path, self.file.annotator)

    @property
    def path(self) -> Path:
        """The annotator file."""
        return self.file.path

    @property
    def count(self) -> int:
        """Records added so far."""
        return self._lines.count

    def add(
        self,
        records: list[Any],
        ids: list[str] | None = None,
        doc_id: str | None = None,
        annotator: str | None = None,
    ) -> None:
        """Write ``records`` (soon: they wait for a whole batch); see ``EditLines.add``."""
        self._refuse_if_over()
        if self._lines.add(records, ids, doc_id, annotator):
            self._flusher.start()

    def end(self) -> int:
        """Write the records still waiting; return where the next line goes (the bytes
        written so far)."""
        self._refuse_if_over()
        assert self._fd is not None
        self._lines.write_pending()
        return sum(self._lines.lengths)

    def place(self, source: Path, at: int) -> None:
        """Copy the whole of ``source`` into the temporary from byte ``at`` on, leaving this
        writer's file position where it was: how another process (the forked child of a split
        import, which has this writer's descriptor) puts the lines it encoded after the ones
        written here (``end``), for ``add_placed`` to take."""
        self._refuse_if_over()
        assert self._fd is not None
        with source.open("rb") as handle:
            _copy_all(handle.fileno(), self._fd, os.fstat(handle.fileno()).st_size, at)

    def add_placed(self, ids: list[str], doc_ids: list[str], lengths: list[int]) -> None:
        """Take the lines another process put right after this writer's last one (``place``):
        quote ``ids[i]`` of ``doc_ids[i]``, ``lengths[i]`` bytes long."""
        self._refuse_if_over()
        assert self._fd is not None
        expected = self.end() + sum(lengths)
        size = os.fstat(self._fd).st_size
        if size != expected:
            raise StoreError(f"{self.temporary}: {size} bytes where {expected} were expected")
        os.lseek(self._fd, 0, os.SEEK_END)
        self._lines.ids.extend(ids)
        self._lines.doc_ids.extend(doc_ids)
        self._lines.lengths.extend(lengths)
        self._flusher.start()

    def restart(self) -> None:
        """Drop every line written so far, to start the import again."""
        self._refuse_if_over()
        assert self._fd is not None
        self._flusher.wait()
        self._flusher.raise_error()
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        self._lines = self._new_lines()

    def _refuse_if_over(self) -> None:
        if self._over:
            raise StoreError(f"{self.path}: this import is over")

    def commit(self, *, distinct_ids: bool = False) -> int:
        """Put every record added into the annotator file (fsynced); return how many.

        ``distinct_ids``: the caller vouches that no quote id was added twice (an import takes
        each id once), which spares the fold checking a million ids again."""
        self._refuse_if_over()
        lines = self._lines
        lines.write_pending()
        assert self._fd is not None
        self._over = True
        fd, self._fd = self._fd, None
        try:
            if not lines.lengths:  # nothing to write: the file stays as it is
                self._flusher.wait()
                self.temporary.unlink(missing_ok=True)
                return 0
            # The flushes still running (of a half copied in, say) go on while the fold is made.
            self.file._replace_with(
                self.temporary,
                fd,
                (lines.ids, lines.doc_ids, lines.lengths),
                self._flusher,
                distinct_ids,
            )
        except BaseException:
            # As ``abort`` would: the store is left as it was before the import.
            self.temporary.unlink(missing_ok=True)
            self.file._remove_if_created()
            raise
        finally:
            self.file._importing = False
            self._flusher.wait()  # before its descriptor is closed, whatever happened
            os.close(fd)
        return len(lines.lengths)

    def abort(self) -> None:
        """Drop what was written; leave the store as it was before the import."""
        if self._over:
            return
        self._over = True
        self.file._importing = False
        self._flusher.wait()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.temporary.unlink(missing_ok=True)
        self.file._remove_if_created()

    def __enter__(self) -> FirstImport:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.abort()


def _remove_stale_imports(path: Path) -> None:
    """Delete what imports into ``path`` killed before their end left beside it (their
    temporaries are named by their pid: one whose process still runs is left alone)."""
    prefix = f".{path.name}."
    for candidate in path.parent.glob(f"{glob.escape(prefix)}*.import*"):
        pid = candidate.name[len(prefix) :].split(".", 1)[0]
        if fold_snapshot.left_by_ended_process(pid):
            with contextlib.suppress(OSError):
                candidate.unlink()


def _copy_all(source: int, target: int, size: int, at: int) -> None:
    """Copy ``size`` bytes of ``source`` (from its start) into ``target`` from byte ``at`` on,
    in the kernel where it can; neither descriptor's file position moves. The disk starts on
    each block copied while the next is copied: the fsync that follows waits for less."""
    offset = 0
    while offset < size:
        try:
            copied = os.copy_file_range(
                source, target, min(_CHUNK, size - offset), offset, at + offset
            )
        except (AttributeError, OSError):  # not on this system or file system: by hand
            block = os.pread(source, min(_CHUNK, size - offset), offset)
            if not block:
                break
            copied = os.pwrite(target, block, at + offset)
        if not copied:
            break
        _start_writeback(target, at + offset, copied)
        offset += copied
    if offset != size:
        raise StoreError(f"copied {offset} bytes of {size}")


def _start_writeback(fd: int, offset: int, size: int) -> None:
    """Have the kernel start writing ``size`` bytes of ``fd`` from ``offset`` to disk, without
    waiting for it (Linux: ``POSIX_FADV_DONTNEED`` starts the writeback of dirty pages and
    drops only clean ones); a no-op where there is no such advice. Not a flush: durability
    still comes from the fsync."""
    with suppress(AttributeError, OSError):
        os.posix_fadvise(fd, offset, size, os.POSIX_FADV_DONTNEED)


def _refuse_others(path: Path, annotator: str, records: list[Any]) -> None:
    """Raise ``StoreError`` unless every record belongs to ``annotator``."""
    # Column by column: a bulk import hands over a million records, and each step below runs
    # in C over all of them rather than as a Python loop per record.
    owners = _field_of(records, "annotator")
    if owners.count(annotator) != len(owners):
        index = next(i for i, owner in enumerate(owners) if owner != annotator)
        quote_id = _field_of(records[index : index + 1], "id")[0]
        raise StoreError(
            f"{path}: record {quote_id!r} belongs to {owners[index]!r}, not {annotator!r}"
        )


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _same_file(fd: int, path: Path) -> bool:
    """Whether ``path`` names the file open as ``fd``."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False


def _fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AnnotatorFile:
    """One annotator's annotations, folded from their file. Writable only under the file lock."""

    def __init__(self, path: Path, annotator: str, *, writable: bool = False) -> None:
        self.path = path
        """The JSONL file."""
        self.annotator = annotator
        """Whose labels these are."""
        self.writable = writable
        """Whether this handle holds the lock and may append."""
        self.problems: list[Problem] = []
        """Broken lines met while reading: reported, skipped, never fatal."""
        self._latest_lines: dict[str, _Line] | None = {}
        """Each quote id's latest line; None while ``_unfolded`` holds it still as columns."""
        self._finished: dict[str, bool] = {}
        """Each marked document's latest finished mark."""
        self._unfolded: fold_snapshot.LatestColumns | None = None
        self._docs: dict[str, set[str]] | None = None
        self._cache: dict[str, QuoteAnnotation] = {}
        self._undo: deque[tuple[str, _Line | None, _Line]] = deque(maxlen=UNDO_DEPTH)
        self._redo: list[tuple[str, _Line | None, _Line]] = []
        self._last_rev = 0
        # Offsets of lines not in the writer's own layout (rare: hand-edited, older tools).
        self._foreign: set[int] = set()
        self._line_count = 0
        self._snapshot_lines = 0  # lines covered by the snapshot this fold started from
        self._snapshot_written = 0  # lines covered by the snapshot this handle last wrote
        self._fold_problems = 0  # how many of ``problems`` the fold found (the rest, reads)
        self._snapshots = False  # whether this handle may leave a snapshot (once folded)
        self._size = 0
        self._needs_newline = False
        self._lock_fd: int | None = None
        self._lock_pid = 0  # the process that took the lock (a forked child has its copy)
        self._write_fd: int | None = None
        self._read_fd: int | None = None
        self._created = False  # whether this handle created the (then empty) file
        self._removed = False  # whether it removed that file again (a failed first import)
        self._importing = False  # whether a first import (``FirstImport``) is open
        # ``_latest`` as columns while it is exactly a first import's lines (for the snapshot).
        self._columns: fold_snapshot.LatestColumns | None = None
        if writable:
            self._acquire_lock()
        try:
            with paused_gc():
                self._fold()
        except BaseException:
            self.close()
            raise

    # -- reading -------------------------------------------------------------------------------

    def _fold(self) -> None:
        if not self.path.exists():
            return
        if self.path.is_dir():  # read through a descriptor, it would fail naming no file
            raise StoreError(f"{self.path}: a folder, not an annotation file")
        # Records are later read through this same descriptor, so offsets found by the fold
        # always point into the file it folded, even if a compaction has replaced it since.
        fd = self._read_fd = os.open(self.path, os.O_RDONLY)
        with open(fd, "rb", closefd=False) as handle:
            offset, number = self._restore_snapshot(fd)  # where the file's unfolded tail starts
            handle.seek(offset)
            chunks = _LineChunks(handle)
            for lines in chunks:
                self._fold_lines(lines, offset, number)
                number += len(lines)
                offset += sum(map(len, lines)) + len(lines)
            pending = chunks.tail
            self._line_count = number
            self._size = offset
            if pending:
                # A torn line becomes an ordinary broken line once the next save ends it, so
                # no snapshot is taken that would remember it as torn.
                self._line_count += 1
                self._size += len(pending)
                self._needs_newline = True
                self.problems.append(
                    Problem(
                        self.path,
                        self._line_count,
                        "incomplete last line (a save was cut off); skipped",
                    )
                )
            else:
                # The snapshot is written on close, not here: the caller waits for the open.
                self._fold_problems = len(self.problems)
                self._snapshots = True

    def _restore_snapshot(self, fd: int) -> tuple[int, int]:
        # A writer needs the undo history too, which a reader's snapshot does not hold.
        state = read_snapshot(self.path, fd, os.fstat(fd).st_size, with_history=self.writable)
        if state is None:
            return 0, 0
        self._latest_lines = state.latest
        self._finished = state.finished
        self._foreign = state.foreign
        self._last_rev = state.last_rev
        self.problems.extend(Problem(self.path, line, message) for line, message in state.problems)
        if state.history is not None:
            self._undo.extend(state.history[0])
            self._redo = state.history[1]
        self._snapshot_lines = state.lines
        return state.covers, state.lines

    def _refresh_snapshot(self, fd: int) -> None:
        """Keep the fold beside the file for the next open, once enough lines lie beyond it."""
        lines = self._line_count
        since = max(self._snapshot_lines, self._snapshot_written)
        if not self._snapshots or lines - since < fold_snapshot.MIN_LINES:
            return
        if not self.writable and fold_snapshot.holds_writers_fold(self.path, fd):
            # A reader's snapshot has no undo history: in place of a writer's it would make the
            # next writer (annotate) fold the whole file. The writer refreshes its own.
            return
        state = FoldState(
            covers=self._size,
            lines=lines,
            last_rev=self._last_rev,
            # Columns, when there are, stand for the dict: the snapshot is written from them.
            latest=self._latest if self._columns is None else {},
            foreign=self._foreign,
            finished=self._finished,
            # Only what the fold found: a problem met reading a record is found again by the
            # next reader that reads it.
            problems=[
                (problem.line, problem.message)
                for problem in self.problems[: self._fold_problems]
                if problem.line is not None
            ],
            history=(list(self._undo), self._redo) if self.writable else None,
            columns=self._columns,
        )
        write_snapshot(self.path, fd, state)
        self._snapshot_written = lines

    @property
    def _latest(self) -> dict[str, _Line]:
        # A first import leaves its fold as columns (``_fold_appended``): the dict of a million
        # lines is made only if this handle is asked for a record, which an import never is.
        latest = self._latest_lines
        if latest is None:
            assert self._unfolded is not None
            ids, offsets, lengths, numbers, doc_ids = self._unfolded
            with paused_gc():
                lines = zip(offsets, lengths, numbers, doc_ids, repeat(False))
                latest = self._latest_lines = dict(zip(ids, lines, strict=True))
            self._unfolded = None
        return latest

    @property
    def _by_doc(self) -> dict[str, set[str]]:
        # Grouped on first use: a fold that only answers ``get`` or bulk reads never pays for it.
        if self._docs is None:
            by_doc: dict[str, set[str]] = defaultdict(set)
            with paused_gc():
                for quote_id, (_, _, _, doc_id, deleted) in self._latest.items():
                    if not deleted:
                        by_doc[doc_id].add(quote_id)
            self._docs = by_doc
        return self._docs

    def _fold_lines(self, lines: list[bytes], offset: int, number: int) -> None:
        # Column-wise over a chunk of complete lines: each step runs in C over the whole list
        # (map, zip, join), never a Python-level loop per line, which is what makes a
        # million-line fold take seconds rather than tens of seconds.
        lengths = list(map(add, map(len, lines), repeat(1)))
        offsets: Iterable[int] = accumulate(lengths, initial=offset)
        numbers: Iterable[int] = range(number + 1, number + 1 + len(lines))
        matches = list(map(_HEAD.match, lines))
        if None in matches:
            # Finished marks (or lines in another layout): the marks are folded apart and the
            # rest go on as a chunk without them.
            offsets, numbers = list(offsets), list(numbers)
            kept = self._fold_marks(lines, matches, numbers)
            if kept is not None:
                lines, matches, lengths, offsets, numbers = (
                    list(compress(column, kept))
                    for column in (lines, matches, lengths, offsets, numbers)
                )
                if not lines:
                    return
        columns = _writer_layout_columns(lines, matches)
        if columns is None:
            offsets = list(offsets)
            # Lines in another layout: bulk reads must not trust them without the model.
            self._foreign.update(compress(offsets, map(operator.not_, matches)))
            heads = list(map(self._read_head, lines, numbers, matches))
            kept = [head is not None for head in heads]
            columns = tuple(zip(*compress(heads, kept), strict=True))
            lengths = list(compress(lengths, kept))
            offsets = compress(offsets, kept)
            numbers = compress(numbers, kept)
            if not columns:
                return
        revisions, changes, deleted, quote_ids, doc_ids = columns
        entries = zip(offsets, lengths, numbers, doc_ids, deleted, strict=False)
        self._last_rev = max(self._last_rev, max(revisions))
        if self.writable:
            self._replay_history(quote_ids, list(entries), changes)
        else:
            # Later versions overwrite earlier ones: exactly the fold, done by dict() in C.
            self._latest.update(zip(quote_ids, entries, strict=True))

    def _fold_marks(
        self, lines: list[bytes], matches: list[re.Match[bytes] | None], numbers: list[int]
    ) -> list[bool] | None:
        """Fold the finished marks among ``lines`` (those ``_HEAD`` did not match); answer which
        lines are left for the quote fold, or None when there was no mark."""
        unmatched = list(map(is_, matches, repeat(None)))
        marks = list(map(_FINISHED_LINE.fullmatch, compress(lines, unmatched)))
        if _all_matched(marks):
            # The common case: each line ``_HEAD`` passed over is a mark the writer wrote.
            # Folded column-wise, in C, as the quotes are.
            revisions, raw_doc_ids, flags = zip(*map(re.Match.groups, marks), strict=True)
            joined = b"\n".join(raw_doc_ids)
            if b"\\" not in joined:
                with suppress(UnicodeDecodeError):
                    doc_ids = joined.decode().split("\n")
                    if len(doc_ids) == len(flags):
                        self._finished.update(zip(doc_ids, map(b"true".__eq__, flags), strict=True))
                        self._last_rev = max(self._last_rev, max(map(int, revisions)))
                        return list(map(operator.not_, unmatched))
        kept: list[bool] | None = None
        for index in compress(count(), unmatched):
            mark = self._read_mark(lines[index], numbers[index])
            if mark is None:
                continue
            if kept is None:
                kept = [True] * len(lines)
            kept[index] = False
            if mark is not _UNREADABLE_MARK:
                rev, doc_id, finished = mark
                self._finished[doc_id] = finished
                self._last_rev = max(self._last_rev, rev)
        return kept

    def _read_mark(self, raw: bytes, number: int) -> _Mark | None:
        """A finished mark's fields, ``_UNREADABLE_MARK`` (and a problem) for a mark that is not
        valid, or None for a line that is no mark."""
        match = _FINISHED_LINE.fullmatch(raw)
        if match and b"\\" not in match.group(2):
            with suppress(UnicodeDecodeError):
                return int(match.group(1)), match.group(2).decode(), match.group(3) == b"true"
        if b'"finished"' not in raw:
            return None
        try:
            data = orjson.loads(raw)
            if data["item"]["record"] != "finished":
                return None
        except (orjson.JSONDecodeError, KeyError, TypeError):
            return None  # the quote fold reports what it is
        try:
            entry = StoreEntry.model_validate(data)
        except ValidationError as error:
            message = f"invalid finished mark: {describe_error(error)}; skipped"
            self.problems.append(Problem(self.path, number, message))
            return _UNREADABLE_MARK
        assert isinstance(entry.item, DocumentFinished)
        return entry.rev, entry.item.doc_id, entry.item.finished

    def _replay_history(
        self, quote_ids: list[str], entries: list[_Line], changes: tuple[bytes, ...]
    ) -> None:
        # The undo and redo stacks are a pure function of the file's history, which is why
        # undo survives a restart without a second file. Only a writer needs them.
        latest, undo, redo = self._latest, self._undo, self._redo
        for quote_id, line, change in zip(quote_ids, entries, changes, strict=True):
            previous = latest.get(quote_id)
            latest[quote_id] = line
            if change == b"edit":
                undo.append((quote_id, previous, line))
                if redo:
                    redo.clear()
            elif change == b"undo":
                if undo:
                    redo.append(undo.pop())
            elif redo:
                undo.append(redo.pop())

    def _read_head(self, raw: bytes, number: int, match: re.Match[bytes] | None) -> _Head | None:
        """The head of one line (``match``: ``_HEAD`` on it), whatever its layout; None (and a
        problem) if unreadable."""
        if match and b"\\" not in match.group(4) + match.group(5):
            try:
                return _head_of(match.groups())
            except UnicodeDecodeError:
                pass  # orjson below names the bad bytes
        if not raw.strip():
            return None
        try:
            data = orjson.loads(raw)
            item = data["item"]
            head = (
                int(data["rev"]),
                str(data.get("change", Change.EDIT.value)).encode(),
                item["record"] == "deletion",
                str(item["id"]),
                str(item["doc_id"]),
            )
        except orjson.JSONDecodeError as error:
            self.problems.append(
                Problem(self.path, number, f"{json_line_error(raw, error)}; skipped")
            )
            return None
        except (KeyError, TypeError, ValueError):
            message = f"not a store entry ({_what_is_amiss(data)}); skipped"
            self.problems.append(Problem(self.path, number, message))
            return None
        if head[1].decode() not in {change.value for change in Change}:
            self.problems.append(Problem(self.path, number, f"unknown change {head[1]!r}; skipped"))
            return None
        return head

    def _remember_edit(self, quote_id: str, previous: _Line | None, line: _Line) -> None:
        # An edit is undoable, and makes what was undone before it unreachable for redo.
        self._undo.append((quote_id, previous, line))
        self._redo.clear()

    def _read_raw(self, line: _Line) -> bytes:
        if self._read_fd is None:
            self._read_fd = os.open(self.path, os.O_RDONLY)
        return os.pread(self._read_fd, line[_LENGTH], line[_OFFSET])

    def _read_entry(self, line: _Line, raw: bytes | None = None) -> StoreEntry | None:
        if raw is None:
            raw = self._read_raw(line)
        try:
            return StoreEntry.model_validate_json(raw)
        except ValidationError as error:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:  # the parser blames "an invalid unicode code point"
                message = f"{json_line_error(raw, error)}; skipped"
            else:
                message = f"invalid record: {describe_error(error)}; skipped"
            self.problems.append(Problem(self.path, line[_NUMBER], message))
            return None

    def get(self, quote_id: str) -> QuoteAnnotation | None:
        """The live version of a quote, or None if it never existed or was deleted."""
        cached = self._cache.get(quote_id)
        if cached is not None:
            return cached
        line = self._latest.get(quote_id)
        if line is None or line[_DELETED]:
            return None
        raw = self._read_raw(line)
        # A line in the writer's layout is decoded without the model (a fifth of the time: a
        # review reads every quote of a store); one the decoder does not take, or in another
        # layout, goes through the model, which reports what is wrong with it.
        quote = decode_stored_quote(raw) if line[_OFFSET] not in self._foreign else None
        if quote is None:
            entry = self._read_entry(line, raw)
            if entry is None or not isinstance(entry.item, QuoteAnnotation):
                return None
            quote = entry.item
        self._cache[quote_id] = quote
        return quote

    def quotes(self, doc_id: str | None = None) -> list[QuoteAnnotation]:
        """Live quotes of one document (or of all), ordered by position then id."""
        ids = self._by_doc.get(doc_id, ()) if doc_id is not None else self._latest.keys()
        found = [quote for quote in map(self.get, ids) if quote is not None]
        found.sort(key=lambda quote: (quote.doc_id, quote.start, quote.end, quote.id))
        return found

    def quote_records(self) -> Iterator[tuple[dict[str, Any], int]]:
        """Every live quote as its JSON dict, with its line number, without a model per record.

        For bulk work (export, a million records): a line in the writer's own layout and the
        current schema was validated when it was written, so parsing it is enough; any other
        line (an older schema, keys in another order) is validated, and an invalid one is
        reported in ``problems`` and skipped, as ``get`` does.
        """
        lines = sorted(line for line in self._latest.values() if not line[_DELETED])
        if not lines:
            return
        if self._read_fd is None:
            self._read_fd = os.open(self.path, os.O_RDONLY)
        # One mapping of the file instead of a read call per record; the fold already matched
        # every line against the writer's layout, so only the lines it could not are re-read
        # through the model.
        mapped = mmap.mmap(self._read_fd, 0, access=mmap.ACCESS_READ)
        try:
            with paused_gc():
                # In batches, each step over a whole batch in C: slice, parse, check.
                for first in range(0, len(lines), _BATCH):
                    yield from self._records_of(mapped, lines[first : first + _BATCH])
        finally:
            mapped.close()

    def bulk_records(self) -> tuple[list[BulkQuote], list[int]] | None:
        """Every live quote as a ``BulkQuote`` with its line number, when every live line is
        the writer's (decodes as a ``record_codec.BulkLine`` of the current schema); else None,
        and ``quote_records`` reads and reports them.

        For a bulk export through the fold (a file edited over and over, read through its
        snapshot): only the live lines are read, a batch of them decoded in one C call.
        """
        lines = sorted(line for line in self._latest.values() if not line[_DELETED])
        offsets = list(map(itemgetter(_OFFSET), lines))
        if self._foreign and not self._foreign.isdisjoint(offsets):
            return None
        if not lines:
            return [], []
        if self._read_fd is None:
            self._read_fd = os.open(self.path, os.O_RDONLY)
        items: list[BulkQuote | StoredDeletion | StoredFinished] = []
        mapped = mmap.mmap(self._read_fd, 0, access=mmap.ACCESS_READ)
        try:
            with paused_gc():
                ends = list(map(add, offsets, map(itemgetter(_LENGTH), lines)))
                for first in range(0, len(lines), _BATCH):
                    batch = slice(first, first + _BATCH)
                    # Each line with its newline: the batch is whole lines, one value each
                    # unless a hand-edited line holds two (then the count tells).
                    pieces = map(mapped.__getitem__, map(slice, offsets[batch], ends[batch]))
                    decoded = BULK_LINE_DECODER.decode_lines(b"".join(pieces))
                    if len(decoded) != len(offsets[batch]):
                        return None
                    items.extend(map(_ITEM_OF, decoded))
        except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError):
            return None  # a line that is not the writer's (or not even UTF-8)
        finally:
            mapped.close()
        if not only_quotes(items):
            return None  # a live line that holds a deletion: not the writer's
        return items, list(map(itemgetter(_NUMBER), lines))

    def _records_of(
        self, mapped: mmap.mmap, lines: list[_Line]
    ) -> Iterator[tuple[dict[str, Any], int]]:
        offsets = list(map(itemgetter(_OFFSET), lines))
        ends = map(add, offsets, map(itemgetter(_LENGTH), lines))
        foreign = self._foreign
        if foreign and not foreign.isdisjoint(offsets):
            trusted = [offset not in foreign for offset in offsets]
        else:
            trusted = [True] * len(lines)
        raws = list(map(mapped.__getitem__, map(slice, offsets, ends)))
        try:
            items = list(map(_ITEM, map(orjson.loads, compress(raws, trusted))))
        except orjson.JSONDecodeError:
            # A line cut short inside (a torn save that a later save closed with its newline)
            # still has the writer's head: such lines go through the model, which reports them.
            trusted = [ok and _parses(raw) for raw, ok in zip(raws, trusted, strict=True)]
            items = list(map(_ITEM, map(orjson.loads, compress(raws, trusted))))
        plain = set(map(_SCHEMA_VERSION, items)) <= {SCHEMA_VERSION} and all(
            map(ge, map(dict.keys, items), repeat(_QUOTE_KEYS))
        )
        if plain and all(trusted):
            yield from zip(items, map(itemgetter(_NUMBER), lines), strict=True)
            return
        parsed = iter(items)
        for line, is_trusted in zip(lines, trusted, strict=True):
            item = next(parsed) if is_trusted else None
            if (
                item is None
                or item.get("schema_version") != SCHEMA_VERSION
                or not item.keys() >= _QUOTE_KEYS
            ):
                entry = self._read_entry(line)
                if entry is None or not isinstance(entry.item, QuoteAnnotation):
                    continue
                item = entry.item.model_dump(mode="json")
            yield item, line[_NUMBER]

    def __iter__(self) -> Iterator[QuoteAnnotation]:
        for doc_id in sorted(self._by_doc):
            yield from self.quotes(doc_id)

    def __len__(self) -> int:
        if self._docs is None:  # counted from the index, without grouping it by document
            deleted: int = sum(map(itemgetter(_DELETED), self._latest.values()))
            return len(self._latest) - deleted
        return sum(len(ids) for ids in self._docs.values())

    @property
    def line_count(self) -> int:
        """Lines in the file, live or superseded (a torn last line included)."""
        return self._line_count

    def release_in_forked_child(self) -> None:
        """Close a forked child's copies of this file's descriptors, the lock's among them.

        The lock stays the parent's (closing a copy does not release it), but it no longer
        outlives the parent in a child that runs on after the parent was killed."""
        for name in ("_write_fd", "_read_fd", "_lock_fd"):
            fd = getattr(self, name)
            if fd is not None:
                with suppress(OSError):
                    os.close(fd)
                setattr(self, name, None)

    def folded_sha256(self) -> str:
        """The hex sha256 of the bytes this fold covers (with what this handle appended since).

        Read through the descriptor the fold read, and only as far as it read: it vouches for
        exactly what ``quote_records`` gives, even when a writer has appended since (readers
        take no lock) or a compaction has replaced the file.
        """
        digest = hashlib.sha256()
        offset = 0
        while offset < self._size:
            assert self._read_fd is not None  # a fold that read bytes keeps its descriptor
            block = os.pread(self._read_fd, min(_CHUNK, self._size - offset), offset)
            if not block:
                raise StoreError(f"{self.path}: shorter than when it was folded")
            digest.update(block)
            offset += len(block)
        return digest.hexdigest()

    @property
    def from_snapshot(self) -> bool:
        """Whether this fold started from the snapshot beside the file (``fold_snapshot``)."""
        return self._snapshot_lines > 0

    def count(self, doc_id: str) -> int:
        """How many live quotes a document has, from the index alone (no record is parsed)."""
        return len(self._by_doc.get(doc_id, ()))

    def doc_ids(self) -> list[str]:
        """Documents with at least one live quote."""
        return sorted(doc_id for doc_id, ids in self._by_doc.items() if ids)

    def finished_marks(self) -> dict[str, bool]:
        """The latest finished mark of each document that has one (a copy)."""
        return dict(self._finished)

    def finished_mark(self, doc_id: str) -> bool | None:
        """The latest finished mark of a document, or None if it has none."""
        return self._finished.get(doc_id)

    def unfinished_doc_ids(self) -> list[str]:
        """Documents with a live label that do not count as finished (marked not finished)."""
        marks = self._finished
        return [doc_id for doc_id in self.doc_ids() if marks.get(doc_id) is False]

    def is_finished(self, doc_id: str) -> bool:
        """Whether the annotator has finished the document, as agreement and review count it
        (``records.counts_as_finished``): its latest mark says so; a document without a mark
        counts as finished when it holds a live label, as every document did before marks."""
        return counts_as_finished(self._finished.get(doc_id), self.count(doc_id) > 0)

    def finished_doc_ids(self) -> list[str]:
        """Every document that counts as finished (``is_finished``), sorted."""
        marks = self._finished
        unmarked = (doc_id for doc_id in self.doc_ids() if doc_id not in marks)
        return sorted([*unmarked, *(doc_id for doc_id, done in marks.items() if done)])

    def latest_doc_id(self) -> str | None:
        """The document of the last line written (a label or a deletion), or None if none.

        Where the annotator left off: ``annotate`` resumes from there. The line with the highest
        number among each quote's latest is the file's last one that still counts.
        """
        latest = max(self._latest.values(), key=itemgetter(_NUMBER), default=None)
        return latest[_DOC] if latest is not None else None

    def line_of(self, quote_id: str) -> int | None:
        """The file line holding the latest version of a quote."""
        line = self._latest.get(quote_id)
        return line[_NUMBER] if line else None

    @property
    def can_undo(self) -> bool:
        """Whether there is an edit to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """Whether there is an undone edit to redo."""
        return bool(self._redo)

    # -- writing -------------------------------------------------------------------------------

    def _acquire_lock(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = lock_path_for(self.path)
        while True:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _lock_or_refuse(fd, self.path)
            except StoreLockedError:
                os.close(fd)
                raise
            # The holder before may have removed the lock file while holding it (a failed
            # first import leaves no trace of the name): a lock on the removed file guards
            # nothing, so it is taken again on the file now at the path.
            if _same_file(fd, lock_path):
                break
            os.close(fd)
        self._lock_fd = fd
        self._lock_pid = os.getpid()
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            # Whoever writes next clears what a killed import left (it may be hundreds of
            # MB), not only the next import: an annotator may never import into this file
            # again.
            _remove_stale_imports(self.path)
            try:
                self._write_fd = os.open(
                    self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o644
                )
                self._created = True
            except FileExistsError:
                self._write_fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        except BaseException:
            # An annotator file that cannot be opened (a folder, no permission) kept the lock
            # held: this very process was then refused as "already open for writing".
            self._release_lock()
            raise

    def _append(self, item: QuoteAnnotation | Deletion, change: Change) -> _Line:
        return self._record(item, self._write_line(item, change, f"record {item.id!r}"))

    def _write_line(
        self, item: QuoteAnnotation | Deletion | DocumentFinished, change: Change, what: str
    ) -> _Line:
        """Append one line (fsynced) and count it; answer where it lies. ``what`` names the
        record in an error."""
        write_fd = self._ready_to_write()
        if item.annotator != self.annotator:
            raise StoreError(
                f"{self.path}: {what} belongs to {item.annotator!r}, not {self.annotator!r}"
            )
        rev = self._last_rev + 1
        data = encode_entry(StoreEntry(rev=rev, change=change, item=item))
        # After a torn last line, the new line starts afresh; the torn one stays, reported.
        prefix = b"\n" if self._needs_newline else b""
        view = memoryview(prefix + data)
        while view:
            written = os.write(write_fd, view)
            view = view[written:]
        os.fsync(write_fd)
        self._needs_newline = False
        self._last_rev = rev
        self._line_count += 1
        line = (
            self._size + len(prefix),
            len(data),
            self._line_count,
            item.doc_id,
            isinstance(item, Deletion),
        )
        self._size += len(prefix) + len(data)
        return line

    def _record(self, item: QuoteAnnotation | Deletion, line: _Line) -> _Line:
        self._columns = None
        previous = self._latest.get(item.id)
        if previous is not None:
            self._by_doc[previous[_DOC]].discard(item.id)
        self._latest[item.id] = line
        if isinstance(item, QuoteAnnotation):
            self._by_doc[item.doc_id].add(item.id)
            self._cache[item.id] = item
        else:
            self._cache.pop(item.id, None)
        return line

    def save(self, quote: QuoteAnnotation) -> QuoteAnnotation:
        """Append a new version of ``quote`` (fsynced before returning)."""
        previous = self._latest.get(quote.id)
        line = self._append(quote, Change.EDIT)
        self._remember_edit(quote.id, previous, line)
        return quote

    def mark_finished(self, doc_id: str, finished: bool = True) -> DocumentFinished:
        """Append a finished mark for a document (fsynced before returning); ``finished=False``
        takes it back. Not an edit of a quote: undo and redo pass it by."""
        mark = DocumentFinished(doc_id=doc_id, annotator=self.annotator, finished=finished)
        self._write_line(mark, Change.EDIT, f"the mark of {doc_id!r}")
        self._finished[doc_id] = finished
        return mark

    def mark_many_finished(self, doc_ids: list[str], finished: bool = True) -> int:
        """Append a finished mark for each of ``doc_ids``: one write and one fsync for the lot,
        as an import marks the documents its file says were read and had no quote
        (``finished=False``: not finished, as it marks those given only a detector's quotes).
        Returns how many were written."""
        if not doc_ids:
            return 0
        write_fd = self._ready_to_write()
        prefix = b"\n" if self._needs_newline else b""
        lines = [
            encode_entry(
                StoreEntry(
                    rev=self._last_rev + 1 + offset,
                    change=Change.EDIT,
                    item=DocumentFinished(
                        doc_id=doc_id, annotator=self.annotator, finished=finished
                    ),
                )
            )
            for offset, doc_id in enumerate(doc_ids)
        ]
        data = prefix + b"".join(lines)
        self._write_all(data)
        os.fsync(write_fd)
        self._needs_newline = False
        self._last_rev += len(doc_ids)
        self._line_count += len(doc_ids)
        self._size += len(data)
        self._finished.update(dict.fromkeys(doc_ids, finished))
        return len(doc_ids)

    def save_many(self, records: list[Any]) -> int:
        """Append many quotes at once: a few large writes and one fsync for the lot.

        ``records`` are quotes already validated by the caller, as a bulk import does: their
        JSON form (``model_dump(mode="json")``), or structs with the fields of
        ``record_codec.StoredQuote`` in its order. Each becomes an ordinary edit, so the file
        reads back exactly as if each had been saved alone. Returns how many were written.
        """
        if not records:
            return 0
        write_fd = self._ready_to_write()
        self._refuse_others(records)
        # The same bytes encode_entry(StoreEntry(...)) writes, without validating again;
        # encoded and written a batch at a time, so a million records never sit in memory
        # twice over as bytes.
        prefix = b"\n" if self._needs_newline else b""
        self._write_all(prefix)
        lengths: list[int] = []
        # The disk takes the batches written so far while the next ones are encoded, so the
        # fsync at the end waits only for the last of them.
        flusher = _Flusher(write_fd)
        try:
            for first in range(0, len(records), _BATCH):
                pieces, batch_lengths = _encode_edits(
                    records[first : first + _BATCH], self._last_rev + 1 + first
                )
                lengths.extend(batch_lengths)
                for piece in pieces:
                    self._write_all(piece)
                if first + _BATCH < len(records):
                    flusher.start()
        finally:
            flusher.wait()
        flusher.raise_error()
        os.fsync(write_fd)
        self._needs_newline = False
        self._size += len(prefix)
        self._fold_appended(_field_of(records, "id"), _field_of(records, "doc_id"), lengths)
        return len(records)

    def _refuse_others(self, records: list[Any]) -> None:
        """Raise ``StoreError`` unless every record belongs to this file's annotator."""
        _refuse_others(self.path, self.annotator, records)

    def _fold_appended(
        self,
        ids: list[str],
        doc_ids: list[str],
        lengths: list[int],
        *,
        distinct_ids: bool = False,
    ) -> None:
        """Fold in edits just appended at the end of the file (from ``_size`` on), one line of
        each length in ``lengths``: quote ``ids[i]`` of document ``doc_ids[i]`` (``ids`` all
        different when the caller says ``distinct_ids``)."""
        offsets = list(accumulate(lengths, initial=self._size))
        self._last_rev += len(ids)
        self._size = offsets.pop()
        numbers = range(self._line_count + 1, self._line_count + 1 + len(ids))
        self._line_count += len(ids)
        # Undo reaches back UNDO_DEPTH steps; older ones would only be made to be dropped.
        kept = slice(-self._undo.maxlen, None) if self._undo.maxlen else slice(None)
        latest = self._latest
        previous: list[_Line | None]
        self._columns = None
        if not latest and (distinct_ids or len(set(ids)) == len(ids)):
            # A fresh file (a first import) with no id twice: each line is its quote's latest
            # version. The fold stays these columns until a record is asked for (``_latest``),
            # and the snapshot is written from them: a million lines are never taken apart.
            self._latest_lines = None
            self._unfolded = self._columns = (ids, offsets, lengths, numbers, doc_ids)
            self._docs = None  # grouped again on first use, should it have been already
            lines = list(
                zip(offsets[kept], lengths[kept], numbers[kept], doc_ids[kept], repeat(False))
            )
            self._undo.extend(zip(ids[kept], repeat(None), lines))
            self._redo.clear()
            return
        lines = list(zip(offsets, lengths, numbers, doc_ids, repeat(False)))
        if not latest:
            previous = self._supersede(ids, lines)
        elif len(set(ids)) == len(ids):
            previous = list(map(latest.get, ids))
            latest.update(zip(ids, lines, strict=True))
        else:
            previous = self._supersede(ids, lines)
        by_doc = self._docs  # grouped on first use: until then, nothing to keep up to date
        if by_doc is not None:
            if any(previous):
                for quote_id, before in zip(ids, previous, strict=True):
                    if before is not None:
                        by_doc[before[_DOC]].discard(quote_id)
            # Records come document by document: one set update per run of a document.
            for doc_id, run in groupby(zip(doc_ids, ids, strict=True), key=itemgetter(0)):
                by_doc[doc_id].update(map(itemgetter(1), run))
        if self._cache:
            for quote_id in ids:
                self._cache.pop(quote_id, None)
        self._undo.extend(zip(ids[kept], previous[kept], lines[kept], strict=True))
        self._redo.clear()

    @property
    def is_empty(self) -> bool:
        """Whether the file holds no line at all (or does not exist yet)."""
        return self._size == 0 and self._line_count == 0

    def first_import(self) -> FirstImport:
        """A writer of this empty file's first lines, written as they come into a temporary
        beside it and moved into place at the end (see ``FirstImport``)."""
        self._ready_to_write()
        if not self.is_empty:
            raise StoreError(f"{self.path}: not empty, so its first import is over")
        return FirstImport(self)

    def _replace_with(
        self,
        temporary: Path,
        fd: int,
        edits: tuple[list[str], list[str], list[int]],
        syncing: _Flusher,
        distinct_ids: bool,
    ) -> None:
        """Move ``temporary`` (open as ``fd``: the whole new file, the edits given as their
        ``ids``, ``doc_ids`` and ``lengths``, the ids all different if ``distinct_ids``) into
        the place of this empty file, fsynced, and fold it in.

        The fold, and the snapshot of it, are made while the disk takes the last of the data
        (flushed by ``syncing``, which may be flushing already): the snapshot describes the
        temporary's inode, which the rename keeps (and one left by an import that fails before
        the rename describes no file there, so it is never used)."""
        syncing.start()
        last_rev = self._last_rev
        # Opened on the temporary, the descriptors follow it through the rename: once it is
        # done, nothing that can fail stands between it and the handle pointing at the new file.
        descriptors: list[int] = []
        try:
            try:
                self._fold_appended(*edits, distinct_ids=distinct_ids)
                self._refresh_snapshot(fd)
            finally:
                syncing.wait()
            syncing.raise_error()
            os.fsync(fd)
            descriptors.append(os.open(temporary, os.O_WRONLY | os.O_APPEND))
            descriptors.append(os.open(temporary, os.O_RDONLY))
            os.replace(temporary, self.path)
        except BaseException:
            # Asked of the disk, not of where the error arose: a Ctrl-C may land right after
            # the rename.
            if len(descriptors) < 2 or not _same_file(fd, self.path):
                for descriptor in descriptors:
                    os.close(descriptor)
                # The file is still empty: so must the fold be, or the handle would claim
                # records (and ``abort`` would no longer see an empty file to remove).
                self._forget_first_import(last_rev)
                raise
            self._take_descriptors(*descriptors)
            raise
        self._take_descriptors(*descriptors)
        _fsync_folder(self.path.parent)

    def _take_descriptors(self, write_fd: int, read_fd: int) -> None:
        """Point this handle at the file that replaced its empty one (``_replace_with``)."""
        self._close_descriptors("_write_fd", "_read_fd")
        self._write_fd, self._read_fd = write_fd, read_fd
        self._created = False

    def _forget_first_import(self, last_rev: int) -> None:
        """Fold this file empty again, as it was before a first import that failed."""
        self._latest_lines = {}
        self._unfolded = self._columns = None
        self._docs = None
        self._cache.clear()
        self._undo.clear()
        self._redo.clear()
        self._last_rev = last_rev
        self._line_count = self._size = 0
        self._snapshot_written = 0
        self._snapshots = False  # a snapshot made during the import describes the temporary
        fold_snapshot.remove_snapshot(self.path)

    def _supersede(self, ids: list[str], lines: list[_Line]) -> list[_Line | None]:
        # One quote twice: each version supersedes the one before, in order.
        previous: list[_Line | None] = []
        latest = self._latest
        for quote_id, line in zip(ids, lines, strict=True):
            previous.append(latest.get(quote_id))
            latest[quote_id] = line
        return previous

    def _ready_to_write(self) -> int:
        """Refuse a write this handle may not make now; create the file again if a failed
        first import removed it. Returns the descriptor to write to."""
        if self._importing:
            # The import's temporary will replace the file: a line saved now would be lost.
            raise StoreError(f"{self.path}: a first import into this file is under way")
        if self._removed:
            # A failed first import removed the empty file this handle had created: the next
            # write creates it again (a write to the removed one would be lost). The reading
            # descriptor is opened when a record is first read.
            self._write_fd = os.open(
                self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o644
            )
            self._removed = False
            self._created = True
        if self._write_fd is None:
            raise StoreError(f"{self.path}: opened read-only")
        return self._write_fd

    def _close_descriptors(self, *names: str) -> None:
        # Each is let go of before it is closed: a close that fails has released it all the
        # same (Linux), and its number, reused by the next open, must not be written to here.
        for name in names:
            fd = getattr(self, name, None)
            setattr(self, name, None)
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)

    def _write_all(self, data: bytes | memoryview) -> None:
        assert self._write_fd is not None
        _write_all(self._write_fd, data)

    def _remove_if_created(self) -> None:
        """Remove the file if this handle created it and nothing was written to it: a failed
        first import leaves no empty file behind."""
        if (
            self._created
            and self.is_empty
            and self._write_fd is not None
            and os.fstat(self._write_fd).st_size == 0  # the disk's word, not only the fold's
        ):
            self.path.unlink(missing_ok=True)
            self._removed = True
            self._created = False
            self._snapshots = False
            self._close_descriptors("_write_fd", "_read_fd")

    def delete(self, quote_id: str) -> Deletion:
        """Append a tombstone for a live quote."""
        quote = self.get(quote_id)
        if quote is None:
            raise StoreError(f"{self.path}: no live quote {quote_id!r} to delete")
        tombstone = Deletion(id=quote_id, doc_id=quote.doc_id, annotator=self.annotator)
        previous = self._latest.get(quote_id)
        line = self._append(tombstone, Change.EDIT)
        self._remember_edit(quote_id, previous, line)
        return tombstone

    def _state_at(
        self, quote_id: str, line: _Line | None, doc_id: str
    ) -> QuoteAnnotation | Deletion:
        if line is not None and not line[_DELETED]:
            entry = self._read_entry(line)
            if entry is not None and not isinstance(entry.item, DocumentFinished):
                return entry.item
        return Deletion(id=quote_id, doc_id=doc_id, annotator=self.annotator)

    def undo(self) -> QuoteAnnotation | Deletion | None:
        """Restore the state before the latest edit not yet undone; None when there is none."""
        if not self._undo:
            return None
        quote_id, before, after = self._undo[-1]
        state = self._state_at(quote_id, before, after[_DOC])
        self._append(state, Change.UNDO)
        self._redo.append(self._undo.pop())
        return state

    def redo(self) -> QuoteAnnotation | Deletion | None:
        """Re-apply the latest undone edit; None when there is none."""
        if not self._redo:
            return None
        quote_id, before, after = self._redo[-1]
        state = self._state_at(quote_id, after, after[_DOC])
        self._append(state, Change.REDO)
        self._undo.append(self._redo.pop())
        return state

    def close(self) -> None:
        """Release the file handles and the lock, leaving a fresh snapshot if one is due."""
        try:
            if self._read_fd is not None:
                self._refresh_snapshot(self._read_fd)
        finally:
            # Whatever the snapshot (a cache) met, the lock must go: else this process could
            # never reopen the file for writing.
            self._close_descriptors("_write_fd", "_read_fd")
            self._release_lock()

    def _release_lock(self) -> None:
        """Let the lock go; with no annotator file left (a failed first import removed the one
        it created), the lock file goes too, removed while still held, so the name leaves no
        trace in the store. (A forked child never removes its parent's.)"""
        if self._lock_fd is None:
            return
        if self._lock_pid == os.getpid() and not self.path.exists():
            with contextlib.suppress(OSError):
                lock_path_for(self.path).unlink()
        self._close_descriptors("_write_fd", "_lock_fd")

    def __enter__(self) -> AnnotatorFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_READ_AHEAD = 3
"""Chunks the bulk reader's thread reads ahead of the decoding."""

_DECODE_BLOCK = 1 << 20
"""Bytes of whole lines the bulk reader decodes in one call (a longer line makes a longer
block)."""


def _read_ahead(
    handle: BinaryIO, digest: Any = None, size: int | None = None
) -> Generator[bytes, None, None]:
    """``handle``'s bytes from where it stands (``size`` of them, or all) a chunk at a time,
    read (and fed to ``digest``) by a thread of their own a few chunks ahead: reading and
    hashing let go of the GIL, so they take the other core while this one decodes."""
    chunks: queue.Queue[bytes | BaseException] = queue.Queue(_READ_AHEAD)
    stop = threading.Event()
    left = [size]  # bytes still to read, None for all

    def read() -> None:
        try:
            while not stop.is_set():
                wanted = _CHUNK if left[0] is None else min(_CHUNK, left[0])
                chunk = handle.read(wanted) if wanted else b""
                if left[0] is not None:
                    left[0] -= len(chunk)
                chunks.put(chunk)  # handed over first: the decoding need not wait for the hash
                if not chunk:
                    return
                if digest is not None:
                    digest.update(chunk)
        except BaseException as error:  # raised by the reader below
            chunks.put(error)

    thread = threading.Thread(target=read, name="store-read", daemon=True)
    thread.start()
    try:
        while chunk := chunks.get():
            if isinstance(chunk, BaseException):
                raise chunk
            yield chunk
    finally:
        # Stopped early (a line not the writer's) or done: the thread must be gone before the
        # file is closed, and may be waiting to hand over a chunk.
        stop.set()
        while thread.is_alive():
            with suppress(queue.Empty):
                chunks.get(timeout=0.05)
        thread.join()


def _writer_line_blocks(
    handle: BinaryIO, digest: Any = None, start: int = 0, stop: int | None = None
) -> Generator[tuple[bytes | memoryview, int], None, None]:
    """The file's complete lines (from byte ``start`` to ``stop``, or to the end), a block of
    them at a time (each block ending in a newline) with how many lines each holds; raises
    ``_NotTheWritersFile`` at a torn last line.

    Each chunk read is cut at its first and last newline: the line glued from the previous
    chunk's tail is a block of its own, and the rest is a view into the chunk (never copied).
    """
    tail = b""
    if start:
        handle.seek(start)
    size = None if stop is None else stop - start
    with closing(_read_ahead(handle, digest, size)) as chunks:
        for chunk in chunks:
            first = chunk.find(b"\n")
            if first < 0:
                tail += chunk
                continue
            last = chunk.rfind(b"\n")
            yield tail + chunk[: first + 1], 1
            tail = chunk[last + 1 :]
            # Decoded a block of about _DECODE_BLOCK bytes at a time: the decoder holds the GIL
            # for as long as a block takes, and the reading thread waits for it each time it
            # has read or hashed a chunk.
            view = memoryview(chunk)
            start = first + 1
            while start <= last:
                # Up to the last newline within the block's bytes, or past a longer line.
                end = (chunk.rfind(b"\n", start, start + _DECODE_BLOCK) + 1) or (
                    chunk.find(b"\n", start) + 1
                )
                yield view[start:end], chunk.count(b"\n", start, end)
                start = end
    if tail:
        raise _NotTheWritersFile  # a torn last line: the fold reports it


class _NotTheWritersFile(Exception):
    """A file, or a line of it, that the writer did not write as it stands."""


def read_live_records(path: Path, digest: Any = None) -> tuple[list[BulkQuote], list[int]] | None:
    """Every live quote of an annotator file as a ``BulkQuote``, and the line of each, read in
    one pass; None when the file is not wholly the writer's own (then use ``AnnotatorFile``).

    For bulk reading (an export of a million records): when every line decodes as a store line
    of the current schema (``record_codec.BulkLine``: checked in C, all but the fields an export
    only passes on) and the last line is complete, folding needs nothing but the ids, so each
    line is decoded once and the fold runs in C. The result then holds exactly what
    ``AnnotatorFile(path, ...).quote_records()`` gives, with no problems to report. Anything else
    (a torn or hand-edited line, an older schema) returns None without a word, for the fold to
    read and report as it always does. ``digest`` (a hashlib object), if given, is fed every
    byte read.
    """
    found = read_live_records_and_marks(path, digest)
    return None if found is None else found[:2]


def read_live_records_and_marks(
    path: Path, digest: Any = None
) -> tuple[list[BulkQuote], list[int], dict[str, bool]] | None:
    """``read_live_records``, and the latest finished mark of each document the file marks."""
    with paused_gc():
        items = read_writer_lines(path, digest)
        return None if items is None else fold_items_and_marks(items)


def read_writer_lines(
    path: Path, digest: Any = None, start: int = 0, stop: int | None = None
) -> list[BulkQuote | StoredDeletion | StoredFinished] | None:
    """What each line of ``path`` from byte ``start`` (a line's first) to ``stop`` (the end of
    a line; None for the end of the file) holds, decoded as ``read_live_records`` decodes it;
    None when a line there is not the writer's own. ``digest``, if given, is fed every byte
    read."""
    items: list[BulkQuote | StoredDeletion | StoredFinished] = []
    with (
        paused_gc(),
        path.open("rb", buffering=0) as handle,
        closing(_writer_line_blocks(handle, digest, start, stop)) as blocks,
    ):
        try:
            for block, lines in blocks:
                decoded = BULK_LINE_DECODER.decode_lines(block)
                # ``decode_lines`` reads values apart wherever whitespace parts them: a blank
                # line gives none, and two values on one line give two. The writer writes
                # neither, and line numbers must hold, so the count must be one per line.
                if len(decoded) != lines:
                    return None
                items.extend(map(_ITEM_OF, decoded))
        except (
            _NotTheWritersFile,
            msgspec.DecodeError,
            msgspec.ValidationError,
            UnicodeDecodeError,
        ):
            return None  # a line that is not the writer's: the fold reads the file
    return items


def fold_items(
    items: list[BulkQuote | StoredDeletion | StoredFinished],
) -> tuple[list[BulkQuote], list[int]]:
    """The live quotes among ``items`` (what the lines of a file hold, in order, the first on
    line 1) and the line of each: the last line of each id holds its live version (or its
    deletion); finished marks hold no quote. The fold, in C."""
    live_quotes, lines, _ = fold_items_and_marks(items)
    return live_quotes, lines


def fold_items_and_marks(
    items: list[BulkQuote | StoredDeletion | StoredFinished],
) -> tuple[list[BulkQuote], list[int], dict[str, bool]]:
    """``fold_items``, and the latest finished mark of each document marked among ``items``
    (``AnnotatorFile.finished_marks``); lines without marks cost nothing more."""
    found = set(map(type, items))
    if StoredFinished in found:
        # Folded without the marks, then each line number mapped back to the file's.
        not_marks = list(map(operator.is_not, map(type, items), repeat(StoredFinished)))
        numbers = list(compress(count(1), not_marks))
        marks = latest_marks(kept_of_kind(items, map(operator.not_, not_marks), StoredFinished))
        live_quotes, lines, _ = fold_items_and_marks(list(compress(items, not_marks)))
        return live_quotes, list(map(numbers.__getitem__, map(sub, lines, repeat(1)))), marks
    if only_quotes(items, found) and len(set(map(_ID_OF, items))) == len(items):
        # Every line a quote of its own (a file written by one import, or never edited
        # twice): every line is live, in file order. (A set finds that in a third of the
        # time the dict below takes.)
        return items, list(range(1, len(items) + 1)), {}
    last_of = dict(zip(map(_ID_OF, items), count()))
    latest = sorted(last_of.values())
    del last_of
    kinds = map(type, map(items.__getitem__, latest))
    live = list(compress(latest, map(is_, kinds, repeat(BulkQuote))))
    records = picked_of_kind(items, live, BulkQuote)
    return records, list(map(add, live, repeat(1))), {}


def latest_marks(marks: list[StoredFinished]) -> dict[str, bool]:
    """The latest of ``marks`` (in the order written) for each document they mark."""
    return dict(zip(map(_DOC_ID_OF, marks), map(_FINISHED_OF, marks), strict=True))


_ITEM_OF = attrgetter("item")
_ID_OF = attrgetter("id")
_DOC_ID_OF = attrgetter("doc_id")
_FINISHED_OF = attrgetter("finished")


def read_live_quotes(path: Path, digest: Any = None) -> list[tuple[BulkQuote, int]] | None:
    """``read_live_records`` as ``(record, line)`` pairs."""
    found = read_live_records(path, digest)
    if found is None:
        return None
    return list(zip(*found, strict=True))


class AnnotationStore:
    """A folder of annotator files: ``<root>/<annotator>.jsonl``."""

    def __init__(self, root: str | Path = DEFAULT_STORE) -> None:
        self.root = Path(root)
        """The store folder (made when the first file is written)."""
        if self.root.exists() and not self.root.is_dir():
            # Else every command would say something beside the point: "no annotations", or
            # "<file>/ann.jsonl.lock: Not a directory".
            raise StoreError(f"{self.root}: is a file, not a folder of annotation files")

    def path_for(self, annotator: str) -> Path:
        """The file holding ``annotator``'s labels."""
        return self.root / f"{check_annotator_name(annotator)}.jsonl"

    def annotators(self) -> list[str]:
        """Every annotator with a file in the store, sorted."""
        if not self.root.is_dir():
            return []
        paths = sorted(path for path in self.root.glob("*.jsonl") if path.is_file())
        for path in paths:
            try:
                check_annotator_name(path.stem)
            except StoreError:
                # Named by the file: "annotator name 'x y' cannot name a file" read as if the
                # user had given that name, and sent them looking at their options.
                raise StoreError(
                    f"{path}: no annotator's name (letters, digits and . _ - @ + only): rename "
                    f"the file, or move it out of {self.root}/"
                ) from None
        return [path.stem for path in paths]

    def refuse_if_locked(self, annotator: str) -> None:
        """Raise ``StoreLockedError`` if another process writes ``annotator``'s file now.

        Only a probe, for a one-line error before a long start-up; ``open(writable=True)``
        takes the lock for real.
        """
        path = self.path_for(annotator)
        try:
            fd = os.open(lock_path_for(path), os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            _lock_or_refuse(fd, path)
        finally:
            os.close(fd)  # closing releases the probe's lock

    def refuse_if_unwritable(self, annotator: str) -> None:
        """Raise ``OSError`` (naming the path) if ``annotator``'s file cannot be written: the
        folder cannot be made, or the lock or the file cannot be opened for writing.

        Only a probe, for a one-line error before a screen is drawn; it makes the folder and
        the lock file, as ``open(writable=True)`` would.
        """
        path = self.path_for(annotator)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            # mkdir names the deepest folder it tried; the user gave the store's.
            raise OSError(error.errno, error.strerror, str(self.root)) from None
        os.close(os.open(lock_path_for(path), os.O_RDWR | os.O_CREAT, 0o644))
        if path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_APPEND))

    def open(self, annotator: str, *, writable: bool = False) -> AnnotatorFile:
        """Fold an annotator's file; ``writable`` takes the lock (refused if another holds it)."""
        return AnnotatorFile(self.path_for(annotator), annotator, writable=writable)


def _latest_marks(path: Path, folded: dict[str, bool], annotator: str) -> list[DocumentFinished]:
    """The latest finished mark of each document ``folded`` has one for, as written (with the
    time it was made), read again from ``path``; a mark the file does not hold as the fold
    read it (its line in another layout) is made anew."""
    written: dict[str, DocumentFinished] = {}
    with path.open("rb") as source:
        for raw in source:
            if b'"record":"finished"' not in raw:
                continue
            with suppress(ValidationError):
                item = StoreEntry.model_validate_json(raw).item
                if isinstance(item, DocumentFinished):
                    written[item.doc_id] = item
    marks = []
    for doc_id, finished in sorted(folded.items()):
        mark = written.get(doc_id)
        if mark is None or mark.finished != finished:
            mark = DocumentFinished(doc_id=doc_id, annotator=annotator, finished=finished)
        marks.append(mark)
    return marks


def compact(path: Path, annotator: str) -> tuple[int, int, Path | None]:
    """Rewrite an annotator file to one line per live record and one per marked document (its
    latest mark), atomically.

    Takes the writer's lock, so it is refused while an annotator has the file open. Lines that
    could not be read are not thrown away: they are moved to ``<file>.broken``. Undo history
    does not survive compaction. Returns (lines before, lines after, the broken-lines file).
    """
    with AnnotatorFile(path, annotator, writable=True) as folded:
        folded._snapshots = False  # the file is about to be replaced: no snapshot of it
        quotes = folded.quotes()
        marks = _latest_marks(path, folded.finished_marks(), annotator)
        before = folded._line_count
        broken_lines = {problem.line for problem in folded.problems if problem.line is not None}
        broken_path: Path | None = None
        if broken_lines:
            broken_path = path.with_name(path.name + ".broken")
            with path.open("rb") as source, broken_path.open("ab") as sink:
                for number, raw in enumerate(source, start=1):
                    if number in broken_lines:
                        sink.write(raw if raw.endswith(b"\n") else raw + b"\n")
                sink.flush()
                os.fsync(sink.fileno())
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as sink:
            kept: list[QuoteAnnotation | DocumentFinished] = [*quotes, *marks]
            for rev, record in enumerate(kept, start=1):
                sink.write(encode_entry(StoreEntry(rev=rev, item=record)))
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, path)
        remove_snapshot(path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        return before, len(quotes) + len(marks), broken_path
