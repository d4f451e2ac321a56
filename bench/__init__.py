"""Benchmarks for Clinic Desk: `make bench` (or `python -m bench`).

These are not tests: pytest never collects them (its testpaths is tests/). Each module
measures medians of repeated runs on a throwaway data folder, with a null keyring, and
returns rows for the table printed by bench/__main__.py. See bench/README.md.
"""
