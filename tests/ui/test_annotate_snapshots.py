"""What the annotate screen and its modals look like (SVG snapshots under __snapshots__/)."""

from __future__ import annotations

import json

from conftest import (
    LONG_READ,
    MARKUP,
    NEWS,
    NO_QUOTE,
    SECOND,
    fake_detector,
    label_with_every_hint,
    many_speakers_detector,
    screen_text,
    wait_loaded,
)

from annotator.corpus import open_corpus
from annotator.session import AnnotationSession
from annotator.tui.screens.annotate import HELP_SECTIONS, AnnotateScreen
from annotator.tui.screens.help import HelpModal
from annotator.tui.widgets.document_list import DocumentList
from annotator.tui.widgets.document_text import DocumentText


def _after(*keys: str, doc_id: str | None = None, check=None, failures: list | None = None):
    """A ``run_before`` that waits for the first document, presses ``keys``, and settles;
    then ``check(pilot)`` asserts on what is on screen in the same run as the snapshot. An
    error inside ``run_before`` does not fail the snapshot, so it is kept in ``failures``."""

    async def run_before(pilot) -> None:
        await wait_loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await wait_loaded(pilot, doc_id)
        if check is not None:
            try:
                check(pilot)
            except AssertionError as error:
                assert failures is not None
                failures.append(error)

    return run_before


def _markup_shown_literally(pilot) -> None:
    shown = screen_text(pilot.app)
    for literal in (
        "He said [the deal] was",
        "The minister [Smith] denied it.",
        "[Inaudible]",
        "Tariffs [/] will rise",
        "a [/ b",
        "␛[31mred␛[0m",
    ):
        assert literal in shown
    assert "\x1b" not in shown
    assert shown.count("[") == MARKUP.count("[")


def _every_binding_listed(pilot) -> None:
    assert isinstance(pilot.app.screen, HelpModal)
    shown = screen_text(pilot.app)
    listed = [binding for _, bindings in HELP_SECTIONS for binding in bindings]
    assert all(binding in listed for binding in AnnotateScreen.BINDINGS)
    assert all(binding in listed for binding in DocumentText.BINDINGS)
    assert all(binding in listed for binding in DocumentList.BINDINGS)
    for binding in listed:
        assert (binding.tooltip or binding.description) in shown


def test_annotate_screen(snap_compare, news_corpus, make_annotator):
    """The article at 120x32: the document list (a-news.txt current, 0/5), the text with five
    quotes highlighted (the scare quote 'miracle' faint), the first quote focused in blue with a
    bar in the gutter, Ortiz (speaker, orange), told (cue, cyan) and Harbour Gazette (source,
    violet) marked, the panel showing PENDING quote 1 of 5 with its suggested fields, and the
    footer keys."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(120, 32), run_before=_after())


def test_annotate_screen_narrow(snap_compare, news_corpus, make_annotator):
    """The same at 80x24: no document list (too narrow), the text and a 30-column panel side by
    side, the focused quote in view; a shorter bar leaves room for the top line's end, '0 this
    session (0/h)'."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after())


def test_accepted_quote(snap_compare, news_corpus, make_annotator):
    """After enter on the first quote and x on 'miracle', then p: the first quote is focused
    and the panel says ACCEPTED (origin: as suggested; confidence high); 'miracle' is struck
    through in red; the title reads 2/5."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(120, 32), run_before=_after("enter", "x", "p", "p"))


def test_rejected_quote(snap_compare, news_corpus, make_annotator):
    """After enter then x: focus on the rejected 'miracle' (p moves back to it), the panel says
    REJECTED and its confidence row '— not a quote' (no dots, no 'high'); the accepted first
    quote has a green background."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(120, 32), run_before=_after("enter", "x", "p"))


def test_edited_quote_shows_the_suggestion(snap_compare, news_corpus, make_annotator):
    """The first quote's start moved one word right and its type cycled: the panel shows
    origin 'edited', Type indirect with 'suggested direct' under it, and the span with the
    suggested span under it."""
    app = make_annotator(news_corpus)
    assert snap_compare(
        app, terminal_size=(120, 32), run_before=_after("right_square_bracket", "t")
    )


