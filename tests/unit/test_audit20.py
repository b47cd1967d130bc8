"""Auditing: speakers the corpus shows are no person (a sentence's first word, a party in the
plural, a company), and clusters two statements share only through one long wording.

Every sentence, name, place and outlet here is invented.
"""

from __future__ import annotations

import orjson

from annotator.audit import (
    MISATTRIBUTED,
    NUMBERS_DIFFER,
    PERSON_OR_ORGANISATION,
    REWORDED,
    CaseEvidence,
    _hashed_shingles,
    _holds,
    _Wording,
    audit,
    gather_from_quotes_file,
    render_report,
    speaker_key,
    words_of,
)
from annotator.corpus import open_corpus
from tests.unit.audit_helpers import report

DREDGING = "We will dredge the Orsk channel before the autumn storms close the harbour to barges"

# --- Speakers that name no one ---------------------------------------------------------------


def test_a_sentence_opening_word_taken_for_a_speaker_names_no_one():
    assert speaker_key("Meanwhile") is None
    assert speaker_key("However") is None
    assert speaker_key("Meanwhile Lindqvist") == "lindqvist"
    report_of = audit(
        [
            report(0, DREDGING, speaker="Tilda Lindqvist"),
            report(1, DREDGING, speaker="Meanwhile"),
            report(2, DREDGING, speaker="Meanwhile Lindqvist"),
        ]
    )
    (cluster,) = report_of.clusters
    assert MISATTRIBUTED not in cluster.flags
    assert [group.key for group in cluster.speakers] == ["tilda lindqvist"]


ARTICLES = [
    # "freight" is an everyday word of the corpus; "Marrow" is written as a name mid-sentence.
    "Rates for freight rose again. Ostra Freight said the rise was temporary.",
    "The Greens said they would vote against it. A Green councillor, said Marrow, disagreed.",
    "The Wardists said they would walk out. The Evans report was shelved, said Corvel Evans.",
    "Meanwhile the docks were quiet, and meanwhile the barges waited.",
]
"""Documents whose words tell names from everyday words."""


def test_the_corpus_tells_a_company_a_group_and_an_opener_from_a_person():
    evidence = CaseEvidence.of(ARTICLES)
    refined = evidence.refined_key
    # A company's name that ends in an everyday word is an organisation's.
    assert refined(speaker_key("Ostra Freight")) == "org:ostra freight"
    # A party or group in the plural that the corpus makes a subject after "the" is no person.
    assert refined(speaker_key("Greens")) is None
    assert refined(speaker_key("Wardists")) is None
    # A surname in -s after "the" only before a noun stays a name; so does a word the corpus
    # writes as a name mid-sentence, though also written in lower case elsewhere.
    assert refined(speaker_key("Evans")) == "evans"
    assert refined(speaker_key("Marrow")) == "marrow"
    assert refined(speaker_key("Tilda Lindqvist")) == "tilda lindqvist"


def test_a_misattribution_never_rests_on_a_speaker_the_corpus_shows_is_no_person():
    occurrences = [
        report(0, DREDGING, speaker="Tilda Lindqvist"),
        report(1, DREDGING, speaker="Greens"),
        report(2, DREDGING, speaker="Wardists"),
    ]
    (cluster,) = audit(occurrences, evidence=CaseEvidence.of(ARTICLES)).clusters
    assert MISATTRIBUTED not in cluster.flags
    assert [group.key for group in cluster.speakers] == ["tilda lindqvist"]
    # A company is an organisation: a weaker flag, not a misattribution.
    company = [
        report(0, DREDGING, speaker="Tilda Lindqvist"),
        report(1, DREDGING, speaker="Ostra Freight"),
    ]
    (cluster,) = audit(company, evidence=CaseEvidence.of(ARTICLES)).clusters
    assert cluster.flags[:1] == [PERSON_OR_ORGANISATION]
    # Two people still disagree.
    people = [report(0, DREDGING, speaker="Tilda Lindqvist"), report(1, DREDGING, speaker="Evans")]
    (cluster,) = audit(people, evidence=CaseEvidence.of(ARTICLES)).clusters
    assert MISATTRIBUTED in cluster.flags


