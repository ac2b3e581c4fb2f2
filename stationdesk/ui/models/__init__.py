"""Models of the StationDesk window."""
