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


LONG_READ = NEWS + "".join(
    f"\nParagraph {number} of the minutes: the ferry board of Eskerby met and adjourned.\n"
    for number in range(60)
)
"""The article followed by sixty paragraphs: the text scrolls well past its quotes."""


async def test_v_after_scrolling_starts_where_the_annotator_reads(write_corpus, make_annotator):
    """Scrolled on with the page keys to a missed quote, v started the selection after the
    focused quote, pages above, and pulled the view back there. It now starts at the first
    word in view, and the view stays."""
    app = make_annotator(write_corpus({"long.txt": LONG_READ}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        view = screen.text_view
        top = int(view.scroll_offset.y)
        assert top > view.line_of(screen.focused_item.end)  # the quote is out of view
        await pilot.press("v")
        await pilot.pause()
        assert int(view.scroll_offset.y) == top
        first_in_view = view.line_range(top)[0]
        start, end = view.selection
        assert first_in_view <= start < end
        assert LONG_READ[start].isalnum()  # a word's first character, not a line break


async def test_v_near_the_focused_quote_still_starts_after_it(news_corpus, make_annotator):
    """With the focused quote in view, v starts at the word after it, as before."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        quote_end = screen.focused_item.end
        await pilot.press("v")
        start, _ = screen.text_view.selection
        assert start == NEWS.index("Ortiz told")
        assert quote_end < start


async def test_v_in_an_empty_document_says_there_is_nothing_to_select(write_corpus, make_annotator):
    """In an empty document v made a one-character selection past the end of the text ('1
    char · a or enter adds'), and a then said only 'the selection is empty'. v now says there
    are no words, and no selection starts."""
    app = make_annotator(write_corpus({"a-short.txt": SECOND, "b-blank.txt": " \n\n"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-short.txt")
        await pilot.press("N")
        await wait_loaded(pilot, "b-blank.txt")
        screen = _screen(app)
        await pilot.press("v")
        await pilot.pause()
        assert not screen.selecting and screen.text_view.selection is None
        assert "a or enter adds" not in screen_text(app)
        assert "This document has no words to select." in _messages(app)


async def test_adding_a_selection_of_no_words_says_how_to_go_on(news_corpus, make_annotator):
    """A selection shrunk to nothing (or to spaces) was refused with 'Not added: the selection
    is empty', while the selection stayed on screen. The message now names the keys that
    widen or cancel it."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("v", *["left"] * len("Ortiz"))
        start, end = screen.text_view.selection
        assert start == end
        await pilot.press("a")
        await pilot.pause()
        assert screen.selecting
        assert "The selection holds no words: w or → takes in more, esc cancels." in _messages(app)
        assert len(screen.work.items) == 5
