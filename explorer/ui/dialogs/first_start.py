"""First start of an installed app: the data it ships as a signed ``.eedata`` package is
verified and installed into the user's data folder, with a progress bar, before the window
opens (the same verified path as File > Install Data Package…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from explorer.ui.i18n import tr
from explorer.ui.runner import JobError, Runner


def _tr(text: str) -> str:
    return tr("FirstStart", text)


def install_shipped(runner: Runner, package: Path, target: Path,
                    parent: QWidget | None = None) -> tuple[bool, str]:
    """Install ``package`` into ``target`` with a progress dialog (Cancel stops it, and the
    installed data, if any, stays); ``(installed, one line saying what happened)``."""
    from explorer.jobs.packages import Refused, install_package

    dialog = QProgressDialog(_tr("Installing the data that comes with the app…"),
                             _tr("Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(_tr("Exchange Explorer"))
    dialog.setAccessibleName(_tr("Installing the data"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    texts = (_tr("Checking the data that comes with the app…"),
             _tr("Installing the data that comes with the app…"))
    widest = max(dialog.fontMetrics().horizontalAdvance(t) for t in texts)
    dialog.setMinimumWidth(widest + 8 * dialog.fontMetrics().averageCharWidth())
    loop = QEventLoop()
    outcome: list[tuple[bool, str]] = []

    def done(result: object) -> None:
        if isinstance(result, Refused):
            outcome.append((False, result.message))
        else:
            outcome.append((True, _tr("Installed the data (sequence %1).")
                            .replace("%1", str(result))))
        loop.quit()

    def failed(error: JobError) -> None:
        outcome.append((False, error.message.splitlines()[0] if error.message else
                        _tr("Something went wrong; details are in the log.")))
        loop.quit()

    def cancelled() -> None:
        outcome.append((False, _tr("Cancelled: the data was not installed.")))
        loop.quit()

    def progress(step: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(step)
        dialog.setLabelText(texts[0] if text == "verify" else texts[1])

    handle = runner.submit_task("first-start-install", install_package, package, target,
                                on_done=done, on_error=failed, on_progress=progress)
    handle.cancelled.connect(cancelled)
    dialog.canceled.connect(handle.cancel)
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    return outcome[0]
