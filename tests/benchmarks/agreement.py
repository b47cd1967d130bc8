"""Benchmark agreement and review on a large synthetic store; prints the figures.

3 annotators label 10,000 invented documents with about 20 quotes each (600,000 records), with
realistic disagreements: missed and extra quotes, boundaries a few characters off, rejections,
speaker spelling variants, a different type or source now and then, and spread confidence.

Printed: the time to write the files (bulk, not through the fsyncing store); to load them as
the ``agreement`` command does (the store's fold and bulk reader, into light records); to align
every document and to compute every figure from those records (target: alignment and figures
under 5 s); the whole ``quote-annotator agreement --json`` command in a fresh process, from
start to the last byte of JSON; and the time from starting the review app to its first
disagreement on screen. Each time is wall-clock with the process's CPU time beside it: on a
shared machine the CPU time is the steadier of the two. ``--full-records`` also loads every
record through pydantic (the review's kind of record) and aligns those, which takes minutes.

Usage: python tests/benchmarks/agreement.py [--documents N] [--quotes N] [--repeat N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import orjson

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))  # this checkout's package, not an installed one

from annotator.agreement import align_corpus, compute_report  # noqa: E402
from annotator.agreement.quotes import load_labels  # noqa: E402
from annotator.corpus import open_corpus  # noqa: E402
from annotator.records import SCHEMA_VERSION, text_sha256  # noqa: E402
from annotator.store import AnnotationStore  # noqa: E402

ANNOTATORS = ["ann", "ben", "cat"]
WORDS = (
    "the council harbour budget minister pier storm season crews ferry tariffs report week "
    "plan city inspection vote officials residents market bridge water road school hospital"
).split()
SPEAKERS = ["Ana Ortiz", "Tomas Reyes", "Mária Kovács", "Li Wei", "the mayor", "a spokesman"]
VARIANTS = {"Ana Ortiz": "ana ortiz", "Tomas Reyes": "Tomas  Reyes", "Li Wei": "LI WEI"}
SOURCES = [None, None, None, "Reuters", "the Gazette", "a press briefing"]


def make_document(rng: random.Random, quotes: int) -> tuple[str, list[tuple[int, int]]]:
    """Invented text of ``quotes`` sentences, each with a quote-marked span; their spans."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for _ in range(quotes):
        lead = " ".join(rng.choices(WORDS, k=rng.randint(3, 8))).capitalize() + " said "
        quoted = '"' + " ".join(rng.choices(WORDS, k=rng.randint(5, 14))) + '"'
        tail = ", " + " ".join(rng.choices(WORDS, k=rng.randint(2, 6))) + ". "
        start = length + len(lead)
        spans.append((start, start + len(quoted)))
        sentence = lead + quoted + tail
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts), spans


def record(annotator, doc_id, sha, text, start, end, number, rng, truth) -> dict:
    """One stored line's item, keys in the model's order (as the store's writer emits them)."""
    speaker, source, quote_type = truth
    if rng.random() < 0.08:
        speaker = VARIANTS.get(speaker, speaker)  # same person, other spelling
    if rng.random() < 0.05:
        speaker = rng.choice(SPEAKERS)
    if rng.random() < 0.04:
        source = rng.choice(SOURCES)
    if rng.random() < 0.05:
        quote_type = rng.choice(["direct", "mixed", "indirect"])
    status = "rejected" if rng.random() < 0.03 else "accepted"
    return {
        "record": "quote",
        "schema_version": SCHEMA_VERSION,
        "id": f"{annotator}-{doc_id}-{number}",
        "doc_id": doc_id,
        "doc_sha256": sha,
        "start": start,
        "end": end,
        "text": text[start:end],
        "type": quote_type,
        "speaker": speaker,
        "speaker_spans": [],
        "source": source,
        "source_kind": "outlet" if source in ("Reuters", "the Gazette") else None,
        "source_spans": [],
        "cue_spans": [],
        "confidence": rng.choices([1, 2, 3], weights=[1, 3, 6])[0],
        "status": status,
        "origin": "suggested",
        "suggestion": None,
        "annotator": annotator,
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
        "note": "",
        "meta": {},
    }