def test_gathering_reads_the_documents_for_evidence(tmp_path):
    documents = [
        {"id": "a", "text": f"“{DREDGING},” said Tilda Lindqvist. The Wardists agreed."},
        {"id": "b", "text": f"“{DREDGING},” the Wardists said. One Wardist was absent."},
    ]
    corpus_path = tmp_path / "news.jsonl"
    corpus_path.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in documents))
    quote_end = len(DREDGING) + 2
    quotes = [
        {"id": "a", "quotes": [{"start": 0, "end": quote_end, "speaker": "Tilda Lindqvist"}]},
        {"id": "b", "quotes": [{"start": 0, "end": quote_end, "speaker": "Wardists"}]},
    ]
    quotes_path = tmp_path / "quotes.jsonl"
    quotes_path.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in quotes))
    gathered = gather_from_quotes_file(open_corpus(corpus_path), quotes_path)
    assert gathered.evidence is not None
    (cluster,) = audit(gathered.occurrences, evidence=gathered.evidence).clusters
    assert MISATTRIBUTED not in cluster.flags


# --- Two statements joined through one long shared wording ------------------------------------

PLEDGE = (
    "The Ostra Line remains fully committed to the safety of every passenger and every member "
    "of its crew on every crossing"
)
"""A boilerplate sentence the company puts in front of everything it announces."""

FARES = "Fares on the Velby route will rise by four percent in March"
NIGHT_FERRY = "The night ferry to Korsholm will stop running when the winter timetable ends"


def test_a_boilerplate_sentence_does_not_join_two_statements():
    occurrences = [
        # Each full statement holds the pledge; shorter reports give only its news.
        report(0, f"{PLEDGE}. {FARES}.", speaker="the Ostra Line"),
        report(1, f"{FARES}.", speaker="the Ostra Line"),
        report(2, f"{FARES}.", speaker="the Ostra Line"),
        report(3, f"{PLEDGE}. {NIGHT_FERRY}.", speaker="the Ostra Line"),
        report(4, f"{NIGHT_FERRY}.", speaker="the Ostra Line"),
        report(5, f"{NIGHT_FERRY}.", speaker="the Ostra Line"),
    ]
    clusters = audit(occurrences).clusters
    documents = sorted(
        sorted(reported.occurrence.doc_id for reported in cluster.occurrences)
        for cluster in clusters
    )
    assert documents == [["d000", "d001", "d002"], ["d003", "d004", "d005"]]


def test_a_reworded_report_stays_with_its_statement():
    # A few words changed in a row are a rewording, not a statement of its own.
    reworded = FARES.replace("will rise by four percent", "are going up four percent")
    extended = f"{FARES}, the company said, and season tickets will cost more as well"
    occurrences = [
        report(0, extended),
        report(1, reworded),
        report(2, reworded),
        report(3, FARES),
    ]
    (cluster,) = audit(occurrences).clusters
    assert cluster.documents == 4


def test_a_name_the_corpus_puts_after_the_is_a_body_or_a_group():
    documents = [
        f"“{NIGHT_FERRY},” the Ostra Line said on Friday.",
        f"“{NIGHT_FERRY},” the company said.",
        "The Wardists were quick to object, and the Lima family agreed.",
    ]
    evidence = CaseEvidence.of(documents)
    assert evidence.refined_key(speaker_key("Ostra Line")) == "org:ostra line"
    # A plural the corpus writes as a subject after "the" is a group, singular or not.
    assert evidence.refined_key(speaker_key("Wardists")) is None
    # "the Lima family": the name is a complement there, and still a person's.
    assert evidence.refined_key(speaker_key("Lima")) == "lima"
    occurrences = [
        report(0, NIGHT_FERRY, speaker="Ostra Line"),
        report(1, NIGHT_FERRY, speaker="the company"),
        report(2, NIGHT_FERRY, speaker="Ostra Line"),
    ]
    (cluster,) = audit(occurrences, evidence=evidence).clusters
    assert PERSON_OR_ORGANISATION not in cluster.flags
    assert [(group.key, group.documents) for group in cluster.speakers] == [("org:ostra line", 3)]


