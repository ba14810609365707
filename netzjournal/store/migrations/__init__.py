"""Numbered schema migrations, run in order by ``playhouse.migrations``.

Each script holds what it needs inline (frozen models or plain SQL): the
application has no peewee models; it reads and writes with plain SQL. Never
edit a released migration; add a new one.
"""
