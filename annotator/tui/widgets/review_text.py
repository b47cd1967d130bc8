"""The review's text view: the words around one disagreement, each annotator's span in colour.

Document text is data: it goes into ``rich.text.Text`` and is styled by offset, never parsed as
markup. Control characters are shown as visible symbols of the same length, so offsets hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from annotator.adjudication import Disagreement
from annotator.records import QuoteAnnotation, Status

ANNOTATOR_COLOURS = (
    "#1f6feb",
    "#b8860b",
    "#8b3fbf",
    "#2e8b57",
    "#c0392b",
    "#00838f",
    "#ad1457",
    "#6d4c41",
    "#546e7a",
)
"""Background colour of each annotator's span, by position (key 1 is the first)."""

SHARED_STYLE = Style(color="white", bgcolor="#4a4a4a", bold=True)
"""Words inside the accepted span of every annotator who labelled the document."""

AFTER = 320
"""Characters shown at most after the disagreement (more when the view is large)."""

BEFORE = 160
"""Characters shown at most before the disagreement (more when the view is large)."""

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def displayable(text: str) -> str:
    """``text`` with control characters (not newlines) as visible symbols of the same length."""
    return _CONTROL.sub(
        lambda match: "␡" if match.group() == "\x7f" else chr(0x2400 + ord(match.group())), text
    )


def colour_of(index: int) -> str:
    """The colour of the annotator at ``index`` (0-based)."""
    return ANNOTATOR_COLOURS[index % len(ANNOTATOR_COLOURS)]


def annotator_style(index: int) -> Style:
    """Style of the annotator at ``index`` (0-based) for a span only they marked."""
    return Style(color="white", bgcolor=colour_of(index))


def excerpt_bounds(
    text: str, start: int, end: int, before: int = BEFORE, after: int = AFTER
) -> tuple[int, int]:
    """Where to cut the text around ``[start, end)``: at most ``before`` and ``after``
    characters either side, at a paragraph break where one falls in that range (else at a
    space), the span's own paragraph always whole up to those limits."""
    low = max(0, start - before)
    high = min(len(text), end + after)
    if low > 0:
        paragraph = text.find("\n", low, start)
        if paragraph >= 0:
            low = paragraph + 1
        else:
            space = text.find(" ", low, start)
            low = space + 1 if space >= 0 else low
    if high < len(text):
        paragraph = text.rfind("\n", end, high)
        if paragraph >= 0:
            high = paragraph
        else:
            space = text.rfind(" ", end, high)
            high = space if space >= 0 else high
    while low < start and text[low] in "\n\r":
        low += 1
    while high > end and text[high - 1] in "\n\r":
        high -= 1
    return low, high


def render_excerpt(
    disagreement: Disagreement,
    annotators: Sequence[str],
    text: str | None,
    before: int = BEFORE,
    after: int = AFTER,
) -> tuple[Text, int]:
    """The words around the disagreement, with each annotator's accepted span in colour, and
    where in them the disagreement starts.

    Words inside the span of every annotator present are grey; words only some annotators
    included take the colour of the first of them (underlined when more than one did).
    """
    members = disagreement.group.members
    accepted = {name: quote for name, quote in members.items() if quote.status is Status.ACCEPTED}
    if text is None:
        return _spans_only(accepted, annotators), 0
    group = disagreement.group
    first, last = excerpt_bounds(text, group.start, group.end, before, after)
    shown = Text(no_wrap=False)
    if first > 0 and text[first - 1] not in "\n\r":
        shown.append("… ", style="dim")
    offset = len(shown.plain)
    shown.append(displayable(text[first:last]))
    if last < len(text) and text[last] not in "\n\r":
        shown.append(" …", style="dim")
    cuts = {group.start, group.end}
    for quote in accepted.values():
        cuts.update((quote.start, quote.end))
    points = sorted(p for p in cuts if first <= p <= last)
    for left, right in zip(points, points[1:], strict=False):
        covering = [
            index
            for index, name in enumerate(annotators)
            if name in accepted and accepted[name].start <= left and right <= accepted[name].end
        ]
        if not covering:
            continue
        if len(covering) == len(disagreement.present):
            style = SHARED_STYLE
        else:
            style = annotator_style(covering[0])
            if len(covering) > 1:
                style += Style(underline=True)
        shown.stylize(style, offset + left - first, offset + right - first)
    return shown, offset + group.start - first


