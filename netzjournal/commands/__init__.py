"""What the user does to the journal, without Qt: each command does its change,
reports an :class:`~netzjournal.commands.base.Outcome`, and keeps what its undo needs.

The window puts them on its undo stack (``ui/undo.py`` wraps any
:class:`~netzjournal.commands.base.Command` in a ``QUndoCommand``); the command
line and the tests call them directly.
"""
