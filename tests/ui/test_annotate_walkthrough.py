"""What a full working session through the annotate screen found: keys that did nothing visible
or acted on another quote than the one meant, messages that stacked or named the wrong key, a
selection that jumped away from what was being read, a list that cut ids on a wide terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import LONG_READ, NEWS, SECOND, many_speakers_detector, screen_text, wait_loaded

from annotator.session import ItemState
from annotator.tui.screens.annotate import LIST_WIDTH, TEXT_KEEPS, AnnotateScreen
from annotator.tui.screens.edit_field import EditFieldModal
from annotator.tui.widgets.document_text import DocumentText

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


async def test_wide_characters_count_twice_in_the_list_width(write_corpus, make_annotator):
    """An id of wide (CJK) characters takes two cells a character: the list is sized by
    cells, so it shows whole (sized by characters, it would be cut)."""
    wide_id = "港湾议会会议记录二〇二六年十一月二十四日晚间会议.txt"
    app = make_annotator(write_corpus({"a-news.txt": NEWS, wide_id: SECOND, "b-x.txt": SECOND}))
    async with app.run_test(size=(200, 40)) as pilot:
        await wait_loaded(pilot)
        assert wide_id in screen_text(app)


async def test_a_terminal_without_room_keeps_the_list_narrow(long_ids, make_annotator):
    """At 120 columns a wider list would squeeze the text: it stays 30 and cuts the ids."""
    app = make_annotator(long_ids)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        assert screen.document_list.outer_size.width == LIST_WIDTH
        assert LONG_ID not in screen_text(app)


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


async def test_d_on_a_quote_without_a_label_says_so(news_corpus, store, make_annotator):
    """d on a pending suggestion did nothing visible. It now says there is no label to delete
    and which key rejects the quote; nothing is written."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("d")
        await pilot.pause()
        assert screen.focused_item.state is ItemState.PENDING
        assert "This quote has no label to delete: x rejects it." in _messages(app)
        assert screen.session.corpus_progress().labeled == 0


async def test_a_span_key_that_cannot_move_the_edge_says_so(write_corpus, make_annotator):
    """Shrinking a span to one character, the next , did nothing visible; so did [ at the
    text's first word and . at its end. Each now says why the edge stays."""
    app = make_annotator(write_corpus({"short.txt": '"Doors open at nine," a clerk said.'}))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        assert (screen.focused_item.start, screen.focused_item.end) == (0, 21)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "The quote already starts at the first word of the text." in _messages(app)
        await pilot.press(*["comma"] * 8)
        await pilot.pause()
        assert (screen.focused_item.start, screen.focused_item.end) == (0, 1)
        shrink = "The quote cannot shrink further: x rejects it, d deletes its label."
        assert shrink in _messages(app)
        app.clear_notifications()
        await pilot.press("full_stop")
        await pilot.pause()
        assert _messages(app) == []  # it moved: nothing to say
        await pilot.press(*["full_stop"] * 10)
        await pilot.pause()
        assert screen.focused_item.end == len(screen.work.document.text)
        assert "The quote already ends at the end of the text." in _messages(app)


async def test_the_top_line_fits_80_columns_in_a_big_corpus(tmp_path, make_annotator):
    """With twelve thousand documents and a document of 120 quotes, the top line ran past 80
    columns even with the short bar, cutting the session's pace off. The bar now gives way
    first, and every figure shows."""
    corpus = tmp_path / "big.jsonl"
    many_quotes = " ".join(f'A clerk said "door {number} opens at nine".' for number in range(120))
    texts = [many_quotes] + [SECOND] * 11_999
    lines = (json.dumps({"id": f"d{number:05}", "text": text}) for number, text in enumerate(texts))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        top = screen_text(app).splitlines()[0].rstrip()
        assert top.startswith(" doc 1/12,000 · 0/120 quotes · 0 finished")
        assert top.endswith("0 finished · 0 labels · 0 this session (0/h)"), top


