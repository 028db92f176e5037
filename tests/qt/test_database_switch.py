"""Switching data (a second "Update Data from a Folder" replaces the same file): the window
gets a new Database handle, the old one is disposed, and every page reads the new file."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.store.database import Database
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner
from explorer.ui.settings import Settings

NEW_NAME = "Direction of Trade Statistics, rebuilt"


def _open_fds_on(path: Path) -> list[str]:
    """Targets of this process's file descriptors that name ``path`` (replaced or not)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def _replace_with_newer(small_db: Path, target: Path) -> None:
    """What a rebuild does: a new file written beside ``target``, renamed over it."""
    fresh = target.with_name("fresh.sqlite")
    shutil.copyfile(small_db, fresh)
    with sqlite3.connect(fresh) as conn:
        conn.execute("UPDATE build_info SET value = '2031-05-04T10:00:00+00:00' "
                     "WHERE key = 'built_at'")  # fmt: skip
        conn.execute("UPDATE dataset SET name = ? WHERE key = 'imf-dots'", (NEW_NAME,))
    conn.close()
    os.replace(fresh, target)


def _names(window: MainWindow) -> set[str]:
    page = window.pages["sources"]
    proxy = page.proxy  # type: ignore[attr-defined]
    return {proxy.index(r, 0).data() for r in range(proxy.rowCount())}


def test_a_second_update_of_the_same_file_shows_the_new_data(
    qtbot: QtBot, runner: Runner, settings: Settings, small_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "user" / "reference.sqlite"
    target.parent.mkdir()
    shutil.copyfile(small_db, target)
    first = Database.open(target, readonly=True)
    window = MainWindow(PageContext(first, runner, settings), default_pages())
    qtbot.addWidget(window)
    window.show()
    window.start("sources")
    qtbot.waitUntil(lambda: "2026" in window.vintage.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.pages["sources"].loaded, timeout=10_000)
    assert NEW_NAME not in _names(window)
    runner.wait_for_done(5000)
    assert _open_fds_on(target), "the first handle keeps a pooled connection open"

    _replace_with_newer(small_db, target)
    window.switch_database(target)

    second = window.context.database
    assert second is not first and second.path == target.resolve()
    # The old handle let go of the replaced file: no descriptor still reads it.
    assert not any(t.endswith("(deleted)") for t in _open_fds_on(target))
    qtbot.waitUntil(lambda: "2031" in window.vintage.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.pages["sources"].loaded, timeout=10_000)
    assert NEW_NAME in _names(window)
    window.show_page("home")
    qtbot.waitUntil(lambda: window.pages["home"].loaded, timeout=10_000)
    runner.wait_for_done(5000)
    window.close()
    second.dispose()
    assert not _open_fds_on(target)


def test_switching_to_a_handle_keeps_it_and_disposes_the_old_one(
    qtbot: QtBot, runner: Runner, settings: Settings, small_db: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    _replace_with_newer(small_db, other)
    first = Database.open(small_db, readonly=True)
    window = MainWindow(PageContext(first, runner, settings), default_pages())
    qtbot.addWidget(window)
    window.start("sources")
    qtbot.waitUntil(lambda: window.pages["sources"].loaded, timeout=10_000)
    runner.wait_for_done(5000)
    assert _open_fds_on(small_db)
    handle = Database.open(other, readonly=True)
    window.switch_database(handle)
    assert window.context.database is handle
    assert not _open_fds_on(small_db)
    qtbot.waitUntil(lambda: window.pages["sources"].loaded, timeout=10_000)
    assert NEW_NAME in _names(window)
    runner.wait_for_done(5000)
    handle.dispose()
