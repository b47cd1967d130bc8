"""The detector compiled with mypyc (the opt-in build, see README) stays buildable and gives
exactly what the Python one gives.

mypyc compiles from the type annotations and checks them at run time: a variable bound to two
types, or an annotation that lies, fails the build or raises TypeError in compiled code only.
The type check runs in every test run; the comparison needs a compiled install, which the
default one is not: it runs when the interpreter running the tests, or the one named by
``QUOTE_ANNOTATOR_COMPILED_PYTHON``, has the compiled detector installed.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]

_DETECT_ALL = """
import json, sys
import annotator.detect.pipeline as pipeline
from annotator.detect.batch import quotes_of
print(json.dumps({
    "module": pipeline.__file__,
    "quotes": [quotes_of(text) for text in json.load(sys.stdin)],
}))
"""
"""Run in a child interpreter: the detector's module file and its output on the texts given."""

_PIPELINE_FILE = """
import importlib.util
print(importlib.util.find_spec("annotator.detect.pipeline").origin)
"""
"""Where a child interpreter would load the pipeline from, without loading it."""

SENTENCES = [
    "“The ferry will run all winter,” said Ivo Kral, the harbour master, on Monday.",
    "Ada Lind told the Valley Gazette that the fares would rise, adding that nobody had asked.",
    "The plan, she said, is to keep the night boat. Lind and Kral said they agreed.",
    "According to the council, the bridge will close. “Not before May,” a spokeswoman said.",
    "The mayor believes the port can wait. He declined to say when the vote would be held.",
    "Kral wrote in a letter to the board:\n\nThe port cannot close before the winter storms.",
    "Mr. Kral's criticism of the plan was sharp; his deputy called it “a mistake.”",
]
"""Sentences written for this test, touching each stage of the detector."""


def _detect_in(python: str, texts: list[str], source_tree: bool) -> dict[str, Any]:
    """Detect ``texts`` in a child ``python``: from the source tree's ``.py`` files (put first on
    its path), or from what it has installed (``-I``: no path from the environment)."""
    if source_tree:
        command = [python, "-c", _DETECT_ALL]
        environment = {**os.environ, "PYTHONPATH": str(REPOSITORY)}
    else:
        command = [python, "-I", "-c", _DETECT_ALL]
        environment = dict(os.environ)
    result = subprocess.run(
        command,
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return json.loads(result.stdout)


def _compiled_python() -> str | None:
    """An interpreter whose installed detector is compiled, if there is one to test."""
    candidates = [os.environ.get("QUOTE_ANNOTATOR_COMPILED_PYTHON"), sys.executable]
    for python in filter(None, candidates):
        found = subprocess.run([python, "-I", "-c", _PIPELINE_FILE], capture_output=True, text=True)
        if found.returncode == 0 and not found.stdout.strip().endswith(".py"):
            return python
    return None


def test_detector_type_checks_as_the_compiled_build_needs() -> None:
    """``mypy annotator/detect`` as the build runs it (``[tool.mypy]`` of pyproject.toml)."""
    result = subprocess.run(
        # Files, not the SQLite cache, beside the whole-package run of test_typing.py: the suite
        # runs in parallel (-n auto), and two mypy processes writing one SQLite cache can fail
        # with "database is locked"; the cache files are written whole and renamed into place.
        [sys.executable, "-m", "mypy", "--no-sqlite-cache", "annotator/detect"],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _generator_expressions_bound_to_names(source: str) -> list[int]:
    """The lines where ``source`` binds a generator expression to a name."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        and isinstance(node.value, ast.GeneratorExp)
    ]


def test_generator_expressions_found_when_bound_to_a_name() -> None:
    source = "def first(xs):\n    found = (x for x in xs if x)\n    return next(found, None)\n"
    assert _generator_expressions_bound_to_names(source) == [2]
    assert (
        _generator_expressions_bound_to_names("def f(xs):\n    return any(x for x in xs)\n") == []
    )


def test_detector_binds_no_generator_expression_to_a_name() -> None:
    """mypyc evaluates a generator expression bound to a name whole, not lazily as Python
    does: ``next()`` on one ran its filter over every item (the antecedent of a pronoun asked
    the gender of every candidate, a regex compiled for each, and the compiled detector lost
    most of its lead on the Python one). A loop over the generator, or a list, says what runs."""
    found = {
        path.name: lines
        for path in sorted((REPOSITORY / "annotator" / "detect").glob("*.py"))
        if (lines := _generator_expressions_bound_to_names(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def _starred_items_in_membership_tests(source: str) -> list[int]:
    """The lines where ``source`` tests membership in a display with a starred item."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Compare)
        and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops)
        and any(
            isinstance(right, (ast.Tuple, ast.List, ast.Set))
            and any(isinstance(item, ast.Starred) for item in right.elts)
            for right in node.comparators
        )
    ]


