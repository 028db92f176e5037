"""How pages reach each other without importing each other.

The main window binds a :class:`Navigator` to itself; a page asks
``self.context.navigator.open_country("BRA")`` instead of finding the window or importing
another page. Unbound (a page on its own in a test, or in the kiosk), every request is
ignored and ``show`` returns None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget


class Navigator:
    """Open a page by key, a country's profile by ISO3, or initiatives by a search."""

    def __init__(self) -> None:
        self._show: Callable[[str], QWidget | None] | None = None
        self._country: Callable[[str], None] | None = None
        self._initiatives: Callable[[str, Sequence[int]], None] | None = None
        self._chart: Callable[[str], bool] | None = None

    def bind(
        self,
        show: Callable[[str], QWidget | None],
        open_country: Callable[[str], None],
        open_initiatives: Callable[[str, Sequence[int]], None],
    ) -> None:
        """Route requests to the window's ``show_page``, ``open_country`` and
        ``open_initiatives``."""
        self._show, self._country, self._initiatives = show, open_country, open_initiatives

    def bind_chart(self, show_chart: Callable[[str], bool]) -> None:
        """Route ``show_chart`` to the window's ``open_chart``."""
        self._chart = show_chart

    @property
    def bound(self) -> bool:
        """Whether a window answers the requests."""
        return self._show is not None

    def show(self, key: str) -> QWidget | None:
        """Make page ``key`` current; the page, or None when there is no window or page."""
        return self._show(key) if self._show is not None else None

    def open_country(self, iso3: str) -> None:
        """Show the profile of ``iso3``."""
        if self._country is not None:
            self._country(iso3)

    def open_initiatives(self, query: str, ids: Sequence[int] = ()) -> None:
        """Show what ``query`` finds (and the one initiative of ``ids`` in the detail)."""
        if self._initiatives is not None:
            self._initiatives(query, ids)

    def show_chart(self, key: str) -> bool:
        """Open the chart ``key`` (``chart:kind?params``) on its page with its saved
        parameters; whether a page shows it (False unbound or for a kind no page draws)."""
        return self._chart(key) if self._chart is not None else False
