"""spacy_docbin (being written)."""

from annotator.formats.base import Format

FORMAT = Format(name="spacy_docbin-wip", summary="not yet", writer=None)
