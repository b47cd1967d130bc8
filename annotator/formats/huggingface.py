"""huggingface (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="huggingface-wip", summary="not yet", writer=None)
