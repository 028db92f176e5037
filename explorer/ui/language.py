"""The interface language: the user's choice, the translators it installs, the Language menu.

The choice is the ``UI_LANGUAGE`` setting: "system" (the default; an empty value means the
same) or a code with a catalogue (``resources/translations/explorer_<code>.qm``). The
environment can override it for one run: ``EXPLORER_LANGUAGE=fr`` or
``EXPLORER_PSEUDO_LOCALE=1`` (``rtl``: mirrored too), the layout test of ``i18n.pseudo_translate``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from explorer.ui.i18n import PSEUDO_ENV, PseudoTranslator, choose_default_locale, pseudo_mode, tr
from explorer.ui.resources import resource_path
from explorer.ui.settings import UI_LANGUAGE, Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from explorer.ui.main_window import MainWindow

SYSTEM = "system"
PSEUDO = "pseudo"
PSEUDO_RTL = "pseudo-rtl"
LANGUAGE_ENV = "EXPLORER_LANGUAGE"
LANGUAGE = UI_LANGUAGE  # the setting: SYSTEM ("" too) or a language code
# Menu order: English, then the order of the brief (UN languages and Portuguese).
ORDER = ("en", "fr", "es", "pt", "ar", "zh_CN", "ru")
# Each language's name in itself, so anyone can find theirs whatever is showing now.
ENDONYMS: Mapping[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "zh_CN": "中文",
    "zh": "中文",
    "ru": "Русский",
}
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps"})
_CATALOGUE_PREFIX = "explorer_"


def _base(code: str) -> str:
    return code.split("_")[0]


def translations_dir() -> Path:
    """Where the ``explorer_<code>.qm`` catalogues are (beside their ``.ts`` sources)."""
    return resource_path("translations")


def endonym(code: str) -> str:
    """The language's own name for itself (not translated, on purpose)."""
    return ENDONYMS.get(code, code)


def _rank(code: str) -> tuple[int, str]:
    return (ORDER.index(code) if code in ORDER else len(ORDER), code)


def available_languages(folder: Path | None = None) -> tuple[str, ...]:
    """English and every language with a compiled catalogue, in menu order."""
    base = folder or translations_dir()
    codes = {p.stem.removeprefix(_CATALOGUE_PREFIX) for p in base.glob(f"{_CATALOGUE_PREFIX}*.qm")}
    return tuple(sorted(codes | {"en"}, key=_rank))


def catalogue(code: str, folder: Path | None = None) -> Path | None:
    """The catalogue of ``code``: ``explorer_fr.qm`` for "fr"; for a bare language such as
    "zh" the first of its regional ones (``explorer_zh_CN.qm``). None for English or none."""
    base = folder or translations_dir()
    exact = base / f"{_CATALOGUE_PREFIX}{code}.qm"
    if exact.is_file():
        return exact
    regional = sorted(base.glob(f"{_CATALOGUE_PREFIX}{code}_*.qm"), key=lambda p: _rank(p.stem))
    return regional[0] if regional else None


def normalise_choice(value: str) -> str:
    """A stored or typed choice as SYSTEM, PSEUDO, PSEUDO_RTL or a language code."""
    v = value.strip()
    return v if v else SYSTEM


def system_language(folder: Path | None = None) -> str:
    """The first of the system's preferred languages with a catalogue, else English."""
    available = available_languages(folder)
    system = choose_default_locale()  # the "C" locale becomes English (United States)
    for name in system.uiLanguages():
        parts = name.replace("-", "_").split("_")
        for code in ("_".join((parts[0], parts[-1])), parts[0]):
            if code in available:
                return code
        if parts[0] == "en":
            return "en"
        if parts[0] == "zh" and "zh_CN" in available and "Hant" not in parts:
            return "zh_CN"
    return "en"


def startup_choice(settings: Settings | None = None) -> str:
    """The language to start in: the pseudo-locale or ``EXPLORER_LANGUAGE`` if set in the
    environment, else the stored setting."""
    pseudo = pseudo_mode(os.environ.get(PSEUDO_ENV))
    if pseudo:
        return pseudo
    forced = os.environ.get(LANGUAGE_ENV, "").strip()
    if forced:
        return normalise_choice(forced)
    store = settings or Settings(QSettings())
    return normalise_choice(store.get(LANGUAGE))


