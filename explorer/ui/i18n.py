"""Translation: ``tr`` for code outside QObjects, translators, and locale-aware formatting."""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from explorer.ui.resources import resource_path


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (the same catalogue ``QObject.tr`` uses)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QObject]:
    """Install Qt's own translations and ours (``resources/translations/explorer_*.qm``).

    Returns the translators so the caller keeps them alive.
    """
    loc = locale or QLocale()
    installed: list[QObject] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(loc, "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    ours = QTranslator(app)
    if ours.load(loc, "explorer", "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def choose_default_locale() -> QLocale:
    """The system locale, except the bare "C" locale (containers, CI, some kiosks), which
    formats 6979 without separators: there English (United States) conventions are used."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        QLocale.setDefault(chosen)
        return chosen
    return system


def _plain_locale() -> QLocale:
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc


def format_year(year: int) -> str:
    """A year in the user's digits, without a group separator (2007, not 2,007)."""
    return _plain_locale().toString(year)


def format_count(value: int) -> str:
    """A whole number with the locale's group separators."""
    return QLocale().toString(value)


def format_number(value: float, decimals: int | None = None) -> str:
    """A number with the locale's separators; whole numbers without decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return QLocale().toString(float(value), "f", decimals)


def format_value(value: float, unit: str) -> str:
    """A value with its unit; "%..." units get the locale's percent sign ("10% a year")."""
    u = unit.strip()
    if u.casefold() in ("percent", "per cent", "pct"):
        u = "%"
    if u.startswith("%"):
        number = format_number(value, 1 if value % 1 else 0)
        # Translators reorder or space these: "43 %" in French, "%43" in Turkish.
        text = tr("Format", "%1%2").replace("%1", number).replace("%2", QLocale().percent())
        rest = u[1:].strip()
        return f"{text} {rest}" if rest else text
    return f"{format_number(value)} {u}".strip()


def collator() -> QCollator:
    """A collator for sorting names in the user's language (numbers compared as numbers)."""
    col = QCollator(QLocale())
    from PySide6.QtCore import Qt  # here, not at import: see widgets/cards.PLAIN_TEXT

    col.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    col.setNumericMode(True)
    return col