def build(
    root: Path,
    documents: int,
    quotes: int,
    seed: int = 7,
    annotators: Sequence[str] = ANNOTATORS,
    spread: int = 5,
) -> tuple[Path, int]:
    """Write a JSONL corpus and each annotator's file, documents holding ``quotes`` quotes give
    or take ``spread``; return the corpus and line count (review.py builds its store here too)."""
    rng = random.Random(seed)
    corpus_path = root / "corpus.jsonl"
    store_root = root / "annotations"
    store_root.mkdir()
    handles = {name: (store_root / f"{name}.jsonl").open("wb") for name in annotators}
    revs = dict.fromkeys(annotators, 0)
    with corpus_path.open("wb") as corpus:
        for index in range(documents):
            doc_id = f"doc-{index:06d}"
            text, spans = make_document(rng, rng.randint(max(1, quotes - spread), quotes + spread))
            sha = text_sha256(text)
            corpus.write(orjson.dumps({"id": doc_id, "text": text}) + b"\n")
            for number, (start, end) in enumerate(spans):
                truth = (rng.choice(SPEAKERS), rng.choice(SOURCES), "direct")
                for name in annotators:
                    if rng.random() < 0.06:
                        continue  # missed
                    s, e = start, end
                    if rng.random() < 0.08:  # boundary a few characters off
                        s += rng.randint(0, 3)
                        e -= rng.randint(0, 3)
                    item = record(name, doc_id, sha, text, s, e, number, rng, truth)
                    revs[name] += 1
                    line = {"rev": revs[name], "change": "edit", "item": item}
                    handles[name].write(orjson.dumps(line) + b"\n")
            for name in annotators:
                if rng.random() < 0.3:  # an extra quote of one annotator's own
                    s = rng.randrange(0, len(text) - 30)
                    item = record(
                        name, doc_id, sha, text, s, s + 25, 999, rng, ("x", None, "indirect")
                    )
                    revs[name] += 1
                    line = {"rev": revs[name], "change": "edit", "item": item}
                    handles[name].write(orjson.dumps(line) + b"\n")
    for handle in handles.values():
        handle.close()
    return corpus_path, sum(revs.values())


def timed(function, repeat: int):
    """The result of the last run, and the median wall-clock and CPU times of ``repeat`` runs."""
    walls = []
    cpus = []
    result = None
    for _ in range(repeat):
        result = None  # let the previous result go before the next run builds its own
        start = time.perf_counter()
        cpu = time.process_time()
        result = function()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - start)
    return result, statistics.median(walls), statistics.median(cpus)


def command_time(store_root: Path, names: list[str]) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of ``agreement --json`` in a fresh process; its output size."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "agreement", "--store", str(store_root), "--json"]
        + names,
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": str(REPOSITORY)},
        capture_output=True,
        check=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, len(result.stdout)


