"""What may leave a site, decided from the models, not from a list of tables.

Every travelling table (a mapped class with the Travelling mixin) is classified from
Base.metadata, so a table added later joins the exchange by itself:

- `people`: a person whose current consent covers the central office travels whole;
  anyone else travels only as a pseudonym (see export.pseudonyms).
- A table with a foreign key to `people` ("owned"): a row travels only when every
  person it names consents; otherwise it is withheld and only counted.
- A row whose non-null foreign key points to a withheld row is withheld too (its
  parent will never be at the centre); a nullable link to one is cleared.
- A table that others link to a person ("reverse owned", e.g. a session whose
  attendance rows name the people): its free text travels only when every linked
  person consents.
- A soft person reference (a `person_id` column without a foreign key, as in the
  inventory ledger) is replaced by the person's pseudonym code when she does not
  consent, and the row's free text is blanked.
- Any row that is not tied to consenting people only ("free") travels with its free
  text blanked: every Text column, plus String columns listed in FREE_TEXT or in a
  model's `__exchange_free_text__`. WHOLE tables (foundation records and inventory)
  keep their text: they hold no one's story.

A model may set `__exchange_free_text__ = ("col", ...)` for String columns that hold
free text, and `__exchange_whole__ = True` for a table that holds no personal data.

Two more column lists, also extendable from a model:
- WITHHELD (`__exchange_withheld__ = {"col": value}`): never leaves the site, whatever
  consent says; the value is sent instead (the audit log's detail JSON, whose digest
  travels so the centre can still verify the chain).
- IDENTIFYING (`__exchange_identifying__ = {"col": value}`): columns beyond free text
  that identify a person (names, document, phone, a contact's name). When a woman
  withdraws her consent to the central office after her record was sent, the next
  bundle asks the centre to redact her: those columns and the free text of every row
  tied to her are blanked and the rows tombstoned (import_.Applier.redact), while her
  pseudonym keeps the statistics.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Column, Table, Text, UniqueConstraint

from clinic_desk.core.db.base import Base, Travelling

PEOPLE = "people"
CONSENTS = "consents"
RISK = "risk_assessments"
WHOLE_TABLES = frozenset({"sites", "settings", "users", "user_roles", "audit_log"})
WHOLE_PREFIXES = ("inv_",)
FREE_TEXT: dict[str, frozenset[str]] = {
    "households": frozenset({"label"}),
    "ses_sessions": frozenset({"place"}),
    "ses_groups": frozenset({"description"}),
}
WITHHELD_TEXT = "(no compartido)"  # for NOT NULL text without a JSON default
# Text columns that hold counts, not anyone's words: never blanked (a model may add its
# own with `__exchange_not_free_text__ = ("col", ...)`)
NOT_FREE_TEXT: dict[str, frozenset[str]] = {"ses_community": frozenset({"headcounts"})}
WITHHELD: dict[str, dict[str, object]] = {}
IDENTIFYING: dict[str, dict[str, object]] = {
    "people": {"given_names": WITHHELD_TEXT, "first_surname": WITHHELD_TEXT,
               "second_surname": None, "name_norm": "", "surname_norm": "",
               "doc_type": "none", "doc_number": None, "birth_date": None,
               "gender_identity": None, "sexual_orientation": None,
               "language_other": None, "phone": None},
    "emergency_contacts": {"name": WITHHELD_TEXT, "relation": None, "phone": None},
    "referrals": {"institution_name": None},
    "shelter_stays": {"referral_note": None, "destination": None},
    "shelter_waitlist": {"note": None},
    "shelter_holds": {"expected_name": None, "note": None},
    "ses_tasks": {"title": WITHHELD_TEXT},
    "ses_appointments": {"place": None},
}
# At the centre, a record from another site with the same natural key as one already
# there is the same thing (a setting, a catalogue code) — except in these tables, where
# it would mean two different sites or users claim one name.
NEVER_MERGE = frozenset({"sites", "audit_log"})
SENDER_ONLY = frozenset({"sites", "users", "user_roles", "audit_log"})


@dataclass
class TablePolicy:
    table: Table
    name: str
    append_only: bool
    whole: bool
    person_cols: list[str] = field(default_factory=list)  # FK -> people.id
    soft_person_cols: list[str] = field(default_factory=list)
    parent_cols: list[tuple[str, str, bool]] = field(default_factory=list)  # col, table, nullable
    self_cols: list[tuple[str, bool]] = field(default_factory=list)
    reverse: list[tuple[str, str, str]] = field(default_factory=list)  # link table, fk, person
    blank: dict[str, object] = field(default_factory=dict)  # col -> value when blanked
    withheld: dict[str, object] = field(default_factory=dict)  # col -> value, always
    identifying: dict[str, object] = field(default_factory=dict)  # col -> value on redaction
    uniques: list[tuple[str, ...]] = field(default_factory=list)

    @property
    def is_people(self) -> bool:
        return self.name == PEOPLE


def travelling_classes() -> list[type]:
    import clinic_desk.core.db.registry  # noqa: F401 - every model module

    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Travelling)]


def _blank_value(col: Column) -> object:
    default = getattr(col.default, "arg", None)
    if isinstance(default, str) and default.strip() in ("[]", "{}"):
        return default
    return None if col.nullable else WITHHELD_TEXT


def build() -> list[TablePolicy]:
    """Policies of every travelling table, parents before children."""
    classes = {c.__tablename__: c for c in travelling_classes()}
    out: list[TablePolicy] = []
    by_name: dict[str, TablePolicy] = {}
    for table in Base.metadata.sorted_tables:
        cls = classes.get(table.name)
        if cls is None:
            continue
        whole = (table.name in WHOLE_TABLES or table.name.startswith(WHOLE_PREFIXES)
                 or bool(getattr(cls, "__exchange_whole__", False)))
        pol = TablePolicy(table, table.name, bool(cls.__append_only__), whole)
        for col in table.columns:
            fks = list(col.foreign_keys)
            if fks:
                target = fks[0].column.table.name
                if target == table.name:
                    pol.self_cols.append((col.name, bool(col.nullable)))
                elif target == PEOPLE:
                    pol.person_cols.append(col.name)
                elif target in classes:
                    pol.parent_cols.append((col.name, target, bool(col.nullable)))
            elif col.name == "person_id":
                pol.soft_person_cols.append(col.name)
        extra = FREE_TEXT.get(table.name, frozenset()) | frozenset(
            getattr(cls, "__exchange_free_text__", ()))
        numbers = NOT_FREE_TEXT.get(table.name, frozenset()) | frozenset(
            getattr(cls, "__exchange_not_free_text__", ()))
        for col in table.columns:
            if (isinstance(col.type, Text) or col.name in extra) and col.name not in numbers:
                pol.blank[col.name] = _blank_value(col)
        pol.withheld = {c: v for c, v in {**WITHHELD.get(table.name, {}), **dict(
            getattr(cls, "__exchange_withheld__", {}))}.items() if c in table.c}
        pol.identifying = {c: v for c, v in {**IDENTIFYING.get(table.name, {}), **dict(
            getattr(cls, "__exchange_identifying__", {}))}.items() if c in table.c}
        for cons in table.constraints:
            if isinstance(cons, UniqueConstraint):
                pol.uniques.append(tuple(c.name for c in cons.columns))
        for col in table.columns:
            if col.unique and not col.primary_key:
                pol.uniques.append((col.name,))
        out.append(pol)
        by_name[pol.name] = pol
    # reverse ownership: a table with no person of its own that a link table ties to
    # people (the link has a foreign key to it and one to people)
    for pol in out:
        if pol.person_cols or pol.is_people or pol.whole:
            continue
        for link in out:
            if not link.person_cols or link is pol:
                continue
            for col, target, _ in link.parent_cols:
                if target == pol.name:
                    pol.reverse.append((link.name, col, link.person_cols[0]))
    return out


def by_name() -> dict[str, TablePolicy]:
    return {p.name: p for p in build()}
