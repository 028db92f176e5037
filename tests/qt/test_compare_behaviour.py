"""Compare (issue 19): removing countries never re-adds suggestions unasked; the indicator
list has a search box and "Clear all". Over the real reference database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from explorer.ui.pages.base import PageContext
from explorer.ui.selection import shared_selection
from tests.qt.test_country_pages import _compare

pytestmark = pytest.mark.realdata
Ctx = Callable[[Path], PageContext]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_removing_countries_keeps_them_removed(qtbot: QtBot, reference_db: Path,
                                               make_context: Ctx) -> None:  # fmt: skip
    from explorer.ui.pages.compare import ComparePage

    page = _compare(qtbot, reference_db, make_context, ["KEN", "GHA", "BRA"])
    assert isinstance(page, ComparePage)
    selection = shared_selection(page.context.runner)
    selection.remove("GHA")
    qtbot.waitSignal(page.comparison_shown, timeout=30_000).wait()
    selection.remove("BRA")  # one left: the page asks, it does not fill in
    page.context.runner.wait_for_done(20_000)
    assert selection.codes == ["KEN"]
    assert "at least two" in page.status.text()
    assert page.suggest_button.isVisibleTo(page) and "Kenya" in page.suggest_button.text()
    page.show()
    qtbot.wait(50)  # removed chips are deleted by the event loop
    page.grab().save(str(SCREENSHOTS / "compare-one-left.png"))
    with qtbot.waitSignal(page.comparison_shown, timeout=30_000):
        page.suggest_button.click()  # asked: now the peers come
    assert selection.codes[0] == "KEN" and len(selection.codes) > 1
    assert not page.suggest_button.isVisibleTo(page)


def test_indicator_search_and_clear_all(qtbot: QtBot, reference_db: Path,
                                        make_context: Ctx) -> None:  # fmt: skip
    from explorer.ui.pages.compare import ComparePage

    page = _compare(qtbot, reference_db, make_context, ["KEN", "GHA"])
    assert isinstance(page, ComparePage)
    items = [page.indicator_list.item(i) for i in range(page.indicator_list.count())]
    page.indicator_search.setText("electricity")
    shown = [i.text() for i in items if not i.isHidden()]
    assert shown and all("electric" in t.casefold() for t in shown)
    page.indicator_search.setText("SP.POP.TOTL")  # a code finds it too
    assert [i.text() for i in items if not i.isHidden()] == ["Population, total"]
    page.indicator_search.clear()
    assert not any(i.isHidden() for i in items)
    assert page.codes()
    page.clear_indicators.click()
    assert page.codes() == []
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items)
    assert "one indicator" in page.status.text()
    page.context.runner.wait_for_done(20_000)
