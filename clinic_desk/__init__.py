"""Clinic Desk: offline records for shelters, psychosocial care and botiquines."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("clinic-desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
