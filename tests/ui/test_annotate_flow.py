"""Whole annotation flows through the UI, checked against what lands in the store file."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import orjson
import pytest
from conftest import NEWS, SECOND, FixedClock, fake_detector, screen_text, wait_loaded
from textual import events
from textual.widgets import Input

from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.records import Candidate, QuoteType
from annotator.session import AnnotationSession, ItemState, quote_marks_detector
from annotator.store import AnnotationStore
from annotator.tui.app import make_app
from annotator.tui.screens import early_keys as early_keys_module
from annotator.tui.screens.edit_field import EditFieldModal
from annotator.tui.screens.help import HelpModal
from annotator.tui.widgets.document_list import DocumentList, shorten_middle
from annotator.tui.widgets.progress import CorpusProgressBar

SEED_ID = "000_5cdb8f7fcb1a7bf5.txt"
SIZE = (120, 36)


def live_quotes(store: AnnotationStore, annotator: str = "ana") -> list[dict]:
    """The folded store file: the latest version of each live quote, as stored on disk."""
    latest: dict[str, dict | None] = {}
    for line in store.path_for(annotator).read_bytes().splitlines():
        item = orjson.loads(line)["item"]
        if item["record"] == "finished":  # a mark of the whole document, no quote
            continue
        latest[item["id"]] = item if item["record"] == "quote" else None
    return sorted((q for q in latest.values() if q), key=lambda q: (q["doc_id"], q["start"]))


@pytest.fixture
def seed_corpus(tmp_path, seeds_corpus):
    """The first seed article alone, copied under the test's folder."""
    root = tmp_path / "seeds"
    root.mkdir()
    shutil.copy(seeds_corpus.root / SEED_ID, root / SEED_ID)
    return root


async def test_annotate_a_seed_document_end_to_end(seed_corpus, store):
    """Accept, reject, fix a speaker, change confidence, adjust a span, add a missed quote,
    undo, redo, quit, reopen: the store holds exactly the expected records."""
    text = (seed_corpus / SEED_ID).read_text(encoding="utf-8")
    candidates = quote_marks_detector(text)
    assert len(candidates) >= 4
    app = make_app(seed_corpus, store, "ana", detector=quote_marks_detector, clock=FixedClock())
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, SEED_ID)
        screen = app.screen
        assert screen.focus_index == 0
        await pilot.press("enter")  # accept the first quote; focus moves on
        assert screen.focus_index == 1
        await pilot.press("x")  # reject the second
        assert screen.focus_index == 2
        await pilot.press("s")
        assert isinstance(app.screen, EditFieldModal)
        app.screen.query_one(Input).value = "Mikhail Galuzin"  # typed, without 15 key events
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("2")  # medium confidence on the third
        await pilot.press("comma")  # its end one word left
        # A missed quote: select two words after the fourth quote and add them.
        await pilot.press("n", "v", "w", "a")
        added_id = screen.focused_item.id
        assert added_id.startswith("m-")
        await pilot.press("u")  # undo the addition
        assert screen.work.index_of(added_id) is None
        await pilot.press("ctrl+y")  # and redo it
        assert screen.work.index_of(added_id) is not None
        await pilot.press("q")
    assert app.return_code == 0

    quotes = live_quotes(store)
    by_start = {quote["start"]: quote for quote in quotes}
    first, second, third = candidates[:3]
    assert by_start[first.start]["status"] == "accepted"
    assert by_start[first.start]["origin"] == "suggested"
    assert by_start[first.start]["suggestion"]["text"] == first.text
    assert by_start[second.start]["status"] == "rejected"
    fixed = by_start[third.start]
    assert fixed["speaker"] == "Mikhail Galuzin"
    assert fixed["confidence"] == 2
    assert fixed["end"] < third.end
    assert fixed["text"] == text[third.start : fixed["end"]]
    assert fixed["suggestion"]["end"] == third.end
    manual = [quote for quote in quotes if quote["origin"] == "manual"]
    assert len(manual) == 1
    assert manual[0]["text"] == text[manual[0]["start"] : manual[0]["end"]]
    assert manual[0]["start"] >= candidates[3].end
    assert len(quotes) == 4

    # Reopening resumes on the first quote nobody labeled yet.
    again = make_app(seed_corpus, store, "ana", detector=quote_marks_detector, clock=FixedClock())
    async with again.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, SEED_ID)
        item = again.screen.focused_item
        assert item.state is ItemState.PENDING
        assert item.start == candidates[3].start
        assert live_quotes(store) == quotes  # opening wrote nothing
        await pilot.press("u")  # undo reaches back into the previous run
        assert again.screen.work.index_of(added_id) is None


async def test_every_action_is_on_disk_before_the_screen_moves(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
        [quote] = live_quotes(store)  # read while the app is still running
        assert quote["status"] == "accepted"
        assert quote["speaker"] == "Ana Ortiz"
        await pilot.press("t", "3")  # the focus moved on to 'miracle': make it indirect, sure
        stored = {q["text"]: q for q in live_quotes(store)}
        assert stored["'miracle'"]["type"] == QuoteType.INDIRECT
        assert stored["'miracle'"]["confidence"] == 3


async def test_speaker_input_suggests_document_and_store_names(news_corpus, store, make_annotator):
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(news_corpus), handle, detector=fake_detector)
        work = session.load("c-short.txt")
        session.set_speaker(work, 0, "Dana Clerk")
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("s")
        modal = app.screen
        assert isinstance(modal, EditFieldModal)
        assert modal.names[:2] == ["Ana Ortiz", "Tomas Reyes"]
        assert "Dana Clerk" in modal.names
        await pilot.press(*"dan")  # the prefilled value is selected: typing replaces it
        options = modal.query_one("#edit-field-suggestions")
        assert [options.get_option_at_index(i).id for i in range(options.option_count)] == [
            "Dana Clerk"
        ]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.focused_item.speaker == "Dana Clerk"
        await pilot.press("s", "escape")  # cancel leaves it
        await pilot.pause()
        assert app.screen.focused_item.speaker == "Dana Clerk"
        await pilot.press("o", "backspace", "enter")  # empty clears the source
        await pilot.pause()
        assert app.screen.focused_item.source is None


