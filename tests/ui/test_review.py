"""The review UI through whole sessions: every decision lands in the gold file at once, the
review resumes where it stopped, and document text is shown as data."""

from __future__ import annotations

import threading
import time

import pytest
from rich.text import Text
from textual import events
from textual.widgets import Input
from textual.worker import get_current_worker

from annotator.adjudication import TAKEABLE_FIELDS, Adjudication
from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.records import QuoteAnnotation, QuoteType, SourceKind, Status, text_sha256
from annotator.store import AnnotationStore
from annotator.tui.review import ReviewApp, make_review_app
from annotator.tui.screens.review import (
    FIELD_KEYS,
    EditNamesModal,
    ReviewHelpModal,
    ReviewScreen,
    TakeFieldModal,
)
from annotator.tui.widgets.review_labels import ROWS
from annotator.tui.widgets.review_text import ReviewTextView

FERRY = (
    "Ferry service resumes\n\n"
    'The port chief said "the ferries sail again on Monday" after the inspection. '
    "Unions said the crews had not been consulted.\n\n"
    '"We were never asked," a deckhand told the Coastal Times. 🚢 船长说：“明天开船。”\n'
)
"""An invented article: direct and indirect quotes, an emoji and CJK text."""

MARKUP = (
    'He said [the deal] was "settled for good" in the end. '
    "The minister [Smith] denied it. "
    '"[Inaudible]," the tape goes on. Tariffs [/] will rise, a [/ b and \x1b[31mred.\n'
)
"""Every string the style guide says must show literally, in one paragraph."""


def at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def make_quote(annotator: str, doc_id: str, text: str, words: str, **fields) -> QuoteAnnotation:
    start, end = at(text, words)
    return QuoteAnnotation(
        id=f"{annotator}-{doc_id}-{start}",
        doc_id=doc_id,
        doc_sha256=text_sha256(text),
        start=start,
        end=end,
        text=words,
        annotator=annotator,
        **fields,
    )


@pytest.fixture
def corpus(write_corpus):
    return open_corpus(write_corpus({"a-ferry.txt": FERRY, "b-markup.txt": MARKUP}))


@pytest.fixture
def labelled(store: AnnotationStore) -> AnnotationStore:
    """ann, ben, cat: one unanimous quote and four disagreements over the two documents."""
    sail = '"the ferries sail again on Monday"'
    asked = '"We were never asked,"'
    labels = {
        "ann": [
            make_quote("ann", "a-ferry.txt", FERRY, sail, speaker="port chief"),
            make_quote("ann", "a-ferry.txt", FERRY, asked, speaker="a deckhand"),
            make_quote("ann", "a-ferry.txt", FERRY, "“明天开船。”", speaker="船长"),
            make_quote("ann", "b-markup.txt", MARKUP, '"settled for good"', speaker="[Smith]"),
        ],
        "ben": [
            make_quote("ben", "a-ferry.txt", FERRY, sail, speaker="Port Chief"),
            make_quote(
                "ben",
                "a-ferry.txt",
                FERRY,
                asked,
                speaker="a deckhand",
                source="the Coastal Times",
                source_kind=SourceKind.OUTLET,
            ),
            make_quote(
                "ben",
                "a-ferry.txt",
                FERRY,
                "the crews had not been consulted",
                type=QuoteType.INDIRECT,
                speaker="Unions",
            ),
            make_quote("ben", "a-ferry.txt", FERRY, "“明天开船。”", speaker="船长"),
            make_quote("ben", "b-markup.txt", MARKUP, '"settled for good"', speaker="He"),
        ],
        "cat": [
            make_quote("cat", "a-ferry.txt", FERRY, sail, speaker="port  chief"),
            make_quote("cat", "a-ferry.txt", FERRY, asked, speaker="a deckhand"),
            make_quote("cat", "a-ferry.txt", FERRY, "“明天开船。", speaker="船长"),
            make_quote("cat", "b-markup.txt", MARKUP, '"settled for good"', status=Status.REJECTED),
        ],
    }
    for name, quotes in labels.items():
        with store.open(name, writable=True) as folded:
            for quote in quotes:
                folded.save(quote)
    return store


def build(store, corpus, **options) -> ReviewApp:
    return make_review_app(store, ["ann", "ben", "cat"], "gold", corpus, **options)


async def settle(pilot) -> ReviewScreen:
    """Wait until the scan is done; return the review screen."""
    app = pilot.app
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.review_screen
        if screen.scan_done:
            return screen
    raise AssertionError("the scan never finished")


def gold_records(store) -> dict[str, QuoteAnnotation]:
    """The gold file as a fresh reader sees it (so only what is on disk counts)."""
    with AnnotationStore(store.root).open("gold") as gold:
        return {quote.id: quote for quote in gold.quotes()}


