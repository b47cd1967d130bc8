"""Auditing: unrelated quotes kept apart, loose versions attached, organisations as speakers.

Every sentence, name, place and outlet here is invented.
"""

from __future__ import annotations

import orjson
import pytest

import annotator.audit as audit_module
from annotator.audit import (
    LOOSE_MATCH,
    MIN_COMMON_WORD_WORDINGS,
    MISATTRIBUTED,
    PARAPHRASED,
    PERSON_OR_ORGANISATION,
    Occurrence,
    audit,
    is_organisation,
    name_words,
    render_report,
    same_speaker,
    speaker_key,
    stem,
    words_of,
)
from annotator.cli import main
from tests.unit.audit_helpers import report


def everyday_filler(first_doc: int, count: int) -> list[Occurrence]:
    """``count`` unrelated statements that all use ``ought`` and ``allowed``, so the corpus knows
    them as everyday words (each statement in one document, never reported twice)."""
    return [
        report(
            first_doc + number,
            f"Velk{number}a ought to pay {number} vonars while Brisk{number} was allowed to "
            f"torl{number} the zemmet{number}",
        )
        for number in range(count)
    ]


def clustered_texts(items: list[Occurrence]) -> list[set[str]]:
    return [
        {reported.occurrence.text for reported in cluster.occurrences}
        for cluster in audit(items).clusters
    ]


# --- Unrelated quotes sharing a phrase --------------------------------------------------------


def test_short_quotes_sharing_only_everyday_words_are_two_statements():
    sail = "They ought to be allowed to sail."
    fish = "You ought to be allowed to fish,"
    filler = everyday_filler(10, MIN_COMMON_WORD_WORDINGS + 5)
    assert clustered_texts([report(0, sail), report(1, fish), *filler]) == []


def test_a_reworded_statement_still_joins_where_everyday_words_are_common():
    first = "We ought to be allowed to dredge the Orsa channel before the herring run"
    second = "We ought to be allowed to dredge the channel before the herring run"
    filler = everyday_filler(10, MIN_COMMON_WORD_WORDINGS + 5)
    assert clustered_texts([report(0, first), report(1, second), *filler]) == [{first, second}]


def test_in_a_small_corpus_every_shared_word_still_counts():
    first = "They ought to be allowed to sail."
    second = "They ought to be allowed to sail here,"
    assert clustered_texts([report(0, first), report(1, second)]) == [{first, second}]


def test_quotes_sharing_only_a_place_name_are_two_statements():
    drills = "naval drills in the Orsa Strait"
    strait = (
        "The ferries will keep sailing in the Orsa Strait whatever the weather brings, and "
        "the fares stay where they are"
    )
    items = [report(0, drills, quote_type="indirect"), report(1, strait)]
    assert clustered_texts(items) == []


def test_a_headline_in_capitals_still_finds_its_statement():
    headline = "Orsa Bridge Will Be Finished By June, Says Mayor"
    body = "the Orsa bridge will be finished by June, says the mayor"
    assert clustered_texts([report(0, headline), report(1, body)]) == [{headline, body}]


def test_names_are_capitalised_words_after_the_first_but_not_ones_also_in_lower_case():
    words = words_of("Late, Tallberg says. Late with fees and late on Korsholm")
    assert name_words(words) == {"tallberg", "korsholm"}
    assert name_words(words_of("Ferry Fares Set To Rise In Velby")) == frozenset()
    assert name_words(words_of("Velby, Orsa 'on the Brink of a Strike'")) == frozenset()


def test_a_headline_in_title_case_still_finds_its_statement():
    headline = "Velby, Orsa 'on the Brink of a Strike'"
    body = "the two ports are now on the brink of a strike,"
    assert clustered_texts([report(0, headline), report(1, body)]) == [{headline, body}]


def test_a_statement_reported_in_many_wordings_keeps_all_of_them():
    # Thirty outlets each change one word: the statement's own words become everyday words of
    # the corpus, yet every version still shares plenty of them with the others.
    base = "the harbour board will close the north quay to trawlers for the whole winter season"
    words = base.split()
    versions = []
    for number in range(MIN_COMMON_WORD_WORDINGS + 10):
        changed = list(words)
        changed[number % len(words)] = f"w{number}"
        versions.append(report(number, " ".join(changed)))
    (cluster,) = audit(versions).clusters
    assert cluster.documents == len(versions)


