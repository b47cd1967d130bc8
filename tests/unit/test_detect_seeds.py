"""The seed gold set is consistent with the seed texts and the record models."""

from __future__ import annotations

import re
from pathlib import Path

import orjson

from annotator.records import Candidate, QuoteType

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_UNNAMED_HOLDER_RE = re.compile(
    r"(?:is|are|was|were)\s|appears?\b|seems?\b|assumed\b|expectations\b"
)


def load() -> list[dict]:
    return [orjson.loads(line) for line in (SEEDS / "gold.jsonl").read_bytes().splitlines()]


def test_every_seed_has_a_gold_line_with_its_exact_text() -> None:
    documents = load()
    assert sorted(d["id"] for d in documents) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for document in documents:
        assert document["text"] == (SEEDS / document["id"]).read_text(encoding="utf-8")


def test_every_gold_quote_slices_its_document_and_is_a_valid_record() -> None:
    for document in load():
        text = document["text"]
        assert document["quotes"], document["id"]
        for quote in document["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            Candidate.model_validate({**quote, "score": 1.0})
            # Only an expectation, belief or appearance held by no one named has no speaker
            # (``is expected to``, ``was thought to``, ``does not appear to``; guidelines).
            assert quote["speaker"] or _UNNAMED_HOLDER_RE.match(quote["cue"]), quote["text"]
            assert bool(quote["speaker"]) == bool(quote["speaker_spans"]), quote["text"]
            for field in ("speaker_spans", "cue_spans", "source_spans"):
                for start, end in quote[field]:
                    assert 0 <= start < end <= len(text)
            assert bool(quote["source"]) == bool(quote["source_spans"])


def test_direct_gold_quotes_start_and_end_with_marks_unless_they_are_block_quotes() -> None:
    for document in load():
        text = document["text"]
        for quote in document["quotes"]:
            if quote["type"] != QuoteType.DIRECT.value:
                continue
            line_start = text.rfind("\n", 0, quote["start"]) + 1
            is_block = quote["start"] == line_start and quote["text"][0] not in "\"“‘'«"
            if not is_block:
                assert quote["text"][0] in "\"“‘'«" and quote["text"][-1] in "\"”’'»", quote["text"]
