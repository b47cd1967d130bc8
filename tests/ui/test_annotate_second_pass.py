"""A second day's pass through the annotate screen: keys that labelled a quote scrolled out of
view, a rejected quote's confidence, a panel whose words fell off its bottom, messages over the
text, the last document's message, and a finished document's count after a restart."""

from __future__ import annotations

import pytest
from conftest import LONG_READ, NEWS, NO_QUOTE, SECOND, label_with_every_hint, wait_loaded
from textual.widgets._toast import Toast

from annotator.session import ItemState
from annotator.tui.screens.annotate import AnnotateScreen
from annotator.tui.screens.edit_field import EditFieldModal
from annotator.tui.widgets.quote_panel import describe


def _screen(app) -> AnnotateScreen:
    screen = app.annotate_screen
    assert isinstance(screen, AnnotateScreen)
    return screen


def _messages(app) -> list[str]:
    return [notice.message for notice in app._notifications]  # noqa: SLF001


def region_text(app, region) -> str:
    """The characters on screen inside ``region``, line by line."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001
    return "\n".join(
        "".join(segment.text for segment in strip.crop(region.x, region.right))
        for strip in strips[region.y : region.bottom]
    )


@pytest.mark.parametrize(
    "key", ["enter", "x", "2", "t", "O", "d", "s", "m", "right_square_bracket", "full_stop"]
)
async def test_a_label_key_on_a_quote_out_of_view_shows_it_first(write_corpus, make_annotator, key):
    """Scrolled away with the page keys, enter accepted (and x rejected...) a quote the
    annotator could not see. Every key that labels the focused quote now brings it into view
    and says so, changing nothing; the same key again acts on it."""
    app = make_annotator(write_corpus({"long.txt": LONG_READ}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        item = screen.focused_item
        assert not screen._in_view(item.start, item.end)  # noqa: SLF001
        await pilot.press(key)
        await pilot.pause()
        assert screen.focused_item == item  # nothing saved, the focus kept
        assert screen.focused_item.quote is None
        assert screen._in_view(item.start, item.end)  # noqa: SLF001
        assert not isinstance(app.screen, EditFieldModal)
        assert any("was out of view" in message for message in _messages(app))


async def test_the_same_key_again_labels_the_quote_brought_into_view(write_corpus, make_annotator):
    """After enter brought the quote into view, enter accepts it and moves on."""
    app = make_annotator(write_corpus({"long.txt": LONG_READ}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        first = screen.focused_item.id
        await pilot.press("pagedown", "pagedown", "enter", "enter")
        await pilot.pause()
        assert screen.work.items[screen.work.index_of(first)].state is ItemState.ACCEPTED
        assert screen.focus_index == 1


async def test_a_rejected_quote_shows_no_confidence(news_corpus, make_annotator):
    """A rejected quote's panel read '●●● high' confidence: a rejection says it is no quote,
    so the row says that instead."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("x", "p")
        await pilot.pause()
        assert screen.focused_item.state is ItemState.REJECTED
        panel = region_text(app, screen.panel.region)
        assert "not a quote" in panel
        assert "●" not in panel and "high" not in panel


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_the_panel_keeps_the_quote_words_under_every_hint(news_corpus, make_annotator, size):
    """Every "suggested" hint and a long note pushed the quote's words off the bottom of the
    panel's twenty rows. The note is cut to a line (the hints would go first, a line saying
    how many, but with the note cut they fit again), and the words show."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=size) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        label_with_every_hint(screen)
        await pilot.pause()
        item = screen.focused_item
        assert item.note and item.speaker == "Vera Lindqvist"
        panel = region_text(app, screen.panel.content_region)
        assert "rebuild it by spring" in " ".join(panel.split())
        assert "Vera Lindqvist" in panel


async def test_messages_leave_the_text_clear_at_80x24(write_corpus, make_annotator):
    """At 80x24 a message covered the bottom right of the text, where the focused quote sits at
    the end of a document. Messages now sit over the quote panel only."""
    app = make_annotator(write_corpus({"a.txt": NEWS, "b.txt": SECOND}))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("end", "enter", "N", "N")  # two messages, one a long one
        await wait_loaded(pilot, "b.txt")
        await pilot.pause(0.3)
        toasts = list(app.screen.query(Toast))
        assert toasts
        for toast in toasts:
            assert not toast.region.overlaps(screen.text_view.region)


async def test_n_on_the_last_document_says_whether_earlier_ones_are_open(
    write_corpus, make_annotator
):
    """N on the last document said only 'This is the last document.', though two before it
    were never finished. It now counts them and names g."""
    app = make_annotator(write_corpus({"a.txt": NEWS, "b.txt": SECOND, "c.txt": SECOND}))
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("N", "N")
        await wait_loaded(pilot, "c.txt")
        await pilot.press("N")
        await pilot.pause()
        assert (
            "Last document; 2 earlier documents are not finished: g goes to the first open quote."
            in _messages(app)
        )


async def test_n_on_the_last_document_with_every_earlier_one_finished(write_corpus, make_annotator):
    """With the earlier documents finished, it says so."""
    app = make_annotator(write_corpus({"a.txt": SECOND, "b.txt": SECOND}))
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter", "N")
        await wait_loaded(pilot, "b.txt")
        await pilot.press("N")
        await pilot.pause()
        assert "Last document; every earlier document is finished." in _messages(app)


async def test_a_finished_document_without_labels_shows_a_true_count_after_a_restart(
    write_corpus, make_annotator
):
    """A document marked finished with f (no quote in it) showed '✓ … 0/?' after a restart:
    its total was never read again. It is read in the background now, as the labelled ones."""
    corpus = write_corpus({"a.txt": NEWS, "b.txt": NO_QUOTE})
    app = make_annotator(corpus)
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("N")
        await wait_loaded(pilot, "b.txt")
        await pilot.press("f")
        await pilot.pause()
    app = make_annotator(corpus)
    async with app.run_test(size=(120, 32)) as pilot:
        await wait_loaded(pilot, "a.txt")
        screen = _screen(app)
        row = region_text(app, screen.document_list.region).split("\n")[1]
        assert "✓" in row and "b.txt" in row
        assert "0/0" in row and "?" not in row


async def test_a_short_panel_hides_hints_before_the_quote_words(news_corpus, make_annotator):
    """In a panel too short for every field even with the note cut, the "suggested" hints go
    from the bottom up, a line under the badge counts them, and the words still end it."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        label_with_every_hint(screen)
        await pilot.pause()
        lines = describe(screen.focused_item, 1, 5, (app.console, 28, 16)).renderables
        assert sum(len(line.wrap(app.console, 28)) for line in lines) <= 16
        shown = [line.plain for line in lines]
        assert shown[1] == "3 hints hidden: no room"
        assert "  suggested direct" in shown  # the top hint kept, the ones below it gone
        assert "  suggested 82–113" not in shown
        assert shown[-1] == '"We will rebuild it by spring,"'[1:]


