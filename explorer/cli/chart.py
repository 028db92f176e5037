"""``exchange-explorer chart KIND --out FILE.png|svg|csv``: any chart, rendered offscreen.

Registered in ``explorer.cli`` through ``register(sub)``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

CHART_KINDS = ("trade-share", "trade-values", "brief", "partners", "bilateral", "matrix",
               "network", "over-time", "region-pairs", "map", "bubbles")


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    add_chart_parser(sub).set_defaults(func=cmd_chart, reads_db=True)


def add_chart_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``chart`` command to ``subparsers`` (from ``add_subparsers``)."""
    from explorer.cli.common import parse_size

    p: argparse.ArgumentParser = subparsers.add_parser(
        "chart", help="render a chart offscreen to PNG, SVG or CSV",
        description="Render a chart offscreen; the format follows the --out extension.")
    p.add_argument("kind", choices=CHART_KINDS)
    p.add_argument("--out", type=Path, required=True, help="FILE.png, FILE.svg or FILE.csv")
    p.add_argument("--country", "--group", dest="country",
                   help="ISO3 code or group code (G77, ASEAN, AU, SSF, LMC...)")
    p.add_argument("--partner", help="second country of a bilateral chart (ISO3)")
    p.add_argument("--year", type=int, help="year (default: the latest with data)")
    p.add_argument("--groups", default="wb_region", choices=("wb_region", "wb_income"),
                   help="matrix: which kind of groups")
    p.add_argument("--indicator", help="map: WDI code or income_group, initiatives_received, "
                   "initiatives_provided, ss_export_share (default)")
    p.add_argument("--sector", help="cooperation: DAC sector name")
    p.add_argument("--modality", help="cooperation: modality (training, finance...)")
    p.add_argument("--source", help="cooperation: dataset key (undp-ss, abc-brazil...)")
    p.add_argument("--from", dest="first_year", type=int, help="cooperation: first start year")
    p.add_argument("--to", dest="last_year", type=int, help="cooperation: last start year")
    p.add_argument("--by", default="modality", choices=("modality", "sector"))
    p.add_argument("--x", default="NY.GDP.PCAP.CD", help="bubbles: x indicator")
    p.add_argument("--y", default="SP.DYN.LE00.IN", help="bubbles: y indicator")
    p.add_argument("--size", dest="size_by", default="SP.POP.TOTL", help="bubbles: size")
    p.add_argument("--colour", default="region",
                   help="bubbles: region, income or an indicator code")
    p.add_argument("--linear-x", action="store_true", help="bubbles: linear x axis")
    p.add_argument("--log-y", action="store_true", help="bubbles: logarithmic y axis")
    p.add_argument("--select", default="", help="bubbles: ISO3 codes with trails, a,b,c")
    p.add_argument("--pixels", type=parse_size, default=(1600, 900), help="WxH, default 1600x900")
    p.add_argument("--presentation", action="store_true", help="large fonts")
    return p


def cmd_chart(args: argparse.Namespace) -> int:
    """Render the chart; exit 2 with a one-line message on unknown names or a bad file."""
    import os

    from explorer.cli.common import check_output

    refused = check_output(args.out, args)
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return 2

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.paths import default_reference_db
    from explorer.store.check import DatabaseUnreadable, open_readonly
    from explorer.store.engine import make_engine
    from explorer.store.queries.maps import UnknownMeasure
    from explorer.store.queries.trade import UnknownSubject
    from explorer.ui.charts.export import ExportError
    from explorer.ui.charts.render import ChartRequest, render_to_file

    path: Path = getattr(args, "db", None) or default_reference_db()
    try:
        if not isinstance(path, str):  # a server URL is checked when connected
            open_readonly(path).close()
    except DatabaseUnreadable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    req = ChartRequest(
        args.kind, args.country, args.partner, args.groups, args.year, args.indicator,
        args.sector, args.modality, args.source, args.first_year, args.last_year, args.by,
        args.x, args.y, args.size_by, args.colour, not args.linear_x, args.log_y,
        tuple(c.strip().upper() for c in args.select.split(",") if c.strip()))
    _app = QApplication.instance() or QApplication([])
    engine = make_engine(path, readonly=True)
    try:
        with engine.connect() as conn:
            render_to_file(conn, req, args.out, args.pixels, args.presentation)
    except UnknownSubject as exc:
        print(f"error: no country or group has the code {exc.args[0]!r} (use an ISO3 code such "
              f"as BRA, or a group code such as G77, ASEAN, SSF)", file=sys.stderr)
        return 2
    except UnknownMeasure as exc:
        print(f"error: unknown indicator {exc.args[0]!r} (a WDI code such as NY.GDP.PCAP.CD, "
              f"or income_group, initiatives_received, initiatives_provided, "
              f"ss_export_share)", file=sys.stderr)
        return 2
    except (ExportError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"wrote {args.out}")
    return 0
