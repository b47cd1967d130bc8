"""Export and import formats: one module per format, each exposing a ``FORMAT`` entry.

``FORMATS`` maps the command-line name to its ``Format``; ``two_way_formats()`` lists those that
can be imported too. Plain Python: nothing here imports the terminal UI.
"""

from __future__ import annotations

from annotator.errors import UserError
from annotator.formats import (
    brat,
    csv_format,
    doccano,
    huggingface,
    label_studio,
    prodigy,
    quotes_jsonl,
    records_jsonl,
    spacy_docbin,
)
from annotator.formats.base import Format

FORMATS: dict[str, Format] = {
    module.FORMAT.name: module.FORMAT
    for module in (
        quotes_jsonl,
        records_jsonl,
        csv_format,
        prodigy,
        label_studio,
        doccano,
        brat,
        huggingface,
        spacy_docbin,
    )
}
"""Every format by its command-line name, in the order help lists them."""


def get_format(name: str) -> Format:
    """The format called ``name``; ``UserError`` listing the known ones otherwise."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise UserError(f"unknown format {name!r} (known: {known})") from None


def two_way_formats() -> list[str]:
    """Names of the formats that can be imported as well as exported."""
    return [name for name, fmt in FORMATS.items() if fmt.reader is not None]
