"""The corpus progress line: a bar of documents finished, labels stored, and this session's pace."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from annotator.session import CorpusProgress, DocumentProgress
from annotator.tui.widgets.document_list import progress_label

BAR_WIDTH = 20
"""Cells of the bar itself."""
NARROW_BAR_WIDTH = 5
"""Cells of the bar on a line narrower than ``WIDE_LINE``: the figures after it come first."""
WIDE_LINE = 90
"""Cells from which the line has room for the full bar."""


def progress_text(
    progress: CorpusProgress | None,
    current: int | None = None,
    document: DocumentProgress | None = None,
    width: int = BAR_WIDTH,
) -> Text:
    """The line shown for ``progress`` (a loading hint for None); ``current`` is the 1-based
    position of the document on screen and ``document`` its own progress."""
    if progress is None:
        return Text("Loading…", style="dim italic")
    fraction = progress.finished / progress.documents if progress.documents else 0.0
    filled = round(fraction * width)
    line = Text()
    if current is not None:
        line.append(f"doc {current:,}/{progress.documents:,}", style="bold")
        if document is not None:
            line.append(f" · {progress_label(document)} quotes", style="bold #ffd75f")
        line.append("  ")
    line.append("█" * filled, style="#5fd75f")
    line.append("░" * (width - filled), style="#5f5f5f")
    line.append(f" {progress.finished:,} finished", style="bold")
    noun = "label" if progress.labeled == 1 else "labels"
    line.append(f" · {progress.labeled:,} {noun}", style="")
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
        # At 80 columns a full bar pushed 'this session (N/h)' off the end of the line.
        width = BAR_WIDTH if self.size.width >= WIDE_LINE else NARROW_BAR_WIDTH
        self.update(progress_text(progress, current, document, width), layout=False)

    def on_resize(self) -> None:
        """Fit the bar to the new width."""
        self.show_progress(*self._shown)
