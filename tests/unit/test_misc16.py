"""Small gaps other rounds noticed: a split given as a negative number, brat lines an import does
not read, a source's kind as a label people disagree on. Every text here is invented."""

from __future__ import annotations

import pytest

from annotator.cli import main
from annotator.records import SourceKind
from annotator.session import next_source_kind
from annotator.store import AnnotationStore
from tests.unit.cli_helpers import label, run_cli

SAID = 'Warden Ilse Korv said "the gates stay shut until the storm has passed" at dawn.'
QUOTED = '"the gates stay shut until the storm has passed"'


@pytest.fixture
def labelled(tmp_path, write_corpus):
    corpus = write_corpus({"one.txt": SAID})
    store = tmp_path / "annotations"
    label(store, corpus, "ana", "one.txt", QUOTED)
    return corpus, store


# -- export --split with a leading minus ----------------------------------------------------------


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("shares", ["-10/110", "-5/50/55", "-x/10"])
def test_a_split_starting_with_a_minus_gets_the_same_refusal_either_way(
    capsys, tmp_path, labelled, shares, joined
):
    corpus, store = labelled
    out_dir = tmp_path / "out"
    split = [f"--split={shares}"] if joined else ["--split", shares]
    argv = ["export", "csv", *split, "--store", str(store), "--out", str(out_dir), str(corpus)]
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    reason = (
        "expected numbers like 80/10/10"
        if "x" in shares
        else "give 2 or 3 non-negative shares, like 80/10/10"
    )
    assert err == f"quote-annotator export: --split {shares!r}: {reason}\n"
    assert not out_dir.exists()


def test_a_split_still_wants_a_value_before_the_next_option(capsys, tmp_path, labelled):
    corpus, store = labelled
    with pytest.raises(SystemExit) as exit_:
        main(["export", "csv", "--split", "--store", str(store), str(corpus)])
    assert exit_.value.code == 2
    assert "argument --split: expected one argument" in capsys.readouterr().err


# -- brat lines of kinds the import does not read -------------------------------------------------


def brat_folder(tmp_path, ann_lines: list[str], name: str = "one.txt"):
    """A brat folder of one document (SAID) whose ``.ann`` holds ``ann_lines``."""
    folder = tmp_path / "from-brat"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(SAID, encoding="utf-8")
    (folder / f"{name}.ann").write_text("".join(line + "\n" for line in ann_lines))
    return folder


def quote_lines() -> list[str]:
    """A quote said by its speaker, with its type: every line one the import reads."""
    start = SAID.index(QUOTED)
    return [
        f"T1\tQuote {start} {start + len(QUOTED)}\t{QUOTED}",
        "T2\tSpeaker 7 16\tIlse Korv",
        "R1\tSaidBy Arg1:T1 Arg2:T2",
        "A1\tType T1 direct",
    ]


def test_brat_import_warns_once_per_file_of_lines_it_does_not_read(capsys, tmp_path):
    folder = brat_folder(
        tmp_path,
        [
            *quote_lines(),
            "T3\tPlace 72 76\tdawn",
            "E1\tSaying:T2 Theme:T1",
            "N1\tReference T2 Wikidata:Q1\tIlse Korv",
            "A2\tNegated T2",
            "A3\tMood T1 calm",
            "R2\tNear Arg1:T1 Arg2:T3",
            "#1\tAnnotatorNotes T1\tcheck the date",
            "whatever this is",
        ],
    )
    store = tmp_path / "annotations"
    code, out, err = run_cli(
        capsys, "import", "brat", str(folder), "--annotator", "cy", "--store", str(store)
    )
    assert code == 0
    ann = folder / "one.txt.ann"
    assert err == (
        f"warning: {ann}:5: 8 lines of kinds this import does not read left out (line 5: a "
        "Place span (T3) that no quote's relation reaches; line 6: an event (E1); line 7: a "
        "normalization (N1); and 5 more)\n"
    )
    assert "1 quote imported" in out
    with AnnotationStore(store).open("cy") as cy:
        (quote,) = cy.quotes()
    assert (quote.text, quote.speaker, quote.type) == (QUOTED, "Ilse Korv", "direct")