async def test_a_name_typed_straight_after_s_goes_into_the_input(
    news_corpus, store, make_annotator
):
    """'s' and a name typed in one go lost the name: its keys reached the app after the prompt
    was on top and were checked against the prompt's keys, not typed into its input."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        for key in "sDee":
            app._driver.send_message(events.Key(key, key))  # noqa: SLF001 - as a terminal sends
        await pilot.pause(0.3)
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditFieldModal)
        assert modal.query_one(Input).value == "Dee"  # the prefilled speaker replaced
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.focused_item.speaker == "Dee"


async def test_a_typed_source_gets_the_kind_the_detector_would_give_it(
    news_corpus, store, make_annotator
):
    """A source typed in the source input was stored with no kind (review showed none), though
    the detector tells an outlet, an occasion or a social network from its words."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        for typed, kind in (
            ("Lakeside Radio", "outlet"),  # a bare outlet name
            ("told the Lakeside Radio", "outlet"),  # typed with the words that introduce it
            ("a press conference", "event"),
            ("a post on Telegram", "social"),
            ("a court filing", "publication"),
            ("Velm Port Board", "other"),  # no finder tells: other, not none
        ):
            await pilot.press("o", *typed, "enter")
            await pilot.pause()
            assert app.screen.focused_item.source == typed
            assert [q["source_kind"] for q in live_quotes(store)] == [kind], typed
        await pilot.press("o", "backspace", "enter")  # a cleared source has no kind
        await pilot.pause()
        assert [(q["source"], q["source_kind"]) for q in live_quotes(store)] == [(None, None)]


async def test_span_keys_move_each_edge_by_word_and_character(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        await pilot.press("right_square_bracket")
        assert screen.focused_item.text == 'We will rebuild it by spring,"'
        await pilot.press("less_than_sign")
        assert screen.focused_item.text == "We will rebuild it by spring,"
        await pilot.press("comma")
        assert screen.focused_item.text == "We will rebuild it by spring"
        await pilot.press("left_curly_bracket", "full_stop", "greater_than_sign")
        assert screen.focused_item.text == '"We will rebuild it by spring,"'
        assert screen.focused_item.state is ItemState.ACCEPTED


async def test_mouse_selection_adds_a_quote(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        view = app.screen.text_view
        start = NEWS.index("Critics called")
        end = start + len("Critics")
        line = view.line_of(start)
        assert view.line_of(end) == line
        column = view.column_of(start) + 3  # the border, then the gutter
        row = line - int(view.scroll_offset.y) + 1  # the border
        await pilot.mouse_down(view, offset=(column, row))
        await pilot.hover(view, offset=(column + len("Critics"), row))
        await pilot.mouse_up(view, offset=(column + len("Critics"), row))
        await pilot.pause()
        assert view.selection == (start, end)
        await pilot.press("a")
        assert app.screen.focused_item.text == "Critics"
        assert app.screen.focused_item.origin.value == "manual"
        # A click on a quote focuses it.
        quote = NEWS.index("miracle")
        row = view.line_of(quote) - int(view.scroll_offset.y) + 1
        await pilot.click(view, offset=(view.column_of(quote) + 3, row))
        await pilot.pause()
        assert app.screen.focused_item.text == "'miracle'"


async def test_the_title_of_a_changed_document_fits_80_columns(write_corpus, make_annotator):
    """At 80 columns the text view is 50 wide: its title once said '(text changed)' too and was
    cut short for an id of some length, though the notification says the text changed."""
    doc_id = "council/harbour-bridge-2024.txt"
    corpus = write_corpus({doc_id: NEWS})
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
    (corpus / doc_id).write_text(NEWS.replace("by spring", "by summer"), "utf-8")
    app = make_annotator(corpus, detector=lambda text: [])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, doc_id)
        title = str(app.screen.text_view.border_title)
        assert title.startswith(doc_id) and "1 stale" in title
        assert f"─ {title} ─" in screen_text(app).splitlines()[1]  # whole, not cut with '…'


async def test_undo_returns_to_the_document_it_changes(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("enter", "N")
        await wait_loaded(pilot, "b-markup.txt")
        await pilot.press("u")
        await wait_loaded(pilot, "a-news.txt")
        assert app.screen.focused_item.state is ItemState.PENDING
        assert app.screen.focus_index == 0
        assert live_quotes(store) == []
        app.screen.action_next_document()
        app.screen.action_next_document()  # in the same tick: the first has not loaded yet
        await wait_loaded(pilot, "c-short.txt")


async def test_a_changed_document_shows_its_stale_labels(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
    (news_corpus / "a-news.txt").write_text(NEWS.replace("by spring", "by summer"), "utf-8")
    app = make_annotator(news_corpus, detector=lambda text: [])
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        assert screen.focused_item.state is ItemState.STALE
        assert "stale" in screen.text_view.border_title
        assert "STALE" in screen_text(app)
        await pilot.press("enter")  # refused, nothing written
        assert len(live_quotes(store)) == 1
        await pilot.press("d")
        assert live_quotes(store) == []


async def test_a_locked_store_ends_the_app_with_a_clear_message(news_corpus, store):
    with store.open("ana", writable=True):
        app = make_app(news_corpus, store, "ana", detector=fake_detector)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.return_code == 2
        assert "already open for writing" in app.failure
        assert str(store.path_for("ana")) in app.failure


async def test_a_bad_document_line_is_named_where_it_is_shown(tmp_path, store):
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text('{"id": "one", "text": "Fine."}\n{"id": "two", "text": \n', "utf-8")
    app = make_app(corpus, store, "ana", detector=fake_detector, idle_after=None)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "one")
        await pilot.press("N")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.work is None
        assert f"{corpus}:2: not valid JSON" in app.screen.text_view.placeholder
        shown = screen_text(app)
        assert shown.splitlines()[0].startswith(" doc 2/2 ")  # not the figures of the one before
        assert "two · unreadable" in shown
        # The whole message wraps in the text area (the panel beside it is narrower still).
        text_area = [line.split("│")[1] for line in shown.splitlines() if line.count("│") >= 2]
        assert "(char 23))" in "".join(text_area)
        await pilot.press("P")
        await wait_loaded(pilot, "one")


async def test_a_broken_line_with_no_id_is_left_out_with_a_notice_not_the_whole_corpus(
    tmp_path, store
):
    """A line of a JSONL corpus too broken to give its id once ended the app before any document
    was shown: the other documents are annotated, and a notice names the line."""
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        '{"id": "one", "text": "Fine."}\n{broken\n{"id": "three", "text": "Also fine."}\n',
        "utf-8",
    )
    app = make_app(corpus, store, "ana", detector=fake_detector, idle_after=None)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "one")
        assert app.return_code is None and app.screen.session.corpus.ids == ["one", "three"]
        notices = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert len(notices) == 1 and notices[0].startswith(f"{corpus}:2: not valid JSON")
        await pilot.press("N")
        await wait_loaded(pilot, "three")


