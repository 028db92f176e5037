"""Out of process, as a screen reader: the real window's AT-SPI tree, every page and the
dialogs of the File and Help menus, 100% named."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DB = Path(os.environ.get("EXPLORER_TEST_DB", ROOT / "build" / "reference.sqlite"))


def _have_pyatspi() -> bool:
    if not Path("/usr/bin/python3").exists():
        return False
    return subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"],
                          capture_output=True, check=False).returncode == 0


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("xvfb-run")
                         and Path("/usr/libexec/at-spi-bus-launcher").exists()
                         and _have_pyatspi()),
                    reason="needs dbus, xvfb, at-spi2-core and python3-pyatspi "
                           "(scripts/system-deps.sh test)")
@pytest.mark.skipif(not DB.exists(), reason="needs the reference database")
def test_every_page_and_dialog_is_named_for_a_screen_reader(tmp_path: Path) -> None:
    out = tmp_path / "atspi.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "/usr/bin/python3",
         str(ROOT / "scripts" / "a11y_walk.py"), "--db", str(DB), "--json", str(out)],
        capture_output=True, text=True, timeout=300, env=env, check=False)
    assert out.exists(), result.stdout + result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    pages = {k: v for k, v in report.items() if not k.startswith("dialog: ")}
    dialogs = {k: v for k, v in report.items() if k.startswith("dialog: ")}
    assert len(pages) >= 10, report.keys()  # every page of the navigation list
    assert sum(p["interactive"] for p in pages.values()) > 50
    # the dialogs of the File and Help menus, opened through AT-SPI and walked from outside
    opened = " ".join(dialogs)
    for title in ("About Exchange Explorer", "Keyboard Shortcuts", "User Guide", "Import…"):
        assert f"dialog: {title} (" in opened, dialogs.keys()
    assert all(d["interactive"] >= 1 for d in dialogs.values()), dialogs
    unnamed = {page: p["unnamed"] for page, p in report.items() if p["unnamed"]}
    assert not unnamed, unnamed
    assert result.returncode == 0, result.stdout