def test_speaker_input_with_suggestions(snap_compare, news_corpus, make_annotator):
    """The speaker modal at the bottom, below the focused quote (in the upper half of the
    text), which stays in sight: title 'Speaker (who said it)', the one-row input prefilled
    with Ana Ortiz (selected), and the list of this document's names: Ana Ortiz, Tomas Reyes,
    市长; the footer lists the prompt's keys (enter Confirm, esc Cancel...), not the screen's."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_after("s"))


def test_help_screen(snap_compare, news_corpus, make_annotator):
    """The help modal, whole at 100x106: sections Move, Label the focused quote (c and C the
    cue among them), Adjust its span (a word, a char, a line: shift+↑ ↓ the end, ctrl+↑ ↓ the
    start), Add a missed quote,
    The document (f marks it finished), Session, scrolling, the document list's keys
    (arrows, pages, home, end, enter, esc, backspace), the input's keys and the find prompt's
    (/ is listed under Move), each key with what it does; the footer says 'esc Close help', not
    the screen's keys. (Also asserts that every binding of the screen and of the list is listed,
    with its description.)"""
    app = make_annotator(news_corpus)
    failures: list[AssertionError] = []
    assert snap_compare(
        app,
        terminal_size=(100, 106),
        run_before=_after("question_mark", check=_every_binding_listed, failures=failures),
    )
    assert failures == []


def test_markup_like_text(snap_compare, news_corpus, make_annotator):
    """The markup document: [the deal], [Smith], [Inaudible], [/], a [/ b all shown literally,
    and the escape sequence shown as ␛[31mred␛[0m (not red text); "done" focused. (Also asserts
    the rendered characters hold each string literally and no ESC reaches the terminal.)"""
    app = make_annotator(news_corpus)
    failures: list[AssertionError] = []
    assert snap_compare(
        app,
        terminal_size=(120, 24),
        run_before=_after(
            "N", doc_id="b-markup.txt", check=_markup_shown_literally, failures=failures
        ),
    )
    assert failures == []


def test_stale_labels_of_a_changed_document(snap_compare, news_corpus, store, make_annotator):
    """The article edited after two labels were made ("by spring" became "by summer"): the
    accepted first quote whose words are gone is focused and STALE in the panel (which says why
    and that d deletes it, and keeps its cue 'told') and is not highlighted anywhere in the
    text (its offsets point into the old text); the title warns '⚠ 1 stale' (no more: it must
    fit 80 columns), the list marks the document with '!', a notification explains; the second
    label, whose words are still there, moved to its new place and shows as rejected (struck
    through)."""
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(news_corpus), handle, detector=fake_detector)
        work = session.accept(session.load("a-news.txt"), 0)
        session.reject(work, 1)
    edited = "Update: times changed.\n" + NEWS.replace("by spring", "by summer")
    (news_corpus / "a-news.txt").write_text(edited, encoding="utf-8")
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(120, 30), run_before=_after())


def test_empty_document(snap_compare, write_corpus, make_annotator):
    """After N from the article, a document of spaces and line breaks: shown as a document (an
    empty text area titled 'b-blank.txt · empty document'), not as unreadable; the panel says
    it is empty, that there is nothing to annotate, and that N goes to the next; the list
    shows it current and 0/0, without a tick (the tick is the finished mark; nothing set it)."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-blank.txt": "  \n\n\t \n", "c-more.txt": NEWS})
    app = make_annotator(corpus)
    assert snap_compare(app, terminal_size=(120, 24), run_before=_after("N", doc_id="b-blank.txt"))


def test_document_list_opened_at_80_columns(snap_compare, news_corpus, make_annotator):
    """At 80x24 after l, ↓ and typing 'c-': the list on the left (a-news.txt, the current
    document, in blue; the cursor on c-short.txt in amber; 'find: c-' on its last row), the
    text beside it, the quote panel stepped aside, and a footer of the list's keys only
    ('⏎ Open', 'esc Back', the palette): the screen's keys rest while the list has focus."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("l", "down", "c", "minus"))


def test_wide_terminal_list_shows_long_ids(snap_compare, write_corpus, make_annotator):
    """At 200x30, a corpus whose ids run past 30 columns: the document list widens to show
    'harbour-council-minutes-2026-11-24-evening-session.txt' and its neighbour whole (not cut
    with an ellipsis), each with its count; the text keeps the rest beside the 40-column panel."""
    long_id = "harbour-council-minutes-2026-11-24-evening-session.txt"
    corpus = write_corpus({"a-news.txt": NEWS, long_id: SECOND, "z-" + long_id: SECOND})
    app = make_annotator(corpus)
    assert snap_compare(app, terminal_size=(200, 30), run_before=_after())


def test_selection_started_after_scrolling(snap_compare, write_corpus, make_annotator):
    """At 80x24, the article followed by paragraphs of minutes, scrolled three pages down past
    every quote, then v: the view has not jumped back to the focused quote; the first word in
    view ('Paragraph') is selected in amber, and the text's bottom border says '9 chars · a
    or enter adds · esc cancels'."""
    minutes = "".join(
        f"\nParagraph {number} of the minutes: the ferry board of Eskerby met and adjourned.\n"
        for number in range(60)
    )
    app = make_annotator(write_corpus({"long.txt": NEWS + minutes}))
    assert snap_compare(
        app,
        terminal_size=(80, 24),
        run_before=_after("pagedown", "pagedown", "pagedown", "v"),
    )


def test_d_on_a_pending_quote(snap_compare, news_corpus, make_annotator):
    """At 80x24, d on the first quote, a suggestion with no label: it stays PENDING (yellow
    badge, 0/5 quotes on top) and a notification over the bottom of the panel (not the text)
    says 'This quote has no
    label to delete: x rejects it.'"""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("d"))


