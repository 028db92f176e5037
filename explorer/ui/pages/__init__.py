"""The page registry: the shell shows whatever pages are declared here, in order.

A new page adds one ``PageSpec`` to ``default_pages``; its module is imported only when the
page is first opened, which keeps start-up light.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.ui.pages.base import Page, PageContext

PageFactory = Callable[[PageContext], Page]


@dataclass(frozen=True)
class PageSpec:
    """A page the shell can show: a stable key, a title (untranslated) and a factory."""

    key: str
    title: str
    factory: PageFactory

    def display_title(self) -> str:
        """The title in the user's language."""
        return QCoreApplication.translate("Pages", self.title)


def lazy(target: str) -> PageFactory:
    """A factory for ``"package.module:Class"``, importing the module on first use."""
    module_name, _, class_name = target.partition(":")

    def build(context: PageContext) -> Page:
        cls = getattr(importlib.import_module(module_name), class_name)
        page: Page = cls(context)
        return page

    return build


def default_pages() -> list[PageSpec]:
    """The pages of the main window, in navigation order: find, understand, then cite."""
    return [
        PageSpec(
            "home", str(QT_TRANSLATE_NOOP("Pages", "Home")), lazy("explorer.ui.pages.home:HomePage")
        ),
        PageSpec(
            "initiatives",
            str(QT_TRANSLATE_NOOP("Pages", "Initiatives")),
            lazy("explorer.ui.pages.initiatives:InitiativesPage"),
        ),
        *(PageSpec(k, t, lazy(f"explorer.ui.pages.{k}:{c}")) for k, t, c in COUNTRY_PAGES),
        *(PageSpec(k, t, lazy(f"explorer.ui.pages.{k}:{c}")) for k, t, c in CHART_PAGES),
        PageSpec(
            "sources",
            str(QT_TRANSLATE_NOOP("Pages", "Sources")),
            lazy("explorer.ui.pages.sources:SourcesPage"),
        ),
        PageSpec(  # the user's own records; last, so Ctrl+1..Ctrl+0 keep their pages
            "workspace",
            str(QT_TRANSLATE_NOOP("Pages", "Workspace")),
            lazy("explorer.ui.pages.workspace:WorkspacePage"),
        ),
    ]


CHART_PAGES = (  # the chart pages: key (= module), title, class
    ("trade", str(QT_TRANSLATE_NOOP("Pages", "Trade")), "TradePage"),
    ("cooperation", str(QT_TRANSLATE_NOOP("Pages", "Cooperation")), "CooperationPage"),
    ("map", str(QT_TRANSLATE_NOOP("Pages", "Map")), "MapPage"),
    ("bubbles", str(QT_TRANSLATE_NOOP("Pages", "Bubbles")), "BubblesPage"),
)


COUNTRY_PAGES = (  # the country pages: key (= module), title, class
    ("countries", str(QT_TRANSLATE_NOOP("Pages", "Countries")), "CountriesPage"),
    ("compare", str(QT_TRANSLATE_NOOP("Pages", "Compare")), "ComparePage"),
    ("peers", str(QT_TRANSLATE_NOOP("Pages", "Peers")), "PeersPage"),
)
