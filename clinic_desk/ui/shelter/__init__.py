"""The Albergue section: bed board, admissions, holds, waitlist, monthly figures and
(for administrators) rooms and beds."""

from clinic_desk.ui.shelter.page import ShelterPage
from clinic_desk.ui.shelter.screens import render_shelter_screens

__all__ = ["ShelterPage", "render_shelter_screens"]
