"""Benchmark of the pre-highlighter on pathological texts that archives hold: time per MB at two
sizes, whose ratio shows how the cost grows (1.0 is linear; 2.0 means twice the time per MB for
twice the text, a step quadratic in the length).

Run as a script (not collected by pytest):

    .venv/bin/python tests/benchmarks/detect_pathological.py [--size 100000] [--only NAME]

Each shape is one pattern repeated up to the size in characters, then up to twice that size.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
if importlib.util.find_spec("annotator") is None:
    sys.path.insert(0, str(REPOSITORY))

from annotator.detect import detect_quotes  # noqa: E402


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit))


def _numbered(template: str) -> Callable[[int], str]:
    """``template`` repeated with ``{k}`` a new hexadecimal number each time: distinct invented
    names, since one name repeated would be a single entry in every table of the detector."""

    def make(size: int) -> str:
        parts, length, k = [], 0, 0
        while length < size:
            parts.append(template.format(k=f"{k:x}"))
            length += len(parts[-1])
            k += 1
        return "".join(parts)

    return make


def _nested(size: int) -> str:
    depth = max(1, size // 20)
    return "“a ‘b " * depth + "c’ d”" * depth


SHAPES: dict[str, Callable[[int], str]] = {
    "no punctuation": _repeat("the ferry runs late again "),
    "opening marks, none closed": _repeat("“"),
    "opening marks and words": _repeat("“the ferry "),
    "lines of SPEAKER:": _repeat("SPEAKER:\n"),
    "said said said": _repeat("said "),
    "one word repeated": _repeat("ferry "),
    "names each said": _numbered("Ada Lind{k} said. "),
    "quotes of distinct names": _numbered("“The ferry is late,” Ada Lind{k} said. "),
    "transcript, distinct labels": _numbered("MS LIND{k}: The ferry is late.\n"),
    "nested quotes": _nested,
    "only newlines": _repeat("\n"),
    "only CRLF": _repeat("\r\n"),
    "straight quotes, none closed": _repeat('"the '),
    "colons and newlines": _repeat("The ferry said:\n"),
}
"""Each pathological shape, made to a given size in characters."""


def measure(make: Callable[[int], str], size: int) -> float:
    """CPU seconds per MB (UTF-8) to detect the quotes of ``make(size)``."""
    text = make(size)
    megabytes = len(text.encode("utf-8")) / 1e6
    start = time.process_time()
    detect_quotes(text)
    return (time.process_time() - start) / megabytes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="the smaller size, characters")
    parser.add_argument("--only", help="run only the shapes whose name holds this")
    args = parser.parse_args()
    print(f"CPU seconds per MB at {args.size:,} and {2 * args.size:,} characters")
    print("(ratio 1.0 is linear, 2.0 quadratic):")
    for name, make in SHAPES.items():
        if args.only and args.only not in name:
            continue
        small = measure(make, args.size)
        large = measure(make, 2 * args.size)
        print(f"  {name:<30} {small:8.2f} s/MB {large:8.2f} s/MB  x{large / max(small, 1e-9):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
