"""The quote panel on a tall terminal: it fills its column and shows a long quote whole."""

from __future__ import annotations

from conftest import wait_loaded
from test_annotate_second_pass import region_text

LONG_QUOTE = (
    "Harbour report\n\n"
    + '"'
    + " ".join(
        f"The ferry board of Eskerby will meet on pier {number} to weigh the timetable."
        for number in range(12)
    )
    + ' The end is near," said Vera Lindqvist.\n'
)
"""A document whose one quote runs to about 950 characters, far past 400."""


async def test_a_tall_terminal_shows_a_long_quote_whole_in_the_panel(write_corpus, make_annotator):
    """At 200x60 the panel kept 20 rows and cut the quote at 400 characters, with 38 empty
    rows beneath it. It now fills its column, and the quote's last words show."""
    app = make_annotator(write_corpus({"long-quote.txt": LONG_QUOTE}))
    async with app.run_test(size=(200, 60)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        side = screen.query_one("#side")
        assert screen.panel.outer_size.height == side.size.height > 40
        panel = " ".join(region_text(app, screen.panel.content_region).split())
        assert "The end is near," in panel
        assert "…" not in panel


async def test_at_80x24_the_panel_fills_its_column_and_the_text_keeps_its_width(
    write_corpus, make_annotator
):
    """The taller panel takes no column from the text at 80x24, and the long quote is cut
    where the panel ends, visibly."""
    app = make_annotator(write_corpus({"long-quote.txt": LONG_QUOTE}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        assert screen.panel.outer_size.height == screen.query_one("#side").size.height
        assert screen.text_view.outer_size.width == 80 - 30
        panel = region_text(app, screen.panel.content_region)
        assert panel.rstrip().endswith("…")


async def test_a_wide_terminal_gives_the_panel_what_the_text_can_spare(
    write_corpus, make_annotator
):
    """At 200 columns the text ran 120 wide beside a 40-column panel that wrapped a long quote
    at 38: the panel now widens (to 60 at most) while the text keeps 100 columns; at 120
    columns nothing changes."""
    app = make_annotator(write_corpus({"long-quote.txt": LONG_QUOTE}))
    async with app.run_test(size=(200, 60)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        side = screen.query_one("#side").outer_size.width
        assert 40 < side <= 60
        assert screen.text_view.outer_size.width >= 100
    app = make_annotator(write_corpus({"long-quote.txt": LONG_QUOTE}))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_loaded(pilot)
        assert app.annotate_screen.query_one("#side").outer_size.width == 40
