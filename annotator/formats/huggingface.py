"""``huggingface`` (export only): token classification JSONL with BIO tags per label layer.

One row per document and annotator: ``id``, ``annotator``, ``tokens``, ``token_offsets``
(``[start, end]`` str offsets of each token), and four tag columns, one per layer:
``quote_tags`` (``B-DIRECT``/``I-DIRECT``, ``-INDIRECT``, ``-MIXED``), ``speaker_tags``,
``source_tags`` and ``cue_tags`` (``B-``/``I-`` ``SPEAKER``, ``SOURCE``, ``CUE``), ``O``
elsewhere. Load it with ``datasets.load_dataset("json", data_files={"train": "train.jsonl", ...})``;
the manifest lists each layer's tag names in order (for ``ClassLabel``).

Tokens follow ``TOKEN_PATTERN`` (``\\w+`` or one other non-space character). A span that starts
or ends inside a token tags the whole token. BIO cannot carry: which speaker said which quote
(relations), resolved names, confidence, rejected candidates (never tagged), and overlapping
spans within one layer (the earlier span, longer first, keeps its tokens and the later one is
dropped; the manifest counts the drops).
"""

from __future__ import annotations

from pathlib import Path

from annotator.formats.base import (
    ExportOptions,
    ExportUnit,
    Format,
    LineWriter,
    Record,
    TokenIndex,
    WriteResult,
    group_by_annotator,
)

LAYERS = {
    "quote_tags": ("O", "B-DIRECT", "I-DIRECT", "B-INDIRECT", "I-INDIRECT", "B-MIXED", "I-MIXED"),
    "speaker_tags": ("O", "B-SPEAKER", "I-SPEAKER"),
    "source_tags": ("O", "B-SOURCE", "I-SOURCE"),
    "cue_tags": ("O", "B-CUE", "I-CUE"),
}
"""Each tag column and its tag names, in ``ClassLabel`` order."""

_MENTION_LAYERS = {
    "speaker_tags": ("speaker_spans", "SPEAKER"),
    "source_tags": ("source_spans", "SOURCE"),
    "cue_tags": ("cue_spans", "CUE"),
}


def bio_tags(tokens: TokenIndex, spans: list[tuple[int, int, str]]) -> tuple[list[str], int]:
    """BIO tags of ``spans`` (start, end, label) over ``tokens``; and how many were dropped.

    Spans are taken earliest first (longer first on a tie); one that touches a token already
    tagged, or no token at all, is dropped whole rather than tagged in part.
    """
    tags = ["O"] * len(tokens.spans)
    dropped = 0
    for start, end, label in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2])):
        covered = tokens.covering(start, end)
        if covered is None:
            dropped += 1
            continue
        first, last = covered
        if any(tag != "O" for tag in tags[first : last + 1]):
            dropped += 1
            continue
        tags[first] = f"B-{label}"
        for index in range(first + 1, last + 1):
            tags[index] = f"I-{label}"
    return tags, dropped


def make_row(
    doc_id: str, text: str, annotator: str, quotes: list[Record]
) -> tuple[Record, dict[str, int]]:
    """The row of one annotator's accepted quotes on one document, and drops per layer."""
    tokens = TokenIndex(text)
    accepted = [quote for quote in quotes if quote["status"] == "accepted"]
    row: Record = {
        "id": doc_id,
        "annotator": annotator,
        "tokens": [text[start:end] for start, end in tokens.spans],
        "token_offsets": [[start, end] for start, end in tokens.spans],
    }
    drops: dict[str, int] = {}
    quote_spans = [(q["start"], q["end"], q["type"].upper()) for q in accepted]
    row["quote_tags"], drops["quote_tags"] = bio_tags(tokens, quote_spans)
    for column, (field_name, label) in _MENTION_LAYERS.items():
        spans = [(start, end, label) for q in accepted for start, end in q[field_name]]
        row[column], drops[column] = bio_tags(tokens, spans)
    return row, drops


class HuggingFaceWriter(LineWriter):
    """One JSON row per document and annotator."""

    default_stem = "data"

    def __init__(self, out_dir: Path, options: ExportOptions) -> None:
        super().__init__(out_dir, options)

    def add(self, unit: ExportUnit) -> None:
        document = unit.document
        for annotator, quotes in group_by_annotator(unit.quotes).items():
            row, drops = make_row(document.id, document.text, annotator, quotes)
            self.write_json_line(self.stem(unit), row)
            self.count("rows")
            for column, amount in drops.items():
                self.count(f"dropped_{column.removesuffix('_tags')}_spans", amount)

    def finish(self) -> WriteResult:
        result = super().finish()
        result.notes.append(
            "tag names per column, in ClassLabel order: "
            + "; ".join(f"{column}: {' '.join(names)}" for column, names in LAYERS.items())
        )
        return result


FORMAT = Format(
    name="huggingface",
    summary="Hugging Face token classification JSONL: tokens and BIO tags per layer (export only)",
    writer=HuggingFaceWriter,
    notes=(
        "tokens: the regex \\w+|\\S; token_offsets give each token's str offsets",
        "BIO cannot carry relations (which speaker said which quote), resolved speaker and "
        "source names, confidence, or rejected candidates (never tagged)",
        "overlapping spans within one layer: the earlier (longer on a tie) keeps its tokens, "
        "the later is dropped (see counts.dropped_*_spans); spans inside tokens tag the token",
    ),
)
"""The format's registry entry."""
