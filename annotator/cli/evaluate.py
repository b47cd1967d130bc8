"""Score quote detection against a gold file: P/R/F1 per type, speaker and source accuracy.

The gold file has one JSONL line per document ({"id", "text", "quotes": [...]}, quotes with
start, end, type and optionally speaker and source). Without --pred the detector runs on the gold
texts; with --pred FILE (the output of detect) those predictions are scored instead. Spans are
matched exactly and by overlap; see annotator.evaluate for how speakers are compared.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import orjson

from annotator.cli import score, whole_number
from annotator.errors import UserError
from annotator.evaluate import DEFAULT_MIN_SCORE, evaluate, load_quotes_jsonl
from annotator.records import left_open_in_review
from annotator.util import counted

READS_LABELS = False
"""Offered no ``--store`` or ``--annotator``: evaluate touches no annotation file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the gold and prediction files, the score floor, jobs and --json."""
    parser.add_argument("--gold", type=Path, required=True, metavar="FILE", help="gold JSONL")
    parser.add_argument(
        "--pred", type=Path, metavar="FILE", help="predictions JSONL (default: run detection)"
    )
    parser.add_argument(
        "--min-score",
        type=score,
        default=DEFAULT_MIN_SCORE,
        metavar="S",
        help=f"count predictions scored at least S (default {DEFAULT_MIN_SCORE})",
    )
    parser.add_argument(
        "--jobs",
        type=whole_number,
        default=1,
        metavar="N",
        help="worker processes for detection (default 1; 0 means one per CPU)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def run(args: argparse.Namespace) -> int:
    """Score and print."""
    # Here, not at the top: loading the detector takes half a second every command would pay.
    from annotator.detect.batch import Progress, detect_many

    gold = load_quotes_jsonl(args.gold)
    if not gold:
        # Scored, it would print a table of zeros: a wrong path or a cut-off file looks so.
        raise UserError(f"{args.gold}: no document to score (an empty file)")
    if args.pred is not None:
        predictions = {doc["id"]: doc.get("quotes", []) for doc in load_quotes_jsonl(args.pred)}
        unscored = [doc["id"] for doc in gold if doc["id"] not in predictions]
        if gold and len(unscored) == len(gold):
            # Scored anyway, every figure would be 0 as if the detector had found nothing.
            raise UserError(
                f"{args.pred}: none of its documents is in {args.gold} (first gold id: "
                f"{gold[0]['id']!r}); predictions must use the gold file's ids"
            )
        if unscored:
            print(
                f"warning: {counted(len(unscored), 'gold document')}"
                f" {'has' if len(unscored) == 1 else 'have'} no line in {args.pred} "
                f"(first: {unscored[0]!r}); counted as predicted empty",
                file=sys.stderr,
            )
    else:
        missing = next((doc["id"] for doc in gold if not isinstance(doc.get("text"), str)), None)
        if missing is not None:
            raise UserError(f'{args.gold}: document {missing!r} has no "text" to detect in')
        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
        progress = Progress(len(gold))
        try:
            predictions = dict(
                detect_many(
                    ((doc["id"], doc["text"]) for doc in gold), jobs=jobs, progress=progress
                )
            )
        finally:
            progress.close()
    report = evaluate(gold, predictions, min_score=args.min_score)
    if report.open_left_out:
        print(f"warning: {args.gold}: {left_open_in_review(report.open_left_out)}", file=sys.stderr)
    if args.json:
        sys.stdout.write(orjson.dumps(report.as_dict(), option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
    else:
        print(report.format())
    return 0
