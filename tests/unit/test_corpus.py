"""Corpus loading: folders, single files, JSONL; bad input named by file and line."""

from __future__ import annotations

import pytest

from annotator.corpus import open_corpus
from annotator.errors import CorpusError
from annotator.records import text_sha256


def test_folder_corpus_is_recursive_sorted_and_ignores_other_files(write_corpus):
    root = write_corpus(
        {
            "b.txt": "Second.",
            "a/z.md": "Nested markdown.",
            "a/notes.csv": "x,y",
            ".hidden/c.txt": "Hidden.",
            "a.txt": "First.",
        }
    )
    corpus = open_corpus(root)
    assert corpus.ids == ["a.txt", "a/z.md", "b.txt"]
    document = corpus.get("a/z.md")
    assert document.text == "Nested markdown."
    assert document.sha256 == text_sha256("Nested markdown.")
    assert [doc.id for doc in corpus] == corpus.ids


def test_single_file_is_a_corpus_of_one(write_corpus):
    root = write_corpus({"only.txt": "Just one \U0001f600 document."})
    corpus = open_corpus(root / "only.txt")
    assert corpus.ids == ["only.txt"]
    assert corpus.get("only.txt").text == "Just one \U0001f600 document."


def test_the_seed_corpus_keeps_its_file_names(seeds_corpus):
    assert len(seeds_corpus) == 5
    assert all(doc_id.endswith(".txt") for doc_id in seeds_corpus.ids)


def test_texts_are_read_only_when_asked_for(write_corpus):
    root = write_corpus({"good.txt": "Fine.", "bad.txt": b"caf\xe9 au lait"})
    corpus = open_corpus(root)  # opening must not read (and so not fail on) the bad file
    assert corpus.get("good.txt").text == "Fine."
    with pytest.raises(CorpusError):
        corpus.get("bad.txt")


def test_non_utf8_file_names_file_line_and_byte(write_corpus):
    root = write_corpus({"latin.txt": b"line one\nline two\ncaf\xe9\n"})
    with pytest.raises(CorpusError) as caught:
        open_corpus(root).get("latin.txt")
    assert str(caught.value) == (
        f"{root / 'latin.txt'}:3: not UTF-8 (byte 0xe9 at column 4); "
        "convert it, e.g. iconv -f latin1 -t utf-8"
    )


def test_binary_files_are_refused_and_empty_ones_read_as_empty(write_corpus, tmp_path):
    """An empty or whitespace-only document is a document with nothing to annotate (every
    command goes past it), not an unreadable one; so in a JSONL corpus too."""
    root = write_corpus(
        {"blob.txt": b"PK\x03\x04\x00\x00", "empty.txt": "", "spaces.txt": "  \n\t\n"}
    )
    corpus = open_corpus(root)
    with pytest.raises(CorpusError, match=r"blob.txt:1: binary file \(NUL byte\)"):
        corpus.get("blob.txt")
    assert corpus.get("empty.txt").text == "" and corpus.get("empty.txt").is_empty
    assert corpus.get("spaces.txt").text == "  \n\t\n" and corpus.get("spaces.txt").is_empty
    assert corpus.where("spaces.txt") == str(root / "spaces.txt")
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "Fine."}\n{"id": "b", "text": " \\n "}\n')
    lines = open_corpus(path)
    assert [document.is_empty for document in lines] == [False, True]
    assert lines.where("b") == f"{path}:2"


def test_skip_bad_reports_and_goes_on(write_corpus):
    root = write_corpus({"a.txt": "Fine.", "b.txt": b"\xff\xfe", "c.txt": "Also fine."})
    corpus = open_corpus(root, skip_bad=True)
    assert [doc.id for doc in corpus] == ["a.txt", "c.txt"]
    assert len(corpus.problems) == 1
    assert str(corpus.problems[0]).startswith(f"{root / 'b.txt'}:1: not UTF-8")


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "nothing").mkdir()
    with pytest.raises(CorpusError, match="empty corpus, no document files"):
        open_corpus(tmp_path / "nothing")
    with pytest.raises(CorpusError, match="no such file or folder"):
        open_corpus(tmp_path / "missing")


