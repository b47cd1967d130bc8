"""The review screen: walk through each disagreement between annotators and settle it.

The screen owns the state (the disagreements found so far, which are settled, where the reviewer
is) and calls :class:`annotator.adjudication.Adjudication`, which writes every decision to the gold
file before returning. A thread worker opens the files and scans the documents in order, merging
unanimous quotes as it goes, and reports batches back with messages: the first disagreement is on
screen as soon as its document is scanned, while the rest are still being found.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Key
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, Static
from textual.worker import get_current_worker

from annotator.adjudication import EDITED, Adjudication, Disagreement, fields_to_decide
from annotator.corpus import Corpus
from annotator.errors import UserError
from annotator.records import QuoteAnnotation, SourceKind, Status
from annotator.session import source_kind_named
from annotator.store import AnnotationStore
from annotator.tui.screens.early_keys import EarlyKeys
from annotator.tui.screens.typed_ahead import TypedAheadKeys
from annotator.tui.widgets.ordered_input import OrderedInput
from annotator.tui.widgets.prompt_keys import PromptKeys
from annotator.tui.widgets.review_labels import ReviewLabelTable
from annotator.tui.widgets.review_text import ReviewTextView, annotator_style, displayable
from annotator.util import counted

FIELD_KEYS = {"x": "span", "t": "type", "s": "speaker", "o": "source", "c": "confidence"}
"""Keys of the take-a-field prompt, one per field the reviewer can take."""

BATCH_SECONDS = 0.2
"""How often the scanning worker reports what it found."""

FIRST_PAINT_WAIT = 2.0
"""At most how many seconds the scan waits, once it reported the first open disagreement, for
the screen to draw it: scanning on, the worker holds the interpreter lock and the drawing takes
twice as long."""

WORK_WITHOUT_A_DISAGREEMENT = frozenset({"quit", "help"})
"""Actions that act at once while the scan has found nothing; other keys wait for it."""


@dataclass
class ReviewFound:
    """A disagreement and whether it was settled when scanned."""

    disagreement: Disagreement
    """The disagreement."""
    resolved: bool
    """Whether the gold file already held a decision for it."""


class ReviewHelpModal(ModalScreen[None]):
    """Every key of the review, generated from the screen's bindings. ``escape``/``?`` close."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close help")]
    """Keys that close the help."""

    def __init__(self, bindings: list[BindingType]) -> None:
        super().__init__()
        self.bindings = bindings
        """The bindings to list."""

    def compose(self) -> ComposeResult:
        """A table of keys and what they do."""
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold #ffd75f", no_wrap=True)
        table.add_column()
        for binding in self.bindings:
            if isinstance(binding, Binding) and binding.description:
                table.add_row(
                    Text(key_label(binding.key)), Text(binding.tooltip or binding.description)
                )
        table.add_row("", "")
        table.add_row("", Text("After f, the field:", style="bold"))
        for key, field in FIELD_KEYS.items():
            table.add_row(Text(key), Text(field))
        table.add_row("", Text("then the annotator's number.", style="italic"))
        table.add_row("", "")
        table.add_row(
            "",
            Text(
                "A disagreement is settled when every field marked ≠ is decided: by a whole "
                "version (1…9), a field (f), typed names (e), a source kind (O) or a drop (d). "
                "Until then it stays open: ≠ marks the fields still to decide, ✓ the decided "
                "ones.",
            ),
        )
        with VerticalScroll(id="review-help-box"):
            yield Static(Text("Review keys  (esc closes)", style="bold"), id="review-help-title")
            yield Static(table)

    def action_close(self) -> None:
        """Back to the review."""
        self.dismiss(None)


def key_label(keys: str) -> str:
    """``"n,right"`` → ``"n  right"``, with ``?`` for question_mark."""
    names = {"question_mark": "?", "escape": "esc", "right": "→", "left": "←", "1": "1…9"}
    return "  ".join(names.get(key.strip(), key.strip()) for key in keys.split(","))


