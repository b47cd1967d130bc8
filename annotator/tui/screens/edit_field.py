"""A modal asking for a speaker, source or note, suggesting names as the annotator types."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from annotator.tui.screens.typed_ahead import TypedAheadKeys
from annotator.tui.widgets.document_text import displayable
from annotator.tui.widgets.ordered_input import OrderedInput
from annotator.tui.widgets.prompt_keys import PromptKeys

MAX_SUGGESTIONS = 50
"""How many matching names the list shows."""

SUGGESTIONS_SHARE = 0.3
"""The share of the terminal's rows the list of names may take (scrolling beyond): under a
third, so the prompt, above or below the quote, leaves half the text in sight."""

MIN_SUGGESTION_ROWS = 4
"""Rows the list of names keeps on the lowest terminal (its border and two names)."""


def matching(names: list[str], typed: str) -> list[str]:
    """Names containing ``typed`` (case-insensitive), those starting with it first; order kept."""
    needle = typed.strip().casefold()
    if not needle:
        return names[:MAX_SUGGESTIONS]
    starting = [name for name in names if name.casefold().startswith(needle)]
    inside = [name for name in names if needle in name.casefold() and name not in starting]
    return (starting + inside)[:MAX_SUGGESTIONS]


class EditFieldModal(TypedAheadKeys, ModalScreen[str | None]):
    """Edit one text field. Answers the new value ("" clears it), or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=True),
        Binding("down", "focus_suggestions", "Suggestions", show=False),
    ]
    """``escape`` cancels; ``down`` moves from the input into the suggestions."""

    HELP_BINDINGS: list[BindingType] = [
        Binding("enter", "", "Confirm what is typed, or the highlighted suggestion"),
        Binding("down", "", "Move into the suggestions"),
        Binding("escape", "", "Cancel, leaving the field as it was"),
    ]
    """What the help screen says about this modal (enter is the Input's own key)."""

    def __init__(
        self,
        title: str,
        value: str | None,
        names: list[str],
        dock: str | None = None,
        keys_after_enter: Callable[[Key], None] | None = None,
    ) -> None:
        super().__init__()
        self.keys_after_enter = keys_after_enter
        """Where the keys typed straight after enter go (the screen below, to act once the
        answer is in), not into the input closing with the prompt."""
        if dock is not None:
            self.add_class(f"-{dock}")
        self.title_text = title
        """What is being edited, e.g. ``Speaker``."""
        self.value = value or ""
        """The current value, prefilled."""
        self.names = names
        """Every name to suggest, most relevant first."""
        self.dock = dock
        """Where the prompt sits: "top", "bottom" (away from the quote it is for), or None
        (the middle)."""

    def compose(self) -> ComposeResult:
        """An input over a list of matching names."""
        with Vertical(id="edit-field-box"):
            yield Label(Text(self.title_text, style="bold"), id="edit-field-title")
            # Compact (one row, no border), the prompt leaves more of the text in sight; an
            # empty one would show as a blank row without the placeholder.
            yield OrderedInput(
                value=self.value,
                placeholder="none: type to set it",
                select_on_focus=True,
                compact=True,
                id="edit-field-input",
                keys_after_enter=self.keys_after_enter,
            )
            yield OptionList(id="edit-field-suggestions")
            yield Label(
                Text("enter confirms · esc cancels · ↓ list · empty clears"),
                id="edit-field-hint",
            )
        yield PromptKeys(
            [("enter", "Confirm"), ("esc", "Cancel"), ("↓", "Suggestions"), ("empty", "Clears")]
        )

    def on_mount(self) -> None:
        """Fill the suggestions and focus the input."""
        self._fit_suggestions()
        self._fill("")
        field = self.query_one(Input)
        if self.app.is_headless:
            field.cursor_blink = False  # screenshots must not depend on the blink phase
        field.focus()

    def on_resize(self) -> None:
        """Keep the suggestions to their share of the terminal."""
        self._fit_suggestions()

    def _fit_suggestions(self) -> None:
        # Set in rows: as "30vh" in the stylesheet, the list was cut there but the box around
        # it (height auto) kept the rows of the whole list, empty.
        share = int(self.app.size.height * SUGGESTIONS_SHARE)
        self.query_one(OptionList).styles.max_height = max(share, MIN_SUGGESTION_ROWS)

    def _fill(self, typed: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        shown = matching(self.names, typed)
        options.add_options(Option(Text(displayable(name)), id=name) for name in shown)
        options.display = options.option_count > 0

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        # The prefilled value is no filter: until the annotator types, offer every name.
        self._fill("" if event.value == self.value else event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_focus_suggestions(self) -> None:
        """Move into the suggestion list."""
        options = self.query_one(OptionList)
        if options.display and self.query_one(Input).has_focus:
            options.focus()
            options.highlighted = 0

    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
