"""The corpus progress line: a bar of documents finished, labels stored, and this session's pace."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotator.session import CorpusProgress, DocumentProgress
from annotator.tui.widgets.document_list import progress_label

BAR_WIDTH = 20
"""Cells of the bar itself."""
NARROW_BAR_WIDTH = 5
"""Cells of the bar when the full one leaves no room for the figures after it."""


def progress_text(
    progress: CorpusProgress | None,
    current: int | None = None,
    document: DocumentProgress | None = None,
    width: int = BAR_WIDTH,
    *,
    pace: bool = True,
) -> Text:
    """The line shown for ``progress`` (a loading hint for None); ``current`` is the 1-based
    position of the document on screen and ``document`` its own progress. ``width`` is the
    bar's (0: no bar); ``pace`` adds this session's labels and rate."""
    if progress is None:
        return Text("Loading…", style="dim italic")
    fraction = progress.finished / progress.documents if progress.documents else 0.0
    filled = round(fraction * width)
    line = Text()
    if current is not None:
        line.append(f"doc {current:,}/{progress.documents:,}", style="bold")
        if document is not None:
            line.append(f" · {progress_label(document)} quotes", style="bold #ffd75f")
        line.append("  " if width else " ·")
    line.append("█" * filled, style="#5fd75f")
    line.append("░" * (width - filled), style="#5f5f5f")
    line.append(f" {progress.finished:,} finished", style="bold")
    noun = "label" if progress.labeled == 1 else "labels"
    line.append(f" · {progress.labeled:,} {noun}", style="")
    if pace:
        line.append(
            f" · {progress.session_labeled:,} this session ({progress.rate:,.0f}/h)", style="dim"
        )
    return line


class CorpusProgressBar(Static):
    """One line: ``doc 3/5 · 4/12 quotes  ███░ 2 finished · 43 labels · 12 this session (37/h)``."""

    DEFAULT_CSS = """
    CorpusProgressBar {
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    """

    _shown: tuple[CorpusProgress | None, int | None, DocumentProgress | None] = (None, None, None)

    def show_progress(
        self,
        progress: CorpusProgress | None,
        current: int | None = None,
        document: DocumentProgress | None = None,
    ) -> None:
        """Redraw for ``progress``; ``current`` is the 1-based position of the open document,
        ``document`` its own progress."""
        self._shown = (progress, current, document)
        # At 80 columns a full bar pushed 'this session (N/h)' off the end of the line, and
        # with a corpus of hundreds of documents even the short bar did: the bar gives way
        # first, then the session's pace, never the figures of the corpus.
        room = self.content_size.width
        line = progress_text(progress, current, document, BAR_WIDTH)
        for width, pace in ((NARROW_BAR_WIDTH, True), (0, True), (0, False)):
            if not room or line.cell_len <= room:
                break
            line = progress_text(progress, current, document, width, pace=pace)
        self.update(line, layout=False)

    def on_resize(self) -> None:
        """Fit the bar to the new width."""
        self.show_progress(*self._shown)
