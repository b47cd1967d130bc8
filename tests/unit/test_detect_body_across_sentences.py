"""The body a bare ``the company`` stands for is named inside one sentence.

Every sentence, name and place here is invented.
"""

from __future__ import annotations

from annotator.detect.pipeline import detect_quotes


def test_a_company_named_after_a_capitalised_word_ending_a_sentence_is_the_company_alone():
    """A month closing the sentence before ran on into the name: ``May. Orvale Group``."""
    text = (
        "Kestrel Mining Ltd bought the quarry in May. Orvale Group lent the money. "
        '"We will hire locally," the company said.'
    )
    (quote,) = detect_quotes(text)
    assert quote.speaker == "Orvale Group"


def test_an_abbreviation_inside_a_company_name_keeps_the_whole_name():
    text = 'Brannvik Freight Co. Ltd bought the pier. "We will hire locally," the company said.'
    (quote,) = detect_quotes(text)
    assert quote.speaker == "Brannvik Freight Co. Ltd"
