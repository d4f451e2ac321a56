"""The consent rules of policy.py as SQL, so SQLite decides and shapes every row of an
export itself and Python only carries the text (a site has millions of rows).

    with Shaper(s, plan) as sh:        # temporary tables, in memory, dropped after
        sh.status(pol)                 # SQL: FREE, OWNED or WITHHELD for each row
        sh.json(pol)                   # SQL: the row's bundle JSON, shaped
        sh.travelling(pol, forced)     # the plan's rows that leave the site (a Select)

A row's status follows policy.py: a person travels (OWNED) when her consent covers the
central office, else she is WITHHELD (she travels only as a pseudonym); a row naming a
person who does not consent is WITHHELD; a row whose non-null link points to a withheld
row is withheld too, a nullable link to one is cleared; a row tied to consenting people
only (directly, through a parent, or through link rows naming people: "reverse") is
OWNED; anything else is FREE and travels with its free text blanked.

The statuses of rows other tables link to are kept in temporary tables (only the rows
that are not FREE; the connection keeps its temporary store in memory, never in a plain
file: engine.STORAGE_PRAGMAS), so a child row asks its parent's status with one lookup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from clinic_desk.core.db.types import UTCDateTime
from clinic_desk.core.exchange.policy import TablePolicy

FREE, OWNED, WITHHELD = 0, 1, 2
NAMES = {FREE: "free", OWNED: "owned", WITHHELD: "withheld"}
PREFIX = "xshape_"  # the temporary tables' names


def referenced(policies: list[TablePolicy]) -> set[str]:
    """Tables some other travelling table links to."""
    return {t for p in policies for _, t, _ in p.parent_cols}


def _id_table(md: MetaData, name: str, value: str | None) -> Table:
    cols = [Column("id", String, primary_key=True)]
    if value is not None:
        cols.append(Column(value, Integer, nullable=False))
    return Table(PREFIX + name, md, *cols, prefixes=["TEMPORARY"], sqlite_with_rowid=False)


# A value SQLite cannot shape alone is written as MARK + the value as stored, and Python
# finishes the row (export._finished): the pseudonym code of someone not consenting, a
# datetime stored in a form json_value does not know (by hand, by an older program).
# json_object writes the mark as the escape MARKED, which no other value of those
# columns holds.
MARK = "\x01"
MARKED = "\\u0001"


def json_value(col: Any) -> Any:
    """SQL giving a column's bundle value inside json_object (see bundle.stored_to_json):
    a UTC datetime as encode_value writes it, a flag as true/false. (The cheapest forms
    measured: one length, one replace; constant JSON values SQLite computes once.)"""
    if isinstance(col.type, UTCDateTime):
        text = type_coerce(col, String)
        iso = func.replace(text, " ", "T")
        return case((26, iso + "Z"), (19, iso + ".000000Z"), value=func.length(text),
                    else_=literal(MARK, String) + text)
    if isinstance(col.type, Boolean):
        return case((col.is_(None), null()), (col != 0, func.json("true")),
                    else_=func.json("false"))
    return type_coerce(col, String) if not isinstance(col.type, Integer | BigInteger) else col


class Shaper:
    """The statuses of one plan (export.Plan: who consents, which tables) in SQL, on the
    session's connection, for as long as the `with` block lasts."""

    def __init__(self, s: Session, plan: Any, statuses: bool = True) -> None:
        """`statuses=False`: only who consents (enough for WHOLE tables, whose parents
        are whole too, and for pseudonyms)."""
        self.s = s
        self.plan = plan
        self.with_statuses = statuses
        self.md = MetaData()
        self.central = _id_table(self.md, "central", None)
        self._status: dict[str, Table] = {}  # table -> its non-FREE rows' statuses
        self._reverse: dict[str, Table] = {}  # table -> 1 when every linked person consents
        self._tables: list[Table] = []
        self._joins: dict[str, list[tuple[Any, Any]]] = {}  # table -> lookups (_lookup)
        self._aliases: dict[tuple[str, str, str], Any] = {}

    # -- set-up --------------------------------------------------------------------------
    def build(self) -> Shaper:
        """Make the temporary tables (what `with` does on entry)."""
        try:
            self._create(self.central)
            ids = sorted(self.plan.central)
            for i in range(0, len(ids), 5000):
                self.s.execute(insert(self.central), [{"id": v} for v in ids[i:i + 5000]])
            needed = referenced(self.plan.policies)
            for pol in self.plan.policies if self.with_statuses else ():
                if pol.reverse:
                    self._build_reverse(pol)
                if pol.name in needed and not pol.whole:
                    table = _id_table(self.md, "st_" + pol.name, "st")
                    self._create(table)
                    st = self.status(pol)
                    rows = (select(pol.table.c.id, st).select_from(self.source(pol))
                            .where(st != FREE))
                    self.s.execute(insert(table).from_select(["id", "st"], rows))
                    self._forget_lookups(pol)
                    self._status[pol.name] = table
                    self._drop_reverse(pol.name)  # its status now says it
        except BaseException:
            self.close(after_error=True)
            raise
        return self

    def __enter__(self) -> Shaper:
        return self.build()

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(after_error=exc_type is not None)

    def close(self, after_error: bool = False) -> None:
        """Drop the temporary tables. `after_error`: a reading may still be open and
        refuse it; the caller's rollback drops them then."""
        with contextlib.suppress(SQLAlchemyError) if after_error else contextlib.nullcontext():
            for table in reversed(list(self._tables)):
                self._drop(table)
        self._tables.clear()
        self._status.clear()
        self._reverse.clear()

    def _drop(self, table: Table) -> None:
        self.s.execute(delete(table))  # free the memory at once, then the table
        table.drop(self.s.connection(), checkfirst=True)
        self._tables.remove(table)

    def _create(self, table: Table) -> None:
        table.drop(self.s.connection(), checkfirst=True)
        table.create(self.s.connection())
        self._tables.append(table)

    def _build_reverse(self, pol: TablePolicy) -> None:
        """Rows of `pol` that link rows tie to people: ok = 1 when every such person
        consents (one pass over each link table)."""
        table = _id_table(self.md, "rev_" + pol.name, "ok")
        self._create(table)
        by = {p.name: p for p in self.plan.policies}
        for link, fkcol, pcol in pol.reverse:
            lt = by[link].table
            central = self.central.alias()
            ok = case((central.c.id.is_not(None), 1), else_=0)
            # every link row upserts (no GROUP BY: it would read the table in the
            # order of an index, page by page at random)
            q = (select(lt.c[fkcol], ok)
                 .select_from(lt.outerjoin(central, central.c.id == lt.c[pcol]))
                 .where(lt.c.deleted.is_(False), lt.c[fkcol].is_not(None)))
            stmt = upsert(table).from_select(["id", "ok"], q)
            self.s.execute(stmt.on_conflict_do_update(
                index_elements=["id"], set_={"ok": func.min(table.c.ok, stmt.excluded.ok)}))
        self._reverse[pol.name] = table

    def _drop_reverse(self, name: str) -> None:
        table = self._reverse.pop(name, None)
        if table is not None:
            self._drop(table)

    # -- SQL for one table ----------------------------------------------------------------
    # Every lookup (does this person consent, what is that parent's status) is a LEFT
    # JOIN of a temporary table on its primary key, made once per row whatever number of
    # expressions read it: status, json and travelling share them through `_lookup`.
    def _lookup(self, pol: TablePolicy, table: Table, col: Any) -> Any:
        key = (pol.name, table.name, col.name)
        found = self._aliases.get(key)
        if found is None:
            found = self._aliases[key] = table.alias()
            self._joins.setdefault(pol.name, []).append((found, found.c.id == col))
        return found

    def _forget_lookups(self, pol: TablePolicy) -> None:
        self._joins.pop(pol.name, None)
        for key in [k for k in self._aliases if k[0] == pol.name]:
            del self._aliases[key]

    def source(self, pol: TablePolicy) -> Any:
        """The table joined to the lookups its expressions made so far."""
        out: Any = pol.table
        for alias, on in self._joins.get(pol.name, []):
            out = out.outerjoin(alias, on)
        return out

    def consents(self, pol: TablePolicy, col: Any) -> ColumnElement[bool]:
        """The person in `col` (not null) consents to the central office."""
        return self._lookup(pol, self.central, col).c.id.is_not(None)

    def parent_status(self, pol: TablePolicy, parent: str, col: Any
                      ) -> ColumnElement[Any] | None:
        """The status of the row `col` links to; None: that table's rows are all FREE."""
        table = self._status.get(parent)
        if table is None:
            return None
        return func.coalesce(self._lookup(pol, table, col).c.st, FREE)

    def status(self, pol: TablePolicy) -> ColumnElement[Any]:
        """FREE, OWNED or WITHHELD for each row of the table (see the module's text)."""
        t = pol.table
        if pol.name in self._status:  # computed once, at set-up
            return self.parent_status(pol, pol.name, t.c.id)  # type: ignore[return-value]
        if pol.is_people:
            return case((self.consents(pol, t.c.id), OWNED), else_=WITHHELD)
        withheld = [and_(t.c[c].is_not(None), ~self.consents(pol, t.c[c]))
                    for c in pol.person_cols]
        owned: list[Any] = [t.c[c].is_not(None) for c in pol.person_cols]
        for col, parent, nullable in pol.parent_cols:
            ps = self.parent_status(pol, parent, t.c[col])
            if ps is None:
                continue
            if not nullable:
                withheld.append(ps == WITHHELD)
            owned.append(ps == OWNED)
        whens: list[tuple[Any, int]] = []
        if withheld:
            whens.append((or_(*withheld), WITHHELD))
        if owned:
            whens.append((or_(*owned), OWNED))
        rev = self._reverse.get(pol.name)
        if rev is not None:
            whens.append((self._lookup(pol, rev, t.c.id).c.ok == 1, OWNED))
        return case(*whens, else_=FREE) if whens else literal(FREE)

    def names_pseudonymised(self, pol: TablePolicy) -> ColumnElement[Any]:
        """True for a row whose soft person reference (no foreign key: the stock ledger)
        names someone who does not consent: Python puts her pseudonym code there."""
        conds = [self._not_consenting(pol, c) for c in pol.soft_person_cols]
        return or_(*conds) if conds else literal(False)

    def _not_consenting(self, pol: TablePolicy, name: str) -> ColumnElement[Any]:
        col = pol.table.c[name]
        return and_(col.is_not(None), ~self.consents(pol, col))

    def json(self, pol: TablePolicy) -> ColumnElement[Any]:
        """The row as it travels, as JSON text (keys sorted as bundle.dumps_row sorts
        them): links to withheld rows cleared, free text blanked where the row is FREE
        (not in WHOLE tables) or names someone by pseudonym, withheld columns emptied.
        A pseudonym code and an unusual datetime are left to Python (MARK)."""
        t = pol.table
        status = self.status(pol)
        blank_when = self.names_pseudonymised(pol)
        if not pol.whole:
            blank_when = or_(blank_when, status == FREE)
        parents = {col: (parent, nullable) for col, parent, nullable in pol.parent_cols}
        selves = {col for col, nullable in pol.self_cols if nullable}
        args: list[Any] = []
        for col in sorted(t.columns, key=lambda c: c.name):
            name = col.name
            value = json_value(col)
            if name in pol.withheld:
                value = _literal(pol.withheld[name])
            elif name in pol.blank:
                value = case((and_(blank_when, col.is_not(None)), _literal(pol.blank[name])),
                             else_=value)
            elif name in parents and parents[name][1]:
                ps = self.parent_status(pol, parents[name][0], col)
                if ps is not None:
                    value = case((ps == WITHHELD, null()), else_=value)
            elif name in pol.soft_person_cols:
                value = case((self._not_consenting(pol, name),
                              literal(MARK, String) + type_coerce(col, String)), else_=value)
            elif name in selves and pol.is_people:
                value = case((and_(col.is_not(None), ~self.consents(pol, col)), null()),
                             else_=value)
            args += [literal(name, String), value]
        return func.json_object(*args)

    def travelling(self, pol: TablePolicy, rows: Any, *columns: Any) -> Any:
        """`rows` (a Select of the table's rows in the plan) without the withheld ones,
        giving `columns` when given (made before, by this Shaper's methods or not)."""
        status = self.status(pol)
        if columns:
            rows = rows.with_only_columns(*columns, maintain_column_froms=True)
        return rows.where(status != WITHHELD).select_from(self.source(pol))

    def statuses(self, pol: TablePolicy, rows: Any) -> Any:
        """`rows` (a Select of the table's rows in the plan) giving each one's status."""
        status = self.status(pol).label("st")
        return rows.with_only_columns(status, maintain_column_froms=True).select_from(
            self.source(pol))


def _literal(value: object) -> Any:
    return null() if value is None else literal(value, String)


def batches(s: Session, q: Any, size: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of Select `q` in lists, straight from the driver's cursor (no result
    objects: an export reads millions; the columns need no conversion)."""
    cur = s.connection().execute(q).cursor
    try:
        while rows := cur.fetchmany(size):
            yield rows
    finally:
        cur.close()