def test_top_line_of_a_big_corpus_at_80_columns(snap_compare, tmp_path, make_annotator):
    """At 80x24, twelve thousand documents, the first holding 120 quotes: the top line reads
    'doc 1/12,000 · 0/120 quotes · 0 finished · 0 labels · 0 this session (0/h)', whole, with
    no bar (it gave way so the figures fit)."""
    many_quotes = " ".join(f'A clerk said "door {number} opens at nine".' for number in range(120))
    texts = [many_quotes] + ["Nothing happened."] * 11_999
    lines = (json.dumps({"id": f"d{number:05}", "text": text}) for number, text in enumerate(texts))
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    app = make_annotator(corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after())


def test_selection_over_a_highlighted_quote(snap_compare, news_corpus, make_annotator):
    """At 120x30, the words of the third quote ("The numbers do not add up,") dragged over and
    a pressed: no copy is added (still 0/5 quotes, quote 3 of 5); that quote is focused in
    blue, PENDING in the panel, and a notification says 'These words are quote 3 already
    (pending): enter accepts it, x rejects it.'"""

    async def run_before(pilot) -> None:
        await wait_loaded(pilot)
        screen = pilot.app.annotate_screen
        third = screen.work.items[2]
        screen.text_view.post_message(DocumentText.TextSelected(third.start, third.end))
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()

    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(120, 30), run_before=run_before)


def test_list_enter_on_the_current_document(snap_compare, news_corpus, make_annotator):
    """At 120x30, after n n n, then l and enter on the document being annotated (where the
    list's cursor starts): the text has focus again and the fourth quote ('the budget would
    have to double ...') is still focused, the panel saying quote 4 of 5, not quote 1."""
    app = make_annotator(news_corpus)
    assert snap_compare(
        app, terminal_size=(120, 30), run_before=_after("n", "n", "n", "l", "enter")
    )


def test_enter_in_a_document_without_quotes(snap_compare, write_corpus, make_annotator):
    """At 80x24, a document the detector found no quote in, after enter: titled 'plain.txt · no
    quote found' (not '✓ done'), the panel's hint ('No quote here.') and a notification saying
    'No quote here to label: v selects words the detector missed, f marks the document
    finished, N opens the next one.'"""
    corpus = write_corpus({"plain.txt": "Plain prose about the Eskerby ferry, quoting nobody.\n"})
    app = make_annotator(corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("enter"))


def test_undo_in_the_document_on_screen(snap_compare, news_corpus, make_annotator):
    """At 80x24, after enter then u: the first quote is focused again and PENDING (0/5 quotes
    on top), and a notification says 'Undone: quote 1 of 5, now pending.'"""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("enter", "u"))


def test_speaker_prompt_with_many_names_at_80x24(snap_compare, write_corpus, make_annotator):
    """At 80x24, the speaker prompt over a document with fourteen speakers, at the bottom, the
    first lines of the text above it: the input holds Ana Halvik (selected), the list shows
    the first five names with a scrollbar, and the line under it, 'enter confirms · esc cancels
    · ↓ list · empty clears', is the last inside the prompt's border."""
    text = " ".join(f'Speaker {number} said "point {number} stands".' for number in range(14))
    app = make_annotator(write_corpus({"many.txt": text}), detector=many_speakers_detector)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("s"))


def test_n_held_at_the_last_quote(snap_compare, news_corpus, make_annotator):
    """At 80x24, end then n five times: the last quote (the CJK one) focused, quote 5 of 5 in
    the panel, and one notification 'Last quote of this document: N opens the next one.', not
    a column of five covering the text and the panel."""
    app = make_annotator(news_corpus)
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=_after("end", "n", "n", "n", "n", "n")
    )


