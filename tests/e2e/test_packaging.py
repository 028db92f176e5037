"""The packaged app (``make package``): runs the BUILT executable, not the source tree.

Skipped unless ``dist/exchange-explorer/exchange-explorer`` exists, so ``make test`` never
builds packages; ``make package-test`` runs the full set (the .deb too).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXE = ROOT / "dist" / "exchange-explorer" / "exchange-explorer"

pytestmark = pytest.mark.skipif(not EXE.exists(), reason="no built bundle (make package)")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),  # the first start's user data goes here, not into dist/
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(EXE), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )


def test_bundle_checks_its_own_database(tmp_path: Path) -> None:
    result = _run(tmp_path, "check", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["integrity"] == "ok"
    assert report["initiatives"] > 0


def test_bundle_renders_home(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "home.png"
    result = _run(tmp_path, "screenshot", "--page", "home", "--out", str(out), "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) >= 8, "the screenshot is blank"


def test_bundle_reports_a_damaged_database_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database\n" * 100)
    result = _run(tmp_path, "--db", str(bad), "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.sqlite" in result.stderr
