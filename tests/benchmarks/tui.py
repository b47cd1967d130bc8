"""How fast the annotate screen answers: run as a script, it prints its figures.

    .venv/bin/python tests/benchmarks/tui.py [--presses 60] [--documents 100000] [--finished 1000]

1. Key press to updated screen for ``n`` (next quote) and ``enter`` (accept, which writes and
   fsyncs the store first) on the largest seed and on a 1 MB document: median and p95 over
   ``--presses`` presses each. The time runs from dispatching the key through the screen's
   bindings until Textual hands the screen update (layout done, changed lines rendered) to the
   terminal driver; it includes Textual's wait for its next frame (at most 1/60 s).
   ``Pilot.press`` is not used for timing: it waits for idle with sleeps of its own (about
   65 ms on an empty app). Target: under 30 ms median. The CPU time of the event loop's thread
   is printed too: on a machine busy with other work, it is the figure that stays put.
2. Time to first screen for a corpus of ``--documents`` documents, as a JSONL file and as a
   folder of text files: from creating the app until its first screen update (the loading
   state) reaches the terminal driver, and until the update showing the first document.
3. Time to first screen when resuming on a store in which the first ``--finished`` documents
   (copies of the seeds) are labeled through, with open documents after them: resuming reads
   from the document of the latest label on, so this stays put as finished work grows.

Uses the project's detector (detection of the 1 MB document happens once, before timing).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import orjson

from annotator.corpus import open_corpus
from annotator.store import AnnotationStore
from annotator.tui.app import make_app
from annotator.tui.screens.annotate import AnnotateScreen

REPOSITORY = Path(__file__).resolve().parents[2]
SEEDS = REPOSITORY / "seeds"
SIZE = (160, 45)


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def watch_display(app) -> list[tuple[float, float]]:
    """Record when the app hands a screen update to its driver (headless or not), as wall
    clock and as CPU time of the event loop's thread."""
    shown: list[tuple[float, float]] = []
    original = app._display  # noqa: SLF001

    def display(screen, renderable) -> None:
        original(screen, renderable)
        if renderable is not None:
            shown.append((time.perf_counter(), time.thread_time()))

    app._display = display  # noqa: SLF001 - instrumentation only
    return shown


async def press_and_update(app, key: str, shown: list) -> tuple[float, float]:
    """Dispatch ``key`` as a key event would; answers milliseconds until the screen update,
    as wall clock and as CPU time spent by the event loop's thread (which other processes on
    a busy machine do not inflate)."""
    shown.clear()
    started, started_cpu = time.perf_counter(), time.thread_time()
    await app._check_bindings(key)  # noqa: SLF001 - the path a key event takes to its action
    while not shown:
        await asyncio.sleep(0)  # let the refresh messages and the update timer run
        if time.perf_counter() - started > 5:
            raise TimeoutError(f"no screen update after {key!r}")
    wall, cpu = shown[-1]
    return (wall - started) * 1000, (cpu - started_cpu) * 1000


