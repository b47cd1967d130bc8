"""Export labels as a dataset: quotes-jsonl, records-jsonl, csv, prodigy, label-studio, ...

Reads the store (every annotator, some with --annotators or --annotator, or the adjudicated gold
with --gold) or a file in any importable format (--input), attaches each quote to its corpus
document, and writes ``exports/<name>/`` with a manifest.json (format, counts, annotators, split,
input hashes). FORMAT ``all`` writes every format into ``<out>/<format>/``. Offsets are Python str
offsets unless the manifest says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from annotator.cli import open_corpus_leaving_out_bad, warn_left_out
from annotator.corpus import Corpus
from annotator.errors import UserError, noting_skipped
from annotator.exporting import (
    DEFAULT_EXPORTS,
    ProgressBar,
    Selection,
    collect_from_file,
    collect_from_store,
    empty_splits_note,
    export_dataset,
    export_from_store,
    format_available,
    parse_split,
)
from annotator.formats import FORMATS, get_format
from annotator.formats.base import ExportOptions, Format, confidence_value
from annotator.store import AnnotationStore
from annotator.util import counted

ANNOTATOR_HELP = (
    "one more annotator to export, as if named in --annotators"
    " (default: every annotator but the gold)"
)
"""The ``--annotator`` help text: what this command does with the name."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Format, corpus, selection, split and output options."""
    exportable = [name for name, fmt in FORMATS.items() if fmt.writer is not None]
    parser.add_argument(
        "format",
        choices=[*exportable, "all"],
        metavar="FORMAT",
        help=f"{', '.join(exportable)}, or all (every one, spacy where it is installed)",
    )
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        help="the corpus the quotes point into (optional with --input of a text-carrying file)",
    )
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "--annotators",
        nargs="+",
        metavar="NAME",
        help="whose labels, as --annotator NAME also names one (default: every annotator but the "
        "gold)",
    )
    chosen.add_argument(
        "--gold", action="store_true", help="the adjudicated gold (the store's gold file)"
    )
    chosen.add_argument(
        "--input",
        type=Path,
        metavar="FILE",
        help="export the quotes of this file instead of the store (a conversion; default: the "
        "store)",
    )
    parser.add_argument(
        "--input-format",
        default=None,
        metavar="FORMAT",
        help="format of --input (default: quotes-jsonl)",
    )
    parser.add_argument(
        "--negatives",
        action="store_true",
        help="include rejected candidates as negative examples (default: leave them out)",
    )
    parser.add_argument(
        "--min-confidence",
        default="low",
        metavar="LEVEL",
        help="leave out quotes labeled less sure than this: low, medium, high (default: low)",
    )
    parser.add_argument(
        "--include-unfinished",
        action="store_true",
        help="also export an annotator's labels on documents they have not finished (marked "
        "not finished in annotate, or by review in the gold file); by default they are left "
        "out, as agreement leaves them out, since the quotes not reached would read as no "
        "quotes",
    )
    parser.add_argument(
        "--split",
        metavar="SHARES",
        help="split documents into train/dev/test, e.g. 80/10/10 (or train/test: 90/10; "
        "default: no split, one file)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the split (default: 0)")
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="output folder (default: exports/<name>/)"
    )
    parser.add_argument("--name", help="export name (default: the format, or 'all')")
    parser.add_argument(
        "--force", action="store_true", help="replace the output folder if it is not empty"
    )
    parser.add_argument(
        "--predictions",
        action="store_true",
        help="label-studio: write the quotes as predictions (pre-annotations to review)",
    )


def run(args: argparse.Namespace) -> int:
    """Collect, write, and print where the export went, and which documents of the corpus
    were left out, unreadable, with their quotes."""
    corpus = open_corpus_leaving_out_bad(args.corpus) if args.corpus else None
    with noting_skipped(corpus.problems if corpus is not None else []):
        code = _export(args, corpus)
    warn_left_out(corpus)
    return code


