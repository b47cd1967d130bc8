"""Detect candidate quotes in a corpus and write one JSONL line per document.

Each line is {"id": ..., "quotes": [...]}; a quote has start, end, text, type, score, speaker,
speaker_spans, source, source_kind, source_spans, cue and cue_spans (offsets are Python str
offsets into the document text). Use --jobs to spread a large corpus over processes. An
unreadable document (not UTF-8, a broken JSONL line) is left out with a warning naming its
file and line, every other one is detected, and the exit code is 1. An empty (or
whitespace-only) document is written with no quotes, and a warning names it.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson

from annotator.cli import open_corpus_leaving_out_bad, score, warn_left_out, whole_number
from annotator.corpus import Corpus
from annotator.errors import UserError
from annotator.fold_snapshot import left_by_ended_process

READS_LABELS = False
"""Offered no ``--store`` or ``--annotator``: detect touches no annotation file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the corpus, the output file, the number of jobs and the score floor."""
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
        help=argparse.SUPPRESS,  # what detect does anyway now; still taken, for old scripts
    )


def _remove_stale_partials(target: Path) -> None:
    """Delete what runs writing ``target`` killed before their end left beside it
    (``.NAME.PID.partial``, named by their pid: one whose process still runs is left alone).
    One it may not delete (another user's, in a shared folder) stays: tidying up is no reason
    to refuse the detection asked for."""
    prefix = f".{target.name}."
    for candidate in target.parent.glob(f"{glob.escape(prefix)}*.partial"):
        if left_by_ended_process(candidate.name[len(prefix) : -len(".partial")]):
            with contextlib.suppress(OSError):
                candidate.unlink(missing_ok=True)


def _refuse_to_replace_the_corpus(target: Path, corpus: Corpus) -> None:
    """Raise ``UserError`` when ``target`` is the corpus file, or a document of the corpus
    folder: written there, the candidates would replace the texts they were found in."""
    if not target.is_file():
        return
    if corpus.location.is_file():
        replaced = target.samefile(corpus.location)
    else:  # a folder: one lookup by the target's place in it, not a check of every document
        try:
            place = target.resolve().relative_to(corpus.location.resolve()).as_posix()
        except ValueError:
            place = None
        replaced = place in corpus
    if replaced:
        raise UserError(
            f"{target}: is the corpus (or one of its documents); -o would replace it with the "
            "candidates: name another file"
        )


def _naming_output(error: OSError, output: Path | None) -> OSError:
    """``error`` met writing the output, naming it (a write names no file by itself)."""
    if error.filename is None:
        error.filename = str(output) if output is not None else "standard output"
    return error


def run(args: argparse.Namespace) -> int:
    """Run detection over the corpus and write the JSONL."""
    # Here, not at the top: loading the detector takes half a second every command would pay.
    from annotator.detect.batch import Progress, detect_many

    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    corpus = open_corpus_leaving_out_bad(args.corpus)
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
        _refuse_to_replace_the_corpus(target, corpus)
        if not target.exists() or target.is_file():
            # Written beside it and moved into place at the end: a run stopped halfway (Ctrl-C, a
            # full disk) leaves the previous output whole, not replaced by a valid-looking part.
            partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
            _remove_stale_partials(target)
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
    except OSError as error:
        raise _naming_output(error, args.output) from None
    finally:
        progress.close()
        if out is not sys.stdout.buffer:
            try:
                out.close()
            except OSError as error:  # the last of the output written out: a full disk
                finished = False
                raise _naming_output(error, args.output) from None
            finally:
                if partial is not None and target is not None and finished:
                    os.replace(partial, target)
                elif partial is not None:
                    partial.unlink(missing_ok=True)
        else:
            try:
                out.flush()
            except OSError as error:
                raise _naming_output(error, None) from None
    for where in empty:
        print(f"warning: {where}, written with no quotes", file=sys.stderr)
    warn_left_out(corpus)
    return 1 if corpus.problems else 0  # the output lacks a document: a script must notice
