"""The core knows nothing of the screen: no module outside annotator/tui imports textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"

_CHECK = (
    "import sys, importlib\n"
    "for name in sys.argv[1:]:\n"
    "    importlib.import_module(name)\n"
    "sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)\n"
)


def core_modules() -> list[str]:
    """Every module of the package outside the UI (annotator/tui)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "tui" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def imports_textual(*modules: str) -> bool:
    result = subprocess.run([sys.executable, "-c", _CHECK, *modules], capture_output=True)
    assert result.returncode in (0, 1), result.stderr.decode()
    return result.returncode == 1


def test_the_check_sees_textual_when_it_is_imported():
    assert imports_textual("textual.app")


def test_no_core_module_imports_textual():
    modules = core_modules()
    assert "annotator.store" in modules and "annotator.cli" in modules
    if imports_textual(*modules):
        # One process for all is fast; name the culprits only when it fails.
        culprits = [module for module in modules if imports_textual(module)]
        raise AssertionError(f"these core modules import textual: {culprits}")
