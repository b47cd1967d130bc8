"""The annotate screen: walk through a corpus quote by quote and label each from the keyboard.

The screen owns the state (the session, the document on screen, the focused quote, the
selection) and calls :mod:`annotator.session` for every change; the widgets only draw what they
are given and post messages back. Slow work (opening the corpus and the store, reading and
detecting a document, finding where to resume) runs in thread workers that post messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual import events, on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import get_current_worker

from annotator.corpus import Corpus, open_corpus
from annotator.errors import UserError
from annotator.session import (
    LIKELY_SCORE,
    AnnotationSession,
    Detector,
    DocumentWork,
    ItemState,
    WorkItem,
    find_words,
    word_boundaries,
    word_edge_near,
)
from annotator.store import AnnotationStore
from annotator.tui.messages import (
    DocumentFailed,
    DocumentLoaded,
    ProgressFilled,
    SessionFailed,
    SessionOpened,
)
from annotator.tui.screens.early_keys import EarlyKeys
from annotator.tui.screens.edit_field import EditFieldModal
from annotator.tui.screens.find import FindModal
from annotator.tui.screens.help import HelpModal
from annotator.tui.widgets.document_list import DocumentList, shorten_middle
from annotator.tui.widgets.document_text import DocumentText, Mark, cell_width, displayable
from annotator.tui.widgets.progress import CorpusProgressBar
from annotator.tui.widgets.quote_panel import QuotePanel
from annotator.util import are, counted

IDLE_AFTER = 1.5
"""Seconds without a key before the screen reads documents ahead."""

IDLE_TICK = 0.5
"""How often the screen checks whether to read ahead."""

WORK_WITHOUT_A_DOCUMENT = frozenset({"quit", "help", "app.command_palette", "open_list"})
"""Actions that act at once while a document loads; other keys wait for it."""

NARROW = 110
"""Below this many columns the document list hides itself (``l`` brings it back)."""

LIST_WIDTH = 30
"""Columns of the document list, unless a wide terminal leaves it room for longer ids."""

TEXT_KEEPS = 80
"""Columns the text keeps on a wide terminal before the document list widens for long ids."""

SIDE_WIDTH = 40
"""Columns of the quote panel on a wide terminal."""

NARROW_SIDE_WIDTH = 30
"""Columns of the quote panel below ``NARROW``."""

TEXT_READS = 100
"""Columns (with its border) the text keeps before the quote panel widens past ``SIDE_WIDTH``:
lines of about 95 characters still read easily."""

WIDEST_SIDE = 60
"""Columns the quote panel takes at most, on the widest terminals."""

MIN_TITLE_ID = 5
"""Cells a document id keeps at least in the text view's title when it is cut to fit."""

EMPTY_DOCUMENT = (
    "This document is empty (no text, or only spaces and line breaks): there is nothing to "
    "annotate in it.\n\nN goes to the next document."
)
"""What the panel says beside an empty document (``Document.is_empty``)."""

_STATE_MARK = {
    ItemState.ACCEPTED: "accepted",
    ItemState.REJECTED: "rejected",
    ItemState.STALE: "stale",
}

NAVIGATION_BINDINGS: list[BindingType] = [
    Binding("n,j,down", "next_quote", "Next", tooltip="Next quote"),
    Binding("p,k,up", "previous_quote", "Prev", tooltip="Previous quote"),
    # With priority, as they arrive: keys typed in the same burst come after the document they
    # open has started loading, and wait for it (see on_key), instead of acting on the one left.
    Binding("N", "next_document", "Next document", show=False, priority=True),
    Binding("P", "previous_document", "Previous document", show=False, priority=True),
    Binding(
        "g",
        "first_open",
        "First open quote here, then (again) in the corpus",
        show=False,
        priority=True,
    ),
    # With priority, as s o m: the words typed straight after / go into the prompt.
    Binding(
        "slash",
        "find",
        "Find",
        tooltip="Find words in this document (/ enter again: the next place)",
        show=False,
        priority=True,
    ),
    Binding("home", "first_quote", "First quote of the document", show=False),
    Binding("end", "last_quote", "Last quote of the document", show=False),
]
"""Moving between quotes and documents."""

LABEL_BINDINGS: list[BindingType] = [
    Binding(
        "enter",
        "accept",
        "Accept",
        tooltip="Accept the quote, go to the next (or add a selection)",
    ),
    Binding("x", "reject", "Reject", tooltip="Reject: not a quote (x again accepts it back)"),
    Binding("1", "confidence(1)", "Confidence: low", show=False),
    Binding("2", "confidence(2)", "Confidence: medium", show=False),
    Binding("3", "confidence(3)", "Confidence: high", show=False),
    Binding("t", "cycle_type", "Type", tooltip="Cycle type: direct, indirect, mixed", show=False),
    # The keys that open a prompt push it as they arrive, so what is typed straight after goes
    # into it (see typed_ahead).
    Binding(
        "s",
        "edit_speaker",
        "Speaker",
        tooltip="Edit the speaker (with suggestions)",
        priority=True,
    ),
    Binding(
        "o",
        "edit_source",
        "Source",
        tooltip="Edit the source (with suggestions)",
        show=False,
        priority=True,
    ),
    Binding(
        "O",
        "cycle_source_kind",
        "Source kind",
        tooltip="Source kind: outlet, event, publication, social, other",
        show=False,
    ),
    Binding("m", "edit_note", "Note on the quote", show=False, priority=True),
    # The cue is part of what a trainer exports; its words are picked as a missed quote's are.
    Binding("c", "set_cue", "Cue: the words selected (v or the mouse first)", show=False),
    Binding("C", "clear_cue", "Clear the cue", show=False),
    Binding("d,delete", "clear_label", "Delete the label (a suggestion turns pending)", show=False),
]
"""Labeling the focused quote."""

SPAN_BINDINGS: list[BindingType] = [
    Binding("left_square_bracket", "move_edge('start', -1, 'word')", "Start one word left", False),
    Binding("right_square_bracket", "move_edge('start', 1, 'word')", "Start one word right", False),
    Binding("left_curly_bracket", "move_edge('start', -1, 'char')", "Start one char left", False),
    Binding("right_curly_bracket", "move_edge('start', 1, 'char')", "Start one char right", False),
    Binding("comma", "move_edge('end', -1, 'word')", "End one word left", False),
    Binding("full_stop", "move_edge('end', 1, 'word')", "End one word right", False),
    Binding("less_than_sign", "move_edge('end', -1, 'char')", "End one char left", False),
    Binding("greater_than_sign", "move_edge('end', 1, 'char')", "End one char right", False),
    # A line at a time, for a quote over several lines: a word at a time took a dozen presses
    # a line. Shift moves an end as it does the selection's; ctrl (or alt, for terminals that
    # keep ctrl+arrows for themselves) a start. While selecting, the selection's keys act.
    Binding("shift+down", "move_edge('end', 1, 'line')", "End one line down", False),
    Binding("shift+up", "move_edge('end', -1, 'line')", "End one line up", False),
    Binding("ctrl+down", "move_edge('start', 1, 'line')", "Start one line down (alt+↓ too)", False),
    Binding("ctrl+up", "move_edge('start', -1, 'line')", "Start one line up (alt+↑ too)", False),
    Binding("alt+down", "move_edge('start', 1, 'line')", show=False),
    Binding("alt+up", "move_edge('start', -1, 'line')", show=False),
]
"""Adjusting the focused quote's span."""