def test_an_honorific_or_a_middle_initial_keeps_a_surname_that_is_an_everyday_word():
    # "furrow" is written in lower case; the name is only ever written after an honorific.
    documents = ["They ploughed a furrow. Mr. Furrow said the deal was sound."]
    evidence = CaseEvidence.of(documents)
    assert evidence.refined_key(speaker_key("Mr. Furrow"), "Mr. Furrow") == "furrow"
    assert evidence.refined_key(speaker_key("Orla K. Furrow"), "Orla K. Furrow") == "orla furrow"
    occurrences = [
        report(0, DREDGING, speaker="Orla K. Furrow"),
        report(1, DREDGING, speaker="Tilda Lindqvist"),
    ]
    (cluster,) = audit(occurrences, evidence=evidence).clusters
    assert MISATTRIBUTED in cluster.flags


def test_a_wording_moves_only_to_a_statement_that_holds_it_but_for_single_words():
    title = "the acting harbour master of the northern district Velma Orrin"

    def wording(text: str) -> _Wording:
        words = words_of(text)
        return _Wording(words, _hashed_shingles(words.norm), [0])

    public_anger = wording(f"sudden public anger at {title}")
    # Each holds two content words in a row the other lacks: a shared title, not one statement.
    assert not _holds(public_anger, wording(f"Korsholm will appoint {title} in June"))
    # One changed word is still the statement held.
    assert _holds(public_anger, wording(f"sudden public fury at {title}"))
    assert _holds(public_anger, wording(f"there was sudden public anger at {title} today"))


def test_a_speaker_filter_finds_reports_naming_a_group_or_a_company_as_written():
    evidence = CaseEvidence.of(ARTICLES)
    occurrences = [
        report(0, DREDGING, speaker="Tilda Lindqvist"),
        report(1, DREDGING, speaker="Greens"),
        report(2, FARES, speaker="Ostra Freight"),
        report(3, FARES, speaker="Ostra Freight"),
    ]
    full = audit(occurrences, evidence=evidence)
    assert len(full.clusters) == 2
    assert [cluster.main_text for cluster in full.filtered(speaker="Greens").clusters] == [DREDGING]
    assert [cluster.main_text for cluster in full.filtered(speaker="Ostra Freight").clusters] == [
        FARES
    ]


# --- What an auditor reads ---------------------------------------------------------------------


def test_a_changed_figure_is_flagged_apart_from_a_rewording():
    occurrences = [
        report(0, FARES),
        report(1, FARES),
        report(2, FARES.replace("four percent", "five percent")),
    ]
    (cluster,) = audit(occurrences).clusters
    assert cluster.flags == [REWORDED, NUMBERS_DIFFER]
    text = render_report(audit(occurrences))
    assert "1 numbers differ" in text.splitlines()[1]
    assert "changed: four → five" in text


def test_a_number_written_in_digits_or_a_reworded_passage_changes_no_figure():
    occurrences = [
        report(0, FARES),
        report(1, FARES.replace("four percent", "4%")),
        report(2, FARES.replace("will rise", "are to rise")),
    ]
    (cluster,) = audit(occurrences).clusters
    assert cluster.flags == [REWORDED]


