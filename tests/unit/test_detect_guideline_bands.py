"""Two decisions of docs/guidelines.md on what a stance and future speech give."""

from __future__ import annotations

from annotator.detect import detect_quotes


def _found(text: str) -> dict[str, tuple[str | None, float]]:
    return {quote.text: (quote.cue, quote.score) for quote in detect_quotes(text)}


def test_a_stance_reported_by_a_participle_of_speech_is_two_attributions() -> None:
    found = _found("Mayor Ada Lind defended the levy, explaining that costs had doubled.")
    assert found["the levy"][0] == "defended"
    assert found["that costs had doubled"][0] == "explaining"


def test_speech_still_to_come_named_by_its_topic_is_in_the_attitude_band() -> None:
    found = _found("Osric Vell will discuss the harbour budget at the meeting.")
    ((cue, score),) = found.values()
    assert cue == "discuss"
    assert 0.5 <= score <= 0.55


def test_speech_still_to_come_with_its_content_is_reported_speech() -> None:
    found = _found("Osric Vell will tell the council that the port must close.")
    assert found["that the port must close"][1] >= 0.6
