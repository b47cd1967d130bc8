"""Agreement between annotators: alignment of their quotes, the statistics, and the report.

Plain Python (no UI). See :mod:`annotator.agreement.align` for how quotes are matched, which
every figure rests on.
"""

from annotator.agreement.align import (
    DEFAULT_THRESHOLD,
    DocumentAlignment,
    Group,
    align_corpus,
    align_document,
)
from annotator.agreement.report import AgreementReport, compute_report, render_table

__all__ = [
    "DEFAULT_THRESHOLD",
    "AgreementReport",
    "DocumentAlignment",
    "Group",
    "align_corpus",
    "align_document",
    "compute_report",
    "render_table",
]
