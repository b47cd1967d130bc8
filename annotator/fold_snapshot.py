"""A snapshot of a folded annotation file, kept beside it so that a reopen folds only the tail.

Folding a million-line file means reading every line; most opens follow one that already did
exactly that. The snapshot (``<file>.fold``) holds the fold's result for the first ``covers``
bytes of the file: where each record's latest line lies, each document's latest finished mark,
the problems met, and, when a writer
made it, the undo and redo history. The file is append-only, so those bytes never change while
the snapshot is valid; a reopen checks that they did not (same inode, same bytes at a spread of
sampled places) and folds only what was appended after them.

It is a cache and nothing else: it is written atomically but never fsynced, and a snapshot that
is missing, unreadable, of another format, or disagrees with the file is ignored, which costs a
full fold and loses nothing.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import sys
from array import array
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from annotator.util import paused_gc

FORMAT = 2
"""Bumped whenever the layout below changes; a snapshot of another format is ignored (format 1
had no finished marks: read as having none, it would hide every mark of its file)."""

MIN_LINES = 20_000
"""Files shorter than this fold in well under a second: no snapshot beside them."""

_SAMPLES = 256
_SAMPLE_SIZE = 64
_TAIL_SIZE = 4096

Line = tuple[int, int, int, str, bool]
"""Where one stored version lies: (offset, length, line number, doc id, is a deletion)."""

Step = tuple[str, Line | None, Line]
"""One undoable edit: (quote id, the line before it or None, the line it wrote)."""


def snapshot_path_for(path: Path) -> Path:
    """The snapshot kept beside an annotation file."""
    return path.with_name(path.name + ".fold")


@dataclass
class FoldState:
    """The result of folding the first ``covers`` bytes of a file (``lines`` lines)."""

    covers: int
    """Bytes of the file folded: always the end of a complete line."""
    lines: int
    """Lines in those bytes."""
    last_rev: int
    """The highest revision among them."""
    latest: dict[str, Line]
    """Each record id's latest line."""
    finished: dict[str, bool] = field(default_factory=dict)
    """Each marked document's latest finished mark."""
    foreign: set[int] = field(default_factory=set)
    """Offsets of lines not in the writer's own layout, which bulk reads must validate."""
    problems: list[tuple[int, str]] = field(default_factory=list)
    """Broken lines met: (line number, message)."""
    history: tuple[list[Step], list[Step]] | None = None
    """(undo, redo) steps, oldest first; None when a read-only fold made the snapshot."""
    columns: LatestColumns | None = None
    """``latest`` as columns, when the folder has them at hand (a first import): the snapshot
    is written from them, without taking a million lines apart (``latest`` may then be left
    empty)."""


LatestColumns = tuple[list[str], list[int], list[int], range, list[str]]
"""``latest`` of a file of live quotes only, as columns in its order: (ids, offsets, lengths,
line numbers, doc ids)."""


def _sample_digest(fd: int, covers: int) -> str:
    # Bytes from all over the covered part, and all of its end: an edit that shifts or rewrites
    # the file under the snapshot changes some of them.
    digest = hashlib.blake2b(digest_size=16)
    for index in range(_SAMPLES):
        start = covers * index // _SAMPLES
        digest.update(os.pread(fd, min(_SAMPLE_SIZE, covers - start), start))
    start = max(0, covers - _TAIL_SIZE)
    digest.update(os.pread(fd, covers - start, start))
    return digest.hexdigest()


def _identity(fd: int) -> tuple[int, int]:
    stat = os.fstat(fd)
    return stat.st_dev, stat.st_ino


_NO_LINE = (-1, 0, 0, "", False)
"""Stands for "no line" (a step that created its record) in a column of lines."""


def _encode_ids(ids: Iterable[str]) -> bytes:
    return "\n".join(ids).encode()


def _decode_ids(data: bytes, count: int) -> list[str]:
    ids = data.decode().split("\n") if count else []
    if len(ids) != count:  # an id held a newline: this snapshot cannot be read back
        raise ValueError("ids do not split")
    return ids


def _integers(data: bytes) -> list[int]:
    column = array("q")
    column.frombytes(data)
    return column.tolist()


