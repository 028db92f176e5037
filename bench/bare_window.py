"""The start-up baseline: a bare PySide6 window, started and probed like the app.

Run as ``python -m bench.bare_window``. With ``QT_QPA_PLATFORM=offscreen`` it shows an empty
``QMainWindow``, waits for the window's first Paint event, lets that paint finish, prints
``painted <seconds>`` (seconds since this module began running) and exits 0: the same
contract as the app's ``EXPLORER_STARTUP_PROBE``.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaintProbe(QObject):
    """Reports the first Paint event of the watched window, then quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            # A zero timer runs after this paint has been delivered and flushed.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.perf_counter() - _STARTED:.6f}", flush=True)
        self._app.quit()


def main() -> int:
    """Show an empty main window and report its first paint."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    probe = FirstPaintProbe(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
