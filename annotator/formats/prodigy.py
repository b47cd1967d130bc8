"""prodigy (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="prodigy-wip", summary="not yet", writer=None)
