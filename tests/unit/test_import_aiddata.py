"""AidData Chinese official finance importer: real file, parsing rules, bad input."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import aiddata, countries
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.store.models import Country
from tests.conftest import SOURCES
from tests.helpers import fresh_context


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """The real file loaded once (5,466 records) over the real countries."""
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    if not SOURCES.is_dir():
        pytest.skip(f"public sources not found at {SOURCES}")
    engine = make_engine(tmp_path_factory.mktemp("aiddata") / "ref.sqlite")
    with engine.begin() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, SOURCES)
        countries.load_countries(ctx)
        conn.info["inserted"] = aiddata.load_aiddata(ctx)
        conn.info["counts"] = dict(ctx.counts)
        yield conn
    engine.dispose()


def _one(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar_one()


@pytest.mark.realdata
def test_every_record_is_loaded_with_china_and_a_source(loaded: Connection) -> None:
    assert loaded.info["inserted"] == 5466
    assert _one(loaded, "SELECT count(*) FROM initiative") == 5466
    assert _one(loaded, "SELECT count(*) FROM initiative WHERE recommended_for_research") == 4373
    assert _one(loaded, "SELECT count(*) FROM initiative WHERE flow_class = 'ODA-like'") == 3843
    no_china = (
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS (SELECT 1 FROM "
        "initiative_participant p WHERE p.initiative_id = i.id AND p.iso3 = 'CHN' "
        "AND p.role = 'provider')"
    )
    assert _one(loaded, no_china) == 0
    unsourced = (
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS "
        "(SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id)"
    )
    assert _one(loaded, unsourced) == 0
    assert "aiddata.unknown_country_codes" not in loaded.info["counts"]


@pytest.mark.realdata
def test_known_records(loaded: Connection) -> None:
    row = loaded.execute(
        text(
            "SELECT amount_usd, amount_note, start_year, end_year, flow_type, modality, status "
            "FROM initiative WHERE source_record_id = '3'"
        )
    ).one()
    assert row.amount_usd == pytest.approx(287_825_485.7)
    assert row.amount_note == "current US$ (AidData)"
    assert (row.start_year, row.end_year) == (2008, 2012)  # end_planned 41153 = 2012-09-01
    assert (row.flow_type, row.modality, row.status) == (
        "Loan (excluding debt rescheduling)", "finance", "Implementation"
    )
    first = loaded.execute(
        text("SELECT amount_usd, modality FROM initiative WHERE source_record_id = '1'")
    ).one()
    assert tuple(first) == (None, "technical_assistance")
    recipient = (
        "SELECT group_concat(coalesce(p.iso3, p.org_name)) FROM initiative_participant p "
        "JOIN initiative i ON i.id = p.initiative_id "
        "WHERE i.source_record_id = :r AND p.role = :role"
    )
    assert _one(loaded, recipient, r="1", role="recipient") == "MRT"
    assert _one(loaded, recipient, r="1130", role="recipient") == "Africa, regional"
    assert _one(loaded, recipient, r="3", role="funder") == "Export-Import Bank of China"
    sector = (
        "SELECT s.code || ' ' || s.name FROM initiative_sector s JOIN initiative i "
        "ON i.id = s.initiative_id WHERE i.source_record_id = '3' AND s.scheme = 'dac'"
    )
    assert _one(loaded, sector) == "210 Transport and Storage"
    assert _one(loaded, "SELECT end_year FROM initiative WHERE source_record_id = '6'") == 2001


@pytest.mark.realdata
def test_links_are_web_addresses(loaded: Connection) -> None:
    urls = loaded.execute(text("SELECT url FROM initiative_link")).scalars().all()
    assert len(urls) > 19_000
    assert all(u.startswith(("http://", "https://")) and " " not in u for u in urls)
    assert not any("&amp;" in u for u in urls)


@pytest.mark.parametrize(
    ("value", "year"),
    [("40330", 2010), ("41153", 2012), ("37028.0", 2001), ("2012-05-01", 2012), ("2009", 2009),
     ("", None), ("soon", None), ("1", None)],
)
def test_parse_year(value: str, year: int | None) -> None:
    assert aiddata.parse_year(value) == year


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        ("Free-standing technical assistance", "technical_assistance"),
        ("Scholarships/training in the donor country", "training"),
        ("Grant", "finance"),
        ("Loan (excluding debt rescheduling)", "finance"),
        ("Debt forgiveness", "finance"),
        ("Vague TBD", "expert_dispatch"),  # falls back to the wording: "medical team"
    ],
)
def test_flow_modality(flow: str, expected: str) -> None:
    assert aiddata.flow_modality(flow, "29th medical team to Mauritania", "") == expected


def test_split_agencies_and_sources() -> None:
    assert aiddata.split_agencies(
        "Huawei Technologies Co., Ltd., Private Sector; China Development Bank (CDB), Government "
        "Agency"
    ) == ["Huawei Technologies Co., Ltd.", "China Development Bank (CDB)"]
    assert aiddata.split_sources(
        "http://a.org/x?v=1&amp;id=2&amp;lang=en, Media Report, including Wikileaks; "
        "www.b.org/y, Other; https://c.org/z, Government Source (Donor/Recipient)"
    ) == [
        ("http://a.org/x?v=1&id=2&lang=en", "Media Report, including Wikileaks"),
        ("https://c.org/z", "Government Source (Donor/Recipient)"),
    ]


def _write(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_regional_record_without_codes(empty_db: Engine, tmp_path: Path) -> None:
    values = {"project_id": "9", "title": "Regional seminar", "flow": "Grant",
              "recipient_condensed": "Oceania, regional", "recipient_iso3": "",
              "usd_current": " ", "recommended_for_research": "0"}
    _write(tmp_path / aiddata.FILE, list(aiddata.REQUIRED),
           [[values.get(c, "") for c in aiddata.REQUIRED]])
    with empty_db.begin() as conn:
        ctx: BuildContext = fresh_context(conn, tmp_path)
        ctx.insert(Country, [{"iso3": "CHN", "name": "China",
                              "dataset_id": ctx.dataset_id("country-codes")}])
        assert aiddata.load_aiddata(ctx) == 1
        who = conn.execute(
            text("SELECT role, iso3, org_name FROM initiative_participant ORDER BY role")
        ).all()
        assert [tuple(w) for w in who] == [
            ("provider", "CHN", None), ("recipient", None, "Oceania, regional")
        ]
        row = conn.execute(text("SELECT amount_usd, amount_note FROM initiative")).one()
        assert tuple(row) == (None, "")


@pytest.mark.parametrize("problem", ["missing_column", "latin1"])
def test_bad_input_names_the_file(empty_db: Engine, tmp_path: Path, problem: str) -> None:
    target = tmp_path / aiddata.FILE
    if problem == "missing_column":
        _write(target, [c for c in aiddata.REQUIRED if c != "usd_current"], [])
    else:
        _write(target, list(aiddata.REQUIRED),
               [["Côte d'Ivoire" for _ in aiddata.REQUIRED]], encoding="latin-1")
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, tmp_path)
        with pytest.raises(SourceError) as err:
            aiddata.load_aiddata(ctx)
    assert "GlobalChineseOfficialFinanceDataset_v1.0.csv" in str(err.value)
    if problem == "missing_column":
        assert "usd_current" in str(err.value)
