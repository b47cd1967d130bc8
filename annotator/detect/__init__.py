"""Quote detection (the pre-highlighter): plain Python, no model, no UI.

``detect_quotes(text)`` returns every candidate quote of a document (direct, mixed, indirect
and block quotes) with a score, the cue, the speaker resolved within the document and the source.
``canonical_speaker_key`` and ``group_speaker_variants`` recognise one speaker's name variants
across documents.
"""

from annotator.detect.names import canonical_speaker_key, group_speaker_variants
from annotator.detect.pipeline import detect_quotes

__all__ = ["canonical_speaker_key", "detect_quotes", "group_speaker_variants"]
