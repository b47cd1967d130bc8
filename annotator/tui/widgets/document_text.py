"""The document text with its quotes highlighted, drawn a line at a time (the Line API).

Only the visible lines are rendered, so a 1 MB document scrolls and redraws as fast as a short
one. The text is wrapped once per width into ``(start, end)`` offset ranges; each drawn line looks
up the marks that overlap it. Text is always data: every character is drawn as itself (control
characters as their visible Unicode pictures), never parsed as markup or escape sequences.

Public API (also used by the review screen):

- :class:`Mark` and :data:`MARK_STYLES`: what can be highlighted and how it looks.
- ``DocumentText.show(text, marks, focus=(...), focus_marks=[...])``: what to draw;
  ``set_marks(...)`` and ``set_focus(...)`` change only the highlights;
  ``show_placeholder(message)`` shows a message instead (while loading).
- ``DocumentText.selection``: a ``(start, end)`` range drawn as selected, or None.
- ``DocumentText.scroll_to_offset(offset)``: bring an offset into view.
- Messages ``DocumentText.TextSelected(start, end)`` (mouse drag) and
  ``DocumentText.OffsetClicked(offset)`` (mouse click).
"""

from __future__ import annotations

import bisect
import re
import textwrap
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import EllipsisType

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

GUTTER = 2
"""Columns left of the text: a bar marks the lines of the focused quote."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted range of the text."""

    start: int
    """First offset."""
    end: int
    """One past the last offset."""
    kind: str
    """A key of :data:`MARK_STYLES`."""


MARK_STYLES: dict[str, Style] = {
    "pending": Style(bgcolor="#4a4416", underline=True),
    "faint": Style(color="#9a9a9a", underline=True),
    "accepted": Style(bgcolor="#1d4d24"),
    "rejected": Style(color="#b06060", strike=True),
    "stale": Style(bgcolor="#5c1f5c", italic=True),
    "speaker": Style(color="#ffb347", bold=True, underline=True),
    "source": Style(color="#d7a6ff", bold=True, underline=True),
    "cue": Style(color="#7fdcff", italic=True, underline=True),
    "focus": Style(bgcolor="#1f5fbf", color="#ffffff", bold=True),
    "selection": Style(bgcolor="#c08a00", color="#000000"),
}
"""How each kind of mark looks. Later kinds in this order are drawn over earlier ones."""

_LAYER = {kind: index for index, kind in enumerate(MARK_STYLES)}
FOCUS_BAR_COLORS: dict[str, str] = {
    "pending": "#d7c847",
    "faint": "#d7c847",
    "accepted": "#3fbf4f",
    "rejected": "#d75f5f",
    "stale": "#d75fd7",
}
"""The gutter bar beside the focused quote takes the colour of its state."""
_SPACE_RUN = re.compile(r"\S+\s*|\s+")
# Characters that are not one cell wide: combining marks, zero-width joiners, wide East Asian
# characters and emoji. A paragraph without any wraps on the fast path.
_NOT_ONE_CELL = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff"
    "\u1100-\u115f\u200b-\u200f\u20d0-\u20ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\ufe00-\ufe0f\ufe20-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f000-\U0001faff\U00020000-\U0003fffd\U000e0000-\U000e01ef]"
)


def _visible(char: str) -> str:
    """A printable stand-in for a control character (same length, so offsets still line up)."""
    code = ord(char)
    if code in (0x09, 0x0D):
        return " "  # a tab, or the CR of a CRLF line end: blank, one cell
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ESC shows as ␛
    if code == 0x7F:
        return "␡"
    if 0x80 <= code < 0xA0:
        return "¿"
    return char


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def displayable(text: str) -> str:
    """``text`` with every control character but the newline replaced by a visible one of the
    same length (so offsets still line up): ESC shows as ␛, a tab as a space."""
    return _CONTROL.sub(lambda match: _visible(match.group()), text)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char) or char in "\u200b\u200c\u200d\ufe0f\ufe0e":
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def cell_width(text: str) -> int:
    """Terminal cells ``text`` takes (wide CJK and emoji count 2, combining marks 0)."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Wrap ``text`` to ``width`` cells: the ``(start, end)`` offsets of each visual line.

    Lines break at newlines and between words; a word wider than the line is cut. The newline
    itself belongs to no line; trailing spaces may run past the width (they are cropped).
    """
    width = max(width, 4)
    all_ascii = text.isascii()
    lines: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        paragraph_end = length if newline < 0 else newline
        if paragraph_end - position <= width and (
            all_ascii or cell_width(text[position:paragraph_end]) <= width
        ):
            lines.append((position, paragraph_end))
        else:
            ascii_only = all_ascii or not _NOT_ONE_CELL.search(text, position, paragraph_end)
            _wrap_paragraph(text, position, paragraph_end, width, lines, ascii_only)
        if newline < 0:
            break
        position = newline + 1
    return lines


