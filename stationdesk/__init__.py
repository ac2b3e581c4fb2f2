"""StationDesk: the records desk of a community police station."""

__version__ = "0.1.0"
