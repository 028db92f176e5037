"""Country shapes: the real Natural Earth files, and small or damaged files of the tests."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import py7zr
import pytest
from sqlalchemy import Connection, Engine, text

from explorer.domain import geometry
from explorer.importers import countries, shapes
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from tests.helpers import fresh_context


@pytest.fixture(scope="module")
def real_shapes(tmp_path_factory: pytest.TempPathFactory, sources_dir: Path
                ) -> Iterator[Connection]:
    """Countries and shapes loaded by the real importers from the real sources."""
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    if not sources_dir.is_dir():
        pytest.skip("public sources not found")
    engine = make_engine(tmp_path_factory.mktemp("shapes") / "ref.sqlite")
    with engine.connect() as conn:
        upgrade_reference(conn)
        ctx = fresh_context(conn, sources_dir)
        countries.load_countries(ctx)
        assert shapes.load_shapes(ctx) == 177 + 64
        yield conn
    engine.dispose()


def _shape(conn: Connection, adm0: str) -> Any:
    return conn.execute(
        text("SELECT * FROM country_shape WHERE adm0_a3 = :a"), {"a": adm0}
    ).mappings().one_or_none()


@pytest.mark.realdata
@pytest.mark.parametrize(
    ("adm0", "scale", "iso3"),
    [
        ("FRA", "110m", "FRA"),  # ISO_A3 is -99 in Natural Earth
        ("NOR", "110m", "NOR"),  # ISO_A3 is -99 in Natural Earth
        ("SAH", "110m", "ESH"),  # via ISO_A3
        ("KOS", "110m", "XKX"),  # Natural Earth KOS is the World Bank's XKX
        ("SOL", "110m", None),  # Somaliland: no country row
        ("MDV", "50m", "MDV"),
        ("MUS", "50m", "MUS"),
        ("TON", "50m", "TON"),
    ],
)
def test_shape_scale_and_iso3(real_shapes: Connection, adm0: str, scale: str,
                              iso3: str | None) -> None:
    row = _shape(real_shapes, adm0)
    assert row is not None
    assert (row["scale"], row["iso3"]) == (scale, iso3)


@pytest.mark.realdata
def test_50m_only_fills_what_110m_lacks(real_shapes: Connection) -> None:
    both = real_shapes.execute(text(
        "SELECT COUNT(*) FROM country_shape a JOIN country_shape b "
        "ON a.adm0_a3 = b.adm0_a3 AND a.scale = '110m' AND b.scale = '50m'")).scalar_one()
    assert both == 0


@pytest.mark.realdata
def test_most_sids_have_a_shape(real_shapes: Connection) -> None:
    total, shaped = real_shapes.execute(text(
        "SELECT COUNT(*), SUM(iso3 IN (SELECT iso3 FROM country_shape)) "
        "FROM country WHERE is_sids")).one()
    assert total >= 50
    assert shaped >= total - 3  # Natural Earth 1:50m lacks Tuvalu, for one


@pytest.mark.realdata
@pytest.mark.parametrize("iso3", ["FRA", "NOR", "BRA", "MDV", "FJI", "CHL"])
def test_centroid_lies_in_the_country_bbox(real_shapes: Connection, iso3: str) -> None:
    lon, lat = real_shapes.execute(text(
        "SELECT centroid_lon, centroid_lat FROM country WHERE iso3 = :i"), {"i": iso3}).one()
    boxes = real_shapes.execute(text(
        "SELECT min_lon, min_lat, max_lon, max_lat FROM country_shape WHERE iso3 = :i"),
        {"i": iso3}).all()
    assert any(b[0] <= lon <= b[2] and b[1] <= lat <= b[3] for b in boxes)


@pytest.mark.realdata
def test_france_metropole_holds_its_label(real_shapes: Connection) -> None:
    lon, lat = real_shapes.execute(text(
        "SELECT centroid_lon, centroid_lat FROM country WHERE iso3 = 'FRA'")).one()
    assert -5 < lon < 8 and 42 < lat < 51  # not French Guiana


@pytest.mark.realdata
def test_stored_geometry_decodes_to_the_bbox(real_shapes: Connection) -> None:
    row = _shape(real_shapes, "IDN")
    shape = geometry.decode(row["geometry"])
    assert len(shape) > 5  # an archipelago
    assert geometry.bbox(shape) == pytest.approx(
        (row["min_lon"], row["min_lat"], row["max_lon"], row["max_lat"]), abs=1e-4)


# ---- small files written by the tests -------------------------------------------------

def _feature(adm0: str, iso_a3: str, ring: list[list[float]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {"ADM0_A3": adm0, "ISO_A3": iso_a3, "NAME": adm0.title()},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


def _box(x: float, y: float) -> list[list[float]]:
    return [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]


def _collection(*features: dict[str, Any]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


def _write(root: Path, coarse: str, fine: str | None) -> Path:
    folder = root / "natural-earth"
    folder.mkdir(parents=True)
    (folder / "ne_110m_admin_0_countries.geojson").write_text(coarse, encoding="utf-8")
    if fine is not None:
        with py7zr.SevenZipFile(folder / "ne_50m_admin_0_countries.geojson.7z", "w") as z:
            z.writestr(fine, "ne_50m_admin_0_countries.json")
    return root


@pytest.fixture()
def small_conn(empty_db: Engine) -> Iterator[Connection]:
    with empty_db.connect() as conn:
        yield conn


def _context(conn: Connection, sources: Path) -> BuildContext:
    ctx = fresh_context(conn, sources)
    conn.execute(
        text("INSERT INTO country (iso3, name, is_ldc, is_lldc, is_sids, dataset_id) "
             "VALUES (:iso3, :iso3, 0, 0, :sids, :ds)"),
        [{"iso3": c, "sids": c == "TON", "ds": ctx.dataset_id("country-codes")}
         for c in ("FRA", "ESH", "TON")],
    )
    return ctx


def test_small_files_join_on_adm0_then_iso_a3(small_conn: Connection, tmp_path: Path) -> None:
    coarse = _collection(
        _feature("FRA", "-99", _box(0, 40)), _feature("SAH", "ESH", _box(-10, 20))
    )
    fine = _collection(
        _feature("FRA", "-99", _box(50, 50)),  # 1:110m has France: must be ignored
        _feature("TON", "TON", _box(-175, -21)),
        _feature("XXA", "-99", _box(5, 5)),
    )
    ctx = _context(small_conn, _write(tmp_path, coarse, fine))
    assert shapes.load_shapes(ctx) == 4
    rows = {r.adm0_a3: r for r in small_conn.execute(text(
        "SELECT adm0_a3, scale, iso3, min_lon FROM country_shape"))}
    assert {k: (r.scale, r.iso3) for k, r in rows.items()} == {
        "FRA": ("110m", "FRA"), "SAH": ("110m", "ESH"), "TON": ("50m", "TON"),
        "XXA": ("50m", None)}
    assert rows["FRA"].min_lon == 0  # the 1:110m France, not the 1:50m one
    query = text("SELECT iso3, centroid_lon FROM country")
    centroids: dict[str, float] = {iso3: lon for iso3, lon in small_conn.execute(query)}
    assert centroids == {"FRA": 0.5, "ESH": -9.5, "TON": -174.5}


@pytest.mark.parametrize(
    ("coarse", "message"),
    [
        ("{not json", "malformed JSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": []}', "without features"),
        (_collection({"type": "Feature", "properties": {}, "geometry": None}), "ADM0_A3"),
        (_collection(_feature("FRA", "-99", [[0, 0], [1, 1]])), "FRA: bad geometry"),
        (_collection(_feature("FRA", "-99", _box(0, 0)), _feature("FRA", "-99", _box(1, 1))),
         "appears twice"),
    ],
    ids=["json", "not-collection", "empty", "no-adm0", "short-ring", "duplicate"],
)
def test_malformed_geojson_names_the_file(small_conn: Connection, tmp_path: Path, coarse: str,
                                          message: str) -> None:
    ctx = _context(small_conn, _write(tmp_path, coarse, _collection(_feature("TON", "TON",
                                                                             _box(0, 0)))))
    with pytest.raises(SourceError, match=message) as err:
        shapes.load_shapes(ctx)
    assert err.value.path.name == "ne_110m_admin_0_countries.geojson"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_damaged_7z_names_the_file(small_conn: Connection, tmp_path: Path, damage: str,
                                   sources_dir: Path) -> None:
    sources = _write(tmp_path, _collection(_feature("FRA", "-99", _box(0, 0))), None)
    archive = sources / shapes.FILE_50M
    if damage == "garbage":
        archive.write_bytes(b"7z\xbc\xaf\x27\x1c" + b"\x00" * 200)
    elif damage == "truncated":
        real = sources_dir / shapes.FILE_50M
        if not real.is_file():
            pytest.skip("public sources not found")
        shutil.copy(real, archive)
        archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    ctx = _context(small_conn, sources)
    with pytest.raises(SourceError) as err:
        shapes.load_shapes(ctx)
    assert err.value.path == archive
    assert "\n" not in str(err.value)
