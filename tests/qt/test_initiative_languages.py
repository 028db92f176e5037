"""The Initiatives page's detail shows an imported IATI activity's title in the interface's
language (issue 12), falling back to the file's own; real importer, real small database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from explorer.importers.formats.run import import_file
from explorer.store.database import Database
from explorer.ui.pages.base import PageContext
from explorer.ui.pages.initiatives import InitiativesPage
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows

pytestmark = pytest.mark.realdata
MakeContext = Callable[[Path], PageContext]
FRENCH = "Multiplication de semences de riz avec les petits exploitants"
ENGLISH = "Rice seed multiplication with smallholders"


@pytest.fixture()
def imported(reference_db: Path, tmp_path_factory: pytest.TempPathFactory,
             tmp_path: Path) -> Path:
    path = small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "r.sqlite")
    db = Database.open(path)
    try:
        assert import_file(db, fixture("iati-2.03.xml")).error is None
    finally:
        db.dispose()
    return path


@pytest.fixture()
def locale() -> Iterator[Callable[[str], None]]:
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(("language", "title"), [("fr_FR", FRENCH), ("en_GB", ENGLISH),
                                                 ("de_DE", ENGLISH)])
def test_detail_title_follows_the_interface_language(
        qtbot: QtBot, make_context: MakeContext, imported: Path, tmp_path: Path,
        locale: Callable[[str], None], language: str, title: str) -> None:
    (ident,), = rows(imported, "SELECT id FROM initiative WHERE source_record_id = ?",
                     "XX-TEST-1-ACT-001")
    locale(language)
    page = InitiativesPage(make_context(imported))
    page.user_db_path = tmp_path / "user.sqlite"
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.detail_shown, timeout=20_000):
        page.show_initiative(int(ident))  # type: ignore[call-overload]
    assert page.detail.detail is not None and page.detail.detail.title == title
    assert title in page.detail.title_label.text()
    qtbot.wait(300)  # let the pane lay out before the picture
    page.grab().save(str(tmp_path / f"detail-{language}.png"))
