"""The speaker suggested for a matched quote (speakers16): its mention and its name.

Each test is a class of error found by sorting the wrong speakers of matched quotes on the
shared evaluation set; every text here is invented.
"""

from annotator.detect import detect_quotes
from annotator.records import Candidate


def _by_text(text: str) -> dict[str, Candidate]:
    """Each candidate, keyed by the first words of its quote."""
    return {candidate.text[:20]: candidate for candidate in detect_quotes(text)}


def _mention(text: str, candidate: Candidate) -> list[str]:
    """The words of the candidate's speaker mention, as written in ``text``."""
    return [text[start:end] for start, end in candidate.speaker_spans]


def test_a_sentence_adverb_opening_the_sentence_is_no_speaker() -> None:
    # ``Perhaps`` is capitalised only because it opens the sentence; the subject comes after
    # the adverbial's comma, even when the verb group before the cue hides it.
    text = (
        "Perhaps not surprisingly, Lind has recently begun urging the crews to sign the "
        "petition and vote against the merger."
    )
    found = _by_text(text)
    assert found["the crews to sign th"].speaker == "Lind"
    assert _mention(text, found["the crews to sign th"]) == ["Lind"]
    assert found["the merger"].speaker == "Lind"
    maybe = "Maybe unwisely, Lind has recently started asking the crews to sign the petition."
    assert _by_text(maybe)["the crews to sign th"].speaker == "Lind"
