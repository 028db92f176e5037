"""WCAG 2.2 contrast of every colour pair the stylesheets use, computed from the files."""

from __future__ import annotations

import re

import pytest

from explorer.ui.a11y.colour import contrast_ratio
from explorer.ui.resources import read_stylesheet

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
PROP = re.compile(r"([a-z-]+)\s*:\s*([^;]+);?")
HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")
# What a rule without its own background is drawn on: the page and the cards.
STANDARD_GROUNDS = ("#f4f5f7", "#ffffff")
HIGH_CONTRAST_GROUNDS = ("#ffffff",)


def rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    out = []
    for selector, body in RULE.findall(qss):
        props = {k: v.strip() for k, v in PROP.findall(body)}
        out.append((" ".join(selector.split()), props))
    return out


def colour(value: str | None) -> str | None:
    match = HEX.search(value or "")
    return match.group(0).lower() if match else None


def text_pairs(qss: str, grounds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(selector, foreground, background) for every text colour the sheet sets."""
    pairs = []
    for selector, props in rules(qss):
        if ":disabled" in selector:  # WCAG 1.4.3 exempts inactive controls
            continue
        fg = colour(props.get("color"))
        bg = colour(props.get("background") or props.get("background-color"))
        if fg:
            pairs += [(selector, fg, g) for g in ((bg,) if bg else grounds)]
        sel_fg = colour(props.get("selection-color"))
        sel_bg = colour(props.get("selection-background-color"))
        if sel_fg and sel_bg:
            pairs.append((selector + " (selection)", sel_fg, sel_bg))
    return pairs


def ring_pairs(qss: str, grounds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(selector, border colour, background) for the focus rings (non-text, 3:1)."""
    return [(s, c, g) for s, p in rules(qss) if ":focus" in s
            for c in [colour(p.get("border") or p.get("border-color"))] if c
            for g in grounds]  # fmt: skip


def _fails(pairs: list[tuple[str, str, str]], minimum: float) -> list[str]:
    return [f"{s}: {fg} on {bg} = {contrast_ratio(fg, bg):.2f}" for s, fg, bg in pairs
            if contrast_ratio(fg, bg) < minimum]  # fmt: skip


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_standard_theme_text_meets_aa() -> None:
    qss = read_stylesheet("app.qss") + read_stylesheet("focus.qss")
    pairs = text_pairs(qss, STANDARD_GROUNDS)
    assert len(pairs) >= 20, pairs  # the sheet was read and parsed
    assert not _fails(pairs, 4.5), "\n".join(_fails(pairs, 4.5))


def test_focus_rings_meet_3_to_1() -> None:
    pairs = ring_pairs(read_stylesheet("focus.qss"), STANDARD_GROUNDS)
    pairs += ring_pairs(read_stylesheet("high-contrast.qss"), HIGH_CONTRAST_GROUNDS)
    assert len(pairs) >= 8, pairs
    assert not _fails(pairs, 3.0), "\n".join(_fails(pairs, 3.0))


def test_high_contrast_theme_text_meets_aaa() -> None:
    pairs = text_pairs(read_stylesheet("high-contrast.qss"), HIGH_CONTRAST_GROUNDS)
    assert len(pairs) >= 10, pairs
    assert not _fails(pairs, 7.0), "\n".join(_fails(pairs, 7.0))


def test_chart_inline_colours_meet_aa() -> None:
    """The charts' own sheets (explorer/ui/charts/base.py): text on the white plot frame."""
    from pathlib import Path

    source = (Path(__file__).parents[2] / "explorer/ui/charts/base.py").read_text()
    sheets = re.findall(r'setStyleSheet\(\s*"([^"]*)"', source)
    text = re.compile(r"(?<![-\w])color:\s*(#\w+)")
    found = [colour(m) for s in sheets for m in text.findall(s)]
    assert len(found) >= 2, sheets
    assert all(c and contrast_ratio(c, "#ffffff") >= 4.5 for c in found), found


def test_input_boundaries_meet_3_to_1() -> None:
    """WCAG 1.4.11: a text field's border against its own fill and against the page."""
    checked = []
    for name in ("app.qss", "high-contrast.qss"):
        grounds = STANDARD_GROUNDS if name == "app.qss" else HIGH_CONTRAST_GROUNDS
        for selector, props in rules(read_stylesheet(name)):
            if selector != "QLineEdit":
                continue
            border = colour(props.get("border"))
            fill = colour(props.get("background"))
            assert border and fill, (name, props)
            checked += [(f"{name} {selector}", border, g) for g in {fill, *grounds}]
    assert len(checked) >= 3, checked
    assert not _fails(checked, 3.0), "\n".join(_fails(checked, 3.0))


def _chart_palette(name: str) -> tuple[str, ...]:
    """A palette as written in explorer/ui/charts/palettes.py (read, not re-typed here)."""
    import ast
    from pathlib import Path

    source = Path(__file__).parents[2] / "explorer/ui/charts/palettes.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name:
            value = ast.literal_eval(node.value)
            return value if isinstance(value, tuple) else (value,)
    raise AssertionError(name)


def test_high_contrast_chart_palette_meets_3_to_1() -> None:
    """WCAG 1.4.11: every line, marker and bar colour of the high-contrast charts against
    the plot's background (the standard Okabe-Ito palette does not: its yellow is 1.3:1)."""
    (ground,) = _chart_palette("CHART_BACKGROUND")
    palette = _chart_palette("HIGH_CONTRAST")
    assert len(palette) == len(_chart_palette("OKABE_ITO")) == 8
    pairs = [("HIGH_CONTRAST", c, ground) for c in palette]
    assert not _fails(pairs, 3.0), "\n".join(_fails(pairs, 3.0))
    standard = [("OKABE_ITO", c, ground) for c in _chart_palette("OKABE_ITO")]
    assert len(_fails(standard, 3.0)) >= 3  # why high contrast needs its own palette


@pytest.mark.parametrize("deficiency", [None, "protanopia", "deuteranopia", "tritanopia"])
def test_high_contrast_chart_palette_distinguishable(deficiency: str | None) -> None:
    from explorer.ui.a11y.colour import min_distance

    distance, a, b = min_distance(_chart_palette("HIGH_CONTRAST"), deficiency)
    assert distance >= 10, f"{a} and {b} only {distance:.1f} apart ({deficiency})"
