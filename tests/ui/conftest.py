"""Fixtures for the annotation UI tests: hand-made documents, a fake detector, a fixed clock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textual.constants

from annotator.records import Candidate, QuoteType
from annotator.store import AnnotationStore
from annotator.tui.app import AnnotatorApp, make_app
from annotator.tui.screens.annotate import AnnotateScreen

NEWS = (
    "Harbour council meets again\n\n"
    'Mayor Ana Ortiz defended the bridge plan on Tuesday. "We will rebuild it by spring," '
    "Ortiz told the Harbour Gazette. Critics called the plan a 'miracle' of accounting.\n\n"
    '"The numbers do not add up," said Tomas Reyes, a council member, at a press briefing. '
    "He added that the budget would have to double before work could start.\n\n"
    "Ortiz said the city had already hired engineers. 🌉 市长说：“我们会按时完工。”\n"
)
"""A short invented article with direct, indirect and scare quotes, an emoji and CJK text."""

MARKUP = (
    "Markup-looking text stays text\n\n"
    'He said [the deal] was "done", an aide recalled.\n'
    "The minister [Smith] denied it.\n"
    '"[Inaudible]," the recording goes on.\n'
    "Tariffs [/] will rise, a [/ b in the notes, and \x1b[31mred\x1b[0m in the log.\n"
)
"""Every string the style guide says must show literally, markup and escape sequences."""

LONG_READ = NEWS + "".join(
    f"\nParagraph {number} of the minutes: the ferry board of Eskerby met and adjourned.\n"
    for number in range(60)
)
"""The article followed by sixty paragraphs: the text scrolls well past its quotes."""

NO_QUOTE = "The ferry to Eskerby ran on time all week, and nobody had anything to add.\n"
"""A document in which the detector finds nothing."""


SECOND = 'Nothing much happened. A clerk said "the doors open at nine" and left.\n'
"""A second document, to move between documents."""


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def fake_detector(text: str) -> list[Candidate]:
    """Known candidates for the documents above; quote-marked spans for anything else."""
    found: list[Candidate] = []

    def add(words: str, kind: QuoteType, score: float, **fields) -> None:
        start, end = _at(text, words)
        found.append(Candidate(start=start, end=end, text=words, type=kind, score=score, **fields))

    if text == NEWS:
        add(
            '"We will rebuild it by spring,"',
            QuoteType.DIRECT,
            0.95,
            speaker="Ana Ortiz",
            speaker_spans=[_at(text, "Ortiz", text.index("spring"))],
            source="Harbour Gazette",
            source_spans=[_at(text, "Harbour Gazette")],
            cue="told",
            cue_spans=[_at(text, "told")],
        )
        add("'miracle'", QuoteType.DIRECT, 0.15)
        add(
            '"The numbers do not add up,"',
            QuoteType.DIRECT,
            0.9,
            speaker="Tomas Reyes",
            speaker_spans=[_at(text, "Tomas Reyes")],
            source="a press briefing",
            source_spans=[_at(text, "a press briefing")],
            cue="said",
            cue_spans=[_at(text, "said", text.index("add up"))],
        )
        add(
            "the budget would have to double before work could start",
            QuoteType.INDIRECT,
            0.7,
            speaker="Tomas Reyes",
            speaker_spans=[_at(text, "He added")[:1] + (_at(text, "He added")[0] + 2,)],
            cue="added",
            cue_spans=[_at(text, "added")],
        )
        add("“我们会按时完工。”", QuoteType.DIRECT, 0.6, speaker="市长")
    else:
        for match in re.finditer(r'"[^"\n]+"', text):
            found.append(
                Candidate(
                    start=match.start(),
                    end=match.end(),
                    text=match.group(),
                    type=QuoteType.DIRECT,
                    score=0.8,
                )
            )
    return sorted(found, key=lambda candidate: candidate.start)


def label_with_every_hint(screen: AnnotateScreen) -> None:
    """The first quote labelled with a type, speaker, source and span of the annotator's own
    and a note of several lines: a "suggested" hint under every field."""
    session, work = screen.session, screen.work
    work = session.cycle_type(work, 0)
    work = session.set_speaker(work, 0, "Vera Lindqvist")
    work = session.set_source(work, 0, "the Eskerby Courier")
    work = session.adjust_span(work, 0, "start", 1, "word")
    note = "Check the minutes: the quote may belong to the deputy mayor, who spoke first. " * 3
    work = session.set_note(work, 0, note)
    screen.work, screen.focus_index = work, 0
    screen._show_work(scroll=True)  # noqa: SLF001


GIVEN_NAMES = ["Ana", "Borek", "Ines", "Kwame", "Liesl", "Odile", "Pavo", "Rafe", "Tomas", "Una"]
"""Ten invented given names, for a document with more speakers than a short list shows."""


def many_speakers_detector(text: str) -> list[Candidate]:
    """Each quote-marked span, spoken by a name of its own (ten names, two family names)."""
    found = []
    for number, match in enumerate(re.finditer(r'"[^"]+"', text)):
        name = f"{GIVEN_NAMES[number % 10]} {'Halvik' if number < 10 else 'Marrow'}"
        found.append(
            Candidate(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                type=QuoteType.DIRECT,
                score=0.9,
                speaker=name,
            )
        )
    return found


class FixedClock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every app of a UI test starts with animations off (as ``TEXTUAL_ANIMATIONS=none``
    would): a scroll lands at once, where the animated one would have ended.

    Pilot waits out every animation after a key, about 0.4 s for each page key or scroll, and
    the tests assert where things land, not how they got there.
    """
    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def news_corpus(write_corpus) -> Path:
    """Three documents: the article, the markup one, and a short one."""
    return write_corpus({"a-news.txt": NEWS, "b-markup.txt": MARKUP, "c-short.txt": SECOND})


@pytest.fixture
def make_annotator(store: AnnotationStore):
    """Build the app over a corpus with the fake detector and a fixed clock."""

    def build(corpus, annotator: str = "ana", **options) -> AnnotatorApp:
        options.setdefault("detector", fake_detector)
        options.setdefault("clock", FixedClock())
        options.setdefault("idle_after", None)  # no reading ahead racing the assertions
        return make_app(corpus, store, annotator, **options)

    return build


async def wait_loaded(pilot, doc_id: str | None = None) -> None:
    """Wait until the workers are done and a document (``doc_id`` if given) is on screen."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = next(s for s in app.screen_stack if isinstance(s, AnnotateScreen))
        work = screen.work
        wanted = work is not None and (doc_id is None or work.doc_id == doc_id)
        if wanted and not any(worker.is_running for worker in app.workers):
            return
    raise AssertionError(f"document {doc_id or ''} never loaded")


def screen_text(app) -> str:
    """Every character on the app's screen, line by line (what a person would read)."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)
