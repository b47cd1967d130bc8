"""Small helpers shared by the core modules."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
