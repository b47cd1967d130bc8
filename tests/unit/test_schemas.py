"""The committed JSON Schemas are generated from the models and kept current."""

from __future__ import annotations

from pathlib import Path

from annotator.records import RECORD_TYPES
from annotator.schema import SCHEMA_FOLDER, default_schema_folder, schema_files, write_schemas


def test_committed_schemas_match_the_models():
    expected = schema_files()
    committed = {path.name: path.read_bytes() for path in SCHEMA_FOLDER.glob("*.schema.json")}
    stale = sorted(name for name in expected if committed.get(name) != expected[name])
    extra = sorted(set(committed) - set(expected))
    assert not stale and not extra, (
        f"schemas/ is out of date (stale: {stale}, extra: {extra}); "
        "run `quote-annotator schema` and commit the result"
    )


def test_every_record_type_has_a_schema_naming_its_fields(tmp_path):
    written = write_schemas(tmp_path)
    assert len(written) == len(RECORD_TYPES)
    quote_schema = (tmp_path / "quote-annotation.schema.json").read_text()
    for field in ("doc_sha256", "speaker_spans", "confidence", "suggestion", "schema_version"):
        assert f'"{field}"' in quote_schema


def test_schema_writes_to_the_checkout_or_else_to_the_working_folder(tmp_path):
    """In a checkout, ``schema`` keeps the repository's ``schemas/`` current; installed from a
    wheel, the package's parent is site-packages, so it writes ``schemas/`` where it runs."""
    assert default_schema_folder() == SCHEMA_FOLDER  # this checkout has its pyproject.toml
    installed = tmp_path / "site-packages" / "schemas"
    assert default_schema_folder(installed) == Path("schemas")
    installed.parent.mkdir()
    (installed.parent / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert default_schema_folder(installed) == installed
