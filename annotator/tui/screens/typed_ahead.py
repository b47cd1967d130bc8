"""Keys typed before a prompt is ready go into it, not away.

A person who knows the keys types ``s`` and the name in one go, or ``f s 2`` in review. The key
that opens a prompt is bound with ``priority=True``, so the prompt is pushed as that key arrives
and the keys after it are sent to the prompt, not checked against the screen below once it has
gone (where they did nothing, or something else). Until the prompt's input has focus, those keys
reach the prompt screen itself: :class:`TypedAheadKeys` types them into the input once it has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.events import Key
from textual.widget import Widget
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.message_pump import Callback

FOCUS_WAIT_TRIES = 50
"""How many refreshes a prompt waits for its input to take focus before dropping typed keys."""


class TypedAheadKeys:
    """Mixin for a prompt screen (first in its bases, before ``ModalScreen``) with an input
    that takes the characters typed before it had focus. Not a ``Screen`` itself: a screen
    class between it and ``ModalScreen`` would bring the plain screen's opaque background."""

    focused: Widget | None

    if TYPE_CHECKING:
        # The screen's own, declared for the checker only: first in the bases, a method
        # defined here would hide the screen's.
        def call_after_refresh(self, callback: Callback, *args: Any, **kwargs: Any) -> bool: ...

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._typed_ahead: list[Key] = []

    def on_key(self, event: Key) -> None:
        """Pass a character that reached the screen itself to the input, or keep it until the
        input has focus. (One typed into the input never gets here: the input takes it.)"""
        if not event.is_printable or event.character is None:
            return
        focused = self.focused
        if focused is not None and not isinstance(focused, Input):
            return  # a list of suggestions, say: not typed ahead
        event.stop()
        event.prevent_default()
        self._typed_ahead.append(Key(event.key, event.character))
        if len(self._typed_ahead) == 1:
            self.call_after_refresh(self._type_ahead, FOCUS_WAIT_TRIES)

    def _type_ahead(self, tries: int) -> None:
        focused = self.focused
        if not isinstance(focused, Input):
            if tries > 0:
                self.call_after_refresh(self._type_ahead, tries - 1)
            else:
                self._typed_ahead.clear()
            return
        for key in self._typed_ahead:
            focused.post_message(key)
        self._typed_ahead.clear()
