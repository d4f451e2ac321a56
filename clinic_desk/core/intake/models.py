"""Models of the intake capability: people, households, consent, risk, referrals.

Every table here travels in export bundles (Travelling mixin) and is never deleted:
services tombstone. Histories (consent, risk assessments, screenings) are kept by
adding rows; the current value is the latest row. JSON values (answers, checklist,
institutions) are stored as text so bundles carry them verbatim.

Search is not a model: the migration creates the FTS5 index `person_fts` (and the
stable key table `person_fts_keys`) with triggers on `people` (SQLite only).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from clinic_desk.core.db.base import Base, Travelling
from clinic_desk.core.db.types import UTCDateTime, UUIDStr

DOC_TYPES = ("dni", "ce", "none")
SEXES = ("female", "male", "intersex")
GENDER_IDENTITIES = (
    "woman", "man", "trans_woman", "trans_man", "non_binary", "other", "prefers_not_to_say",
)
SEXUAL_ORIENTATIONS = (
    "heterosexual", "lesbian", "gay", "bisexual", "other", "prefers_not_to_say",
)
LANGUAGES = ("es", "qu", "ay", "other")
REFERRAL_SOURCES = (
    "self", "mobile_team", "police", "cem", "health_centre", "family", "community", "other",
)
RELATIONSHIPS = ("head", "child", "dependant", "partner", "other")
CONSENT_KINDS = ("services", "share_institutions", "send_to_central", "statistics")
RISK_LEVELS = ("leve", "moderado", "severo")
VIOLENCE_TYPES = ("physical", "psychological", "sexual", "economic")
INSTITUTIONS = (
    "cem", "police", "fiscalia", "poder_judicial", "demuna", "health_centre", "other",
)
DIRECTIONS = ("in", "out")
REFERRAL_STATUSES = ("pending", "accepted", "completed", "rejected", "cancelled")
SERVICE_KINDS = ("food_basket", "transport", "lodging", "clothing", "other")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Person(Travelling, Base):
    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint(_in("doc_type", DOC_TYPES), name="doc_type"),
        CheckConstraint(
            "(doc_type = 'none' AND doc_number IS NULL) OR "
            "(doc_type <> 'none' AND doc_number IS NOT NULL)",
            name="doc_number",
        ),
        CheckConstraint(_in("sex", SEXES), name="sex"),
        CheckConstraint("birth_date IS NULL OR NOT age_is_approx", name="birth_exact"),
        CheckConstraint("birth_year IS NULL OR birth_year BETWEEN 1850 AND 2200",
                        name="birth_year"),
        CheckConstraint(
            "gender_identity IS NULL OR " + _in("gender_identity", GENDER_IDENTITIES),
            name="gender_identity",
        ),
        CheckConstraint(
            "sexual_orientation IS NULL OR " + _in("sexual_orientation", SEXUAL_ORIENTATIONS),
            name="sexual_orientation",
        ),
        CheckConstraint(
            "referral_source IS NULL OR " + _in("referral_source", REFERRAL_SOURCES),
            name="referral_source",
        ),
        CheckConstraint("length(trim(given_names)) > 0", name="given_names"),
        Index("ix_people_doc", "doc_number"),
        Index("ix_people_name_norm", "name_norm"),
        Index("ix_people_surname_norm", "surname_norm"),
        Index("ix_people_birth_date", "birth_date"),
    )

    given_names: Mapped[str] = mapped_column(String(80), nullable=False)
    first_surname: Mapped[str] = mapped_column(String(60), nullable=False)
    second_surname: Mapped[str | None] = mapped_column(String(60), nullable=True)
    # accent-free, lower-case forms for short (prefix) searches and duplicate checks:
    # "given first second" and "first second given"
    name_norm: Mapped[str] = mapped_column(String(210), nullable=False)
    surname_norm: Mapped[str] = mapped_column(String(210), nullable=False)
    doc_type: Mapped[str] = mapped_column(String(8), nullable=False, default="none")
    doc_number: Mapped[str | None] = mapped_column(String(12), nullable=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # set whenever anything is known: the year of birth_date, or (year of entry - age)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    age_is_approx: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sex: Mapped[str] = mapped_column(String(8), nullable=False)
    gender_identity: Mapped[str | None] = mapped_column(String(24), nullable=True)
    sexual_orientation: Mapped[str | None] = mapped_column(String(24), nullable=True)
    languages: Mapped[str] = mapped_column(String(40), nullable=False, default="es")
    language_other: Mapped[str | None] = mapped_column(String(60), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sector: Mapped[str | None] = mapped_column(String(80), nullable=True)
    referral_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    staff_notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    merged_into: Mapped[str | None] = mapped_column(
        UUIDStr, ForeignKey("people.id"), nullable=True
    )


class Household(Travelling, Base):
    __tablename__ = "households"

    label: Mapped[str | None] = mapped_column(String(120), nullable=True)


class HouseholdMember(Travelling, Base):
    __tablename__ = "household_members"
    __table_args__ = (
        CheckConstraint(_in("relationship", RELATIONSHIPS), name="relationship"),
        Index("ix_household_members_household", "household_id"),
        Index("ix_household_members_person", "person_id"),
    )

    household_id: Mapped[str] = mapped_column(
        UUIDStr, ForeignKey("households.id"), nullable=False
    )
    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    relationship: Mapped[str] = mapped_column(String(16), nullable=False)


class Consent(Travelling, Base):
    """One decision: granted or withdrawn. The latest row per kind is the current one."""

    __tablename__ = "consents"
    __table_args__ = (
        CheckConstraint(_in("kind", CONSENT_KINDS), name="kind"),
        Index("ix_consents_person", "person_id", "kind"),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(24), nullable=False)
    granted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    institutions: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    recorded_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class RiskAssessment(Travelling, Base):
    __tablename__ = "risk_assessments"
    __table_args__ = (
        CheckConstraint(_in("level", RISK_LEVELS), name="level"),
        Index("ix_risk_assessments_person", "person_id", "assessed_at"),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    level: Mapped[str] = mapped_column(String(10), nullable=False)
    physical: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    psychological: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sexual: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    economic: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    assessed_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    assessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SubstanceScreening(Travelling, Base):
    __tablename__ = "substance_screenings"
    __table_args__ = (
        CheckConstraint("score >= 0", name="score"),
        Index("ix_substance_screenings_person", "person_id"),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    instrument: Mapped[str] = mapped_column(String(40), nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)
    answers: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    screened_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    screened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class SafetyPlan(Travelling, Base):
    """Each save adds a row; the latest is the current plan."""

    __tablename__ = "safety_plans"
    __table_args__ = (Index("ix_safety_plans_person", "person_id"),)

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    checklist: Mapped[str] = mapped_column(Text, nullable=False, default="[]")  # JSON
    recorded_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)


class EmergencyContact(Travelling, Base):
    __tablename__ = "emergency_contacts"
    __table_args__ = (Index("ix_emergency_contacts_person", "person_id"),)

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    relation: Mapped[str | None] = mapped_column(String(60), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    never_contact: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class Referral(Travelling, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint(_in("institution", INSTITUTIONS), name="institution"),
        CheckConstraint(_in("status", REFERRAL_STATUSES), name="status"),
        Index("ix_referrals_person", "person_id"),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    direction: Mapped[str] = mapped_column(String(4), nullable=False)
    institution: Mapped[str] = mapped_column(String(16), nullable=False)
    institution_name: Mapped[str | None] = mapped_column(String(120), nullable=True)
    referred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)


class ServiceGiven(Travelling, Base):
    __tablename__ = "services_given"
    __table_args__ = (
        CheckConstraint(_in("kind", SERVICE_KINDS), name="kind"),
        CheckConstraint("quantity > 0", name="quantity"),
        Index("ix_services_given_person", "person_id"),
    )

    person_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    given_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class PersonMerge(Travelling, Base):
    """Two records of one person became one: the merged one is tombstoned."""

    __tablename__ = "person_merges"
    __table_args__ = (
        CheckConstraint("kept_id <> merged_id", name="distinct"),
        Index("ix_person_merges_kept", "kept_id"),
    )

    kept_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    merged_id: Mapped[str] = mapped_column(UUIDStr, ForeignKey("people.id"), nullable=False)
    merged_by: Mapped[str | None] = mapped_column(UUIDStr, nullable=True)
    merged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # JSON: the merged record's fields and how many rows of each table moved
    snapshot: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
