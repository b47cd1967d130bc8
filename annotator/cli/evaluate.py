"""Score quote detection against a gold file.

Not available yet: this subcommand is tracked as issue 3.
"""

from __future__ import annotations

import argparse

from annotator.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Accept anything until the real arguments land."""
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    """Say that the subcommand is not there yet."""
    raise UserError("not available yet (tracked as issue 3)")
