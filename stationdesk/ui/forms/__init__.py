"""Forms of the StationDesk window."""
