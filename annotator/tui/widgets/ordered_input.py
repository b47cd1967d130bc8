"""An input whose editing keys act in the order they were typed, even typed in one burst."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.widgets import Input


class OrderedInput(Input):
    """``Input`` running its own bound keys (backspace, ctrl+u, ctrl+w, enter, the arrows...) as
    they reach it, in order with the characters typed around them.

    Textual 8 inserts a printable character as its key reaches the input (``Input._on_key``),
    but runs a bound key only once the key has bubbled from the input through the message
    queue of every ancestor up to the app, which then looks up the binding. Typed in one burst,
    the characters after it are in by then: ``ctrl+u`` then a new name cleared the new name,
    ``b a backspace c`` gave ``ba`` instead of ``bc``, and enter submitted before the last
    characters were typed. (Textual issue #6605; its pull request #6631 runs the bindings
    inline too. Once a release does, this class can go.)
    """

    def __init__(
        self,
        *args: Any,
        enter_moves_to: str | None = None,
        keys_after_enter: Callable[[events.Key], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.enter_moves_to = enter_moves_to
        """A selector (on the screen) of the input enter moves on to, if it does."""
        self.keys_after_enter = keys_after_enter
        """Where the keys typed after enter go, for an input whose enter closes its prompt
        (None: into the input)."""
        self._entered = False

    def _forward_event(self, event: events.Event) -> None:
        """Take an event from the app, which hands each key to the input focused as it takes
        the key, in the order they were typed. Keys typed in one burst after enter reached
        this input before the ``Submitted`` it posts had moved the focus or closed the prompt:
        with ``enter_moves_to`` the focus moves now; with ``keys_after_enter`` the keys go
        there instead of into an input about to close."""
        if isinstance(event, events.Key) and self._entered and self.keys_after_enter:
            self.keys_after_enter(event)
            return
        super()._forward_event(event)
        # The screen's focus, not has_focus: that is set as the Focus event is handled, and an
        # input given the focus by the enter just before (the speaker's, in review) had not
        # handled it yet when the enter for it came.
        if (
            not isinstance(event, events.Key)
            or event.key != "enter"
            or self.screen.focused is not self
        ):
            return
        if self.enter_moves_to is not None:
            self.screen.set_focus(self.screen.query_one(self.enter_moves_to))
        elif self.keys_after_enter is not None:
            self._entered = True

    def take_keys_again(self) -> None:
        """Take the keys typed from now on as typing again: the enter that closed the prompt
        was refused, and the prompt stays open."""
        self._entered = False

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # Input's own handler inserts it, in order already
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # run by the app before the key was forwarded here
            if await self.app.run_action(binding.action, self):
                # Handled here: the key must not bubble on to the app, which would run the
                # binding a second time. (Input's own handler still restarts the blink.)
                event.stop()
                return
