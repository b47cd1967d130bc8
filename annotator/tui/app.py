"""The annotation app and its factory, used by the CLI and by every UI test."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from annotator.corpus import Corpus
from annotator.session import LIKELY_SCORE, Detector
from annotator.store import AnnotationStore
from annotator.tui.messages import SessionFailed
from annotator.tui.screens.annotate import IDLE_AFTER, AnnotateScreen
from annotator.tui.screens.help import key_label


class AnnotatorApp(App[None]):
    """Annotate quotes in a corpus; ``failure`` holds why it stopped, when it could not start."""

    CSS_PATH = "annotate.tcss"
    TITLE = "quote-annotator"

    def __init__(self, screen: AnnotateScreen) -> None:
        super().__init__()
        self.annotate_screen = screen
        """The one screen."""
        self.failure: str | None = None
        """A one-line reason when the corpus or the store could not be opened."""

    def on_mount(self) -> None:
        """Open the annotate screen."""
        self.push_screen(self.annotate_screen)

    @on(SessionFailed)
    def _session_failed(self, message: SessionFailed) -> None:
        """Keep the reason the screen could not open its session (it comes up from the
        screen), for the command line to print, and exit."""
        self.failure = message.message
        self.exit(return_code=2)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The command palette offers every key of the annotate screen too."""
        yield from super().get_system_commands(screen)
        if not isinstance(screen, AnnotateScreen):
            return
        for binding in screen.BINDINGS:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            if binding.action.startswith("app.") or binding.action == "cancel_selection":
                continue
            yield SystemCommand(
                binding.description,
                "key: " + " or ".join(key_label(key) for key in binding.key.split(",")),
                lambda action=binding.action: self.call_later(screen.run_action, action),
            )


def make_app(
    corpus: Corpus | str | Path,
    store: AnnotationStore | str | Path,
    annotator: str,
    *,
    detector: Detector | None = None,
    clock: Callable[[], float] | None = None,
    idle_after: float | None = IDLE_AFTER,
    faint_below: float = LIKELY_SCORE,
) -> AnnotatorApp:
    """The annotation app for ``annotator`` over ``corpus``, writing to ``store``.

    ``idle_after``: seconds without a key before the next document and the listed ones are
    read and detected ahead (None turns that off, for tests that must not race it).
    ``faint_below``: candidates scored below this are drawn faint, not highlighted.
    """
    if not isinstance(store, AnnotationStore):
        store = AnnotationStore(store)
    return AnnotatorApp(
        AnnotateScreen(
            corpus,
            store,
            annotator,
            detector=detector,
            clock=clock,
            idle_after=idle_after,
            faint_below=faint_below,
        )
    )
