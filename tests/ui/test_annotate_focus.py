"""Textual's own focus keys on the annotation screen, which moves a quote focus of its own."""

from __future__ import annotations

from conftest import wait_loaded

SIZE = (120, 36)


async def test_tab_and_shift_tab_leave_the_app_running_and_the_quote_focus_alone(
    news_corpus, make_annotator
):
    # The screen's quote-moving helper once overrode Screen._move_focus, which Textual's
    # focus_next and focus_previous call with a direction and a selector: tab crashed the app.
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        first = screen.focused_item
        await pilot.press("tab")
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.is_running
        assert app.screen is screen
        assert screen.focused_item is first
        await pilot.press("n")
        assert screen.focused_item is not first
        assert screen.focused_item.text == "'miracle'"
