"""Agreement between annotators: alignment of their quotes, the statistics, and the report.

Plain Python (no UI). See :mod:`annotator.agreement.align` for how quotes are matched, which
every figure rests on. From a store: ``load_labels_and_marks`` reads the annotators' quotes and
finished marks, ``align_corpus`` aligns them, ``compute_report`` gives every figure, and
``render_table`` (or ``AgreementReport.to_json``) shows them, as the ``agreement`` command does.
"""

from annotator.agreement.align import (
    DEFAULT_THRESHOLD,
    DocumentAlignment,
    Group,
    align_corpus,
    align_document,
)
from annotator.agreement.quotes import QuoteLabels, load_labels_and_marks
from annotator.agreement.report import AgreementReport, compute_report, render_table

__all__ = [
    "DEFAULT_THRESHOLD",
    "AgreementReport",
    "DocumentAlignment",
    "Group",
    "QuoteLabels",
    "align_corpus",
    "align_document",
    "compute_report",
    "load_labels_and_marks",
    "render_table",
]