def screen_text(app) -> str:
    """Every character on screen, line by line."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


async def test_a_whole_review_settles_every_disagreement(labelled, corpus):
    app = build(labelled, corpus, reviewer="rev")
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        # The port chief's quote was unanimous (names differ only in case and spacing).
        assert screen.merged == 1
        assert [d.fields for d in screen.items] == [
            ["existence"],
            ["source"],
            ["span"],
            ["existence", "speaker"],
        ]
        assert screen.index == 0
        assert "1/4 (0 settled)" in screen_text(app)

        await pilot.press("2")  # ben's indirect quote about the crews is a quote
        gold = gold_records(labelled)
        crews = gold[screen.adjudication.gold_id(screen.items[0].group)]
        assert (crews.speaker, crews.type, crews.status) == (
            "Unions",
            QuoteType.INDIRECT,
            "accepted",
        )
        assert crews.meta["adjudication"]["reviewer"] == "rev"
        assert screen.index == 1  # moved on to the next open one

        await pilot.press("f", "o", "2")  # ben's source: the only field they differ on
        asked = gold_records(labelled)[screen.adjudication.gold_id(screen.items[1].group)]
        assert (asked.source, asked.source_kind) == ("the Coastal Times", SourceKind.OUTLET)
        assert asked.meta["adjudication"]["chosen"] == {"source": "ben"}
        assert asked.meta["adjudication"]["open"] == []
        assert screen.index == 2  # that settled it: on to the next open one

        await pilot.press("3")  # cat's span of the CJK quote, without the closing mark
        cjk = gold_records(labelled)[screen.adjudication.gold_id(screen.items[2].group)]
        assert cjk.text == "“明天开船。"

        assert screen.index == 3
        await pilot.press("e")
        assert isinstance(app.screen, EditNamesModal)
        await pilot.press("ctrl+u", *"the minister", "enter", "enter")
        await pilot.pause()
        tape = gold_records(labelled)[screen.adjudication.gold_id(screen.items[3].group)]
        assert (tape.speaker, tape.status) == ("the minister", "accepted")
        # Typing the names decided the speaker, and that it is a quote: the last open field.
        assert tape.meta["adjudication"]["chosen"] == {
            "speaker": "edited",
            "source": "edited",
            "existence": "edited",
        }
        assert "4/4 (4 settled)" in screen_text(app)
        assert "Every disagreement is settled" in screen_text(app)

        await pilot.press("d")  # on second thought, not a quote
        tape = gold_records(labelled)[tape.id]
        assert tape.status is Status.REJECTED
        assert "Dropped: not a quote. Every disagreement is settled" in screen_text(app)
        await pilot.press("q")
    assert len(gold_records(labelled)) == 5
    # Quitting released the gold file.
    with labelled.open("gold", writable=True):
        pass


async def test_e_types_a_source_with_its_kind(labelled, corpus):
    """A typed source took the kind of its annotators or of its words only: the reviewer could
    not say it. The kind input (tab from the source) sets it; a kind that is no kind, or one
    without a source, is refused in the modal."""
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, EditNamesModal)
        await pilot.press("enter", "ctrl+u", *"the Rivermouth hearing", "tab", "o", "enter")
        await pilot.pause()
        assert app.screen is modal  # o starts outlet and other: said, not guessed
        assert "is not one source kind" in str(modal.query_one("#edit-kind-problem").render())
        await pilot.press("ctrl+u", *"ev", "enter")
        await pilot.pause()
        gold = gold_records(labelled)[screen.adjudication.gold_id(screen.items[0].group)]
        assert (gold.source, gold.source_kind) == ("the Rivermouth hearing", SourceKind.EVENT)
        assert gold.meta["adjudication"]["chosen"]["source"] == "edited"
        assert "Saved the typed speaker and source (event)" in screen_text(app)

        await pilot.press("e")
        modal = app.screen
        await pilot.press("enter", "ctrl+u", "tab", *"social", "enter")
        await pilot.pause()
        assert app.screen is modal
        assert "needs a source" in str(modal.query_one("#edit-kind-problem").render())
        await pilot.press("escape")
        await pilot.pause()
        gold = gold_records(labelled)[gold.id]
        assert (gold.source, gold.source_kind) == ("the Rivermouth hearing", SourceKind.EVENT)


async def test_reopening_resumes_at_the_first_open_disagreement(labelled, corpus):
    with Adjudication(labelled, ["ann", "ben", "cat"], corpus=corpus) as adjudication:
        first = adjudication.resume_point()
        adjudication.drop(first)
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert screen.index == 1
        assert screen.items[0].key in screen.resolved
        assert "2/4 (1 settled)" in screen_text(app)
        await pilot.press("p")
        assert screen.index == 0 and "✓ settled" in screen_text(app)
        await pilot.press("p")  # already the first: stays, and says so
        assert screen.index == 0
        assert "This is the first one." in screen_text(app)
        await pilot.press("n", "n", "n", "n")
        assert screen.index == 3
        assert "This is the last one." in screen_text(app)


async def test_undo_takes_back_a_decision(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("1")
        assert screen.index == 1 and screen.items[0].key in screen.resolved
        await pilot.press("u")
        assert screen.index == 0 and screen.items[0].key not in screen.resolved
        assert screen.adjudication.gold_id(screen.items[0].group) not in gold_records(labelled)


async def test_moving_with_n_and_p_clears_the_message_of_a_decision(labelled, corpus):
    """After a decision the message line kept "Took ann's version" while n and p went through
    other disagreements, as if it were said of the one on screen. Moving clears it; a line
    about the whole review (labels left out as unfinished) stays."""
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("1")
        assert "Took ann's version" in message_line(screen)
        await pilot.press("n")
        assert screen.index == 2
        assert message_line(screen) == ""
        await pilot.press("u", "p")  # undo shows the first; p from there says it is the first
        assert message_line(screen) == "This is the first one."
        await pilot.press("n")
        assert message_line(screen) == ""
        await pilot.press("space")  # on to the next open one
        assert message_line(screen) == ""


async def test_moving_keeps_the_line_about_unfinished_labels(labelled, corpus, store):
    with store.open("cat", writable=True) as cat:
        cat.mark_finished("a-ferry.txt", finished=False)
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n", "p")
        assert message_line(screen) == "Left out as unfinished: 1 document (cat 1)"


def message_line(screen: ReviewScreen) -> str:
    return " ".join(str(screen.query_one("#review-message").render()).split())


async def test_a_key_for_a_missing_annotator_or_field_changes_nothing(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        before = gold_records(labelled)
        await pilot.press("7")  # there are three annotators
        await pilot.press("f", "s", "3")  # cat has no quote about the crews
        assert "cat has no accepted quote here" in screen_text(app)
        await pilot.press("f", "escape")
        assert gold_records(labelled) == before
        assert screen.index == 0 and not screen.resolved


async def test_without_auto_merge_the_gold_file_only_gets_decisions(labelled, corpus):
    app = build(labelled, corpus, auto_merge=False)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert screen.merged == 0
        assert gold_records(labelled) == {}


async def test_markup_and_escapes_are_shown_as_text(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n", "n", "n")
        assert screen.items[screen.index].doc_id == "b-markup.txt"
        shown = screen_text(app)
        for literal in (
            "He said [the deal] was",
            "The minister [Smith] denied it.",
            "[Inaudible]",
            "Tariffs [/] will rise",
            "a [/ b",
            "␛[31mred",
        ):
            assert literal in shown
        assert "[Smith]" in shown.split("speaker")[1]  # the label table too
        assert "\x1b" not in shown


async def test_help_lists_every_key(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, ReviewHelpModal)
        shown = screen_text(app)
        for binding in ReviewScreen.BINDINGS:
            if binding.description:
                assert (binding.tooltip or binding.description) in shown
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_help_and_quit_are_on_screen_at_80_columns(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        for words in ("1…9 Take", "f Field", "d Drop", "space Next open", "? Help", "q Quit"):
            assert words in footer, footer


async def test_annotators_who_agree_leave_nothing_to_review(store, corpus):
    for name in ("ann", "ben"):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, "a-ferry.txt", FERRY, '"We were never asked,"'))
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert shown.splitlines()[0].strip() == "✓ nothing to review · 1 merged"
        message = " ".join(str(app.screen.query_one("#review-message").render()).split())
        assert message == (
            "Nothing to review: the annotators agree on every quote of the 1 document two or "
            "more of them finished."
        )


async def test_nothing_to_compare_is_not_called_agreement(store, corpus):
    """With no document finished by two annotators, the review said they agree on every
    quote, under a green check, and the line saying whose labels it left out as unfinished,
    shown on opening, was replaced by it."""
    with store.open("ann", writable=True) as folded:
        folded.save(make_quote("ann", "a-ferry.txt", FERRY, '"We were never asked,"'))
    with store.open("ben", writable=True) as folded:
        folded.save(make_quote("ben", "a-ferry.txt", FERRY, '"We were never asked,"'))
        folded.mark_finished("a-ferry.txt", finished=False)  # started, not finished
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert screen.documents == 0
        shown = screen_text(app)
        assert shown.splitlines()[0].strip() == "nothing to compare"
        message = " ".join(str(screen.query_one("#review-message").render()).split())
        assert message == (
            "Nothing to review: no document is finished by two or more of ann, ben, so none "
            "is compared. Left out as unfinished: 1 document (ben 1)"
        )
        assert screen.summary() == (
            f"{store.path_for('gold')}: nothing to review (no document finished by two or more "
            "annotators)\nLeft out as unfinished: 1 document (ben 1)"
        )


async def test_nothing_to_review_with_unfinished_labels_included_says_labelled(store, corpus):
    """With --include-unfinished, a document one annotator only labelled is compared: the
    review said the annotators agree on the documents two of them "finished"."""
    with store.open("ann", writable=True) as folded:
        folded.save(make_quote("ann", "a-ferry.txt", FERRY, '"We were never asked,"'))
    with store.open("ben", writable=True) as folded:
        folded.save(make_quote("ben", "a-ferry.txt", FERRY, '"We were never asked,"'))
        folded.mark_finished("a-ferry.txt", finished=False)
    app = make_review_app(store, ["ann", "ben"], "gold", corpus, include_unfinished=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        message = " ".join(str(screen.query_one("#review-message").render()).split())
        assert message == (
            "Nothing to review: the annotators agree on every quote of the 1 document two or "
            "more of them labelled or finished. Unfinished documents counted too: 1 document "
            "(ben 1)"
        )


async def test_nothing_to_compare_with_unfinished_labels_included_says_labelled(store, corpus):
    with store.open("ann", writable=True) as folded:
        folded.save(make_quote("ann", "a-ferry.txt", FERRY, '"We were never asked,"'))
    with store.open("ben", writable=True) as folded:
        folded.save(make_quote("ben", "b-markup.txt", MARKUP, '"settled for good"'))
        folded.mark_finished("b-markup.txt", finished=False)
    app = make_review_app(store, ["ann", "ben"], "gold", corpus, include_unfinished=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert screen.documents == 0
        message = " ".join(str(screen.query_one("#review-message").render()).split())
        assert message.startswith(
            "Nothing to review: no document is labelled or finished by two or more of ann, ben,"
            " so none is compared."
        )
        assert screen.summary().startswith(
            f"{store.path_for('gold')}: nothing to review (no document labelled or finished by "
            "two or more annotators)"
        )


async def test_a_broken_line_in_an_annotation_file_is_shown(labelled, corpus):
    with labelled.path_for("ben").open("ab") as handle:
        handle.write(b'{"rev": 99, "torn')
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        notices = app._notifications  # noqa: SLF001
        said = [str(n.message) for n in notices if n.title == "Skipped a broken line"]
        assert any(m.startswith(f"{labelled.path_for('ben')}:6: ") for m in said), said


async def test_a_locked_gold_file_stops_the_review_with_a_reason(labelled, corpus):
    with labelled.open("gold", writable=True):
        app = build(labelled, corpus)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.failure is not None and "already open for writing" in app.failure
    # The reviewer's own files were released too: they can start again.
    async with build(labelled, corpus).run_test(size=(100, 32)) as pilot:
        assert (await settle(pilot)).adjudication is not None


async def test_quitting_during_the_scan_stops_it_and_releases_the_files(
    store, write_corpus, monkeypatch
):
    """A quit while the worker still scans must wait for it, then close every file."""
    texts = {
        f"doc-{n:03d}.txt": f'Item {n}: the clerk said "we open at {n}" today.\n' for n in range(40)
    }
    scan_document = Adjudication.scan_document
    release = threading.Event()
    scanned: list[str] = []

    def slow_scan(self, doc_id):
        # A large store: the scan is still going (held at the second document) at the quit.
        scanned.append(doc_id)
        if len(scanned) == 2:
            release.wait(10)
        time.sleep(0.01)
        return scan_document(self, doc_id)

    monkeypatch.setattr(Adjudication, "scan_document", slow_scan)
    corpus = open_corpus(write_corpus(texts))
    for name in ("ann", "ben"):
        with store.open(name, writable=True) as folded:
            for doc_id, text in texts.items():
                speaker = "the clerk" if name == "ann" else "a clerk"
                words = text[text.index('"') : text.rindex('"') + 1]
                folded.save(make_quote(name, doc_id, text, words, speaker=speaker))
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.review_screen
        for _ in range(1000):
            await pilot.pause(0.01)
            if screen.index is not None:
                break
        assert screen.index == 0 and not screen.scan_done
        release.set()
        await pilot.press("q")
    assert app.return_code in (0, None)
    assert len(scanned) < len(texts)  # the scan stopped early
    with store.open("gold", writable=True):
        pass


def test_every_field_the_core_can_take_has_a_key():
    assert sorted(FIELD_KEYS.values()) == sorted(TAKEABLE_FIELDS)


@pytest.fixture
def span_and_speaker(store: AnnotationStore) -> AnnotationStore:
    """ann and ben on a-ferry.txt: the sail quote differs in type; the deckhand's quote in span
    and speaker (ben leaves out the comma)."""
    sail = '"the ferries sail again on Monday"'
    labels = {
        "ann": [
            make_quote("ann", "a-ferry.txt", FERRY, sail, speaker="port chief"),
            make_quote("ann", "a-ferry.txt", FERRY, '"We were never asked,"', speaker="a deckhand"),
        ],
        "ben": [
            make_quote(
                "ben", "a-ferry.txt", FERRY, sail, speaker="port chief", type=QuoteType.MIXED
            ),
            make_quote("ben", "a-ferry.txt", FERRY, "We were never asked", speaker="deckhand"),
        ],
    }
    for name, quotes in labels.items():
        with store.open(name, writable=True) as folded:
            for quote in quotes:
                folded.save(quote)
    return store


async def test_a_field_pick_leaves_the_other_differing_fields_open(span_and_speaker, corpus):
    """One field decided is not the disagreement settled: it stays on screen, marked open,
    space and a reopened review come back to it, and only the last field settles it."""
    app = make_review_app(span_and_speaker, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert [d.fields for d in screen.items] == [["type"], ["span", "speaker"]]
        await pilot.press("1")  # the sail quote: ann's version whole, on to the next
        assert screen.index == 1
        await pilot.press("f", "s", "2")
        assert screen.index == 1  # not settled: no moving on
        assert screen.items[1].key not in screen.resolved
        shown = screen_text(app)
        assert "● open 2/2 (1 settled) · to decide: span · decided: speaker" in shown
        assert "still to decide: span" in shown
        table = shown.split("labels")[1]
        span_row = next(line for line in table.splitlines() if "span" in line)
        speaker_row = next(line for line in table.splitlines() if "speaker" in line)
        assert "≠ span" in span_row and span_row.rstrip(" │╯").endswith("open")
        assert "✓ speaker" in speaker_row and "deckhand" in speaker_row.split("a deckhand")[-1]
        gold_id = screen.adjudication.gold_id(screen.items[1].group)
        stored = gold_records(span_and_speaker)[gold_id]  # saved at once, marked open
        assert stored.meta["adjudication"]["chosen"] == {"speaker": "ben"}
        assert stored.meta["adjudication"]["open"] == ["span"]
        await pilot.press("p", "space")
        assert screen.index == 1  # the next open one is this one still
        await pilot.press("q")

    app = make_review_app(span_and_speaker, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        assert screen.index == 1  # resumed at the partly decided one
        assert "to decide: span" in screen_text(app)
        await pilot.press("f", "x", "1")
        assert screen.items[1].key in screen.resolved
        assert "Every disagreement is settled" in screen_text(app)
        await pilot.press("q")
    stored = gold_records(span_and_speaker)[gold_id]
    assert (stored.text, stored.speaker) == ('"We were never asked,"', "deckhand")
    assert stored.meta["adjudication"]["chosen"] == {"speaker": "ben", "span": "ann"}
    assert stored.meta["adjudication"]["open"] == []


async def test_a_whole_take_after_field_picks_says_it_replaced_them(span_and_speaker, corpus):
    """1-9 take a version whole, as the help says, also after fields were picked one by one
    (f): the message says which picks it replaced and that u brings them back (whole, on two
    lines at 80 columns); u does."""
    app = make_review_app(span_and_speaker, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("space")  # the sail quote is first: go to the deckhand's
        assert screen.index == 1
        gold_id = screen.adjudication.gold_id(screen.items[1].group)
        await pilot.press("f", "s", "2")  # ben's speaker, the span still open
        await pilot.press("1")  # then ann's version whole
        stored = gold_records(span_and_speaker)[gold_id]
        assert stored.speaker == "a deckhand"  # ann's: the pick was replaced
        assert stored.meta["adjudication"]["decision"] == "take"
        assert set(stored.meta["adjudication"]["chosen"].values()) == {"ann"}
        message = str(screen.query_one("#review-message").render())
        assert "Took ann's version whole, replacing your earlier pick" in message
        assert "speaker from ben" in message and "u brings it back" in message
        shown = " ".join(line.strip() for line in screen_text(app).splitlines())
        assert "replacing your earlier pick (speaker from ben); u brings it back" in shown

        await pilot.press("u")
        stored = gold_records(span_and_speaker)[gold_id]
        assert stored.meta["adjudication"]["chosen"] == {"speaker": "ben"}
        assert stored.meta["adjudication"]["open"] == ["span"]

        await pilot.press("2")  # ben's version whole keeps ben's speaker: nothing replaced
        message = str(screen.query_one("#review-message").render())
        assert message.startswith("Took ben's version") and "replacing" not in message
        await pilot.press("q")


async def test_quitting_leaves_a_line_saying_what_is_left(labelled, corpus, store):
    """The review screen vanishes on quit; the line the command prints after it says where
    the gold file is and how many disagreements are left (it used to print nothing)."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("1")
        await pilot.press("q")
    gold = labelled.path_for("gold")
    assert screen.summary() == f"{gold}: 1 of 4 disagreements settled; review again for the rest"
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("2", "2", "2")
    assert screen.summary() == f"{gold}: 4 of 4 disagreements settled"


