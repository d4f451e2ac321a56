"""sessions: psychosocial sessions, notes, addenda, groups, appointments, tasks,
community activities, note templates, interventions

Revision ID: 0004_sessions
Revises: 0003_inventory
Create Date: 2026-11-28

A signed note never changes, and the database itself enforces it (see
`signed_triggers`): on a signed session, an UPDATE that changes any content column is
refused (only updated_at, updated_by and version may change, and `restricted` may be
switched on but never off), and so is a DELETE. The same holds for the session's
attendance (only person_id may change: a merge of two records of one person) and its
counsellors; rows added to a signed session after its signature are refused too.
Addenda are append-only (as the audit log in 0001).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_sessions"
down_revision = "0003_inventory"
branch_labels = None
depends_on = None

# Frozen by a signature (kept here, not imported, so this migration stands alone).
SESSION_COLUMNS = (
    "id",
    "origin_site",
    "created_at",
    "deleted",
    "kind",
    "status",
    "starts_at",
    "ends_at",
    "duration_min",
    "place",
    "group_id",
    "author_id",
    "note",
    "agreements",
    "interventions",
    "template_code",
    "signed_at",
    "signed_by",
    "content_hash",
)
ATTENDANCE_COLUMNS = (
    "id",
    "origin_site",
    "created_at",
    "deleted",
    "session_id",
    "present",
    "note",
    "risk_assessment_id",
)
COUNSELLOR_COLUMNS = ("id", "origin_site", "created_at", "deleted", "session_id", "user_id")
MESSAGE = "a signed session note cannot change; add an addendum"


def upgrade() -> None:
    op.create_table(
        "ses_community",
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("setting", sa.String(length=16), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("sector", sa.String(length=80), nullable=True),
        sa.Column("facilitators", sa.String(length=250), nullable=False),
        sa.Column("headcounts", sa.Text(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('talk', 'campaign', 'workshop', 'fair', 'other')",
            name=op.f("ck_ses_community_kind"),
        ),
        sa.CheckConstraint(
            "setting IN ('neighbourhood', 'school', 'market', 'health_centre', "
            "'community_hall', 'other')",
            name=op.f("ck_ses_community_setting"),
        ),
        sa.CheckConstraint("total > 0", name=op.f("ck_ses_community_total")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_community")),
    )
    with op.batch_alter_table("ses_community", schema=None) as batch_op:
        batch_op.create_index("ix_ses_community_held_on", ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_community_version"), ["version"], unique=False)

    op.create_table(
        "ses_interventions",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=120), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_interventions")),
        sa.UniqueConstraint("code", name=op.f("uq_ses_interventions_code")),
    )
    with op.batch_alter_table("ses_interventions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ses_interventions_version"), ["version"], unique=False)

    op.create_table(
        "ses_templates",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_templates")),
        sa.UniqueConstraint("code", name=op.f("uq_ses_templates_code")),
    )
    with op.batch_alter_table("ses_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ses_templates_version"), ["version"], unique=False)

    op.create_table(
        "ses_groups",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("place", sa.String(length=120), nullable=True),
        sa.Column("facilitator_id", sa.String(length=36), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_id"], ["users.id"], name=op.f("fk_ses_groups_facilitator_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_groups")),
    )
    with op.batch_alter_table("ses_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ses_groups_version"), ["version"], unique=False)

    op.create_table(
        "ses_group_members",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ses_groups.id"], name=op.f("fk_ses_group_members_group_id_ses_groups")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_ses_group_members_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_group_members")),
    )
    with op.batch_alter_table("ses_group_members", schema=None) as batch_op:
        batch_op.create_index("ix_ses_group_members_group", ["group_id"], unique=False)
        batch_op.create_index("ix_ses_group_members_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_group_members_version"), ["version"], unique=False)

    op.create_table(
        "ses_sessions",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("restricted", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("interventions", sa.Text(), nullable=False),
        sa.Column("template_code", sa.String(length=40), nullable=True),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_by", sa.String(length=36), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('individual', 'family', 'group', 'home_visit', 'outreach', 'phone')",
            name=op.f("ck_ses_sessions_kind"),
        ),
        sa.CheckConstraint(
            "status = 'draft' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL "
            "AND content_hash IS NOT NULL AND length(trim(note)) > 0)",
            name=op.f("ck_ses_sessions_signed_complete"),
        ),
        sa.CheckConstraint("status IN ('draft', 'signed')", name=op.f("ck_ses_sessions_status")),
        sa.CheckConstraint(
            "duration_min > 0 AND duration_min <= 720", name=op.f("ck_ses_sessions_duration")
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_ses_sessions_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_ses_sessions_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ses_groups.id"], name=op.f("fk_ses_sessions_group_id_ses_groups")
        ),
        sa.ForeignKeyConstraint(
            ["signed_by"], ["users.id"], name=op.f("fk_ses_sessions_signed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_sessions")),
    )
    with op.batch_alter_table("ses_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_ses_sessions_author", ["author_id", "starts_at"], unique=False)
        batch_op.create_index("ix_ses_sessions_group", ["group_id", "starts_at"], unique=False)
        batch_op.create_index("ix_ses_sessions_starts_at", ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_sessions_version"), ["version"], unique=False)

    op.create_table(
        "ses_addenda",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_ses_addenda_text")),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_ses_addenda_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["ses_sessions.id"], name=op.f("fk_ses_addenda_session_id_ses_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_addenda")),
    )
    with op.batch_alter_table("ses_addenda", schema=None) as batch_op:
        batch_op.create_index("ix_ses_addenda_session", ["session_id", "written_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_addenda_version"), ["version"], unique=False)

    op.create_table(
        "ses_appointments",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counsellor_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("group_id", sa.String(length=36), nullable=True),
        sa.Column("place", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("from_session_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('individual', 'family', 'group', 'home_visit', 'outreach', 'phone')",
            name=op.f("ck_ses_appointments_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('scheduled', 'attended', 'missed', 'cancelled')",
            name=op.f("ck_ses_appointments_status"),
        ),
        sa.CheckConstraint(
            "ends_at > starts_at", name=op.f("ck_ses_appointments_ends_after_start")
        ),
        sa.ForeignKeyConstraint(
            ["counsellor_id"], ["users.id"], name=op.f("fk_ses_appointments_counsellor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["from_session_id"],
            ["ses_sessions.id"],
            name=op.f("fk_ses_appointments_from_session_id_ses_sessions"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["ses_groups.id"], name=op.f("fk_ses_appointments_group_id_ses_groups")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_ses_appointments_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ses_sessions.id"],
            name=op.f("fk_ses_appointments_session_id_ses_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_appointments")),
    )
    with op.batch_alter_table("ses_appointments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ses_appointments_counsellor", ["counsellor_id", "starts_at"], unique=False
        )
        batch_op.create_index(
            "ix_ses_appointments_person", ["person_id", "starts_at"], unique=False
        )
        batch_op.create_index("ix_ses_appointments_starts_at", ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_appointments_version"), ["version"], unique=False)

    op.create_table(
        "ses_attendance",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("risk_assessment_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_ses_attendance_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["risk_assessment_id"],
            ["risk_assessments.id"],
            name=op.f("fk_ses_attendance_risk_assessment_id_risk_assessments"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ses_sessions.id"],
            name=op.f("fk_ses_attendance_session_id_ses_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_attendance")),
    )
    with op.batch_alter_table("ses_attendance", schema=None) as batch_op:
        batch_op.create_index("ix_ses_attendance_person", ["person_id", "session_id"], unique=False)
        batch_op.create_index("ix_ses_attendance_session", ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_attendance_version"), ["version"], unique=False)

    op.create_table(
        "ses_counsellors",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["ses_sessions.id"],
            name=op.f("fk_ses_counsellors_session_id_ses_sessions"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_ses_counsellors_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_counsellors")),
        sa.UniqueConstraint("session_id", "user_id", name=op.f("uq_ses_counsellors_session_id")),
    )
    with op.batch_alter_table("ses_counsellors", schema=None) as batch_op:
        batch_op.create_index("ix_ses_counsellors_user", ["user_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_counsellors_version"), ["version"], unique=False)

    op.create_table(
        "ses_tasks",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_to", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'cancelled')", name=op.f("ck_ses_tasks_status")
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_ses_tasks_title")),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_ses_tasks_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(["done_by"], ["users.id"], name=op.f("fk_ses_tasks_done_by_users")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_ses_tasks_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["ses_sessions.id"], name=op.f("fk_ses_tasks_session_id_ses_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ses_tasks")),
    )
    with op.batch_alter_table("ses_tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ses_tasks_assigned", ["assigned_to", "status", "due_on"], unique=False
        )
        batch_op.create_index("ix_ses_tasks_person", ["person_id", "status"], unique=False)
        batch_op.create_index("ix_ses_tasks_session", ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ses_tasks_version"), ["version"], unique=False)

    append_only("ses_addenda")
    signed_triggers()


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


def _changed(columns: tuple[str, ...], distinct: str) -> str:
    return " OR ".join(f"OLD.{c} {distinct} NEW.{c}" for c in columns)


SQLITE_TRIGGERS = {
    # the session row itself
    "ses_sessions_signed_no_update": (
        "BEFORE UPDATE ON ses_sessions FOR EACH ROW WHEN OLD.status = 'signed' AND ("
        + _changed(SESSION_COLUMNS, "IS NOT")
        + " OR (OLD.restricted AND NOT NEW.restricted))"
    ),
    "ses_sessions_signed_no_delete": (
        "BEFORE DELETE ON ses_sessions FOR EACH ROW WHEN OLD.status = 'signed'"
    ),
}
for _table, _cols in (
    ("ses_attendance", ATTENDANCE_COLUMNS),
    ("ses_counsellors", COUNSELLOR_COLUMNS),
):
    _signed_old = "(SELECT status FROM ses_sessions WHERE id = OLD.session_id) = 'signed'"
    _signed_new = "(SELECT status FROM ses_sessions WHERE id = NEW.session_id) = 'signed'"
    SQLITE_TRIGGERS[f"{_table}_signed_no_update"] = (
        f"BEFORE UPDATE ON {_table} FOR EACH ROW WHEN ({_signed_old} OR {_signed_new}) AND ("
        + _changed(_cols, "IS NOT")
        + ")"
    )
    SQLITE_TRIGGERS[f"{_table}_signed_no_delete"] = (
        f"BEFORE DELETE ON {_table} FOR EACH ROW WHEN {_signed_old}"
    )
    # a row created after the signature (an import carries the sender's created_at)
    SQLITE_TRIGGERS[f"{_table}_signed_no_insert"] = (
        f"BEFORE INSERT ON {_table} FOR EACH ROW WHEN EXISTS (SELECT 1 FROM ses_sessions "
        f"WHERE id = NEW.session_id AND status = 'signed' AND NEW.created_at > signed_at)"
    )


def _pg_function(name: str, body: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} "
        f"END $$ LANGUAGE plpgsql"
    )


def signed_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, spec in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {spec} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    raise_ = f"RAISE EXCEPTION '{MESSAGE}';"
    _pg_function(
        "ses_sessions_signed",
        "IF TG_OP = 'DELETE' THEN IF OLD.status = 'signed' THEN " + raise_ + " END IF; "
        "RETURN OLD; END IF; "
        "IF OLD.status = 'signed' AND ("
        + _changed(SESSION_COLUMNS, "IS DISTINCT FROM")
        + " OR (OLD.restricted AND NOT NEW.restricted)) THEN "
        + raise_
        + " END IF; "
        "RETURN NEW;",
    )
    op.execute(
        "CREATE TRIGGER ses_sessions_signed BEFORE UPDATE OR DELETE ON ses_sessions "
        "FOR EACH ROW EXECUTE FUNCTION ses_sessions_signed()"
    )
    for table, cols in (
        ("ses_attendance", ATTENDANCE_COLUMNS),
        ("ses_counsellors", COUNSELLOR_COLUMNS),
    ):
        _pg_function(
            f"{table}_signed",
            "IF TG_OP = 'INSERT' THEN IF EXISTS (SELECT 1 FROM ses_sessions WHERE id = "
            "NEW.session_id AND status = 'signed' AND NEW.created_at > signed_at) THEN "
            + raise_
            + " END IF; RETURN NEW; END IF; "
            "IF EXISTS (SELECT 1 FROM ses_sessions WHERE id = OLD.session_id AND status = "
            "'signed') THEN IF TG_OP = 'DELETE' THEN " + raise_ + " END IF; "
            "IF " + _changed(cols, "IS DISTINCT FROM") + " THEN " + raise_ + " END IF; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
        )
        op.execute(
            f"CREATE TRIGGER {table}_signed BEFORE INSERT OR UPDATE OR DELETE ON "
            f"{table} FOR EACH ROW EXECUTE FUNCTION {table}_signed()"
        )


def drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (*SQLITE_TRIGGERS, "ses_addenda_no_update", "ses_addenda_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    for table in ("ses_sessions", "ses_attendance", "ses_counsellors"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_signed ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {table}_signed()")
    op.execute("DROP TRIGGER IF EXISTS ses_addenda_append_only ON ses_addenda")
    op.execute("DROP FUNCTION IF EXISTS ses_addenda_append_only()")


def downgrade() -> None:
    drop_triggers()
    with op.batch_alter_table("ses_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_tasks_version"))
        batch_op.drop_index("ix_ses_tasks_session")
        batch_op.drop_index("ix_ses_tasks_person")
        batch_op.drop_index("ix_ses_tasks_assigned")

    op.drop_table("ses_tasks")
    with op.batch_alter_table("ses_counsellors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_counsellors_version"))
        batch_op.drop_index("ix_ses_counsellors_user")

    op.drop_table("ses_counsellors")
    with op.batch_alter_table("ses_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_attendance_version"))
        batch_op.drop_index("ix_ses_attendance_session")
        batch_op.drop_index("ix_ses_attendance_person")

    op.drop_table("ses_attendance")
    with op.batch_alter_table("ses_appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_appointments_version"))
        batch_op.drop_index("ix_ses_appointments_starts_at")
        batch_op.drop_index("ix_ses_appointments_person")
        batch_op.drop_index("ix_ses_appointments_counsellor")

    op.drop_table("ses_appointments")
    with op.batch_alter_table("ses_addenda", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_addenda_version"))
        batch_op.drop_index("ix_ses_addenda_session")

    op.drop_table("ses_addenda")
    with op.batch_alter_table("ses_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_sessions_version"))
        batch_op.drop_index("ix_ses_sessions_starts_at")
        batch_op.drop_index("ix_ses_sessions_group")
        batch_op.drop_index("ix_ses_sessions_author")

    op.drop_table("ses_sessions")
    with op.batch_alter_table("ses_group_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_group_members_version"))
        batch_op.drop_index("ix_ses_group_members_person")
        batch_op.drop_index("ix_ses_group_members_group")

    op.drop_table("ses_group_members")
    with op.batch_alter_table("ses_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_groups_version"))

    op.drop_table("ses_groups")
    with op.batch_alter_table("ses_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_templates_version"))

    op.drop_table("ses_templates")
    with op.batch_alter_table("ses_interventions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_interventions_version"))

    op.drop_table("ses_interventions")
    with op.batch_alter_table("ses_community", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ses_community_version"))
        batch_op.drop_index("ix_ses_community_held_on")

    op.drop_table("ses_community")
