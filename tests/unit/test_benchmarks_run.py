"""Every benchmark script still runs, on a corpus small enough for the test suite.

The figures are not checked here (speed is measured by running the scripts by hand, on a quiet
machine); what is checked is that a refactor of the code they drive has not broken them, and that
tiny sizes, where an edge case hides, do not crash them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
REPOSITORY = BENCHMARKS.parents[1]

RUNS = {
    "agreement.py": (
        ["--documents", "20", "--quotes", "3", "--repeat", "1", "--skip-review"],
        "alignment + figures:",
    ),
    "audit.py": (["--quotes", "200", "--documents", "50", "--repeats", "1"], "precision"),
    "detect.py": (
        ["--gold", str(REPOSITORY / "seeds" / "gold.jsonl"), "--runs", "1", "--jobs", "1"],
        "direct exact recall",
    ),
    "detect_pathological.py": (["--size", "200"], "nested quotes"),
    "export.py": (["--quotes", "500", "--formats", "quotes-jsonl", "csv"], "import quotes-jsonl"),
    "review.py": (
        ["--documents", "20", "--quotes", "3", "--repeat", "1"],
        "review resumed half way",
    ),
    "store.py": (["--records", "500", "--documents", "50", "--appends", "20"], "append with fsync"),
    "tui.py": (["--presses", "2", "--documents", "20", "--finished", "5"], "first document"),
}


def test_every_benchmark_script_is_run_here() -> None:
    assert sorted(RUNS) == sorted(path.name for path in BENCHMARKS.glob("*.py"))


@pytest.mark.parametrize("script", sorted(RUNS))
def test_benchmark_runs_on_a_tiny_corpus(script: str, tmp_path: Path) -> None:
    arguments, expected = RUNS[script]
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert expected in result.stdout
