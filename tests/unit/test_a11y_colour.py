"""Colour checks: CIEDE2000 against Sharma's published pairs, WCAG contrast, and the chart
palettes as seen with simulated colour-vision deficiencies."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from explorer.ui.a11y.colour import (
    ciede2000,
    contrast_ratio,
    min_distance,
    parse_hex,
    simulate,
    to_lab,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [
    # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17, 25
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_ciede2000_matches_sharma(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert ciede2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_contrast_ratio_wcag_examples():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#fff", "#fff") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        parse_hex("#12")


def test_lab_of_white_and_simulation_keeps_greys():
    assert to_lab((1.0, 1.0, 1.0)) == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    for deficiency in ("protanopia", "deuteranopia", "tritanopia"):
        grey = simulate((0.5, 0.5, 0.5), deficiency)
        assert grey == pytest.approx((0.5, 0.5, 0.5), abs=0.01)
    # red and green collapse for a protanope: far apart normally, close simulated
    red, green = parse_hex("#ff0000"), parse_hex("#00a000")
    normal = ciede2000(to_lab(red), to_lab(green))
    seen = ciede2000(to_lab(simulate(red, "protanopia")), to_lab(simulate(green, "protanopia")))
    assert normal > 50 > seen


def _palette_literal(name: str) -> tuple[str, ...]:
    """The palette as written in palettes.py (read from the source, not re-typed here)."""
    tree = ast.parse((ROOT / "explorer/ui/charts/palettes.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return value
    raise AssertionError(name)


@pytest.mark.parametrize("deficiency", [None, "protanopia", "deuteranopia", "tritanopia"])
def test_categorical_palette_distinguishable(deficiency):
    palette = _palette_literal("OKABE_ITO")
    distance, a, b = min_distance(palette, deficiency)
    assert distance >= 10, f"{a} and {b} only {distance:.1f} apart ({deficiency})"


def test_series_also_differ_by_marker_and_dash():
    markers, dashes = _palette_literal("MARKERS"), _palette_literal("DASHES")
    assert len(set(markers)) == len(markers) == len(_palette_literal("OKABE_ITO"))
    assert len(set(dashes)) == len(dashes) >= 3