async def test_an_annotation_file_that_cannot_be_opened_ends_the_app_in_one_line(
    news_corpus, store
):
    store.path_for("ana").mkdir(parents=True)
    app = make_app(news_corpus, store, "ana", detector=fake_detector, idle_after=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 2
    assert app.failure.startswith(f"{store.path_for('ana')}: ")


async def test_an_empty_corpus_ends_the_app_with_a_clear_message(tmp_path, store):
    (tmp_path / "empty").mkdir()
    app = make_app(tmp_path / "empty", store, "ana", detector=fake_detector)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 2
    assert app.failure == f"{tmp_path / 'empty'}: empty corpus, no document files (.txt, .md) found"


def test_cli_refuses_a_missing_corpus(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["annotate", "--store", str(tmp_path / "s"), "nowhere"]) == 2
    assert capsys.readouterr().err.strip() == (
        "quote-annotator annotate: nowhere: no such file or folder"
    )
    assert main(["annotate", "--store", str(tmp_path / "s")]) == 2
    assert "no corpus given and no seeds/ folder here" in capsys.readouterr().err


def test_candidates_for_tests_fit_their_text():
    for candidate in fake_detector(NEWS):
        assert isinstance(candidate, Candidate)
        assert NEWS[candidate.start : candidate.end] == candidate.text
        for start, end in candidate.speaker_spans + candidate.cue_spans + candidate.source_spans:
            assert 0 <= start < end <= len(NEWS)


async def test_a_detector_failure_is_shown_not_fatal(news_corpus, store, make_annotator):
    def broken(text: str) -> list[Candidate]:
        raise RuntimeError("no rules loaded")

    app = make_annotator(news_corpus, detector=broken)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause()
            await app.workers.wait_for_complete()
            if app.screen.text_view.placeholder.startswith("Cannot show"):
                break
        assert "the detector failed on this document" in app.screen.text_view.placeholder
        assert "no rules loaded" in app.screen.text_view.placeholder
        await pilot.press("q")
    assert app.return_code == 0


def test_long_document_ids_are_cut_in_the_middle():
    assert shorten_middle("000_5cdb8f7fcb1a7bf5.txt", 12) == "000_5…f5.txt"
    assert shorten_middle("市长说我们会修好这座桥.txt", 9) == "市长….txt"  # wide: 2 cells each
    assert shorten_middle("abc", 1) == "…"


async def test_document_ids_and_messages_are_plain_text(write_corpus, store, make_annotator):
    corpus = write_corpus(
        {"[Smith] a [/ b.txt": 'A clerk said "[Inaudible] at nine" and left.\n', "z.txt": "Z."}
    )
    app = make_annotator(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "[Smith] a [/ b.txt")
        await pilot.press("enter")
        await pilot.click("#documents", offset=(3, 1))  # the second row: z.txt
        await wait_loaded(pilot, "z.txt")
        await pilot.press("u")  # notifies "Undo: a change in [Smith] a [/ b.txt"
        await wait_loaded(pilot, "[Smith] a [/ b.txt")
        shown = screen_text(app)
        assert "[Smith] a [/ b.txt" in shown  # the list, the title and the notification
        assert shown.count("[Smith] a [/ b.txt") >= 2, shown


KILLED_RUN = """
import asyncio, sys
sys.path.insert(0, {tests!r})
from conftest import FixedClock, fake_detector, wait_loaded
from annotator.tui.app import make_app

async def main():
    app = make_app({corpus!r}, {store!r}, "ana", detector=fake_detector, clock=FixedClock())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter", "x")
        print("SHOWN", app.screen.work.labeled, flush=True)
        await asyncio.sleep(60)

asyncio.run(main())
"""


def test_a_killed_terminal_loses_nothing_shown_as_done(news_corpus, store, tmp_path):
    script = tmp_path / "run.py"
    tests = str(Path(__file__).parent)
    script.write_text(
        KILLED_RUN.format(tests=tests, corpus=str(news_corpus), store=str(store.root)), "utf-8"
    )
    process = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "SHOWN 2"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert [quote["status"] for quote in live_quotes(store)] == ["accepted", "rejected"]
    with store.open("ana", writable=True) as handle:  # the lock died with the process
        assert handle.problems == []


async def test_the_command_palette_runs_screen_actions(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Reject")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        await wait_loaded(pilot)
        assert [quote["status"] for quote in live_quotes(store)] == ["rejected"]


async def test_the_command_palette_names_keys_as_they_are_typed(news_corpus, make_annotator):
    """The palette said 'key: less_than_sign' and 'key: question_mark'; it shows the keys as
    the help screen does: '<', '?', 'n or j or ↓'."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        keys = {command.title: command.help for command in app.get_system_commands(app.screen)}
    assert keys["End one char left"] == "key: <"
    assert keys["Start one word right"] == "key: ]"
    assert keys["Help"] == "key: ?"
    assert keys["Next"] == "key: n or j or ↓"
    assert keys["Undo"] == "key: u or ctrl+z"
    assert not [help for help in keys.values() if "_" in help]


def test_cli_refuses_a_locked_store_before_the_screen(news_corpus, store, capsys):
    with store.open("ana", writable=True):
        arguments = ["annotate", "--store", str(store.root), "--annotator", "ana"]
        code = main([*arguments, str(news_corpus)])
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"quote-annotator annotate: {store.path_for('ana')}: already open")
    assert f"by process {os.getpid()};" in error


async def test_idle_time_reads_the_next_documents_ahead(news_corpus, store, make_annotator):
    app = make_annotator(news_corpus, idle_after=0.0)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        session = app.screen.session
        for _ in range(40):
            await pilot.pause(0.1)
            if session.progress("c-short.txt").total is not None:
                break
        assert session.progress("b-markup.txt").total == 2  # the next document first
        assert session.progress("c-short.txt").total == 1  # then the listed ones
        await pilot.pause()
        rows = screen_text(app)
        assert "b-markup.txt            0/2" in rows


@pytest.mark.parametrize(
    ("faint_below", "faint"),
    [
        (None, ["'miracle'"]),
        (0.75, ["'miracle'", "the budget would have", "“我们会按时完工。”"]),
    ],
    ids=["default", "speech-only-team"],
)
async def test_candidates_scored_below_the_threshold_are_drawn_faint(
    news_corpus, make_annotator, faint_below, faint
):
    options = {} if faint_below is None else {"faint_below": faint_below}
    app = make_annotator(news_corpus, **options)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        marks = app.screen.text_view._marks
        drawn_faint = [NEWS[mark.start : mark.end] for mark in marks if mark.kind == "faint"]
        assert [text for text in drawn_faint if not any(text.startswith(f) for f in faint)] == []
        assert len(drawn_faint) == len(faint)
        assert {mark.kind for mark in marks} - {"faint"} == {"pending"}


def test_cli_refuses_a_threshold_that_is_not_a_score(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["annotate", "--faint-below", "1.5", str(tmp_path)])
    assert exit_.value.code == 2
    assert "--faint-below: must be between 0 and 1, not 1.5" in capsys.readouterr().err


def test_cli_hands_the_threshold_to_the_screen(news_corpus, store, monkeypatch):
    built: dict = {}

    class Recorded:
        failure = None
        annotate_screen = type("Screen", (), {"summary": ""})()

        def run(self) -> None:
            pass

    def record(corpus, store, annotator, **options):
        built.update(options)
        return Recorded()

    monkeypatch.setattr("annotator.tui.app.make_app", record)
    args = ["annotate", "--store", str(store.root), "--annotator", "ana"]
    assert main([*args, "--faint-below", "0.6", str(news_corpus)]) == 0
    assert built == {"faint_below": 0.6}


@pytest.mark.parametrize("blank", ["", "  \n\n\t \n"], ids=["empty", "whitespace only"])
async def test_an_empty_document_is_shown_as_empty_and_passed_over(
    write_corpus, store, make_annotator, blank
):
    """An empty (or whitespace-only) document is a document with nothing to annotate, not an
    unreadable one: its text is shown, the title and the panel say it is empty, and N and P
    move past it."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-blank.txt": blank, "c-short.txt": SECOND})
    app = make_annotator(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("N")
        await wait_loaded(pilot, "b-blank.txt")
        screen = app.screen
        assert screen.work.items == [] and screen.work.document.text == blank
        shown = screen_text(app)
        assert "unreadable" not in shown and "Cannot show" not in shown
        assert "b-blank.txt · empty document" in shown
        assert "This document is empty" in shown
        await pilot.press("n", "enter", "x")  # nothing to move to, accept or reject
        assert screen.work.doc_id == "b-blank.txt"
        await pilot.press("N")
        await wait_loaded(pilot, "c-short.txt")
        assert "empty" not in screen_text(app)
        await pilot.press("P")
        await wait_loaded(pilot, "b-blank.txt")
        await pilot.press("q")
    assert app.return_code == 0
    assert not store.path_for("ana").exists() or live_quotes(store) == []


async def test_reopening_a_long_document_shows_the_quote_it_resumes_at(
    write_corpus, store, make_annotator
):
    """The resumed quote is scrolled into view on the first screen, not left below it: the
    text replaces the loading line, which had no scrollbar, and the scroll must still happen."""
    long_text = " ".join(f'"Sentence {i} is here," said Brown.' for i in range(200)) + "\n"
    corpus = write_corpus({"long.txt": long_text})
    annotations = store.open("ana", writable=True)
    session = AnnotationSession(open_corpus(corpus), annotations, detector=fake_detector)
    work = session.load("long.txt")
    for index in range(120):
        work = session.accept(work, index)
    annotations.close()
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "long.txt")
        screen = app.screen
        assert screen.focus_index == 120
        view = screen.text_view
        line = view.line_of(screen.focused_item.start)
        top = int(view.scroll_offset.y)
        assert top <= line < top + view.scrollable_content_region.height
        assert "Sentence 120 is here" in screen_text(app)


