"""The window's pages on a real PostgreSQL server give the same rows as on the SQLite file.

The reference database is copied into a server started by the tests (``pg_url`` of
``tests/unit/test_postgres_cli.py``); each page is opened once over the file and once over
the server URL (``Database.open``), through the same runner, and its models compared cell by
cell in display text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from explorer.ui.pages.base import PageContext
from explorer.ui.selection import shared_selection
from tests.unit.test_postgres_cli import pg_url  # noqa: F401  (the loaded server)

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
    pg_url: str, tmp_path: Path, query: str,  # noqa: F811
) -> None:
    lite = _initiatives(qtbot, make_context(reference_db), tmp_path, query)
    server = _initiatives(qtbot, make_context(pg_url), tmp_path, query)
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
    pg_url: str,  # noqa: F811
) -> None:
    lite, server = _peers(qtbot, make_context(reference_db)), _peers(qtbot, make_context(pg_url))
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
    qtbot: QtBot, make_context: Ctx, reference_db: Path, pg_url: str,  # noqa: F811
) -> None:
    codes = ["BRA", "IND", "ZAF"]
    lite = _compare(qtbot, make_context(reference_db), codes)
    server = _compare(qtbot, make_context(pg_url), codes)
    rows = cells(lite.model)  # type: ignore[attr-defined]
    assert rows and cells(server.model) == rows  # type: ignore[attr-defined]
