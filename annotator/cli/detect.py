"""Detect candidate quotes in a corpus and write one JSONL line per document.

Each line is {"id": ..., "quotes": [...]}; a quote has start, end, text, type, score, speaker,
speaker_spans, source, source_kind, source_spans, cue and cue_spans (offsets are Python str
offsets into the document text). Use --jobs to spread a large corpus over processes. An
unreadable document (not UTF-8, a broken JSONL line) stops the run with nothing written,
unless --skip-bad, which detects the rest and lists what it left out. An empty (or
whitespace-only) document is written with no quotes, and a warning names it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

from annotator.cli import score, whole_number
from annotator.corpus import open_corpus
from annotator.errors import CorpusError, UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the corpus, the output file, the number of jobs, the score floor and --skip-bad."""
    parser.add_argument("corpus", type=Path, metavar="CORPUS", help="folder, text file or JSONL")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write here (default: standard output)"
    )
    parser.add_argument(
        "--jobs",
        type=whole_number,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0 means one per CPU)",
    )
    parser.add_argument(
        "--min-score",
        type=score,
        default=0.0,
        metavar="S",
        help="leave out candidates scored below S (default 0: keep faint ones too)",
    )
    parser.add_argument(
        "--skip-bad",
        action="store_true",
        help="leave out unreadable documents, listing them, instead of stopping (exit 1)",
    )


def run(args: argparse.Namespace) -> int:
    """Run detection over the corpus and write the JSONL."""
    # Here, not at the top: loading the detector takes half a second every command would pay.
    from annotator.detect.batch import Progress, detect_many

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    corpus = open_corpus(args.corpus, skip_bad=args.skip_bad)
    progress = Progress(len(corpus))
    empty: list[str] = []

    def documents() -> Iterator[tuple[str, str]]:
        for document in corpus:
            if document.is_empty:
                where = corpus.where(document.id)  # a file names it; a line of a JSONL does not
                named = "" if where.endswith(document.id) else f" {document.id!r}"
                empty.append(f"{where}: empty document{named}")
            yield document.id, document.text

    target = partial = None
    if args.output is not None:
        target = args.output
        if not target.exists() or target.is_file():
            # Written beside it and moved into place at the end: a run stopped by a bad document
            # halfway leaves the previous output whole, not replaced by a valid-looking part.
            partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            out = (partial or target).open("wb")
        except OSError as error:
            raise UserError(f"{args.output}: cannot write ({error.strerror or error})") from error
    else:
        out = sys.stdout.buffer
    finished = False
    try:
        for doc_id, quotes in detect_many(documents(), jobs=jobs, progress=progress):
            if args.min_score > 0:
                quotes = [q for q in quotes if q["score"] >= args.min_score]
            out.write(
                orjson.dumps({"id": doc_id, "quotes": quotes}, option=orjson.OPT_APPEND_NEWLINE)
            )
        finished = True
    except CorpusError as error:
        raise UserError(f"{error} (--skip-bad leaves such documents out)") from None
    finally:
        progress.close()
        if out is not sys.stdout.buffer:
            out.close()
            if partial is not None and finished:
                os.replace(partial, target)  # type: ignore[arg-type]
            elif partial is not None:
                partial.unlink(missing_ok=True)
        else:
            out.flush()
    for where in empty:
        print(f"warning: {where}, written with no quotes", file=sys.stderr)
    for problem in corpus.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    return 1 if corpus.problems else 0
