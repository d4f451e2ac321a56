"""shelter: rooms, beds, stays, holds, waitlist

Revision ID: 0005_shelter
Revises: 0004_sessions
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0005_shelter"
down_revision = "0004_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
