"""Offscreen screenshots, the start-up probe, and the database problem message."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from explorer.ui.screenshot import ScreenshotError, render_page


def _distinct_colours(image: QImage, step: int = 17) -> int:
    xs = range(0, image.width(), step)
    ys = range(0, image.height(), step)
    return len({image.pixel(x, y) for x in xs for y in ys})


@pytest.mark.parametrize("page", ["home", "sources"])
def test_screenshot_is_a_png_of_the_right_size(
    qtbot: QtBot, small_db: Path, tmp_path: Path, page: str
) -> None:
    out = tmp_path / f"{page}.png"
    render_page(small_db, page, out, (1280, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert _distinct_colours(image) > 10


def test_screenshot_of_an_unknown_page(qtbot: QtBot, small_db: Path, tmp_path: Path) -> None:
    with pytest.raises(ScreenshotError, match="unknown page"):
        render_page(small_db, "nowhere", tmp_path / "x.png", (800, 600))


def _run_probe(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EXPLORER_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # keep QSettings away from the user's
    code = "import sys; from pathlib import Path; from explorer.app import run_gui; " \
        f"sys.exit(run_gui(Path({str(db)!r})))"
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_startup_probe_prints_one_line_and_exits_zero(small_db: Path, tmp_path: Path) -> None:
    done = _run_probe(small_db, tmp_path)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"painted \d+\.\d+\n", done.stdout)


def test_startup_probe_with_a_broken_database_fails(tmp_path: Path) -> None:
    bad = tmp_path / "reference.sqlite"
    bad.write_bytes(b"this is not sqlite at all")
    done = _run_probe(bad, tmp_path)
    assert done.returncode == 1
    assert "file is not a database" in done.stderr
    assert "Traceback" not in done.stderr
