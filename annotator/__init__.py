"""quote-annotator: annotate, adjudicate and export quote attributions in news text.

The core (records, corpus, store, detection, agreement, export) is plain Python and never imports
the terminal UI, so it can be used as a library.
"""

__version__ = "0.1.0"
