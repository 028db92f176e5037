"""Country outlines: a compact binary encoding, bounding boxes and label points.

A shape is a list of polygons; a polygon is a list of rings (outer ring first, then holes);
a ring is an ``(n, 2)`` float array of longitude/latitude pairs, as in GeoJSON.

Binary layout (little-endian), chosen so that decoding is a few ``numpy.frombuffer`` calls:

    b"EXG1"                          magic and version
    uint32  polygon count P
    uint32  ring count of each polygon            (P values)
    uint32  point count of each ring              (sum of ring counts)
    float32 lon, lat of every point, ring by ring (2 x sum of point counts)

float32 keeps about a metre of precision at 180 degrees, finer than the 1:50m source.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Ring = npt.NDArray[np.float64]
Polygon = list[Ring]
Shape = list[Polygon]

MAGIC = b"EXG1"
_HEAD = struct.Struct("<4sI")


def encode(polygons: Sequence[Sequence[npt.ArrayLike]]) -> bytes:
    """Encode polygons (lists of rings of lon/lat pairs) into the compact binary format."""
    ring_counts: list[int] = []
    point_counts: list[int] = []
    coords: list[npt.NDArray[np.float32]] = []
    for polygon in polygons:
        ring_counts.append(len(polygon))
        for ring in polygon:
            arr = np.asarray(ring, dtype=np.float32).reshape(-1, 2)
            point_counts.append(len(arr))
            coords.append(arr)
    parts = [
        _HEAD.pack(MAGIC, len(ring_counts)),
        np.asarray(ring_counts, dtype="<u4").tobytes(),
        np.asarray(point_counts, dtype="<u4").tobytes(),
    ]
    if coords:
        parts.append(np.concatenate(coords).astype("<f4").tobytes())
    return b"".join(parts)


def decode(data: bytes) -> Shape:
    """Decode bytes written by ``encode``; raises ValueError when they are not such bytes."""
    if len(data) < _HEAD.size:
        raise ValueError("geometry too short for its header")
    magic, n_polygons = _HEAD.unpack_from(data)
    if magic != MAGIC:
        raise ValueError(f"geometry has unknown magic {magic!r}")
    offset = _HEAD.size
    ring_counts = _read_u4(data, offset, n_polygons)
    offset += 4 * n_polygons
    n_rings = int(ring_counts.sum())
    point_counts = _read_u4(data, offset, n_rings)
    offset += 4 * n_rings
    n_points = int(point_counts.sum())
    if len(data) != offset + 8 * n_points:
        raise ValueError(f"geometry holds {len(data) - offset} coordinate bytes, expected "
                         f"{8 * n_points}")
    flat = np.frombuffer(data, dtype="<f4", count=2 * n_points, offset=offset)
    points = flat.reshape(-1, 2).astype(np.float64)
    shape: Shape = []
    start = 0
    ring_index = 0
    for n_poly_rings in ring_counts:
        polygon: Polygon = []
        for _ in range(int(n_poly_rings)):
            stop = start + int(point_counts[ring_index])
            polygon.append(points[start:stop])
            start = stop
            ring_index += 1
        shape.append(polygon)
    return shape


def _read_u4(data: bytes, offset: int, count: int) -> npt.NDArray[np.uint32]:
    if len(data) < offset + 4 * count:
        raise ValueError("geometry truncated in its counts")
    return np.frombuffer(data, dtype="<u4", count=count, offset=offset)


def from_geojson(geometry: Any) -> Shape:
    """Polygons of a GeoJSON ``Polygon`` or ``MultiPolygon``; ValueError for anything else."""
    if not isinstance(geometry, dict):
        raise ValueError("geometry is not an object")
    kind = geometry.get("type")
    coordinates = geometry.get("coordinates")
    raw_polygons: list[Any] | None
    if kind == "Polygon":
        raw_polygons = [coordinates] if coordinates else None
    elif kind == "MultiPolygon":
        raw_polygons = coordinates if isinstance(coordinates, list) else None
    else:
        raise ValueError(f"unsupported geometry type {kind!r}")
    if not raw_polygons:
        raise ValueError(f"{kind} without coordinates")
    shape: Shape = []
    for raw in raw_polygons:
        if not isinstance(raw, list) or not raw:
            raise ValueError("polygon without rings")
        polygon: Polygon = []
        for raw_ring in raw:
            try:
                ring = np.asarray(raw_ring, dtype=np.float64)
            except (TypeError, ValueError):
                raise ValueError("ring coordinates are not numbers") from None
            if ring.ndim != 2 or ring.shape[1] < 2 or len(ring) < 3:
                raise ValueError(f"ring of shape {ring.shape} is not a list of >= 3 points")
            polygon.append(np.ascontiguousarray(ring[:, :2]))
        shape.append(polygon)
    return shape


def bbox(shape: Shape) -> tuple[float, float, float, float]:
    """``(min_lon, min_lat, max_lon, max_lat)`` over every ring."""
    points = np.concatenate([ring for polygon in shape for ring in polygon])
    lo = points.min(axis=0)
    hi = points.max(axis=0)
    return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])


def ring_area(ring: Ring) -> float:
    """Unsigned planar area of a ring in square degrees (shoelace formula)."""
    x, y = ring[:, 0], ring[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2.0)


def label_point(shape: Shape) -> tuple[float, float]:
    """A point inside the largest polygon, where a map can put the country's label.

    The area centroid of the largest outer ring when it falls inside that polygon; otherwise
    (crescent or hollow shapes) the middle of the widest inside stretch of the parallel through
    the centroid, which is always inside.
    """
    polygon = max(shape, key=lambda p: ring_area(p[0]))
    cx, cy = _centroid(polygon[0])
    if _inside(polygon, cx, cy):
        return cx, cy
    crossings = sorted(_crossings(polygon, cy))
    best: tuple[float, float] | None = None
    for left, right in zip(crossings[0::2], crossings[1::2], strict=False):
        if best is None or right - left > best[1] - best[0]:
            best = (left, right)
    if best is None:  # degenerate ring: fall back to its first vertex
        return float(polygon[0][0, 0]), float(polygon[0][0, 1])
    return (best[0] + best[1]) / 2.0, cy


def _centroid(ring: Ring) -> tuple[float, float]:
    x, y = ring[:, 0], ring[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    cross = x * yn - xn * y
    area = cross.sum() / 2.0
    if abs(area) < 1e-12:
        return float(x.mean()), float(y.mean())
    scale = 6.0 * area
    return float(((x + xn) * cross).sum() / scale), float(((y + yn) * cross).sum() / scale)


def _crossings(polygon: Polygon, lat: float) -> list[float]:
    """Longitudes where the rings of ``polygon`` cross the parallel ``lat`` (half-open rule)."""
    found: list[float] = []
    for ring in polygon:
        x, y = ring[:, 0], ring[:, 1]
        xn, yn = np.roll(x, -1), np.roll(y, -1)
        hit = (y > lat) != (yn > lat)
        t = (lat - y[hit]) / (yn[hit] - y[hit])
        found.extend((x[hit] + t * (xn[hit] - x[hit])).tolist())
    return found


def _inside(polygon: Polygon, lon: float, lat: float) -> bool:
    """Even-odd rule over every ring, so holes count as outside."""
    return sum(1 for x in _crossings(polygon, lat) if x > lon) % 2 == 1
