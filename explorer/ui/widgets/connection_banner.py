"""A bar above the pages while the catalogue server cannot be reached.

When a page's data cannot be read because the server is gone (stopped, restarted, network
dropped), the window shows this bar: it names the server and the driver's reason, offers
Retry, and tries again by itself every few seconds in the background. The pages keep what
they showed; when the server answers, ``reconnected`` tells the window to bring them up to
date. Nothing here touches the database on the GUI thread: the probe is a runner job.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from explorer.jobs.connection import probe
from explorer.store.database import Database
from explorer.ui.runner import JobError, Runner

PROBE_KEY = "connection.probe"
RETRY_MS = 5_000  # how often the bar tries again on its own


class ConnectionBanner(QFrame):
    """ "The catalogue server … cannot be reached: <reason>" with Retry; hidden otherwise.

    Signals:
        reconnected(): the server answered again after being lost; the bar is hidden.
    """

    reconnected = Signal()

    def __init__(
        self, runner: Runner, database_of: Callable[[], Database], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setAccessibleName(self.tr("Connection to the catalogue server"))
        self._runner = runner
        self._database_of = database_of
        self._reason = ""
        self.lost = False  # whether the server is currently taken as gone
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.message = QLabel(self)
        self.message.setObjectName("connectionMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Connection problem"))
        row.addWidget(self.message, 1)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setAccessibleName(self.tr("Retry the connection to the server"))
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self.hide()

    def connection_lost(self, reason: str) -> None:
        """Show the bar for the current database and keep trying in the background."""
        self.lost = True
        self._reason = reason
        self._show_text()
        self.show()
        if not self.timer.isActive():
            self.timer.start()

    def retry(self) -> None:
        """Ask the server once, in the background (nothing if a probe is on its way)."""
        if not self.lost or self._runner.is_pending(PROBE_KEY):
            return
        self.retry_button.setEnabled(False)
        self._runner.submit(PROBE_KEY, probe, self._database_of(),
                            on_done=self._on_answer, on_error=self._on_no_answer)  # fmt: skip

    def reset(self) -> None:
        """Forget the lost server (the window switched to other data)."""
        self.lost = False
        self.timer.stop()
        self.retry_button.setEnabled(True)
        self.hide()

    def _show_text(self) -> None:
        text = self.tr(
            "The catalogue server %1 cannot be reached: %2. The pages keep what they showed "
            "and are brought up to date when the server answers again."
        )
        self.message.setText(
            text.replace("%1", self._database_of().display_name).replace("%2", self._reason)
        )

    def _on_answer(self, _name: object) -> None:
        was_lost = self.lost
        self.reset()
        if was_lost:
            self.reconnected.emit()

    def _on_no_answer(self, error: JobError) -> None:
        self.retry_button.setEnabled(True)
        if self.lost:
            self._reason = error.message.splitlines()[0] if error.message else self._reason
            self._show_text()
