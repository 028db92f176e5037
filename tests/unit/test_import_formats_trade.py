"""Comtrade legacy CSV and WITS partner CSV (cp1252, US$ thousand, aggregate partners) on
authored fixtures; Comtrade's error-only "CSV" refused with its message."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.importers.formats import detect
from explorer.importers.formats.run import import_file
from explorer.store.database import Database
from tests.fixtures.importers import fixture, small_reference
from tests.unit.test_import_formats_iati import rows, snapshot

pytestmark = pytest.mark.realdata


@pytest.fixture()
def db_path(reference_db: Path, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    return small_reference(reference_db, tmp_path_factory.getbasetemp(), tmp_path / "ref.sqlite")


@pytest.fixture()
def db(db_path: Path) -> Database:
    handle = Database.open(db_path)
    yield handle
    handle.dispose()


def test_comtrade_legacy(db: Database, db_path: Path) -> None:
    path = fixture("comtrade-legacy.csv")
    assert detect(path).name == "comtrade"
    out = import_file(db, path)
    assert out.error is None, out.error
    assert (out.added, out.skipped) == (3, 1)  # the re-export is not a flow we keep
    assert out.unresolved == {"partner X1": 1}
    got = rows(db_path, "SELECT reporter, partner, partner_is_group, flow, year, commodity, "
               "value_usd FROM import_trade_flow ORDER BY flow, partner")
    assert got == [("BRA", "AGO", 0, "M", 2018, "0201", 12000.0),
                   ("BRA", "AGO", 0, "X", 2018, "0201", 2500000.0),
                   ("BRA", "WLD", 1, "X", 2018, "0201", 9000000.0)]
    assert rows(db_path, "SELECT count(*) FROM trade_flow") == [(0,)]  # IMF data untouched


def test_wits_thousands_aggregates_cp1252(db: Database, db_path: Path) -> None:
    path = fixture("wits-partner-cp1252.csv")
    assert detect(path).name == "wits"
    out = import_file(db, path)
    assert out.error is None, out.error
    assert out.skipped == 1 and any("aggregates" in w for w in out.warnings)
    got = rows(db_path, "SELECT partner, partner_is_group, flow, year, value_usd FROM "
               "import_trade_flow WHERE year = 2019 ORDER BY partner")
    assert got == [("CIV", 0, "M", 2019, 10000.0), ("East Asia & Pacific", 1, "X", 2019, 9e8),
                   ("KEN", 0, "X", 2019, 1234500.0)]


def test_comtrade_error_message_refused(db: Database, db_path: Path) -> None:
    before = snapshot(db_path)
    out = import_file(db, fixture("comtrade-error.csv"))
    assert out.error is not None
    assert "Comtrade sent an error, not data: No data matches your query" in out.error
    assert snapshot(db_path) == before
