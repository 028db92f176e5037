"""The full record of one initiative, its related initiatives, and export extras.

Portable SQL only (no FTS): joins over ids and codes that any SQL database runs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import desc, func, select

from explorer.domain.initiative_detail import (
    ExportExtra,
    InitiativeDetail,
    Link,
    Outcome,
    Participant,
    RelatedInitiative,
    SectorTag,
    SourceRef,
)
from explorer.store.models import (
    Country,
    CountryGroup,
    Dataset,
    Initiative,
    InitiativeLink,
    InitiativeOutcome,
    InitiativeParticipant,
    InitiativeSector,
    InitiativeSource,
)
from explorer.store.queries.search_filters import Db

RELATED_LIMIT = 8
ROLE_ORDER = ("provider", "recipient", "funder", "implementer", "facilitator")


def initiative_detail(db: Db, initiative_id: int) -> InitiativeDetail | None:
    """Everything stored about ``initiative_id`` (related initiatives excepted), or None."""
    i = Initiative
    row = db.execute(select(i).where(i.id == initiative_id)).scalars().first()
    if row is None:
        return None
    p = InitiativeParticipant
    people = [
        Participant(role, iso3, name or org or iso3 or "", org, source_name or "")
        for role, iso3, org, source_name, name in db.execute(
            select(p.role, p.iso3, p.org_name, p.source_name, Country.name)
            .outerjoin(Country, Country.iso3 == p.iso3)
            .where(p.initiative_id == initiative_id)
            .order_by(p.id)
        )
    ]
    people.sort(key=lambda x: ROLE_ORDER.index(x.role) if x.role in ROLE_ORDER else 99)
    s, o, k = InitiativeSector, InitiativeOutcome, InitiativeLink
    sectors = tuple(
        SectorTag(scheme, code, name, origin, rule, field)
        for scheme, code, name, origin, rule, field in db.execute(
            select(s.scheme, s.code, s.name, s.origin, s.rule, s.rule_field)
            .where(s.initiative_id == initiative_id)
            .order_by(s.id)
        )
    )
    outcomes = tuple(
        Outcome(float(q), unit, text or "", year)
        for q, unit, text, year in db.execute(
            select(o.quantity, o.unit, o.description, o.year)
            .where(o.initiative_id == initiative_id)
            .order_by(o.id)
        )
    )
    links = tuple(
        Link(url, label or "")
        for url, label in db.execute(
            select(k.url, k.label).where(k.initiative_id == initiative_id).order_by(k.id)
        )
    )
    return InitiativeDetail(
        id=row.id, title=row.title, summary=row.summary or "",
        description=row.description or "", language=row.language or "",
        modality=row.modality or "", theme=row.theme or "", start_year=row.start_year,
        end_year=row.end_year, status=row.status or "", flow_class=row.flow_class,
        flow_type=row.flow_type, intent=row.intent, amount_usd=row.amount_usd,
        amount_note=row.amount_note or "", source_record_id=row.source_record_id,
        participants=tuple(people), sectors=sectors, outcomes=outcomes, links=links,
        sources=_sources(db, row.id, row.dataset_id),
    )  # fmt: skip


def _sources(db: Db, initiative_id: int, dataset_id: int) -> tuple[SourceRef, ...]:
    """The record's cited sources; its dataset when it cites none of its own."""
    d, src = Dataset, InitiativeSource
    cols = (d.key, d.name, d.publisher, d.licence, d.url, d.citation)
    refs = [
        SourceRef(key, name, pub, lic, url, loc or "", cit or dcit)
        for key, name, pub, lic, url, dcit, loc, cit in db.execute(
            select(*cols, src.locator, src.citation)
            .join(src, src.dataset_id == d.id)
            .where(src.initiative_id == initiative_id)
            .order_by(src.id)
        )
    ]
    if not refs:
        for key, name, pub, lic, url, dcit in db.execute(select(*cols).where(d.id == dataset_id)):
            refs.append(SourceRef(key, name, pub, lic, url, "", dcit))
    return tuple(refs)


def related_initiatives(
    db: Db, initiative_id: int, *, limit: int = RELATED_LIMIT
) -> tuple[RelatedInitiative, ...]:
    """Initiatives sharing the most (sector, partner country) pairs with ``initiative_id``.

    Without sectors, shared countries alone count; without countries, shared sectors.
    """
    p, s, i = InitiativeParticipant, InitiativeSector, Initiative
    countries = [
        c
        for c in db.execute(
            select(p.iso3).where(p.initiative_id == initiative_id, p.iso3.is_not(None))
        ).scalars()
    ]
    sectors = [
        n for n in db.execute(select(s.name).where(s.initiative_id == initiative_id)).scalars()
    ]
    if not countries and not sectors:
        return ()
    n = func.count().label("n")
    if countries and sectors:
        stmt = (
            select(p.initiative_id.label("rid"), n)
            .join(s, s.initiative_id == p.initiative_id)
            .where(p.iso3.in_(set(countries)), s.name.in_(set(sectors)))
            .group_by(p.initiative_id)
        )
    elif countries:
        stmt = (
            select(p.initiative_id.label("rid"), n)
            .where(p.iso3.in_(set(countries)))
            .group_by(p.initiative_id)
        )
    else:
        stmt = (
            select(s.initiative_id.label("rid"), n)
            .where(s.name.in_(set(sectors)))
            .group_by(s.initiative_id)
        )
    ranked = stmt.subquery()
    rows = db.execute(
        select(i.id, i.title, i.start_year, ranked.c.n)
        .join(ranked, ranked.c.rid == i.id)
        .where(i.id != initiative_id)
        .order_by(desc(ranked.c.n), i.id.desc())
        .limit(limit)
    )
    return tuple(RelatedInitiative(rid, title, year, int(k)) for rid, title, year, k in rows)


def export_extras(db: Db, ids: Sequence[int]) -> dict[int, ExportExtra]:
    """Status, dataset name and citation of each of ``ids`` (for CSV and XLSX exports)."""
    if not ids:
        return {}
    i, d, src = Initiative, Dataset, InitiativeSource
    own: dict[int, str] = {}
    for init_id, citation in db.execute(
        select(src.initiative_id, src.citation)
        .where(src.initiative_id.in_(ids), src.citation != "")
        .order_by(src.id)
    ):
        own.setdefault(init_id, citation)
    out: dict[int, ExportExtra] = {}
    for init_id, status, name, citation in db.execute(
        select(i.id, i.status, d.name, d.citation)
        .join(d, d.id == i.dataset_id)
        .where(i.id.in_(ids))
    ):
        out[init_id] = ExportExtra(status or "", name, own.get(init_id, citation))
    return out


def filter_names(db: Db) -> dict[str, str]:
    """Readable names of filter values, keyed by code: countries, groups and datasets.

    Folding the keys (``fold``) is the caller's business; chips use them to say "Provider:
    Brazil" for ``provider:BRA`` even before any facet listed Brazil.
    """
    names: dict[str, str] = {}
    for stmt in (
        select(Country.iso3, Country.name),
        select(CountryGroup.code, CountryGroup.name),
        select(Dataset.key, Dataset.name),
    ):
        names.update((str(k), str(v)) for k, v in db.execute(stmt))
    return names
