#!/usr/bin/python3
"""Walk the real window's AT-SPI tree from outside, as a screen reader (Orca) would.

Run with Debian's system python3 (python3-pyatspi), inside a D-Bus session under X:
    dbus-run-session -- xvfb-run -a /usr/bin/python3 scripts/a11y_walk.py --db DB [--json OUT]
It starts the AT-SPI bus, starts the app with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, selects
each page through the navigation list's AT-SPI selection, and reports the named and unnamed
interactive elements per page. Exit status 1 when any showing interactive element is unnamed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pyatspi

ROOT = Path(__file__).resolve().parents[1]
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
}
CONTAINERS = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
              pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU}


def find_app(name: str, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name.lower() in (app.name or "").lower():
                for j in range(app.childCount):
                    win = app.getChildAtIndex(j)
                    if win is not None and win.getRole() == pyatspi.ROLE_FRAME:
                        return win
        time.sleep(0.5)
    raise SystemExit(f"a11y: no window of {name!r} on the AT-SPI bus after {timeout:.0f} s")


def walk(node: object, out: list[dict[str, str]], depth: int = 0) -> None:
    if node is None or depth > 60:
        return
    states = node.getState()
    role = node.getRole()
    if os.environ.get("A11Y_DEBUG"):
        print("  " * depth, node.getRoleName(), repr(node.name),
              states.contains(pyatspi.STATE_SHOWING), node.childCount, file=sys.stderr)
    if not states.contains(pyatspi.STATE_VISIBLE):
        return
    if role in INTERACTIVE and states.contains(pyatspi.STATE_SHOWING):
        out.append({"role": node.getRoleName(), "name": (node.name or "").strip(),
                    "description": (node.description or "").strip()})
    if role in CONTAINERS:
        return  # rows and cells take their names from the model
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), out, depth + 1)


def find_nav(node: object, depth: int = 0) -> object | None:
    if node is None or depth > 12:
        return None
    if node.getRole() == pyatspi.ROLE_LIST and node.childCount >= 5:
        return node
    for i in range(node.childCount):
        hit = find_nav(node.getChildAtIndex(i), depth + 1)
        if hit is not None:
            return hit
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "build" / "reference.sqlite")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--json", type=Path, help="write the per-page report here")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args()
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               EXPLORER_DB=str(args.db), QT_QPA_PLATFORM="xcb")
    env.pop("QT_QPA_PLATFORM", None) if os.environ.get("DISPLAY") else None
    time.sleep(1.0)
    app = subprocess.Popen([args.python, "-m", "explorer", "--db", str(args.db)], env=env,
                           cwd=ROOT)
    report: dict[str, dict[str, object]] = {}
    try:
        window = find_app("explorer", args.timeout)
        nav = find_nav(window)
        if nav is None:
            raise SystemExit("a11y: no navigation list in the window")
        selection = nav.querySelection()
        for index in range(nav.childCount):
            page = nav.getChildAtIndex(index).name or str(index)
            selection.selectChild(index)
            # a keyboard user's way: focus the list, Home then Down to the page
            nav.queryComponent().grabFocus()
            pyatspi.Registry.generateKeyboardEvent(0xFF50, None, pyatspi.KEY_SYM)  # Home
            for _ in range(index):
                time.sleep(0.2)
                pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down
            time.sleep(3.0)  # the page loads in the background
            elements: list[dict[str, str]] = []
            walk(window, elements)
            unnamed = [e for e in elements if not e["name"]]
            report[page] = {"interactive": len(elements), "unnamed": unnamed}
            print(f"{page:<20} {len(elements):4d} interactive, {len(unnamed):3d} unnamed")
            for element in unnamed:
                print(f"    {element['role']}")
    finally:
        app.terminate()
        app.wait(10)
        bus.terminate()
    total = sum(int(p["interactive"]) for p in report.values())  # type: ignore[call-overload]
    missing = sum(len(p["unnamed"]) for p in report.values())  # type: ignore[arg-type]
    named = 100.0 * (total - missing) / total if total else 0.0
    print(f"a11y: {total} interactive elements on {len(report)} pages, {named:.1f}% named")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if missing or not report else 0


if __name__ == "__main__":
    sys.exit(main())
