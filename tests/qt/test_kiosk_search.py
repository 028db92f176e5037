"""The kiosk window's search box runs the window's search: "Sao Tome" finds São Tomé."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import Engine

from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support

kiosk, clock = support.kiosk, support.clock


@pytest.fixture()
def kiosk_db(empty_db: Engine) -> Path:
    """The kiosk's small database plus one case written with accents."""
    path = support.fill_reference(empty_db)
    support.add_sao_tome_case(empty_db, "brief:brazil-sao-tome-school-meals",
                              "School meals in São Tomé with Brazil's help",
                              "Brazil shared its school feeding programme with São Tomé.")
    return path


def test_typing_sao_tome_finds_sao_tome(kiosk: KioskWindow, qtbot: object) -> None:
    QTest.mouseClick(kiosk.attract, Qt.MouseButton.LeftButton, pos=QPoint(900, 600))
    kiosk.show_page("search")
    search = kiosk.search_page
    assert search is not None
    QTest.keyClicks(search.edit, "Sao Tome")
    search.debounce.stop()
    search._emit_query()

    def found() -> list[str]:
        return [search.hits.item(i).text() for i in range(search.hits.count())]

    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: len(found()) == 1 and "São Tomé" in found()[0], timeout=10000
    )
    Path("build/screenshots").mkdir(parents=True, exist_ok=True)
    kiosk.grab().save("build/screenshots/kiosk-search-sao-tome.png")
