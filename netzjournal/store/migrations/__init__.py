"""Numbered schema migrations, run in order by ``playhouse.migrations``.

Each script holds frozen inline models: it must keep working when the
application's models in ``netzjournal.store.models`` move on. Never edit a
released migration; add a new one.
"""
