"""The committed JSON Schemas are generated from the models and kept current."""

from __future__ import annotations

from annotator.records import RECORD_TYPES
from annotator.schema import SCHEMA_FOLDER, schema_files, write_schemas


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
