"""PostgreSQL errors: did the connection to the server fail, or something else?

The counterpart of ``explorer.store.sqlite.errors``. It reads psycopg's exception classes and
SQLSTATE codes by duck typing, so it imports no driver: a caller may pass any exception.
"""

from __future__ import annotations

# SQLSTATEs after which a connection is gone and a retry later may succeed: class 08
# (connection exception), 57P01 admin shutdown (``pg_ctl stop -m fast``), 57P02 crash
# shutdown, 57P03 cannot connect now (starting up or shutting down).
_LOST_STATES = ("57P01", "57P02", "57P03")


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` (a psycopg error, or SQLAlchemy's wrapper of one) says the server
    cannot be reached or closed the connection."""
    if getattr(exc, "connection_invalidated", False):  # SQLAlchemy saw the connection die
        return True
    orig = getattr(exc, "orig", None)
    cause: BaseException = orig if isinstance(orig, BaseException) else exc
    if not type(cause).__module__.startswith("psycopg"):
        return False
    names = {c.__name__ for c in type(cause).__mro__}
    if "OperationalError" not in names:
        return False
    state = getattr(cause, "sqlstate", None)
    # A failure to connect carries no SQLSTATE (there was no server to send one).
    return state is None or str(state).startswith("08") or state in _LOST_STATES


def reason(exc: BaseException) -> str:
    """The first line of the driver's own message, without libpq's ``connection failed:``
    prefix and hints (``Connection refused``, ``terminating connection due to ...``)."""
    orig = getattr(exc, "orig", None)
    cause: BaseException = orig if isinstance(orig, BaseException) else exc
    lines = [ln.strip() for ln in str(cause).splitlines() if ln.strip()]
    first = lines[0] if lines else type(cause).__name__
    # libpq: 'connection failed: connection to server at "h", port 5432 failed: Connection
    # refused': the server is named by the caller, the cause is the last part.
    if " failed: " in first:
        first = first.rsplit(" failed: ", 1)[1]
    return first
