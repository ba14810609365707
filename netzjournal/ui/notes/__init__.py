"""The meeting-notes view: a paged list and the note editor."""
