"""The review's label table: each annotator's version of the quote side by side, and the gold.

Rows are fields, columns annotators (in their colours) and the gold record. Fields on which the
annotators differ and that the reviewer has not decided yet are marked ``≠``, and the gold column
says ``open`` there; differing fields already decided are marked ``✓`` with the gold value. Every
value is a ``rich.text.Text``: names are data.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from annotator.adjudication import Disagreement, fields_to_decide
from annotator.records import QuoteAnnotation, Status
from annotator.tui.widgets.review_text import annotator_style, displayable

ROWS = (
    ("status", "existence"),
    ("span", "span"),
    ("type", "type"),
    ("speaker", "speaker"),
    ("source", "source"),
    ("source kind", "source_kind"),
    ("confidence", "confidence"),
)
"""(row title, field) in display order."""

DIFFERS_STYLE = Style(color="#ffd75f", bold=True)
"""How an open differing field's title and values stand out."""

DECIDED_STYLE = Style(color="#87d787", bold=True)
"""The title of a differing field the reviewer has decided."""

TITLE_WIDTH = 13
"""Cells of the first column (the field titles)."""

NARROW_COLUMN = 12
"""Below this many cells a version's column is narrow: one line a value, cut with an ellipsis
(wrapped, seven annotators at 80 columns pushed the last fields out of the table)."""


def is_narrow(width: int, annotators: int) -> bool:
    """Whether a table ``width`` cells wide gives each version a narrow column."""
    columns = annotators + 1  # and the gold
    room = width - TITLE_WIDTH - 2 * columns  # the padding between columns
    return room // columns < NARROW_COLUMN


def cell_value(quote: QuoteAnnotation | None, field: str, narrow: bool = False) -> str:
    """What the table shows for one field of one version (``narrow``: the span's length left
    out)."""
    if quote is None:
        return "—"
    if field == "existence":
        return quote.status.value
    if quote.status is not Status.ACCEPTED and field != "span":
        return ""
    if field == "span":
        length = "" if narrow else f" ({quote.end - quote.start})"
        return f"{quote.start}–{quote.end}{length}"
    if field == "confidence":
        return quote.confidence.name.lower()
    value = getattr(quote, field)
    if value is None:
        return "(none)"
    return str(value.value if hasattr(value, "value") else value)


def differing_rows(disagreement: Disagreement) -> set[str]:
    """Rows that differ: the fields to decide, and the source kind (decided with the source)."""
    fields = set(fields_to_decide(disagreement))
    accepted = [q for q in disagreement.group.members.values() if q.status is Status.ACCEPTED]
    if len({q.source_kind for q in accepted}) > 1:
        fields.add("source_kind")
    return fields


def _open_row(field: str, open_fields: Sequence[str]) -> bool:
    return (field if field != "source_kind" else "source") in open_fields


def render_labels(
    disagreement: Disagreement,
    annotators: Sequence[str],
    gold: QuoteAnnotation | None,
    gold_name: str,
    open_fields: Sequence[str] | None = None,
    width: int | None = None,
) -> Table:
    """The side-by-side table of every version and the gold record; ``open_fields`` are the
    differing fields not decided yet (None: all of them). In ``width`` cells too narrow for
    the versions, each value keeps to one line."""
    narrow = width is not None and is_narrow(width, len(annotators))
    table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
    table.add_column("", no_wrap=True, width=TITLE_WIDTH)
    members = disagreement.group.members
    for index, name in enumerate(annotators):
        # One line, cut with an ellipsis: a long name folded over three lines of a table that
        # has twelve at most (the legend above the text names everyone in full).
        header = Text(
            f"{index + 1}" if narrow else f" {index + 1} ",
            style=annotator_style(index) + Style(bold=True),
            no_wrap=True,
            overflow="ellipsis",
        )
        header.append(f" {displayable(name)}", style="bold")
        table.add_column(header, ratio=1, overflow="ellipsis" if narrow else "fold", no_wrap=narrow)
    gold_header = Text(
        f"{displayable(gold_name)}", style="bold reverse", no_wrap=True, overflow="ellipsis"
    )
    table.add_column(
        gold_header, ratio=1, overflow="ellipsis" if narrow else "fold", no_wrap=narrow
    )
    differing = differing_rows(disagreement)
    if open_fields is None:
        open_fields = fields_to_decide(disagreement)
    for title, field in ROWS:
        marked = field in differing and _open_row(field, open_fields)
        decided = field in differing and not marked
        if marked:
            row: list[Text] = [Text(f"≠ {title}", style=DIFFERS_STYLE)]
        elif decided:
            row = [Text(f"✓ {title}", style=DECIDED_STYLE)]
        else:
            row = [Text(f"  {title}")]
        for name in annotators:
            if name not in disagreement.present:
                absent = "absent" if narrow else "not labelled"
                row.append(Text(absent if field == "existence" else "", style="dim"))
                continue
            value = cell_value(members.get(name), field, narrow)
            row.append(Text(displayable(value), style=DIFFERS_STYLE if marked else ""))
        if marked and (gold is not None or field == "existence"):
            # Not decided: the gold record's value there is only a placeholder.
            row.append(Text("open", style=DIFFERS_STYLE))
            table.add_row(*row)
            continue
        gold_text = cell_value(gold, field, narrow) if gold is not None else ""
        row.append(Text(displayable(gold_text), style="bold"))
        table.add_row(*row)
    return table


class ReviewLabelTable(Static):
    """The labels of one disagreement side by side, drawn for the width they have. Display
    only."""

    DEFAULT_CSS = """
    ReviewLabelTable {
        height: auto;
        border: round $primary-darken-1;
        padding: 0 1;
    }
    """

    _shown: (
        tuple[Disagreement, Sequence[str], QuoteAnnotation | None, str, Sequence[str] | None] | None
    ) = None
    """What ``show`` was last given (drawn again at each resize)."""

    def show(
        self,
        disagreement: Disagreement | None,
        annotators: Sequence[str],
        gold: QuoteAnnotation | None,
        gold_name: str,
        open_fields: Sequence[str] | None = None,
    ) -> None:
        """Show the versions of ``disagreement`` and its gold record so far."""
        if disagreement is None:
            self._shown = None
            self.update(Text(""))
            return
        self.border_title = "labels  (≠ differs, to decide · ✓ decided)"
        self._shown = (disagreement, annotators, gold, gold_name, open_fields)
        self._draw()

    def _draw(self) -> None:
        shown = self._shown
        if shown is not None:
            # The app's width before the first layout: the table spans the screen.
            width = self.content_region.width or self.app.size.width - 4
            self.update(render_labels(*shown, width=width))

    def on_resize(self) -> None:
        """Draw again: a narrower table keeps each value to one line."""
        self._draw()
