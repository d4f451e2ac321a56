"""Intake capability (core, no Qt)."""