class TakeFieldModal(ModalScreen[tuple[str, int] | None]):
    """Ask for a field (one key) and then an annotator (a digit). Answers (field, number)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    """``escape`` cancels."""

    def __init__(self, annotators: list[str]) -> None:
        super().__init__()
        self.annotators = annotators
        """The annotators, numbered from 1."""
        self.field: str | None = None
        """The field chosen in the first step."""

    def compose(self) -> ComposeResult:
        """The prompt."""
        with Vertical(id="take-field-box"):
            yield Label(self._prompt(), id="take-field-prompt")
        keys = " ".join(FIELD_KEYS)
        yield PromptKeys([(keys, "Which field"), ("1…9", "Whose"), ("esc", "Cancel")])

    def _prompt(self) -> Text:
        if self.field is None:
            prompt = Text("Take:  ", style="bold")  # fits 80 columns, "(esc cancels)" too
            for key, field in FIELD_KEYS.items():
                prompt.append(f"{key}", style="bold #ffd75f")
                prompt.append(f" {field}  ")
        else:
            prompt = Text(f"Take the {self.field} from:  ", style="bold")
            for index, name in enumerate(self.annotators):
                prompt.append(f" {index + 1} ", style=annotator_style(index))
                prompt.append(f" {displayable(name)}  ")
        prompt.append("(esc cancels)", style="dim")
        return prompt

    def on_key(self, event: Key) -> None:
        """Field letter first, then the annotator's digit."""
        if event.key == "escape":
            return
        event.stop()
        event.prevent_default()
        if self.field is None:
            if event.character in FIELD_KEYS:
                self.field = FIELD_KEYS[event.character]
                self.query_one("#take-field-prompt", Label).update(self._prompt())
            return
        if event.character and event.character.isdigit():
            number = int(event.character)
            if 1 <= number <= len(self.annotators):
                self.dismiss((self.field, number))

    def action_cancel(self) -> None:
        """Close without taking anything."""
        self.dismiss(None)