async def test_slash_finds_words_and_goes_to_the_quote_holding_them(news_corpus, make_annotator):
    """There was no way to find a word in the text. / asks for words (case ignored, a line
    break counts as a space) and focuses the next quote holding them after the focused one."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("slash", *"NUMBERS do", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AnnotateScreen)
        assert screen.focus_index == 2  # '"The numbers do not add up,"'
        assert any("found in quote 3 of 5" in message for message in _messages(app))


async def test_slash_enter_again_finds_the_next_place(news_corpus, make_annotator):
    """The prompt keeps the words: / enter goes on to the next place, round to the top."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("slash", *"ortiz", "enter")
        await pilot.pause()
        found = [NEWS.index("Ortiz told"), NEWS.index("Ortiz said"), NEWS.index("Ana Ortiz") + 4]
        assert screen.text_view.selection[0] == found[0]
        await pilot.press("slash", "enter")
        await pilot.pause()
        assert screen.text_view.selection[0] == found[1]
        await pilot.press("slash", "enter")
        await pilot.pause()
        assert screen.text_view.selection[0] == found[2]
        assert any("(from the top)" in message for message in _messages(app))


async def test_slash_selects_words_no_quote_holds(news_corpus, make_annotator):
    """Words outside every quote are selected (what a search is most often for: a quote the
    detector missed), so a adds them."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("slash", *"hired engineers", "enter")
        await pilot.pause()
        start = NEWS.index("hired engineers")
        assert screen.selecting
        assert screen.text_view.selection == (start, start + len("hired engineers"))
        await pilot.press("a")
        await pilot.pause()
        assert screen.focused_item.text == "hired engineers"


async def test_slash_says_when_the_words_are_nowhere(news_corpus, make_annotator):
    """Words the document does not hold: said, and nothing moves."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("slash", *"lighthouse", "enter")
        await pilot.pause()
        assert screen.focus_index == 0 and not screen.selecting
        assert "“lighthouse” is not in this document." in _messages(app)
