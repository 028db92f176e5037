"""Category 7: the reference database replaced under a running window.

Another program (a rebuild, ``data-install``, a second window's update) swaps the file in one
rename while the window shows it. The window must notice and ask; on "Show the New Data" it
drops every page built over the old file and shows the new data as a whole: rows of two
builds are numbered differently, so a row id taken from the old file would open another
initiative in the new one. Each case swaps in
a build that differs from the shown one (its build date and an initiative's title), clicks
through a page on the way, and checks what the window then shows.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from explorer.store.database import Database
from explorer.store.swap import durable_replace
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from tests.qt.conftest import make_context, runner, settings, small_db  # noqa: F401
from tests.reliability.conftest import SEED, Campaign, cases

HIV = "brazil-botswana-hiv"


def _variant(base: Path, folder: Path, n: int) -> Path:
    """A copy of ``base`` as build ``n``: its own build date and title for the HIV case."""
    out = folder / f"build-{n}.sqlite"
    shutil.copyfile(base, out)
    with sqlite3.connect(out) as conn:
        conn.execute("UPDATE build_info SET value = ? WHERE key = 'built_at'",
                     (f"20{10 + n:02d}-03-0{1 + n % 9}T10:00:00+00:00",))  # fmt: skip
        conn.execute("UPDATE initiative SET title = ? WHERE source_record_id = ?",
                     (f"Brazil helps Botswana fight HIV/AIDS (build {n})", HIV))  # fmt: skip
    conn.close()
    return out


def _asked(window: MainWindow) -> bool:
    box = window.findChild(QMessageBox, "dataReplacedBox")
    return box is not None and box.isVisible()


def _moved_from(window: MainWindow, before: Database) -> bool:
    return window.context.database is not before


def _shown_title(window: MainWindow) -> str | None:
    """The HIV case's title as the window's current handle reads it (off the GUI path: the
    test asks the file directly through the handle the pages use)."""
    from sqlalchemy import text

    with window.context.database.connect() as conn:
        value = conn.execute(text("SELECT title FROM initiative WHERE source_record_id = :k"),
                             {"k": HIV}).scalar()  # fmt: skip
    return None if value is None else str(value)


def test_window_moves_to_a_file_swapped_under_it(
    qtbot: QtBot, make_context: Callable[[Path], PageContext], small_db: Path,  # noqa: F811
    tmp_path: Path,
    campaign: Campaign, timed: dict[str, str],
) -> None:  # fmt: skip
    category = timed["category"] = "reference DB replaced under a running window"
    rng = random.Random(SEED + 7)
    live = tmp_path / "reference.sqlite"
    shutil.copyfile(_variant(small_db, tmp_path, 0), live)
    context = make_context(live)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    context.runner.wait_for_done(5_000)
    qtbot.wait(200)  # the watcher's opening stamp
    pages = window.nav.count()
    said: list[str] = []  # every status message (a page's own message may follow ours)
    window.statusBar().messageChanged.connect(said.append)
    for n in range(1, cases(4, 30) + 1):
        before = window.context.database
        said.clear()
        window.nav.setCurrentRow(rng.randrange(pages))  # a page is loading while it swaps
        staged = _variant(small_db, tmp_path, n)
        durable_replace(staged, live)
        try:
            qtbot.waitUntil(partial(_asked, window), timeout=8_000)
            asked = window.findChild(QMessageBox, "dataReplacedBox")
            assert asked is not None and asked.isVisible()
            accept = next(b for b in asked.buttons()
                          if asked.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
            accept.click()  # "Show the New Data"
            qtbot.waitUntil(partial(_moved_from, window, before), timeout=8_000)
            context.runner.wait_for_done(5_000)
            QApplication.processEvents()
            title = _shown_title(window)
            told = any("replaced by another program" in m for m in said)
            ok = title == f"Brazil helps Botswana fight HIV/AIDS (build {n})" and told
            campaign.record(category, f"swap {n}", ok, f"title {title!r}, status {said!r}")
        except AssertionError as exc:  # waitUntil timed out: the window never moved
            campaign.record(category, f"swap {n}", False, f"not noticed: {exc}"[:200])
    assert not campaign.failures(category), campaign.failures(category)[:5]
    assert window.isVisible()


def test_a_removed_file_keeps_what_was_shown(
    qtbot: QtBot, make_context: Callable[[Path], PageContext], small_db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:  # fmt: skip
    """The file deleted under the window: no switch to nothing, no error dialog; the pages
    keep the data they had (open connections still read the old file)."""
    live = tmp_path / "reference.sqlite"
    shutil.copyfile(small_db, live)
    context = make_context(live)
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    context.runner.wait_for_done(5_000)
    qtbot.wait(200)
    before = window.context.database
    live.unlink()
    qtbot.wait(1_500)
    context.runner.wait_for_done(5_000)
    assert window.context.database is before
    assert window.isVisible()
