"""Home's fast start-up read: the SQLite backend's, in ``store.sqlite.quick`` (kept here so
callers need not know the backend)."""

from explorer.store.sqlite.quick import (
    FEATURED_LIMIT,
    SQLITE_HEADER,
    DatabaseUnavailable,
    check_file,
    connect_readonly,
    display_name_sql,
    load_cases,
    load_counts,
    load_home,
    load_status,
    load_vintage,
)

__all__ = [
    "FEATURED_LIMIT",
    "SQLITE_HEADER",
    "DatabaseUnavailable",
    "check_file",
    "connect_readonly",
    "display_name_sql",
    "load_cases",
    "load_counts",
    "load_home",
    "load_status",
    "load_vintage",
]
