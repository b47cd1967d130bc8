"""Checks on the package's source that no reviewer should have to make by eye."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"


def _strings_in_a_row(source: str) -> list[int]:
    """Lines of module-level strings that follow another string: a constant's docstring pushed
    away from its constant when another definition was put between them (merges did that)."""

    def is_string(node: ast.stmt) -> bool:
        return (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and (isinstance(node.value.value, str))
        )

    body = ast.parse(source).body
    return [b.lineno for a, b in zip(body, body[1:], strict=False) if is_string(a) and is_string(b)]


def test_two_strings_in_a_row_are_found() -> None:
    source = 'A = 1\nB = 2\n"""Of B."""\n"""Of A, pushed away."""\nC = 3\n"""Of C."""\n'
    assert _strings_in_a_row(source) == [4]


def test_every_constants_docstring_stands_under_its_constant() -> None:
    found = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _strings_in_a_row(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def _ignores_without_reason(source: str) -> list[int]:
    """Lines whose ``# type: ignore[code]`` has no reason: no comment after it on the line, and
    none on the line above."""
    lines = source.splitlines()
    found = []
    for number, line in enumerate(lines, 1):
        _, ignore, rest = line.partition("# type: ignore[")
        if not ignore:
            continue
        reason_after = "#" in rest.partition("]")[2]
        reason_above = number > 1 and lines[number - 2].lstrip().startswith("#")
        if not (reason_after or reason_above):
            found.append(number)
    return found


def test_an_ignore_without_a_reason_is_found() -> None:
    source = (
        "a = f()  # type: ignore[misc]\n"
        "b = f()  # type: ignore[misc]  # f is untyped\n"
        "# f is untyped here too\n"
        "c = f()  # type: ignore[misc]\n"
    )
    assert _ignores_without_reason(source) == [1]


def test_every_type_ignore_says_why() -> None:
    found = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _ignores_without_reason(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def _constants_not_final(source: str) -> list[str]:
    """Upper-case module-level names bound once by a plain assignment: mypyc reads each from
    the module's dict at every use unless it is declared ``Final`` (a C static then)."""
    body = ast.parse(source).body
    bound: dict[str, int] = {}
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound[node.id] = bound.get(node.id, 0) + 1
        elif isinstance(node, ast.Global):
            for name in node.names:
                bound[name] = bound.get(name, 0) + 2
    return [
        target.id
        for node in body
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(target := node.targets[0], ast.Name)
        and target.id.lstrip("_")[:1].isupper()
        and target.id.upper() == target.id
        and bound.get(target.id) == 1
    ]


def test_a_constant_bound_once_without_final_is_found() -> None:
    source = "from typing import Final\nA: Final = 1\nB = 2\nC = 3\nC = 4\n_D = re.compile('x')\n"
    assert _constants_not_final(source) == ["B", "_D"]


def test_the_compiled_detectors_constants_are_final() -> None:
    found = {
        path.name: names
        for path in sorted((PACKAGE / "detect").glob("*.py"))
        if (names := _constants_not_final(path.read_text(encoding="utf-8")))
    }
    assert found == {}
