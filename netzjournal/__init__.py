"""netzjournal: a private desktop journal for professional networking."""

__version__ = "0.1.0"