def _spans_only(accepted: dict[str, QuoteAnnotation], annotators: Sequence[str]) -> Text:
    shown = Text("The document text is not at hand; the quoted spans:\n\n", style="dim")
    for index, name in enumerate(annotators):
        quote = accepted.get(name)
        if quote is None:
            continue
        shown.append(f"{index + 1} ", style="bold")
        shown.append(displayable(quote.text), style=annotator_style(index))
        shown.append("\n")
    return shown


LEGEND_GAP = "  "
"""Between two entries of the legend when it is cut short."""

SHORT_MARKS = {"rejected": "✗", "no label": "?", "absent": "–"}
"""What a short legend entry writes instead of the words (README, review)."""


def _legend_entries(disagreement: Disagreement, annotators: Sequence[str], form: str) -> list[Text]:
    """One piece of text per annotator (then the shared colour), in one of three forms:
    ``full`` (key, name, what they did in words), ``short`` (key and name, the span's offsets
    or a mark) and ``tight`` (key and name, a mark only where they did not accept it: their
    span shows in their colour)."""
    entries = []
    members = disagreement.group.members
    for index, name in enumerate(annotators):
        entry = Text()
        chip = f" {index + 1} " if form == "full" else f"{index + 1}"
        entry.append(chip, style=annotator_style(index) + Style(bold=True))
        quote = members.get(name)
        if name not in disagreement.present:
            what, style = "absent", "dim"
        elif quote is None:
            # Not "no quote": nothing says they judged it; they may have stopped before it.
            what, style = "no label", "italic"
        elif quote.status is not Status.ACCEPTED:
            what, style = "rejected", "italic"
        else:
            what, style = f"{quote.start}–{quote.end}", ""
        if form == "full":
            entry.append(f" {name}: ", style="bold")
            entry.append("did not label this document" if what == "absent" else what, style)
        else:
            entry.append(f" {name}", style="bold" if what != "absent" else "dim")
            if what in SHORT_MARKS:
                entry.append(f" {SHORT_MARKS[what]}", style=style)
            elif form == "short":
                entry.append(f" {what}")
        entries.append(entry)
    entries.append(Text(" shared " if form == "full" else "shared", style=SHARED_STYLE))
    return entries


def _pack(entries: list[Text], width: int, gap: str) -> list[Text]:
    """The entries in lines of ``width`` cells, never breaking one (unless it alone is wider)."""
    lines: list[Text] = []
    for entry in entries:
        if lines and lines[-1].cell_len + len(gap) + entry.cell_len <= width:
            lines[-1].append(gap)
            lines[-1].append_text(entry)
        else:
            lines.append(entry.copy())
    return lines


def render_legend(
    disagreement: Disagreement, annotators: Sequence[str], width: int | None = None
) -> Text:
    """Each annotator's key, name, colour, and what they did with the quote, in one line of
    ``width`` cells when a form fits: in words, else short, else tight (then over lines, each
    entry whole). Seven annotators in words took four lines at 80 columns, cut mid-entry."""
    forms = (("full", "   "), ("short", LEGEND_GAP), ("tight", LEGEND_GAP))
    lines: list[Text] = []
    for form, gap in forms:
        lines = _pack(_legend_entries(disagreement, annotators, form), width or 10**6, gap)
        if len(lines) == 1:
            break
    return Text("\n").join(lines)


