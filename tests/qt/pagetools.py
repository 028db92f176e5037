"""Helpers for page tests: build a page over a database and wait until it has loaded."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from explorer.ui.pages.base import Page

P = TypeVar("P", bound=Page)


def load(qtbot: QtBot, page: P, timeout: int = 60_000) -> P:
    """Activate ``page`` and wait for ``data_shown`` (fails on ``load_failed``)."""
    qtbot.addWidget(page)
    failures: list[str] = []
    page.load_failed.connect(failures.append)
    with qtbot.waitSignals([page.data_shown], timeout=timeout, raising=False) as blocker:
        page.activate()
    assert not failures, failures
    assert blocker.signal_triggered, "page did not load"
    return page


def label_texts(widget: QWidget) -> list[str]:
    """The text of every visible-or-not label under ``widget``, in creation order."""
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]
