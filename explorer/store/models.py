"""Typed SQLAlchemy models of the reference database.

The reference database is rebuilt from public sources by ``build-db``; nothing a user writes
lives here (see ``user_models``). Every fact table carries ``dataset_id`` (or reaches a dataset
through its parent) so that any figure the app shows traces to a named, licensed source.

Portability: only standard SQL types and constraints. SQLite-only features (FTS5) live in
``explorer.store.fts``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of the reference database."""


# The big fact tables are clustered on their primary key (SQLite WITHOUT ROWID): the key is
# the table, instead of a table plus a copy of the key, which saves about a quarter of the
# database. Other databases ignore this SQLite-only option.
NO_ROWID = {"sqlite_with_rowid": False}


class Dataset(Base):
    """One source dataset: who published it, under which licence, and how to cite it."""

    __tablename__ = "dataset"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    publisher: Mapped[str] = mapped_column(String(300))
    licence: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(500))
    citation: Mapped[str] = mapped_column(Text)
    coverage: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    files: Mapped[str] = mapped_column(Text, default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)


class Country(Base):
    """A country or territory with an ISO 3166 or World Bank economy code.

    World Bank aggregates (WLD, LMY, regions, income groups) are ``CountryGroup`` rows, never
    countries.
    """

    __tablename__ = "country"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str | None] = mapped_column(String(2))
    m49: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    un_region: Mapped[str | None] = mapped_column(String(100))
    un_subregion: Mapped[str | None] = mapped_column(String(100))
    un_intermediate_region: Mapped[str | None] = mapped_column(String(100))
    wb_region: Mapped[str | None] = mapped_column(String(100))
    # World Bank FY2026 income group code: L, LM, UM, H (None where not classified).
    income_group: Mapped[str | None] = mapped_column(String(2))
    lending_category: Mapped[str | None] = mapped_column(String(20))
    is_ldc: Mapped[bool] = mapped_column(Boolean, default=False)
    is_lldc: Mapped[bool] = mapped_column(Boolean, default=False)
    is_sids: Mapped[bool] = mapped_column(Boolean, default=False)
    is_independent: Mapped[bool | None] = mapped_column(Boolean)
    capital: Mapped[str | None] = mapped_column(String(100))
    centroid_lon: Mapped[float | None] = mapped_column(Float)
    centroid_lat: Mapped[float | None] = mapped_column(Float)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))

    names: Mapped[list[CountryName]] = relationship(back_populates="country")


