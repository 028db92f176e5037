"""DAC sector scheme and the origin of each initiative sector (issue 13)

Revision ID: r0002
Revises: r0001
Create Date: 2026-12-04 00:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0002"
down_revision: str | None = "r0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dac_sector",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dataset_id"], ["dataset.id"]),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "dac_purpose",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("sector", sa.String(length=3), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("dataset_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dataset_id"], ["dataset.id"]),
        sa.ForeignKeyConstraint(["sector"], ["dac_sector.code"]),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("dac_purpose", schema=None) as batch_op:
        batch_op.create_index("ix_dac_purpose_sector", ["sector"], unique=False)
    op.create_table(
        "dac_name",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("code", "lang"),
    )
    with op.batch_alter_table("initiative_sector", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("rule", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("rule_field", sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("initiative_sector", schema=None) as batch_op:
        batch_op.drop_column("rule_field")
        batch_op.drop_column("rule")
        batch_op.drop_column("origin")
    op.drop_table("dac_name")
    with op.batch_alter_table("dac_purpose", schema=None) as batch_op:
        batch_op.drop_index("ix_dac_purpose_sector")
    op.drop_table("dac_purpose")
    op.drop_table("dac_sector")
