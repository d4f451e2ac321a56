"""The Sesiones section: agenda, sessions, note editor, case view, community activities."""

from clinic_desk.ui.sessions.page import SessionsPage, render_sessions_screens

__all__ = ["SessionsPage", "render_sessions_screens"]
