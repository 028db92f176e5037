"""Brazilian Cooperation Agency (ABC) importer: real files, Portuguese names, bad input."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, insert, text

from explorer.importers import abc_brazil, countries
from explorer.importers.errors import SourceError
from explorer.paths import CURATED_DIR
from explorer.store.models import Country
from tests.conftest import SOURCES
from tests.helpers import fresh_context

ALIASES = CURATED_DIR / abc_brazil.ALIASES_FILE
ABC_FILES = {
    "aiddata-southern-donors/brazil_abc_actions_2005_2011.csv": "recipient_country_pt",
    "aiddata-southern-donors/brazil_abc_executing_2011_sector_country.csv": "country_pt",
    "aiddata-southern-donors/brazil_abc_executing_2011_budget.csv": "recipient_country_pt",
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """The real ABC files loaded once over the real countries (and their aliases)."""
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    if not SOURCES.is_dir():
        pytest.skip(f"public sources not found at {SOURCES}")
    engine = make_engine(tmp_path_factory.mktemp("abc") / "ref.sqlite")
    with engine.begin() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, SOURCES)
        countries.load_countries(ctx)
        conn.info["inserted"] = abc_brazil.load_abc(ctx)
        conn.info["counts"] = dict(ctx.counts)
        conn.info["resolver"] = ctx.resolver
        yield conn
    engine.dispose()


def _scalar(conn: Connection, sql: str, **params: object) -> object:
    return conn.execute(text(sql), params).scalar_one()


@pytest.mark.realdata
def test_every_action_is_loaded_with_brazil_and_a_source(loaded: Connection) -> None:
    assert loaded.info["inserted"] == 1354
    assert _scalar(loaded, "SELECT count(DISTINCT source_record_id) FROM initiative") == 1354
    assert _scalar(loaded, "SELECT count(*) FROM initiative WHERE language = 'pt'") == 1354
    no_brazil = (
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS (SELECT 1 FROM initiative_participant"
        " p WHERE p.initiative_id = i.id AND p.iso3 = 'BRA' AND p.role = 'provider')"
    )
    assert _scalar(loaded, no_brazil) == 0
    unsourced = (
        "SELECT count(*) FROM initiative i WHERE NOT EXISTS "
        "(SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id)"
    )
    assert _scalar(loaded, unsourced) == 0
    assert "abc.unresolved_headings" not in loaded.info["counts"]
    by_status = loaded.execute(text("SELECT status, count(*) FROM initiative GROUP BY 1"))
    status: dict[str, int] = {name: n for name, n in by_status}
    assert status == {"completed": 779, "ongoing": 575}


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("heading", "iso3", "actions"),
    [("Moçambique", "MOZ", 58), ("Haiti", "HTI", 171), ("Quênia", "KEN", 13),
     ("São Tomé e Príncipe", "STP", 39), ("Territórios Palestinos", "PSE", 2)],
)
def test_portuguese_heading_maps_to_recipient(
    loaded: Connection, heading: str, iso3: str, actions: int
) -> None:
    sql = (
        "SELECT count(*) FROM initiative_participant WHERE role = 'recipient' "
        "AND iso3 = :iso3 AND source_name = :heading"
    )
    assert _scalar(loaded, sql, iso3=iso3, heading=heading) == actions


@pytest.mark.realdata
def test_regional_and_brazil_headings_have_no_recipient_country(loaded: Connection) -> None:
    sql = (
        "SELECT count(*) FROM initiative i WHERE i.id IN (SELECT initiative_id FROM "
        "initiative_source WHERE locator LIKE :h) AND EXISTS (SELECT 1 FROM "
        "initiative_participant p WHERE p.initiative_id = i.id AND p.role = 'recipient' "
        "AND p.iso3 IS NOT NULL)"
    )
    assert _scalar(loaded, sql, h="%heading Regionais") == 0
    assert _scalar(loaded, sql, h="%heading Brasil") == 0
    # Read as a regional (unspecified) recipient, not a place called "Regionais" (issue 13).
    regional = (
        "SELECT count(*) FROM initiative_participant WHERE org_name = :o "
        "AND source_name = 'Regionais' AND role = 'recipient' AND iso3 IS NULL"
    )
    assert _scalar(loaded, regional, o=abc_brazil.REGIONAL) == 140
    named = "SELECT count(*) FROM initiative_participant WHERE org_name = 'Regionais'"
    assert _scalar(loaded, named) == 0


@pytest.mark.realdata
def test_known_action(loaded: Connection) -> None:
    row = loaded.execute(
        text(
            "SELECT title, modality, start_year, status FROM initiative "
            "WHERE source_record_id = 'BRA/04/043-A167'"
        )
    ).one()
    assert row.title.startswith("Missão de Prospecção na Área de Censo Demográfico")
    assert (row.modality, row.start_year, row.status) == ("study_visit", 2009, "completed")
    # A repeated action code gets the row number to stay unique.
    repeated = (
        "SELECT count(*) FROM initiative WHERE source_record_id LIKE 'BRA/04/043-A054 (row %'"
    )
    assert _scalar(loaded, repeated) == 3


@pytest.mark.realdata
def test_sectors_come_from_the_2011_extract(loaded: Connection) -> None:
    sectors = loaded.execute(
        text(
            "SELECT s.name FROM initiative_sector s JOIN initiative i ON i.id = s.initiative_id "
            "WHERE s.scheme = 'abc' AND i.source_record_id = 'BRA/04/044-A128'"
        )
    ).scalars()
    assert "DST/ AIDS" in set(sectors)
    pseudo = "SELECT count(*) FROM initiative_sector WHERE name IN ('Cooperação Sul-Sul', '')"
    assert _scalar(loaded, pseudo) == 0


@pytest.mark.realdata
def test_every_portuguese_name_is_resolved_or_regional(loaded: Connection) -> None:
    with open(ALIASES, encoding="utf-8", newline="") as handle:
        aliases = {r["name"]: r for r in csv.DictReader(handle)}
    known = set(loaded.execute(text("SELECT iso3 FROM country")).scalars())
    resolver = loaded.info["resolver"]
    for relative, column in ABC_FILES.items():
        with open(SOURCES / relative, encoding="utf-8-sig", newline="") as handle:
            names = {row[column].strip() for row in csv.DictReader(handle)}
        for name in names:
            assert name in aliases, f"{name!r} of {relative} missing from {ALIASES.name}"
            entry = aliases[name]
            assert entry["lang"] == "pt"
            if entry["iso3"]:
                assert entry["iso3"] in known
                assert resolver.resolve(name) == entry["iso3"]  # loaded as country_name alias
            else:
                assert "no ISO3" in entry["note"], f"{name!r} needs a note saying why"


def _write(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


@pytest.fixture()
def small(tmp_path: Path) -> tuple[Path, Path]:
    """Small sources and curated folders: one action in Mozambique, one under an unknown
    heading; the datasets are our real declarations."""
    sources, curated = tmp_path / "sources", tmp_path / "curated"
    curated.mkdir()
    shutil.copy(CURATED_DIR / "datasets.toml", curated)
    _write(curated / abc_brazil.ALIASES_FILE, list(abc_brazil.ALIAS_COLUMNS),
           [["Moçambique", "MOZ", "pt", ""], ["Regionais", "", "pt", "no ISO3"]])
    _write(sources / abc_brazil.ACTIONS_FILE, list(abc_brazil.ACTION_COLUMNS),
           [["Moçambique", "BRA/1", "Em execução", "Curso de\nformação", "Formar", "2008"],
            ["Atlântida", "BRA/2", "Concluído", "Missão", "", ""]])
    _write(sources / abc_brazil.SECTORS_FILE, ["project_code", "sector_pt"],
           [["BRA/1", "Cooperação Sul-Sul"], ["BRA/1", "Formação Profissional"]])
    return sources, curated


def _seed(conn: Connection, ds: int) -> None:
    rows = [{"iso3": c, "name": c, "dataset_id": ds} for c in ("BRA", "MOZ")]
    conn.execute(insert(Country), rows)


def test_small_files(empty_db: Engine, small: tuple[Path, Path]) -> None:
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, *small)
        _seed(conn, ctx.dataset_id("country-codes"))
        assert abc_brazil.load_abc(ctx) == 2
        assert ctx.counts["abc.unresolved_headings"] == 1
        row = conn.execute(text("SELECT title, status, modality FROM initiative WHERE "
                                "source_record_id = 'BRA/1'")).one()
        assert tuple(row) == ("Curso de formação", "ongoing", "training")
        sectors = conn.execute(text("SELECT name FROM initiative_sector")).scalars().all()
        assert sectors == ["Formação Profissional"]


@pytest.mark.parametrize("problem", ["missing_column", "latin1", "unknown_iso3"])
def test_bad_input_names_the_file(
    empty_db: Engine, small: tuple[Path, Path], problem: str
) -> None:
    sources, curated = small
    if problem == "missing_column":
        target = sources / abc_brazil.ACTIONS_FILE
        _write(target, ["recipient_country_pt", "action_code"], [])
    elif problem == "latin1":
        target = sources / abc_brazil.SECTORS_FILE
        _write(target, ["project_code", "sector_pt"], [["BRA/1", "Educação"]], "latin-1")
    else:
        target = curated / abc_brazil.ALIASES_FILE
        _write(target, list(abc_brazil.ALIAS_COLUMNS), [["Atlântida", "ATL", "pt", ""]])
    with empty_db.begin() as conn:
        ctx = fresh_context(conn, sources, curated)
        _seed(conn, ctx.dataset_id("country-codes"))
        with pytest.raises(SourceError) as err:
            abc_brazil.load_abc(ctx)
    assert target.name in str(err.value)
