"""SQLite error codes: did the file or the machine fail, or did our SQL?"""

from __future__ import annotations

# SQLite primary result codes that mean the file or the machine failed, not our SQL:
# PERM, BUSY, LOCKED, NOMEM, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, PROTOCOL, AUTH, NOTADB.
# SQLITE_ERROR (1: syntax errors, missing tables or columns) is a bug of ours.
ENVIRONMENT_CODES = frozenset({3, 5, 6, 7, 8, 10, 11, 13, 14, 15, 23, 26})


def classify(exc: BaseException) -> bool | None:
    """True when ``exc`` is SQLite reporting an environment failure, False when SQLite
    reports our bug, None when ``exc`` carries no SQLite error code (not SQLite's to say).

    Python 3.11+ puts the extended result code on ``sqlite3.Error.sqlite_errorcode``; its
    low byte is the primary code.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return (code & 0xFF) in ENVIRONMENT_CODES
