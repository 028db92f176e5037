"""The window's pages on a real PostgreSQL server give the same rows as on the SQLite file.

The whole reference database is copied into a server started by the tests (``pg_full_url``,
with the loader of ``build-db --out``); each page is opened once over the file and once over
the server URL (``Database.open``), through the same runner, and its models compared cell by
cell in display text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from explorer.ui.pages.base import PageContext
from explorer.ui.selection import shared_selection
from tests.fixtures.postgres import PgServer

pytestmark = pytest.mark.realdata

Ctx = Callable[[Path | str], PageContext]


def cells(model: QAbstractItemModel) -> list[tuple[object, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def _initiatives(qtbot: QtBot, ctx: PageContext, tmp_path: Path, text: str) -> object:
    from explorer.ui.pages.initiatives import InitiativesPage

    page = InitiativesPage(ctx)
    page.user_db_path = tmp_path / "user.sqlite"
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    with qtbot.waitSignals([page.data_shown, page.facets_shown], timeout=30_000):
        page.show_query(text)
    return page


@pytest.mark.parametrize("query", ["provider:BRA", "region:africa year:2010..2015", ""])
def test_initiatives_same_rows(
    qtbot: QtBot, qtmodeltester: ModelTester, make_context: Ctx, reference_db: Path,
    pg_full_url: str, tmp_path: Path, query: str,
) -> None:
    lite = _initiatives(qtbot, make_context(reference_db), tmp_path, query)
    server = _initiatives(qtbot, make_context(pg_full_url), tmp_path, query)
    qtmodeltester.check(server.model)  # type: ignore[attr-defined]
    rows = cells(lite.model)  # type: ignore[attr-defined]
    assert rows and cells(server.model) == rows  # type: ignore[attr-defined]
    assert cells(server.facet_model) == cells(lite.facet_model)  # type: ignore[attr-defined]


def _peers(qtbot: QtBot, ctx: PageContext) -> object:
    from explorer.ui.pages.peers import PeersPage

    page = PeersPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.peers_shown, timeout=30_000):
        page.activate()
    with qtbot.waitSignal(page.teachers_shown, timeout=30_000):
        page.set_country("BRA", "health")
    return page


def test_peers_same_rows(
    qtbot: QtBot, qtmodeltester: ModelTester, make_context: Ctx, reference_db: Path,
    pg_full_url: str,
) -> None:
    lite = _peers(qtbot, make_context(reference_db))
    server = _peers(qtbot, make_context(pg_full_url))
    qtmodeltester.check(server.teachers)  # type: ignore[attr-defined]
    for name in ("peers", "teachers", "evidence"):
        rows = cells(getattr(lite, name))
        assert rows and cells(getattr(server, name)) == rows, name


def _compare(qtbot: QtBot, ctx: PageContext, codes: list[str]) -> object:
    from explorer.ui.pages.compare import ComparePage

    page = ComparePage(ctx)
    shared_selection(page.context.runner).set_codes(codes)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000):
        page.activate()
    return page


def test_compare_same_rows(
    qtbot: QtBot, make_context: Ctx, reference_db: Path, pg_full_url: str,
) -> None:
    codes = ["BRA", "IND", "ZAF"]
    lite = _compare(qtbot, make_context(reference_db), codes)
    server = _compare(qtbot, make_context(pg_full_url), codes)
    rows = cells(lite.model)  # type: ignore[attr-defined]
    assert rows and cells(server.model) == rows  # type: ignore[attr-defined]


# --- Home, Trade, Map, Bubbles, Sources: every table the page draws from -------------------


@pytest.fixture(scope="module")
def pg_full_url(pg_server: PgServer, reference_db: Path) -> Iterator[str]:
    """The whole reference catalogue on the server, trade and student flows included (Trade
    and Map read ``trade_flow``; ``pg_url`` leaves it out)."""
    from sqlalchemy import create_engine

    from explorer.store.engine import make_engine
    from explorer.store.postgresql.load import load_catalogue

    lite = make_engine(reference_db, readonly=True)
    pg = create_engine(pg_server.create_database("t_pages_full"))
    with lite.connect() as src, pg.begin() as dst:
        load_catalogue(src, dst)
    pg.dispose()
    lite.dispose()
    yield pg_server.url("t_pages_full").replace("postgresql+psycopg://", "postgresql://")


def _chart_tables(page: QWidget) -> dict[str, list[tuple[object, ...]]]:
    """Each chart panel's table in display text (what the T key shows), by panel order."""
    from explorer.ui.widgets.chart_panel import ChartPanel

    out: dict[str, list[tuple[object, ...]]] = {}
    for i, panel in enumerate(page.findChildren(ChartPanel)):
        panel.model.set_table(panel.chart.table())
        out[f"{i}:{type(panel.chart).__name__}"] = cells(panel.model)
    return out


def _open(qtbot: QtBot, ctx: PageContext, key: str) -> QWidget:
    from explorer.ui.pages import default_pages

    spec = next(s for s in default_pages() if s.key == key)
    page = spec.factory(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.data_shown, timeout=60_000):
        page.activate()
    assert page.last_error is None, page.last_error
    return page


def test_home_same_snapshot(
    qtbot: QtBot, make_context: Ctx, reference_db: Path, pg_full_url: str,
) -> None:
    from explorer.jobs.home import load_home, load_status

    lite_ctx, server_ctx = make_context(reference_db), make_context(pg_full_url)
    lite, server = _open(qtbot, lite_ctx, "home"), _open(qtbot, server_ctx, "home")
    snapshot = lite.snapshot  # type: ignore[attr-defined]
    assert snapshot.headlines and snapshot.featured and snapshot.counts.initiatives
    assert server.snapshot == snapshot  # type: ignore[attr-defined]
    texts = [w.text() for w in lite.findChildren(QLabel)]
    assert texts and [w.text() for w in server.findChildren(QLabel)] == texts
    for lang in ("fr", "ar"):
        assert load_home(server_ctx.database, lang) == load_home(lite_ctx.database, lang), lang
    assert load_status(server_ctx.database) == load_status(lite_ctx.database)


def test_sources_same_rows(
    qtbot: QtBot, qtmodeltester: ModelTester, make_context: Ctx, reference_db: Path,
    pg_full_url: str,
) -> None:
    lite = _open(qtbot, make_context(reference_db), "sources")
    server = _open(qtbot, make_context(pg_full_url), "sources")
    qtmodeltester.check(server.model)  # type: ignore[attr-defined]
    rows = cells(lite.model)  # type: ignore[attr-defined]
    assert len(rows) > 10 and cells(server.model) == rows  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", ["trade", "map", "bubbles"])
def test_chart_pages_same_tables(
    qtbot: QtBot, qtmodeltester: ModelTester, make_context: Ctx, reference_db: Path,
    pg_full_url: str, key: str,
) -> None:
    from explorer.ui.widgets.chart_panel import ChartPanel

    lite = _chart_tables(_open(qtbot, make_context(reference_db), key))
    server_page = _open(qtbot, make_context(pg_full_url), key)
    server = _chart_tables(server_page)
    assert lite and all(rows for rows in lite.values()), {k: len(v) for k, v in lite.items()}
    for name, rows in lite.items():
        assert server[name] == rows, name
    qtmodeltester.check(server_page.findChildren(ChartPanel)[0].model)
