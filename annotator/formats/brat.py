"""brat (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="brat-wip", summary="not yet", writer=None)
