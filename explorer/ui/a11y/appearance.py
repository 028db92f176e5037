"""Text size and contrast: View > Text Size (100-200%), the platform's font and its
high-contrast setting, a high-contrast theme.

The stylesheet gives sizes in points, so scaling the application font alone would leave
titles at their old size: the sheet's ``font-size`` values are scaled with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from explorer.ui.resources import read_stylesheet
from explorer.ui.settings import Setting

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

    from explorer.ui.settings import Settings

TEXT_SCALES = (100, 125, 150, 175, 200)
TEXT_SCALE = Setting[str]("ui/text_scale", "100", "Text size in percent (100-200).")
THEME = Setting[str]("ui/theme", "auto", "Colours: auto (the platform's), standard, high-contrast.")
_FONT_SIZE = re.compile(r"(font-size:\s*)([0-9.]+)(pt|px)")
_BASE_POINTS = "explorer_base_point_size"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Appearance", text)


def scale_stylesheet(qss: str, percent: int) -> str:
    """``qss`` with every ``font-size`` multiplied by ``percent`` / 100."""
    if percent == 100:
        return qss

    def scaled(match: re.Match[str]) -> str:
        value = float(match.group(2)) * percent / 100
        return f"{match.group(1)}{value:.4g}{match.group(3)}"

    return _FONT_SIZE.sub(scaled, qss)


def platform_high_contrast() -> bool:
    """Whether the platform asks for high contrast (where Qt can tell)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    style_hints = QGuiApplication.styleHints()  # held: its accessibility() dies with it
    try:
        preference = style_hints.accessibility().contrastPreference()
    except RuntimeError:  # PySide6 6.12 sometimes hands back an already-deleted wrapper
        return False
    return bool(preference == Qt.ContrastPreference.HighContrast)


def wants_high_contrast(theme: str) -> bool:
    """The theme setting resolved: ``auto`` follows the platform."""
    return theme == "high-contrast" or (theme == "auto" and platform_high_contrast())


def stylesheet(percent: int = 100, high_contrast: bool = False) -> str:
    """The application stylesheet: look, focus rings, high contrast if asked, text scaled."""
    parts = [read_stylesheet("app.qss"), read_stylesheet("focus.qss")]
    if high_contrast:
        parts.append(read_stylesheet("high-contrast.qss"))
    return scale_stylesheet("\n".join(parts), percent)


def clamp_scale(raw: str | int) -> int:
    """A stored text size as a percent in 100-200 (anything else: 100)."""
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return 100
    return value if 100 <= value <= 200 else 100


def apply_appearance(percent: int, high_contrast: bool, app: QApplication | None = None) -> None:
    """Scale the application font (from the system's, kept on first use) and set the sheet."""
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return
    base = instance.property(_BASE_POINTS)
    if not isinstance(base, float):
        base = float(QApplication.font().pointSizeF())
        instance.setProperty(_BASE_POINTS, base)
    font = QApplication.font()
    font.setPointSizeF(base * percent / 100)
    QApplication.setFont(font)
    instance.setStyleSheet(stylesheet(percent, high_contrast))
    from explorer.ui.charts.palettes import palette_switch

    palette_switch().set_high_contrast(high_contrast)  # the charts draw again in its palette


def apply_saved(settings: Settings) -> None:
    """Apply the stored text size and theme."""
    apply_appearance(
        clamp_scale(settings.get(TEXT_SCALE)), wants_high_contrast(settings.get(THEME))
    )


def add_appearance_menu(window: QWidget, view_menu: QMenu, settings: Settings) -> QActionGroup:
    """View > Text Size (100-200%, Ctrl++ larger, Ctrl+- smaller) and View > High Contrast."""
    menu = view_menu.addMenu(_tr("Text &Size"))
    group = QActionGroup(window)
    current = clamp_scale(settings.get(TEXT_SCALE))
    if current != 100 or wants_high_contrast(settings.get(THEME)):
        apply_saved(settings)  # the standard look is already set by make_application
    for percent in TEXT_SCALES:
        action = QAction(_tr("%1%").replace("%1", str(percent)), window)
        action.setCheckable(True)
        action.setChecked(percent == current)
        action.setData(percent)
        group.addAction(action)
        menu.addAction(action)

    def choose(percent: int) -> None:
        settings.set(TEXT_SCALE, str(percent))
        for action in group.actions():
            action.setChecked(action.data() == percent)
        apply_saved(settings)

    group.triggered.connect(lambda action: choose(int(action.data())))

    def step(delta: int) -> None:
        now = clamp_scale(settings.get(TEXT_SCALE))
        index = TEXT_SCALES.index(now) if now in TEXT_SCALES else 0
        choose(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + delta))])

    menu.addSeparator()
    larger = QAction(_tr("&Larger Text"), window)
    larger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    larger.triggered.connect(lambda: step(1))
    smaller = QAction(_tr("S&maller Text"), window)
    smaller.setShortcut(QKeySequence("Ctrl+-"))
    smaller.triggered.connect(lambda: step(-1))
    menu.addActions([larger, smaller])
    contrast = QAction(_tr("&High Contrast"), window)
    contrast.setCheckable(True)
    contrast.setChecked(wants_high_contrast(settings.get(THEME)))
    contrast.setShortcut(QKeySequence("Ctrl+Shift+H"))

    def set_contrast(on: bool) -> None:
        settings.set(THEME, "high-contrast" if on else "standard")
        apply_saved(settings)

    contrast.toggled.connect(set_contrast)
    view_menu.addAction(contrast)
    return group
