"""The README's Python examples run as written, so the README cannot drift from the code.

Every ```python block of README.md is run, in order, in one namespace (the blocks of "Using it
from Python" build on one another), in a folder holding a copy of ``seeds/`` and no store. A line
claimed ``# True`` must be true, and what an example prints "as" a command must be what that
command prints.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import orjson
import pytest

from annotator.cli import main
from annotator.store import AnnotationStore

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SECTION = "## Using it from Python"

# The detect example speaks of "text" without making one: a document's text, given here.
DETECT_TEXT = (
    '"The quay reopens on Monday," harbour master Edda Strand said, adding that the '
    "ferries would follow, according to the Lowmoor Post."
)

_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks(markdown: str) -> list[tuple[int, str]]:
    """Each ```python block's code, with the README line it starts on."""
    return [
        (markdown.count("\n", 0, match.start()) + 2, match.group(1))
        for match in _BLOCK.finditer(markdown)
    ]


def test_the_blocks_are_found():
    sample = "text\n```python\nx = 1\n```\n\n```sh\nls\n```\n```python\ny = 2\n```\n"
    assert python_blocks(sample) == [(3, "x = 1\n"), (10, "y = 2\n")]


def test_the_readme_shows_every_entry_point():
    markdown = README.read_text(encoding="utf-8")
    assert SECTION in markdown
    section = markdown.split(SECTION, 1)[1].split("\n## ", 1)[0]
    code = "".join(block for _, block in python_blocks(section))
    for entry_point in (
        "open_corpus",
        "AnnotationStore",
        "label_from_candidate",
        "count_labels",
        "validate_file",
        "load_labels_and_marks",
        "compute_report",
        "Adjudication",
        "export_from_store",
        "gather_from_store",
        "audit(",
        "evaluate(",
    ):
        assert entry_point in code, entry_point


@pytest.fixture
def project_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder as the examples expect the project's: ``seeds/`` there, no store yet."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """What ``quote-annotator ARGV`` prints on stdout, run in this process."""
    capsys.readouterr()
    assert main(argv) == 0, argv
    return capsys.readouterr().out


# A line of an example that states its value in a comment: ``expression  # True``.
_CLAIMED_TRUE = re.compile(r"^(?P<expression>[^#\n]+?)\s+# True$", re.MULTILINE)


def test_claims_of_true_are_found():
    assert [m["expression"] for m in _CLAIMED_TRUE.finditer("a = 1\nf(x) == g(y)  # True\n")] == [
        "f(x) == g(y)"
    ]


def test_the_readme_examples_run(
    project_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    blocks = python_blocks(README.read_text(encoding="utf-8"))
    # detect's, then corpus, store, agreement, review, export, audit and evaluate
    assert len(blocks) >= 8
    namespace: dict[str, object] = {"__name__": "readme", "text": DETECT_TEXT}
    printed_by: dict[str, str] = {}
    # What each command prints, taken right after the block that claims to match it, before
    # later blocks add to the store.
    command_output: dict[str, str] = {}
    for line, code in blocks:
        try:
            exec(compile(code, f"README.md:{line}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README.md:{line}: the example fails: {error!r}") from error
        for claim in _CLAIMED_TRUE.finditer(code):
            assert eval(claim["expression"], namespace) is True, f"README.md:{line}: {claim[0]}"
        printed = capsys.readouterr().out
        for name in ("count_labels", "render_table", "render_report", "scores.format"):
            if name in code:
                printed_by[name] = printed
        if "count_labels" in code:
            command_output["stats"] = run_command(["stats", "seeds/", "--json"], capsys)
        if "render_table" in code:
            command_output["agreement"] = run_command(["agreement", "ana", "bo"], capsys)
        if "render_report" in code:
            # audit wraps to the terminal; render_report's default width is 100.
            monkeypatch.setenv("COLUMNS", "100")
            command_output["audit"] = run_command(["audit", "seeds/", "gold"], capsys)
        if "scores.format" in code:
            command_output["evaluate"] = run_command(
                ["evaluate", "--gold", "seeds/gold.jsonl"], capsys
            )

    # What the examples claim to have done, checked where it landed.
    store = AnnotationStore(project_copy / "annotations")
    assert store.annotators() == ["ana", "bo", "gold"]
    with store.open("gold") as gold:
        decisions = {quote.meta["adjudication"]["decision"] for quote in gold.quotes()}
    assert decisions == {"unanimous", "take"}
    manifest = orjson.loads((project_copy / "exports/gold-hf/manifest.json").read_bytes())
    assert manifest["format"] == "huggingface" and manifest["counts"]["quotes"] > 0

    # What they print: as the commands they name print it.
    store_lines = printed_by["count_labels"].splitlines()
    assert re.fullmatch(r"\d+ True \['ana', 'bo'\]", store_lines[0]), store_lines[0]
    assert ast.literal_eval(store_lines[1]) == orjson.loads(command_output["stats"])
    assert store_lines[2] == "[]"  # validate_file: every span fits
    assert command_output["agreement"].startswith("Agreement of ana, bo")
    assert command_output["agreement"] in printed_by["render_table"]
    assert command_output["audit"].strip() in printed_by["render_report"]
    assert command_output["evaluate"].strip() in printed_by["scores.format"]
