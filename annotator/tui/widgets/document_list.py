"""The list of documents with per-document progress, drawn a row at a time.

Only the rows on screen are drawn, and each asks for its progress when drawn, so a list of
100,000 documents costs nothing until it is scrolled. The owner gives the ids and a function that
answers a document's progress; a click posts :class:`DocumentList.DocumentChosen`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from annotator.session import DocumentProgress
from annotator.tui.widgets.document_text import cell_width, displayable

_DONE = Style(color="#5fd75f", bold=True)
_STALE = Style(color="#ff5f87", bold=True)
_COUNT = Style(color="#8a8a8a")
_CURRENT = Style(bgcolor="#1f5fbf", color="#ffffff", bold=True)


def _unknown(doc_id: str) -> DocumentProgress:
    return DocumentProgress(0, None, False)


def shorten_middle(name: str, room: int) -> str:
    """``name`` cut to ``room`` cells with an ellipsis in the middle (both ends tell ids apart)."""
    if room <= 1:
        return "…"[:room]
    head = (room - 1) // 2
    tail = room - 1 - head
    while head and cell_width(name[:head]) + cell_width(name[len(name) - tail :]) > room - 1:
        head -= 1
    return name[:head] + "…" + (name[len(name) - tail :] if tail else "")


def progress_label(progress: DocumentProgress) -> str:
    """``labeled/total`` (``?`` while the total is unknown)."""
    total = "?" if progress.total is None else str(progress.total)
    return f"{progress.labeled}/{total}"


class DocumentList(ScrollView, can_focus=False):
    """Document ids with a finished mark and ``labeled/total``; the current one highlighted."""

    DEFAULT_CSS = """
    DocumentList {
        width: 30;
        background: $panel;
        scrollbar-size-vertical: 1;
    }
    """

    @dataclass
    class DocumentChosen(Message):
        """The annotator clicked a document."""

        index: int
        """Its position in the corpus."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ids: list[str] = []
        """Document ids in corpus order."""
        self.progress_of: Callable[[str], DocumentProgress] = _unknown
        """Answers a document's progress (asked only for rows on screen)."""
        self.current: int | None = None
        """The document being annotated."""
        self._base_style: Style | None = None

    def set_documents(self, ids: list[str], progress_of: Callable[[str], DocumentProgress]) -> None:
        """Show these documents."""
        self.ids = ids
        self.progress_of = progress_of
        self.virtual_size = Size(self.size.width, len(ids))
        self.refresh()

    def set_current(self, index: int | None) -> None:
        """Highlight the document being annotated and keep it in view."""
        self.current = index
        if index is not None:
            height = self.scrollable_content_region.height or 1
            top = int(self.scroll_offset.y)
            if not top <= index < top + height:
                self.scroll_to(y=max(index - height // 3, 0), animate=False, immediate=True)
        self.refresh()

    @property
    def base_style(self) -> Style:
        """The widget's own style (``rich_style`` walks the DOM: it is kept per theme)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def notify_style_update(self) -> None:
        """Forget the cached style when the theme or CSS changes."""
        self._base_style = None
        super().notify_style_update()

    def refresh_row(self, index: int | None) -> None:
        """Redraw one document's row (after its progress changed)."""
        if index is not None:
            self.refresh_line(index)

    def render_line(self, y: int) -> Strip:
        """Draw row ``y`` of the viewport."""
        width = self.scrollable_content_region.width
        base = self.base_style
        index = y + int(self.scroll_offset.y)
        if index >= len(self.ids):
            return Strip.blank(width, base)
        doc_id = self.ids[index]
        progress = self.progress_of(doc_id)
        if progress.stale:
            mark, mark_style = "! ", _STALE
        elif progress.finished:
            # The mark agreement and review go by, not "nothing pending": a document finished
            # with `f` keeps quotes open, and one taken back with `f` may have none.
            mark, mark_style = "✓ ", _DONE
        else:
            mark, mark_style = "  ", base
        count = " " + progress_label(progress)
        room = max(width - 2 - len(count), 1)
        name = displayable(doc_id)
        if cell_width(name) > room:
            name = shorten_middle(name, room)
        row_style = base + _CURRENT if index == self.current else base
        segments = [
            Segment(mark, row_style + mark_style if index != self.current else row_style),
            Segment(name, row_style),
            Segment(" " * max(room - cell_width(name), 0), row_style),
            Segment(count, row_style if index == self.current else row_style + _COUNT),
        ]
        return Strip(segments).adjust_cell_length(width, row_style)

    def on_click(self, event: events.Click) -> None:
        """Choose the clicked document."""
        index = event.y + int(self.scroll_offset.y)
        if 0 <= index < len(self.ids):
            self.post_message(self.DocumentChosen(index))
