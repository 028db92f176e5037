"""World Development Indicators: units, small fixture folders, bad input and the real files."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import countries, wdi
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.store.engine import make_engine
from explorer.store.migrate import upgrade_reference
from tests.helpers import fresh_context


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("GDP (current US$)", "current US$"),
        ("External debt stocks (% of GNI)", "% of GNI"),
        ("Grants, excluding technical cooperation (BoP, current US$)", "current US$"),
        ("External debt stocks, total (DOD, current US$)", "current US$"),
        ("Unemployment, total (% of total labor force) (modeled ILO estimate)",
         "% of total labor force"),
        ("Maternal mortality ratio (modeled estimate, per 100,000 live births)",
         "per 100,000 live births"),
        ("Poverty headcount ratio at $3.00 a day (2021 PPP) (% of population)",
         "% of population"),
        ("Mortality rate, under-5 (per 1,000 live births)", "per 1,000 live births"),
        ("Gini index", ""),
        ("Population, total", ""),
    ],
)
def test_parse_unit(title: str, unit: str) -> None:
    assert wdi.parse_unit(title) == unit


def _add_countries(ctx: BuildContext, *codes: str) -> None:
    ds = ctx.dataset_id("country-codes")
    ctx.conn.execute(
        text("INSERT INTO country (iso3, name, is_ldc, is_lldc, is_sids, dataset_id) "
             "VALUES (:c, :c, false, false, false, :ds)"),
        [{"c": c, "ds": ds} for c in codes],
    )


def _write_series(
    folder: Path, code: str, rows: list[list[str]], package: str | None = None
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    name = code.lower()
    with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Country Name", "Country Code", "Year", "Value"])
        writer.writerows(rows)
    if package is None:
        package = json.dumps({"title": "GDP (current US$)", "readme": "About GDP.",
                              "keywords": ["Economy & Growth ", "Trade"]})
    (folder / f"{name}.datapackage.json").write_text(package, encoding="utf-8")
    index = folder / "_index.csv"
    new = not index.exists()
    with open(index, "a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(["indicator_code", "title", "file"])
        writer.writerow([code, "GDP (current US$)", f"{name}.csv"])


def _load(engine: Engine, sources: Path) -> tuple[int, dict[str, int]]:
    with engine.begin() as conn:
        ctx = fresh_context(conn, sources)
        _add_countries(ctx, "BRA", "IND")
        conn.execute(
            text("INSERT INTO country_group (code, name, kind, description, url, dataset_id) "
                 "VALUES ('LMY', 'Low & middle income', 'wb_income', '', '', :ds)"),
            {"ds": ctx.dataset_id("wb-class-fy2026")},
        )
        return wdi.load_wdi(ctx), ctx.counts


def test_small_folder_splits_countries_and_aggregates(empty_db: Engine, tmp_path: Path) -> None:
    _write_series(tmp_path / "wdi-datahub", "NY.GDP.MKTP.CD", [
        ["Brazil", "BRA", "2010", "2208837745100.55"],
        ["India", "IND", "2011", "1.5e12"],
        ["World", "WLD", "2010", "66000000000000"],
        ["Low & middle income", "LMY", "2010", "2.4e13"],
        ["Brazil", "BRA", "2012", ""],  # missing value: no row
    ])
    inserted, counts = _load(empty_db, tmp_path)
    assert counts["wdi_new_groups"] == 1  # WLD only: LMY existed
    assert inserted == 1 + 2 + 2 + 1  # indicator, observations, group observations, group
    with empty_db.connect() as conn:
        ind = conn.execute(text("SELECT name, unit, topic, description, first_year, last_year "
                                "FROM indicator WHERE code = 'NY.GDP.MKTP.CD'")).one()
        assert tuple(ind) == ("GDP (current US$)", "current US$", "Economy & Growth; Trade",
                              "About GDP.", 2010, 2011)
        value = conn.execute(text("SELECT value FROM observation WHERE iso3='BRA' "
                                  "AND year=2010")).scalar_one()
        assert value == 2208837745100.55
        world = conn.execute(text("SELECT name, kind FROM country_group WHERE code='WLD'")).one()
        assert tuple(world) == ("World", "wb_aggregate")
        kinds: dict[str, str] = dict(
            conn.execute(text("SELECT code, kind FROM country_group")).all()
        )
        assert kinds["LMY"] == "wb_income"  # an existing group is left as the groups step made it
        groups = {r[0] for r in conn.execute(text("SELECT group_code FROM group_observation"))}
        assert groups == {"WLD", "LMY"}


@pytest.mark.parametrize(
    ("rows", "package", "message"),
    [
        ([["Brazil", "BRA", "2010", "abc"]], None, "line 2: Value 'abc' is not a number"),
        ([["Brazil", "BRA", "2010", "1"], ["Brazil", "BRA", "2011", "inf"]], None,
         "line 3: Value 'inf' is not a finite number"),
        ([["Brazil", "BRA", "20x0", "1"]], None, "line 2: Year '20x0' is not a year"),
        ([["Brazil", "BRA", "2010", "1"], ["Brazil", "BRA", "2010", "2"]], None,
         "line 3: repeats BRA 2010"),
        ([["Brazil", "BRA", "2010", "1"]], "{not json", "not valid JSON"),
        ([["Brazil", "BRA", "2010", "1"]], "[1, 2]", "not a JSON object"),
    ],
)
def test_bad_input_names_the_file(
    empty_db: Engine, tmp_path: Path, rows: list[list[str]], package: str | None, message: str
) -> None:
    _write_series(tmp_path / "wdi-datahub", "NY.GDP.MKTP.CD", rows, package)
    with pytest.raises(SourceError) as err:
        _load(empty_db, tmp_path)
    expected = "ny.gdp.mktp.cd.datapackage.json" if package else "ny.gdp.mktp.cd.csv"
    assert err.value.path.name == expected
    assert message in str(err.value)


def test_missing_listed_file(empty_db: Engine, tmp_path: Path) -> None:
    _write_series(tmp_path / "wdi-datahub", "NY.GDP.MKTP.CD", [["Brazil", "BRA", "2010", "1"]])
    (tmp_path / "wdi-datahub" / "ny.gdp.mktp.cd.csv").unlink()
    with pytest.raises(SourceError, match="file not found") as err:
        _load(empty_db, tmp_path)
    assert err.value.path.name == "ny.gdp.mktp.cd.csv"


def test_wrong_columns(empty_db: Engine, tmp_path: Path) -> None:
    _write_series(tmp_path / "wdi-datahub", "NY.GDP.MKTP.CD", [["Brazil", "BRA", "2010", "1"]])
    path = tmp_path / "wdi-datahub" / "ny.gdp.mktp.cd.csv"
    path.write_text("Country,Code,Year,Val\nBrazil,BRA,2010,1\n", encoding="utf-8")
    with pytest.raises(SourceError, match="missing column") as err:
        _load(empty_db, tmp_path)
    assert err.value.path == path


@pytest.fixture(scope="module")
def real_wdi(tmp_path_factory: pytest.TempPathFactory, sources_dir: Path) -> Iterator[Connection]:
    """Countries and WDI loaded from the real sources into one database for the module."""
    if not sources_dir.is_dir():
        pytest.skip("public sources not found")
    engine = make_engine(tmp_path_factory.mktemp("wdi") / "ref.sqlite", bulk=True)
    with engine.begin() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, sources_dir)
        countries.load_countries(ctx)
        wdi.load_wdi(ctx)
    with engine.connect() as conn:
        yield conn
    engine.dispose()


@pytest.mark.realdata
def test_real_counts(real_wdi: Connection) -> None:
    assert real_wdi.execute(text("SELECT count(*) FROM indicator")).scalar_one() == 72
    observations = real_wdi.execute(text("SELECT count(*) FROM observation")).scalar_one()
    groups = real_wdi.execute(text("SELECT count(*) FROM group_observation")).scalar_one()
    assert observations > 500_000
    gaps = _zeros_shown_as_gaps(real_wdi)
    assert gaps == 182  # the five curated shares' zeros (Brazil, Venezuela, Ethiopia, Angola...)
    assert observations + groups + gaps == 679_578  # every value row of the 72 files
    units: dict[str, str] = dict(
        real_wdi.execute(text("SELECT code, unit FROM indicator")).all()
    )
    assert units["NY.GDP.MKTP.CD"] == "current US$"
    assert units["SL.UEM.TOTL.ZS"] == "% of total labor force"
    assert max(len(t) for (t,) in real_wdi.execute(text("SELECT topic FROM indicator"))) <= 100


def _zeros_shown_as_gaps(conn: Connection) -> int:
    """How many zero values of the curated zero-means-missing indicators the notes name."""
    total = 0
    for (note,) in conn.execute(text("SELECT description FROM indicator")):
        if "Shown as gaps" not in note:
            continue
        spans = note.split("Shown as gaps", 1)[1].split("(", 1)[1].split(")", 1)[0]
        for part in spans.split("; "):
            for run in part.split(" ", 1)[1].split(", "):
                first, _, last = run.partition("-")
                total += int(last or first) - int(first) + 1
    return total


@pytest.mark.realdata
def test_source_zeros_for_missing_years_are_gaps_with_a_note(real_wdi: Connection) -> None:
    """Brazil's agriculture share is 0 in the file for 1960-1980: shown as gaps, noted."""
    years = [y for (y,) in real_wdi.execute(text(
        "SELECT year FROM observation WHERE indicator_code = 'NV.AGR.TOTL.ZS' AND iso3 = 'BRA'"
        " ORDER BY year"))]  # fmt: skip
    assert years[0] == 1981 and 1980 not in years
    query = "SELECT description FROM indicator WHERE code = 'NV.AGR.TOTL.ZS'"
    note = real_wdi.execute(text(query)).scalar_one()
    assert "BRA 1960-1980" in note and "VEN 1991-2011" in note
    # Real zeros elsewhere stay: mobile subscriptions before there were mobiles.
    zero_phones = real_wdi.execute(text(
        "SELECT count(*) FROM observation WHERE indicator_code = 'IT.CEL.SETS.P2' AND value = 0"
    )).scalar_one()  # fmt: skip
    assert zero_phones > 1000


