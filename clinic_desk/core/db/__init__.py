"""Encrypted storage: engine, models, migrations."""
