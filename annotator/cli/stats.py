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
from collections import Counter
from pathlib import Path

import orjson

from annotator.cli import open_corpus_leaving_out_bad, warn_left_out
from annotator.errors import UserError
from annotator.records import Status, open_in_review
from annotator.store import AnnotationStore
from annotator.util import are, counted

ANNOTATOR_HELP = "count only this annotator's labels (default: every annotator's)"
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Optional corpus and ``--json``."""
    parser.add_argument("corpus", nargs="?", type=Path, help="corpus to count documents of")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _annotators_to_count(store: AnnotationStore, args: argparse.Namespace) -> list[str]:
    """Every annotator in the store, or the one ``--annotator`` names (whose file must exist:
    counting nothing would read as an annotator who labelled nothing)."""
    if not args.annotator_given:
        return store.annotators()
    path = store.path_for(args.annotator)
    if not path.exists():
        found = ", ".join(store.annotators()) or "none"
        raise UserError(f"{path}: no annotation file for {args.annotator!r} (files found: {found})")
    return [args.annotator]


def run(args: argparse.Namespace) -> int:
    """Print the counts."""
    store = AnnotationStore(args.store)
    corpus = open_corpus_leaving_out_bad(args.corpus) if args.corpus else None
    # Each text is read, as export and validate read them, so an unreadable one is named and
    # left out rather than counted: 10,000 small files take about 0.1 s more.
    readable: set[str] | None = None
    unreadable: set[str] = set()
    if corpus is not None:
        readable = {document.id for document in corpus.documents(corpus.ids)}
        unreadable = set(corpus.ids) - readable
    warn_left_out(corpus)
    per_annotator: dict[str, Counter[str]] = {}
    annotated: set[str] = set()
    elsewhere: set[str] = set()
    for name in _annotators_to_count(store, args):
        with store.open(name) as folded:
            counts: Counter[str] = Counter()
            for quote in folded:
                if quote.doc_id in unreadable:  # left out with its document, as export does
                    continue
                if corpus is not None and quote.doc_id not in corpus:
                    elsewhere.add(quote.doc_id)
                    continue
                if open_in_review(quote.meta):  # a review's group not decided yet: not gold
                    counts["open"] += 1
                    continue
                counts[quote.status.value] += 1
                if quote.status is Status.ACCEPTED:  # a rejected candidate is of no type
                    counts[f"type:{quote.type.value}"] += 1
                annotated.add(quote.doc_id)
            for key, doc_ids in (
                ("finished", folded.finished_doc_ids()),
                ("unfinished", folded.unfinished_doc_ids()),
            ):
                counts[key] = sum(readable is None or doc_id in readable for doc_id in doc_ids)
            per_annotator[name] = counts
            # After the reading: a record is checked when it is read, not when the file is
            # folded, so only now does the list hold every line skipped.
            for problem in folded.problems:
                print(f"warning: {problem}", file=sys.stderr)
            if counts["open"]:
                groups = "group" if counts["open"] == 1 else "groups"
                print(
                    f"warning: {folded.path}: left out {counts['open']} {groups} still open in "
                    "review (not decided yet)",
                    file=sys.stderr,
                )
    if elsewhere:
        # Counted, they would make more documents annotated than the corpus has.
        print(
            f"warning: {counted(len(elsewhere), 'annotated document')} {are(len(elsewhere))} not in"
            f" {args.corpus}; "
            "their quotes are not counted",
            file=sys.stderr,
        )
    documents = len(readable) if readable is not None else None
    figures = {
        "documents": documents,
        "annotated_documents": len(annotated),
        "annotators": {
            name: {
                "accepted": counts[Status.ACCEPTED.value],
                "rejected": counts[Status.REJECTED.value],
                "direct": counts["type:direct"],
                "indirect": counts["type:indirect"],
                "mixed": counts["type:mixed"],
                "open_in_review": counts["open"],
                "finished": counts["finished"],
                "unfinished": counts["unfinished"],
            }
            for name, counts in per_annotator.items()
        },
    }
    if args.json:
        print(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode())
        return 0
    if documents is not None:
        print(f"documents            {documents}")
    print(f"annotated documents  {len(annotated)}")
    if not per_annotator:
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
