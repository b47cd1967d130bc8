"""quote-annotator: annotate, adjudicate and export quote attributions in news text.

The core is plain Python and never imports the terminal UI, so it can be used as a library
(README.md, "Using it from Python", shows each step; a test runs those examples):

- ``corpus.open_corpus``: a folder, text file or JSONL of documents, read lazily;
- ``detect.detect_quotes``: the candidate quotes of a text;
- ``store.AnnotationStore``: each annotator's labels (``session.label_from_candidate`` makes
  one from a candidate), ``stats.count_labels`` and ``validation.validate_file`` on them;
- ``agreement``: ``load_labels_and_marks``, ``align_corpus``, ``compute_report``;
- ``adjudication.Adjudication``: settling disagreements into a gold file;
- ``exporting.export_from_store`` and ``exporting.import_file``, in ``formats.FORMATS``;
- ``audit.audit`` over quotes gathered by ``audit.gather_from_store`` (or from a file, or the
  detector);
- ``evaluate.evaluate`` of predictions against gold quotes.
"""

__version__ = "0.1.0"
