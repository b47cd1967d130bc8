"""Alignment: exact spans first, then overlap over a threshold, one-to-one, complete linkage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.agreement.align import align_corpus, align_document, overlap
from annotator.records import Status
from tests.unit.test_agreement_data import TEXT, quote, span_of

HARBOUR = span_of('"the pier will reopen after the storm season"')
WAITED = span_of('"We have waited long enough,"')
CJK = span_of("「港は来週開く」")


def spans(group):
    return {name: (q.start, q.end) for name, q in group.members.items()}


def test_overlap_is_shared_over_covered_characters():
    assert overlap(0, 10, 0, 10) == 1.0
    assert overlap(0, 10, 5, 15) == 5 / 15
    assert overlap(0, 10, 10, 20) == 0.0
    assert overlap(3, 3, 3, 3) == 1.0
    assert overlap(0, 10, 2, 4) == 2 / 10


def test_identical_spans_form_one_group_and_others_stay_apart():
    aligned = align_document(
        "doc-1",
        {
            "ann": [quote("ann", *HARBOUR), quote("ann", *WAITED)],
            "ben": [quote("ben", *HARBOUR), quote("ben", *CJK)],
        },
        ["ann", "ben"],
    )
    assert [spans(g) for g in aligned.groups] == [
        {"ann": HARBOUR, "ben": HARBOUR},
        {"ann": WAITED},
        {"ben": CJK},
    ]


def test_overlap_threshold_decides_whether_two_spans_are_one_quote():
    start, end = HARBOUR
    trimmed = (start + 1, end - 1)  # the same words without the quote marks
    shifted = (start + 30, end + 30)  # a third of it shared
    quotes = {"ann": [quote("ann", *HARBOUR)], "ben": [quote("ben", *trimmed)]}
    assert len(align_document("doc-1", quotes, ["ann", "ben"], 0.5).groups) == 1
    far = {"ann": [quote("ann", *HARBOUR)], "ben": [quote("ben", *shifted)]}
    assert overlap(*HARBOUR, *shifted) < 0.5
    assert len(align_document("doc-1", far, ["ann", "ben"], 0.5).groups) == 2
    assert len(align_document("doc-1", far, ["ann", "ben"], 0.2).groups) == 1


def test_an_exact_match_wins_over_an_overlapping_one_and_matching_is_one_to_one():
    start, end = HARBOUR
    aligned = align_document(
        "doc-1",
        {
            "ann": [quote("ann", *HARBOUR)],
            "ben": [quote("ben", start + 1, end), quote("ben", *HARBOUR)],
        },
        ["ann", "ben"],
    )
    assert [spans(g) for g in aligned.groups] == [
        {"ann": HARBOUR, "ben": HARBOUR},
        {"ben": (start + 1, end)},
    ]


def test_the_best_overlap_is_matched_first():
    start, end = HARBOUR
    close = (start, end - 2)
    looser = (start + 12, end)
    aligned = align_document(
        "doc-1",
        {"ann": [quote("ann", *HARBOUR)], "ben": [quote("ben", *looser), quote("ben", *close)]},
        ["ann", "ben"],
    )
    assert {"ann": HARBOUR, "ben": close} in [spans(g) for g in aligned.groups]


def test_a_quote_joins_a_group_only_if_it_overlaps_every_member():
    # ann 0..10, ben 0..16 overlap 0.625; cat 6..16 overlaps ben 0.625 but ann only 0.25.
    text = "abcdefghijklmnopqrstuvwxyz"
    aligned = align_document(
        "doc-1",
        {
            "ann": [quote("ann", 0, 10, text=text)],
            "ben": [quote("ben", 0, 16, text=text)],
            "cat": [quote("cat", 6, 16, text=text)],
        },
        ["ann", "ben", "cat"],
    )
    assert [spans(g) for g in aligned.groups] == [
        {"ann": (0, 10), "ben": (0, 16)},
        {"cat": (6, 16)},
    ]


def test_only_annotators_with_a_record_in_the_document_are_present():
    documents = align_corpus(
        {
            "ann": [quote("ann", *HARBOUR), quote("ann", *WAITED, doc_id="doc-2")],
            "ben": [quote("ben", *HARBOUR, status=Status.REJECTED)],
        },
        ["ann", "ben"],
    )
    assert [(d.doc_id, d.present) for d in documents] == [
        ("doc-1", ("ann", "ben")),
        ("doc-2", ("ann",)),
    ]
    # A rejected quote is aligned like any other: it says the quote does not exist.
    group = documents[0].groups[0]
    assert set(group.members) == {"ann", "ben"}
    assert set(group.accepted()) == {"ann"}


def test_an_annotator_who_has_not_finished_a_document_is_left_out_of_it():
    # ben stopped after the first quote of doc-1 (marked not finished): his silence on the
    # second quote is not a miss. doc-2 he never marked: labelled, it counts as before.
    documents = align_corpus(
        {
            "ann": [
                quote("ann", *HARBOUR),
                quote("ann", *WAITED),
                quote("ann", *CJK, doc_id="doc-2"),
            ],
            "ben": [quote("ben", *HARBOUR), quote("ben", *CJK, doc_id="doc-2")],
        },
        ["ann", "ben"],
        marks={"ann": {"doc-1": True}, "ben": {"doc-1": False}},
    )
    assert [(d.doc_id, d.present, d.unfinished) for d in documents] == [
        ("doc-1", ("ann",), ("ben",)),
        ("doc-2", ("ann", "ben"), ()),
    ]


def test_an_annotator_who_finished_a_document_with_no_quote_in_it_is_compared_on_it():
    documents = align_corpus(
        {"ann": [quote("ann", *HARBOUR)], "ben": []},
        ["ann", "ben"],
        marks={"ben": {"doc-1": True, "doc-9": True}},
    )
    assert [(d.doc_id, d.present) for d in documents] == [
        ("doc-1", ("ann", "ben")),  # ben found no quote where ann found one: a miss
        ("doc-9", ("ben",)),
    ]
    assert set(documents[0].groups[0].members) == {"ann"}


def test_align_document_compares_only_the_annotators_named_finished():
    quotes = {"ann": [quote("ann", *HARBOUR)], "ben": [quote("ben", *WAITED)], "cat": []}
    aligned = align_document("doc-1", quotes, ["ann", "ben", "cat"], finished={"ann", "cat"})
    assert aligned.present == ("ann", "cat") and aligned.unfinished == ("ben",)
    assert [set(group.members) for group in aligned.groups] == [{"ann"}]


def test_group_keys_are_stable_and_differ_between_groups():
    quotes = {"ann": [quote("ann", *HARBOUR), quote("ann", *CJK)], "ben": [quote("ben", *CJK)]}
    first = align_document("doc-1", quotes, ["ann", "ben"])
    again = align_document("doc-1", {k: v[::-1] for k, v in quotes.items()}, ["ann", "ben"])
    assert [g.key for g in first.groups] == [g.key for g in again.groups]
    assert len({g.key for g in first.groups}) == 2


def test_offsets_are_code_points_with_emoji_and_cjk():
    fish = span_of("café 🐟 by")
    aligned = align_document(
        "doc-1",
        {"ann": [quote("ann", *fish)], "ben": [quote("ben", fish[0], fish[1] - 3)]},
        ["ann", "ben"],
    )
    (group,) = aligned.groups
    assert group.members["ben"].text == "café 🐟"
    assert TEXT[group.start : group.end] == "café 🐟 by"


span_lists = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 25)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(
    st.fixed_dictionaries({"ann": span_lists, "ben": span_lists, "cat": span_lists}),
    st.sampled_from([0.3, 0.5, 0.8]),
)
def test_alignment_invariants(spans_by_annotator, threshold):
    text = "x" * 100
    quotes = {
        name: [quote(name, s, e, f"{name}{i}", text=text) for i, (s, e) in enumerate(found)]
        for name, found in spans_by_annotator.items()
    }
    aligned = align_document("doc-1", quotes, ["ann", "ben", "cat"], threshold)
    placed = [(name, q.id) for g in aligned.groups for name, q in g.members.items()]
    # Every quote lands in exactly one group; a group holds at most one quote per annotator.
    assert sorted(placed) == sorted((name, q.id) for name, qs in quotes.items() for q in qs)
    for group in aligned.groups:
        members = list(group.members.values())
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                assert overlap(a.start, a.end, b.start, b.end) >= threshold
        # No quote left alone could have joined this group: alignment is maximal per quote
        # only up to one-to-one, so we check the weaker fact that a lone exact duplicate of a
        # member from an absent annotator would have been taken.
    for group in aligned.groups:
        if len(group.members) == 1:
            (name, lone) = next(iter(group.members.items()))
            for other in aligned.groups:
                if other is group or name in other.members:
                    continue
                assert not any(
                    (m.start, m.end) == (lone.start, lone.end) and len(other.members) == 1
                    for m in other.members.values()
                ), "an identical span of another annotator was left unmatched"


def test_corpus_alignment_does_not_depend_on_the_order_quotes_come_in():
    quotes = {
        "ann": [
            quote("ann", *HARBOUR, doc_id="d1"),
            quote("ann", *WAITED, doc_id="d2"),
            quote("ann", *CJK, doc_id="d1"),
        ],
        "ben": [quote("ben", *CJK, doc_id="d1"), quote("ben", *HARBOUR, doc_id="d2")],
    }
    shuffled = align_corpus(quotes, ["ann", "ben"])
    ordered = align_corpus(
        {name: sorted(qs, key=lambda q: (q.doc_id, q.start)) for name, qs in quotes.items()},
        ["ann", "ben"],
    )
    assert [(d.doc_id, [spans(g) for g in d.groups]) for d in shuffled] == [
        (d.doc_id, [spans(g) for g in d.groups]) for d in ordered
    ]
    assert [spans(g) for g in shuffled[0].groups] == [{"ann": HARBOUR}, {"ann": CJK, "ben": CJK}]
