"""The annotation session: merging candidates with labels, actions, progress, resume, undo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from annotator.corpus import open_corpus
from annotator.records import (
    Candidate,
    Confidence,
    Document,
    Origin,
    QuoteType,
    SourceKind,
    Status,
)
from annotator.session import (
    AnnotationSession,
    ItemState,
    NoSourceError,
    StaleQuoteError,
    merge,
    nearest_mentions,
    source_kind_named,
    suggestion_id,
    trimmed_span,
    word_boundaries,
    word_edge_near,
)
from annotator.store import AnnotationStore

FIRST = (
    'The mayor 🏙️ spoke on Tuesday. "We will rebuild the bridge by spring," Ana Ortiz told '
    "the Harbour Gazette. Critics called it a 'bold' promise.\n"
    "市长说：“我们会修好这座桥。” Later she added that costs would rise, according to a memo."
)
SECOND = 'Nobody was quoted here, except "a short phrase" in passing.\n'
THIRD = "Plain prose without any quotation at all.\n"


def span_of(text: str, words: str) -> tuple[int, int]:
    """The offsets of the first occurrence of ``words``."""
    start = text.index(words)
    return start, start + len(words)


def make_candidate(text: str, words: str, **fields) -> Candidate:
    """A candidate over ``words`` in ``text``."""
    start, end = span_of(text, words)
    return Candidate(start=start, end=end, text=words, **{"type": QuoteType.DIRECT, **fields})


def fake_detector(text: str) -> list[Candidate]:
    """Known candidates for the documents above, none for anything else."""
    found = []
    if text == FIRST:
        found = [
            make_candidate(
                FIRST,
                '"We will rebuild the bridge by spring,"',
                score=0.9,
                speaker="Ana Ortiz",
                speaker_spans=[span_of(FIRST, "Ana Ortiz")],
                source="Harbour Gazette",
                source_spans=[span_of(FIRST, "Harbour Gazette")],
                cue="told",
                cue_spans=[span_of(FIRST, "told")],
            ),
            make_candidate(FIRST, "'bold'", score=0.1),
            make_candidate(FIRST, "“我们会修好这座桥。”", score=0.8, speaker="市长"),
        ]
    elif text == SECOND:
        found = [make_candidate(SECOND, '"a short phrase"', score=0.3)]
    return sorted(found, key=lambda c: c.start)


@pytest.fixture
def corpus(write_corpus):
    """Three documents: one with quotes, one with a scare quote, one with none."""
    return open_corpus(write_corpus({"a.txt": FIRST, "b.txt": SECOND, "c.txt": THIRD}))


@pytest.fixture
def session(corpus, store):
    """A session over the corpus with the fake detector and a fixed clock."""
    handle = store.open("ana", writable=True)
    now = [1000.0]
    made = AnnotationSession(corpus, handle, detector=fake_detector, clock=lambda: now[0])
    made.now = now  # type: ignore[attr-defined]
    yield made
    handle.close()


def stored_lines(
    store: AnnotationStore, annotator: str = "ana", record: str = "quote"
) -> list[dict]:
    """The annotator file's lines of one ``record`` kind (quotes by default: a document's
    finished marks are lines too), parsed."""
    lines = map(orjson.loads, store.path_for(annotator).read_bytes().splitlines())
    return [line for line in lines if line["item"]["record"] == record]


def test_core_does_not_import_textual():
    code = "import sys, annotator.session; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_load_lists_candidates_pending_in_order(session):
    work = session.load("a.txt")
    assert [item.state for item in work.items] == [ItemState.PENDING] * 3
    assert [item.text for item in work.items] == [
        '"We will rebuild the bridge by spring,"',
        "'bold'",
        "“我们会修好这座桥。”",
    ]
    assert (work.labeled, work.total, work.done) == (0, 3, False)
    assert work.items[0].id == suggestion_id("a.txt", work.items[0].candidate)


def test_accept_writes_a_suggested_label_with_the_candidate(session, store):
    work = session.accept(session.load("a.txt"), 0)
    item = work.items[0]
    assert item.state is ItemState.ACCEPTED
    [line] = stored_lines(store)
    quote = line["item"]
    assert quote["status"] == "accepted"
    assert quote["origin"] == "suggested"
    assert quote["speaker"] == "Ana Ortiz"
    assert quote["source"] == "Harbour Gazette"
    assert quote["suggestion"]["text"] == '"We will rebuild the bridge by spring,"'
    assert quote["id"] == item.id
    assert FIRST[quote["start"] : quote["end"]] == quote["text"]


def test_reject_and_toggle_back(session, store):
    work = session.reject(session.load("a.txt"), 1)
    assert work.items[1].state is ItemState.REJECTED
    work = session.toggle_reject(work, 1)
    assert work.items[1].state is ItemState.ACCEPTED
    assert [line["item"]["status"] for line in stored_lines(store)] == ["rejected", "accepted"]


def test_a_field_edit_of_a_pending_item_accepts_it(session):
    work = session.set_confidence(session.load("a.txt"), 2, 1)
    assert work.items[2].state is ItemState.ACCEPTED
    assert work.items[2].confidence is Confidence.LOW


def test_cycle_type_steps_through_the_three_types(session):
    work = session.load("a.txt")
    seen = []
    for _ in range(3):
        work = session.cycle_type(work, 0)
        seen.append(work.items[0].type)
    assert seen == [QuoteType.INDIRECT, QuoteType.MIXED, QuoteType.DIRECT]


def test_cycle_source_kind_steps_through_every_kind_and_accepts(session, store):
    work = session.load("a.txt")
    assert work.items[0].source == "Harbour Gazette" and work.items[0].source_kind is None
    seen = []
    for _ in range(6):
        work = session.cycle_source_kind(work, 0)
        seen.append(work.items[0].source_kind)
    assert seen == [
        SourceKind.OUTLET,
        SourceKind.EVENT,
        SourceKind.PUBLICATION,
        SourceKind.SOCIAL,
        SourceKind.OTHER,
        SourceKind.OUTLET,
    ]
    assert work.items[0].state is ItemState.ACCEPTED
    assert stored_lines(store)[-1]["item"]["source_kind"] == "outlet"


def test_cycle_source_kind_refuses_a_quote_without_a_source(session, store):
    work = session.load("a.txt")
    assert work.items[1].source is None
    with pytest.raises(NoSourceError, match="no source"):
        session.cycle_source_kind(work, 1)
    assert work.items[1].state is ItemState.PENDING


def test_source_kind_named_takes_a_name_or_its_unambiguous_start():
    assert source_kind_named("") is None
    assert source_kind_named("  ") is None
    assert source_kind_named("Outlet") is SourceKind.OUTLET
    assert source_kind_named("pub") is SourceKind.PUBLICATION
    assert source_kind_named("so ") is SourceKind.SOCIAL
    assert source_kind_named("oth") is SourceKind.OTHER
    for wrong in ("o", "radio"):  # o starts outlet and other; radio starts none
        with pytest.raises(ValueError, match="outlet, event, publication, social, other"):
            source_kind_named(wrong)


def test_set_speaker_marks_the_nearest_mention_and_keeps_the_suggestion(session):
    work = session.set_speaker(session.load("a.txt"), 0, "Ortiz")
    item = work.items[0]
    assert item.speaker == "Ortiz"
    assert item.spans("speaker") == [span_of(FIRST, "Ortiz")]
    assert item.candidate.speaker == "Ana Ortiz"
    assert item.edited
    work = session.set_speaker(work, 0, "")
    assert work.items[0].speaker is None
    assert work.items[0].spans("speaker") == []


def test_set_source_clears_its_kind_with_the_name(session):
    work = session.set_source(session.load("a.txt"), 0, "a memo")
    assert work.items[0].source == "a memo"
    assert work.items[0].spans("source") == [span_of(FIRST, "a memo")]
    work = session.set_source(work, 0, None)
    assert work.items[0].source is None and work.items[0].quote.source_kind is None


def test_word_boundaries_count_punctuation_as_words():
    text = 'He said "fine, thanks" today.'
    quote_start = text.index('"')
    assert word_boundaries(text, quote_start, 1, "start") == quote_start + 1
    assert word_boundaries(text, quote_start, -1, "start") == text.index("said")
    end = text.index("today") - 1
    assert word_boundaries(text, end, -1, "end") == text.index(" today") - 1
    assert word_boundaries(text, len(text), 1, "end") == len(text)
    assert word_boundaries(text, 0, -1, "start") == 0


def test_word_boundaries_cross_a_long_word():
    text = "a " + "x" * 3000 + " b"
    assert word_boundaries(text, 2, 1, "end") == 3002
    assert word_boundaries(text, len(text), -1, "start") == len(text) - 1
    assert word_boundaries(text, len(text) - 1, -1, "start") == 2


def test_adjust_span_by_word_and_by_character(session):
    work = session.load("a.txt")
    work = session.adjust_span(work, 0, "start", 1, "word")
    assert work.items[0].text == 'We will rebuild the bridge by spring,"'
    work = session.adjust_span(work, 0, "end", -1, "word")
    assert work.items[0].text == "We will rebuild the bridge by spring,"
    work = session.adjust_span(work, 0, "end", -1, "char")
    assert work.items[0].text == "We will rebuild the bridge by spring"
    work = session.adjust_span(work, 0, "start", -1, "char")
    assert work.items[0].text == '"We will rebuild the bridge by spring'
    assert work.items[0].state is ItemState.ACCEPTED
    assert work.items[0].origin is Origin.SUGGESTED


def test_adjust_span_around_cjk_and_emoji(session):
    work = session.load("a.txt")
    index = 2
    work = session.adjust_span(work, index, "start", 1, "char")
    assert work.items[index].text == "我们会修好这座桥。”"
    work = session.adjust_span(work, index, "start", -1, "word")
    assert work.items[index].text == "“我们会修好这座桥。”"
    assert FIRST[work.items[index].start : work.items[index].end] == work.items[index].text


def test_adjust_span_never_empties_nor_leaves_the_text(session):
    work = session.load("b.txt")
    for _ in range(30):
        work = session.adjust_span(work, 0, "end", -1, "char")
    assert work.items[0].end - work.items[0].start == 1
    for _ in range(30):
        work = session.adjust_span(work, 0, "end", 1, "word")
    assert work.items[0].end == len(SECOND) - 1  # the full stop: the newline is no word


def test_add_quote_trims_and_guesses_the_type(session, store):
    work = session.load("a.txt")
    start, end = span_of(FIRST, "costs would rise")
    work, quote_id = session.add_quote(work, end, start - 1)
    item = work.items[work.index_of(quote_id)]
    assert item.text == "costs would rise"
    assert item.type is QuoteType.INDIRECT
    assert item.origin is Origin.MANUAL and item.candidate is None
    assert quote_id.startswith("m-")
    work, marked = session.add_quote(work, *span_of(FIRST, "'bold'"))
    assert work.items[work.index_of(marked)].type is QuoteType.DIRECT
    with pytest.raises(ValueError):
        session.add_quote(work, 0, 0)


def test_item_spanning_finds_the_quote_over_exactly_the_selected_words(session):
    """The annotate screen asks before adding a selection: a quote on the same words (spaces
    around the selection trimmed, as add_quote trims them) is found; a wider or narrower
    selection is not."""
    work = session.load("a.txt")
    start, end = span_of(FIRST, "'bold'")
    bold = next(index for index, item in enumerate(work.items) if item.text == "'bold'")
    assert work.item_spanning(start, end) == bold
    assert work.item_spanning(end + 1, start - 1) == bold  # reversed, a space either side
    assert work.item_spanning(start, end + len(" promise")) is None
    assert work.item_spanning(start + 1, end - 1) is None
    assert trimmed_span(FIRST, start - 1, end + 1) == (start, end)
    assert trimmed_span(" \n ", 0, 3) == (3, 3)


def test_an_action_that_changes_nothing_writes_nothing(session, store):
    """enter through a document labelled already (checking it again) wrote a line per quote,
    and each became an undo step that changed nothing. An unchanged label is not written
    again; the first undo takes back the last real change."""
    work = session.accept(session.load("a.txt"), 0)
    work = session.set_speaker(work, 0, "Ana Ortiz-Lind")
    lines = len(store.path_for("ana").read_bytes().splitlines())
    work = session.accept(work, 0)
    work = session.set_confidence(work, 0, 3)
    work = session.set_speaker(work, 0, "Ana Ortiz-Lind")
    assert len(store.path_for("ana").read_bytes().splitlines()) == lines
    assert session.undo(work) == ("a.txt", work.items[0].id)
    assert work.items[0].speaker == "Ana Ortiz"


def test_clear_returns_a_suggestion_to_pending_and_removes_a_manual_quote(session):
    work = session.accept(session.load("a.txt"), 0)
    work = session.clear(work, 0)
    assert work.items[0].state is ItemState.PENDING
    work, quote_id = session.add_quote(work, *span_of(FIRST, "costs would rise"))
    work = session.clear(work, work.index_of(quote_id))
    assert work.index_of(quote_id) is None


def test_undo_and_redo_say_what_they_touched_and_survive_a_restart(corpus, store):
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        work = session.accept(session.load("a.txt"), 0)
        work = session.set_confidence(work, 0, 2)
        item_id = work.items[0].id
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.undo() == ("a.txt", item_id)
        assert session.load("a.txt").items[0].confidence is Confidence.HIGH
        assert session.undo() == ("a.txt", item_id)
        assert session.load("a.txt").items[0].state is ItemState.PENDING
        assert session.undo() is None
        assert session.redo() == ("a.txt", item_id)
        assert session.load("a.txt").items[0].state is ItemState.ACCEPTED


def test_reopening_merges_labels_into_their_candidates(corpus, store):
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        work = session.adjust_span(session.load("a.txt"), 0, "end", -1, "char")
        session.reject(work, 1)
    with store.open("ana", writable=True) as handle:
        work = AnnotationSession(corpus, handle, detector=fake_detector).load("a.txt")
    assert len(work.items) == 3
    assert [item.state for item in work.items] == [
        ItemState.ACCEPTED,
        ItemState.REJECTED,
        ItemState.PENDING,
    ]
    assert work.items[0].text == '"We will rebuild the bridge by spring,'


def test_resume_point_is_the_first_open_item(session):
    assert session.resume_point() == ("a.txt", 0)
    work = session.load("a.txt")
    work = session.accept(work, 0)
    assert session.resume_point() == ("a.txt", 1)
    work = session.reject(work, 1)
    work = session.accept(work, 2)
    assert session.resume_point() == ("b.txt", 0)
    session.reject(session.load("b.txt"), 0)
    assert session.resume_point() == ("a.txt", 0)  # all done: back to the start


def test_resume_starts_where_the_annotator_left_off_not_at_the_first_open_document(
    write_corpus, store
):
    """Resuming used to detect every document from the first until one had open work, which
    took seconds on a store with a thousand finished ones; it starts at the document of the
    latest label now, and a document skipped before it is reached after wrapping around."""
    corpus = open_corpus(
        write_corpus({"a.txt": FIRST, "b.txt": SECOND, "c.txt": THIRD, "d.txt": FIRST})
    )
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.resume_point() == ("a.txt", 0)  # a fresh annotator starts at the first
        session.accept(session.load("a.txt"), 0)  # a.txt left with open quotes
        session.reject(session.load("b.txt"), 0)  # b.txt finished last
        loaded: list[int] = []
        assert session.resume_point(loaded.append) == ("d.txt", 0)
        assert loaded == [1, 2, 3]  # a.txt, before where they left off, was never read
        # The first open quote of the corpus (the g key) still reads from the start.
        assert session.resume_point(where_left_off=False) == ("a.txt", 1)
        session.accept(session.load("d.txt"), 0)
        session.reject(session.load("d.txt"), 1)
        assert session.resume_point() == ("d.txt", 2)
        session.accept(session.load("d.txt"), 2)
        assert session.resume_point() == ("a.txt", 1)  # wrapped around to the skipped quotes
    with store.open("ana") as reopened:  # the latest label is found again from the file
        session = AnnotationSession(corpus, reopened, detector=fake_detector)
        assert session.resume_point() == ("a.txt", 1)


def test_resume_after_deleting_a_label_starts_at_that_document(write_corpus, store):
    corpus = open_corpus(write_corpus({"a.txt": FIRST, "b.txt": SECOND, "c.txt": FIRST}))
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        session.accept(session.load("a.txt"), 0)
        work = session.reject(session.load("b.txt"), 0)
        session.accept(session.load("c.txt"), 0)
        session.clear(work, 0)  # the last thing done was in b.txt
        assert session.resume_point() == ("b.txt", 0)


def test_resume_where_left_off_ignores_a_document_not_in_the_corpus(write_corpus, store):
    root = write_corpus({"a.txt": FIRST, "b.txt": SECOND, "z.txt": FIRST})
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(root), handle, detector=fake_detector)
        session.accept(session.load("z.txt"), 0)
    (root / "z.txt").unlink()  # labeled in a corpus this one is not
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(root), handle, detector=fake_detector)
        assert session.resume_point() == ("a.txt", 0)


def test_progress_unknown_until_detected_then_counted(session):
    assert session.progress("b.txt").total is None
    work = session.accept(session.load("a.txt"), 0)
    progress = session.progress("a.txt")
    assert (progress.labeled, progress.total, progress.done) == (1, 3, False)
    session.fill_progress(["b.txt", "c.txt"])
    assert session.progress("c.txt").done  # nothing to label
    assert session.progress("b.txt").total == 1
    session.reject(work, 1)
    overall = session.corpus_progress()
    assert (overall.documents, overall.finished, overall.labeled) == (3, 0, 2)  # a: started


def test_rate_counts_this_sessions_labels_per_hour(session):
    work = session.load("a.txt")
    session.now[0] += 1800  # half an hour later
    work = session.accept(work, 0)
    work = session.accept(work, 1)
    session.set_confidence(work, 0, 1)  # an edit, not a new label
    overall = session.corpus_progress()
    assert overall.session_labeled == 2
    assert overall.rate == pytest.approx(4.0)


def test_names_offer_this_document_first_then_the_store(session):
    work = session.set_speaker(session.load("b.txt"), 0, "Zoe Quinn")
    names = session.names("speaker", session.load("a.txt"))
    assert names == ["Ana Ortiz", "市长", "Zoe Quinn"]
    assert session.names("source", work) == []  # b.txt names no source, the store none yet
    session.set_source(work, 0, "Radio Nord")
    assert session.names("source", session.load("a.txt")) == ["Harbour Gazette", "Radio Nord"]


def test_changed_document_reanchors_or_marks_stale(corpus, store, write_corpus, tmp_path):
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        work = session.accept(session.load("a.txt"), 0)
        session.accept(work, 2)
    edited = "Breaking. " + FIRST.replace("“我们会修好这座桥。”", "“我们会修好。”")
    root = Path(corpus.location)
    (root / "a.txt").write_text(edited, encoding="utf-8")
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(root), handle, detector=lambda text: [])
        work = session.load("a.txt")
        states = {item.text: item.state for item in work.items}
        assert states['"We will rebuild the bridge by spring,"'] is ItemState.ACCEPTED
        moved = next(item for item in work.items if item.state is ItemState.ACCEPTED)
        assert edited[moved.start : moved.end] == moved.text
        stale = next(item for item in work.items if item.state is ItemState.STALE)
        assert "no longer" in stale.stale_reason
        assert work.stale == 1 and not work.done
        with pytest.raises(StaleQuoteError):
            session.accept(work, work.items.index(stale))
        work = session.clear(work, work.items.index(stale))
        assert work.stale == 0


def test_a_moved_label_stays_one_item_once_saved_at_its_new_place(corpus, store):
    words = '"We will rebuild the bridge by spring,"'

    def detector(text: str) -> list[Candidate]:
        return [make_candidate(text, words, score=0.9)]

    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=detector)
        session.accept(session.load("a.txt"), 0)
    root = Path(corpus.location)
    edited = "Breaking. " + FIRST
    (root / "a.txt").write_text(edited, encoding="utf-8")
    # Moved on the fly first; then an edit (or validate --reanchor) saves it where it now is.
    for confidence in (Confidence.LOW, Confidence.MEDIUM):
        with store.open("ana", writable=True) as handle:
            session = AnnotationSession(open_corpus(root), handle, detector=detector)
            work = session.load("a.txt")
            assert [item.state for item in work.items] == [ItemState.ACCEPTED]
            item = work.items[0]
            assert item.start == edited.index(words) and not item.edited
            session.set_confidence(work, 0, confidence)


def test_merge_matches_a_label_saved_moved_with_its_suggestion_left_behind(session):
    # As the version before suggestions moved with their quotes wrote them.
    label = session.accept(session.load("a.txt"), 0).items[0].quote
    edited = Document(id="a.txt", text="Breaking. " + FIRST)
    saved = label.revised(
        start=label.start + 10,
        end=label.end + 10,
        doc_sha256=edited.sha256,
        meta={"reanchored_from": [label.start, label.end, label.doc_sha256]},
    )
    merged = merge(edited, [make_candidate(edited.text, label.text, score=0.9)], [saved])
    assert [item.state for item in merged.items] == [ItemState.ACCEPTED]


def test_merge_keeps_a_label_whose_candidate_disappeared(session):
    work = session.accept(session.load("a.txt"), 0)
    label = work.items[0].quote
    merged = merge(work.document, [], [label])
    assert [item.state for item in merged.items] == [ItemState.ACCEPTED]
    assert merged.items[0].candidate == label.suggestion


def test_nearest_mentions_prefers_the_closest_outside_the_quote():
    text = "Lee spoke first. Then Kim said: 'Lee is wrong.' Kim left. Lee stayed."
    quote = span_of(text, "'Lee is wrong.'")
    assert nearest_mentions(text, "Lee", quote) == [(text.rindex("Lee"), text.rindex("Lee") + 3)]
    after = text.index("Kim left")
    assert nearest_mentions(text, "Dr Kim", quote) == [(after, after + 3)]
    assert nearest_mentions(text, "Nobody", quote) == []


def test_every_saved_label_fits_the_document(session, store):
    work = session.load("a.txt")
    work = session.adjust_span(work, 2, "end", -1, "word")
    work = session.set_speaker(work, 2, "市长")
    session.reject(work, 1)
    for line in stored_lines(store):
        quote = line["item"]
        assert FIRST[quote["start"] : quote["end"]] == quote["text"]
        for start, end in quote["speaker_spans"]:
            assert FIRST[start:end] in ("市长", "Ana Ortiz")
        assert quote["status"] in (Status.ACCEPTED, Status.REJECTED)


def _shape(work):
    return [
        (item.id, item.state, item.start, item.end, item.speaker, item.confidence)
        for item in work.items
    ]


def test_changes_applied_in_place_match_a_full_rebuild(session):
    work = session.load("a.txt")
    steps = [
        lambda w: session.accept(w, 0),
        lambda w: session.reject(w, 1),
        lambda w: session.adjust_span(w, 2, "start", 1, "char"),
        lambda w: session.adjust_span(w, 0, "start", 1, "word"),
        lambda w: session.add_quote(w, *span_of(FIRST, "costs would rise"))[0],
        lambda w: session.add_quote(w, *span_of(FIRST, "The mayor"))[0],
        lambda w: session.set_speaker(w, 0, "Ana"),
        lambda w: session.clear(w, 1),
        lambda w: session.clear(w, 0),
    ]
    for step in steps:
        work = step(work)
        rebuilt = session.refresh(work)
        assert _shape(work) == _shape(rebuilt)
        assert (work.labeled, work.total, work.done) == (
            rebuilt.labeled,
            rebuilt.total,
            rebuilt.done,
        )
    for _ in range(len(steps) + 1):
        session.undo(work)
        assert _shape(work) == _shape(session.refresh(work))
    assert work.labeled == 0 and len(work.items) == 3
    for _ in range(3):
        session.redo(work)
        assert _shape(work) == _shape(session.refresh(work))


def test_corpus_progress_follows_every_kind_of_change(corpus, store):
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        session.reject(session.load("b.txt"), 0)
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.corpus_progress().labeled == 1
        work = session.load("a.txt")
        work = session.accept(work, 0)
        work = session.set_confidence(work, 0, 2)  # an edit: no new label
        work, added = session.add_quote(work, *span_of(FIRST, "costs would rise"))
        work = session.clear(work, work.index_of(added))
        figures = session.corpus_progress()
        assert (figures.labeled, figures.session_labeled) == (2, 1)
        session.undo(work)  # the clear: the manual quote is back
        assert session.corpus_progress().session_labeled == 2
        session.undo(work)  # the addition: gone again
        session.undo(work)  # the confidence: the accepted quote stays
        assert session.corpus_progress().session_labeled == 1
        work = session.accept(work, 1)
        session.fill_progress(["b.txt", "c.txt"])
        assert session.corpus_progress().finished == 0  # a and b started; c has nothing to do
        work = session.accept(work, work.first_open())
        assert session.leave(work)  # every quote of a decided
        assert session.corpus_progress().finished == 1
        session.set_finished("c.txt", True)  # no quote in it, by the annotator's word
        assert session.corpus_progress().finished == 2
        session.set_finished("a.txt", False)
        assert session.corpus_progress().finished == 1


def test_corpus_progress_counts_the_documents_finished_in_an_earlier_run(corpus, store):
    """The top line counted the documents with nothing pending among those read in this run,
    so after a restart it said '0 done' however many had been finished before."""
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.leave(session.accept(session.load("b.txt"), 0))
        session.set_finished("c.txt", True)
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.corpus_progress().finished == 2


def test_corpus_progress_follows_a_document_labelled_before_marks_existed(corpus, store):
    """Without a mark a labelled document counts as finished; deleting its last label (or
    undoing that) changes that without any mark being written."""
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        session.accept(session.load("b.txt"), 0)
    path = store.path_for("ana")
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(line for line in lines if b'"record":"finished"' not in line))
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.corpus_progress().finished == 1
        work = session.clear(session.load("b.txt"), 0)
        assert session.corpus_progress().finished == 0
        session.undo(work)
        assert session.corpus_progress().finished == 1


def test_undoing_an_earlier_runs_label_never_counts_below_zero_this_session(corpus, store):
    """Undo reaches labels of an earlier run; taking one away lowers the corpus count, not
    this session's (the top line showed '-1 this session')."""
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        work = session.accept(session.load("a.txt"), 0)
        session.accept(work, 1)
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        work = session.load("a.txt")
        session.undo(work)  # yesterday's second label
        figures = session.corpus_progress()
        assert (figures.labeled, figures.session_labeled) == (1, 0)
        session.redo(work)
        figures = session.corpus_progress()
        assert (figures.labeled, figures.session_labeled) == (2, 0)
        work = session.clear(work, 0)  # a label of the earlier run, deleted
        work = session.accept(work, 2)  # and a new one
        figures = session.corpus_progress()
        assert (figures.labeled, figures.session_labeled) == (2, 1)
        session.undo(work)  # the new one
        session.undo(work)  # the deletion: the earlier label is back
        figures = session.corpus_progress()
        assert (figures.labeled, figures.session_labeled) == (2, 0)


