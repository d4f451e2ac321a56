"""Import every model module so Base.metadata knows every table.

A capability that adds models adds its module here (and an Alembic migration).
"""

from __future__ import annotations

from clinic_desk.core.db import base, models  # noqa: F401
from clinic_desk.core.db.base import Base
from clinic_desk.core.exchange import models as exchange_models  # noqa: F401
from clinic_desk.core.intake import models as intake_models  # noqa: F401
from clinic_desk.core.inventory import models as inventory_models  # noqa: F401
from clinic_desk.core.sessions import models as sessions_models  # noqa: F401
from clinic_desk.core.shelter import models as shelter_models  # noqa: F401

metadata = Base.metadata
