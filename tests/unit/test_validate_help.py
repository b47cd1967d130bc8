"""What ``validate --help`` promises matches what it checks."""

from __future__ import annotations

import pytest

from tests.unit.cli_helpers import run_cli


def test_validate_help_names_the_suggestions_past_the_text_it_reports(capsys):
    """validate reports a stored suggestion running past the end of its text (the one a
    records-jsonl export skips), but its help listed every other problem and not that one."""
    with pytest.raises(SystemExit):
        run_cli(capsys, "validate", "--help")
    said = " ".join(capsys.readouterr().out.split())
    assert "detector suggestions that run past the end of the text" in said