def _wrap_paragraph(
    text: str, start: int, end: int, width: int, lines: list[tuple[int, int]], ascii_only: bool
) -> None:
    if ascii_only:
        _wrap_ascii(text, start, end, width, lines)
        return
    line_start = start
    used = 0
    for match in _SPACE_RUN.finditer(text, start, end):
        word = match.group()
        stripped = word.rstrip()
        word_width = len(stripped) if ascii_only else cell_width(stripped)
        if used and used + word_width > width:
            lines.append((line_start, match.start()))
            line_start, used = match.start(), 0
        if word_width > width:
            # A word wider than the line: cut it, character by character.
            cut_start = match.start()
            for index in range(match.start(), match.start() + len(stripped)):
                char_width = 1 if ascii_only else _char_width(text[index])
                if used + char_width > width and index > cut_start:
                    lines.append((line_start, index))
                    line_start, used = index, 0
                used += char_width
            used += len(word) - len(stripped)
            continue
        used += word_width + (len(word) - len(stripped))
    lines.append((line_start, end))


def _wrap_ascii(text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]) -> None:
    # One search per line instead of one step per word: a 1 MB document wraps in milliseconds.
    position = start
    while end - position > width:
        cut = text.rfind(" ", position, position + width + 1)
        if cut <= position:
            lines.append((position, position + width))
            position += width
            continue
        following = cut + 1
        while following < end and text[following] == " ":
            following += 1
        lines.append((position, following))
        position = following
    lines.append((position, end))


