"""The bottom line of a prompt: its own keys, where the footer showed the screen's."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static


class PromptKeys(Static):
    """The keys of an open prompt, over the screen's footer row.

    A prompt is a modal screen over the one holding the footer, and that footer goes on
    listing the screen's keys (Accept, Reject...), which do nothing while the prompt is open.
    A ``Footer`` of the prompt's own would not list enter: it is the input's key, hidden."""

    DEFAULT_CSS = """
    PromptKeys {
        dock: bottom;
        height: 1;
        width: 100%;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    PromptKeys > .prompt-keys--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"prompt-keys--key"}
    """The style of a key, as the footer's."""

    def __init__(self, keys: list[tuple[str, str]], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys = keys
        """Each key as shown (``enter``, ``esc``) and what it does."""

    def render(self) -> Text:
        """The keys, each with what it does, as the footer lays them out."""
        key_style = self.get_component_rich_style("prompt-keys--key")
        line = Text(no_wrap=True, overflow="ellipsis")
        for key, description in self.keys:
            line.append(f" {key} ", style=key_style)
            line.append(f"{description} ")
        return line
