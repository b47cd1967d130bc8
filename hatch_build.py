"""Opt-in build hook: compile the detector (``annotator/detect``) with mypyc.

Off unless the build runs with ``HATCH_BUILD_HOOK_ENABLE_CUSTOM=true`` (hatchling's switch for
the project's own hook, ``enable-by-default = false`` in ``pyproject.toml``), so a default
install stays pure Python and never installs mypy. Enabled, it type-checks and compiles the
detector's modules into a temporary directory and adds the extension modules to the wheel
beside the ``.py`` files, which stay as they are; Python imports the extension module first.
Nothing is written into the source tree: a pure editable install of the same checkout keeps
importing the ``.py`` files.

An editable install is refused: it imports the modules from the source tree, where no compiled
module is (and one left there would hide every later edit of its ``.py`` file).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "annotator/detect"
"""The package compiled, relative to the project root."""

NOT_COMPILED = frozenset({"__init__.py"})
"""Modules left as Python: ``__init__.py`` loads the pipeline lazily with a module
``__getattr__`` (PEP 562), which a compiled module cannot have."""


class MypycBuildHook(BuildHookInterface):
    """Compile :data:`PACKAGE` with mypyc when hatchling runs this hook (opt-in)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the detector and have the wheel carry the extension modules."""
        if self.target_name != "wheel":
            return
        if version == "editable":
            raise RuntimeError(
                "the compiled detector needs a normal install (an editable one imports the .py "
                "files of the source tree): HATCH_BUILD_HOOK_ENABLE_CUSTOM=true pip install ."
            )
        # Imported here: they are installed for the build only when the hook is enabled.
        from mypyc.build import mypycify
        from setuptools import Distribution

        root = Path(self.root)
        self._work = Path(tempfile.mkdtemp(prefix="quote-annotator-mypyc-"))
        sources = sorted(
            path.relative_to(root).as_posix()
            for path in (root / PACKAGE).glob("*.py")
            if path.name not in NOT_COMPILED
        )
        # mypy reads ``[tool.mypy]`` of pyproject.toml from the project root, as the type check
        # of the tests does; its cache and the generated C go to the temporary directory.
        with contextlib.chdir(root):
            extensions = mypycify(
                ["--cache-dir", str(self._work / "mypy-cache"), *sources],
                opt_level="3",
                target_dir=str(self._work / "c"),
                # The runtime shared by the modules goes inside the package
                # (``annotator/detect__mypyc...so``), not to the top of site-packages.
                group_name=PACKAGE.replace("/", "."),
            )
            distribution = Distribution({"name": "annotator-detect", "ext_modules": extensions})
            build_ext = distribution.get_command_obj("build_ext")
            build_ext.build_lib = str(self._work / "lib")
            build_ext.build_temp = str(self._work / "obj")
            distribution.run_command("build_ext")
        for module in sorted((self._work / "lib").rglob("*.so")) + sorted(
            (self._work / "lib").rglob("*.pyd")
        ):
            build_data["force_include"][str(module)] = module.relative_to(
                self._work / "lib"
            ).as_posix()
        # A wheel holding extension modules is tied to this interpreter and platform.
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the temporary directory once the wheel is written."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
