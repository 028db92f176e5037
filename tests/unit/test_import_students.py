"""UNESCO UIS student mobility: qualifiers, small fixtures, bad input and the real files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, text

from explorer.importers import countries, students
from explorer.importers.errors import SourceError
from explorer.store.engine import make_engine
from explorer.store.migrate import upgrade_reference
from tests.helpers import fresh_context


@pytest.mark.parametrize(
    ("cond", "expected"),
    [
        ("- - - -", ""),
        ("- - c -", "NAT_EST"),
        ("a - - d", "INCLUDES UIS_EST"),
        ("a b c d", "INCLUDES INCLUDED NAT_EST UIS_EST"),
        ("- - x -", None),
        ("- - -", None),
    ],
)
def test_decode_conditions(cond: str, expected: str | None) -> None:
    assert students.decode_conditions(cond) == expected


def _write(root: Path, *, by_origin: str | None = None, totals: str | None = None) -> None:
    flows = root / students.FLOWS_DIR
    flows.mkdir(parents=True, exist_ok=True)
    (flows / "country-names.csv").write_text(
        "INDICATOR_ID,continent,country_name,country_code\n"
        "1,Americas,Brazil,BRA\n2,Africa,Angola,AGO\n3,Africa,unknown countries,NA\n",
        encoding="utf-8",
    )
    (flows / "popular-destinations-by-origin.csv").write_text(by_origin or (
        "year,origin_country_name,dest_country_lumped,value_lumped,cond_all\n"
        "2010,Angola,Brazil,1200,- - c -\n"
        "2010,Angola,Other countries,300,- - - -\n"
        "2010,Angola,Africa: unknown countries,7,- - - d\n"
    ), encoding="utf-8")
    (flows / "popular-origins-by-destination.csv").write_text(
        "year,dest_country_name,origin_country_lumped,value_lumped,cond_all\n"
        "2011,Brazil,Angola,1300,- - - -\n",
        encoding="utf-8",
    )
    path = root / students.TOTALS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(totals or (
        "indicatorId,geoUnit,year,value,qualifier,magnitude\n"
        "26637,BRA,2015,19855,UIS_EST,\n"
        "MENF.5T8,AGO,2015,-8000,,\n"
        "26637,AGO,2001,0,,NA\n"
        "26637,AGO,2002,0,,NIL\n"
        "26637,SDG: World,2015,5000000,,\n"
    ), encoding="utf-8")


def _load(engine: Engine, root: Path) -> tuple[int, dict[str, int]]:
    with engine.begin() as conn:
        ctx = fresh_context(conn, root)
        conn.execute(
            text("INSERT INTO country (iso3, name, is_ldc, is_lldc, is_sids, dataset_id) "
                 "VALUES (:c, :n, false, false, false, :ds)"),
            [{"c": "BRA", "n": "Brazil", "ds": ctx.dataset_id("country-codes")},
             {"c": "AGO", "n": "Angola", "ds": ctx.dataset_id("country-codes")}],
        )
        return students.load_students(ctx), ctx.counts


def test_small_files(empty_db: Engine, tmp_path: Path) -> None:
    _write(tmp_path)
    inserted, counts = _load(empty_db, tmp_path)
    assert inserted == 4 + 3
    assert counts["student_flow_unresolved_names"] == 1
    assert counts["student_totals_regions_skipped"] == 1
    assert counts["student_totals_not_applicable_skipped"] == 1
    with empty_db.connect() as conn:
        rows = conn.execute(text(
            "SELECT perspective, year, origin_iso3, dest_iso3, dest_name, students, lumped, "
            "qualifier FROM student_flow ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [
            ("by_origin", 2010, "AGO", "BRA", "Brazil", 1200.0, False, "NAT_EST"),
            ("by_origin", 2010, "AGO", None, "Other countries", 300.0, True, ""),
            ("by_origin", 2010, "AGO", None, "Africa: unknown countries", 7.0, False, "UIS_EST"),
            ("by_destination", 2011, "AGO", "BRA", "Brazil", 1300.0, False, ""),
        ]
        totals = conn.execute(text(
            "SELECT iso3, measure, year, value, qualifier FROM student_total ORDER BY iso3, year"
        )).all()
        assert [tuple(r) for r in totals] == [
            ("AGO", "inbound", 2002, 0.0, "NIL"),
            ("AGO", "net_flow", 2015, -8000.0, ""),
            ("BRA", "inbound", 2015, 19855.0, "UIS_EST"),
        ]


@pytest.mark.parametrize(
    ("by_origin", "totals", "file_name", "message"),
    [
        ("year,origin_country_name,dest_country_lumped,value_lumped,cond_all\n"
         "2010,Angola,Brazil,many,- - - -\n", None,
         "popular-destinations-by-origin.csv", "line 2: value 'many' is not a number"),
        ("year,origin_country_name,dest_country_lumped,value_lumped,cond_all\n"
         "2010,Angola,Brazil,5,? - - -\n", None,
         "popular-destinations-by-origin.csv", "line 2: cond_all '? - - -' unreadable"),
        ("year,origin,dest,value_lumped,cond_all\n2010,Angola,Brazil,5,- - - -\n", None,
         "popular-destinations-by-origin.csv", "missing column(s) origin_country_name"),
        (None, "indicatorId,geoUnit,year,value,qualifier,magnitude\n26637,BRA,2015,x,,\n",
         "uis_inbound_and_netflow_raw.csv", "line 2: value 'x' is not a number"),
        (None, "indicatorId,geoUnit,year,value,qualifier,magnitude\n999,BRA,2015,1,,\n",
         "uis_inbound_and_netflow_raw.csv", "line 2: unknown indicatorId '999'"),
    ],
)
def test_bad_input_names_the_file(
    empty_db: Engine, tmp_path: Path, by_origin: str | None, totals: str | None,
    file_name: str, message: str,
) -> None:
    _write(tmp_path, by_origin=by_origin, totals=totals)
    with pytest.raises(SourceError) as err:
        _load(empty_db, tmp_path)
    assert err.value.path.name == file_name
    assert message in str(err.value)


@pytest.fixture(scope="module")
def real_students(tmp_path_factory: pytest.TempPathFactory, sources_dir: Path
                  ) -> Iterator[tuple[Connection, dict[str, int]]]:
    """Countries and student mobility from the real sources, once per module."""
    if not sources_dir.is_dir():
        pytest.skip("public sources not found")
    engine = make_engine(tmp_path_factory.mktemp("students") / "ref.sqlite", bulk=True)
    with engine.begin() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, sources_dir)
        countries.load_countries(ctx)
        students.load_students(ctx)
        counts = dict(ctx.counts)
    with engine.connect() as conn:
        yield conn, counts
    engine.dispose()


@pytest.mark.realdata
def test_real_flows(real_students: tuple[Connection, dict[str, int]]) -> None:
    conn, counts = real_students
    per = {r[0]: (r[1], r[2]) for r in conn.execute(text(
        "SELECT perspective, count(*), sum(CASE WHEN lumped THEN 1 ELSE 0 END) "
        "FROM student_flow GROUP BY perspective"))}
    assert per == {"by_origin": (50_699, 3_855), "by_destination": (19_467, 1_575)}
    unresolved = {r[0] for r in conn.execute(text(
        "SELECT origin_name FROM student_flow WHERE origin_iso3 IS NULL AND NOT lumped "
        "UNION SELECT dest_name FROM student_flow WHERE dest_iso3 IS NULL AND NOT lumped"))}
    assert counts["student_flow_unresolved_names"] == len(unresolved)
    assert "Africa: unknown countries" in unresolved
    assert "Sudan (pre-secession)" in unresolved  # not today's Sudan: it included South Sudan
    assert all(": unknown countries" in n for n in unresolved - {
        "Sudan (pre-secession)", "Netherlands Antilles"})
    first = conn.execute(text(
        "SELECT origin_iso3, dest_iso3, students, qualifier FROM student_flow "
        "WHERE perspective = 'by_origin' AND year = 1998 AND origin_name = 'Afghanistan' "
        "AND dest_name = 'Canada'")).one()
    assert tuple(first) == ("AFG", "CAN", 6.0, "NAT_EST")
    sxm = conn.execute(text(
        "SELECT count(*) FROM student_flow WHERE dest_name = 'Sint Maarten' "
        "AND dest_iso3 = 'SXM'")).scalar_one()
    assert sxm > 0  # not in country-names.csv: resolved through the country names


@pytest.mark.realdata
def test_real_totals(real_students: tuple[Connection, dict[str, int]]) -> None:
    conn, counts = real_students
    measures: dict[str, int] = dict(conn.execute(text(
        "SELECT measure, count(*) FROM student_total GROUP BY measure")).all())
    skipped = counts["student_totals_regions_skipped"]
    assert skipped > 4000
    assert measures["inbound"] + measures["net_flow"] + skipped + counts[
        "student_totals_not_applicable_skipped"] == 9_186
    abw = conn.execute(text(
        "SELECT value FROM student_total WHERE iso3 = 'ABW' AND measure = 'inbound' "
        "AND year = 2003")).scalar_one()
    assert abw == 91.0
