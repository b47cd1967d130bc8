"""The README's Python examples run as written, so the README cannot drift from the code.

Every ```python block of README.md is run, in order, in one namespace (the blocks of "Using it
from Python" build on one another), in a folder holding a copy of ``seeds/`` and no store.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import orjson
import pytest

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


def test_the_readme_examples_run(project_copy: Path, capsys: pytest.CaptureFixture[str]):
    blocks = python_blocks(README.read_text(encoding="utf-8"))
    # detect's, then corpus, store, agreement, review, export, audit and evaluate
    assert len(blocks) >= 8
    namespace: dict[str, object] = {"__name__": "readme", "text": DETECT_TEXT}
    for line, code in blocks:
        try:
            exec(compile(code, f"README.md:{line}", "exec"), namespace)
        except Exception as error:
            raise AssertionError(f"README.md:{line}: the example fails: {error!r}") from error

    # What the examples claim to have done, checked where it landed.
    store = AnnotationStore(project_copy / "annotations")
    assert store.annotators() == ["ana", "bo", "gold"]
    with store.open("gold") as gold:
        decisions = {quote.meta["adjudication"]["decision"] for quote in gold.quotes()}
    assert decisions == {"unanimous", "take"}
    manifest = orjson.loads((project_copy / "exports/gold-hf/manifest.json").read_bytes())
    assert manifest["format"] == "huggingface" and manifest["counts"]["quotes"] > 0
    printed = capsys.readouterr().out
    assert "Agreement of ana, bo" in printed
    assert "predictions scored below 0.5 not counted" in printed
