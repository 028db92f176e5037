"""The "Add to Collection" menu of the user's collections plus "New Collection…".

The names are read on the runner when the menu is about to show (the last ones read are
shown at once, the fresh ones replace them); the add is a runner job too, keyed on the
target's stable key with its title snapshot. Used by the Initiatives page's result list
(context menu) and its detail pane, the country profile and every chart panel (a button).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QPushButton, QWidget

from explorer.jobs import collection_add as jobs

if TYPE_CHECKING:
    from pathlib import Path

    from explorer.ui.runner import JobError, Runner

JOB = "AddToCollection"
MAX_CHARS = 48  # a longer collection name is cut in the menu (about this many characters)


class AddToCollectionMenu(QMenu):
    """The collections to add the current target to.

    Signals:
        added(name: str, message: str): the add answered; ``message`` is ``""`` when the
            target is in collection ``name`` now, else the one-line reason it is not.
        names_shown(): the menu lists the collections read last.
    """

    added = Signal(str, str)
    names_shown = Signal()

    def __init__(self, runner: Runner, user_db: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Add to Collection"))
        self.setAccessibleName(self.tr("Add to Collection"))
        self.setObjectName("addToCollectionMenu")
        self.runner, self.user_db = runner, user_db
        self.names: tuple[str, ...] = ()
        self.key, self.target_title = "", ""
        self.read_only = False
        self.aboutToShow.connect(self.refresh)
        self._fill()

    def set_target(self, key: str, title: str) -> None:
        """What the entries add: the stable ``key`` and its ``title`` snapshot."""
        self.key, self.target_title = key, title
        self.setEnabled(bool(key) and not self.read_only)

    def set_read_only(self) -> None:
        """The kiosk: never writes the workspace."""
        self.read_only = True
        self.setEnabled(False)

    def refresh(self) -> None:
        """Read the collection names again (on the runner)."""
        self.runner.submit(f"{JOB}.names", jobs.collection_names, self.user_db,
                           on_done=self._on_names, on_error=lambda _e: None)  # fmt: skip

    def _on_names(self, names: tuple[str, ...]) -> None:
        collator = QCollator()
        collator.setNumericMode(True)
        self.names = tuple(sorted(names, key=collator.sortKey))
        self._fill()
        self.names_shown.emit()

    def _fill(self) -> None:
        self.clear()
        metrics, room = self.fontMetrics(), self.fontMetrics().averageCharWidth() * MAX_CHARS
        for name in self.names:
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
            action = self.addAction(shown.replace("&", "&&"))
            action.setToolTip(name)  # whole, where the entry is cut
            action.triggered.connect(lambda _c=False, n=name: self.add_to(n))
        if self.names:
            self.addSeparator()
        new = self.addAction(self.tr("New Collection…"))
        new.setObjectName("newCollectionAction")
        new.triggered.connect(self.ask_new)

    def ask_new(self) -> None:
        """Ask for a name, then make that collection with the target in it."""
        name, ok = QInputDialog.getText(self.parentWidget(), self.tr("New Collection"),
                                        self.tr("Name of the new collection:"),
                                        QLineEdit.EchoMode.Normal, "")  # fmt: skip
        name = " ".join(name.split())  # as the store keeps it
        if ok and name:
            self.add_to(name, create=True)

    def add_to(self, name: str, *, create: bool = False) -> None:
        """Add the target to collection ``name`` (made first when ``create``)."""
        if not self.key or self.read_only:
            return
        self.runner.submit(f"{JOB}.add.{self.key}", jobs.add_target, self.user_db, name,
                           self.key, self.target_title, create,
                           on_done=lambda message: self._on_added(name, message),
                           on_error=lambda e: self._on_failed(name, e))  # fmt: skip

    def _on_added(self, name: str, message: object) -> None:
        self.added.emit(name, str(message))
        self.refresh()

    def _on_failed(self, name: str, error: JobError) -> None:
        self.added.emit(name, error.message)


class AddToCollectionButton(QPushButton):
    """The detail pane's button: opens an :class:`AddToCollectionMenu`."""

    def __init__(self, menu: AddToCollectionMenu, parent: QWidget | None = None,
                 tooltip: str = "") -> None:  # fmt: skip
        super().__init__(self.tr("Add to Collection"), parent)
        self.setObjectName("addToCollection")
        self.setAccessibleName(self.tr("Add to Collection"))
        self.setToolTip(tooltip or self.tr("Add this initiative to one of your collections"))
        self.setMenu(menu)
        self.menu_ = menu

    def set_read_only(self) -> None:
        """The kiosk: never writes the workspace."""
        self.menu_.set_read_only()
        self.hide()
