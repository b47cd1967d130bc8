"""Check annotation files against their corpus and report every problem as file:line.

Finds unreadable documents of the corpus (a broken JSONL line, a file not UTF-8), unreadable
lines, invalid records, quotes of documents missing from the corpus, spans that do not match the
text, and quotes of documents whose text changed (re-anchorable or stale).
Exits 1 when anything is wrong. ``--reanchor`` writes the re-anchored versions. Gold records of
groups a review has only partly decided are counted in the summary line ("still open in
review"): work in progress, not a problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.anchoring import Anchor, anchor_quote
from annotator.cli import counted, open_corpus_leaving_out_bad
from annotator.errors import CorpusError, Problem, UserError
from annotator.records import check_spans_against, open_in_review
from annotator.store import AnnotationStore, AnnotatorFile

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


def validate_file(folded: AnnotatorFile, corpus, reanchor: bool = False) -> list[Problem]:
    """Every problem in one annotator file, checked against ``corpus``."""
    problems: list[Problem] = []
    for doc_id in folded.doc_ids():
        quotes = folded.quotes(doc_id)
        if not quotes:
            continue
        if doc_id not in corpus:
            for quote in quotes:
                problems.append(
                    Problem(
                        folded.path,
                        folded.line_of(quote.id),
                        f"document {doc_id!r} is not in the corpus {corpus.location}",
                    )
                )
            continue
        try:
            document = corpus.get(doc_id)
        except CorpusError:
            problems.append(
                Problem(
                    folded.path,
                    folded.line_of(quotes[0].id),
                    f"document {doc_id!r} cannot be read ({corpus.where(doc_id)}): "
                    f"its {counted(len(quotes), 'quote')} not checked",
                )
            )
            continue
        for quote in quotes:
            line = folded.line_of(quote.id)
            if quote.annotator != folded.annotator:
                # A line of another annotator's file (files joined by hand): counted as this
                # annotator's by agreement and stats, exported under the other's name.
                problems.append(
                    Problem(
                        folded.path,
                        line,
                        f"quote {quote.id!r} is labelled by {quote.annotator!r}, not "
                        f"{folded.annotator!r}: a line of another annotator's file?",
                    )
                )
            placed = anchor_quote(quote, document)
            if placed.anchor is Anchor.STALE:
                problems.append(
                    Problem(
                        folded.path,
                        line,
                        f"quote {quote.id!r} in {doc_id!r} is stale: the "
                        f"document changed and {placed.reason}",
                    )
                )
                continue
            if placed.anchor is Anchor.REANCHORED:
                if reanchor:
                    folded.save(placed.quote)
                else:
                    moved = placed.quote
                    if (moved.start, moved.end) == (quote.start, quote.end):
                        # Edited elsewhere: "it can move 55->55" read as a slip.
                        change = f"its words still stand at {quote.start}–{quote.end}"
                    else:
                        change = f"it can move {quote.start}->{moved.start}"
                    problems.append(
                        Problem(
                            folded.path,
                            line,
                            f"quote {quote.id!r} in {doc_id!r}: the document changed; "
                            f"{change} (run with --reanchor)",
                        )
                    )
                continue
            try:
                check_spans_against(quote, document.text)
            except ValueError as error:
                problems.append(Problem(folded.path, line, f"quote {quote.id!r}: {error}"))
    return folded.problems + problems


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
