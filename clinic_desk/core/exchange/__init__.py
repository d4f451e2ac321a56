"""Exchange: export bundles, central consolidation, backups and statistics."""