def test_brat_import_names_an_attribute_of_no_quote_and_one_it_does_not_know(tmp_path):
    from annotator.exporting import plan_import
    from annotator.formats import get_format

    folder = brat_folder(tmp_path, [*quote_lines(), "A2\tType T2 direct", "A3\tMood T1 calm"])
    plan = plan_import(get_format("brat"), folder, annotator="cy")
    assert not plan.problems
    assert [str(line) for line in plan.left_out] == [
        f"{folder / 'one.txt.ann'}:5: 2 lines of kinds this import does not read left out "
        "(line 5: an attribute Type (A2) of T2, which is no quote; line 6: an attribute Mood "
        "(A3) it does not know)"
    ]


def test_brat_reads_a_file_of_thousands_of_quotes_each_with_its_own_speaker(tmp_path):
    from annotator.formats.brat import read

    # Each line was once checked against every entity and relation of its file: 3,000 quotes
    # with their speakers took about 12 s, indexed once a few hundredths. Speed is for the
    # benchmarks, not asserted here; what the index must keep is each quote's own speaker.
    sentences, lines = [], []
    at = 0
    for n in range(3000):
        said = f'Warden Eda Roon{n} said "lock {n} opens at noon". '
        quoted = said[said.index('"') : said.rindex('"') + 1]
        quote_start = at + said.index('"')
        lines += [
            f"T{2 * n + 1}\tQuote {quote_start} {quote_start + len(quoted)}\t{quoted}",
            f"T{2 * n + 2}\tSpeaker {at + 7} {at + 7 + len(f'Eda Roon{n}')}\tEda Roon{n}",
            f"R{n + 1}\tSaidBy Arg1:T{2 * n + 1} Arg2:T{2 * n + 2}",
        ]
        sentences.append(said)
        at += len(said)
    (tmp_path / "long.txt").write_text("".join(sentences), encoding="utf-8")
    (tmp_path / "long.ann").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    (document,) = read(tmp_path)
    assert not document.left_out
    assert len(document.quotes) == 3000
    assert document.quotes[-1].fields["speaker"] == "Eda Roon2999"


def test_brat_import_of_its_own_export_warns_of_nothing(capsys, tmp_path, write_corpus):
    corpus = write_corpus({"one.txt": SAID})
    store = tmp_path / "annotations"
    speaker_at = SAID.index("Ilse Korv")
    label(
        store,
        corpus,
        "ana",
        "one.txt",
        QUOTED,
        speaker="Ilse Korv",
        speaker_spans=[[speaker_at, speaker_at + len("Ilse Korv")]],
        cue_spans=[[SAID.index("said"), SAID.index("said") + 4]],
        source="dawn",
        source_kind="event",
        note="first draft",
    )
    out_dir = tmp_path / "out"
    argv = ["export", "brat", "--store", str(store), "--out", str(out_dir), str(corpus)]
    assert run_cli(capsys, *argv)[0] == 0
    code, _, err = run_cli(
        capsys, "import", "brat", str(out_dir), "--annotator", "cy", "--store", str(store)
    )
    assert (code, err) == (0, "")


# -- a source's kind is a label people can disagree on --------------------------------------------


