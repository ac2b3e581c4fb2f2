"""Widgets of the StationDesk window."""
