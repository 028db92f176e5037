"""UNDP South-South projects importer: real file, cleaning rules, bad input."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import countries, undp
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.initiative_rows import split_codes
from explorer.store.models import Country
from tests.conftest import SOURCES
from tests.helpers import fresh_context

NO_COUNTRY = {"211", "227", "249", "331", "332"}  # the file names no country for these


@pytest.fixture()
def real_ctx(empty_db: Engine) -> Iterator[BuildContext]:
    """A context over the real sources with the real countries loaded."""
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, SOURCES)
        countries.load_countries(ctx)
        yield ctx


def _who(conn: Connection, record: str, role: str) -> set[str]:
    rows = conn.execute(
        text(
            "SELECT coalesce(p.iso3, p.org_name) FROM initiative_participant p "
            "JOIN initiative i ON i.id = p.initiative_id "
            "JOIN dataset d ON d.id = i.dataset_id "
            "WHERE d.key = 'undp-ss' AND i.source_record_id = :r AND p.role = :role"
        ),
        {"r": record, "role": role},
    )
    return {r[0] for r in rows}


@pytest.mark.realdata
def test_loads_every_project_with_a_source(real_ctx: BuildContext) -> None:
    conn = real_ctx.conn
    assert undp.load_undp(real_ctx) == 147
    assert conn.execute(text("SELECT count(*) FROM initiative")).scalar_one() == 147
    unsourced = conn.execute(
        text(
            "SELECT count(*) FROM initiative i WHERE NOT EXISTS "
            "(SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id)"
        )
    ).scalar_one()
    assert unsourced == 0
    countryless = {
        r[0]
        for r in conn.execute(
            text(
                "SELECT source_record_id FROM initiative i WHERE NOT EXISTS (SELECT 1 FROM "
                "initiative_participant p WHERE p.initiative_id = i.id AND p.iso3 IS NOT NULL)"
            )
        )
    }
    assert countryless == NO_COUNTRY
    assert real_ctx.counts["undp.projects_without_country"] == 5
    assert "undp.unknown_country_codes" not in real_ctx.counts


@pytest.mark.realdata
def test_known_projects(real_ctx: BuildContext) -> None:
    undp.load_undp(real_ctx)
    conn = real_ctx.conn
    row = conn.execute(
        text(
            "SELECT title, start_year, end_year, status FROM initiative "
            "WHERE source_record_id = '65'"
        )
    ).one()
    assert tuple(row) == ("myGov One-Stop Solution Portal", 2018, None, "ongoing")
    assert _who(conn, "65", "provider") == {"BGD"}
    assert _who(conn, "65", "recipient") == {"PHL"}
    sdgs = conn.execute(
        text(
            "SELECT s.code FROM initiative_sector s JOIN initiative i ON i.id = s.initiative_id "
            "WHERE i.source_record_id = '65' AND s.scheme = 'sdg'"
        )
    ).scalars()
    assert set(sdgs) == {"16", "9", "17"}
    # Stray punctuation and variants: "VNM.", "IDN.JPN", the ISO2 "PH", "ROK", "BGG".
    assert "VNM" in _who(conn, "159", "provider")
    assert {"IDN", "JPN"} <= _who(conn, "271", "provider")
    assert "PHL" in _who(conn, "129", "provider")
    assert _who(conn, "337", "provider") == {"KOR"}
    assert _who(conn, "121", "provider") == {"BGD"}
    # "UNDP as Donor" makes UNDP a funder.
    donors = conn.execute(
        text("SELECT count(*) FROM initiative_participant WHERE role='funder' AND org_name='UNDP'")
    ).scalar_one()
    assert donors == 24
    links = conn.execute(text("SELECT url FROM initiative_link")).scalars().all()
    assert links and all(u.startswith(("http://", "https://")) for u in links)


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("VNM.", ["VNM"]),
        ("IDN.JPN, NOR", ["IDN", "JPN", "NOR"]),
        ("ETH,GHA,ETH", ["ETH", "GHA"]),
        ("", []),
        ("PH", ["PH"]),
    ],
)
def test_split_codes(text_in: str, expected: list[str]) -> None:
    assert split_codes(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("UNDP,Chile Fund(AGCID, MINREL),a2i", ["UNDP", "Chile Fund(AGCID, MINREL)", "a2i"]),
        ("UNDP/SEESAC,Montenegro,and Serbia", ["UNDP/SEESAC", "Montenegro, and Serbia"]),
        ("Ministry of Agriculture,Forestry,UNDP.", ["Ministry of Agriculture", "Forestry", "UNDP"]),
        ("", []),
    ],
)
def test_split_entities(text_in: str, expected: list[str]) -> None:
    assert undp.split_entities(text_in) == expected


def test_sdg_goals() -> None:
    assert undp.sdg_goals("SDG2", "SDG2,SDG17, sdg 5, SDG99") == [2, 17, 5]


def _write(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> None:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _row(**values: str) -> list[str]:
    return [values.get(col, "") for col in undp.REQUIRED]


def test_unknown_codes_are_counted_not_fatal(empty_db: Engine, tmp_path: Path) -> None:
    target = tmp_path / undp.FILE
    target.parent.mkdir(parents=True)
    _write(
        target,
        list(undp.REQUIRED),
        [_row(**{"Number": "1", "Project Name": "A", "Provider Country/ies": "BRA., XXX",
                 "Host/Recipient Country/ies": "MOZ;QQQ", "Start year": "2019"})],
    )
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, tmp_path)
        ds = ctx.dataset_id("country-codes")
        ctx.insert(Country, [{"iso3": c, "name": c, "dataset_id": ds} for c in ("BRA", "MOZ")])
        assert undp.load_undp(ctx) == 1
        assert ctx.counts["undp.unknown_country_codes"] == 2
        assert _who(conn, "1", "provider") == {"BRA"}
        assert _who(conn, "1", "recipient") == {"MOZ"}


@pytest.mark.parametrize("problem", ["missing_column", "latin1", "missing_file"])
def test_bad_input_names_the_file(empty_db: Engine, tmp_path: Path, problem: str) -> None:
    target = tmp_path / undp.FILE
    target.parent.mkdir(parents=True)
    if problem == "missing_column":
        _write(target, [c for c in undp.REQUIRED if c != "Links"], [])
    elif problem == "latin1":
        _write(target, list(undp.REQUIRED), [_row(Number="1", Description="Coopération")],
               encoding="latin-1")
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, tmp_path)
        with pytest.raises(SourceError) as err:
            undp.load_undp(ctx)
    assert "undp_south_south_projects.csv" in str(err.value)
    if problem == "missing_column":
        assert "Links" in str(err.value)
