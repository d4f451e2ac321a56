"""sessions: psychosocial sessions, notes, groups, appointments

Revision ID: 0004_sessions
Revises: 0003_inventory
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0004_sessions"
down_revision = "0003_inventory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
