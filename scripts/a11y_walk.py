#!/usr/bin/python3
"""Walk the real window's AT-SPI tree from outside, as a screen reader (Orca) would.

Run with Debian's system python3 (python3-pyatspi), inside a D-Bus session under X:
    dbus-run-session -- xvfb-run -a /usr/bin/python3 scripts/a11y_walk.py --db DB [--json OUT]
It starts the AT-SPI bus, starts the app with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, selects
each page through the navigation list's AT-SPI selection, then opens each dialog of the File
and Help menus from the keyboard, and reports the named and unnamed interactive elements per
page and per dialog. Exit status 1 when any showing interactive element is unnamed.
"""

from __future__ import annotations

import argparse
import contextlib
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


def key(keysym: int) -> None:
    """A key press from outside, as a keyboard sends it."""
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def app_of(window: object) -> object:
    return window.getApplication() if hasattr(window, "getApplication") else window.parent


def other_windows(window: object) -> list[object]:
    """The application's showing top-level windows other than the main one (dialogs)."""
    # (the main window's AT-SPI path is not stable, so dialogs are told by their role, or by
    # a frame's other name)
    app, out = app_of(window), []
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        role = child.getRole()
        if role in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FILE_CHOOSER, pyatspi.ROLE_ALERT) or (
                role in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW) and child.name != window.name):
            out.append(child)
    return out


def find_role(node: object, role: object, depth: int = 0) -> object | None:
    """The first node of ``role`` under ``node`` (breadth-first is not needed: it is shallow)."""
    if node is None or depth > 6:
        return None
    if node.getRole() == role:
        return node
    for i in range(node.childCount):
        hit = find_role(node.getChildAtIndex(i), role, depth + 1)
        if hit is not None:
            return hit
    return None


def menu_dialogs(window: object) -> list[tuple[object, int, str]]:
    """(item, position among its menu's enabled items, item name) for each File and
    Help item that may open a dialog: not Quit, and not the View menu's toggles."""
    out: list[tuple[object, int, str]] = []
    deadline = time.monotonic() + 20.0
    bar = find_role(window, pyatspi.ROLE_MENU_BAR)
    while bar is None and time.monotonic() < deadline:  # built once the first page showed
        time.sleep(0.5)
        bar = find_role(window, pyatspi.ROLE_MENU_BAR)
    if bar is None:
        return out
    for m in range(bar.childCount):
        title = bar.getChildAtIndex(m)
        if title is None or (title.name or "")[:1].lower() not in ("f", "h"):
            continue
        menu = title.getChildAtIndex(0) if title.childCount else None  # its popup menu
        if menu is None:
            continue
        position = 0
        for i in range(menu.childCount):
            item = menu.getChildAtIndex(i)
            if item is None or item.getRole() == pyatspi.ROLE_SEPARATOR:
                continue
            if not item.getState().contains(pyatspi.STATE_ENABLED):
                continue
            name = (item.name or "").strip()
            if name and not name.lower().startswith(("quit", "exit")):
                out.append((item, position, name))
            position += 1
    return out


def walk_dialogs(window: object) -> dict[str, dict[str, object]]:
    """Open each dialog the File and Help menus offer (each item's AT-SPI action), walk its
    tree and close it with Escape from the keyboard."""
    report: dict[str, dict[str, object]] = {}
    items = menu_dialogs(window)
    print(f"a11y: {len(items)} menu items to try: {', '.join(n for _, _, n in items)}")
    for item, _position, name in items:
        # The item's own action, as a screen reader's "activate" does. A modal dialog keeps
        # the call from returning until it closes: the call times out and the walk goes on.
        with contextlib.suppress(Exception):  # the timeout of a call the dialog holds open
            item.queryAction().doAction(0)
        deadline, opened = time.monotonic() + 6.0, []
        while time.monotonic() < deadline and not opened:
            time.sleep(0.5)
            opened = other_windows(window)
        if not opened:
            key(0xFF1B)  # a page change, or the menu left open
            continue
        time.sleep(1.0)  # the dialog fills in
        for dialog in opened:
            elements: list[dict[str, str]] = []
            walk(dialog, elements)
            unnamed = [e for e in elements if not e["name"]]
            label = f"dialog: {name} ({dialog.name or dialog.getRoleName()})"
            report[label] = {"interactive": len(elements), "unnamed": unnamed}
            print(f"{label:<50} {len(elements):4d} interactive, {len(unnamed):3d} unnamed")
            for element in unnamed:
                print(f"    {element['role']}")
        for _ in range(3):  # a file chooser first, then what it leads to
            if not other_windows(window):
                break
            key(0xFF1B)  # Escape
            time.sleep(1.0)
    return report


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
    parser.add_argument("--no-dialogs", action="store_true", help="walk the pages only")
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
        if not args.no_dialogs:
            report.update(walk_dialogs(window))
    finally:
        app.terminate()
        app.wait(10)
        bus.terminate()
    total = sum(int(p["interactive"]) for p in report.values())  # type: ignore[call-overload]
    missing = sum(len(p["unnamed"]) for p in report.values())  # type: ignore[arg-type]
    named = 100.0 * (total - missing) / total if total else 0.0
    print(f"a11y: {total} interactive elements on {len(report)} pages and dialogs, "
          f"{named:.1f}% named")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if missing or not report else 0


if __name__ == "__main__":
    sys.exit(main())
