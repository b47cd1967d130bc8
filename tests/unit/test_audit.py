"""Auditing: one statement across outlets, its rewordings, misattributions and sources."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.audit import (
    MISATTRIBUTED,
    REWORDED,
    SOURCE_DIFFERS,
    TRIMMED,
    Occurrence,
    audit,
    cluster_occurrences,
    containment,
    gather_from_detector,
    gather_from_quotes_file,
    gather_from_store,
    printable,
    same_source,
    same_speaker,
    shingles_of,
    source_key,
    speaker_key,
    word_diff,
    words_of,
)
from annotator.cli import main
from annotator.corpus import open_corpus
from annotator.records import Candidate, QuoteAnnotation, QuoteType, Status, text_sha256
from annotator.store import AnnotationStore

FEES = "We will not raise the harbour fees before the spring fishing season begins"
FERRY = "The new ferry timetable starts on Monday morning, and the night boat stays"
SCHOOL = "We will not let the storm close our village school this winter"
CJK = "港口费用在春季渔汛开始前不会上涨"

DOCUMENTS = [
    {
        "id": "ledger-1",
        "outlet": "Baltic Ledger",
        "date": "2026-03-01",
        "text": f"Harbour chief Marta Ilves said: “{FEES},” she told Coastal Radio.\n\n"
        f"“{FERRY},” said transport officer Paul Kask.",
    },
    {
        "id": "post-7",
        "meta": {"publisher": "Northern Post", "date": "2026-03-02"},
        "text": f'"{FEES.upper()}!" Ilves said at a news conference on the quay.',
    },
    {
        "id": "island-3",
        "outlet": "Island Daily",
        "text": '"We will not raise harbour fees before the fishing season starts," '
        "said Mayor Jaan Tamm.",
    },
    {
        "id": "school-2",
        "outlet": "Valley News",
        "text": f"“{SCHOOL},” principal Anu Saar said on Friday.",
    },
    {
        "id": "cjk-1",
        "outlet": "港口日报",
        "text": f"🚢🎉 李明说：「{CJK}」。",
    },
    {
        "id": "cjk-2",
        "outlet": "海湾晚报",
        "text": f"王芳表示，「{CJK}」，她在记者会上说。👍",
    },
]


def write_jsonl(path: Path, documents: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(d, option=orjson.OPT_APPEND_NEWLINE) for d in documents))
    return path


def text_of(doc_id: str) -> str:
    return next(d["text"] for d in DOCUMENTS if d["id"] == doc_id)


def label(
    annotator: str,
    doc_id: str,
    words: str,
    *,
    quote_id: str | None = None,
    speaker: str | None = None,
    source: str | None = None,
    status: Status = Status.ACCEPTED,
    text: str | None = None,
) -> QuoteAnnotation:
    """A quote over the first place ``words`` stands in the document (found, never counted)."""
    text = text if text is not None else text_of(doc_id)
    start = text.index(words)
    return QuoteAnnotation(
        id=quote_id or f"{annotator}-{doc_id}-{start}",
        doc_id=doc_id,
        doc_sha256=text_sha256(text),
        start=start,
        end=start + len(words),
        text=words,
        speaker=speaker,
        source=source,
        status=status,
        annotator=annotator,
    )


ISLAND_QUOTE = '"We will not raise harbour fees before the fishing season starts,"'


def standard_labels(annotator: str = "ann") -> list[QuoteAnnotation]:
    return [
        label(annotator, "ledger-1", f"“{FEES},”", speaker="Marta Ilves", source="Coastal Radio"),
        label(annotator, "ledger-1", f"“{FERRY},”", speaker="Paul Kask"),
        label(
            annotator,
            "post-7",
            f'"{FEES.upper()}!"',
            speaker="Ilves",
            source="a news conference",
        ),
        label(annotator, "island-3", ISLAND_QUOTE, speaker="Mayor Jaan Tamm"),
        label(annotator, "school-2", f"“{SCHOOL},”", speaker="Anu Saar"),
        label(annotator, "cjk-1", f"「{CJK}」", speaker="李明"),
        label(annotator, "cjk-2", f"「{CJK}」", speaker="王芳", source="记者会"),
    ]


@pytest.fixture
def corpus_path(tmp_path):
    return write_jsonl(tmp_path / "news.jsonl", DOCUMENTS)


@pytest.fixture
def labelled_store(tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for quote in standard_labels():
            ann.save(quote)
    return store


def gathered_report(corpus_path, store, names=("ann",), **options):
    corpus = open_corpus(corpus_path)
    files = [store.open(name) for name in names]
    try:
        gathered = gather_from_store(corpus, files)
    finally:
        for folded in files:
            folded.close()
    return gathered, audit(gathered.occurrences, **options)


def by_doc(cluster):
    return {reported.occurrence.doc_id: reported for reported in cluster.occurrences}


# --- Words, shingles, speakers -----------------------------------------------------------------


def test_words_ignore_case_quote_marks_punctuation_and_spacing():
    curly = words_of("“We will NOT   raise fees—before spring,” she said…")
    straight = words_of('"we will not raise fees - before spring" she said')
    assert curly.norm == straight.norm
    assert curly.surface[2] == "NOT"


def test_contractions_are_spelled_out_so_they_are_not_rewording():
    assert (
        words_of("We won’t go, they can't stay, I've left").norm
        == words_of("We will not go, they can not stay, I have left").norm
    )


def test_british_and_american_spellings_are_one_wording():
    british = "The harbour defences at the centre were organised and the ferries travelled on"
    american = "The harbor defenses at the center were organized and the ferries traveled on"
    assert words_of(british).norm == words_of(american).norm
    (cluster,) = audit([occurrence(0, british), occurrence(1, american)]).clusters
    assert cluster.flags == [] and cluster.main_count == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The port budget was cut three years in a row",
            "The port budget was cut 3 years in a row",
        ),
        ("Harbour prices rose 20 per cent in one month", "Harbour prices rose 20% in 1 month"),
        ("Harbour prices rose 20 percent in one month", "Harbour prices rose 20 % in one month"),
        (
            "We will co-operate with the non-profit inquiry",
            "We will cooperate with the nonprofit inquiry",
        ),
    ],
)
def test_house_styles_for_numbers_percent_and_prefixes_are_not_rewording(first, second):
    assert words_of(first).norm == words_of(second).norm
    (cluster,) = audit([occurrence(0, first), occurrence(1, second)]).clusters
    assert cluster.flags == []


@pytest.mark.parametrize(
    ("first", "second"), [("filled", "filed"), ("hour", "hor"), ("rise", "rize"), ("tour", "tor")]
)
def test_spelling_folds_leave_different_words_apart(first, second):
    assert words_of(first).norm != words_of(second).norm


def test_cjk_characters_are_words_and_emoji_are_not():
    assert words_of("🚢 港口费用 ok👍").norm == ("港", "口", "费", "用", "ok")


def test_shortened_quote_is_contained_and_one_changed_word_keeps_half():
    full = shingles_of(words_of(FEES).norm)
    shortened = shingles_of(words_of("raise the harbour fees before the spring").norm)
    assert containment(full, shortened) == 1.0
    changed = shingles_of(words_of(FEES.replace("harbour", "port")).norm)
    assert 0.5 <= containment(full, changed) < 1.0
    unrelated = shingles_of(words_of(FERRY).norm)
    assert containment(full, unrelated) == 0.0


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marta Ilves", "Ilves"),
        ("Dr. Marta Ilves", "MARTA ILVES"),
        ("Harbour chief Marta Ilves", "Marta Ilves"),
        ("Mr. Kask", "Transport Minister Paul Kask"),
        ("Sergey Ryabkov", "Sergei Ryabkov"),
        ("李明", "李明"),
        # A surname with a particle, written apart or closed up.
        ("Liesl Van Droot", "Liesl Vandroot"),
        ("Mayor Liesl Vandroot", "Van Droot"),
        ("Piero Di Lauro", "DiLauro"),
        # A middle name, an appositive after a comma.
        ("Sergei Alexandrovich Dravkin", "Sergey Dravkin"),
        ("Dravkin, the deputy minister", "Sergei Dravkin"),
        ("Ana Marquetti, 54, a former nurse", "Health Minister Ana Marquetti"),
        ("Maria Souza", "Maria de Souza"),
        ("The harbour board's director, Maria de Souza,", "Maria de Souza"),
        ("the harbour board's Portuguese director, Maria de Souza", "Souza"),
        ("His campaign manager, Jaan Tamm,", "his campaign manager, Jaan Tamm"),
    ],
)
def test_name_variants_are_one_speaker(first, second):
    assert same_speaker(speaker_key(first), speaker_key(second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marta Ilves", "Jaan Tamm"),
        ("Marta Ilves", "Anna Ilves"),
        ("李明", "王芳"),
        ("Liesl Vandroot", "Droot"),
        ("Liesl Van Droot", "Anna Vandroot"),
        ("Ana Marquetti", "Paolo Marquetti"),
        ("Ana Marquetti, the minister", "Paolo Marquetti, the senator"),
        ("Senator Paolo Marquetti", "Ana Paola Marquetti"),
        ("Maria de Souza", "Joana de Souza"),
        ("Maria de Souza", "Joana Desouza"),
    ],
)
def test_different_people_are_not_one_speaker(first, second):
    assert not same_speaker(speaker_key(first), speaker_key(second))


@pytest.mark.parametrize(
    "vague",
    [
        None,
        "",
        "  ",
        "he",
        "They",
        "officials",
        "a spokesman",
        # Capitalised where a sentence starts them, they still name nobody.
        "A spokesman for the alliance",
        "Two officials",
        "An adviser to the Harbour Board",
        "The spokeswoman",
        "harbour officials, talking off the record at the quay",
        "The board's chairman, who declined to be named",
        "His campaign manager",
        "12,000 people",
    ],
)
def test_pronouns_and_descriptions_name_nobody(vague):
    assert speaker_key(vague) is None


@pytest.mark.parametrize("named", ["The Harbour Board", "the Kellerstad council", "Ana Lima"])
def test_a_name_after_the_article_still_names_someone(named):
    assert speaker_key(named) is not None


def test_a_particle_written_apart_is_one_speaker_in_flags_groups_and_filters():
    items = [
        occurrence(0, FEES, speaker="Mayor Liesl Vandroot"),
        occurrence(1, FEES, speaker="Liesl Van Droot"),
    ]
    report = audit(items)
    (cluster,) = report.clusters
    assert MISATTRIBUTED not in cluster.flags
    assert [group.documents for group in cluster.speakers] == [2]
    assert report.filtered(speaker="Van Droot").clusters == [cluster]


def split_report(doc_index: int, first: str, second: str, between: str) -> list[Occurrence]:
    """One statement quoted in two parts with the attribution between them."""
    return [
        Occurrence(f"d{doc_index:03d}", doc_index, 0, len(first), first),
        Occurrence(
            f"d{doc_index:03d}",
            doc_index,
            len(first) + len(between),
            len(first) + len(between) + len(second),
            second,
        ),
    ]


def test_a_quote_split_by_its_attribution_is_not_trimmed():
    first, second = "We will not raise the harbour fees", "before the spring fishing season begins"
    items = [occurrence(0, FEES), *split_report(1, first, second, ", Marta Ilves said, ")]
    (cluster,) = audit(items).clusters
    assert cluster.flags == []
    parts = [reported for reported in cluster.occurrences if reported.occurrence.doc_index == 1]
    assert [reported.split_changes for reported in parts] == [[], []]
    assert all(reported.changes for reported in parts)  # each part alone still shows its cut
    # A paraphrase just after the parts is not one of them.
    paraphrase = Occurrence("d001", 1, 100, 170, f"that {FEES.lower()}")
    (cluster,) = audit([*items, paraphrase, occurrence(2, FEES)]).clusters
    in_split = [reported for reported in cluster.occurrences if reported.occurrence.doc_index == 1]
    assert [reported.split_changes for reported in in_split] == [[], [], None]


def test_a_split_quote_missing_words_is_still_trimmed_or_reworded():
    first, second = "We will not raise the harbour fees", "before the fishing season begins"
    items = [occurrence(0, FEES), *split_report(1, first, second, ", she said, ")]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [REWORDED]
    only_half = [occurrence(0, FEES), occurrence(1, "We will not raise the harbour fees")]
    assert audit(only_half).clusters[0].flags == [TRIMMED]
    far_apart = [occurrence(0, FEES), *split_report(1, first, second, " " + "x" * 200 + " ")]
    assert TRIMMED in audit(far_apart).clusters[0].flags


def test_a_description_opening_a_sentence_does_not_make_a_misattribution():
    items = [
        occurrence(0, FEES, speaker="A spokesman for the port authority"),
        occurrence(1, FEES, speaker="Marta Ilves"),
    ]
    (cluster,) = audit(items).clusters
    assert MISATTRIBUTED not in cluster.flags
    assert [group.name for group in cluster.speakers] == ["Marta Ilves"]


def test_source_key_folds_articles_and_case():
    assert source_key("the Coastal Radio") == source_key("COASTAL RADIO.") == "coastal radio"
    assert source_key(None) is None


# --- Diffs --------------------------------------------------------------------------------------


def test_word_diff_names_dropped_and_changed_words_inside_the_passage():
    changes = word_diff(words_of(FEES), words_of(ISLAND_QUOTE))
    assert [str(change) for change in changes] == [
        "dropped: the",
        "dropped: spring",
        "changed: begins → starts",
    ]


def test_word_diff_calls_cut_ends_trimmed_and_a_changed_first_word_changed():
    trimmed = word_diff(words_of(FEES), words_of("raise the harbour fees before the spring"))
    assert [change.op for change in trimmed] == ["trimmed", "trimmed"]
    assert trimmed[0].before == "We will not" and trimmed[1].before == "fishing season begins"
    first_word = word_diff(words_of(FEES), words_of(FEES.replace("We", "They", 1)))
    assert [str(change) for change in first_word] == ["changed: We → They"]


def test_a_lone_function_word_does_not_split_a_change():
    changes = word_diff(
        words_of("the talks are balancing on the verge of rupture today"),
        words_of("the talks are balancing on the brink of a breakup today"),
    )
    assert [str(change) for change in changes] == ["changed: verge of rupture → brink of a breakup"]


# --- Clusters from the store -------------------------------------------------------------------


def test_one_statement_three_outlets_reworded_and_misattributed(corpus_path, labelled_store):
    gathered, report = gathered_report(corpus_path, labelled_store)
    assert gathered.warnings == []
    assert gathered.documents == 6 and len(gathered.occurrences) == 7
    fees = report.clusters[0]
    assert fees.documents == 3
    assert fees.flags == [MISATTRIBUTED, REWORDED, SOURCE_DIFFERS]
    assert fees.main_count == 2 and fees.main_text == f"“{FEES},”"
    assert [(group.name, group.documents) for group in fees.speakers] == [
        ("Marta Ilves", 2),
        ("Mayor Jaan Tamm", 1),
    ]
    assert fees.sources == ["Coastal Radio", "a news conference"]
    reports = by_doc(fees)
    assert list(reports) == ["ledger-1", "post-7", "island-3"]
    assert reports["post-7"].is_main and reports["post-7"].changes == []
    assert reports["post-7"].speaker_group == reports["ledger-1"].speaker_group == 0
    assert reports["island-3"].speaker_group == 1
    assert [str(change) for change in reports["island-3"].changes] == [
        "dropped: the",
        "dropped: spring",
        "changed: begins → starts",
    ]
    ledger = reports["ledger-1"].occurrence
    assert (ledger.outlet, ledger.date) == ("Baltic Ledger", "2026-03-01")
    assert reports["post-7"].occurrence.publisher == "Northern Post"


def test_unrelated_quotes_sharing_only_function_words_stay_apart(corpus_path, labelled_store):
    _, report = gathered_report(corpus_path, labelled_store)
    clustered = {r.occurrence.doc_id for cluster in report.clusters for r in cluster.occurrences}
    assert "school-2" not in clustered
    texts = [r.occurrence.text for cluster in report.clusters for r in cluster.occurrences]
    assert not any("ferry" in text for text in texts)
    assert len(report.clusters) == 2


def test_cjk_statement_after_emoji_is_clustered_at_true_offsets(corpus_path, labelled_store):
    _, report = gathered_report(corpus_path, labelled_store)
    cjk = report.clusters[1]
    assert cjk.flags == [MISATTRIBUTED]
    for reported in cjk.occurrences:
        occurrence = reported.occurrence
        assert text_of(occurrence.doc_id)[occurrence.start : occurrence.end] == f"「{CJK}」"
    assert by_doc(cjk)["cjk-1"].occurrence.start == 7  # two emoji, a space, three CJK
    assert {group.name for group in cjk.speakers} == {"李明", "王芳"}


def test_a_trimmed_quote_is_trimmed_not_reworded(tmp_path):
    documents = [
        {"id": "a", "text": f"“{FEES},” Ilves said."},
        {"id": "b", "text": "Ilves said they will not raise the harbour fees before the spring."},
    ]
    corpus = write_jsonl(tmp_path / "two.jsonl", documents)
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        ann.save(label("ann", "a", f"“{FEES},”", speaker="Ilves", text=documents[0]["text"]))
        ann.save(
            label(
                "ann",
                "b",
                "will not raise the harbour fees before the spring",
                speaker="Marta Ilves",
                text=documents[1]["text"],
            )
        )
    _, report = gathered_report(corpus, store)
    (cluster,) = report.clusters
    assert cluster.flags == [TRIMMED]
    assert cluster.speakers[0].name == "Marta Ilves"


def test_annotators_on_one_span_count_once_and_the_first_file_speaks(corpus_path, tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("gold", writable=True) as gold:
        gold.save(label("gold", "island-3", ISLAND_QUOTE, speaker="Marta Ilves"))
        gold.save(label("gold", "post-7", f'"{FEES.upper()}!"', speaker="Ilves"))
    with store.open("ann", writable=True) as ann:
        for quote in standard_labels():
            ann.save(quote)
    _, report = gathered_report(corpus_path, store, names=("gold", "ann"))
    fees = report.clusters[0]
    assert fees.documents == 3 and len(fees.occurrences) == 3
    island = by_doc(fees)["island-3"].occurrence
    assert island.speaker == "Marta Ilves" and island.annotators == ["gold", "ann"]
    assert MISATTRIBUTED not in fees.flags and REWORDED in fees.flags


def test_rejected_quotes_are_left_out(corpus_path, tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for quote in standard_labels():
            rejected = quote.doc_id == "island-3"
            ann.save(quote.revised(status=Status.REJECTED) if rejected else quote)
    _, report = gathered_report(corpus_path, store)
    assert [r.occurrence.doc_id for r in report.clusters[0].occurrences] == ["ledger-1", "post-7"]
    assert report.clusters[0].flags == [SOURCE_DIFFERS]


def test_stale_quote_is_skipped_with_its_file_and_line(corpus_path, tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for quote in standard_labels():
            ann.save(quote)
        ann.save(
            QuoteAnnotation(
                id="gone",
                doc_id="ledger-1",
                doc_sha256="0" * 64,
                start=0,
                end=11,
                text="Words gone.",
                annotator="ann",
            )
        )
    gathered, _ = gathered_report(corpus_path, store)
    (warning,) = gathered.warnings
    assert warning.startswith(f"{store.path_for('ann')}:8: quote 'gone' is stale")
    assert len(gathered.occurrences) == 7


def test_documents_outside_the_corpus_are_counted_in_a_warning(corpus_path, tmp_path):
    store = AnnotationStore(tmp_path / "annotations")
    other = "Some other article, with “words that are not in this corpus at all,” he said."
    with store.open("ann", writable=True) as ann:
        ann.save(
            QuoteAnnotation(
                id="x",
                doc_id="elsewhere",
                doc_sha256=text_sha256(other),
                start=0,
                end=4,
                text="Some",
                annotator="ann",
            )
        )
    gathered, _ = gathered_report(corpus_path, store)
    assert gathered.warnings == [f"ann: 1 annotated document is not in {corpus_path}; skipped"]


# --- Order, thresholds, scale ------------------------------------------------------------------


def occurrence(doc_index: int, text: str, speaker: str | None = None) -> Occurrence:
    return Occurrence(
        doc_id=f"d{doc_index:03d}", doc_index=doc_index, start=0, end=len(text), text=text,
        speaker=speaker,
    )  # fmt: skip


def test_clusters_come_by_size_then_first_occurrence_whatever_the_input_order():
    ferry = [occurrence(i, FERRY) for i in (4, 5)]
    fees = [occurrence(i, FEES) for i in (1, 2, 3)]
    school = [occurrence(i, SCHOOL) for i in (0, 6)]
    items = ferry + fees + school
    expected = None
    for seed in range(5):
        random.Random(seed).shuffle(items)
        report = audit(items)
        summary = [
            (cluster.number, [r.occurrence.doc_index for r in cluster.occurrences])
            for cluster in report.clusters
        ]
        assert summary == (expected or summary)
        expected = summary
    assert expected == [(1, [1, 2, 3]), (2, [0, 6]), (3, [4, 5])]


def test_min_documents_and_min_similarity_decide_what_is_reported():
    reworded = "We will not raise the port fees before the spring fishing season ends"
    items = [occurrence(0, FEES), occurrence(1, reworded), occurrence(2, FERRY)]
    assert [c.documents for c in audit(items).clusters] == [2]
    assert audit(items, min_similarity=0.9).clusters == []
    assert [c.documents for c in audit(items, min_documents=1).clusters] == [2, 1]
    assert audit(items, min_documents=3).clusters == []
    with pytest.raises(ValueError):
        audit(items, min_similarity=0)


def test_a_quote_repeated_in_one_document_is_one_document():
    items = [occurrence(0, FEES), occurrence(0, FEES)]
    assert audit(items).clusters == []
    assert audit(items, min_documents=1).clusters[0].documents == 1


def test_two_long_quotes_are_not_chained_through_a_short_phrase_they_share():
    phrase = "the harbour fees before the spring fishing season"
    first = f"Councillors argued at length that {phrase} should be frozen by the city board"
    second = f"Fishermen on the northern pier complained bitterly that {phrase} were unfair"
    clusters = cluster_occurrences(
        [occurrence(0, first), occurrence(1, second), occurrence(2, phrase)]
    )
    assert sorted(map(sorted, clusters)) == [[0, 2], [1]]


def test_short_quotes_and_stock_phrases_are_not_compared():
    items = [
        occurrence(0, "fake news"),
        occurrence(1, "Fake news!"),
        occurrence(2, "It is what it is."),
        occurrence(3, "it is what it is"),
        occurrence(4, FEES),
    ]
    report = audit(items, min_documents=1)
    assert report.compared == 1 and report.quotes == 5


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "We will not comment on speculation about the negotiations.",
            "We will not comment on speculation about the minister's health.",
        ),
        (
            "It is too early to say whether the campaign has worked.",
            "It is too early to say whether the dam will hold.",
        ),
        (
            "It is not clear whether the ferry will sail on Monday.",
            "It is not clear whether the mayor will resign.",
        ),
        (
            "We do not know whether the bridge can be saved.",
            "We do not know whether the harbour will reopen.",
        ),
    ],
)
def test_statements_sharing_only_a_stock_opening_stay_apart(first, second):
    assert audit([occurrence(0, first), occurrence(1, second)]).clusters == []


def test_a_statement_that_opens_with_a_stock_phrase_still_finds_its_reports():
    statement = "It is too early to say whether the ceasefire in the valley will hold."
    reworded = "It is still too early to say if the ceasefire in the valley will hold"
    (cluster,) = audit([occurrence(0, statement), occurrence(1, reworded)]).clusters
    assert cluster.documents == 2 and REWORDED in cluster.flags


def test_many_statements_each_find_their_own_reports():
    rng = random.Random(7)
    vocabulary = [f"word{n}" for n in range(400)]
    statements = [" ".join(rng.choices(vocabulary, k=12)) for _ in range(200)]
    items = []
    for number, statement in enumerate(statements):
        words = statement.split()
        items.append(occurrence(2 * number, statement))
        words[6] = "changed"
        items.append(occurrence(2 * number + 1, " ".join(words[1:])))
    report = audit(items)
    assert len(report.clusters) == 200
    for cluster in report.clusters:
        indices = sorted(r.occurrence.doc_index for r in cluster.occurrences)
        assert indices[1] == indices[0] + 1 and indices[0] % 2 == 0


# --- Detector candidates ------------------------------------------------------------------------


def fake_detect(text: str) -> list[Candidate]:
    """Every “…” or "…" span, scored high, with no speaker: enough to exercise the plumbing."""
    found = []
    for opening, closing in (("“", "”"), ('"', '"'), ("「", "」")):
        start = text.find(opening)
        while start >= 0:
            end = text.find(closing, start + 1)
            if end < 0:
                break
            found.append(
                Candidate(
                    start=start,
                    end=end + 1,
                    text=text[start : end + 1],
                    type=QuoteType.DIRECT,
                    score=0.9 if end - start > 12 else 0.2,
                )
            )
            start = text.find(opening, end + 1)
    return sorted(found, key=lambda c: c.start)


def test_detector_candidates_cluster_and_faint_ones_are_dropped(corpus_path):
    gathered = gather_from_detector(open_corpus(corpus_path), detect=fake_detect)
    assert all(o.annotators == [] and o.quote_id is None for o in gathered.occurrences)
    report = audit(gathered.occurrences)
    assert [c.documents for c in report.clusters] == [3, 2]
    assert all(MISATTRIBUTED not in c.flags for c in report.clusters)
    faint = gather_from_detector(open_corpus(corpus_path), detect=fake_detect, min_score=0.95)
    assert faint.occurrences == []


def test_unreadable_documents_are_skipped_with_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        orjson.dumps({"id": "ok", "text": f"“{FEES}”"}) + b"\n" + b'{"id": "broken", "text": 5}\n'
    )
    gathered = gather_from_detector(open_corpus(path), detect=fake_detect)
    assert gathered.documents == 1
    assert gathered.warnings == [f'{path}:2: missing "text" (a string); skipped']


# --- The command line ---------------------------------------------------------------------------


def run_cli(capsys, *argv):
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_json_from_the_store_by_default(corpus_path, labelled_store, capsys):
    code, out, err = run_cli(capsys, "audit", corpus_path, "--store", labelled_store.root, "--json")
    assert code == 0, err
    assert "quotes from the store" in err and "7 accepted quotes in 6 documents" in err
    data = orjson.loads(out)
    assert data["quotes_from"] == "store" and data["annotators"] == ["ann"]
    assert [c["documents"] for c in data["clusters"]] == [3, 2]
    fees = data["clusters"][0]
    assert fees["flags"] == ["misattributed", "reworded", "source differs"]
    island = fees["occurrences"][2]
    assert island["doc_id"] == "island-3" and island["speaker"] == "Mayor Jaan Tamm"
    assert {"op": "changed", "before": "begins", "after": "starts"} in island["changes"]
    assert fees["occurrences"][0]["outlet"] == "Baltic Ledger"


def test_cli_terminal_report_puts_misattributions_first(tmp_path, capsys):
    documents = [
        {"id": "a", "text": f"“{FERRY},” said Paul Kask."},
        {"id": "b", "text": f"“{FERRY},” said Paul Kask."},
        {"id": "c", "text": f"“{FERRY},” said Paul Kask."},
        {"id": "d", "text": f"“{FEES},” said Marta Ilves."},
        {"id": "e", "text": f"“{FEES},” said Jaan Tamm."},
    ]
    corpus = write_jsonl(tmp_path / "c.jsonl", documents)
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for document in documents:
            words = f"“{FERRY},”" if "ferry" in document["text"] else f"“{FEES},”"
            speaker = document["text"].rsplit("said ", 1)[1].rstrip(".")
            ann.save(label("ann", document["id"], words, speaker=speaker, text=document["text"]))
    code, out, err = run_cli(capsys, "audit", corpus, "--store", store.root)
    assert code == 0, err
    assert out.index("#2  2 documents · misattributed") < out.index("#1  3 documents")
    assert "speakers: Marta Ilves (1), Jaan Tamm (1)  ← disagree" in out
    assert "1 misattributed, 0 reworded, 0 source differs" in out


def test_cli_report_shows_identical_reports_once_with_their_documents(tmp_path, capsys):
    """A wire story reprinted word for word by many outlets is one entry, not one per outlet."""
    documents = [
        {"id": f"wire-{n}", "outlet": f"Outlet {n}", "text": f"“{FEES},” said Marta Ilves."}
        for n in range(9)
    ]
    documents.append({"id": "odd", "text": f"“{FEES},” said Jaan Tamm."})
    corpus = write_jsonl(tmp_path / "c.jsonl", documents)
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for document in documents:
            speaker = document["text"].rsplit("said ", 1)[1].rstrip(".")
            ann.save(
                label("ann", document["id"], f"“{FEES},”", speaker=speaker, text=document["text"])
            )
    code, out, err = run_cli(capsys, "audit", corpus, "--store", store.root)
    assert code == 0, err
    assert out.count("said by Marta Ilves") == 1
    assert "- wire-0 · Outlet 0" in out
    flat = " ".join(out.split())  # the list wraps to the terminal
    assert "same words, speaker and source in 8 more reports: wire-1 · Outlet 1, wire-2" in flat
    assert "wire-5 · Outlet 5, and 3 more (--json lists every one)" in flat
    assert "- odd  [" in out and "said by Jaan Tamm" in out
    assert "#1  10 documents · misattributed" in out


def test_cli_report_says_a_split_quote_is_whole_together(tmp_path, capsys):
    first, second = "We will not raise the harbour fees", "before the spring fishing season begins"
    documents = [
        {"id": "whole", "text": f"“{FEES},” said Marta Ilves."},
        {"id": "split", "text": f"“{first},” Marta Ilves said, “{second}.”"},
    ]
    corpus = write_jsonl(tmp_path / "c.jsonl", documents)
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        ann.save(label("ann", "whole", f"“{FEES},”", text=documents[0]["text"]))
        ann.save(label("ann", "split", f"“{first},”", text=documents[1]["text"]))
        ann.save(label("ann", "split", f"“{second}.”", text=documents[1]["text"]))
    code, out, err = run_cli(capsys, "audit", corpus, "--store", store.root)
    assert code == 0, err
    assert "#1  2 documents · same words everywhere" in out
    flat = " ".join(out.split())
    assert flat.count("quoted in 2 parts split by its attribution; together: the main wording") == 1


def test_cli_report_of_single_documents_says_document(corpus_path, labelled_store, capsys):
    code, out, err = run_cli(
        capsys, "audit", corpus_path, "--store", labelled_store.root, "--min-documents", "1"
    )
    assert code == 0, err
    assert "reported by 1 document or more" in out
    assert "  1 document · " in out and "1 documents" not in out


def test_cli_terminal_report_shows_outlet_diff_and_majority_speaker(
    corpus_path, labelled_store, capsys
):
    code, out, _ = run_cli(capsys, "audit", corpus_path, "--store", labelled_store.root)
    assert code == 0
    assert "- ledger-1 · Baltic Ledger · 2026-03-01  [" in out
    assert "said by Mayor Jaan Tamm  ← most reports say Marta Ilves" in out
    assert "changed: begins → starts" in out
    assert "said by 李明" in out


def test_cli_prints_markup_and_control_characters_as_data(tmp_path, capsys):
    nasty = ["[Inaudible]", "The minister [Smith] denied it.", "a [/ b", "Tariffs [/] will rise"]
    quote = "He said [the deal] was dead \x1b[31m and buried for good this year"
    documents = [
        {"id": f"n{i}", "text": f"“{quote},” {name} said."} for i, name in enumerate(nasty)
    ]
    corpus = write_jsonl(tmp_path / "nasty.jsonl", documents)
    store = AnnotationStore(tmp_path / "annotations")
    with store.open("ann", writable=True) as ann:
        for document, name in zip(documents, nasty, strict=True):
            ann.save(
                label("ann", document["id"], f"“{quote},”", speaker=name, text=document["text"])
            )
    code, out, _ = run_cli(capsys, "audit", corpus, "--store", store.root)
    assert code == 0
    assert "\x1b" not in out and "\\x1b[31m" in out
    for name in nasty:
        assert name in out


def test_printable_keeps_text_on_one_line():
    assert printable("a\nb\tc\rd\x1be\u2028f 港🚢") == "a b c\\rd\\x1be f 港🚢"


def test_cli_detects_when_the_store_has_nothing_for_the_corpus(
    corpus_path, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr("annotator.detect.detect_quotes", fake_detect)
    code, out, err = run_cli(capsys, "audit", corpus_path, "--store", tmp_path / "empty", "--json")
    assert code == 0, err
    assert "no labels in" in err and "quotes from the detector" in err
    data = orjson.loads(out)
    assert data["quotes_from"] == "detector" and data["annotators"] == []
    assert [c["documents"] for c in data["clusters"]] == [3, 2]


def test_cli_detect_overrides_the_store(corpus_path, labelled_store, capsys, monkeypatch):
    monkeypatch.setattr("annotator.detect.detect_quotes", fake_detect)
    code, out, err = run_cli(
        capsys, "audit", corpus_path, "--store", labelled_store.root, "--detect", "--json"
    )
    assert code == 0 and orjson.loads(out)["quotes_from"] == "detector"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--detect", "ann"], "--detect audits the detector's candidates; drop the annotators"),
        (["nobody"], "nobody.jsonl: no annotation file for 'nobody' (files found: ann)"),
    ],
)
def test_cli_errors_are_one_line(corpus_path, labelled_store, capsys, extra, message):
    code, out, err = run_cli(capsys, "audit", corpus_path, "--store", labelled_store.root, *extra)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


def test_cli_from_store_without_files_is_an_error(corpus_path, tmp_path, capsys):
    code, _, err = run_cli(
        capsys, "audit", corpus_path, "--store", tmp_path / "none", "--from-store"
    )
    assert code == 2 and "no annotation files to audit" in err


def test_cli_missing_corpus_is_an_error(tmp_path, capsys):
    code, _, err = run_cli(capsys, "audit", tmp_path / "nowhere")
    assert code == 2 and "nowhere: no such file or folder" in err


@pytest.mark.parametrize(
    "option",
    [
        ["--min-similarity", "0"],
        ["--min-similarity", "x"],
        ["--min-documents", "0"],
        ["--jobs", "-1"],
    ],
)
def test_cli_rejects_bad_thresholds(corpus_path, capsys, option):
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", str(corpus_path), *option])
    assert exit_info.value.code == 2
    assert option[0] in capsys.readouterr().err


def test_audit_modules_do_not_import_textual():
    check = (
        "import sys, annotator.audit, annotator.cli.audit\n"
        "sys.exit(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()


def test_the_main_wording_is_the_one_most_documents_use():
    headline = "Harbour fees will not rise before the spring season"
    items = [
        occurrence(0, headline),
        occurrence(0, headline),
        occurrence(0, headline),
        occurrence(1, FEES),
        occurrence(2, FEES),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.main_text == FEES and cluster.main_count == 2


def test_terminal_lines_fit_the_width(corpus_path, labelled_store):
    from annotator.audit import render_report

    _, report = gathered_report(corpus_path, labelled_store)
    text = render_report(report, width=60)
    assert max(len(line) for line in text.splitlines()) <= 60
    assert "#1  3 documents" in text


def test_an_empty_report_fits_the_width_too():
    from annotator.audit import render_report

    text = render_report(audit([occurrence(0, FEES)]), width=60)
    assert text.startswith("0 statements reported by 2 documents or more")
    assert max(len(line) for line in text.splitlines()) <= 60


def test_detection_over_processes_gives_what_one_process_gives(corpus_path):
    corpus = open_corpus(corpus_path)
    alone = gather_from_detector(corpus, min_score=0.0)
    spread = gather_from_detector(corpus, min_score=0.0, jobs=2)
    assert alone.occurrences and spread.occurrences == alone.occurrences


def test_dotted_abbreviations_are_one_word():
    assert words_of("the U.S. and the E.U. said").norm == words_of("the US and the EU said").norm


def test_one_shared_content_word_is_not_one_statement():
    long_quote = (
        "a harbour partnership with the islands is being discussed, and the ferries have to "
        "keep running after an end to the strike is negotiated"
    )
    items = [occurrence(0, long_quote), occurrence(1, "an end to the cold war")]
    assert audit(items).clusters == []


GOLD_LINES = [
    {
        "id": "ledger-1",
        "quotes": [
            {"start": 32, "end": 109, "speaker": "Marta Ilves", "type": "direct"},
            {"start": 0, "end": 7, "status": "rejected"},
        ],
    },
    {"id": "island-3", "quotes": [{"start": 0, "end": 66, "speaker": "Jaan Tamm"}]},
    {"id": "post-7", "quotes": [{"start": 0, "end": 77, "text": "wrong words", "score": 0.9}]},
    {"id": "cjk-1", "quotes": [{"start": 5, "end": 23, "score": 0.1}]},
    {"id": "elsewhere", "quotes": []},
]


def test_quotes_file_gives_its_quotes_at_corpus_offsets(corpus_path, tmp_path):
    path = write_jsonl(tmp_path / "gold.jsonl", GOLD_LINES)
    gathered = gather_from_quotes_file(open_corpus(corpus_path), path)
    assert [(o.doc_id, o.text[:10]) for o in gathered.occurrences] == [
        ("ledger-1", f"“{FEES[:9]}"),
        ("island-3", ISLAND_QUOTE[:10]),
    ]
    assert gathered.warnings == [
        f"{path}:3: quote 1: text 'wrong words' does not match the document at 0..77; skipped",
        f"{path}: 1 document is not in {corpus_path}; skipped",
    ]
    (cluster,) = [c for c in audit(gathered.occurrences).clusters]
    assert cluster.flags == [MISATTRIBUTED, REWORDED]


def test_a_quote_of_an_unknown_type_is_skipped_with_its_field_named(corpus_path, tmp_path):
    lines = [{"id": "island-3", "quotes": [{"start": 0, "end": 66, "type": "rumour"}]}]
    path = write_jsonl(tmp_path / "gold.jsonl", lines)
    gathered = gather_from_quotes_file(open_corpus(corpus_path), path)
    assert gathered.occurrences == []
    (warning,) = gathered.warnings
    assert warning.startswith(f"{path}:1: quote 1: type: Input should be 'direct'")
    assert warning.endswith("; skipped")


def test_quotes_file_with_a_bad_line_names_file_and_line(corpus_path, tmp_path, capsys):
    path = tmp_path / "gold.jsonl"
    path.write_bytes(orjson.dumps(GOLD_LINES[1]) + b"\n[1, 2]\n")
    code, out, err = run_cli(capsys, "audit", corpus_path, "--quotes", path)
    assert code == 2 and out == ""
    assert f'{path}:2: expected {{"id": ..., "quotes": [...]}}' in err


def test_an_annotation_file_given_as_quotes_is_named_for_what_it_is(
    corpus_path, labelled_store, capsys
):
    """A store file passed to --quotes read as documents missing from the corpus ('N
    document(s) are not in CORPUS') and an empty report; it is refused in one line."""
    path = labelled_store.path_for("ann")
    code, out, err = run_cli(capsys, "audit", corpus_path, "--quotes", path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{path}:1: a stored quote record, not a document with its quotes" in err


def test_cli_reads_a_quotes_file(corpus_path, tmp_path, capsys):
    path = write_jsonl(tmp_path / "gold.jsonl", GOLD_LINES)
    code, out, err = run_cli(
        capsys, "audit", corpus_path, "--quotes", path, "--store", tmp_path / "none", "--json"
    )
    assert code == 0, err
    assert f"quotes from {path}: 2 quotes in 2 documents" in err
    assert "warning: " in err and "does not match the document" in err
    data = orjson.loads(out)
    assert data["quotes_from"] == "file" and len(data["clusters"]) == 1


BASE = "the harbour fees will not rise before the spring fishing season begins".split()


def excerpt(draw_start: int, length: int, swap: int, word: str) -> str:
    """A run of the base sentence with one word replaced: quotes that overlap in many ways."""
    words = BASE[draw_start : draw_start + length]
    words[swap % len(words)] = word
    return " ".join(words)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.integers(0, 6),
            st.integers(4, 7),
            st.integers(0, 6),
            st.sampled_from(["harbour", "ferry", "storm", "mayor", "fees"]),
        ),
        min_size=1,
        max_size=14,
    ),
    st.randoms(use_true_random=False),
)
def test_clusters_do_not_depend_on_input_order_and_never_share_a_quote(reports, rng):
    items = [occurrence(doc, excerpt(*rest)) for doc, *rest in reports]

    def clusters_of(occurrences):
        return {
            frozenset((r.occurrence.doc_index, r.occurrence.text) for r in cluster.occurrences)
            for cluster in audit(occurrences, min_documents=1).clusters
        }

    shuffled = list(items)
    rng.shuffle(shuffled)
    assert clusters_of(items) == clusters_of(shuffled)
    groups = cluster_occurrences(items)
    members = [index for group in groups for index in group]
    assert len(members) == len(set(members))


