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
