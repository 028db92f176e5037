"""The store: SQLAlchemy models, engines, migrations and query functions. No Qt."""