def test_jsonl_corpus_reads_ids_text_and_meta(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "d1", "text": "Alpha said \\"yes\\".", "title": "T", "quotes": []}\n'
        "\n"
        '{"text": "Beta 🙂.", "id": 7, "meta": {"outlet": "Daily"}}\n',
        encoding="utf-8",
    )
    corpus = open_corpus(path)
    assert corpus.ids == ["d1", "7"]
    assert corpus.get("d1").text == 'Alpha said "yes".'
    assert corpus.get("d1").meta == {"title": "T"}
    assert corpus.get("7").meta == {"outlet": "Daily"}


def test_documents_are_get_of_each_in_the_order_asked(tmp_path, write_corpus):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "d1", "text": "One said so."}\n'
        '{"id": "d2", "text": "Two 🙂 said no.", "meta": {"outlet": "Daily"}}\n'
        '{"id": "d3", "text": "Three kept quiet."}\n',
        encoding="utf-8",
    )
    folder = write_corpus({"a.txt": "First file.", "b/c.md": "Second file."})
    for corpus in (open_corpus(path), open_corpus(folder)):
        asked = [corpus.ids[-1], corpus.ids[0], corpus.ids[-1]]
        assert list(corpus.documents(asked)) == [corpus.get(doc_id) for doc_id in asked]
        with pytest.raises(CorpusError, match="no document with id 'nowhere'"):
            list(corpus.documents([corpus.ids[0], "nowhere"]))


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', r":2: not valid JSON"),
        ('{"id": "a", "text": "x"}\n[1, 2]\n', r":2: expected a JSON object"),
        ('{"id": "a"}\n', r':1: missing "text" \(a string\)'),
        ('{"text": "no id"}\n', r':1: missing "id"'),
        (
            '{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n{"id": "a", "text": "z"}\n',
            r":3: duplicate document id 'a' \(first at line 1\)",
        ),
    ],
)
def test_bad_jsonl_lines_name_file_and_line(tmp_path, lines, message):
    path = tmp_path / "docs.jsonl"
    path.write_text(lines, encoding="utf-8")
    with pytest.raises(CorpusError, match=str(path).replace(".", r"\.") + message):
        corpus = open_corpus(path)
        for _ in corpus:
            pass


def test_a_jsonl_line_that_is_not_utf8_says_so(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_bytes(b'{"id": "a", "text": "x"}\n{"id": "b", "text": "caf\xe9"}\n')
    with pytest.raises(CorpusError) as caught:
        list(open_corpus(path))
    assert str(caught.value) == (
        f"{path}:2: not UTF-8 (byte 0xe9 at column 25); convert it, e.g. iconv -f latin1 -t utf-8"
    )


def test_jsonl_skip_bad_keeps_the_good_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n{"id": "c", "text": "z"}\n')
    corpus = open_corpus(path, skip_bad=True)
    assert corpus.ids == ["a", "c"]
    assert [problem.line for problem in corpus.problems] == [2]


@pytest.mark.parametrize("suffix", [".jsonl", ""])
def test_skip_bad_reads_documents_leaving_out_the_unreadable_and_naming_each_once(tmp_path, suffix):
    if suffix:
        location = tmp_path / "docs.jsonl"
        location.write_text(
            '{"id": "a", "text": "x"}\n{"id": "b", "text": cut\n{"id": "c", "text": "z"}\n'
        )
        where = f"{location}:2: not valid JSON"
    else:
        location = tmp_path / "docs"
        location.mkdir()
        (location / "a").with_suffix(".txt").write_text("x")
        (location / "b.txt").write_bytes(b"caf\xe9")
        (location / "c.txt").write_text("z")
        where = f"{location / 'b.txt'}:1: not UTF-8"
    corpus = open_corpus(location, skip_bad=True)
    ids = corpus.ids
    assert [document.text for document in corpus.documents(ids)] == ["x", "z"]
    assert [document.text for document in corpus] == ["x", "z"]
    assert len(corpus.problems) == 1 and str(corpus.problems[0]).startswith(where)
    with pytest.raises(CorpusError, match="not"):
        corpus.get(ids[1])  # asked for by its id: told why it cannot be had
    with pytest.raises(CorpusError):
        list(open_corpus(location).documents(ids))


def test_skip_bad_leaves_out_a_second_line_of_the_same_id(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    corpus = open_corpus(path, skip_bad=True)
    assert corpus.ids == ["a"] and corpus.get("a").text == "x"
    assert [str(problem) for problem in corpus.problems] == [
        f"{path}:2: duplicate document id 'a' (first at line 1)"
    ]


def test_empty_jsonl_is_an_error(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n")
    with pytest.raises(CorpusError, match="empty corpus, no document lines"):
        open_corpus(path)
