"""A lost catalogue server under a running window: one clear bar, the pages keep what they
showed, Retry, and recovery by itself when the server is back.

A PostgreSQL server of its own is started for this test (stopping the session's server
would take it from every other test), loaded with the small catalogue of ``fill_small_db``,
then stopped with ``pg_ctl stop -m fast`` and started again under a running ``MainWindow``.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from explorer.store.database import Database
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext
from explorer.ui.runner import Runner
from explorer.ui.settings import Settings
from explorer.ui.widgets.headline_card import HeadlineCard
from tests.fixtures.postgres import PgServer, cli_url, load_catalogue, start_server


@pytest.fixture()
def own_server(small_db: Path) -> Iterator[tuple[PgServer, str]]:
    server = start_server("lost")
    try:
        yield server, cli_url(load_catalogue(server, small_db, "catalogue"))
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


def _rows(page: object) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_lost_server_keeps_pages_and_recovers(
    qtbot: QtBot, own_server: tuple[PgServer, str], runner: Runner, settings: Settings,
) -> None:
    server, url = own_server
    database = Database.open(url)
    window = MainWindow(PageContext(database, runner, settings), default_pages())
    qtbot.addWidget(window)
    window.connection.timer.setInterval(300)  # the test waits less than a user would
    window.resize(1200, 800)
    window.show()
    home = window.show_page("home")
    qtbot.waitUntil(lambda: home.has_data, timeout=30_000)
    cards = len(home.findChildren(HeadlineCard))
    assert cards == 2  # the two headlines of the small catalogue
    initiatives = window.show_page("initiatives")
    qtbot.waitUntil(lambda: initiatives.has_data, timeout=30_000)
    qtbot.waitUntil(lambda: len(_rows(initiatives)) == 2, timeout=30_000)
    before = _rows(initiatives)
    assert not window.connection.isVisible()

    server.stop()  # pg_ctl stop -m fast: the pooled connection is cut
    with qtbot.waitSignal(initiatives.load_failed, timeout=30_000):
        initiatives.show_query("provider:BRA")
    banner = window.connection
    assert banner.isVisible() and banner.lost
    text = banner.message.text()
    assert f"127.0.0.1:{server.port}/catalogue" in text, text  # names the server
    assert "explorer_test@" in text and "cannot be reached" in text
    assert "\n" not in text
    assert initiatives.last_error is not None and initiatives.last_error.connection_lost
    assert _rows(initiatives) == before  # the rows shown before stay
    assert initiatives.status_label.text() != initiatives.tr("Searching…")
    assert len(home.findChildren(HeadlineCard)) == cards
    # A page opened while the server is gone says why, and is reloaded later.
    sources = window.show_page("sources")
    qtbot.waitUntil(lambda: sources.last_error is not None, timeout=30_000)
    assert sources.model.rowCount() == 0  # type: ignore[attr-defined]
    window.grab().save("/tmp/pg14/connection-lost.png")

    # Retry while still down: the bar stays, the button comes back.
    banner.timer.stop()
    banner.retry_button.click()
    qtbot.waitUntil(lambda: banner.retry_button.isEnabled(), timeout=30_000)
    assert banner.isVisible()

    banner.timer.start()
    began = time.monotonic()
    server.start()
    with qtbot.waitSignal(banner.reconnected, timeout=30_000):
        pass
    assert not banner.isVisible() and not banner.lost
    qtbot.waitUntil(lambda: _rows(initiatives) == ["Brazil helps Botswana fight HIV/AIDS"],
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: sources.model.rowCount() == 3, timeout=30_000)  # type: ignore[attr-defined]
    assert initiatives.last_error is None and sources.last_error is None
    assert time.monotonic() - began < 30
    window.grab().save("/tmp/pg14/connection-back.png")
    window.close()
    database.dispose()
