"""World Bank downloads, made at test time from the real WDI slices of ../shared/data
(reshaped into the API download layouts), imported into a small real reference database."""

from __future__ import annotations

import csv
import io
import sqlite3
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from explorer.importers.formats import detect
from explorer.importers.formats.run import import_file, remove_import
from explorer.importers.formats.store import ImportStore
from explorer.store.database import Database
from tests.fixtures.importers import small_reference
from tests.unit.test_import_formats_iati import rows, snapshot

pytestmark = pytest.mark.realdata
CODE = "NY.GDP.MKTP.CD"
PLACES = ("BRA", "IND", "ZAF", "WLD", "XYZ")


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


@pytest.fixture()
def db(db_path: Path) -> Database:
    handle = Database.open(db_path)
    yield handle
    handle.dispose()


def real_values(sources: Path) -> dict[str, dict[int, str]]:
    """Real GDP values of a few economies (long layout of the datahub copy)."""
    values: dict[str, dict[int, str]] = defaultdict(dict)
    with (sources / "wdi-datahub" / "ny.gdp.mktp.cd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["Country Code"] in PLACES and 2015 <= int(row["Year"]) <= 2020:
                values[row["Country Code"]][int(row["Year"])] = row["Value"]
    values["XYZ"] = {2015: "1"}  # a code the World Bank does not have: reported, not guessed
    return values


def api_csv(values: dict[str, dict[int, str]], newline: str = "\r\n") -> str:
    years = list(range(2015, 2021))
    out = io.StringIO()
    out.write(f'"Data Source","World Development Indicators",{newline}{newline}')
    out.write(f'"Last Updated Date","2026-07-01",{newline}{newline}')
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator=newline)
    writer.writerow(["Country Name", "Country Code", "Indicator Name", "Indicator Code",
                     *map(str, years), ""])
    for code, by_year in values.items():
        writer.writerow([code, code, "GDP (current US$)", CODE,
                         *(by_year.get(y, "") for y in years), ""])
    return out.getvalue()


def copy_indicator(reference_db: Path, target: Path) -> int:
    """Put the real reference series into the small database (as a build would)."""
    conn = sqlite3.connect(target)
    conn.execute("ATTACH DATABASE ? AS ref", (str(reference_db),))
    conn.execute("INSERT INTO indicator SELECT * FROM ref.indicator WHERE code = ?", (CODE,))
    conn.execute("INSERT INTO observation SELECT * FROM ref.observation WHERE "
                 "indicator_code = ?", (CODE,))
    conn.commit()
    n = conn.execute("SELECT count(*) FROM observation").fetchone()[0]
    conn.close()
    return int(n)


def test_api_csv_with_bom_preamble_takes_over_and_restores(
        db: Database, db_path: Path, reference_db: Path, sources_dir: Path,
        tmp_path: Path) -> None:
    original = copy_indicator(reference_db, db_path)
    before = snapshot(db_path)
    path = tmp_path / f"API_{CODE}_DS2_en_csv_v2_1.csv"
    path.write_text(api_csv(real_values(sources_dir)), encoding="utf-8-sig")
    assert detect(path).name == "worldbank"
    store = ImportStore(tmp_path / "imports")
    out = import_file(db, path, store=store)
    assert out.error is None, out.error
    assert out.dataset == "import-wb-ny-gdp-mktp-cd"
    assert out.unresolved == {"country code XYZ": 1}
    # BRA, IND, ZAF x 6 years replace reference values; WLD (a group) was not copied: added
    assert (out.updated, out.added) == (18, 6)
    (version, publisher), = rows(db_path, "SELECT version, publisher FROM dataset WHERE key = ?",
                                 out.dataset)
    assert version == "Last Updated Date 2026-07-01"
    assert publisher == "World Bank (World Development Indicators)"
    owner = rows(db_path, "SELECT d.key FROM indicator i JOIN dataset d ON d.id = i.dataset_id "
                 "WHERE i.code = ?", CODE)
    assert owner == [(out.dataset,)]
    assert rows(db_path, "SELECT count(*) FROM observation") == [(18,)]
    assert rows(db_path, "SELECT count(*) FROM group_observation WHERE group_code = 'WLD'") == [
        (6,)]
    assert out.import_id is not None
    remove_import(db, store, out.import_id)
    db.dispose()
    assert rows(db_path, "SELECT count(*) FROM observation") == [(original,)]
    after = snapshot(db_path)
    for table in ("indicator", "observation", "group_observation", "dataset", "initiative"):
        assert after[table] == before[table], table


def test_zip_with_metadata_members(db: Database, db_path: Path, sources_dir: Path,
                                   tmp_path: Path) -> None:
    archive = tmp_path / f"API_{CODE}_DS2_en_csv_v2_1.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"API_{CODE}_DS2_en_csv_v2_1.csv",
                    "\ufeff" + api_csv(real_values(sources_dir), "\n"))
        zf.writestr(f"Metadata_Indicator_API_{CODE}_DS2_en_csv_v2_1.csv",
                    '\ufeff"SOURCE_NOTE","INDICATOR_NAME","INDICATOR_CODE","SOURCE_ORGANIZATION"\n'
                    f'"GDP at purchaser\'s prices.","GDP (current US$)","{CODE}",'
                    '"World Bank national accounts data"\n')
        zf.writestr(f"Metadata_Country_API_{CODE}_DS2_en_csv_v2_1.csv",
                    '"Country Code","Region","IncomeGroup","SpecialNotes","TableName",\n')
    out = import_file(db, archive)
    assert out.error is None, out.error
    (desc,), = rows(db_path, "SELECT description FROM indicator WHERE code = ?", CODE)
    assert desc == "GDP at purchaser's prices. Source: World Bank national accounts data"


def test_zip_without_data_member_is_refused(db: Database, tmp_path: Path) -> None:
    archive = tmp_path / "other.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "nothing here")
    out = import_file(db, archive, format_name="worldbank")
    assert out.error is not None and "holds no World Bank data file" in out.error


def test_truncated_and_headerless_refused(db: Database, db_path: Path, sources_dir: Path,
                                          tmp_path: Path) -> None:
    before = snapshot(db_path)
    text = api_csv(real_values(sources_dir))
    cut = tmp_path / "API_cut.csv"
    cut.write_text(text[: text.rindex("GDP (current") - 3], encoding="utf-8")
    out = import_file(db, cut)
    assert out.error is not None and ": line 10: " in out.error and "truncated" in out.error
    bare = tmp_path / "API_bare.csv"
    bare.write_text('"Data Source","World Development Indicators",\n\nA,B,C\n', encoding="utf-8")
    out = import_file(db, bare)
    assert out.error is not None and "expected the header Country Name" in out.error
    assert snapshot(db_path) == before
