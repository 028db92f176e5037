"""Country outlines from Natural Earth: 1:110m, plus 1:50m for what 1:110m omits.

1:110m leaves out most small island states, which matter here (SIDS), so every ADM0_A3 code
missing from it is taken from the 1:50m file, shipped as a 7-Zip archive. Shapes are joined on
ADM0_A3 because ISO_A3 is -99 for France, Norway and a few others. Each country's label
point becomes ``Country.centroid_lon/lat``.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, update

from explorer.domain import geometry
from explorer.importers.context import BuildContext
from explorer.importers.errors import SourceError
from explorer.importers.readers import require_file
from explorer.store.models import Country, CountryShape

FILE_110M = "natural-earth/ne_110m_admin_0_countries.geojson"
FILE_50M = "natural-earth/ne_50m_admin_0_countries.geojson.7z"

# Natural Earth codes that are neither our ISO3 nor a World Bank code: Kosovo is KOS in
# Natural Earth (ISO_A3 -99) and XKX at the World Bank, whose code the country table uses.
NE_TO_ISO3 = {"KOS": "XKX"}


def load_shapes(ctx: BuildContext) -> int:
    """Insert 1:110m shapes and the 1:50m ones 1:110m lacks; set country centroids."""
    known = frozenset(ctx.conn.execute(select(Country.iso3)).scalars())
    dataset_id = ctx.dataset_id("natural-earth")
    path_110 = ctx.source(FILE_110M)
    rows = list(_shape_rows(ctx, path_110, read_geojson(path_110), "110m", known, dataset_id))
    have = {row["adm0_a3"] for row in rows}
    path_50 = ctx.source(FILE_50M)
    features_50 = [f for f in read_geojson_7z(path_50) if _adm0(path_50, f) not in have]
    rows += _shape_rows(ctx, path_50, features_50, "50m", known, dataset_id)
    inserted = ctx.insert(CountryShape, rows)
    _set_centroids(ctx, rows)
    return inserted


def read_geojson(path: Path) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection; ``SourceError`` naming the file if not."""
    require_file(path)
    try:
        with open(path, "rb") as handle:
            return _features(path, json.load(handle))
    except UnicodeDecodeError as exc:
        raise SourceError(path, f"not valid UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise SourceError(path, f"malformed JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise SourceError(path, "JSON nested too deeply to be GeoJSON") from None


def read_geojson_7z(path: Path) -> list[dict[str, Any]]:
    """The features of the single GeoJSON file inside a 7-Zip archive."""
    require_file(path)
    try:
        import py7zr
    except ImportError:
        raise SourceError(path, "cannot unpack: the py7zr package is not installed") from None
    with tempfile.TemporaryDirectory(prefix="explorer-ne-") as tmp:
        try:
            with py7zr.SevenZipFile(path, mode="r") as archive:
                names = [n for n in archive.getnames() if n.endswith((".json", ".geojson"))]
                if len(names) != 1:
                    raise SourceError(path, f"expected one GeoJSON file inside, found {names}")
                archive.extractall(path=tmp)
        except SourceError:
            raise
        except Exception as exc:  # py7zr raises many unrelated types for a damaged archive
            problem = f"damaged 7-Zip archive ({type(exc).__name__}: {exc})"
            raise SourceError(path, problem) from None
        inner = Path(tmp) / names[0]
        try:
            with open(inner, "rb") as handle:
                return _features(path, json.load(handle))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SourceError(path, f"{names[0]} inside is not valid GeoJSON ({exc})") from None
        except RecursionError:
            raise SourceError(path, f"{names[0]} inside is nested too deeply") from None


def _features(path: Path, document: Any) -> list[dict[str, Any]]:
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise SourceError(path, "not a GeoJSON FeatureCollection")
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise SourceError(path, "FeatureCollection without features")
    return features


def _adm0(path: Path, feature: Any) -> str:
    props = feature.get("properties") if isinstance(feature, dict) else None
    code = props.get("ADM0_A3") if isinstance(props, dict) else None
    if not isinstance(code, str) or len(code) != 3:
        raise SourceError(path, f"feature without a valid ADM0_A3 code: {str(props)[:80]}")
    return code


def _iso3(props: dict[str, Any], known: frozenset[str]) -> str | None:
    """ADM0_A3 if it is a country code we hold, else ISO_A3 (W. Sahara, S. Sudan), else None."""
    adm0 = str(props["ADM0_A3"])
    for candidate in (adm0, str(props.get("ISO_A3") or ""), NE_TO_ISO3.get(adm0, "")):
        if candidate in known:
            return candidate
    return None


def _shape_rows(
    ctx: BuildContext,
    path: Path,
    features: list[dict[str, Any]],
    scale: str,
    known: frozenset[str],
    dataset_id: int,
) -> Iterator[dict[str, Any]]:
    seen: set[str] = set()
    for feature in features:
        ctx.check_cancel()
        adm0 = _adm0(path, feature)
        if adm0 in seen:
            raise SourceError(path, f"ADM0_A3 {adm0} appears twice")
        seen.add(adm0)
        props = feature["properties"]
        try:
            shape = geometry.from_geojson(feature.get("geometry"))
        except ValueError as exc:
            raise SourceError(path, f"{adm0}: bad geometry ({exc})") from None
        min_lon, min_lat, max_lon, max_lat = geometry.bbox(shape)
        label_lon, label_lat = _label(props, shape)
        yield {
            "adm0_a3": adm0,
            "scale": scale,
            "iso3": _iso3(props, known),
            "name": str(props.get("NAME") or props.get("ADMIN") or adm0),
            "geometry": geometry.encode(shape),
            "min_lon": min_lon,
            "min_lat": min_lat,
            "max_lon": max_lon,
            "max_lat": max_lat,
            "label_lon": label_lon,
            "label_lat": label_lat,
            "dataset_id": dataset_id,
        }


def _label(props: dict[str, Any], shape: geometry.Shape) -> tuple[float, float]:
    """Natural Earth's own LABEL_X/LABEL_Y when the file has them (releases from 5.0 on);
    this vintage lacks them, so otherwise a point computed inside the largest polygon."""
    x, y = props.get("LABEL_X"), props.get("LABEL_Y")
    if isinstance(x, int | float) and isinstance(y, int | float):
        return float(x), float(y)
    return geometry.label_point(shape)


def _set_centroids(ctx: BuildContext, rows: list[dict[str, Any]]) -> None:
    """Country centroid = label point of its shape, 1:110m first (rows come 110m first)."""
    points: dict[str, tuple[float, float]] = {}
    for row in rows:
        if row["iso3"] is not None and row["label_lon"] is not None:
            points.setdefault(row["iso3"], (row["label_lon"], row["label_lat"]))
    if not points:
        return
    stmt = (
        update(Country)
        .where(Country.iso3 == bindparam("b_iso3"))
        .values(centroid_lon=bindparam("b_lon"), centroid_lat=bindparam("b_lat"))
    )
    ctx.conn.execute(
        stmt, [{"b_iso3": k, "b_lon": lon, "b_lat": lat} for k, (lon, lat) in points.items()]
    )
