"""The app started while another netzjournal holds the data folder's lock.

A window answers a second start (it comes to the front: ``test_app``). But the
lock is also held by ``netzjournal backup restore`` and ``encryption on`` (for
minutes on a large journal), and by a window still starting or hung: nobody
answers. The second start then ended without a word — a click on the icon, and
nothing. Now it says so, and opens nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from test_write_faults_s33 import _Boxes

from netzjournal import app as app_module
from netzjournal import paths
from netzjournal.instance_lock import LOCK_NAME, InstanceLock
from netzjournal.ui.single_instance import SingleInstance

SAID = {
    "en": "Another netzjournal is working with this data folder and did not answer",
    "de": "Ein anderes netzjournal arbeitet mit diesem Datenordner und hat nicht geantwortet",
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_start_while_a_restore_holds_the_folder_says_so_and_opens_nothing(
    qtbot, tmp_path, monkeypatch, lang
):
    where = paths.resolve(tmp_path / "data").ensure()
    send = SingleInstance.send
    monkeypatch.setattr(
        SingleInstance, "send", lambda self, text, timeout_ms=5000: send(self, text, 300)
    )
    held = InstanceLock(where.root / LOCK_NAME)  # as backup restore holds it
    assert held.acquire()
    boxes = _Boxes()
    app = QApplication.instance()
    before = set(app.findChildren(QTranslator))
    try:
        status = app_module.run_gui(data_dir=str(where.root), lang=lang)
    finally:
        held.release()
        for translator in set(app.findChildren(QTranslator)) - before:  # (not the next test's)
            app.removeTranslator(translator)
    assert status == 1
    assert len(boxes.seen) == 1 and boxes.seen[0].startswith(SAID[lang]), boxes.seen  # before: []
    assert not where.journal.exists()  # nothing opened (or made) a second time
