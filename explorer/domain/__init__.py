"""Plain frozen dataclasses and pure functions. No Qt, no SQLAlchemy."""