def two_on_one_quote(tmp_path, ann: dict, ben: dict):
    """ann and ben on the same quote of ``a.txt`` (SAID), with ``ann``'s and ``ben``'s labels;
    the corpus and the store."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SAID, encoding="utf-8")
    store = tmp_path / "annotations"
    label(store, corpus, "ann", "a.txt", QUOTED, speaker="Ilse Korv", **ann)
    label(store, corpus, "ben", "a.txt", QUOTED, speaker="Ilse Korv", **ben)
    return corpus, store


def test_review_asks_about_a_group_that_differs_only_in_the_sources_kind(tmp_path):
    from annotator.adjudication import Adjudication
    from annotator.corpus import open_corpus
    from annotator.records import SourceKind

    corpus, store = two_on_one_quote(
        tmp_path,
        {"source": "Dawn Bulletin", "source_kind": SourceKind.OUTLET},
        {"source": "dawn bulletin", "source_kind": SourceKind.PUBLICATION},
    )
    with Adjudication(AnnotationStore(store), ["ann", "ben"], corpus=open_corpus(corpus)) as review:
        (scanned,) = review.scan()
        assert (scanned.unanimous, scanned.merged) == (0, 0)
        (disagreement,) = scanned.disagreements
        assert disagreement.fields == ["source"]
        assert review.open_fields(disagreement) == ["source"]
        assert review.gold.quotes() == []
        review.take_field(disagreement, "source", "ben")
        assert review.is_resolved(disagreement)
        (gold,) = review.gold.quotes()
    assert (gold.source, gold.source_kind) == ("dawn bulletin", SourceKind.PUBLICATION)
    assert gold.meta["adjudication"]["agreed"] == ["ben"]


def test_review_still_merges_a_group_whose_sources_and_kinds_agree(tmp_path):
    from annotator.adjudication import Adjudication
    from annotator.corpus import open_corpus
    from annotator.records import SourceKind

    same = {"source": "Dawn Bulletin", "source_kind": SourceKind.OUTLET}
    corpus, store = two_on_one_quote(tmp_path, same, {**same, "source": "dawn  bulletin."})
    with Adjudication(AnnotationStore(store), ["ann", "ben"], corpus=open_corpus(corpus)) as review:
        (scanned,) = review.scan()
        assert (scanned.unanimous, scanned.merged, scanned.disagreements) == (1, 1, [])


def test_review_steps_the_kind_of_a_source_named_alike_and_that_settles_it(tmp_path):
    from annotator.adjudication import Adjudication
    from annotator.corpus import open_corpus
    from annotator.records import SourceKind

    corpus, store = two_on_one_quote(
        tmp_path,
        {"source": "Dawn Bulletin", "source_kind": SourceKind.OUTLET},
        {"source": "Dawn Bulletin", "source_kind": SourceKind.PUBLICATION},
    )
    with Adjudication(AnnotationStore(store), ["ann", "ben"], corpus=open_corpus(corpus)) as review:
        ((disagreement,),) = [scanned.disagreements for scanned in review.scan()]
        gold = review.cycle_source_kind(disagreement)
        assert (gold.source, gold.source_kind) == ("Dawn Bulletin", SourceKind.EVENT)
        assert review.is_resolved(disagreement)


def kinds_of_three(tmp_path):
    """ann, ben and cat on one quote of a.txt: ann and ben name the source alike with different
    kinds; cat names another source."""
    from annotator.records import SourceKind

    corpus, store = two_on_one_quote(
        tmp_path,
        {"source": "Dawn Bulletin", "source_kind": SourceKind.OUTLET},
        {"source": "dawn bulletin", "source_kind": SourceKind.PUBLICATION},
    )
    label(
        store,
        corpus,
        "cat",
        "a.txt",
        QUOTED,
        speaker="Ilse Korv",
        source="the gate log",
        source_kind=SourceKind.PUBLICATION,
    )
    return corpus, store


def test_agreement_reports_the_source_kind_where_source_names_agree(capsys, tmp_path):
    import orjson

    _, store = kinds_of_three(tmp_path)
    code, out, _ = run_cli(
        capsys, "agreement", "ann", "ben", "cat", "--store", str(store), "--json"
    )
    assert code == 0
    report = orjson.loads(out)
    by_pair = {(p["first"], p["second"]): p["labels"] for p in report["pairs"]}
    # Only ann and ben name one source: the other pairs have no kind to compare.
    assert by_pair[("ann", "ben")]["source_kind"] == {"items": 1, "percent": 0.0, "kappa": 0.0}
    assert by_pair[("ann", "cat")]["source_kind"]["items"] == 0
    assert by_pair[("ann", "ben")]["source"]["percent"] == 1.0  # the names agree
    kind = report["labels"]["source_kind"]
    assert (kind["pairs"], kind["percent"], kind["alpha_units"]) == (1, 0.0, 1)
    assert set(report["labels"]) == {"speaker", "source", "type", "confidence", "source_kind"}
    assert report["per_document"][0]["disputed"] == 1

    code, out, _ = run_cli(capsys, "agreement", "ann", "ben", "--store", str(store))
    assert code == 0
    table = out[out.index("Source kind") :].splitlines()
    assert table[0] == "Source kind, on matched quotes whose source names agree"
    assert table[2].split() == ["ann", "/", "ben", "agreement", "1", "0.000*"]
    assert max(map(len, out.splitlines())) <= 80


def test_agreement_counts_a_kind_difference_alone_as_disputed(tmp_path):
    from annotator.agreement import align_corpus, compute_report
    from annotator.agreement.quotes import load_labels
    from annotator.records import SourceKind

    _, store = two_on_one_quote(
        tmp_path,
        {"source": "Dawn Bulletin", "source_kind": SourceKind.OUTLET},
        {"source": "Dawn Bulletin", "source_kind": SourceKind.EVENT},
    )
    quotes, problems = load_labels(AnnotationStore(store), ["ann", "ben"])
    assert problems == []
    report = compute_report(align_corpus(quotes, ["ann", "ben"]), ["ann", "ben"], 0.5)
    assert report.per_document[0].disputed == 1
    assert report.overall.relation_exact.f1 == 1.0
    assert report.labels["source_kind"].percent == 0.0
    assert report.labels["source"].percent == 1.0


@pytest.mark.parametrize("seed", range(3))
def test_source_kind_figures_equal_those_of_plain_lists_to_the_bit(seed):
    """The kind's figures come from tallies, as the other labels' do: they must be those of
    the list-based functions over the pairs (and, for alpha, the annotators of a group) that
    give the source one name."""
    import random
    from itertools import combinations

    from annotator.agreement import align_corpus, compute_report
    from annotator.agreement.labels import name_key
    from annotator.agreement.metrics import cohen_kappa, krippendorff_alpha
    from annotator.records import SourceKind
    from tests.unit.test_agreement_report import random_corpus

    quotes = random_corpus(seed)
    rng = random.Random(seed)
    for found in quotes.values():
        for item in found:
            if item.source is not None:
                item.source_kind = rng.choice([*SourceKind, SourceKind.OUTLET, None])
    names = list(quotes)
    alignments = align_corpus(quotes, names)
    report = compute_report(alignments, names, 0.5)
    units = []
    matched = {pair: [] for pair in combinations(names, 2)}
    for alignment in alignments:
        if len(alignment.present) < 2:
            continue
        for group in alignment.groups:
            accepted = group.accepted()
            if len(accepted) < 2:
                continue
            by_source: dict[str, list] = {}
            for name in names:
                if name in accepted and accepted[name].source:
                    by_source.setdefault(name_key(accepted[name].source), []).append(accepted[name])
            units.extend(by_source.values())
            for a, b in matched:
                if a not in accepted or b not in accepted or not accepted[a].source:
                    continue
                if name_key(accepted[a].source) == name_key(accepted[b].source):
                    matched[(a, b)].append((accepted[a], accepted[b]))

    def kind(quote):
        return quote.source_kind or ""

    assert report.labels["source_kind"].alpha == krippendorff_alpha(units, key=kind)
    for pair in report.pairs:
        firsts = [kind(a) for a, _ in matched[(pair.first, pair.second)]]
        seconds = [kind(b) for _, b in matched[(pair.first, pair.second)]]
        figures = pair.labels["source_kind"]
        assert figures.items == len(firsts) > 20
        assert figures.kappa == cohen_kappa(firsts, seconds)
        assert figures.percent == sum(map(str.__eq__, firsts, seconds)) / len(firsts)


# -- a detector's output imported into a person's file -------------------------------------------

OTHER = 'Ferry captain Odo Lindqvist said "the crossing is cancelled tonight" to reporters.'


def detected_corpus(tmp_path, capsys, monkeypatch):
    """Two documents; bo labelled and finished both by hand; the detector's output (as
    ``detect`` writes it) imported with the default --annotator, the login name ``ana``."""
    import orjson

    from annotator.cli import default_annotator

    monkeypatch.setattr("getpass.getuser", lambda: "ana")
    assert default_annotator() == "ana"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SAID, encoding="utf-8")
    (corpus / "b.txt").write_text(OTHER, encoding="utf-8")
    store = tmp_path / "annotations"
    label(store, corpus, "bo", "a.txt", QUOTED, speaker="Ilse Korv")
    label(store, corpus, "bo", "b.txt", '"the crossing is cancelled tonight"')
    code, detected, _ = run_cli(capsys, "detect", str(corpus))
    assert code == 0
    lines = [orjson.loads(line) for line in detected.splitlines()]
    assert all(line["quotes"] and "score" in line["quotes"][0] for line in lines)
    path = tmp_path / "detected.jsonl"
    path.write_text(detected, encoding="utf-8")
    return corpus, store, path


def test_a_detectors_quotes_imported_for_a_person_are_not_their_finished_labels(
    capsys, tmp_path, monkeypatch
):
    import orjson

    corpus, store, detected = detected_corpus(tmp_path, capsys, monkeypatch)
    code, out, err = run_cli(
        capsys, "import", "quotes-jsonl", str(detected), str(corpus), "--store", str(store)
    )
    assert (code, err) == (0, "")
    assert (
        "2 documents given the detector's quotes marked not finished: they count as ana's once "
        "ana has read them (annotate, f)"
    ) in out
    with AnnotationStore(store).open("ana") as ana:
        assert ana.finished_marks() == {"a.txt": False, "b.txt": False}
        assert len(ana.quotes()) == 2

    # Agreement, review, export and stats: none takes the detector's guesses for ana's reading.
    code, out, err = run_cli(capsys, "agreement", "ana", "bo", "--store", str(store), "--json")
    report = orjson.loads(out)
    assert (report["documents"], report["left_out_unfinished"]["annotators"]["ana"]) == (0, 2)
    from annotator.adjudication import Adjudication

    with Adjudication(AnnotationStore(store), ["ana", "bo"]) as review:
        assert review.document_ids() == []
    out_dir = tmp_path / "out"
    argv = ["export", "quotes-jsonl", str(corpus), "--store", str(store), "--out", str(out_dir)]
    run_cli(capsys, *argv, "--annotator", "ana")
    exported = "".join(
        path.read_text(encoding="utf-8") for path in out_dir.rglob("*.jsonl") if path.is_file()
    )
    assert "crossing" not in exported and "gates" not in exported
    code, out, _ = run_cli(capsys, "stats", "--store", str(store), "--json")
    stats = orjson.loads(out)
    assert stats["annotators"]["ana"]["finished"] == 0


def test_a_detectors_quotes_leave_a_persons_own_documents_as_they_were(
    capsys, tmp_path, monkeypatch
):
    corpus, store, detected = detected_corpus(tmp_path, capsys, monkeypatch)
    # ana labelled a.txt by hand before marks (no mark): still finished, as before the import;
    # a document ana marked finished stays so too.
    label(store, corpus, "ana", "a.txt", QUOTED, speaker="Ilse Korv")
    code, out, _ = run_cli(
        capsys, "import", "quotes-jsonl", str(detected), str(corpus), "--store", str(store)
    )
    assert code == 0
    assert "1 document given the detector's quotes marked not finished" in out
    with AnnotationStore(store).open("ana") as ana:
        assert ana.finished_marks() == {"b.txt": False}
    # Imported again, nothing more is marked.
    code, out, _ = run_cli(
        capsys, "import", "quotes-jsonl", str(detected), str(corpus), "--store", str(store)
    )
    assert "marked not finished" not in out


def test_the_source_kind_steps_from_none_through_each_kind_and_back_to_the_first():
    seen = [next_source_kind(None)]
    while len(seen) <= len(SourceKind):
        seen.append(next_source_kind(seen[-1]))
    assert seen == [*SourceKind, next(iter(SourceKind))]
