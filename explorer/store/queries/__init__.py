"""Query functions: each takes a Session first, returns domain rows and never commits.

``in_session`` runs one query in a Session of its own over a cached read-only engine, which
is how background jobs call them (one Session per job, one job per thread at a time).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from explorer.store.engine import make_engine

P = ParamSpec("P")
T = TypeVar("T")

_engines: dict[Path, Engine] = {}
_lock = threading.Lock()


def readonly_engine(path: Path) -> Engine:
    """The shared read-only engine of the database at ``path`` (created once)."""
    key = path.resolve()
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = make_engine(key, readonly=True)
            _engines[key] = engine
        return engine


def dispose_engines() -> None:
    """Close every cached engine (at shutdown, or before a database is replaced)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


def in_session(
    path: Path,
    query: Callable[Concatenate[Session, P], T],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Run ``query(session, *args)`` in a fresh read-only Session over ``path``."""
    with Session(readonly_engine(path)) as session:
        return query(session, *args, **kwargs)
