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
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.store.database import Database  # noqa: E402
from explorer.store.quick import DatabaseUnavailable, check_file  # noqa: E402
from explorer.ui.application import app_icon, make_application  # noqa: E402
from explorer.ui.main_window import MainWindow  # noqa: E402
from explorer.ui.pages import default_pages  # noqa: E402
from explorer.ui.pages.base import PageContext  # noqa: E402
from explorer.ui.runner import Runner  # noqa: E402
from explorer.ui.settings import Settings  # noqa: E402

if TYPE_CHECKING:
    from explorer.store.sqlite.user_recovery import Recovery

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


def run_gui(db_path: Path | str, *, page: str | None = None) -> int:
    """Run the desktop app over the reference database at ``db_path`` (a file, or a
    PostgreSQL URL: a server is reached by the pages' jobs, never here); the exit code."""
    app = make_application()
    probe = os.environ.get(PROBE_ENV) == "1"
    settings = Settings(QSettings())
    runner = Runner(app)
    if not isinstance(db_path, str):  # an installer's data package, on first start
        db_path = _install_shipped_data(runner, Path(db_path))
    try:
        if not isinstance(db_path, str):
            check_file(db_path)
    except DatabaseUnavailable as exc:
        if probe:
            print(f"failed {exc}", file=sys.stderr, flush=True)
            runner.shutdown()
            return 1
        chosen = _resolve_problem(Path(db_path), exc.reason, settings)
        if chosen is None:
            runner.shutdown()
            return 2
        db_path = chosen
    window = MainWindow(PageContext(Database.open(db_path, readonly=True), runner, settings),
                        default_pages())  # fmt: skip
    _watch_home(window, runner, probe)
    window.start("home" if probe else page)  # submits Home's job before the window shows
    window.show()
    QTimer.singleShot(500, lambda: app.setWindowIcon(app_icon()))
    if not probe:
        # The user's own database (saved searches, notes) is created or upgraded in the
        # background once the window is up; SQLAlchemy and Alembic load off the GUI thread.
        QTimer.singleShot(1000, lambda: runner.submit(
            "UserDatabase", _prepare_user_db,
            on_done=lambda result: _tell_recovery(window, result)))
        # Kept imports go back on a newer shipped/installed reference database (a worker).
        QTimer.singleShot(1500, lambda: _refresh_imports(window))
    try:
        return app.exec()
    finally:
        runner.shutdown()
        window.context.database.dispose()
        window.deleteLater()


def _install_shipped_data(runner: Runner, db_path: Path) -> Path:
    """The installed app ships its data as a signed package: verify and install it into the
    user's folder (progress bar) when nothing is there or it is newer than the installed
    package; then open that. A database chosen with --db or EXPLORER_DB is left alone."""
    from explorer.packages.startup import needs_first_install, shipped_package
    from explorer.paths import default_reference_db, user_data_dir

    package = shipped_package()
    if package is None or os.environ.get("EXPLORER_DB") or db_path != default_reference_db():
        return db_path
    target = user_data_dir() / "reference.sqlite"
    if not needs_first_install(package, target):
        return db_path
    from explorer.ui.dialogs.first_start import install_shipped

    installed, message = install_shipped(runner, package, target)
    print(message, file=sys.stderr)
    return target if installed or target.is_file() else db_path


def _refresh_imports(window: MainWindow) -> None:
    from explorer.ui.dialogs.import_refresh import refresh_kept_imports

    refresh_kept_imports(window)


def _prepare_user_db() -> tuple[Path, Recovery | None]:
    from explorer.store.userdb import start_user_db

    return start_user_db()


def _tell_recovery(window: MainWindow, result: tuple[Path, Recovery | None]) -> None:
    """Say what happened when the user database was found damaged (once, not modal)."""
    from explorer.ui.dialogs.user_recovery import show_recovery

    if result[1] is not None:
        show_recovery(result[1], window)


def _resolve_problem(db_path: Path, reason: str, settings: Settings) -> Path | None:
    """Before any window: explain the problem and let the user rebuild or choose another
    database; the database to open, or None when they quit."""
    from explorer.ui.dialogs.database_problem import DatabaseProblemDialog

    dialog = DatabaseProblemDialog(db_path, reason, settings)
    dialog.setWindowIcon(app_icon())
    dialog.exec()
    return dialog.chosen


def _watch_home(window: MainWindow, runner: Runner, probe: bool) -> None:
    """Report start-up time in probe mode; when Home finds the database unusable (a file
    that is SQLite but not ours), offer the same way out over the window."""

    def on_failed(_message: str) -> None:
        home = window.pages.get("home")
        error = home.last_error if home is not None else None
        if error is None or not error.environment:
            return
        if probe:
            print(f"failed {error.message}", file=sys.stderr, flush=True)
            QApplication.exit(1)
            return
        from explorer.ui.dialogs.database_problem import DatabaseProblemDialog

        if window.findChild(DatabaseProblemDialog) is not None:
            return  # already asking
        db_path = window.context.database.path or Path(window.context.database.display_name)
        dialog = DatabaseProblemDialog(db_path, error.message, window.context.settings, window)
        from PySide6.QtCore import Qt  # here: the Qt namespace costs start-up ~15 ms

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.database_chosen.connect(lambda path: window.switch_database(Path(path)))
        dialog.rejected.connect(window.close)
        dialog.open()

    watched: list[object] = []  # the Home pages already watched (a new one after a switch)

    def watch_failures(key: str) -> None:
        home = window.pages.get("home")
        if key == "home" and home is not None and not any(w is home for w in watched):
            watched[:] = [home]
            home.load_failed.connect(on_failed)

    window.page_shown.connect(watch_failures)
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
