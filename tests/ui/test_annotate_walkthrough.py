"""What a full working session through the annotate screen found: keys that did nothing visible,
a selection that jumped away from what was being read, a list that cut ids on a wide terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NEWS, SECOND, screen_text, wait_loaded

from annotator.tui.screens.annotate import LIST_WIDTH, TEXT_KEEPS, AnnotateScreen

LONG_ID = "harbour-council-minutes-2026-11-24-evening-session.txt"
"""A document id longer than a 30-column list can show."""


def _screen(app) -> AnnotateScreen:
    screen = app.annotate_screen
    assert isinstance(screen, AnnotateScreen)
    return screen


def _messages(app) -> list[str]:
    return [notice.message for notice in app._notifications]  # noqa: SLF001


@pytest.fixture
def long_ids(write_corpus) -> Path:
    """Two documents with ids too long for a 30-column list, and a short one."""
    return write_corpus({"a-news.txt": NEWS, LONG_ID: SECOND, "z-" + LONG_ID: SECOND})


async def test_a_wide_terminal_shows_long_ids_whole(long_ids, make_annotator):
    """At 200 columns the list stayed 30 wide and cut the long ids in the middle, while the
    text ran 130 columns wide. It now widens to show them whole, the text keeping 80."""
    app = make_annotator(long_ids)
    async with app.run_test(size=(200, 40)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        shown = screen_text(app)
        assert LONG_ID in shown and "z-" + LONG_ID in shown
        assert screen.document_list.outer_size.width > LIST_WIDTH
        assert screen.text_view.outer_size.width >= TEXT_KEEPS


async def test_a_terminal_without_room_keeps_the_list_narrow(long_ids, make_annotator):
    """At 120 columns a wider list would squeeze the text: it stays 30 and cuts the ids."""
    app = make_annotator(long_ids)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        assert screen.document_list.outer_size.width == LIST_WIDTH
        assert LONG_ID not in screen_text(app)