async def test_enter_adds_the_selection_rather_than_accepting_another_quote(
    news_corpus, store, make_annotator
):
    """With words selected, enter (what one presses to confirm) adds them; it used to accept
    the focused quote and move on, leaving the selection up and a label nobody meant."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        await pilot.press("v", "w")
        assert screen.text_view.border_subtitle == "10 chars · a or enter adds · esc cancels"
        await pilot.press("enter")
        assert not screen.selecting
        assert screen.focused_item.text == "Ortiz told"
        assert screen.focused_item.origin.value == "manual"
        assert [(q["text"], q["origin"]) for q in live_quotes(store)] == [("Ortiz told", "manual")]


async def test_quitting_says_where_the_labels_are(news_corpus, store, make_annotator):
    """The screen vanishes on q; a line after it names the file and counts the labels (the
    terminal used to show nothing, which left a new user wondering whether work was saved)."""
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(news_corpus), handle, detector=fake_detector)
        session.accept(session.load("a-news.txt"), 0)
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter", "x")
        await pilot.press("q")
    path = store.path_for("ana")
    # Quitting with a-news.txt half done leaves it out of agreement: the summary says so.
    assert app.annotate_screen.summary == (
        f"{path}: 3 labels in this corpus, 2 of them this session\n"
        "a-news.txt is not finished (2 quotes still open): agreement, review and export leave "
        "your labels there out until you finish it, or mark it with f"
    )


def test_the_command_prints_the_summary_after_the_screen(news_corpus, store, monkeypatch, capsys):
    class Finished:
        failure = None
        annotate_screen = type("Screen", (), {"summary": "ana.jsonl: 3 labels in this corpus"})()

        def run(self) -> None:
            pass

    monkeypatch.setattr("annotator.tui.app.make_app", lambda *args, **options: Finished())
    assert (
        main(["annotate", "--store", str(store.root), "--annotator", "ana", str(news_corpus)]) == 0
    )
    assert capsys.readouterr().out == "ana.jsonl: 3 labels in this corpus\n"


def test_the_command_names_the_corpus_lines_left_out_after_the_screen(
    tmp_path, store, monkeypatch, capsys
):
    """The notice went with the screen: the command says it again where it stays."""
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "one", "text": "Fine."}\n{broken\n', "utf-8")
    session = type("Session", (), {"corpus": open_corpus(path, skip_bad=True)})()

    class Finished:
        failure = None
        annotate_screen = type("Screen", (), {"summary": "", "session": session})()

        def run(self) -> None:
            pass

    monkeypatch.setattr("annotator.tui.app.make_app", lambda *args, **options: Finished())
    assert main(["annotate", "--store", str(store.root), "--annotator", "ana", str(path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"warning: {path}:2: not valid JSON") and err.endswith("; left out\n")


async def test_labelling_the_last_quote_says_when_skipped_ones_are_left(
    news_corpus, store, make_annotator
):
    """Quotes passed over with n stay open; labelling the last quote said nothing then (only
    'Document done' when all were labelled), so a skipped quote was easy to leave behind."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        await pilot.press("n", "n", "enter", "enter")
        assert screen.focus_index == len(screen.work.items) - 1
        await pilot.press("enter")
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert messages[-1] == (
            "Last quote of this document, but 2 quotes above are still open: g goes to the first."
        )
        await pilot.press("g")
        await wait_loaded(pilot)
        assert screen.focus_index == 0


