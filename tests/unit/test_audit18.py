"""Auditing: unrelated quotes kept apart, loose versions attached, organisations as speakers.

Every sentence, name, place and outlet here is invented.
"""

from __future__ import annotations

from annotator.audit import MIN_COMMON_WORD_WORDINGS, Occurrence, audit, name_words, words_of


def report(
    doc_index: int,
    text: str,
    *,
    speaker: str | None = None,
    quote_type: str | None = "direct",
    outlet: str | None = None,
) -> Occurrence:
    """One quote of one invented document."""
    return Occurrence(
        doc_id=f"d{doc_index:03d}",
        doc_index=doc_index,
        start=0,
        end=len(text),
        text=text,
        speaker=speaker,
        quote_type=quote_type,
        outlet=outlet,
    )


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