class LanguageManager(QObject):
    """Installs the translators of one language at a time; installing or removing one sends
    ``QEvent.LanguageChange`` to every widget.

    Signals:
        language_changed(code: str): the interface now shows ``code`` ("en", "fr", "pseudo").
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.setObjectName("explorerLanguage")
        self.folder = folder or translations_dir()
        self.choice = SYSTEM
        self.current = ""
        self.right_to_left = False  # Qt's default direction
        self._translators: list[QTranslator] = []

    def apply(self, choice: str) -> str:
        """Show the interface in ``choice`` (SYSTEM, a code, PSEUDO, PSEUDO_RTL); the code
        shown ("en" when the language has no catalogue)."""
        app = QCoreApplication.instance()
        assert app is not None
        self.choice = normalise_choice(choice)
        code = self._resolve(self.choice)
        if code == self.current:
            return code
        changed = bool(self._translators)
        for old in self._translators:
            app.removeTranslator(old)  # sends LanguageChange
            old.deleteLater()
        self._translators = []
        locale = _locale_for(code)
        QLocale.setDefault(locale)
        for translator in self._load(code, locale):
            app.installTranslator(translator)  # sends LanguageChange
            self._translators.append(translator)
            changed = True
        self.current = code
        if isinstance(app, QApplication):
            # Mirror only when the strings really are in that language (or to test layouts):
            # English laid out right to left reads worse than either.
            rtl = code == PSEUDO_RTL or (bool(self._translators) and _base(code) in RTL_LANGUAGES)
            if rtl != self.right_to_left:  # Qt's enums only when needed: start-up speed
                from PySide6.QtCore import Qt

                self.right_to_left = rtl
                app.setLayoutDirection(
                    Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
                )
            app.setApplicationDisplayName(tr("App", "Exchange Explorer"))
            if not changed:  # no catalogue came or went; numbers follow the locale: re-render
                for widget in app.topLevelWidgets():
                    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        self.language_changed.emit(code)
        return code

    def _resolve(self, choice: str) -> str:
        if choice in (PSEUDO, PSEUDO_RTL):
            return choice
        if choice == SYSTEM:
            return system_language(self.folder)
        if choice in available_languages(self.folder):
            return choice
        # A bare language ("zh") takes its regional catalogue (zh_CN), as the kiosk does.
        path = catalogue(choice, self.folder)
        return path.stem.removeprefix(_CATALOGUE_PREFIX) if path is not None else "en"

    def _load(self, code: str, locale: QLocale) -> list[QTranslator]:
        if code == "en":  # the source language: its catalogue holds only the plural forms
            english = self.folder / f"{_CATALOGUE_PREFIX}en.qm"
            plurals = QTranslator(self)
            return [plurals] if english.is_file() and plurals.load(str(english)) else []
        if code in (PSEUDO, PSEUDO_RTL):
            return [PseudoTranslator(self)]
        loaded: list[QTranslator] = []
        qt_tr = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(locale, "qtbase", "_", qt_dir):
            loaded.append(qt_tr)
        path = catalogue(code, self.folder)
        ours = QTranslator(self)
        if path is not None and ours.load(str(path)):
            loaded.append(ours)  # installed last: searched first
        return loaded


def _locale_for(code: str) -> QLocale:
    """Number and date conventions for ``code``: the system's when it speaks the language
    (or for the pseudo-locale), else the language's own (English: United States)."""
    system = choose_default_locale()  # "C" becomes English (United States)
    if code in (PSEUDO, PSEUDO_RTL):
        return system
    wanted = QLocale(code)
    if system.language() == wanted.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return wanted


def language_manager(app: QCoreApplication | None = None) -> LanguageManager:
    """The application's language manager (made on first use)."""
    owner = app or QCoreApplication.instance()
    assert owner is not None
    found = owner.findChild(LanguageManager, "explorerLanguage")
    if isinstance(found, LanguageManager):
        return found
    return LanguageManager(owner)


# -- View > Language ------------------------------------------------------------------------

PSEUDO_LABEL = "Pseudo (layout test)"  # a developer's tool: not translated


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def add_language_menu(window: MainWindow, view_menu: QMenu) -> QMenu:
    """View > Language: System default, then each language by its own name; choosing one
    stores it and switches at once. "Pseudo (layout test)" shows with Shift held."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QActionGroup, QGuiApplication

    manager = language_manager()
    menu = view_menu.addMenu(_tr("&Language"))
    group = QActionGroup(menu)
    group.setExclusive(True)

    def add(label: str, choice: str) -> QAction:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(manager.choice == choice)
        action.setData(choice)
        group.addAction(action)
        menu.addAction(action)
        return action

    add(_tr("System default"), SYSTEM)
    menu.addSeparator()
    for code in available_languages(manager.folder):
        add(endonym(code), code)
    pseudo = add(PSEUDO_LABEL, PSEUDO)
    pseudo.setVisible(manager.current in (PSEUDO, PSEUDO_RTL))

    def on_show() -> None:
        shift = bool(QGuiApplication.queryKeyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        pseudo.setVisible(shift or manager.current in (PSEUDO, PSEUDO_RTL))

    menu.aboutToShow.connect(on_show)
    group.triggered.connect(lambda action: choose_language(window, str(action.data())))
    ShellRetranslator.install(window)
    return menu


def choose_language(window: MainWindow, choice: str) -> None:
    """Store ``choice`` (not the pseudo-locale: that is for one session) and switch to it."""
    if choice not in (PSEUDO, PSEUDO_RTL):
        window.context.settings.set(LANGUAGE, choice)
    language_manager().apply(choice)


class ShellRetranslator(QObject):
    """Retitles the main window's shell on ``LanguageChange``: window title, navigation and
    menus (rebuilt); pages that build their strings once say so in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shellRetranslator")
        self.window = window
        self._pending = False

    @classmethod
    def install(cls, window: MainWindow) -> None:
        """Watch ``window`` (once)."""
        if window.findChild(cls, "shellRetranslator") is None:
            window.installEventFilter(cls(window))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Removing one translator and installing another sends two: retranslate once.
        changed = watched is self.window and event.type() == QEvent.Type.LanguageChange
        if changed and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.retranslate)  # dropped if the window goes
        return False

    def retranslate(self) -> None:
        """Window title, navigation, menus and a note about the pages."""
        self._pending = False
        w = self.window
        w.setWindowTitle(QCoreApplication.translate("MainWindow", "Exchange Explorer"))
        for i in range(w.nav.count()):
            item = w.nav.item(i)
            spec = w.specs.get(w.page_key(item))
            if spec is not None:
                item.setText(spec.display_title())
        w.rebuild_menus()
        if w.pages:  # the pages set their strings when built: build them again (issue 19)
            w.rebuild_pages()
