"""Country commands of the CLI: ``peers`` and ``resolve-country``.

``cli.py`` wires them in with ``add_country_parsers(sub)`` and its ``COMMANDS`` table; the
database path comes from the main parser's ``--db``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from explorer.paths import default_reference_db

EVIDENCE_SHOWN = 20


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    add_country_parsers(sub)


def add_country_parsers(subparsers: Any) -> None:
    """Add ``peers`` and ``resolve-country`` to the ``exchange-explorer`` subcommands."""
    peers = subparsers.add_parser(
        "peers", help="countries like a country, or who it could learn from about a sector"
    )
    peers.add_argument("country", help="ISO3, ISO2 or a name in any stored language")
    peers.add_argument("--sector", help="a sector, theme or DAC code (e.g. health, 120)")
    peers.add_argument("--json", action="store_true", help="print a JSON list, best first")
    peers.add_argument("--limit", type=int, default=10, help="how many (default 10)")
    peers.set_defaults(func=cmd_peers, reads_db=True)

    resolve = subparsers.add_parser("resolve-country", help="which country a name means")
    resolve.add_argument("country", help="ISO3, ISO2 or a name in any stored language")
    resolve.add_argument("--json", action="store_true", help="print one JSON object")
    resolve.set_defaults(func=cmd_resolve_country, reads_db=True)


def _db_path(args: argparse.Namespace) -> Path:
    path: Path | None = getattr(args, "db", None)
    return path or default_reference_db()


def cmd_resolve_country(args: argparse.Namespace) -> int:
    """Print the country a text means; exit 2 (suggestions on stderr) when unresolved."""
    from explorer.store.engine import make_engine
    from explorer.store.queries.countries import resolve_country

    engine = make_engine(_db_path(args), readonly=True)
    try:
        with engine.connect() as conn:
            match = resolve_country(conn, args.country)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps({
            "text": match.text, "status": match.status, "iso3": match.iso3, "name": match.name,
            "suggestions": [{"iso3": s.iso3, "name": s.name} for s in match.suggestions],
        }, ensure_ascii=False))  # fmt: skip
    if not match.resolved:
        print(match.message(), file=sys.stderr)
        return 2
    if not args.json:
        print(f"{match.iso3}\t{match.name}")
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    """Print peers (or, with --sector, teachers) of a country; exit 2 for an unknown country."""
    from explorer.store.engine import make_engine
    from explorer.store.queries.countries import find_peers, find_teachers, resolve_country

    if args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    engine = make_engine(_db_path(args), readonly=True)
    try:
        with engine.connect() as conn:
            match = resolve_country(conn, args.country)
            if match.iso3 is None:
                print(match.message(), file=sys.stderr)
                return 2
            items: list[dict[str, Any]]
            notes: tuple[str, ...] = ()
            if args.sector:
                teachers = find_teachers(conn, match.iso3, args.sector, limit=args.limit)
                items = [
                    {
                        "key": t.iso3,
                        "iso3": t.iso3,
                        "name": t.name,
                        "score": round(t.score, 4),
                        "reasons": list(t.reasons),
                        "initiative_count": t.initiative_count,
                        # the newest EVIDENCE_SHOWN in full; every id in evidence_ids
                        "evidence": [
                            {"id": r.id, "title": r.title, "year": r.year, "dataset": r.dataset}
                            for r in t.evidence[:EVIDENCE_SHOWN]
                        ],
                        "evidence_ids": [r.id for r in t.evidence],
                    }
                    for t in teachers
                ]
            else:
                result = find_peers(conn, match.iso3, limit=args.limit)
                notes = result.notes
                items = [
                    {
                        "key": p.iso3,
                        "iso3": p.iso3,
                        "name": p.name,
                        "score": round(p.score, 4),
                        "reasons": list(p.reasons),
                    }
                    for p in result.peers
                ]
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    title = (
        f"who {match.name} could learn from about {args.sector}"
        if args.sector
        else f"countries like {match.name}"
    )
    print(f"{title} ({match.iso3})")
    for n, item in enumerate(items, 1):
        reasons = "; ".join(item["reasons"])
        print(f"{n:>3}. {item['name']} ({item['iso3']})  {item['score']:.2f}  {reasons}")
        for ev in item.get("evidence", [])[:3]:
            print(f"       #{ev['id']} {ev['year'] or '----'} {ev['title'][:80]}")
    for note in notes:
        print(f"note: {note}")
    if not items:
        print("none found")
    return 0
