"""JSON Schema files generated from the record models: never written by hand."""

from __future__ import annotations

from pathlib import Path

import orjson

from annotator.errors import UserError
from annotator.records import RECORD_TYPES

SCHEMA_FOLDER = Path(__file__).resolve().parent.parent / "schemas"
"""Where the repository keeps the generated schemas."""


def default_schema_folder(repository_folder: Path = SCHEMA_FOLDER) -> Path:
    """Where ``schema`` writes by default: the repository's ``schemas/`` when the package runs
    from a checkout (an editable install), else ``schemas/`` in the working folder. An installed
    package's parent is site-packages, no place for a project's files."""
    if (repository_folder.parent / "pyproject.toml").is_file():
        return repository_folder
    return Path("schemas")


def schema_files() -> dict[str, bytes]:
    """File name -> content of every record type's JSON Schema."""
    files = {}
    for name, model in RECORD_TYPES.items():
        schema = model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
        files[f"{name}.schema.json"] = orjson.dumps(
            schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
        )
    return files


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder`` (created if missing); return the paths written."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: is a file, not a folder to write the schemas into")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in schema_files().items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written
