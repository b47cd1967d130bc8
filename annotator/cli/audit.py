"""Find the same quote reported by several documents: reworded, misattributed, or via other sources.

Quotes come from the store (accepted labels of the named annotators; by default every annotator,
the gold file first), from a quotes-JSONL file (--quotes: detect output, seeds/gold.jsonl) or,
for an unlabeled corpus, from the detector. With none of --from-store, --quotes and --detect, the
store is used when it holds labels for the corpus; stderr says which. Quotes are clustered by
the runs of two and three words they share (containment of the shorter in the longer, at least
--min-similarity); a version sharing too few of them joins a statement as a loose match only
with evidence (same speaker, shared names, numbers or rare words, another document). Each
cluster lists every report with its document's outlet and date, how its wording differs from
the most common one, and the flags misattributed, reworded, numbers differ, source differs,
person or organisation (and trimmed, paraphrased, loose match). Misattributions are printed first;
--json prints one object, clusters by size; --jsonl one cluster a line, in the same order.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from contextlib import ExitStack
from pathlib import Path

import orjson

from annotator.audit import (
    DEFAULT_MIN_DOCUMENTS,
    DEFAULT_MIN_LOOSE_SIMILARITY,
    DEFAULT_MIN_SCORE,
    DEFAULT_MIN_SIMILARITY,
    FLAGS,
    Gathered,
    audit,
    gather_from_detector,
    gather_from_quotes_file,
    gather_from_store,
    render_report,
)
from annotator.cli import (
    at_least,
    fraction,
    open_corpus_leaving_out_bad,
    score,
    warn_left_out,
    whole_number,
)
from annotator.corpus import Corpus
from annotator.errors import UserError
from annotator.store import AnnotationStore, AnnotatorFile
from annotator.util import counted

ANNOTATOR_HELP = (
    "one more annotator whose accepted labels to audit, as if named"
    " (default: every annotator, gold first)"
)
"""The ``--annotator`` help text: what this command does with the name."""

GOLD = "gold"
"""The adjudicated file's annotator name: listed first, so its label stands for a span."""

MAX_WARNINGS = 20
"""Warnings printed one by one before the rest are counted."""


