"""The reconnect coach pane (the right-hand dock)."""