def _encode_lines(prefix: str, lines: list[Line], sections: dict[str, bytes]) -> None:
    # Columns as raw machine integers and newline-joined ids: loading them back is a memcpy
    # and a split in C, where parsing a million-entry JSON list takes seconds.
    offsets, lengths, numbers, doc_ids, deleted = zip(*lines, strict=True) if lines else [()] * 5
    sections[f"{prefix}.offsets"] = array("q", offsets).tobytes()
    sections[f"{prefix}.lengths"] = array("q", lengths).tobytes()
    sections[f"{prefix}.numbers"] = array("q", numbers).tobytes()
    sections[f"{prefix}.doc_ids"] = _encode_ids(doc_ids)
    sections[f"{prefix}.deleted"] = bytes(deleted)


def _machine_integers(values: list[int]) -> bytes:
    # ``fromlist`` copies a list in one C loop, faster than ``array`` iterating over it.
    column = array("q")
    column.fromlist(values)
    return column.tobytes()


def _encode_columns(prefix: str, columns: LatestColumns, sections: dict[str, bytes]) -> None:
    # What _encode_lines writes for lines that are all live.
    _, offsets, lengths, numbers, doc_ids = columns
    sections[f"{prefix}.offsets"] = _machine_integers(offsets)
    sections[f"{prefix}.lengths"] = _machine_integers(lengths)
    sections[f"{prefix}.numbers"] = _machine_integers(list(numbers))
    sections[f"{prefix}.doc_ids"] = _encode_ids(doc_ids)
    sections[f"{prefix}.deleted"] = bytes(len(offsets))


def _decode_lines(prefix: str, count: int, sections: dict[str, bytes]) -> list[Line]:
    offsets, lengths, numbers = [
        _integers(sections[f"{prefix}.{name}"]) for name in ("offsets", "lengths", "numbers")
    ]
    doc_ids = _decode_ids(sections[f"{prefix}.doc_ids"], count)
    deleted = list(map(bool, sections[f"{prefix}.deleted"]))
    if any(len(column) != count for column in (offsets, lengths, numbers, doc_ids, deleted)):
        raise ValueError("columns differ in length")
    return list(zip(offsets, lengths, numbers, doc_ids, deleted, strict=True))


def _encode_steps(prefix: str, steps: list[Step], sections: dict[str, bytes]) -> None:
    ids, before, after = zip(*steps, strict=True) if steps else [(), (), ()]
    sections[f"{prefix}.ids"] = _encode_ids(ids)
    _encode_lines(f"{prefix}.before", [line or _NO_LINE for line in before], sections)
    _encode_lines(f"{prefix}.after", list(after), sections)


def _decode_steps(prefix: str, count: int, sections: dict[str, bytes]) -> list[Step]:
    ids = _decode_ids(sections[f"{prefix}.ids"], count)
    before = _decode_lines(f"{prefix}.before", count, sections)
    after = _decode_lines(f"{prefix}.after", count, sections)
    return [
        (quote_id, None if line[0] < 0 else line, later)
        for quote_id, line, later in zip(ids, before, after, strict=True)
    ]


def write_snapshot(path: Path, fd: int, state: FoldState) -> None:
    """Save ``state`` beside ``path`` (whose open descriptor is ``fd``); best effort."""
    # Transposing a million lines into columns makes millions of objects at once; a writer's
    # close calls this outside the fold's pause, where collections would triple its cost.
    with paused_gc():
        if state.columns is not None:
            ids: Collection[str] = state.columns[0]
            sections: dict[str, bytes] = {"ids": _encode_ids(ids)}
            _encode_columns("latest", state.columns, sections)
        else:
            ids = state.latest
            sections = {"ids": _encode_ids(ids)}
            _encode_lines("latest", list(state.latest.values()), sections)
        sections["foreign"] = array("q", sorted(state.foreign)).tobytes()
        sections["finished.doc_ids"] = _encode_ids(state.finished)
        sections["finished.marks"] = bytes(state.finished.values())
        counts = {"records": len(ids), "finished": len(state.finished)}
        if state.history is not None:
            for name, steps in zip(("undo", "redo"), state.history, strict=True):
                _encode_steps(name, steps, sections)
                counts[name] = len(steps)
    header = {
        "format": FORMAT,
        "byteorder": sys.byteorder,
        "identity": list(_identity(fd)),
        "covers": state.covers,
        "digest": _sample_digest(fd, state.covers),
        "lines": state.lines,
        "last_rev": state.last_rev,
        "counts": counts,
        "problems": state.problems,
        "sections": {name: len(data) for name, data in sections.items()},
    }
    target = snapshot_path_for(path)
    remove_stale_temporaries(target)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as sink:
            sink.write(orjson.dumps(header, option=orjson.OPT_APPEND_NEWLINE))
            sink.writelines(sections.values())
        os.replace(temporary, target)
    except OSError:
        # A read-only folder or a full disk: the next open folds in full, nothing is lost.
        temporary.unlink(missing_ok=True)


