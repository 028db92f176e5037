"""Languages: switching retitles the shell live, Arabic mirrors the layout, and the
pseudo-locale stretches every string but keeps its placeholders."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from explorer.kiosk.language import offered_languages
from explorer.ui.i18n import PseudoTranslator, pseudo_translate
from explorer.ui.language import (
    LANGUAGE,
    PSEUDO,
    PSEUDO_RTL,
    SYSTEM,
    LanguageManager,
    available_languages,
    catalogue,
    language_manager,
    startup_choice,
)
from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture()
def manager(tmp_path: Path) -> Iterator[LanguageManager]:
    """The app's language manager over catalogues compiled now from the committed sources;
    English and the usual folder again afterwards."""
    for ts in SOURCES.glob("explorer_*.ts"):
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(tmp_path / f"{ts.stem}.qm")],
            check=True,
        )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = language_manager(app)
    folder = found.folder
    found.folder = tmp_path
    yield found
    found.apply("en")
    found.folder = folder
    found.apply(SYSTEM)
    QApplication.processEvents()  # the windows retitle now, while they still exist


def _window(qtbot: QtBot, context: PageContext) -> MainWindow:
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.ensure_menus()
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _language_menu(window: MainWindow) -> QMenu:
    view = window.menuBar().actions()[1].menu()
    assert isinstance(view, QMenu)
    sub = next(a.menu() for a in view.actions() if isinstance(a.menu(), QMenu))
    assert isinstance(sub, QMenu)
    return sub


def test_french_retitles_menus_and_pages(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, manager: LanguageManager
) -> None:
    manager.apply("en")
    context = make_context(small_db)
    window = _window(qtbot, context)
    assert _menu_titles(window)[:2] == ["&File", "&View"]
    assert window.nav.item(0).text() == "Home"
    french = next(a for a in _language_menu(window).actions() if a.data() == "fr")
    assert french.text() == "Français"
    french.trigger()
    qtbot.waitUntil(lambda: "&Fichier" in _menu_titles(window))
    assert _menu_titles(window) == ["&Fichier", "&Affichage", "&Aide"]
    assert window.nav.item(0).text() == "Accueil"
    assert window.page_actions["home"].text() == "Accueil"
    assert window.page_actions["home"].shortcut().toString() == "Ctrl+1"
    assert context.settings.get(LANGUAGE) == "fr"
    assert manager.current == "fr"
    # The rebuilt menu marks the language now in use, and F11 is bound once.
    checked = [a.data() for a in _language_menu(window).actions() if a.isChecked()]
    assert checked == ["fr"]
    full = [a for a in window.actions() if a.shortcut().toString() == "F11"]
    assert len(full) == 1


def test_arabic_mirrors_the_layout_and_english_restores_it(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, manager: LanguageManager
) -> None:
    window = _window(qtbot, make_context(small_db))
    manager.apply("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "الرئيسية")
    manager.apply("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Home")


def test_pseudo_translation_stretches_and_keeps_placeholders() -> None:
    text = pseudo_translate("Search initiatives")
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= 1.4 * len("Search initiatives")
    assert "Search" not in text
    kept = pseudo_translate("%1 of %2 countries, %n found, %L1 shown")
    for placeholder in ("%1", "%2", "%n", "%L1"):
        assert placeholder in kept
    # File dialog patterns and pure separators still work.
    assert "(*.png)" in pseudo_translate("PNG image (*.png)")
    assert pseudo_translate(", ") == ", "
    assert pseudo_translate("") == ""


def test_pseudo_locale_installs_and_mirrors(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path, manager: LanguageManager
) -> None:
    window = _window(qtbot, make_context(small_db))
    manager.apply(PSEUDO)
    assert any(isinstance(t, PseudoTranslator) for t in manager.findChildren(PseudoTranslator))
    home = QCoreApplication.translate("Pages", "Home")
    assert home.startswith("[") and "Ĥöɱé" in home
    found = QCoreApplication.translate("SearchPage", "%n initiative(s) found", None, 3)
    assert "3" in found and "%n" not in found
    qtbot.waitUntil(lambda: window.nav.item(0).text() == home)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    manager.apply(PSEUDO_RTL)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The hidden menu entry shows while the pseudo-locale is on.
    qtbot.waitUntil(
        lambda: any(a.data() == PSEUDO and a.isVisible() for a in _language_menu(window).actions())
    )


def test_start_up_choice_from_environment_and_setting(
    monkeypatch: pytest.MonkeyPatch, make_context: ContextFactory, small_db: Path
) -> None:
    settings = make_context(small_db).settings
    monkeypatch.delenv("EXPLORER_PSEUDO_LOCALE", raising=False)
    monkeypatch.delenv("EXPLORER_LANGUAGE", raising=False)
    assert startup_choice(settings) == SYSTEM  # the default (stored as "")
    settings.set(LANGUAGE, "ar")
    assert startup_choice(settings) == "ar"
    monkeypatch.setenv("EXPLORER_LANGUAGE", "fr")
    assert startup_choice(settings) == "fr"
    monkeypatch.setenv("EXPLORER_PSEUDO_LOCALE", "1")
    assert startup_choice(settings) == PSEUDO
    monkeypatch.setenv("EXPLORER_PSEUDO_LOCALE", "rtl")
    assert startup_choice(settings) == PSEUDO_RTL


def test_languages_come_from_the_catalogues(manager: LanguageManager) -> None:
    codes = available_languages(manager.folder)
    assert codes == ("en", "fr", "es", "pt", "ar", "zh_CN", "ru")
    # The kiosk's configuration says "zh": the Simplified Chinese catalogue serves it.
    zh = catalogue("zh", manager.folder)
    assert zh is not None and zh.name == "explorer_zh_CN.qm"
    assert offered_languages(("en", "zh", "fr", "xx"), manager.folder) == ("en", "zh", "fr")
    # The system default resolves to a language we have (English in a "C" locale).
    manager.apply(SYSTEM)
    assert manager.current in codes


def test_a_bare_language_takes_its_regional_catalogue(manager: LanguageManager) -> None:
    """EXPLORER_LANGUAGE=zh (or a stored "zh") shows Simplified Chinese, not English."""
    from PySide6.QtCore import QCoreApplication

    assert manager.apply("zh") == "zh_CN"
    assert QCoreApplication.translate("Pages", "Initiatives") == "合作项目"
    assert manager.apply("xx") == "en"  # no catalogue at all: English


def test_english_says_one_initiative_and_two_initiatives(manager: LanguageManager) -> None:
    """English has a plural-only catalogue: no "initiative(s)" or "country(ies)" shown."""
    manager.apply("fr")
    manager.apply("en")

    def say(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)

    assert say("SourcesPage", "%n dataset(s)", 1) == "1 dataset"
    assert say("SourcesPage", "%n dataset(s)", 14) == "14 datasets"
    assert say("SearchPage", "%n initiative(s) found", 0) == "0 initiatives found"
    peers = "%n country(ies) could share experience"
    assert say("PeersPage", peers, 1) == "1 country could share experience"
    assert say("PeersPage", peers, 5) == "5 countries could share experience"
    # Every %n string of the English catalogue has both forms, without parentheses.
    import xml.etree.ElementTree as ET

    root = ET.parse(SOURCES / "explorer_en.ts").getroot()
    numerus = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert numerus
    for message in numerus:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and not any("(s)" in f or "(ies)" in f for f in forms), forms
