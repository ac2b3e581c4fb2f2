"""Spreadsheets in and out: reading, cleaning, column mapping, per-kind importers, export.

No Qt here: the command line and the window share every piece.
"""
