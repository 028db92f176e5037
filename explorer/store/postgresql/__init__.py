"""PostgreSQL backend of the store: server set-up, roles and connection faults.

Everything PostgreSQL-specific lives in this package, beside the SQLite code; psycopg is
imported inside functions so the app's start-up never pays for it.
"""
