"""The small shared helpers."""

from __future__ import annotations

import gc
import weakref

from annotator.util import paused_gc


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
