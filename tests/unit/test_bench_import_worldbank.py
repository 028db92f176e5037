"""The World Bank import bench's generated file (issue 12): the real importer reads it as a
WDI bulk download, every series is labelled synthetic, the countries are the database's;
and the faster number reading gives what the full one gives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bench.bench_import_worldbank import VALUES_PER_ROW, write_file
from explorer.importers.formats.csvcols import _number, number
from explorer.importers.formats.run import import_file
from explorer.store.database import Database
from tests.fixtures.importers import small_reference
from tests.unit.test_import_formats_iati import rows

pytestmark = pytest.mark.realdata


def test_generated_bulk_zip_imports(reference_db: Path, sources_dir: Path,
                                    tmp_path_factory: pytest.TempPathFactory,
                                    tmp_path: Path) -> None:
    data = write_file(tmp_path / "wdi.zip", reference_db, sources_dir, rows=1_000)
    with zipfile.ZipFile(data) as archive:
        assert sorted(archive.namelist()) == ["WDICSV.csv", "WDISeries.csv"]
    db_path = small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "r.sqlite")
    db = Database.open(db_path)
    try:
        out = import_file(db, data)
    finally:
        db.dispose()
    assert out.error is None and out.format == "worldbank"
    assert out.records == 1_000 * VALUES_PER_ROW and out.unresolved == {}
    assert out.dataset == "import-wb-wdi-bulk"
    names = rows(db_path, "SELECT name, topic FROM indicator WHERE code LIKE '%.LOADTEST%'")
    assert names and all("(not World Bank data)" in n and t == "Synthetic load test"
                         for n, t in names)
    assert rows(db_path, "SELECT count(*) FROM observation") == [(1_000 * VALUES_PER_ROW,)]


@pytest.mark.parametrize("text", ["", "..", "-", "NA", "n/a", "nan", "12.5", "-3", "1e6",
                                  "1,234.5", "1 234,5", "1,5", "1.234,5", " 7 ", "12.", "abc",
                                  "1,234", "\u00a0123", "1e", "١٢"])
def test_number_fast_path_equals_the_full_reading(text: str) -> None:
    fast, full = number(text), (_number(text) if text else None)
    assert fast == full or (fast != fast and full != full)
