"""A bug in the GUI never shows a traceback or its message (which may hold data)."""

from __future__ import annotations

import logging

from clinic_desk.core import logs
from clinic_desk.ui import app as app_module
from clinic_desk.ui import messages


def test_unexpected_error_logs_only_type_and_place(qapp, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda parent, exc: shown.append(messages.error_text(exc)))
    logs.configure(tmp_path / "logs")
    try:
        raise ValueError("María Quispe Mamani, DNI 41234567")
    except ValueError as exc:
        app_module._unexpected_error(type(exc), exc, exc.__traceback__)
    logging.shutdown()
    text = (tmp_path / "logs" / "clinic-desk.log").read_text("utf-8")
    assert "ValueError" in text and "test_app_errors.py" in text
    assert "Quispe" not in text and "41234567" not in text
    assert shown == [messages.error_text(RuntimeError())]
    assert "Quispe" not in shown[0]
    logs.configure(None)
