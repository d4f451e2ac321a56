"""shelter: rooms, beds, outages, stays, bed assignments, holds, waitlist

Revision ID: 0005_shelter
Revises: 0004_sessions
Create Date: 2026-11-28

The rules "one occupant per bed per night", "one bed per person per night" and "her
stays never overlap" are enforced by the database itself, whoever writes (services,
imports, a bulk load): BEFORE INSERT/UPDATE triggers refuse an overlapping interval of
nights, and partial unique indexes allow one open assignment per bed and per person
and one active stay per person. Intervals are [start, end) in nights; an empty one
(admitted and moved on the same day) occupies no night. The trigger messages start
with a fixed token (shelter_bed_overlap, shelter_person_overlap, shelter_stay_overlap)
that the services translate into a clear message.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_shelter"
down_revision = "0004_sessions"
branch_labels = None
depends_on = None

FOREVER = "'9999-12-31'"

# (trigger name, table, NEW column to match, start, end, token)
OVERLAPS = (
    (
        "shelter_assign_bed",
        "shelter_bed_assignments",
        "bed_id",
        "start_on",
        "end_on",
        "shelter_bed_overlap",
    ),
    (
        "shelter_assign_person",
        "shelter_bed_assignments",
        "person_id",
        "start_on",
        "end_on",
        "shelter_person_overlap",
    ),
    (
        "shelter_stay_person",
        "shelter_stays",
        "person_id",
        "admitted_on",
        "discharged_on",
        "shelter_stay_overlap",
    ),
)


def upgrade() -> None:
    op.create_table(
        "shelter_rooms",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_shelter_rooms_name")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_rooms")),
    )
    with op.batch_alter_table("shelter_rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shelter_rooms_version"), ["version"], unique=False)

    op.create_table(
        "shelter_beds",
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('bed', 'crib', 'mattress')", name=op.f("ck_shelter_beds_kind")
        ),
        sa.CheckConstraint("length(trim(label)) > 0", name=op.f("ck_shelter_beds_label")),
        sa.ForeignKeyConstraint(
            ["room_id"], ["shelter_rooms.id"], name=op.f("fk_shelter_beds_room_id_shelter_rooms")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_beds")),
    )
    with op.batch_alter_table("shelter_beds", schema=None) as batch_op:
        batch_op.create_index("ix_shelter_beds_room", ["room_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_beds_version"), ["version"], unique=False)

    op.create_table(
        "shelter_stays",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("admission_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("admitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("admitted_on", sa.Date(), nullable=False),
        sa.Column("referral_source", sa.String(length=16), nullable=False),
        sa.Column("referral_note", sa.String(length=200), nullable=True),
        sa.Column("expected_nights", sa.Integer(), nullable=True),
        sa.Column("discharged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("discharged_on", sa.Date(), nullable=True),
        sa.Column("discharge_reason", sa.String(length=24), nullable=True),
        sa.Column("destination", sa.String(length=200), nullable=True),
        sa.Column("discharge_note", sa.Text(), nullable=True),
        sa.Column("admitted_by", sa.String(length=36), nullable=True),
        sa.Column("discharged_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "discharge_reason IS NULL OR discharge_reason IN ('reintegrated_family', 'own_home', "
            "'other_institution', 'left_without_notice', 'expelled_safety', 'other')",
            name=op.f("ck_shelter_stays_discharge_reason"),
        ),
        sa.CheckConstraint(
            "referral_source IN ('self', 'cem', 'police', 'fiscalia', 'health_centre', "
            "'mobile_team', 'demuna', 'community', 'other_shelter', 'other')",
            name=op.f("ck_shelter_stays_referral_source"),
        ),
        sa.CheckConstraint(
            "(discharged_on IS NULL AND discharged_at IS NULL AND discharge_reason IS NULL) "
            "OR (discharged_on IS NOT NULL AND discharged_at IS NOT NULL "
            "AND discharge_reason IS NOT NULL)",
            name=op.f("ck_shelter_stays_discharge_complete"),
        ),
        sa.CheckConstraint(
            "discharged_on IS NULL OR discharged_on >= admitted_on",
            name=op.f("ck_shelter_stays_dates"),
        ),
        sa.CheckConstraint(
            "expected_nights IS NULL OR expected_nights BETWEEN 1 AND 3650",
            name=op.f("ck_shelter_stays_expected_nights"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_shelter_stays_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_shelter_stays_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_stays")),
    )
    with op.batch_alter_table("shelter_stays", schema=None) as batch_op:
        batch_op.create_index("ix_shelter_stays_admission", ["admission_id"], unique=False)
        batch_op.create_index(
            "ix_shelter_stays_period", ["admitted_on", "discharged_on"], unique=False
        )
        batch_op.create_index("ix_shelter_stays_person", ["person_id", "admitted_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_stays_version"), ["version"], unique=False)
        batch_op.create_index(
            "uq_shelter_stays_active_person",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("discharged_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("discharged_on IS NULL AND NOT deleted"),
        )

    op.create_table(
        "shelter_waitlist",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("added_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "status IN ('waiting', 'admitted', 'withdrawn')",
            name=op.f("ck_shelter_waitlist_status"),
        ),
        sa.CheckConstraint(
            "people_count BETWEEN 1 AND 20", name=op.f("ck_shelter_waitlist_people_count")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_shelter_waitlist_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_waitlist")),
    )
    with op.batch_alter_table("shelter_waitlist", schema=None) as batch_op:
        batch_op.create_index("ix_shelter_waitlist_status", ["status", "asked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_waitlist_version"), ["version"], unique=False)
        batch_op.create_index(
            "uq_shelter_waitlist_waiting_person",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("status = 'waiting' AND NOT deleted"),
            postgresql_where=sa.text("status = 'waiting' AND NOT deleted"),
        )

    op.create_table(
        "shelter_bed_assignments",
        sa.Column("stay_id", sa.String(length=36), nullable=False),
        sa.Column("bed_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "end_on IS NULL OR end_on >= start_on", name=op.f("ck_shelter_bed_assignments_dates")
        ),
        sa.ForeignKeyConstraint(
            ["bed_id"],
            ["shelter_beds.id"],
            name=op.f("fk_shelter_bed_assignments_bed_id_shelter_beds"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_shelter_bed_assignments_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["stay_id"],
            ["shelter_stays.id"],
            name=op.f("fk_shelter_bed_assignments_stay_id_shelter_stays"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_bed_assignments")),
    )
    with op.batch_alter_table("shelter_bed_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shelter_bed_assignments_bed", ["bed_id", "start_on"], unique=False
        )
        batch_op.create_index(
            "ix_shelter_bed_assignments_period", ["start_on", "end_on"], unique=False
        )
        batch_op.create_index(
            "ix_shelter_bed_assignments_person", ["person_id", "start_on"], unique=False
        )
        batch_op.create_index("ix_shelter_bed_assignments_stay", ["stay_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shelter_bed_assignments_version"), ["version"], unique=False
        )
        batch_op.create_index(
            "uq_shelter_bed_assignments_open_bed",
            ["bed_id"],
            unique=True,
            sqlite_where=sa.text("end_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("end_on IS NULL AND NOT deleted"),
        )
        batch_op.create_index(
            "uq_shelter_bed_assignments_open_person",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("end_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("end_on IS NULL AND NOT deleted"),
        )

    op.create_table(
        "shelter_bed_outages",
        sa.Column("bed_id", sa.String(length=36), nullable=False),
        sa.Column("from_on", sa.Date(), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(reason)) > 0", name=op.f("ck_shelter_bed_outages_reason")),
        sa.CheckConstraint(
            "until_on IS NULL OR until_on >= from_on", name=op.f("ck_shelter_bed_outages_dates")
        ),
        sa.ForeignKeyConstraint(
            ["bed_id"], ["shelter_beds.id"], name=op.f("fk_shelter_bed_outages_bed_id_shelter_beds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_bed_outages")),
    )
    with op.batch_alter_table("shelter_bed_outages", schema=None) as batch_op:
        batch_op.create_index("ix_shelter_bed_outages_bed", ["bed_id", "from_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shelter_bed_outages_version"), ["version"], unique=False
        )
        batch_op.create_index(
            "uq_shelter_bed_outages_open",
            ["bed_id"],
            unique=True,
            sqlite_where=sa.text("until_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("until_on IS NULL AND NOT deleted"),
        )

    op.create_table(
        "shelter_holds",
        sa.Column("bed_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("expected_name", sa.String(length=120), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_reason", sa.String(length=12), nullable=True),
        sa.Column("held_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "ended_reason IS NULL OR ended_reason IN ('admitted', 'cancelled', 'expired')",
            name=op.f("ck_shelter_holds_ended_reason"),
        ),
        sa.CheckConstraint("expires_at > held_at", name=op.f("ck_shelter_holds_times")),
        sa.CheckConstraint(
            "person_id IS NOT NULL OR length(trim(expected_name)) > 0",
            name=op.f("ck_shelter_holds_who"),
        ),
        sa.ForeignKeyConstraint(
            ["bed_id"], ["shelter_beds.id"], name=op.f("fk_shelter_holds_bed_id_shelter_beds")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_shelter_holds_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shelter_holds")),
    )
    with op.batch_alter_table("shelter_holds", schema=None) as batch_op:
        batch_op.create_index("ix_shelter_holds_bed", ["bed_id", "held_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_shelter_holds_version"), ["version"], unique=False)
        batch_op.create_index(
            "uq_shelter_holds_open_bed",
            ["bed_id"],
            unique=True,
            sqlite_where=sa.text("ended_at IS NULL AND NOT deleted"),
            postgresql_where=sa.text("ended_at IS NULL AND NOT deleted"),
        )

    for name, table, key, start, end, token in OVERLAPS:
        overlap_trigger(name, table, key, start, end, token)


def _clash(table: str, key: str, start: str, end: str) -> str:
    """Another live, non-empty interval of the same bed/person overlapping NEW's."""
    return (
        f"SELECT 1 FROM {table} o WHERE o.{key} = NEW.{key} AND o.id <> NEW.id "
        f"AND NOT o.deleted AND o.{start} < COALESCE(o.{end}, {FOREVER}) "
        f"AND o.{start} < COALESCE(NEW.{end}, {FOREVER}) "
        f"AND COALESCE(o.{end}, {FOREVER}) > NEW.{start}"
    )


