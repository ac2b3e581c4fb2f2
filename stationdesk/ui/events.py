"""One app-wide events object: views refresh themselves when a record changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from stationdesk.store import Store


class Events(QObject):
    """Signals every page may listen to."""

    records_changed = Signal(str, object)  # kind, frozenset of record ids

    def watch(self, store: Store) -> None:
        """Announce each committed transaction of `store` as one `records_changed(kind, ids)`
        per kind it changed (an import of a whole register is one signal per table)."""
        store.subscribe(self.records_changed.emit)
