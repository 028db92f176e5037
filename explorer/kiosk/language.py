"""Interface languages: which ones have a translation, and switching between them live."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from explorer.ui.language import catalogue
from explorer.ui.resources import resource_path

# Each language's name in itself, so a visitor can find theirs whatever is showing now.
ENDONYMS = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "zh": "中文",
    "ru": "Русский",
    "pt": "Português",
}


def language_name(code: str) -> str:
    """The language's own name for itself (endonyms are not translated on purpose)."""
    return ENDONYMS.get(code, code)


def translations_dir() -> Path:
    """Where ``explorer_<lang>.qm`` catalogues live."""
    return resource_path("translations")


def offered_languages(configured: Sequence[str], folder: Path | None = None) -> tuple[str, ...]:
    """The configured languages that are English or have a compiled translation
    (``explorer_fr.qm`` for "fr", ``explorer_zh_CN.qm`` for "zh")."""
    base = folder or translations_dir()
    return tuple(c for c in configured if c == "en" or catalogue(c, base) is not None)


class LanguageSwitcher:
    """Installs the translator of one language at a time and tells every widget."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or translations_dir()
        self.current = ""
        self._translator: QTranslator | None = None

    def remove(self) -> None:
        """Take this switcher's catalogue out again (the source strings show)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self.current = ""

    def apply(self, code: str) -> None:
        """Switch the interface to ``code``: strings, number formats and direction."""
        if code == self.current:
            return
        self.current = code
        app = QCoreApplication.instance()
        assert app is not None
        locale = QLocale(code)
        QLocale.setDefault(locale)
        changed = False
        if self._translator is not None:
            app.removeTranslator(self._translator)  # sends LanguageChange
            self._translator = None
            changed = True
        translator = QTranslator(app)
        # English is the source language: its catalogue holds only the plural forms
        # ("1 initiative found"), loaded the way the window's language manager does.
        english = self.folder / "explorer_en.qm"
        path = catalogue(code, self.folder) if code != "en" else english
        if path is not None and path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)  # sends LanguageChange
            self._translator = translator
            changed = True
        if isinstance(app, QApplication):
            # Mirror only when the strings really are in the new language: English text laid
            # out right to left reads worse than either.
            rtl = self._translator is not None and (
                locale.textDirection() == Qt.LayoutDirection.RightToLeft
            )
            app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            if not changed:
                # No catalogue changed, but numbers and names follow the locale: re-render.
                for widget in app.topLevelWidgets():
                    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
