"""The app as a person runs it, for tests/test_shutdown.py: a contact's editor (or a
note's) opened and typed into, then "typed" on stdout; the test sends a signal.

Usage: shutdown_child.py DATA_DIR contact|note ID TEXT
"""

import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from netzjournal import app as app_module
from netzjournal.ui.contacts.editor import ContactEditor
from netzjournal.ui.main_window import NOTES, MainWindow


def main() -> int:
    data_dir, kind, record_id, text = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    qapp = QApplication(sys.argv[:1])

    def typed() -> None:
        print("typed", flush=True)

    def type_in_editor() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, ContactEditor):
            QTimer.singleShot(20, type_in_editor)
            return
        editor.organisation.setText(text)  # (as typed: textChanged, the draft due)
        typed()

    def when_shown() -> None:
        window = next((w for w in qapp.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)  # fmt: skip
        # The app takes the signals once its window has painted (app.run_gui); a person
        # cannot open an editor before that.
        if window is None or signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            QTimer.singleShot(20, when_shown)
            return
        if kind == "contact":
            QTimer.singleShot(0, type_in_editor)
            window.edit_contact(record_id, "")  # modal: returns when the app quits
        else:
            window.show_view(NOTES)
            window.notes.select(record_id)
            window.notes.editor.body.setPlainText(text)
            typed()

    QTimer.singleShot(0, when_shown)
    return app_module.run_gui(data_dir)


if __name__ == "__main__":
    sys.exit(main())
