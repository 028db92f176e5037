"""What the user is told after their damaged notes file was rebuilt (see
``store.sqlite.user_recovery``): what came back, from where, and where the damaged file is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from explorer.store.sqlite.user_recovery import Recovery


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UserRecovery", text, None, n)


def recovery_text(report: Recovery) -> str:
    """The message: counts read back from the damaged file and added from the backup."""

    def kinds(counts: dict[str, int]) -> str:
        tr = QCoreApplication.translate  # literal texts, so lupdate finds the plurals
        parts = []
        if n := counts.get("note", 0):
            parts.append(tr("UserRecovery", "%Ln note(s)", None, n))
        if n := counts.get("bookmark", 0):
            parts.append(tr("UserRecovery", "%Ln bookmark(s)", None, n))
        if n := counts.get("collection", 0):
            parts.append(tr("UserRecovery", "%Ln collection(s)", None, n))
        if n := counts.get("saved_search", 0):
            parts.append(tr("UserRecovery", "%Ln saved search(es)", None, n))
        return QLocale().createSeparatedList(parts) if parts else _tr("nothing")

    lines = [
        _tr("Your notes, bookmarks and collections file was damaged (%1).").replace(
            "%1", report.problem),
        _tr("Exchange Explorer made a new one. Read back from the damaged file: %1.").replace(
            "%1", kinds(report.salvaged)),
    ]
    if report.backup_time is not None:  # read by the recovery job, not here
        when = QDateTime.fromSecsSinceEpoch(int(report.backup_time))
        lines.append(_tr("Added from the backup of %1: %2.")
                     .replace("%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))
                     .replace("%2", kinds(report.from_backup)))  # fmt: skip
    else:
        lines.append(_tr("No backup was found to add from."))
    lines.append(_tr("Nothing was deleted: the damaged file is kept at %1.").replace(
        "%1", str(report.damaged)))
    return "\n\n".join(lines)


def show_recovery(report: Recovery, parent: QWidget | None) -> QMessageBox:
    """Open the message (not modal: the window keeps working); "Open folder" shows the
    damaged file's folder."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Your notes file was repaired"),
                      recovery_text(report), QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    box.setAccessibleName(_tr("Your notes file was repaired"))
    folder = box.addButton(_tr("Open Folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setAccessibleName(_tr("Open the folder of the damaged file"))
    folder.clicked.connect(lambda: QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(report.damaged.parent))))
    box.open()
    return box
