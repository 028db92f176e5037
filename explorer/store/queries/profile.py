"""The country profile: header, key indicators, cooperation, trade, students and the brief."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import aliased

from explorer.domain.countries import (
    BriefMentions,
    CooperationFacts,
    CountedGroup,
    GroupMembership,
    IncomeYear,
    InitiativeRef,
    LocalName,
    ProfileFacts,
    ProfileHeader,
    SeriesPoint,
    ShareYear,
    StudentFacts,
    StudentPartner,
    TradeFacts,
    TradePartner,
)
from explorer.store.models import (
    Country,
    CountryGroup,
    CountryName,
    Dataset,
    IncomeClassification,
    Initiative,
    InitiativeParticipant,
    InitiativeSector,
    Membership,
    StudentFlow,
    StudentTotal,
    TradeEntity,
    TradeFlow,
)
from explorer.store.queries.countries import country_summary
from explorer.store.queries.indicators import Db, key_indicators

DEVELOPING = "Emerging and Developing Economies"
WORLD = "World"
BRIEF_DATASET = "brief"
BRIEF_PROVIDERS = "BRIEF_TC_PROVIDERS"
TOP_PARTNERS = 10


def profile_header(db: Db, iso3: str) -> ProfileHeader | None:
    """Names in every stored language, income history since FY89 and memberships."""
    summary = country_summary(db, iso3)
    if summary is None:
        return None
    names = db.execute(
        select(CountryName.lang, CountryName.kind, CountryName.name)
        .where(CountryName.iso3 == iso3)
        .order_by(CountryName.lang, CountryName.kind, CountryName.name)
    )
    history = db.execute(
        select(IncomeClassification.fiscal_year, IncomeClassification.income_group)
        .where(IncomeClassification.iso3 == iso3)
        .order_by(IncomeClassification.fiscal_year)
    )
    members = db.execute(
        select(CountryGroup.code, CountryGroup.name, CountryGroup.kind, Membership.year_joined,
               Membership.note, Dataset.key)
        .join(Membership, Membership.group_code == CountryGroup.code)
        .join(Dataset, Dataset.id == Membership.dataset_id)
        .where(Membership.iso3 == iso3)
        .order_by(CountryGroup.kind, CountryGroup.code)
    )  # fmt: skip
    dataset = db.execute(
        select(Dataset.key)
        .join(Country, Country.dataset_id == Dataset.id)
        .where(Country.iso3 == iso3)
    ).scalar_one()
    return ProfileHeader(
        summary,
        tuple(LocalName(*r) for r in names),
        tuple(IncomeYear(*r) for r in history),
        tuple(GroupMembership(c, n, k, y, note or "", d) for c, n, k, y, note, d in members),
        dataset,
    )


def cooperation(db: Db, iso3: str, role: str) -> CooperationFacts:
    """Initiatives where ``iso3`` has ``role``, counted by sector and by partner (top 10)."""
    mine = select(InitiativeParticipant.initiative_id).where(
        InitiativeParticipant.iso3 == iso3, InitiativeParticipant.role == role
    )
    ids = sorted({i for (i,) in db.execute(mine)})
    by_sector: dict[tuple[str, str], list[int]] = defaultdict(list)
    for init_id, scheme, code, name in db.execute(
        select(InitiativeSector.initiative_id, InitiativeSector.scheme, InitiativeSector.code,
               InitiativeSector.name).where(InitiativeSector.initiative_id.in_(mine))
    ):  # fmt: skip
        by_sector[(f"{scheme}:{code or name}", name)].append(init_id)
    with_sector = {i for v in by_sector.values() for i in v}
    if len(with_sector) < len(ids):
        by_sector[("none", "no sector given")] = [i for i in ids if i not in with_sector]
    other = "recipient" if role == "provider" else "provider"
    by_partner: dict[tuple[str, str], list[int]] = defaultdict(list)
    partner = aliased(Country)
    for init_id, p_iso3, org, source, p_name in db.execute(
        select(InitiativeParticipant.initiative_id, InitiativeParticipant.iso3,
               InitiativeParticipant.org_name, InitiativeParticipant.source_name, partner.name)
        .outerjoin(partner, partner.iso3 == InitiativeParticipant.iso3)
        .where(InitiativeParticipant.initiative_id.in_(mine), InitiativeParticipant.role == other)
    ):  # fmt: skip
        if p_iso3 == iso3:
            continue  # a country is never its own partner (a national project's own office)
        label = p_name or org or source or "unnamed"
        by_partner[(p_iso3 or label, label)].append(init_id)

    def counted(
        groups: dict[tuple[str, str], list[int]], top: int | None
    ) -> tuple[CountedGroup, ...]:
        rows = [
            CountedGroup(k, lbl, len(set(v)), tuple(sorted(set(v))))
            for (k, lbl), v in groups.items()
        ]
        rows.sort(key=lambda g: (-g.count, g.label))
        return tuple(rows[:top] if top else rows)

    return CooperationFacts(
        role, len(ids), tuple(ids), counted(by_sector, None), counted(by_partner, TOP_PARTNERS)
    )


def trade(db: Db, iso3: str) -> TradeFacts:
    """Exporter-reported share of exports to developing economies, and top partners."""
    entities = {name: i for i, name in db.execute(select(TradeEntity.id, TradeEntity.imf_name))}
    me = (
        db.execute(
            select(TradeEntity.id).where(TradeEntity.iso3 == iso3, TradeEntity.kind == "country")
        )
        .scalars()
        .first()
    )
    ds_rows = db.execute(select(Dataset.key).where(Dataset.key == "imf-dots")).scalars().first()
    dataset = ds_rows or "imf-dots"
    if me is None or WORLD not in entities:
        return TradeFacts(dataset, (), None, ())
    world, dev = entities[WORLD], entities.get(DEVELOPING)
    totals: dict[int, dict[int, float]] = defaultdict(dict)
    for partner_id, year, value in db.execute(
        select(TradeFlow.partner_id, TradeFlow.year, TradeFlow.value_musd).where(
            TradeFlow.reporter_id == me,
            TradeFlow.flow == "X",
            TradeFlow.partner_id.in_((world, dev or world)),
        )
    ):
        totals[partner_id][year] = value
    shares = tuple(
        ShareYear(y, totals[dev][y] / w * 100.0, totals[dev][y], w)
        for y, w in sorted(totals[world].items())
        if dev is not None and y in totals[dev] and w > 0
    )
    last = max(totals[world], default=None)
    partners: tuple[TradePartner, ...] = ()
    if last is not None:
        flows: dict[tuple[str | None, str], dict[str, float]] = defaultdict(dict)
        for p_iso3, p_name, flow, value in db.execute(
            select(TradeEntity.iso3, TradeEntity.imf_name, TradeFlow.flow, TradeFlow.value_musd)
            .join(TradeEntity, TradeEntity.id == TradeFlow.partner_id)
            .where(TradeFlow.reporter_id == me, TradeFlow.year == last,
                   TradeEntity.kind == "country")
        ):  # fmt: skip
            flows[(p_iso3, p_name)][flow] = value
        ranked = sorted(flows.items(), key=lambda kv: -(kv[1].get("X", 0.0) + kv[1].get("M", 0.0)))
        partners = tuple(
            TradePartner(k[0], k[1], v.get("X"), v.get("M")) for k, v in ranked[:TOP_PARTNERS]
        )
    return TradeFacts(dataset, shares, last, partners)


def _usable_year(counts: Counter[int]) -> int | None:
    # The newest year of a UIS extract can be a stub (one or two partners): take the latest
    # year listing at least half as many partners as the country's fullest year.
    if not counts:
        return None
    fullest = max(counts.values())
    return max(y for y, n in counts.items() if n * 2 >= fullest)


def _student_partners(
    db: Db, iso3: str, outbound: bool
) -> tuple[int | None, tuple[StudentPartner, ...]]:
    mine = StudentFlow.origin_iso3 if outbound else StudentFlow.dest_iso3
    perspective = "by_origin" if outbound else "by_destination"
    rows = db.execute(
        select(StudentFlow.year, StudentFlow.origin_iso3, StudentFlow.origin_name,
               StudentFlow.dest_iso3, StudentFlow.dest_name, StudentFlow.students)
        .where(mine == iso3, StudentFlow.perspective == perspective)
    ).all()  # fmt: skip
    year = _usable_year(Counter(r[0] for r in rows))
    picked = [
        StudentPartner(r[3], r[4], r[5]) if outbound else StudentPartner(r[1], r[2], r[5])
        for r in rows
        if r[0] == year
    ]
    picked.sort(key=lambda p: (p.iso3 is None, -p.students))
    return year, tuple(picked)


def students(db: Db, iso3: str) -> StudentFacts:
    """Inbound students by year; top destinations and origins of the latest usable year."""
    inbound = db.execute(
        select(StudentTotal.year, StudentTotal.value, Dataset.key)
        .join(Dataset, Dataset.id == StudentTotal.dataset_id)
        .where(StudentTotal.iso3 == iso3, StudentTotal.measure == "inbound")
        .order_by(StudentTotal.year)
    ).all()
    flows_ds = db.execute(
        select(Dataset.key).join(StudentFlow, StudentFlow.dataset_id == Dataset.id).limit(1)
    ).scalar_one_or_none()
    out_year, outbound = _student_partners(db, iso3, outbound=True)
    in_year, origins = _student_partners(db, iso3, outbound=False)
    return StudentFacts(
        tuple(SeriesPoint(y, v) for y, v, _ in inbound),
        inbound[0][2] if inbound else "uis-totals",
        flows_ds or "uis-360info",
        out_year,
        outbound,
        in_year,
        origins,
    )


def brief_mentions(db: Db, iso3: str) -> BriefMentions:
    """The brief's cases involving ``iso3`` (any role) and whether it lists it as provider."""
    rows = db.execute(
        select(Initiative.id, Initiative.title, Initiative.start_year, Dataset.key)
        .join(Dataset, Dataset.id == Initiative.dataset_id)
        .where(
            Dataset.key == BRIEF_DATASET,
            Initiative.id.in_(
                select(InitiativeParticipant.initiative_id).where(
                    InitiativeParticipant.iso3 == iso3
                )
            ),
        )
        .order_by(Initiative.id)
    )
    named = db.execute(
        select(Membership.iso3).where(
            Membership.group_code == BRIEF_PROVIDERS, Membership.iso3 == iso3
        )
    ).first()
    return BriefMentions(tuple(InitiativeRef(*r) for r in rows), named is not None)


def profile_facts(db: Db, iso3: str) -> ProfileFacts | None:
    """Everything the country page shows about ``iso3`` (None for an unknown code)."""
    header = profile_header(db, iso3)
    if header is None:
        return None
    return ProfileFacts(
        header,
        key_indicators(db, iso3),
        cooperation(db, iso3, "provider"),
        cooperation(db, iso3, "recipient"),
        trade(db, iso3),
        students(db, iso3),
        brief_mentions(db, iso3),
    )
