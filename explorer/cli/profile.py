"""``exchange-explorer profile ISO3 --pdf FILE``: a country's brief as a PDF, offscreen.

``cli.py`` wires it in with ``add_profile_parser(sub)``; the database path comes from the
main parser's ``--db``. An unknown country prints suggestions and exits 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from explorer.paths import default_reference_db


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    add_profile_parser(sub)


def add_profile_parser(subparsers: Any) -> None:
    """Add ``profile`` to the ``exchange-explorer`` subcommands."""
    profile = subparsers.add_parser("profile", help="a country's brief (2-4 A4 pages) as a PDF")
    profile.add_argument("country", help="ISO3, ISO2 or a name in any stored language")
    profile.add_argument("--pdf", type=Path, required=True, help="the PDF file to write")
    profile.set_defaults(func=cmd_profile, reads_db=True)


def cmd_profile(args: argparse.Namespace) -> int:
    """Write the brief of ``args.country`` to ``args.pdf``; 2 for an unknown country."""
    from explorer.cli.common import check_output

    refused = check_output(args.pdf, args, kind="PDF file")
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return 2
    from explorer.jobs.countries import load_profile, resolve

    db: Path = getattr(args, "db", None) or default_reference_db()
    if not db.is_file():
        print(f"error: no reference database at {db}", file=sys.stderr)
        return 1
    from explorer.store.database import Database

    database = Database.open(db, readonly=True)
    match = resolve(database, args.country)
    if match.iso3 is None:
        print(match.message(), file=sys.stderr)
        return 2
    profile = load_profile(database, match.iso3)
    if profile is None:
        print(f"error: no profile for {match.iso3}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from explorer.ui.application import make_application
    from explorer.ui.pdf_brief import write_brief

    make_application([sys.argv[0]])
    try:
        write_brief(profile, args.pdf)
    except OSError as exc:
        print(f"error: cannot write {args.pdf}: {exc}", file=sys.stderr)
        return 1
    print(f"{match.name} ({match.iso3}): {args.pdf}")
    return 0
