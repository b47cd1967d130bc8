"""A document whose file name holds terminal escapes: shown, never sent to the terminal."""

from __future__ import annotations

from conftest import screen_text, wait_loaded

RED = "\x1b[31m"
NAME = f"late [bold]edition[/bold] {RED}red.txt"
"""A file name that is markup-looking and holds an escape sequence (ESC [31m, red)."""


async def test_a_file_name_with_escapes_is_shown_literally_in_the_title(
    write_corpus, make_annotator
):
    corpus = write_corpus({NAME: 'Clerk Ebba Lund said "the hall opens at nine" today.'})
    app = make_annotator(corpus)
    async with app.run_test(size=(130, 30)) as pilot:
        await wait_loaded(pilot)
        shown = screen_text(app)
        assert "\x1b" not in shown
        assert "late [bold]edition[/bold] ␛[31mred.txt" in shown


async def test_a_notification_naming_such_a_file_shows_its_escapes(write_corpus, make_annotator):
    corpus = write_corpus({NAME: 'Clerk Ebba Lund said "the hall opens at nine" today.'})
    app = make_annotator(corpus)
    async with app.run_test(size=(130, 30)) as pilot:
        await wait_loaded(pilot)
        app.screen.notify(f"Undo: a change in {NAME}")
        await pilot.pause()
        messages = [notification.message for notification in app._notifications]  # noqa: SLF001
        assert messages == ["Undo: a change in late [bold]edition[/bold] ␛[31mred.txt"]
