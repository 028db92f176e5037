"""The kiosk's wording (issue 19): English plurals from the English catalogue, and a case
naming only its recipient says "Help for …", never "not recorded helped …"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from sqlalchemy import Engine

from explorer.kiosk.language import LanguageSwitcher
from explorer.kiosk.story_view import flow_text
from explorer.kiosk.window import KioskWindow
from tests.qt import test_kiosk_support as support

kiosk, clock = support.kiosk, support.clock


@pytest.fixture()
def kiosk_db(empty_db: Engine) -> Path:
    """The kiosk's small database plus one case naming only its recipient."""
    path = support.fill_reference(empty_db)
    support.add_sao_tome_case(empty_db, "brief:sao-tome-school-meals",
                              "School meals in São Tomé",
                              "A school feeding programme shared with São Tomé.")
    return path


def test_flow_text_says_only_what_is_recorded() -> None:
    assert flow_text(("Brazil",), ("Botswana",)) == "Brazil helped Botswana"
    assert flow_text((), ("Botswana",)) == "Help for Botswana"
    assert flow_text(("Brazil", "India"), ()) == "Help from Brazil, India"
    assert flow_text((), ()) == ""


def test_english_plural_and_recipient_only_hit(kiosk: KioskWindow, qtbot: object) -> None:
    english = LanguageSwitcher()  # the real catalogues in resources/translations
    english.apply("en")
    try:
        one = QCoreApplication.translate("SearchPage", "%n initiative(s) found", "", 1)
        assert one == "1 initiative found"
        kiosk.show_page("search")
        search = kiosk.search_page
        assert search is not None
        QTest.keyClicks(search.edit, "school meals")
        search.debounce.stop()
        search._emit_query()

        def found() -> list[str]:
            return [search.hits.item(i).text() for i in range(search.hits.count())]

        qtbot.waitUntil(lambda: len(found()) == 1, timeout=10000)  # type: ignore[attr-defined]
        assert found() == ["School meals in São Tomé\nHelp for São Tomé and Príncipe"]
        assert search.count_label.text() == "1 initiative found"
        assert "(s)" not in search.count_label.text()
    finally:
        english.remove()
