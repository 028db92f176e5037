"""Kiosk mode: a locked-down, touch-first presentation of the explorer for conferences."""
