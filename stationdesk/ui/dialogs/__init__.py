"""Dialogs of the StationDesk window."""
