"""What the command groups share: the WxH parser and the terminal progress bar."""

from __future__ import annotations

import argparse
import sys
import time


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` -> (1280, 800), for argparse (an ``ArgumentTypeError`` otherwise)."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


class TerminalProgress:
    """A one-line progress bar on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = ""
        self._started = time.perf_counter()

    def __call__(self, label: str, fraction: float) -> None:
        elapsed = time.perf_counter() - self._started
        if self._tty:
            filled = int(fraction * 30)
            bar = "#" * filled + "." * (30 - filled)
            sys.stderr.write(f"\r[{bar}] {fraction:4.0%} {elapsed:5.1f}s {label:<40.40}")
            if fraction >= 1.0:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif label != self._last:
            print(f"{fraction:4.0%} {elapsed:5.1f}s {label}", file=sys.stderr, flush=True)
        self._last = label
