"""``collections export NAME --out FILE --format xlsx|pdf``: a collection as a workbook or a
PDF brief, its figures from the reference database (``--db``) and each item with its source.
``--format`` defaults to the file's suffix (``.xlsx``, ``.pdf``), else ``.eecollection``.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

FORMATS = ("eecollection", "xlsx", "pdf")


def export_format(args: argparse.Namespace) -> str:
    """The format asked for, or the one the output file's suffix names."""
    chosen: str | None = getattr(args, "format", None)
    if chosen:
        return chosen
    suffix = Path(args.out).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "eecollection"


def export_report(args: argparse.Namespace, user: Engine, fmt: str) -> int:
    """Write collection ``args.name`` as ``fmt`` (xlsx or pdf) to ``args.out``."""
    from explorer.cli.common import check_output
    from explorer.jobs.collection_export import collection_report, write_xlsx
    from explorer.paths import default_reference_db
    from explorer.store.database import Database
    from explorer.ui.widgets.chart_star import chart_source

    refused = check_output(args.out, args, kind=f"{fmt.upper()} file")
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # charts and PDFs need a Qt app
    from explorer.ui.application import make_application

    make_application([sys.argv[0]])
    database = Database.open(getattr(args, "db", None) or default_reference_db(), readonly=True)
    try:
        report = collection_report(database, user, args.name, date.today(), chart_source)
    finally:
        database.dispose()
    try:
        if fmt == "xlsx":
            write_xlsx(report, args.out)
        else:
            from explorer.ui.collection_pdf import write_collection_pdf

            write_collection_pdf(report, args.out)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if getattr(args, "json", False):
        import json

        print(json.dumps({"out": str(args.out), "format": fmt, "items": len(report.items),
                          "absent": sum(not i.present for i in report.items)}))  # fmt: skip
    else:
        print(f"wrote {len(report.items)} items of {args.name!r} to {args.out}")
    return 0
