"""The kiosk never writes the user's workspace: every note editor and chart star of a page it
hosts is hidden and switched off (``set_read_only``) before the page is first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from explorer.ui.widgets.add_to_collection import AddToCollectionButton, AddToCollectionMenu
from explorer.ui.widgets.chart_star import ChartStar
from explorer.ui.widgets.note_editor import NoteEditor


def keep_workspace_read_only(root: QWidget) -> int:
    """Switch off every note editor and chart star under ``root``; how many there were."""
    found: list[NoteEditor | ChartStar | AddToCollectionButton | AddToCollectionMenu] = [
        *root.findChildren(NoteEditor), *root.findChildren(ChartStar),
        *root.findChildren(AddToCollectionButton), *root.findChildren(AddToCollectionMenu),
    ]  # fmt: skip
    for widget in found:
        widget.set_read_only()
    return len(found)
