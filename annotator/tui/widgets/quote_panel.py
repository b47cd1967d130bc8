"""The side panel: every field of the focused quote, with the detector's suggestion beside it."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from annotator.session import ItemState, WorkItem
from annotator.tui.widgets.document_text import displayable

STATE_STYLES = {
    ItemState.PENDING: "bold #1a1a1a on #d7c847",
    ItemState.ACCEPTED: "bold #ffffff on #2e8b3a",
    ItemState.REJECTED: "bold #ffffff on #a33f3f",
    ItemState.STALE: "bold #ffffff on #8f2f8f",
}
"""The badge colour of each state."""

CONFIDENCE_NAMES = {1: "low", 2: "medium", 3: "high"}
"""Words for the confidence levels."""

QUOTE_CHARACTERS = 400
"""How much of the quote's words the panel shows (the text view shows all of them)."""


def _value(value: str | None) -> Text:
    return Text(displayable(value), style="bold") if value else Text("none", style="dim italic")


def describe(item: WorkItem, position: int, count: int) -> Group:
    """The panel's contents for ``item``, the ``position``-th of ``count`` quotes (1-based)."""
    header = Text()
    header.append(f" {item.state.value.upper()} ", style=STATE_STYLES[item.state])
    header.append(f"  quote {position} of {count}", style="dim")
    rows: list[Text] = [header, Text()]

    def row(label: str, value: Text, suggested: str | None = None, differs: bool = False) -> None:
        line = Text(f"{label:<11}")
        line.append_text(value)
        rows.append(line)
        if differs:
            hint = Text("  suggested ", style="dim")
            hint.append_text(
                Text(displayable(suggested), style="dim italic")
                if suggested
                else Text("none", style="dim italic")
            )
            rows.append(hint)

    suggestion = item.candidate
    labeled = item.quote is not None
    row(
        "Type",
        Text(item.type.value, style="bold"),
        suggestion.type.value if suggestion else None,
        labeled and suggestion is not None and suggestion.type != item.type,
    )
    for kind in ("speaker", "source"):
        chosen = getattr(item, kind)
        offered = getattr(suggestion, kind) if suggestion is not None else None
        differs = labeled and suggestion is not None and chosen != offered
        row(kind.title(), _value(chosen), offered, differs)
    if item.source is not None:
        # The kind only means something beside a source; a quote without one shows no row.
        offered_kind = suggestion.source_kind if suggestion is not None else None
        row(
            "  kind",
            _value(item.source_kind.value if item.source_kind is not None else None),
            offered_kind.value if offered_kind is not None else None,
            # Under another source than the suggested one, its suggestion hint says it all.
            labeled
            and suggestion is not None
            and suggestion.source == item.source
            and item.source_kind != offered_kind,
        )
    # The cue tells speech (``said``) from belief or evidence (``believes``, ``shows``), which a
    # speech-only guideline rejects: the annotator must see it without hunting in the text.
    made_from = (
        suggestion if suggestion is not None or item.quote is None else item.quote.suggestion
    )
    row("Cue", _value(made_from.cue if made_from is not None else None))
    if item.confidence is None:
        confidence = Text("not set", style="dim italic")
    else:
        level = int(item.confidence)
        confidence = Text("●" * level + "○" * (3 - level) + " ", style="bold #ffd75f")
        confidence.append(CONFIDENCE_NAMES[level])
    row("Confidence", confidence)
    row("Note", _value(item.note))
    if item.origin.value == "manual":
        origin = Text("by hand", style="bold")
    elif item.quote is None:
        origin = Text(f"suggested {item.score:.2f}")
    elif item.edited:
        origin = Text("edited", style="bold #ffb347")
    else:
        origin = Text("as suggested")
    row("Origin", origin)
    if (
        suggestion is not None
        and labeled
        and (suggestion.start, suggestion.end)
        != (
            item.start,
            item.end,
        )
    ):
        row("Span", Text(f"{item.start}–{item.end}"), f"{suggestion.start}–{suggestion.end}", True)
    else:
        row("Span", Text(f"{item.start}–{item.end}"))
    if item.state is ItemState.STALE:
        rows.append(Text())
        warning = f"Stale: {item.stale_reason}. Press d to delete it."
        rows.append(Text(warning, style="bold #ff87d7"))
    rows.append(Text())
    shown = item.text if len(item.text) <= QUOTE_CHARACTERS else item.text[:QUOTE_CHARACTERS] + "…"
    words = Text(displayable(shown), style="italic")
    rows.append(words)
    return Group(*rows)


class QuotePanel(Static):
    """Shows one quote's fields (or a hint when there is none)."""

    DEFAULT_CSS = """
    QuotePanel {
        width: 36;
        height: 1fr;
        padding: 0 1;
        background: $panel;
        overflow: hidden hidden;
    }
    """

    def show_item(self, item: WorkItem | None, position: int = 0, count: int = 0) -> None:
        """Show ``item`` (the ``position``-th of ``count``), or an empty-state hint."""
        if item is None:
            hint = Text("No quote here.", style="dim italic")
            hint.append("\n\nSelect missed words with v (or the mouse), then press a.", style="dim")
            # Leaving a document marks it finished only when it holds a label, so without f a
            # verdict of "no quote here" is never recorded and agreement cannot count it.
            hint.append("\n\nIf it holds none, f marks it finished.", style="dim")
            self.update(hint, layout=False)
            return
        # The panel's size never depends on its content: skip the layout pass on every key.
        self.update(describe(item, position, count), layout=False)

    def show_message(self, message: str) -> None:
        """Show a plain message (loading, errors)."""
        self.update(Text(message, style="dim italic"), layout=False)