async def test_labels_left_out_as_unfinished_are_said_on_opening_and_quitting(
    labelled, corpus, store
):
    """cat stopped in a-ferry.txt: the review leaves her labels there out, says so in the
    message line (a notification covered the labels of the second annotator and the gold
    column at 80x24), and the line printed after the screen says it again."""
    with store.open("cat", writable=True) as cat:
        cat.mark_finished("a-ferry.txt", finished=False)
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        line = "Left out as unfinished: 1 document (cat 1)"
        assert str(screen.query_one("#review-message").render()) == line
        assert not app._notifications  # noqa: SLF001
        assert all(
            "cat" not in item.present for item in screen.items if item.doc_id == "a-ferry.txt"
        )
        await pilot.press("q")
    assert screen.summary().splitlines()[-1] == line


def test_the_command_prints_the_summary_after_the_screen(labelled, corpus, capsys, monkeypatch):
    """``review`` prints the screen's summary once the app is gone, on stdout."""
    monkeypatch.setattr(ReviewApp, "run", lambda self: None)
    monkeypatch.setattr(ReviewScreen, "summary", lambda self: "gold.jsonl: 0 of 4 settled")
    code = main(["review", str(corpus.root), "ann", "ben", "--store", str(labelled.root)])
    assert code == 0
    assert capsys.readouterr().out == "gold.jsonl: 0 of 4 settled\n"


