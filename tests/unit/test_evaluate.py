"""The scoring harness: span matching, per-type figures, lenient speaker and source comparison."""

from __future__ import annotations

import orjson
import pytest

from annotator.cli import main
from annotator.evaluate import (
    evaluate,
    load_quotes_jsonl,
    match_spans,
    source_matches,
    speaker_matches,
)
from tests.unit.test_export_helpers import sample_records


def q(start: int, end: int, type_: str = "direct", **fields) -> dict:
    return {"start": start, "end": end, "type": type_, **fields}


def test_exact_matching_is_one_to_one() -> None:
    assert match_spans([(0, 5), (0, 5)], [(0, 5)], exact=True) == [(0, 0)]
    assert match_spans([(0, 5)], [(0, 6)], exact=True) == []


def test_overlap_matching_prefers_exact_then_the_largest_overlap() -> None:
    gold = [(0, 10), (20, 30)]
    pred = [(5, 25), (20, 30), (0, 3)]
    pairs = sorted(match_spans(gold, pred, exact=False))
    assert pairs == [(0, 0), (1, 1)]


def test_precision_recall_f1_per_type_and_overall() -> None:
    gold = [{"id": "a", "quotes": [q(0, 10), q(20, 30, "indirect"), q(40, 50, "mixed")]}]
    predictions = {"a": [q(0, 10), q(22, 30, "indirect"), q(60, 70, "indirect")]}
    report = evaluate(gold, predictions)
    assert report.exact["direct"].recall == 1.0
    assert report.exact["indirect"].recall == 0.0
    assert report.overlap["indirect"].recall == 1.0
    assert report.overlap["indirect"].precision == 0.5
    assert report.exact["all"].precision == pytest.approx(1 / 3)
    assert report.overlap["all"].f1 == pytest.approx(2 * (2 / 3) * (2 / 3) / (4 / 3))
    assert report.overlap["mixed"].recall == 0.0


def test_low_scored_predictions_are_not_counted() -> None:
    gold = [{"id": "a", "quotes": [q(0, 10)]}]
    predictions = {"a": [q(0, 10, score=0.9), q(20, 25, score=0.2)]}
    assert evaluate(gold, predictions).exact["all"].precision == 1.0
    assert evaluate(gold, predictions, min_score=0.0).exact["all"].precision == 0.5


def test_interrupted_quote_fragments_are_matched_one_by_one() -> None:
    gold = [{"id": "a", "quotes": [q(0, 10), q(20, 30)]}]
    one_span = {"a": [q(0, 30)]}
    report = evaluate(gold, one_span)
    assert report.overlap["all"].recall == 0.5


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (
            {"speaker": "he", "speaker_spans": [[50, 52]]},
            {"speaker": "Ada Moss", "speaker_spans": [[50, 52]]},
            True,
        ),
        (
            {"speaker": "he", "speaker_spans": [[50, 52]]},
            {"speaker": "Ada Moss", "speaker_spans": [[10, 18]]},
            False,
        ),
        ({"speaker": "Moss"}, {"speaker": "Ada Moss"}, True),
        ({"speaker": "Former Senator Ada Moss"}, {"speaker": "Ada Moss"}, True),
        ({"speaker": "Sergei Ryabkov"}, {"speaker": "Sergey Ryabkov"}, True),
        ({"speaker": "Ada Moss"}, {"speaker": "Ben Ray"}, False),
        ({"speaker": "Ada Moss"}, {"speaker": None}, False),
    ],
)
def test_speaker_comparison_is_lenient_about_how_a_name_is_written(gold, pred, expected) -> None:
    assert speaker_matches(gold, pred) is expected


def test_source_comparison() -> None:
    assert source_matches({"source": None}, {"source": None})
    assert not source_matches({"source": None}, {"source": "Reuters"})
    assert source_matches({"source": "Reuters"}, {"source": "told Reuters"})
    assert not source_matches({"source": "Reuters"}, {"source": "a news conference"})


def test_speaker_and_source_accuracy_on_matched_quotes() -> None:
    gold = [
        {
            "id": "a",
            "quotes": [
                q(0, 10, speaker="Moss", source="Reuters"),
                q(20, 30, speaker="Ray", source=None),
                q(40, 50, speaker="Lee"),
            ],
        }
    ]
    predictions = {
        "a": [
            q(0, 10, speaker="Ada Moss", source="Reuters"),
            q(20, 30, speaker="Cy Lee", source="AP"),
        ]
    }
    report = evaluate(gold, predictions)
    assert (report.speaker["all"].right, report.speaker["all"].total) == (1, 2)
    assert (report.source.right, report.source.total) == (1, 2)


def test_bad_gold_line_names_file_and_line(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "quotes": []}\n{"id": "b", "quotes": [{"start": 1}]}\n')
    with pytest.raises(Exception, match=r"gold.jsonl:2: quote 0 needs"):
        load_quotes_jsonl(path)


