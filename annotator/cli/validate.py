"""Check annotation files against their corpus and report every problem as file:line.

Finds unreadable documents of the corpus (a broken JSONL line, a file not UTF-8), unreadable
lines, invalid records, quotes of documents missing from the corpus, spans that do not match the
text, stored detector suggestions that run past the end of the text (a records-jsonl export
skips them), and quotes of documents whose text changed (re-anchorable or stale).
Exits 1 when anything is wrong. ``--reanchor`` writes the re-anchored versions. Gold records of
groups a review has only partly decided are counted in the summary line ("still open in
review"): work in progress, not a problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import counted, open_corpus_leaving_out_bad
from annotator.errors import UserError
from annotator.records import open_in_review
from annotator.store import AnnotationStore
from annotator.validation import validate_file

ANNOTATOR_HELP = "whose annotation file to check (default: your login name; --all: every one)"
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Corpus, ``--all``, ``--reanchor``."""
    parser.add_argument("corpus", type=Path, help="the corpus the annotations refer to")
    parser.add_argument(
        "--all", action="store_true", help="check every annotator's file (default: --annotator's)"
    )
    parser.add_argument(
        "--reanchor",
        action="store_true",
        help="save quotes of changed documents at their new offsets where that is unambiguous",
    )


def run(args: argparse.Namespace) -> int:
    """Validate and print the problems; exit 1 when there are any."""
    if args.all and args.annotator_given:
        raise UserError(
            f"--all and --annotator {args.annotator}: name one annotator or all of them"
        )
    corpus = open_corpus_leaving_out_bad(args.corpus)
    store = AnnotationStore(args.store)
    names = store.annotators() if args.all else [args.annotator]
    if not names:
        raise UserError(f"{store.root}: no annotation files")
    for _ in corpus.documents(corpus.ids):  # each read once, to find the unreadable ones
        pass
    for problem in corpus.problems:
        print(problem)
    total = len(corpus.problems)
    for name in names:
        path = store.path_for(name)
        if not path.exists():
            raise UserError(f"{path}: no such annotation file")
        with store.open(name, writable=args.reanchor) as folded:
            problems = validate_file(folded, corpus, reanchor=args.reanchor)
            for problem in problems:
                print(problem)
            total += len(problems)
            still_open = sum(open_in_review(quote.meta) for quote in folded.quotes())
            pending = f", {still_open} still open in review" if still_open else ""
            print(
                f"{path}: {counted(len(folded), 'quote')}, "
                f"{counted(len(problems), 'problem')}{pending}"
            )
    return 1 if total else 0