async def test_the_field_prompt_fits_80_columns(labelled, corpus):
    """After f, the prompt lists five fields and '(esc cancels)' on one line: at 80 columns
    'Take which field?' pushed it out, cut at '(esc c'."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        for _ in range(20):
            await pilot.pause()
            if isinstance(app.screen, TakeFieldModal):
                break
        await pilot.pause()
        shown = screen_text(app)
        assert "Take:  x span  t type  s speaker  o source  c confidence  (esc cancels)" in shown


@pytest.fixture
def kinds_differ(store: AnnotationStore) -> AnnotationStore:
    """ann and ben on a-ferry.txt: one quote with the same source, given as an outlet by ann
    and a publication by ben (the kind differing is a disagreement on the source), and
    different speakers; and
    ben's indirect quote about the crews, which has no source."""
    asked = '"We were never asked,"'
    source = "the Coastal Times"
    labels = {
        "ann": [
            make_quote(
                "ann",
                "a-ferry.txt",
                FERRY,
                asked,
                speaker="a deckhand",
                source=source,
                source_kind="outlet",
            )
        ],
        "ben": [
            make_quote(
                "ben",
                "a-ferry.txt",
                FERRY,
                asked,
                speaker="the crew",
                source=source,
                source_kind="publication",
            ),
            make_quote(
                "ben",
                "a-ferry.txt",
                FERRY,
                "the crews had not been consulted",
                type=QuoteType.INDIRECT,
                speaker="Unions",
            ),
        ],
    }
    for name, quotes in labels.items():
        with store.open(name, writable=True) as folded:
            for quote in quotes:
                folded.save(quote)
    return store


