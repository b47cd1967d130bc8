"""Moving a quote's edges, and the selection's start, a line at a time: a word at a time took
a dozen presses for each line of a long quote."""

from __future__ import annotations

from conftest import wait_loaded

from annotator.session import ItemState

LONG_QUOTE = (
    "Eskerby pier news\n\n"
    '"The harbour board has weighed every timetable the ferry company sent this winter, '
    "and none of them keeps the morning crossing that the island school depends on, so the "
    'board will ask for a fourth one before the spring," said Odile Marrow.\n\n'
    "She added that the pier would stay open to walkers through the whole of the repairs.\n"
)
"""A quote over several lines at 80x24, then a paragraph after a blank line."""


def _is_word_end(text: str, offset: int) -> bool:
    return text[offset - 1].isalnum() and not text[offset].isalnum()


def _is_word_start(text: str, offset: int) -> bool:
    return text[offset].isalnum() and not text[offset - 1].isalnum()


async def test_shift_arrows_move_the_quote_end_a_line(write_corpus, make_annotator):
    """shift+↑ ends the quote a line higher, on a whole word; shift+↓ on the paragraph's
    last line takes in the rest of it, then passes over the blank line to the next one."""
    app = make_annotator(write_corpus({"pier.txt": LONG_QUOTE}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        view = screen.text_view
        item = screen.focused_item
        end_line = view.line_of(item.end - 1)
        await pilot.press("shift+up")
        moved = screen.focused_item
        assert moved.state is ItemState.ACCEPTED and moved.start == item.start
        assert view.line_of(moved.end - 1) == end_line - 1
        assert _is_word_end(LONG_QUOTE, moved.end)
        await pilot.press("shift+down", "shift+down")
        assert screen.focused_item.end == LONG_QUOTE.index("Marrow.") + len("Marrow.")
        await pilot.press("shift+down")
        moved = screen.focused_item
        assert view.line_of(moved.end - 1) == end_line + 2  # the blank line passed over
        assert _is_word_end(LONG_QUOTE, moved.end)


async def test_ctrl_and_alt_arrows_move_the_quote_start_a_line(write_corpus, make_annotator):
    """ctrl+↓ starts the quote a line lower, on a word's start; alt+↑ (for terminals that keep
    ctrl+arrows for themselves) moves it back up; the quote is never emptied."""
    app = make_annotator(write_corpus({"pier.txt": LONG_QUOTE}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        view = screen.text_view
        item = screen.focused_item
        start_line = view.line_of(item.start)
        await pilot.press("ctrl+down")
        moved = screen.focused_item
        assert view.line_of(moved.start) == start_line + 1 and moved.end == item.end
        assert _is_word_start(LONG_QUOTE, moved.start)
        await pilot.press("alt+up")
        assert view.line_of(screen.focused_item.start) == start_line
        await pilot.press(*["ctrl+down"] * 8)
        last = screen.focused_item
        assert last.start < last.end and last.text.strip()


async def test_ctrl_arrows_move_the_selection_start_a_line(write_corpus, make_annotator):
    """While selecting, the same keys move the selection's start (its end: shift+↓ ↑, as
    before), and the focused quote is left as it was."""
    app = make_annotator(write_corpus({"pier.txt": LONG_QUOTE}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        view = screen.text_view
        await pilot.press("v", "shift+down", "shift+down", "shift+down")
        anchor, cursor = view.selection
        await pilot.press("ctrl+up")
        moved, same = view.selection
        assert same == cursor
        assert view.line_of(moved) == view.line_of(anchor) - 1
        assert _is_word_start(LONG_QUOTE, moved)
        assert screen.focused_item.quote is None  # nothing labelled


async def test_shift_down_on_the_last_line_ends_the_quote_at_the_last_word(
    write_corpus, make_annotator
):
    """On the text's last line there is no line below: shift+↓ takes the quote to the last
    word, and pressed again says it ends at the end of the text."""
    text = 'Harbour notes\n\nThe clerk wrote "the ferry runs" and the rest of the line follows.\n'
    app = make_annotator(write_corpus({"notes.txt": text}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        await pilot.press("shift+down")
        assert screen.focused_item.text.endswith("line follows.")
        await pilot.press("shift+down")
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert "The quote already ends at the end of the text." in messages
