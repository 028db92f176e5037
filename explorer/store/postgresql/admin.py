"""Set up an organisation's catalogue on a PostgreSQL server: schema, extensions, roles.

``init_server`` creates the reference schema with the same Alembic migrations as SQLite,
the ``unaccent`` and ``pg_trgm`` extensions, and three roles that people are granted:

- ``explorer_reader``: read everything;
- ``explorer_editor``: the reader's rights plus import and curate (insert, update, delete);
- ``explorer_admin``: the editor's rights plus schema changes (migrations) in the schema.

Passwords never pass through here: libpq takes them from ``PGPASSWORD``, ``~/.pgpass`` or
the caller's prompt (``connect_args``), and URLs that carry one are refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

READER = "explorer_reader"
EDITOR = "explorer_editor"
ADMIN = "explorer_admin"
ROLES = (READER, EDITOR, ADMIN)
EXTENSIONS = ("unaccent", "pg_trgm")

PERMISSION_DENIED = "permission denied: you can read this catalogue but not change it"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class ServerError(Exception):
    """A one-line, user-facing failure of a server operation."""


def is_postgresql_url(value: str) -> bool:
    """True for ``postgresql://`` / ``postgres://`` / ``postgresql+psycopg://`` URLs."""
    return value.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def sqlalchemy_url(url: str) -> str:
    """The SQLAlchemy URL (psycopg 3 driver) of a libpq-style URL; refuses passwords in it."""
    from sqlalchemy.engine import make_url

    if not is_postgresql_url(url):
        raise ServerError(f"not a PostgreSQL URL: {url!r}")
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    parsed = make_url(url)
    if parsed.password is not None:
        raise ServerError(
            "the URL carries a password: remove it and use PGPASSWORD, ~/.pgpass or the prompt"
        )
    return url


def make_pg_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine over a PostgreSQL catalogue; ``password`` only from a prompt, never logged."""
    from sqlalchemy import create_engine

    connect_args: dict[str, Any] = {}
    if password is not None:
        connect_args["password"] = password
    return create_engine(sqlalchemy_url(url), connect_args=connect_args, hide_parameters=True)


def _quote(name: str) -> str:
    if not _IDENT.match(name):
        raise ServerError(f"not a valid PostgreSQL role name: {name!r}")
    return '"' + name + '"'


def init_server(conn: Connection) -> None:
    """Create (or upgrade) the schema, the extensions and the three roles, in one transaction."""
    from sqlalchemy import text

    from explorer.store.migrate import upgrade_reference

    for ext in EXTENSIONS:
        conn.execute(text(f"CREATE EXTENSION IF NOT EXISTS {ext}"))
    upgrade_reference(conn)
    relax_lengths(conn)
    existing = set(
        conn.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}
        )
    )
    for role in ROLES:
        if role not in existing:
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    conn.execute(text(f"GRANT {READER} TO {EDITOR}"))
    conn.execute(text(f"GRANT {EDITOR} TO {ADMIN}"))
    schema = conn.scalar(text("SELECT current_schema()"))
    q = '"' + str(schema).replace('"', '""') + '"'
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {q} FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {q} TO {READER}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {q} TO {READER}"))
    conn.execute(
        text(f"GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {q} TO {EDITOR}")
    )
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q} TO {EDITOR}"))
    conn.execute(text(f"GRANT CREATE ON SCHEMA {q} TO {ADMIN}"))
    # Tables that later migrations add get the same rights.
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT ON TABLES TO {READER}"))
    conn.execute(
        text(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} "
            f"GRANT INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO {EDITOR}"
        )
    )
    conn.execute(
        text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT USAGE, SELECT ON SEQUENCES TO {EDITOR}")
    )


def grant(conn: Connection, role: str, user: str) -> None:
    """Give ``user`` (an existing login role) one of the catalogue's roles."""
    from sqlalchemy import text

    if role not in ROLES:
        raise ServerError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user})
    if not exists:
        raise ServerError(f"no such user on the server: {user!r} (create it with createuser)")
    conn.execute(text(f"GRANT {role} TO {_quote(user)}"))


def classify(exc: BaseException) -> str | None:
    """One clear line for a PostgreSQL fault, or None when it is not one we know."""
    orig = getattr(exc, "orig", exc)
    try:
        import psycopg
        from psycopg import errors
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if isinstance(orig, errors.InsufficientPrivilege):
        return PERMISSION_DENIED
    if isinstance(orig, errors.UndefinedTable):
        return "this server has no catalogue yet, or an older one: run 'server init' on it"
    if isinstance(orig, psycopg.OperationalError):
        message = str(orig)
        if "password authentication failed" in message or "no password supplied" in message:
            return "the server refused the password (set PGPASSWORD or ~/.pgpass)"
        if "does not exist" in message:
            return "no such catalogue on the server: " + message.strip().splitlines()[-1]
        if "Connection refused" in message or "could not connect" in message:
            return "the catalogue's server does not answer: is it running and reachable?"
        if "terminat" in message or "server closed the connection" in message:
            return "the connection to the catalogue's server was lost: nothing was changed"
    return None


def relax_lengths(conn: Connection) -> int:
    """Make every ``varchar(n)`` column of the schema ``text``; returns how many changed.

    SQLite never enforced the models' ``String(n)`` lengths and the real sources exceed
    some (``initiative.flow_class`` holds "Vague (Official Finance)" in a 20): PostgreSQL
    must accept the same rows to give the same answers.
    """
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'character varying' "
            "AND character_maximum_length IS NOT NULL"
        )
    ).all()
    for table, column in rows:
        conn.execute(text(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text'))
    return len(rows)
