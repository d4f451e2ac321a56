"""exchange: keys, trust, export state, imports, conflicts, id map, pseudonyms

Revision ID: 0006_exchange
Revises: 0005_shelter
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_exchange"
down_revision = "0005_shelter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_keys",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("public", sa.Text(), nullable=True),
        sa.Column("secret", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_exchange_keys")),
    )
    op.create_table(
        "exchange_trusted_sites",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("trusted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("how", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_exchange_trusted_sites")),
    )
    op.create_table(
        "exchange_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_exchange_state")),
    )
    op.create_table(
        "exchange_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("site_code", sa.String(length=16), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("from_seq", sa.BigInteger(), nullable=False),
        sa.Column("to_seq", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_imports")),
    )
    with op.batch_alter_table("exchange_imports", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_imports_site", ["site_id", "to_seq"], unique=False)

    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("winner_version", sa.BigInteger(), nullable=False),
        sa.Column("winner_site", sa.String(length=36), nullable=True),
        sa.Column("loser_version", sa.BigInteger(), nullable=False),
        sa.Column("loser_site", sa.String(length=36), nullable=True),
        sa.Column("loser_values", sa.Text(), nullable=False),
        sa.Column("bundle_site", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_conflicts_row", ["table_name", "row_id"],
                              unique=False)

    op.create_table(
        "exchange_id_map",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("foreign_id", sa.String(length=36), nullable=False),
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "foreign_id", name=op.f("pk_exchange_id_map")),
    )
    op.create_table(
        "exchange_pseudonyms",
        sa.Column("code", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("intake_month", sa.String(length=7), nullable=True),
        sa.Column("age_band", sa.String(length=8), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("sector", sa.String(length=80), nullable=True),
        sa.Column("violence_types", sa.Text(), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=True),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("statistics_consent", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_exchange_pseudonyms")),
    )
    with op.batch_alter_table("exchange_pseudonyms", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_pseudonyms_site", ["origin_site"], unique=False)


def downgrade() -> None:
    for name in ("exchange_pseudonyms", "exchange_id_map", "exchange_conflicts",
                 "exchange_imports", "exchange_state", "exchange_trusted_sites",
                 "exchange_keys"):
        op.drop_table(name)