def test_an_unreadable_labelled_document_is_skipped_with_its_place(tmp_path, labelled_store):
    lines = [orjson.dumps(document) for document in DOCUMENTS]
    lines[2] = b'{"id": "island-3", "text": 7}'
    path = tmp_path / "broken.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    gathered, report = gathered_report(path, labelled_store)
    assert gathered.warnings == [f'{path}:3: missing "text" (a string); its quotes are skipped']
    assert [r.occurrence.doc_id for r in report.clusters[0].occurrences] == ["ledger-1", "post-7"]


def test_filtered_report_keeps_numbers_and_matches_name_variants(corpus_path, labelled_store):
    _, report = gathered_report(corpus_path, labelled_store)
    by_tamm = report.filtered(speaker="Mr. Tamm")
    assert [c.number for c in by_tamm.clusters] == [1] and by_tamm.found == 2
    assert [c.number for c in report.filtered([MISATTRIBUTED]).clusters] == [1, 2]
    assert [c.number for c in report.filtered([MISATTRIBUTED, REWORDED]).clusters] == [1]
    assert [c.number for c in report.filtered(speaker="王芳").clusters] == [2]
    assert report.filtered(speaker="Anu Saar").clusters == []
    with pytest.raises(ValueError, match="names nobody"):
        report.filtered(speaker="they")


