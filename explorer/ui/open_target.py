"""Open what a stable key names, where it lives: a country's profile, an initiative in the
Initiatives page's detail, a chart on its page, a note in the Workspace.

Used by the links inside notes. The initiative's current row id is looked up on the runner
(the GUI thread never reads the database); a key a data update removed is reported through
``on_missing`` with its key, so the user hears why nothing opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from explorer.domain.keys import classify
from explorer.jobs import workspace as jobs

if TYPE_CHECKING:
    from explorer.ui.pages.base import PageContext
    from explorer.ui.widgets.note_editor import NoteEditor

JOB = "OpenTarget"


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenTarget", text)


def open_target(context: PageContext, key: str,
                on_missing: Callable[[str], object] | None = None) -> None:  # fmt: skip
    """Show what ``key`` names; ``on_missing(message)`` when it names nothing now."""
    try:
        target = classify(key)
    except ValueError:
        if on_missing is not None:
            on_missing(tr("Not a key: %1").replace("%1", key))
        return
    navigator = context.navigator
    if target.kind == "country":
        navigator.open_country(target.key)
    elif target.kind == "initiative":

        def opened(found: object) -> None:
            if isinstance(found, int):
                navigator.open_initiatives("", [found])
            elif on_missing is not None:
                on_missing(tr("No longer in the data: %1").replace("%1", key))

        context.runner.submit(JOB, jobs.initiative_id, context.database, target.key,
                              on_done=opened)  # fmt: skip
    elif target.kind == "chart":
        if not navigator.show_chart(target.key) and on_missing is not None:
            on_missing(tr("No page shows this chart: %1").replace("%1", key))
    else:  # a note or an indicator: the Workspace lists them
        navigator.show("workspace")


# Which page draws each chart kind (the kinds of explorer.ui.charts.render.ChartRequest).
CHART_PAGES = {
    "trade-share": "trade", "trade-values": "trade", "brief": "trade", "partners": "trade",
    "bilateral": "trade", "matrix": "trade",
    "network": "cooperation", "over-time": "cooperation", "region-pairs": "cooperation",
    "bubbles": "bubbles", "map": "map",
}  # fmt: skip


def follow_note_links(editor: NoteEditor, context: PageContext) -> NoteEditor:
    """Open each key ``editor``'s note links to; a gone target is said in the editor."""
    editor.target_activated.connect(lambda key: open_target(context, key, editor.say))
    return editor
