"""Consolidation into PostgreSQL: a throwaway cluster on a loopback port."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from clinic_desk.core.exchange import export, import_
from clinic_desk.core.intake.models import Person
from tests.integration.exchange.conftest import SECRET_NAME, SHARED_NAME, add_person

BIN = Path("/usr/lib/postgresql")


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for version in sorted(BIN.glob("*"), reverse=True):
        if (version / "bin" / name).exists():
            return str(version / "bin" / name)
    return None


def _as_postgres(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--", *cmd] if runuser else ["su", "postgres", "-c",
                                                                      " ".join(cmd)]


@pytest.fixture(scope="module")
def pg_url():
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="cd-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data = root / "data"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    pwfile = root / "pw"
    pwfile.write_text("consolidar\n")
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    subprocess.run(_as_postgres([initdb, "-D", str(data), "-U", "clinic", "-A", "md5",
                                 "--pwfile", str(pwfile), "-E", "UTF8"]),
                   check=True, capture_output=True, timeout=120)
    subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-l", str(root / "log"), "-w", "-o",
                                 f"-p {port} -k {root} -h 127.0.0.1", "start"]),
                   check=True, capture_output=True, timeout=120)
    url = f"postgresql+psycopg://clinic:consolidar@127.0.0.1:{port}/postgres"
    try:
        for _ in range(50):
            with contextlib.suppress(Exception):
                create_engine(url).connect().close()
                break
            time.sleep(0.1)
        yield url
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


def test_consolidate_into_postgresql(net, pg_url):
    from clinic_desk.core.inventory import demo as inventory_demo

    add_person(net.a, SECRET_NAME, central=False)
    add_person(net.a, SHARED_NAME, central=True)
    inventory_demo.fill(net.a, botiquines=1, months=1)
    bundle = export.export_bundle(net.a, net.root)
    local_before = None
    with net.centre.db.read() as s:
        local_before = s.scalar(select(func.count()).select_from(Person))
    reports = import_.import_bundles(net.centre, [bundle.path], trust_new_site=True,
                                     database_url=pg_url)
    assert reports[0].totals.new > 0
    engine = create_engine(pg_url)
    try:
        with engine.connect() as c:
            assert c.execute(select(func.count()).select_from(Person)).scalar() == 1
            for table, n in bundle.rows.items():
                got = c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                assert got >= n, table
            assert c.execute(text("SELECT count(*) FROM exchange_pseudonyms")).scalar() == 1
    finally:
        engine.dispose()
    again = import_.import_bundles(net.centre, [bundle.path], database_url=pg_url)
    assert again[0].totals.new == again[0].totals.updated == 0
    with net.centre.db.read() as s:  # the local file got the audit entry, not the rows
        assert s.scalar(select(func.count()).select_from(Person)) == local_before


def test_withdrawn_consent_is_redacted_in_postgresql(net, pg_url):
    """The redaction lifts the ledger and signed-note triggers inside its transaction
    only (ALTER TABLE … DISABLE TRIGGER USER), on PostgreSQL too."""
    from clinic_desk.core.intake import consent
    from tests.integration.exchange.test_redaction import NOTE, _her_record

    # site B: the module's server already holds site A's code from the test above

    pid = _her_record(net.b)
    first = export.export_bundle(net.b, net.root)
    import_.import_bundles(net.centre, [first.path], trust_new_site=True, database_url=pg_url)
    with net.b.db.write(net.b.actor.user_id) as s:
        consent.record_consent(s, net.b.actor, pid, "send_to_central", False)
    second = export.export_bundle(net.b, net.root)
    report = import_.import_bundles(net.centre, [second.path], database_url=pg_url)[0]
    assert report.redacted == 1
    engine = create_engine(pg_url)
    try:
        with engine.connect() as c:
            row = c.execute(text("SELECT given_names, doc_number, phone, deleted FROM people "
                                 "WHERE id = :id"), {"id": pid}).one()
            assert row.given_names != SECRET_NAME[0] and row.doc_number is None
            assert row.phone is None and row.deleted
            notes = [r[0] for r in c.execute(text("SELECT note FROM ses_sessions"))]
            assert notes and NOTE not in notes
            # the guards are back
            assert c.execute(text("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'D'")
                             ).scalar() == 0
    finally:
        engine.dispose()
