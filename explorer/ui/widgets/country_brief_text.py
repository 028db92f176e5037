"""The brief's words as plain text lines (the PDF draws them; tests read them back)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale

from explorer.domain.countries import (
    CooperationFacts,
    ProfileFacts,
    ProfileHeader,
    StudentFacts,
    StudentPartner,
    TradeFacts,
)
from explorer.domain.sources import DatasetInfo
from explorer.jobs.countries import Profile
from explorer.ui.i18n import format_year, tr
from explorer.ui.widgets.country_format import (
    figure_text,
    income_name,
    no_data,
    number_text,
    rank_text,
    source_text,
    trend_text,
)
from explorer.ui.widgets.country_sections import WB_KINDS, local_names, membership_text

CTX = "CountryBrief"
TOP = 5


def header_lines(header: ProfileHeader) -> list[str]:
    """Region and income group, names in other languages, memberships."""
    c = header.country
    flags = [f for f, on in (("LDC", c.is_ldc), ("LLDC", c.is_lldc), ("SIDS", c.is_sids)) if on]
    lines = [" · ".join([c.iso3, c.wb_region or tr(CTX, "no region"),
                         income_name(c.income_group), *flags])]  # fmt: skip
    names = local_names(header)
    if names:
        lines.append(" · ".join(f"{lang}: {name}" for lang, name in names))
    groups = [m for m in header.memberships if m.kind not in (*WB_KINDS, "curated")]
    if groups:
        lines.append(tr(CTX, "Member of: %1").replace(
            "%1", " · ".join(membership_text(m) for m in groups)))  # fmt: skip
    return lines


def indicator_rows(profile: Profile) -> list[tuple[str, ...]]:
    """Name, latest (year), trend, rank in region, rank in income group, source."""
    return [
        (
            ki.latest.name,
            figure_text(ki.latest) + ("\n" + trend_text(ki.trend) if ki.trend else ""),
            "",
            rank_text(ki.region_rank),
            rank_text(ki.income_rank),
            source_text(ki.latest.dataset, profile.datasets),
        )
        for ki in profile.facts.indicators
    ]


def _coop(c: CooperationFacts) -> str:
    head = (tr(CTX, "As provider: %n initiative(s)", "", c.total) if c.role == "provider"
            else tr(CTX, "As recipient: %n initiative(s)", "", c.total))  # fmt: skip
    if c.total == 0:
        return head
    sectors = ", ".join(f"{g.label} ({g.count})" for g in c.by_sector[:TOP])
    partners = ", ".join(f"{g.label} ({g.count})" for g in c.by_partner[:TOP])
    return (
        head
        + ". "
        + tr(CTX, "Sectors: %1. Partners: %2.")
        .replace("%1", sectors)
        .replace("%2", partners or no_data())
    )


def cooperation_lines(facts: ProfileFacts) -> list[str]:
    """Cooperation as provider and recipient, and what the brief says."""
    lines = [_coop(facts.as_provider), _coop(facts.as_recipient)]
    name = facts.header.country.name
    if facts.brief.named_provider:
        lines.append(tr(CTX, "The brief names %1 among the providers of technical cooperation.")
                     .replace("%1", name))  # fmt: skip
    for ref in facts.brief.initiatives:
        lines.append(tr(CTX, "Case in the brief: %1").replace("%1", ref.title))
    return lines


def trade_lines(trade: TradeFacts, datasets: Mapping[str, DatasetInfo]) -> list[str]:
    """Share of exports to developing economies and the top partners."""
    if not trade.developing_share and not trade.top_partners:
        return [tr(CTX, "Trade: %1").replace("%1", no_data())]
    lines = []
    if trade.developing_share:
        last = trade.developing_share[-1]
        pct = QLocale().toString(last.share_pct, "f", 1) + QLocale().percent()
        lines.append(tr(CTX, "%1 of exports went to developing economies in %2.")
                     .replace("%1", pct).replace("%2", format_year(last.year)))  # fmt: skip
    if trade.top_partners and trade.partners_year is not None:
        partners = ", ".join(
            f"{p.name} ({number_text((p.exports_musd or 0) + (p.imports_musd or 0))})"
            for p in trade.top_partners[:TOP]
        )
        lines.append(
            tr(CTX, "Top partners in %1 (exports plus imports, US$ millions): %2")
            .replace("%1", format_year(trade.partners_year))
            .replace("%2", partners)
        )
    lines.append(tr(CTX, "Source: %1").replace("%1", source_text(trade.dataset, datasets)))
    return lines


def _people(items: tuple[StudentPartner, ...]) -> str:
    loc = QLocale()
    return ", ".join(f"{p.name} ({loc.toString(round(p.students))})" for p in items[:TOP])


def student_lines(st: StudentFacts) -> list[str]:
    """Inbound total and top partners."""
    known = [p for p in st.inbound if p.value is not None]
    if known:
        last = known[-1]
        lines = [
            tr(CTX, "Inbound internationally mobile students: %1 (%2)")
            .replace("%1", number_text(last.value or 0))
            .replace("%2", format_year(last.year))
        ]
    else:
        lines = [tr(CTX, "Inbound students: %1").replace("%1", no_data())]
    if st.outbound:
        lines.append(tr(CTX, "Its students go to: %1").replace("%1", _people(st.outbound)))
    if st.inbound_origins:
        lines.append(
            tr(CTX, "Its students come from: %1").replace("%1", _people(st.inbound_origins))
        )
    return lines


def source_rows(profile: Profile) -> list[tuple[str, str]]:
    """(name, publisher · licence · version) of every dataset the brief cites."""
    f = profile.facts
    keys = [f.header.dataset, *(k.latest.dataset for k in f.indicators), f.trade.dataset,
            f.students.inbound_dataset, f.students.flows_dataset,
            *(m.dataset for m in f.header.memberships)]  # fmt: skip
    if f.header.income_history:
        keys.append("wb-class-history")
    if f.brief.initiatives or f.brief.named_provider:
        keys.append("brief")
    rows = []
    for key in dict.fromkeys(keys):
        info = profile.datasets.get(key)
        if info is not None:
            detail = " · ".join(x for x in (info.publisher, info.licence, info.version) if x)
            rows.append((info.name, detail))
    return rows
