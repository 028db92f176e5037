"""File > Install Data Package…: look at a signed ``.eedata`` file, install it, or roll back.

The preview (``explorer.jobs.packages.preview_package``) verifies the signature against the
trusted keys (shipped in ``resources/keys`` and the user's keys folder) and every member's
hash before anything is shown as installable; it shows the publisher, the key's
fingerprint, the sequence number against the installed one, the size, and per dataset what
changes. Install runs on the runner with progress and Cancel; until the final atomic rename
the installed data is untouched, and the window keeps showing it. A refused package gets one
line naming why.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.ui.i18n import tr
from explorer.ui.runner import JobError, JobHandle, Runner
from explorer.ui.widgets.cards import text_label

if TYPE_CHECKING:
    from explorer.jobs.packages import PackagePreview
    from explorer.ui.main_window import MainWindow

INSTALL_ACTION = "installPackageAction"
FILTERS = "Data packages (*.eedata);;All files (*)"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return tr("InstallPackageDialog", text)


def _count(n: int) -> str:
    return QLocale().toString(int(n))


def _signed(n: int) -> str:
    text = _count(abs(n))
    # isolated left-to-right, so "+2" does not read "2+" in a right-to-left layout
    return "\u2066" + ("+" if n > 0 else "−" if n < 0 else "±") + text + "\u2069"


class InstallPackageDialog(QDialog):
    """Preview ``package``, then install it as ``target`` (or roll ``target`` back).

    Signals:
        installed(path: str): new data is at ``path`` (installed or rolled back).
    """

    installed = Signal(str)

    def __init__(self, runner: Runner, package: Path, target: Path,
                 parent: QWidget | None = None, *, extra_keys: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Install a data package"))
        self.setMinimumSize(640, 480)
        metrics = self.fontMetrics()  # room for the table at any text size
        self.resize(max(760, metrics.averageCharWidth() * 110),
                    max(620, metrics.lineSpacing() * 36))
        self.runner, self.package, self.target = runner, package, target
        self.extra_keys = extra_keys or []
        self.preview: PackagePreview | None = None
        self.refusal = ""
        self._handle: JobHandle | None = None
        self._has_previous = False  # known from the preview, then after each swap
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(_tr("Install a data package"), "pageTitle", self))
        self.file_label = text_label(str(package), "subtitle", self)
        layout.addWidget(self.file_label)
        # What the package holds: shown once it is verified (a refused one has no details)
        self.details = QWidget(self)
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("publisher", _tr("Publisher")), ("fingerprint", _tr("Key")),
                           ("catalogue", _tr("Catalogue")), ("sequence", _tr("Sequence")),
                           ("created", _tr("Created")), ("size", _tr("Size")),
                           ("initiatives", _tr("Initiatives"))):
            value = text_label("", "statement", self.details)
            value.setAccessibleName(label)
            self.fields[key] = value
            form.addRow(label, value)
        box.addLayout(form)
        self.table = QTableWidget(0, 4, self.details)
        self.table.setHorizontalHeaderLabels([_tr("Dataset"), _tr("Installed"),
                                              _tr("In the package"), _tr("Rows")])
        self.table.setAccessibleName(_tr("What changes, dataset by dataset"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long version strings
        box.addWidget(self.table, 1)
        self.details.hide()
        layout.addWidget(self.details, 1)
        self.spacer = QWidget(self)  # keeps the buttons at the bottom while there are none
        layout.addWidget(self.spacer, 1)
        self.go_back = QCheckBox(_tr("Go back to this older data"), self)
        self.go_back.setAccessibleName(_tr("Install although the package is not newer"))
        self.go_back.hide()
        self.go_back.toggled.connect(lambda _on: self._update_buttons())
        layout.addWidget(self.go_back)
        self.status = text_label(_tr("Checking the signature and every file…"), "statement",
                                 self)
        self.status.setAccessibleName(_tr("Status"))
        layout.addWidget(self.status)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(_tr("Progress"))
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(self)
        self.install_button = QPushButton(_tr("&Install"), self)
        self.install_button.setAccessibleName(_tr("Install the package"))
        self.install_button.setEnabled(False)
        self.rollback_button = QPushButton(_tr("&Roll Back to the Previous Data"), self)
        self.rollback_button.setAccessibleName(_tr("Roll back to the previous data"))
        self.rollback_button.setEnabled(False)
        self.cancel_button = QPushButton(_tr("Cancel"), self)
        self.cancel_button.setAccessibleName(_tr("Cancel"))
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.rollback_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.install_button.clicked.connect(self.start_install)
        self.rollback_button.clicked.connect(self.start_rollback)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self._stop())

    # Jobs ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a job of this dialog is still running."""
        return self._handle is not None and not self._handle.done

    def start_preview(self) -> None:
        """Verify the package and compare it with the installed data, on the runner."""
        from explorer.jobs.packages import preview_package

        self._busy(_tr("Checking the signature and every file…"))
        self._handle = self.runner.submit_task(
            "package-preview", preview_package, self.package, self.target, self.extra_keys,
            on_done=self._previewed, on_error=self._failed, on_progress=self._progress)
        self._handle.cancelled.connect(self._was_cancelled)

    def start_install(self) -> None:
        """Install the previewed package (the installed data stays until the final swap)."""
        from explorer.jobs.packages import install_package

        if self.preview is None or not self._installable():
            return
        self._busy(_tr("Installing…"))
        job = partial(install_package, allow_older=self.go_back.isChecked(),
                      extra_keys=self.extra_keys)
        self._handle = self.runner.submit_task(
            "package-install", job, self.package, self.target,
            on_done=self._installed, on_error=self._failed, on_progress=self._progress)
        self._handle.cancelled.connect(self._was_cancelled)

    def start_rollback(self) -> None:
        """Put the previously installed data back (the current becomes the previous)."""
        from explorer.jobs.packages import rollback_data

        self._busy(_tr("Rolling back…"))
        self.bar.setRange(0, 0)
        self._handle = self.runner.submit_task(
            "package-rollback", rollback_data, self.target,
            on_done=self._rolled_back, on_error=self._failed)

    def cancel(self) -> None:
        """Stop the running job (the dialog stays to say so), or close when idle."""
        if self.busy:
            assert self._handle is not None
            self._handle.cancel()
            self.status.setText(_tr("Stopping…"))
        else:
            self.reject()

    def _stop(self) -> None:
        if self.busy:
            assert self._handle is not None
            self._handle.cancel()

    # Results -------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.show()
        self.install_button.setEnabled(False)
        self.rollback_button.setEnabled(False)
        self.cancel_button.setText(_tr("Cancel"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
        if text == "verify":
            self.status.setText(_tr("Checking the signature and every file…"))
        elif text == "install":
            self.status.setText(_tr("Writing the new data beside the installed data…"))

    def _previewed(self, result: Any) -> None:
        from explorer.jobs.packages import Refused

        self._handle = None
        self.bar.hide()
        if isinstance(result, Refused):
            self._refuse(result.message)
            return
        self.preview = result
        self._has_previous = result.has_previous
        self._fill(result)
        self._update_buttons()

    def _refuse(self, message: str) -> None:
        self.refusal = message
        self.status.setText(_tr("Refused: %1").replace("%1", message.splitlines()[0]))
        self.status.setToolTip(_tr("Nothing was installed; the installed data is unchanged."))
        self.status.setProperty("tone", "warning")
        self._update_buttons()

    def _installed(self, result: Any) -> None:
        from explorer.jobs.packages import Refused

        self._handle = None
        self.bar.hide()
        if isinstance(result, Refused):
            self._refuse(result.message)
            return
        self.status.setText(_tr("Installed sequence %1. The window now shows the new data; "
                                "the previous data is kept for a rollback.")
                            .replace("%1", _count(result)))
        self.install_button.setEnabled(False)
        self._has_previous = True
        self.rollback_button.setEnabled(True)
        self.cancel_button.setText(_tr("Close"))
        self.installed.emit(str(self.target))

    def _rolled_back(self, result: Any) -> None:
        from explorer.jobs.packages import Refused

        self._handle = None
        self.bar.hide()
        if isinstance(result, Refused):
            self._refuse(result.message)
            return
        self.status.setText(_tr("Rolled back: the previous data is in use again."))
        self.install_button.setEnabled(False)
        self.rollback_button.setEnabled(True)  # and forward again
        self.cancel_button.setText(_tr("Close"))
        self.installed.emit(str(self.target))

    def _failed(self, error: JobError) -> None:
        self._handle = None
        self.bar.hide()
        first = error.message.splitlines()[0] if error.message else ""
        self.status.setText(
            _tr("Not installed: %1 — the installed data is unchanged.").replace("%1", first)
            if error.environment and first else
            _tr("Something went wrong; details are in the log. The installed data is "
                "unchanged."))
        self._update_buttons()

    def _was_cancelled(self) -> None:
        self._handle = None
        self.bar.hide()
        self.status.setText(_tr("Cancelled: the installed data is unchanged."))
        self._update_buttons()

    def _installable(self) -> bool:
        p = self.preview
        return (p is not None and not self.refusal and p.signer is not None
                and (not p.older or self.go_back.isChecked()))

    def _update_buttons(self) -> None:
        self.install_button.setEnabled(not self.busy and self._installable())
        self.rollback_button.setEnabled(not self.busy and self._has_previous)

    def _fill(self, p: PackagePreview) -> None:
        self.spacer.hide()
        self.details.show()
        locale = QLocale()
        self.fields["publisher"].setText(p.signer or _tr("nobody (unsigned)"))
        self.fields["fingerprint"].setText(p.fingerprint or "—")
        self.fields["catalogue"].setText(p.catalogue or "—")
        if p.installed_sequence is None:
            sequence = _tr("%1 (the installed data is not from a package)")
        else:
            sequence = _tr("%1 (installed: %2)").replace(
                "%2", _count(p.installed_sequence))
        self.fields["sequence"].setText(sequence.replace("%1", _count(p.sequence)))
        self.fields["created"].setText(p.created or "—")
        size = _tr("%1 file, %2 installed").replace(
            "%1", locale.formattedDataSize(p.package_size)).replace(
            "%2", locale.formattedDataSize(p.database_size))
        self.fields["size"].setText(size)
        if p.initiatives is None:
            initiatives = "—"
        elif p.installed_initiatives is None:
            initiatives = _count(p.initiatives)
        else:
            initiatives = _tr("%1 → %2 (%3)").replace("%1", _count(p.installed_initiatives)) \
                .replace("%2", _count(p.initiatives)) \
                .replace("%3", _signed(p.initiatives - p.installed_initiatives))
        self.fields["initiatives"].setText(initiatives)
        self.table.setRowCount(len(p.datasets))
        for row, d in enumerate(p.datasets):
            if d.installed_rows is not None and d.rows is not None:
                rows = _signed(d.rows - d.installed_rows) if d.rows != d.installed_rows \
                    else _count(d.rows)
            else:
                rows = _count(d.rows) if d.rows is not None else _tr("removed")
            values = [d.key, d.installed_version or _tr("(new)"),
                      d.version or _tr("(removed)"), rows]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if col == 3:
                    item.setTextAlignment(RIGHT)
                if col == 2 and d.version != d.installed_version:
                    font = item.font()
                    font.setBold(True)  # what changes stands out
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        widest = max(160, self.table.viewport().width() * 2 // 5)
        for col in (1, 2):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))
        changed = sum(1 for d in p.datasets if d.version != d.installed_version)
        if p.signer is None:
            self._refuse(_tr("the package is unsigned: nobody vouches for its data"))
        elif p.older:
            self.go_back.show()
            self.status.setText(
                _tr("This package (sequence %1) is not newer than the installed data (%2).")
                .replace("%1", _count(p.sequence))
                .replace("%2", _count(p.installed_sequence or 0)))
        else:
            self.status.setText(_tr("Signature and every file verified; %1 dataset(s) "
                                    "change.").replace("%1", _count(changed)))


def choose_and_install(runner: Runner, target: Path, parent: QWidget,
                       on_installed: Any) -> InstallPackageDialog | None:
    """Ask for a ``.eedata`` file (a USB stick is a folder like any other), then preview it;
    ``on_installed`` gets the installed database's path."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Choose a data package"), str(Path.home()), _tr(FILTERS))
    if not chosen:
        return None
    dialog = InstallPackageDialog(runner, Path(chosen), target, parent)
    dialog.installed.connect(lambda path: on_installed(Path(path)))
    dialog.start_preview()
    dialog.open()
    return dialog


def dropped_package(mime: QMimeData) -> Path | None:
    """The one local ``.eedata`` file being dragged, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".eedata" else None


class PackageDrop(QObject):
    """Drag a ``.eedata`` file onto the window: the same preview as File > Install Data
    Package… opens for it (other drops go on to whoever takes them)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: InstallPackageDialog | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDropEvent)
            package = dropped_package(event.mimeData())
            if package is None:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.dialog = open_install_dialog(self.window, package)
            return True
        return super().eventFilter(watched, event)


def open_install_dialog(window: MainWindow, package: Path) -> InstallPackageDialog:
    """Preview ``package`` for installing into the user's data folder; the window shows
    the new data once installed."""
    from explorer.ui.dialogs.rebuild import updated_reference_db

    dialog = InstallPackageDialog(window.context.runner, package, updated_reference_db(), window)
    dialog.installed.connect(lambda path: window.switch_database(Path(path)))
    dialog.start_preview()
    dialog.open()
    return dialog


def add_install_action(window: MainWindow) -> QAction | None:
    """Put "Install Data Package…" in the File menu right after "Update Data from a
    Folder…" (before Quit when that is absent), once; it installs into the user's data
    folder (the install folder may be read-only) and then shows the new data."""
    from explorer.ui.dialogs.rebuild import UPDATE_ACTION, updated_reference_db
    from explorer.ui.menus import file_menu_action

    found = file_menu_action(window, INSTALL_ACTION, _tr("Install Data &Package…"), "")
    if found is None:
        return None
    action, made = found
    if made:
        menu = action.associatedObjects()[-1]
        if isinstance(menu, QMenu):
            actions = menu.actions()
            update = next((a for a in actions if a.objectName() == UPDATE_ACTION), None)
            if update is not None:
                menu.removeAction(action)
                after = menu.actions()[menu.actions().index(update) + 1]
                menu.insertAction(after, action)

        def trigger() -> None:
            choose_and_install(window.context.runner, updated_reference_db(), window,
                               window.switch_database)

        action.triggered.connect(trigger)
        if window.findChild(PackageDrop) is None:  # menus are rebuilt; the drop stays one
            PackageDrop(window)
    return action
