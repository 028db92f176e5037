"""``exchange-explorer cite KEY... [--format apa|chicago|bibtex|ris] [--out FILE]``.

Cites initiatives by their stable key (as ``search --json`` gives it) and datasets as
``dataset:<key>`` (``dataset:undp-ss``). Exit 0 when every key was cited, 2 when a key is
malformed or names nothing in the database (the others are still printed).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from explorer.domain.citations import FORMATS
from explorer.paths import default_reference_db


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    p = sub.add_parser("cite", help="cite initiatives or datasets (APA, Chicago, BibTeX, RIS)")
    p.add_argument("keys", nargs="+", metavar="KEY",
                   help="an initiative key (undp-ss:149) or dataset:KEY (dataset:undp-ss)")
    p.add_argument("--format", default="apa", choices=FORMATS, help="citation style")
    p.add_argument("--out", type=Path, help="write to this file instead of printing")
    p.set_defaults(func=cmd_cite, reads_db=True)  # fmt: skip


def cmd_cite(args: argparse.Namespace) -> int:
    """Print (or write) one citation per key; see the module docstring for the exit status."""
    from explorer.cli.common import check_output, environment_problem
    from explorer.domain.citations import format_citation
    from explorer.store.database import Database
    from explorer.store.queries.citations import citable

    if args.out is not None:
        refused = check_output(args.out, args, kind="citation file")
        if refused:
            print(f"error: {refused}", file=sys.stderr)
            return 2
    db = getattr(args, "db", None) or default_reference_db()
    database = Database.open(db, readonly=True)
    texts: list[str] = []
    status = 0
    today = date.today()
    try:
        with database.connect() as conn:
            for key in args.keys:
                try:
                    item = citable(conn, key.strip(), today)
                except ValueError:
                    print(f"error: {key!r} is not an initiative key (dataset:record) or "
                          "dataset:KEY", file=sys.stderr)  # fmt: skip
                    status = 2
                    continue
                if item is None:
                    print(f"error: nothing in the data has the key {key!r}", file=sys.stderr)
                    status = 2
                    continue
                texts.append(format_citation(item, args.format).rstrip("\n"))
    except Exception as exc:  # classified below; our own bugs re-raise
        problem = environment_problem(exc)
        if problem is None:
            raise
        print(f"error: {problem}", file=sys.stderr)
        return 2
    finally:
        database.dispose()
    joiner = "\n\n" if args.format in {"apa", "chicago"} else "\n"
    output = joiner.join(texts) + "\n" if texts else ""
    if args.out is not None:
        try:
            args.out.write_text(output, encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(output)
    return status
