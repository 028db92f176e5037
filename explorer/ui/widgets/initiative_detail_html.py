"""Rich-text pieces of the initiative detail pane: highlighted text, links, figures.

Everything from the database is HTML-escaped; only our own markup is added.
"""

from __future__ import annotations

import html

from explorer.domain.initiative_detail import InitiativeDetail, Outcome, Participant, SectorTag
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


def sector_html(tag: SectorTag) -> str:
    """One sector of the pane: its name, its DAC code, and where it came from ("inferred from
    the word 'malária' in the title", "from the source's label 'Saúde'")."""
    name = html.escape(tag.name)
    if tag.scheme != "dac":
        return name
    text = f"{name} ({html.escape(tag.code)})" if tag.code else name
    if tag.origin == "inferred" and tag.rule:
        where = _t("the title") if tag.rule_field == "title" else _t("the description")
        kind = _t("phrase") if " " in tag.rule.strip() else _t("word")
        why = _t("sector inferred from the %1 “%2” in %3")
        why = why.replace("%1", kind).replace("%3", where).replace("%2", tag.rule)
    elif tag.origin == "crosswalk" and tag.rule:
        why = _t("from the source’s label “%1”").replace("%1", tag.rule)
    elif tag.origin == "source":
        why = _t("given by the source")
    else:
        return text
    return f'{text} <span style="color:#52606d;">— {html.escape(why)}</span>'


def sectors_html(detail: InitiativeDetail) -> str:
    """Every sector, one a line: DAC sectors first with their origin, then the source's own
    labels and themes (kept visible), without repeats."""
    dac = [t for t in detail.sectors if t.scheme == "dac"]
    own = [t for t in detail.sectors if t.scheme != "dac"]
    lines = list(dict.fromkeys(sector_html(t) for t in dac))
    labels = list(dict.fromkeys(t.name for t in own))
    if detail.theme and detail.theme not in labels and detail.theme not in {t.name for t in dac}:
        labels.append(detail.theme)
    if labels:
        joined = _t(", ").join(labels)
        lines.append(html.escape(_t("The source’s own: %1").replace("%1", joined)))
    return "<br>".join(lines)


def reversed_years_text(detail: InitiativeDetail) -> str:
    """A flag for a year range the source gives end before start (AidData's "2011-2010"),
    shown as given; "" otherwise. Sorting and year filters read such a range as 2010-2011."""
    start, end = detail.start_year, detail.end_year
    if start is None or end is None or end >= start:
        return ""
    flag = _t("%1, as the source gives it: its end year is before its start year")
    return flag.replace("%1", years_text(start, end))


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