def test_what_the_readme_says_accepting_and_changing_a_pending_quote_save(session):
    """README, annotate: a quote accepted without 1 or 2 is saved with high confidence, and
    changing a pending quote (confidence, type, speaker, source, note, span) accepts it."""
    work = session.accept(session.load("a.txt"), 0)
    assert work.items[0].confidence is Confidence.HIGH
    changes = [
        lambda work, index: session.set_confidence(work, index, 1),
        lambda work, index: session.cycle_type(work, index),
        lambda work, index: session.set_speaker(work, index, "Someone Else"),
        lambda work, index: session.set_source(work, index, "Radio Nord"),
        lambda work, index: session.set_note(work, index, "check"),
        lambda work, index: session.adjust_span(work, index, "end", -1, "char"),
    ]
    for change in changes:
        work = session.clear(work, 1)
        assert work.items[1].state is ItemState.PENDING
        work = change(work, 1)
        assert work.items[1].state is ItemState.ACCEPTED


def test_a_document_labelled_before_marks_stays_finished_when_edited(corpus, store):
    # Labels from before marks existed: the document counts as finished, and changing one of
    # its labels does not take that back (only f, or leaving it with work open, could).
    with store.open("ana", writable=True) as handle:
        old = AnnotationSession(corpus, handle, detector=fake_detector)
        old.annotations.save(
            old._label_of(old.load("a.txt"), old.load("a.txt").items[0], Status.ACCEPTED)
        )
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(corpus, handle, detector=fake_detector)
        assert session.finished("a.txt")
        work = session.reject(session.load("a.txt"), 0)
        assert session.finished("a.txt") and handle.finished_marks() == {}
        assert not session.leave(work), "work is still open in it: no mark"
        session.reject(work, 1)  # a new document's first label marks it not finished
        session.accept(session.load("b.txt"), 0)
        assert handle.finished_marks() == {"b.txt": False}


