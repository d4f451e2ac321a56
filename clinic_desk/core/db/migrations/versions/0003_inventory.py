"""inventory: locations, catalogue, batches, ledger

Revision ID: 0003_inventory
Revises: 0002_intake
Create Date: 2026-11-28

The ledger is append-only in the database itself (triggers refuse UPDATE and DELETE,
as in 0001). Stock balances are kept by a trigger on every ledger insert, so imports
and bulk loads maintain them too; a CHECK refuses a negative balance.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_inventory"
down_revision = "0002_intake"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inv_balances",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("qty_milli", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("qty_milli >= 0", name=op.f("ck_inv_balances_not_negative")),
        sa.PrimaryKeyConstraint("location_id", "batch_id", name=op.f("pk_inv_balances")),
    )
    with op.batch_alter_table("inv_balances", schema=None) as batch_op:
        batch_op.create_index("ix_inv_balances_item", ["location_id", "item_id"], unique=False)

    op.create_table(
        "inv_items",
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("generic_name", sa.String(length=120), nullable=False),
        sa.Column("form", sa.String(length=48), nullable=False),
        sa.Column("strength", sa.String(length=48), nullable=False),
        sa.Column("unit", sa.String(length=24), nullable=False),
        sa.Column("group", sa.String(length=80), nullable=False),
        sa.Column("divisible", sa.Boolean(), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_items")),
        sa.UniqueConstraint("code", name=op.f("uq_inv_items_code")),
    )
    with op.batch_alter_table("inv_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inv_items_gtin"), ["gtin"], unique=False)
        batch_op.create_index(batch_op.f("ix_inv_items_version"), ["version"], unique=False)

    op.create_table(
        "inv_locations",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_locations")),
        sa.UniqueConstraint("code", name=op.f("uq_inv_locations_code")),
    )
    with op.batch_alter_table("inv_locations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inv_locations_version"), ["version"], unique=False)

    op.create_table(
        "inv_batches",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("lot", sa.String(length=40), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("gtin", sa.String(length=14), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inv_items.id"], name=op.f("fk_inv_batches_item_id_inv_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_batches")),
        sa.UniqueConstraint("item_id", "lot", name=op.f("uq_inv_batches_item_id")),
    )
    with op.batch_alter_table("inv_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inv_batches_gtin"), ["gtin"], unique=False)
        batch_op.create_index(batch_op.f("ix_inv_batches_version"), ["version"], unique=False)

    op.create_table(
        "inv_location_assignments",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["inv_locations.id"],
            name=op.f("fk_inv_location_assignments_location_id_inv_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_inv_location_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_location_assignments")),
        sa.UniqueConstraint(
            "user_id", "location_id", name=op.f("uq_inv_location_assignments_user_id")
        ),
    )
    with op.batch_alter_table("inv_location_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inv_location_assignments_version"), ["version"], unique=False
        )

    op.create_table(
        "inv_reorder_levels",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("reorder_milli", sa.BigInteger(), nullable=False),
        sa.Column("target_months", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inv_items.id"], name=op.f("fk_inv_reorder_levels_item_id_inv_items")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["inv_locations.id"],
            name=op.f("fk_inv_reorder_levels_location_id_inv_locations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_reorder_levels")),
        sa.UniqueConstraint(
            "location_id", "item_id", name=op.f("uq_inv_reorder_levels_location_id")
        ),
    )
    with op.batch_alter_table("inv_reorder_levels", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inv_reorder_levels_version"), ["version"], unique=False
        )

    op.create_table(
        "inv_stocktakes",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["inv_locations.id"],
            name=op.f("fk_inv_stocktakes_location_id_inv_locations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_stocktakes")),
    )
    with op.batch_alter_table("inv_stocktakes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inv_stocktakes_version"), ["version"], unique=False)

    op.create_table(
        "inv_ledger",
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("qty_milli", sa.BigInteger(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("prescriber", sa.String(length=120), nullable=True),
        sa.Column("source", sa.String(length=120), nullable=True),
        sa.Column("counterpart_id", sa.String(length=36), nullable=True),
        sa.Column("transfer_id", sa.String(length=36), nullable=True),
        sa.Column("stocktake_id", sa.String(length=36), nullable=True),
        sa.Column("reverses_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("qty_milli <> 0", name=op.f("ck_inv_ledger_qty_nonzero")),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["inv_batches.id"], name=op.f("fk_inv_ledger_batch_id_inv_batches")
        ),
        sa.ForeignKeyConstraint(
            ["counterpart_id"],
            ["inv_locations.id"],
            name=op.f("fk_inv_ledger_counterpart_id_inv_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inv_items.id"], name=op.f("fk_inv_ledger_item_id_inv_items")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["inv_locations.id"],
            name=op.f("fk_inv_ledger_location_id_inv_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["inv_ledger.id"], name=op.f("fk_inv_ledger_reverses_id_inv_ledger")
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["inv_stocktakes.id"],
            name=op.f("fk_inv_ledger_stocktake_id_inv_stocktakes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_ledger")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_inv_ledger_reverses_id")),
    )
    with op.batch_alter_table("inv_ledger", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inv_ledger_batch", ["batch_id", "location_id", "occurred_on"], unique=False
        )
        batch_op.create_index(
            "ix_inv_ledger_card", ["location_id", "item_id", "occurred_on", "version"], unique=False
        )
        batch_op.create_index(
            "ix_inv_ledger_period",
            ["location_id", "occurred_on", "item_id", "kind", "reason", "qty_milli"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_inv_ledger_transfer_id"), ["transfer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inv_ledger_version"), ["version"], unique=False)

    op.create_table(
        "inv_stocktake_lines",
        sa.Column("stocktake_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("expected_milli", sa.BigInteger(), nullable=False),
        sa.Column("snapshot_version", sa.BigInteger(), nullable=False),
        sa.Column("counted_milli", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.String(length=24), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["inv_batches.id"],
            name=op.f("fk_inv_stocktake_lines_batch_id_inv_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inv_items.id"], name=op.f("fk_inv_stocktake_lines_item_id_inv_items")
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["inv_stocktakes.id"],
            name=op.f("fk_inv_stocktake_lines_stocktake_id_inv_stocktakes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inv_stocktake_lines")),
        sa.UniqueConstraint(
            "stocktake_id", "batch_id", name=op.f("uq_inv_stocktake_lines_stocktake_id")
        ),
    )
    with op.batch_alter_table("inv_stocktake_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inv_stocktake_lines_stocktake_id"), ["stocktake_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_inv_stocktake_lines_version"), ["version"], unique=False
        )

    append_only("inv_ledger")
    balance_trigger()


def append_only(table: str) -> None:
    """The database itself refuses to change or remove a ledger entry (same logic as
    0001_foundation.append_only, copied so this migration stands alone)."""
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    else:
        op.execute(
            f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{table} is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
        )


def balance_trigger() -> None:
    """Every ledger insert moves the balance of its batch at its location. (A zero row
    first, then the update: an upsert would check the CHECK against the bare delta.)"""
    make_row = (
        "INSERT INTO inv_balances (location_id, batch_id, item_id, qty_milli) "
        "SELECT NEW.location_id, NEW.batch_id, NEW.item_id, 0 WHERE NOT EXISTS "
        "(SELECT 1 FROM inv_balances WHERE location_id = NEW.location_id "
        "AND batch_id = NEW.batch_id); "
        "UPDATE inv_balances SET qty_milli = qty_milli + NEW.qty_milli "
        "WHERE location_id = NEW.location_id AND batch_id = NEW.batch_id; "
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE TRIGGER inv_ledger_balance AFTER INSERT ON inv_ledger BEGIN {make_row} END"
        )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION inv_ledger_balance() RETURNS trigger AS $$ "
            f"BEGIN {make_row} RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER inv_ledger_balance AFTER INSERT ON inv_ledger "
            "FOR EACH ROW EXECUTE FUNCTION inv_ledger_balance()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("inv_ledger_balance", "inv_ledger_no_update", "inv_ledger_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS inv_ledger_balance ON inv_ledger")
        op.execute("DROP TRIGGER IF EXISTS inv_ledger_append_only ON inv_ledger")
        op.execute("DROP FUNCTION IF EXISTS inv_ledger_balance()")
        op.execute("DROP FUNCTION IF EXISTS inv_ledger_append_only()")
    with op.batch_alter_table("inv_stocktake_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_stocktake_lines_version"))
        batch_op.drop_index(batch_op.f("ix_inv_stocktake_lines_stocktake_id"))

    op.drop_table("inv_stocktake_lines")
    with op.batch_alter_table("inv_ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_ledger_version"))
        batch_op.drop_index(batch_op.f("ix_inv_ledger_transfer_id"))
        batch_op.drop_index("ix_inv_ledger_period")
        batch_op.drop_index("ix_inv_ledger_card")
        batch_op.drop_index("ix_inv_ledger_batch")

    op.drop_table("inv_ledger")
    with op.batch_alter_table("inv_stocktakes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_stocktakes_version"))

    op.drop_table("inv_stocktakes")
    with op.batch_alter_table("inv_reorder_levels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_reorder_levels_version"))

    op.drop_table("inv_reorder_levels")
    with op.batch_alter_table("inv_location_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_location_assignments_version"))

    op.drop_table("inv_location_assignments")
    with op.batch_alter_table("inv_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_batches_version"))
        batch_op.drop_index(batch_op.f("ix_inv_batches_gtin"))

    op.drop_table("inv_batches")
    with op.batch_alter_table("inv_locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_locations_version"))

    op.drop_table("inv_locations")
    with op.batch_alter_table("inv_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inv_items_version"))
        batch_op.drop_index(batch_op.f("ix_inv_items_gtin"))

    op.drop_table("inv_items")
    with op.batch_alter_table("inv_balances", schema=None) as batch_op:
        batch_op.drop_index("ix_inv_balances_item")

    op.drop_table("inv_balances")