def flag_name(text: str) -> str:
    """A flag as typed: ``source-differs`` and ``source_differs`` are ``source differs``."""
    name = text.replace("-", " ").replace("_", " ").strip().lower()
    if name not in FLAGS:
        # Named as they are typed: argparse's own list would quote 'source differs' with a space.
        typed = ", ".join(flag.replace(" ", "-") for flag in FLAGS)
        raise argparse.ArgumentTypeError(f"no flag {text!r}: choose from {typed}")
    return name


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The corpus, annotators, where quotes come from, thresholds and ``--json``."""
    parser.add_argument("corpus", type=Path, metavar="CORPUS", help="folder, text file or JSONL")
    parser.add_argument(
        "annotators",
        nargs="*",
        default=[],  # else argparse names ANNOTATOR as required when CORPUS is missing
        metavar="ANNOTATOR",
        help="whose accepted labels to audit, as --annotator NAME also names one (default: "
        "every annotator, gold first)",
    )
    origin = parser.add_mutually_exclusive_group()
    origin.add_argument(
        "--from-store", action="store_true", help="audit labeled quotes only (error if none)"
    )
    origin.add_argument(
        "--detect", action="store_true", help="audit the detector's candidates, not labels"
    )
    origin.add_argument(
        "--quotes",
        type=Path,
        metavar="FILE",
        help='audit the quotes of a quotes-JSONL file ({"id", "quotes"} lines: detect output, '
        "a gold file such as seeds/gold.jsonl; default, with none of --from-store, --detect "
        "and --quotes: the store's labels if it has some for the corpus, else the detector)",
    )
    parser.add_argument(
        "--min-similarity",
        type=fraction,
        default=DEFAULT_MIN_SIMILARITY,
        metavar="X",
        help="share of the shorter quote's word pairs and triples found in the other "
        f"(default: {DEFAULT_MIN_SIMILARITY})",
    )
    loose = parser.add_mutually_exclusive_group()
    loose.add_argument(
        "--min-loose-similarity",
        type=fraction,
        default=DEFAULT_MIN_LOOSE_SIMILARITY,
        metavar="X",
        help="a version no statement took joins one as a loose match (same speaker, shared "
        "names, numbers or rare words) when it shares X of the shorter quote's content words "
        f"(default: {DEFAULT_MIN_LOOSE_SIMILARITY})",
    )
    loose.add_argument(
        "--no-loose-matches",
        action="store_true",
        help="group quotes by their runs of words only: no loose matches",
    )
    parser.add_argument(
        "--min-documents",
        type=at_least(1),
        default=DEFAULT_MIN_DOCUMENTS,
        metavar="N",
        help=f"report statements found in N documents or more (default: {DEFAULT_MIN_DOCUMENTS})",
    )
    parser.add_argument(
        "--min-score",
        type=score,
        default=None,
        metavar="S",
        help="with --detect or --quotes, leave out quotes scored below S "
        f"(default: {DEFAULT_MIN_SCORE})",
    )
    parser.add_argument(
        "--jobs",
        type=whole_number,
        default=None,
        metavar="N",
        help="with detection, spread documents over N processes (default 1; 0: one per CPU)",
    )
    parser.add_argument(
        "--flag",
        action="append",
        default=[],
        type=flag_name,
        metavar="FLAG",
        help="show only statements with this flag: misattributed, reworded, numbers-differ, "
        "source-differs, person-or-organisation, trimmed, paraphrased, loose-match "
        "(repeatable: all must hold; default: every statement)",
    )
    parser.add_argument(
        "--speaker",
        metavar="NAME",
        help="show only statements some report gives to NAME (variants and surname match; "
        "default: any speaker)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument(
        "--jsonl",
        action="store_true",
        help="print one JSON object per statement, one a line (as --json lists them)",
    )


def choose_annotators(store: AnnotationStore, named: list[str]) -> list[str]:
    """The annotators named (each must have a file), else every one in the store, gold first."""
    if named:
        names = list(dict.fromkeys(named))
        for name in names:
            path = store.path_for(name)
            if not path.exists():
                found = ", ".join(store.annotators()) or "none"
                raise UserError(f"{path}: no annotation file for {name!r} (files found: {found})")
        return names
    names = store.annotators()
    return sorted(names, key=lambda name: (name != GOLD, name))


def _labels_cover(files: list[AnnotatorFile], corpus: Corpus) -> bool:
    return any(doc_id in corpus for folded in files for doc_id in folded.doc_ids())


def gather(args: argparse.Namespace, corpus: Corpus) -> tuple[Gathered, str, list[str]]:
    """Quotes to audit, where they came from (``store``, ``file``, ``detector``), the annotators."""
    # Here, not at the top: loading the detector takes half a second every command would pay.
    from annotator.detect.batch import Progress

    # Given, these say how to score and detect quotes: refused where none is, warned of where
    # the store's labels turn out to be audited instead, never ignored without a word.
    detection_options = [
        option
        for option, value in (("--min-score", args.min_score), ("--jobs", args.jobs))
        if value is not None and not (args.quotes is not None and option == "--min-score")
    ]
    if args.min_score is None:
        args.min_score = DEFAULT_MIN_SCORE
    if args.jobs is None:
        args.jobs = 1
    if detection_options and (args.from_store or args.quotes is not None):
        with_what = "--from-store" if args.from_store else "--quotes"
        raise UserError(
            f"{' and '.join(detection_options)}: not with {with_what}, which runs no detection"
        )
    store = AnnotationStore(args.store)
    if getattr(args, "annotator_given", False):
        args.annotators = [args.annotator, *args.annotators]
    if args.quotes is not None:
        if args.annotators:
            raise UserError(
                f"--quotes reads {args.quotes}; drop the annotators ({', '.join(args.annotators)})"
            )
        gathered = gather_from_quotes_file(corpus, args.quotes, min_score=args.min_score)
        print(
            f"audit: quotes from {args.quotes}: {counted(len(gathered.occurrences), 'quote')} "
            f"in {counted(gathered.documents, 'document')}",
            file=sys.stderr,
        )
        return gathered, "file", []
    if args.detect:
        if args.annotators:
            raise UserError(
                f"--detect audits the detector's candidates; drop the annotators "
                f"({', '.join(args.annotators)}) or use --from-store"
            )
    else:
        names = choose_annotators(store, args.annotators)
        if args.from_store and not names:
            raise UserError(f"{store.root}: no annotation files to audit (use --detect)")
        with ExitStack() as stack:
            files = [stack.enter_context(store.open(name)) for name in names]
            if args.from_store or args.annotators or _labels_cover(files, corpus):
                if detection_options:
                    print(
                        f"warning: {' and '.join(detection_options)} left unused: the store's "
                        "labels are audited (--detect audits the detector's candidates)",
                        file=sys.stderr,
                    )
                gathered = gather_from_store(corpus, files)
                print(
                    f"audit: quotes from the store {store.root}/ "
                    f"({', '.join(names)}): {counted(len(gathered.occurrences), 'accepted quote')} "
                    f"in {counted(gathered.documents, 'document')}",
                    file=sys.stderr,
                )
                return gathered, "store", names
        print(f"audit: no labels in {store.root}/ for this corpus", file=sys.stderr)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    progress = Progress(len(corpus))
    try:
        gathered = gather_from_detector(
            corpus, min_score=args.min_score, jobs=jobs, progress=progress.advance
        )
    finally:
        progress.close()
    print(
        f"audit: quotes from the detector (score {args.min_score} or more): "
        f"{counted(len(gathered.occurrences), 'candidate')} in "
        f"{counted(gathered.documents, 'document')}",
        file=sys.stderr,
    )
    return gathered, "detector", []


def run(args: argparse.Namespace) -> int:
    """Gather quotes, cluster them and print the report."""
    corpus = open_corpus_leaving_out_bad(args.corpus)
    warn_left_out(corpus)  # lines with no id to read; unreadable documents come below
    gathered, origin, names = gather(args, corpus)
    for warning in gathered.warnings[:MAX_WARNINGS]:
        print(f"warning: {warning}", file=sys.stderr)
    if len(gathered.warnings) > MAX_WARNINGS:
        print(
            f"warning: and {len(gathered.warnings) - MAX_WARNINGS} more like these",
            file=sys.stderr,
        )
    report = audit(
        gathered.occurrences,
        min_similarity=args.min_similarity,
        min_documents=args.min_documents,
        min_loose_similarity=None if args.no_loose_matches else args.min_loose_similarity,
        evidence=gathered.evidence,
    )
    if args.flag or args.speaker is not None:
        try:
            report = report.filtered(args.flag, args.speaker)
        except ValueError as error:
            raise UserError(f"--speaker: {error}") from None
    if args.json:
        data = {
            "corpus": str(args.corpus),
            "quotes_from": origin,
            "annotators": names,
            "documents": len(corpus),
            "documents_with_quotes": gathered.documents,
            **report.to_json(),
        }
        sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    elif args.jsonl:
        # One statement a line, for jq and for reading a large report a line at a time.
        for cluster in report.clusters:
            sys.stdout.write(orjson.dumps(cluster.to_json()).decode())
            sys.stdout.write("\n")
    else:
        width = max(60, min(shutil.get_terminal_size((80, 24)).columns, 120))
        sys.stdout.write(render_report(report, width=width))
    return 0
