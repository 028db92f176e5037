"""The composition root: builds the application, settings, runner and main window once.

Start-up speed matters (the first painted window with Home's real figures must come quickly):
nothing here imports SQLAlchemy or pyqtgraph; Home reads through ``explorer.store.quick``.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.store.quick import DatabaseUnavailable, check_file  # noqa: E402
from explorer.ui.application import app_icon, make_application  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402
from explorer.ui.pages import default_pages  # noqa: E402
from explorer.ui.pages.base import PageContext  # noqa: E402
from explorer.ui.runner import JobError, Runner  # noqa: E402
from explorer.ui.settings import Settings  # noqa: E402

PROBE_ENV = "EXPLORER_STARTUP_PROBE"


def seconds_since_start() -> float:
    """Seconds since the process started (Linux ``/proc``), else since this module loaded."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        elapsed = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        if elapsed >= 0:
            return elapsed
    except (OSError, ValueError, IndexError):
        pass
    return time.perf_counter() - _STARTED


def run_gui(db_path: Path, *, page: str | None = None) -> int:
    """Run the desktop app over the reference database at ``db_path``; the exit code."""
    app = make_application()
    probe = os.environ.get(PROBE_ENV) == "1"
    try:
        check_file(db_path)
    except DatabaseUnavailable as exc:
        if probe:
            print(f"failed {exc}", file=sys.stderr, flush=True)
            return 1
        from explorer.ui.dialogs.database_problem import database_problem_box

        database_problem_box(db_path, exc.reason).exec()
        return 2
    settings = Settings(QSettings())
    runner = Runner(app)
    window = MainWindow(PageContext(db_path, runner, settings), default_pages())
    _watch_home(window, runner, db_path, probe)
    window.start("home" if probe else page)  # submits Home's job before the window shows
    window.show()
    QTimer.singleShot(500, lambda: app.setWindowIcon(app_icon()))
    try:
        return app.exec()
    finally:
        runner.shutdown()
        window.deleteLater()


def _watch_home(window: MainWindow, runner: Runner, db_path: Path, probe: bool) -> None:
    """Report start-up time in probe mode; explain an unusable database to the user."""

    def on_failed(key: str, error: object) -> None:
        if key != "HomePage" or not isinstance(error, JobError) or not error.environment:
            return
        if probe:
            print(f"failed {error.message}", file=sys.stderr, flush=True)
            QApplication.exit(1)
            return
        from explorer.ui.dialogs.database_problem import database_problem_box

        database_problem_box(db_path, error.message, window).open()

    runner.job_failed.connect(on_failed)
    if not probe:
        return

    def on_page_shown(key: str) -> None:
        home = window.pages.get("home")
        if key == "home" and home is not None and hasattr(home, "figures_painted"):
            home.figures_painted.connect(on_painted)
            window.page_shown.disconnect(on_page_shown)

    def on_painted() -> None:
        print(f"painted {seconds_since_start():.3f}", flush=True)
        QApplication.exit(0)

    window.page_shown.connect(on_page_shown)