async def test_selecting_a_highlighted_quote_focuses_it_instead_of_copying_it(
    news_corpus, make_annotator
):
    """A drag over a highlighted suggestion, then a, added a copy by hand on the same words;
    the suggestion under it stayed pending, hidden, and kept the document from being done.
    Now the quote already there is focused, and the message says how to accept it."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        third = screen.work.items[2]
        screen.text_view.post_message(DocumentText.TextSelected(third.start - 1, third.end + 1))
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert len(screen.work.items) == 5
        assert screen.focus_index == 2 and not screen.selecting
        assert (
            "These words are quote 3 already (pending): enter accepts it, x rejects it."
            in _messages(app)
        )
        await pilot.press("enter")
        assert screen.work.items[2].state is ItemState.ACCEPTED


async def test_enter_on_the_current_document_in_the_list_keeps_the_place(
    news_corpus, make_annotator
):
    """The list opens with its cursor on the document being annotated; enter there read the
    document again and moved the focus back to its first open quote. It now goes back to the
    text on the quote that was focused."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("n", "n", "n")
        assert screen.focus_index == 3
        work = screen.work
        await pilot.press("l", "enter")
        await wait_loaded(pilot, "a-news.txt")
        assert screen.focus_index == 3 and screen.work is work
        assert screen.text_view.has_focus
        await pilot.press("l", "down", "enter")  # another document opens as before
        await wait_loaded(pilot, "b-markup.txt")