class DocumentText(ScrollView, can_focus=True, inherit_bindings=False):
    """A read-only view of one document with highlighted quotes and a selection.

    It does not take the arrow keys (the screen uses them to move between quotes); it scrolls
    with the page keys and the mouse wheel.
    """

    BINDINGS = [
        Binding("pageup", "page_up", "Scroll up a page", show=False),
        Binding("pagedown,space", "page_down", "Scroll down a page", show=False),
    ]
    """Scrolling keys (arrows are left to the screen)."""

    DEFAULT_CSS = """
    DocumentText {
        background: $surface;
        color: $foreground;
        scrollbar-gutter: stable;
    }
    DocumentText > .document-text--placeholder {
        color: $text-muted;
    }
    """

    @dataclass
    class TextSelected(Message):
        """The annotator dragged the mouse over ``[start, end)``."""

        start: int
        """First selected offset."""
        end: int
        """One past the last selected offset."""

    @dataclass
    class OffsetClicked(Message):
        """The annotator clicked the character at ``offset``."""

        offset: int
        """The offset clicked."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.text = ""
        """The document text as given."""
        self.placeholder = ""
        """Shown instead of the text while it loads (or when there is none)."""
        self._display = ""
        self._marks: list[Mark] = []
        self._starts: list[int] = []
        self._max_end: list[int] = []
        self._focus: tuple[int, int] | None = None
        self._focus_kind = "pending"
        self._focus_marks: list[Mark] = []
        self._selection: tuple[int, int] | None = None
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._line_starts: list[int] = [0]
        self._wrapped_width = -1
        self._drag_from: int | None = None
        self._style_cache: dict[tuple[str, ...], Style] = {}
        self._base_style: Style | None = None

    # -- what to show ---------------------------------------------------------------------------

    def show(
        self,
        text: str,
        marks: list[Mark],
        *,
        focus: tuple[int, int] | None | EllipsisType = ...,
        focus_marks: list[Mark] | None = None,
        presorted: bool = False,
        changed: tuple[int, int] | None = None,
    ) -> None:
        """Draw ``text`` with ``marks``.

        ``focus`` is the focused quote and ``focus_marks`` its speaker, source and cue mentions
        (left as they are when ``focus`` is not given). ``presorted`` says the marks are in order
        already (by start, then end), which spares a sort. ``changed`` is the only range whose
        marks changed since the last call, so only its lines are redrawn.
        """
        new_text = text is not self.text or bool(self.placeholder)
        if new_text:
            self.text = text
            self._display = displayable(text)
            self._wrapped_width = -1
        self.placeholder = ""
        self.set_marks(marks, presorted=presorted, changed=None if new_text else changed)
        if focus is not ...:
            self.set_focus(focus, focus_marks)
        if self._wrapped_width != self.text_width:
            self._rewrap()

    def show_placeholder(self, message: str) -> None:
        """Show a one-line message (e.g. while loading) instead of a document."""
        self.text = ""
        self._display = ""
        self.placeholder = message
        self._marks, self._starts, self._max_end = [], [], []
        self._focus, self._focus_marks, self._selection = None, [], None
        self._wrapped_width = -1
        self._rewrap()

    def set_marks(
        self,
        marks: list[Mark],
        *,
        focus: tuple[int, int] | None | EllipsisType = ...,
        focus_marks: list[Mark] | None = None,
        presorted: bool = False,
        changed: tuple[int, int] | None = None,
    ) -> None:
        """Replace the highlights (the text stays); ``presorted``: already by start, then end;
        ``changed``: the only range whose marks differ, so only its lines are redrawn."""
        self._marks = marks if presorted else sorted(marks, key=lambda m: (m.start, m.end))
        self._starts = [mark.start for mark in self._marks]
        running = -1
        self._max_end = []
        for mark in self._marks:
            running = max(running, mark.end)
            self._max_end.append(running)
        if focus is not ...:
            self.set_focus(focus, focus_marks)
        if changed is None:
            self.refresh()
        else:
            first, last = self.line_of(changed[0]), self.line_of(max(changed[1] - 1, changed[0]))
            self.refresh_lines(first, last - first + 1)

    def set_focus(
        self,
        focus: tuple[int, int] | None,
        focus_marks: list[Mark] | None = None,
        kind: str = "pending",
    ) -> None:
        """Move the focus highlight (the other marks stay); ``kind`` is the focused quote's mark
        kind, which colours the gutter bar. Only the lines it leaves and reaches are redrawn."""
        before = self._focus_lines()
        self._focus = focus
        self._focus_kind = kind
        self._focus_marks = list(focus_marks or [])
        for first, last in before + self._focus_lines():
            self.refresh_lines(first, last - first + 1)

    def _focus_lines(self) -> list[tuple[int, int]]:
        """The visual line ranges the focus and its mentions cover."""
        if self._focus is None or self.placeholder:
            return []
        spans = [self._focus] + [(mark.start, mark.end) for mark in self._focus_marks]
        return [(self.line_of(start), self.line_of(max(end - 1, start))) for start, end in spans]

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected range, drawn over everything else."""
        return self._selection

    @selection.setter
    def selection(self, value: tuple[int, int] | None) -> None:
        self._selection = (min(value), max(value)) if value is not None else None
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Cells available for text on a line."""
        return max(self.scrollable_content_region.width - GUTTER, 4)

    def _rewrap(self) -> None:
        width = self.text_width
        if self.placeholder or not self._display:
            self._lines = [(0, 0)]
        elif width != self._wrapped_width:
            self._lines = wrap_offsets(self._display, width)
        self._wrapped_width = width
        self._line_starts = [start for start, _ in self._lines]
        self.virtual_size = Size(width + GUTTER, len(self._lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        """Rewrap when the width changes."""
        if self.text_width != self._wrapped_width:
            self._rewrap()

    def line_of(self, offset: int) -> int:
        """The visual line holding ``offset``."""
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    @property
    def line_count(self) -> int:
        """Visual lines of the wrapped text."""
        return len(self._lines)

    def line_range(self, line: int) -> tuple[int, int]:
        """The offsets a visual line covers."""
        return self._lines[min(max(line, 0), len(self._lines) - 1)]

    def offset_on_line(self, line: int, column: int) -> int:
        """The offset under cell ``column`` of visual ``line`` (clamped to the line)."""
        start, end = self.line_range(line)
        used = 0
        for index in range(start, end):
            used += _char_width(self._display[index])
            if used > column:
                return index
        return end

    def column_of(self, offset: int) -> int:
        """The cell column of ``offset`` on its visual line."""
        start, _ = self.line_range(self.line_of(offset))
        return cell_width(self._display[start:offset])

    def scroll_to_offset(self, offset: int, end: int | None = None) -> None:
        """Scroll (without animation) so ``offset`` (and ``end`` if it fits) is in view."""
        first = self.line_of(offset)
        last = self.line_of(end) if end is not None else first
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_offset.y)
        if first >= top and last < top + height:
            return
        if last - first + 1 >= height or first < top:
            target = max(first - max(height // 4, 1), 0) if first < top else first
        else:
            target = max(last - height + max(height // 4, 1) + 1, first - height // 2, 0)
            target = min(target, first)
        # Forced: a document just put in place of the loading line has no scrollbar until the
        # next layout, and an unforced scroll would be dropped (a resumed quote left off screen).
        self.scroll_to(y=target, animate=False, immediate=True, force=True)

    # -- drawing --------------------------------------------------------------------------------

    def _style_for(self, kinds: tuple[str, ...]) -> Style:
        cached = self._style_cache.get(kinds)
        if cached is None:
            cached = self.base_style
            for kind in sorted(kinds, key=_LAYER.__getitem__):
                cached = cached + MARK_STYLES[kind]
            self._style_cache[kinds] = cached
        return cached

    @property
    def base_style(self) -> Style:
        """The widget's own text style (``rich_style`` walks the DOM: it is kept per theme)."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme or CSS changes."""
        self._style_cache.clear()
        self._base_style = None
        super().notify_style_update()

    def _marks_over(self, start: int, end: int) -> list[Mark]:
        found: list[Mark] = []
        index = bisect.bisect_left(self._starts, end) - 1
        while index >= 0 and self._max_end[index] > start:
            mark = self._marks[index]
            if mark.end > start and mark.start < end:
                found.append(mark)
            index -= 1
        for mark in self._focus_marks:
            if mark.end > start and mark.start < end:
                found.append(mark)
        if self._focus is not None and self._focus[1] > start and self._focus[0] < end:
            found.append(Mark(*self._focus, "focus"))
        if self._selection is not None:
            found.append(Mark(*self._selection, "selection"))
        return found

    def render_line(self, y: int) -> Strip:
        """Draw visual line ``y`` of the viewport."""
        width = self.scrollable_content_region.width
        base = self.base_style
        line = y + int(self.scroll_offset.y)
        if self.placeholder:
            # Wrapped: an error message names a file, a line and what is wrong, all of it useful.
            lines = textwrap.wrap(self.placeholder, max(width - GUTTER, 4), break_on_hyphens=False)
            if y < len(lines):
                segment = Segment("  " + lines[y], base + Style(italic=True, dim=True))
                return Strip([segment]).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if line >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[line]
        marks = self._marks_over(start, end)
        in_focus = (
            self._focus is not None
            and self._focus[0] < max(end, start + 1)
            and (self._focus[1] > start)
        )
        if in_focus:
            bar = Style(color=FOCUS_BAR_COLORS.get(self._focus_kind, "#3f8fff"), bold=True)
            segments = [Segment("▌", base + bar), Segment(" ", base)]
        else:
            segments = [Segment("  ", base)]
        display = self._display
        if not marks:
            segments.append(Segment(display[start:end], base))
        else:
            boundaries = {start, end}
            for mark in marks:
                boundaries.add(min(max(mark.start, start), end))
                boundaries.add(min(max(mark.end, start), end))
            points = sorted(boundaries)
            for left, right in zip(points, points[1:], strict=False):
                kinds = tuple(
                    sorted({mark.kind for mark in marks if mark.start < right and mark.end > left})
                )
                style = self._style_for(kinds) if kinds else base
                segments.append(Segment(display[left:right], style))
        return Strip(segments).adjust_cell_length(width, base)

    # -- mouse ----------------------------------------------------------------------------------

    def _offset_at(self, event: events.MouseEvent) -> int | None:
        if self.placeholder or not self.text:
            return None
        # Relative to the text area (inside any border), also while dragging outside it.
        where = event.get_content_offset_capture(self)
        line = min(max(where.y, 0) + int(self.scroll_offset.y), len(self._lines) - 1)
        return self.offset_on_line(line, max(where.x - GUTTER, 0))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """Start a selection (or a click) at the pointer."""
        offset = self._offset_at(event)
        if offset is None:
            return
        self._drag_from = offset
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Grow the selection while dragging."""
        if self._drag_from is None:
            return
        offset = self._offset_at(event)
        if offset is not None and offset != self._drag_from:
            self.selection = (self._drag_from, offset)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        """Finish: a drag reports a selection, a click reports the offset."""
        if self._drag_from is None:
            return
        self.release_mouse()
        origin, self._drag_from = self._drag_from, None
        offset = self._offset_at(event)
        if offset is None:
            return
        if offset == origin:
            self.post_message(self.OffsetClicked(offset))
        else:
            low, high = sorted((origin, offset))
            self.selection = (low, high)
            self.post_message(self.TextSelected(low, high))
