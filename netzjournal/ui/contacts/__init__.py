"""The contacts view: table, filter, detail pane, editor, undoable commands."""
