"""What the review screen shows, as SVG snapshots (tests/ui/__snapshots__/)."""
# ruff: noqa: F811 - the fixtures are imported from test_review and named as parameters

from __future__ import annotations

from annotator.tui.review import make_review_app
from tests.ui.test_review import (  # noqa: F401 - fixtures
    build,
    corpus,
    held_scan,
    labelled,
    long_article,
    settle,
    span_and_speaker,
)


def _after(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


def test_review_screen(snap_compare, labelled, corpus):
    """At 100x32, the first disagreement of a-ferry.txt: the status line reads '● open 1/4
    (0 settled) · existence · a-ferry.txt · 1 merged'; the legend shows 1 ann and 3 cat with
    'no label' (not 'no quote': nothing says they judged it) and 2 ben with 112–144; in the
    text, 'the crews had not been consulted' has ben's ochre background; the label table has
    '≠ status' marked (— for ann and cat, accepted for ben) and the gold column says 'open';
    the footer lists the keys."""
    assert snap_compare(build(labelled, corpus), terminal_size=(100, 32), run_before=_after())


def test_review_screen_narrow_with_a_span_disagreement(snap_compare, labelled, corpus):
    """At 80x24, the third disagreement (the CJK quote), the whole short article in the text
    view from its headline 'Ferry service resumes': '“明天开船' is grey (all three spans),
    the closing '”' is underlined in ann's blue (ann and ben, not cat); the table marks
    '≠ span' with 211–218 (7) for ann and ben and 211–217 (6) for cat; the footer ends with
    '?Help  qQuit'."""
    assert snap_compare(
        build(labelled, corpus), terminal_size=(80, 24), run_before=_after("n", "n")
    )


def test_review_screen_after_taking_a_field(snap_compare, span_and_speaker, corpus):
    """At 100x32, ann and ben, the deckhand's quote (span and speaker differ) after 1 on the
    sail quote, then f, s, 2: still there, the status line reads '● open 2/2 (1 settled) · to
    decide: span · decided: speaker'; the table marks '≠ span' (21 characters for ann, 19 for
    ben) with 'open' in the gold column, and '✓ speaker' with ben's 'deckhand' in it; the
    message line says 'Took the speaker from ben · still to decide: span'."""
    app = make_review_app(span_and_speaker, ["ann", "ben"], "gold", corpus)
    assert snap_compare(app, terminal_size=(100, 32), run_before=_after("1", "f", "s", "2"))


def test_review_help(snap_compare, labelled, corpus):
    """At 80x32, the help over the review: every key with its description (1 to take a version,
    f, e, O for the source kind, d, n, p, space, u, ?, q), then the field keys after f (x span,
    t type, s speaker, o source, c confidence), then when a disagreement is settled: every field
    marked ≠ decided (by a whole version, a field, typed names, a source kind or a drop), ≠ for
    fields still to decide and ✓ for decided ones."""
    assert snap_compare(
        build(labelled, corpus), terminal_size=(80, 32), run_before=_after("question_mark")
    )


def test_take_field_prompt(snap_compare, labelled, corpus):
    """At 100x32, after f then s: the prompt, one line on an ochre ground in the message line's
    place above the footer, reads 'Take the speaker from:' with 1 ann, 2 ben, 3 cat in their
    colours and '(esc cancels)'; the label table above it shows whole, down to its bottom
    border under 'confidence'; the footer lists the prompt's keys (x t s o c, 1…9, esc), not
    the review's."""
    assert snap_compare(
        build(labelled, corpus), terminal_size=(100, 32), run_before=_after("f", "s")
    )


def test_keys_waiting_for_the_first_disagreement(snap_compare, labelled, corpus, held_scan):
    """At 80x24, three keys (2, d, n) typed while the scan has found nothing yet: the status
    line reads 'Scanning 0 of 2 documents… · 3 keys waiting' (not 'scanning 0%' as well); the
    footer greys every key but '? Help' and 'q Quit', which act at once."""

    async def run_before(pilot) -> None:
        screen = pilot.app.review_screen
        for _ in range(100):
            await pilot.pause()
            if screen.adjudication is not None:
                break
        await pilot.press("2", "d", "n")
        await pilot.pause()

    assert snap_compare(build(labelled, corpus), terminal_size=(80, 24), run_before=run_before)


def test_the_excerpt_after_the_terminal_grew(snap_compare, long_article):
    """Opened at 80x24, then the terminal made 100x40: the text view is filled, paragraphs 17
    to 27 with a scrollbar for more either side (cut for 80x24, it ended at paragraph 23 and
    left the rest of the view empty); the line holding 'The cranes stay idle until spring,'
    (paragraph 20, in the grey ann and ben share) is the fourth paragraph shown."""
    store, corpus = long_article

    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.resize_terminal(100, 40)
        for _ in range(3):
            await pilot.pause()

    app = make_review_app(store, ["ann", "ben"], "gold", corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_undo_names_the_decision(snap_compare, labelled, corpus):
    """At 80x24, after 2 (ben's version of the crews' quote) and u: back on the first
    disagreement, open again ('● open 1/4 (0 settled)', '≠ status' with 'open' in the gold
    column), and the message line says 'Undone: took ben's version.'"""
    assert snap_compare(
        build(labelled, corpus), terminal_size=(80, 24), run_before=_after("2", "u")
    )


def test_names_prompt_at_80_columns(snap_compare, labelled, corpus):
    """At 80x24, e on the fourth disagreement (b-markup.txt): the prompt stands over the top of
    the text, one line each for 'Speaker' ('[Smith]', literally, selected), 'Source' (empty)
    and 'Source kind' (its placeholder), then the kinds and the keys; below it the label
    table shows whole, '≠ speaker' with '[Smith]' for ann and 'He' for ben; the footer lists
    the prompt's keys (enter, tab, esc), not the review's."""
    assert snap_compare(
        build(labelled, corpus), terminal_size=(80, 24), run_before=_after("n", "n", "n", "e")
    )
