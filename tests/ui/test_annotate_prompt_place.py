"""The speaker, source and note prompt at 80x24: above or below the quote it is for, never over
it, and no taller than what it holds."""

from __future__ import annotations

from conftest import many_speakers_detector, wait_loaded

from annotator.tui.screens.edit_field import EditFieldModal

MANY = " ".join(f'Speaker {number} said "point {number} stands".' for number in range(30))
"""Thirty quotes by ten speakers: more lines than the text view holds at 80x24."""


def _quote_row(screen) -> int:
    """The screen row of the focused quote's first line."""
    view = screen.text_view
    line = view.line_of(screen.focused_item.start) - int(view.scroll_offset.y)
    return view.content_region.y + line


async def _open_prompt(pilot, *keys: str) -> EditFieldModal:
    await pilot.press(*keys, "s")
    await pilot.pause()
    modal = pilot.app.screen
    assert isinstance(modal, EditFieldModal)
    return modal


async def test_the_prompt_leaves_the_quote_it_is_for_in_sight(write_corpus, make_annotator):
    """In the middle of the screen, the prompt (19 rows at 80x24) hid the quote and the words
    around it that say who spoke. It now sits below a quote in the upper half of the text,
    above one in the lower half."""
    app = make_annotator(write_corpus({"many.txt": MANY}), detector=many_speakers_detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        box = (await _open_prompt(pilot)).query_one("#edit-field-box").region
        assert _quote_row(screen) < box.y
        await pilot.press("escape")
        box = (await _open_prompt(pilot, "end")).query_one("#edit-field-box").region
        assert _quote_row(screen) >= box.bottom


async def test_a_long_list_of_names_leaves_no_empty_rows_in_the_prompt(
    write_corpus, make_annotator
):
    """The list cut to its share of the terminal, the box around it kept the rows of the whole
    list, empty, under the hint."""
    app = make_annotator(write_corpus({"many.txt": MANY}), detector=many_speakers_detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        modal = await _open_prompt(pilot)
        box = modal.query_one("#edit-field-box")
        hint = modal.query_one("#edit-field-hint")
        assert hint.region.bottom == box.region.bottom - 1  # only the border under it
        assert box.region.height <= 15
