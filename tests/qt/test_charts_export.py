"""Chart exports: PNG (opened), SVG (parsed), CSV (same numbers), clipboard and the CLI."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from explorer.cli import main as chart_main
from explorer.ui.charts.base import ChartFrame
from explorer.ui.charts.render import ChartRequest, render_to_file

pytestmark = pytest.mark.realdata
SVG = "{http://www.w3.org/2000/svg}"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def render(qtbot: QtBot, db: Path, req: ChartRequest, out: Path,
           size: tuple[int, int] = (1000, 600)) -> ChartFrame:
    from explorer.store.engine import make_engine

    engine = make_engine(db, readonly=True)
    try:
        with engine.connect() as conn:
            chart = render_to_file(conn, req, out, size)
    finally:
        engine.dispose()
    qtbot.addWidget(chart)
    return chart


def non_blank(image: QImage) -> bool:
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23)
               for y in range(0, image.height(), 19)}
    return len(colours) > 5


@pytest.mark.parametrize("kind", ["trade-share", "partners", "map", "network", "bubbles",
                                  "matrix", "over-time"])
def test_png_opens_at_the_right_size(qtbot: QtBot, reference_db: Path, tmp_path: Path,
                                     kind: str) -> None:
    out = tmp_path / f"{kind}.png"
    render(qtbot, reference_db, ChartRequest(kind, year=2015 if kind == "map" else None), out,
           (900, 560))
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (900, 560)
    assert non_blank(image)


def test_svg_parses_and_holds_the_plot(qtbot: QtBot, reference_db: Path, tmp_path: Path
                                       ) -> None:
    out = tmp_path / "map.svg"
    chart = render(qtbot, reference_db, ChartRequest("map", indicator="NY.GDP.PCAP.CD",
                                                     year=2015), out)
    root = ET.parse(out).getroot()
    paths = list(root.iter(f"{SVG}path"))
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert len(paths) > 150  # one per country outline at least: closed paths survive
    assert "GDP per capita" in texts and "No data" in texts
    assert chart.title_label.text() in (root.findtext(f"{SVG}title") or "")


def test_csv_has_exactly_the_numbers_shown(qtbot: QtBot, reference_db: Path, tmp_path: Path
                                           ) -> None:
    out = tmp_path / "share.csv"
    chart = render(qtbot, reference_db, ChartRequest("trade-share", country="BRA"), out)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    table = chart.table()
    assert tuple(rows[0]) == table.headers
    assert len(rows) - 1 == len(table.rows)
    for written, shown in zip(rows[1:], table.rows, strict=True):
        assert int(written[0]) == shown[0]
        assert float(written[1]) == shown[1]
        assert written[3] == "" if shown[3] is None else float(written[3]) == shown[3]
    brief_year = next(r for r in rows[1:] if r[0] == "2007")
    assert brief_year[3] == "43.0"


def test_clipboard_gets_picture_and_table(qtbot: QtBot, reference_db: Path, tmp_path: Path
                                          ) -> None:
    chart = render(qtbot, reference_db, ChartRequest("partners", country="IND", year=2019),
                   tmp_path / "p.png")
    chart.copy_to_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    assert mime.text().splitlines()[0] == "key\tlabel\tUS$ millions"
    assert "\tUnited States\t" in mime.text()


def test_cli_writes_files_and_rejects_unknown_names(reference_db: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(reference_db), "chart"]
    assert chart_main([*db, "trade-share", "--country", "BRA", "--out",
                       str(tmp_path / "s.csv")]) == 0
    assert chart_main([*db, "map", "--indicator", "NY.GDP.PCAP.CD", "--year", "2015",
                       "--out", str(tmp_path / "m.svg")]) == 0
    ET.parse(tmp_path / "m.svg")
    assert chart_main([*db, "trade-share", "--country", "ZZZ", "--out",
                       str(tmp_path / "x.png")]) == 2
    assert "ZZZ" in capsys.readouterr().err
    assert chart_main([*db, "map", "--indicator", "NOPE", "--out", str(tmp_path / "x.png")]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert chart_main([*db, "network", "--out", str(tmp_path / "x.gif")]) == 2


SHOTS = [
    ("trade-share", ChartRequest("trade-share", country="G77")),
    ("brief", ChartRequest("brief")),
    ("bilateral", ChartRequest("bilateral", country="BRA", partner="CHN")),
    ("partners", ChartRequest("partners", country="IND")),
    ("matrix", ChartRequest("matrix", year=2019)),
    ("network", ChartRequest("network")),
    ("over-time", ChartRequest("over-time", by="sector")),
    ("region-pairs", ChartRequest("region-pairs")),
    ("map-gdp", ChartRequest("map", indicator="NY.GDP.PCAP.CD", year=2015)),
    ("map-income", ChartRequest("map", indicator="income_group", year=2020)),
    ("map-received", ChartRequest("map", indicator="initiatives_received", year=2014)),
    ("bubbles", ChartRequest("bubbles", year=2010, selected=("CHN", "IND", "BRA"))),
]


@pytest.mark.parametrize(("name", "req"), SHOTS, ids=[s[0] for s in SHOTS])
def test_screenshots(qtbot: QtBot, reference_db: Path, name: str, req: ChartRequest) -> None:
    """Offscreen renders to build/screenshots/ for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    out = SCREENSHOTS / f"chart_{name}.png"
    render(qtbot, reference_db, req, out, (1200, 700))
    assert non_blank(QImage(str(out)))


def test_window_export_is_at_least_1600_by_900(qtbot: QtBot, reference_db: Path,
                                               tmp_path: Path) -> None:
    """A chart drawn small on a laptop screen exports sharp: scaled to 1600x900 or more,
    its aspect kept, with its title and source line drawn in (the whole frame)."""
    from sqlalchemy import create_engine

    from explorer.ui.charts.export import EXPORT_MINIMUM, export_chart, export_scale
    from explorer.ui.charts.render import load_chart_data, make_chart

    engine = create_engine(f"sqlite:///{reference_db}")
    req = ChartRequest("trade-share")
    with engine.connect() as conn:
        chart = make_chart(req, load_chart_data(conn, req))
    engine.dispose()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.title_label.text() and chart.source_label.text()
    out = tmp_path / "small.png"
    export_chart(chart, out)
    image = QImage(str(out))
    scale = export_scale(chart.size())
    assert scale >= 2.0
    assert (image.width(), image.height()) == (int(800 * scale), int(400 * scale))
    assert image.width() >= EXPORT_MINIMUM[0] and image.height() >= EXPORT_MINIMUM[1]
    assert non_blank(image)
    chart.resize(2000, 1200)  # already large: its own size
    assert export_scale(chart.size()) == 1.0
