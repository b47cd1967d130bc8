"""Speaker names across documents: one key for the spelling variants of one person."""

from __future__ import annotations

from annotator.detect import canonical_speaker_key, detect_quotes, group_speaker_variants
from annotator.detect.names import clean_name


def test_transliteration_variants_share_a_key() -> None:
    assert canonical_speaker_key("Sergei Ryabkov") == canonical_speaker_key("Sergey Ryabkov")
    assert canonical_speaker_key("Volodymyr Zelensky") == canonical_speaker_key(
        "Volodymyr Zelenskyy"
    )
    assert canonical_speaker_key("Dmitri Peskov") == canonical_speaker_key("Dmitry Peskov")


def test_case_accents_titles_and_initials_are_folded() -> None:
    assert canonical_speaker_key("President JOSÉ Álvarez") == canonical_speaker_key("Jose Alvarez")
    assert canonical_speaker_key("Joseph R. Biden") == canonical_speaker_key("Joe Biden")


def test_different_people_keep_different_keys() -> None:
    assert canonical_speaker_key("Anna Berg") != canonical_speaker_key("Hanna Berg")
    assert canonical_speaker_key("Ivo Kral") != canonical_speaker_key("Ivo Krall Jensen")


def test_grouping_merges_a_surname_only_when_it_is_unambiguous() -> None:
    groups = group_speaker_variants(
        [
            "Sergei Ryabkov",
            "Sergey Ryabkov",
            "Ryabkov",
            "Sergei Ryabkov",
            "Anna Berg",
            "Lars Berg",
            "Berg",
        ]
    )
    assert groups["Sergey Ryabkov"] == groups["Ryabkov"] == groups["Sergei Ryabkov"]
    assert groups["Sergei Ryabkov"] == "Sergei Ryabkov"  # the most frequent spelling
    assert groups["Anna Berg"] != groups["Lars Berg"]
    assert groups["Berg"] == "Berg"  # two Bergs: the bare surname stays apart


def test_clean_name_strips_titles_and_roles() -> None:
    assert clean_name("Kremlin spokesman Dmitry Peskov") == "Dmitry Peskov"
    assert clean_name("Russian Deputy Foreign Minister Sergey Ryabkov") == "Sergey Ryabkov"
    assert clean_name("the Kremlin") == "Kremlin"
    assert clean_name("Ryabkov’s") == "Ryabkov"
    assert clean_name("officials") is None


def test_a_body_whose_name_joins_words_with_of_for_and_keeps_its_whole_name() -> None:
    assert clean_name("The Ministry of Trade and Industry") == "Ministry of Trade and Industry"
    assert clean_name("the Republican Party of Leeds") == "Republican Party of Leeds"
    assert clean_name("the Centre for Harbour Studies") == "Centre for Harbour Studies"
    # A person after or before the body, and two bodies, are not one name.
    assert clean_name("Bank of Leeds governor Ada Lind") == "Ada Lind"
    assert clean_name("the University of Leeds and Professor Kral") == "Kral"
    assert clean_name("Fox News and the Harbour Courier") == "Harbour Courier"
    text = "The Ministry of Trade and Industry said the ferry was too old."
    assert _speakers(text) == [("Ministry of Trade and Industry", [text[:34]])]


def test_a_name_particle_is_a_word_of_its_own_never_the_end_of_another() -> None:
    assert clean_name("Harbour Party leader Ivo Kral") == "Ivo Kral"
    assert clean_name("federal Judge Ada Lind") == "Ada Lind"
    assert clean_name("Charles de Gaulle") == "Charles de Gaulle"
    text = "Harbour Party leader Ivo Kral said the ferry would run all winter."
    (found,) = [c for c in detect_quotes(text) if c.score >= 0.5]
    assert found.speaker == "Ivo Kral"


def test_a_fullest_name_stops_at_a_closing_quote_and_at_a_headline_verb() -> None:
    text = "“We will not back Ada Lind,” Kral said. “She is wrong,” Kral added."
    assert {c.speaker for c in detect_quotes(text)} == {"Kral"}
    text = "Lind Says Ivo Kral Lied. Kral denied it. “I never lied,” Kral said."
    speakers = {c.text: c.speaker for c in detect_quotes(text)}
    assert speakers["“I never lied,”"] == "Ivo Kral"


def test_a_fullest_name_stops_at_a_dash_closing_a_headline() -> None:
    text = "Quay Closed for Winter— Harbour Line Agrees. “We will wait,” Line said."
    speakers = {c.text: c.speaker for c in detect_quotes(text)}
    assert speakers["“We will wait,”"] == "Harbour Line"