async def test_capital_o_steps_the_source_kind_alone_as_in_annotate(kinds_differ, corpus):
    """Review had no key for the source kind alone: a kind the annotators differ on could only
    be taken with its source (f o N) or typed with both names (e). O steps it as in annotate,
    decides the source only, and stays on the disagreement so that O again steps further."""
    app = make_review_app(kinds_differ, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert [d.fields for d in screen.items] == [["existence"], ["speaker", "source"]]
        await pilot.press("O")  # the crews quote names no source: said, nothing saved
        assert gold_records(kinds_differ) == {}
        assert "This quote has no source: f o takes one, e types one" in screen_text(app)

        await pilot.press("space")
        assert screen.index == 1
        gold_id = screen.adjudication.gold_id(screen.items[1].group)
        await pilot.press("O")  # from ann's outlet, the first version, to the next kind
        stored = gold_records(kinds_differ)[gold_id]
        assert (stored.source, stored.source_kind) == ("the Coastal Times", SourceKind.EVENT)
        assert stored.meta["adjudication"]["chosen"] == {"source": "edited"}
        assert stored.meta["adjudication"]["open"] == ["speaker"]
        message = str(screen.query_one("#review-message").render())
        assert "Source kind of 'the Coastal Times': event (O again: the next kind)" in message
        assert "still to decide: speaker" in message
        await pilot.press("f", "s", "1")
        assert screen.items[1].key in screen.resolved
        assert screen.index == 0  # settled: on to the crews quote, still open
        await pilot.press("n", "O")
        stored = gold_records(kinds_differ)[gold_id]
        assert stored.source_kind is SourceKind.PUBLICATION
        assert stored.meta["adjudication"]["chosen"] == {"source": "edited", "speaker": "ann"}
        assert screen.index == 1 and screen.items[1].key in screen.resolved
        await pilot.press("u")
        assert gold_records(kinds_differ)[gold_id].source_kind is SourceKind.EVENT


async def test_capital_o_waits_until_the_source_name_is_decided(labelled, corpus):
    """Where the annotators name different sources, stepping the kind of the first one's would
    decide a name nobody chose: O says to decide the source first."""
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        assert screen.items[screen.index].fields == ["source"]
        before = gold_records(labelled)
        await pilot.press("f", "o", "2", "p")  # ben's source, then back to it
        assert screen.items[1].key in screen.resolved
        await pilot.press("O")
        stored = gold_records(labelled)[screen.adjudication.gold_id(screen.items[1].group)]
        assert stored.source_kind is SourceKind.EVENT  # outlet, ben's, stepped once
        assert set(gold_records(labelled)) - set(before) == {stored.id}


async def test_capital_o_is_refused_while_the_source_names_differ(labelled, corpus):
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        assert screen.items[screen.index].fields == ["source"]
        before = gold_records(labelled)
        # ann, the first, gave no source: her placeholder has none.
        await pilot.press("O")
        assert gold_records(labelled) == before
        assert "This quote has no source" in screen_text(app)


async def test_the_edit_prompt_starts_from_the_current_source_kind(kinds_differ, corpus):
    """The kind input of e started empty whatever the kind was, as if none had been given.
    It holds the kind shown, as the speaker and source inputs hold theirs; typing another
    source empties it, so the new name's kind is worked out rather than the old one's kept."""
    app = make_review_app(kinds_differ, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("space")
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, EditNamesModal)
        kind = modal.query_one("#edit-kind", Input)
        assert kind.value == "outlet"
        await pilot.press("enter", "end", *"s")  # the Coastal Timess
        assert kind.value == ""
        await pilot.press("backspace")
        assert kind.value == "outlet"
        await pilot.press("tab", *"pub", "shift+tab", "end", *"s")
        assert kind.value == "pub"  # typed by the reviewer: kept
        await pilot.press("backspace", "enter")
        await pilot.pause()
        stored = gold_records(kinds_differ)[screen.adjudication.gold_id(screen.items[1].group)]
        assert (stored.source, stored.source_kind) == ("the Coastal Times", SourceKind.PUBLICATION)
        # Confirming the prompt as it opens keeps the kind shown (it used to be worked out
        # again from the annotators, who differ, leaving the source open).
        await pilot.press("e", "enter", "enter")
        await pilot.pause()
        stored = gold_records(kinds_differ)[stored.id]
        assert stored.source_kind is SourceKind.PUBLICATION
        assert stored.meta["adjudication"]["open"] == []


async def test_typing_names_after_a_whole_take_leaves_it_settled(labelled, corpus):
    """A whole take decided that the quote exists; typing its speaker after it (or picking a
    field) opened that decision again: 'still to decide: existence'."""
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("2", "p")  # ben's indirect quote about the crews, then back to it
        assert screen.index == 0 and screen.items[0].key in screen.resolved
        await pilot.press("e", "ctrl+u", *"the unions", "enter", "enter")
        await pilot.pause()
        assert screen.items[0].key in screen.resolved
        assert "still to decide" not in screen_text(app)
        await pilot.press("f", "c", "2")
        assert screen.items[0].key in screen.resolved
        stored = gold_records(labelled)[screen.adjudication.gold_id(screen.items[0].group)]
        assert stored.meta["adjudication"]["open"] == []
        assert stored.speaker == "the unions"


def type_quickly(app, keys: str) -> None:
    """Send ``keys`` as a terminal does when they are typed in one go: all queued at once,
    none waiting for the screen to catch up (Pilot's press waits after each)."""
    for key in keys:
        app._driver.send_message(events.Key(key, key))  # noqa: SLF001


async def test_keys_typed_straight_after_f_or_e_go_to_the_prompt(labelled, corpus):
    """Typed in one go, 'f o 2' did nothing: the o and the 2 reached the app after the prompt
    f opened was on top, and were checked against its keys, not given to it. So did a name
    typed straight after e."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        type_quickly(app, "fo2")
        await pilot.pause(0.3)
        await pilot.pause()
        assert screen.items[1].key in screen.resolved
        asked = gold_records(labelled)[screen.adjudication.gold_id(screen.items[1].group)]
        assert asked.source == "the Coastal Times"

        type_quickly(app, "eXy")
        await pilot.pause(0.3)
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditNamesModal)
        assert modal.query_one("#edit-speaker", Input).value == "Xy"
        shown = screen_text(app)
        assert "labels" in shown  # the review still shows behind the prompt


EDIT_CHARACTERS = {"ctrl+u": "\x15", "backspace": "\x7f", "enter": "\r"}
"""What a terminal sends for the editing keys used below."""


def type_burst(app, keys: list[str]) -> None:
    """Send ``keys`` (editing keys among them) as a terminal does when they are typed in one
    go: all queued at once."""
    for key in keys:
        app._driver.send_message(events.Key(key, EDIT_CHARACTERS.get(key, key)))  # noqa: SLF001


async def test_editing_keys_typed_in_one_go_act_in_order_in_the_names_prompt(labelled, corpus):
    """ctrl+u, backspace and enter typed fast acted after the characters typed after them
    (Textual runs an input's bound keys once they bubble up to the app): 'ctrl+u A b
    backspace c' left the speaker empty, and the keys after enter went into the speaker, not
    the source."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        type_burst(app, ["e", "ctrl+u", "A", "b", "backspace", "c", "enter", "ctrl+u", "S"])
        await pilot.pause(0.3)
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditNamesModal)
        assert modal.query_one("#edit-speaker", Input).value == "Ac"
        assert modal.query_one("#edit-source", Input).value == "S"
        assert modal.query_one("#edit-source", Input).has_focus


async def test_a_status_line_too_long_for_80_columns_ends_in_an_ellipsis(store, write_corpus):
    """At 80 columns a long status line was wrapped onto a second line the one-line status has
    no room for: it stopped at a dangling '·', with no sign that anything was left out."""
    doc_id = "harbour-desk/2026-03-14-ferry-service-resumes-after-the-inspection.txt"
    corpus = open_corpus(write_corpus({doc_id: FERRY}))
    asked = '"We were never asked,"'
    for name, fields in (
        ("ann", {"speaker": "a deckhand", "confidence": 2}),
        ("ben", {"speaker": "the deckhand", "source": "the Coastal Times"}),
    ):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, doc_id, FERRY, asked, **fields))
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        status = screen_text(app).splitlines()[0].rstrip()
        assert status.startswith(" ● open 1/1 (0 settled) · speaker, source, confidence ·")
        assert status.endswith("…")


