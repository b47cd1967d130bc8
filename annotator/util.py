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
            gc.enable()
