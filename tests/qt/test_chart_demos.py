"""Every chart demo renders offscreen: the PNG opens at its size and is not blank, the SVG
parses and carries the demo label; ``--list`` names every demo. No database involved."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from explorer.ui.charts import demo
from explorer.ui.charts.palettes import NO_DATA

SVG = "{http://www.w3.org/2000/svg}"


def colours(image: QImage) -> np.ndarray:
    """The distinct ARGB values of an image."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32,
                           count=image.width() * image.height())
    return np.unique(pixels)


@pytest.mark.parametrize("name", [d.name for d in demo.DEMOS])
def test_demo_renders_png_and_svg(qtbot: QtBot, tmp_path: Path, name: str) -> None:
    png, svg = demo.render_demo(demo.find(name), tmp_path)
    assert (png.name, svg.name) == (f"{name}.png", f"{name}.svg")

    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == demo.SIZE
    assert len(colours(image)) > 8, "looks blank"

    root = ET.parse(svg).getroot()
    assert root.tag == f"{SVG}svg"
    title = root.find(f"{SVG}title")
    assert title is not None and demo.DEMO_LABEL in (title.text or "")


def test_map_shows_a_no_data_country(qtbot: QtBot, tmp_path: Path) -> None:
    png, _ = demo.render_demo(demo.find("map"), tmp_path)
    assert (NO_DATA.rgba() & 0xFFFFFFFF) in set(colours(QImage(str(png))).tolist())


def test_every_demo_is_labelled_fake(qtbot: QtBot) -> None:
    for d in demo.DEMOS:
        chart = d.build()
        qtbot.addWidget(chart)
        assert demo.DEMO_LABEL in chart.title_label.text(), d.name
        assert demo.DEMO_LABEL in chart.source_label.text(), d.name


def test_list_names_every_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--list"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == [d.name for d in demo.DEMOS]
    assert len(set(listed)) == len(listed)


def test_out_with_only_prints_the_paths(qtbot: QtBot, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--out", str(tmp_path / "new"), "--only", "bar"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(tmp_path / "new" / "bar.png"), str(tmp_path / "new" / "bar.svg")]
    assert all(Path(p).is_file() for p in printed)


def test_unknown_demo_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--out", "unused", "--only", "pie"]) == 2
    assert "no demo called 'pie'" in capsys.readouterr().err


def test_window_clicks_through_every_demo(qtbot: QtBot) -> None:
    window = demo.DemoWindow()
    qtbot.addWidget(window)
    for row, d in enumerate(demo.DEMOS):
        window.list.setCurrentRow(row)
        assert window.chart is not None and window.about.text() == d.about
        assert window.presentation.isChecked() == d.presentation
        if window.player.years:  # map and bubbles: the player moves the chart
            first = window.player.years[0]
            window.player.set_year(first)
            assert getattr(window.chart, "year", None) == first
