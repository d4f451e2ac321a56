"""inventory: locations, catalogue, batches, ledger

Revision ID: 0003_inventory
Revises: 0002_intake
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0003_inventory"
down_revision = "0002_intake"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