def test_starred_items_found_in_membership_tests() -> None:
    source = "def f(x, more):\n    return x in ('a', *more) or x in ('b', 'c')\n"
    assert _starred_items_in_membership_tests(source) == [2]
    assert _starred_items_in_membership_tests("def f(x, more):\n    return (*more,)\n") == []


def test_detector_tests_no_membership_in_a_display_with_a_starred_item() -> None:
    """mypyc (2.4) turns ``x in (a, b)`` into comparisons item by item and stops on a starred
    item with an internal error, so the compiled build failed: ``x in (a, b) or x in more``
    says the same and compiles."""
    found = {
        path.name: lines
        for path in sorted((REPOSITORY / "annotator" / "detect").glob("*.py"))
        if (lines := _starred_items_in_membership_tests(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_compiled_detector_gives_the_candidates_of_the_python_one() -> None:
    compiled_python = _compiled_python()
    if compiled_python is None:
        pytest.skip(
            "no compiled detector installed (see README; or set QUOTE_ANNOTATOR_COMPILED_PYTHON)"
        )
    texts = [path.read_text(encoding="utf-8") for path in sorted(REPOSITORY.glob("seeds/*.txt"))]
    texts += SENTENCES
    pure = _detect_in(sys.executable, texts, source_tree=True)
    compiled = _detect_in(compiled_python, texts, source_tree=False)
    assert pure["module"].endswith(".py")
    assert not compiled["module"].endswith(".py")
    assert sum(map(len, pure["quotes"])) > 50
    for text, expected, got in zip(texts, pure["quotes"], compiled["quotes"], strict=True):
        assert got == expected, text[:80]


def _third_party_imports(module: Path, seen: set[Path] | None = None) -> set[str]:
    """Top-level names of the packages outside the project and the standard library that
    ``module`` imports, following the project's own modules it imports."""
    seen = set() if seen is None else seen
    if module in seen:
        return set()
    seen.add(module)
    found: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top == "annotator":
                path = REPOSITORY / (name.replace(".", "/") + ".py")
                if path.exists() and "detect" not in path.parts:
                    found |= _third_party_imports(path, seen)
            elif top not in sys.stdlib_module_names and top != "__future__":
                found.add(top)
    return found


def test_the_build_hook_installs_what_the_detectors_imports_reach() -> None:
    # mypyc type-checks with the strict [tool.mypy]: a package the detector reaches (through
    # annotator.records) that the build does not install is Any, and strict refuses to subclass
    # it, so the compiled build fails while every test of the pure detector passes.
    import tomllib

    config = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    installed = {
        requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower()
        for requirement in hook["dependencies"]
    }
    reached: set[str] = set()
    for module in (REPOSITORY / "annotator" / "detect").glob("*.py"):
        reached |= _third_party_imports(module)
    # pydantic_core comes with pydantic.
    reached = {"pydantic" if name == "pydantic_core" else name for name in reached}
    assert reached, "the walk found no import outside the standard library"
    assert reached <= installed, sorted(reached - installed)