# --- Organisations as speakers ----------------------------------------------------------------

DUES = "The pilotage dues at Orsa will rise by a fifth in March to pay for the new tugs"


@pytest.mark.parametrize(
    "organisation",
    [
        "The Harbour Board",
        "the Kremlin",
        "the White House",
        "the ministry",
        "the Ministry of Fisheries",
        "Korsholm's council",
        "the government",
        "the Orsa Pilots' Union",
    ],
)
def test_an_organisation_named_as_speaker_is_one(organisation):
    key = speaker_key(organisation)
    assert key is not None and is_organisation(key)


@pytest.mark.parametrize(
    "not_one",
    ["a ministry official", "officials at the ministry", "the ministry's spokesman", "some unions"],
)
def test_people_at_an_organisation_are_not_the_organisation(not_one):
    key = speaker_key(not_one)
    assert key is None or not is_organisation(key)


@pytest.mark.parametrize(
    ("person", "organisation"),
    [("Edda Varga of the Harbour Board", "the Harbour Board"), ("Edda Varga", "the ministry")],
)
def test_a_person_is_never_the_organisation(person, organisation):
    assert not same_speaker(speaker_key(person) or "", speaker_key(organisation) or "")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the Ministry of Fisheries", "the Fisheries Ministry"),
        ("the ministry", "the Valdorian Fisheries Ministry"),
        ("The Harbour Board", "the harbor board"),
    ],
)
def test_one_organisation_named_more_or_less_fully_is_one_speaker(first, second):
    items = [report(0, DUES, speaker=first), report(1, DUES, speaker=second)]
    (cluster,) = audit(items).clusters
    assert cluster.flags == []
    assert [group.organisation for group in cluster.speakers] == [True]


