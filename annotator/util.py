"""Small helpers shared by the core modules."""

from __future__ import annotations

import gc
import hashlib
import queue
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple


def counted(count: int, noun: str) -> str:
    """``1 problem``, ``2 problems``: a count with its noun (one that takes an ``s``)."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def are(count: int) -> str:
    """The verb after ``counted``: ``1 document is``, ``2 documents are``."""
    return "is" if count == 1 else "are"


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold the cyclic garbage collector while building millions of small acyclic objects.

    Each collection walks every live container; a fold or an export of a million records makes
    so many that collections alone more than double the time. Nothing built there is cyclic.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What was built is still in the youngest generation, so the first collection after
            # the pause would walk all of it (a second or more per million records). Moving
            # everything to the oldest generation first costs nothing (two list splices) and
            # leaves it to the rare full collections, which is where long-lived data belongs.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


Buffer = bytes | bytearray | memoryview
"""What ``BackgroundDigest`` hashes: any of these, never changed once handed over."""


class BackgroundDigest:
    """A sha256 computed in a thread of its own, fed like a hashlib object.

    hashlib lets go of the GIL on large buffers (and so does writing a file), so while a reader
    parses, or a writer encodes, on one core, the hash of what it has read (or written) is
    computed on the other. ``update`` hands a buffer over and returns at once (unless
    ``_BACKLOG`` buffers still wait); ``hexdigest`` waits for the hash of everything given.
    With ``sink`` (a raw file's ``write``), each buffer is also written there, in order, before
    it is hashed. Buffers handed over must not change afterwards (``bytes`` never do).
    """

    _BACKLOG = 8
    """Buffers waiting at most: a reader or writer faster than the thread waits for it."""

    def __init__(self, sink: Callable[[memoryview], int | None] | None = None) -> None:
        self._digest = hashlib.sha256()
        self._pending: queue.Queue[Buffer | _Written | None] = queue.Queue(self._BACKLOG)
        self._failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=_digest_until_done,
            args=(self._pending, self._digest, sink, self._failure),
            name="sha256",
            daemon=True,
        )
        self._thread.start()
        self._result: str | None = None
        # Whatever happens to the caller, the thread ends once this object is gone.
        self._finalizer = weakref.finalize(self, self._pending.put, None)

    def update(self, data: Buffer, *, written: bool = False) -> None:
        """Add ``data`` to what is hashed (and written), in the background; ``written`` says
        the caller has put it in its place already, so it is only hashed."""
        if self._result is not None or not self._finalizer.alive:
            raise ValueError("update after hexdigest or close")
        if self._failure:
            self.close()  # raises what the thread met
        self._pending.put(_Written(data) if written else data)

    def hexdigest(self) -> str:
        """The hex sha256 of everything given, once the thread has hashed it (and written it:
        an error writing is raised here)."""
        if self._result is None:
            self.close()
            self._result = self._digest.hexdigest()
        return self._result

    def close(self) -> None:
        """Let the thread finish what it was given and end; raise what it met, if anything."""
        self._finalizer()
        self._thread.join()
        if self._failure:
            raise self._failure[0]


class _Written(NamedTuple):
    """A buffer ``BackgroundDigest`` hashes without writing it."""

    data: Buffer


def _digest_until_done(
    pending: queue.Queue[Buffer | _Written | None],
    digest: Any,
    sink: Callable[[memoryview], int | None] | None,
    failure: list[BaseException],
) -> None:
    """``BackgroundDigest``'s thread: holds no reference to the object, so that it can go."""
    while (data := pending.get()) is not None:
        if failure:
            continue  # drained, so that no caller waits on a full queue
        try:
            if isinstance(data, _Written):
                digest.update(data.data)
                continue
            if sink is not None:
                view = memoryview(data)
                while view:
                    written = sink(view)
                    view = view[written if written is not None else len(view) :]
            digest.update(data)
        except BaseException as error:  # handed to the caller, who raises it
            failure.append(error)
