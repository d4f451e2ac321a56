"""Sessions capability (core, no Qt)."""
