"""PDF and CSV reports (reportlab). No Qt here."""
