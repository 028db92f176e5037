"""The Workspace page's entries as display rows (titles, first lines, tags, local dates)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from explorer.jobs.workspace_page import (
    BookmarkEntry,
    CollectionEntry,
    Item,
    NoteEntry,
    SearchEntry,
)
from explorer.ui.i18n import format_count
from explorer.ui.pages.workspace_models import Row, absent_title, format_when, tr

KINDS: dict[str, str] = {
    "initiative": str(QT_TRANSLATE_NOOP("Workspace", "Initiative")),
    "country": str(QT_TRANSLATE_NOOP("Workspace", "Country")),
    "chart": str(QT_TRANSLATE_NOOP("Workspace", "Chart")),
    "indicator": str(QT_TRANSLATE_NOOP("Workspace", "Indicator")),
    "note": str(QT_TRANSLATE_NOOP("Workspace", "Note")),
}
FIRST_LINE = 160  # characters of a note shown in its row (the preview shows all of it)


def kind_label(kind: str) -> str:
    """What kind of target ``kind`` is, in the user's language."""
    return tr(KINDS[kind]) if kind in KINDS else kind


def item_title(item: Item | None) -> str:
    """The title a row shows: marked when the target is gone; free-standing notes say so."""
    if item is None:
        return tr("Free-standing note")
    return item.title if item.present else absent_title(item.title)


def first_line(text: str) -> str:
    """The first non-empty line of a note, cut to ``FIRST_LINE`` characters."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= FIRST_LINE else line[: FIRST_LINE - 1] + "…"


def note_row(n: NoteEntry) -> Row:
    """A note: target, first line, tags, updated."""
    title = item_title(n.item)
    tags = ", ".join(n.tags)
    return Row(
        (title, first_line(n.text), tags, format_when(n.updated_at)),
        (title, n.text, tags, n.updated_at),
        n,
        search=f"{title}\n{n.text}\n{tags}",
        tags=n.tags,
        absent=n.item is not None and not n.item.present,
    )


def bookmark_row(b: BookmarkEntry) -> Row:
    """A bookmark: target, kind, tags, starred."""
    title = item_title(b.item)
    tags = ", ".join(b.tags)
    return Row(
        (title, kind_label(b.item.kind), tags, format_when(b.created_at)),
        (title, kind_label(b.item.kind), tags, b.created_at),
        b,
        search=f"{title}\n{b.item.key}\n{tags}",
        tags=b.tags,
        absent=not b.item.present,
    )


def collection_row(c: CollectionEntry) -> Row:
    """A collection: name and size."""
    titles = "\n".join(i.title for i in c.items)
    return Row(
        (c.name, format_count(len(c.items))),
        (c.name, len(c.items)),
        c,
        search=f"{c.name}\n{c.description}\n{titles}",
    )


def item_row(item: Item) -> Row:
    """One target of a collection: title and kind (kept in the collection's order)."""
    title = item_title(item)
    return Row((title, kind_label(item.kind)), (title, item.kind), item, search=title,
               absent=not item.present)


def tag_row(tag: str, n: int) -> Row:
    """A tag and how many notes and bookmarks carry it."""
    return Row((tag, format_count(n)), (tag, n), tag, search=tag, tags=(tag,))


def search_row(q: SearchEntry) -> Row:
    """A saved search: its name, its text in the search language, when it was saved."""
    return Row((q.name, q.query, format_when(q.created_at)), (q.name, q.query, q.created_at),
               q, search=f"{q.name}\n{q.query}")
