"""tripmap: command-line entry point tying the extract library to the dashboard."""

__version__ = "0.1.0"