def _speakers(text: str) -> list[tuple[str | None, list[str]]]:
    """Each candidate's speaker and the words its speaker spans mark, in order."""
    return [
        (c.speaker, [text[start:end] for start, end in c.speaker_spans])
        for c in detect_quotes(text)
        if c.score >= 0.5
    ]


def test_a_coordinated_subject_names_every_speaker_with_a_span_each() -> None:
    text = "Ada Lind met Ivo Kral at the quay. Lind and Kral both said the ferry was too old."
    assert _speakers(text) == [("Ada Lind and Ivo Kral", ["Lind", "Kral"])]
    text = "Lind, Kral and Ames said the ferry was too old."
    assert _speakers(text) == [("Lind, Kral and Ames", ["Lind", "Kral", "Ames"])]
    text = "Lind, Kral, and Ames said the ferry was too old."
    assert _speakers(text) == [("Lind, Kral and Ames", ["Lind", "Kral", "Ames"])]
    text = "Both Lind and Kral said the ferry was too old."
    assert _speakers(text) == [("Lind and Kral", ["Lind", "Kral"])]
    text = "Ada Lind came late. Lind and her deputy said the ferry was too old."
    assert _speakers(text) == [("Ada Lind and her deputy", ["Lind", "her deputy"])]
    text = "“The ferry is too old,” said Lind and Kral."
    assert _speakers(text) == [("Lind and Kral", ["Lind", "Kral"])]


def test_names_joined_by_and_are_one_speaker_when_they_are_not_a_coordinated_subject() -> None:
    # The names before ``and`` are the object of the clause before: only the last speaks.
    text = "Ivo met Lind and Kral said the ferry was too old."
    assert _speakers(text) == [("Kral", ["Lind and Kral"])]
    text = "Ivo met Lind and her deputy said the ferry was too old."
    assert _speakers(text) == [("her deputy", ["her deputy"])]
    # ``and`` stands before the last of a list, not inside an earlier part of the sentence.
    text = "In towns such as Leeds and York, Kral said the ferry was too old."
    assert [speaker for speaker, _ in _speakers(text)] == ["Kral"]
    # Two verbs, two speakers.
    text = "Lind said and Kral denied that the ferry was too old."
    assert [speaker for speaker, _ in _speakers(text)] == ["Lind", "Kral"]
    # A title alone is no speaker of its own.
    text = "Mr. and Mrs. Kral said the ferry was too old."
    assert [speaker for speaker, _ in _speakers(text)] == ["Kral"]
    # A name the document gives a company.
    text = "Lind and Kral Ltd. runs the ferry. Lind and Kral said the ferry was too old."
    assert _speakers(text) == [("Lind and Kral", ["Lind and Kral"])]


def test_they_after_an_organisation_or_a_coordination_is_that_speaker() -> None:
    text = "The ministry said the ferry was too old. They added that a new one was ordered."
    assert [speaker for speaker, _ in _speakers(text)] == ["The ministry", "The ministry"]
    assert _speakers(text)[1][1] == ["They"]
    text = "Lind and Kral said the ferry was too old. They added that it leaked."
    assert [speaker for speaker, _ in _speakers(text)] == ["Lind and Kral", "Lind and Kral"]
    # After a person, ``they`` stays as written.
    text = "Ada Lind said the ferry was too old. They added that it leaked."
    assert [speaker for speaker, _ in _speakers(text)] == ["Ada Lind", "They"]


def test_a_pronoun_passes_over_a_person_of_the_other_gender() -> None:
    # By given name.
    text = "Anna Lind met Tom Kral on Monday. She said the plan would fail."
    assert _speakers(text) == [("Anna Lind", ["She"])]
    text = "Anna Lind met Tom Kral on Monday. He said the plan would fail."
    assert _speakers(text) == [("Tom Kral", ["He"])]
    # By honorific, by a gendered noun before the name or in an apposition after it (the man
    # known by his given name, the woman only by these).
    text = "Mrs. Ola Lind met Tom Kral on Monday. She said the plan would fail."
    assert _speakers(text) == [("Ola Lind", ["She"])]
    text = "Ola Lind met Tom Kral on Monday. She said the plan would fail."
    assert _speakers(text) == [("She", ["She"])]  # no evidence for Lind: no guess
    text = "Sir Ola Lind met Anna Kral on Monday. He said the plan would fail."
    assert _speakers(text) == [("Ola Lind", ["He"])]
    text = "The actress Ola Lind met Tom Kral on Monday. She said the plan would fail."
    assert _speakers(text) == [("Ola Lind", ["She"])]
    text = "Ola Lind, the chairwoman, met Tom Kral. She said the plan would fail."
    assert _speakers(text) == [("Ola Lind", ["She"])]
    text = "Tom Kral met his wife, Ola Lind, on Monday. Kral left. She said the plan would fail."
    assert _speakers(text) == [("Ola Lind", ["She"])]
    # By a pronoun resolved before: ``he`` was Kral, so ``she`` is not, and with no evidence
    # for Lind it stays as written.
    text = (
        "Ola Lind and Ivo Kral met on Monday. Kral spoke first. He said the plan would "
        "fail. Lind agreed. Kral went on. She said the port would close."
    )
    assert [speaker for speaker, _ in _speakers(text)] == ["Ivo Kral", "She"]