class ReviewLegend(Widget):
    """The legend above the excerpt, drawn for the width it has."""

    DEFAULT_CSS = """
    ReviewLegend {
        height: auto;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.disagreement: Disagreement | None = None
        """The disagreement it explains (None: nothing shown)."""
        self.annotators: Sequence[str] = ()
        """The annotators, in key order."""

    def show(self, disagreement: Disagreement | None, annotators: Sequence[str]) -> None:
        """Explain ``disagreement``'s colours and keys."""
        self.disagreement, self.annotators = disagreement, annotators
        self.refresh(layout=True)

    def _legend(self, width: int) -> Text:
        if self.disagreement is None:
            return Text("")
        return render_legend(self.disagreement, self.annotators, width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many lines as the legend takes at ``width``."""
        return len(self._legend(width).split())

    def render(self) -> Text:
        """The legend for the current width."""
        return self._legend(self.content_region.width)


class ReviewTextView(Vertical):
    """A fixed colour legend over a scrollable excerpt of the document. Display only."""

    DEFAULT_CSS = """
    ReviewTextView {
        height: 1fr;
        border: round $primary-darken-1;
        padding: 0 1;
    }
    ReviewTextView > #review-legend {
        margin-bottom: 1;
    }
    ReviewTextView > #review-scroll {
        height: 1fr;
    }
    """

    _shown: tuple[Disagreement, Sequence[str], str | None] | None = None
    """What ``show`` was last given (cut again to the view's size at each resize)."""

    def compose(self) -> ComposeResult:
        """The legend over the excerpt."""
        yield ReviewLegend(id="review-legend")
        with VerticalScroll(id="review-scroll"):
            yield Static(id="review-excerpt")

    def show(
        self, disagreement: Disagreement | None, annotators: Sequence[str], text: str | None
    ) -> None:
        """Show ``disagreement`` in ``text`` (None: the document is not at hand)."""
        legend = self.query_one("#review-legend", ReviewLegend)
        excerpt = self.query_one("#review-excerpt", Static)
        if disagreement is None:
            self._shown = None
            legend.show(None, annotators)
            excerpt.update(Text(""))
            return
        self.border_title = displayable(disagreement.doc_id)
        legend.show(disagreement, annotators)
        self._shown = (disagreement, annotators, text)
        self._draw()

    def _draw(self) -> None:
        """Cut the excerpt to the view's size and bring the disagreement into view."""
        if self._shown is None:
            return
        disagreement, annotators, text = self._shown
        excerpt = self.query_one("#review-excerpt", Static)
        scroll = self.query_one("#review-scroll", VerticalScroll)
        # A larger view shows more of the text around the quote: a view's worth after it and
        # half a view before, since the cut drops a paragraph that does not fit whole (a
        # third of a view either side left half of it empty under long paragraphs).
        cells = self.size.width * self.size.height
        shown, focus = render_excerpt(
            disagreement, annotators, text, max(BEFORE, cells // 2), max(AFTER, cells)
        )
        excerpt.update(shown)
        scroll.scroll_home(animate=False)
        if focus:
            self.call_after_refresh(self._bring_into_view, shown, focus)

    def on_resize(self) -> None:
        """Cut the excerpt again: sized once when shown, a terminal made larger left it short
        (the view half empty), and one made smaller left the disagreement scrolled out of
        view, its line worked out for the old width."""
        self._draw()

    def _bring_into_view(self, shown: Text, focus: int, tries_left: int = 5) -> None:
        """Scroll so the disagreement's first line stands a third of the way down the view.

        A resize just after the excerpt was drawn can run this before the scroll has measured
        the new excerpt: its height is still the old one, the scroll stops short (at the top
        for good, as nothing moves it later), so it waits for a refresh and tries again."""
        excerpt = self.query_one("#review-excerpt", Static)
        scroll = self.query_one("#review-scroll", VerticalScroll)
        width = excerpt.content_region.width
        if width <= 0:
            return
        focus_line = max(len(shown[:focus].wrap(self.app.console, width)) - 1, 0)
        top = max(0, focus_line - scroll.scrollable_content_region.height // 3)
        if top > scroll.max_scroll_y and tries_left > 0:
            self.call_after_refresh(self._bring_into_view, shown, focus, tries_left - 1)
        scroll.scroll_to(y=top, animate=False)
