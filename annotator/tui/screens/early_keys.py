"""Keys typed before a screen has anything to act on wait for it, then act in order.

The annotate screen has no quote until its document is read and detected; the review screen has
no disagreement until its scan finds one. A person who knows the keys types at once: a key
that arrived before then did nothing, or acted on what was being left. :class:`EarlyKeys`
keeps them (up to ``EARLY_KEYS_KEPT``) and sends them again, as if typed now, once the screen
has what they act on; the screen says how many wait.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events

from annotator.util import counted

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel

EARLY_KEYS_KEPT = 200
"""Keys typed early that wait for the screen; any more are dropped (and said to be)."""


class EarlyKeys:
    """Mixin for a screen (first in its bases) that holds the keys typed before it can act on
    them. ``_early_keys`` is the list of keys waiting, None while nothing is awaited: the
    screen sets it to a list when it starts waiting, calls ``_keep_early_key`` for each key to
    hold, and ``_replay_early_keys`` once what they act on is there."""

    _early_keys: list[events.Key] | None
    """Keys typed early, to act once the screen can (None: nothing awaited)."""
    _early_keys_dropped: int
    """Keys typed early after ``EARLY_KEYS_KEPT`` were kept: lost."""

    if TYPE_CHECKING:
        # The screen's own, declared for the checker only: first in the bases, a definition
        # here would hide the screen's.
        app: App[Any]

        def notify(
            self,
            message: str,
            *,
            title: str = "",
            severity: SeverityLevel = "information",
            timeout: float | None = None,
            markup: bool = True,
        ) -> None: ...

    def _early_keys_waiting(self, waiting: str) -> None:
        """Say how many keys wait (``waiting``, as "2 keys waiting · 3 keys dropped")."""

    def _keep_early_key(self, key: str, character: str | None) -> None:
        early = self._early_keys
        if early is None:  # what the keys waited for is there: nothing waits for it any more
            return
        if key == "ctrl+j":
            # Enter typed while the command started, before the terminal was put in raw mode:
            # the terminal turned it into a newline.
            key, character = "enter", "\r"
        if len(early) < EARLY_KEYS_KEPT:
            early.append(events.Key(key, character))
        else:
            self._early_keys_dropped += 1
        waiting = f"{counted(len(early), 'key')} waiting"
        if self._early_keys_dropped:
            # Else the count said "200 keys waiting" while every key after them was lost.
            waiting += f" · {counted(self._early_keys_dropped, 'key')} dropped"
        self._early_keys_waiting(waiting)

    def _replay_early_keys(self) -> None:
        """Send the keys typed early, in order, as if typed now."""
        early, self._early_keys = self._early_keys, None
        if self._early_keys_dropped:
            self.notify(
                f"{counted(self._early_keys_dropped, 'key')} typed while loading "
                f"{'was' if self._early_keys_dropped == 1 else 'were'} dropped: only the "
                f"first {EARLY_KEYS_KEPT} are kept.",
                severity="warning",
            )
            self._early_keys_dropped = 0
        for key in early or []:
            # Sent by the app, as a typed key is: a message stops bubbling at its sender, and
            # sent by this screen it would never reach the app's bindings.
            self.app.post_message(events.Key(key.key, key.character).set_sender(self.app))
