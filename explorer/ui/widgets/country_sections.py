"""The text of a profile's sections as rich text: header facts, cooperation, trade,
students and the brief. Links are made by the caller's ``link`` function, which records
what a click should ask for (a search of initiatives, or another country)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from explorer.domain.countries import (
    BriefMentions,
    CooperationFacts,
    GroupMembership,
    ProfileHeader,
    StudentFacts,
    StudentPartner,
    TradeFacts,
)
from explorer.domain.sources import DatasetInfo
from explorer.ui.i18n import format_year, tr
from explorer.ui.widgets.country_format import INCOME_COLOURS, income_name, no_data, number_text

Link = Callable[[str, Sequence[int]], str]  # (search query, initiative ids) -> href
CTX = "CountrySections"
LANG_NAMES = {
    "ar": QT_TRANSLATE_NOOP("CountrySections", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("CountrySections", "Chinese"),
    "fr": QT_TRANSLATE_NOOP("CountrySections", "French"),
    "es": QT_TRANSLATE_NOOP("CountrySections", "Spanish"),
    "ru": QT_TRANSLATE_NOOP("CountrySections", "Russian"),
    "pt": QT_TRANSLATE_NOOP("CountrySections", "Portuguese"),
}
FSI, PDI = "\u2068", "\u2069"  # isolate a name's direction from the text around it
SHOWN = 6
WB_KINDS = ("wb_region", "wb_income", "wb_lending", "wb_aggregate")


def _a(href: str, text: str) -> str:
    return f'<a href="{escape(href)}" style="color:#0b5e57">{escape(text)}</a>'


def _muted(text: str) -> str:
    return f'<span style="color:#52606d">{escape(text)}</span>'


def _count(n: float) -> str:
    return QLocale().toString(round(n))


def local_names(header: ProfileHeader) -> list[tuple[str, str]]:
    """(language name, name) for each stored language but English, official name first."""
    out = []
    for lang, lang_name in LANG_NAMES.items():
        mine = [n for n in header.names if n.lang == lang]
        mine.sort(key=lambda n: ("official", "short", "alias", "formal").index(n.kind)
                  if n.kind in ("official", "short", "alias", "formal") else 9)  # fmt: skip
        if mine:
            out.append((tr(CTX, str(lang_name)), FSI + mine[0].name + PDI))
    return out


def membership_text(m: GroupMembership) -> str:
    """ "BRICS (2006)" or "Group of 77" without a known year."""
    name = m.code if len(m.name) > 40 and len(m.code) <= 6 else m.name
    if m.year_joined is None:
        return name
    return tr(CTX, "%1 (joined %2)").replace("%1", name).replace("%2", format_year(m.year_joined))


def header_html(header: ProfileHeader) -> str:
    """Region, income group, status, names in other languages and memberships."""
    c = header.country
    flags = [f for f, on in (("LDC", c.is_ldc), ("LLDC", c.is_lldc), ("SIDS", c.is_sids)) if on]
    facts = [c.iso3, c.wb_region or tr(CTX, "no region"), income_name(c.income_group), *flags]
    lines = [escape(" · ".join(facts))]
    names = local_names(header)
    if names:
        lines.append(" · ".join(f"{_muted(lang)} <span>{escape(n)}</span>" for lang, n in names))
    groups = [m for m in header.memberships if m.kind not in WB_KINDS and m.kind != "curated"]
    if groups:
        lines.append(_muted(tr(CTX, "Member of:")) + " "
                     + escape(" · ".join(membership_text(m) for m in groups)))  # fmt: skip
    return "<br>".join(lines)


def income_legend_html() -> str:
    """Coloured squares naming the income groups of the timeline strip."""
    parts = [
        f'<span style="color:{colour}">■</span> {escape(income_name(code))}'
        for code, colour in INCOME_COLOURS.items()
    ]
    parts.append(f'<span style="color:#d5d9de">■</span> {escape(income_name(None))}')
    return "&nbsp;&nbsp;".join(parts)


def cooperation_html(coop: CooperationFacts, iso3: str, link: Link) -> str:
    """Total, top sectors and top partners, each a link to the initiatives behind it."""
    if coop.total == 0:
        return _muted(tr(CTX, "No initiatives recorded in this role."))
    role = coop.role
    other = "recipient" if role == "provider" else "provider"
    total = tr(CTX, "%n initiative(s)", "", coop.total)
    lines = [f"<b>{_a(link(f'{role}:{iso3}', coop.initiative_ids), total)}</b>"]
    sectors = [
        _a(link(f'{role}:{iso3} sector:"{g.label}"', g.initiative_ids), g.label)
        + f" {_muted(_count(g.count))}"
        for g in coop.by_sector[:SHOWN]
    ]
    if sectors:
        lines.append(_muted(tr(CTX, "By sector:")) + " " + " · ".join(sectors))
    partners = [
        _a(link(f"{role}:{iso3} {other}:{g.key}" if len(g.key) == 3 else f"{role}:{iso3}",
                g.initiative_ids), g.label) + f" {_muted(_count(g.count))}"
        for g in coop.by_partner[:SHOWN]
    ]  # fmt: skip
    if partners:
        lines.append(_muted(tr(CTX, "Partners:")) + " " + " · ".join(partners))
    return "<br>".join(lines)


def trade_html(trade: TradeFacts, datasets: Mapping[str, DatasetInfo]) -> str:
    """Latest share to developing economies and the top partners of the latest year."""
    if not trade.developing_share and not trade.top_partners:
        return _muted(tr(CTX, "No trade data: %1").replace("%1", no_data()))
    lines = []
    if trade.developing_share:
        last = trade.developing_share[-1]
        pct = QLocale().toString(last.share_pct, "f", 1) + QLocale().percent()
        lines.append(
            tr(CTX, "%1 of exports went to developing economies in %2.")
            .replace("%1", f"<b>{pct}</b>")
            .replace("%2", format_year(last.year))
        )
    if trade.top_partners and trade.partners_year is not None:
        head = tr(CTX, "Top partners, %1 (US$ millions, exports / imports):").replace(
            "%1", format_year(trade.partners_year)
        )
        rows = [
            f"{escape(p.name)} {_muted(_musd(p.exports_musd) + ' / ' + _musd(p.imports_musd))}"
            for p in trade.top_partners[:SHOWN]
        ]
        lines.append(_muted(head) + "<br>" + " · ".join(rows))
    info = datasets.get(trade.dataset)
    lines.append(_source(info.publisher + " — " + info.name if info else trade.dataset))
    return "<br>".join(lines)


def _musd(value: float | None) -> str:
    return no_data() if value is None else QLocale().toString(value, "f", 0)


def _source(text: str) -> str:
    line = escape(tr(CTX, "Source: %1").replace("%1", text))
    return f'<span style="color:#6b7785; font-size:9pt">{line}</span>'


def _partners(items: Sequence[StudentPartner], link_country: Callable[[str], str]) -> str:
    shown = [
        (_a(link_country(p.iso3), p.name) if p.iso3 else escape(p.name))
        + f" {_muted(_count(p.students))}"
        for p in items[:SHOWN]
    ]
    return " · ".join(shown)


def students_html(
    st: StudentFacts, datasets: Mapping[str, DatasetInfo], link_country: Callable[[str], str]
) -> str:
    """Inbound total, top destinations of the country's students and top origins."""
    lines = []
    known = [p for p in st.inbound if p.value is not None]
    if known:
        last = known[-1]
        lines.append(tr(CTX, "Inbound internationally mobile students: %1 (%2)")
                     .replace("%1", f"<b>{number_text(last.value or 0)}</b>")
                     .replace("%2", format_year(last.year)))  # fmt: skip
    else:
        lines.append(tr(CTX, "Inbound students: %1").replace("%1", no_data()))
    if st.outbound and st.outbound_year is not None:
        lines.append(
            _muted(
                tr(CTX, "Where its students go (%1):").replace("%1", format_year(st.outbound_year))
            )
            + " "
            + _partners(st.outbound, link_country)
        )
    if st.inbound_origins and st.inbound_year is not None:
        head = tr(CTX, "Where its students come from (%1):")
        lines.append(_muted(head.replace("%1", format_year(st.inbound_year))) + " "
                     + _partners(st.inbound_origins, link_country))  # fmt: skip
    names = [datasets[k].publisher for k in (st.inbound_dataset, st.flows_dataset) if k in datasets]
    lines.append(_source(", ".join(dict.fromkeys(names)) or st.inbound_dataset))
    return "<br>".join(lines)


def brief_html(brief: BriefMentions, name: str, iso3: str, link: Link) -> str:
    """Whether the brief names the country as a provider, and its cases."""
    lines = []
    if brief.named_provider:
        lines.append(
            tr(CTX, "The brief names %1 among the providers of technical cooperation.").replace(
                "%1", escape(name)
            )
        )
    else:
        absent = tr(CTX, "The brief does not list %1 as a provider.")
        lines.append(_muted(absent.replace("%1", name)))
    for ref in brief.initiatives:
        lines.append("• " + _a(link(f"source:brief country:{iso3}", (ref.id,)), ref.title))
    if not brief.initiatives:
        lines.append(_muted(tr(CTX, "None of the brief's cases involves it.")))
    return "<br>".join(lines)
