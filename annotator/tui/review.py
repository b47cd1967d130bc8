"""The review app and its factory, used by the CLI and by every review UI test."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import App

from annotator.adjudication import DEFAULT_GOLD
from annotator.agreement.align import DEFAULT_THRESHOLD
from annotator.corpus import Corpus
from annotator.store import AnnotationStore
from annotator.tui.screens.review import ReviewScreen


class ReviewApp(App[None]):
    """Settle the disagreements of several annotators into a gold file."""

    CSS_PATH = "review.tcss"
    TITLE = "quote-annotator review"

    def __init__(self, screen: ReviewScreen) -> None:
        super().__init__()
        self.review_screen = screen
        """The one screen."""
        self.failure: str | None = None
        """Why the review could not start (one line naming the file), if it could not."""

    def on_mount(self) -> None:
        """Open the review screen."""
        self.push_screen(self.review_screen)

    def on_review_screen_failed(self, message: ReviewScreen.Failed) -> None:
        """Keep the reason the review could not start (it comes up from the screen), for the
        command line to print, and exit."""
        self.failure = message.message
        self.exit()

    async def on_unmount(self) -> None:
        """Release the gold file however the app ends."""
        await self.review_screen.stop()


def make_review_app(
    store: AnnotationStore,
    annotators: Sequence[str],
    out: str = DEFAULT_GOLD,
    corpus: Corpus | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    auto_merge: bool = True,
    reviewer: str | None = None,
    include_unfinished: bool = False,
) -> ReviewApp:
    """The review app for ``annotators`` of ``store`` into the gold file ``out``."""
    return ReviewApp(
        ReviewScreen(
            store,
            list(annotators),
            out,
            corpus,
            threshold=threshold,
            auto_merge=auto_merge,
            reviewer=reviewer,
            include_unfinished=include_unfinished,
        )
    )
