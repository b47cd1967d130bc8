"""The detector on text that archives hold and news samples rarely show: invariants over
generated text (every span inside the text, strings agreeing with their spans, the same quotes
with either line ending), and the pathological shapes whose cost must stay linear. Every text
here is invented."""

from __future__ import annotations

from annotator.detect import detect_quotes


def test_a_group_named_by_a_common_noun_in_a_coordination_keeps_its_words() -> None:
    # Each conjunct ends in a common noun (``inspectors``, ``regulators``): groups of people,
    # not names, so no capitalised word of theirs (``Customs``, the ``U`` of ``E.U.``) is the
    # speaker.
    text = "Customs inspectors and E.U. regulators said that the ferry had been sabotaged."
    (quote,) = detect_quotes(text)
    assert quote.speaker == "Customs inspectors and E.U. regulators"
    assert [text[start:end] for start, end in quote.speaker_spans] == [
        "Customs inspectors",
        "E.U. regulators",
    ]
