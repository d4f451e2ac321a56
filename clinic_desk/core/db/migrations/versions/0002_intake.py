# ruff: noqa: E501
"""intake: people, households, consent, risk, referrals, search

Revision ID: 0002_intake
Revises: 0001
Create Date: 2026-11-28

On SQLite the migration also creates the search index: an FTS5 table `person_fts`
(trigram tokenizer, diacritics removed, so "jose" finds "José" and partial words
match) over names, document number and phone, kept in sync by triggers on `people`,
so every writer (services, imports, restores) keeps it current. Its rowids come from
`person_fts_keys` (an INTEGER PRIMARY KEY per person id): the implicit rowid of
`people` is not stable across VACUUM. Other databases (PostgreSQL at the central
office) get no index here; search falls back to LIKE over the normalized columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_intake"
down_revision = "0001"
branch_labels = None
depends_on = None

# the name column starts with a space so that " qu" (a 2-letter word start) is a trigram
_NAME = (
    "' ' || new.given_names || ' ' || new.first_surname || ' ' || "
    "coalesce(new.second_surname, '')"
)
_KEY = "(SELECT k FROM person_fts_keys WHERE person_id = {ref}.id)"

SEARCH_DDL = (
    "CREATE TABLE person_fts_keys (k INTEGER PRIMARY KEY, person_id VARCHAR(36) NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE person_fts USING fts5(person_id UNINDEXED, norm UNINDEXED, name, "
    "doc, phone, "
    "tokenize = 'trigram remove_diacritics 1')",
    "CREATE TRIGGER people_fts_insert AFTER INSERT ON people WHEN NOT new.deleted BEGIN "
    "INSERT OR IGNORE INTO person_fts_keys (person_id) VALUES (new.id); "
    "INSERT INTO person_fts (rowid, person_id, norm, name, doc, phone) VALUES ("
    + _KEY.format(ref="new")
    + ", new.id, ' ' || new.name_norm, "
    + _NAME
    + ", coalesce(new.doc_number, ''), "
    "coalesce(new.phone, '')); END",
    "CREATE TRIGGER people_fts_update AFTER UPDATE OF id, given_names, first_surname, "
    "second_surname, name_norm, doc_number, phone, deleted ON people BEGIN "
    "DELETE FROM person_fts WHERE rowid = " + _KEY.format(ref="old") + "; "
    "INSERT OR IGNORE INTO person_fts_keys (person_id) SELECT new.id WHERE NOT new.deleted; "
    "INSERT INTO person_fts (rowid, person_id, norm, name, doc, phone) SELECT "
    + _KEY.format(ref="new")
    + ", new.id, ' ' || new.name_norm, "
    + _NAME
    + ", coalesce(new.doc_number, ''), "
    "coalesce(new.phone, '') WHERE NOT new.deleted; END",
    "CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN "
    "DELETE FROM person_fts WHERE rowid = " + _KEY.format(ref="old") + "; "
    "DELETE FROM person_fts_keys WHERE person_id = old.id; END",
    # rows already present (none on a fresh database; kept for re-creation)
    "INSERT INTO person_fts_keys (person_id) SELECT id FROM people WHERE NOT deleted",
    "INSERT INTO person_fts (rowid, person_id, norm, name, doc, phone) SELECT k.k, p.id, "
    "' ' || p.name_norm, ' ' || p.given_names || ' ' || p.first_surname || ' ' || coalesce(p.second_surname, ''), "
    "coalesce(p.doc_number, ''), coalesce(p.phone, '') FROM people p "
    "JOIN person_fts_keys k ON k.person_id = p.id",
)

SEARCH_DROP = (
    "DROP TRIGGER IF EXISTS people_fts_insert",
    "DROP TRIGGER IF EXISTS people_fts_update",
    "DROP TRIGGER IF EXISTS people_fts_delete",
    "DROP TABLE IF EXISTS person_fts",
    "DROP TABLE IF EXISTS person_fts_keys",
)


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "households",
        sa.Column("label", sa.String(length=120), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_households_version"), ["version"], unique=False)

    op.create_table(
        "people",
        sa.Column("given_names", sa.String(length=80), nullable=False),
        sa.Column("first_surname", sa.String(length=60), nullable=False),
        sa.Column("second_surname", sa.String(length=60), nullable=True),
        sa.Column("name_norm", sa.String(length=210), nullable=False),
        sa.Column("surname_norm", sa.String(length=210), nullable=False),
        sa.Column("doc_type", sa.String(length=8), nullable=False),
        sa.Column("doc_number", sa.String(length=12), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("age_is_approx", sa.Boolean(), nullable=False),
        sa.Column("sex", sa.String(length=8), nullable=False),
        sa.Column("gender_identity", sa.String(length=24), nullable=True),
        sa.Column("sexual_orientation", sa.String(length=24), nullable=True),
        sa.Column("languages", sa.String(length=40), nullable=False),
        sa.Column("language_other", sa.String(length=60), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("sector", sa.String(length=80), nullable=True),
        sa.Column("referral_source", sa.String(length=16), nullable=True),
        sa.Column("staff_notes", sa.Text(), nullable=True),
        sa.Column("merged_into", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(doc_type = 'none' AND doc_number IS NULL) OR (doc_type <> 'none' AND doc_number IS NOT NULL)",
            name=op.f("ck_people_doc_number"),
        ),
        sa.CheckConstraint("doc_type IN ('dni', 'ce', 'none')", name=op.f("ck_people_doc_type")),
        sa.CheckConstraint(
            "gender_identity IS NULL OR gender_identity IN ('woman', 'man', 'trans_woman', 'trans_man', 'non_binary', 'other', 'prefers_not_to_say')",
            name=op.f("ck_people_gender_identity"),
        ),
        sa.CheckConstraint(
            "referral_source IS NULL OR referral_source IN ('self', 'mobile_team', 'police', 'cem', 'health_centre', 'family', 'community', 'other')",
            name=op.f("ck_people_referral_source"),
        ),
        sa.CheckConstraint("sex IN ('female', 'male', 'intersex')", name=op.f("ck_people_sex")),
        sa.CheckConstraint(
            "sexual_orientation IS NULL OR sexual_orientation IN ('heterosexual', 'lesbian', 'gay', 'bisexual', 'other', 'prefers_not_to_say')",
            name=op.f("ck_people_sexual_orientation"),
        ),
        sa.CheckConstraint(
            "birth_date IS NULL OR NOT age_is_approx", name=op.f("ck_people_birth_exact")
        ),
        sa.CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1850 AND 2200",
            name=op.f("ck_people_birth_year"),
        ),
        sa.CheckConstraint("length(trim(given_names)) > 0", name=op.f("ck_people_given_names")),
        sa.ForeignKeyConstraint(
            ["merged_into"], ["people.id"], name=op.f("fk_people_merged_into_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_birth_date", ["birth_date"], unique=False)
        batch_op.create_index("ix_people_doc", ["doc_number"], unique=False)
        batch_op.create_index("ix_people_name_norm", ["name_norm"], unique=False)
        batch_op.create_index("ix_people_surname_norm", ["surname_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_version"), ["version"], unique=False)

    op.create_table(
        "consents",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("institutions", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('services', 'share_institutions', 'send_to_central', 'statistics')",
            name=op.f("ck_consents_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_consents_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index("ix_consents_person", ["person_id", "kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_consents_version"), ["version"], unique=False)

    op.create_table(
        "emergency_contacts",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=60), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("never_contact", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_emergency_contacts_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_contacts")),
    )
    with op.batch_alter_table("emergency_contacts", schema=None) as batch_op:
        batch_op.create_index("ix_emergency_contacts_person", ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_emergency_contacts_version"), ["version"], unique=False
        )

    op.create_table(
        "household_members",
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("relationship", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "relationship IN ('head', 'child', 'dependant', 'partner', 'other')",
            name=op.f("ck_household_members_relationship"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_members_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_household_members_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index("ix_household_members_household", ["household_id"], unique=False)
        batch_op.create_index("ix_household_members_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_members_version"), ["version"], unique=False)

    op.create_table(
        "person_merges",
        sa.Column("kept_id", sa.String(length=36), nullable=False),
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("merged_by", sa.String(length=36), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kept_id <> merged_id", name=op.f("ck_person_merges_distinct")),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["people.id"], name=op.f("fk_person_merges_kept_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["people.id"], name=op.f("fk_person_merges_merged_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merges")),
    )
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.create_index("ix_person_merges_kept", ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_merges_version"), ["version"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("institution", sa.String(length=16), nullable=False),
        sa.Column("institution_name", sa.String(length=120), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_referrals_direction")),
        sa.CheckConstraint(
            "institution IN ('cem', 'police', 'fiscalia', 'poder_judicial', 'demuna', 'health_centre', 'other')",
            name=op.f("ck_referrals_institution"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'accepted', 'completed', 'rejected', 'cancelled')",
            name=op.f("ck_referrals_status"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_referrals_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index("ix_referrals_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_version"), ["version"], unique=False)

    op.create_table(
        "risk_assessments",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("physical", sa.Boolean(), nullable=False),
        sa.Column("psychological", sa.Boolean(), nullable=False),
        sa.Column("sexual", sa.Boolean(), nullable=False),
        sa.Column("economic", sa.Boolean(), nullable=False),
        sa.Column("assessed_by", sa.String(length=36), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "level IN ('leve', 'moderado', 'severo')", name=op.f("ck_risk_assessments_level")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_risk_assessments_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessments")),
    )
    with op.batch_alter_table("risk_assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_risk_assessments_person", ["person_id", "assessed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_risk_assessments_version"), ["version"], unique=False)

    op.create_table(
        "safety_plans",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_safety_plans_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_plans")),
    )
    with op.batch_alter_table("safety_plans", schema=None) as batch_op:
        batch_op.create_index("ix_safety_plans_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_safety_plans_version"), ["version"], unique=False)

    op.create_table(
        "services_given",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('food_basket', 'transport', 'lodging', 'clothing', 'other')",
            name=op.f("ck_services_given_kind"),
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_services_given_quantity")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_services_given_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services_given")),
    )
    with op.batch_alter_table("services_given", schema=None) as batch_op:
        batch_op.create_index("ix_services_given_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_services_given_version"), ["version"], unique=False)

    op.create_table(
        "substance_screenings",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("instrument", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("screened_by", sa.String(length=36), nullable=True),
        sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint("score >= 0", name=op.f("ck_substance_screenings_score")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_substance_screenings_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_substance_screenings")),
    )
    with op.batch_alter_table("substance_screenings", schema=None) as batch_op:
        batch_op.create_index("ix_substance_screenings_person", ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_substance_screenings_version"), ["version"], unique=False
        )

    if _sqlite():
        for statement in SEARCH_DDL:
            op.execute(statement)


def downgrade() -> None:
    if _sqlite():
        for statement in SEARCH_DROP:
            op.execute(statement)

    with op.batch_alter_table("substance_screenings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_substance_screenings_version"))
        batch_op.drop_index("ix_substance_screenings_person")

    op.drop_table("substance_screenings")
    with op.batch_alter_table("services_given", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_services_given_version"))
        batch_op.drop_index("ix_services_given_person")

    op.drop_table("services_given")
    with op.batch_alter_table("safety_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_plans_version"))
        batch_op.drop_index("ix_safety_plans_person")

    op.drop_table("safety_plans")
    with op.batch_alter_table("risk_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_assessments_version"))
        batch_op.drop_index("ix_risk_assessments_person")

    op.drop_table("risk_assessments")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_version"))
        batch_op.drop_index("ix_referrals_person")

    op.drop_table("referrals")
    with op.batch_alter_table("person_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merges_version"))
        batch_op.drop_index("ix_person_merges_kept")

    op.drop_table("person_merges")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_members_version"))
        batch_op.drop_index("ix_household_members_person")
        batch_op.drop_index("ix_household_members_household")

    op.drop_table("household_members")
    with op.batch_alter_table("emergency_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emergency_contacts_version"))
        batch_op.drop_index("ix_emergency_contacts_person")

    op.drop_table("emergency_contacts")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_version"))
        batch_op.drop_index("ix_consents_person")

    op.drop_table("consents")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_version"))
        batch_op.drop_index("ix_people_surname_norm")
        batch_op.drop_index("ix_people_name_norm")
        batch_op.drop_index("ix_people_doc")
        batch_op.drop_index("ix_people_birth_date")

    op.drop_table("people")
    with op.batch_alter_table("households", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_households_version"))

    op.drop_table("households")
