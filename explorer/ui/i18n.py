"""Translation: ``tr`` for code outside QObjects, translators, and locale-aware formatting."""

from __future__ import annotations

import math
import re
from datetime import datetime

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    QTranslator,
)


def format_built_at(stamp: str) -> str:
    """An ISO timestamp as the locale's long date; the raw text if it does not parse."""
    try:
        day = datetime.fromisoformat(stamp).date()
    except ValueError:
        return stamp
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (the same catalogue ``QObject.tr`` uses)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


PSEUDO_ENV = "EXPLORER_PSEUDO_LOCALE"
_LOOK_ALIKES = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥïĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÏĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: placeholders (%1, %n, %L1), markup, entities, file patterns, addresses.
_KEEP = re.compile(r"%L?(?:\d{1,2}|n)|<[^>]*>|&\w+;|\*\.\w+|https?://\S+")
PSEUDO_STRETCH = 0.4  # how much longer a pseudo-translated string is


def pseudo_translate(text: str) -> str:
    """``text`` with accented look-alikes, about 40% longer and in brackets; placeholders,
    markup and file patterns (``*.png``) are kept so the string still works."""
    if not any(c.isalpha() for c in _KEEP.sub("", text)):
        return text  # separators and patterns such as ", " or "%1 (%2)": nothing to stretch
    parts: list[str] = []
    pos = 0
    for match in _KEEP.finditer(text):
        parts.append(text[pos : match.start()].translate(_LOOK_ALIKES))
        parts.append(match.group())
        pos = match.end()
    parts.append(text[pos:].translate(_LOOK_ALIKES))
    padding = "~" * max(1, math.ceil(len(text) * PSEUDO_STRETCH) - 2)  # with "[", " ", "]"
    return f"[{''.join(parts)} {padding}]"


class PseudoTranslator(QTranslator):
    """A translator that "translates" every string with ``pseudo_translate``."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo_translate(source_text)

    def isEmpty(self) -> bool:
        return False


def pseudo_mode(value: str | None) -> str:
    """The pseudo-locale an ``EXPLORER_PSEUDO_LOCALE`` value asks for: "pseudo", "pseudo-rtl"
    (mirrored too) or "" (off)."""
    v = (value or "").strip().lower()
    if v == "rtl":
        return "pseudo-rtl"
    return "pseudo" if v in ("1", "true", "yes", "on", "ltr") else ""


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