SELECTION_BINDINGS: list[BindingType] = [
    Binding("v", "start_selection", "Select missed words (or drag the mouse)", show=False),
    Binding("right", "select_by(1, 'char')", "Selection end one char right", show=False),
    Binding("left", "select_by(-1, 'char')", "Selection end one char left", show=False),
    Binding("w,ctrl+right", "select_by(1, 'word')", "Selection end one word right", show=False),
    Binding("b,ctrl+left", "select_by(-1, 'word')", "Selection end one word left", show=False),
    Binding("shift+down", "select_by(1, 'line')", "Selection end one line down", show=False),
    Binding("shift+up", "select_by(-1, 'line')", "Selection end one line up", show=False),
    Binding("shift+right", "select_start_by(1)", "Selection start one word right", show=False),
    Binding("shift+left", "select_start_by(-1)", "Selection start one word left", show=False),
    Binding("ctrl+down", "select_start_by(1, 'line')", "Selection start one line down", show=False),
    Binding("ctrl+up", "select_start_by(-1, 'line')", "Selection start one line up", show=False),
    Binding("alt+down", "select_start_by(1, 'line')", show=False),
    Binding("alt+up", "select_start_by(-1, 'line')", show=False),
    Binding("a", "add_quote", "Add", tooltip="Add the selection as a quote (enter too)"),
    Binding("escape", "cancel_selection", "Cancel the selection", show=False),
]
"""Selecting text the detector missed, then adding it."""

DOCUMENT_BINDINGS: list[BindingType] = [
    Binding(
        "f",
        "toggle_finished",
        "Finished",
        tooltip="Mark the document finished (f again: not finished)",
        # Not in the footer, which must show ? and q at 80 columns; the title says "finished".
        show=False,
    ),
]
"""The annotator's word on the whole document."""

SESSION_BINDINGS: list[BindingType] = [
    Binding("u,ctrl+z", "undo", "Undo", tooltip="Undo the latest change, even from an earlier run"),
    Binding("ctrl+y,U", "redo", "Redo", show=False),
    Binding(
        "l",
        "open_list",
        "Document list",
        tooltip="Go to the document list (its keys are below)",
        show=False,
    ),
    Binding("question_mark", "help", "Help", tooltip="This help"),
    Binding("q", "quit", "Quit", tooltip="Quit (everything is saved already)"),
    Binding("ctrl+p", "app.command_palette", "Commands", show=False, tooltip="Command palette"),
]
"""Undo, layout, help and quitting."""

HELP_SECTIONS: list[tuple[str, list[BindingType]]] = [
    ("Move", NAVIGATION_BINDINGS),
    ("Label the focused quote", LABEL_BINDINGS),
    ("Adjust its span", SPAN_BINDINGS),
    ("Add a missed quote", SELECTION_BINDINGS),
    ("The document", DOCUMENT_BINDINGS),
    ("Session", SESSION_BINDINGS),
    ("Scroll the text (the mouse wheel too)", list(DocumentText.BINDINGS)),
    ("In the document list (l; type an id to jump to it)", list(DocumentList.BINDINGS)),
    ("In the speaker, source or note input", EditFieldModal.HELP_BINDINGS),
    ("In the find prompt (/)", FindModal.HELP_BINDINGS),
]
"""The help screen's sections: the very bindings of this screen, so help cannot drift."""


_EDGE_STUCK = {
    ("start", False): "The quote already starts at the first word of the text.",
    ("end", True): "The quote already ends at the end of the text.",
    ("start", True): "The quote cannot shrink further: x rejects it, d deletes its label.",
    ("end", False): "The quote cannot shrink further: x rejects it, d deletes its label.",
}
"""What a span key says when the edge it moves cannot go further (edge, moving right)."""


def _describe(error: Exception) -> str:
    """One line for the screen: a user error as it is, anything else as a detector failure."""
    if isinstance(error, UserError):
        return str(error)
    return f"the detector failed on this document ({type(error).__name__}: {error})"


