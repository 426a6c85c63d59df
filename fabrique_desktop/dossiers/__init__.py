"""Printed committee dossiers and reports, rendered with reportlab. Nothing here imports Qt."""
