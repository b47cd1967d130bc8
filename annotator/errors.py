"""Errors meant for the person at the keyboard: one line, naming the file and line at fault."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class UserError(Exception):
    """Bad input or a refused operation. The CLI prints the message alone, with no traceback."""


class CorpusError(UserError):
    """A corpus file cannot be read as documents."""


class StoreError(UserError):
    """An annotation file cannot be read or written as asked."""


class StoreLockedError(StoreError):
    """Another process holds the annotator's file for writing."""


@dataclass(frozen=True)
class Problem:
    """Something wrong at a place in a file, reported without stopping the work."""

    path: Path
    """The file."""
    line: int | None
    """1-based line number, or None when the problem is about the whole file."""
    message: str
    """What is wrong, in one line."""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else f"{self.path}"
        return f"{where}: {self.message}"


@contextmanager
def noting_skipped(problems: Sequence[Problem]) -> Iterator[None]:
    """Add ``problems`` (lines skipped so far; the list may grow inside) to a ``UserError`` or
    ``OSError`` raised inside, as notes ``warning: file:line: ...``: whoever sees the work fail
    still sees which lines it skipped, as a success would have told (the CLI prints the notes
    before the error)."""
    try:
        yield
    except (UserError, OSError) as error:
        for problem in problems:
            error.add_note(f"warning: {problem}")
        raise