async def test_a_stale_label_still_shows_it_was_edited_and_its_cue(
    news_corpus, store, make_annotator
):
    """A stale label is shown without its candidate (offsets of the old text); the panel then
    said 'Origin as suggested' for a label whose speaker had been changed, and 'Cue none'."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        await pilot.press("s", "ctrl+u", *"Mayor Ortiz", "enter")
        await pilot.pause()
    (news_corpus / "a-news.txt").write_text(NEWS.replace("by spring", "by summer"), "utf-8")
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        item = app.screen.focused_item
        assert item.state is ItemState.STALE and item.edited
        panel = screen_text(app)
        assert "Origin     edited" in panel and "Cue        told" in panel


async def test_reopening_resumes_after_the_document_labeled_last_and_g_goes_to_the_first(
    write_corpus, store, make_annotator
):
    """annotate reopens where the annotator left off (the document of their latest label, then
    onwards), not at the first document with open work, which it found by detecting every
    document before it; g still goes to the first open quote of the corpus."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-second.txt": SECOND, "c-news.txt": NEWS})
    annotations = store.open("ana", writable=True)
    session = AnnotationSession(open_corpus(corpus), annotations, detector=fake_detector)
    session.accept(session.load("a-news.txt"), 0)  # a-news.txt still has open quotes
    session.accept(session.load("b-second.txt"), 0)  # the last label: b-second.txt is done
    annotations.close()
    app = make_annotator(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot, "c-news.txt")
        assert app.screen.focus_index == 0
        await pilot.press("g")
        await wait_loaded(pilot, "a-news.txt")
        assert app.screen.focus_index == 1


async def test_g_with_nothing_open_says_so(write_corpus, store, make_annotator):
    """With every document finished or decided, g (and reopening) went to the first document
    without a word, as if it held the first open quote."""
    corpus = write_corpus({"a-second.txt": SECOND, "b-second.txt": SECOND})
    annotations = store.open("ana", writable=True)
    session = AnnotationSession(open_corpus(corpus), annotations, detector=fake_detector)
    session.accept(session.load("a-second.txt"), 0)  # its one quote decided
    annotations.mark_finished("b-second.txt")  # finished by the annotator's word
    annotations.close()
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-second.txt")
        nothing_open = (
            "No quote is left open in a document not finished: this is the first document."
        )
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert messages[-1] == nothing_open
        app.clear_notifications()
        await pilot.press("N")
        await wait_loaded(pilot, "b-second.txt")
        await pilot.press("g")
        await wait_loaded(pilot, "a-second.txt")
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert messages[-1] == nothing_open


async def test_g_with_an_open_quote_says_nothing_of_the_kind(news_corpus, make_annotator):
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("g")
        await wait_loaded(pilot, "a-news.txt")
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert not any(message.startswith("No quote is left open") for message in messages)


async def test_a_long_document_id_is_cut_in_the_title_not_its_finished_state(
    write_corpus, store, make_annotator
):
    """At 80 columns the text view's border cut a long id's title at its end, and with it the
    '· finished' that says the document counts; the id is cut in the middle instead."""
    doc_id = "harbour-desk/2026-03-14-ferry-service-resumes-after-the-inspection.txt"
    corpus = write_corpus({doc_id: SECOND})
    with store.open("ana", writable=True) as annotations:
        annotations.mark_finished(doc_id)
    app = make_annotator(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, doc_id)
        await pilot.pause()
        title = screen_text(app).splitlines()[1]
        assert "harbour-desk/" in title and "…" in title
        assert "inspection.txt · finished ─" in title  # its quote is open: not done


async def test_x_with_words_selected_rejects_nothing(news_corpus, store, make_annotator):
    """x while words are selected rejected the focused quote, a quote the reader was not
    looking at, and moved on with the selection still up; it now leaves both alone."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.screen
        focused = screen.focused_item
        await pilot.press("v", "w", "x")
        assert screen.selecting
        assert screen.focused_item is focused
        assert live_quotes(store) == []
        await pilot.press("escape", "x")
        assert [q["status"] for q in live_quotes(store)] == ["rejected"]


def finished_marks(store: AnnotationStore, annotator: str = "ana") -> list[tuple[str, bool]]:
    """Every finished mark in the store file, in the order written."""
    marks = []
    for line in store.path_for(annotator).read_bytes().splitlines():
        item = orjson.loads(line)["item"]
        if item["record"] == "finished":
            marks.append((item["doc_id"], item["finished"]))
    return marks


async def test_f_marks_the_document_finished_and_f_again_takes_it_back(
    news_corpus, store, make_annotator
):
    """f writes the mark at once, whatever is left open; the title says 'finished' while the
    document counts as finished."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        assert "finished" not in str(screen.text_view.border_title)
        header = screen.query_one(CorpusProgressBar)
        assert " 0 finished " in header.render_line(0).text
        await pilot.press("f")
        assert finished_marks(store) == [("a-news.txt", True)]  # read while the app runs
        assert "a-news.txt · finished" in str(screen.text_view.border_title)
        assert " 1 finished " in header.render_line(0).text  # the header followed the mark
        await pilot.press("f")
        assert finished_marks(store) == [("a-news.txt", True), ("a-news.txt", False)]
        assert "finished" not in str(screen.text_view.border_title)
        assert " 0 finished " in header.render_line(0).text
        await pilot.press("q")
    with store.open("ana") as folded:
        assert not folded.is_finished("a-news.txt")


