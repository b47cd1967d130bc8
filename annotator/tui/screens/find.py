"""A modal asking for a word or phrase to find in the document on screen."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from annotator.tui.screens.typed_ahead import TypedAheadKeys
from annotator.tui.widgets.ordered_input import OrderedInput
from annotator.tui.widgets.prompt_keys import PromptKeys


class FindModal(TypedAheadKeys, ModalScreen[str | None]):
    """Ask what to find. Answers the words typed (stripped), or None when cancelled or empty."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=True)]
    """``escape`` closes without finding."""

    HELP_BINDINGS: list[BindingType] = [
        Binding("enter", "", "Find the words after the focused quote (prefilled: the next)"),
        Binding("escape", "", "Cancel"),
    ]
    """What the help screen says about this modal (enter is the Input's own key)."""

    def __init__(
        self, previous: str, keys_after_enter: Callable[[Key], None] | None = None
    ) -> None:
        super().__init__()
        self.previous = previous
        """The last words searched for, prefilled so that / enter finds the next."""
        self.keys_after_enter = keys_after_enter
        """Where the keys typed straight after enter go (the screen below, to act on what was
        found), not into the input closing with the prompt."""

    def compose(self) -> ComposeResult:
        """A title, the input and a line of its keys."""
        with Vertical(id="find-box"):
            yield Label(Text("Find in this document", style="bold"), id="find-title")
            yield OrderedInput(
                value=self.previous,
                select_on_focus=True,
                id="find-input",
                keys_after_enter=self.keys_after_enter,
            )
            yield Label(
                Text("enter finds the next · esc cancels · case is ignored"), id="find-hint"
            )
        yield PromptKeys([("enter", "Find"), ("esc", "Cancel")])

    def on_mount(self) -> None:
        """Focus the input."""
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False  # screenshots must not depend on the blink phase
        field.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without finding."""
        self.dismiss(None)
