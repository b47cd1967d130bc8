"""Benchmark export to every format and import of quotes-jsonl; prints records per second.

    .venv/bin/python tests/benchmarks/export.py                 # 1,000,000 quotes
    .venv/bin/python tests/benchmarks/export.py --quotes 100000 --formats quotes-jsonl csv
    .venv/bin/python tests/benchmarks/export.py --versions 3   # each quote saved three times

Builds a JSONL corpus and one annotator's store file under a temporary folder (50 quotes per
document, each with a speaker, a cue and a source mention, 1 in 10 rejected; with ``--versions N``
each quote is saved N times, as an annotator's file edited over and over is, and the store is
opened once so that it keeps its fold snapshot), then times, each the median of ``--repeat``
runs:

- export: ``export_from_store``, what ``quote-annotator export`` runs; for quotes-jsonl, also
  the command itself in a new process, the figure a user waits for (it adds the start of Python
  and of the command line, about 0.7 s). From 64 MB on, an export to a format written line by
  line (quotes-jsonl, records-jsonl and the other JSONL formats) reads and writes the second
  half of the store file in a forked child at the same time (``exporting._export_in_two``):
  its CPU time is the parent's and the child's together;
- collect: reading the store and attaching quotes to their documents in one process (what every
  export does for a small file, or for a format that cannot be split), and apart from it each
  format's writer alone on the collected quotes. These run after the exports: with a million
  records on its heap, this process would fork slower than the command ever does.
- import: ``quote-annotator import quotes-jsonl`` of the exported file into an empty store. A
  first import writes each document's lines while it reads on, and from 64 MB on reads the
  second half of the file in a forked child at the same time (``exporting._import_in_two``):
  its CPU time is the parent's and the child's together, and the child's peak memory is
  printed (it keeps its half's records until it exits). Apart from it, the plan alone
  (``plan_import``: reading and validating in one process, every record kept, nothing
  written), which runs after the import, on a heap the import already grew.

The load average is printed after the import: on a shared machine it says how far to trust it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

# Run as a script: import this checkout's package, not whichever one is installed.
PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from annotator.corpus import open_corpus  # noqa: E402
from annotator.exporting import (  # noqa: E402
    Selection,
    collect_from_store,
    export_dataset,
    export_from_store,
    format_available,
    import_file,
    plan_import,
)
from annotator.formats import FORMATS, get_format  # noqa: E402
from annotator.records import QuoteAnnotation, StoreEntry, text_sha256  # noqa: E402
from annotator.store import AnnotationStore  # noqa: E402
from annotator.util import counted  # noqa: E402

QUOTES_PER_DOCUMENT = 50
TARGET_SECONDS = 10.0
"""Issue 5: quotes-jsonl export and import of 1,000,000 quotes, each under this many seconds."""
SENTENCE = 'Minister {n} said "the {n}th bridge 🌉 will open on time," according to Radio {n}. '


def build(root: Path, quotes: int, versions: int = 1) -> tuple[Path, AnnotationStore]:
    """A corpus file and a store holding ``quotes`` quotes of annotator ``bench``, each saved
    ``versions`` times (the last version holds the quote's own confidence and status)."""
    documents = max(1, quotes // QUOTES_PER_DOCUMENT)
    corpus_path = root / "corpus.jsonl"
    store = AnnotationStore(root / "annotations")
    store.root.mkdir(parents=True)
    template = None
    rev = 0
    with corpus_path.open("wb") as corpus, store.path_for("bench").open("wb") as stored:
        for doc_number in range(documents):
            sentences = [SENTENCE.format(n=n) for n in range(QUOTES_PER_DOCUMENT)]
            text = "".join(sentences)
            doc_id = f"doc-{doc_number:07d}"
            sha = text_sha256(text)
            corpus.write(orjson.dumps({"id": doc_id, "text": text}) + b"\n")
            offset = 0
            for n, sentence in enumerate(sentences):
                if rev >= quotes * versions:
                    break
                start = offset + sentence.index('"')
                end = offset + sentence.index(',"') + 2
                speaker = (offset, offset + sentence.index(" said"))
                cue = (speaker[1] + 1, speaker[1] + 5)
                source_start = offset + sentence.index("Radio")
                source = (source_start, offset + len(sentence) - 2)
                fields = {
                    "id": f"{doc_id}-{n}",
                    "doc_id": doc_id,
                    "doc_sha256": sha,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "speaker": text[speaker[0] : speaker[1]],
                    "speaker_spans": [list(speaker)],
                    "source": text[source[0] : source[1]],
                    "source_kind": "outlet",
                    "source_spans": [list(source)],
                    "cue_spans": [list(cue)],
                    "confidence": 1 + n % 3,
                    "status": "rejected" if n % 10 == 9 else "accepted",
                    "annotator": "bench",
                }
                if template is None:
                    # One record goes through the model; the rest reuse its validated shape.
                    template = StoreEntry(
                        rev=1, item=QuoteAnnotation.model_validate(fields)
                    ).model_dump(mode="json")
                item = {**template["item"], **fields}
                for version in range(versions, 0, -1):
                    rev += 1
                    if version > 1:  # an earlier version, with another confidence
                        item = {**item, "confidence": 1 + (n + version) % 3}
                    else:
                        item = {**item, "confidence": fields["confidence"]}
                    entry = {"rev": rev, "change": "edit", "item": item}
                    stored.write(orjson.dumps(entry) + b"\n")
                offset += len(sentence)
    if versions > 1:
        store.open("bench").close()  # as a session would: it leaves the fold snapshot
    return corpus_path, store


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (a split import's)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def timed(function, repeat: int, before=None) -> tuple[float, float, object]:
    """Median wall and CPU seconds of ``repeat`` calls, and the last result; ``before``, if
    given, runs before each call, untimed.

    CPU time is printed too because this is often run on a shared machine, where wall time
    says as much about the neighbours as about the code. It counts every thread of the
    process: the export reads, hashes and writes files on a second one, so its CPU time may
    exceed its wall time."""
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        # Each call starts as the first did: the result before is let go first, since a second
        # million records beside it slows the call the way a real export never is.
        result = None
        if before is not None:
            before()  # untimed
        began, began_cpu = time.perf_counter(), cpu_seconds()
        result = function()
        walls.append(time.perf_counter() - began)
        cpus.append(cpu_seconds() - began_cpu)
    return statistics.median(walls), statistics.median(cpus), result


def line(label: str, count: int, wall: float, cpu: float, extra: str = "") -> str:
    """One row of the table: seconds and records per second, wall and CPU."""
    return (
        f"{label:<24} {wall:8.2f} s {rate(count, wall):>10} rec/s   "
        f"cpu {cpu:8.2f} s {rate(count, cpu):>10} rec/s{extra}"
    )


def rate(count: int, seconds: float) -> str:
    """Records per second, or ``-`` when a tiny run took less than the clock can measure."""
    return f"{count / seconds:,.0f}" if seconds >= 0.005 else "-"


def child_peak_memory() -> str:
    """The largest resident size a child this process waited for reached: the child of a split
    import, which keeps its half's records until it exits (Linux counts in kilobytes). The pages
    it shares with this process since the fork count too: here, what the exports left resident,
    which a ``quote-annotator import`` forking from a fresh process does not have."""
    try:
        import resource
    except ImportError:
        return "-"
    size = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return f"{size // 1024:,} MB" if size else "- (no child: the import ran in one process)"


def load_average() -> str:
    """The machine's load average, or a dash where the platform has none."""
    try:
        return ", ".join(f"{load:.1f}" for load in os.getloadavg())
    except (AttributeError, OSError):
        return "-"


def main() -> int:
    """Build the data, time everything, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--versions", type=int, default=1, help="lines per quote in the store")
    parser.add_argument("--formats", nargs="+", default=list(FORMATS))
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="export-bench-"))
    try:
        began = time.perf_counter()
        corpus_path, store = build(root, args.quotes, args.versions)
        size = store.path_for("bench").stat().st_size
        print(
            f"{args.quotes:,} quotes in {max(1, args.quotes // QUOTES_PER_DOCUMENT):,} documents "
            f"({size / 1e6:.0f} MB store file, {counted(args.versions, 'line')} per quote), "
            f"built in {time.perf_counter() - began:.1f} s; "
            f"median of {args.repeat}",
            flush=True,
        )
        corpus = open_corpus(corpus_path)
        selection = Selection(include_rejected=True)
        formats = [get_format(name) for name in args.formats]
        for fmt in formats:
            if not format_available(fmt):
                print(f"{'export ' + fmt.name:<24} skipped ({fmt.requires} is not installed)")
        formats = [fmt for fmt in formats if format_available(fmt)]
        exported_jsonl = None
        for fmt in formats:
            out = root / "out" / fmt.name

            def export(fmt=fmt, out=out):
                return export_from_store(fmt, store, corpus, out, selection=selection, force=True)

            wall, cpu, (manifest, _) = timed(export, args.repeat)
            count = manifest["counts"]["quotes"]
            print(line("export " + fmt.name, count, wall, cpu), flush=True)
            if fmt.name == "quotes-jsonl":
                exported_jsonl = out / "quotes.jsonl"
                command = [
                    sys.executable, "-m", "annotator", "export", fmt.name, str(corpus_path),
                    "--store", str(store.root), "--out", str(out), "--force", "--negatives",
                ]  # fmt: skip

                def run_command(command=command):
                    subprocess.run(command, check=True, capture_output=True, cwd=PROJECT)

                wall, cpu, _ = timed(run_command, args.repeat)
                print(line("  as a command", count, wall, cpu), flush=True)
        collect_wall, collect_cpu, source = timed(
            lambda: collect_from_store(store, corpus, selection=selection), args.repeat
        )
        count = source.quote_count
        print(line("collect, one process", count, collect_wall, collect_cpu), flush=True)
        for fmt in formats:
            out = root / "written" / fmt.name

            def write(fmt=fmt, out=out):
                return export_dataset(fmt, source, out, force=True)

            wall, cpu, _ = timed(write, args.repeat)
            print(line("  write " + fmt.name, count, wall, cpu), flush=True)
        shutil.rmtree(root / "written", ignore_errors=True)
        print(f"  load average (1, 5, 15 min) after the exports: {load_average()}", flush=True)
        # The import runs as ``quote-annotator import`` does, in a process that holds no export:
        # a split import forks, and a fork of a heap of a million records costs what the
        # command never pays.
        source = None  # lets the export records go (the closures above are done with them)
        if exported_jsonl is not None:
            imported = root / "imported"

            def clean_slate():
                # Each import starts as the first: no store of the run before, and no writeback
                # of its 600 MB still under way to compete with this one's fsync.
                shutil.rmtree(imported, ignore_errors=True)
                os.sync()

            def run_import():
                target = AnnotationStore(imported)
                return import_file(get_format("quotes-jsonl"), exported_jsonl, target, "copy")

            wall, cpu, report = timed(run_import, args.repeat, before=clean_slate)
            print(line("import quotes-jsonl", report.imported, wall, cpu), flush=True)
            print(
                f"  peak resident memory of the import's child: {child_peak_memory()}", flush=True
            )

            def run_plan():
                return plan_import(get_format("quotes-jsonl"), exported_jsonl, annotator="copy")

            plan_wall, plan_cpu, plan = timed(run_plan, args.repeat)
            planned = plan.count
            del plan
            print(line("  plan alone", planned, plan_wall, plan_cpu), flush=True)
            print(f"  load average (1, 5, 15 min) after the import: {load_average()}")
        print(
            f"target: quotes-jsonl export and import of 1,000,000 quotes each under "
            f"{TARGET_SECONDS:.0f} s ({1_000_000 / TARGET_SECONDS:,.0f} rec/s)"
        )

    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
