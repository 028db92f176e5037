"""Sources: every dataset listed, filterable, and its citation copied to the clipboard."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from explorer.domain.sources import DatasetInfo
from explorer.ui.models.sources_model import DatasetFilterProxy, DatasetTableModel
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.sources import SourcesPage
from tests.qt.pagetools import load

ContextFactory = Callable[[Path], PageContext]


def _info(key: str, name: str, rows: int) -> DatasetInfo:
    return DatasetInfo(key, name, "Pub", "CC BY 4.0", "v1", "", f"Cite {key}.", "", "", "", rows)


@pytest.fixture()
def english_locale() -> Iterator[None]:
    """Collation follows the locale; the C locale sorts by code point."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("english_locale")
def test_model_and_proxy_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = DatasetTableModel()
    model.set_datasets([_info("b", "Beta", 10), _info("a", "Álvaro", 2), _info("c", "gamma", 5)])
    qtmodeltester.check(model)
    proxy = DatasetFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Álvaro", "Beta", "gamma"]
    proxy.set_filter_text("cite b")
    assert proxy.rowCount() == 1


def test_lists_every_dataset_and_copies_a_citation(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    page = load(qtbot, SourcesPage(make_context(small_db)))
    with sqlite3.connect(f"file:{small_db}?mode=ro", uri=True) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM dataset")}
    conn.close()
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown == names
    assert page.select_key("imf-dots")
    with qtbot.waitSignal(page.detail.citation_copied, timeout=2000):
        page.detail.copy_button.click()
    assert QGuiApplication.clipboard().text() == "IMF DOTS citation."
    page.filter_edit.setText("capacity development")
    assert page.proxy.rowCount() == 1


def test_empty_database(qtbot: QtBot, make_context: ContextFactory, empty_db_path: Path) -> None:
    page = load(qtbot, SourcesPage(make_context(empty_db_path)))
    assert page.model.rowCount() == 0
    assert "No data" in page.status_label.text()
    assert not page.detail.copy_button.isEnabled()


@pytest.mark.realdata
def test_real_database_lists_every_dataset(
    qtbot: QtBot, make_context: ContextFactory, reference_db: Path
) -> None:
    page = load(qtbot, SourcesPage(make_context(reference_db)))
    with sqlite3.connect(f"file:{reference_db}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT COUNT(*) FROM dataset").fetchone()[0]
    conn.close()
    assert page.model.rowCount() == count > 10
