"""``exchange-explorer search QUERY``: search initiatives from the command line.

Registered in ``explorer.cli`` (which adds the global ``--db``) through ``register(sub)``.
Hints about what was not understood go to stderr; the exit status is 0 even
with no results, and 2 when the database cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from explorer.paths import default_reference_db


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    add_search_parser(sub).set_defaults(func=cmd_search, reads_db=True)


def add_search_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``search`` sub-command to ``subparsers`` (an argparse sub-parsers action)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "search",
        help="search initiatives",
        # The query language's help lives in explorer.domain.query; importing it here would
        # slow every start of the app, so --syntax prints it on demand.
        description="Search initiatives with the query language (see --syntax).",
    )
    parser.add_argument("--syntax", action="store_true", help="print the query language")
    parser.add_argument("query", nargs="*", help="the search (see above); empty lists all")
    parser.add_argument("--json", action="store_true", help="print a JSON list of results")
    parser.add_argument("--limit", type=int, default=20, help="results to show (default 20)")
    parser.add_argument("--offset", type=int, default=0, help="results to skip first")
    return parser


def _table(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'id':>7}  {'year':<9}  {'providers':<14}  {'recipients':<18}  title"]
    for r in rows:
        years = str(r["start_year"] or "")
        if r["end_year"] and r["end_year"] != r["start_year"]:
            years += f"-{r['end_year']}"
        prov = ",".join(r["providers"]) or ",".join(r["provider_names"])[:14]
        rec = ",".join(r["recipients"]) or ",".join(r["recipient_names"])[:18]
        lines.append(
            f"{r['id']:>7}  {years:<9}  {prov[:14]:<14}  {rec[:18]:<18}  {r['title'][:90]}"
        )
    return "\n".join(lines)


def _mine(text: str) -> dict[Any, frozenset[str]]:
    """The keys ``has:note``/``has:bookmark``/``note:`` select in the user database of
    ``EXPLORER_USER_DIR`` (as the ``notes`` command finds it); empty without such filters."""
    from explorer.paths import default_user_db
    from explorer.store.workspace_search import resolve_mine_at

    return dict(resolve_mine_at(default_user_db(), text))


def cmd_search(args: argparse.Namespace) -> int:
    """Run one search and print it; see the module docstring for the exit status."""
    if getattr(args, "syntax", False):
        from explorer.domain.query import __doc__ as query_help

        print(query_help)
        return 0
    from sqlalchemy.exc import DBAPIError

    from explorer.store.check import DatabaseUnreadable, open_readonly
    from explorer.store.engine import make_engine
    from explorer.store.queries.search import search

    path: Path = getattr(args, "db", None) or default_reference_db()
    text = " ".join(args.query) if isinstance(args.query, list) else str(args.query)
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged

    try:
        mine = _mine(text)
    except (DBAPIError, UserDatabaseDamaged) as exc:
        from explorer.paths import default_user_db

        if isinstance(exc, UserDatabaseDamaged):
            reason = exc.problem
        else:
            reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        print(f"error: cannot read your workspace {default_user_db()}: {reason}",
              file=sys.stderr)
        return 2
    try:
        if not isinstance(path, str):  # a server URL is checked when connected
            open_readonly(path).close()
        engine = make_engine(path, readonly=True)
        with engine.connect() as conn:
            page = search(
                conn, text, limit=max(0, args.limit), offset=max(0, args.offset), mine=mine
            )
        engine.dispose()
    except DatabaseUnreadable as exc:
        print(f"error: cannot read {path}: {exc.problem}", file=sys.stderr)
        return 2
    except DBAPIError as exc:  # the driver's reason only: never the SQL text
        reason = str(exc.orig).splitlines()[0] if exc.orig is not None else type(exc).__name__
        print(f"error: cannot read {path}: {reason}", file=sys.stderr)
        return 2
    for hint in page.hints:
        print(f"hint: {hint}", file=sys.stderr)
    rows = [r.as_json() for r in page.rows]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    order = "by relevance" if page.ranked else "newest first"
    shown = f"{page.offset + 1}-{page.offset + len(rows)}" if rows else "none"
    print(f"{page.total:,} initiatives ({order}; showing {shown})")
    if rows:
        print(_table(rows))
    return 0
