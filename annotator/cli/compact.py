"""Rewrite annotation files to one line per live record, atomically.

Refused while an annotator has the file open. Unreadable lines are moved to <file>.broken, not
thrown away. Undo history is not kept.
"""

from __future__ import annotations

import argparse

from annotator.errors import UserError
from annotator.store import AnnotationStore, compact

ANNOTATOR_HELP = "whose annotation file to compact (default: your login name; --all: every one)"
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--all`` annotators."""
    parser.add_argument(
        "--all", action="store_true", help="compact every annotator's file in the store"
    )


def run(args: argparse.Namespace) -> int:
    """Compact the annotator's file (or all files) and report the line counts."""
    store = AnnotationStore(args.store)
    if args.all and args.annotator_given:
        raise UserError(
            f"--all and --annotator {args.annotator}: name one annotator or all of them"
        )
    names = store.annotators() if args.all else [args.annotator]
    if not names:
        raise UserError(f"{store.root}: no annotation files")
    for name in names:
        path = store.path_for(name)
        if not path.exists():
            raise UserError(f"{path}: no such annotation file")
        before, after, broken = compact(path, name)
        print(f"{path}: {before} lines -> {after}")
        if broken is not None:
            print(f"{path}: unreadable lines moved to {broken}")
    return 0