def test_a_person_or_their_organisation_is_a_weaker_kind_than_two_people():
    items = [
        report(0, DUES, speaker="the ministry"),
        report(1, DUES, speaker="the ministry"),
        report(2, DUES, speaker="the minister Edda Varga"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [PERSON_OR_ORGANISATION]
    assert not cluster.misattributed
    text = render_report(audit(items))
    assert "1 person or organisation" in text
    assert "speakers: the ministry (2, organisation), the minister Edda Varga (1)" in text
    assert "said by the ministry (organisation)" in text
    assert "said by the minister Edda Varga  ← most reports say the ministry" in text


def test_two_organisations_that_differ_are_misattributed():
    items = [
        report(0, DUES, speaker="the White House"),
        report(1, DUES, speaker="The Harbour Board"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [MISATTRIBUTED]


def test_two_people_and_an_organisation_are_both_kinds():
    items = [
        report(0, DUES, speaker="Edda Varga"),
        report(1, DUES, speaker="Jaan Tamm"),
        report(2, DUES, speaker="the Harbour Board"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [MISATTRIBUTED, PERSON_OR_ORGANISATION]


def test_cli_filters_on_the_weaker_kind_and_names_organisations(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl"
    speakers = ["the Harbour Board", "Edda Varga", "Edda Varga"]
    lines = [
        {"id": f"d{number}", "text": f"{DUES}, said {speaker}.", "meta": {"outlet": f"O{number}"}}
        for number, speaker in enumerate(speakers)
    ]
    corpus.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(
        b"".join(
            orjson.dumps(
                {
                    "id": line["id"],
                    "quotes": [
                        {"start": 0, "end": len(DUES), "type": "direct", "speaker": speaker}
                    ],
                }
            )
            + b"\n"
            for line, speaker in zip(lines, speakers, strict=True)
        )
    )
    store = tmp_path / "store"
    args = ["--store", str(store), "audit", str(corpus), "--quotes", str(quotes)]
    assert main([*args, "--json", "--flag", "person-or-organisation"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    (cluster,) = data["clusters"]
    assert cluster["flags"] == ["person or organisation"]
    assert [speaker["organisation"] for speaker in cluster["speakers"]] == [False, True]
    assert main([*args, "--flag", "misattributed"]) == 0
    assert "0 shown of 1 statement" in capsys.readouterr().out


# --- Loose versions ---------------------------------------------------------------------------

FERRY = (
    "We will never accept that the Orsa ferry line closes, and the 340 jobs in Velby are not up "
    "for negotiation"
)
FERRY_TRANSLATED = (
    "Never will we accept the closure of the Orsa ferry line; the 340 posts of Velby cannot be "
    "negotiated"
)
FERRY_REPORTED = (
    "she would never accept the closing of the Orsa ferry line and that the 340 Velby jobs were "
    "not negotiable"
)


def ferry_story(*extra: Occurrence) -> list[Occurrence]:
    """The statement quoted word for word by two outlets, and ``extra`` reports."""
    return [
        report(0, FERRY, speaker="Edda Varga", outlet="Velby Post"),
        report(1, FERRY, speaker="Mayor Edda Varga", outlet="Orsa Daily"),
        *extra,
    ]


def test_a_translated_and_a_reported_version_join_as_loose_matches():
    items = ferry_story(
        report(2, FERRY_TRANSLATED, speaker="Varga", outlet="Nordic Wire"),
        report(3, FERRY_REPORTED, speaker="Edda Varga", quote_type="indirect", outlet="Kusta"),
    )
    (cluster,) = audit(items).clusters
    assert cluster.documents == 4
    assert cluster.flags == [PARAPHRASED, LOOSE_MATCH]  # the translation is not "reworded"
    assert cluster.main_text == FERRY
    strict, _, translated, reported = cluster.occurrences
    assert strict.loose_match is None
    for loose in (translated, reported):
        assert loose.loose_match is not None
        assert loose.loose_match.score >= 0.5
        assert {"340", "Orsa", "Velby"} <= set(loose.loose_match.shared)
        assert loose.loose_match.other_outlet
    assert translated.to_json()["loose_match"]["speaker"] == "Varga"
    text = render_report(audit(items))
    assert (
        "loose match: 78% of content words shared; same speaker (Varga); rare words and numbers "
        "in common: accept, Orsa, ferry, line, 340, Velby, negotiated; another outlet"
    ) in " ".join(text.split())


def test_without_loose_matches_the_versions_stay_apart():
    items = ferry_story(report(2, FERRY_TRANSLATED, speaker="Varga"))
    (cluster,) = audit(items, min_loose_similarity=None).clusters
    assert cluster.documents == 2


@pytest.mark.parametrize(
    "version",
    [
        # Another speaker: the words may be the same topic, not the same statement.
        report(2, FERRY_TRANSLATED, speaker="Jaan Tamm"),
        # No speaker named: nothing vouches for it.
        report(2, FERRY_TRANSLATED),
        # The same speaker on the same story, saying something else.
        report(
            2, "Edda Varga will visit the Orsa ferry terminal in Velby next spring", speaker="Varga"
        ),
        # A document restating its own quote says nothing of how others reported it.
        report(1, FERRY_TRANSLATED, speaker="Varga"),
    ],
)
def test_a_version_without_corroboration_is_no_loose_match(version):
    (cluster,) = audit(ferry_story(version)).clusters
    assert cluster.documents == 2
    assert LOOSE_MATCH not in cluster.flags


def test_stems_fold_word_forms_a_paraphrase_changes():
    assert stem("negotiable") == stem("negotiated") == stem("negotiations") == "negoti"
    assert stem("jobs") == stem("job")
    assert stem("closes") != stem("closure")  # a crude stem: some forms stay apart


def test_cli_reports_loose_matches_and_can_leave_them_out(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl"
    texts = [FERRY, FERRY, FERRY_TRANSLATED]
    lines = [
        {"id": f"d{number}", "text": f"{text}, said Edda Varga.", "meta": {"outlet": f"O{number}"}}
        for number, text in enumerate(texts)
    ]
    corpus.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_bytes(
        b"".join(
            orjson.dumps(
                {
                    "id": line["id"],
                    "quotes": [
                        {"start": 0, "end": len(text), "type": "direct", "speaker": "Edda Varga"}
                    ],
                }
            )
            + b"\n"
            for line, text in zip(lines, texts, strict=True)
        )
    )
    args = ["--store", str(tmp_path / "store"), "audit", str(corpus), "--quotes", str(quotes)]
    assert main([*args, "--json", "--flag", "loose-match"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert data["min_loose_similarity"] == 0.5
    (cluster,) = data["clusters"]
    assert [bool(item["loose_match"]) for item in cluster["occurrences"]] == [False, False, True]
    assert main([*args, "--json", "--no-loose-matches"]) == 0
    (cluster,) = orjson.loads(capsys.readouterr().out)["clusters"]
    assert cluster["documents"] == 2
    assert main([*args, "--json", "--min-loose-similarity", "0.9"]) == 0
    (cluster,) = orjson.loads(capsys.readouterr().out)["clusters"]
    assert cluster["documents"] == 2


def test_a_short_remark_made_of_a_long_statements_words_is_no_loose_match():
    long_statement = (
        f"{FERRY}, and the harbour board must find the money for two new boats before the "
        "autumn storms reach the northern quays of the island"
    )
    remark = "Velby keeps its 340 ferry jobs on the Orsa route"
    items = [
        report(0, long_statement, speaker="Edda Varga"),
        report(1, long_statement, speaker="Edda Varga"),
        report(2, remark, speaker="Varga"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.documents == 2


def test_loose_matching_compares_a_version_only_with_clusters_sharing_its_rare_words(
    monkeypatch,
):
    # One speaker, forty statements each quoted twice and forty remarks quoted once: looking
    # at every statement for every remark would compare 1,600 pairs.
    statements = [
        f"The quay{number} tender for berth{number} and crane{number} goes out in month{number}"
        for number in range(40)
    ]
    remarks = [
        f"Our sluice{number} levy on barge{number} owners will fund the dyke{number} repairs"
        for number in range(40)
    ]
    items = [report(0, text, speaker="Edda Varga") for text in statements]
    items += [report(1, text, speaker="Edda Varga") for text in statements]
    items += [report(2 + number, text, speaker="Varga") for number, text in enumerate(remarks)]
    calls = 0
    real_same_speaker = audit_module.same_speaker

    def counted_same_speaker(first: str, second: str) -> bool:
        nonlocal calls
        calls += 1
        return real_same_speaker(first, second)

    monkeypatch.setattr(audit_module, "same_speaker", counted_same_speaker)
    report_found = audit(items)
    assert len(report_found.clusters) == 40
    assert not any(LOOSE_MATCH in cluster.flags for cluster in report_found.clusters)
    assert calls < 100


TRANSCRIPT = (
    "Thank you all for coming out to the quay tonight. We sailed into Velby this morning and the "
    "crews came down to the slipway to cheer, and I said to them, the campaign rolls on. We will "
    "dredge the Orsa channel, we will mend the north breakwater before the autumn storms, and "
    "we will keep every one of the 340 ferry jobs in this town, whatever the board decides in "
    "the capital next month. Thank you, and good night."
)


def test_a_few_words_found_in_a_far_longer_quote_need_three_content_words():
    rolls_on = "The campaign rolls on,"
    breakwater = "we will mend the north breakwater"
    items = [
        report(0, TRANSCRIPT, speaker="Edda Varga"),
        report(1, rolls_on, speaker="Jaan Tamm"),
        report(2, breakwater, speaker="Varga"),
    ]
    assert clustered_texts(items) == [{TRANSCRIPT, breakwater}]


@pytest.mark.parametrize("person", ["Ms. Court", "Dr Ilse Court", "Mr. Jaan Church"])
def test_a_person_named_with_an_honorific_is_no_organisation(person):
    # A surname that is also an organisation's noun (Court, Church, Bank) names a person
    # when an honorific opens it.
    key = speaker_key(person)
    assert key is not None and not is_organisation(key)


def test_a_surname_like_an_organisation_noun_is_one_person_with_or_without_the_honorific():
    items = [report(0, DUES, speaker="Dr Ilse Court"), report(1, DUES, speaker="Ms. Court")]
    (cluster,) = audit(items).clusters
    assert cluster.flags == []


def test_loose_matching_compares_a_version_with_each_wording_of_a_statement_once(monkeypatch):
    # A statement copied by many documents holds one wording: a version is compared with
    # it once, not once per copy (a version per document made that copies times versions).
    calls: list[int] = []
    real_same_speaker = audit_module.same_speaker

    def counted_same_speaker(first: str, second: str) -> bool:
        calls[-1] += 1
        return real_same_speaker(first, second)

    monkeypatch.setattr(audit_module, "same_speaker", counted_same_speaker)
    for copies in (2, 30):
        calls.append(0)
        items = [
            report(number, FERRY, speaker="Edda Varga", outlet=f"Outlet {number}")
            for number in range(copies)
        ]
        items.append(report(copies, FERRY_TRANSLATED, speaker="Varga", outlet="Nordic Wire"))
        (cluster,) = audit(items).clusters
        assert cluster.documents == copies + 1
        assert LOOSE_MATCH in cluster.flags
    assert calls[0] == calls[1]
