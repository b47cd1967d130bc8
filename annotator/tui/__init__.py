"""The terminal UI (Textual). Only this package imports ``textual``; it holds no business logic."""
