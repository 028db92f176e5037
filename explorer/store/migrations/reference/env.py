"""Alembic environment of the reference database (run through explorer.store.migrate)."""

from alembic import context

from explorer.store.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through explorer.store.migrate")
context.configure(
    connection=connection, target_metadata=target_metadata, render_as_batch=True
)
with context.begin_transaction():
    context.run_migrations()
