"""The Administración section: users, audit log, security status, settings."""

from clinic_desk.ui.admin.page import AdminPage, render_admin_screens

__all__ = ["AdminPage", "render_admin_screens"]
