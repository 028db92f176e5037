"""Reading helpers shared by the job modules: a query in a session of its own.

Jobs take a :class:`~explorer.store.database.Database` (never a file path), so a switch of
data (a new handle, the old one disposed) is seen by every job submitted after it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from explorer.store.database import Database

P = ParamSpec("P")
T = TypeVar("T")


def read(
    database: Database,
    query: Callable[Concatenate[Session, P], T],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Run ``query(session, *args, **kwargs)`` in a fresh Session over ``database``."""
    with database.session() as session:
        return query(session, *args, **kwargs)


def sqlite_file(database: Database) -> Path:
    """The SQLite file behind ``database``, for the fast start-up reads that need one."""
    if database.path is None:
        raise ValueError(f"{database.display_name} is not an SQLite file")
    return database.path
