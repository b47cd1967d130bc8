"""Audit benchmark: cluster ~100,000 synthetic quotes spread over ~20,000 documents.

Run: ``.venv/bin/python tests/benchmarks/audit.py [--quotes N] [--documents D] [--repeats R]``.

The quotes are made up: statements of 8 to 40 words drawn from a Zipf-like vocabulary (function
words very common, content words a long tail), each reported by 1 to 8 documents, the copies
trimmed, reworded (a word dropped or changed) or given to another speaker now and then. Prints,
for each corpus size (a quarter, half and all of N), the median time of ``audit()`` over the
repeats (wall clock, and CPU time, steadier on a busy machine) and its wall time per 1,000 quotes
(flat when clustering scales linearly), the peak memory of the process, and how well the planted
statements were found again: precision (pairs put together that report one statement) and recall
(pairs of reports of one statement, in different documents, put together). Then the speed of
reading a text's case evidence (:class:`~annotator.audit.CaseEvidence`, which the command reads
from the documents while gathering), over the quotes' text.

``--common-phrases S`` makes it read more like news: a share S of the statements name one of a
few hundred public figures with a title (*deputy minister* and a made-up name), and as many
short quotes in other documents, each its own statement, are a word or two around such a name
(*a letter to deputy minister ...*), half of them in quote marks and half indirect. Pairs joined
through the shared name then lower the precision. The default, 0, is the corpus as before.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from itertools import accumulate, combinations

from annotator.audit import CaseEvidence, Occurrence, audit

FUNCTION_WORDS = (
    "the a of to and in that is was it for on with as be at by this we will not have are from "
    "they but he she said would our there their been has more all can an which"
).split()


def vocabulary(rng: random.Random, size: int) -> list[str]:
    """Made-up content words of 3 to 10 letters."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = set()
    while len(words) < size:
        words.add("".join(rng.choices(letters, k=rng.randint(3, 10))))
    return sorted(words)


FIGURES = 300
"""Public figures the statements of ``--common-phrases`` name."""


def make_quotes(
    quotes: int, documents: int, seed: int = 11, common_phrases: float = 0.0
) -> tuple[list[Occurrence], list[int]]:
    """Occurrences and, for each, the number of the statement it reports."""
    rng = random.Random(seed)
    content = vocabulary(rng, 60_000)
    # Its own generator, so that with no common phrases the corpus is the one it always was.
    extra = random.Random(seed + 1)
    figures = [["deputy", "minister", *extra.sample(content, 2)] for _ in range(FIGURES)]
    # Zipf-like weights: a few content words are common, most are rare.
    weights = list(accumulate(1.0 / (rank + 10) for rank in range(len(content))))
    speakers = [f"Speaker{n} Surname{n}" for n in range(3_000)]
    occurrences: list[Occurrence] = []
    truth: list[int] = []
    statement = 0
    while len(occurrences) < quotes:
        length = rng.randint(8, 40)
        words = [rng.choice(FUNCTION_WORDS) if rng.random() < 0.45 else None for _ in range(length)]
        picks = iter(rng.choices(content, cum_weights=weights, k=length))
        words = [word or next(picks) for word in words]
        if common_phrases and extra.random() < common_phrases:
            at = extra.randrange(len(words) + 1)
            words[at:at] = extra.choice(figures)
        speaker = rng.choice(speakers)
        copies = min(int(rng.paretovariate(1.3)), 8)
        for _ in range(copies):
            version = list(words)
            roll = rng.random()
            if roll < 0.2 and len(version) > 10:
                version = version[rng.randint(1, 3) : len(version) - rng.randint(0, 3)]
            elif roll < 0.35:
                del version[rng.randrange(len(version))]
            elif roll < 0.5:
                version[rng.randrange(len(version))] = rng.choice(content)
            text = "“" + " ".join(version).capitalize() + ",”"
            said_by = rng.choice(speakers) if rng.random() < 0.05 else speaker
            doc_index = rng.randrange(documents)
            start = rng.randrange(5_000)
            occurrences.append(
                Occurrence(
                    doc_id=f"doc-{doc_index:06d}",
                    doc_index=doc_index,
                    start=start,
                    end=start + len(text),
                    text=text,
                    speaker=said_by,
                )
            )
            truth.append(statement)
            if len(occurrences) == quotes:
                break
        statement += 1
        if common_phrases and extra.random() < common_phrases and len(occurrences) < quotes:
            fragment = " ".join([extra.choice(content), "to", *extra.choice(figures)])
            doc_index = extra.randrange(documents)
            quoted = extra.random() < 0.5
            text = f"“{fragment}”" if quoted else fragment
            occurrences.append(
                Occurrence(
                    doc_id=f"doc-{doc_index:06d}",
                    doc_index=doc_index,
                    start=0,
                    end=len(text),
                    text=text,
                    quote_type="direct" if quoted else "indirect",
                )
            )
            truth.append(statement)
            statement += 1
    return occurrences, truth


def pair_scores(report, truth: list[int], occurrences: list[Occurrence]) -> tuple[float, float]:
    """Share of found pairs that are planted (precision) and planted pairs found (recall)."""
    position = {id(occurrence): index for index, occurrence in enumerate(occurrences)}
    found = set()
    for cluster in report.clusters:
        members = sorted(position[id(reported.occurrence)] for reported in cluster.occurrences)
        found.update(combinations(members, 2))
    by_statement: dict[int, list[int]] = {}
    for index, statement in enumerate(truth):
        by_statement.setdefault(statement, []).append(index)
    planted = set()
    for members in by_statement.values():
        # Only reports in different documents can be found (a cluster needs two documents).
        if len({occurrences[i].doc_id for i in members}) >= 2:
            planted.update(combinations(sorted(members), 2))
    hits = len(found & planted)
    return hits / max(len(found), 1), hits / max(len(planted), 1)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--common-phrases", type=float, default=0.0, metavar="S")
    args = parser.parse_args()
    common = f", common phrases {args.common_phrases}" if args.common_phrases else ""
    print(
        f"audit benchmark: up to {args.quotes:,} quotes over {args.documents:,} documents{common}"
    )
    print(
        f"{'quotes':>9} {'clusters':>9} {'median s':>9} {'cpu s':>7} {'ms/1k':>7} "
        f"{'precision':>10} {'recall':>7}"
    )
    for share in (4, 2, 1):
        quotes = args.quotes // share
        occurrences, truth = make_quotes(quotes, args.documents, common_phrases=args.common_phrases)
        times = []
        cpu_times = []
        report = None
        for _ in range(args.repeats):
            started, cpu_started = time.perf_counter(), time.process_time()
            report = audit(occurrences)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.process_time() - cpu_started)
        median = statistics.median(times)
        cpu = statistics.median(cpu_times)
        precision, recall = pair_scores(report, truth, occurrences)
        print(
            f"{quotes:>9,} {len(report.clusters):>9,} {median:>9.2f} {cpu:>7.2f} "
            f"{1000 * median / quotes * 1000:>7.1f} {precision:>10.3f} {recall:>7.3f}"
        )
    # The command reads how the documents write their words (CaseEvidence) while gathering;
    # here the quotes stand for the documents' text, to give its speed per megabyte.
    texts = [occurrence.text for occurrence in occurrences]
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    reading = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        CaseEvidence.of(texts)
        reading.append(time.perf_counter() - started)
    median = statistics.median(reading)
    print(
        f"reading case evidence from {megabytes:.1f} MB of quotes: {median:.2f} s "
        f"({megabytes / median:.1f} MB/s)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
