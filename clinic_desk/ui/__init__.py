"""The PySide6 application shell. Thin: every action goes through the core."""