async def test_reopening_a_review_with_nothing_left_says_so(labelled, corpus):
    """Reopened after its last decision, the review showed the first disagreement, settled,
    and an empty message line: nothing said the work was done."""
    with Adjudication(labelled, ["ann", "ben", "cat"], corpus=corpus) as adjudication:
        for review in adjudication.scan():
            for disagreement in review.disagreements:
                adjudication.drop(disagreement)
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert screen.index == 0 and len(screen.resolved) == 4
        message = str(screen.query_one("#review-message").render())
        assert message.startswith("Every disagreement is settled: ")
        assert "gold.jsonl. n and p go through them" in message


async def test_a_long_annotator_name_takes_one_line_of_the_label_table(store, corpus):
    """At 80 columns a long name folded over three lines of the label table's header, which
    has twelve lines in all; it is cut with an ellipsis (the legend above names it in full)."""
    long_name = "catherine-on-the-night-desk"
    asked = '"We were never asked,"'
    for name, speaker in (("ann", "a deckhand"), ("ben", "the deckhand"), (long_name, "crew")):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, "a-ferry.txt", FERRY, asked, speaker=speaker))
    app = make_review_app(store, ["ann", "ben", long_name], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = screen_text(app).split("labels")[1].splitlines()
        header = table[1]
        assert " 1  ann" in header and " 2  ben" in header and "gold" in header
        assert " 3  catherin…" in header
        assert "≠ speaker" in table[5]  # status, span, type, then the speaker: no wrapped header
        assert long_name in screen_text(app).split("labels")[0]  # the legend, in full


async def test_notifications_wait_until_the_help_is_closed(labelled, corpus):
    """At 80x24 a notification drew over the help box, hiding the keys it lists; it shows once
    the help is closed."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        app.review_screen.notify("Saved the harbour pilot's answer", timeout=30)
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelpModal)
        assert "harbour pilot" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert "harbour pilot" in screen_text(app)


SEVEN = ("ann", "ben", "cat", "dov", "eli", "fern", "gus")
"""Seven annotators, as a large team reviews."""


@pytest.fixture
def seven_labelled(store: AnnotationStore) -> AnnotationStore:
    """Seven annotators over one quote: spans, a rejection, one who did not label it."""
    asked = '"We were never asked,"'
    words = {"ann": asked, "ben": asked, "cat": "We were never asked", "dov": asked}
    for name in SEVEN:
        with store.open(name, writable=True) as folded:
            if name == "eli":
                folded.save(make_quote(name, "a-ferry.txt", FERRY, asked, status=Status.REJECTED))
            elif name == "fern":
                folded.save(make_quote(name, "a-ferry.txt", FERRY, "The port chief"))
            elif name != "gus":
                folded.save(make_quote(name, "a-ferry.txt", FERRY, words[name], speaker="crew"))
    return store


async def test_the_legend_of_seven_annotators_stays_compact_at_80_columns(seven_labelled, corpus):
    """With seven annotators the legend wrapped over four lines at 80 columns (names cut from
    their keys mid-entry), taking the text's room; it keeps to one line there, each annotator
    still named beside their key, and keeps the long form where it fits."""
    app = make_review_app(seven_labelled, list(SEVEN), "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        legend = app.screen.query_one("#review-legend")
        assert legend.size.height == 1
        line = screen_text(app).splitlines()[legend.region.y]
        for key, name in enumerate(SEVEN, 1):
            assert f"{key} {name}" in line, line
    app = make_review_app(seven_labelled, list(SEVEN), "gold", corpus)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        legend = app.screen.query_one("#review-legend")
        line = screen_text(app).splitlines()[legend.region.y]
        assert " 1  ann: " in line and " 7  gus: did not label this document" in line, line


async def test_the_label_table_of_seven_annotators_shows_every_field_at_80_columns(
    seven_labelled, corpus
):
    """With seven annotators at 80 columns each value wrapped mid-word over two or three lines
    ('accep / ted'), so the table, twelve lines at most, lost its last fields (source kind,
    confidence) and names were cut to one letter. Narrow columns now hold one line each, cut
    with an ellipsis, and every field shows."""
    app = make_review_app(seven_labelled, list(SEVEN), "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#review-labels")
        lines = screen_text(app).splitlines()[table.region.y : table.region.bottom]
        shown = "\n".join(lines)
        for title in ("status", "span", "type", "speaker", "source kind", "confidence"):
            assert sum(title in line for line in lines) >= 1, shown
        assert len(lines) == 1 + 1 + len(ROWS) + 1  # borders, the names, a line per field
        assert "1 ann" in lines[1] and "7 gus" in lines[1], shown


@pytest.fixture
def held_scan(monkeypatch) -> threading.Event:
    """The scan waits at its first document until the event is set: a store that takes a
    while to open."""
    scan_document = Adjudication.scan_document
    release = threading.Event()

    def held(self, doc_id):
        worker = get_current_worker()
        while not release.wait(0.01) and not worker.is_cancelled:
            pass  # a quit while held goes on at once
        return scan_document(self, doc_id)

    monkeypatch.setattr(Adjudication, "scan_document", held)
    yield release
    release.set()  # a failing test must not leave the thread waiting


async def test_keys_typed_before_the_first_disagreement_shows_are_applied(
    labelled, corpus, held_scan
):
    """2 and 'f o 2', typed while the scan had found nothing yet, were lost without a word.
    They wait (the status line counts them) and act once the first disagreement shows."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.review_screen
        await pilot.press("2", "f", "o", "2")
        await pilot.pause()
        assert screen.index is None  # still scanning: the keys came early
        assert "4 keys waiting" in screen_text(app)
        held_scan.set()
        await settle(pilot)
        for _ in range(50):  # the four keys, and the prompt f opens, take a few refreshes
            await pilot.pause()
            if screen.index == 2:
                break
        gold = gold_records(labelled)
        crews = gold[screen.adjudication.gold_id(screen.items[0].group)]
        assert (crews.speaker, crews.status) == ("Unions", Status.ACCEPTED)
        asked = gold[screen.adjudication.gold_id(screen.items[1].group)]
        assert asked.source == "the Coastal Times"
        assert screen.index == 2
        assert "keys waiting" not in screen_text(app)


async def test_keys_typed_early_with_nothing_to_review_are_said_to_do_nothing(
    store, corpus, held_scan
):
    """When the scan finds nothing to settle, the keys that waited for it are dropped with a
    word, not kept for a disagreement that never comes."""
    for name in ("ann", "ben"):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, "b-markup.txt", MARKUP, '"settled for good"'))
            folded.mark_finished("b-markup.txt", True)
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.review_screen
        await pilot.press("1", "d")
        await pilot.pause()
        held_scan.set()
        await settle(pilot)
        await pilot.pause()
        assert screen.index is None
        messages = [notice.message for notice in app._notifications]  # noqa: SLF001
        assert "2 keys typed while scanning did nothing: there is nothing to review." in messages