def test_g_in_a_document_with_a_skipped_quote(snap_compare, write_corpus, make_annotator):
    """At 80x24, the second of two articles (the first left open), its first two quotes
    skipped with n, the other three accepted, then g: still the second article (b-news.txt,
    3/5 quotes), its first quote focused and PENDING in the panel, and a notification 'First
    open quote of this document: g again goes to the corpus's.'"""
    corpus = write_corpus({"a-news.txt": NEWS, "b-news.txt": NEWS})
    app = make_annotator(corpus)
    keys = ("N", "n", "n", "enter", "enter", "enter", "g")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after(*keys, doc_id="b-news.txt"))


def test_s_with_words_selected(snap_compare, news_corpus, make_annotator):
    """At 100x30, v and w select 'Ortiz told' after the first quote, then s: the words are
    added (1/6 quotes on top, no selection left) and the speaker prompt opens for them below
    the text, its input empty (the added quote has no speaker yet: 'none: type to set it'),
    this document's names listed under it."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_after("v", "w", "s"))


def test_a_label_key_on_a_quote_out_of_view(snap_compare, write_corpus, make_annotator):
    """At 80x24, a long article scrolled three pages past its first quote, then enter: the view
    is back on that quote (focused in blue, still PENDING in the panel, 0/5 quotes on top), and
    a notification over the panel, clear of the text, says 'Quote 1 was out of view: here it
    is, unchanged. The same key again labels it.'"""
    app = make_annotator(write_corpus({"long.txt": LONG_READ}))
    keys = ("pagedown", "pagedown", "pagedown", "enter")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after(*keys))


def _with_every_hint():
    """A ``run_before`` that labels the first quote with every hint and a long note."""

    async def run_before(pilot) -> None:
        await wait_loaded(pilot)
        label_with_every_hint(pilot.app.annotate_screen)
        await pilot.pause()

    return run_before


def test_panel_with_every_hint_and_a_long_note(snap_compare, news_corpus, make_annotator):
    """At 80x24, the first quote labelled with a type, speaker, source and span of the
    annotator's own and a note of three sentences: the panel shows every field (Speaker Vera
    Lindqvist, Source the Eskerby Courier) with its 'suggested' hint, the note cut to one line
    ending in '…' (whole, it pushed the words out), and the quote's words 'We will rebuild it
    by spring,"' at its bottom, whole."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_with_every_hint())


def test_n_on_the_last_document(snap_compare, write_corpus, make_annotator):
    """At 80x24, N three times through three documents: the last one (c-short.txt) on screen,
    and a notification over the panel: 'Last document; 2 earlier documents are not finished: g
    goes to the first open quote.'"""
    corpus = write_corpus({"a-news.txt": NEWS, "b-short.txt": SECOND, "c-short.txt": SECOND})
    app = make_annotator(corpus)
    assert snap_compare(
        app, terminal_size=(80, 24), run_before=_after("N", "N", "N", doc_id="c-short.txt")
    )


def test_a_finished_document_without_labels_after_a_restart(
    snap_compare, write_corpus, store, make_annotator
):
    """At 120x32, after a restart, a document marked finished with f and no label (the detector
    found no quote in it): its row in the list reads '✓ b-plain.txt 0/0', not '0/?'."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-plain.txt": NO_QUOTE, "c-short.txt": SECOND})
    annotations = store.open("ana", writable=True)
    annotations.mark_finished("b-plain.txt")
    annotations.close()
    app = make_annotator(corpus)
    assert snap_compare(app, terminal_size=(120, 32), run_before=_after(doc_id="a-news.txt"))


def test_find_prompt(snap_compare, news_corpus, make_annotator):
    """At 80x24, / then 'hired': the find prompt over the screen, titled 'Find in this
    document', 'hired' typed in its input, and its keys under it ('enter finds the next · esc
    cancels · case is ignored'); the footer lists the prompt's keys (enter Find, esc Cancel),
    not the screen's."""
    app = make_annotator(news_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("slash", *"hired"))


def test_words_found_outside_any_quote(snap_compare, news_corpus, make_annotator):
    """At 80x24, / 'hired engineers' enter: the two words selected in the text (no quote holds
    them), the text's border saying '15 chars · a or enter adds · esc cancels', and a message
    over the panel: 'found outside any quote: selected, a adds it as a quote...'."""
    app = make_annotator(news_corpus)
    keys = ("slash", *"hired engineers", "enter")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after(*keys))
