"""The journal store: migrations, queries, search, backups — the only place with SQL.

No Qt here (a test enforces it). Widgets never run SQL; they call named
functions that take parameters and return dataclasses. Import them from their
submodule (``from netzjournal.store.people import list_people``); this package
re-exports nothing.
"""