def test_a_pronoun_without_gender_evidence_keeps_the_nearest_person() -> None:
    text = "Ola Lind met Ivo Kral on Monday. She said the plan would fail."
    assert _speakers(text) == [("Ivo Kral", ["She"])]
    # A possessive names someone else: ``Kral’s wife`` says nothing of Kral.
    text = "Ola Lind met Ivo Kral’s wife. Ivo Kral came later. She said the plan would fail."
    assert _speakers(text)[0][0] == "Ivo Kral"
    # A comma after a preposition's object is a clause's end, not an apposition.
    text = "Ola Lind came. Speaking to his son, Ivo Kral sat. She said the plan would fail."
    assert _speakers(text)[0][0] == "Ivo Kral"


def test_a_pronoun_whose_gender_rules_out_every_person_near_stays_as_written() -> None:
    text = "Anna Lind opened the hall on Monday. He said the plan would fail."
    assert _speakers(text) == [("He", ["He"])]


def test_who_is_the_mention_that_attributes_and_its_phrase_the_speaker() -> None:
    # As for ``he``: the span marks the word that attributes the quote, the name is resolved.
    text = "Ada Lind met the crew. Lind, who said the ferry was too old, left early."
    assert _speakers(text) == [("Ada Lind", ["who"])]
    text = "Ada Lind, who has said that the ferry was too old, left early."
    assert _speakers(text)[0] == ("Ada Lind", ["who"])


def test_an_outlet_after_according_to_speaks_for_what_it_reports() -> None:
    # As in ``the Harbour Courier reported that``: the outlet is the speaker (and the source).
    text = "The old quay will be sold in May, according to the Harbour Courier."
    (found,) = detect_quotes(text)
    assert (found.speaker, found.source) == ("Harbour Courier", "the Harbour Courier")
    assert [text[start:end] for start, end in found.speaker_spans] == ["the Harbour Courier"]
    # A quote inside what it reports keeps its own speaker, the outlet its source.
    text = "Kral said the quay would be sold, according to the Harbour Courier."
    by_text = {c.text: (c.speaker, c.source) for c in detect_quotes(text)}
    assert by_text["the quay would be sold"] == ("Kral", "the Harbour Courier")
    assert by_text["Kral said the quay would be sold"] == ("Harbour Courier", "the Harbour Courier")


def test_the_subject_of_a_progressive_cue_speaks() -> None:
    text = "Lately, Ivo Kral has been saying that the ferry is too old."
    assert _speakers(text) == [("Ivo Kral", ["Ivo Kral"])]
    # ``been`` before any other cue is a passive: the subject heard it, no one named said it.
    text = "Ivo Kral has been told that the ferry is too old."
    assert [speaker for speaker, _ in _speakers(text)] == [None]


def test_a_participle_or_an_adverb_opening_a_sentence_is_no_speaker() -> None:
    text = "Facing criticism, Ivo Kral released a statement, saying that the ferry was too old."
    assert _speakers(text) == [("Ivo Kral", ["Ivo Kral"])]
    text = "Shortly after the vote, the skippers left, warning that the ferry was too old."
    assert all(speaker != "Shortly" for speaker, _ in _speakers(text))
    # A name is capitalised inside a sentence too, and a given name or a name of two words
    # is a name wherever it stands.
    text = "Kral met Manning. Manning released a statement, saying that the ferry was too old."
    assert _speakers(text) == [("Manning", ["Manning"])]
    text = "Carly Lind released a statement, saying that the ferry was too old."
    assert _speakers(text) == [("Carly Lind", ["Carly Lind"])]
