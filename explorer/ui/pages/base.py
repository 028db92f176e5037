"""What every page shares: the context it is given, and load signals the shell can wait on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from explorer.store.database import Database
from explorer.ui.navigator import Navigator
from explorer.ui.runner import JobError, Runner, classify_error
from explorer.ui.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageContext:
    """What the composition root passes to every page."""

    database: Database
    runner: Runner
    settings: Settings
    navigator: Navigator = field(default_factory=Navigator)  # bound by the main window


class Page(QWidget):
    """A page of the main window; it loads its data the first time it is shown.

    Signals:
        data_shown(): the page's data arrived and is laid out.
        load_failed(message: str): loading failed; the page itself shows why.
    """

    data_shown = Signal()
    load_failed = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._activated = False
        self._loaded = False
        self._settles_later = False
        self.last_error: JobError | None = None  # why the latest load failed, if it did
        self.has_data = False  # whether a load has ever been shown (kept on a lost server)

    @property
    def job_key(self) -> str:
        """The runner key of this page's main request."""
        return type(self).__name__

    @property
    def loaded(self) -> bool:
        """Whether data (or a load failure) has been shown."""
        return self._loaded

    def activate(self) -> None:
        """Called by the shell whenever the page becomes current; loads once."""
        if not self._activated:
            self._activated = True
            self.reload()

    def reload(self) -> None:
        """Ask the runner for this page's data (the newest request wins)."""
        self.show_loading()
        self.submit_load()

    def submit_load(self) -> None:
        """Submit the page's job, with ``load(fn, *args)``."""
        raise NotImplementedError

    def load(self, fn: Callable[..., object], *args: object) -> None:
        """Run the page's main job under ``job_key``; its result goes to ``show_result``."""
        self.context.runner.submit(
            self.job_key, fn, *args, on_done=self._on_loaded, on_error=self._on_load_failed
        )

    def show_loading(self) -> None:
        """Show that data is on its way."""

    def show_result(self, result: object) -> None:
        """Lay out the job's result."""
        raise NotImplementedError

    def show_error(self, error: JobError) -> None:
        """Say why the data could not be loaded."""
        raise NotImplementedError

    def _on_loaded(self, result: object) -> None:
        self._settles_later = False
        try:
            self.show_result(result)
        except Exception as exc:
            # Our bug, but the page must still settle (screenshots and tests wait on it).
            log.exception("%s could not show its data", type(self).__name__)
            self._on_load_failed(classify_error(exc))
            return
        self.has_data = True
        self.last_error = None
        if not self._settles_later:
            self.settle()

    def settle_later(self) -> None:
        """Called from ``show_result`` by a page that lays out the rest of its data after a
        first paint; it calls ``settle()`` when everything is shown."""
        self._settles_later = True

    def settle(self) -> None:
        """Mark the data as shown (``data_shown``)."""
        self._loaded = True
        self.data_shown.emit()

    def show_stale(self, error: JobError) -> None:
        """The server was lost while the page shows earlier data: that data stays; a page
        may say its view is from before (the window shows the server's problem)."""

    def _on_load_failed(self, error: JobError) -> None:
        self.last_error = error
        if error.connection_lost and self.has_data:
            self.show_stale(error)  # what the page showed stays until the server is back
        else:
            self.show_error(error)
        self._loaded = True
        self.load_failed.emit(error.message)
