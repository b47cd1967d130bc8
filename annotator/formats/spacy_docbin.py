"""``spacy`` (export only): a spaCy ``DocBin`` (``.spacy``) per split; needs spaCy installed
(``pip install 'quote-annotator[spacy]'``).

One ``Doc`` per document and annotator, tokenized by ``spacy.blank("xx")`` (spaCy's own
multi-language tokenizer, so ``doc.text`` is the document text exactly). Spans are in
``doc.spans``: ``quotes`` (labels ``DIRECT``, ``INDIRECT``, ``MIXED``), ``speakers``,
``sources`` and ``cues``; a span that does not fall on token boundaries is widened to the tokens
it touches. ``doc.user_data`` holds ``doc_id``, ``annotator`` and ``quotes``: every record in
full (offsets, names, relations as span lists, confidence, status), so nothing is lost. Load with
``DocBin().from_disk(path).get_docs(nlp.vocab)``. Rejected candidates are in ``user_data`` only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.errors import UserError
from annotator.formats.base import (
    ExportOptions,
    ExportUnit,
    Format,
    Writer,
    WriteResult,
    group_by_annotator,
)

SPAN_KEYS = {
    "speaker_spans": ("speakers", "SPEAKER"),
    "source_spans": ("sources", "SOURCE"),
    "cue_spans": ("cues", "CUE"),
}
"""Mention span lists and the ``doc.spans`` key and label they go to."""


def _spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise UserError(
            "the spacy format needs spaCy: pip install 'quote-annotator[spacy]'"
        ) from None
    return spacy


class SpacyWriter(Writer):
    """Collects docs per split and writes each ``DocBin`` at the end."""

    default_stem = "data"

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)
        spacy = _spacy()
        from spacy.tokens import DocBin

        self._nlp = spacy.blank("xx")
        self._bins: dict[str, Any] = {}
        self._doc_bin = DocBin

    def add(self, unit: ExportUnit) -> None:
        stem = self.stem(unit)
        if stem not in self._bins:
            self._bins[stem] = self._doc_bin(store_user_data=True)
        for annotator, quotes in group_by_annotator(unit.quotes).items():
            doc = self._nlp.make_doc(unit.document.text)
            accepted = [quote for quote in quotes if quote["status"] == "accepted"]
            doc.spans["quotes"] = [
                doc.char_span(q["start"], q["end"], q["type"].upper(), alignment_mode="expand")
                for q in accepted
                if doc.char_span(q["start"], q["end"], alignment_mode="expand") is not None
            ]
            for field_name, (key, label) in SPAN_KEYS.items():
                spans = sorted({(s, e) for q in accepted for s, e in q[field_name]})
                made = [doc.char_span(s, e, label, alignment_mode="expand") for s, e in spans]
                doc.spans[key] = [span for span in made if span is not None]
            doc.user_data["doc_id"] = unit.document.id
            doc.user_data["annotator"] = annotator
            doc.user_data["quotes"] = quotes
            self._bins[stem].add(doc)
            self.count("docs")

    def finish(self) -> WriteResult:
        for stem, doc_bin in self._bins.items():
            name = Path(stem + ".spacy")
            doc_bin.to_disk(self.out_dir / name)
            self.result.files.append(name)
        return self.result


FORMAT = Format(
    name="spacy",
    summary="spaCy DocBin (.spacy) with spans in doc.spans (export only; needs spaCy)",
    writer=SpacyWriter,
    requires="spacy",
    notes=(
        "tokenized by spacy.blank('xx'); spans off token boundaries are widened to whole tokens",
        "doc.user_data['quotes'] holds every record in full; rejected candidates are only there",
        "the .spacy bytes can differ between runs (spaCy stores its string table unordered); "
        "the docs they hold do not",
    ),
)
"""The format's registry entry."""
