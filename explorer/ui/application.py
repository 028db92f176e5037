"""The QApplication as every entry point sets it up: names, translators, stylesheet, icon."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explorer.paths import APP_NAME
from explorer.ui.i18n import tr
from explorer.ui.language import language_manager, startup_choice
from explorer.ui.resources import read_stylesheet, resource_path

ORGANISATION = "ExchangeExplorer"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), translators and the stylesheet.

    The language is the stored choice (View > Language), else the system's; the environment
    can override it: ``EXPLORER_LANGUAGE=fr``, ``EXPLORER_PSEUDO_LOCALE=1`` or ``=rtl``."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(tr("App", "Exchange Explorer"))
    language_manager(app).apply(startup_choice())
    app.setStyleSheet(read_stylesheet() + "\n" + read_stylesheet("focus.qss"))
    return app


def app_icon() -> QIcon:
    """The application icon (an SVG drawn for the project)."""
    return QIcon(str(resource_path("icons", "exchange-explorer.svg")))
