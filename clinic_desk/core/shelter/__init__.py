"""Shelter capability (core, no Qt): rooms and beds (setup), admissions, transfers and
discharges (stays), holds, the waitlist, the bed board and the monthly figures (stats).

Importing the package registers the merge hook that moves a person's shelter rows when
two records of the same person are merged."""

from clinic_desk.core.shelter import merge_hook as _merge_hook  # noqa: F401
