"""The Personas section (intake): find, register and open people's files."""

from clinic_desk.ui.people.page import PeoplePage, render_people_screens
from clinic_desk.ui.people.picker import PersonPicker

__all__ = ["PeoplePage", "PersonPicker", "render_people_screens"]
