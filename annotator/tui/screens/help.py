"""The help screen: every key of the annotate screen, generated from its bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

KEY_NAMES = {
    "question_mark": "?",
    "enter": "enter",
    "escape": "esc",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "comma": ",",
    "full_stop": ".",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "slash": "/",
}
"""How key names are written on screen."""


def key_label(keys: str) -> str:
    """``"n,j,down"`` → ``"n j ↓"``."""
    shown = []
    for key in keys.split(","):
        key = key.strip()
        parts = key.split("+")
        parts[-1] = KEY_NAMES.get(parts[-1], parts[-1])
        shown.append("+".join(parts))
    return "  ".join(shown)


def bindings_table(sections: list[tuple[str, list[BindingType]]]) -> Table:
    """A table of every binding that has a description, by section."""
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold #ffd75f", no_wrap=True)
    table.add_column()
    for title, bindings in sections:
        table.add_row("", Text(title, style="bold underline"))
        for binding in bindings:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            table.add_row(
                Text(key_label(binding.key)), Text(binding.tooltip or binding.description)
            )
        table.add_row("", "")
    return table


class HelpModal(ModalScreen[None]):
    """Lists every key. Any of ``escape``, ``q`` or ``?`` closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close help"),
    ]
    """Keys that close the help."""

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections
        """(title, bindings) pairs to list."""

    def compose(self) -> ComposeResult:
        """A scrollable table of keys, over a footer of the help's own keys (the screen's
        footer beneath offered n, enter or x, which do nothing while the help is open)."""
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys  (esc closes)", style="bold"), id="help-title")
            yield Static(bindings_table(self.sections), id="help-table")
        yield Footer(compact=True)

    def action_close(self) -> None:
        """Back to annotating."""
        self.dismiss(None)