@pytest.mark.realdata
def test_real_brazil_gdp_2010(real_wdi: Connection, sources_dir: Path) -> None:
    path = sources_dir / "wdi-datahub" / "ny.gdp.mktp.cd.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        expected = next(
            float(r["Value"]) for r in csv.DictReader(handle)
            if r["Country Code"] == "BRA" and r["Year"] == "2010"
        )
    value = real_wdi.execute(text(
        "SELECT value FROM observation WHERE indicator_code = 'NY.GDP.MKTP.CD' "
        "AND iso3 = 'BRA' AND year = 2010"
    )).scalar_one()
    assert value == expected == 2208837745100.55


@pytest.mark.realdata
def test_real_aggregates_kept_apart(real_wdi: Connection) -> None:
    in_obs = real_wdi.execute(text(
        "SELECT count(*) FROM observation WHERE iso3 IN ('WLD', 'LMY', 'SSF', 'EUU')"
    )).scalar_one()
    assert in_obs == 0
    world = real_wdi.execute(text(
        "SELECT count(*) FROM group_observation WHERE group_code = 'WLD' "
        "AND indicator_code = 'SP.POP.TOTL'"
    )).scalar_one()
    assert world >= 60
    # Kosovo and the Channel Islands are economies, not aggregates.
    assert real_wdi.execute(text(
        "SELECT count(*) FROM country_group WHERE code IN ('XKX', 'CHI')"
    )).scalar_one() == 0
    assert real_wdi.execute(text(
        "SELECT count(DISTINCT iso3) FROM observation WHERE iso3 IN ('XKX', 'CHI')"
    )).scalar_one() == 2
