"""Property: random edits on two sites (a shared setting, people's phone and sector,
stock movements), exported now and then (incremental or full) and imported into two
central offices in two different random orders, always end in the same central state.

An incremental bundle that starts after a change the office has not received is kept
(see exchange.waiting) and applied by itself once the earlier bundle of that site is
in: the test imports the sticks one by one in the drawn order, and at the end nothing
may still be waiting. Duplicates are imported again on purpose.

Sites and offices are made once (making an installation is the slow part); each
example starts from two offices that were equal at the end of the previous one, so
the property holds example after example."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from clinic_desk.core.exchange import bundle, export, import_, waiting
from clinic_desk.core.exchange.models import IdMap, Pseudonym
from clinic_desk.core.exchange.policy import build
from clinic_desk.core.installation import Installation
from clinic_desk.core.intake import consent, people
from clinic_desk.core.intake.validation import PersonInput
from clinic_desk.core.inventory import catalogue, ledger, locations, stock
from clinic_desk.core.security.roles import Actor, Role
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.integration.exchange.conftest import make_net

EXPIRY = {"L1": 300, "L2": 500}
ITEMS = ("PAR-500-TAB", "CLF-4-TAB")

edit = st.one_of(
    st.tuples(st.just("setting"), st.sampled_from("ab"), st.integers(1, 60)),
    st.tuples(st.just("phone"), st.sampled_from("ab"), st.integers(0, 1),
              st.integers(900000000, 999999999)),
    st.tuples(st.just("sector"), st.sampled_from("ab"), st.integers(0, 1),
              st.sampled_from(["Zona A", "Zona B", "Anexo 8", None])),
    st.tuples(st.just("receive"), st.sampled_from("ab"), st.sampled_from(ITEMS),
              st.sampled_from(sorted(EXPIRY)), st.integers(1, 30)),
    st.tuples(st.just("dispense"), st.sampled_from("ab"), st.sampled_from(ITEMS),
              st.integers(1, 20)),
    st.tuples(st.just("export"), st.sampled_from("ab"), st.booleans()),
)


class World:
    def __init__(self, root: Path) -> None:
        self.net = make_net(root)
        net = self.net
        self.sites = {"a": net.a, "b": net.b}
        self.people: dict[str, list[tuple[str, PersonInput]]] = {}
        self.location: dict[str, str] = {}
        self.items: dict[str, dict[str, str]] = {}
        for key, ws in self.sites.items():
            actor = self.actor(ws)
            with ws.db.write(actor.user_id) as s:
                made = []
                for i, central in enumerate((True, False)):
                    inp = PersonInput("Rosa", "Mamani" + "xy"[i] + key, None, approx_age=30,
                                      phone="987654321", sector="Zona A")
                    p = people.register_person(s, actor, inp)
                    consent.record_consent(s, actor, p.id, "send_to_central", central)
                    consent.record_consent(s, actor, p.id, "statistics", True)
                    made.append((p.id, inp))
                self.people[key] = made
                loc = locations.create_location(s, actor, f"BOT-{key.upper()}",
                                                 f"Botiquín {key.upper()}")
                self.location[key] = loc.id
                catalogue.load_starter_catalogue(s, actor)
                self.items[key] = {i.code: i.id for i in catalogue.list_items(s, actor)}
        # a second central office: the same keys (a copy of the first, made before any
        # import), so both can open every bundle
        centre_dir = net.centre.installation.paths.root
        net.centre.close()
        shutil.copytree(centre_dir, root / "centre2")
        self.centres = []
        for folder in (centre_dir, root / "centre2"):
            ws = Installation(folder, kdf=FAST_KDF).unlock("admin", ADMIN_PASSWORD)
            ws.actor = Actor(ws.actor.user_id, ws.actor.username, ws.actor.full_name,
                             frozenset({Role.ADMIN}))
            self.centres.append(ws)
        net.centre = self.centres[0]
        self.pending: list[Path] = []
        self.seq = 0

    @staticmethod
    def actor(ws) -> Actor:
        a = ws.actor
        return Actor(a.user_id, a.username, a.full_name,
                     frozenset({Role.ADMIN, Role.STAFF, Role.PROMOTER}))

    def close(self) -> None:
        for ws in (*self.sites.values(), *self.centres):
            if ws.actor is not None:
                ws.close()

    # -- edits at a site
    def apply(self, op: tuple, out: dict[str, list[Path]]) -> None:
        kind, key = op[0], op[1]
        ws = self.sites[key]
        actor = self.actor(ws)
        if kind == "setting":
            ws.set_setting("autolock_minutes", op[2])
        elif kind in ("phone", "sector"):
            pid, inp = self.people[key][op[2]]
            value = str(op[3]) if kind == "phone" else op[3]
            inp = dataclasses.replace(inp, **{kind: value})
            self.people[key][op[2]] = (pid, inp)
            with ws.db.write(actor.user_id) as s:
                people.update_person(s, actor, pid, inp)
        elif kind == "receive":
            _, _, code, lot, qty = op
            with ws.db.write(actor.user_id) as s:
                ledger.receive(s, actor, self.location[key], self.items[key][code], lot,
                               dt.date.today() + dt.timedelta(days=EXPIRY[lot]), qty)
        elif kind == "dispense":
            _, _, code, qty = op
            loc, item = self.location[key], self.items[key][code]
            with ws.db.read() as s:
                have = stock.item_on_hand_milli(s, loc, item) // 1000
            if have:
                with ws.db.write(actor.user_id) as s:
                    ledger.dispense(s, actor, loc, item, min(qty, have))
        elif kind == "export":
            self.seq += 1
            folder = ws.installation.paths.root.parent / f"usb-{self.seq}"
            folder.mkdir()
            out[key].append(export.export_bundle(ws, folder, full=op[2]).path)


def import_in_order(ws, paths: list[Path], trust: bool) -> int:
    """Import one by one in the given order; returns how many were kept for a while."""
    held = 0
    for path in paths:
        held += sum(r.held for r in import_.import_bundles(ws, [path], trust_new_site=trust))
    with ws.db.read() as s:
        assert waiting.listed(s) == [], "a kept bundle was never applied"
    return held


def canonical(ws, sites: set[str]) -> dict[str, object]:
    """The office's travelling tables as far as the sites' rows go: rows of the sites,
    and records merged by natural key (ids and FK values turned into one canonical id per
    merged group; which site's row came first is not part of the state)."""
    out: dict[str, object] = {}
    with ws.db.read() as s:
        groups: dict[str, set[str]] = {}
        for m in s.scalars(select(IdMap)):
            g = groups.get(m.local_id, {m.local_id}) | groups.get(m.foreign_id, set()) | {
                m.foreign_id}
            for i in g:
                groups[i] = g
        canon = {i: min(g) for i, g in groups.items()}
        for pol in build():
            rows = []
            for r in s.execute(select(pol.table)):
                row = dict(r._mapping)
                grouped = row["id"] in canon
                if row["origin_site"] not in sites and not grouped:
                    continue
                if grouped:
                    row.pop("origin_site")
                    row.pop("created_at")
                row = {k: canon.get(v, v) if isinstance(v, str) else bundle.encode_value(v)
                       for k, v in row.items()}
                rows.append(json.dumps(row, sort_keys=True, default=str))
            out[pol.name] = sorted(rows)
        out["pseudonyms"] = sorted(
            json.dumps({c: bundle.encode_value(getattr(p, c))
                        for c in Pseudonym.__table__.columns.keys()}, sort_keys=True)
            for p in s.scalars(select(Pseudonym)))
        assert stock.check_balances(s) == []
    return out


def test_random_edits_imported_in_any_order_converge(tmp_path):
    world = World(tmp_path)
    sites = {world.net.a.site.id, world.net.b.site.id}
    examples: list[int] = []
    try:
        # no shrinking and no example database: the sites and offices carry their
        # state from one example to the next, so a replayed example is a new one
        @settings(max_examples=15, deadline=None, phases=(Phase.generate,), database=None,
                  suppress_health_check=list(HealthCheck))
        @given(ops=st.lists(edit, min_size=1, max_size=8), data=st.data())
        def run(ops, data):
            bundles: dict[str, list[Path]] = {"a": [], "b": []}
            for op in [*ops, ("export", "a", False), ("export", "b", False)]:
                world.apply(op, bundles)
            # bundles of an example that failed half-way are carried to the next one
            every = [*world.pending, *bundles["a"], *bundles["b"]]
            world.pending = every
            orders = []
            for _ in range(2):
                # the number of bundles depends on state carried between examples, so the
                # order comes from a drawn seed (same draw shape every time), not from a
                # strategy over the list (hypothesis refuses state-dependent draws)
                rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
                order = rng.sample(every, len(every))
                dups = [rng.choice(every) for _ in range(rng.randint(0, 2))] if every else []
                orders.append([*order, *dups])
            for centre, order in zip(world.centres, orders, strict=True):
                import_in_order(centre, order, trust=True)
            world.pending = []
            examples.append(len(ops))
            first, second = (canonical(c, sites) for c in world.centres)
            assert first.keys() == second.keys()
            for name in first:
                assert first[name] == second[name], (name, ops, orders)

        run()
        assert len(examples) >= 5
        # and the offices hold what the sites hold: every site row, at its version
        with world.net.a.db.read() as s:
            from clinic_desk.core.intake.models import Person

            pid = world.people["a"][0][0]
            site_person = s.get(Person, pid)
            version, phone = site_person.version, site_person.phone
        for centre in world.centres:
            with centre.db.read() as s:
                row = s.get(Person, pid)
                assert (row.version, row.phone) == (version, phone)
    finally:
        world.close()
