"""Settle disagreements between annotators into a gold annotation file, in a terminal UI.

Quotes every annotator labelled alike are merged into the gold file at once (--no-auto-merge
turns that off); the UI then walks through each disagreement, document by document. Every
decision is saved as it is made, and a later run resumes at the first one left open.
Arguments: an optional CORPUS (a folder or file; default seeds/ if it exists) for the document
texts, then the annotators to review (default: every one in the store but the gold file, other
reviews' outputs and anyone who finished no document). --include-unfinished takes an annotator's
labels in documents they have not finished as well (a detector's output imported as one).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from annotator.adjudication import DEFAULT_GOLD, refuse_annotators_own_file
from annotator.agreement.align import DEFAULT_THRESHOLD
from annotator.cli import fraction, open_corpus_leaving_out_bad, warn_left_out
from annotator.corpus import JSONL_SUFFIXES, TEXT_SUFFIXES, Corpus
from annotator.errors import UserError
from annotator.store import AnnotationStore, check_annotator_name

ANNOTATOR_HELP = "the reviewer, recorded in each decided gold record (default: your login name)"
"""The ``--annotator`` help text: what this command does with the name."""

DEFAULT_CORPUS = Path("seeds")
"""The corpus used when none is given, if it exists."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Corpus and annotators, ``--out``, ``--threshold``, ``--no-auto-merge``,
    ``--include-unfinished``."""
    parser.add_argument(
        "names",
        nargs="*",
        metavar="[CORPUS] ANNOTATOR",
        help="the corpus (an existing folder or file, first) and the annotators to review",
    )
    parser.add_argument(
        "--out",
        default=DEFAULT_GOLD,
        metavar="NAME",
        help=f"annotator name of the gold file (default: {DEFAULT_GOLD})",
    )
    parser.add_argument(
        "--threshold",
        type=fraction,
        default=DEFAULT_THRESHOLD,
        help=f"smallest overlap of one quote, as for agreement (default: {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--no-auto-merge",
        dest="auto_merge",
        action="store_false",
        help="do not write unanimous quotes to the gold file; review only disagreements",
    )
    parser.add_argument(
        "--include-unfinished",
        action="store_true",
        help="review each annotator's labels in documents they have not finished too "
        "(default: only in those they finished, as for agreement)",
    )


def split_names(
    names: list[str], store: AnnotationStore, out: str, include_unfinished: bool = False
) -> tuple[Corpus | None, list[str]]:
    """The corpus (first name, if it is an existing path that is no annotator) and annotators."""
    known = set(store.annotators())
    corpus_path: Path | None = None
    if names and names[0] not in known and Path(names[0]).exists():
        corpus_path = Path(names[0])
        names = names[1:]
    elif names and names[0] not in known and _looks_like_a_path(names[0]):
        # A corpus path that is not there: called an annotator name, it would be refused as
        # one that "cannot name a file", which sends the user looking in the wrong place.
        raise UserError(f"{names[0]}: no such file or folder (the corpus)")
    elif DEFAULT_CORPUS.exists():
        corpus_path = DEFAULT_CORPUS
    annotators = list(dict.fromkeys(names)) or default_annotators(store, out, include_unfinished)
    for name in annotators:
        if name not in known and Path(name).exists():
            raise UserError(f"{name}: the corpus comes first: review CORPUS ANNOTATOR ...")
        check_annotator_name(name)
        if name not in known:
            raise UserError(f"{store.path_for(name)}: no annotation file for {name!r}")
    if len(annotators) < 2:
        found = ", ".join(sorted(known)) or "none"
        raise UserError(f"{store.root}: review needs two annotators or more (files found: {found})")
    if len(annotators) > 9:
        raise UserError("review takes at most 9 annotators (keys 1-9); name the ones to review")
    corpus = open_corpus_leaving_out_bad(corpus_path) if corpus_path is not None else None
    return corpus, annotators


def _looks_like_a_path(name: str) -> bool:
    """Whether ``name``, which the store does not know, is meant as a path: it has a folder in
    it (no annotator name can), or a corpus file's ending (an annotator name may end in
    ``.txt`` or ``.md``, but one the store does not hold is far likelier a mistyped corpus)."""
    return "/" in name or os.sep in name or name.endswith((*TEXT_SUFFIXES, *JSONL_SUFFIXES))


def default_annotators(
    store: AnnotationStore, out: str, include_unfinished: bool = False
) -> list[str]:
    """Whom a review with no annotator named reviews: every file in the store but the gold
    file (``--out``, and ``gold`` as for ``agreement``), another review's output (its records
    carry ``meta.adjudication``), and, as ``agreement`` does, anyone who finished no document
    (who opened annotate once), when two others remain; stderr names who was left out. With
    ``include_unfinished``, anyone with a label counts as having done something.

    Every file but ``--out`` was taken: the gold file of an earlier review, and someone who had
    finished nothing, each took a key and a column, and ten files refused the review.
    """
    reviews: list[str] = []
    idle: list[str] = []
    kept: list[str] = []
    for name in sorted(store.annotators()):
        if name in (out, DEFAULT_GOLD):
            continue
        with store.open(name) as folded:
            # A review writes every record with it: the first record that can be read tells,
            # and documents are read only until one yields it (the fold reads no record whole).
            # A record that cannot be read (a hand edit) is passed over, not taken as an answer.
            sample = next(filter(None, map(folded.quotes, folded.doc_ids())), [])
            if any("adjudication" in quote.meta for quote in sample):
                reviews.append(name)
            elif not folded.finished_doc_ids() and not (
                include_unfinished and folded.unfinished_doc_ids()
            ):
                idle.append(name)
            else:
                kept.append(name)
    if len(kept) < 2:
        kept = sorted([*kept, *idle])  # named, they are reviewed all the same
        idle = []
    if reviews:
        print(f"left out, the output of another review: {', '.join(reviews)}", file=sys.stderr)
    if idle:
        print(f"left out, finished no document: {', '.join(idle)}", file=sys.stderr)
    return kept


def run(args: argparse.Namespace) -> int:
    """Open the review UI; print why when it cannot start."""
    store = AnnotationStore(args.store)
    check_annotator_name(args.out)
    corpus, annotators = split_names(args.names, store, args.out, args.include_unfinished)
    if args.out in annotators:
        raise UserError(f"{store.path_for(args.out)}: the gold file cannot also be reviewed")
    refuse_annotators_own_file(store, args.out)
    # Else the screen draws, then the gold file fails to open and the error replaces it.
    store.refuse_if_locked(args.out)
    store.refuse_if_unwritable(args.out)
    from annotator.tui.review import make_review_app  # noqa: PLC0415 - keep the CLI core light

    app = make_review_app(
        store,
        annotators,
        args.out,
        corpus,
        threshold=args.threshold,
        auto_merge=args.auto_merge,
        reviewer=args.annotator,
        include_unfinished=args.include_unfinished,
    )
    app.run()
    warn_left_out(corpus)  # here: the screen would have covered it
    if app.failure:
        raise UserError(app.failure)
    summary = app.review_screen.summary()
    if summary:
        print(summary)  # what is left, once the screen is gone
    return 0
