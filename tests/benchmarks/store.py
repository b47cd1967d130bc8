"""Store benchmark: fold a 1,000,000-record annotation file, and append latency.

Run: ``.venv/bin/python tests/benchmarks/store.py [--records N]``. Prints load time and peak
memory of a fresh process that folds the file (targets: under 5 s and under 1.5 GB for 1M
records), the time to read every live record of one document, and append latency (median, p99)
with an fsync per record. ``--finished-every N`` writes a finished mark after every N records
(a document's annotator leaving it), to time the fold of a file that has them.

Each load is timed twice over: cold, with no fold snapshot beside the file (the first open of a
file another program wrote; that open also leaves the snapshot), and warm, from the snapshot
the previous open left (every later open). Both are medians of 3 fresh processes. A cold open
writes its snapshot when the file is closed, not while it opens: that close is timed apart, and
the peak memory is taken after it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from annotator.records import Candidate, DocumentFinished, QuoteAnnotation, StoreEntry
from annotator.store import AnnotationStore

LOAD = """
import resource, sys, time
from pathlib import Path
from annotator.fold_snapshot import snapshot_path_for
from annotator.store import AnnotationStore
if sys.argv[2] == "cold":
    snapshot_path_for(Path(sys.argv[1]) / "bench.jsonl").unlink(missing_ok=True)
started = time.perf_counter()
folded = AnnotationStore(sys.argv[1]).open("bench")
elapsed = time.perf_counter() - started
live = len(folded)
started = time.perf_counter()
quotes = folded.quotes("doc-00042.txt")
one_document = time.perf_counter() - started
started = time.perf_counter()
folded.close()
closing = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if sys.argv[2] == "cold":
    snapshot_path_for(Path(sys.argv[1]) / "bench.jsonl").unlink(missing_ok=True)
started = time.perf_counter()
AnnotationStore(sys.argv[1]).open("bench", writable=True).close()
writable = time.perf_counter() - started
print(elapsed, peak, live, len(quotes), one_document, writable, closing)
"""


def template() -> dict:
    text = '"We will keep the border open for as long as it takes," the minister said.'
    candidate = Candidate(
        start=100,
        end=100 + len(text),
        text=text,
        type="direct",
        score=0.93,
        speaker="Maria Lopez",
        speaker_spans=[(60, 71)],
        source="Reuters",
        source_kind="outlet",
        source_spans=[(40, 47)],
        cue="said",
        cue_spans=[(180, 184)],
    )
    quote = QuoteAnnotation(
        id="x",
        doc_id="doc",
        doc_sha256="a" * 64,
        start=100,
        end=100 + len(text),
        text=text,
        speaker="Maria Lopez",
        speaker_spans=[(60, 71)],
        source="Reuters",
        source_kind="outlet",
        source_spans=[(40, 47)],
        cue_spans=[(180, 184)],
        origin="suggested",
        suggestion=candidate,
        annotator="bench",
        note="checked against the transcript",
    )
    return StoreEntry(rev=1, item=quote).model_dump(mode="json")


def write_file(path: Path, records: int, documents: int, finished_every: int = 0) -> int:
    """Write the file; answer how many finished marks it holds."""
    entry = template()
    item = entry["item"]
    mark = StoreEntry(rev=1, item=DocumentFinished(doc_id="doc", annotator="bench")).model_dump(
        mode="json"
    )
    rev = 0
    with path.open("wb") as sink:
        for number in range(records):
            rev += 1
            entry["rev"] = rev
            item["id"] = f"q{number:07d}"
            item["doc_id"] = f"doc-{number % documents:05d}.txt"
            sink.write(orjson.dumps(entry, option=orjson.OPT_APPEND_NEWLINE))
            if finished_every and (number + 1) % finished_every == 0:
                rev += 1
                mark["rev"] = rev
                mark["item"]["doc_id"] = item["doc_id"]
                mark["item"]["finished"] = number % 3 != 0
                sink.write(orjson.dumps(mark, option=orjson.OPT_APPEND_NEWLINE))
    return rev - records


def append_latency(root: Path, count: int) -> list[float]:
    entry = StoreEntry.model_validate(template())
    quote = entry.item
    timings = []
    with AnnotationStore(root).open("appender", writable=True) as file:
        for number in range(count):
            record = quote.model_copy(update={"id": f"a{number}", "annotator": "appender"})
            started = time.perf_counter()
            file.save(record)
            timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--appends", type=int, default=2_000)
    parser.add_argument("--finished-every", type=int, default=0, metavar="N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "bench.jsonl"
        started = time.perf_counter()
        marks = write_file(path, args.records, args.documents, args.finished_every)
        size = path.stat().st_size
        print(
            f"wrote {args.records:,} records and {marks:,} finished marks ({size / 1e6:.0f} MB) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        for mode in ("cold", "warm"):
            runs = []
            for _ in range(3):
                result = subprocess.run(
                    [sys.executable, "-c", LOAD, str(root), mode],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append([float(value) for value in result.stdout.split()])
            load = statistics.median(run[0] for run in runs)
            peak = max(run[1] for run in runs)
            print(
                f"{mode} load (fold) of {args.records:,} records: median {load:.2f} s over 3 runs "
                f"(target < 5 s), peak memory {peak:.0f} MB (target < 1500 MB)"
            )
            closing = statistics.median(run[6] for run in runs)
            print(f"{mode} close (writes the snapshot when one is due): median {closing:.2f} s")
            writable = statistics.median(run[5] for run in runs)
            print(f"{mode} writable open and close (replays undo history): median {writable:.2f} s")
            print(
                f"{mode}: read one document's {int(runs[0][3])} quotes (groups the index by "
                f"document on first use): {statistics.median(run[4] for run in runs):.2f} s; "
                f"live records {int(runs[0][2]):,}"
            )
        timings = sorted(append_latency(root, args.appends))
        median = statistics.median(timings) * 1000
        p99 = timings[int(len(timings) * 0.99) - 1] * 1000
        print(
            f"append with fsync, {args.appends:,} records: median {median:.2f} ms, p99 {p99:.2f} ms"
        )
        os.sync()


if __name__ == "__main__":
    main()
