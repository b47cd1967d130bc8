"""The whole package type-checks with the options of pyproject.toml's ``[tool.mypy]``.

Skipped where mypy cannot be imported: the check keeps a developer's changes typed, and the
package does not need mypy to run.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def _mypy(*arguments: str) -> subprocess.CompletedProcess[str]:
    """``mypy`` run from the project root (so it reads pyproject.toml) with ``arguments``."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", *arguments],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
    )


def test_mypy_alone_checks_every_module_of_the_package_cleanly() -> None:
    pytest.importorskip("mypy.api")
    result = _mypy()
    assert result.returncode == 0, result.stdout + result.stderr
    checked = re.search(r"no issues found in (\d+) source files", result.stdout)
    assert checked is not None, result.stdout
    # ``files`` in the configuration, not a target on the command line, names what is checked.
    assert int(checked.group(1)) == len(list((REPOSITORY / "annotator").rglob("*.py")))


def test_an_ignore_must_name_its_error_code(tmp_path: Path) -> None:
    pytest.importorskip("mypy.api")
    module = tmp_path / "loose.py"
    module.write_text("width: int = 'wide'  # type: ignore\n", encoding="utf-8")
    result = _mypy("--cache-dir", str(tmp_path / "cache"), str(module))
    assert result.returncode == 1
    assert "[ignore-without-code]" in result.stdout
