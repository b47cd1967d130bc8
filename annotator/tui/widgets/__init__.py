"""Reusable widgets of the annotation UI (the review screen uses them too).

- :class:`~annotator.tui.widgets.document_text.DocumentText`: a document with highlighted marks.
- :class:`~annotator.tui.widgets.document_list.DocumentList`: a lazy list of documents.
- :class:`~annotator.tui.widgets.quote_panel.QuotePanel`: the fields of one quote.
- :class:`~annotator.tui.widgets.progress.CorpusProgressBar`: corpus progress in one line.
- :class:`~annotator.tui.widgets.prompt_keys.PromptKeys`: a prompt's keys, in the footer's row.
"""
