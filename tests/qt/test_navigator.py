"""Pages reach each other through the context's navigator, never by importing each other."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from explorer.ui.main_window import MainWindow
from explorer.ui.pages import default_pages
from explorer.ui.pages.base import PageContext

ContextFactory = Callable[[Path], PageContext]
PAGES = Path(__file__).resolve().parents[2] / "explorer" / "ui" / "pages"
# A page's own helper modules (split from one page) are not other pages.
OWN_PARTS = {"initiatives": ("initiatives_",), "workspace": ("workspace_",)}


def test_the_window_binds_the_navigator(
    qtbot: QtBot, make_context: ContextFactory, small_db: Path
) -> None:
    context = make_context(small_db)
    assert not context.navigator.bound
    assert context.navigator.show("countries") is None  # unbound: nothing happens
    window = MainWindow(context, default_pages())
    qtbot.addWidget(window)
    window.start("home")
    assert context.navigator.bound
    shown = context.navigator.show("sources")
    assert shown is window.pages["sources"] and window.stack.currentWidget() is shown
    assert context.navigator.show("no-such-page") is None
    with qtbot.waitSignal(window.pages["sources"].data_shown, timeout=10_000, raising=False):
        pass
    context.navigator.open_country("BRA")
    assert window.stack.currentWidget() is window.pages["countries"]
    qtbot.waitUntil(lambda: window.pages["countries"].loaded, timeout=10_000)
    context.navigator.open_initiatives("Botswana")
    assert window.stack.currentWidget() is window.pages["initiatives"]
    qtbot.waitUntil(lambda: window.pages["initiatives"].loaded, timeout=10_000)
    context.runner.wait_for_done(10_000)


def test_no_page_imports_another_page() -> None:
    offenders = []
    for path in sorted(PAGES.glob("*.py")):
        me = path.stem
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:3] != ["explorer", "ui", "pages"] or len(parts) < 4:
                    continue
                other = parts[3]
                own = other == me or other == "base" or any(
                    other.startswith(p) for p in OWN_PARTS.get(me, ())) or any(
                    me.startswith(p) and other.startswith(p) for p in ("initiatives", "workspace"))
                if not own:
                    offenders.append(f"{me} imports {node.module}")
    assert offenders == []
