"""Logging that never holds personal data or secrets.

Exceptions are logged by type and code location only: an exception's message can hold
a name or a value from the database (SQL parameters), so it is never written."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path


def safe_traceback(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-8:]))
    return f"{type(exc).__module__}.{type(exc).__name__} at {where or '?'}"


class _NoExceptionText(logging.Formatter):
    def formatException(self, ei: object) -> str:  # noqa: N802 - logging's API
        exc = ei[1] if isinstance(ei, tuple) else None  # type: ignore[index]
        return safe_traceback(exc) if isinstance(exc, BaseException) else ""


def configure(log_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    fmt = _NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "clinic-desk.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
        )
    else:
        handler = logging.NullHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
