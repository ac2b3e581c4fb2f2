"""The station database: connection, migrations, audited writes. No Qt here."""

from stationdesk.store.database import Store, open_read_only, open_store

__all__ = ["Store", "open_read_only", "open_store"]
