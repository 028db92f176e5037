"""Render a page offscreen to PNG once its data has loaded (for docs, reviews and tests)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from explorer.ui.runner import Runner
from explorer.ui.widgets.status_info import STATUS_KEY

PAGE_NAMES = ("home", "sources")
LOAD_TIMEOUT_MS = 60_000


class ScreenshotError(RuntimeError):
    """The page could not be rendered (unknown page, or its data never arrived)."""


def render_page(db_path: Path, page: str, out: Path, size: tuple[int, int]) -> None:
    """Render ``page`` of the main window at ``size`` over ``db_path`` into the PNG ``out``.

    Waits on the page's ``data_shown``/``load_failed`` signals, not on sleeps. Settings go
    to a throw-away file, so a screenshot never changes the user's window layout.
    """
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from explorer.store.database import Database
    from explorer.ui.application import make_application
    from explorer.ui.main_window import MainWindow
    from explorer.ui.pages import default_pages
    from explorer.ui.pages.base import PageContext
    from explorer.ui.settings import Settings

    app = make_application()
    specs = default_pages()
    if page not in {s.key for s in specs}:
        raise ScreenshotError(f"unknown page {page!r}; pages: {', '.join(s.key for s in specs)}")
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        runner = Runner()
        database = Database.open(db_path, readonly=True)
        window = MainWindow(PageContext(database, runner, settings), specs)
        try:
            window.resize(*size)
            window.show()
            shown = window.show_page(page)
            if not shown.loaded:
                loop = QEventLoop()
                shown.data_shown.connect(loop.quit)
                shown.load_failed.connect(loop.quit)
                QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
                loop.exec()
            if not shown.loaded:
                raise ScreenshotError(f"page {page!r} did not load within {LOAD_TIMEOUT_MS} ms")
            window.ensure_menus()  # the window as a user sees it, menus included
            window.vintage.reload()
            _wait_idle(runner)
            app.processEvents()
            window.resize(*size)
            app.processEvents()
            pixmap = window.grab()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not pixmap.save(str(out), "PNG"):
                raise ScreenshotError(f"could not write {out}")
        finally:
            runner.shutdown()
            database.dispose()
            window.close()
            window.deleteLater()
            runner.deleteLater()
            app.processEvents()


def _wait_idle(runner: Runner) -> None:
    """Let the status bar's job deliver (it is quick) before the picture is taken."""
    if not runner.is_pending(STATUS_KEY):
        return
    loop = QEventLoop()

    def on_busy(busy: bool) -> None:
        if not busy:
            loop.quit()

    runner.busy_changed.connect(on_busy)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    runner.busy_changed.disconnect(on_busy)