def test_a_statement_two_stories_of_one_outlet_ran_counts_one_outlet():
    occurrences = [
        report(0, FARES, outlet="Coastal Wire"),
        report(1, FARES, outlet="Coastal Wire"),  # the story updated
        report(2, FARES, outlet="Velby Courier"),
    ]
    (cluster,) = audit(occurrences).clusters
    assert (cluster.documents, cluster.outlets) == (3, 2)
    assert cluster.to_json()["outlets"] == 2
    assert (
        render_report(audit(occurrences))
        .splitlines()[3]
        .startswith("#1  3 documents (2 outlets) · ")
    )
    # With outlets unknown, only documents are counted.
    unknown = [report(0, FARES), report(1, FARES, outlet="Velby Courier")]
    (cluster,) = audit(unknown).clusters
    assert cluster.outlets is None
    assert render_report(audit(unknown)).splitlines()[3].startswith("#1  2 documents · ")


CLOSING = "It will close to cargo ships for six weeks while the north pier is rebuilt"


def test_words_an_editor_put_in_square_brackets_are_an_open_change_not_a_rewording():
    occurrences = [
        report(0, CLOSING.replace("It will", "[The port] will")),
        report(1, CLOSING.replace("It will", "[The port] will")),
        report(2, CLOSING),
        report(3, CLOSING.replace("It will", "[The port] will").replace("pier", "[harbour] pier")),
    ]
    (cluster,) = audit(occurrences).clusters
    assert REWORDED not in cluster.flags
    changes = {
        reported.occurrence.doc_id: [str(change) for change in reported.changes]
        for reported in cluster.occurrences
    }
    assert changes["d002"] == ["changed (in brackets): The port → It"]
    assert changes["d003"] == ["added (in brackets): harbour"]
    bracketed = cluster.occurrences[2].to_json()["changes"][0]
    assert bracketed == {"op": "changed", "before": "The port", "after": "It", "bracketed": True}
    assert "changed (in brackets): The port → It" in render_report(audit(occurrences))


def test_a_word_changed_next_to_brackets_is_still_a_rewording():
    occurrences = [
        report(0, CLOSING.replace("It will", "[The port] will")),
        report(1, CLOSING.replace("It will", "[The port] will")),
        report(2, CLOSING.replace("six weeks", "seven weeks")),
    ]
    (cluster,) = audit(occurrences).clusters
    assert REWORDED in cluster.flags
    assert NUMBERS_DIFFER in cluster.flags


def test_the_speakers_line_names_each_speaker_without_a_description_or_a_possessive():
    occurrences = [
        report(0, DREDGING, speaker="Ilse Marrow, 54, a nurse at the Velby clinic,"),
        report(1, DREDGING, speaker="Ilse Marrow, 54, a nurse at the Velby clinic,"),
        report(2, DREDGING, speaker="Lindqvist's"),
    ]
    (cluster,) = audit(occurrences).clusters
    assert [group.name for group in cluster.speakers] == ["Ilse Marrow", "Lindqvist"]
    assert "speakers: Ilse Marrow (2), Lindqvist (1)  ← disagree" in render_report(
        audit(occurrences)
    )
    # Each report still shows its speaker as written.
    assert "said by Ilse Marrow, 54, a nurse at the Velby clinic," in render_report(
        audit(occurrences)
    )


def test_parties_peoples_and_places_taken_for_speakers_name_no_one():
    for group in ("Democrats", "Velby Tories", "Progressives", "Velbians", "Socialists"):
        assert speaker_key(group) is None, group
    assert speaker_key("In Velby") is None
    # Surnames that end like no group's plural stay names.
    assert speaker_key("Ilse Davies") == "ilse davies"
    assert speaker_key("Orla Ives") == "orla ives"
    assert speaker_key("Northwind Capital") == "org:northwind capital"
    occurrences = [
        report(0, DREDGING, speaker="Tilda Lindqvist"),
        report(1, DREDGING, speaker="Velby Tories"),
        report(2, DREDGING, speaker="In Velby"),
    ]
    (cluster,) = audit(occurrences).clusters
    assert MISATTRIBUTED not in cluster.flags
