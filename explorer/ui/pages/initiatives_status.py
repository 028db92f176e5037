"""What the Initiatives page says about a result list: "1–25 of 5,466 shown", empty states."""

from __future__ import annotations

from collections.abc import Mapping

from explorer.domain.query import Query, parse
from explorer.jobs.initiatives import ListStart
from explorer.ui.i18n import format_count, tr
from explorer.ui.pages.initiatives_bar import ORDER_NAMES
from explorer.ui.widgets.initiative_chips import chip_label, query_clauses


def _t(text: str, n: int = -1) -> str:
    return tr("InitiativesPage", text, None, n)


def order_note(start: ListStart) -> str:
    """How the list is ordered, and why when it is not the order asked for."""
    if start.total <= 1:
        return ""
    if start.order == "relevance":
        if start.ranked:
            return _t("best match first")
        if not parse(start.text).groups:  # filters only, or nothing typed: nothing to rank
            return _t("newest start year first")
        return _t("too many to rank by relevance; newest start year first")
    return tr("SearchBar", ORDER_NAMES.get(start.order, start.order)).lower()


def status_text(start: ListStart, first: int, last: int) -> str:
    """ "Rows 1–25 of 5,466 shown · best match first"."""
    total = start.total
    if total == 0:
        return _t("No initiatives match.")
    if first < 0:
        shown = _t("%Ln initiative(s)", total)
    else:
        shown = _t("%1–%2 of %3 shown").replace("%1", format_count(first + 1))
        shown = shown.replace("%2", format_count(last + 1)).replace("%3", format_count(total))
    note = order_note(start)
    return f"{shown} · {note}" if note else shown


def empty_message(query: Query, names: Mapping[str, str]) -> tuple[str, str]:
    """Title and advice when nothing matches: which filters could be removed."""
    if query.is_empty:
        return _t("This database holds no initiatives."), _t(
            "Build the database from the public sources (exchange-explorer build-db)."
        )
    title = _t("No initiatives match this search.")
    clauses = query_clauses(query)
    if clauses:
        listed = _t(", ").join(chip_label(c, names) for c in clauses)
        return title, _t("Try removing a filter (click its ✕ above): %1.").replace("%1", listed)
    return title, _t(
        "Check the spelling, use fewer words, or try a word's beginning with * (agri*). "
        "Click ? for how to search."
    )