class CountryName(Base):
    """A name of a country in one language (en, fr, es, ar, zh, ru, pt...)."""

    __tablename__ = "country_name"
    __table_args__ = (
        UniqueConstraint("iso3", "lang", "kind", "name"),
        Index("ix_country_name_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("country.iso3"))
    lang: Mapped[str] = mapped_column(String(8))
    # short, formal, official, alias (alias: a spelling some source uses, e.g. IMF or ABC names)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(300))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))

    country: Mapped[Country] = relationship(back_populates="names")


class IncomeClassification(Base):
    """World Bank income group of an economy for one fiscal year (FY89 onwards)."""

    __tablename__ = "income_classification"

    iso3: Mapped[str] = mapped_column(ForeignKey("country.iso3"), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    gni_year: Mapped[int] = mapped_column(SmallInteger)
    income_group: Mapped[str | None] = mapped_column(String(2))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class CountryGroup(Base):
    """A group of countries: political or economic (G77, AU, ASEAN, BRICS...), UN regional
    groups, and the World Bank's aggregates (WLD, LMY, SSF...) whose codes WDI uses."""

    __tablename__ = "country_group"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # political, economic, un_regional_group, wb_region, wb_income, wb_lending, wb_aggregate,
    # curated (lists the project keeps, e.g. providers the brief names)
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class Membership(Base):
    """A country's membership of a group, with the year it joined where known."""

    __tablename__ = "membership"
    __table_args__ = (Index("ix_membership_country", "iso3"),)

    group_code: Mapped[str] = mapped_column(ForeignKey("country_group.code"), primary_key=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("country.iso3"), primary_key=True)
    year_joined: Mapped[int | None] = mapped_column(SmallInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class Indicator(Base):
    """A World Development Indicators series."""

    __tablename__ = "indicator"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(100), default="")
    topic: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    first_year: Mapped[int | None] = mapped_column(SmallInteger)
    last_year: Mapped[int | None] = mapped_column(SmallInteger)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class Observation(Base):
    """One indicator value for one country and year (missing values are absent rows)."""

    __tablename__ = "observation"
    __table_args__ = (
        Index("ix_observation_country", "iso3", "indicator_code", "year"),
        NO_ROWID,
    )

    indicator_code: Mapped[str] = mapped_column(ForeignKey("indicator.code"), primary_key=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("country.iso3"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class GroupObservation(Base):
    """One indicator value for a World Bank aggregate (World, LMY, a region...) and year."""

    __tablename__ = "group_observation"
    __table_args__ = (NO_ROWID,)

    indicator_code: Mapped[str] = mapped_column(ForeignKey("indicator.code"), primary_key=True)
    group_code: Mapped[str] = mapped_column(ForeignKey("country_group.code"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class TradeEntity(Base):
    """A reporter or partner of the IMF Direction of Trade Statistics.

    ``kind`` keeps aggregates apart: country, aggregate (World, Emerging and Developing
    Economies, regions), historical (Czechoslovakia...), unspecified ("... not specified").
    """

    __tablename__ = "trade_entity"

    id: Mapped[int] = mapped_column(primary_key=True)
    imf_name: Mapped[str] = mapped_column(String(200), unique=True)
    iso3: Mapped[str | None] = mapped_column(ForeignKey("country.iso3"))
    kind: Mapped[str] = mapped_column(String(16))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class TradeFlow(Base):
    """Annual merchandise trade reported by ``reporter`` with ``partner`` in US$ millions.

    ``flow`` is ``X`` (exports, FOB) or ``M`` (imports, CIF), as the reporter reported them.
    """

    __tablename__ = "trade_flow"
    __table_args__ = (
        CheckConstraint("flow IN ('X', 'M')", name="ck_trade_flow_flow"),
        Index("ix_trade_flow_partner", "partner_id", "flow", "year"),
        NO_ROWID,
    )

    reporter_id: Mapped[int] = mapped_column(ForeignKey("trade_entity.id"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("trade_entity.id"), primary_key=True)
    flow: Mapped[str] = mapped_column(String(1), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    value_musd: Mapped[float] = mapped_column(Float)
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class StudentFlow(Base):
    """Internationally mobile tertiary students from ``origin`` studying in ``destination``.

    The UIS extracts list the top partners per country and lump the rest as "Other
    countries": such rows have no ISO3 on the lumped side and ``lumped`` set. ``perspective``
    says which file the row comes from (``by_origin`` or ``by_destination``).
    """

    __tablename__ = "student_flow"
    __table_args__ = (
        Index("ix_student_flow_origin", "origin_iso3", "year"),
        Index("ix_student_flow_dest", "dest_iso3", "year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    perspective: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(SmallInteger)
    origin_iso3: Mapped[str | None] = mapped_column(ForeignKey("country.iso3"))
    origin_name: Mapped[str] = mapped_column(String(200))
    dest_iso3: Mapped[str | None] = mapped_column(ForeignKey("country.iso3"))
    dest_name: Mapped[str] = mapped_column(String(200))
    students: Mapped[float] = mapped_column(Float)
    lumped: Mapped[bool] = mapped_column(Boolean, default=False)
    qualifier: Mapped[str] = mapped_column(String(40), default="")
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class StudentTotal(Base):
    """A country-level student mobility figure: ``inbound`` students or ``net_flow``."""

    __tablename__ = "student_total"

    iso3: Mapped[str] = mapped_column(ForeignKey("country.iso3"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(40), default="")
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class CountryShape(Base):
    """A country outline from Natural Earth, encoded by ``explorer.domain.geometry``.

    1:110m for every country it has; 1:50m only for those 1:110m omits (small island states).
    Keyed by ADM0_A3 because ISO_A3 is -99 for France, Norway and a few others.
    """

    __tablename__ = "country_shape"

    adm0_a3: Mapped[str] = mapped_column(String(3), primary_key=True)
    scale: Mapped[str] = mapped_column(String(4), primary_key=True)
    iso3: Mapped[str | None] = mapped_column(ForeignKey("country.iso3"))
    name: Mapped[str] = mapped_column(String(200))
    geometry: Mapped[bytes] = mapped_column(LargeBinary)
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
    label_lon: Mapped[float | None] = mapped_column(Float)
    label_lat: Mapped[float | None] = mapped_column(Float)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class Initiative(Base):
    """A cooperation initiative: a project, programme, training course, loan or exchange.

    Text fields hold the record in its original language (``language``); nothing is
    machine-translated. ``modality`` uses ``explorer.domain.vocab.MODALITIES``.
    """

    __tablename__ = "initiative"
    __table_args__ = (
        UniqueConstraint("dataset_id", "source_record_id"),
        Index("ix_initiative_start_year", "start_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))
    source_record_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    modality: Mapped[str] = mapped_column(String(32), default="unspecified")
    theme: Mapped[str] = mapped_column(String(200), default="")
    start_year: Mapped[int | None] = mapped_column(SmallInteger)
    end_year: Mapped[int | None] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(40), default="")
    # AidData: ODA-like, OOF-like, Vague; kept so users can filter.
    flow_class: Mapped[str | None] = mapped_column(String(20))
    flow_type: Mapped[str | None] = mapped_column(String(100))
    # AidData: Development, Commercial, Representational, Mixed.
    intent: Mapped[str | None] = mapped_column(String(40))
    recommended_for_research: Mapped[bool | None] = mapped_column(Boolean)
    amount_usd: Mapped[float | None] = mapped_column(Float)
    amount_note: Mapped[str] = mapped_column(String(200), default="")

    participants: Mapped[list[InitiativeParticipant]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    sectors: Mapped[list[InitiativeSector]] = relationship(cascade="all, delete-orphan")
    outcomes: Mapped[list[InitiativeOutcome]] = relationship(cascade="all, delete-orphan")
    links: Mapped[list[InitiativeLink]] = relationship(cascade="all, delete-orphan")
    sources: Mapped[list[InitiativeSource]] = relationship(cascade="all, delete-orphan")


class InitiativeParticipant(Base):
    """A country or organisation taking part in an initiative, with its role.

    Roles: provider, recipient, facilitator, funder, implementer. ``iso3`` is set for
    countries; ``org_name`` for organisations (JICA, UNDP, ASA...), and both where an
    organisation acts for a country.
    """

    __tablename__ = "initiative_participant"
    __table_args__ = (
        Index("ix_participant_initiative", "initiative_id"),
        Index("ix_participant_country", "iso3", "role"),
        CheckConstraint("iso3 IS NOT NULL OR org_name IS NOT NULL", name="ck_participant_who"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    iso3: Mapped[str | None] = mapped_column(ForeignKey("country.iso3"))
    org_name: Mapped[str | None] = mapped_column(String(300))
    # The name as the source wrote it (e.g. "Moçambique"), kept for traceability.
    source_name: Mapped[str] = mapped_column(String(300), default="")

    initiative: Mapped[Initiative] = relationship(back_populates="participants")


class InitiativeSector(Base):
    """A sector or theme of an initiative.

    ``scheme``: ``dac`` (OECD DAC/CRS purpose code, as IATI's Sector codelists), ``theme``
    (the source's own readable theme), ``sdg`` (SDG goal), ``abc`` (ABC sector, Portuguese).
    """

    __tablename__ = "initiative_sector"
    __table_args__ = (Index("ix_sector_initiative", "initiative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    scheme: Mapped[str] = mapped_column(String(8))
    code: Mapped[str | None] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    # For ``dac`` rows, how the code was obtained: ``source`` (the record's own code),
    # ``crosswalk`` (the source's label mapped in db/curated/sectors/crosswalk.csv) or
    # ``inferred`` (a keyword rule of db/curated/sectors/inference_rules.csv).
    origin: Mapped[str | None] = mapped_column(String(10))
    # The evidence: the source label a crosswalk mapped, or the keyword of the rule that fired.
    rule: Mapped[str | None] = mapped_column(String(200))
    # Where an inference rule matched: ``title`` or ``description``.
    rule_field: Mapped[str | None] = mapped_column(String(12))


class DacSector(Base):
    """An OECD DAC/CRS sector (3 digits), from IATI's SectorCategory codelist."""

    __tablename__ = "dac_sector"

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class DacPurpose(Base):
    """An OECD DAC/CRS purpose code (5 digits) within its sector, from IATI's Sector list."""

    __tablename__ = "dac_purpose"
    __table_args__ = (Index("ix_dac_purpose_sector", "sector"),)

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    sector: Mapped[str] = mapped_column(ForeignKey("dac_sector.code"))
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class DacName(Base):
    """The name of a DAC sector or purpose code in one language, as the codelist gives it."""

    __tablename__ = "dac_name"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))


class InitiativeOutcome(Base):
    """A structured result figure, e.g. 2,032 engineers trained from 38 countries."""

    __tablename__ = "initiative_outcome"
    __table_args__ = (Index("ix_outcome_initiative", "initiative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(SmallInteger)


class InitiativeLink(Base):
    """A web address about an initiative (offline users can still copy it)."""

    __tablename__ = "initiative_link"
    __table_args__ = (Index("ix_link_initiative", "initiative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(1000))
    label: Mapped[str] = mapped_column(String(300), default="")


class InitiativeSource(Base):
    """A source an initiative is cited from: the dataset, and where in it (a row, a page)."""

    __tablename__ = "initiative_source"
    __table_args__ = (Index("ix_isource_initiative", "initiative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))
    locator: Mapped[str] = mapped_column(String(300), default="")
    citation: Mapped[str] = mapped_column(Text, default="")


class Headline(Base):
    """A statement of the brief, with its figure and the source the brief cites.

    ``measure`` names what our own data can say about the same thing (e.g.
    ``south_south_export_share``), so Home can show both side by side.
    """

    __tablename__ = "headline"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    # Position in the brief's own order (Home follows it).
    ordinal: Mapped[int] = mapped_column(SmallInteger, default=0)
    statement: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(50), default="")
    year: Mapped[int | None] = mapped_column(SmallInteger)
    measure: Mapped[str] = mapped_column(String(64), default="")
    cited_source: Mapped[str] = mapped_column(Text, default="")
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class Milestone(Base):
    """A dated event of South-South cooperation named by a source (e.g. G77 founded, 1964)."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger)
    event: Mapped[str] = mapped_column(Text)
    group_code: Mapped[str | None] = mapped_column(ForeignKey("country_group.code"))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))


class BuildInfo(Base):
    """Key-value facts about the build (schema version, built at, sources folder)."""

    __tablename__ = "build_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SummaryFigure(Base):
    """A figure computed at build time from the sources, for Home and headlines.

    E.g. ``south_south_export_share`` for 2019: the share of Emerging and Developing
    Economies' exports that went to Emerging and Developing Economies (IMF DOTS).
    """

    __tablename__ = "summary_figure"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(50))
    dataset_id: Mapped[int] = mapped_column(ForeignKey("dataset.id"))
