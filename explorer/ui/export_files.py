"""Where exports go and how the user hears about them (issue 19).

Save dialogs start in the folder of the last export of the same kind (a chart, a table, the
result list, a country brief), else in the user's Documents folder, never in the process's
working directory. After a file is written the window's status bar says so, with its name
and an "Open folder" button; a copy to the clipboard is announced the same way, without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from explorer.ui.i18n import tr
from explorer.ui.settings import EXPORT_FOLDERS, Settings

NOTICE_MS = 20_000  # how long a notice stays in the status bar


def _t(text: str) -> str:
    return tr("ExportNotice", text)


def documents_folder() -> Path:
    """The user's Documents folder (their home when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def settings_near(widget: QWidget | None) -> Settings:
    """The settings of the page ``widget`` sits in (its ``context.settings``), else the
    application's."""
    while widget is not None:
        context = getattr(widget, "context", None)
        found = getattr(context, "settings", None)
        if isinstance(found, Settings):
            return found
        widget = widget.parentWidget()
    return Settings(QSettings())


def export_folder(settings: Settings, kind: str) -> Path:
    """Where a save dialog for ``kind`` starts: the last folder used for it, if it still
    exists, else Documents."""
    last = settings.get(EXPORT_FOLDERS[kind])
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def suggested_path(widget: QWidget, kind: str, name: str) -> str:
    """``name`` in the folder a save dialog for ``kind`` should start in."""
    return str(export_folder(settings_near(widget), kind) / name)


def remember_folder(widget: QWidget, kind: str, path: Path) -> None:
    """Keep ``path``'s folder as the start of the next ``kind`` export."""
    settings_near(widget).set(EXPORT_FOLDERS[kind], str(path.parent))


class ExportNotice(QWidget):
    """ "Saved chart.png" and an "Open folder" button, in the status bar for a while."""

    def __init__(self, text: str, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.folder = folder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text, self)
        layout.addWidget(self.label)
        self.open_button: QPushButton | None = None
        if folder is not None:
            self.open_button = QPushButton(_t("Open folder"), self)
            self.open_button.setAccessibleName(_t("Open the folder of the exported file"))
            self.open_button.clicked.connect(self.open_folder)
            layout.addWidget(self.open_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.deleteLater)
        self.timer.start(NOTICE_MS)

    def folder_url(self) -> QUrl:
        """The folder the button opens."""
        return QUrl.fromLocalFile(str(self.folder or ""))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(self.folder_url())


def _announce(widget: QWidget, text: str, folder: Path | None) -> ExportNotice | None:
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    for old in bar.findChildren(ExportNotice):
        bar.removeWidget(old)
        old.deleteLater()
    bar.clearMessage()  # a message would hide the notice
    notice = ExportNotice(text, folder, bar)
    bar.addWidget(notice)
    bar.show()
    notice.show()
    return notice


def announce_saved(widget: QWidget, path: Path) -> ExportNotice | None:
    """Say in the window's status bar that ``path`` was written, with "Open folder"."""
    return _announce(widget, _t("Saved %1").replace("%1", path.name), path.parent)


def announce_copied(widget: QWidget) -> ExportNotice | None:
    """Say in the window's status bar that something went to the clipboard."""
    return _announce(widget, _t("Copied to the clipboard"), None)
