"""The list of documents with per-document progress, drawn a row at a time.

Only the rows on screen are drawn, and each asks for its progress when drawn, so a list of
100,000 documents costs nothing until it is scrolled. The owner gives the ids and a function that
answers a document's progress; a click, or enter on the row under the cursor, posts
:class:`DocumentList.DocumentChosen`. With focus the list moves a cursor from the keyboard, and
typing jumps to the first id holding what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
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
_CURSOR = Style(bgcolor="#875f00", color="#ffffff", bold=True)
_SEARCH = Style(bgcolor="#303030", color="#ffd75f", bold=True)

SEARCH_PAUSE = 1.5
"""Seconds after which a typed character starts a new search instead of extending it."""

MARK_CELLS = 2
"""Cells of a row's finished or stale mark, before the id."""

COUNT_CELLS = 8
"""Cells kept for a row's ``labeled/total`` (``" 120/453"``) when the list is sized to its ids."""


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
    """``labeled/total`` (``?`` while the total is unknown); a finished document whose total
    is unknown shows its labels alone: ``✓ … 0/?`` read as a finished document with something
    left to find out."""
    if progress.total is None:
        return str(progress.labeled) if progress.finished else f"{progress.labeled}/?"
    return f"{progress.labeled}/{progress.total}"


class DocumentList(ScrollView, can_focus=True):
    """Document ids with a finished mark and ``labeled/total``; the current one highlighted and,
    while the list has focus, the one under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move_cursor(-1)", "Document above", show=False),
        Binding("down", "move_cursor(1)", "Document below", show=False),
        Binding("pageup", "move_page(-1)", "A page of documents up", show=False),
        Binding("pagedown", "move_page(1)", "A page of documents down", show=False),
        Binding("home", "move_to(0)", "First document", show=False),
        Binding("end", "move_to(-1)", "Last document", show=False),
        Binding("enter", "choose", "Open", tooltip="Open the document under the cursor"),
        Binding("escape", "dismiss", "Back", tooltip="Back to the text, no document opened"),
        Binding("backspace", "erase", "Erase a typed character", show=False),
    ]
    """Keys while the list has focus (typing an id's characters jumps to it)."""

    DEFAULT_CSS = """
    DocumentList {
        width: 30;
        background: $panel;
        scrollbar-size-vertical: 1;
    }
    """

    @dataclass
    class DocumentChosen(Message):
        """The annotator clicked a document, or pressed enter on it."""

        index: int
        """Its position in the corpus."""

    @dataclass
    class Dismissed(Message):
        """The annotator left the list without opening a document (esc, or a click elsewhere)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.ids: list[str] = []
        """Document ids in corpus order."""
        self.progress_of: Callable[[str], DocumentProgress] = _unknown
        """Answers a document's progress (asked only for rows on screen)."""
        self.current: int | None = None
        """The document being annotated."""
        self.cursor: int | None = None
        """The row the keyboard is on (drawn while the list has focus)."""
        self.search = ""
        """What was typed to find an id (drawn on the last row while not empty)."""
        self._last_typed = 0.0
        self._widest_id = 0
        self._left_by_key = False
        self._base_style: Style | None = None

    def set_documents(self, ids: list[str], progress_of: Callable[[str], DocumentProgress]) -> None:
        """Show these documents."""
        self.ids = ids
        self.progress_of = progress_of
        # Measured once here, for the list's width. ASCII ids take a cell a character; else a
        # wide character takes two, so only ids of at least half the longest length can be the
        # widest. (A corpus of 100,000 ids costs a few milliseconds.)
        longest = max(map(len, ids), default=0)
        if "".join(ids).isascii():
            self._widest_id = longest
        else:
            self._widest_id = max(
                (cell_width(doc_id) for doc_id in ids if 2 * len(doc_id) >= longest), default=0
            )
        self.virtual_size = Size(self.size.width, len(ids))
        self.refresh()

    def width_for_every_id(self) -> int:
        """The outer width (in cells) at which every id shows whole: its mark, the id, room for
        its count, the scrollbar and the list's border."""
        scrollbar = self.styles.scrollbar_size_vertical
        return MARK_CELLS + self._widest_id + COUNT_CELLS + scrollbar + self.gutter.width

    def set_current(self, index: int | None) -> None:
        """Highlight the document being annotated and keep it in view."""
        self.current = index
        if index is not None:
            self._keep_in_view(index)
        self.refresh()

    def _keep_in_view(self, index: int) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_offset.y)
        if not top <= index < top + height:
            self.scroll_to(y=max(index - height // 3, 0), animate=False, immediate=True)

    def _on_focus(self, event: events.Focus) -> None:
        """Start from the document being annotated."""
        super()._on_focus(event)
        self._left_by_key = False
        self.search = ""
        self.cursor = self.current if self.current is not None else (0 if self.ids else None)
        if self.cursor is not None:
            self._keep_in_view(self.cursor)
        self.refresh()

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        self.search = ""
        self.refresh()
        # A click on the text leaves the list as esc does (else it stayed open at 80 columns).
        # Left by esc or enter, the list has said so already: the blur that follows says nothing.
        if not self._left_by_key:
            self.post_message(self.Dismissed())

    def _put_cursor(self, index: int) -> None:
        if not self.ids:
            return
        self.cursor = min(max(index, 0), len(self.ids) - 1)
        self._keep_in_view(self.cursor)
        self.refresh()

    def action_move_cursor(self, step: int) -> None:
        """Move the cursor a row."""
        self.search = ""
        self._put_cursor((self.cursor or 0) + step)

    def action_move_page(self, step: int) -> None:
        """Move the cursor a page."""
        self.search = ""
        page = max(self.scrollable_content_region.height - 1, 1)
        self._put_cursor((self.cursor or 0) + step * page)

    def action_move_to(self, index: int) -> None:
        """Put the cursor on the first (0) or the last (-1) document."""
        self.search = ""
        self._put_cursor(index if index >= 0 else len(self.ids) + index)

    def action_choose(self) -> None:
        """Open the document under the cursor."""
        if self.cursor is not None:
            self._left_by_key = True
            self.post_message(self.DocumentChosen(self.cursor))

    def action_dismiss(self) -> None:
        """Leave the list, opening nothing."""
        self._left_by_key = True
        self.post_message(self.Dismissed())

    def action_erase(self) -> None:
        """Take the last typed character back."""
        if self.search:
            self._find(self.search[:-1])

    def on_key(self, event: events.Key) -> None:
        """A character extends the search (or, after a pause, starts a new one)."""
        if not event.is_printable or event.character is None:
            return
        # Else the screen's own keys would act on the document behind the list.
        event.stop()
        event.prevent_default()
        now = event.time
        starts_a_new_search = now - self._last_typed > SEARCH_PAUSE
        self._last_typed = now
        self._find(("" if starts_a_new_search else self.search) + event.character)

    def _find(self, search: str) -> None:
        """Put the cursor on the first id that starts with ``search``, else holds it (case
        ignored); the search is shown whether found or not."""
        self.search = search
        wanted = search.casefold()
        if wanted:
            folded = [doc_id.casefold() for doc_id in self.ids]
            found = next((i for i, doc_id in enumerate(folded) if doc_id.startswith(wanted)), None)
            if found is None:
                found = next((i for i, doc_id in enumerate(folded) if wanted in doc_id), None)
            if found is not None:
                self._put_cursor(found)
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
        if self.search and y == self.scrollable_content_region.height - 1:
            return self._search_line(width)
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
        room = max(width - MARK_CELLS - len(count), 1)
        name = displayable(doc_id)
        if cell_width(name) > room:
            name = shorten_middle(name, room)
        highlight = None
        if index == self.cursor and self.has_focus:
            highlight = _CURSOR
        elif index == self.current:
            highlight = _CURRENT
        row_style = base + highlight if highlight else base
        segments = [
            Segment(mark, row_style + mark_style if highlight is None else row_style),
            Segment(name, row_style),
            Segment(" " * max(room - cell_width(name), 0), row_style),
            Segment(count, row_style if highlight else row_style + _COUNT),
        ]
        return Strip(segments).adjust_cell_length(width, row_style)

    def _search_line(self, width: int) -> Strip:
        """The last row while an id is being typed: what was typed, and whether it is found."""
        search = displayable(self.search)
        folded = self.search.casefold()
        found = any(folded in doc_id.casefold() for doc_id in self.ids)
        line = f"find: {search}" + ("" if found else "  (none)")
        if cell_width(line) > width:
            line = "…" + line[len(line) - width + 1 :]
        return Strip([Segment(line, self.base_style + _SEARCH)]).adjust_cell_length(
            width, self.base_style + _SEARCH
        )

    def on_click(self, event: events.Click) -> None:
        """Choose the clicked document."""
        index = event.y + int(self.scroll_offset.y)
        if 0 <= index < len(self.ids):
            self.post_message(self.DocumentChosen(index))
