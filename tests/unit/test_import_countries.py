"""Countries, names and income history from the real sources and from broken fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from explorer.importers import countries
from explorer.importers.errors import SourceError
from tests.helpers import fresh_context

pytestmark = pytest.mark.realdata


def _load(engine: Engine, sources: Path) -> dict[str, int]:
    with engine.begin() as conn:
        ctx = fresh_context(conn, sources)
        n = countries.load_countries(ctx)
        h = countries.load_income_history(ctx)
        return {"countries": n, "history": h}


def test_real_countries_and_names(empty_db: Engine, sources_dir: Path) -> None:
    counts = _load(empty_db, sources_dir)
    assert 249 <= counts["countries"] <= 260
    with empty_db.connect() as conn:
        row = conn.execute(
            text("SELECT name, iso2, m49, wb_region, income_group, is_ldc FROM country "
                 "WHERE iso3 = 'BGD'")
        ).one()
        assert tuple(row) == ("Bangladesh", "BD", 50, "South Asia", "LM", True)
        # Kosovo and the Channel Islands come from the World Bank list, not ISO.
        kosovo = conn.execute(text("SELECT name, income_group FROM country WHERE iso3='XKX'"))
        assert tuple(kosovo.one()) == ("Kosovo", "UM")
        classified = conn.execute(
            text("SELECT count(*) FROM country WHERE income_group IS NOT NULL")
        ).scalar_one()
        assert classified >= 210
        # Aggregates are not countries.
        assert conn.execute(text("SELECT count(*) FROM country WHERE iso3 IN "
                                 "('WLD','LMY','SSF')")).scalar_one() == 0
        langs = {
            r[0]
            for r in conn.execute(text("SELECT DISTINCT lang FROM country_name WHERE iso3='CHN'"))
        }
        assert {"en", "fr", "es", "ar", "zh", "ru"} <= langs
        zh = conn.execute(
            text("SELECT name FROM country_name WHERE iso3='BRA' AND lang='zh' AND kind='short'")
        ).scalar_one()
        assert zh == "巴西"


def test_income_history(empty_db: Engine, sources_dir: Path) -> None:
    _load(empty_db, sources_dir)
    with empty_db.connect() as conn:
        history = dict(
            conn.execute(
                text("SELECT fiscal_year, income_group FROM income_classification "
                     "WHERE iso3 = 'CHN'")
            ).all()
        )
    assert history[1989] == "L"  # FY89, on 1987 GNI
    assert history[2013] == "UM"
    assert history[2026] == "UM"  # FY2026 from the current list
    assert min(history) == 1989


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        ("code,economy\nAFG,Afghanistan\n", "utf-8", "missing column"),
        ("economy,code,region,income_group,lending_category\nCôte,CIV,SSA,Low income,IDA\n",
         "latin-1", "not valid"),
        ("economy,code,region,income_group,lending_category\nX,XXX,R,Rich,IDA\n", "utf-8",
         "unknown income group"),
    ],
)
def test_bad_world_bank_file(
    empty_db: Engine, sources_dir: Path, tmp_path: Path, content: str, encoding: str,
    message: str,
) -> None:
    sources = tmp_path / "sources"
    (sources / "wb-classification").mkdir(parents=True)
    (sources / "country-codes").mkdir()
    (sources / "country-codes" / "country-codes.csv").symlink_to(
        sources_dir / "country-codes" / "country-codes.csv"
    )
    bad = sources / "wb-classification" / "wb_class_fy2026_economies.csv"
    bad.write_bytes(content.encode(encoding))
    with empty_db.begin() as conn, pytest.raises(SourceError) as err:
        countries.load_countries(fresh_context(conn, sources))
    assert str(bad) in str(err.value)
    assert message in str(err.value)
