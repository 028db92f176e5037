"""Notices when another program replaces the reference database under a running window.

A rebuild (``build-db``), a package install (``data-install``) or a second window's update
swaps the file in one rename. Connections already open keep reading the old file, but a
new one opens the new file, and the two builds number their rows differently: a row id
taken from one page would open another initiative on the next. So the window must move to
the new data as a whole. This watcher tells it when: it watches the file's folder (a rename
replaces the file, so a watch on the file itself would be lost), waits for the folder to be
quiet, then compares the file's stamp with the one the window opened. The stat runs as a
runner job: the folder may be on a slow or removable drive.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from explorer.store.database import Database
from explorer.ui.runner import Runner

STAMP_KEY = "data-watch.stamp"
QUIET_MS = 750  # a swap is a rename, but a copy into place takes a moment: wait for quiet


class DataFileWatcher(QObject):
    """Emits ``replaced`` once when the file behind the window's database is another file.

    Signals:
        replaced(): the file now holds different data than the window opened.
    """

    replaced = Signal()

    def __init__(
        self, runner: Runner, database_of: Callable[[], Database], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._database_of = database_of
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._check)
        self._opened: tuple[object, ...] | None = None
        self._tracked: Database | None = None
        self.track()

    def track(self) -> None:
        """Watch the window's current database (call after the window switched data)."""
        self._quiet.stop()
        for path in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(path)
        database = self._database_of()
        self._tracked = database
        self._opened = None
        if database.path is None or self._runner.closed:  # a server: the banner watches it
            return
        self._watcher.addPath(str(database.path.parent))
        self._watcher.addPath(str(database.path))
        self._runner.submit(STAMP_KEY, database.stamp,
                            on_done=lambda stamp: self._remember(database, stamp))  # fmt: skip

    def _remember(self, database: Database, stamp: tuple[object, ...]) -> None:
        if database is self._tracked and self._opened is None:
            self._opened = stamp

    def _poke(self, _path: str) -> None:
        if self._tracked is not None and self._tracked.path is not None:
            self._quiet.start()  # restarts: only a quiet folder is looked at

    def _check(self) -> None:
        database = self._tracked
        if database is None or database.path is None or self._runner.closed:
            return
        self._runner.submit(STAMP_KEY, database.stamp,
                            on_done=lambda stamp: self._compare(database, stamp))  # fmt: skip

    def _compare(self, database: Database, stamp: tuple[object, ...]) -> None:
        if database is not self._tracked or self._opened is None:
            return
        if database.path is not None and str(database.path) not in self._watcher.files():
            self._watcher.addPath(str(database.path))  # the watch went with the old file
        if stamp[1] is None:  # gone: keep showing what was loaded; a new file pokes again
            return
        if stamp != self._opened:
            self._tracked = None  # once: the window switches and calls track() again
            self.replaced.emit()
