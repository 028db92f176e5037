"""The compact shape encoding, GeoJSON parsing, bounding boxes and label points."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain import geometry

SQUARE = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]]
HOLE = [[1.0, 1.0], [1.0, 3.0], [3.0, 3.0], [3.0, 1.0], [1.0, 1.0]]
ISLAND = [[10.5, -20.25], [11.0, -20.25], [11.0, -19.5], [10.5, -20.25]]
# A "C" opening to the east: its area centroid lies in the empty mouth.
C_SHAPE = [[0, 0], [10, 0], [10, 2], [2, 2], [2, 8], [10, 8], [10, 10], [0, 10], [0, 0]]


def _same(a: geometry.Shape, b: list[list[list[list[float]]]]) -> bool:
    if len(a) != len(b):
        return False
    for poly_a, poly_b in zip(a, b, strict=True):
        if len(poly_a) != len(poly_b):
            return False
        for ring_a, ring_b in zip(poly_a, poly_b, strict=True):
            if not np.allclose(ring_a, np.asarray(ring_b, dtype=np.float32), atol=0):
                return False
    return True


@pytest.mark.parametrize(
    "polygons",
    [
        [[SQUARE]],
        [[SQUARE, HOLE]],
        [[SQUARE, HOLE], [ISLAND]],
        [],
    ],
    ids=["square", "with-hole", "multi", "empty"],
)
def test_round_trip(polygons: list[list[list[list[float]]]]) -> None:
    data = geometry.encode(polygons)
    assert data[:4] == geometry.MAGIC
    assert _same(geometry.decode(data), polygons)


def test_encoding_is_compact() -> None:
    data = geometry.encode([[SQUARE, HOLE], [ISLAND]])
    # header 8 + 2 ring counts + 3 point counts + 14 points * 8 bytes
    assert len(data) == 8 + 4 * 2 + 4 * 3 + 14 * 8


coordinate = st.floats(min_value=-180, max_value=180, allow_nan=False, width=32)
ring_strategy = st.lists(st.tuples(coordinate, coordinate), min_size=3, max_size=30)
shape_strategy = st.lists(st.lists(ring_strategy, min_size=1, max_size=3), max_size=4)


@given(shape_strategy)
def test_round_trip_is_exact_for_float32_values(polygons: list[Any]) -> None:
    as_lists = [[[list(p) for p in ring] for ring in poly] for poly in polygons]
    assert _same(geometry.decode(geometry.encode(as_lists)), as_lists)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"EX", "too short"),
        (b"NOPE\x01\x00\x00\x00", "magic"),
        (b"EXG1\x02\x00\x00\x00\x01\x00\x00\x00", "truncated"),
        (geometry.encode([[SQUARE]])[:-3], "coordinate bytes"),
        (geometry.encode([[SQUARE]]) + b"\x00", "coordinate bytes"),
    ],
    ids=["short", "magic", "counts", "cut-coords", "extra-bytes"],
)
def test_decode_rejects_damaged_bytes(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        geometry.decode(data)


def test_from_geojson_polygon_and_multipolygon() -> None:
    poly = geometry.from_geojson({"type": "Polygon", "coordinates": [SQUARE, HOLE]})
    assert len(poly) == 1 and len(poly[0]) == 2
    multi = geometry.from_geojson({"type": "MultiPolygon", "coordinates": [[SQUARE], [ISLAND]]})
    assert [len(p) for p in multi] == [1, 1]
    assert multi[1][0].shape == (4, 2)


@pytest.mark.parametrize(
    ("geojson", "message"),
    [
        ("not a dict", "not an object"),
        ({"type": "Point", "coordinates": [1, 2]}, "unsupported"),
        ({"type": "Polygon", "coordinates": []}, "without coordinates"),
        ({"type": "MultiPolygon", "coordinates": [[]]}, "without rings"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}, ">= 3 points"),
        ({"type": "Polygon", "coordinates": [[["a", "b"], [1, 1], [2, 2]]]}, "not numbers"),
    ],
    ids=["not-dict", "point", "empty", "no-rings", "two-points", "text"],
)
def test_from_geojson_rejects(geojson: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        geometry.from_geojson(geojson)


def test_bbox_spans_every_polygon() -> None:
    shape = geometry.from_geojson({"type": "MultiPolygon", "coordinates": [[SQUARE], [ISLAND]]})
    assert geometry.bbox(shape) == (0.0, -20.25, 11.0, 4.0)


def test_label_point_of_square_is_its_centre() -> None:
    shape = geometry.from_geojson({"type": "Polygon", "coordinates": [SQUARE]})
    assert geometry.label_point(shape) == pytest.approx((2.0, 2.0))


def test_label_point_is_on_the_largest_polygon() -> None:
    shape = geometry.from_geojson({"type": "MultiPolygon", "coordinates": [[ISLAND], [SQUARE]]})
    assert geometry.label_point(shape) == pytest.approx((2.0, 2.0))


@pytest.mark.parametrize(
    "rings",
    [[C_SHAPE], [SQUARE, [[1.5, 1.5], [1.5, 2.5], [2.5, 2.5], [2.5, 1.5], [1.5, 1.5]]]],
    ids=["c-shape", "hole-at-centroid"],
)
def test_label_point_falls_inside_when_centroid_does_not(rings: list[Any]) -> None:
    shape = geometry.from_geojson({"type": "Polygon", "coordinates": rings})
    centroid_x = 2.0 if len(rings) == 2 else None
    lon, lat = geometry.label_point(shape)
    # Inside the C means the left bar (x < 2) at that latitude; inside the holed square
    # means not in the hole.
    if centroid_x is None:
        assert 0 < lon < 2 and 0 < lat < 10
    else:
        assert not (1.5 < lon < 2.5 and 1.5 < lat < 2.5)
        assert 0 < lon < 4 and 0 < lat < 4


def test_ring_area() -> None:
    assert geometry.ring_area(np.asarray(SQUARE)) == pytest.approx(16.0)
    assert geometry.ring_area(np.asarray(SQUARE[::-1])) == pytest.approx(16.0)
