"""One kiosk per user session: a lock file plus a local socket to wake the first one.

The first instance holds a ``QLockFile`` in the user's runtime folder and listens on a
``QLocalServer``. A second start finds the lock taken, sends ``raise`` to the server and
exits 0; the first raises its window.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
CONNECT_MS = 1000


def runtime_dir() -> Path:
    """The user's runtime folder (``$XDG_RUNTIME_DIR`` on Linux), else the temp folder."""
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    if not loc:
        loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)
    return Path(loc)


def server_name(folder: Path) -> str:
    """A socket name unique to the user and folder (short: Unix sockets cap paths at 108)."""
    digest = hashlib.sha1(f"{getpass.getuser()}:{folder}".encode()).hexdigest()[:12]
    return f"exchange-explorer-kiosk-{digest}"


class SingleInstance(QObject):
    """Claims the kiosk for this process, or wakes the process that has it.

    Signals:
        raise_requested(): another start asked this instance to come to the front.
    """

    raise_requested = Signal()

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or runtime_dir()
        self.name = server_name(self.folder)
        self.lock = QLockFile(str(self.folder / "exchange-explorer-kiosk.lock"))
        self.lock.setStaleLockTime(0)  # a crashed kiosk's lock is stale once its PID is gone
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process is now the kiosk; False after waking the one that is."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.lock.tryLock(0):
            self._wake_first()
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)
        return True

    def release(self) -> None:
        """Stop listening and drop the lock."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()

    def _wake_first(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(RAISE)
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # The message is six bytes sent right after connecting: read it here rather than
            # keep per-socket slots alive that could outlive the server.
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE.strip()):
                self.raise_requested.emit()
            socket.abort()
            socket.deleteLater()
