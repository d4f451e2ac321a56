"""Shelter capability (core, no Qt)."""
