"""The review's text view: the words around one disagreement, each annotator's span in colour.

Document text is data: it goes into ``rich.text.Text`` and is styled by offset, never parsed as
markup. Control characters are shown as visible symbols of the same length, so offsets hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
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

CONTEXT = 320
"""Characters of context shown at most on each side of the disagreement."""

LEAD = 160
"""Characters shown at most of the paragraph before the disagreement's own."""

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


def excerpt_bounds(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int]:
    """The paragraph holding ``[start, end)`` and the one before, cut at ``context`` characters
    on each side, without blank lines at either end."""
    low = max(0, start - context)
    high = min(len(text), end + context)
    paragraph_start = text.rfind("\n", low, start)
    if paragraph_start >= 0:
        # The paragraph before often names the speaker ("..., he told RIA:").
        before = text[low:paragraph_start].rstrip("\n")
        previous = before.rfind("\n")
        first = low + previous + 1 if previous >= 0 else low
        if paragraph_start - first > LEAD:
            space = text.find(" ", paragraph_start - LEAD, paragraph_start)
            first = space + 1 if space >= 0 else paragraph_start - LEAD
    else:
        first = low
    paragraph_end = text.find("\n", end, high)
    last = paragraph_end if paragraph_end >= 0 else high
    while first < start and text[first] in "\n\r":
        first += 1
    while last > end and text[last - 1] in "\n\r":
        last -= 1
    return first, last


def render_excerpt(disagreement: Disagreement, annotators: Sequence[str], text: str | None) -> Text:
    """The words around the disagreement, with each annotator's accepted span in colour.

    Words inside the span of every annotator present are grey; words only some annotators
    included take the colour of the first of them (underlined when more than one did).
    """
    members = disagreement.group.members
    accepted = {name: quote for name, quote in members.items() if quote.status is Status.ACCEPTED}
    if text is None:
        return _spans_only(accepted, annotators), 0
    group = disagreement.group
    first, last = excerpt_bounds(text, group.start, group.end)
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


def render_legend(disagreement: Disagreement, annotators: Sequence[str]) -> Text:
    """One line per annotator: their key, name, colour, and what they did with the quote."""
    legend = Text()
    members = disagreement.group.members
    for index, name in enumerate(annotators):
        if index:
            legend.append("   ")
        legend.append(f" {index + 1} ", style=annotator_style(index) + Style(bold=True))
        legend.append(f" {name}: ", style="bold")
        quote = members.get(name)
        if name not in disagreement.present:
            legend.append("did not label this document", style="dim")
        elif quote is None:
            legend.append("no quote", style="italic")
        elif quote.status is not Status.ACCEPTED:
            legend.append("rejected", style="italic")
        else:
            legend.append(f"{quote.start}–{quote.end}")
    legend.append("   ")
    legend.append(" shared ", style=SHARED_STYLE)
    return legend


class ReviewTextView(VerticalScroll):
    """Scrollable excerpt of the document with a colour legend. Display only."""

    DEFAULT_CSS = """
    ReviewTextView {
        height: 1fr;
        border: round $primary-darken-1;
        padding: 0 1;
    }
    ReviewTextView > #review-legend {
        margin-bottom: 1;
    }
    """

    def compose(self):
        """The legend over the excerpt."""
        yield Static(id="review-legend")
        yield Static(id="review-excerpt")

    def show(
        self, disagreement: Disagreement | None, annotators: Sequence[str], text: str | None
    ) -> None:
        """Show ``disagreement`` in ``text`` (None: the document is not at hand)."""
        legend = self.query_one("#review-legend", Static)
        excerpt = self.query_one("#review-excerpt", Static)
        if disagreement is None:
            legend.update(Text(""))
            excerpt.update(Text(""))
            return
        self.border_title = displayable(disagreement.doc_id)
        legend.update(render_legend(disagreement, annotators))
        shown, focus = render_excerpt(disagreement, annotators, text)
        excerpt.update(shown)
        self.scroll_home(animate=False)
        if focus:
            self.call_after_refresh(self._bring_into_view, shown, focus)

    def _bring_into_view(self, shown: Text, focus: int) -> None:
        """Scroll so the disagreement's first line is in view, with a line of lead."""
        excerpt = self.query_one("#review-excerpt", Static)
        width = excerpt.content_region.width
        if width <= 0:
            return
        lines = shown[:focus].wrap(self.app.console, width)
        legend_height = self.query_one("#review-legend", Static).outer_size.height
        top = legend_height + max(len(lines) - 2, 0)
        if top + 1 >= self.scrollable_content_region.height:
            self.scroll_to(y=top, animate=False)
