"""The idle watcher: ``IdlePolicy`` driven by a timer and an injected clock."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from explorer.kiosk.clock import Clock
from explorer.kiosk.idle_policy import IdlePhase, IdlePolicy, IdleStep

POLL_MS = 250


class IdleWatcher(QObject):
    """Polls the clock and announces the countdown and the reset.

    Tests call ``check()`` after advancing a ``ManualClock``; the timer only calls it too.

    Signals:
        countdown_started(seconds: int): nobody touched the kiosk for ``idle_seconds``.
        countdown_ticked(seconds: int): whole seconds left changed.
        countdown_cancelled(): someone touched the kiosk during the countdown.
        idle_timed_out(): the countdown reached zero; the kiosk should reset.
    """

    countdown_started = Signal(int)
    countdown_ticked = Signal(int)
    countdown_cancelled = Signal()
    idle_timed_out = Signal()

    def __init__(
        self, clock: Clock, idle_seconds: int, countdown_seconds: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.policy = IdlePolicy(idle_seconds, countdown_seconds)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    @property
    def phase(self) -> IdlePhase:
        """The current phase of the idle cycle."""
        return self.policy.phase

    def start(self) -> None:
        """Start polling."""
        self.timer.start()

    def stop(self) -> None:
        """Stop polling (shutdown and tests)."""
        self.timer.stop()

    def wake(self) -> None:
        """A visitor started exploring: start timing."""
        self.policy.wake(self.clock.now())

    def sleep(self) -> None:
        """Back on the attract screen: stop timing."""
        self.policy.sleep()

    def note_activity(self) -> None:
        """Someone touched, clicked or typed."""
        if self.policy.note_activity(self.clock.now()):
            self.countdown_cancelled.emit()

    def check(self) -> None:
        """Compare the clock with the last activity and emit what follows."""
        now = self.clock.now()
        step = self.policy.poll(now)
        if step is IdleStep.START_COUNTDOWN:
            self.countdown_started.emit(self.policy.remaining(now))
        elif step is IdleStep.TICK:
            self.countdown_ticked.emit(self.policy.remaining(now))
        elif step is IdleStep.RESET:
            self.idle_timed_out.emit()
