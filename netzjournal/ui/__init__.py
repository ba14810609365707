"""The PySide6 user interface. Imports the store; the store never imports this."""
