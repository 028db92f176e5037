"""``exchange-explorer server``: set up an organisation's catalogue on PostgreSQL.

``server init URL`` creates the schema (the same migrations as SQLite), the extensions and
the roles ``explorer_reader``, ``explorer_editor``, ``explorer_admin``; ``server grant ROLE
USER URL`` gives a login one of them. Passwords come from PGPASSWORD, ~/.pgpass or a
prompt, never from the command line; a URL that carries one is refused.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any) -> None:
    """Add this group's commands to the top-level sub-parsers."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "server", help="set up a shared catalogue on a PostgreSQL server"
    )
    actions = parser.add_subparsers(dest="server_command", required=True)
    init = actions.add_parser("init", help="create the schema, extensions and roles")
    init.add_argument("url", help="postgresql://user@host:5432/catalogue (no password)")
    init.set_defaults(func=cmd_init)
    grant = actions.add_parser("grant", help="give a user a catalogue role")
    grant.add_argument("role", choices=("explorer_reader", "explorer_editor", "explorer_admin"))
    grant.add_argument("user", help="an existing login role on the server")
    grant.add_argument("url", help="postgresql://admin@host:5432/catalogue (no password)")
    grant.set_defaults(func=cmd_grant)


def _run(url: str, work: Any) -> int:
    from explorer.store.postgresql.admin import ServerError, classify, make_pg_engine

    password: str | None = None
    for attempt in (1, 2):
        try:
            engine = make_pg_engine(url, password=password)
        except ServerError as exc:
            print(f"exchange-explorer: {exc}", file=sys.stderr)
            return 2
        try:
            with engine.begin() as conn:
                work(conn)
            return 0
        except ServerError as exc:
            print(f"exchange-explorer: {exc}", file=sys.stderr)
            return 2
        except Exception as exc:
            message = classify(exc)
            if message is None:
                raise
            if attempt == 1 and "password" in message and sys.stdin.isatty():
                import getpass

                password = getpass.getpass("PostgreSQL password: ")
                continue
            print(f"exchange-explorer: {message}", file=sys.stderr)
            return 2
        finally:
            engine.dispose()
    return 2


def cmd_init(args: argparse.Namespace) -> int:
    from explorer.importers.formats.apply import ensure_tables
    from explorer.store.postgresql.admin import init_server

    def work(conn: Any) -> None:
        init_server(conn)
        ensure_tables(conn)  # editors import into them, and may not create tables

    code = _run(args.url, work)
    if code == 0:
        print("catalogue ready: roles explorer_reader, explorer_editor, explorer_admin")
    return code


def cmd_grant(args: argparse.Namespace) -> int:
    from explorer.store.postgresql.admin import grant

    code = _run(args.url, lambda conn: grant(conn, args.role, args.user))
    if code == 0:
        print(f"{args.user} is now {args.role}")
    return code