def read_snapshot(path: Path, fd: int, size: int, *, with_history: bool) -> FoldState | None:
    """The snapshot beside ``path`` if it still describes the file open as ``fd``, else None.

    ``with_history`` asks for a writer's snapshot, one that holds the undo history.
    """
    try:
        with snapshot_path_for(path).open("rb") as source:
            header = orjson.loads(source.readline())
            counts = header["counts"]
            if (
                header["format"] != FORMAT
                or header["byteorder"] != sys.byteorder
                or tuple(header["identity"]) != _identity(fd)
                or (with_history and "undo" not in counts)
            ):
                return None
            covers = header["covers"]
            if not 0 < covers <= size or header["digest"] != _sample_digest(fd, covers):
                return None
            sizes = header["sections"]
            wanted = [name for name in sizes if with_history or name.split(".")[0] in _LATEST]
            sections = {}
            for name in sizes:
                data = source.read(sizes[name])
                if len(data) != sizes[name]:
                    return None
                if name in wanted:
                    sections[name] = data
        records = counts["records"]
        ids = _decode_ids(sections["ids"], records)
        latest = dict(zip(ids, _decode_lines("latest", records, sections), strict=True))
        marked = _decode_ids(sections["finished.doc_ids"], counts["finished"])
        marks = list(map(bool, sections["finished.marks"]))
        finished = dict(zip(marked, marks, strict=True))
        history = None
        if with_history:
            history = (
                _decode_steps("undo", counts["undo"], sections),
                _decode_steps("redo", counts["redo"], sections),
            )
        return FoldState(
            covers=covers,
            lines=header["lines"],
            last_rev=header["last_rev"],
            latest=latest,
            finished=finished,
            foreign=set(_integers(sections["foreign"])),
            problems=[(line, message) for line, message in header["problems"]],
            history=history,
        )
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError, UnicodeError):
        return None


_LATEST = ("ids", "latest", "foreign", "finished")


def records_per_line(path: Path) -> float | None:
    """How many records per line the snapshot beside ``path`` says the file holds, from the
    snapshot's header alone; None without one. Deleted records count too, so this is at least
    the share of its lines that are live (the header does not say how many are deleted).

    A hint for choosing how to read the file, not checked against it: ``read_snapshot`` is.
    """
    try:
        with snapshot_path_for(path).open("rb") as source:
            header = orjson.loads(source.readline())
        share: float = header["counts"]["records"] / header["lines"]
        return share
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ZeroDivisionError):
        return None


def holds_writers_fold(path: Path, fd: int) -> bool:
    """Whether the snapshot beside ``path`` holds a writer's undo history and still describes
    the file open as ``fd``: one that a reader's snapshot, which has no history, must not
    replace. Checks the header and the sampled bytes, not the columns."""
    try:
        with snapshot_path_for(path).open("rb") as source:
            header = orjson.loads(source.readline())
        covers = header["covers"]
        return (
            "undo" in header["counts"]
            and header["format"] == FORMAT
            and header["byteorder"] == sys.byteorder
            and tuple(header["identity"]) == _identity(fd)
            and 0 < covers <= os.fstat(fd).st_size
            and header["digest"] == _sample_digest(fd, covers)
        )
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return False


def remove_snapshot(path: Path) -> None:
    """Drop the snapshot beside ``path`` (after the file was rewritten)."""
    target = snapshot_path_for(path)
    target.unlink(missing_ok=True)
    remove_stale_temporaries(target)


def remove_stale_temporaries(target: Path) -> None:
    """Delete half-written snapshots of ``target`` left by processes killed before the rename.

    Each writer names its temporary after its pid; one whose process still runs may be
    mid-write and is left alone. Never raises: it only tidies a cache, so a temporary it may
    not delete (another user's, in a shared folder) or one not named by a pid stays.
    """
    prefix = f".{target.name}."
    try:
        candidates = list(target.parent.glob(f"{glob.escape(prefix)}*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        digits = candidate.name[len(prefix) : -len(".tmp")]
        if not (digits.isascii() and digits.isdigit() and len(digits) <= _PID_DIGITS):
            continue
        pid = int(digits)
        if pid == os.getpid() or process_alive(pid):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


_PID_DIGITS = 7
"""Linux pids stay below 2**22 (4,194,304): a longer number names no process."""


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (or may: another user's is taken to)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's live process, or not ours to judge
    return True