async def test_quit_and_help_are_not_held_while_scanning(labelled, corpus, held_scan):
    """? while the scan has found nothing shows the help at once; q quits at once."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelpModal)
        await pilot.press("escape", "q")
        await pilot.pause()
        assert app.return_code == 0
        held_scan.set()


async def test_a_take_typed_in_one_go_with_a_field_pick_acts_in_order(labelled, corpus):
    """'2 f o 2' typed in one go (take ben's version here, then ben's source on the next):
    f, which opens its prompt as it arrives, overtook the 2, so the field was asked of the
    first disagreement and the 2 was lost under the prompt."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        type_quickly(app, "2fo2")
        for _ in range(20):
            await pilot.pause()
            if screen.index == 2:
                break
        gold = gold_records(labelled)
        crews = gold[screen.adjudication.gold_id(screen.items[0].group)]
        assert (crews.speaker, crews.status) == ("Unions", Status.ACCEPTED)
        asked = gold[screen.adjudication.gold_id(screen.items[1].group)]
        assert asked.source == "the Coastal Times"
        assert screen.index == 2


LONG = "".join(
    f"Paragraph {n}: the harbour board of Port Elvane met again and the minutes ran long.\n\n"
    for n in range(1, 40)
).replace(
    "Paragraph 20: the harbour board",
    'Paragraph 20: "The cranes stay idle until spring," the board chair told reporters, and'
    " the board",
)
"""An invented article of 39 short paragraphs, a quote in the twentieth."""


@pytest.fixture
def long_article(store, write_corpus):
    """ann and ben differ on the speaker of the one quote of a long article."""
    corpus = open_corpus(write_corpus({"long.txt": LONG}))
    words = '"The cranes stay idle until spring,"'
    for name, speaker in (("ann", "the board chair"), ("ben", "the chair")):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, "long.txt", LONG, words, speaker=speaker))
            folded.mark_finished("long.txt", True)
    return store, corpus


def excerpt_text(app) -> str:
    excerpt = app.review_screen.query_one("#review-excerpt")
    return str(excerpt.render())


async def test_the_excerpt_is_cut_again_when_the_terminal_is_resized(long_article):
    """The excerpt was sized when the disagreement was shown: a terminal made larger kept the
    few paragraphs that fit 80x24 (the view half empty), and one made smaller again left the
    quote scrolled out of view."""
    store, corpus = long_article
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert "Paragraph 20:" in excerpt_text(app)
        assert "Paragraph 10:" not in excerpt_text(app)
        await pilot.resize_terminal(200, 50)
        for _ in range(3):
            await pilot.pause()
        assert "Paragraph 10:" in excerpt_text(app)
        assert "The cranes stay idle" in screen_text(app)
        await pilot.resize_terminal(80, 24)
        for _ in range(3):
            await pilot.pause()
        assert "Paragraph 10:" not in excerpt_text(app)
        assert "The cranes stay idle" in screen_text(app)


async def test_the_disagreement_is_brought_into_view_once_the_excerpt_is_measured(
    long_article,
):
    """Brought into view before the scroll had measured a new, longer excerpt (a resize just
    after the scan), the view stopped short at the top and stayed there for good."""
    store, corpus = long_article
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.review_screen.query_one(ReviewTextView)
        excerpt = view.query_one("#review-excerpt")
        scroll = view.query_one("#review-scroll")
        excerpt.update("one short line")
        for _ in range(3):
            await pilot.pause()
        assert scroll.max_scroll_y == 0
        shown = Text("\n".join(f"line {number}" for number in range(60)))
        excerpt.update(shown)
        view._bring_into_view(shown, shown.plain.index("line 40"))  # before any layout
        for _ in range(5):
            await pilot.pause()
        assert scroll.scroll_y > 20
        assert "line 40" in screen_text(app)


async def test_a_terminal_made_smaller_keeps_the_disagreement_in_view(long_article):
    """Shown at 200x50 and then shrunk to 80x24, the view kept the lines scrolled for the wide
    text: the quote was out of sight until n and p showed it again."""
    store, corpus = long_article
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        for _ in range(3):
            await pilot.pause()
        assert "The cranes stay idle" in screen_text(app)
        assert "Paragraph 10:" not in excerpt_text(app)