def test_evaluate_command_runs_detection_and_prints_json(tmp_path, capsys) -> None:
    text = "“The bridge is open,” Ada Moss said. Ben Ray said the toll would rise."
    gold = {
        "id": "doc",
        "text": text,
        "quotes": [
            {"start": 0, "end": 21, "type": "direct", "speaker": "Moss"},
            {"start": 46, "end": 69, "type": "indirect", "speaker": "Ben Ray"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_bytes(orjson.dumps(gold) + b"\n")
    assert main(["evaluate", "--gold", str(path), "--json"]) == 0
    figures = orjson.loads(capsys.readouterr().out)
    assert figures["exact"]["direct"]["recall"] == 1.0
    assert figures["overlap"]["all"]["recall"] == 1.0
    assert figures["speaker_accuracy"]["all"]["accuracy"] == 1.0
    assert main(["evaluate", "--gold", str(path)]) == 0
    assert "direct    exact" in capsys.readouterr().out


def test_evaluate_command_scores_a_prediction_file(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "quotes": [{"start": 0, "end": 4, "type": "direct"}]}\n')
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        '{"id": "a", "quotes": [{"start": 0, "end": 4, "type": "direct", "score": 1}]}\n'
    )
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["exact"]["all"]["f1"] == 1.0


def test_evaluate_without_text_and_without_predictions_is_a_user_error(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "quotes": []}\n')
    assert main(["evaluate", "--gold", str(gold)]) == 2
    assert 'has no "text"' in capsys.readouterr().err


def test_a_prediction_file_of_other_documents_is_refused(tmp_path, capsys) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "quotes": []}\n{"id": "b", "quotes": []}\n')
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "x.txt", "quotes": []}\n')
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred)]) == 2
    assert f"{pred}: none of its documents is in {gold}" in capsys.readouterr().err
    pred.write_text('{"id": "b", "quotes": []}\n')
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    assert "1 gold document has no line in" in capsys.readouterr().err


def test_gold_quotes_still_open_in_review_are_left_out_and_counted(tmp_path, capsys) -> None:
    """A gold quote whose meta marks a review's group not decided yet is not gold: left out,
    as export, agreement and audit leave it out, with a warning saying how many."""
    still_open = {"adjudication": {"decision": "field", "chosen": {}, "open": ["speaker"]}}
    settled = {"adjudication": {"decision": "take", "chosen": {}, "open": []}}
    gold = tmp_path / "gold.jsonl"
    quotes = [
        {"start": 0, "end": 4, "type": "direct", "meta": settled},
        {"start": 10, "end": 14, "type": "direct", "meta": still_open},
    ]
    gold.write_bytes(orjson.dumps({"id": "a", "quotes": quotes}) + b"\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "a", "quotes": [{"start": 0, "end": 4, "type": "direct"}]}\n')
    assert main(["evaluate", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    captured = capsys.readouterr()
    figures = orjson.loads(captured.out)
    assert figures["exact"]["all"]["gold"] == 1 and figures["exact"]["all"]["recall"] == 1.0
    assert figures["open_left_out"] == 1
    assert captured.err == (
        f"warning: {gold}: left out 1 group still open in review (not decided yet)\n"
    )


def test_rejected_quotes_are_not_quotes_on_either_side() -> None:
    """An export with --negatives holds rejected candidates: as gold they are no quote to
    find, as predictions no quote found."""
    gold = [
        {
            "id": "a",
            "quotes": [
                {"start": 0, "end": 4, "type": "direct"},
                {"start": 5, "end": 9, "type": "direct", "status": "rejected"},
            ],
        }
    ]
    predictions = {
        "a": [
            {"start": 0, "end": 4, "type": "direct", "status": "accepted"},
            {"start": 20, "end": 24, "type": "direct", "status": "rejected"},
        ]
    }
    report = evaluate(gold, predictions)
    counts = report.exact["all"]
    assert (counts.gold, counts.pred, counts.recall, counts.precision) == (1, 1, 1.0, 1.0)


def test_an_annotation_file_or_records_export_is_refused_with_what_to_do(
    tmp_path, capsys, store
) -> None:
    """Given a store file or a records-jsonl export, evaluate said 'a document needs an id' or
    scored each record as a document; it says what the file is and how to make a gold file."""
    records = [quote for quotes in sample_records().values() for quote in quotes]
    with store.open("ana", writable=True) as folded:
        folded.save(records[0])
    exported = tmp_path / "records.jsonl"
    exported.write_bytes(orjson.dumps(records[0].model_dump(mode="json")) + b"\n")
    for path in (store.path_for("ana"), exported):
        assert main(["evaluate", "--gold", str(path), "--pred", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert f"{path}:1: a stored quote record, not a document with its quotes" in err
        assert "export quotes-jsonl" in err
