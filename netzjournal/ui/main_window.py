"""The main window. It only composes panes, actions and menus."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from netzjournal import __version__, store
from netzjournal.paths import DataPaths
from netzjournal.ui.actions import Actions
from netzjournal.ui.welcome import WelcomePage


class MainWindow(QMainWindow):
    def __init__(
        self, journal: store.Journal, paths: DataPaths, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.paths = paths
        self.setObjectName("mainWindow")
        title = "netzjournal"
        if journal.read_only:
            title = self.tr("netzjournal (read-only)")
        self.setWindowTitle(title)
        self.actions_ = Actions(self)
        self.welcome = WelcomePage(paths)
        self.setCentralWidget(self.welcome)
        self._build_coach_placeholder()
        self._build_menus()
        self._connect()
        self.refresh()
        journal.subscribe(lambda _changes: self.refresh())
        self._restore_geometry()

    def _build_coach_placeholder(self) -> None:
        dock = QDockWidget(self.tr("Reconnect coach"), self)
        dock.setObjectName("coachDock")
        pane = QLabel(self.tr("Suggestions whom to get back in touch with will appear here."))
        pane.setObjectName("coachPane")
        pane.setAccessibleName(self.tr("Reconnect coach"))
        pane.setWordWrap(True)
        pane.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pane.setMargin(12)
        dock.setWidget(pane)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

    def _build_menus(self) -> None:
        a = self.actions_
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a.open_data_folder)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a.data_location)
        help_menu.addAction(a.about)

    def _connect(self) -> None:
        a = self.actions_
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.data_location.triggered.connect(self.show_data_location)
        a.open_data_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))
        )

    def refresh(self) -> None:
        contacts = store.contact_count(self.journal)
        notes = store.interaction_count(self.journal)
        self.welcome.show_counts(contacts, notes)
        self.statusBar().showMessage(str(self.paths.journal))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About netzjournal"),
            self.tr(
                "netzjournal %1\n\nA private journal for professional networking. "
                "Everything stays on this computer."
            ).replace("%1", __version__),
        )

    def show_data_location(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Where my data lives"),
            self.tr(
                "Journal: %1\nBackups: %2\n\nStart netzjournal with --data-dir or set "
                "NETZJOURNAL_HOME to use another folder."
            )
            .replace("%1", str(self.paths.journal))
            .replace("%2", str(self.paths.backups)),
        )

    def raise_window(self) -> None:
        """Bring the window to the front (a second launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def handle_message(self, text: str) -> None:
        """A message from a second launch: ``raise`` or ``quick-note``."""
        self.raise_window()

    def _settings(self) -> QSettings:
        # Kept in the data folder, so NETZJOURNAL_HOME / --data-dir move it too.
        return QSettings(str(self.paths.root / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        settings = self._settings()
        geometry = settings.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        state = settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self._settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        super().closeEvent(event)
