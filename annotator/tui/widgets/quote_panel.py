"""The side panel: every field of the focused quote, with the detector's suggestion beside it."""

from __future__ import annotations

from rich.console import Console, Group
from rich.text import Text
from textual.widgets import Static

from annotator.session import ItemState, WorkItem
from annotator.tui.widgets.document_text import displayable
from annotator.util import counted

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
"""How much of the quote's words the panel shows at least (the text view shows all of them);
more when its room holds more."""


def _value(value: str | None) -> Text:
    return Text(displayable(value), style="bold") if value else Text("none", style="dim italic")


def describe(
    item: WorkItem,
    position: int,
    count: int,
    room: tuple[Console, int, int] | None = None,
    text: str | None = None,
) -> Group:
    """The panel's contents for ``item``, the ``position``-th of ``count`` quotes (1-based);
    ``text``, the document's, gives the cue as labelled (without it, the suggested cue shows).

    With ``room`` (a console to measure with, the panel's width and height), the contents are
    cut to its height: the "suggested" hints go first, from the bottom, then the note is cut to
    one line; the quote's words go last, since they are what the annotator judges.
    """
    header = Text()
    header.append(f" {item.state.value.upper()} ", style=STATE_STYLES[item.state])
    header.append(f"  quote {position} of {count}", style="dim")
    fields: list[tuple[Text, bool]] = []  # each line, and whether it is a "suggested" hint

    def row(label: str, value: Text, suggested: str | None = None, differs: bool = False) -> None:
        line = Text(f"{label:<11}")
        line.append_text(value)
        fields.append((line, False))
        if differs:
            hint = Text("  suggested ", style="dim")
            hint.append_text(
                Text(displayable(suggested), style="dim italic")
                if suggested
                else Text("none", style="dim italic")
            )
            fields.append((hint, True))

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
    offered_cue = made_from.cue if made_from is not None else None
    cue = item.cue_words(text) if text is not None else offered_cue
    row("Cue", _value(cue), offered_cue, labeled and made_from is not None and cue != offered_cue)
    if item.state is ItemState.REJECTED:
        # A rejection says "not a quote": how sure the annotator was that it is one means
        # nothing there (the record keeps the level it had; 1 2 3 accept it back).
        confidence = Text("— not a quote", style="dim italic")
    elif item.confidence is None:
        confidence = Text("not set", style="dim italic")
    else:
        level = int(item.confidence)
        confidence = Text("●" * level + "○" * (3 - level) + " ", style="bold #ffd75f")
        confidence.append(CONFIDENCE_NAMES[level])
    row("Confidence", confidence)
    note_at = len(fields)
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
        and (suggestion.start, suggestion.end) != (item.start, item.end)
    ):
        row("Span", Text(f"{item.start}–{item.end}"), f"{suggestion.start}–{suggestion.end}", True)
    else:
        row("Span", Text(f"{item.start}–{item.end}"))
    warning: list[Text] = []
    if item.state is ItemState.STALE:
        stale = f"Stale: {item.stale_reason}. Press d to delete it."
        warning = [Text(), Text(stale, style="bold #ff87d7")]
    # A tall panel has room for more of a long quote than a fixed share: 400 characters left
    # half of a 60-row column empty beside a quote cut short. Cells of the panel bound it.
    limit = QUOTE_CHARACTERS if room is None else max(QUOTE_CHARACTERS, room[1] * room[2])
    shown = item.text if len(item.text) <= limit else item.text[:limit] + "…"
    words = Text(displayable(shown), style="italic")
    spacer = Text()

    def assembled() -> list[Text]:
        return [header, spacer, *(line for line, _ in fields), *warning, Text(), words]

    if room is None:
        return Group(*assembled())
    console, width, height = room

    def rows(lines: list[Text]) -> int:
        return sum(len(line.wrap(console, width)) for line in lines)

    every_field = list(fields)
    hints = [at for at, (_, is_hint) in enumerate(every_field) if is_hint]

    def keep_hints(kept: int) -> None:
        """Show the first ``kept`` hints (top down) and say how many are hidden."""
        nonlocal fields, spacer
        hidden = set(hints[kept:])
        fields = [field for at, field in enumerate(every_field) if at not in hidden]
        spacer = (
            Text(f"{counted(len(hidden), 'hint')} hidden: no room", style="dim italic")
            if hidden
            else Text()
        )

    # A long note and every hint pushed the quote's words off the bottom of the panel: the
    # hints go first, from the bottom; then the note is cut to a line, which may leave room
    # for some of them again.
    kept = len(hints)
    while kept and rows(assembled()) > height:
        kept -= 1
        keep_hints(kept)
    note = every_field[note_at][0]
    if rows(assembled()) > height and rows([note]) > 1:
        note = note.copy()
        note.truncate(width, overflow="ellipsis")
        every_field[note_at] = (note, False)
        keep_hints(kept)
        while kept < len(hints):
            keep_hints(kept + 1)
            if rows(assembled()) > height:
                keep_hints(kept)
                break
            kept += 1
    over = rows(assembled()) - height
    if over > 0:
        # Nothing else is left to give: the words are cut where the panel ends, visibly (the
        # text view shows them whole).
        lines = words.wrap(console, width)
        kept = max(len(lines) - over, 1)
        if kept < len(lines):
            words = Text("\n").join(lines[:kept])
            words.right_crop(1)
            words.append("…", style="italic")
    return Group(*assembled())


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

    def show_item(
        self, item: WorkItem | None, position: int = 0, count: int = 0, text: str | None = None
    ) -> None:
        """Show ``item`` (the ``position``-th of ``count``) of the document holding ``text``,
        or an empty-state hint."""
        if item is None:
            hint = Text("No quote here.", style="dim italic")
            hint.append("\n\nSelect missed words with v (or the mouse), then press a.", style="dim")
            # Leaving a document marks it finished only when it holds a label, so without f a
            # verdict of "no quote here" is never recorded and agreement cannot count it.
            hint.append("\n\nIf it holds none, f marks it finished.", style="dim")
            self.update(hint, layout=False)
            return
        # The panel's size never depends on its content: skip the layout pass on every key.
        # Its contents are cut to fit it, though: the quote's words fell off its bottom.
        width, height = self.content_size
        room = (self.app.console, width, height) if width and height else None
        self.update(describe(item, position, count, room, text), layout=False)

    def show_message(self, message: str) -> None:
        """Show a plain message (loading, errors)."""
        self.update(Text(message, style="dim italic"), layout=False)