async def test_the_document_list_ticks_the_documents_that_count_as_finished(
    news_corpus, store, make_annotator
):
    """The list's tick is the finished mark agreement and review go by, not "nothing pending":
    it followed only the quotes, so a document finished with f and quotes still open showed no
    tick, and one taken back with f showed one as soon as its quotes were all decided."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen

        def first_row() -> str:
            return screen.document_list.render_line(0).text

        assert first_row().startswith("  a-news.txt")
        await pilot.press("f")
        assert first_row().startswith("✓ a-news.txt"), "finished with quotes still open"
        await pilot.press("f")
        await pilot.press(*["x"] * len(screen.work.items))
        assert screen.work.done
        assert first_row().startswith("  a-news.txt"), "every quote decided, but taken back"
        await pilot.press("N")
        await wait_loaded(pilot, "b-markup.txt")
        assert first_row().startswith("  a-news.txt"), "leaving does not mark it again"


async def test_a_document_without_candidates_says_f_marks_it_finished(
    write_corpus, store, make_annotator
):
    """Paging past a document with no candidate marks nothing, so an annotator who found no
    quote in it was never compared there; the panel said only how to add a missed quote."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-calm.txt": "The river fell by noon.\n"})
    app = make_annotator(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("N")
        await wait_loaded(pilot, "b-calm.txt")
        panel = " ".join(
            line.split("▏")[-1].strip() for line in screen_text(app).splitlines()[1:-1]
        )
        assert "If it holds none, f marks it finished." in " ".join(panel.split())
        await pilot.press("f", "q")
    with store.open("ana") as folded:
        assert folded.finished_doc_ids() == ["b-calm.txt"]


async def test_leaving_a_document_with_every_quote_decided_marks_it_finished(
    news_corpus, store, make_annotator
):
    """The first label of a document marks it not finished; leaving it with every quote
    decided marks it finished; quitting in the middle of the next one leaves that one not
    finished, so agreement does not count the quotes not reached as missed."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        total = len(screen.work.items)
        await pilot.press("enter")
        assert finished_marks(store) == [("a-news.txt", False)]
        await pilot.press(*["x"] * (total - 1))
        assert screen.work.done
        await pilot.press("N")
        await wait_loaded(pilot, "b-markup.txt")
        assert finished_marks(store) == [("a-news.txt", False), ("a-news.txt", True)]
        await pilot.press("N")  # nothing labelled in b-markup.txt: paging past marks nothing
        await wait_loaded(pilot, "c-short.txt")
        assert len(finished_marks(store)) == 2
        await pilot.press("P", "P")
        await wait_loaded(pilot, "a-news.txt")
        assert "finished" in str(screen.text_view.border_title)
        await pilot.press("N")
        await wait_loaded(pilot, "b-markup.txt")
        assert len(finished_marks(store)) == 2, "a document marked finished is not marked again"
        await pilot.press("enter", "q")
    with store.open("ana") as folded:
        assert folded.finished_doc_ids() == ["a-news.txt"]
        assert folded.finished_marks()["b-markup.txt"] is False


async def test_quitting_on_a_document_with_every_quote_decided_marks_it_finished(
    news_corpus, store, make_annotator
):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        await pilot.press(*["enter"] * len(screen.work.items))
        assert screen.work.done
        await pilot.press("q")
    assert finished_marks(store) == [("a-news.txt", False), ("a-news.txt", True)]


async def test_a_document_unmarked_by_hand_is_not_marked_again_on_leaving(
    news_corpus, store, make_annotator
):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.screen
        await pilot.press(*["enter"] * len(screen.work.items))
        await pilot.press("f", "f")  # finished, then not: the annotator's word stands
        await pilot.press("N")
        await wait_loaded(pilot, "b-markup.txt")
        await pilot.press("q")
    assert finished_marks(store)[-1] == ("a-news.txt", False)


async def test_a_finished_mark_that_cannot_be_saved_on_quitting_is_said_after_the_screen(
    news_corpus, store, make_annotator, monkeypatch
):
    def full_disk(self, work):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(AnnotationSession, "leave", full_disk)
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("q")
    summary = app.annotate_screen.summary
    assert summary.startswith(f"{store.path_for('ana')}: 0 labels")
    assert summary.endswith(
        "; the finished mark of the last document was not saved "
        "([Errno 28] No space left on device)"
    )


async def test_shift_o_cycles_the_source_kind_and_undo_takes_it_back(
    news_corpus, store, make_annotator
):
    """The kind of a source came only from the detector or the source's words: a person
    could not correct it. O steps it, accepts the pending quote and saves it at once."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        assert app.screen.focused_item.source == "Harbour Gazette"
        await pilot.press("O")
        await pilot.pause()
        assert app.screen.focused_item.state is ItemState.ACCEPTED
        assert [(q["source"], q["source_kind"]) for q in live_quotes(store)] == [
            ("Harbour Gazette", "outlet")
        ]
        assert "  kind     outlet" in screen_text(app)
        seen = []
        for _ in range(5):
            await pilot.press("O")
            await pilot.pause()
            seen.append(live_quotes(store)[0]["source_kind"])
        assert seen == ["event", "publication", "social", "other", "outlet"]
        await pilot.press("u")
        await pilot.pause()
        assert live_quotes(store)[0]["source_kind"] == "other"
        assert app.screen.focused_item.source_kind == "other"


async def test_shift_o_on_a_quote_without_a_source_is_refused_with_a_message(
    news_corpus, store, make_annotator
):
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        await pilot.press("n")  # the 'miracle' candidate names no source
        assert app.screen.focused_item.source is None
        await pilot.press("O")
        await pilot.pause()
        assert app.screen.focused_item.state is ItemState.PENDING
        assert live_quotes(store) == []
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert "This quote has no source: o names one, then O sets its kind." in messages


async def test_notifications_wait_until_the_help_is_closed(news_corpus, make_annotator):
    """At 80x24 a notification drew over the help box, hiding the keys it lists; it shows once
    the help is closed."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_loaded(pilot)
        await pilot.press("question_mark")
        app.annotate_screen.notify("The lighthouse keeper's note was saved", timeout=30)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HelpModal)
        assert "lighthouse keeper" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert "lighthouse keeper" in screen_text(app)


@pytest.fixture
def many_documents(write_corpus) -> Path:
    """Forty-one documents: more than a list at 80x24 shows at once."""
    documents = {f"d{number:02}-river.txt": SECOND for number in range(40)}
    documents["m-salt-marsh.txt"] = NEWS
    return write_corpus(documents)


def _listing(app) -> DocumentList:
    return app.annotate_screen.document_list


async def test_the_document_list_is_driven_from_the_keyboard(many_documents, make_annotator):
    """At 80 columns `l` showed a list the arrow keys could not move through (they moved the
    quote behind it) and enter accepted a quote. Now `l` puts the cursor on the document being
    annotated; the arrows, pages, home and end move it; enter opens the document under it and
    hides the list again; esc goes back without opening one."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "d00-river.txt")
        screen = app.annotate_screen
        await pilot.press("N", "N")
        await wait_loaded(pilot, "d02-river.txt")
        await pilot.press("l")
        await pilot.pause()
        listing = _listing(app)
        assert listing.display and listing.has_focus
        assert listing.cursor == 2
        await pilot.press("down", "down", "up")
        assert listing.cursor == 3
        await pilot.press("pagedown")
        assert listing.cursor > 10
        await pilot.press("end")
        assert listing.cursor == 40
        await pilot.press("home")
        assert listing.cursor == 0
        await pilot.press("down", "enter")
        await wait_loaded(pilot, "d01-river.txt")
        assert not listing.display and screen.text_view.has_focus
        assert screen.session is not None and screen.session.corpus_progress().labeled == 0
        await pilot.press("l", "end", "escape")
        await pilot.pause()
        assert not listing.display and screen.text_view.has_focus
        assert screen.work is not None and screen.work.doc_id == "d01-river.txt"


async def test_leaving_the_document_list_is_said_once(many_documents, make_annotator):
    """Esc posted Dismissed, and the blur that followed posted it again; opening a document
    posted one too, though the list was not left without opening one. Now esc and a click
    elsewhere each post it once, and enter posts only the document chosen."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "d00-river.txt")
        listing = _listing(app)
        posted: list[type] = []
        post = listing.post_message

        def recording(message):
            if isinstance(message, DocumentList.Dismissed | DocumentList.DocumentChosen):
                posted.append(type(message))
            return post(message)

        listing.post_message = recording  # type: ignore[method-assign]
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert posted == [DocumentList.Dismissed]
        posted.clear()
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("down", "enter")
        await wait_loaded(pilot, "d01-river.txt")
        assert posted == [DocumentList.DocumentChosen]
        posted.clear()
        await pilot.press("l")
        await pilot.pause()
        app.annotate_screen.text_view.focus()  # as a click on the text moves the focus
        await pilot.pause()
        assert posted == [DocumentList.Dismissed]


async def test_typing_in_the_document_list_jumps_to_an_id(many_documents, make_annotator):
    """Typed characters find the first id starting with them (else holding them), shown on the
    list's last row; they never reach the screen's keys (s would open the speaker prompt)."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("l", "d", "1", "7")
        listing = _listing(app)
        assert listing.cursor == 17
        assert "find: d17" in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.press("s", "a", "l", "t", "N")
        assert "find: saltN  (none)" in screen_text(app)  # N, a key of the screen, typed
        await pilot.press("backspace")
        assert listing.cursor == 40  # "salt" is inside m-salt-marsh.txt
        assert not isinstance(app.screen, EditFieldModal)
        await pilot.press("enter")
        await wait_loaded(pilot, "m-salt-marsh.txt")


async def test_the_list_shown_on_a_wide_terminal_stays_after_enter(many_documents, make_annotator):
    """At 120 columns the list is always there: `l` moves into it, enter opens the document
    and the list stays, with the new document highlighted."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("l", "down", "down", "enter")
        await wait_loaded(pilot, "d02-river.txt")
        listing = _listing(app)
        assert listing.display and listing.current == 2
        assert app.annotate_screen.text_view.has_focus


class GatedDetector:
    """The fake detector, held back until the test lets it run: a slow first document."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def __call__(self, text: str) -> list[Candidate]:
        self.gate.wait(10)
        return fake_detector(text)


async def _press_while_loading(pilot, detector: GatedDetector, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()
    assert pilot.app.annotate_screen.work is None  # still loading: the keys came early
    detector.gate.set()
    await wait_loaded(pilot)
    for _ in range(5):
        await pilot.pause()


async def test_keys_typed_before_the_first_document_shows_are_applied(news_corpus, make_annotator):
    """Enter or x pressed at start-up, before the first document had loaded, were dropped
    without a word. They wait (the title counts them) and act once the document shows."""
    detector = GatedDetector()
    app = make_annotator(news_corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "x")
        await pilot.pause()
        screen = app.annotate_screen
        assert "2 keys waiting" in str(screen.text_view.border_title)
        await _press_while_loading(pilot, detector)
        assert screen.work is not None
        states = [item.state for item in screen.work.items]
        assert states[:3] == [ItemState.ACCEPTED, ItemState.REJECTED, ItemState.PENDING]
        assert screen.focus_index == 2


async def test_keys_past_those_kept_while_loading_are_said_to_be_dropped(
    news_corpus, make_annotator, monkeypatch
):
    """Once the keys kept while loading are full, the title kept counting only those kept:
    every further key was lost without a word. The title and, once the document shows, a
    warning say how many were dropped."""
    monkeypatch.setattr(early_keys_module, "EARLY_KEYS_KEPT", 2)
    detector = GatedDetector()
    app = make_annotator(news_corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x", "x", "x", "x", "x")
        await pilot.pause()
        screen = app.annotate_screen
        assert "2 keys waiting · 3 keys dropped" in str(screen.text_view.border_title)
        await _press_while_loading(pilot, detector)
        assert screen.work is not None
        states = [item.state for item in screen.work.items]
        assert states[:3] == [ItemState.REJECTED, ItemState.REJECTED, ItemState.PENDING]
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert "3 keys typed while loading were dropped: only the first 2 are kept." in messages


async def test_a_speaker_typed_before_the_first_document_shows_reaches_its_prompt(
    news_corpus, make_annotator
):
    """s, a name and enter typed at start-up: the prompt opens once the document shows and
    takes the name, as it does when typed straight after s later on."""
    detector = GatedDetector()
    app = make_annotator(news_corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press_while_loading(pilot, detector, "s", "I", "d", "a", "enter")
        screen = app.annotate_screen
        assert isinstance(app.screen, type(screen))
        assert screen.work is not None and screen.work.items[0].speaker == "Ida"


async def test_quit_is_not_held_back_while_loading(news_corpus, make_annotator):
    """q while the first document loads quits at once; it is not queued behind the load."""
    detector = GatedDetector()
    app = make_annotator(news_corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0  # exiting, the document still on its way
        detector.gate.set()


async def test_enter_typed_while_the_command_starts_is_still_enter(news_corpus, make_annotator):
    """Enter typed before the terminal is put in raw mode reaches the app as a newline (ctrl+j,
    the terminal's own translation): kept for the first document, it was ignored there."""
    detector = GatedDetector()
    app = make_annotator(news_corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await _press_while_loading(pilot, detector, "ctrl+j")
        work = app.annotate_screen.work
        assert work is not None and work.items[0].state is ItemState.ACCEPTED


async def test_the_list_on_a_narrow_terminal_leaves_the_text_readable(
    many_documents, make_annotator
):
    """At 80 columns the list and the panel beside it left the text 20 columns, a word a
    line. While the list is open there, the panel steps aside; it is back after esc."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        side = screen.query_one("#side")
        await pilot.press("l")
        await pilot.pause()
        assert not side.display and screen.text_view.size.width >= 40
        await pilot.press("escape")
        await pilot.pause()
        assert side.display and not screen.document_list.display


async def test_a_click_on_the_text_leaves_the_list_as_esc_does(many_documents, make_annotator):
    """Leaving the list with the mouse left it open, the panel hidden, at 80 columns."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        await pilot.press("l")
        await pilot.pause()
        await pilot.click("#text", offset=(10, 5))
        await pilot.pause()
        assert not screen.document_list.display and screen.query_one("#side").display


async def test_the_screen_keys_rest_while_the_list_has_focus(many_documents, make_annotator):
    """In the list, delete, ctrl+z and shift+arrows still acted on the quote behind it (a
    label deleted while looking for a document), and the footer offered them. They rest until
    the list is left; the footer shows the list's own keys."""
    app = make_annotator(many_documents)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        await pilot.press("enter", "p")
        await pilot.press("l", "delete", "shift+right")
        await pilot.pause()
        assert screen.work is not None and screen.work.items[0].state is ItemState.ACCEPTED
        footer = screen_text(app).splitlines()[-1]
        assert "Open" in footer and "Back" in footer and "Reject" not in footer, footer
        await pilot.press("escape", "delete")
        assert screen.work.items[0].state is ItemState.PENDING


class GatedSecondDocument:
    """The fake detector, held back on the short document only: a slow next document."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def __call__(self, text: str) -> list[Candidate]:
        if text == SECOND:
            self.gate.wait(10)
        return fake_detector(text)


async def test_keys_typed_while_the_next_document_loads_act_on_it(write_corpus, make_annotator):
    """N then enter, typed faster than the next document loaded: enter accepted a quote of the
    document being left, still on screen. It waits for the document N opens."""
    corpus = write_corpus({"a-news.txt": NEWS, "b-short.txt": SECOND})
    detector = GatedSecondDocument()
    app = make_annotator(corpus, detector=detector)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        screen = app.annotate_screen
        await pilot.press("N", "enter")
        await pilot.pause()
        assert screen.work is not None and screen.work.doc_id == "a-news.txt"
        assert screen.work.items[0].state is ItemState.PENDING
        detector.gate.set()
        await wait_loaded(pilot, "b-short.txt")
        for _ in range(5):
            await pilot.pause()
        assert screen.work.items[0].state is ItemState.ACCEPTED
        assert screen.session is not None and screen.session.corpus_progress().labeled == 1


async def test_keys_typed_in_one_burst_after_n_act_on_the_document_it_opens(
    news_corpus, make_annotator
):
    """N N enter sent in one burst, as a terminal delivers keys typed fast (or pasted): the
    screen saw enter before N had started opening anything, so enter accepted a quote of the
    document on screen, the one being left."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        for key, character in (("N", "N"), ("N", "N"), ("enter", "\r")):
            app.post_message(events.Key(key, character).set_sender(app))
        await wait_loaded(pilot, "c-short.txt")
        for _ in range(5):
            await pilot.pause()
        screen = app.annotate_screen
        assert screen.session is not None
        assert screen.session.progress("a-news.txt").labeled == 0
        assert screen.work is not None and screen.work.items[0].state is ItemState.ACCEPTED


async def test_a_speaker_typed_in_a_burst_after_n_goes_to_the_document_it_opens(
    news_corpus, make_annotator
):
    """N s Ida enter in one burst: the prompt opened on the quote of the document being left.
    It opens once the next document shows, on its first quote."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot, "a-news.txt")
        keys = [("N", "N"), ("s", "s"), ("I", "I"), ("d", "d"), ("a", "a"), ("enter", "\r")]
        for key, character in keys:
            app.post_message(events.Key(key, character).set_sender(app))
        await wait_loaded(pilot, "b-markup.txt")
        for _ in range(10):
            await pilot.pause()
        screen = app.annotate_screen
        assert screen.session is not None
        assert screen.session.progress("a-news.txt").labeled == 0
        assert screen.work is not None and screen.work.items[0].speaker == "Ida"


async def test_editing_keys_typed_in_one_go_act_in_order_in_the_speaker_prompt(
    news_corpus, make_annotator
):
    """s, ctrl+u, a name with a typo fixed by backspace, and enter, typed fast: ctrl+u and
    backspace acted after the name was typed, so the speaker was saved empty."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        for key, character in [
            ("s", "s"),
            ("ctrl+u", "\x15"),
            *((letter, letter) for letter in "Zex"),
            ("backspace", "\x7f"),
            ("d", "d"),
            ("enter", "\r"),
        ]:
            app._driver.send_message(events.Key(key, character))  # noqa: SLF001
        await pilot.pause(0.3)
        await pilot.pause()
        assert screen.work.items[0].speaker == "Zed"


async def test_keys_typed_in_one_go_after_the_prompt_closes_act_once_it_is_saved(
    news_corpus, make_annotator
):
    """'s Zed enter n n' typed fast named the speaker, but the two n went into the prompt
    closing with enter: the focus never moved on."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        for key, character in [*((key, key) for key in "sZed"), ("enter", "\r"), ("n", "n")]:
            app._driver.send_message(events.Key(key, character))  # noqa: SLF001
        app._driver.send_message(events.Key("n", "n"))  # noqa: SLF001
        await pilot.pause(0.3)
        await pilot.pause()
        assert screen.work.items[0].speaker == "Zed"
        assert screen.focus_index == 2
        assert screen._early_keys is None  # noqa: SLF001 - nothing left waiting
        assert "loading" not in str(screen.text_view.border_title)


async def test_a_typed_in_one_go_after_a_find_adds_the_words_found(news_corpus, make_annotator):
    """'/ Critics enter a' typed fast: the a went into the find prompt closing with enter, and
    the words found outside any quote were left selected, not added."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        keys = [("slash", "/"), *((key, key) for key in "Critics"), ("enter", "\r"), ("a", "a")]
        for key, character in keys:
            app._driver.send_message(events.Key(key, character))  # noqa: SLF001
        await pilot.pause(0.3)
        await pilot.pause()
        assert screen.focused_item.text == "Critics"
        assert screen.focused_item.origin.value == "manual"


async def test_c_makes_the_selected_words_the_quotes_cue_and_C_clears_it(
    news_corpus, make_annotator, store
):
    """No key edited a quote's cue, which a trainer exports with its speaker and source: the
    cue the detector missed could not be given, nor a wrong one taken away."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=SIZE) as pilot:
        await wait_loaded(pilot)
        screen = app.annotate_screen
        await pilot.press("n")  # 'miracle', suggested without a cue
        assert screen.focused_item.cue_words(NEWS) is None
        await pilot.press("c")  # nothing selected: said how, nothing saved
        await pilot.pause()
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert any(message.startswith("Select the cue's words first") for message in messages)
        assert live_quotes(store) == []
        called = NEWS.index("called")
        screen.selecting = True
        # As a drag from after the space back to the word would leave it.
        screen._anchor, screen._cursor = called + len("called "), called  # noqa: SLF001
        await pilot.press("c")
        await pilot.pause()
        assert not screen.selecting
        (quote,) = live_quotes(store)
        assert quote["text"] == "'miracle'"
        assert quote["cue_spans"] == [[called, called + len("called")]]
        assert "called" in screen_text(app)  # the panel's Cue row
        assert screen.focused_item.cue_words(NEWS) == "called"
        await pilot.press("C")
        await pilot.pause()
        (quote,) = live_quotes(store)
        assert quote["cue_spans"] == []
        assert screen.focused_item.cue_words(NEWS) is None


async def test_the_footer_shows_the_keys_of_the_open_prompt_not_the_screens(
    news_corpus, make_annotator
):
    """With the speaker prompt or the find box open, the footer still listed Accept, Reject and
    the screen's other keys, which do nothing there, and not enter or esc."""
    app = make_annotator(news_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_loaded(pilot)
        bottom = screen_text(app).splitlines()[-1]
        assert "Accept" in bottom
        for key, shown in (("s", "enter Confirm  esc Cancel"), ("slash", "enter Find  esc Cancel")):
            await pilot.press(key)
            await pilot.pause()
            bottom = screen_text(app).splitlines()[-1]
            assert shown in bottom
            assert "Accept" not in bottom and "Reject" not in bottom
            await pilot.press("escape")
            await pilot.pause()
