"""Why a job failed: the environment (tell the user) or our bug (log the traceback)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

# SQLite primary result codes that mean the file or the machine failed, not our SQL:
# PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, AUTH, NOTADB.
# SQLITE_ERROR (1: syntax errors, missing tables or columns) is a bug of ours.
_ENVIRONMENT_CODES = frozenset({3, 5, 6, 7, 8, 10, 11, 13, 14, 15, 23, 26})


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


def _is_environment(cause: BaseException) -> bool:
    from explorer.store.quick import DatabaseUnavailable

    if isinstance(cause, DatabaseUnavailable | OSError):
        return True
    code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(code, int):
        # Raised by SQLite itself: the code says who failed (Python 3.11+ exposes it).
        return (code & 0xFF) in _ENVIRONMENT_CODES
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
    if _is_environment(cause):
        return JobError(True, str(cause), details)
    return JobError(False, f"{type(exc).__name__}: {exc}", details)