class AnnotateScreen(EarlyKeys, Screen[None]):
    """Document list, document text, quote panel, corpus progress and the keys to label."""

    BINDINGS = (
        SELECTION_BINDINGS[:1]
        + NAVIGATION_BINDINGS
        + LABEL_BINDINGS
        + SPAN_BINDINGS
        + SELECTION_BINDINGS[1:]
        + DOCUMENT_BINDINGS
        + SESSION_BINDINGS
    )
    """Every key of the screen (listed on the help screen, by section, from ``HELP_SECTIONS``)."""

    def __init__(
        self,
        corpus: Corpus | str | Path,
        store: AnnotationStore,
        annotator: str,
        *,
        detector: Detector | None = None,
        clock: Callable[[], float] | None = None,
        idle_after: float | None = IDLE_AFTER,
        faint_below: float = LIKELY_SCORE,
    ) -> None:
        super().__init__()
        self.corpus_source = corpus
        """A corpus, or where to open one."""
        self.store = store
        """The annotation store."""
        self.annotator = annotator
        """Whose labels are written."""
        self.detector = detector
        """What proposes candidates (the project's detector by default)."""
        self.clock = clock
        """Seconds, for the labeling rate (fixed in tests)."""
        self.idle_after = idle_after
        """Seconds without a key before documents are read ahead (None: never)."""
        self.faint_below = faint_below
        """Pending candidates the detector scored below this are drawn faint."""
        self.session: AnnotationSession | None = None
        """Set once the corpus and the store are open."""
        self.summary = ""
        """Once the screen is gone, one line for the terminal: where the labels are, how many."""
        self.work: DocumentWork | None = None
        """The document on screen."""
        self.doc_index: int | None = None
        """Its position in the corpus."""
        self.focus_index: int | None = None
        """The focused quote's position in ``work.items``."""
        self.selecting = False
        """Whether a selection for a new quote is being made."""
        self._anchor = 0
        self._cursor = 0
        self._wanted_index: int | None = None
        self._title = ""
        self._mark_list: list[Mark] = []
        self._marks_of: DocumentWork | None = None
        self._list_wanted: bool | None = None
        self._list_shown_by_key = False
        self._early_keys: list[events.Key] | None = []
        """Keys typed while a document loads, to act once it shows (None: none loading)."""
        self._early_keys_dropped = 0
        """Keys typed while a document loads after ``EARLY_KEYS_KEPT`` were kept: lost."""
        self._loading_title = "loading"
        self._notices: dict[tuple[str, str, str], Notification] = {}
        """The latest notification of each message, to show none twice at once."""
        self._last_found: tuple[str, str, int] | None = None
        """(document, words, offset) of the latest find: / enter again finds the next."""

    def compose(self) -> ComposeResult:
        """Progress on top, then list · text · panel, keys at the bottom."""
        yield CorpusProgressBar(id="progress")
        with Horizontal(id="main"):
            yield DocumentList(id="documents")
            yield DocumentText(id="text")
            with Vertical(id="side"):
                yield QuotePanel(id="panel")
        yield Footer(compact=True)

    @property
    def text_view(self) -> DocumentText:
        """The document text widget."""
        return self.query_one("#text", DocumentText)

    @property
    def panel(self) -> QuotePanel:
        """The quote panel."""
        return self.query_one("#panel", QuotePanel)

    @property
    def document_list(self) -> DocumentList:
        """The document list."""
        return self.query_one("#documents", DocumentList)

    # -- loading --------------------------------------------------------------------------------

    def on_mount(self) -> None:
        """Show the loading state and open everything off the event loop."""
        self.text_view.show_placeholder("Opening the corpus and your annotations…")
        self._set_title("loading")
        self.panel.show_message("Loading…")
        self.query_one(CorpusProgressBar).show_progress(None)
        self.text_view.focus()
        # Paint the loading state first: scanning a big corpus in a thread competes for the
        # interpreter, and the annotator should see at once that something is happening.
        self.call_after_refresh(self._open_session)
        self._last_key = time.monotonic()
        self._read_already: set[str] = set()
        if self.idle_after is not None:
            self.set_interval(IDLE_TICK, self._work_ahead)

    def on_key(self, event: events.Key) -> None:
        """Note the time: reading ahead waits until the annotator pauses. While a document
        loads, keep the key for it: enter at start-up was dropped without a word, and N then
        enter accepted a quote of the document being left."""
        self._last_key = time.monotonic()
        if self._early_keys is not None and not self._acts_without_a_document(event.key):
            event.stop()
            event.prevent_default()
            self._keep_early_key(event.key, event.character)

    def _acts_without_a_document(self, key: str) -> bool:
        bindings = self._bindings.key_to_bindings.get(key, ())
        return any(binding.action in WORK_WITHOUT_A_DOCUMENT for binding in bindings)

    def _held_for_the_first_document(self, key: str) -> bool:
        """Keep ``key`` of a priority binding (which never reaches on_key) if the first
        document is still loading; whether it was kept."""
        if self.doc_index is not None or self._early_keys is None:
            return False
        self._keep_early_key(key, key)
        return True

    def _early_keys_waiting(self, waiting: str) -> None:
        """Count the keys waiting in the text view's title."""
        self._set_title(f"{self._loading_title} · {waiting}")

    def _work_ahead(self) -> None:
        """While the annotator pauses, read and detect one document they may open next.

        The next document first (so N is instant), then the listed documents whose progress is
        unknown. One per tick, and never while another worker runs: detection holds the
        interpreter, and keys must stay fast.
        """
        session, index = self.session, self.doc_index
        if session is None or index is None or self.idle_after is None:
            return
        if time.monotonic() - self._last_key < self.idle_after:
            return
        if any(worker.is_running for worker in self.app.workers):
            return
        ids = session.corpus.ids
        listing = self.document_list
        top = int(listing.scroll_offset.y)
        visible = range(top, min(top + listing.size.height, len(ids))) if listing.display else []
        for position in [index + 1, *visible]:
            if not 0 <= position < len(ids) or ids[position] in self._read_already:
                continue
            if session.progress(ids[position]).total is None:
                self._read_already.add(ids[position])  # once: an unreadable one stays unknown
                self._read_ahead(ids[position])
                return

    @work(thread=True, exclusive=True, group="ahead")
    def _read_ahead(self, doc_id: str) -> None:
        assert self.session is not None
        self.session.fill_progress([doc_id])
        self.post_message(ProgressFilled())

    def on_unmount(self) -> None:
        """Mark the document on screen finished if it is (``AnnotationSession.leave``), then
        release the annotator's file (every other change is on disk already)."""
        if self.session is not None:
            unsaved = ""
            try:
                self.session.leave(self.work)
            except (UserError, OSError) as error:  # said after the screen is gone
                unsaved = f"; the finished mark of the last document was not saved ({error})"
            finally:
                self.summary = self._summarize(self.session) + unsaved + self._left_open()
                self.session.annotations.close()

    def _left_open(self) -> str:
        """A line for the summary when the annotator quits in the middle of a document they
        labelled: agreement and review will leave it out, and nothing on the way out said so."""
        work = self.work
        if self.session is None or work is None or not work.labeled:
            return ""
        if self.session.finished(work.doc_id):
            return ""
        open_quotes = sum(item.state in (ItemState.PENDING, ItemState.STALE) for item in work.items)
        still = f" ({counted(open_quotes, 'quote')} still open)" if open_quotes else ""
        return (
            f"\n{work.doc_id} is not finished{still}: agreement, review and export leave your "
            "labels there out until you finish it, or mark it with f"
        )

    def _leave(self, work: DocumentWork | None) -> None:
        """The annotator moved away from ``work``: mark it finished if it is."""
        if self.session is None:
            return
        try:
            self.session.leave(work)
        except (UserError, OSError) as error:
            self.notify(str(error), title="Finished mark not saved", severity="error")

    def _summarize(self, session: AnnotationSession) -> str:
        figures = session.corpus_progress()
        return (
            f"{self.store.path_for(self.annotator)}: {counted(figures.labeled, 'label')} in this "
            f"corpus, {figures.session_labeled} of them this session"
        )

    @work(thread=True, exclusive=True, group="open")
    def _open_session(self) -> None:
        try:
            corpus = (
                self.corpus_source
                if isinstance(self.corpus_source, Corpus)
                else open_corpus(self.corpus_source, skip_bad=True)
            )
            annotations = self.store.open(self.annotator, writable=True)
        except UserError as error:
            self.post_message(SessionFailed(str(error)))
            return
        except OSError as error:  # as the review does: the command line prints it as one line
            where = error.filename if isinstance(error.filename, str) else self.store.root
            self.post_message(SessionFailed(f"{where}: {error.strerror or error}"))
            return
        clock = time.monotonic if self.clock is None else self.clock  # AnnotationSession's default
        session = AnnotationSession(corpus, annotations, detector=self.detector, clock=clock)
        self.post_message(SessionOpened(session))

    @on(SessionOpened)
    def _session_opened(self, message: SessionOpened) -> None:
        self.session = message.session
        for problem in [*self.session.corpus.problems, *self.session.annotations.problems][:3]:
            self.notify(str(problem), title="Skipped a broken line", severity="warning")
        self.document_list.set_documents(self.session.corpus.ids, self.session.progress)
        self._layout_for_width()  # the list's width depends on its ids
        self._refresh_progress()
        self.text_view.show_placeholder("Finding where you left off…")
        self._find_resume_point()

    @work(thread=True, exclusive=True, group="resume")
    def _find_resume_point(self, where_left_off: bool = True) -> None:
        session = self.session
        assert session is not None
        doc_id, position = session.resume_point(where_left_off=where_left_off)
        index = session.corpus.index(doc_id)
        try:
            loaded = session.load(doc_id)
        except Exception as error:  # noqa: BLE001 - shown on screen, the app goes on
            self.post_message(DocumentFailed(index, _describe(error)))
        else:
            nothing_open = session.resumed_with_nothing_open(loaded)
            self.post_message(DocumentLoaded(loaded, index, position, nothing_open))
        # Documents with labels, or marked finished, are the only ones that can be done: learn
        # their progress.
        session.fill_progress(session.documents_to_count())
        self.post_message(ProgressFilled())

    def open_document(self, index: int, focus: str | int | None = None) -> None:
        """Show the document at ``index`` (loading it in a worker), focusing ``focus``."""
        if self.session is None:
            return
        self._wanted_index = index
        self.cancel_selection()
        doc_id = self.session.corpus.ids[index]
        self.document_list.set_current(index)
        if self.work is None or self.work.doc_id != doc_id:
            self._loading_title = f"{doc_id} · loading…"
            self._set_title(self._loading_title)
            if self._early_keys is None:
                self._early_keys = []
        self._load_document(index, focus)

    @work(thread=True, exclusive=True, group="document")
    def _load_document(self, index: int, focus: str | int | None) -> None:
        session = self.session
        assert session is not None
        try:
            loaded = session.load(session.corpus.ids[index])
        except Exception as error:  # noqa: BLE001 - a bad document or a detector bug: shown
            if not get_current_worker().is_cancelled:
                self.post_message(DocumentFailed(index, _describe(error)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(DocumentLoaded(loaded, index, focus))

    @on(DocumentLoaded)
    def _document_loaded(self, message: DocumentLoaded) -> None:
        if self._wanted_index is not None and message.index != self._wanted_index:
            return  # the annotator has moved on to another document meanwhile
        self._wanted_index = None
        first_show = self.work is None or self.work.doc_id != message.work.doc_id
        if first_show:
            self._leave(self.work)
        self.work, self.doc_index = message.work, message.index
        if isinstance(message.focus, str):
            self.focus_index = message.work.index_of(message.focus)
        elif isinstance(message.focus, int):
            self.focus_index = message.focus
        else:
            self.focus_index = message.work.first_open()
        if self.focus_index is None and message.work.items:
            self.focus_index = 0
        self._clamp_focus()
        self.document_list.set_current(message.index)
        self._show_work(scroll=True)
        if self._early_keys is not None:
            self._replay_early_keys()
        if message.nothing_open:
            # Else g, or a reopened session, landed on the first document without a word.
            self.notify(
                "No quote is left open in a document not finished: this is the first document.",
                timeout=6,
            )
        stale = message.work.stale
        if first_show and stale:
            self.notify(
                f"{counted(stale, 'label')} no longer {'fits' if stale == 1 else 'fit'}: the text"
                " changed since. n and p reach them (STALE in the panel); d deletes one.",
                title="Document changed",
                severity="warning",
                timeout=8,
            )

    @on(DocumentFailed)
    def _document_failed(self, message: DocumentFailed) -> None:
        if self._wanted_index is not None and message.index != self._wanted_index:
            return
        self._wanted_index = None
        self._leave(self.work)
        self.work, self.doc_index, self.focus_index = None, message.index, None
        self.document_list.set_current(message.index)
        self.text_view.show_placeholder(f"Cannot show this document: {message.message}")
        doc_id = self.session.corpus.ids[message.index] if self.session is not None else ""
        self._set_title(f"{doc_id} · unreadable")
        self.panel.show_message(message.message)
        self._refresh_progress()  # the line on top names this document, not the one before
        if self._early_keys:
            self.notify(
                f"{counted(len(self._early_keys), 'key')} typed while loading did nothing: "
                "this document cannot be shown.",
                severity="warning",
            )
        self._early_keys = None
        self._early_keys_dropped = 0

    @on(ProgressFilled)
    def _progress_filled(self) -> None:
        self._refresh_progress()
        self.document_list.refresh()

    # -- drawing --------------------------------------------------------------------------------

    def _mark_kind(self, item: WorkItem) -> str:
        state = item.state
        if state is ItemState.PENDING:
            return "pending" if item.score >= self.faint_below else "faint"
        return _STATE_MARK[state]

    def _mark_of(self, item: WorkItem) -> Mark:
        if item.state is ItemState.STALE:
            # Its offsets point into the old text: highlighting there would show wrong words.
            # An empty mark keeps the list aligned with the items (and in order).
            return Mark(item.start, item.start, "stale")
        return Mark(item.start, item.end, self._mark_kind(item))

    def _marks(self, work: DocumentWork) -> list[Mark]:
        return [self._mark_of(item) for item in work.items]

    def _show_work(self, *, scroll: bool = False, changed: int | None = None) -> None:
        """Redraw the text's highlights, the panel and the counts after a change.

        ``changed`` is the position of the one item that changed (its place in the order and
        the number of items unchanged): only its mark is remade, which keeps a keystroke on a
        document with thousands of quotes fast.
        """
        work = self.work
        if work is None:
            return
        marks = self._mark_list
        span: tuple[int, int] | None = None
        if (
            changed is not None
            and self._marks_of is work
            and len(marks) == len(work.items)
            and 0 <= changed < len(marks)
        ):
            item, old = work.items[changed], marks[changed]
            marks[changed] = self._mark_of(item)
            span = (min(old.start, item.start), max(old.end, item.end))
        else:
            marks = self._mark_list = self._marks(work)
            self._marks_of = work
        self.text_view.show(work.document.text, marks, presorted=True, changed=span)
        self._show_focus(scroll=scroll)
        self._refresh_title()
        self._refresh_progress()
        self.document_list.refresh_row(self.doc_index)

    def _show_focus(self, *, scroll: bool = True) -> None:
        work = self.work
        if work is None:
            return
        item = self.focused_item
        if item is None:
            self.text_view.set_focus(None)
            if work.document.is_empty and not work.items:
                self.panel.show_message(EMPTY_DOCUMENT)
            else:
                self.panel.show_item(None)
            return
        assert self.focus_index is not None
        self.panel.show_item(item, self.focus_index + 1, len(work.items), work.document.text)
        if item.state is ItemState.STALE:
            # Nothing to mark: its words are gone. Show about where they were.
            self.text_view.set_focus(None)
            if scroll:
                self.text_view.scroll_to_offset(min(item.start, len(work.document.text)))
            return
        mentions = [
            Mark(start, end, kind)
            for kind in ("speaker", "source", "cue")
            for start, end in item.spans(kind)
        ]
        self.text_view.set_focus((item.start, item.end), mentions, self._mark_kind(item))
        if scroll:
            self.text_view.scroll_to_offset(item.start, item.end)

    def _refresh_title(self) -> None:
        work = self.work
        if work is None or self.session is None or self.doc_index is None:
            return
        progress = self.session.progress(work.doc_id)
        # The counts live in the progress line: a title change redraws the whole text view.
        states = ""
        if work.document.is_empty:
            states += " · empty document"
        elif not work.items:
            # '✓ done' read as nothing left to do, but such a document counts nowhere until f
            # says it holds no quote (the panel says so).
            states += " · no quote found"
        elif progress.done:
            states += " · ✓ done"
        if self.session.finished(work.doc_id):
            states += " · finished"
        if work.stale:
            states += f" · ⚠ {work.stale} stale"  # why: the notification, the panel
        # A long id is cut in the middle, not the states at the end: the border cut 'finished'
        # off a long id at 80 columns. (Corners, dashes and spaces take six cells.)
        room = max(self.text_view.outer_size.width - 6 - cell_width(states), MIN_TITLE_ID)
        doc_id = work.doc_id
        if self.text_view.outer_size.width and cell_width(doc_id) > room:
            doc_id = shorten_middle(doc_id, room)
        self._set_title(doc_id + states)

    def _set_title(self, title: str) -> None:
        """Title the text view with plain text (a document id is data, never markup)."""
        if title != self._title:  # setting it, even unchanged, redraws the whole view
            self._title = title
            # A file name may hold ESC: drawn raw, the terminal would act on it.
            self.text_view.border_title = Content(displayable(title))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notify with plain text by default: messages quote ids, paths and document text, whose
        control characters are shown, not sent to the terminal. A message already on screen is
        not shown twice: n held at the last quote stacked five copies over the text and panel."""
        if not markup:
            message = displayable(message)
        key = (message, title, severity)
        shown = self._notices.get(key)
        on_screen = self.app._notifications  # noqa: SLF001 - Textual has no public reader
        if shown is not None and not shown.has_expired and shown in on_screen:
            return
        if timeout is None:
            timeout = self.app.NOTIFICATION_TIMEOUT
        notice = Notification(message, title, severity, timeout, markup=markup)
        self._notices = {seen: old for seen, old in self._notices.items() if not old.has_expired}
        self._notices[key] = notice
        self.app.post_message(Notify(notice))  # what App.notify does with its arguments

    def _refresh_progress(self) -> None:
        if self.session is not None:
            current = None if self.doc_index is None else self.doc_index + 1
            document = None if self.work is None else self.session.progress(self.work.doc_id)
            self.query_one(CorpusProgressBar).show_progress(
                self.session.corpus_progress(), current, document
            )

    @property
    def focused_item(self) -> WorkItem | None:
        """The focused work item, or None."""
        if self.work is None or self.focus_index is None:
            return None
        if not 0 <= self.focus_index < len(self.work.items):
            return None
        return self.work.items[self.focus_index]

    def _clamp_focus(self) -> None:
        if self.work is None or not self.work.items:
            self.focus_index = None
        elif self.focus_index is not None:
            self.focus_index = min(max(self.focus_index, 0), len(self.work.items) - 1)

    def on_resize(self) -> None:
        """Hide the document list on a narrow terminal unless asked for."""
        self._layout_for_width()
        self.call_after_refresh(self._refresh_title)  # the text view's width has changed

    def _layout_for_width(self) -> None:
        wide = self.size.width >= NARROW
        show_list = wide if self._list_wanted is None else self._list_wanted
        listing = self.document_list
        listing.display = show_list
        side = self.query_one("#side")
        side.styles.width = SIDE_WIDTH if wide else NARROW_SIDE_WIDTH
        self.set_class(not wide, "-narrow")  # messages as narrow as the panel they sit over
        list_width = LIST_WIDTH
        if wide:
            # At 200 columns the list still cut long ids to 30 while the text ran 130 wide.
            room = self.size.width - SIDE_WIDTH - TEXT_KEEPS
            list_width = max(LIST_WIDTH, min(listing.width_for_every_id(), room))
        listing.styles.width = list_width
        if wide:
            # At 200 columns the text ran 120 wide, lines too long to read easily, beside a
            # panel that wrapped a long quote at 38: the panel takes what the text can spare.
            spare = self.size.width - (list_width if show_list else 0) - TEXT_READS
            side.styles.width = min(max(spare, SIDE_WIDTH), WIDEST_SIDE)
        # List, text and panel left the text 20 columns at 80: while a document is being
        # chosen there, the quote's panel steps aside.
        side.display = wide or not show_list

    # -- moving ---------------------------------------------------------------------------------

    def _focus_quote(self, index: int) -> None:
        self.focus_index = index
        self._clamp_focus()
        self._show_focus()

    def action_next_quote(self) -> None:
        """Focus the next quote."""
        if self.selecting:
            raise SkipAction()
        if self.work is not None and not self.work.items:
            self._say_no_quote()
            return
        if self.work is None or self.focus_index is None:
            return
        if self.focus_index + 1 >= len(self.work.items):
            self.notify("Last quote of this document: N opens the next one.", timeout=3)
            return
        self._focus_quote(self.focus_index + 1)

    def action_previous_quote(self) -> None:
        """Focus the previous quote."""
        if self.selecting:
            raise SkipAction()
        if self.work is not None and not self.work.items:
            self._say_no_quote()
            return
        if self.work is None or self.focus_index is None:
            return
        if self.focus_index == 0:
            self.notify("First quote of this document: P opens the previous one.", timeout=3)
            return
        self._focus_quote(self.focus_index - 1)

    def action_first_quote(self) -> None:
        """Focus the document's first quote."""
        if self.work is not None and self.work.items:
            self._focus_quote(0)

    def action_last_quote(self) -> None:
        """Focus the document's last quote."""
        if self.work is not None and self.work.items:
            self._focus_quote(len(self.work.items) - 1)

    @property
    def _heading_for(self) -> int | None:
        """The document being opened, else the one on screen: N N N moves three, even while
        the first is still loading."""
        return self._wanted_index if self._wanted_index is not None else self.doc_index

    def action_next_document(self) -> None:
        """Open the next document."""
        if self._held_for_the_first_document("N"):
            return
        index = self._heading_for
        if self.session is None or index is None:
            return
        if index + 1 >= len(self.session.corpus):
            self.notify(self._last_document_message(index), timeout=5)
            return
        self.open_document(index + 1)

    def _last_document_message(self, index: int) -> str:
        """What N says on the last document: whether work is left behind, since "the last
        document" alone read as the end of the corpus's work when earlier ones were open."""
        assert self.session is not None
        left = self.session.not_finished_before(index)
        if not left:
            return "Last document; every earlier document is finished."
        return (
            f"Last document; {counted(left, 'earlier document')} {are(left)} not finished: "
            "g goes to the first open quote."
        )

    def action_previous_document(self) -> None:
        """Open the previous document."""
        if self._held_for_the_first_document("P"):
            return
        index = self._heading_for
        if self.session is None or index is None:
            return
        if index == 0:
            self.notify("This is the first document.", timeout=3)
            return
        self.open_document(index - 1)

    def action_first_open(self) -> None:
        """Go to the first open quote of this document (unless finished, or focused already),
        else of the first document with open work."""
        if self._held_for_the_first_document("g"):
            return
        work, session = self.work, self.session
        if work is not None and session is not None and self._wanted_index is None:
            first = None if session.finished(work.doc_id) else work.first_open()
            if first is not None and first != self.focus_index:
                # The last quote's message says g goes to the quotes skipped above; it went
                # to an earlier document instead whenever one was left open.
                self._focus_quote(first)
                self.notify("First open quote of this document: g again goes to the corpus's.")
                return
        if self.session is not None:
            if self._early_keys is None:
                self._early_keys = []  # until the document found shows
            self._loading_title = "finding the first open quote…"
            self._set_title(self._loading_title)
            self._find_resume_point(where_left_off=False)

    def action_find(self) -> None:
        """Ask for words, then go to the next place after the focused quote (or the last
        place found) that holds them: the quote there, else the words selected."""
        if self._early_keys is not None:
            # Bound with priority, it never reaches on_key: kept for the document loading.
            self._keep_early_key("slash", "/")
            return
        if self.work is None:
            return
        words = self._last_found[1] if self._last_found is not None else ""
        self.app.push_screen(FindModal(words, self._hold_key_after_prompt), self._found)

    def _found(self, words: str | None) -> None:
        """Find ``words`` (the prompt's answer), then let the keys typed after its enter act."""
        try:
            self._find(words)
        finally:
            self._replay_keys_after_prompt()

    def _find(self, words: str | None) -> None:
        work = self.work
        if not words or work is None:
            return
        text = work.document.text
        last = self._last_found
        item = self.focused_item
        if last is not None and last[:2] == (work.doc_id, words):
            after = last[2] + 1
        else:
            after = item.start + 1 if item is not None else 0
        found = find_words(text, words, after)
        wrapped = found is not None and found[0] < after
        if found is None:
            self._last_found = None
            self.notify(f"“{words}” is not in this document.", timeout=3)
            return
        start, end = found
        self._last_found = (work.doc_id, words, start)
        self.cancel_selection()
        again = " (from the top)" if wrapped else ""
        holding = self._quote_holding(start)
        if holding is not None:
            self._focus_quote(holding)
            self.notify(
                f"“{words}” found in quote {holding + 1} of {len(work.items)}{again}; "
                "/ enter finds the next.",
                timeout=4,
            )
            return
        # Words no quote holds are what a search is most often for: a quote the detector
        # missed. Selected, a adds them; esc lets them be.
        self.selecting = True
        self._anchor, self._cursor = start, end
        self._show_selection()
        self.notify(
            f"“{words}” found outside any quote{again}: selected, a adds it as a quote, "
            "esc cancels; / enter finds the next.",
            timeout=5,
        )

    def _quote_holding(self, offset: int) -> int | None:
        """The shortest quote (not stale: its offsets mean nothing) holding ``offset``."""
        work = self.work
        if work is None:
            return None
        best: int | None = None
        for index, item in enumerate(work.items):
            if item.state is ItemState.STALE or not item.start <= offset < item.end:
                continue
            if (
                best is None
                or item.end - item.start < work.items[best].end - work.items[best].start
            ):
                best = index
        return best

    @on(DocumentList.DocumentChosen)
    def _document_chosen(self, message: DocumentList.DocumentChosen) -> None:
        self._leave_list()
        showing = self.work is not None and self._wanted_index is None
        if showing and message.index == self.doc_index:
            # The list opens on the current document: enter there read it again and moved the
            # focus back to its first open quote, losing the annotator's place.
            return
        self.open_document(message.index)

    @on(DocumentList.Dismissed)
    def _list_dismissed(self) -> None:
        self._leave_list()

    def _leave_list(self) -> None:
        """Back to the text; the list hides again if ``l`` showed it."""
        if self._list_shown_by_key:
            self._list_shown_by_key = False
            self._list_wanted = None
            self._layout_for_width()
            self.call_after_refresh(self._refresh_title)
        self.text_view.focus()

    @on(DocumentText.OffsetClicked)
    def _offset_clicked(self, message: DocumentText.OffsetClicked) -> None:
        self.cancel_selection()
        if self.work is not None:
            index = self.work.item_at(message.offset)
            if index is not None:
                self.focus_index = index
                self._show_focus(scroll=False)

    # -- labeling -------------------------------------------------------------------------------

    def _apply(
        self,
        change: Callable[[AnnotationSession, DocumentWork, int], DocumentWork],
        *,
        advance: bool = False,
        seen: bool = False,
    ) -> bool:
        """Run a session action on the focused quote, then redraw. The store is written first.
        ``seen``: the annotator saw the quote just before (a prompt answered for it)."""
        if self.session is None or self.work is None or self._refused_while_selecting():
            return False
        if self.focused_item is None:
            self._say_no_quote()
            return False
        if not seen and self._brought_into_view():
            return False
        assert self.focus_index is not None
        before, count = self.focus_index, len(self.work.items)
        item_id = self.work.items[before].id
        try:
            updated = change(self.session, self.work, self.focus_index)
        except (UserError, ValueError, OSError) as error:
            self.notify(str(error), title="Not saved", severity="error")
            return False
        self.work = updated
        found = updated.index_of(item_id)
        if found is not None:
            self.focus_index = found
        self._clamp_focus()
        in_place = found == before and len(updated.items) == count
        if advance and self.focus_index is not None:
            if self.focus_index + 1 < len(updated.items):
                self.focus_index += 1
            elif updated.done:
                self.notify("Document done. N opens the next one.", timeout=3)
            else:
                # Quotes skipped with n are easy to forget: the last one is not the end.
                left = sum(
                    item.state in (ItemState.PENDING, ItemState.STALE) for item in updated.items
                )
                self.notify(
                    f"Last quote of this document, but {counted(left, 'quote')} above "
                    f"{'is' if left == 1 else 'are'} still open: g goes to the first.",
                    timeout=4,
                )
        self._show_work(scroll=True, changed=before if in_place else None)
        return True

    def _brought_into_view(self) -> bool:
        """If the focused quote is scrolled out of view (page keys, the mouse wheel), scroll to
        it and say so instead of labeling it: enter accepted words the annotator could not
        see. Whether it was out of view; the same key again then acts on it."""
        item, work = self.focused_item, self.work
        if item is None or work is None or item.state is ItemState.STALE:
            return False  # a stale quote's words are gone: the panel is what shows it
        if not self.text_view.scrollable_content_region.height:
            return False  # not laid out yet: nothing is in view, nor scrolled away from
        if self._in_view(item.start, item.end):
            return False
        assert self.focus_index is not None
        self._show_focus(scroll=True)
        self.notify(
            f"Quote {self.focus_index + 1} was out of view: here it is, unchanged. "
            "The same key again labels it.",
            timeout=4,
        )
        return True

    def _say_no_quote(self) -> None:
        """A key that labels a quote, in a document without one: it did nothing, without a
        word (the panel's hint is easy to miss while looking at the text)."""
        assert self.work is not None
        if not self.work.document.text.strip():
            self.notify("This document is empty: N opens the next one.", timeout=3)
        else:
            self.notify(
                "No quote here to label: v selects words the detector missed, "
                "f marks the document finished, N opens the next one.",
                timeout=4,
            )

    def action_accept(self) -> None:
        """Accept the focused quote with its current fields, then move to the next; while
        words are selected, add them instead (enter is what one presses to confirm them)."""
        if self.selecting:
            self.action_add_quote()
            return
        self._apply(lambda session, work, index: session.accept(work, index), advance=True)

    def _refused_while_selecting(self) -> bool:
        """Whether words are selected, said if so: a key that labels the focused quote would
        act on it, not on the selection, which it would leave up (s typed to name the speaker
        of the words just selected changed, and accepted, the quote before them)."""
        if self.selecting:
            self.notify("Words are selected: a or enter adds them, esc cancels", timeout=4)
        return self.selecting

    def action_reject(self) -> None:
        """Reject the focused quote (not a quote), or accept it again if rejected; refused
        while words are selected, which it would leave up and which are not what it rejects."""
        self._apply(lambda session, work, index: session.toggle_reject(work, index), advance=True)

    def action_confidence(self, level: int) -> None:
        """Set the focused quote's confidence."""
        self._apply(lambda session, work, index: session.set_confidence(work, index, level))

    def action_cycle_type(self) -> None:
        """Step the type: direct, indirect, mixed."""
        self._apply(lambda session, work, index: session.cycle_type(work, index))

    def action_cycle_source_kind(self) -> None:
        """Step the source's kind: outlet, event, publication, social, other."""
        item = self.focused_item
        if item is not None and not self.selecting and self._brought_into_view():
            return
        if item is not None and item.source is None and not self.selecting:
            # Said here rather than as a failed save: the way out is a key, o.
            self.notify("This quote has no source: o names one, then O sets its kind.", timeout=4)
            return
        self._apply(lambda session, work, index: session.cycle_source_kind(work, index))

    def action_clear_label(self) -> None:
        """Delete the focused quote's label."""
        item = self.focused_item
        if item is not None and not self.selecting and self._brought_into_view():
            return
        if item is not None and item.quote is None and not self.selecting:
            # A suggestion nobody labelled has nothing to delete: d did nothing, without a word.
            self.notify("This quote has no label to delete: x rejects it.", timeout=3)
            return
        self._apply(lambda session, work, index: session.clear(work, index))

    def action_set_cue(self) -> None:
        """Make the selected words the focused quote's cue."""
        if self.work is None:
            return
        if not self.selecting:
            self.notify(
                "Select the cue's words first: v (then w, b, ← →) or drag the mouse, then c."
                " C clears the cue.",
                timeout=5,
            )
            return
        if self.focused_item is None:
            self._say_no_quote()
            return
        low, high = sorted((self._anchor, self._cursor))
        if not self.work.document.text[low:high].strip():
            self.notify(
                "The selection holds no words: w or → takes in more, esc cancels.", timeout=4
            )
            return
        self.cancel_selection()
        # Seen: the quote may have scrolled away while selecting; the message names it.
        if self._apply(
            lambda session, work, index: session.set_cue(work, index, (low, high)), seen=True
        ):
            self._say_cue()

    def action_clear_cue(self) -> None:
        """Clear the focused quote's cue."""
        item = self.focused_item
        if (
            self.work is not None
            and item is not None
            and not self.selecting
            and item.cue_words(self.work.document.text) is None
        ):
            self.notify("This quote has no cue to clear: select its words, then c.", timeout=3)
            return
        if self._apply(lambda session, work, index: session.set_cue(work, index, None)):
            self._say_cue()

    def _say_cue(self) -> None:
        item, work = self.focused_item, self.work
        if item is None or work is None or self.focus_index is None:
            return
        cue = item.cue_words(work.document.text)
        said = f"“{displayable(cue)}”" if cue else "none"
        self.notify(f"Cue of quote {self.focus_index + 1}: {said}", timeout=3)

    def action_move_edge(self, edge: str, step: int, unit: str) -> None:
        """Move the focused quote's start or end by a word, a character or a line."""
        if unit == "line" and self.selecting:
            raise SkipAction()  # the same keys move the selection's edges
        item = self.focused_item
        before = None if item is None else (item.id, item.start, item.end)

        def change(session: AnnotationSession, work: DocumentWork, index: int) -> DocumentWork:
            if unit != "line":
                return session.adjust_span(work, index, edge, step, unit)
            moving = work.items[index]
            target = self._edge_a_line_away(moving.start, moving.end, edge, step)
            current = moving.start if edge == "start" else moving.end
            return session.adjust_span(work, index, edge, target - current, "char")

        moved = self._apply(change)
        after = self.focused_item
        if moved and after is not None and (after.id, after.start, after.end) == before:
            # The session leaves a span that cannot move as it is; the key seemed dead.
            self.notify(_EDGE_STUCK[edge, step > 0], timeout=3)

    def _edge_a_line_away(self, start: int, end: int, edge: str, step: int) -> int:
        """Where the ``edge`` of ``[start, end)`` lands ``step`` (±1) lines down, at the same
        column of the text as drawn, taking in (or leaving out) the whole word there. Lines
        that would leave it where it is (a blank line between paragraphs) are passed over,
        and past the first or last line it goes to the text's first or last word; a quote
        is never emptied: it keeps its last (or first) word."""
        assert self.work is not None
        text = self.work.document.text
        view = self.text_view
        if edge == "start":
            line, column = view.line_of(start), view.column_of(start)
        else:
            last = max(end - 1, start)
            line, column = view.line_of(last), view.column_of(last) + 1
        current = start if edge == "start" else end
        target = current
        line += step
        while 0 <= line < view.line_count:
            target = word_edge_near(text, view.offset_on_line(line, column), edge)
            if (target - current) * step > 0:
                break
            line += step
        else:  # no line left that way: as far as the text goes
            target = word_edge_near(text, len(text) if step > 0 else 0, edge)
        if edge == "start" and target >= end:
            target = word_boundaries(text, end, -1, "start")
        elif edge == "end" and target <= start:
            target = word_boundaries(text, start, 1, "end")
        return target

    def _edit_field(self, kind: str, title: str) -> None:
        if self._early_keys is not None:
            # Bound with priority, it never reaches on_key: kept here, the name after it there,
            # for the document loading (else it would edit a quote of the one being left).
            key = {"speaker": "s", "source": "o", "note": "m"}[kind]
            self._keep_early_key(key, key)
            return
        if self.session is None or self.work is None:
            return
        if self.selecting:
            # s typed to name the speaker of words just selected edited (and accepted) the
            # quote before them. The words become the quote the prompt is for; the name typed
            # straight after s goes into the prompt, as ever.
            self.action_add_quote()
            if self.selecting:  # refused, and said why
                return
        item = self.focused_item
        if item is None:
            self._say_no_quote()
            return
        if self._brought_into_view():
            return
        doc_id, item_id = self.work.doc_id, item.id
        names = self.session.names(kind, self.work) if kind != "note" else []
        current = item.note if kind == "note" else getattr(item, kind)

        def chosen(value: str | None) -> None:
            try:
                apply_choice(value)
            finally:
                self._replay_keys_after_prompt()

        def apply_choice(value: str | None) -> None:
            if value is None or self.work is None or self.work.doc_id != doc_id:
                return
            index = self.work.index_of(item_id)
            if index is None:
                return
            self.focus_index = index
            setter = {
                "speaker": AnnotationSession.set_speaker,
                "source": AnnotationSession.set_source,
                "note": AnnotationSession.set_note,
            }[kind]
            self._apply(
                lambda session, work, position: setter(session, work, position, value), seen=True
            )

        self.app.push_screen(
            EditFieldModal(
                title,
                current,
                names,
                dock=self._prompt_dock(item),
                keys_after_enter=self._hold_key_after_prompt,
            ),
            chosen,
        )

    def _replay_keys_after_prompt(self) -> None:
        """Let the keys typed after a prompt's enter act, now its answer is in (unless a
        document is loading: they wait for it, as every key does then)."""
        if self._wanted_index is None and self._early_keys is not None:
            self._replay_early_keys()
            self._refresh_title()  # a key held meanwhile counted itself there

    def _hold_key_after_prompt(self, key: events.Key) -> None:
        """Keep a key typed in one burst after the enter that closes a prompt, to act once
        the answer is saved: it went into the closing prompt, lost ('s Zed enter n' named the
        speaker but never moved on)."""
        if self._early_keys is None:
            self._early_keys = []
        self._early_keys.append(events.Key(key.key, key.character))

    def _prompt_dock(self, item: WorkItem) -> str:
        """Where a prompt for ``item`` leaves its first line in sight: below it when that line
        is in the upper half of the text view, else above it."""
        view = self.text_view
        row = view.line_of(item.start) - int(view.scroll_offset.y)
        return "bottom" if row < view.scrollable_content_region.height / 2 else "top"

    def action_edit_speaker(self) -> None:
        """Edit the speaker, with names from this document and the store."""
        self._edit_field("speaker", "Speaker (who said it)")

    def action_edit_source(self) -> None:
        """Edit the source, with names from this document and the store."""
        self._edit_field("source", "Source (through whom it reached the article)")

    def action_edit_note(self) -> None:
        """Edit the free-text note."""
        self._edit_field("note", "Note")

    # -- undo -----------------------------------------------------------------------------------

    def _after_history(self, touched: tuple[str, str] | None, verb: str) -> None:
        if self.session is None:
            return
        if touched is None:
            self.notify(f"Nothing to {verb}.", timeout=2)
            return
        doc_id, quote_id = touched
        if self.work is not None and self.work.doc_id == doc_id:
            found = self.work.index_of(quote_id)  # the session updated it in place
            if found is not None:
                self.focus_index = found
            self._clamp_focus()
            self._show_work(scroll=True)
            # Else an undo in the same document went by without a word: after f, u took back
            # the label before it (the finished mark is no change undo reaches) unnoticed.
            done = "Undone" if verb == "undo" else "Redone"
            if found is None:
                self.notify(f"{done}: the quote added by hand is gone.", timeout=3)
            else:
                state = self.work.items[found].state.value
                where = f"quote {found + 1} of {len(self.work.items)}"
                self.notify(f"{done}: {where}, now {state}.", timeout=3)
        elif doc_id in self.session.corpus:
            self.notify(f"{verb.title()}: a change in {doc_id}", timeout=3)
            self.open_document(self.session.corpus.index(doc_id), quote_id)
        else:
            self.notify(f"{verb.title()}: a change in {doc_id}, which is not in this corpus")
            self._refresh_progress()

    def action_undo(self) -> None:
        """Undo the latest change (in any document, even from an earlier session)."""
        if self.session is None:
            return
        try:
            touched = self.session.undo(self.work)
        except (UserError, OSError) as error:
            self.notify(str(error), title="Undo failed", severity="error")
            return
        self._after_history(touched, "undo")

    def action_redo(self) -> None:
        """Redo the latest undone change."""
        if self.session is None:
            return
        try:
            touched = self.session.redo(self.work)
        except (UserError, OSError) as error:
            self.notify(str(error), title="Redo failed", severity="error")
            return
        self._after_history(touched, "redo")

    # -- adding a missed quote ------------------------------------------------------------------

    def _show_selection(self) -> None:
        self.text_view.selection = (self._anchor, self._cursor) if self.selecting else None
        if self.selecting:
            self.text_view.scroll_to_offset(self._cursor)
            low, high = sorted((self._anchor, self._cursor))
            self.text_view.border_subtitle = (
                f"{counted(high - low, 'char')} · a or enter adds · esc cancels"
            )
        else:
            self.text_view.border_subtitle = ""

    def _in_view(self, start: int, end: int) -> bool:
        """Whether any line of ``[start, end)`` is on screen in the text view."""
        view = self.text_view
        top = int(view.scroll_offset.y)
        bottom = top + max(view.scrollable_content_region.height, 1) - 1
        return view.line_of(start) <= bottom and view.line_of(max(end - 1, start)) >= top

    def action_start_selection(self) -> None:
        """Start selecting at the word after the focused quote, or at the first word in view
        when the quote is scrolled out of it (the page keys, the mouse wheel)."""
        if self.work is None:
            return
        text = self.work.document.text
        if not text.strip():
            # Else v made a one-character selection past the end of the text, and a said only
            # that the selection was empty.
            self.notify("This document has no words to select.", timeout=3)
            return
        item = self.focused_item
        if item is not None and self._in_view(item.start, item.end):
            start = word_boundaries(text, item.end, 1, "start")
            if start == item.end and not text[item.end : item.end + 1].strip():
                start = item.end
        else:
            # The annotator scrolled to read on: the selection starts where they are reading,
            # not back at the focused quote, which pulled the view away.
            top = int(self.text_view.scroll_offset.y)
            start = self.text_view.line_range(top)[0]
            if not text[start : start + 1].strip():
                start = word_boundaries(text, start, 1, "start")
        start = min(start, max(len(text) - 1, 0))
        self.selecting = True
        self._anchor = start
        self._cursor = max(word_boundaries(text, start, 1, "end"), start + 1)
        self._show_selection()

    def action_select_by(self, step: int, unit: str) -> None:
        """Move the selection's end by a character, a word or a line."""
        if not self.selecting or self.work is None:
            raise SkipAction()
        text = self.work.document.text
        if unit == "char":
            cursor = self._cursor + step
        elif unit == "word":
            cursor = word_boundaries(text, self._cursor, step, "end")
        else:
            view = self.text_view
            line = view.line_of(self._cursor) + step
            cursor = view.offset_on_line(line, view.column_of(self._cursor))
        self._cursor = min(max(cursor, 0), len(text))
        self._show_selection()

    def action_select_start_by(self, step: int, unit: str = "word") -> None:
        """Move the selection's start by a word, or by a line (to a word's start)."""
        if not self.selecting or self.work is None:
            raise SkipAction()
        text = self.work.document.text
        if unit == "word":
            moved = word_boundaries(text, self._anchor, step, "start")
        else:
            view = self.text_view
            line = view.line_of(self._anchor) + step
            if not 0 <= line < view.line_count:
                return
            moved = word_edge_near(
                text, view.offset_on_line(line, view.column_of(self._anchor)), "start"
            )
        self._anchor = moved
        self._show_selection()

    @on(DocumentText.TextSelected)
    def _mouse_selected(self, message: DocumentText.TextSelected) -> None:
        self.selecting = True
        self._anchor, self._cursor = message.start, message.end
        self._show_selection()

    def cancel_selection(self) -> None:
        """Forget the selection."""
        if self.selecting:
            self.selecting = False
            self._show_selection()

    def action_cancel_selection(self) -> None:
        """Cancel the selection."""
        if not self.selecting:
            raise SkipAction()
        self.cancel_selection()

    def action_add_quote(self) -> None:
        """Add the selected words as a quote the detector missed."""
        if self.session is None or self.work is None:
            return
        if not self.selecting:
            self.notify("Select the words first: v (then arrows, w, b) or drag the mouse.")
            return
        low, high = sorted((self._anchor, self._cursor))
        if not self.work.document.text[low:high].strip():
            # The session refuses it too, but its "the selection is empty" left the annotator
            # looking at a selection on screen with no way forward named.
            self.notify(
                "The selection holds no words: w or → takes in more, esc cancels.", timeout=4
            )
            return
        existing = self.work.item_spanning(low, high)
        if existing is not None:
            # A drag over a highlighted quote added a copy of it by hand, and the suggestion
            # under the copy stayed pending, so the document could not be done.
            self.cancel_selection()
            self._focus_quote(existing)
            item = self.work.items[existing]
            then = ": enter accepts it, x rejects it" if item.state is ItemState.PENDING else ""
            self.notify(
                f"These words are quote {existing + 1} already ({item.state.value}){then}.",
                timeout=4,
            )
            return
        try:
            self.work, quote_id = self.session.add_quote(self.work, low, high)
        except (UserError, ValueError, OSError) as error:
            self.notify(str(error), title="Not added", severity="error")
            return
        self.focus_index = self.work.index_of(quote_id)
        self.cancel_selection()
        self._show_work(scroll=True)

    # -- the rest -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The screen's keys rest while the document list has focus: delete or ctrl+z there
        acted on the quote behind it, and the footer offered keys that type an id."""
        try:
            listing = self.document_list
        except NoMatches:
            return True
        return not listing.has_focus

    def action_open_list(self) -> None:
        """Go to the document list (shown for the while on a narrow terminal), its cursor on
        the document being annotated."""
        listing = self.document_list
        if not listing.display:
            self._list_shown_by_key = True
            self._list_wanted = True
            self._layout_for_width()
            self.call_after_refresh(self._refresh_title)
        listing.focus()

    def action_help(self) -> None:
        """Show every key."""
        self.app.push_screen(HelpModal(HELP_SECTIONS))

    def action_toggle_finished(self) -> None:
        """Mark the document finished, or take the mark back (saved at once)."""
        if self.session is None or self.work is None:
            return
        work = self.work
        finished = not self.session.finished(work.doc_id)
        try:
            self.session.set_finished(work.doc_id, finished)
        except (UserError, OSError) as error:
            self.notify(str(error), title="Not saved", severity="error")
            return
        if not finished:
            message = "Not finished: agreement, review and export leave your labels here out."
        elif work.done:
            message = "Finished: agreement, review and export count you on this document."
        else:
            left = sum(item.state in (ItemState.PENDING, ItemState.STALE) for item in work.items)
            message = (
                f"Finished, with {counted(left, 'quote')} still open: agreement counts "
                f"{'it' if left == 1 else 'them'} as no quote of yours."
            )
        # u does not reach the mark (it undoes labels): name the key that does.
        self.notify(f"{message} f again takes it back.", timeout=4)
        self._refresh_title()
        self._refresh_progress()
        self.document_list.refresh_row(self.doc_index)

    def action_quit(self) -> None:
        """Leave: every change is already on disk."""
        self.app.exit()
