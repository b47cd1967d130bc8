"""The review's label table: each annotator's version of the quote side by side, and the gold.

Rows are fields, columns annotators (in their colours) and the gold record. Fields on which the
annotators differ are marked with ``≠``. Every value is a ``rich.text.Text``: names are data.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from annotator.adjudication import Disagreement
from annotator.agreement.labels import name_key
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
"""How a differing field's title and values stand out."""


def cell_value(quote: QuoteAnnotation | None, field: str) -> str:
    """What the table shows for one field of one version."""
    if quote is None:
        return "—"
    if field == "existence":
        return quote.status.value
    if quote.status is not Status.ACCEPTED and field != "span":
        return ""
    if field == "span":
        return f"{quote.start}–{quote.end} ({quote.end - quote.start})"
    if field == "confidence":
        return quote.confidence.name.lower()
    value = getattr(quote, field)
    if value is None:
        return "(none)"
    return str(value.value if hasattr(value, "value") else value)


def differing_rows(disagreement: Disagreement) -> set[str]:
    """Fields that differ among the accepted versions, display-only ones included."""
    fields = set(disagreement.fields)
    accepted = [q for q in disagreement.group.members.values() if q.status is Status.ACCEPTED]
    if len({q.confidence for q in accepted}) > 1:
        fields.add("confidence")
    if len({q.source_kind for q in accepted}) > 1:
        fields.add("source_kind")
    if len({name_key(q.source) for q in accepted}) > 1:
        fields.add("source")
    return fields


def render_labels(
    disagreement: Disagreement,
    annotators: Sequence[str],
    gold: QuoteAnnotation | None,
    gold_name: str,
) -> Table:
    """The side-by-side table of every version and the gold record."""
    table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
    table.add_column("", no_wrap=True, width=13)
    members = disagreement.group.members
    for index, name in enumerate(annotators):
        header = Text(f" {index + 1} ", style=annotator_style(index) + Style(bold=True))
        header.append(f" {displayable(name)}", style="bold")
        table.add_column(header, ratio=1, overflow="fold")
    table.add_column(Text(f"{displayable(gold_name)}", style="bold reverse"), ratio=1)
    differing = differing_rows(disagreement)
    for title, field in ROWS:
        marked = field in differing
        row: list[Text] = [
            Text(f"≠ {title}" if marked else f"  {title}", style=DIFFERS_STYLE if marked else "")
        ]
        for name in annotators:
            if name not in disagreement.present:
                row.append(Text("not labelled" if field == "existence" else "", style="dim"))
                continue
            value = cell_value(members.get(name), field)
            row.append(Text(displayable(value), style=DIFFERS_STYLE if marked else ""))
        gold_text = cell_value(gold, field) if gold is not None else ""
        if field == "existence" and gold is None:
            gold_text = "open"
        row.append(Text(displayable(gold_text), style="bold"))
        table.add_row(*row)
    return table


class ReviewLabelTable(Static):
    """The labels of one disagreement side by side. Display only."""

    DEFAULT_CSS = """
    ReviewLabelTable {
        height: auto;
        border: round $primary-darken-1;
        padding: 0 1;
    }
    """

    def show(
        self,
        disagreement: Disagreement | None,
        annotators: Sequence[str],
        gold: QuoteAnnotation | None,
        gold_name: str,
    ) -> None:
        """Show the versions of ``disagreement`` and its gold record so far."""
        if disagreement is None:
            self.update(Text(""))
            return
        self.border_title = "labels  (≠ differs)"
        self.update(render_labels(disagreement, annotators, gold, gold_name))