def test_set_finished_writes_only_a_change(session, store):
    assert session.set_finished("c.txt", True)
    assert not session.set_finished("c.txt", True)
    assert session.set_finished("c.txt", False)
    marks = [line["item"]["finished"] for line in stored_lines(store, record="finished")]
    assert marks == [True, False]


def test_resume_passes_over_a_document_marked_finished_with_quotes_still_open(session):
    session.accept(session.load("a.txt"), 0)
    assert session.resume_point() == ("a.txt", 1)
    session.set_finished("a.txt", True)  # the rest of a.txt is, by the annotator's word, no quote
    assert session.resume_point() == ("b.txt", 0)
    assert session.resume_point(where_left_off=False) == ("b.txt", 0)
    session.set_finished("a.txt", False)
    assert session.resume_point(where_left_off=False) == ("a.txt", 1)


def test_documents_to_count_are_the_labeled_then_the_finished_in_this_corpus(write_corpus, store):
    """What the list counts after a restart: documents with a stored label in store order,
    then those marked finished with no label, and none that is not in this corpus."""
    root = write_corpus({"a.txt": FIRST, "b.txt": SECOND, "c.txt": THIRD, "z.txt": FIRST})
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(root), handle, detector=fake_detector)
        session.accept(session.load("z.txt"), 0)
        session.accept(session.load("a.txt"), 0)
        session.reject(session.load("b.txt"), 0)
        session.set_finished("c.txt", True)  # nothing to label there
    (root / "z.txt").unlink()
    with store.open("ana", writable=True) as handle:
        session = AnnotationSession(open_corpus(root), handle, detector=fake_detector)
        assert session.documents_to_count() == ["a.txt", "b.txt", "c.txt"]


def test_word_edge_near_never_cuts_a_word():
    text = 'Odile Marrow said "the pier stays shut" today.'
    inside = text.index("pier") + 2
    assert word_edge_near(text, inside, "start") == text.index("pier")
    assert word_edge_near(text, inside, "end") == text.index("pier") + len("pier")
    space = text.index(" stays")
    assert word_edge_near(text, space, "start") == space + 1  # on to the next word
    assert word_edge_near(text, space + 1, "end") == space  # back to the word before
    assert word_edge_near(text, text.index("shut") + 4, "end") == text.index("shut") + 4
    assert word_edge_near(text, 0, "start") == 0
    assert word_edge_near(text, len(text) + 5, "end") == len(text)
