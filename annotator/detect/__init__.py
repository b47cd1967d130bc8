"""Quote detection (the pre-highlighter): plain Python, no model, no UI.

``detect_quotes(text)`` returns every candidate quote of a document (direct, mixed, indirect
and block quotes) with a score, the cue, the speaker resolved within the document and the source.
``canonical_speaker_key`` and ``group_speaker_variants`` recognise one speaker's name variants
across documents.
"""

from typing import Any

from annotator.detect.names import canonical_speaker_key, group_speaker_variants

__all__ = ["canonical_speaker_key", "detect_quotes", "group_speaker_variants"]


def __getattr__(name: str) -> Any:
    # The pipeline is loaded on first use: its lexicons and patterns take half a second, which
    # a program that only matches speaker names (``evaluate`` scoring a file, every command
    # line that is not ``detect``) would pay for nothing.
    if name == "detect_quotes":
        from annotator.detect.pipeline import detect_quotes

        return detect_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