async def wait_for_document(pilot, timeout: float = 600.0) -> float:
    """Wait until the annotate screen shows a document; answers the seconds waited."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, AnnotateScreen) and screen.work is not None:
            return time.perf_counter() - started
        await asyncio.sleep(0.005)
    raise TimeoutError("the document never appeared")


async def time_keys(corpus, label: str, presses: int) -> None:
    """Median and p95 from key press to rendered screen, for n and enter."""
    with tempfile.TemporaryDirectory() as folder:
        store = AnnotationStore(Path(folder) / "annotations")
        app = make_app(corpus, store, "bench")
        async with app.run_test(size=SIZE) as pilot:
            loading = await wait_for_document(pilot)
            await app.workers.wait_for_complete()
            screen = app.screen
            print(f"({label}: read, detected and shown in {loading:.1f} s, in a worker)")
            size = len(screen.work.document.text)
            quotes = len(screen.work.items)
            shown = watch_display(app)
            for key in ("n", "enter"):
                screen.focus_index = 0
                timings, cpu = [], []
                for _ in range(min(presses, quotes - 1)):
                    wall, used = await press_and_update(app, key, shown)
                    timings.append(wall)
                    cpu.append(used)
                    await pilot.pause()
                print(
                    f"{label:<28} {size:>9,} chars {quotes:>5} quotes  key {key!r:<8}"
                    f" median {statistics.median(timings):6.1f} ms"
                    f"  p95 {percentile(timings, 0.95):6.1f} ms"
                    f"  (CPU median {statistics.median(cpu):5.1f} ms; {len(timings)} presses)"
                )


async def time_first_screen(corpus_path: Path, label: str) -> None:
    """From creating the app to the first screen update handed to the terminal (the loading
    state), and to the first update that shows a document."""
    with tempfile.TemporaryDirectory() as folder:
        store = AnnotationStore(Path(folder) / "annotations")
        started = time.perf_counter()
        app = make_app(corpus_path, store, "bench")
        shown = watch_display(app)
        async with app.run_test(size=SIZE):
            while True:
                await asyncio.sleep(0.001)
                screen = app.screen
                if isinstance(screen, AnnotateScreen) and screen.work is not None:
                    break
            marker = len(shown)
            while len(shown) == marker:  # the update drawing that document
                await asyncio.sleep(0.001)
            document = shown[-1][0] - started
        painted = shown[0][0] - started
        print(
            f"{label:<40} loading screen {painted * 1000:7.0f} ms   "
            f"first document {document * 1000:7.0f} ms"
        )


async def time_resume(folder: Path, finished: int) -> None:
    """From creating the app to the screen showing the document it resumes at, on a store
    whose first ``finished`` documents are labeled through."""
    from annotator.records import Status  # noqa: PLC0415
    from annotator.session import AnnotationSession  # noqa: PLC0415

    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    corpus_path = folder / "finished.jsonl"
    with corpus_path.open("wb") as sink:
        for i in range(finished + 10):
            text = f"Part {i}.\n\n{texts[i % len(texts)]}"
            sink.write(orjson.dumps({"id": f"doc-{i:06d}", "text": text}) + b"\n")
    store = AnnotationStore(folder / "resume-annotations")
    with store.open("bench", writable=True) as annotations:
        session = AnnotationSession(open_corpus(corpus_path), annotations)
        records = []
        for doc_id in session.corpus.ids[:finished]:
            work = session.load(doc_id)
            records.extend(
                session._label_of(work, item, Status.REJECTED).model_dump(mode="json")  # noqa: SLF001
                for item in work.items
            )
        annotations.save_many(records)
    started = time.perf_counter()
    app = make_app(corpus_path, store, "bench")
    async with app.run_test(size=SIZE):
        while not (isinstance(app.screen, AnnotateScreen) and app.screen.work is not None):
            await asyncio.sleep(0.001)
        shown = time.perf_counter() - started
        doc_id = app.screen.work.doc_id
    print(
        f"resume after {finished:,} finished documents ({len(records):,} labels)"
        f"   first document {shown * 1000:7.0f} ms ({doc_id})"
    )


def make_megabyte_document(folder: Path) -> Path:
    """A ~1 MB document: the seed articles repeated, each copy numbered so quotes differ."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    parts, size, copy = [], 0, 0
    while size < 1_000_000:
        for text in texts:
            part = f"Part {copy}.\n\n{text}\n\n"
            parts.append(part)
            size += len(part)
        copy += 1
    root = folder / "big"
    root.mkdir()
    (root / "one-megabyte.txt").write_text("".join(parts), encoding="utf-8")
    return root


def make_big_corpora(folder: Path, documents: int) -> tuple[Path, Path]:
    """The same ``documents`` short documents as a JSONL file and as a folder of files."""
    sentence = 'Officials met on day {i}. "We are making progress on item {i}," the chair said.\n'
    jsonl = folder / "many.jsonl"
    with jsonl.open("wb") as sink:
        for i in range(documents):
            sink.write(orjson.dumps({"id": f"doc-{i:06d}", "text": sentence.format(i=i)}))
            sink.write(b"\n")
    files = folder / "many"
    for i in range(documents):
        shard = files / f"{i // 1000:03d}"
        if i % 1000 == 0:
            shard.mkdir(parents=True)
        (shard / f"doc-{i:06d}.txt").write_text(sentence.format(i=i), encoding="utf-8")
    return jsonl, files


async def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--finished", type=int, default=1000)
    parser.add_argument("--skip", choices=["keys", "big", "resume"], action="append", default=[])
    args = parser.parse_args()
    largest = max(SEEDS.glob("*.txt"), key=lambda path: path.stat().st_size)
    print(f"terminal {SIZE[0]}x{SIZE[1]}, key press to screen update")
    if "keys" not in args.skip:
        await time_keys(open_corpus(largest), f"seed {largest.name}", args.presses)
        with tempfile.TemporaryDirectory() as folder:
            big = make_megabyte_document(Path(folder))
            await time_keys(open_corpus(big), "1 MB document", args.presses)
    if "resume" not in args.skip:
        with tempfile.TemporaryDirectory() as folder:
            await time_resume(Path(folder), args.finished)
    if "big" in args.skip:
        return
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        jsonl, files = make_big_corpora(Path(folder), args.documents)
        print(
            f"(writing {args.documents:,} documents twice took "
            f"{time.perf_counter() - started:.1f} s)"
        )
        await time_first_screen(jsonl, f"{args.documents:,} documents, one JSONL file")
        await time_first_screen(files, f"{args.documents:,} documents, a folder of files")


if __name__ == "__main__":
    asyncio.run(main())
