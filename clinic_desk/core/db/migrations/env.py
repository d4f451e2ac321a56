"""Alembic environment. The application passes an open connection (already inside
one transaction) through config.attributes["connection"]; nothing here builds a URL
or sees a key."""

from __future__ import annotations

from alembic import context

from clinic_desk.core.db.registry import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Clinic Desk migrations run only through clinic_desk.core.db.migrate")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
