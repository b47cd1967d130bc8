"""``quote-annotator detect``: one JSONL line per document, in corpus order, with any --jobs."""

from __future__ import annotations

import io

import orjson

from annotator.cli import main
from annotator.detect.batch import Progress, detect_many

KEYS = {
    "start",
    "end",
    "text",
    "type",
    "score",
    "speaker",
    "speaker_spans",
    "source",
    "source_kind",
    "source_spans",
    "cue",
    "cue_spans",
}


def write_corpus(folder, count: int = 6) -> list[str]:
    folder.mkdir()
    names = []
    for index in range(count):
        name = f"{index:03d}.txt"
        (folder / name).write_text(
            f"“Row {index} is done,” said Mia Holt. Tom Abe said the work was “nearly over”.\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def test_detect_writes_one_line_per_document_in_corpus_order(tmp_path, capsys) -> None:
    names = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out.jsonl"
    assert main(["detect", str(tmp_path / "corpus"), "-o", str(out)]) == 0
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["id"] for line in lines] == names
    first = lines[0]["quotes"][0]
    assert set(first) == KEYS
    assert first["text"] == "“Row 0 is done,”"
    assert first["speaker"] == "Mia Holt"
    text = (tmp_path / "corpus" / names[0]).read_text(encoding="utf-8")
    assert [text[start:end] for start, end in first["speaker_spans"]] == ["Mia Holt"]
    assert first["cue"] == "said"


def test_jobs_give_the_same_output_in_the_same_order(tmp_path, capsys) -> None:
    write_corpus(tmp_path / "corpus", count=9)
    single, multi = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["detect", str(tmp_path / "corpus"), "-o", str(single)]) == 0
    assert main(["detect", str(tmp_path / "corpus"), "-o", str(multi), "--jobs", "2"]) == 0
    assert single.read_bytes() == multi.read_bytes()


def test_a_run_stopped_halfway_keeps_the_previous_output(tmp_path, capsys, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('"We are ready," the coach said.', encoding="utf-8")
    (corpus / "c.txt").write_text('"So are we," the captain said.', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["detect", str(corpus), "-o", str(out)]) == 0
    before = out.read_bytes()

    def stopped_after_one(documents, **options):
        yield next(iter(detect_many(documents, **options)))
        raise KeyboardInterrupt

    monkeypatch.setattr("annotator.detect.batch.detect_many", stopped_after_one)
    assert main(["detect", str(corpus), "-o", str(out)]) == 130
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus", "out.jsonl"]


def test_detect_many_keeps_order_across_small_chunks() -> None:
    documents = [(str(i), f"“Number {i},” said Eve Lund.") for i in range(12)]
    results = list(detect_many(documents, jobs=2, chunk_chars=40))
    assert [doc_id for doc_id, _ in results] == [str(i) for i in range(12)]
    assert results[7][1][0]["text"] == "“Number 7,”"


def test_min_score_drops_faint_candidates(tmp_path, capsys) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The film “Blue Harbour” opened.\n", encoding="utf-8")
    assert main(["detect", str(folder)]) == 0
    assert orjson.loads(capsys.readouterr().out)["quotes"]
    assert main(["detect", str(folder), "--min-score", "0.5"]) == 0
    assert orjson.loads(capsys.readouterr().out)["quotes"] == []


def test_missing_corpus_is_a_one_line_error(tmp_path, capsys) -> None:
    assert main(["detect", str(tmp_path / "nowhere")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_progress_counts_on_a_plain_stream() -> None:
    stream = io.StringIO()
    progress = Progress(2500, stream)
    for _ in range(2500):
        progress.advance(1)
    progress.close()
    assert stream.getvalue().splitlines() == ["1000/2500 documents", "2000/2500 documents"]


def test_unreadable_documents_are_left_out_and_named_and_the_rest_detected(
    tmp_path, capsys
) -> None:
    names = write_corpus(tmp_path / "corpus", 3)
    (tmp_path / "corpus" / "001.txt").write_bytes(b"He said\x00 it was closed.")
    (tmp_path / "corpus" / "002.txt").write_bytes(b"caf\xe9 said it was closed.")
    out = tmp_path / "out.jsonl"
    for jobs in ("1", "2"):
        code = main(["detect", str(tmp_path / "corpus"), "-o", str(out), "--jobs", jobs])
        assert code == 1  # the output lacks documents: a script must be able to tell
        lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
        assert [line["id"] for line in lines] == [names[0]] and lines[0]["quotes"]
        warnings = capsys.readouterr().err.splitlines()
        left_out = [line for line in warnings if line.startswith("warning: ")]
        assert len(left_out) == 2 and "001.txt:1: binary file" in left_out[0]
        assert "002.txt:1: not UTF-8" in left_out[1] and left_out[1].endswith("; left out")
    # The option that once asked for this is still taken, by scripts that pass it.
    assert main(["detect", str(tmp_path / "corpus"), "-o", str(out), "--skip-bad"]) == 1


def test_a_broken_jsonl_line_is_left_out_like_an_unreadable_file(tmp_path, capsys) -> None:
    """One broken line of a JSONL corpus, whether its id can be read or not, is named with its
    line and left out, as a file of a folder corpus that is not UTF-8 is."""
    corpus = tmp_path / "docs.jsonl"
    good = '{"id": "%s", "text": "\\u201cRow %s is done,\\u201d said Mia Holt."}'
    corpus.write_text(
        "\n".join([good % ("a", 1), '{"id": "b", "text": "cut', "{broken", good % ("d", 4)]) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["detect", str(corpus), "-o", str(out)]) == 1
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["id"] for line in lines] == ["a", "d"] and all(line["quotes"] for line in lines)
    warnings = sorted(capsys.readouterr().err.splitlines())
    assert len(warnings) == 2
    assert warnings[0].startswith(f"warning: {corpus}:2: not valid JSON")
    assert warnings[1].startswith(f"warning: {corpus}:3: not valid JSON")


def test_an_empty_document_is_written_with_no_quotes_and_a_warning(tmp_path, capsys) -> None:
    """Empty or whitespace-only: nothing to detect, not unreadable. Its line is written (so a
    join by id finds every document) and a warning names the file, or file:line of a JSONL."""
    names = write_corpus(tmp_path / "corpus", 3)
    (tmp_path / "corpus" / names[1]).write_text("  \n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for jobs in ("1", "2"):
        assert main(["detect", str(tmp_path / "corpus"), "-o", str(out), "--jobs", jobs]) == 0
        lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
        assert [line["id"] for line in lines] == names and lines[1]["quotes"] == []
        assert capsys.readouterr().err.splitlines()[-1] == (
            f"warning: {tmp_path / 'corpus' / names[1]}: empty document, written with no quotes"
        )
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text('{"id": "x", "text": "Fine."}\n{"id": "y", "text": ""}\n')
    assert main(["detect", str(corpus), "-o", str(out)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"warning: {corpus}:2: empty document 'y', written with no quotes"
    )
