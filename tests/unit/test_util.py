"""The small shared helpers."""

from __future__ import annotations

import gc
import hashlib
import weakref

import pytest

from annotator.util import BackgroundDigest, paused_gc


class _Node:
    """Something that can take part in a reference cycle and be watched with a weakref."""

    def __init__(self) -> None:
        self.other: object = self


def test_paused_gc_holds_the_collector_and_freezes_nothing_for_good():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        node = _Node()  # a cycle built while the collector is held
    watched = weakref.ref(node)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    del node
    gc.collect()
    assert watched() is None  # still collectable: moved to the oldest generation, not frozen


def test_paused_gc_nested_leaves_the_collector_held_until_the_outer_exit():
    with paused_gc():
        with paused_gc():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_background_digest_hashes_and_writes_what_it_is_given_in_order(tmp_path):
    blocks = [b"first block ", bytearray(b"\x00" * 5000), memoryview(b"and the last")]
    path = tmp_path / "written"
    with path.open("wb", buffering=0) as sink:
        digest = BackgroundDigest(sink.write)
        for block in blocks:
            digest.update(block)
        assert digest.hexdigest() == hashlib.sha256(b"".join(blocks)).hexdigest()
    assert path.read_bytes() == b"".join(blocks)
    assert digest.hexdigest() == hashlib.sha256(b"".join(blocks)).hexdigest()  # kept
    with pytest.raises(ValueError, match="after hexdigest"):
        digest.update(b"more")


def test_background_digest_raises_what_writing_met():
    def full_disk(data):
        raise OSError(28, "No space left on device")

    digest = BackgroundDigest(full_disk)
    digest.update(b"x" * 10)
    with pytest.raises(OSError, match="No space left"):
        digest.hexdigest()


def test_background_digest_thread_ends_when_the_digest_is_dropped():
    digest = BackgroundDigest()
    digest.update(b"never asked for")
    thread = digest._thread
    del digest
    gc.collect()
    thread.join(timeout=5)
    assert not thread.is_alive()
