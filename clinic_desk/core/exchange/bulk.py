"""Loading many rows into SQLite at once: the plain indexes of a table that is about to
receive more rows than it holds are dropped first and built again after, from the
sorted rows, inside the same transaction.

Every row inserted into a table with indexes on random keys (UUIDs, dates) writes a
page of each index somewhere else; once the indexes outgrow the page cache every such
page is encrypted, written, read back and decrypted again. Measured on a centre
receiving a site of 2.7 million rows: applying the rows took 181 s with the indexes,
101 s without, and building them again 17 s.

Unique indexes stay (they are rules: one open stay per woman, a key used once), and so
do the ones behind a table's own UNIQUE or PRIMARY KEY constraints. The transaction
either ends with every index back, or rolls back — which brings them back as well.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

MIN_ROWS = 20_000  # below this, the indexes take the rows as they come


def rows_held(s: Session, table: str) -> int:
    """About how many rows the table holds (its largest rowid: no full count)."""
    value = s.connection().exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar()
    return int(value or 0)


@contextlib.contextmanager
def indexes_later(s: Session, incoming: dict[str, int]) -> Iterator[list[str]]:
    """Within the block, the tables in `incoming` (table -> rows about to arrive) that
    will more than double lose their plain indexes; the block's end builds them again.
    Yields the tables concerned. SQLite only; elsewhere nothing changes."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield []
        return
    tables = [t for t, n in sorted(incoming.items())
              if n >= MIN_ROWS and n > rows_held(s, t)]
    dropped: list[str] = []
    for table in tables:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).all()
        for name, sql in rows:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            dropped.append(sql)
    yield tables
    # on an exception nothing is built: the caller's rollback restores the indexes
    for sql in dropped:
        conn.exec_driver_sql(sql)
