"""``exports/seeds-gold/`` is the seed gold exported in every format: fail when it is stale.

The test runs the very command ``exports/README.md`` documents into a temporary folder and
compares every file byte for byte, except the record timestamps that the gold file does not
carry (they are the time of the run) in ``records-jsonl/`` and ``spacy/``.
"""

from __future__ import annotations

import importlib.util
import shlex
from pathlib import Path

import orjson
import pytest

from annotator.cli import main

REPOSITORY = Path(__file__).resolve().parents[2]
GOLD = REPOSITORY / "seeds" / "gold.jsonl"
COMMITTED = REPOSITORY / "exports" / "seeds-gold"
README = REPOSITORY / "exports" / "README.md"
TIMESTAMPS = ("created", "updated")

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="seeds/gold.jsonl is not there yet")


def documented_command() -> list[str]:
    """The arguments of the ``quote-annotator export all`` line in exports/README.md."""
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("quote-annotator export all"):
            return shlex.split(line)[1:]
    raise AssertionError("exports/README.md documents no 'quote-annotator export all' line")


def normalised(path: Path, relative: Path) -> object:
    """What must match: the bytes, or for timestamped records their content without times."""
    data = path.read_bytes()
    top = relative.parts[0]
    if top == "records-jsonl" and path.suffix == ".jsonl":
        return [_without_times(orjson.loads(line)) for line in data.splitlines()]
    if top in ("records-jsonl", "spacy") and path.name == "manifest.json":
        manifest = orjson.loads(data)
        manifest["files"] = [entry["path"] for entry in manifest["files"]]
        return manifest
    if top == "spacy" and path.suffix == ".spacy":
        return _spacy_docs(path)
    return data


def _without_times(record: dict) -> dict:
    return {key: value for key, value in record.items() if key not in TIMESTAMPS}


def _spacy_docs(path: Path) -> list:
    import spacy
    from spacy.tokens import DocBin

    docs = DocBin().from_disk(path).get_docs(spacy.blank("xx").vocab)
    return [
        (
            doc.text,
            {
                key: [(s.start_char, s.end_char, s.label_) for s in group]
                for key, group in doc.spans.items()
            },
            [_without_times(quote) for quote in doc.user_data["quotes"]],
        )
        for doc in docs
    ]


def files_below(root: Path) -> set[Path]:
    """Every file below ``root``, relative to it."""
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def test_seeds_gold_exports_are_up_to_date(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(REPOSITORY)
    arguments = documented_command()
    out = tmp_path / "seeds-gold"
    arguments[arguments.index("--out") + 1] = str(out)
    assert main(arguments) == 0, capsys.readouterr().err
    assert COMMITTED.is_dir(), f"run: quote-annotator {shlex.join(documented_command())}"
    fresh, committed = files_below(out), files_below(COMMITTED)
    if importlib.util.find_spec("spacy") is None:
        committed = {path for path in committed if path.parts[0] != "spacy"}
    assert fresh == committed, "exports/seeds-gold is stale: rerun the command in exports/README.md"
    for relative in sorted(fresh):
        assert normalised(out / relative, relative) == normalised(COMMITTED / relative, relative), (
            f"exports/seeds-gold/{relative} is stale: rerun the command in exports/README.md"
        )


def test_every_committed_export_was_made_from_the_current_gold():
    """Also holds where an export cannot be rerun (``spacy/`` without spaCy installed)."""
    import hashlib

    current = hashlib.sha256(GOLD.read_bytes()).hexdigest()
    stale = []
    for manifest_path in sorted(COMMITTED.glob("*/manifest.json")):
        inputs = orjson.loads(manifest_path.read_bytes())["inputs"]
        if [entry["sha256"] for entry in inputs] != [current]:
            stale.append(manifest_path.parent.name)
    assert stale == [], f"made from an older seeds/gold.jsonl: {stale}"


def test_every_exportable_format_has_its_folder():
    from annotator.formats import FORMATS

    folders = {path.name for path in COMMITTED.iterdir() if path.is_dir()}
    expected = {name for name, fmt in FORMATS.items() if fmt.writer is not None}
    assert expected - {"spacy"} <= folders


TWO_WAY_TARGETS = {
    "quotes-jsonl": "quotes.jsonl",
    "prodigy": "prodigy.jsonl",
    "label-studio": "tasks.json",
    "doccano": "doccano.jsonl",
    "brat": ".",
}


@pytest.mark.parametrize("name", list(TWO_WAY_TARGETS))
def test_seed_gold_round_trips_through_each_two_way_format(name):
    from annotator.exporting import plan_import
    from annotator.formats import get_format
    from tests.unit.test_export_helpers import essence, sort_essences

    gold = plan_import(get_format("quotes-jsonl"), GOLD, annotator="gold", keep_annotators=True)
    assert not gold.problems
    expected = sort_essences(essence(quote) for quote, _ in gold.quotes)
    assert len(expected) > 100
    exported = COMMITTED / name / TWO_WAY_TARGETS[name]
    back = plan_import(get_format(name), exported, annotator="gold", keep_annotators=True)
    assert [str(problem) for problem in back.problems] == []
    assert sort_essences(essence(quote) for quote, _ in back.quotes) == expected
