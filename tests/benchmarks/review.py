"""Benchmark the start of a review (and agreement) on a large store; prints the figures.

Several annotators label ``--documents`` invented documents with about ``--quotes`` quotes each
(3,000 documents and about 60,000 records by default), with the disagreements of
``agreement.py``'s store: missed and extra quotes, boundaries a few characters off, rejections,
speaker variants. Every document is finished by every annotator (no marks: labels count).

Printed, each the median of ``--repeat`` runs (wall clock, with the CPU time beside it: on a
shared machine the CPU time is the steadier of the two):

1. core scan: the library alone, as the review's worker drives it (open the files with
   :class:`annotator.adjudication.Adjudication`, list the documents, scan every one of them and
   ask of each disagreement whether it is settled), into a new gold file each run;
2. agreement report: the ``agreement`` command's work in this process (bulk load, alignment,
   figures);
3. review: from creating the app under ``App.run_test()`` (headless) to the first disagreement
   on screen, and to the end of its background scan.

Each run starts cold: the fold snapshots the previous run left beside the files are removed
first, as after an import or another program's writes (``--warm`` keeps them).

Usage: python tests/benchmarks/review.py [--documents N] [--quotes N] [--annotators N]
[--repeat N] [--warm]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))  # this checkout's package, not an installed one

from annotator.adjudication import Adjudication  # noqa: E402
from annotator.agreement import DEFAULT_THRESHOLD, align_corpus, compute_report  # noqa: E402
from annotator.agreement.quotes import load_labels_and_marks  # noqa: E402
from annotator.corpus import open_corpus  # noqa: E402
from annotator.fold_snapshot import snapshot_path_for  # noqa: E402
from annotator.store import AnnotationStore  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import build  # noqa: E402

NAMES = ["ann", "ben", "cat", "dan", "eve", "fay"]


def forget_snapshots(store_root: Path) -> None:
    """Remove the fold snapshots beside the files: the next open folds each file whole."""
    for path in store_root.glob("*.jsonl"):
        snapshot_path_for(path).unlink(missing_ok=True)


def timed(function: Callable[[int], Any], repeat: int, before: Callable[[], None]) -> Any:
    """The last result, and the median wall-clock and CPU seconds of ``repeat`` runs."""
    walls: list[float] = []
    cpus: list[float] = []
    result = None
    for run in range(repeat):
        before()
        result = None
        wall, cpu = time.perf_counter(), time.process_time()
        result = function(run)
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return result, statistics.median(walls), statistics.median(cpus)


def core_scan(store: AnnotationStore, annotators: list[str], corpus_path: Path, out: str) -> int:
    """Open a review into ``out`` and scan every document as the review's worker does (its
    merges and marks written every ``BATCH_SECONDS`` where the library can hold them);
    answers the disagreements found."""
    from annotator.tui.screens.review import BATCH_SECONDS  # noqa: PLC0415 - a figure only

    corpus = open_corpus(corpus_path)
    found = 0
    with Adjudication(store, annotators, out, corpus) as adjudication:
        holds = hasattr(adjudication, "write_held")  # not before the scan held its writes
        adjudication.hold_writes = holds
        written = time.monotonic()
        for doc_id in adjudication.document_ids():
            review = adjudication.scan_document(doc_id)
            for disagreement in review.disagreements:
                adjudication.is_resolved(disagreement)
                found += 1
            if holds and time.monotonic() - written >= BATCH_SECONDS:
                adjudication.write_held()
                written = time.monotonic()
    return found


def settle_first_half(
    store: AnnotationStore, annotators: list[str], corpus_path: Path, out: str
) -> str:
    """A review half done: every disagreement of the first half of the documents settled
    into ``out`` (taking the first annotator's version), as a reviewer who stopped there
    leaves it. Written without fsync: this is set-up, not measured. Answers the document of
    the first disagreement left open."""
    import os  # noqa: PLC0415

    fsync = os.fsync
    os.fsync = lambda fd: None
    try:
        with Adjudication(store, annotators, out, open_corpus(corpus_path)) as adjudication:
            doc_ids = adjudication.document_ids()
            half = len(doc_ids) // 2
            for doc_id in doc_ids[:half]:
                for disagreement in adjudication.scan_document(doc_id).disagreements:
                    adjudication.take(disagreement, annotators[0])
            for doc_id in doc_ids[half:]:
                if adjudication.scan_document(doc_id).disagreements:
                    return doc_id
    finally:
        os.fsync = fsync
    raise RuntimeError("no disagreement in the second half")


def agreement_report(store: AnnotationStore, annotators: list[str]) -> float:
    """The ``agreement`` command's work in this process; answers the overlap F1."""
    quotes, marks, problems = load_labels_and_marks(store, annotators)
    assert not problems, problems[:3]
    alignments = align_corpus(quotes, annotators, marks=marks)
    return compute_report(alignments, annotators, DEFAULT_THRESHOLD).overall.overlap.f1


async def review_start(
    store_root: Path, corpus_path: Path, annotators: list[str], out: str, expected: str = ""
) -> tuple[float, float, float, float]:
    """Seconds from creating the review app to its first disagreement on screen (of the
    document ``expected``, when given), and to the end of its scan; wall clock and CPU time of
    each."""
    from annotator.tui.review import make_review_app  # noqa: PLC0415 - only this part needs it

    started, started_cpu = time.perf_counter(), time.process_time()
    app = make_review_app(AnnotationStore(store_root), annotators, out, open_corpus(corpus_path))
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.review_screen
        while screen.index is None:
            if app.review_screen.scan_done or app.failure:
                raise RuntimeError(f"nothing to review: {app.failure}")
            await pilot.pause(0.01)
        first, first_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        shown = screen.current
        assert shown is not None and shown.doc_id == (expected or shown.doc_id), shown
        while not screen.scan_done:
            await pilot.pause(0.05)
        done, done_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        await pilot.press("q")
    return first, first_cpu, done, done_cpu


def main() -> int:
    """Build the store, run every measurement, print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--documents", type=int, default=3_000)
    parser.add_argument("--quotes", type=int, default=7, help="quotes per document, about")
    parser.add_argument("--annotators", type=int, default=3, choices=range(2, len(NAMES) + 1))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="keep the fold snapshots")
    parser.add_argument("--skip-review", action="store_true", help="skip the UI measurement")
    args = parser.parse_args()
    annotators = NAMES[: args.annotators]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus_path, records = build(
            root, args.documents, args.quotes, seed=11, annotators=annotators, spread=3
        )
        store_root = root / "annotations"
        store = AnnotationStore(store_root)
        print(
            f"store: {args.documents:,} documents, {records:,} quote records of "
            f"{len(annotators)} annotators ({'warm' if args.warm else 'cold'} opens); "
            f"medians of {args.repeat}"
        )

        def before() -> None:
            if not args.warm:
                forget_snapshots(store_root)

        found, wall, cpu = timed(
            lambda run: core_scan(store, annotators, corpus_path, f"scan-gold-{run}"),
            args.repeat,
            before,
        )
        print(f"core scan: {wall:.2f} s (CPU {cpu:.2f} s; {found:,} disagreements)")
        f1, wall, cpu = timed(lambda run: agreement_report(store, annotators), args.repeat, before)
        print(f"agreement report: {wall:.2f} s (CPU {cpu:.2f} s; overlap F1 {f1:.3f})")
        if args.skip_review:
            return 0
        runs = []
        for run in range(args.repeat):
            before()
            out = f"review-gold-{run}"
            runs.append(asyncio.run(review_start(store_root, corpus_path, annotators, out)))
        first, first_cpu, done, done_cpu = map(statistics.median, zip(*runs, strict=True))
        print(
            f"review, new gold file: first disagreement on screen {first:.2f} s (CPU "
            f"{first_cpu:.2f} s); scan done {done:.2f} s (CPU {done_cpu:.2f} s)"
        )
        half_done = settle_first_half(store, annotators, corpus_path, "half-gold")
        runs = []
        for _ in range(args.repeat):
            before()
            runs.append(
                asyncio.run(
                    review_start(store_root, corpus_path, annotators, "half-gold", half_done)
                )
            )
        first, first_cpu, done, done_cpu = map(statistics.median, zip(*runs, strict=True))
        print(
            f"review resumed half way: first open disagreement on screen {first:.2f} s (CPU "
            f"{first_cpu:.2f} s); scan done {done:.2f} s (CPU {done_cpu:.2f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
