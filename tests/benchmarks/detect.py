"""Benchmark of the pre-highlighter: throughput, and the evaluation figures against the targets.

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/detect.py [--gold ../shared/eval/polnear-train.jsonl]
        [--runs 3] [--jobs N] [--scaling]

The detector measured is the installed one (the source tree when none is): pure Python, or
compiled with mypyc (see README); the first line says which.

Throughput is measured on the texts of the shared gold set (and the seeds), single process, as
the median of several runs, both in wall-clock time and in CPU time of this process (the fairer
figure on a busy machine). The evaluation figures use the default score floor of ``evaluate``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("annotator") is None:
    # Not installed: the source tree. An installed package is preferred, so that the build
    # compiled with mypyc (a normal install, not an editable one) is the one measured.
    sys.path.insert(0, str(REPOSITORY))

import annotator.detect.pipeline  # noqa: E402
from annotator.detect import detect_quotes  # noqa: E402
from annotator.detect.batch import detect_many  # noqa: E402
from annotator.evaluate import evaluate, load_quotes_jsonl  # noqa: E402

DEFAULT_GOLD = REPOSITORY.parent / "shared" / "eval" / "polnear-train.jsonl"
SEED_GOLD = REPOSITORY / "seeds" / "gold.jsonl"

TARGETS = (
    ("direct exact recall", lambda r: r.exact["direct"].recall, 0.97),
    ("direct exact precision", lambda r: r.exact["direct"].precision, 0.95),
    ("all overlap F1", lambda r: r.overlap["all"].f1, 0.85),
    ("speaker accuracy, matched direct", lambda r: r.speaker["direct"].value or 0.0, 0.92),
)


def throughput(texts: list[str], runs: int) -> tuple[float, float]:
    """Median MB/s over ``runs`` passes: (wall clock, CPU time)."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            detect_quotes(text)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return size / statistics.median(walls), size / statistics.median(cpus)


def _children_cpu() -> float:
    """CPU seconds (user and system) of the child processes that have ended so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


SCALING_SHAPES = {
    "pronoun holders, no names": "The board met. Her criticism of the plan was sharp, and his "
    "support for the port grew. ",
    "pronoun speakers, no names": "He said the ferry would be late again. She said it would not. ",
    "one long sentence": "the ferry said to be late again, and ",
    "quote marks": '"Late," "again," ',
    "cues and quotes run on": "He said that “x” ",
    "transcript, seats and times": "MS ADA LIND (Skarra) (14:32): The ferry is late again.\n",
}
"""Texts made of one pattern repeated: detection should take time in proportion to length."""


def scaling(sizes: tuple[int, ...] = (50_000, 100_000, 200_000)) -> None:
    """Print the CPU time of detection on each shape at each size, and the ratio from one size
    to the next: about 2 for a doubling; 4 means a step quadratic in the text's length."""
    print("scaling (CPU seconds per text; ratio to the size before, 2.0 is linear):")
    for name, unit in SCALING_SHAPES.items():
        cells, previous = [], None
        for size in sizes:
            text = unit * (size // len(unit))
            start = time.process_time()
            detect_quotes(text)
            spent = time.process_time() - start
            ratio = f" x{spent / previous:.1f}" if previous else ""
            cells.append(f"{size // 1000} KB {spent:6.2f} s{ratio}")
            previous = max(spent, 1e-6)
        print(f"  {name:<28} " + "   ".join(cells))


def figures(gold_path: Path) -> None:
    """Print the evaluation of ``gold_path`` and each target met or missed."""
    gold = load_quotes_jsonl(gold_path)
    predictions = dict(detect_many((d["id"], d["text"]) for d in gold))
    report = evaluate(gold, predictions)
    print(f"\n== {gold_path.name} ==")
    print(report.format())
    print("\ntargets:")
    for name, value, target in TARGETS:
        got = value(report)
        mark = "met" if got >= target else "MISSED"
        print(f"  {name:<34} {got:6.3f}  (target >= {target})  {mark}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--scaling", action="store_true", help="only time synthetic texts of growing length"
    )
    args = parser.parse_args()
    if args.scaling:
        scaling()
        return 0
    texts = [
        path.read_text(encoding="utf-8") for path in sorted((REPOSITORY / "seeds").glob("*.txt"))
    ]
    if args.gold.exists():
        texts += [d["text"] for d in load_quotes_jsonl(args.gold)]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    wall, cpu = throughput(texts, args.runs)
    module = Path(annotator.detect.pipeline.__file__ or "")
    kind = "pure Python" if module.suffix == ".py" else "compiled with mypyc"
    print(f"detector: {kind} ({module.parent})")
    print(f"throughput on {len(texts)} documents, {size:.2f} MB, median of {args.runs} runs:")
    print(f"  wall clock {wall:6.2f} MB/s, CPU time {cpu:6.2f} MB/s  (target >= 5 MB/s)")
    # Other processes on the machine slow the wall clock (and, less, the CPU time): say how busy.
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"  load average {load} on {os.cpu_count()} cores")
    if args.jobs > 1:
        children = _children_cpu()
        start, parent = time.perf_counter(), time.process_time()
        for _ in detect_many(((str(i), t) for i, t in enumerate(texts * 2)), jobs=args.jobs):
            pass
        elapsed = time.perf_counter() - start
        # The pool has joined its workers: their CPU time is counted now. Against the CPU time
        # of one process it shows what spreading costs (pickling, process start), which the
        # wall clock of a busy machine hides.
        spent = _children_cpu() - children + time.process_time() - parent
        print(
            f"  --jobs {args.jobs}: {2 * size / elapsed:6.2f} MB/s wall clock (corpus read twice); "
            f"CPU time of workers and parent {spent / (2 * size / cpu):4.2f}x that of one process"
        )
    if args.gold.exists():
        figures(args.gold)
    else:
        print(f"\n(no shared gold at {args.gold}: skipped)")
    figures(SEED_GOLD)
    return 0


if __name__ == "__main__":
    sys.exit(main())
