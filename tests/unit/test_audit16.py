"""Auditing as an auditor reads it: reported speech, split quotes and speaker names.

Every sentence, name, place and outlet here is invented.
"""

from __future__ import annotations

import orjson
import pytest

from annotator.audit import (
    FLAGS,
    MISATTRIBUTED,
    PARAPHRASED,
    REWORDED,
    TRIMMED,
    audit,
    same_speaker,
    speaker_key,
)
from annotator.cli import main
from tests.unit.audit_helpers import report

BRIDGE = (
    "I am sure we can finish the Orsa bridge by June if the ministry pays what it has promised us"
)
BRIDGE_REPORTED = (
    "they can finish the Orsa bridge by June if the ministry pays what it has promised them"
)
LEVY = (
    "We will not freeze pensions while I hold this office, and the grain levy will be cut by "
    "half before the winter session"
)


# --- Reported speech ---------------------------------------------------------------------------


def test_reported_speech_is_paraphrased_not_reworded_and_its_words_still_show():
    items = [
        report(0, BRIDGE, speaker="Lotta Virtanen"),
        report(1, BRIDGE, speaker="Lotta Virtanen"),
        report(2, BRIDGE_REPORTED, speaker="Virtanen", quote_type="indirect"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [PARAPHRASED]
    indirect = cluster.occurrences[2]
    assert not indirect.is_main
    assert indirect.changes  # what the paraphrase changed is listed all the same


def test_a_changed_word_in_quotation_marks_is_reworded_beside_a_paraphrase():
    changed = BRIDGE.replace("June", "August")
    items = [
        report(0, BRIDGE),
        report(1, changed),
        report(2, BRIDGE_REPORTED, quote_type="indirect"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [REWORDED, PARAPHRASED]


def test_the_main_wording_is_a_quotation_even_where_paraphrases_outnumber_it():
    items = [
        report(0, BRIDGE_REPORTED, quote_type="indirect"),
        report(1, BRIDGE_REPORTED, quote_type="indirect"),
        report(2, BRIDGE),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.main_text == BRIDGE
    assert cluster.main_count == 1


def test_paraphrased_is_a_flag_to_filter_by():
    assert PARAPHRASED in FLAGS
    items = [report(0, BRIDGE), report(1, BRIDGE_REPORTED, quote_type="indirect")]
    assert audit(items).filtered([PARAPHRASED]).clusters


# --- Speaker names -------------------------------------------------------------------------------


def test_a_speaker_spelled_two_ways_equally_often_is_named_as_first_reported():
    items = [
        report(0, LEVY, speaker="Sergei Olenkov"),
        report(1, LEVY, speaker="Sergey Olenkov"),
        report(2, LEVY, speaker="Anneli Varga"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [MISATTRIBUTED]
    assert [group.name for group in cluster.speakers] == ["Sergei Olenkov", "Anneli Varga"]


# --- The terminal report -------------------------------------------------------------------------


def write_jsonl(path, rows):
    path.write_bytes(b"".join(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE) for row in rows))
    return path


def run_audit(capsys, tmp_path, documents, quotes, *options):
    corpus = write_jsonl(tmp_path / "news.jsonl", documents)
    quotes_file = write_jsonl(tmp_path / "quotes.jsonl", quotes)
    code = main(["audit", str(corpus), "--quotes", str(quotes_file), *options])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def quoted(doc_id: str, text: str, words: str, **fields) -> dict:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "text": words, **fields}


def test_the_terminal_report_marks_a_report_in_indirect_speech(tmp_path, capsys):
    direct = f'"{BRIDGE}," Lotta Virtanen said.'
    indirect = f"Virtanen said {BRIDGE_REPORTED}."
    documents = [
        {"id": "gazette", "outlet": "Velmar Gazette", "text": direct},
        {"id": "observer", "outlet": "Orsa Observer", "text": indirect},
    ]
    quotes = [
        {"id": "gazette", "quotes": [quoted("gazette", direct, f'"{BRIDGE},"')]},
        {
            "id": "observer",
            "quotes": [quoted("observer", indirect, BRIDGE_REPORTED, type="indirect")],
        },
    ]
    out = run_audit(capsys, tmp_path, documents, quotes)
    assert "#1  2 documents · paraphrased" in out
    observer = next(line for line in out.splitlines() if "observer · Orsa Observer" in line)
    assert "indirect speech" in observer
    gazette = next(line for line in out.splitlines() if "gazette · Velmar Gazette" in line)
    assert "indirect" not in gazette


def test_a_split_quote_is_one_entry_with_both_spans(tmp_path, capsys):
    first = "We will not freeze pensions while I hold this office"
    second = "and the grain levy will be cut by half before the winter session"
    whole = f'"{LEVY}," Sergei Olenkov said.'
    split = f'"{first}," Olenkov said, "{second}."'
    documents = [
        {"id": "courier", "outlet": "Tarnova Courier", "text": whole},
        {"id": "times", "outlet": "Valley Times", "text": split},
    ]
    quotes = [
        {"id": "courier", "quotes": [quoted("courier", whole, f'"{LEVY},"', speaker="Olenkov")]},
        {
            "id": "times",
            "quotes": [
                # The attribution between the parts names the speaker for one part only.
                quoted("times", split, f'"{first},"', speaker="he"),
                quoted("times", split, f'"{second}."', speaker="Olenkov"),
            ],
        },
    ]
    out = run_audit(capsys, tmp_path, documents, quotes, "--min-documents", "2")
    assert "#1  2 documents · same words everywhere" in out
    entries = [line for line in out.splitlines() if line.lstrip().startswith("- ")]
    assert len(entries) == 2
    start_one = split.index(first) - 1
    start_two = split.index(second) - 1
    assert f"[{start_one}:{start_one + len(first) + 3}, {start_two}:" in entries[1]
    flat = " ".join(out.split())
    assert "said by he" not in flat
    assert flat.count("said by Olenkov") == 2
    assert "trimmed" not in flat
    assert flat.count("quoted in 2 parts split by its attribution; together: the main wording") == 1
    # The JSON still lists each part, with what the parts read together change.
    data = orjson.loads(
        run_audit(capsys, tmp_path, documents, quotes, "--min-documents", "2", "--json")
    )
    parts = [o for o in data["clusters"][0]["occurrences"] if o["doc_id"] == "times"]
    assert [part["split_changes"] for part in parts] == [[], []]


def test_a_split_quote_missing_words_shows_what_the_parts_miss_together(tmp_path, capsys):
    first = "We will not freeze pensions while I hold this office"
    second = "and the grain levy will be cut before the winter session"
    whole = f'"{LEVY}," Sergei Olenkov said.'
    split = f'"{first}," Olenkov said, "{second}."'
    documents = [
        {"id": "courier", "outlet": "Tarnova Courier", "text": whole},
        {"id": "times", "outlet": "Valley Times", "text": split},
    ]
    quotes = [
        {"id": "courier", "quotes": [quoted("courier", whole, f'"{LEVY},"')]},
        {
            "id": "times",
            "quotes": [
                quoted("times", split, f'"{first},"'),
                quoted("times", split, f'"{second}."'),
            ],
        },
    ]
    out = run_audit(capsys, tmp_path, documents, quotes)
    flat = " ".join(out.split())
    assert "#1 2 documents · reworded" in flat
    assert "quoted in 2 parts split by its attribution; together: dropped: by half" in flat
    assert TRIMMED not in flat


# --- Titles and descriptions name nobody ----------------------------------------------------------


@pytest.mark.parametrize(
    "description",
    [
        # A title alone, capitalised as some house styles write it.
        "the Mayor",
        "Mayor",
        "the Prime Minister",
        "President",
        # Whose title it is, before it or after it.
        "Valdoria's finance minister",
        "Korsholm's mayor",
        "Olenkov's spokeswoman",
        "the mayor of Korsholm",
        "the Minister of Finance",
    ],
)
def test_a_title_or_description_without_a_name_names_nobody(description):
    assert speaker_key(description) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Korsholm's mayor Ingrid Tallberg", "Ingrid Tallberg"),
        ("Ingrid Tallberg of the Green Party", "Ingrid Tallberg"),
        ("Finance Ministry spokeswoman Irma Lodz", "Irma Lodz"),
        ("Deputy Minister of Finance Irma Lodz", "Irma Lodz"),
        # Dashes set a description apart as commas do, whose ever title it names.
        ("Velmar campaign chief Irma Lodz — Olenkov's former chief of staff —", "Irma Lodz"),
        ("Irma Lodz – the harbour board's chair – ", "Irma Lodz"),
        # Transliterations into German or Polish spelling.
        ("Sergej Olenkov", "Sergei Olenkov"),
        ("Sergei Olenkow", "Sergey Olenkov"),
    ],
)
def test_a_name_inside_a_description_or_transliterated_is_still_its_speaker(first, second):
    first_key, second_key = speaker_key(first), speaker_key(second)
    assert first_key is not None and second_key is not None
    assert same_speaker(first_key, second_key)


@pytest.mark.parametrize(
    ("named", "key"),
    [
        # A nickname keys as the name it stands for; no other letter of a name changes.
        ("Bill", "william"),
        ("May", "may"),
        ("The Harbour Ministry", "org:harbor ministry"),
        # "of Orsa" says where the man is from: it is no part of his name.
        ("Lodz of Orsa", "lodz"),
    ],
)
def test_a_capitalised_word_that_is_also_a_role_or_function_word_still_names(named, key):
    assert speaker_key(named) == key


def test_a_capitalised_complement_word_is_part_of_the_name():
    assert speaker_key("Teo From") != speaker_key("Teo")


def test_a_report_naming_only_the_title_does_not_make_a_misattribution():
    items = [
        report(0, LEVY, speaker="Sergei Olenkov"),
        report(1, LEVY, speaker="the Minister"),
        report(2, LEVY, speaker="Valdoria's finance minister"),
        report(3, LEVY, speaker="Sergej Olenkow"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == []
    assert [group.documents for group in cluster.speakers] == [2]


# --- Common phrases ----------------------------------------------------------------------------

MINISTER_STATEMENTS = [
    "Finance Minister Sergei Olenkov wants the ferries of Orsa sold before spring",
    "Finance Minister Sergei Olenkov never answered letters from Velmar farmers",
    "Finance Minister Sergei Olenkov lost the Tarnova vote by eleven ballots",
    "Finance Minister Sergei Olenkov opened a granary museum in Korsholm yesterday",
    "Finance Minister Sergei Olenkov blames drought for the Lisk mill closures",
    "Finance Minister Sergei Olenkov hired his cousin to audit Brovna docks",
    "Finance Minister Sergei Olenkov skipped the Hollin summit to watch hockey",
    "Finance Minister Sergei Olenkov promised Yarrow teachers a winter bonus",
    "Finance Minister Sergei Olenkov rides a bicycle through Dunmere every morning",
    "Finance Minister Sergei Olenkov doubled tolls on the Kestel bridge overnight",
    "Finance Minister Sergei Olenkov admires the Ambry choir and its conductor",
    "Finance Minister Sergei Olenkov sued a Fenwick blogger over cartoons",
]
"""Twelve different statements that each name the minister with his title."""


def test_a_phrase_many_statements_hold_joins_none_of_them():
    items = [report(number, text) for number, text in enumerate(MINISTER_STATEMENTS)]
    items.append(report(20, "Finance Minister Sergei Olenkov’s letter"))
    items.append(report(21, "Finance Minister Sergei Olenkov’s letter"))
    report_ = audit(items)
    (cluster,) = report_.clusters  # the two reports of the phrase itself, and nothing else
    assert {reported.occurrence.doc_index for reported in cluster.occurrences} == {20, 21}


def test_a_trimmed_report_of_a_statement_naming_a_common_figure_still_joins_it():
    items = [report(number, text) for number, text in enumerate(MINISTER_STATEMENTS)]
    items.append(report(20, "Sergei Olenkov doubled tolls on the Kestel bridge"))
    clusters = audit(items).clusters
    assert [sorted(r.occurrence.doc_index for r in c.occurrences) for c in clusters] == [[9, 20]]


# --- Cuts marked with an ellipsis --------------------------------------------------------------


def test_words_dropped_where_an_ellipsis_stands_are_a_marked_cut_not_a_rewording():
    marked = LEVY.replace(", and the", " … the")
    silent = LEVY.replace(", and the", ", the")
    items = [report(0, LEVY), report(1, LEVY), report(2, marked)]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [TRIMMED]
    assert [change.to_json() for change in cluster.occurrences[2].changes] == [
        {"op": "dropped", "before": "and", "after": "", "marked": True}
    ]
    (cluster,) = audit([*items[:2], report(2, silent)]).clusters
    assert cluster.flags == [REWORDED]
    assert not cluster.occurrences[2].changes[0].marked


def test_an_ellipsis_at_either_end_marks_the_trim_and_three_dots_count_too():
    cut = "...the grain levy will be cut by half before the winter session"
    items = [report(0, LEVY), report(1, LEVY), report(2, cut)]
    (cluster,) = audit(items).clusters
    (change,) = cluster.occurrences[2].changes
    assert change.op == "trimmed" and change.marked


@pytest.mark.parametrize(
    ("cut", "marked"),
    [
        ("..the grain levy will be cut by half before the winter session", False),
        ("[...] the grain levy will be cut by half before the winter session", True),
        ("(...) the grain levy will be cut by half before the winter session", True),
        ("[…] the grain levy will be cut by half before the winter session", True),
    ],
)
def test_two_dots_are_no_ellipsis_but_a_bracketed_one_is(cut, marked):
    items = [report(0, LEVY), report(1, LEVY), report(2, cut)]
    (cluster,) = audit(items).clusters
    (change,) = cluster.occurrences[2].changes
    assert change.op == "trimmed"
    assert change.marked is marked


def test_the_terminal_report_says_which_cuts_an_ellipsis_marks(tmp_path, capsys):
    whole = f'"{LEVY}," Sergei Olenkov said.'
    cut = LEVY.replace(", and the", " … the")
    marked = f"“{cut},” the minister said."
    documents = [
        {"id": "courier", "outlet": "Tarnova Courier", "text": whole},
        {"id": "herald", "outlet": "Korsholm Herald", "text": marked},
    ]
    quotes = [
        {"id": "courier", "quotes": [quoted("courier", whole, f'"{LEVY},"')]},
        {"id": "herald", "quotes": [quoted("herald", marked, f"“{cut},”")]},
    ]
    out = run_audit(capsys, tmp_path, documents, quotes)
    assert "dropped (marked …): and" in out


# --- Topics in indirect speech ------------------------------------------------------------------


def test_a_few_words_of_indirect_speech_name_a_topic_and_join_no_statement():
    items = [
        report(0, LEVY, speaker="Sergei Olenkov"),
        report(1, LEVY, speaker="Olenkov"),
        # "... farmers in Lisk welcomed the grain levy cut by half", in a third document.
        report(2, "grain levy cut by half", speaker="farmers in Lisk", quote_type="indirect"),
    ]
    report_ = audit(items)
    (cluster,) = report_.clusters
    assert cluster.documents == 2
    assert report_.compared == 2
    # The same words in quote marks are a trimmed quotation, and join.
    items[2] = report(2, "grain levy cut by half", speaker="Olenkov")
    assert audit(items).clusters[0].documents == 3


def test_a_statement_in_indirect_speech_still_joins():
    paraphrase = "the grain levy will be cut by half before the winter session"
    items = [
        report(0, LEVY, speaker="Sergei Olenkov"),
        report(1, paraphrase, speaker="Olenkov", quote_type="indirect"),
    ]
    (cluster,) = audit(items).clusters
    assert cluster.flags == [PARAPHRASED]


# --- Long quotes on the terminal ----------------------------------------------------------------


def test_a_speech_quoted_whole_is_cut_short_on_the_terminal_and_whole_in_json(tmp_path, capsys):
    sentences = [
        f"On day {number} of the session the Velmar council reviewed the {thing} accounts."
        for number, thing in enumerate("ferry bridge clinic school harbour mill road depot".split())
    ]
    speech = " ".join(sentences + [LEVY + "."])
    documents = [
        {"id": "courier", "outlet": "Tarnova Courier", "text": f'"{speech}" Olenkov said.'},
        {"id": "herald", "outlet": "Korsholm Herald", "text": f'"{speech}" Olenkov said.'},
    ]
    quotes = [
        {"id": doc["id"], "quotes": [quoted(doc["id"], doc["text"], f'"{speech}"')]}
        for doc in documents
    ]
    out = run_audit(capsys, tmp_path, documents, quotes)
    flat = " ".join(out.split())
    words = len(speech.split())
    assert words > 100
    assert f'the winter session." ({words} words) (main wording: 2 of 2 documents)' in flat
    assert "reviewed the clinic accounts" in flat and "reviewed the depot accounts" not in flat
    data = orjson.loads(run_audit(capsys, tmp_path, documents, quotes, "--json"))
    assert data["clusters"][0]["main_text"] == f'"{speech}"'


# --- JSON lines ---------------------------------------------------------------------------------


def test_jsonl_prints_each_statement_on_a_line_as_json_lists_it(tmp_path, capsys):
    levy = f'"{LEVY}," Sergei Olenkov said.'
    bridge = f'"{BRIDGE}," said Lotta Virtanen.'
    documents = [
        {"id": f"{name}-{number}", "outlet": name, "text": text}
        for number, (name, text) in enumerate(
            [("Courier", levy), ("Herald", levy), ("Courier", bridge), ("Times", bridge)]
        )
    ]
    quotes = [
        {"id": doc["id"], "quotes": [quoted(doc["id"], text, text[: text.index('," ') + 2])]}
        for doc in documents
        for text in [doc["text"]]
    ]
    lines = run_audit(capsys, tmp_path, documents, quotes, "--jsonl").splitlines()
    whole = orjson.loads(run_audit(capsys, tmp_path, documents, quotes, "--json"))
    assert [orjson.loads(line) for line in lines] == whole["clusters"]
    assert len(lines) == 2


def test_a_speaker_that_names_no_one_is_shown_as_written_and_marked(tmp_path, capsys):
    # An unresolved pronoun or a bare title cannot be compared with the names in other reports;
    # the report says so instead of reading "said by he".
    named = f'"{LEVY}," Sergei Olenkov said.'
    unnamed = f'"{LEVY}," he said.'
    documents = [
        {"id": "courier", "outlet": "Tarnova Courier", "text": named},
        {"id": "times", "outlet": "Valley Times", "text": unnamed},
    ]
    quotes = [
        {"id": "courier", "quotes": [quoted("courier", named, f'"{LEVY},"', speaker="Olenkov")]},
        {"id": "times", "quotes": [quoted("times", unnamed, f'"{LEVY},"', speaker="he")]},
    ]
    flat = " ".join(run_audit(capsys, tmp_path, documents, quotes).split())
    assert "said by Olenkov" in flat
    assert "said by “he” (names no one)" in flat
    assert "0 misattributed" in flat and "most reports say" not in flat
