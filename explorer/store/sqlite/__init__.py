"""Everything SQLite-specific: pragmas, the start-up read, error codes (beside ``postgresql``).

Kept light on purpose: importing this package loads neither ``sqlite3`` nor SQLAlchemy.
"""
