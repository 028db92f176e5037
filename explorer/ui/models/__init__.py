"""Qt item models over domain rows (no SQL here)."""
