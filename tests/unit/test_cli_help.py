"""Every command's ``--help``: each option says what it does and what happens without it."""

from __future__ import annotations

import argparse

import pytest

from annotator.cli import build_parser
from tests.unit.cli_helpers import run_cli

NO_DEFAULT_TO_STATE = {
    ("export", "corpus"): "required, but where --input carries the texts, as its help says",
    ("import", "--corpus"): "the same as CORPUS, whose help gives the default",
}
"""Options taking a value whose help need not name a default, and why."""


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


def _options_without_a_default(name: str, parser: argparse.ArgumentParser) -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.required:
            continue
        named = action.option_strings[-1] if action.option_strings else action.dest
        if not action.help:
            found.append(f"{named}: no help")
            continue
        takes_a_value = action.nargs != 0
        optional = bool(action.option_strings) or action.nargs in ("?", "*")
        if (
            takes_a_value
            and optional
            and "default" not in action.help
            and (name, named) not in NO_DEFAULT_TO_STATE
        ):
            found.append(named)
    return found


def test_every_option_taking_a_value_says_what_happens_without_it():
    found = {
        name: missing
        for name, parser in _subcommands().items()
        if (missing := _options_without_a_default(name, parser))
    }
    assert found == {}


def test_the_annotators_agreement_compares_by_default_are_those_its_help_names(tmp_path, capsys):
    from annotator.store import AnnotationStore
    from tests.unit.test_agreement_data import quote, span_of

    store = AnnotationStore(tmp_path)
    pier = span_of('"the pier will reopen after the storm season"')
    for name in ("ana", "bo", "gold"):
        with store.open(name, writable=True) as labels:
            labels.save(quote(name, *pier))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["agreement", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "(default: every annotator but those --exclude leaves out: the gold file)" in help_text
    code, out, err = run_cli(capsys, "agreement", "--store", str(tmp_path))
    assert code == 0, err
    assert out.startswith("Agreement of ana, bo\n")


def test_export_help_names_all_among_its_formats(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--help"])
    assert ", or all (every one" in " ".join(capsys.readouterr().out.split())