async def test_label_keys_in_a_document_without_quotes_say_what_to_do(
    write_corpus, store, make_annotator
):
    """In a document the detector found no quote in, enter, x, n, s and the span keys did
    nothing visible (the panel's hint aside). Each now says what can be done there; nothing
    is written and no prompt opens. In an empty document they say it is empty."""
    corpus = write_corpus(
        {
            "a-plain.txt": "Plain prose about the Eskerby ferry, quoting nobody.\n",
            "b-blank.txt": "\n",
        }
    )
    app = make_annotator(corpus)
    no_quote = (
        "No quote here to label: v selects words the detector missed, f marks the document "
        "finished, N opens the next one."
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-plain.txt")
        screen = _screen(app)
        for key in ("enter", "x", "n", "s", "full_stop", "1"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            assert _messages(app) == [no_quote], key
            assert app.screen is screen
        assert screen.session.corpus_progress().labeled == 0
        await pilot.press("N")
        await wait_loaded(pilot, "b-blank.txt")
        app.clear_notifications()
        await pilot.press("enter")
        await pilot.pause()
        assert _messages(app) == ["This document is empty: N opens the next one."]


async def test_undo_in_the_document_on_screen_says_what_it_undid(news_corpus, make_annotator):
    """After enter then f, u took back the accepted label, not the finished mark (which undo
    does not reach), and said nothing: the quote silently turned pending again. The f message
    now names f as the key that takes the mark back, and u and U say which quote they changed
    and how it stands."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("enter", "f")
        await pilot.pause()
        assert any(message.endswith(" f again takes it back.") for message in _messages(app))
        app.clear_notifications()
        await pilot.press("u")
        await pilot.pause()
        assert _messages(app) == ["Undone: quote 1 of 5, now pending."]
        assert screen.focus_index == 0
        app.clear_notifications()
        await pilot.press("U")
        await pilot.pause()
        assert _messages(app) == ["Redone: quote 1 of 5, now accepted."]
        await pilot.press("v", "a")
        app.clear_notifications()
        await pilot.press("u")
        await pilot.pause()
        assert _messages(app) == ["Undone: the quote added by hand is gone."]


async def test_the_speaker_prompt_keeps_its_keys_in_view_at_80x24(write_corpus, make_annotator):
    """With a dozen names to suggest, the list pushed the line under it ('enter confirms · esc
    cancels · ↓ list · empty clears') out of the prompt at 80x24. The list now takes a share
    of the terminal's height and the line stays; the names still scroll."""
    text = " ".join(f'Speaker {number} said "point {number} stands".' for number in range(14))
    app = make_annotator(write_corpus({"many.txt": text}), detector=many_speakers_detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, EditFieldModal)
        shown = screen_text(app)
        assert "enter confirms · esc cancels · ↓ list · empty clears" in shown
        assert "Ana Halvik" in shown


async def test_a_message_already_on_screen_is_not_stacked_again(news_corpus, make_annotator):
    """n held at the last quote stacked a copy of 'Last quote of this document' per press, a
    column of toasts over the text and the panel. A message already on screen is shown once;
    once gone, it can show again, and other messages still stack."""
    app = make_annotator(news_corpus)
    last_quote = "Last quote of this document: N opens the next one."
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("end", "n", "n", "n", "n", "n")
        await pilot.pause()
        assert _messages(app) == [last_quote]
        await pilot.press("U")
        await pilot.pause()
        assert _messages(app) == [last_quote, "Nothing to redo."]
        app.clear_notifications()
        await pilot.press("n")
        await pilot.pause()
        assert _messages(app) == [last_quote]


async def test_checking_a_labelled_document_again_with_enter_leaves_undo_alone(
    news_corpus, store, make_annotator
):
    """Going back over accepted quotes with enter wrote each again and made each an undo step
    that changed nothing: u after it said 'now accepted' and seemed dead. Now enter on an
    unchanged label writes nothing, and u takes back the last real change."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter", "enter", "home")
        lines = len(store.path_for("ana").read_bytes().splitlines())
        await pilot.press("enter", "enter", "home")
        assert len(store.path_for("ana").read_bytes().splitlines()) == lines
        app.clear_notifications()
        await pilot.press("u")
        await pilot.pause()
        assert _messages(app) == ["Undone: quote 2 of 5, now pending."]


async def test_g_goes_to_the_quote_skipped_in_this_document_first(write_corpus, make_annotator):
    """Labelling the last quote with one skipped above says 'g goes to the first'; with an
    earlier document left open, g went there instead, away from the quote skipped here. g now
    goes to this document's first open quote, and pressed again, to the corpus's."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-news.txt": NEWS})
    app = make_annotator(corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = _screen(app)
        await pilot.press("N")
        await wait_loaded(pilot, "b-news.txt")
        await pilot.press("n", "n", "enter", "enter", "enter")
        assert (
            "Last quote of this document, but 2 quotes above are still open: g goes to the first."
            in _messages(app)
        )
        await pilot.press("g")
        await wait_loaded(pilot)
        assert screen.work.doc_id == "b-news.txt" and screen.focus_index == 0
        await pilot.press("g")
        await wait_loaded(pilot, "a-news.txt")
        assert screen.focus_index == 0


async def test_the_footer_over_the_help_offers_the_key_that_closes_it(news_corpus, make_annotator):
    """Over the help, the footer at the bottom still offered the screen's keys (n Next, enter
    Accept, x Reject), which do nothing while the help is open. It now offers the key that
    closes the help."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Close help" in footer and "Accept" not in footer, footer
        await pilot.press("escape")
        await pilot.pause()
        assert "Accept" in screen_text(app).splitlines()[-1]


async def test_a_document_without_quotes_is_not_titled_done(write_corpus, make_annotator):
    """A document the detector found no quote in was titled '✓ done' though nothing was
    labelled and it counts nowhere until f marks it; the title now says no quote was found,
    and 'finished' once f marks it."""
    corpus = write_corpus({"plain.txt": "Plain prose about the Eskerby ferry, quoting nobody.\n"})
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        title = str(_screen(app).text_view.border_title)
        assert title == "plain.txt · no quote found"
        await pilot.press("f")
        await pilot.pause()
        assert str(_screen(app).text_view.border_title) == "plain.txt · no quote found · finished"


async def test_s_with_words_selected_names_the_speaker_of_those_words(
    news_corpus, store, make_annotator
):
    """Words selected for a missed quote, then s and a name: the prompt edited the focused
    quote before the selection (and accepted it), and the selection stayed up. s now adds the
    selected words as the quote, and the name typed goes to it."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("v", "w", "s", *"Ana Lind", "enter")
        await pilot.pause()
        assert not screen.selecting
        added = screen.focused_item
        assert added.text == "Ortiz told" and added.speaker == "Ana Lind"
        assert screen.work.items[0].state is ItemState.PENDING  # the quote before: untouched


async def test_other_label_keys_with_words_selected_are_refused(news_corpus, make_annotator):
    """With words selected, 1, t, d and the span keys acted on the focused quote, not on the
    selection, and left the selection up. They are refused, saying how to add or cancel."""
    app = make_annotator(news_corpus)
    refused = "Words are selected: a or enter adds them, esc cancels"
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        screen = _screen(app)
        await pilot.press("v")
        for key in ("1", "t", "d", "comma", "x"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            assert _messages(app) == [refused], key
        assert screen.selecting
        assert screen.work.items[0].state is ItemState.PENDING