def test_cli_flag_and_speaker_filters(corpus_path, labelled_store, capsys):
    base = ("audit", corpus_path, "--store", labelled_store.root)
    code, out, _ = run_cli(capsys, *base, "--flag", "source-differs", "--json")
    data = orjson.loads(out)
    assert code == 0 and data["clusters_found"] == 2
    assert [c["cluster"] for c in data["clusters"]] == [1]
    code, out, _ = run_cli(capsys, *base, "--speaker", "Marta Ilves")
    assert code == 0 and out.startswith("1 shown of 2 statements") and "#2 " not in out
    code, _, err = run_cli(capsys, *base, "--speaker", "officials")
    assert code == 2 and "--speaker: 'officials' names nobody" in err
    with pytest.raises(SystemExit):
        run_cli(capsys, *base, "--flag", "bogus")
    assert (
        "--flag: no flag 'bogus': choose from misattributed, reworded, numbers-differ, "
        "source-differs, " in (capsys.readouterr().err)
    )


def test_one_channel_named_more_or_less_fully_is_one_source():
    assert same_source(source_key("TASS"), source_key("Russia's TASS news agency"))
    assert not same_source(source_key("Reuters"), source_key("TASS"))
    items = [
        Occurrence("a", 0, 0, len(FEES), FEES, source="TASS"),
        Occurrence("b", 1, 0, len(FEES), FEES, source="Russia’s TASS news agency"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [] and cluster.sources == ["Russia’s TASS news agency"]
    items.append(Occurrence("c", 2, 0, len(FEES), FEES, source="Reuters"))
    (cluster,) = audit(items).clusters
    assert cluster.flags == [SOURCE_DIFFERS]


def test_cli_annotators_may_follow_the_options(corpus_path, labelled_store, capsys):
    # audit had its own intermixed parser, which also printed argparse's whole usage on a
    # mistake; the command line's shared parsing now does both for every command.
    argv = ["audit", corpus_path, "--store", labelled_store.root, "--json", "ann"]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann"]
    with pytest.raises(SystemExit):
        main([str(arg) for arg in [*argv, "--min-documents", "0"]])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--min-documents: must be 1 or more, not 0" in err


def test_cli_annotator_option_names_whose_labels_to_audit(corpus_path, labelled_store, capsys):
    """--annotator says 'whose labels to read': audit read every annotator's all the same."""
    with labelled_store.open("other", writable=True) as other:
        other.save(label("other", "ledger-1", "harbour fees"))
    argv = ["audit", corpus_path, "--store", labelled_store.root, "--json"]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann", "other"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "ann")
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann"]
    code, out, err = run_cli(capsys, *argv, "--annotator", "ann", "other")
    assert code == 0, err
    assert orjson.loads(out)["annotators"] == ["ann", "other"]


def test_cli_without_a_corpus_asks_for_the_corpus_only(capsys):
    """`audit` alone said CORPUS and ANNOTATOR were required; annotators are optional."""
    with pytest.raises(SystemExit):
        main(["audit"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "required: CORPUS (" in err and "ANNOTATOR" not in err
