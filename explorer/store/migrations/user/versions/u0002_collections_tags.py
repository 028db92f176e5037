"""collections, tags, note title snapshot and uid

Replaces the stopgap that kept a note's title snapshot on a marker first line of its text:
the title moves into its own column (the marker line is removed from the text), every note
gets a uid for merging imports, and collections and tags get their tables. No row is lost.

Revision ID: u0002
Revises: u0001
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "u0002"
down_revision: str | None = "u0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TITLE_MARK = "\x1ftitle:"


def upgrade() -> None:
    with op.batch_alter_table("note") as batch:
        batch.add_column(sa.Column("title", sa.String(500), nullable=False, server_default=""))
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, text FROM note")).all()
    for note_id, stored in rows:
        title, body = "", stored
        if stored.startswith(_TITLE_MARK):
            head, _, body = stored.partition("\n")
            title = head[len(_TITLE_MARK):]
        conn.execute(
            sa.text("UPDATE note SET title = :t, text = :b, uid = :u WHERE id = :i"),
            {"t": title, "b": body, "u": str(uuid.uuid4()), "i": note_id},
        )
    with op.batch_alter_table("note") as batch:
        batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
        batch.create_unique_constraint("uq_note_uid", ["uid"])
    op.create_table(
        "collection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "collection_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(32), nullable=False),
        sa.Column("target_key", sa.String(100), nullable=False),
        sa.Column("title", sa.String(500), nullable=False, server_default=""),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["collection_id"], ["collection.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("collection_id", "target_key"),
    )
    op.create_index("ix_collection_item_collection_id", "collection_item", ["collection_id"])
    op.create_table(
        "bookmark_tag",
        sa.Column("bookmark_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["bookmark_id"], ["bookmark.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("bookmark_id", "tag"),
    )
    op.create_index("ix_bookmark_tag_tag", "bookmark_tag", ["tag"])
    op.create_table(
        "note_tag",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "tag"),
    )
    op.create_index("ix_note_tag_tag", "note_tag", ["tag"])


def downgrade() -> None:
    op.drop_table("note_tag")
    op.drop_table("bookmark_tag")
    op.drop_table("collection_item")
    op.drop_table("collection")
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, title, text FROM note WHERE title != ''")).all()
    for note_id, title, body in rows:
        conn.execute(
            sa.text("UPDATE note SET text = :t WHERE id = :i"),
            {"t": f"{_TITLE_MARK}{title}\n{body}", "i": note_id},
        )
    with op.batch_alter_table("note") as batch:
        batch.drop_constraint("uq_note_uid", type_="unique")
        batch.drop_column("uid")
        batch.drop_column("title")
