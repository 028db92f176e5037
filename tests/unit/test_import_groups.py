"""Groups and memberships: the real sources, and small bad files written by the tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import countries, groups
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.paths import CURATED_DIR
from tests.helpers import fresh_context


def _members(conn: Connection, code: str) -> dict[str, int | None]:
    rows = conn.execute(
        text("SELECT iso3, year_joined FROM membership WHERE group_code = :c"), {"c": code}
    )
    return {iso3: year for iso3, year in rows}


@pytest.fixture()
def real_groups(empty_db: Engine, sources_dir: Path) -> Iterator[Connection]:
    """Countries and groups loaded by the real importers from the real sources."""
    with empty_db.connect() as conn:
        ctx = fresh_context(conn, sources_dir)
        countries.load_countries(ctx)
        assert groups.load_groups(ctx) > 2000
        yield conn


@pytest.mark.realdata
def test_asean_has_eleven_members_with_timor_leste_in_2025(real_groups: Connection) -> None:
    asean = _members(real_groups, "ASEAN")
    assert len(asean) == 11
    assert asean["TLS"] == 2025
    assert asean["IDN"] == 1967 and asean["KHM"] == 1999


@pytest.mark.realdata
def test_au_has_55_members_with_years_from_au_int(real_groups: Connection) -> None:
    au = _members(real_groups, "AU")
    assert len(au) == 55
    assert au["BDI"] == 1963
    assert au["SSD"] == 2011 and au["ESH"] == 1982 and au["NAM"] == 1990
    assert None not in au.values()  # every AU name resolved, aliases included


@pytest.mark.realdata
def test_g77_keeps_every_listed_country_the_table_holds(real_groups: Connection) -> None:
    known = {r[0] for r in real_groups.execute(text("SELECT iso3 FROM country"))}
    listed = {r[0] for r in real_groups.execute(text(
        "SELECT iso3 FROM membership WHERE group_code = 'G77'"))}
    assert len(listed) == 134 - len(listed - known)
    assert {"BRA", "CHN", "IND", "ZAF", "PSE"} <= listed
    assert "USA" not in listed


@pytest.mark.realdata
def test_brics_leaves_saudi_arabia_out(real_groups: Connection) -> None:
    brics = _members(real_groups, "BRICS")
    assert "SAU" not in brics
    assert brics["IDN"] == 2025 and brics["ZAF"] == 2010
    assert len(brics) == 10
    description = real_groups.execute(
        text("SELECT description FROM country_group WHERE code = 'BRICS'")).scalar_one()
    assert "Saudi Arabia" in description


@pytest.mark.realdata
def test_oecd_memberships_carry_accession_years(real_groups: Connection) -> None:
    oecd = _members(real_groups, "OECD")
    assert len(oecd) == 38
    assert None not in oecd.values()
    assert (oecd["ITA"], oecd["JPN"], oecd["CRI"], oecd["FRA"]) == (1962, 1964, 2021, 1961)
    note, dataset = real_groups.execute(text(
        "SELECT m.note, d.key FROM membership m JOIN dataset d ON d.id = m.dataset_id "
        "WHERE m.group_code = 'OECD' AND m.iso3 = 'KOR'")).one()
    assert dataset == "un-crafd" and "groups.toml" in note


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("code", "kind", "member", "non_member"),
    [
        ("LMY", "wb_income", "IND", "USA"),
        ("LIC", "wb_income", "AFG", "IND"),
        ("SSF", "wb_region", "NGA", "EGY"),
        ("IDA", "wb_lending", "NPL", "CHN"),
        ("WLD", "wb_aggregate", "XKX", None),
        ("FCS", "wb_aggregate", "SOM", "FRA"),
        ("G20", "economic", "SAU", "ESP"),
        ("UNRG_GRULAC", "un_regional_group", "BRA", "ESP"),
        ("UNRG_WEOG", "un_regional_group", "TUR", "BRA"),
        ("IBSA", "political", "ZAF", "CHN"),
    ],
)
def test_group_kinds_and_members(
    real_groups: Connection, code: str, kind: str, member: str, non_member: str | None
) -> None:
    assert real_groups.execute(
        text("SELECT kind FROM country_group WHERE code = :c"), {"c": code}).scalar_one() == kind
    members = _members(real_groups, code)
    assert member in members
    assert non_member not in members


@pytest.mark.realdata
def test_un_regional_groups_cover_the_193_member_states(real_groups: Connection) -> None:
    count = real_groups.execute(text(
        "SELECT COUNT(*) FROM membership WHERE group_code LIKE 'UNRG_%'")).scalar_one()
    assert count == 193


@pytest.mark.realdata
def test_every_curated_group_cites_a_url(real_groups: Connection) -> None:
    rows = real_groups.execute(text(
        "SELECT g.code, g.url FROM country_group g JOIN dataset d ON d.id = g.dataset_id "
        "WHERE d.key IN ('curated-groups', 'un-crafd')")).all()
    assert len(rows) == 4 + 5 + 5
    assert all(url.startswith("http") for _code, url in rows)


# ---- small files written by the tests -------------------------------------------------

CRAFD_HEADER = "country,iso_alpha3_code,is_G77,is_EU,is_G20,is_AU,is_OECD,UN_regional_group"


def _write_sources(root: Path, crafd_rows: list[str], au_dates: list[str]) -> Path:
    wb = root / "wb-classification"
    wb.mkdir(parents=True)
    (wb / "wb_class_fy2026_groups.csv").write_text(
        "group_code,group_name,country_code,country_name\n"
        "LMY,Low & middle income,KEN,Kenya\n"
        "LMY,Low & middle income,ZZZ,Nowhere\n"
        "HIC,High income,FRA,France\n",
        encoding="utf-8",
    )
    un = root / "un-crafd-reference"
    un.mkdir()
    (un / "full_country_list_with_stats.csv").write_text(
        "\n".join([CRAFD_HEADER, *crafd_rows]) + "\n", encoding="utf-8"
    )
    (un / "AU_members.csv").write_text(
        "Member State   \tAbbreviation \tDate of joining\n"
        + "".join(f"Republic of Kenya\tKenya   \t{d}\n" for d in au_dates),
        encoding="utf-8",
    )
    return root


KENYA = "Kenya,KEN,TRUE,FALSE,FALSE,TRUE,FALSE,African States"
FRANCE = "France,FRA,FALSE,TRUE,FALSE,FALSE,TRUE,Western European and other States"


@pytest.fixture()
def small_conn(empty_db: Engine) -> Iterator[Connection]:
    with empty_db.connect() as conn:
        yield conn


def _context(conn: Connection, sources: Path, curated: Path = CURATED_DIR) -> BuildContext:
    ctx = fresh_context(conn, sources, curated)
    ds = ctx.dataset_id("country-codes")
    conn.execute(
        text("INSERT INTO country (iso3, name, is_ldc, is_lldc, is_sids, dataset_id) "
             "VALUES (:iso3, :name, 0, 0, 0, :ds)"),
        [{"iso3": c, "name": n, "ds": ds} for c, n in
         [("KEN", "Kenya"), ("FRA", "France"), ("IDN", "Indonesia"), ("IND", "India")]],
    )
    return ctx


def test_small_sources_load_and_skip_unknown_codes(small_conn: Connection,
                                                   tmp_path: Path) -> None:
    ctx = _context(small_conn, _write_sources(tmp_path, [KENYA, FRANCE], ["25 May 1963"]))
    groups.load_groups(ctx)
    assert _members(small_conn, "LMY") == {"KEN": None}  # ZZZ skipped, not an error
    assert _members(small_conn, "AU") == {"KEN": 1963}
    assert _members(small_conn, "OECD") == {"FRA": 1961}
    assert _members(small_conn, "UNRG_AFRICAN") == {"KEN": None}
    assert set(_members(small_conn, "ASEAN")) == {"IDN"}  # only members the table holds
    assert set(_members(small_conn, "IBSA")) == {"IND"}


@pytest.mark.parametrize(
    ("crafd_rows", "au_dates", "file", "message"),
    [
        ([KENYA.replace("African States", "Martian States")], ["25 May 1963"],
         "full_country_list_with_stats.csv", "Martian States"),
        ([KENYA], ["sometime"], "AU_members.csv", "no year"),
    ],
    ids=["unknown-un-group", "au-date-without-year"],
)
def test_bad_source_rows_name_the_file(small_conn: Connection, tmp_path: Path,
                                       crafd_rows: list[str], au_dates: list[str], file: str,
                                       message: str) -> None:
    ctx = _context(small_conn, _write_sources(tmp_path, crafd_rows, au_dates))
    with pytest.raises(SourceError, match=message) as err:
        groups.load_groups(ctx)
    assert err.value.path.name == file


def test_missing_column_names_the_file(small_conn: Connection, tmp_path: Path) -> None:
    sources = _write_sources(tmp_path, [KENYA], ["25 May 1963"])
    crafd = sources / "un-crafd-reference" / "full_country_list_with_stats.csv"
    crafd.write_text(crafd.read_text().replace("is_G77", "is_G78"), encoding="utf-8")
    ctx = _context(small_conn, sources)
    with pytest.raises(SourceError, match="is_G77") as err:
        groups.load_groups(ctx)
    assert err.value.path == crafd


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('{ iso3 = "TLS", year = 2025', '{ year = 2025', "curated.ASEAN"),
        ("[curated.IBSA]", "[curated.LMY]", "defined twice"),
        ("[oecd_years]", "[oecd_yearz]", "incomplete"),
    ],
    ids=["member-without-iso3", "duplicate-code", "no-oecd-years"],
)
def test_bad_groups_toml_names_the_file(small_conn: Connection, tmp_path: Path, old: str,
                                        new: str, message: str) -> None:
    curated = tmp_path / "curated"
    curated.mkdir()
    shutil.copy(CURATED_DIR / "datasets.toml", curated)
    toml = (CURATED_DIR / "groups.toml").read_text(encoding="utf-8")
    assert old in toml
    (curated / "groups.toml").write_text(toml.replace(old, new), encoding="utf-8")
    ctx = _context(small_conn, _write_sources(tmp_path / "src", [KENYA], ["25 May 1963"]),
                   curated)
    with pytest.raises(SourceError, match=message) as err:
        groups.load_groups(ctx)
    assert err.value.path.name == "groups.toml"
