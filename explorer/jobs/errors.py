"""Why a job failed: the environment (tell the user) or our bug (log the traceback)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass


@dataclass(frozen=True)
class JobError:
    """Why a job failed.

    ``environment`` is True when the environment failed (database missing, locked, corrupt,
    disk errors): the message is for the user. Otherwise it is our bug and ``details`` holds
    the traceback for a report.
    """

    environment: bool
    message: str
    details: str
    connection_lost: bool = False  # the database server cannot be reached (retry later)


def _is_environment(cause: BaseException) -> bool:
    from explorer.store.quick import DatabaseUnavailable
    from explorer.store.sqlite.errors import classify
    from explorer.store.sqlite.user_recovery import UserDatabaseDamaged, UserFolderUnwritable

    if isinstance(cause, DatabaseUnavailable | OSError | UserDatabaseDamaged
                  | UserFolderUnwritable):  # fmt: skip
        return True
    by_code = classify(cause)  # raised by SQLite itself: its result code says who failed
    if by_code is not None:
        return by_code
    # A DB-API error built without a code (a driver's own check): trust its class.
    names = {c.__name__ for c in type(cause).__mro__}
    return "DatabaseError" in names and "ProgrammingError" not in names


def classify_error(exc: BaseException) -> JobError:
    """Split a job's exception into an environment failure or a bug."""
    details = "".join(traceback.format_exception(exc))
    cause: BaseException = exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the DB-API error
    if isinstance(orig, BaseException):
        cause = orig
    from explorer.store.postgresql.errors import is_connection_lost, reason

    if is_connection_lost(exc):
        return JobError(True, reason(exc), details, connection_lost=True)
    if _is_environment(cause):
        return JobError(True, str(cause), details)
    return JobError(False, f"{type(exc).__name__}: {exc}", details)
