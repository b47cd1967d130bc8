"""label_studio (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="label_studio-wip", summary="not yet", writer=None)
