"""The document view's wrapping and its visible form of text (no app needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.tui.widgets.document_text import cell_width, displayable, wrap_offsets

PIECES = st.sampled_from(
    ["word", "longerword", " ", "  ", "\n", "\n\n", "市长说", "🌉", "é", "e\u0301", "\t", "—"]
)


def test_displayable_keeps_length_and_shows_controls():
    text = "a\x1b[31mred\x1b[0m\tb\r\nc\x00"
    shown = displayable(text)
    assert len(shown) == len(text)
    assert shown == "a␛[31mred␛[0m b \nc␀"


def test_cell_width_counts_wide_and_combining_characters():
    assert cell_width("abc") == 3
    assert cell_width("市长") == 4
    assert cell_width("🌉") == 2
    assert cell_width("e\u0301") == 1


def test_wrap_breaks_between_words_and_at_newlines():
    text = "one two three four\nfive"
    lines = wrap_offsets(text, 9)
    assert [text[start:end] for start, end in lines] == ["one two ", "three ", "four", "five"]


def test_wrap_cuts_a_word_longer_than_the_line():
    text = "x" * 10 + " y"
    assert [text[s:e] for s, e in wrap_offsets(text, 4)] == ["xxxx", "xxxx", "xx y"]
    wide = "市长说我们会修好这座桥 ok"
    lines = [wide[s:e] for s, e in wrap_offsets(wide, 6)]
    assert lines == ["市长说", "我们会", "修好这", "座桥 ", "ok"]


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=60), st.integers(min_value=4, max_value=30))
def test_wrapped_lines_cover_the_text_in_order_within_the_width(pieces, width):
    text = "".join(pieces)
    lines = wrap_offsets(text, width)
    position = 0
    for start, end in lines:
        assert start >= position
        # Only newlines are skipped between lines.
        assert set(text[position:start]) <= {"\n"}
        assert "\n" not in text[start:end]
        # Trailing spaces may overhang (they are cropped); words never do.
        assert cell_width(text[start:end].rstrip()) <= width
        position = end
    assert set(text[position:]) <= {"\n"}
    assert (
        len(lines)
        == text.count("\n")
        + sum(1 for start, end in lines if start > 0 and text[start - 1] != "\n")
        + 1
    )
