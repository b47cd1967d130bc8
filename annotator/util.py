"""Small helpers shared by the core modules."""

from __future__ import annotations

import gc
import hashlib
import queue
import re
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


_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _control_shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, as the annotate screen shows them: ESC is ␛
    # DEL and the C1 controls (U+0080 to U+009F, CSI among them) as JSON escapes: a JSON object
    # printed on standard output holds them raw in its strings, and stays valid JSON so.
    return f"\\u{code:04x}"


UTF8_BOM = b"\xef\xbb\xbf"
"""The byte-order mark some Windows editors put at the start of a UTF-8 file: JSON parsers
refuse it, so the readers of JSONL files pass over it on the first line."""


def json_line_error(raw: bytes, error: ValueError) -> str:
    """What is wrong with the line ``raw``, which ``error`` says is not JSON, in a few words: a
    byte that is not UTF-8 is named with its column (the JSON parser calls it a surrogate at
    column 1), anything else in the parser's own words."""
    nul = raw.find(b"\x00")
    if nul >= 0:  # a binary file: converting it from Latin-1 would not help
        return f"binary data (a NUL byte at column {nul + 1}), not a line of text"
    return not_utf8(raw) or f"not valid JSON ({error})"


def not_utf8(line: bytes) -> str | None:
    """None if ``line`` is UTF-8, else where it is not, in a few words: ``not UTF-8 (byte 0xe9
    at column 4)``, with the way to convert it."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as bad:
        return (
            f"not UTF-8 (byte 0x{line[bad.start]:02x} at column {bad.start + 1}); convert it, "
            "e.g. iconv -f latin1 -t utf-8"
        )
    return None


def terminal_safe(text: str) -> str:
    """``text`` with every control character a terminal would act on shown instead (ESC as ␛,
    a C1 control as ``\\u009b``), but the newline and the tab: a file name or a document's
    words in a message must not turn the terminal red, make a link, or move the cursor."""
    if text.isprintable():  # the common case, in C: nothing to replace
        return text
    return _TERMINAL_CONTROLS.sub(_control_shown, text)


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