async def first_review_screen(
    store_root: Path, corpus_path: Path, full_scan: bool
) -> tuple[float, float, float | None]:
    """Seconds until the first disagreement is on screen (wall-clock and CPU), and until the
    scan is done."""
    from annotator.tui.review import make_review_app  # noqa: PLC0415 - only this part needs it

    store = AnnotationStore(store_root)
    start = time.perf_counter()
    cpu = time.process_time()
    corpus = open_corpus(corpus_path)
    app = make_review_app(store, ANNOTATORS, "gold", corpus)
    first = None
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.review_screen
        while screen.index is None:
            await pilot.pause(0.01)
        first = time.perf_counter() - start
        first_cpu = time.process_time() - cpu
        done = None
        if full_scan:
            while not screen.scan_done:
                await pilot.pause(0.2)
            done = time.perf_counter() - start
        await pilot.press("q")
    return first, first_cpu, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-review", action="store_true", help="skip the UI measurement")
    parser.add_argument(
        "--full-records",
        action="store_true",
        help="also load every record through pydantic and align those (slow)",
    )
    parser.add_argument(
        "--full-scan",
        action="store_true",
        help="also wait for the review's background scan (it merges unanimous quotes, one "
        "fsync each, so it takes minutes on a large store)",
    )
    args = parser.parse_args()
    start = time.perf_counter()
    for _ in range(10_000_000):
        pass
    print(
        f"machine speed: 10 million empty Python loop turns take "
        f"{time.perf_counter() - start:.2f} s (about 0.2 s on an idle modern core)"
    )
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        start = time.perf_counter()
        corpus_path, lines = build(root, args.documents, args.quotes)
        print(
            f"wrote {lines:,} records of {len(ANNOTATORS)} annotators on {args.documents:,} "
            f"documents in {time.perf_counter() - start:.1f} s (bulk, no fsync)"
        )
        store = AnnotationStore(root / "annotations")
        (quotes, problems), load_wall, load_cpu = timed(lambda: load_labels(store, ANNOTATORS), 1)
        assert not problems, problems[:3]
        count = sum(len(q) for q in quotes.values())
        print(
            f"load as agreement does (fold + bulk reader + light records): {load_wall:.1f} s "
            f"(CPU {load_cpu:.1f} s, {load_cpu / count * 1e6:.1f} µs per record)"
        )
        alignments, align_wall, align_cpu = timed(
            lambda: align_corpus(quotes, ANNOTATORS), args.repeat
        )
        groups = sum(len(a.groups) for a in alignments)
        print(
            f"alignment: {align_wall:.2f} s median of {args.repeat} (CPU {align_cpu:.2f} s; "
            f"{groups:,} groups, {align_cpu / count * 1e6:.2f} µs CPU per quote)"
        )
        report, figure_wall, figure_cpu = timed(
            lambda: compute_report(alignments, ANNOTATORS, 0.5), args.repeat
        )
        total = align_wall + figure_wall
        print(f"figures:   {figure_wall:.2f} s median of {args.repeat} (CPU {figure_cpu:.2f} s)")
        print(
            f"alignment + figures: {total:.2f} s for {count:,} quotes (CPU "
            f"{align_cpu + figure_cpu:.2f} s; target under 5 s: {'met' if total < 5 else 'MISSED'})"
        )
        print(
            f"  overlap F1 all pairs {report.overall.overlap.f1:.3f}, exact "
            f"{report.overall.exact.f1:.3f}; speaker alpha "
            f"{report.labels['speaker'].alpha.value:.3f} over "
            f"{report.labels['speaker'].alpha.units:,} units"
        )
        quotes = alignments = report = None  # free the memory for what follows
        wall, cpu, size = command_time(root / "annotations", ANNOTATORS)
        print(
            f"agreement --json, end to end in a fresh process: {wall:.1f} s (CPU {cpu:.1f} s; "
            f"{size / 1e6:.0f} MB of JSON)"
        )
        if args.full_records:

            def load_full():
                full = {}
                for name in ANNOTATORS:
                    with store.open(name) as folded:
                        full[name] = folded.quotes()
                return full

            full, full_wall, full_cpu = timed(load_full, 1)
            print(
                f"load through pydantic (the review's records): {full_wall:.1f} s (CPU "
                f"{full_cpu:.1f} s, {full_cpu / count * 1e6:.1f} µs per record)"
            )
            _, full_align_wall, full_align_cpu = timed(
                lambda: compute_report(align_corpus(full, ANNOTATORS), ANNOTATORS, 0.5), 1
            )
            print(
                f"alignment + figures over those: {full_align_wall:.2f} s "
                f"(CPU {full_align_cpu:.2f} s)"
            )
            full = None
        if not args.skip_review:

            def fold_all():
                for name in ANNOTATORS:
                    store.open(name).close()

            _, fold_wall, fold_cpu = timed(fold_all, 1)
            print(
                f"review: folding the {len(ANNOTATORS)} files, which its start waits for, takes "
                f"{fold_wall:.2f} s (CPU {fold_cpu:.2f} s)"
            )
            first, first_cpu, done = asyncio.run(
                first_review_screen(root / "annotations", corpus_path, args.full_scan)
            )
            print(
                f"review: first disagreement on screen {first:.2f} s after start (CPU "
                f"{first_cpu:.2f} s; corpus and files opened, the first documents scanned)"
            )
            if done is not None:
                print(f"review: background scan with unanimous merges done after {done:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
