"""Count documents, annotated documents, and quotes by status and annotator.

With a corpus, only its documents are counted; an unreadable one is left out, with its labels, and
named as file:line, as are broken store lines. With --annotator NAME, only that annotator's
labels are counted (default: every annotator's). Records of groups a review left open (not gold
yet) are not counted, as ``export``, ``agreement`` and ``audit`` leave them out: a warning says how
many, and ``--json`` gives the number as ``open_in_review``. Per annotator, ``finished`` counts the
documents that count as finished for agreement and review, ``unfinished`` those with labels they
have not finished.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from annotator.cli import open_corpus_leaving_out_bad, warn_left_out
from annotator.stats import count_labels
from annotator.store import AnnotationStore

ANNOTATOR_HELP = "count only this annotator's labels (default: every annotator's)"
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Optional corpus and ``--json``."""
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        help="corpus to count documents of (default: none, only the documents with labels)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    """Print the counts (see :func:`annotator.stats.count_labels`)."""
    store = AnnotationStore(args.store)
    corpus = open_corpus_leaving_out_bad(args.corpus) if args.corpus else None
    try:
        counts = count_labels(store, [args.annotator] if args.annotator_given else None, corpus)
    finally:
        warn_left_out(corpus)  # the documents the counting found unreadable, first
    for warning in counts.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    figures = counts.to_json()
    if args.json:
        print(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode())
        return 0
    if counts.documents is not None:
        print(f"documents            {counts.documents}")
    print(f"annotated documents  {counts.annotated_documents}")
    if not counts.annotators:
        print(f"no annotations in {store.root}/")
        return 0
    # "unfinished" is what agreement and review will leave out: a lead checks it before them.
    # The columns are as narrow as their headings, so the table still fits 80 columns.
    header = f"{'annotator':<16} {'accepted':>8} {'rejected':>8} {'direct':>6} {'indirect':>8} "
    print(header + f"{'mixed':>5} {'finished':>8} {'unfinished':>10}")
    for name, row in figures["annotators"].items():
        print(
            f"{name:<16} {row['accepted']:>8} {row['rejected']:>8} {row['direct']:>6} "
            f"{row['indirect']:>8} {row['mixed']:>5} {row['finished']:>8} {row['unfinished']:>10}"
        )
    return 0
