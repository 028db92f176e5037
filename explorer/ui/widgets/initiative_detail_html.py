"""Rich-text pieces of the initiative detail pane: highlighted text, links, figures.

Everything from the database is HTML-escaped; only our own markup is added.
"""

from __future__ import annotations

import html

from explorer.domain.initiative_detail import InitiativeDetail, Outcome, Participant
from explorer.domain.query import Query
from explorer.domain.search import highlight_ranges
from explorer.ui.i18n import format_count, format_number, tr
from explorer.ui.models.initiative_labels import is_rtl, modality_label, role_label
from explorer.ui.models.initiative_list import years_text

MARK_OPEN = '<span style="background-color:#fde68a; color:#17212b;">'
MARK_CLOSE = "</span>"
LINK_STYLE = "color:#0b5e57; text-decoration:none;"


def _t(text: str) -> str:
    return tr("InitiativeDetail", text)


def highlighted(query: Query | None, text: str, language: str = "") -> str:
    """``text`` as HTML with the query's words marked; right to left when the language is."""
    ranges = highlight_ranges(query, text) if query is not None and text else []
    parts: list[str] = []
    at = 0
    for start, end in ranges:
        parts.append(html.escape(text[at:start]))
        parts.append(MARK_OPEN + html.escape(text[start:end]) + MARK_CLOSE)
        at = end
    parts.append(html.escape(text[at:]))
    body = "".join(parts).replace("\n", "<br>")
    if is_rtl(language):
        return f'<div dir="rtl" align="right">{body}</div>'
    return body


def marked_count(query: Query | None, detail: InitiativeDetail) -> int:
    """How many places the query's words were found in the record's texts."""
    if query is None:
        return 0
    return sum(
        len(highlight_ranges(query, t)) for t in (detail.title, detail.summary, detail.description)
    )


def link(href: str, text: str) -> str:
    """An anchor the pane handles itself (``country:BRA``, ``initiative:12``)."""
    return f'<a href="{html.escape(href)}" style="{LINK_STYLE}">{html.escape(text)}</a>'


def participant_html(p: Participant) -> str:
    """A country as a link to its profile, with the organisation acting for it."""
    if p.iso3:
        text = link(f"country:{p.iso3}", p.name)
        if p.org_name and p.org_name != p.name:
            text += f' <span style="color:#52606d;">({html.escape(p.org_name)})</span>'
        return text
    return html.escape(p.org_name or p.source_name or p.name)


def participants_html(people: tuple[Participant, ...]) -> str:
    """Participants joined with the list separator; "not recorded" when there are none."""
    if not people:
        return f'<span style="color:#6b7785;">{html.escape(_t("not recorded"))}</span>'
    return html.escape(_t(", ")).join(participant_html(p) for p in people)


def other_roles_html(detail: InitiativeDetail) -> str:
    """Funders, implementers and facilitators, one role a line ("" when none)."""
    lines = []
    for role in ("funder", "implementer", "facilitator"):
        people = detail.by_role(role)
        if people:
            lines.append(f"<b>{html.escape(role_label(role))}</b>: {participants_html(people)}")
    return "<br>".join(lines)


def meta_line(detail: InitiativeDetail) -> str:
    """Years · modality · status · dataset record (plain text)."""
    parts = [
        years_text(detail.start_year, detail.end_year),
        modality_label(detail.modality) if detail.modality else "",
        detail.status,
    ]
    return _t(" · ").join(p for p in parts if p)


def outcome_html(o: Outcome) -> str:
    """ "<b>2,032</b> health workers trained (2005) — what it means"."""
    figure = f'<b style="color:#0b5e57;">{html.escape(format_number(o.quantity))}</b>'
    text = f"{figure} {html.escape(o.unit)}"
    if o.year is not None:
        text += f" ({o.year})"
    if o.description:
        text += f'<br><span style="color:#52606d;">{html.escape(o.description)}</span>'
    return text


def amount_text(detail: InitiativeDetail) -> str:
    """ "US$ 1,234,000" with its note, or ""."""
    if detail.amount_usd is None:
        return ""
    text = _t("US$ %1").replace("%1", format_count(round(detail.amount_usd)))
    return f"{text} ({detail.amount_note})" if detail.amount_note else text


def flow_text(detail: InitiativeDetail) -> str:
    """AidData's flow class, type and intent, when the source has them."""
    parts = [p for p in (detail.flow_class, detail.flow_type, detail.intent) if p]
    return _t(" · ").join(parts)
