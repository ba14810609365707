"""The reconnect coach: whom to get back in touch with, warmest first.

Pure rules over store rows (no Qt, no SQL strings); ``today`` is always a
parameter. :func:`netzjournal.coach.engine.suggest` is the entry point.
"""
