"""Measure how far annotators agree: spans, speakers, sources, types, confidence.

Quotes of different annotators on a document are aligned one-to-one (exact span first, then the
best overlap of shared over covered characters above --threshold); every figure rests on that
alignment. An annotator is compared only on the documents they finished (marked finished in
annotate, or labelled and never marked): a line says how many were left out as unfinished.
--include-unfinished compares them on the documents they have labels in as well, finished or
not (for a detector's output imported as an annotator, which marks its documents not finished).
Prints a table, or one JSON object with --json. --annotator NAME names one annotator, beside any
named as arguments. With no annotator named, every annotator in the store is compared except the
gold file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from annotator.agreement import DEFAULT_THRESHOLD, align_corpus, compute_report, render_table
from annotator.agreement.quotes import QuoteLabels, load_labels_and_marks
from annotator.cli import fraction, whole_number
from annotator.errors import UserError
from annotator.store import AnnotationStore

ANNOTATOR_HELP = (
    "one more annotator to compare, as if named (default: every annotator but the gold)"
)
"""The ``--annotator`` help text: what this command does with the name."""

GOLD = "gold"
"""The adjudicated file's default annotator name, left out unless named."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Annotators, ``--json``, ``--threshold``, ``--documents``, ``--exclude``,
    ``--include-unfinished``."""
    parser.add_argument(
        "annotators",
        nargs="*",
        metavar="ANNOTATOR",
        help="annotators to compare, as --annotator NAME also names one (default: every "
        f"annotator but those --exclude leaves out: the {GOLD} file)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--threshold",
        type=fraction,
        default=DEFAULT_THRESHOLD,
        help=f"smallest overlap (shared / covered characters) of one quote (default: "
        f"{DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--documents",
        type=whole_number,
        default=10,
        metavar="N",
        help="list the N documents with the lowest agreement in the table (default: 10)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=None,
        metavar="NAME",
        help=f"annotator left out when none are named (default: {GOLD}); repeatable",
    )
    parser.add_argument(
        "--include-unfinished",
        action="store_true",
        help="compare each annotator on the documents they have labels in, finished or not "
        "(default: only on those they finished)",
    )


def choose_annotators(
    store: AnnotationStore, named: list[str], exclude: list[str] | None
) -> list[str]:
    """The annotators to compare: those named, else all in the store but the excluded ones."""
    if named and exclude:
        # --exclude only thins the default of every annotator: taken beside names, it would be
        # ignored, or contradict them.
        raise UserError(
            f"--exclude {' --exclude '.join(exclude)}: annotators are named "
            f"({', '.join(named)}); name only the ones to compare"
        )
    if named:
        names = list(dict.fromkeys(named))
        if len(names) < len(named):
            twice = next(name for name in names if named.count(name) > 1)
            raise UserError(f"{twice!r} is named twice: agreement compares different annotators")
        known = store.annotators()
        for name in names:
            if name not in known and Path(name).exists():
                # Every other command that reads the store takes a corpus first.
                found = ", ".join(known) or "none"
                raise UserError(
                    f"{name}: agreement compares annotation files and takes no corpus; name "
                    f"annotators or none (files found: {found})"
                )
            path = store.path_for(name)
            if not path.exists():
                raise UserError(f"{path}: no annotation file for {name!r}")
    else:
        left_out = set(exclude or [GOLD])
        names = [name for name in store.annotators() if name not in left_out]
    if len(names) < 2:
        found = ", ".join(store.annotators()) or "none"
        raise UserError(
            f"{store.root}: agreement needs two annotators or more (files found: {found})"
        )
    return names


def load_quotes(
    store: AnnotationStore, names: list[str]
) -> tuple[dict[str, list[QuoteLabels]], dict[str, dict[str, bool]]]:
    """Every live quote of each annotator, and their finished marks; unreadable lines are
    reported on stderr as file:line.

    Read in bulk as light records (no model per quote): see :mod:`annotator.agreement.quotes`.
    """
    quotes, marks, problems = load_labels_and_marks(store, names)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    return quotes, marks


def finished_any(
    quotes: dict[str, list[QuoteLabels]],
    marks: dict[str, dict[str, bool]],
    name: str,
    include_unfinished: bool = False,
) -> bool:
    """Whether ``name`` counts as having finished at least one document (the rule of
    ``records.counts_as_finished``: a mark saying so, or labels and no mark); with
    ``include_unfinished``, any label counts."""
    if include_unfinished and quotes.get(name):
        return True
    marked = marks.get(name, {})
    return any(marked.values()) or any(
        marked.get(quote.doc_id) is None for quote in quotes.get(name, ())
    )


def run(args: argparse.Namespace) -> int:
    """Compute and print the agreement figures."""
    store = AnnotationStore(args.store)
    named = [args.annotator, *args.annotators] if args.annotator_given else args.annotators
    names = choose_annotators(store, named, args.exclude)
    quotes, marks = load_quotes(store, names)
    if not named:
        # Every file in the store: someone who opened annotate and finished no document would
        # only add pairs with no figure in them.
        idle = [
            name for name in names if not finished_any(quotes, marks, name, args.include_unfinished)
        ]
        if idle and len(names) - len(idle) >= 2:
            names = [name for name in names if name not in idle]
            print(f"left out, finished no document: {', '.join(idle)}", file=sys.stderr)
    alignments = align_corpus(
        quotes, names, args.threshold, marks=marks, include_unfinished=args.include_unfinished
    )
    report = compute_report(alignments, names, args.threshold, args.include_unfinished)
    if args.json:
        sys.stdout.write(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    else:
        print(render_table(report, worst_documents=args.documents))
    return 0
