"""The two-stage idle reset as a pure state machine: idle -> countdown -> reset. No Qt here.

The kiosk is *dormant* while the attract screen shows (nothing to reset), *active* while a
visitor explores, and *counting down* once nobody has touched it for ``idle_seconds``. Any
activity during the countdown cancels it; reaching zero resets the kiosk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum


class IdlePhase(Enum):
    """Where the kiosk is in the idle cycle."""

    DORMANT = "dormant"
    ACTIVE = "active"
    COUNTING_DOWN = "counting_down"


class IdleStep(Enum):
    """What ``IdlePolicy.poll`` asks the kiosk to do."""

    NOTHING = "nothing"
    START_COUNTDOWN = "start_countdown"
    TICK = "tick"
    RESET = "reset"


@dataclass
class IdlePolicy:
    """Decides, from timestamps alone, when to warn and when to reset."""

    idle_seconds: float
    countdown_seconds: float
    phase: IdlePhase = IdlePhase.DORMANT
    last_activity: float = 0.0
    _last_shown: int = -1

    def wake(self, now: float) -> None:
        """A visitor started exploring."""
        self.phase = IdlePhase.ACTIVE
        self.last_activity = now

    def sleep(self) -> None:
        """The attract screen is showing: nothing to time out."""
        self.phase = IdlePhase.DORMANT

    def note_activity(self, now: float) -> bool:
        """A touch, click or key; returns True when it cancelled a countdown."""
        self.last_activity = now
        if self.phase is IdlePhase.COUNTING_DOWN:
            self.phase = IdlePhase.ACTIVE
            return True
        return False

    def remaining(self, now: float) -> int:
        """Whole seconds left on the countdown (rounded up, never negative)."""
        left = self.idle_seconds + self.countdown_seconds - (now - self.last_activity)
        return max(0, math.ceil(left))

    def poll(self, now: float) -> IdleStep:
        """Advance the state machine to ``now``."""
        if self.phase is IdlePhase.DORMANT:
            return IdleStep.NOTHING
        idle_for = now - self.last_activity
        if idle_for >= self.idle_seconds + self.countdown_seconds:
            self.phase = IdlePhase.DORMANT
            return IdleStep.RESET
        if self.phase is IdlePhase.ACTIVE:
            if idle_for >= self.idle_seconds:
                self.phase = IdlePhase.COUNTING_DOWN
                self._last_shown = self.remaining(now)
                return IdleStep.START_COUNTDOWN
            return IdleStep.NOTHING
        shown = self.remaining(now)
        if shown != self._last_shown:
            self._last_shown = shown
            return IdleStep.TICK
        return IdleStep.NOTHING
