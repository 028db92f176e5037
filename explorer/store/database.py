"""One handle on the reference database, whatever its backend.

A :class:`Database` replaces file paths in every layer above ``store``: pages, jobs and
queries take a ``Database`` and ask it for connections or sessions. It is Qt-free and
imports SQLAlchemy only when an engine is first needed, so building one costs nothing at
start-up.

Build it once with :meth:`Database.open` from either

- a file path (``/data/explorer.sqlite``): the SQLite backend; or
- a SQLAlchemy or libpq URL (``postgresql://reader@db.example.org:5432/explorer``, also
  libpq's multi-host form ``postgresql://u@h1:5432,h2:5432/db?target_session_attrs=any``):
  the PostgreSQL backend (psycopg 3). Passwords never come from the command line: libpq
  reads ``PGPASSWORD``, ``~/.pgpass`` or a service file itself.

API (kept small on purpose; other engineers code against it):

``url``           the SQLAlchemy URL used for the engine (may hold a password: never show it)
``display_name``  what to show a user: the file path, or the URL with any password removed
``backend``       ``"sqlite"`` or ``"postgresql"``
``path``          the SQLite file, or ``None`` on a server
``readonly``      opened read-only (SQLite ``mode=ro``; on a server, the role decides)
``engine``        created lazily on first use, cached, thread-safe
``connect()``     context manager: a ``Connection`` inside a transaction (committed on exit)
``session()``     context manager: an ORM ``Session`` (committed on success, else rolled back)
``stamp()``       an identity+version tuple for caches: changes when the data changes
``dispose()``     close the engine's pooled connections; call it when switching data

Switching to other data means a new ``Database`` and ``dispose()`` on the old one: a
cached engine must never keep reading a file that has been replaced.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

Backend = Literal["sqlite", "postgresql"]

_URL_SCHEME = re.compile(r"^(postgres(?:ql)?)(\+\w+)?://", re.IGNORECASE)
_PASSWORD = re.compile(r"^([^:/?#@]+://[^:/?#@]*):[^@/]*@")


def is_url(target: str) -> bool:
    """Whether ``target`` is a PostgreSQL URL rather than a file path."""
    return bool(_URL_SCHEME.match(target))


def _sqlalchemy_pg_url(target: str) -> str:
    """A libpq URL (``postgresql://``/``postgres://``) as SQLAlchemy's psycopg 3 URL."""
    m = _URL_SCHEME.match(target)
    assert m is not None
    driver = m.group(2) or "+psycopg"
    return f"postgresql{driver}://" + target[m.end():]


def redact(url: str) -> str:
    """``url`` with any password removed (``user:secret@host`` becomes ``user@host``)."""
    return _PASSWORD.sub(r"\1@", url)


class Database:
    """A handle on one reference database (SQLite file or PostgreSQL server)."""

    def __init__(self, url: str, backend: Backend, *, path: Path | None = None,
                 readonly: bool = False) -> None:
        self.url = url
        self.backend: Backend = backend
        self.path = path
        self.readonly = readonly
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    # ---- construction ------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path, *, readonly: bool = False) -> Database:
        """A handle on a file path or a PostgreSQL URL; nothing is connected yet."""
        text = str(target)
        if isinstance(target, str) and is_url(text):
            return cls(_sqlalchemy_pg_url(text), "postgresql", readonly=readonly)
        path = Path(target).expanduser().resolve()
        if readonly:
            url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        else:
            url = f"sqlite+pysqlite:///{path.as_posix()}"
        return cls(url, "sqlite", path=path, readonly=readonly)

    # ---- identity ----------------------------------------------------------------------

    @property
    def display_name(self) -> str:
        """The file path, or the server URL without its password."""
        if self.path is not None:
            return str(self.path)
        return redact(self.url.replace("postgresql+psycopg://", "postgresql://", 1))

    def stamp(self) -> tuple[object, ...]:
        """Identity and version for caches: equal stamps mean the same data.

        SQLite: (path, mtime_ns, size) of the file (a swapped-in rebuild changes it).
        PostgreSQL: (display URL, ``build_info.built_at``).
        """
        if self.path is not None:
            try:
                st = self.path.stat()
            except OSError:
                return (str(self.path), None, None)
            return (str(self.path), st.st_mtime_ns, st.st_size)
        from sqlalchemy import text

        try:
            with self.connect() as conn:
                built = conn.execute(
                    text("SELECT value FROM build_info WHERE key = 'built_at'")).scalar()
        except Exception:  # an unreachable server has no version yet
            built = None
        return (self.display_name, built)

    # ---- engine, connections, sessions -------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine, created on first use (thread-safe) and cached until ``dispose()``."""
        with self._lock:
            if self._engine is None:
                self._engine = self._create_engine()
            return self._engine

    def _create_engine(self) -> Engine:
        from sqlalchemy import create_engine, event

        if self.backend == "sqlite":
            from explorer.store.sqlite.engine import on_connect

            engine = create_engine(self.url)
            event.listen(engine, "connect", on_connect(bulk=False))
            return engine
        # A server that does not answer fails in seconds, never hangs a caller; a URL's own
        # connect_timeout wins. hide_parameters keeps values out of error messages.
        connect_args = {} if "connect_timeout=" in self.url else {"connect_timeout": 5}
        return create_engine(self.url, pool_pre_ping=True, hide_parameters=True,
                             connect_args=connect_args)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection in a transaction, committed when the block ends without error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session: committed on success, rolled back on error, always closed."""
        from sqlalchemy.orm import Session

        with Session(self.engine) as sess:
            try:
                yield sess
                sess.commit()
            except BaseException:
                sess.rollback()
                raise

    def dispose(self) -> None:
        """Close pooled connections and forget the engine (the next use makes a new one)."""
        with self._lock:
            engine, self._engine = self._engine, None
        if engine is not None:
            engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.display_name!r}, backend={self.backend!r})"
