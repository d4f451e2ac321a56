"""Models of this capability (see docs/DEVELOPING.md, "Rules for a new capability")."""

from __future__ import annotations