def overlap_trigger(name: str, table: str, key: str, start: str, end: str, token: str) -> None:
    live = f"NOT NEW.deleted AND (NEW.{end} IS NULL OR NEW.{end} > NEW.{start})"
    clash = _clash(table, key, start, end)
    if op.get_bind().dialect.name == "sqlite":
        for event, cols in (("INSERT", ""), ("UPDATE", f" OF {key}, {start}, {end}, deleted")):
            op.execute(
                f"CREATE TRIGGER {name}_{event.lower()} BEFORE {event}{cols} ON {table} "
                f"WHEN {live} BEGIN "
                f"SELECT RAISE(ABORT, '{token}') WHERE EXISTS ({clash}); END"
            )
    else:
        parent = "shelter_beds" if key == "bed_id" else "people"
        op.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN "
            f"IF {live} THEN "
            # serialise writers of the same bed/person (READ COMMITTED would not)
            f"PERFORM 1 FROM {parent} WHERE id = NEW.{key} FOR UPDATE; "
            f"IF EXISTS ({clash}) THEN "
            f"RAISE EXCEPTION '{token}' USING ERRCODE = '23P01'; END IF; END IF; "
            f"RETURN NEW; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )


def drop_overlap_triggers() -> None:
    for name, table, *_ in OVERLAPS:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}_insert")
            op.execute(f"DROP TRIGGER IF EXISTS {name}_update")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def downgrade() -> None:
    drop_overlap_triggers()
    with op.batch_alter_table("shelter_holds", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shelter_holds_open_bed",
            sqlite_where=sa.text("ended_at IS NULL AND NOT deleted"),
            postgresql_where=sa.text("ended_at IS NULL AND NOT deleted"),
        )
        batch_op.drop_index(batch_op.f("ix_shelter_holds_version"))
        batch_op.drop_index("ix_shelter_holds_bed")

    op.drop_table("shelter_holds")
    with op.batch_alter_table("shelter_bed_outages", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shelter_bed_outages_open",
            sqlite_where=sa.text("until_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("until_on IS NULL AND NOT deleted"),
        )
        batch_op.drop_index(batch_op.f("ix_shelter_bed_outages_version"))
        batch_op.drop_index("ix_shelter_bed_outages_bed")

    op.drop_table("shelter_bed_outages")
    with op.batch_alter_table("shelter_bed_assignments", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shelter_bed_assignments_open_person",
            sqlite_where=sa.text("end_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("end_on IS NULL AND NOT deleted"),
        )
        batch_op.drop_index(
            "uq_shelter_bed_assignments_open_bed",
            sqlite_where=sa.text("end_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("end_on IS NULL AND NOT deleted"),
        )
        batch_op.drop_index(batch_op.f("ix_shelter_bed_assignments_version"))
        batch_op.drop_index("ix_shelter_bed_assignments_stay")
        batch_op.drop_index("ix_shelter_bed_assignments_person")
        batch_op.drop_index("ix_shelter_bed_assignments_period")
        batch_op.drop_index("ix_shelter_bed_assignments_bed")

    op.drop_table("shelter_bed_assignments")
    with op.batch_alter_table("shelter_waitlist", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shelter_waitlist_waiting_person",
            sqlite_where=sa.text("status = 'waiting' AND NOT deleted"),
            postgresql_where=sa.text("status = 'waiting' AND NOT deleted"),
        )
        batch_op.drop_index(batch_op.f("ix_shelter_waitlist_version"))
        batch_op.drop_index("ix_shelter_waitlist_status")

    op.drop_table("shelter_waitlist")
    with op.batch_alter_table("shelter_stays", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_shelter_stays_active_person",
            sqlite_where=sa.text("discharged_on IS NULL AND NOT deleted"),
            postgresql_where=sa.text("discharged_on IS NULL AND NOT deleted"),
        )
        batch_op.drop_index(batch_op.f("ix_shelter_stays_version"))
        batch_op.drop_index("ix_shelter_stays_person")
        batch_op.drop_index("ix_shelter_stays_period")
        batch_op.drop_index("ix_shelter_stays_admission")

    op.drop_table("shelter_stays")
    with op.batch_alter_table("shelter_beds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shelter_beds_version"))
        batch_op.drop_index("ix_shelter_beds_room")

    op.drop_table("shelter_beds")
    with op.batch_alter_table("shelter_rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shelter_rooms_version"))

    op.drop_table("shelter_rooms")
