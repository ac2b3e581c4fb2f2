"""Pages of the StationDesk window."""