async def test_undo_says_which_decision_it_took_back(labelled, corpus):
    """u said only 'Undone.': after a few quick decisions the reviewer could not tell which
    one went without reading the table again. It names the decision, latest first."""
    app = build(labelled, corpus)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await settle(pilot)
        await pilot.press("2", "f", "o", "2", "d")
        await pilot.pause()
        message = screen.query_one("#review-message")
        await pilot.press("u")
        assert str(message.render()) == "Undone: dropped it as not a quote."
        await pilot.press("u")
        assert str(message.render()) == "Undone: took the source from ben."
        assert screen.index == 1
        await pilot.press("u")
        assert str(message.render()) == "Undone: took ben's version."
        assert screen.index == 0
        await pilot.press("u")
        assert str(message.render()) == "Nothing to undo."


async def test_the_names_prompt_leaves_the_versions_in_sight_at_80x24(labelled, corpus):
    """At 80x24 the e prompt (three bordered inputs, 19 lines, in the middle) covered the whole
    label table: the reviewer typed a speaker without the annotators' speakers in sight. It
    stands over the top of the text now, and the speaker and source rows show below it."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n", "n", "n", "e")
        await pilot.pause()
        assert isinstance(app.screen, EditNamesModal)
        shown = screen_text(app)
        for row in ("≠ speaker", "[Smith]", "  source  ", "≠ status"):
            assert row in shown
        assert "Source kind" in shown and "enter: next" in shown


WORDY = (
    "Council report\n\n"
    + "The ferry council of Dunmarrow sat until late, and its members argued over the cost of"
    " the new pier, the state of the old one, the timetable for the winter and the fares for"
    " children, pensioners and the island's few daily commuters, as they do every year.\n\n"
    + 'Its chair, Ilse Varga, said: "We will not raise the fares this winter," and left early.'
    "\n\n"
    + "The council then turned to the harbour lights, which have failed twice since the storm"
    " in March, leaving the evening crossing to be made by the light of the cabins and of a"
    " single lamp the skipper hangs over the bow, which the members agreed could not go on.\n\n"
    + "A decision on the lights is due at the next meeting, once the engineers have reported"
    " on the cables, the lamps and the cost of moving the whole system onto the new pier.\n"
)
"""An invented article of long paragraphs, a short one with a quote in the middle."""


async def test_the_excerpt_fills_the_view_when_paragraphs_are_long(store, write_corpus):
    """At 80x24 the text around a quote was cut to whole paragraphs within 320 characters
    after it: the long paragraph that follows was dropped and half of the view stayed empty
    below the quote's own."""
    corpus = open_corpus(write_corpus({"council.txt": WORDY}))
    words = '"We will not raise the fares this winter,"'
    for name, speaker in (("ann", "Ilse Varga"), ("ben", "Its chair")):
        with store.open(name, writable=True) as folded:
            folded.save(make_quote(name, "council.txt", WORDY, words, speaker=speaker))
            folded.mark_finished("council.txt", True)
    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        shown = excerpt_text(app)
        assert "The ferry council of Dunmarrow" in shown
        assert "The council then turned to the harbour lights" in shown


async def test_the_field_prompt_leaves_every_row_of_the_table_in_sight_at_80x24(labelled, corpus):
    """At 80x24 the bordered field prompt took three lines over the bottom of the label table:
    the confidence row was hidden just when 'f c' asked whose confidence to take. It takes the
    message line's place now, one line."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n", "n", "n", "f", "c")
        await pilot.pause()
        assert isinstance(app.screen, TakeFieldModal)
        shown = screen_text(app)
        assert "Take the confidence from:" in shown
        table = screen.query_one("#review-labels")
        assert table.region.bottom <= app.screen.query_one("#take-field-box").region.y
        assert "confidence" in shown.split("Take the confidence from:")[0]


async def test_a_name_typed_with_e_before_the_first_disagreement_reaches_the_prompt(
    labelled, corpus, held_scan
):
    """e and a name typed while the scan has found nothing: the prompt opens on the first
    disagreement once it shows and takes the name, as it does when typed straight after e."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", "Z", "o", "e")
        await pilot.pause()
        held_scan.set()
        await settle(pilot)
        for _ in range(20):
            await pilot.pause()
            modal = app.screen
            if isinstance(modal, EditNamesModal) and modal.query_one("#edit-speaker", Input).value:
                break
        assert isinstance(modal, EditNamesModal)
        assert modal.query_one("#edit-speaker", Input).value == "Zoe"
        assert app.review_screen.index == 0


async def test_keys_typed_in_one_go_after_the_names_are_saved_act_on_the_review(labelled, corpus):
    """'e Zoe enter enter ?' typed fast saved the names, but the ? reached the source input
    before the save had closed the prompt, and went with it: the help never opened."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        before = screen.index
        type_burst(app, ["e", "ctrl+u", "Z", "o", "e", "enter", "enter"])
        app._driver.send_message(events.Key("question_mark", "?"))  # noqa: SLF001
        await pilot.pause(0.3)
        await pilot.pause()
        assert isinstance(app.screen, ReviewHelpModal)
        assert screen._early_keys is None  # noqa: SLF001 - nothing left waiting
        gold = screen.adjudication.gold_for(screen.items[before])
        assert gold is not None and gold.speaker == "Zoe"


async def test_keys_typed_after_a_refused_save_neither_act_nor_go_into_the_prompt(labelled, corpus):
    """When the save is refused (a kind no one knows), the prompt stays open: the keys typed
    straight after enter were meant for the review, and are dropped, said, not typed into
    the kind nor run on the disagreement under the prompt."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("n", "e")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditNamesModal)
        before = screen.index
        kind = modal.query_one("#edit-kind", Input)
        kind.focus()
        await pilot.pause()
        type_burst(app, ["ctrl+u", "z", "z", "enter", "n", "2"])
        await pilot.pause(0.3)
        await pilot.pause()
        assert app.screen is modal
        assert kind.value == "zz"
        assert kind.has_focus
        assert "2 keys typed after enter dropped" in str(
            modal.query_one("#edit-kind-problem").render()
        )
        assert screen.index == before
        assert screen.adjudication.gold_for(screen.items[before]) is None
        type_burst(app, ["ctrl+u", "x"])
        await pilot.pause(0.3)
        assert kind.value == "x"  # typed again once the prompt is open


async def test_the_footer_shows_the_keys_of_the_open_prompt_not_the_reviews(labelled, corpus):
    """With the names prompt or the field prompt open, the footer still listed Take, Field,
    Drop... (keys that do nothing there), and not enter, tab or esc."""
    app = build(labelled, corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Take" in screen_text(app).splitlines()[-1]
        for key, shown in (("e", "enter Next / save  tab Next field"), ("f", "esc Cancel")):
            await pilot.press(key)
            await pilot.pause()
            bottom = screen_text(app).splitlines()[-1]
            assert shown in bottom
            assert "Take" not in bottom and "Drop" not in bottom
            await pilot.press("escape")
            await pilot.pause()
