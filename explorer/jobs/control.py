"""What a long job is handed: a cancel flag it polls and a progress callback (no Qt)."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressSink = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a job by ``Control.check()`` once the job was cancelled."""


class Control:
    """A cancel token and a progress reporter for one job run.

    The runner makes one per submission; the job polls ``check()`` (or ``cancelled``) between
    steps and calls ``progress(done, total, text)``. Both are safe from any thread.
    """

    def __init__(self, sink: ProgressSink | None = None) -> None:
        self._event = threading.Event()
        self._sink = sink

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` was called."""
        return self._event.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next ``check()``."""
        self._event.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the job was cancelled."""
        if self._event.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (``total`` 0: unknown); checks for a cancel."""
        self.check()
        if self._sink is not None:
            self._sink(done, total, text)


def uncontrolled() -> Control:
    """A control nobody cancels and nobody listens to (the CLI and tests)."""
    return Control()
