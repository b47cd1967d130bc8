"""The detector's modules import only from the layers below them, and its class is built in
the same order.

``pipeline.py`` was split into one module per stage so that the package layout shows the
architecture; an import from a higher layer would tie two stages into a cycle again.
"""

from __future__ import annotations

import ast
from pathlib import Path

from annotator.detect.pipeline import _Detector

LAYERS = ["document", "speakers", "content", "subjects", "reported", "direct", "blocks", "pipeline"]
"""The detector's modules, lowest first: each adds the methods of one stage to the class below."""

DETECT = Path(__file__).resolve().parents[2] / "annotator" / "detect"


def _detect_imports(source: str) -> set[str]:
    """The ``annotator.detect`` modules ``source`` imports from, at any depth (imports inside a
    function or under ``TYPE_CHECKING`` included)."""
    return {
        node.module.rsplit(".", 1)[1]
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
        and node.module is not None
        and node.module.startswith("annotator.detect.")
    }


def test_an_import_from_inside_a_function_is_seen() -> None:
    source = "def f():\n    from annotator.detect.pipeline import _Detector\n"
    assert _detect_imports(source) == {"pipeline"}


def test_each_layer_imports_only_from_the_layers_below() -> None:
    for index, layer in enumerate(LAYERS):
        source = (DETECT / f"{layer}.py").read_text(encoding="utf-8")
        upward = _detect_imports(source) & set(LAYERS[index:])
        assert not upward, (layer, sorted(upward))


def test_the_detector_class_is_built_in_layer_order() -> None:
    layers = [cls.__module__.rsplit(".", 1)[1] for cls in reversed(_Detector.__mro__[:-1])]
    assert layers == LAYERS