class EditNamesModal(TypedAheadKeys, ModalScreen[tuple[str, str, SourceKind | None] | None]):
    """Type the gold speaker and source, and optionally the source's kind. Answers (speaker,
    source, kind); "" means none, and a kind of None leaves it to the annotators who gave that
    source (or to its words)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    """``escape`` cancels; enter moves to the source, then saves (tab reaches the kind)."""

    def __init__(
        self,
        speaker: str | None,
        source: str | None,
        kind: SourceKind | None = None,
        keys_after_save: Callable[[Key], None] | None = None,
    ) -> None:
        super().__init__()
        self.keys_after_save = keys_after_save
        """Where the keys typed straight after a saving enter go once the save is made (the
        screen below, to act on the decision); None drops them."""
        self._keys_after_enter: list[Key] = []
        self._saved = False
        self.speaker = speaker or ""
        """The speaker to start from."""
        self.source = source or ""
        """The source to start from."""
        self.kind = kind.value if kind is not None and self.source else ""
        """The source's kind to start from."""
        self._kind_shown = self.kind

    def compose(self) -> ComposeResult:
        """Three one-line inputs, each after its title, and a line for a kind that cannot be
        read. Compact, over the top of the text: at 80x24 the bordered inputs took 19 lines in
        the middle of the screen and hid the annotators' speakers and sources being settled."""
        with Vertical(id="edit-names-box"):
            with Horizontal(classes="edit-names-row"):
                yield Label(Text("Speaker", style="bold"), classes="edit-names-title")
                yield OrderedInput(
                    value=self.speaker,
                    id="edit-speaker",
                    compact=True,
                    enter_moves_to="#edit-source",
                )
            with Horizontal(classes="edit-names-row"):
                yield Label(Text("Source", style="bold"), classes="edit-names-title")
                yield OrderedInput(
                    value=self.source,
                    id="edit-source",
                    compact=True,
                    keys_after_enter=self._hold_key_after_enter,
                )
            with Horizontal(classes="edit-names-row"):
                yield Label(Text("Source kind", style="bold"), classes="edit-names-title")
                yield OrderedInput(
                    value=self.kind,
                    placeholder="empty: as its annotators gave it",
                    id="edit-kind",
                    compact=True,
                    keys_after_enter=self._hold_key_after_enter,
                )
            kinds = " ".join(kind.value for kind in SourceKind)
            yield Label(Text(f"kinds (tab): {kinds}", style="dim"), id="edit-kinds")
            yield Label(Text(), id="edit-kind-problem")
            yield Label(Text("enter: next / save · esc: cancel · empty: none", style="dim"))
        yield PromptKeys(
            [("enter", "Next / save"), ("tab", "Next field"), ("esc", "Cancel"), ("empty", "None")]
        )

    def on_mount(self) -> None:
        """No cursor blink in a headless run: screenshots must not depend on its phase."""
        if self.app.is_headless:
            for field in self.query(Input):
                field.cursor_blink = False

    @on(Input.Changed, "#edit-source")
    def _kind_follows_source(self, event: Input.Changed) -> None:
        # The kind shown belongs to the source shown: typing another source empties it (its
        # kind is then worked out from the name), unless the reviewer typed a kind themselves.
        kind_input = self.query_one("#edit-kind", Input)
        if kind_input.value != self._kind_shown:
            return
        same_source = event.value.strip() == self.source.strip()
        self._kind_shown = self.kind if same_source else ""
        kind_input.value = self._kind_shown

    @on(Input.Submitted, "#edit-speaker")
    def _to_source(self) -> None:
        self.query_one("#edit-source", Input).focus()

    @on(Input.Submitted, "#edit-source")
    @on(Input.Submitted, "#edit-kind")
    def _save(self) -> None:
        source = self.query_one("#edit-source", Input).value
        try:
            kind = source_kind_named(self.query_one("#edit-kind", Input).value)
        except ValueError as error:
            self._refuse(str(error))
            return
        if kind is not None and not source.strip():
            self._refuse("A source kind needs a source: type the source, or empty the kind")
            return
        self._saved = True
        for key in self._keys_after_enter:
            self._hold_key_after_enter(key)
        self._keys_after_enter.clear()
        self.dismiss((self.query_one("#edit-speaker", Input).value, source, kind))

    def on_key(self, event: Key) -> None:
        """Once saved, a key reaching the prompt closing (its input gone) is one typed after
        the saving enter: kept for the review, not typed ahead into the prompt."""
        if not self._saved:
            super().on_key(event)
            return
        event.stop()
        event.prevent_default()
        self._hold_key_after_enter(Key(event.key, event.character))

    def _hold_key_after_enter(self, key: Key) -> None:
        """Keep a key typed in one burst after a saving enter until the save is decided: it
        reached the input before the save, and was lost with the prompt closing."""
        if not self._saved:
            self._keys_after_enter.append(key)
        elif self.keys_after_save is not None:
            self.keys_after_save(key)

    def _refuse(self, problem: str) -> None:
        held = len(self._keys_after_enter)
        if held:
            # Meant for the review after the save (n, a take): neither typed into the kind nor
            # run on the disagreement the prompt stays open over.
            problem += f" ({counted(held, 'key')} typed after enter dropped)"
            self._keys_after_enter.clear()
        for field in self.query(OrderedInput):
            field.take_keys_again()
        self.query_one("#edit-kind-problem", Label).update(Text(problem, style="bold #ff8787"))
        self.query_one("#edit-kind", Input).focus()

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class ReviewScreen(EarlyKeys, Screen[None]):
    """One disagreement at a time: the text, the versions side by side, keys to settle it."""

    # Every key with priority: it acts as the app reads it. Without, a key went through the
    # screen's queue while f and e (which must push their prompt at once, so that what is typed
    # straight after goes into it: see typed_ahead) acted on arrival: '1 f t 2' typed in one go
    # opened the prompt first, on the disagreement 1 was about to settle, and lost the 1.
    BINDINGS = [
        Binding(
            "1",
            "take(1)",
            "Take",
            key_display="1…9",
            tooltip="Take annotator N's version whole, over any field picks (1-9)",
            priority=True,
        ),
        *[Binding(str(n), f"take({n})", "", show=False, priority=True) for n in range(2, 10)],
        Binding(
            "f",
            "take_field",
            "Field",
            tooltip="Decide one field: take it from an annotator (f, field, N)",
            priority=True,
        ),
        Binding(
            "e",
            "edit",
            "Edit",
            tooltip="Decide the speaker and source (and its kind) by typing",
            priority=True,
        ),
        # Not in the footer, as in annotate: the help lists it.
        Binding(
            "O",
            "cycle_source_kind",
            "Source kind",
            tooltip="Source kind: outlet, event, publication, social, other",
            show=False,
            priority=True,
        ),
        Binding(
            "d", "drop", "Drop", tooltip="Drop: not a quote (saved as rejected)", priority=True
        ),
        # Apart from n and p: as one binding, the footer showed → for n (the focused excerpt
        # binds the arrows too, and its keys come first) and moved it to the front.
        Binding("n", "next", "Next", tooltip="Next disagreement (→ too)", priority=True),
        Binding("right", "next", "", show=False, priority=True),
        # Not in the footer, which must show ? and q at 80 columns: n Next implies it.
        Binding(
            "p",
            "previous",
            "Prev",
            tooltip="Previous disagreement (← too)",
            show=False,
            priority=True,
        ),
        Binding("left", "previous", "", show=False, priority=True),
        Binding(
            "space",
            "next_open",
            "Next open",
            tooltip="Next disagreement with a field to decide",
            priority=True,
        ),
        Binding(
            "u", "undo", "Undo", tooltip="Undo your latest decision (merges stay)", priority=True
        ),
        Binding("question_mark", "help", "Help", tooltip="This help", priority=True),
        Binding(
            "q", "quit", "Quit", tooltip="Quit (every decision is saved already)", priority=True
        ),
    ]
    """The review's keys; the help screen lists them."""

    @dataclass
    class Opened(Message):
        """The files are open and the documents to scan are known."""

        adjudication: Adjudication
        """The review."""
        documents: int
        """Documents finished by two annotators or more."""
        unfinished: str
        """The line saying whose labels are left out as unfinished, or "" for none."""

    @dataclass
    class Failed(Message):
        """The review could not start: the app shows why and exits."""

        message: str
        """One line naming the file at fault."""

    @dataclass
    class Scanned(Message):
        """More documents were scanned."""

        found: list[ReviewFound]
        """Disagreements found since the last report, in order."""
        documents: int
        """Documents scanned so far."""
        merged: int
        """Unanimous quotes merged into the gold file so far."""
        done: bool
        """Whether the scan is complete."""

    def __init__(
        self,
        store: AnnotationStore,
        annotators: list[str],
        out: str,
        corpus: Corpus | None,
        *,
        threshold: float,
        auto_merge: bool,
        reviewer: str | None,
        include_unfinished: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        """Where the annotation files are."""
        self.annotators = annotators
        """Who is reviewed; key N takes the Nth."""
        self.out = out
        """The gold file's annotator name."""
        self.corpus = corpus
        """Where the document texts come from."""
        self.threshold = threshold
        """Overlap threshold of the alignment."""
        self.auto_merge = auto_merge
        """Whether unanimous quotes are merged."""
        self.reviewer = reviewer
        """Who reviews, noted in each decision."""
        self.include_unfinished = include_unfinished
        """Whether labels in documents their annotator has not finished take part."""
        self.adjudication: Adjudication | None = None
        """The open review, once the worker opened it."""
        self.items: list[Disagreement] = []
        """Every disagreement found so far, in document order."""
        self.resolved: set[str] = set()
        """Keys of the settled ones."""
        self.index: int | None = None
        """The one on screen."""
        self.documents = 0
        """Documents to scan."""
        self.scanned = 0
        """Documents scanned so far."""
        self.merged = 0
        """Unanimous quotes merged so far."""
        self.scan_done = False
        """Whether every document has been scanned."""
        self._opened: Adjudication | None = None
        self.unfinished = ""
        """The line saying whose labels the review leaves out as unfinished ("" for none)."""
        self._scan_finished = threading.Event()
        self._scan_finished.set()  # no scan running yet
        self._first_painted = threading.Event()
        """Set once the first disagreement is drawn (or the scan is stopped)."""
        self._early_keys: list[Key] | None = []
        """Keys typed before the first disagreement showed, to act once it does (None: it
        has)."""
        self._early_keys_dropped = 0
        """Keys typed early after ``EARLY_KEYS_KEPT`` were kept: lost."""
        self._keys_waiting = ""
        """How many keys wait, for the status line ("" for none)."""
        self._decided: list[str] = []
        """What each decision of this run did, latest last, for the message of its undo."""
        self._said_of_one = False
        """Whether the message line speaks of the disagreement on screen (``_say``)."""

    def compose(self) -> ComposeResult:
        """Status line, text, labels, message line, keys."""
        yield Static(Text("Opening the annotation files…"), id="review-status")
        yield ReviewTextView(id="review-text")
        yield ReviewLabelTable(id="review-labels")
        yield Static(Text(""), id="review-message")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Start scanning."""
        self._scan_finished.clear()
        self._scan()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Until the first disagreement shows, its keys are greyed and do not act: the key
        goes on to ``on_key``, which keeps it for that disagreement."""
        if self._early_keys is not None and action not in WORK_WITHOUT_A_DISAGREEMENT:
            return None
        return True

    def on_key(self, event: Key) -> None:
        """Until the first disagreement shows, keep the key for it: a 2 or a d typed while the
        scan opened the files did nothing, without a word."""
        if self._early_keys is None:
            return
        event.stop()
        event.prevent_default()
        self._keep_early_key(event.key, event.character)

    def _early_keys_waiting(self, waiting: str) -> None:
        """Count the keys waiting on the status line."""
        self._keys_waiting = waiting
        self._refresh_status()

    def _first_shown(self) -> None:
        """A disagreement is on screen: the keys typed before it act on it now."""
        if self._early_keys is not None:
            self._keys_waiting = ""
            self._replay_early_keys()
            self.refresh_bindings()

    def _nothing_to_show(self) -> None:
        """The scan ended with nothing to show: the keys that waited for it are dropped, said."""
        early = self._early_keys
        self._early_keys, self._keys_waiting = None, ""
        self.refresh_bindings()
        if early:
            typed = len(early) + self._early_keys_dropped
            self.notify(
                f"{counted(typed, 'key')} typed while scanning did nothing: there is nothing"
                " to review.",
                severity="warning",
            )

    # -- the worker ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="review-scan")
    def _scan(self) -> None:
        # Errors are handled here, in one place: the app exits and the command line prints them
        # as one line (every decision made so far is on disk already).
        try:
            self._scan_documents()
        except UserError as error:
            self.post_message(self.Failed(str(error)))
        except OSError as error:
            where = error.filename or self.store.root
            self.post_message(self.Failed(f"{where}: {error.strerror or error}"))
        finally:
            self._scan_finished.set()

    def _scan_documents(self) -> None:
        worker = get_current_worker()
        adjudication = Adjudication(
            self.store,
            self.annotators,
            self.out,
            self.corpus,
            threshold=self.threshold,
            auto_merge=self.auto_merge,
            reviewer=self.reviewer,
            include_unfinished=self.include_unfinished,
        )
        # Handed over here too, so stop() can close the files even if the Opened message is
        # never handled (a quit right after start); set once, before the thread goes on.
        self._opened = adjudication
        # Merges and marks are written a batch at a time, before each report, not two fsyncs
        # per document (a decision and the close write what is held, too).
        adjudication.hold_writes = True
        doc_ids = adjudication.document_ids()
        self.post_message(self.Opened(adjudication, len(doc_ids), adjudication.unfinished_line()))
        found: list[ReviewFound] = []
        merged = 0
        shown_open = False
        reported_open = False
        last_report = time.monotonic()
        for count, doc_id in enumerate(doc_ids, start=1):
            if worker.is_cancelled:
                return
            review = adjudication.scan_document(doc_id)
            merged += review.merged
            for disagreement in review.disagreements:
                resolved = adjudication.is_resolved(disagreement)
                found.append(ReviewFound(disagreement, resolved))
                shown_open = shown_open or not resolved
            now = time.monotonic()
            # Report at once when the first open disagreement turns up: that is the resume point.
            first_open = shown_open and not reported_open
            if first_open or now - last_report >= BATCH_SECONDS:
                adjudication.write_held()  # what the reviewer is told of is on disk
                last_report = now
                if found:
                    self.post_message(self.Scanned(found, count, merged, False))
                    found = []
                    if first_open:
                        self._first_painted.wait(FIRST_PAINT_WAIT)
                    reported_open = shown_open
        adjudication.write_held()
        self.post_message(self.Scanned(found, len(doc_ids), merged, True))

    def on_review_screen_opened(self, message: Opened) -> None:
        """Remember the review; say what is being scanned."""
        self.adjudication = message.adjudication
        self.documents = message.documents
        for problem in message.adjudication.problems[:3]:  # as the annotate screen says them
            shown = displayable(str(problem))
            self.notify(shown, title="Skipped a broken line", severity="warning", markup=False)
        self.unfinished = message.unfinished
        if message.unfinished:
            # In the message line, kept until the first decision: a notification covered the
            # second annotator's labels and the gold column at 80x24 for its first seconds.
            self._say(message.unfinished, of_one=False)
        self._refresh_status()

    def on_review_screen_scanned(self, message: Scanned) -> None:
        """Add what was found; jump to the first open disagreement when it first appears."""
        start = len(self.items)
        for item in message.found:
            self.items.append(item.disagreement)
            if item.resolved:
                self.resolved.add(item.disagreement.key)
        self.scanned = message.documents
        self.merged = message.merged
        self.scan_done = message.done
        if self.index is None:
            target = self._open_from(start)
            if target is None and message.done and self.items:
                target = 0
                # Else a review reopened after its last decision shows the first one, settled,
                # with nothing to say that there is nothing left.
                self._say(
                    f"Every disagreement is settled: {self.store.path_for(self.out)}. "
                    "n and p go through them; a new decision replaces the old one."
                    + (f" {self.unfinished}" if self.unfinished else ""),
                    of_one=False,
                )
            if target is not None:
                self._go(target)
                self._first_shown()
                self.call_after_refresh(self._first_painted.set)
        if message.done and self.index is None:
            self._say(self._nothing_to_review(), of_one=False)
            self._nothing_to_show()
        self._refresh_status()

    @property
    def _compared_if(self) -> str:
        """What an annotator did to a document to be compared on it, as ``agreement`` says it:
        with ``include_unfinished``, labels are enough."""
        return "labelled or finished" if self.include_unfinished else "finished"

    def _nothing_to_review(self) -> str:
        """Why the review has nothing to show: agreement, or no document to compare (which
        "agree on every quote" hid), with whose labels were left out as unfinished."""
        if self.documents:
            said = (
                "Nothing to review: the annotators agree on every quote of the "
                f"{counted(self.documents, 'document')} two or more of them {self._compared_if}."
            )
        else:
            names = ", ".join(displayable(name) for name in self.annotators)
            said = (
                f"Nothing to review: no document is {self._compared_if} by two or more of "
                f"{names}, so none is compared."
            )
        return f"{said} {self.unfinished}" if self.unfinished else said

    # -- showing -------------------------------------------------------------------------------

    @property
    def current(self) -> Disagreement | None:
        """The disagreement on screen."""
        return self.items[self.index] if self.index is not None else None

    def _go(self, index: int) -> None:
        self.index = index
        self._refresh()

    def _refresh(self) -> None:
        disagreement = self.current
        adjudication = self.adjudication
        gold = adjudication.gold_for(disagreement) if disagreement and adjudication else None
        text = disagreement.document.text if disagreement and disagreement.document else None
        self.query_one(ReviewTextView).show(disagreement, self.annotators, text)
        open_fields = (
            adjudication.open_fields(disagreement) if disagreement and adjudication else None
        )
        self.query_one(ReviewLabelTable).show(
            disagreement, self.annotators, gold, self.out, open_fields
        )
        self._refresh_status()

    def _refresh_status(self) -> None:
        status = Text()
        if self.adjudication is None:
            status.append("Opening the annotation files…")
        elif self.index is None and self.scan_done and not self.documents:
            status.append("nothing to compare", style="bold #ffd75f")
        elif self.index is None and self.scan_done:
            status.append("✓ nothing to review", style="bold green")  # not "Scanning 5 of 5"
        elif self.index is None:
            status.append(f"Scanning {self.scanned} of {self.documents} documents…")
        else:
            disagreement = self.items[self.index]
            settled = disagreement.key in self.resolved
            status.append(
                "✓ settled " if settled else "● open ",
                style="bold green" if settled else "bold #ffd75f",
            )
            total = f"{len(self.items)}" if self.scan_done else f"{len(self.items)}+"
            status.append(f"{self.index + 1}/{total}", style="bold")
            status.append(f" ({len(self.resolved)} settled) · ")
            if settled:
                status.append(", ".join(disagreement.fields), style="#ffd75f")
            else:
                still_open = self.adjudication.open_fields(disagreement)  # settled: none left
                to_decide = fields_to_decide(disagreement)
                if len(still_open) < len(to_decide):
                    status.append("to decide: ", style="#ffd75f")
                    status.append(", ".join(still_open), style="bold #ffd75f")
                    decided = [f for f in to_decide if f not in still_open]
                    status.append(" · decided: " + ", ".join(decided), style="#87d787")
                else:
                    status.append(", ".join(still_open), style="#ffd75f")
            status.append(" · ")
            status.append(displayable(disagreement.doc_id))
        if self._keys_waiting:
            status.append(f" · {self._keys_waiting}", style="bold")
        if self.adjudication is not None and not self.scan_done:
            if self.index is not None:  # else it says "Scanning 3 of 40 documents" already
                percent = 100 * self.scanned // max(self.documents, 1)
                status.append(f" · scanning {percent}%", style="dim")
        elif self.merged:
            status.append(f" · {self.merged} merged", style="dim")
        self.query_one("#review-status", Static).update(status)

    def _say(self, message: str, *, of_one: bool = True) -> None:
        """Show ``message`` in the message line; ``of_one`` when it speaks of the disagreement
        on screen (a decision, its undo, a refusal), which moving to another one clears."""
        self.query_one("#review-message", Static).update(Text(message))
        self._said_of_one = of_one

    def _move_to(self, index: int) -> None:
        """Show disagreement ``index`` as n, p and space do: a message about the one left
        ("Took ann's version") stayed under the next, as if said of it."""
        if self._said_of_one:
            self._say("", of_one=False)
        self._go(index)

    def _open_from(self, start: int) -> int | None:
        for index in range(start, len(self.items)):
            if self.items[index].key not in self.resolved:
                return index
        return None

    # -- deciding ------------------------------------------------------------------------------

    def _decide(
        self,
        action: Callable[[Disagreement], QuoteAnnotation],
        describe: str | Callable[[QuoteAnnotation], str],
        advance: bool,
        *,
        undone_as: str,
        stay: bool = False,
    ) -> None:
        """Save a decision; move to the next open disagreement when it settled this one.

        ``advance`` (a whole take, a drop) moves on even if this one was settled before; a
        field decision moves on only when it decided the last open field; ``stay`` (a key
        that steps a value, pressed again to step further) never moves on. ``describe`` is the
        message, or makes it from the record saved; ``undone_as`` names the decision when u
        takes it back.
        """
        disagreement = self.current
        adjudication = self.adjudication
        if disagreement is None or adjudication is None:
            return
        was_settled = disagreement.key in self.resolved
        try:
            record = action(disagreement)
        except UserError as error:
            self._say(str(error))
            self.app.bell()
            return
        self._decided.append(undone_as)
        if not isinstance(describe, str):
            describe = describe(record)
        if adjudication.is_resolved(disagreement):
            self.resolved.add(disagreement.key)
            if stay and not was_settled:
                describe = f"{describe} · settled; space: the next open one"
            advance = not stay and (advance or not was_settled)
        else:
            # A field decided, others still open (or a dropped quote made a quote again).
            self.resolved.discard(disagreement.key)
            still_open = adjudication.open_fields(disagreement)
            describe = f"{describe} · still to decide: {', '.join(still_open)}"
            advance = False
        self._say(describe)
        if advance and self.index is not None:
            following = self._open_from(self.index + 1)
            if following is None:
                following = self._open_from(0)
            if following is not None:
                self._go(following)
                return
            if self.scan_done:
                self._say(
                    f"{describe}. Every disagreement is settled: {self.store.path_for(self.out)}"
                )
        self._refresh()

    def action_take(self, number: int) -> None:
        """Take annotator ``number``'s version whole and move to the next open one."""
        if number > len(self.annotators):
            self.app.bell()
            return
        name = self.annotators[number - 1]
        adjudication = self.adjudication
        if adjudication is None or self.current is None:
            return
        describe = f"Took {name}'s version"
        replaced = adjudication.picks_replaced_by_take(self.current, name)
        if replaced:
            # Whole means whole: say what the earlier field picks were, and how to get them back.
            picks = ", ".join(
                f"{field} typed" if source == EDITED else f"{field} from {source}"
                for field, source in replaced.items()
            )
            one = len(replaced) == 1
            describe += (
                f" whole, replacing your earlier {'pick' if one else 'picks'} ({picks}); "
                f"u brings {'it' if one else 'them'} back"
            )
        self._decide(
            lambda d: adjudication.take(d, name),
            describe,
            True,
            undone_as=f"took {name}'s version",
        )

    def action_take_field(self) -> None:
        """Ask for a field and an annotator, and take that field into the gold record."""
        if self.current is None:
            return

        def chosen(answer: tuple[str, int] | None) -> None:
            if answer is None or self.adjudication is None:
                return
            field, number = answer
            name = self.annotators[number - 1]
            adjudication = self.adjudication
            self._decide(
                lambda d: adjudication.take_field(d, field, name),
                f"Took the {field} from {name}",
                False,
                undone_as=f"took the {field} from {name}",
            )

        self.app.push_screen(TakeFieldModal(self.annotators), chosen)

    def action_edit(self) -> None:
        """Type the speaker and source of the gold record."""
        disagreement = self.current
        if disagreement is None or self.adjudication is None:
            return
        base = self.adjudication.gold_for(disagreement)
        if base is None:
            accepted = disagreement.group.accepted()
            base = next((accepted[n] for n in self.annotators if n in accepted), None)
        speaker = base.speaker if base else None
        source = base.source if base else None
        kind = base.source_kind if base else None

        def typed(answer: tuple[str, str, SourceKind | None] | None) -> None:
            try:
                save(answer)
            finally:
                self._replay_keys_after_prompt()

        def save(answer: tuple[str, str, SourceKind | None] | None) -> None:
            if answer is None or self.adjudication is None:
                return
            adjudication = self.adjudication
            speaker, source, kind = answer
            self._decide(
                lambda d: adjudication.edit(d, speaker=speaker, source=source, source_kind=kind),
                "Saved the typed speaker and source"
                + (f" ({kind.value})" if kind is not None else ""),
                False,
                undone_as="typed the speaker and source",
            )

        self.app.push_screen(
            EditNamesModal(speaker, source, kind, keys_after_save=self._hold_key_after_prompt),
            typed,
        )

    def _hold_key_after_prompt(self, key: Key) -> None:
        """Keep a key typed in one burst after the enter that saved the names, to act once the
        decision is made ('e Zoe enter enter n' saved the names, and the n went with the
        prompt). While it waits, the keys after it wait too (``on_key``), in order."""
        if self._early_keys is None:
            self._early_keys = []
        self._early_keys.append(Key(key.key, key.character))

    def _replay_keys_after_prompt(self) -> None:
        if self._early_keys is not None and self.current is not None:
            self._keys_waiting = ""  # a key held by on_key meanwhile counted itself there
            self._replay_early_keys()
            self.refresh_bindings()
            self._refresh_status()

    def action_cycle_source_kind(self) -> None:
        """Step the gold source's kind and stay, so that O again steps it further."""
        disagreement = self.current
        adjudication = self.adjudication
        if disagreement is None or adjudication is None:
            return
        gold = adjudication.gold_for(disagreement)
        base = gold if gold is not None and gold.status is Status.ACCEPTED else None
        if base is None:
            accepted = disagreement.group.accepted()
            base = next((accepted[n] for n in self.annotators if n in accepted), None)
        if base is not None and base.source is None:
            # Said here rather than as a failed save: the way out is a key.
            self._say("This quote has no source: f o takes one, e types one; then O sets its kind.")
            self.app.bell()
            return

        def describe(record: QuoteAnnotation) -> str:
            kind = record.source_kind.value if record.source_kind else "none"
            return f"Source kind of {record.source!r}: {kind} (O again: the next kind)"

        self._decide(
            adjudication.cycle_source_kind,
            describe,
            False,
            undone_as="stepped the source kind",
            stay=True,
        )

    def action_drop(self) -> None:
        """Settle as not a quote and move to the next open one."""
        adjudication = self.adjudication
        if adjudication is None:
            return
        self._decide(
            adjudication.drop, "Dropped: not a quote", True, undone_as="dropped it as not a quote"
        )

    def action_next(self) -> None:
        """The next disagreement, settled or not."""
        if self.index is None:
            return
        if self.index + 1 < len(self.items):
            self._move_to(self.index + 1)
        else:
            self._say(
                "This is the last one." if self.scan_done else "Still scanning: more may come."
            )

    def action_previous(self) -> None:
        """The previous disagreement."""
        if self.index is None:
            return
        if self.index > 0:
            self._move_to(self.index - 1)
        else:
            self._say("This is the first one.")  # as n says at the last: not a key that fails

    def action_next_open(self) -> None:
        """The next disagreement not yet settled (from the top when none follows)."""
        if self.index is None:
            return
        following = self._open_from(self.index + 1)
        if following is None:
            following = self._open_from(0)
        if following is None:
            self._say("Every disagreement found so far is settled.")
            return
        self._move_to(following)

    def action_undo(self) -> None:
        """Undo the latest decision and show the disagreement it touched."""
        if self.adjudication is None:
            return
        gold_id = self.adjudication.undo()
        if gold_id is None:
            self._say("Nothing to undo.")
            return
        # One entry a decision saved, as the review's own undo stack has: "Undone." alone left
        # the reviewer to work out which of their last decisions went, pressing u again.
        undone = self._decided.pop() if self._decided else ""
        for index, disagreement in enumerate(self.items):
            if self.adjudication.gold_id(disagreement.group) == gold_id:
                if self.adjudication.is_resolved(disagreement):
                    self.resolved.add(disagreement.key)
                else:
                    self.resolved.discard(disagreement.key)
                self._say(f"Undone: {undone}." if undone else "Undone.")
                self._go(index)
                return
        self._refresh()

    def action_help(self) -> None:
        """Show every key."""
        self.app.push_screen(ReviewHelpModal(list(self.BINDINGS)))

    async def action_quit(self) -> None:
        """Stop scanning, release the gold file, and leave."""
        await self.stop()
        self.app.exit()

    def summary(self) -> str:
        """For the terminal once the review is over: where the gold file is and what is left
        to settle, then the unfinished line if any labels were left out ("" when the review
        never opened)."""
        if self.adjudication is None:
            return ""
        where = self.store.path_for(self.out)
        found, settled = len(self.items), len(self.resolved)
        if self.scan_done and not found and not self.documents:
            line = (
                f"{where}: nothing to review (no document {self._compared_if} by two or more "
                "annotators)"
            )
        elif self.scan_done and not found:
            line = f"{where}: nothing to review"
        else:
            line = f"{where}: {settled} of {counted(found, 'disagreement')} settled"
            if not self.scan_done:
                line += f" (stopped after {self.scanned} of {counted(self.documents, 'document')})"
            if settled < found or not self.scan_done:
                line += "; review again for the rest"
        return f"{line}\n{self.unfinished}" if self.unfinished else line

    async def stop(self) -> None:
        """Stop the scan, wait for its thread to let go of the files, and close them.

        Cancelling a thread worker only raises a flag: the thread finishes the document it is
        on, so the files are closed only once it says it is done.
        """
        for worker in self.workers:
            worker.cancel()
        self._first_painted.set()  # a scan waiting for a screen that will not draw goes on
        while not self._scan_finished.is_set():
            await asyncio.sleep(0.01)
        for adjudication in (self.adjudication, self._opened):
            if adjudication is not None:
                adjudication.close()
