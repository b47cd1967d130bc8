"""Write the JSON Schema of every record type.

The files are generated from the pydantic models; a test fails when the committed ones are stale.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.schema import default_schema_folder, write_schemas

READS_LABELS = False
"""Offered no ``--store`` or ``--annotator``: schema touches no annotation file."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--out`` folder."""
    parser.add_argument(
        "--out",
        type=Path,
        default=default_schema_folder(),
        metavar="DIR",
        help="where to write the schema files (default: the repository's schemas/ in a "
        "checkout, else schemas/ here)",
    )


def run(args: argparse.Namespace) -> int:
    """Write the schemas and list them."""
    for path in write_schemas(args.out):
        print(path)
    return 0
