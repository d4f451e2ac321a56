"""The consent rules of policy.py written a second, independent way — in Python, one
row at a time, every row read through SQLAlchemy — so the tests can prove that the SQL
the export runs (core/exchange/shaping.py) ships exactly these rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from clinic_desk.core.exchange import bundle, export, keys
from clinic_desk.core.exchange.policy import TablePolicy
from clinic_desk.core.exchange.shaping import referenced

WITHHELD, OWNED, FREE = "withheld", "owned", "free"


class Reference:
    def __init__(self, s: Session, plan: export.Plan) -> None:
        self.plan = plan
        self.status: dict[str, dict[str, str]] = {}
        self.reverse_ok: dict[str, dict[str, bool]] = {}
        needed = referenced(plan.policies)
        by = {p.name: p for p in plan.policies}
        for pol in plan.policies:
            if pol.reverse:
                ok: dict[str, bool] = {}
                for link, fkcol, pcol in pol.reverse:
                    lt = by[link].table
                    for target, person in s.execute(
                            select(lt.c[fkcol], lt.c[pcol]).where(
                                lt.c.deleted.is_(False), lt.c[fkcol].is_not(None))):
                        ok[target] = ok.get(target, True) and person in plan.central
                self.reverse_ok[pol.name] = ok
            if pol.name not in needed or pol.whole:
                continue
            st: dict[str, str] = {}
            for r in s.execute(select(pol.table)):
                v = self.row_status(pol, dict(r._mapping))
                if v != FREE:
                    st[r._mapping["id"]] = v
            self.status[pol.name] = st

    def row_status(self, pol: TablePolicy, row: dict[str, Any]) -> str:
        plan = self.plan
        if pol.is_people:
            return OWNED if row["id"] in plan.central else WITHHELD
        status = FREE
        for col in pol.person_cols:
            v = row.get(col)
            if v is None:
                continue
            if v not in plan.central:
                return WITHHELD
            status = OWNED
        for col, parent, nullable in pol.parent_cols:
            v = row.get(col)
            if v is None:
                continue
            ps = self.status.get(parent, {}).get(v)
            if ps == WITHHELD:
                if not nullable:
                    return WITHHELD
            elif ps == OWNED:
                status = OWNED
        if status == FREE and pol.reverse and self.reverse_ok.get(pol.name, {}).get(row["id"]):
            status = OWNED
        return status

    def changes(self, pol: TablePolicy, row: dict[str, Any], status: str) -> dict[str, Any]:
        plan = self.plan
        out: dict[str, Any] = {}
        for col, parent, nullable in pol.parent_cols:
            v = row.get(col)
            if v is not None and nullable and self.status.get(parent, {}).get(v) == WITHHELD:
                out[col] = None
        for col, nullable in pol.self_cols:
            v = row.get(col)
            if v is not None and nullable and pol.is_people and v not in plan.central:
                out[col] = None
        tied_to_withheld = False
        for col in pol.soft_person_cols:
            v = row.get(col)
            if v is not None and v not in plan.central:
                out[col] = keys.pseudonym_code(plan.secret, v)
                tied_to_withheld = True
        if tied_to_withheld or (status == FREE and not pol.whole):
            for col, value in pol.blank.items():
                if (out[col] if col in out else row.get(col)) is not None:
                    out[col] = value
        for col, value in pol.withheld.items():
            out[col] = value
        return out

    def rows(self, s: Session, pol: TablePolicy, forced: dict[str, set[str]]
             ) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
        """(status, the row as stored, as it travels) for every row of the table in the
        plan, in the values dumps_row writes."""
        t = pol.table
        q = export._select_rows_query(pol, self.plan, forced)
        raw = q.with_only_columns(*[type_coerce(c, String).label(c.name) for c in t.columns])
        names, to_json = bundle.stored_to_json(t)
        out = []
        for r in s.execute(raw):
            row = to_json(dict(zip(names, r, strict=True)))
            status = self.row_status(pol, row)
            shaped = dict(row)
            if status != WITHHELD:
                shaped.update(self.changes(pol, row, status))
            out.append((status, row, shaped))
        return out
