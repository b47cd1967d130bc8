"""doccano (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="doccano-wip", summary="not yet", writer=None)