def _export(args: argparse.Namespace, corpus: Corpus | None) -> int:
    _take_annotator_option(args)
    if args.input_format is not None and args.input is None:
        raise UserError(
            f"--input-format {args.input_format}: it says what --input FILE holds, and no --input "
            "is given"
        )
    if args.predictions and args.format not in ("label-studio", "all"):
        # Taken and ignored, it would leave the user believing the quotes went out as
        # pre-annotations.
        raise UserError(
            f"--predictions is for label-studio (or all), not {args.format}: leave it out"
        )
    try:
        min_confidence = confidence_value(args.min_confidence)
    except ValueError as error:
        raise UserError(f"--min-confidence: {error}") from None
    selection = Selection(
        include_rejected=args.negatives,
        min_confidence=min_confidence,
        include_unfinished=args.include_unfinished,
    )
    split = parse_split(args.split, args.seed) if args.split else None
    name = args.name or args.format
    out = args.out or DEFAULT_EXPORTS / name
    options = ExportOptions(predictions=args.predictions)
    if args.input is None and args.format != "all":
        # One format from the store: read and written in one step (in two processes for a
        # large file).
        if corpus is None:
            raise UserError("give the CORPUS the quotes point into (or --input FILE)")
        fmt = get_format(args.format)
        with ProgressBar(fmt.name, 0) as bar:
            manifest, skipped = export_from_store(
                fmt,
                AnnotationStore(args.store),
                corpus,
                out,
                annotators=args.annotators,
                gold=args.gold,
                selection=selection,
                split=split,
                options=options,
                force=args.force,
                progress=bar.update,
            )
        for problem in skipped:
            print(f"warning: {problem}", file=sys.stderr)
        _warn_open(manifest["source"])
        _say_unfinished(manifest["source"])
        _say_where(out, manifest, fmt)
        return 0
    if args.input is not None:
        source = collect_from_file(
            get_format(args.input_format or "quotes-jsonl"), args.input, corpus, selection=selection
        )
    else:
        if corpus is None:
            raise UserError("give the CORPUS the quotes point into (or --input FILE)")
        store = AnnotationStore(args.store)
        source = collect_from_store(
            store,
            corpus,
            annotators=args.annotators,
            gold=args.gold,
            selection=selection,
            check_suggestions=True,  # ``all``: records-jsonl is written from this collection too
        )
    for problem in source.problems:
        print(f"warning: {problem}", file=sys.stderr)
    _warn_open(source.description)
    _say_unfinished(source.description)
    if args.format == "all":
        targets = [(fmt, out / fmt.name) for fmt in FORMATS.values() if fmt.writer is not None]
    else:
        targets = [(get_format(args.format), out)]
    for fmt, folder in targets:
        if args.format == "all" and not format_available(fmt):
            print(f"{fmt.name}: skipped ({fmt.requires} is not installed)", file=sys.stderr)
            continue
        with ProgressBar(f"{fmt.name}", source.quote_count) as bar:
            manifest = export_dataset(
                fmt,
                source,
                folder,
                split=split,
                options=options,
                force=args.force,
                progress=bar.update,
            )
        _say_where(folder, manifest, fmt)
    return 0


def _take_annotator_option(args: argparse.Namespace) -> None:
    """Count ``--annotator NAME`` as naming that annotator in ``--annotators``: 'whose labels to
    read', as its help says. Beside ``--gold`` or ``--input`` it could only be ignored, so it is
    refused there."""
    if not args.annotator_given:
        return
    for option, given in (("--gold", args.gold), ("--input", args.input is not None)):
        if given:
            raise UserError(
                f"--annotator {args.annotator}: not with {option}, which names what to export "
                "instead"
            )
    args.annotators = list(dict.fromkeys([args.annotator, *(args.annotators or [])]))


def _warn_open(description: dict[str, Any]) -> None:
    """Say how many records of a review's output (the gold, or a file named otherwise) the
    export left out as still open in review."""
    left_out = description.get("open_left_out", 0)
    if left_out:
        groups = "group" if left_out == 1 else "groups"
        print(
            f"warning: left out {left_out} {groups} still open in review (some differing field "
            "not decided yet): run review to settle them",
            file=sys.stderr,
        )


def _say_unfinished(description: dict[str, Any]) -> None:
    """Say whose labels the export left out as not finished, in the line ``agreement`` prints
    (``Left out as unfinished: 2 documents (ana 1, bo 1)``), and how to keep them."""
    left_out = description.get("left_out_unfinished")
    if not left_out or not left_out["documents"]:
        return
    from annotator.agreement.report import unfinished_line

    line = unfinished_line(left_out["documents"], left_out["annotators"])
    print(f"{line}; --include-unfinished exports them", file=sys.stderr)


def _say_where(folder: Path, manifest: dict[str, Any], fmt: Format) -> None:
    note = empty_splits_note(manifest)
    if note is not None:
        print(f"warning: {folder}/: {note}", file=sys.stderr)
    counts = manifest["counts"]
    print(
        f"{folder}/: {counted(counts['documents'], 'document')}, "
        f"{counted(counts['quotes'], 'quote')} "
        f"({counts['accepted']} accepted, {counts['rejected']} rejected) as {fmt.name}"
    )
