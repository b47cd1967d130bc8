"""Import quotes from another tool's file (quotes-jsonl, prodigy, label-studio, doccano, brat).

Reads and checks the whole file first: a problem anywhere is reported as file:line and nothing is
imported, unless --skip-bad (which imports the rest and lists what it left out). Quotes go into
--annotator's file; re-importing the same file changes nothing. With a corpus, every document must
be in it with the same text; without one, the file's own text is taken as the document's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli import counted, open_corpus_leaving_out_bad, warn_left_out
from annotator.errors import UserError
from annotator.exporting import ProgressBar, import_file
from annotator.formats import FORMATS, get_format
from annotator.store import AnnotationStore

ANNOTATOR_HELP = "whose annotation file the quotes go into (default: your login name)"
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Format, file, optional corpus, ``--skip-bad``, ``--source-annotator``."""
    importable = [name for name, fmt in FORMATS.items() if fmt.reader is not None]
    parser.add_argument("format", choices=importable, metavar="FORMAT", help=", ".join(importable))
    parser.add_argument("file", type=Path, help="the file (for brat: the folder) to import")
    # The corpus comes last, as in export, stats and review; --corpus is the older spelling.
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        metavar="CORPUS",
        help="check every document against this corpus (same id, same text; default: none, the "
        "file's own text is taken)",
    )
    parser.add_argument(
        "--corpus", dest="corpus_option", type=Path, metavar="CORPUS", help="the same as CORPUS"
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="import what is valid and list what was left out (default: import nothing)",
    )
    parser.add_argument(
        "--source-annotator",
        metavar="NAME",
        help="when the file holds several annotators' labels, import only this one's (default: "
        "such a file is refused)",
    )


def run(args: argparse.Namespace) -> int:
    """Import and print what happened; exit 1 when --skip-bad left something out."""
    if args.corpus and args.corpus_option and args.corpus != args.corpus_option:
        raise UserError(f"two corpora given: {args.corpus} and --corpus {args.corpus_option}")
    location = args.corpus or args.corpus_option
    corpus = open_corpus_leaving_out_bad(location) if location else None
    warn_left_out(corpus)
    store = AnnotationStore(args.store)
    with ProgressBar("reading", 0) as bar:
        report = import_file(
            get_format(args.format),
            args.file,
            store,
            args.annotator,
            corpus=corpus,
            skip_bad=args.skip_bad,
            source_annotator=args.source_annotator,
            progress=bar.update,
        )
    for left_out in report.left_out:
        print(f"warning: {left_out}", file=sys.stderr)
    for problem in report.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    others = sum(report.skipped_annotators.values())
    read = report.imported or report.unchanged or others or report.problems
    if report.documents and not (read or report.read_without_quotes):
        # A file of another format often reads as documents without quotes: say so.
        print(
            f"warning: {args.file}: no quotes found in its {counted(report.documents, 'document')}"
            f" read as {args.format}; is it in another format? "
            f"({', '.join(name for name, fmt in FORMATS.items() if fmt.reader is not None)})",
            file=sys.stderr,
        )
    if report.unfinished:
        # Imported quotes there are left out of agreement and review without a word otherwise.
        shown = ", ".join(report.unfinished[:3]) + (", …" if len(report.unfinished) > 3 else "")
        print(
            f"warning: {store.path_for(args.annotator)}: "
            f"{counted(len(report.unfinished), 'document')} imported into "
            f"{'is' if len(report.unfinished) == 1 else 'are'} marked not finished there "
            f"({shown}): agreement, review and export leave their quotes out until "
            f"{args.annotator} marks them finished (annotate, f)",
            file=sys.stderr,
        )
    print(
        f"{store.path_for(args.annotator)}: {counted(report.imported, 'quote')} imported, "
        f"{report.unchanged} unchanged, from {counted(report.documents, 'document')} of {args.file}"
        + (f"; {counted(others, 'quote')} of other annotators left out" if others else "")
        + (
            f"; {counted(report.marked_finished, 'document')} with no quote marked finished"
            if report.marked_finished
            else ""
        )
        + (
            f"; {counted(report.marked_unfinished, 'document')} given the detector's quotes "
            f"marked not finished: they count as {args.annotator}'s once {args.annotator} "
            "has read them (annotate, f)"
            if report.marked_unfinished
            else ""
        )
        + (
            f"; {counted(len(report.read_without_quotes), 'document')} with no quote left "
            "unmarked, as the quotes are a detector's (they carry a score): finding nothing "
            "is not a person reading them"
            if report.predictions and report.read_without_quotes
            else ""
        )
        + (f"; {counted(len(report.problems), 'problem')} skipped" if report.problems else "")
    )
    return 1 if report.problems else 0
