"""Inventory capability (core, no Qt)."""
